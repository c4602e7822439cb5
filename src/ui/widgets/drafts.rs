//! Form fields whose typed text is kept in the plan's drafts as it is typed, so nothing
//! typed is lost by moving to another screen or reloading: every form builds its fields'
//! signals here, under a key naming the form and the field.
//!
//! A field showing its default (empty, or the saved value it edits) keeps no draft, so a
//! form that is saved and reset leaves nothing behind. Drafts are saved by the same
//! autosave as the rest of the plan.

use leptos::prelude::*;

use crate::core::item::DraftKey;
use crate::core::plan::{Choice, Id};
use crate::ui::state::AppState;

/// A signal for one form field, starting from its draft (or `default`), whose every
/// change is written to the plan's drafts under `key`.
fn draft<T>(
    app: AppState,
    key: DraftKey,
    default: T,
    write: fn(&T) -> String,
    read: fn(&str) -> Option<T>,
) -> RwSignal<T>
where
    T: Clone + PartialEq + Send + Sync + 'static,
{
    let initial = app
        .plan
        .with_untracked(|p| p.draft(&key).and_then(read))
        .unwrap_or_else(|| default.clone());
    let value = RwSignal::new(initial);
    Effect::new(move |first: Option<()>| {
        let text = value.with(|v| {
            if *v == default {
                String::new()
            } else {
                write(v)
            }
        });
        if first.is_some() {
            keep_draft(app, &key, text);
        }
    });
    value
}

/// Writes a draft, unless it is already kept as it is (a change to the plan is saved).
pub fn keep_draft(app: AppState, key: &DraftKey, text: String) {
    let kept = app
        .plan
        .with_untracked(|p| p.draft(key).unwrap_or_default() == text);
    if !kept {
        let key = key.clone();
        app.change(move |p| p.set_draft(&key, &text));
    }
}

/// A text field's draft; `default` is what it shows when nothing was typed.
pub fn draft_text(app: AppState, key: DraftKey, default: impl Into<String>) -> RwSignal<String> {
    draft(app, key, default.into(), String::clone, |t| {
        Some(t.to_string())
    })
}

/// A choice's draft, kept by its slug.
pub fn draft_choice<T: Choice + Send + Sync>(
    app: AppState,
    key: DraftKey,
    default: T,
) -> RwSignal<T> {
    draft(app, key, default, |c| c.slug().to_string(), T::from_slug)
}

/// A 1–5 scale's draft (a mood or a level), `None` when not chosen.
pub fn draft_scale(app: AppState, key: DraftKey, default: Option<u8>) -> RwSignal<Option<u8>> {
    draft(
        app,
        key,
        default,
        |n| n.map(|n| n.to_string()).unwrap_or_else(|| "-".into()),
        |t| Some(t.parse().ok().filter(|n| (1..=5).contains(n))),
    )
}

/// A yes/no draft: a checkbox, or whether a form is open.
pub fn draft_flag(app: AppState, key: DraftKey) -> RwSignal<bool> {
    draft(app, key, false, |_| "yes".into(), |t| Some(t == "yes"))
}

/// Which item a form is editing, if any.
pub fn draft_id(app: AppState, key: DraftKey) -> RwSignal<Option<Id>> {
    draft(
        app,
        key,
        None,
        |id| id.map(|id| id.to_string()).unwrap_or_default(),
        |t| t.parse().ok().map(Some),
    )
}
