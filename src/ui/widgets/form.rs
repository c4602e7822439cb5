//! What a form shows after the model refuses a change: a message beside the field, a
//! question about an odd date with a way to keep it, or a general note.

use leptos::prelude::*;

use crate::core::plan::{Field, ModelError};
use crate::core::words::Key;
use crate::ui::words::{self, tr};

/// The answer the model gave to the last submit of a form.
#[derive(Clone, Copy)]
pub struct FormState {
    error: RwSignal<Option<ModelError>>,
}

impl Default for FormState {
    fn default() -> Self {
        Self::new()
    }
}

impl FormState {
    pub fn new() -> Self {
        FormState {
            error: RwSignal::new(None),
        }
    }

    /// Records the result of a submit; returns the value on success.
    pub fn take<R>(self, result: Result<R, ModelError>) -> Option<R> {
        match result {
            Ok(value) => {
                self.error.set(None);
                Some(value)
            }
            Err(e) => {
                self.error.set(Some(e));
                None
            }
        }
    }

    /// The message for one field, when the model's refusal is about that field.
    pub fn field(self, name: Field) -> Signal<Option<String>> {
        Signal::derive(move || match self.error.get() {
            Some(
                e @ (ModelError::Empty(field)
                | ModelError::TooLong { field, .. }
                | ModelError::OutOfRange(field)),
            ) if field == name => Some(words::current().plain(&e.message())),
            _ => None,
        })
    }

    fn question(self) -> Option<Key> {
        match self.error.get() {
            Some(ModelError::QuestionableDate(q)) => Some(q),
            _ => None,
        }
    }

    fn general(self) -> Option<String> {
        match self.error.get() {
            Some(e @ (ModelError::ListFull(_) | ModelError::NotFound)) => {
                Some(words::current().plain(&e.message()))
            }
            _ => None,
        }
    }

    /// Forgets the last answer.
    pub fn clear(self) {
        self.error.set(None);
    }
}

/// Shows a date question with a "keep it" button, or a general problem.
///
/// - `form`: the form's state.
/// - `on_confirm`: submits again, accepting the questioned date.
#[component]
pub fn FormProblems(form: FormState, on_confirm: Callback<()>) -> impl IntoView {
    view! {
        <div aria-live="polite">
            {move || form.question().map(|q| view! {
                <div class="question">
                    <p>{tr(q)}</p>
                    <button type="button" class="button" on:click=move |_| on_confirm.run(())>
                        {tr(Key::WidgetKeepDate)}
                    </button>
                </div>
            }.into_any())}
            {move || form.general().map(|g| view! { <p class="field-error">{g}</p> }.into_any())}
        </div>
    }
}
