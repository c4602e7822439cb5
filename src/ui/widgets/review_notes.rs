//! What reviewers said about one item, on that item's card: the comments the person kept,
//! and who suggested the item if it came from a review.

use leptos::prelude::*;

use crate::core::review::ItemRef;
use crate::core::words::{Arg, Key, Phrase};
use crate::ui::state::use_app;
use crate::ui::widgets::{plan_memo, Words};
use crate::ui::words::tr;

/// - `about`: the item whose card this is on.
#[component]
pub fn ReviewNotes(about: ItemRef) -> impl IntoView {
    let app = use_app();
    let notes = plan_memo(app, move |plan| {
        if plan.reviews.is_empty() {
            return (None, Vec::new());
        }
        let by = plan.suggested_by(&about);
        let kept = plan
            .kept_comments(&about)
            .into_iter()
            .map(|(who, text)| {
                Phrase::said(
                    Key::WidgetReviewComment,
                    vec![("who", Arg::Said(who)), ("text", Arg::Theirs(text.into()))],
                )
            })
            .collect::<Vec<_>>();
        (by, kept)
    });
    move || {
        let (by, kept) = notes.get();
        (by.is_some() || !kept.is_empty()).then(|| {
            view! {
                <div class="review-notes">
                    {by.map(|line| view! { <p class="meta"><Words phrase=line /></p> })}
                    {(!kept.is_empty()).then(|| view! {
                        <ul class="kept-comments" aria-label=tr(Key::WidgetReviewComments)>
                            {kept.into_iter().map(|line| view! { <li><Words phrase=line /></li> }).collect_view()}
                        </ul>
                    })}
                </div>
            }
        })
    }
}
