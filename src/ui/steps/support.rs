//! "Need to talk to someone?": the words for getting support now, on a screen of their
//! own so that every screen's footer and About can lead to them.

use leptos::prelude::*;

use crate::core::words::Key;
use crate::ui::words::tr;

use crate::core::steps::Screen;
use crate::ui::widgets::support::SupportWords;
use crate::ui::widgets::*;

/// The support screen.
#[component]
pub fn SupportScreen() -> impl IntoView {
    view! {
        <ScreenHeader
            screen=Screen::Support
            lead=Key::LeadSupport
        />
        <Section title=Key::SupportTitleGettingSupportNow>
            <SupportWords />
            <p class="hint">{tr(Key::SupportCannotContact)}</p>
        </Section>
    }
}
