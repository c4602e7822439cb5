//! Step 5: private recovery tools, ending with a clean slate.

use crate::core::words::{Arg, Key, Phrase};
use crate::ui::words::tf;
use leptos::prelude::*;

use leptos::leptos_dom::helpers::IntervalHandle;

use crate::core::dates;
use crate::core::insights::{low_mood_note_due, small_step, support_now_due, LOW_MOOD};
use crate::core::item::Form;
use crate::core::limits;
use crate::core::plan::{Field, Id, ModelError, WritingSession};
use crate::core::review::ItemRef;
use crate::core::steps::Screen;
use crate::ui::state::use_app;
use crate::ui::widgets::mood_chart::MoodChart;
use crate::ui::widgets::support::{self, SupportNow};
use crate::ui::widgets::*;
use crate::web::clock;

/// The stay-positive step.
#[component]
pub fn PositiveStep() -> impl IntoView {
    view! {
        <ScreenHeader
            screen=Screen::Positive
            lead=Key::LeadPositive
        />
        <MoodCheckIn />
        <Deferred>
            <WriteItOut />
            <Reframing />
            <WentWell />
            <SetbackPlan />
            <CleanSlate />
        </Deferred>
    }
}

/// A quick daily mood check-in, drawn as a chart.
///
/// - `compact`: leaves the chart out (on the day-one path).
#[component]
pub fn MoodCheckIn(#[prop(optional)] compact: bool) -> impl IntoView {
    let app = use_app();
    let todays = app.plan.with_untracked(|p| {
        let today = app.today.get_untracked();
        p.wellbeing.moods.iter().find(|m| m.date == today).cloned()
    });
    let mood = draft_scale(
        app,
        Form::CheckIn.key("mood"),
        todays.as_ref().map(|m| m.mood),
    );
    let note = draft_text(
        app,
        Form::CheckIn.key("note"),
        todays.map(|m| m.note).unwrap_or_default(),
    );
    let form = FormState::new();
    let done = RwSignal::new(false);
    let moods = Signal::derive(move || app.with(|p| p.wellbeing.moods.clone()));
    let todays_mood = plan_memo(app, move |p| {
        let today = app.today();
        p.wellbeing
            .moods
            .iter()
            .find(|m| m.date == today)
            .map(|m| m.mood)
    });
    let note_due = plan_memo(app, move |p| low_mood_note_due(p, app.today()));
    let check_in = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let Some(m) = mood.get_untracked() else {
            form.take::<()>(Err(ModelError::OutOfRange(Field::Mood)));
            return;
        };
        let today = app.today.get_untracked();
        let n = note.get_untracked();
        done.set(
            form.take(app.change(move |p| {
                p.check_in_mood(today, m, &n)?;
                p.clear_drafts(Form::CheckIn);
                Ok(())
            }))
            .is_some(),
        );
    };
    view! {
        <Section title=Key::PositiveTitleHowAreYouToday>
            <form class="form" novalidate on:submit=check_in>
                <ScalePicker legend=Key::PositiveLegendTodaySMood value=mood words=MOOD_WORDS />
                <p class="field-error" aria-live="polite">{move || form.field(Field::Mood).get().map(|_| "Pick how you feel, from 1 to 5.")}</p>
                <TextField label=Key::PositiveLabelAWordAboutIt value=note error=form.field(Field::Note) />
                <button type="submit" class="button primary">"Check in"</button>
                <p class="confirm" role="status">
                    {move || done.get().then(|| match todays_mood.get() {
                        Some(m) if m <= LOW_MOOD => "Checked in for today. Thank you for saying how it really is.",
                        _ => "Checked in for today. Thank you for noticing how you feel.",
                    })}
                </p>
            </form>
            {move || todays_mood.get().and_then(|m| small_step(m, app.today())).map(|step| view! {
                <p class="due"><strong>"One small thing for today: "</strong>{format!("{}. That is enough.", crate::ui::words::t(step))}</p>
            })}
            {move || todays_mood.get().is_some_and(support_now_due).then(|| view! { <SupportNow /> })}
            {move || note_due.get().then(|| view! { <LowMoodNote /> })}
            {move || if compact {
                ().into_any()
            } else if moods.get().is_empty() {
                view! { <EmptyState text=Key::PositiveTextCheckInOnceA /> }.into_any()
            } else {
                view! { <MoodChart moods=moods /><CheckIns /> }.into_any()
            }}
        </Section>
    }
}

/// Every check-in, newest first, each of which can be deleted.
#[component]
fn CheckIns() -> impl IntoView {
    let app = use_app();
    let days = plan_memo(app, |p| {
        p.wellbeing
            .moods
            .iter()
            .rev()
            .map(|m| (m.date, m.mood, m.note.clone()))
            .collect::<Vec<_>>()
    });
    let problem = ActionError::new();
    view! {
        <details class="more">
            <summary>"Your check-ins"</summary>
            <ul class="item-list compact">
                {move || days.get().into_iter().map(|(date, mood, note)| {
                    let word = MOOD_WORDS[usize::from(mood.clamp(1, 5) - 1)];
                    view! {
                        <li class="item">
                            <p>{move || tf(Key::PositiveCheckInLine, &[("date", Arg::Date(date)), ("mood", Arg::Count(i64::from(mood))), ("word", Arg::key(word))])}{(!note.is_empty()).then(|| view! { " · "<bdi>{note}</bdi> })}</p>
                            <RemoveButton
                                label=format!("Remove the check-in of {}", dates::friendly(date))
                                on_remove=Callback::new(move |_| { problem.take(app.change(move |p| p.remove_check_in(date))); })
                            />
                        </li>
                    }
                }).collect_view()}
            </ul>
            <ActionProblem error=problem />
        </details>
    }
}

/// A calm word after several low days: talk to a doctor or someone you trust, and where
/// to find a helpline. The link is only followed if the person opens it; the app fetches
/// nothing.
#[component]
fn LowMoodNote() -> impl IntoView {
    view! {
        <div class="banner care" role="note" aria-labelledby="low-mood-title">
            <p id="low-mood-title"><strong>"You have had several low days in the last two weeks."</strong></p>
            <p>"That is worth talking about with your doctor, or with someone you trust. You don't need to be at breaking point to ask for support: a rejection can weigh more than it seems."</p>
            <p>
                "If you ever feel you might not be safe, call your local emergency number now. To find a free, confidential helpline in your country, go to "
                <a href=support::HELPLINES rel="noopener noreferrer" target="_blank">"findahelpline.com"</a>
                "."
            </p>
        </div>
    }
}

/// Minutes the gentle timer offers.
const TIMER_CHOICES: [u64; 2] = [15, 20];

/// Expressive writing about the rejection in focus: up to four sessions on different
/// days for each no, with an optional gentle timer. What is written is saved as it is
/// typed, and never goes into a share link.
#[component]
fn WriteItOut() -> impl IntoView {
    let app = use_app();
    let focus = plan_memo(app, |p| p.current_rejection().map(|r| (r.id, r.title())));
    view! {
        <Section title=Key::PositiveTitleWriteItOut>
            <p class="hint">
                "Write freely about this no: what happened, how it feels, and what it touches in the rest of your life. Spelling and order don't matter."
            </p>
            <p class="hint">
                "It stays in this browser on this device, so anyone who uses this browser here could open it. It never goes into a share link; a backup file keeps it, for you."
            </p>
            <p class="hint">
                "Feeling a little low straight after writing like this is common, and it passes. You can stop, or change topic, at any time."
            </p>
            <p class="hint">
                "This follows a study in which people who had lost their jobs wrote like this for 20 minutes a day (Spera, Buhrfeind & Pennebaker, 1994; see About)."
            </p>
            {move || match focus.get() {
                None => view! { <p class="empty">"Writing is about one no at a time: record what happened first, on the start screen."</p> }.into_any(),
                Some((id, title)) => view! {
                    <p class="meta"><Words phrase=Phrase::new().app("About: ").and(title) /></p>
                    <WritingAbout rejection=id />
                }.into_any(),
            }}
        </Section>
    }
}

/// The sessions about one rejection: today's, and the earlier ones (with any writing
/// kept from before Rebound kept writing per rejection).
///
/// - `rejection`: the no the writing is about.
#[component]
fn WritingAbout(rejection: Id) -> impl IntoView {
    let app = use_app();
    // The session belongs to the day the screen was opened, even past midnight.
    let day = app.today.get_untracked();
    let sessions = plan_memo(app, move |p| {
        p.wellbeing
            .writing
            .iter()
            .filter(|s| s.rejection.is_none_or(|r| r == rejection))
            .cloned()
            .collect::<Vec<_>>()
    });
    let todays = move |s: &WritingSession| s.rejection == Some(rejection) && s.date == day;
    let text = RwSignal::new(
        sessions
            .get_untracked()
            .iter()
            .find(|s| todays(s))
            .map(|s| s.text.clone())
            .unwrap_or_default(),
    );
    let problem = ActionError::new();
    Effect::new(move |first: Option<()>| {
        let typed = text.get();
        if first.is_some() {
            problem.take(app.change(move |p| p.write_out(rejection, day, &typed)));
        }
    });
    // Only this no's own sessions count towards its four.
    let own = move |list: &Vec<WritingSession>| {
        list.iter()
            .filter(|s| s.rejection == Some(rejection) && s.date != day)
            .count()
    };
    let room_today = Memo::new(move |_| {
        sessions.with(|list| list.iter().any(todays) || own(list) < limits::WRITING_SESSIONS)
    });
    let session_line = move || {
        let number = sessions.with(own) + 1;
        format!(
            "Today is session {number} of up to {}, each on a different day. There is no score and no streak: a day you skip is simply a day off.",
            limits::WRITING_SESSIONS
        )
    };
    let earlier = Memo::new(move |_| {
        sessions.with(|list| {
            list.iter()
                .filter(|s| !todays(s))
                .rev()
                .map(|s| (s.rejection, s.date, s.text.clone()))
                .collect::<Vec<_>>()
        })
    });
    let remove_problem = ActionError::new();
    view! {
        {move || if room_today.get() {
            view! {
                <p class="meta">{session_line}</p>
                <GentleTimer />
                <TextArea label=Key::PositiveLabelTodaySWriting value=text rows=10 error=problem.message() />
            }.into_any()
        } else {
            view! {
                <p>{ModelError::WritingDone(limits::WRITING_SESSIONS).to_string()}</p>
            }.into_any()
        }}
        {move || (!earlier.with(Vec::is_empty)).then(|| view! {
            <h3>"Earlier sessions"</h3>
            <ul class="item-list compact">
                {earlier.get().into_iter().map(|(about, date, words)| view! {
                    <li class="item">
                        <details>
                            <summary>{dates::friendly(date)}{about.is_none().then_some(" (written before Rebound kept writing for each no)")}</summary>
                            <p class="item-text">{words}</p>
                        </details>
                        <RemoveButton
                            label=format!("Remove the writing of {}", dates::friendly(date))
                            on_remove=Callback::new(move |_| { remove_problem.take(app.change(move |p| p.remove_writing(about, date))); })
                        />
                    </li>
                }).collect_view()}
            </ul>
            <ActionProblem error=remove_problem />
        }.into_any())}
    }
}

/// An optional timer of 15 or 20 minutes that says, without alarm, when the time is up.
#[component]
fn GentleTimer() -> impl IntoView {
    let ends_at = RwSignal::new(None::<u64>);
    let now = RwSignal::new(clock::millis());
    let ticking = StoredValue::new_local(None::<IntervalHandle>);
    let stop_ticking = move || {
        if let Some(handle) = ticking.try_update_value(Option::take).flatten() {
            handle.clear();
        }
    };
    on_cleanup(stop_ticking);
    let start = move |minutes: u64| {
        stop_ticking();
        now.set(clock::millis());
        ends_at.set(Some(clock::millis() + minutes * 60_000));
        let handle = set_interval_with_handle(
            move || {
                now.set(clock::millis());
                if ends_at
                    .get_untracked()
                    .is_some_and(|end| clock::millis() >= end)
                {
                    if let Some(handle) = ticking.try_update_value(Option::take).flatten() {
                        handle.clear();
                    }
                }
            },
            std::time::Duration::from_secs(10),
        )
        .ok();
        ticking.set_value(handle);
    };
    let stop = move |_| {
        stop_ticking();
        ends_at.set(None);
    };
    let left = move || {
        ends_at
            .get()
            .map(|end| end.saturating_sub(now.get()).div_ceil(60_000))
    };
    view! {
        <div class="gentle-timer">
            {move || match left() {
                None => view! {
                    <p class="meta">"A gentle timer, if it helps (optional):"</p>
                    <div class="actions">
                        {TIMER_CHOICES.into_iter().map(|minutes| view! {
                            <button type="button" class="button subtle" on:click=move |_| start(minutes)>
                                {format!("{minutes} minutes")}
                            </button>
                        }).collect_view()}
                    </div>
                }.into_any(),
                Some(0) => view! {
                    <p role="status">"That's the time. Finish your thought, and stop whenever you are ready."</p>
                    <button type="button" class="button subtle" on:click=stop>"Close the timer"</button>
                }.into_any(),
                Some(minutes) => view! {
                    <p role="timer">{if minutes == 1 { "About 1 minute left".to_string() } else { format!("About {minutes} minutes left") }}</p>
                    <button type="button" class="button subtle" on:click=stop>"Stop the timer"</button>
                }.into_any(),
            }}
        </div>
    }
}

/// The thought, then a kinder and balanced view of it.
#[component]
fn Reframing() -> impl IntoView {
    let app = use_app();
    let thought = draft_text(app, Form::NewReframe.key("thought"), "");
    let kinder = draft_text(app, Form::NewReframe.key("kinder"), "");
    let form = FormState::new();
    let add = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let (t, k) = (thought.get_untracked(), kinder.get_untracked());
        let today = app.today.get_untracked();
        if form
            .take(app.change(move |p| p.add_reframe(today, &t, &k)))
            .is_some()
        {
            thought.set(String::new());
            kinder.set(String::new());
        }
    };
    let ids = plan_memo(app, move |p| {
        p.wellbeing.reframes.iter().rev().map(|r| r.id).collect()
    });
    view! {
        <Section title=Key::PositiveTitleReframeAThought>
            <p class="hint">"Write the harsh thought down as it comes, then answer it the way a good friend would: kind, and fair to the facts."</p>
            <form class="form" novalidate on:submit=add>
                <TextArea label=Key::PositiveLabelTheThought value=thought placeholder=Key::PositivePlaceholderILlNeverGet error=form.field(Field::Thought) rows=2 />
                <TextArea label=Key::PositiveLabelAKinderBalancedView value=kinder placeholder=Key::PositivePlaceholderIGotToThe error=form.field(Field::KinderView) rows=2 />
                <button type="submit" class="button">"Save reframe"</button>
            </form>
            <IdList ids=ids row=move |id| {
                let reframe = app.plan.with_untracked(|p| p.wellbeing.reframes.iter().find(|r| r.id == id).cloned());
                reframe.map(|r| view! {
                    <NoteRow
                        class="item reframe"
                        lines=[("thought", Phrase::of(&r.thought)), ("kinder", Phrase::new().app("→ ").user(&r.kinder_view))]
                        remove_label=format!("Remove reframe: {}", r.thought)
                        remove=Callback::new(move |_| app.change(move |p| p.remove_reframe(id)))
                    />
                }).into_any()
            } />
        </Section>
    }
}

/// The "what went well" list.
#[component]
fn WentWell() -> impl IntoView {
    let app = use_app();
    let text = draft_text(app, Form::NewWentWell.key("text"), "");
    let form = FormState::new();
    let add = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let t = text.get_untracked();
        let today = app.today.get_untracked();
        if form
            .take(app.change(move |p| p.add_went_well(today, &t)))
            .is_some()
        {
            text.set(String::new());
        }
    };
    let ids = plan_memo(app, move |p| {
        p.wellbeing.went_well.iter().rev().map(|w| w.id).collect()
    });
    view! {
        <Section title=Key::PositiveTitleWhatWentWell>
            <p class="hint">"Even in a process that ended in a no, some things went well. Note them: they are yours to keep."</p>
            <form class="form inline" novalidate on:submit=add>
                <TextField label=Key::PositiveLabelSomethingThatWentWell value=text error=form.field(Field::WentWell) />
                <button type="submit" class="button">"Add"</button>
            </form>
            <IdList ids=ids class="item-list compact" row=move |id| {
                let went_well = app.plan.with_untracked(|p| p.wellbeing.went_well.iter().find(|w| w.id == id).cloned());
                went_well.map(|w| view! {
                    <NoteRow
                        class="item"
                        lines=[("item-text", Phrase::of(&w.text)), ("meta", Phrase::new().app(dates::friendly(w.date)))]
                        remove_label=format!("Remove: {}", w.text)
                        remove=Callback::new(move |_| app.change(move |p| p.remove_went_well(id)))
                    />
                }).into_any()
            } />
        </Section>
    }
}

/// One saved note as a list row: two lines and a remove button. A row shows the note as
/// it was when the row was made.
///
/// - `class`: the row's class.
/// - `lines`: the two lines, each with its class.
/// - `remove_label`: the remove button's name, naming the note.
/// - `remove`: removes the note, once confirmed; a refusal is shown under the button.
#[component]
fn NoteRow(
    class: &'static str,
    lines: [(&'static str, Phrase); 2],
    remove_label: String,
    remove: Callback<(), Result<(), ModelError>>,
) -> impl IntoView {
    let [(first_class, first), (second_class, second)] = lines;
    let problem = ActionError::new();
    let on_remove = Callback::new(move |_| {
        problem.take(remove.run(()));
    });
    view! {
        <li class=class>
            <p class=first_class><Words phrase=first /></p>
            <p class=second_class><Words phrase=second /></p>
            <RemoveButton label=remove_label on_remove=on_remove />
            <ActionProblem error=problem />
        </li>
    }
}

/// The if-then plan for the next setback.
#[component]
fn SetbackPlan() -> impl IntoView {
    let app = use_app();
    let text = draft_text(
        app,
        Form::SetbackPlan.key("text"),
        app.plan
            .with_untracked(|p| p.wellbeing.setback_plan.clone()),
    );
    let saved = RwSignal::new(false);
    let form = FormState::new();
    let save = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let t = text.get_untracked();
        saved.set(
            form.take(app.change(move |p| {
                p.set_setback_plan(&t)?;
                p.clear_drafts(Form::SetbackPlan);
                Ok(())
            }))
            .is_some(),
        );
    };
    view! {
        <Section title=Key::PositiveTitleIfIGetAnother>
            <p class="hint">"Decide now, while you are calm, what you will do next time. In the JOBS II programme, job seekers who had rehearsed coping with setbacks and later lost a new job had fewer signs of depression than others (see About). Rebound borrows the idea; you write the plan on your own."</p>
            <form class="form" on:submit=save>
                <TextArea label=Key::PositiveLabelIfIGetAnother value=text placeholder=Key::PositivePlaceholderTakeAWalkCall error=form.field(Field::SetbackPlan) rows=3 />
                <button type="submit" class="button">"Save my plan"</button>
                <p class="confirm" role="status">{move || saved.get().then_some("Saved.")}</p>
            </form>
            <ReviewNotes about=ItemRef::SetbackPlan />
        </Section>
    }
}

/// The explicit "slate wiped clean" moment, for the no in focus.
#[component]
fn CleanSlate() -> impl IntoView {
    let app = use_app();
    let focus = plan_memo(app, |p| {
        p.current_rejection().map(|r| (r.id, r.slate_wiped_on))
    });
    let problem = ActionError::new();
    view! {
        <section class="card slate" aria-labelledby="slate-title">
            <h2 id="slate-title">"Wipe the slate clean"</h2>
            // The live region exists before the moment, so screen readers announce it.
            <div role="status">
                {move || focus.get().and_then(|(_, wiped)| wiped).map(|day| view! {
                    <div class="slate-done">
                        <p class="slate-mark" aria-hidden="true">"✦"</p>
                        <p><strong>{format!("Slate wiped clean on {}.", dates::friendly(day))}</strong></p>
                        <p>"The last no is behind you. What you learned comes with you into the next interview; the rest can stay here. If it still stings some days, that is normal, and it does not undo this."</p>
                    </div>
                }.into_any())}
            </div>
            {move || match focus.get() {
                Some((id, None)) => view! {
                    <p>"When you feel ready, not before, mark the moment. What you learned stays; the sting can go."</p>
                    <button type="button" class="button primary" on:click=move |_| {
                        let today = app.today.get_untracked();
                        problem.take(app.change(move |p| p.wipe_slate(id, today)));
                    }>
                        "Wipe the slate clean"
                    </button>
                }.into_any(),
                _ => ().into_any(),
            }}
            <ActionProblem error=problem />
        </section>
    }
}
