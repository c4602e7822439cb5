//! Words for getting support now. They are part of the app itself, so they read offline;
//! the one link in them is only followed if the person opens it.

use leptos::prelude::*;

use crate::core::steps::Screen;

/// A directory of free helplines by country (Find A Helpline, by ThroughLine).
pub const HELPLINES: &str = "https://findahelpline.com/";

/// The words themselves: someone you trust, the emergency number, a helpline, a doctor.
#[component]
pub fn SupportWords() -> impl IntoView {
    view! {
        <ul class="support-list">
            <li>"Tell someone you trust how you are, today: a friend, someone in your family, a colleague you get on with. A short message is enough, such as “Rough day. Could we talk?”"</li>
            <li><strong>"If you might not be safe, call your local emergency number now."</strong></li>
            <li><p>
                "For a free, confidential helpline in your country, "
                <a href=HELPLINES rel="noopener noreferrer" target="_blank">"findahelpline.com"</a>
                " lists them country by country; searching for “helpline” and the name of your country finds them too."
            </p></li>
            <li>"Your doctor can help as well, and not only in an emergency."</li>
        </ul>
    }
}

/// What a very low check-in is met with at once, under the small step.
#[component]
pub fn SupportNow() -> impl IntoView {
    let id = super::fields::unique_id("support-now");
    view! {
        <div class="banner care" role="note" aria-labelledby=id.clone()>
            <p id=id.clone()><strong>"You don't have to carry a day like this alone."</strong></p>
            <SupportWords />
        </div>
    }
}

/// The quiet way to the same words, at the foot of every screen and on About.
#[component]
pub fn SupportLink() -> impl IntoView {
    view! { <a class="support-link" href=Screen::Support.href()>{Screen::Support.title()}</a> }
}
