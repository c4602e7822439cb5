//! Words for getting support now. They are part of the app itself, so they read offline;
//! the one link in them is only followed if the person opens it.

use leptos::prelude::*;

use crate::core::steps::Screen;
use crate::core::words::Key;
use crate::ui::words::tr;

/// A directory of free helplines by country (Find A Helpline, by ThroughLine).
pub const HELPLINES: &str = "https://findahelpline.com/";

/// The words themselves: someone you trust, the emergency number, a helpline, a doctor.
#[component]
pub fn SupportWords() -> impl IntoView {
    view! {
        <ul class="support-list">
            <li>{tr(Key::SupportTrusted)}</li>
            <li><strong>{tr(Key::SupportEmergency)}</strong></li>
            <li><p>
                {tr(Key::SupportHelplineBefore)}
                <a href=HELPLINES rel="noopener noreferrer" target="_blank">"findahelpline.com"</a>
                {tr(Key::SupportHelplineAfter)}
            </p></li>
            <li>{tr(Key::SupportDoctor)}</li>
        </ul>
    }
}

/// What a very low check-in is met with at once, under the small step.
#[component]
pub fn SupportNow() -> impl IntoView {
    let id = super::fields::unique_id("support-now");
    view! {
        <div class="banner care" role="note" aria-labelledby=id.clone()>
            <p id=id.clone()><strong>{tr(Key::SupportNowTitle)}</strong></p>
            <SupportWords />
        </div>
    }
}

/// The quiet way to the same words, at the foot of every screen and on About.
#[component]
pub fn SupportLink() -> impl IntoView {
    view! { <a class="support-link" href=Screen::Support.href()>{tr(Screen::Support.title())}</a> }
}
