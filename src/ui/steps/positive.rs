//! Step 5: private recovery tools, ending with a clean slate.

use crate::core::words::{Arg, Key, Phrase};
use crate::ui::words::{self, t, tf, tr};
use leptos::prelude::*;

use leptos::leptos_dom::helpers::IntervalHandle;

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
        <Section title=Key::PositiveTitleCheckIn>
            <form class="form" novalidate on:submit=check_in>
                <ScalePicker legend=Key::PositiveLegendMood value=mood words=MOOD_WORDS />
                <p class="field-error" aria-live="polite">{move || form.field(Field::Mood).get().map(|_| t(Key::PositivePickMood))}</p>
                <TextField label=Key::PositiveLabelMoodNote value=note error=form.field(Field::Note) />
                <button type="submit" class="button primary">{tr(Key::PositiveCheckIn)}</button>
                <p class="confirm" role="status">
                    {move || done.get().then(|| t(match todays_mood.get() {
                        Some(m) if m <= LOW_MOOD => Key::PositiveCheckedInLow,
                        _ => Key::PositiveCheckedIn,
                    }))}
                </p>
            </form>
            {move || todays_mood.get().and_then(|m| small_step(m, app.today())).map(|step| view! {
                <p class="due"><strong>{tr(Key::PositiveSmallStepTitle)}</strong>{move || tf(Key::PositiveSmallStep, &[("step", Arg::key(step))])}</p>
            })}
            {move || todays_mood.get().is_some_and(support_now_due).then(|| view! { <SupportNow /> })}
            {move || note_due.get().then(|| view! { <LowMoodNote /> })}
            {move || if compact {
                ().into_any()
            } else if moods.get().is_empty() {
                view! { <EmptyState text=Key::PositiveEmptyCheckIns /> }.into_any()
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
            <summary>{tr(Key::PositiveCheckIns)}</summary>
            <ul class="item-list compact">
                {move || days.get().into_iter().map(|(date, mood, note)| {
                    let word = MOOD_WORDS[usize::from(mood.clamp(1, 5) - 1)];
                    view! {
                        <li class="item">
                            <p>{move || tf(Key::PositiveCheckInLine, &[("date", Arg::Date(date)), ("mood", Arg::Count(i64::from(mood))), ("word", Arg::key(word))])}{(!note.is_empty()).then(|| view! { " · "<bdi>{note}</bdi> })}</p>
                            <RemoveButton
                                label=tf(Key::PositiveRemoveCheckIn, &[("date", Arg::Date(date))])
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
            <p id="low-mood-title"><strong>{tr(Key::PositiveLowDaysTitle)}</strong></p>
            <p>{tr(Key::PositiveLowDaysTalk)}</p>
            <p>
                {tr(Key::PositiveLowDaysHelplineBefore)}
                <a href=support::HELPLINES rel="noopener noreferrer" target="_blank">"findahelpline.com"</a>
                {tr(Key::PositiveLowDaysHelplineAfter)}
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
            <p class="hint">{tr(Key::PositiveWritingHow)}</p>
            <p class="hint">{tr(Key::PositiveWritingPrivate)}</p>
            <p class="hint">{tr(Key::PositiveWritingLow)}</p>
            <p class="hint">{tr(Key::PositiveWritingStudy)}</p>
            {move || match focus.get() {
                None => view! { <EmptyState text=Key::PositiveWritingNone /> }.into_any(),
                Some((id, title)) => view! {
                    <p class="meta"><Words phrase=Phrase::said(Key::PositiveWritingAbout, vec![("title", Arg::Said(title))]) /></p>
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
        tf(
            Key::PositiveWritingSession,
            &[
                ("session", Arg::Count(number as i64)),
                ("sessions", Arg::Count(limits::WRITING_SESSIONS as i64)),
            ],
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
                <TextArea label=Key::PositiveLabelWriting value=text rows=10 error=problem.message() />
            }.into_any()
        } else {
            view! {
                <p>{ModelError::WritingDone(limits::WRITING_SESSIONS).to_string()}</p>
            }.into_any()
        }}
        {move || (!earlier.with(Vec::is_empty)).then(|| view! {
            <h3>{tr(Key::PositiveEarlierSessions)}</h3>
            <ul class="item-list compact">
                {earlier.get().into_iter().map(|(about, date, words)| view! {
                    <li class="item">
                        <details>
                            <summary>{move || match about {
                                Some(_) => words::current().date(date),
                                None => tf(Key::PositiveEarlierSessionUnlinked, &[("date", Arg::Date(date))]),
                            }}</summary>
                            <p class="item-text">{words}</p>
                        </details>
                        <RemoveButton
                            label=tf(Key::PositiveRemoveWriting, &[("date", Arg::Date(date))])
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
                    <p class="meta">{tr(Key::PositiveTimer)}</p>
                    <div class="actions">
                        {TIMER_CHOICES.into_iter().map(|minutes| view! {
                            <button type="button" class="button subtle" on:click=move |_| start(minutes)>
                                {move || tf(Key::PositiveTimerMinutes, &[("minutes", Arg::Count(minutes as i64))])}
                            </button>
                        }).collect_view()}
                    </div>
                }.into_any(),
                Some(0) => view! {
                    <p role="status">{tr(Key::PositiveTimerDone)}</p>
                    <button type="button" class="button subtle" on:click=stop>{tr(Key::PositiveTimerClose)}</button>
                }.into_any(),
                Some(minutes) => view! {
                    <p role="timer">{tf(Key::PositiveTimerLeft, &[("minutes", Arg::Count(minutes as i64))])}</p>
                    <button type="button" class="button subtle" on:click=stop>{tr(Key::PositiveTimerStop)}</button>
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
    let ids: Memo<Vec<Id>> = plan_memo(app, move |p| {
        p.wellbeing.reframes.iter().rev().map(|r| r.id).collect()
    });
    view! {
        <Section title=Key::PositiveTitleReframe>
            <p class="hint">{tr(Key::PositiveReframeHow)}</p>
            <form class="form" novalidate on:submit=add>
                <TextArea label=Key::PositiveLabelThought value=thought placeholder=Key::PositivePlaceholderThought error=form.field(Field::Thought) rows=2 />
                <TextArea label=Key::PositiveLabelKinder value=kinder placeholder=Key::PositivePlaceholderKinder error=form.field(Field::KinderView) rows=2 />
                <button type="submit" class="button">{tr(Key::PositiveSaveReframe)}</button>
            </form>
            <ul class="item-list">
                <For each=move || ids.get() key=|id| *id children=move |id| {
                    let reframe = app.plan.with_untracked(|p| p.wellbeing.reframes.iter().find(|r| r.id == id).cloned());
                    reframe.map(|r| view! {
                        <NoteRow
                            class="item reframe"
                            lines=[("thought", Phrase::of(&r.thought)), ("kinder", Phrase::said(Key::PositiveReframeKinder, vec![("kinder", Arg::Theirs(r.kinder_view.clone()))]))]
                            remove_label=Phrase::said(Key::PositiveRemoveReframe, vec![("thought", Arg::Theirs(r.thought.clone()))])
                            remove=Callback::new(move |_| app.change(move |p| p.remove_reframe(id)))
                        />
                    })
                } />
            </ul>
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
    let ids: Memo<Vec<Id>> = plan_memo(app, move |p| {
        p.wellbeing.went_well.iter().rev().map(|w| w.id).collect()
    });
    view! {
        <Section title=Key::PositiveTitleWentWell>
            <p class="hint">{tr(Key::PositiveWentWellHow)}</p>
            <form class="form inline" novalidate on:submit=add>
                <TextField label=Key::PositiveLabelWentWell value=text error=form.field(Field::WentWell) />
                <button type="submit" class="button">{tr(Key::PositiveAdd)}</button>
            </form>
            <ul class="item-list compact">
                <For each=move || ids.get() key=|id| *id children=move |id| {
                    let went_well = app.plan.with_untracked(|p| p.wellbeing.went_well.iter().find(|w| w.id == id).cloned());
                    went_well.map(|w| view! {
                        <NoteRow
                            class="item"
                            lines=[("item-text", Phrase::of(&w.text)), ("meta", Phrase::said(Key::PositiveWentWellDay, vec![("date", Arg::Date(w.date))]))]
                            remove_label=Phrase::said(Key::PositiveRemoveWentWell, vec![("text", Arg::Theirs(w.text.clone()))])
                            remove=Callback::new(move |_| app.change(move |p| p.remove_went_well(id)))
                        />
                    })
                } />
            </ul>
        </Section>
    }
}

/// One saved note as a list row: two lines and a remove button. A row shows the note as
/// it was when the row was made.
///
/// - `class`: the row's class.
/// - `lines`: the two lines, each with its class.
/// - `remove_label`: the remove button's name, naming the note (said in the language in
///   use, with the note as written).
/// - `remove`: removes the note, once confirmed; a refusal is shown under the button.
#[component]
fn NoteRow(
    class: &'static str,
    lines: [(&'static str, Phrase); 2],
    remove_label: Phrase,
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
            {move || view! { <RemoveButton label=words::current().plain(&remove_label) on_remove=on_remove /> }}
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
        <Section title=Key::PositiveTitleSetback>
            <p class="hint">{tr(Key::PositiveSetbackHow)}</p>
            <form class="form" on:submit=save>
                <TextArea label=Key::PositiveLabelSetback value=text placeholder=Key::PositivePlaceholderSetback error=form.field(Field::SetbackPlan) rows=3 />
                <button type="submit" class="button">{tr(Key::PositiveSaveSetback)}</button>
                <p class="confirm" role="status">{move || saved.get().then(|| t(Key::PositiveSaved))}</p>
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
            <h2 id="slate-title">{tr(Key::PositiveSlateTitle)}</h2>
            // The live region exists before the moment, so screen readers announce it.
            <div role="status">
                {move || focus.get().and_then(|(_, wiped)| wiped).map(|day| view! {
                    <div class="slate-done">
                        <p class="slate-mark" aria-hidden="true">"✦"</p>
                        <p><strong>{move || tf(Key::PositiveSlateWiped, &[("date", Arg::Date(day))])}</strong></p>
                        <p>{tr(Key::PositiveSlateAfter)}</p>
                    </div>
                }.into_any())}
            </div>
            {move || match focus.get() {
                Some((id, None)) => view! {
                    <p>{tr(Key::PositiveSlateBefore)}</p>
                    <button type="button" class="button primary" on:click=move |_| {
                        let today = app.today.get_untracked();
                        problem.take(app.change(move |p| p.wipe_slate(id, today)));
                    }>
                        {tr(Key::PositiveSlateButton)}
                    </button>
                }.into_any(),
                _ => ().into_any(),
            }}
            <ActionProblem error=problem />
        </section>
    }
}
