//! A list of the plan's items by id, the shape most steps' lists share.

use leptos::prelude::*;

use crate::core::words::Key;

use crate::core::plan::Id;
use crate::ui::widgets::EmptyState;

/// A kind sentence while there are no items, then a list with one row per item.
///
/// - `ids`: the items, in display order.
/// - `empty`: what the list says while it is empty; nothing when not given.
/// - `class`: the list element's class.
/// - `row`: renders one item (an `li`). A row is kept while its id stays in the list.
///
/// Every list shares this one copy of Leptos's keyed-list code.
#[component]
pub fn IdList(
    #[prop(into)] ids: Signal<Vec<Id>>,
    #[prop(optional, into)] empty: Option<Key>,
    #[prop(default = "item-list")] class: &'static str,
    #[prop(into)] row: Callback<Id, AnyView>,
) -> impl IntoView {
    view! {
        {move || empty.filter(|_| ids.with(Vec::is_empty)).map(|text| view! { <EmptyState text=text /> }.into_any())}
        <ul class=class>
            <For each=move || ids.get() key=|id| *id children=move |id| row.run(id) />
        </ul>
    }
}
