//! Why a one-tap action did nothing: the model's reason (or the browser's), shown as text
//! right where the person tapped, until their next action there goes through.
//!
//! Forms show a refusal beside their fields ([`super::FormState`]); buttons, checkboxes
//! and chips outside a form use this instead:
//!
//! ```ignore
//! let problem = ActionError::new();
//! let to_gap = move |_| { problem.take(app.change(move |p| p.feedback_to_skill_gap(source))); };
//! view! {
//!     <button on:click=to_gap>"Make it a skill gap"</button>
//!     <ActionProblem error=problem />
//! }
//! ```

use leptos::prelude::*;

use crate::core::plan::ModelError;
use crate::core::review::ReviewError;
use crate::core::words::{Key, Phrase};
use crate::ui::words;
use crate::web::browser::BrowserError;

/// A refusal whose words are written for the person: what [`ActionError::report`] shows.
pub trait Refusal {
    /// What the person is told.
    fn told(&self) -> Phrase;
}

impl Refusal for ModelError {
    fn told(&self) -> Phrase {
        match self {
            ModelError::NotFound => Key::ErrorNoLongerInPlan.into(),
            other => other.message(),
        }
    }
}

impl Refusal for BrowserError {
    fn told(&self) -> Phrase {
        self.message().into()
    }
}

impl Refusal for ReviewError {
    fn told(&self) -> Phrase {
        match self {
            ReviewError::Model(e) => e.told(),
            // Its own words are the core's, in English, until it has messages.
            other => Phrase::new().app(other.to_string()),
        }
    }
}

/// The reason the last action in one place (a card, a row, a row of buttons) was
/// refused, or nothing once an action there went through.
///
/// Create it in the component, outside any part that is built again, so the message
/// stays while the card is redrawn; show it with [`ActionProblem`] next to the controls.
#[derive(Clone, Copy)]
pub struct ActionError {
    message: RwSignal<Option<Phrase>>,
}

impl Default for ActionError {
    fn default() -> Self {
        Self::new()
    }
}

impl ActionError {
    /// No problem to show yet.
    pub fn new() -> Self {
        ActionError {
            message: RwSignal::new(None),
        }
    }

    /// Records the model's answer to an action: shows its reason when it refused, clears
    /// the last one when the change went through. Returns the value on success.
    pub fn take<R>(self, result: Result<R, ModelError>) -> Option<R> {
        match result {
            Ok(value) => {
                self.clear();
                Some(value)
            }
            Err(e) => {
                self.message.set(Some(e.told()));
                None
            }
        }
    }

    /// Records the answer to an action outside the plan (a download, say, or receiving a
    /// review).
    pub fn report(self, result: Result<(), impl Refusal>) {
        match result {
            Ok(()) => self.clear(),
            Err(e) => self.message.set(Some(e.told())),
        }
    }

    /// The message while there is one, in the language in use, for a field's `error`
    /// when the action is typing into it.
    pub fn message(self) -> Signal<Option<String>> {
        Signal::derive(move || {
            self.message
                .with(|m| m.as_ref().map(|m| words::current().plain(m)))
        })
    }

    /// Forgets the last problem.
    fn clear(self) {
        if self.message.with_untracked(Option::is_some) {
            self.message.set(None);
        }
    }
}

/// Shows an [`ActionError`]'s message as plain text, announced at once (`role="alert"`).
/// The element is always there, empty and hidden while there is no problem, so that
/// screen readers announce the message when it appears. Place it right after the
/// controls it is about, inside the same card or row.
#[component]
pub fn ActionProblem(error: ActionError) -> impl IntoView {
    view! {
        <p class="field-error action-error" role="alert">
            {move || error.message().get()}
        </p>
    }
}
