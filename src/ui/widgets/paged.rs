//! Long lists shown a page at a time.
//!
//! A plan can grow to hundreds of skill gaps or checklist rows. Building every card at
//! once froze a cheap phone for seconds when a step opened, and every change to the plan
//! made each card check itself again. Showing the first page, and more on request, keeps
//! each step as quick with a large plan as with a small one.

use std::hash::Hash;
use std::sync::Arc;

use leptos::prelude::*;

use crate::core::words::{Arg, Key};
use crate::ui::words::{t, tf};

use crate::ui::state::AppState;

/// How many items a long list shows at first, and how many each "Show more" adds.
pub const PAGE_SIZE: usize = 20;

/// A list that renders its first [`PAGE_SIZE`] items and a button that shows more.
///
/// - `items`: every item's key, in display order: an item's id, or its position in a
///   list (see [`positions`]). A row is kept while its key stays in the list.
/// - `showing`: the line under a long list, a message with `$shown` and `$total` ("Showing
///   20 of 300 skill gaps.").
/// - `reveal`: an item to bring into view when it changes, such as one just added that
///   sorts beyond the shown pages.
/// - `class`: the list element's class.
/// - `row`: renders one item (an `li`) from its key.
#[component]
pub fn PagedList<K, F, IV>(
    #[prop(into)] items: Signal<Vec<K>>,
    showing: Key,
    #[prop(optional, into)] reveal: Option<Signal<Option<K>>>,
    #[prop(default = "item-list")] class: &'static str,
    row: F,
) -> impl IntoView
where
    K: Copy + Eq + Hash + Send + Sync + 'static,
    F: Fn(K) -> IV + Send + Sync + 'static,
    IV: IntoView + 'static,
{
    // Each list's rows through one boxed function: the list itself (its `For`, memos and
    // button) is then built once per key type, not once per list (3.3 KB gzip less).
    let row: Row<K> = Arc::new(move |key| row(key).into_any());
    paged_list(items, showing, reveal, class, row)
}

/// Renders one row of a [`PagedList`] from its key.
type Row<K> = Arc<dyn Fn(K) -> AnyView + Send + Sync>;

fn paged_list<K>(
    items: Signal<Vec<K>>,
    showing: Key,
    reveal: Option<Signal<Option<K>>>,
    class: &'static str,
    row: Row<K>,
) -> impl IntoView
where
    K: Copy + Eq + Hash + Send + Sync + 'static,
{
    let limit = RwSignal::new(PAGE_SIZE);
    // Items brought into view beyond the shown pages; they follow the shown ones.
    let extra = RwSignal::new(Vec::<K>::new());
    if let Some(reveal) = reveal {
        Effect::new(move |_| {
            let Some(wanted) = reveal.get() else { return };
            let position = items.with_untracked(|all| all.iter().position(|i| *i == wanted));
            if position.is_some_and(|p| p >= limit.get_untracked())
                && !extra.with_untracked(|e| e.contains(&wanted))
            {
                extra.update(|e| e.push(wanted));
            }
        });
    }
    // On paper there is no "Show more": every item prints.
    let printing = use_context::<AppState>().map(|app| app.printing);
    let shown = Memo::new(move |_| {
        if printing.is_some_and(|p| p.get()) {
            return items.get();
        }
        let n = limit.get();
        extra.with(|extra| {
            items.with(|all| {
                all.iter()
                    .enumerate()
                    .filter(|(i, item)| *i < n || extra.contains(item))
                    .map(|(_, item)| *item)
                    .collect::<Vec<_>>()
            })
        })
    });
    let total = Memo::new(move |_| items.with(Vec::len));
    let long = Memo::new(move |_| total.get() > PAGE_SIZE);
    let more = move |_| {
        if limit.get_untracked() >= total.get_untracked() {
            limit.set(PAGE_SIZE);
            extra.update(Vec::clear);
        } else {
            limit.update(|n| *n += PAGE_SIZE);
        }
    };
    view! {
        <ul class=class>
            <For each=move || shown.get() key=|item| *item children=move |item| row(item) />
        </ul>
        // One button that stays put while its label changes, so it keeps focus.
        {move || long.get().then(|| view! {
            <div class="actions list-more">
                <p class="meta" role="status">
                    {move || tf(showing, &[("shown", Arg::Count(shown.with(Vec::len) as i64)), ("total", Arg::Count(total.get() as i64))])}
                </p>
                <button type="button" class="button subtle" on:click=more>
                    {move || {
                        let (n, total) = (limit.get(), total.get());
                        if n >= total {
                            t(Key::ShowFewer)
                        } else {
                            tf(Key::ShowMore, &[("count", Arg::Count((total - n).min(PAGE_SIZE) as i64))])
                        }
                    }}
                </button>
            </div>
        }.into_any())}
    }
}

/// The positions of a list's items, as the keys of a paged list of items without an
/// [`Id`](crate::core::plan::Id) (summary lines, dated actions, checklist rows): each row
/// reads its item at its position. Changes only when the list's length does.
pub fn positions<T: Send + Sync + 'static>(list: Memo<Vec<T>>) -> Memo<Vec<usize>> {
    Memo::new(move |_| list.with(|l| (0..l.len()).collect()))
}
