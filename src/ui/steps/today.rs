//! For today: the day-one path. On the day of the no a person has little to spare, so
//! this offers only what matters that day (ask for feedback, plan one good thing soon,
//! check in or write it out), then lets them stop, saying when Rebound will be useful
//! again. Everything else waits for the feedback.

use leptos::prelude::*;

use crate::core::words::{at_time, Arg, Key, Phrase};
use crate::ui::words::{t, tf, tr};
use leptos::task::spawn_local;

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
                    {tr(Key::TodayWriteBefore)}
                    <a href=Screen::Positive.href()>{tr(Key::TodayWriteLink)}</a>
                    {tr(Key::TodayWriteAfter)}
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
    // Copied, or why not: said when shown, so it follows a change of language.
    let copied = RwSignal::new(None::<Result<(), browser::BrowserError>>);
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
            copied.set(Some(browser::copy_text(&text).await));
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
                        <p><Words phrase=Phrase::said(Key::TodayRequestReady, vec![("company", Arg::Theirs(company))]) /></p>
                        {move || name_asked.get().then(|| view! {
                            <TextField label=Key::TodayLabelYourNameForThe value=name autocomplete="name" error=name_problem.message() />
                        })}
                        <div class="actions">
                            <button type="button" class="button" on:click=copy>{tr(Key::TodayCopy)}</button>
                            <a class="button" href=mailto on:click=move |ev| if unsigned() { ev.prevent_default() }>{tr(Key::TodayOpenEmail)}</a>
                        </div>
                        <NameFirst missing=name_missing name=name />
                        <p class="confirm" role="status">{move || copied.get().map(|done| match done {
                            Ok(()) => t(Key::TodayCopied),
                            Err(e) => e.to_string(),
                        })}</p>
                        <div class="actions">
                            <button type="button" class="button" on:click=mark_sent>{tr(Key::TodaySent)}</button>
                            <a class="linked" href=Screen::Feedback.href()>{tr(Key::TodayReadFirst)}</a>
                        </div>
                    }.into_any(),
                    (_, Some(sent)) if req.follow_up_due().is_some() => {
                        let due = req.follow_up_due().unwrap_or(sent);
                        view! {
                            <p class="done-line">
                                <span aria-hidden="true">"✓ "</span>
                                {move || tf(Key::TodayRequestSent, &[
                                    ("when", Arg::Said(crate::core::insights::countdown_label(app.today(), sent))),
                                    ("date", Arg::Date(due)),
                                ])}
                            </p>
                        }.into_any()
                    }
                    _ => view! {
                        <p class="done-line">
                            <span aria-hidden="true">"✓ "</span>
                            {tr(Key::TodayAskedBefore)}
                            <a href=Screen::Feedback.href()>{tr(Key::TodayAskedLink)}</a>
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
                        <Words phrase=Phrase::said(Key::TodayPlanned, vec![
                            ("what", Arg::Theirs(what)),
                            ("when", Arg::Said(crate::core::insights::countdown_label(app.today(), when.date()))),
                            at_time(when.time()),
                        ]) />
                    </p>
                }.into_any(),
                None => view! {
                    <p class="hint">{tr(Key::TodayFunHint)}</p>
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
            <h2 id="enough-title">{tr(Key::TodayEnoughTitle)}</h2>
            <p>{tr(Key::TodayEnoughClose)}</p>
            <p>
                {move || match next.get() {
                    Some(action) => {
                        let key = match action.kind {
                            ActionKind::Fun => Key::TodayUsefulAgainFun,
                            _ => Key::TodayUsefulAgain,
                        };
                        let phrase = Phrase::said(key, vec![
                            ("when", Arg::Said(crate::core::insights::countdown_label(app.today(), action.date))),
                            ("date", Arg::Date(action.date)),
                            ("what", Arg::Said(action.text)),
                        ]);
                        view! { <Words phrase=phrase /> }.into_any()
                    }
                    None => tr(Key::TodayNothingDated).into_any(),
                }}
            </p>
            <p>
                {tr(Key::TodayOtherStepsBefore)}
                <a href=Screen::Overview.href()>{tr(Key::TodayOtherStepsLink)}</a>
                {tr(Key::TodayOtherStepsAfter)}
            </p>
        </section>
    }
}
