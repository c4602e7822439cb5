//! The shell: header, step indicator, the screen in view, previous/next, and routing.
//!
//! Screens are addressed by the URL fragment (`#/skills`). Links are plain anchors, so
//! the browser keeps history and its back and forward buttons work; `hashchange` tells
//! the app which screen to show.

use leptos::ev;
use leptos::prelude::*;

use crate::core::format::reviewing::REVIEWING_KEY;
use crate::core::format::PLAN_KEY;
use crate::core::format::{link, reply};
use crate::core::item::DraftKey;
use crate::core::journal::JOURNAL_PREFIX;
use crate::core::steps::Screen;
use crate::core::words::{Arg, Key, Lang};
use crate::ui::desk::Desk;
use crate::ui::state::{use_app, AppState, Incoming, IncomingSource};
use crate::ui::steps;
use crate::ui::widgets::language_picker::{load, LanguagePicker};
use crate::ui::widgets::notices::{SaveIndicator, SaveProblem, StorageNotices};
use crate::ui::widgets::step_nav::{PrevNext, StepIndicator};
use crate::ui::widgets::support::SupportLink;
use crate::ui::widgets::SCREEN_HEADING_ID;
use crate::ui::words::{self, tr};
use crate::web::language;
use crate::web::theme::{self, Theme};
use crate::web::{browser, clock};

/// Starts the app in the page, once the static boot screen has painted.
pub fn mount() {
    wasm_bindgen_futures::spawn_local(async {
        browser::boot_screen_painted().await;
        // The first screen speaks the person's language from its first frame: a language
        // other than English is fetched (or taken from the service worker) before the app
        // takes over; if it cannot be, the app starts in English (and, when the file is a
        // newer version's, offers that version).
        let lang = language::starting();
        match load(lang).await {
            Ok(words) => words::switch(lang, words),
            Err(error) => {
                if error.needs_new_version() {
                    crate::ui::widgets::update_prompt::offer_update();
                }
                words::switch(Lang::English, None);
            }
        }
        // What was typed into the boot screen is read in the same task as the app takes
        // over (after the words arrived, never before), so no keystroke can fall in
        // between.
        let typed = browser::boot_typing();
        browser::remove_boot_screen();
        let focus = typed.focus.clone();
        leptos::mount::mount_to_body(move || view! { <App typed=typed.drafts.clone() /> });
        if let Some((label, text, start, end)) = focus {
            browser::focus_labelled(&label, text, start, end);
        }
        // The service worker is for the next visit: registering it waits until this one's
        // first frame is on screen, so its work is not part of that frame's long task.
        request_animation_frame(|| {
            set_timeout(
                crate::ui::widgets::update_prompt::start,
                std::time::Duration::ZERO,
            )
        });
    });
}

/// The screen for the current address; an empty or unknown fragment opens the start
/// screen for a new person and the plan for someone who has one.
fn screen_for(fragment: &str, has_plan: bool) -> Screen {
    if link::is_share_link(fragment) {
        return Screen::Import;
    }
    if reply::is_reply_link(fragment) {
        return Screen::Review;
    }
    Screen::from_fragment(fragment).unwrap_or(if has_plan {
        Screen::Overview
    } else {
        Screen::Start
    })
}

/// Reads a shared plan or a review from the address, if there is one. It is only decoded
/// here and held for preview: nothing is written until the person chooses.
fn read_share_link(app: AppState, fragment: &str) {
    app.detail.set(Screen::detail(fragment).map(String::from));
    // A reply is held only while the address is the reply link itself: once the address
    // moves on (to "Not now", to another review), it is dropped, so no screen can show it
    // under another address.
    if reply::is_reply_link(fragment) {
        app.incoming_review.set(Some(reply::decode(fragment)));
    } else if app.incoming_review.with_untracked(Option::is_some) {
        app.incoming_review.set(None);
    }
    if link::is_share_link(fragment) {
        let incoming = link::decode(fragment).map(|plan| Incoming {
            plan,
            source: IncomingSource::Link,
        });
        app.incoming.set(Some(incoming));
    }
}

/// The whole app.
///
/// - `typed`: what was typed into the boot screen's fields, as (draft key, text); kept as
///   drafts, so the app's own fields show it.
#[component]
pub fn App(typed: Vec<(DraftKey, String)>) -> impl IntoView {
    let app = AppState::load(Screen::Start, &typed);
    provide_context(app);
    let desk = Desk::load();
    provide_context(desk);
    let reviewing = move || desk.reviews.with(|r| !r.reviews.is_empty());
    let has_plan = move || app.plan.with_untracked(|p| !p.rejections.is_empty());
    read_share_link(app, &browser::fragment());
    app.screen.set(screen_for(&browser::fragment(), has_plan()));

    let first_screen = StoredValue::new(true);
    Effect::new(move |_| {
        let screen = app.screen.get();
        browser::set_title(&words::tf(
            Key::PageTitle,
            &[("screen", Arg::Ours(words::t(screen.title())))],
        ));
        if first_screen.get_value() {
            first_screen.set_value(false);
        } else {
            browser::scroll_to_top();
            browser::focus_element(SCREEN_HEADING_ID);
        }
    });

    let on_hash = window_event_listener(ev::hashchange, move |_| {
        let fragment = browser::fragment();
        read_share_link(app, &fragment);
        let screen = screen_for(&fragment, has_plan());
        if app.screen.get_untracked() != screen {
            app.screen.set(screen);
        }
    });
    let on_visibility = window_event_listener(ev::visibilitychange, move |_| {
        let hidden = document().visibility_state() == web_sys::VisibilityState::Hidden;
        if hidden {
            app.flush();
        } else {
            app.today.set(clock::today());
        }
    });
    let on_pagehide = window_event_listener(ev::pagehide, move |_| app.flush());
    // Another tab saved the plan: show its changes here too.
    let on_storage = window_event_listener(ev::storage, move |e| match e.key() {
        // Rebound only ever removes the plan when the person deletes everything it keeps.
        Some(key) if key == PLAN_KEY && e.new_value().is_none() => {
            desk.stop();
            app.on_deleted_elsewhere();
        }
        Some(key) if key == PLAN_KEY => app.on_stored_plan_changed(),
        Some(key) if key.starts_with(JOURNAL_PREFIX) => app.on_journal_changed(),
        Some(key) if key == REVIEWING_KEY => desk.reload(),
        _ => {}
    });
    on_cleanup(move || {
        on_hash.remove();
        on_visibility.remove();
        on_pagehide.remove();
        on_storage.remove();
    });

    view! {
        // The fragment routes screens, so following "#main" would leave the screen: the
        // link moves focus to the screen's heading instead.
        <a class="skip-link" href="#main" on:click=move |ev| {
            ev.prevent_default();
            browser::focus_element(SCREEN_HEADING_ID);
        }>{tr(Key::SkipToContent)}</a>
        <header class="topbar">
            <a class="brand" href=Screen::Overview.href()>"Rebound"</a>
            <nav class="top-links" aria-label=move || words::t(Key::NavLabel)>
                <a href=Screen::Overview.href()>{tr(Key::NavMyPlan)}</a>
                <a href=Screen::Share.href()>{tr(Key::NavShare)}</a>
                {move || reviewing().then(|| view! { <a href=Screen::Reviewing.href()>{tr(Key::NavReviewing)}</a> })}
                <a href=Screen::About.href()>{tr(Key::NavAbout)}</a>
            </nav>
            {move || app.deleted.with(Option::is_none).then(|| view! { <SaveIndicator /> })}
        </header>
        {move || app.deleted.with(Option::is_none).then(|| view! { <StepIndicator /> })}
        <main id="main">
            <StorageNotices />
            <Flash />
            <CurrentScreen />
            {move || app.deleted.with(Option::is_none).then(|| view! { <PrevNext /> })}
            // What comes by itself at any moment (a new version, a save that failed) sits
            // over the foot of the screen: in the page's flow it moved everything below it.
            <div class="notice-dock">
                <crate::ui::widgets::update_prompt::UpdatePrompt />
                <SaveProblem />
            </div>
        </main>
        <footer class="site-footer">
            <p><SupportLink /></p>
            <div class="footer-pickers">
                <LanguagePicker />
                <ThemePicker />
            </div>
            <p>{tr(Key::FooterPrivate)}</p>
        </footer>
    }
}

/// The screen the address points at.
#[component]
fn CurrentScreen() -> impl IntoView {
    let app = use_app();
    move || match app.screen.get() {
        _ if app.deleted.with(Option::is_some) => steps::share::AllGone().into_any(),
        Screen::Start => steps::start::StartStep().into_any(),
        Screen::Feedback => steps::feedback::FeedbackStep().into_any(),
        Screen::Search => steps::search::SearchStep().into_any(),
        Screen::Skills => steps::skills::SkillsStep().into_any(),
        Screen::Fun => steps::fun::FunStep().into_any(),
        Screen::Positive => steps::positive::PositiveStep().into_any(),
        Screen::NextJob => steps::next_job::NextJobStep().into_any(),
        Screen::Overview => steps::overview::OverviewScreen().into_any(),
        Screen::Share => steps::share::ShareScreen().into_any(),
        Screen::Import => steps::import::ImportScreen().into_any(),
        Screen::About => steps::about::AboutScreen().into_any(),
        Screen::Today => steps::today::TodayScreen().into_any(),
        Screen::Reviewing => steps::reviewing::ReviewingScreen().into_any(),
        Screen::Review => steps::review::ReviewScreen().into_any(),
        Screen::Support => steps::support::SupportScreen().into_any(),
    }
}

/// A short confirmation after an action, announced politely, shown on the screen it was
/// made for.
#[component]
fn Flash() -> impl IntoView {
    let app = use_app();
    view! {
        <div role="status" aria-live="polite">
            {move || {
                app.flash
                    .get()
                    .filter(|(screen, _)| *screen == app.screen.get())
                    .map(|(_, message)| view! { <p class="banner flash">{message}</p> }.into_any())
            }}
        </div>
    }
}

/// Light, dark, or whatever the device uses; the choice is remembered.
#[component]
fn ThemePicker() -> impl IntoView {
    let app = use_app();
    let choice = RwSignal::new(theme::saved());
    theme::apply(choice.get_untracked(), false);
    view! {
        <div class="field compact theme-picker">
            <label for="theme-choice">{tr(Key::ThemeLabel)}</label>
            <select
                id="theme-choice"
                on:change=move |ev| {
                    let picked = Theme::from_slug(&event_target_value(&ev));
                    choice.set(picked);
                    // Once everything was deleted, the choice is not remembered either.
                    theme::apply(picked, app.deleted.with_untracked(Option::is_none));
                }
            >
                {Theme::ALL
                    .into_iter()
                    .map(|t| view! { <option value=t.slug() selected=move || choice.get() == t>{tr(t.label())}</option> })
                    .collect_view()}
            </select>
        </div>
    }
}
