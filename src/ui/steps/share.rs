//! Share and back up: a link that carries the plan, and a backup file.

use leptos::prelude::*;

use crate::core::record::Record;
use crate::core::steps::Screen;
use crate::ui::state::use_app;
use crate::ui::widgets::*;
use crate::web::{browser, clock};

/// The share screen.
#[component]
pub fn ShareScreen() -> impl IntoView {
    let app = use_app();
    let export = move |_| {
        let text = app
            .plan
            .with_untracked(|p| Record::new(p.clone(), 0, &clock::timestamp()).to_json());
        let name = format!("rebound-plan-{}.json", app.today.get_untracked());
        let _ = browser::download(&name, "application/json", &text);
    };
    view! {
        <ScreenHeader
            screen=Screen::Share
            lead="Send your plan to a mentor, a friend or your other device, or keep a backup file."
        />
        <Section title="Back up">
            <p>"A backup file holds your whole plan. Keep it somewhere safe; you can restore it here later."</p>
            <button type="button" class="button primary" on:click=export>"Export a backup file"</button>
        </Section>
    }
}
