//! The start: a welcome for someone new, and recording what happened (one rejection or
//! several over time).

use crate::ui::words::{t, tf, tr};
use leptos::prelude::*;

use crate::core::words::{Arg, Key};

use crate::core::dates;
use crate::core::item::Form;
use crate::core::plan::{Channel, Field, Id, RejectionDraft, Stage};
use crate::core::steps::Screen;
use crate::ui::state::use_app;
use crate::ui::widgets::*;
use crate::web::browser;

/// The start screen.
#[component]
pub fn StartStep() -> impl IntoView {
    let app = use_app();
    let has_plan = plan_memo(app, move |p| !p.rejections.is_empty());
    move || {
        if has_plan.get() {
            view! { <RejectionList /> }.into_any()
        } else {
            view! { <Welcome /> }.into_any()
        }
    }
}

/// The first screen someone sees: what Rebound is, and the first form.
///
/// index.html paints a static copy of this hero before the wasm has loaded; change both
/// together (tests/e2e/boot.test.mjs fails when they differ). Its words are the boot
/// screen's own messages (`boot-…`), which scripts/post_build.mjs copies into index.html.
#[component]
fn Welcome() -> impl IntoView {
    view! {
        <header class="screen-header hero">
            <h1 id=SCREEN_HEADING_ID tabindex="-1">{tr(Key::BootWelcomeTitle)}</h1>
            <p class="lead">{tr(Key::BootWelcomeLead)}</p>
            <ol class="step-preview">
                {Screen::STEPS
                    .iter()
                    .map(|s| view! { <li>{tr(s.title())}</li> })
                    .collect_view()}
            </ol>
            <p class="privacy-note">{tr(Key::BootWelcomePrivacy)}</p>
        </header>
        <Section title=Key::BootWhatHappened>
            <p class="hint">{tr(Key::BootWhatHint)}</p>
            <RejectionForm editing=None on_saved=Callback::new(|_| browser::go_to(&Screen::Today.href())) />
        </Section>
    }
}

/// The recorded rejections, the one in focus, and a way to add another.
#[component]
fn RejectionList() -> impl IntoView {
    let app = use_app();
    let adding = draft_flag(app, Form::NewRejection.key("open"));
    let cancel = move |_| {
        adding.set(false);
        app.change(|p| p.clear_drafts(Form::NewRejection));
    };
    let ids = plan_memo(app, move |p| {
        let mut list: Vec<(chrono::NaiveDate, Id)> =
            p.rejections.iter().map(|r| (r.date, r.id)).collect();
        crate::core::order::sort_by(&mut list, |a, b| b.cmp(a));
        list.into_iter().map(|(_, id)| id).collect::<Vec<_>>()
    });
    view! {
        <ScreenHeader
            screen=Screen::Start
            lead=Key::LeadStart
        />
        <Section title=Key::StartTitleYourRejections>
            <ul class="item-list">
                <For each=move || ids.get() key=|id| *id children=|id| view! { <RejectionCard id=id /> } />
            </ul>
        </Section>
        {move || if adding.get() {
            view! {
                <Section title=Key::StartTitleAddAnotherRejection>
                    <RejectionForm
                        editing=None
                        on_saved=Callback::new(move |_| adding.set(false))
                    />
                    <button type="button" class="button subtle" on:click=cancel>
                        {tr(Key::StartCancel)}
                    </button>
                </Section>
            }.into_any()
        } else {
            view! {
                <p>
                    <button type="button" class="button" on:click=move |_| adding.set(true)>
                        {tr(Key::StartAddAnother)}
                    </button>
                </p>
            }.into_any()
        }}
    }
}

/// One recorded rejection, with focus, edit and remove.
#[component]
fn RejectionCard(id: Id) -> impl IntoView {
    let app = use_app();
    let rejection = plan_memo(app, move |p| p.rejection(id).cloned());
    let in_focus = plan_memo(app, move |p| {
        p.current_rejection().map(|r| r.id) == Some(id)
    });
    let editing = draft_flag(app, Form::EditRejection(id).key("open"));
    let cancel = move |_| {
        editing.set(false);
        app.change(move |p| p.clear_drafts(Form::EditRejection(id)));
    };
    let problem = ActionError::new();
    let remove = move |_| {
        let title = rejection
            .get_untracked()
            .map(|r| r.title())
            .unwrap_or_default();
        if browser::confirm(&tf(Key::StartRemoveConfirm, &[("title", Arg::Said(title))])) {
            problem.take(app.change(move |p| p.remove_rejection(id)));
        }
    };
    move || {
        let Some(r) = rejection.get() else {
            return ().into_any();
        };
        if editing.get() {
            return view! {
                <li class="item">
                    <RejectionForm editing=Some(id) on_saved=Callback::new(move |_| editing.set(false)) />
                    <button type="button" class="button subtle" on:click=cancel>{tr(Key::StartCancel)}</button>
                </li>
            }
            .into_any();
        }
        let (date, channel, ghosted) = (r.date, r.channel, r.is_ghosted());
        let when = move || {
            if ghosted {
                tf(Key::StartLastHeard, &[("date", Arg::Date(date))])
            } else {
                tf(
                    Key::StartDateChannel,
                    &[
                        ("date", Arg::Date(date)),
                        ("channel", Arg::key(channel.label())),
                    ],
                )
            }
        };
        let feedback = r.feedback.len() as i64;
        view! {
            <li class="item" class:focused=move || in_focus.get()>
                <h3 class="item-title"><Words phrase=r.title() /></h3>
                <p class="meta">
                    <Tag text=r.stage.label() />
                    {r.is_ghosted().then(|| view! { <Tag text=Key::TagNoAnswer tone="soft" /> })}
                    " "
                    {when}
                </p>
                {(feedback > 0).then(|| view! {
                    <p class="meta">{move || tf(Key::StartFeedbackCount, &[("count", Arg::Count(feedback))])}</p>
                })}
                <div class="actions">
                    {move || if in_focus.get() {
                        view! { <span class="tag good">{tr(Key::StartInFocus)}</span> }.into_any()
                    } else {
                        view! {
                            <button type="button" class="button" on:click=move |_| { problem.take(app.change(move |p| p.focus_rejection(id))); }>
                                {tr(Key::StartWorkOnThis)}
                            </button>
                        }.into_any()
                    }}
                    <button type="button" class="button subtle" on:click=move |_| editing.set(true)>{tr(Key::StartEdit)}</button>
                    <button type="button" class="button subtle danger" on:click=remove>{tr(Key::StartRemove)}</button>
                </div>
                <ActionProblem error=problem />
            </li>
        }
        .into_any()
    }
}

/// The form to record or edit a rejection.
///
/// - `editing`: the rejection to change, or `None` to record a new one.
/// - `on_saved`: called with the rejection's id once it is saved.
#[component]
pub fn RejectionForm(editing: Option<Id>, on_saved: Callback<Id>) -> impl IntoView {
    let app = use_app();
    let existing = editing.and_then(|id| app.plan.with_untracked(|p| p.rejection(id).cloned()));
    // Typed text is kept per form: the new rejection, or the one being edited.
    let drafts_of = match editing {
        Some(id) => Form::EditRejection(id),
        None => Form::NewRejection,
    };
    let e = existing.as_ref();
    let text = |field: &str, saved: Option<&String>| {
        draft_text(
            app,
            drafts_of.key(field),
            saved.cloned().unwrap_or_default(),
        )
    };
    let company = text("company", e.map(|r| &r.company));
    let role = text("role", e.map(|r| &r.role));
    let stage = draft_choice(
        app,
        drafts_of.key("stage"),
        e.map(|r| r.stage).unwrap_or(Stage::Interview),
    );
    let date = draft_text(
        app,
        drafts_of.key("date"),
        dates::iso(
            e.map(|r| r.date)
                .unwrap_or_else(|| app.today.get_untracked()),
        ),
    );
    let channel = draft_choice(
        app,
        drafts_of.key("channel"),
        e.map(|r| r.channel).unwrap_or(Channel::Email),
    );
    let contact_name = text("contact_name", e.map(|r| &r.contact_name));
    let contact_email = text("contact_email", e.map(|r| &r.contact_email));
    let message = text("message", e.map(|r| &r.message));
    let form = FormState::new();
    let date_error = RwSignal::new(None::<Key>);

    let submit = move |confirmed: bool| {
        let Some(day) = dates::parse_iso_date(&date.get_untracked()) else {
            date_error.set(Some(Key::StartDateError));
            return;
        };
        date_error.set(None);
        let draft = RejectionDraft {
            company: company.get_untracked(),
            role: role.get_untracked(),
            contact_name: contact_name.get_untracked(),
            contact_email: contact_email.get_untracked(),
            stage: stage.get_untracked(),
            date: day,
            channel: channel.get_untracked(),
            message: message.get_untracked(),
        };
        let today = app.today.get_untracked();
        let result = app.change(move |p| {
            let id = match editing {
                Some(id) => p.update_rejection(id, &draft, today, confirmed).map(|_| id),
                None => p.record_rejection(&draft, today, confirmed),
            }?;
            p.clear_drafts(drafts_of);
            Ok(id)
        });
        if let Some(id) = form.take(result) {
            on_saved.run(id);
        }
    };
    let date_id = unique_id("rejection-date");
    let date_label = move || {
        t(if channel.get() == Channel::Ghosted {
            Key::StartDateLastHeard
        } else {
            Key::StartDateOfNo
        })
    };

    view! {
        <form class="form" novalidate on:submit=move |ev| { ev.prevent_default(); submit(false); }>
            <div class="form-row">
                <TextField label=Key::BootCompany value=company required=true error=form.field(Field::Company) autocomplete="organization" />
                <TextField label=Key::BootRole value=role required=true error=form.field(Field::Role) autocomplete="organization-title" />
            </div>
            <ChoiceRadios legend=Key::StartLegendHowDidItCome value=channel />
            <div class="form-row">
                <ChoiceSelect label=Key::StartLabelStageReached value=stage />
                <div class="field">
                    <label for=date_id.clone()>{date_label}</label>
                    <input
                        id=date_id.clone()
                        type="date"
                        aria-invalid=move || date_error.get().is_some().then_some("true")
                        prop:value=move || date.get()
                        on:input=move |ev| date.set(event_target_value(&ev))
                    />
                    <p class="field-error" aria-live="polite">{move || date_error.get().map(t)}</p>
                </div>
            </div>
            <details class="more" open=[contact_name, contact_email, message].iter().any(|f| f.with_untracked(|t| !t.is_empty()))>
                <summary>{tr(Key::StartContactMore)}</summary>
                <div class="form-row">
                    <TextField label=Key::StartLabelContactName value=contact_name hint=Key::StartHintTheRecruiterOrInterviewer error=form.field(Field::ContactName) />
                    <TextField label=Key::StartLabelContactEmail value=contact_email kind="email" error=form.field(Field::ContactEmail) />
                </div>
                <TextArea
                    label=Key::StartLabelTheirMessage
                    value=message
                    hint=Key::StartHintPrivateItStaysOn
                    error=form.field(Field::Message)
                    rows=4
                />
            </details>
            <FormProblems form=form on_confirm=Callback::new(move |_| submit(true)) />
            <button type="submit" class="button primary">
                {tr(if editing.is_some() {
                    Key::StartSaveChanges
                } else if app.plan.with_untracked(|p| p.rejections.is_empty()) {
                    Key::StartSaveAndStart
                } else {
                    Key::StartAddThis
                })}
            </button>
        </form>
    }
}
