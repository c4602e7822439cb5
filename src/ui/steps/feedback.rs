//! Step 1: ask for feedback, track the request, and capture what was said.

use std::time::Duration;

use crate::ui::words::tr;
use leptos::leptos_dom::helpers::TimeoutHandle;
use leptos::prelude::*;

use crate::core::words::{Key, Phrase};
use leptos::task::spawn_local;

use crate::core::dates;
use crate::core::insights::{feedback_request, mailto_link, stage_note, RequestDraft};
use crate::core::item::{DraftKey, Form};
use crate::core::plan::{
    Certainty, FeedbackCategory, FeedbackDraft, FeedbackRef, Field, Id, Outcome, Plan,
    RequestStatus, Stage,
};
use crate::core::review::ItemRef;
use crate::core::steps::Screen;
use crate::ui::state::{use_app, AppState};
use crate::ui::widgets::*;
use crate::web::browser;

/// The feedback step.
#[component]
pub fn FeedbackStep() -> impl IntoView {
    let app = use_app();
    let current = plan_memo(app, move |p| p.current_rejection().map(|r| r.id));
    view! {
        <ScreenHeader
            screen=Screen::Feedback
            lead=Key::LeadFeedback
        />
        {move || match current.get() {
            None => view! { <NeedsRejection /> }.into_any(),
            Some(id) => view! {
                <ReviewNotes about=ItemRef::Rejection(id) />
                <AtThisStage id=id />
                <RequestComposer id=id />
                <Deferred>
                    <RequestTracker id=id />
                    <FeedbackItems id=id />
                    <FairnessRoute />
                    <LaterThought />
                </Deferred>
            }.into_any(),
        }}
    }
}

/// What a no at the stage reached means, and one next step that fits it; a ghosted
/// application gets its own words.
#[component]
fn AtThisStage(id: Id) -> impl IntoView {
    let app = use_app();
    let note = plan_memo(app, move |p| {
        p.rejection(id).map(|r| stage_note(r.stage, r.is_ghosted()))
    });
    move || {
        note.get().map(|note| {
            view! {
                <section class="card stage-note" aria-label="About this no">
                    <p>{tr(note.line)}</p>
                    <p><strong>"One thing for next time: "</strong>{tr(note.next)}</p>
                </section>
            }
        })
    }
}

/// One calm line on a decision that may have been unfair, and where to ask.
#[component]
fn FairnessRoute() -> impl IntoView {
    view! {
        <p class="hint fairness">
            "If you think the decision was about your age, a disability, a pregnancy, your race or another protected characteristic, an employment-rights advice service in your country can tell you, free of charge, where you stand."
        </p>
    }
}

/// The Stoic line, for later: below the work of the step, not above it.
#[component]
fn LaterThought() -> impl IntoView {
    view! {
        <aside class="later-thought" aria-label="A thought for later">
            <p class="hint">"A thought for when the sting has eased:"</p>
            <blockquote class="quote">
                <p>"“Choose not to be harmed, and you won’t feel harmed.”"</p>
                <footer>"Marcus Aurelius, Meditations 4.7 (in Gregory Hays’s translation)"</footer>
            </blockquote>
        </aside>
    }
}

/// Where the composer keeps a rejection's request options and edits, among the drafts.
fn request_key(id: Id, part: &str) -> DraftKey {
    Form::Request(id).key(part)
}

/// The request to send for a rejection: the suggested text (with the options chosen), or
/// the person's edits of its subject and body.
pub fn request_to_send(p: &Plan, id: Id) -> Option<RequestDraft> {
    let r = p.rejection(id)?;
    let keep_in_mind = p.draft(&request_key(id, "keep_in_mind")) == Some("yes");
    let mut draft = feedback_request(r, &p.profile.name, keep_in_mind);
    if let Some(subject) = p.draft(&request_key(id, "subject")) {
        draft.subject = subject.to_string();
    }
    if let Some(body) = p.draft(&request_key(id, "body")) {
        draft.body = body.to_string();
    }
    Some(draft)
}

/// The request as text to paste: its subject line, then its body.
pub fn request_as_text(draft: &RequestDraft) -> String {
    format!("Subject: {}\n\n{}", draft.subject, draft.body)
}

/// A field that shows the suggested text until the person edits it. The edit is kept as a
/// draft under `key`, and let go when it matches the suggestion again.
fn suggested_or_edited(
    app: AppState,
    key: DraftKey,
    suggested: Memo<Option<String>>,
) -> (RwSignal<String>, Memo<bool>) {
    let edited = {
        let key = key.clone();
        plan_memo(app, move |p| p.draft(&key).is_some())
    };
    let text = RwSignal::new(
        app.plan
            .with_untracked(|p| p.draft(&key).map(str::to_string))
            .or_else(|| suggested.get_untracked())
            .unwrap_or_default(),
    );
    Effect::new(move |_| {
        if let Some(suggestion) = suggested.get() {
            if !edited.get_untracked() {
                text.set(suggestion);
            }
        }
    });
    Effect::new(move |first: Option<()>| {
        let typed = text.get();
        if first.is_some() {
            let keep = if suggested.with_untracked(|s| s.as_deref() == Some(typed.as_str())) {
                String::new()
            } else {
                typed
            };
            keep_draft(app, &key, keep);
        }
    });
    (text, edited)
}

/// How long typing in "Your name" pauses before the suggested request shows the name.
const NAME_PAUSE: Duration = Duration::from_millis(150);

/// Writes a polite request from the recorded names, to copy or open in a mail app.
#[component]
fn RequestComposer(id: Id) -> impl IntoView {
    let app = use_app();
    let name = RwSignal::new(app.plan.with_untracked(|p| p.profile.name.clone()));
    // The suggested text takes up the name once typing pauses: laying out the whole
    // request again on every key cost about 20 ms a key at 4× CPU (BENCHMARKS.md).
    let settled_name = RwSignal::new(name.get_untracked());
    let pending = StoredValue::new_local(None::<TimeoutHandle>);
    Effect::new(move |first: Option<()>| {
        let typed = name.get();
        if first.is_none() {
            return;
        }
        if let Some(waiting) = pending.get_value() {
            waiting.clear();
        }
        let settle = move || {
            settled_name.try_set(typed);
        };
        pending.set_value(set_timeout_with_handle(settle, NAME_PAUSE).ok());
    });
    let keep_in_mind = draft_flag(app, request_key(id, "keep_in_mind"));
    let generated = plan_memo(app, move |p| {
        p.rejection(id)
            .map(|r| feedback_request(r, &settled_name.get(), keep_in_mind.get()))
    });
    // The request as the person edited it is kept as a draft; until they edit it, it
    // follows the suggested text (which changes with their name and the options).
    let (subject, subject_edited) = suggested_or_edited(
        app,
        request_key(id, "subject"),
        Memo::new(move |_| generated.with(|d| d.as_ref().map(|d| d.subject.clone()))),
    );
    let (body, body_edited) = suggested_or_edited(
        app,
        request_key(id, "body"),
        Memo::new(move |_| generated.with(|d| d.as_ref().map(|d| d.body.clone()))),
    );
    let use_suggested = move |_| {
        app.change(move |p| {
            p.clear_draft_keys(&[request_key(id, "subject"), request_key(id, "body")])
        });
        if let Some(draft) = generated.get_untracked() {
            subject.set(draft.subject);
            body.set(draft.body);
        }
    };
    // The name is saved as it is typed; a refusal (too long) shows under the field.
    let name_problem = ActionError::new();
    Effect::new(move |first: Option<()>| {
        let typed = name.get();
        if first.is_some() {
            name_problem.take(app.change(move |p| p.set_name(&typed)));
        }
    });
    let current = move || RequestDraft {
        subject: subject.get(),
        body: body.get(),
    };
    let copied = RwSignal::new(None::<String>);
    // A request goes out signed: without a name it asks for one first.
    let name_missing = RwSignal::new(false);
    let unsigned = move || {
        let missing = name.get_untracked().trim().is_empty();
        name_missing.set(missing);
        missing
    };
    let copy = move |_| {
        if unsigned() {
            return;
        }
        let text = request_as_text(&current());
        spawn_local(async move {
            copied.set(Some(match browser::copy_text(&text).await {
                Ok(()) => "Copied. Paste it into an email or message.".into(),
                Err(e) => e.to_string(),
            }));
        });
    };
    let mailto = move || {
        let to = app.with(|p| {
            p.rejection(id)
                .map(|r| r.contact_email.clone())
                .unwrap_or_default()
        });
        mailto_link(&to, &current())
    };
    view! {
        <Section title=Key::FeedbackTitleAskForFeedback>
            <p class="hint">"Short and polite works best. It names the role and the company, so whoever reads it knows which application it is about. Edit it as you like before sending: your words are kept."</p>
            <TextField label=Key::FeedbackLabelYourNameForThe value=name autocomplete="name" error=name_problem.message() />
            <label class="check">
                <input type="checkbox" prop:checked=move || keep_in_mind.get() on:change=move |ev| keep_in_mind.set(event_target_checked(&ev)) />
                <span>"Ask them to keep me in mind for similar roles"</span>
            </label>
            <TextField label=Key::FeedbackLabelSubject value=subject />
            <TextArea label=Key::FeedbackLabelYourRequest value=body rows=10 />
            {move || (subject_edited.get() || body_edited.get()).then(|| view! {
                <p class="meta">
                    "You have edited this request; your words are kept. "
                    <button type="button" class="button subtle small" on:click=use_suggested>"Use the suggested text again"</button>
                </p>
            })}
            <div class="actions">
                <button type="button" class="button primary" on:click=copy>"Copy request"</button>
                <a class="button" href=mailto on:click=move |ev| if unsigned() { ev.prevent_default() }>"Open in email app"</a>
            </div>
            <NameFirst missing=name_missing name=name />
            <p class="confirm" role="status">{move || copied.get()}</p>
        </Section>
    }
}

/// Asks for the person's name when a request would go out unsigned; goes once it is
/// there.
///
/// - `missing`: set when sending was tried without a name.
/// - `name`: the name as typed.
#[component]
pub fn NameFirst(missing: RwSignal<bool>, name: RwSignal<String>) -> impl IntoView {
    move || {
        (missing.get() && name.get().trim().is_empty()).then(|| {
            view! {
                <p class="field-error" role="alert">
                    "Add your name first, in “Your name (for the sign-off)”: the request is signed with it, so they know who is asking."
                </p>
            }
        })
    }
}

/// Tracks the request: sent on, the one reminder after 5 business days, and the answer.
#[component]
fn RequestTracker(id: Id) -> impl IntoView {
    let app = use_app();
    let request = plan_memo(app, move |p| p.rejection(id).map(|r| r.request.clone()));
    let sent_on = draft_text(app, request_key(id, "sent_on"), "");
    let problem = ActionError::new();
    let mark_sent = move |_| {
        let on =
            dates::parse_iso_date(&sent_on.get_untracked()).unwrap_or(app.today.get_untracked());
        if problem
            .take(app.change(move |p| p.mark_request_sent(id, on)))
            .is_some()
        {
            sent_on.set(String::new());
        }
    };
    let mark_followed_up = move |_| {
        let today = app.today.get_untracked();
        problem.take(app.change(move |p| p.mark_followed_up(id, today)));
    };
    let set_status = move |status: RequestStatus| {
        problem.take(app.change(move |p| p.set_request_status(id, status)));
    };
    view! {
        <Section title=Key::FeedbackTitleTrackYourRequest>
            {move || {
                let Some(req) = request.get() else { return ().into_any() };
                let today = app.today.get();
                let status = req.status();
                view! {
                    <p class="status-line">
                        {tr(Key::RequestStatusPrefix)} <strong>{tr(status.label())}</strong>
                        {req.sent_on.map(|d| format!(" · sent {}", dates::friendly(d)))}
                    </p>
                    {match status {
                        RequestStatus::NotSent => view! {
                            <div class="form-row">
                                <TextField label=Key::FeedbackLabelSentOn value=sent_on kind="date" hint=Key::FeedbackHintLeaveEmptyForToday />
                            </div>
                            <button type="button" class="button primary" on:click=mark_sent>"I sent it"</button>
                        }.into_any(),
                        RequestStatus::Sent => {
                            let follow = req.follow_up_due().map(|due| {
                                let text = if dates::is_overdue(today, due) || due == today {
                                    format!("It has been 5 working days: time for one friendly reminder ({}).", dates::friendly(due))
                                } else {
                                    format!("If you hear nothing, send one friendly reminder on {} ({}).", dates::friendly(due), crate::ui::words::current().plain(&crate::core::insights::countdown_label(today, due)))
                                };
                                view! {
                                    <p class="due">{text}</p>
                                    <button type="button" class="button" on:click=mark_followed_up>"I sent the reminder"</button>
                                }
                            });
                            let close = req.close_loop_due().map(|due| view! {
                                <p class="due">{format!(
                                    "Reminder sent. If nothing comes by {}, let the request go and move on: their silence is not about you.",
                                    dates::friendly(due)
                                )}</p>
                            });
                            view! {
                                {follow}
                                {close}
                                <div class="actions">
                                    <button type="button" class="button" on:click=move |_| set_status(RequestStatus::Answered)>"They answered"</button>
                                    <button type="button" class="button" on:click=move |_| set_status(RequestStatus::NoAnswer)>"No answer"</button>
                                    <button type="button" class="button subtle" on:click=move |_| set_status(RequestStatus::Closed)>"Stop waiting"</button>
                                </div>
                            }.into_any()
                        }
                        RequestStatus::Answered => view! {
                            <p>"Good: add what they said below, one point at a time."</p>
                            <button type="button" class="button subtle" on:click=move |_| set_status(RequestStatus::Closed)>"Done with this request"</button>
                        }.into_any(),
                        RequestStatus::NoAnswer | RequestStatus::Closed => view! {
                            <p>"You asked, which is what mattered. You can still note your own reading of how it went below."</p>
                            <button type="button" class="button subtle" on:click=move |_| set_status(RequestStatus::NotSent)>"Start over"</button>
                        }.into_any(),
                    }}
                }.into_any()
            }}
            <ActionProblem error=problem />
        </Section>
    }
}

/// Feedback items: add, tag, and turn into a skill gap or a search change.
#[component]
fn FeedbackItems(id: Id) -> impl IntoView {
    let app = use_app();
    let key = |field: &str| Form::NewFeedback(id).key(field);
    let text = draft_text(app, key("text"), "");
    let category = draft_choice(app, key("category"), FeedbackCategory::Preparation);
    let stage = draft_choice(
        app,
        key("stage"),
        app.plan
            .with_untracked(|p| p.rejection(id).map(|r| r.stage).unwrap_or(Stage::Interview)),
    );
    let certainty = draft_choice(app, key("certainty"), Certainty::Fact);
    let last_added = RwSignal::new(None::<Id>);
    let form = FormState::new();
    let add = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let draft = FeedbackDraft {
            text: text.get_untracked(),
            category: category.get_untracked(),
            stage: stage.get_untracked(),
            certainty: certainty.get_untracked(),
        };
        if let Some(added) = form.take(app.change(move |p| p.add_feedback(id, &draft))) {
            text.set(String::new());
            category.set(FeedbackCategory::Preparation);
            certainty.set(Certainty::Fact);
            last_added.set(Some(added));
        }
    };
    let items = plan_memo(app, move |p| {
        p.rejection(id)
            .map(|r| r.feedback.iter().map(|f| f.id).collect::<Vec<_>>())
            .unwrap_or_default()
    });
    view! {
        <Section title=Key::FeedbackTitleWhatTheySaid>
            {move || items.get().is_empty().then(|| view! {
                <EmptyState text=Key::FeedbackTextNoFeedbackYetWhen />
            })}
            <PagedList
                items=items
                showing=Key::FeedbackShowing
                reveal=last_added
                row=move |fid| view! { <FeedbackCard source=FeedbackRef { rejection: id, feedback: fid } /> }.into_any()
            />
            <form class="form" novalidate on:submit=add>
                <h3>"Add a point"</h3>
                <TextArea label=Key::FeedbackLabelWhatDidTheySay value=text error=form.field(Field::Feedback) rows=2 />
                <div class="form-row">
                    <ChoiceSelect label=Key::FeedbackLabelCategory value=category />
                    <ChoiceSelect label=Key::FeedbackLabelWhichStageWasIt value=stage />
                </div>
                <ChoiceRadios legend=Key::FeedbackLegendIsThis value=certainty />
                <FormProblems form=form on_confirm=Callback::new(|_| {}) />
                <button type="submit" class="button primary">"Add feedback"</button>
            </form>
        </Section>
    }
}

/// What is said about a feedback point, by what it is about, before what it can become:
/// a decision that was theirs, or fit and pay, which are not skills to build.
fn category_words(category: FeedbackCategory) -> Option<&'static str> {
    match category {
        FeedbackCategory::RoleClosed => Some(
            "The role closed or went on hold: a decision about their plans, not about you. If what they said names something you want to build anyway, you can still keep it below.",
        ),
        FeedbackCategory::StrongerCandidate => Some(
            "Someone else was a closer fit this time: their decision, not a flaw of yours to fix. If what they said names something you want to build anyway, you can still keep it below.",
        ),
        FeedbackCategory::CultureFit => Some(
            "Culture fit is about the match between you and this team, not a skill to build. Change your search if it tells you what suits you, or ask them what they meant: an example makes it easier to judge.",
        ),
        FeedbackCategory::Salary => Some(
            "Pay is about fit too, not a skill. Change your search if the range was off, or check pay ranges for this role (adverts and salary surveys show them) before the next application.",
        ),
        _ => None,
    }
}

/// One feedback item with its tags and one-click conversions.
#[component]
fn FeedbackCard(source: FeedbackRef) -> impl IntoView {
    let app = use_app();
    // The item and what it became, in one memo: the card is built again when either
    // changes.
    let item = plan_memo(app, move |p| {
        let f = p.feedback(source)?;
        let outcome = match f.outcome {
            Some(Outcome::SkillGap(g)) => p.skill_gaps.iter().find(|x| x.id == g).map(|x| {
                (
                    Screen::Skills,
                    Phrase::new().app("→ Skill gap: ").user(&x.skill),
                )
            }),
            Some(Outcome::SearchChange(c)) => {
                p.search_changes.iter().find(|x| x.id == c).map(|x| {
                    (
                        Screen::Search,
                        Phrase::new().app("→ Search change: ").user(&x.text),
                    )
                })
            }
            None => None,
        };
        Some((f.clone(), outcome))
    });
    let problem = ActionError::new();
    let to_gap = move |_| {
        problem.take(
            app.change(move |p| p.feedback_to_skill_gap(source, &crate::ui::words::current())),
        );
    };
    let to_change = move |_| {
        problem.take(
            app.change(move |p| p.feedback_to_search_change(source, &crate::ui::words::current())),
        );
    };
    let remove = move |_| {
        if browser::confirm("Remove this feedback point?") {
            problem.take(app.change(move |p| p.remove_feedback(source.rejection, source.feedback)));
        }
    };
    rebuilt(move || {
        let Some((f, outcome)) = item.get() else {
            return ().into_any();
        };
        view! {
            <li class="item">
                <p class="item-text" dir="auto">{f.text.clone()}</p>
                <ReviewNotes about=ItemRef::Feedback(source) />
                <p class="meta">
                    <Tag text=f.category.label() />
                    <Tag text=f.stage.label() tone="soft" />
                    {match f.certainty {
                        Certainty::Fact => view! { <Tag text=f.certainty.label() tone="good" /> }.into_any(),
                        Certainty::Guess => view! { <Tag text=Key::TagHunch tone="soft" /> }.into_any(),
                    }}
                </p>
                <div class="actions">
                    {match outcome {
                        Some((screen, text)) => view! {
                            <a class="linked" href=screen.href()><Words phrase=text /></a>
                        }.into_any(),
                        None => view! {
                            {category_words(f.category).map(|words| view! {
                                <p class="outside">
                                    {(!f.category.in_your_control()).then(|| view! { <Tag text=Key::TagOutsideYourControl tone="soft" />" " })}
                                    {words}
                                </p>
                            })}
                            {f.category.can_be_a_skill_gap().then(|| view! {
                                <button type="button" class="button" on:click=to_gap>"Make it a skill gap"</button>
                            })}
                            <button type="button" class="button" on:click=to_change>"Change my search"</button>
                        }.into_any(),
                    }}
                    <button type="button" class="button subtle danger" on:click=remove aria-label=format!("Remove feedback: {}", f.text)>"Remove"</button>
                </div>
                <ActionProblem error=problem />
            </li>
        }
        .into_any()
    })
}
