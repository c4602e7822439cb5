//! For today: the day-one path. On the day of the no a person has little to spare, so
//! this offers only what matters that day (ask for feedback, plan one good thing soon,
//! check in or write it out), then lets them stop, saying when Rebound will be useful
//! again. Everything else waits for the feedback.

use leptos::prelude::*;

use crate::core::words::Key;
use leptos::task::spawn_local;

use crate::core::dates;
use crate::core::insights::{mailto_link, next_visit, stage_note, ActionKind};
use crate::core::plan::{Id, RequestStatus, Stage};
use crate::core::steps::Screen;
use crate::ui::state::use_app;
use crate::ui::steps::feedback::{request_as_text, request_to_send, NameFirst};
use crate::ui::steps::fun::FunForm;
use crate::ui::steps::positive::MoodCheckIn;
use crate::ui::widgets::*;
use crate::web::{browser, clock};

/// The day-one screen.
#[component]
pub fn TodayScreen() -> impl IntoView {
    let app = use_app();
    let current = plan_memo(app, |p| p.current_rejection().map(|r| r.id));
    view! {
        <ScreenHeader
            screen=Screen::Today
            lead=Key::LeadToday
        />
        {move || match current.get() {
            None => view! { <NeedsRejection /> }.into_any(),
            // How they are comes first; then one good thing; the request can wait a day.
            Some(id) => view! {
                <GhostedToday id=id />
                <MoodCheckIn compact=true />
                <p class="today-write">
                    "Or, if words help more than numbers: "
                    <a href=Screen::Positive.href()>"write it out"</a>
                    ", privately, in Stay positive."
                </p>
                <GoodThingToday />
                <AskToday id=id />
                <EnoughForToday />
            }.into_any(),
        }}
    }
}

/// For a person who heard nothing at all: a line of its own, before anything else.
#[component]
fn GhostedToday(id: Id) -> impl IntoView {
    let app = use_app();
    let ghosted = plan_memo(app, move |p| {
        p.rejection(id).is_some_and(|r| r.is_ghosted())
    });
    move || {
        ghosted.get().then(|| {
            let note = stage_note(Stage::Other, true);
            view! { <p class="banner">{crate::ui::words::tr(note.line)}" "{crate::ui::words::tr(note.next)}</p> }
        })
    }
}

/// The feedback request, ready to copy or open in a mail app, and marked sent.
#[component]
fn AskToday(id: Id) -> impl IntoView {
    let app = use_app();
    let request = plan_memo(app, move |p| {
        p.rejection(id)
            .map(|r| (r.company.clone(), r.request.clone()))
    });
    let problem = ActionError::new();
    let copied = RwSignal::new(None::<String>);
    // A request goes out signed: without a name it asks for one first.
    let name = RwSignal::new(app.plan.with_untracked(|p| p.profile.name.clone()));
    let name_missing = RwSignal::new(false);
    // The name field shows once it was asked for, and stays while it is typed.
    let name_asked = RwSignal::new(false);
    let name_problem = ActionError::new();
    let unsigned = move || {
        let missing = name.get_untracked().trim().is_empty();
        name_missing.set(missing);
        if missing {
            name_asked.set(true);
        }
        missing
    };
    Effect::new(move |first: Option<()>| {
        let typed = name.get();
        if first.is_some() {
            name_problem.take(app.change(move |p| p.set_name(&typed)));
        }
    });
    let copy = move |_| {
        if unsigned() {
            return;
        }
        let Some(text) = app
            .plan
            .with_untracked(|p| request_to_send(p, id))
            .map(|d| request_as_text(&d))
        else {
            return;
        };
        spawn_local(async move {
            copied.set(Some(match browser::copy_text(&text).await {
                Ok(()) => {
                    "Copied. Paste it into an email or message, then come back to mark it sent."
                        .into()
                }
                Err(e) => e.to_string(),
            }));
        });
    };
    let mailto = move || {
        app.with(|p| {
            let to = p
                .rejection(id)
                .map(|r| r.contact_email.clone())
                .unwrap_or_default();
            request_to_send(p, id)
                .map(|d| mailto_link(&to, &d))
                .unwrap_or_default()
        })
    };
    let mark_sent = move |_| {
        let today = app.today.get_untracked();
        problem.take(app.change(move |p| p.mark_request_sent(id, today)));
    };
    view! {
        <Section title=Key::TodayTitleAskForFeedback>
            {move || {
                let Some((company, req)) = request.get() else { return ().into_any() };
                match (req.status(), req.sent_on) {
                    (RequestStatus::NotSent, _) => view! {
                        <p>{format!("A short, polite request to {company} is ready, written from what you recorded. Send it in the next day or two; today only if you feel up to it.")}</p>
                        {move || name_asked.get().then(|| view! {
                            <TextField label=Key::TodayLabelYourNameForThe value=name autocomplete="name" error=name_problem.message() />
                        })}
                        <div class="actions">
                            <button type="button" class="button" on:click=copy>"Copy the request"</button>
                            <a class="button" href=mailto on:click=move |ev| if unsigned() { ev.prevent_default() }>"Open in email app"</a>
                        </div>
                        <NameFirst missing=name_missing name=name />
                        <p class="confirm" role="status">{move || copied.get()}</p>
                        <div class="actions">
                            <button type="button" class="button" on:click=mark_sent>"I sent it"</button>
                            <a class="linked" href=Screen::Feedback.href()>"Read or change the request first"</a>
                        </div>
                    }.into_any(),
                    (_, Some(sent)) if req.follow_up_due().is_some() => view! {
                        <p class="done-line">
                            <span aria-hidden="true">"✓ "</span>
                            {format!(
                                "Request sent {}. If you hear nothing, Rebound will suggest one friendly reminder on {}.",
                                crate::ui::words::current().plain(&crate::core::insights::countdown_label(app.today(), sent)),
                                req.follow_up_due().map(dates::friendly).unwrap_or_default()
                            )}
                        </p>
                    }.into_any(),
                    _ => view! {
                        <p class="done-line">
                            <span aria-hidden="true">"✓ "</span>
                            "You have asked for feedback. "
                            <a href=Screen::Feedback.href()>"See where it stands"</a>
                        </p>
                    }.into_any(),
                }
            }}
            <ActionProblem error=problem />
        </Section>
    }
}

/// One enjoyable thing in the next few days, or what is already planned.
#[component]
fn GoodThingToday() -> impl IntoView {
    let app = use_app();
    let planned = plan_memo(app, move |p| {
        let now = clock::now();
        let mut coming: Vec<_> = p
            .fun
            .iter()
            .filter(|f| !f.done && f.when >= now - chrono::Duration::hours(3))
            .map(|f| (f.when, f.what.clone()))
            .collect();
        crate::core::order::sort_by(&mut coming, Ord::cmp);
        coming.into_iter().next()
    });
    view! {
        <Section title=Key::TodayTitlePlanOneGoodThing>
            {move || match planned.get() {
                Some((when, what)) => view! {
                    <p class="done-line">
                        <span aria-hidden="true">"✓ "</span>
                        {format!(
                            "Planned: {what}, {} at {}. Enjoy it.",
                            crate::ui::words::current().plain(&crate::core::insights::countdown_label(app.today(), when.date())),
                            dates::hhmm(when.time())
                        )}
                    </p>
                }.into_any(),
                None => view! {
                    <p class="hint">"Something you enjoy, in the next day or two: a walk, a meal with a friend, a film. Tap an idea, then plan it."</p>
                    <FunForm compact=true />
                }.into_any(),
            }}
        </Section>
    }
}

/// Where the day can end: what is done is saved, and when Rebound will matter next.
#[component]
fn EnoughForToday() -> impl IntoView {
    let app = use_app();
    let next = plan_memo(app, move |p| next_visit(p, app.today()));
    view! {
        <section class="card enough" aria-labelledby="enough-title">
            <h2 id="enough-title">"Enough for today"</h2>
            <p>"You can close Rebound now. Everything is saved on this device."</p>
            <p>
                {move || match next.get() {
                    Some(action) => {
                        let when = format!(
                            "Rebound will be useful again {} ({}): ",
                            crate::ui::words::current().plain(&crate::core::insights::countdown_label(app.today(), action.date)),
                            dates::friendly(action.date)
                        );
                        let what = match action.kind {
                            ActionKind::Fun => action.text.app(", and afterwards a moment to note how it went"),
                            _ => action.text,
                        };
                        view! { {when}<Words phrase=what.app(".") /> }.into_any()
                    }
                    None => "Nothing is dated yet. Once you send the request, Rebound works out when a reminder would be due.".into_any(),
                }}
            </p>
            <p>
                "The other steps (your search, your skills) work best once feedback arrives, so there is no need to start them today. When you are ready: "
                <a href=Screen::Overview.href()>"my plan"</a>
                "."
            </p>
        </section>
    }
}
