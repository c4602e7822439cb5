//! Labelled form fields bound to signals. Every control has a visible label; hints and
//! errors are tied to it with `aria-describedby`.

use std::sync::atomic::{AtomicUsize, Ordering};

use leptos::prelude::*;

use crate::core::plan::Choice;

/// A fresh element id, for tying labels, hints and errors to their control.
pub fn unique_id(prefix: &str) -> String {
    static NEXT: AtomicUsize = AtomicUsize::new(0);
    format!("{prefix}-{}", NEXT.fetch_add(1, Ordering::Relaxed))
}

/// The `aria-describedby` value for a field: its hint (if any) and its error (while shown).
fn described_by(
    hint: &'static str,
    hint_id: String,
    error: MaybeProp<String>,
    error_id: String,
) -> impl Fn() -> Option<String> + Send + Sync + 'static {
    move || {
        let mut ids = Vec::new();
        if !hint.is_empty() {
            ids.push(hint_id.clone());
        }
        if error.get().is_some() {
            ids.push(error_id.clone());
        }
        (!ids.is_empty()).then(|| ids.join(" "))
    }
}

/// A one-line text input (or date, time, email, number…).
///
/// - `label`: the visible label.
/// - `value`: the text, kept in sync as the person types.
/// - `kind`: the input type; `text` when empty. Dates and numbers bring up the right
///   phone keyboard.
/// - `hint`: optional help under the label.
/// - `error`: a message shown under the field (and announced) when set.
/// - `required`: marks the field as required (the model's message explains an empty one).
/// - `autocomplete`: the browser autofill hint, if any.
#[component]
pub fn TextField(
    label: &'static str,
    value: RwSignal<String>,
    #[prop(optional)] kind: &'static str,
    #[prop(optional)] hint: &'static str,
    #[prop(optional, into)] error: MaybeProp<String>,
    #[prop(optional)] required: bool,
    #[prop(optional)] autocomplete: &'static str,
    #[prop(optional)] placeholder: &'static str,
) -> impl IntoView {
    let id = unique_id("field");
    let hint_id = format!("{id}-hint");
    let error_id = format!("{id}-error");
    let described = described_by(hint, hint_id.clone(), error, error_id.clone());
    let input_kind = if kind.is_empty() { "text" } else { kind };
    let inputmode = (input_kind == "number").then_some("numeric");
    view! {
        <div class="field" class:has-error=move || error.get().is_some()>
            <label for=id.clone()>{label}</label>
            {(!hint.is_empty()).then(|| view! { <p class="hint" id=hint_id.clone()>{hint}</p> })}
            <input
                id=id.clone()
                type=input_kind
                inputmode=inputmode
                min=(input_kind == "number").then_some("0")
                autocomplete=(!autocomplete.is_empty()).then_some(autocomplete)
                placeholder=(!placeholder.is_empty()).then_some(placeholder)
                required=required
                aria-invalid=move || error.get().is_some().then_some("true")
                aria-describedby=described
                prop:value=move || value.get()
                on:input=move |ev| value.set(event_target_value(&ev))
            />
            <FieldError id=error_id error=error />
        </div>
    }
}

/// A multi-line text area. Props as for [`TextField`].
#[component]
pub fn TextArea(
    label: &'static str,
    value: RwSignal<String>,
    #[prop(optional)] hint: &'static str,
    #[prop(optional, into)] error: MaybeProp<String>,
    #[prop(optional)] rows: Option<u32>,
    #[prop(optional)] placeholder: &'static str,
) -> impl IntoView {
    let id = unique_id("area");
    let hint_id = format!("{id}-hint");
    let error_id = format!("{id}-error");
    let described = described_by(hint, hint_id.clone(), error, error_id.clone());
    view! {
        <div class="field" class:has-error=move || error.get().is_some()>
            <label for=id.clone()>{label}</label>
            {(!hint.is_empty()).then(|| view! { <p class="hint" id=hint_id.clone()>{hint}</p> })}
            <textarea
                id=id.clone()
                rows=rows.unwrap_or(3)
                placeholder=(!placeholder.is_empty()).then_some(placeholder)
                aria-invalid=move || error.get().is_some().then_some("true")
                aria-describedby=described
                prop:value=move || value.get()
                on:input=move |ev| value.set(event_target_value(&ev))
            ></textarea>
            <FieldError id=error_id error=error />
        </div>
    }
}

/// The error line under a field; empty (but present, so it is announced) otherwise.
#[component]
fn FieldError(id: String, error: MaybeProp<String>) -> impl IntoView {
    view! {
        <p class="field-error" id=id aria-live="polite">
            {move || error.get()}
        </p>
    }
}

/// A drop-down list of one of the plan's fixed choices.
///
/// - `label`: the visible label.
/// - `value`: the chosen item.
#[component]
pub fn ChoiceSelect<T>(label: &'static str, value: RwSignal<T>) -> impl IntoView
where
    T: Choice + Send + Sync,
{
    let id = unique_id("select");
    view! {
        <div class="field">
            <label for=id.clone()>{label}</label>
            <select
                id=id
                on:change=move |ev| {
                    if let Some(choice) = T::from_slug(&event_target_value(&ev)) {
                        value.set(choice);
                    }
                }
                prop:value=move || value.get().slug()
            >
                {T::all()
                    .iter()
                    .map(|choice| {
                        let choice = *choice;
                        view! {
                            <option value=choice.slug() selected=move || value.get() == choice>
                                {choice.label()}
                            </option>
                        }
                    })
                    .collect_view()}
            </select>
        </div>
    }
}

/// A group of radio buttons for one of the plan's fixed choices, in a fieldset with a
/// legend.
#[component]
pub fn ChoiceRadios<T>(legend: &'static str, value: RwSignal<T>) -> impl IntoView
where
    T: Choice + Send + Sync,
{
    let name = unique_id("radio");
    view! {
        <fieldset class="field radios">
            <legend>{legend}</legend>
            {T::all()
                .iter()
                .map(|choice| {
                    let choice = *choice;
                    view! {
                        <label class="radio">
                            <input
                                type="radio"
                                name=name.clone()
                                value=choice.slug()
                                prop:checked=move || value.get() == choice
                                on:change=move |_| value.set(choice)
                            />
                            <span>{choice.label()}</span>
                        </label>
                    }
                })
                .collect_view()}
        </fieldset>
    }
}

/// Words for a 1–5 mood or level.
pub const MOOD_WORDS: [&str; 5] = ["Very low", "Low", "Okay", "Good", "Great"];
/// Words for a 1–5 skill level.
pub const LEVEL_WORDS: [&str; 5] = ["Beginner", "Basic", "Working", "Strong", "Expert"];

/// A 1–5 scale as radio buttons (mood or skill level), optionally allowing "not set".
///
/// - `legend`: what is being rated.
/// - `value`: the chosen number, `None` when not set.
/// - `words`: five words for 1 to 5.
#[component]
pub fn ScalePicker(
    legend: &'static str,
    value: RwSignal<Option<u8>>,
    words: [&'static str; 5],
) -> impl IntoView {
    let name = unique_id("scale");
    view! {
        <fieldset class="field scale">
            <legend>{legend}</legend>
            <div class="scale-options">
                {(1..=5u8)
                    .map(|n| {
                        view! {
                            <label class="scale-option">
                                <input
                                    type="radio"
                                    name=name.clone()
                                    value=n.to_string()
                                    prop:checked=move || value.get() == Some(n)
                                    on:change=move |_| value.set(Some(n))
                                />
                                <span>{format!("{n} · {}", words[usize::from(n) - 1])}</span>
                            </label>
                        }
                    })
                    .collect_view()}
            </div>
        </fieldset>
    }
}
