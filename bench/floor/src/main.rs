//! The bench's floor: the least a Leptos 0.8 CSR app can be that a person can type into.
//! Mounted the way Rebound mounts (`leptos::mount::mount_to_body`), with no boot screen.

use leptos::prelude::*;

#[component]
fn Floor() -> impl IntoView {
    let (text, set_text) = signal(String::new());
    let (presses, set_presses) = signal(0u32);
    view! {
        <main>
            <h1>"Floor"</h1>
            <label for="floor-text">"Text"</label>
            <input
                id="floor-text"
                type="text"
                prop:value=text
                on:input=move |ev| set_text.set(event_target_value(&ev))
            />
            <button type="button" on:click=move |_| set_presses.update(|n| *n += 1)>
                "Press"
            </button>
            <p>{move || format!("{} characters, pressed {} times", text.get().chars().count(), presses.get())}</p>
        </main>
    }
}

fn main() {
    leptos::mount::mount_to_body(Floor);
}
