//! Labelled form fields bound to signals. Every control has a visible label; hints and
//! errors are tied to it with `aria-describedby`.

use std::sync::atomic::{AtomicUsize, Ordering};

use crate::core::words::{Arg, Key};
use crate::ui::words::{t, tf, tr};
use leptos::prelude::*;

use crate::core::plan::Choice;

/// A fresh element id, for tying labels, hints and errors to their control.
pub fn unique_id(prefix: &str) -> String {
    static NEXT: AtomicUsize = AtomicUsize::new(0);
    format!("{prefix}-{}", NEXT.fetch_add(1, Ordering::Relaxed))
}

/// The `aria-describedby` value for a field: its hint (if any) and its error (while shown).
fn described_by(
    hint: Option<Key>,
    hint_id: String,
    error: MaybeProp<String>,
    error_id: String,
) -> impl Fn() -> Option<String> + Send + Sync + 'static {
    move || {
        let mut ids = Vec::new();
        if hint.is_some() {
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
    label: Key,
    value: RwSignal<String>,
    #[prop(optional)] kind: &'static str,
    #[prop(optional, into)] hint: Option<Key>,
    #[prop(optional, into)] error: MaybeProp<String>,
    #[prop(optional)] required: bool,
    #[prop(optional)] autocomplete: &'static str,
    #[prop(optional, into)] placeholder: Option<Key>,
) -> impl IntoView {
    let id = unique_id("field");
    let hint_id = format!("{id}-hint");
    let error_id = format!("{id}-error");
    let described = described_by(hint, hint_id.clone(), error, error_id.clone());
    let input_kind = if kind.is_empty() { "text" } else { kind };
    let inputmode = (input_kind == "number").then_some("numeric");
    // Typed text takes the direction of its first letter, as it will when it is shown.
    let dir = matches!(input_kind, "text" | "email").then_some("auto");
    view! {
        <div class="field" class:has-error=move || error.get().is_some()>
            <label for=id.clone()>{tr(label)}</label>
            {hint.map(|hint| view! { <p class="hint" id=hint_id.clone()>{tr(hint)}</p> })}
            <input
                id=id.clone()
                type=input_kind
                dir=dir
                inputmode=inputmode
                min=(input_kind == "number").then_some("0")
                autocomplete=(!autocomplete.is_empty()).then_some(autocomplete)
                placeholder=move || placeholder.map(t)
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
    label: Key,
    value: RwSignal<String>,
    #[prop(optional, into)] hint: Option<Key>,
    #[prop(optional, into)] error: MaybeProp<String>,
    #[prop(optional)] rows: Option<u32>,
    #[prop(optional, into)] placeholder: Option<Key>,
) -> impl IntoView {
    let id = unique_id("area");
    let hint_id = format!("{id}-hint");
    let error_id = format!("{id}-error");
    let described = described_by(hint, hint_id.clone(), error, error_id.clone());
    view! {
        <div class="field" class:has-error=move || error.get().is_some()>
            <label for=id.clone()>{tr(label)}</label>
            {hint.map(|hint| view! { <p class="hint" id=hint_id.clone()>{tr(hint)}</p> })}
            <textarea
                id=id.clone()
                dir="auto"
                rows=rows.unwrap_or(3)
                placeholder=move || placeholder.map(t)
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

/// A fixed choice bound to a signal, in the terms the controls below work in: its
/// items as `(slug, label)` pairs, the slug chosen, and a way to choose by slug.
///
/// Only this is compiled once per choice type; the controls are compiled once in all.
struct ChoiceBinding {
    items: Vec<(&'static str, Key)>,
    chosen: Signal<&'static str>,
    pick: Callback<&'static str>,
}

impl ChoiceBinding {
    fn new<T: Choice + Send + Sync>(value: RwSignal<T>) -> Self {
        ChoiceBinding {
            items: T::all().iter().map(|c| (c.slug(), c.label())).collect(),
            chosen: Signal::derive(move || value.get().slug()),
            pick: Callback::new(move |slug: &'static str| {
                if let Some(choice) = T::from_slug(slug) {
                    value.set(choice);
                }
            }),
        }
    }
}

/// A drop-down list of one of the plan's fixed choices.
///
/// - `label`: the visible label.
/// - `value`: the chosen item.
#[component]
pub fn ChoiceSelect<T>(label: Key, value: RwSignal<T>) -> impl IntoView
where
    T: Choice + Send + Sync,
{
    select_field(label, ChoiceBinding::new(value))
}

/// The drop-down of [`ChoiceSelect`], the same code for every choice type.
fn select_field(label: Key, choice: ChoiceBinding) -> AnyView {
    let id = unique_id("select");
    let ChoiceBinding {
        items,
        chosen,
        pick,
    } = choice;
    let slugs: Vec<&'static str> = items.iter().map(|(slug, _)| *slug).collect();
    view! {
        <div class="field">
            <label for=id.clone()>{tr(label)}</label>
            <select
                id=id
                on:change=move |ev| {
                    let picked = event_target_value(&ev);
                    if let Some(slug) = slugs.iter().find(|s| **s == picked) {
                        pick.run(slug);
                    }
                }
                prop:value=move || chosen.get()
            >
                {items
                    .into_iter()
                    .map(|(slug, label)| {
                        view! {
                            <option value=slug selected=move || chosen.get() == slug>
                                {tr(label)}
                            </option>
                        }
                    })
                    .collect_view()}
            </select>
        </div>
    }
    .into_any()
}

/// A group of radio buttons for one of the plan's fixed choices, in a fieldset with a
/// legend.
#[component]
pub fn ChoiceRadios<T>(legend: Key, value: RwSignal<T>) -> impl IntoView
where
    T: Choice + Send + Sync,
{
    radio_group(legend, ChoiceBinding::new(value))
}

/// The radio buttons of [`ChoiceRadios`], the same code for every choice type.
fn radio_group(legend: Key, choice: ChoiceBinding) -> AnyView {
    let name = unique_id("radio");
    let ChoiceBinding {
        items,
        chosen,
        pick,
    } = choice;
    view! {
        <fieldset class="field radios">
            <legend>{tr(legend)}</legend>
            {items
                .into_iter()
                .map(|(slug, label)| {
                    view! {
                        <label class="radio">
                            <input
                                type="radio"
                                name=name.clone()
                                value=slug
                                prop:checked=move || chosen.get() == slug
                                on:change=move |_| pick.run(slug)
                            />
                            <span>{tr(label)}</span>
                        </label>
                    }
                })
                .collect_view()}
        </fieldset>
    }
    .into_any()
}

/// Words for a 1–5 mood or level.
pub const MOOD_WORDS: [Key; 5] = [
    Key::MoodVeryLow,
    Key::MoodLow,
    Key::MoodOkay,
    Key::MoodGood,
    Key::MoodGreat,
];
/// Words for a 1–5 skill level.
pub const LEVEL_WORDS: [Key; 5] = [
    Key::SkillLevelBeginner,
    Key::SkillLevelBasic,
    Key::SkillLevelWorking,
    Key::SkillLevelStrong,
    Key::SkillLevelExpert,
];

/// A 1–5 scale as radio buttons (mood or skill level), optionally allowing "not set".
///
/// - `legend`: what is being rated.
/// - `value`: the chosen number, `None` when not set.
/// - `words`: five words for 1 to 5.
#[component]
pub fn ScalePicker(legend: Key, value: RwSignal<Option<u8>>, words: [Key; 5]) -> impl IntoView {
    let name = unique_id("scale");
    view! {
        <fieldset class="field scale">
            <legend>{tr(legend)}</legend>
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
                                <span>{move || tf(Key::ScaleOption, &[("n", Arg::Count(i64::from(n))), ("word", Arg::key(words[usize::from(n) - 1]))])}</span>
                            </label>
                        }
                    })
                    .collect_view()}
            </div>
        </fieldset>
    }
}
