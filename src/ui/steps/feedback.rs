//! Step 1: ask for feedback, track the request, and capture what was said.

use std::rc::Rc;
use std::time::Duration;

use crate::ui::words::{messages_for, t, tf, tr};
use leptos::leptos_dom::helpers::TimeoutHandle;
use leptos::prelude::*;

use crate::core::words::{Arg, Key, Lang, Messages, Phrase};
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
use crate::ui::widgets::update_prompt::{offer_update, update_ready, ReloadButton};
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
                <section class="card stage-note" aria-label=tr(Key::FeedbackAboutThisNo)>
                    <p>{tr(note.line)}</p>
                    <p><strong>{tr(Key::FeedbackOneThingForNextTime)}</strong>{tr(note.next)}</p>
                </section>
            }
        })
    }
}

/// One calm line on a decision that may have been unfair, and where to ask.
#[component]
fn FairnessRoute() -> impl IntoView {
    view! {
        <p class="hint fairness">{tr(Key::FeedbackFairness)}</p>
    }
}

/// The Stoic line, for later: below the work of the step, not above it.
#[component]
fn LaterThought() -> impl IntoView {
    view! {
        <aside class="later-thought" aria-label=tr(Key::FeedbackLaterThought)>
            <p class="hint">{tr(Key::FeedbackLaterThoughtIntro)}</p>
            <blockquote class="quote">
                <p>{tr(Key::FeedbackLaterThoughtQuote)}</p>
                <footer>{tr(Key::FeedbackLaterThoughtSource)}</footer>
            </blockquote>
        </aside>
    }
}

/// Where the composer keeps a rejection's request options and edits, among the drafts.
fn request_key(id: Id, part: &str) -> DraftKey {
    Form::Request(id).key(part)
}

/// The request to send for a rejection, in the app's language: the suggested text (with
/// the options chosen), or the person's edits of its subject and body.
pub fn request_to_send(p: &Plan, id: Id) -> Option<RequestDraft> {
    let r = p.rejection(id)?;
    let keep_in_mind = p.draft(&request_key(id, "keep_in_mind")) == Some("yes");
    let mut draft = feedback_request(
        &crate::ui::words::current(),
        r,
        &p.profile.name,
        keep_in_mind,
    );
    if let Some(subject) = p.draft(&request_key(id, "subject")) {
        draft.subject = subject.to_string();
    }
    if let Some(body) = p.draft(&request_key(id, "body")) {
        draft.body = body.to_string();
    }
    Some(draft)
}

/// The request as text to paste, in the app's language: its subject line, then its body.
pub fn request_as_text(draft: &RequestDraft) -> String {
    request_as_text_in(&crate::ui::words::current(), draft)
}

/// The request as text to paste, in the language of `words` (the request's own).
pub fn request_as_text_in(words: &Messages, draft: &RequestDraft) -> String {
    let subject = words
        .phrase(
            Key::FeedbackRequestSubjectLine,
            &[("subject", Arg::Theirs(draft.subject.clone()))],
        )
        .plain();
    format!("{subject}\n\n{}", draft.body)
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

/// Writes a polite request from the recorded names, to copy or open in a mail app, in
/// the language chosen for it (the app's, unless the person picks another).
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
    let language = RequestLanguage::new();
    let words = move || language.words();
    let generated = plan_memo(app, move |p| {
        p.rejection(id)
            .map(|r| feedback_request(&words(), r, &settled_name.get(), keep_in_mind.get()))
    });
    // The request as the person edited it is kept as a draft; until they edit it, it
    // follows the suggested text (which changes with their name, the options and the
    // language chosen for it).
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
    let draft = move || RequestDraft {
        subject: subject.get(),
        body: body.get(),
    };
    let copied = RwSignal::new(None::<Key>);
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
        let text = request_as_text_in(&untrack(words), &draft());
        spawn_local(async move {
            copied.set(Some(match browser::copy_text(&text).await {
                Ok(()) => Key::FeedbackCopied,
                Err(_) => Key::FeedbackCopyFailed,
            }));
        });
    };
    let mailto = move || {
        let to = app.with(|p| {
            p.rejection(id)
                .map(|r| r.contact_email.clone())
                .unwrap_or_default()
        });
        mailto_link(&to, &draft())
    };
    view! {
        <Section title=Key::FeedbackTitleAskForFeedback>
            <p class="hint">{tr(Key::FeedbackComposerHint)}</p>
            <TextField label=Key::FeedbackLabelYourNameForThe value=name autocomplete="name" error=name_problem.message() />
            <label class="check">
                <input type="checkbox" prop:checked=move || keep_in_mind.get() on:change=move |ev| keep_in_mind.set(event_target_checked(&ev)) />
                <span>{tr(Key::FeedbackKeepInMind)}</span>
            </label>
            <RequestLanguagePicker language=language />
            <TextField label=Key::FeedbackLabelSubject value=subject />
            <TextArea label=Key::FeedbackLabelYourRequest value=body rows=10 />
            {move || (subject_edited.get() || body_edited.get()).then(|| view! {
                <p class="meta">
                    {tr(Key::FeedbackEdited)}
                    <button type="button" class="button subtle small" on:click=use_suggested>{tr(Key::FeedbackUseSuggested)}</button>
                </p>
            })}
            <div class="actions">
                <button type="button" class="button primary" on:click=copy>{tr(Key::FeedbackCopyRequest)}</button>
                <a class="button" href=mailto on:click=move |ev| if unsigned() { ev.prevent_default() }>{tr(Key::FeedbackOpenInEmail)}</a>
            </div>
            <NameFirst missing=name_missing name=name />
            <p class="confirm" role="status">{move || copied.get().map(t)}</p>
        </Section>
    }
}

/// The language the request is written in: the app's until the person picks another
/// (the employer may read another language). A choice for this screen only, never kept
/// in the plan.
#[derive(Clone, Copy)]
struct RequestLanguage {
    /// The words of the language picked, once fetched; `None` while it is the app's.
    picked: RwSignal<Option<Rc<Messages>>, LocalStorage>,
    /// The language the picker shows while another is being fetched.
    fetching: RwSignal<Option<Lang>>,
    /// A language whose words could not be fetched, until the next pick, and whether
    /// the file was a newer build's (the new version then brings it).
    unavailable: RwSignal<Option<(Lang, bool)>>,
    /// Languages already fetched here, so going back to one needs no network.
    fetched: StoredValue<Vec<Rc<Messages>>, LocalStorage>,
}

impl RequestLanguage {
    fn new() -> Self {
        RequestLanguage {
            picked: RwSignal::new_local(None),
            fetching: RwSignal::new(None),
            unavailable: RwSignal::new(None),
            fetched: StoredValue::new_local(Vec::new()),
        }
    }

    /// The words the request is written in (tracked: a change of the app's language
    /// reaches a request that follows it).
    fn words(self) -> Rc<Messages> {
        self.picked.get().unwrap_or_else(crate::ui::words::current)
    }

    /// The language the request is written in (tracked).
    fn lang(self) -> Lang {
        self.words().lang()
    }

    /// The language the picker shows (tracked).
    fn shown(self) -> Lang {
        self.fetching.get().unwrap_or_else(|| self.lang())
    }

    /// Writes the request in `lang` from now on, once its words are here. If they cannot
    /// be fetched, the request stays in its language and the picker says so.
    fn pick(self, lang: Lang) {
        self.unavailable.set(None);
        if lang == crate::ui::words::current_lang_untracked() {
            self.fetching.set(None);
            self.picked.set(None);
            return;
        }
        let known = self
            .fetched
            .with_value(|all| all.iter().find(|w| w.lang() == lang).cloned());
        if let Some(words) = known {
            self.fetching.set(None);
            self.picked.set(Some(words));
            return;
        }
        self.fetching.set(Some(lang));
        spawn_local(async move {
            let words = messages_for(lang).await;
            // A later pick wins over this one.
            if self.fetching.get_untracked() != Some(lang) {
                return;
            }
            self.fetching.set(None);
            match words {
                Ok(words) => {
                    self.fetched.update_value(|all| all.push(words.clone()));
                    self.picked.set(Some(words));
                }
                Err(error) => {
                    if error.needs_new_version() {
                        offer_update();
                    }
                    self.unavailable
                        .set(Some((lang, error.needs_new_version())));
                }
            }
        });
    }
}

/// "Language of the request": each language by its own name; the app's to begin with.
#[component]
fn RequestLanguagePicker(language: RequestLanguage) -> impl IntoView {
    let id = unique_id("request-language");
    let hint_id = format!("{id}-hint");
    let error_id = format!("{id}-error");
    let described = {
        let (hint_id, error_id) = (hint_id.clone(), error_id.clone());
        move || match language.unavailable.get() {
            Some(_) => format!("{hint_id} {error_id}"),
            None => hint_id.clone(),
        }
    };
    view! {
        <div class="field request-language">
            <label for=id.clone()>{tr(Key::FeedbackRequestLanguage)}</label>
            <p class="hint" id=hint_id>{tr(Key::FeedbackRequestLanguageHint)}</p>
            <select
                id=id
                aria-describedby=described
                on:change=move |ev| {
                    if let Some(lang) = Lang::from_tag(&event_target_value(&ev)) {
                        language.pick(lang);
                    }
                }
            >
                {Lang::OFFERED
                    .into_iter()
                    .map(|lang| view! {
                        <option value=lang.tag() lang=lang.tag() prop:selected=move || language.shown() == lang>
                            {lang.own_name()}
                        </option>
                    })
                    .collect_view()}
            </select>
            <p class="field-error" id=error_id aria-live="polite">
                {move || language.unavailable.get().map(|(lang, new_version)| tf(
                    if new_version {
                        Key::FeedbackRequestLanguageWithNewVersion
                    } else {
                        Key::FeedbackRequestLanguageUnavailable
                    },
                    &[
                        ("language", Arg::Ours(lang.own_name().into())),
                        ("current", Arg::Ours(language.lang().own_name().into())),
                    ],
                ))}
            </p>
            {move || (language.unavailable.get().is_some_and(|(_, new_version)| new_version) && update_ready()).then(|| view! { <ReloadButton /> })}
        </div>
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
                    {tf(Key::FeedbackNameFirst, &[("field", Arg::key(Key::FeedbackLabelYourNameForThe))])}
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
                        {req.sent_on.map(|d| tf(Key::FeedbackSentOnDate, &[("date", Arg::Date(d))]))}
                    </p>
                    {match status {
                        RequestStatus::NotSent => view! {
                            <div class="form-row">
                                <TextField label=Key::FeedbackLabelSentOn value=sent_on kind="date" hint=Key::FeedbackHintLeaveEmptyForToday />
                            </div>
                            <button type="button" class="button primary" on:click=mark_sent>{tr(Key::FeedbackISentIt)}</button>
                        }.into_any(),
                        RequestStatus::Sent => {
                            let follow = req.follow_up_due().map(|due| {
                                let text = if dates::is_overdue(today, due) || due == today {
                                    tf(Key::FeedbackReminderDue, &[
                                        ("days", Arg::Count(dates::FOLLOW_UP_BUSINESS_DAYS.into())),
                                        ("date", Arg::Date(due)),
                                    ])
                                } else {
                                    tf(Key::FeedbackReminderOn, &[
                                        ("date", Arg::Date(due)),
                                        ("days", Arg::Count(dates::days_until(today, due))),
                                    ])
                                };
                                view! {
                                    <p class="due">{text}</p>
                                    <button type="button" class="button" on:click=mark_followed_up>{tr(Key::FeedbackISentTheReminder)}</button>
                                }
                            });
                            let close = req.close_loop_due().map(|due| view! {
                                <p class="due">{tf(Key::FeedbackLetItGo, &[("date", Arg::Date(due))])}</p>
                            });
                            view! {
                                {follow}
                                {close}
                                <div class="actions">
                                    <button type="button" class="button" on:click=move |_| set_status(RequestStatus::Answered)>{tr(Key::FeedbackTheyAnswered)}</button>
                                    <button type="button" class="button" on:click=move |_| set_status(RequestStatus::NoAnswer)>{tr(Key::FeedbackNoAnswer)}</button>
                                    <button type="button" class="button subtle" on:click=move |_| set_status(RequestStatus::Closed)>{tr(Key::FeedbackStopWaiting)}</button>
                                </div>
                            }.into_any()
                        }
                        RequestStatus::Answered => view! {
                            <p>{tr(Key::FeedbackAnsweredNote)}</p>
                            <button type="button" class="button subtle" on:click=move |_| set_status(RequestStatus::Closed)>{tr(Key::FeedbackDoneWithRequest)}</button>
                        }.into_any(),
                        RequestStatus::NoAnswer | RequestStatus::Closed => view! {
                            <p>{tr(Key::FeedbackYouAsked)}</p>
                            <button type="button" class="button subtle" on:click=move |_| set_status(RequestStatus::NotSent)>{tr(Key::FeedbackStartOver)}</button>
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
                row=move |fid| view! { <FeedbackCard source=FeedbackRef { rejection: id, feedback: fid } /> }
            />
            <form class="form" novalidate on:submit=add>
                <h3>{tr(Key::FeedbackAddAPoint)}</h3>
                <TextArea label=Key::FeedbackLabelWhatDidTheySay value=text error=form.field(Field::Feedback) rows=2 />
                <div class="form-row">
                    <ChoiceSelect label=Key::FeedbackLabelCategory value=category />
                    <ChoiceSelect label=Key::FeedbackLabelWhichStageWasIt value=stage />
                </div>
                <ChoiceRadios legend=Key::FeedbackLegendIsThis value=certainty />
                <FormProblems form=form on_confirm=Callback::new(|_| {}) />
                <button type="submit" class="button primary">{tr(Key::FeedbackAddFeedback)}</button>
            </form>
        </Section>
    }
}

/// What is said about a feedback point, by what it is about, before what it can become:
/// a decision that was theirs, or fit and pay, which are not skills to build.
fn category_words(category: FeedbackCategory) -> Option<Key> {
    match category {
        FeedbackCategory::RoleClosed => Some(Key::FeedbackAboutRoleClosed),
        FeedbackCategory::StrongerCandidate => Some(Key::FeedbackAboutStrongerCandidate),
        FeedbackCategory::CultureFit => Some(Key::FeedbackAboutCultureFit),
        FeedbackCategory::Salary => Some(Key::FeedbackAboutSalary),
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
                    Phrase::said(
                        Key::FeedbackBecameSkillGap,
                        vec![("skill", Arg::Theirs(x.skill.clone()))],
                    ),
                )
            }),
            Some(Outcome::SearchChange(c)) => {
                p.search_changes.iter().find(|x| x.id == c).map(|x| {
                    (
                        Screen::Search,
                        Phrase::said(
                            Key::FeedbackBecameSearchChange,
                            vec![("change", Arg::Theirs(x.text.clone()))],
                        ),
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
        if browser::confirm(&t(Key::FeedbackConfirmRemove)) {
            problem.take(app.change(move |p| p.remove_feedback(source.rejection, source.feedback)));
        }
    };
    move || {
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
                                    {tr(words)}
                                </p>
                            })}
                            {f.category.can_be_a_skill_gap().then(|| view! {
                                <button type="button" class="button" on:click=to_gap>{tr(Key::FeedbackMakeSkillGap)}</button>
                            })}
                            <button type="button" class="button" on:click=to_change>{tr(Key::FeedbackChangeMySearch)}</button>
                        }.into_any(),
                    }}
                    <button type="button" class="button subtle danger" on:click=remove aria-label={
                        let text = f.text.clone();
                        move || tf(Key::FeedbackRemoveLabel, &[("text", Arg::Theirs(text.clone()))])
                    }>{tr(Key::FeedbackRemove)}</button>
                </div>
                <ActionProblem error=problem />
            </li>
        }
        .into_any()
    }
}
