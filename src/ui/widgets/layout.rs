//! Building blocks of a screen: its heading, sections, empty states and small tags.

use crate::core::words::{Arg, Key, Phrase, Piece};
use crate::ui::words::{self, t, tf, tr};
use leptos::prelude::*;

use crate::core::plan::RequestStatus;
use crate::core::steps::Screen;
use crate::web::browser;

/// The id of every screen's main heading, which receives focus after navigation.
pub const SCREEN_HEADING_ID: &str = "screen-title";

/// The top of a screen: step number, title and a short lead paragraph.
///
/// - `screen`: which screen this is (gives the title and step number).
/// - `lead`: one or two sentences on what this step is for.
#[component]
pub fn ScreenHeader(screen: Screen, lead: Key) -> impl IntoView {
    view! {
        <header class="screen-header">
            {screen.number().map(|n| view! { <p class="eyebrow">{move || tf(Key::StepOfSix, &[("step", Arg::Count(n as i64))])}</p> })}
            <h1 id=SCREEN_HEADING_ID tabindex="-1">{tr(screen.title())}</h1>
            <p class="lead">{tr(lead)}</p>
        </header>
    }
}

/// A titled section of a screen, labelled by its heading.
///
/// - `title`: the section heading (an `h2`).
/// - `children`: the section's content.
#[component]
pub fn Section(title: Key, children: Children) -> impl IntoView {
    let id = super::fields::unique_id("section");
    view! {
        <section class="card" aria-labelledby=id.clone()>
            <h2 id=id.clone()>{tr(title)}</h2>
            {children()}
        </section>
    }
}

/// What an empty list says: one or two kind sentences on what to do first.
#[component]
pub fn EmptyState(text: Key) -> impl IntoView {
    view! { <p class="empty">{tr(text)}</p> }
}

/// A small label such as a category or a status. Its own direction, since some tags
/// hold what the person wrote (a role's area).
#[component]
pub fn Tag(#[prop(into)] text: Phrase, #[prop(optional)] tone: &'static str) -> impl IntoView {
    view! { <span class=format!("tag {tone}") dir="auto"><Words phrase=text /></span> }
}

/// A line that mixes the app's words with what someone wrote: each written piece is
/// isolated in a `<bdi>`, so a right-to-left name reads right and a direction override in
/// it cannot turn the app's words around. One `<span>` holds the pieces, so that inside a
/// flex container (a link or chip sized as a tap target) they stay one run of text and
/// keep the spaces between them.
#[component]
pub fn Words(#[prop(into)] phrase: Phrase) -> impl IntoView {
    // Said again in the new language when the language changes.
    let pieces = move || {
        words::current()
            .resolve(&phrase)
            .into_pieces()
            .into_iter()
            .map(|piece| match piece {
                Piece::User(text) => view! { <bdi>{text}</bdi> }.into_any(),
                Piece::App(words) => words.into_owned().into_any(),
                // resolve() leaves none.
                Piece::Said(..) => ().into_any(),
            })
            .collect_view()
    };
    view! { <span>{pieces}</span> }
}

/// A progress bar with an accessible name and value.
///
/// - `label`: what the bar measures.
/// - `percent`: 0 to 100.
#[component]
pub fn ProgressBar(label: String, #[prop(into)] percent: Signal<u8>) -> impl IntoView {
    view! {
        <div
            class="progress"
            role="progressbar"
            aria-label=label
            aria-valuemin="0"
            aria-valuemax="100"
            aria-valuenow=move || percent.get().to_string()
        >
            <div class="progress-fill" style:width=move || format!("{}%", percent.get())></div>
        </div>
    }
}

/// A link to record a rejection first, for steps that need one.
#[component]
pub fn NeedsRejection() -> impl IntoView {
    view! {
        <div class="card">
            <p class="empty">{tr(Key::WidgetNeedsRejection)}</p>
            <a class="button primary" href=Screen::Start.href()>
                {tr(Key::WidgetRecordWhatHappened)}
            </a>
        </div>
    }
}

/// A note for the steps that build on feedback (search, skills): while the feedback on
/// the rejection in focus has not arrived, they can wait.
#[component]
pub fn WaitsForFeedback() -> impl IntoView {
    let app = crate::ui::state::use_app();
    let waiting = super::plan_memo(app, |p| {
        p.current_rejection().is_some_and(|r| {
            r.feedback.is_empty()
                && matches!(
                    r.request.status(),
                    RequestStatus::NotSent | RequestStatus::Sent
                )
        })
    });
    move || {
        waiting.get().then(|| {
            view! {
                <p class="banner">{tr(Key::WidgetWaitsForFeedback)}</p>
            }
        })
    }
}

/// A small remove button that asks first.
///
/// - `label`: accessible name, naming what is removed.
/// - `on_remove`: runs after the person confirms.
#[component]
pub fn RemoveButton(label: String, on_remove: Callback<()>) -> impl IntoView {
    view! {
        <button
            type="button"
            class="button subtle danger small"
            aria-label=label
            on:click=move |_| if browser::confirm(&t(Key::WidgetRemoveConfirm)) { on_remove.run(()) }
        >
            {tr(Key::WidgetRemove)}
        </button>
    }
}

/// A titled list of text lines, left out entirely when there are none.
///
/// - `title`: the list's heading (an `h3`).
/// - `items`: the lines, shown as text.
#[component]
pub fn TitledList(title: Key, items: Vec<Phrase>) -> impl IntoView {
    (!items.is_empty()).then(|| {
        view! {
            <h3>{tr(title)}</h3>
            <TextList items=items />
        }
    })
}

/// A plain list of text lines, left out when there are none.
#[component]
pub fn TextList(items: Vec<Phrase>) -> impl IntoView {
    (!items.is_empty()).then(|| {
        view! { <ul class="summary-list">{items.into_iter().map(|i| view! { <li><Words phrase=i /></li> }).collect_view()}</ul> }
    })
}
