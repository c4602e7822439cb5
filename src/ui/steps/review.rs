//! The owner's side: a review received as a reply link. It shows who reviewed the plan,
//! their note, each comment beside the item it is about, and each suggestion, before
//! anything changes. The first choice (keeping a comment, accepting or declining a
//! suggestion, or keeping the review to decide later) receives the review into the plan;
//! a reply opened again finds it there and applies nothing twice.

use leptos::prelude::*;

use crate::core::words::{Arg, Key, Phrase};
use crate::ui::words::{t, tf, tr};
use thiserror::Error;

use crate::core::format::reply::ReplyError;
use crate::core::review::{
    reviewable, Answer, Comment, ItemRef, ReceivedReview, Review, ReviewError, ReviewId, Suggestion,
};
use crate::core::steps::Screen;
use crate::ui::state::{use_app, AppState};
use crate::ui::widgets::*;
use crate::web::browser;

/// The address of a received review.
pub fn received_href(id: &ReviewId) -> String {
    format!("{}/{}", Screen::Review.href(), id.as_str())
}

/// What the screen shows: a review from a link not yet received, or one in the plan.
#[derive(Debug, Clone, PartialEq)]
struct Shown {
    review: ReceivedReview,
    /// Not in the plan yet: the first choice receives it.
    pending: Option<Review>,
}

/// Why the review screen has no review to show.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
enum NotShown {
    /// The reply link could not be read.
    #[error(transparent)]
    Reply(#[from] ReplyError),
    /// The reply is about another plan (or this one has no id).
    #[error(transparent)]
    Review(#[from] ReviewError),
    /// The address names a review the plan no longer has.
    #[error("the review is not in the plan any more")]
    NotInPlan,
}

impl NotShown {
    /// What the person reads, in the language spoken.
    fn message(&self) -> String {
        match self {
            NotShown::NotInPlan => t(Key::ReviewNotInPlan),
            // The link's and the review's own refusals, in their words.
            NotShown::Reply(e) => e.to_string(),
            NotShown::Review(e) => e.to_string(),
        }
    }
}

/// The review screen.
#[component]
pub fn ReviewScreen() -> impl IntoView {
    let app = use_app();
    let shown = Memo::new(move |_| -> Option<Result<Shown, NotShown>> {
        if let Some(incoming) = app.incoming_review.get() {
            return Some(incoming.map_err(NotShown::from).and_then(|review| {
                app.with(|plan| {
                    if plan.id.as_ref() != Some(&review.plan) {
                        return Err(NotShown::Review(ReviewError::NotThisPlan));
                    }
                    Ok(match plan.review(&review.id) {
                        Some(received) => Shown {
                            review: received.clone(),
                            pending: None,
                        },
                        None => Shown {
                            review: plan.as_received(&review, app.today.get()),
                            pending: Some(review),
                        },
                    })
                })
            }));
        }
        let id = app.detail.get()?;
        let received = app.with(|plan| plan.reviews.iter().find(|r| r.id.as_str() == id).cloned());
        Some(
            received
                .map(|review| Shown {
                    review,
                    pending: None,
                })
                .ok_or(NotShown::NotInPlan),
        )
    });
    view! {
        {move || match shown.get() {
            None => view! {
                <ScreenHeader screen=Screen::Review lead=Key::LeadReviewNone />
                <a class="button" href=Screen::Overview.href()>{tr(Key::ReviewGoToPlan)}</a>
            }.into_any(),
            Some(Err(why)) => view! {
                <ScreenHeader screen=Screen::Review lead=Key::LeadReviewRefused />
                <div class="banner warning" role="alert">
                    <p>{move || why.message()}</p>
                    <p>{tr(Key::ReviewPlanUnchanged)}</p>
                </div>
                <a class="button primary" href=Screen::Overview.href()>{tr(Key::ReviewGoToPlan)}</a>
            }.into_any(),
            Some(Ok(shown)) => view! { <ReviewView shown=shown /> }.into_any(),
        }}
    }
}

/// Receives the pending review (if any) into the plan, through the same named change as
/// every other, then moves the address from the link to the review's own, so a reload
/// shows it from the plan.
fn receive(app: AppState, pending: &Option<Review>) -> Result<(), ReviewError> {
    let Some(review) = pending else {
        return Ok(());
    };
    let today = app.today.get_untracked();
    app.change(|plan| plan.receive_review(review, today))?;
    app.incoming_review.set(None);
    browser::replace_fragment(&received_href(&review.id));
    app.detail.set(Some(review.id.as_str().to_string()));
    Ok(())
}

/// The whole review: who, the note, comments by item, suggestions.
#[component]
fn ReviewView(shown: Shown) -> impl IntoView {
    let app = use_app();
    let Shown { review, pending } = shown;
    let who = match review.reviewer.trim() {
        "" => Phrase::from(Key::ReviewWhoUnsigned),
        name => Phrase::said(
            Key::ReviewWho,
            vec![("name", Arg::Theirs(name.to_string()))],
        ),
    };
    let problem = ActionError::new();
    let pending_for_keep = pending.clone();
    let keep_for_later = move |_| {
        problem.report(receive(app, &pending_for_keep));
    };
    let items = app.plan.with_untracked(reviewable);
    let label_of = |about: &ItemRef| items.iter().find(|i| i.about == *about).cloned();
    let (placed, removed): (Vec<_>, Vec<_>) = review
        .comments
        .iter()
        .enumerate()
        .partition(|(_, c)| label_of(&c.comment.about).is_some());
    let review_id = review.id.clone();
    let comment_rows = |list: Vec<(usize, &crate::core::review::ReceivedComment)>| {
        list.into_iter()
            .map(|(index, c)| {
                let place = label_of(&c.comment.about);
                view! {
                    <CommentRow
                        review=review_id.clone()
                        pending=pending.clone()
                        index=index
                        comment=c.comment.clone()
                        kept=c.kept
                        place=place.map(|p| (Screen::of_item(&p.about), p.label))
                    />
                }
            })
            .collect_view()
    };
    let placed_view = comment_rows(placed);
    let removed_count = removed.len();
    let removed_view = comment_rows(removed);
    let suggestions = review
        .suggestions
        .iter()
        .enumerate()
        .map(|(index, s)| {
            view! {
                <SuggestionRow
                    review=review.id.clone()
                    pending=pending.clone()
                    index=index
                    suggestion=s.suggestion.clone()
                    answer=s.answer.clone()
                />
            }
        })
        .collect_view();
    let (is_pending, received_on) = (pending.is_some(), review.received_on);
    let status = move || {
        if is_pending {
            t(Key::ReviewPending)
        } else {
            tf(Key::ReviewReceivedOn, &[("date", Arg::Date(received_on))])
        }
    };
    view! {
        <header class="screen-header">
            <p class="eyebrow">{tr(Key::ReviewEyebrow)}</p>
            <h1 id=SCREEN_HEADING_ID tabindex="-1"><Words phrase=who /></h1>
            <p class="lead">{status}</p>
        </header>
        {(!review.plan_unchanged).then(|| view! {
            <p class="banner">{tr(Key::ReviewPlanChanged)}</p>
        })}
        {(!review.note.trim().is_empty()).then(|| view! {
            <section class="card" aria-labelledby="review-note-title">
                <h2 id="review-note-title">{tr(Key::ReviewTitleNote)}</h2>
                <p class="item-text" dir="auto">{review.note.clone()}</p>
            </section>
        })}
        {(!review.comments.is_empty() && removed_count < review.comments.len()).then(|| view! {
            <section class="card" aria-labelledby="review-comments-title">
                <h2 id="review-comments-title">{tr(Key::ReviewTitleComments)}</h2>
                <p class="hint">{tr(Key::ReviewCommentsHint)}</p>
                <ul class="review-items">{placed_view}</ul>
            </section>
        })}
        {(!review.suggestions.is_empty()).then(|| view! {
            <section class="card" aria-labelledby="review-suggestions-title">
                <h2 id="review-suggestions-title">{tr(Key::ReviewTitleSuggestions)}</h2>
                <p class="hint">{tr(Key::ReviewSuggestionsHint)}</p>
                <ul class="review-items">{suggestions}</ul>
            </section>
        })}
        {(removed_count > 0).then(|| view! {
            <section class="card" aria-labelledby="review-removed-title">
                <h2 id="review-removed-title">{tr(Key::ReviewTitleRemoved)}</h2>
                <ul class="review-items">{removed_view}</ul>
            </section>
        })}
        {pending.is_some().then(|| view! {
            <div class="actions">
                <button type="button" class="button" on:click=keep_for_later>{tr(Key::ReviewKeepForLater)}</button>
                <a class="button" href=Screen::Overview.href()>{tr(Key::ReviewNotNow)}</a>
            </div>
        })}
        <ActionProblem error=problem />
    }
}

/// One comment, beside the item it is about, with keep and let go.
///
/// - `review`, `pending`: the review it belongs to (and the review to receive first).
/// - `index`: its place among the review's comments.
/// - `kept`: the person's choice so far.
/// - `place`: the step and words of the item it is about; `None` when it was removed.
#[component]
fn CommentRow(
    review: ReviewId,
    pending: Option<Review>,
    index: usize,
    comment: Comment,
    kept: Option<bool>,
    place: Option<(Screen, Phrase)>,
) -> impl IntoView {
    let app = use_app();
    let problem = ActionError::new();
    let choose = move |keep: bool| {
        let review = review.clone();
        let pending = pending.clone();
        move |_| {
            if let Err(e) = receive(app, &pending) {
                problem.report(Err(e));
                return;
            }
            let review = review.clone();
            problem.take(app.change(move |p| p.keep_comment(&review, index, keep)));
        }
    };
    let about = match place {
        Some((step, label)) => view! {
            <p class="meta">{tr(Key::ReviewCommentAbout)}<a href=step.href()><Words phrase=label /></a></p>
        }
        .into_any(),
        None => view! {
            <p class="meta"><Words phrase=Phrase::said(Key::ReviewCommentAboutRemoved, vec![("item", Arg::Theirs(comment.label.clone()))]) /></p>
        }
        .into_any(),
    };
    let state = match kept {
        Some(true) => Some(Key::ReviewCommentKept),
        Some(false) => Some(Key::ReviewCommentLetGo),
        None => None,
    };
    view! {
        <li class="review-item">
            {about}
            <p class="item-text" dir="auto">{comment.text.clone()}</p>
            {state.map(|state| view! { <p class="meta">{tr(state)}</p> })}
            <div class="actions">
                {(kept != Some(true)).then(|| view! { <button type="button" class="button small" on:click=choose(true)>{tr(Key::ReviewKeep)}</button> })}
                {(kept != Some(false)).then(|| view! { <button type="button" class="button small" on:click=choose(false)>{tr(Key::ReviewLetGo)}</button> })}
            </div>
            <ActionProblem error=problem />
        </li>
    }
}

/// One suggestion with accept and decline, or what became of it.
///
/// - `review`, `pending`, `index`: as for [`CommentRow`].
/// - `answer`: the person's choice so far.
#[component]
fn SuggestionRow(
    review: ReviewId,
    pending: Option<Review>,
    index: usize,
    suggestion: Suggestion,
    answer: Option<Answer>,
) -> impl IntoView {
    let app = use_app();
    let problem = ActionError::new();
    let review_for_accept = review.clone();
    let pending_for_accept = pending.clone();
    let accept = move |_| {
        if let Err(e) = receive(app, &pending_for_accept) {
            problem.report(Err(e));
            return;
        }
        let review = review_for_accept.clone();
        problem.take(app.change(move |p| p.accept_suggestion(&review, index)));
    };
    let decline = move |_| {
        if let Err(e) = receive(app, &pending) {
            problem.report(Err(e));
            return;
        }
        let review = review.clone();
        problem.take(app.change(move |p| p.decline_suggestion(&review, index)));
    };
    let description = suggestion.describe();
    view! {
        <li class="review-item">
            <p class="item-text"><Words phrase=description /></p>
            {match answer {
                Some(Answer::Accepted(item)) => view! {
                    <p class="meta">{tr(Key::ReviewAccepted)}<a href=Screen::of_item(&item).href()>{tr(Key::ReviewSeeIt)}</a></p>
                }.into_any(),
                Some(Answer::Declined) => view! {
                    <p class="meta">{tr(Key::ReviewDeclined)}</p>
                    <button type="button" class="button small" on:click=accept>{tr(Key::ReviewAcceptAfterAll)}</button>
                }.into_any(),
                None => view! {
                    <div class="actions">
                        <button type="button" class="button small primary" on:click=accept>{tr(Key::ReviewAccept)}</button>
                        <button type="button" class="button small" on:click=decline>{tr(Key::ReviewDecline)}</button>
                    </div>
                }.into_any(),
            }}
            <ActionProblem error=problem />
        </li>
    }
}
