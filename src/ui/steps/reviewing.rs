//! The reviewer's side: the reviews this person is writing of other people's plans. A
//! review opens with the shared plan read-only, a comment box under each item, a form for
//! suggestions, a note and a name, and "Send my review", which gives a reply link. The
//! review is kept on this device (see [`crate::ui::desk`]) and never touches the
//! reviewer's own plan.

use leptos::prelude::*;

use crate::core::words::{Arg, Key, Phrase};
use crate::ui::words::{self, t, tf, tr};
use thiserror::Error;

use crate::core::format::link::{self as share, ShareOptions};
use crate::core::format::reply;
use crate::core::plan::{Level, Method, Plan, PlanId};
use crate::core::review::{reviewable, Review, ReviewError, ReviewId, Reviewable, Suggestion};
use crate::core::steps::Screen;
use crate::ui::desk::use_desk;
use crate::ui::state::use_app;
use crate::ui::widgets::*;
use crate::web::browser;

/// The address of the review of the plan with this id.
pub fn review_href(plan: &PlanId) -> String {
    format!("{}/{}", Screen::Reviewing.href(), plan.as_str())
}

/// Why a review of a shared plan could not be started.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum StartReviewError {
    #[error(transparent)]
    Review(#[from] ReviewError),
    /// Said in the person's language: the import screen shows this error as it is.
    #[error("{}", t(Key::ReviewingDeskFull))]
    DeskFull,
}

/// Starts a review of a plan opened from a share link and shows it. Returns the reason
/// when it can't.
pub fn start_review(plan: &Plan) -> Result<(), StartReviewError> {
    let app = use_app();
    let desk = use_desk();
    let review = Review::new(ReviewId::from_random(browser::random_bytes()), plan)?;
    let id = review.plan.clone();
    let link = share::encode(plan, ShareOptions::ALL);
    if !desk.start(&link, review, app.today.get_untracked()) {
        return Err(StartReviewError::DeskFull);
    }
    app.incoming.set(None);
    browser::replace_fragment(&review_href(&id));
    app.detail.set(Some(id.as_str().to_string()));
    app.screen.set(Screen::Reviewing);
    Ok(())
}

/// The reviews in progress, or the one the address names.
#[component]
pub fn ReviewingScreen() -> impl IntoView {
    let app = use_app();
    let desk = use_desk();
    let plan_id = Memo::new(move |_| {
        app.detail
            .get()
            .and_then(|d| PlanId::try_from(d).ok())
            .filter(|id| desk.reviews.with(|r| r.of_plan(id).is_some()))
    });
    view! {
        {move || desk.problem.get().map(|p| view! { <p class="banner warning" role="alert"><Words phrase=p /></p> })}
        {move || match plan_id.get() {
            Some(id) => view! { <OneReview plan_id=id /> }.into_any(),
            None => view! { <ReviewList /> }.into_any(),
        }}
    }
}

/// Every review in progress, with a link to each.
#[component]
fn ReviewList() -> impl IntoView {
    let desk = use_desk();
    let rows = Memo::new(move |_| {
        desk.reviews.with(|r| {
            r.reviews
                .iter()
                .map(|entry| {
                    let owner = share::decode(&entry.plan_link)
                        .map(|p| p.profile.name)
                        .unwrap_or_default();
                    let status = match entry.sent_on {
                        Some(day) => (Key::ReviewingRowSent, day),
                        None => (Key::ReviewingRowStarted, entry.started_on),
                    };
                    (entry.review.plan.clone(), owner_phrase(&owner), status)
                })
                .collect::<Vec<_>>()
        })
    });
    view! {
        <ScreenHeader
            screen=Screen::Reviewing
            lead=Key::LeadReviewing
        />
        {move || {
            let rows = rows.get();
            if rows.is_empty() {
                view! {
                    <EmptyState text=Key::ReviewingEmpty />
                }.into_any()
            } else {
                view! {
                    <ul class="summary-list">
                        {rows.into_iter().map(|(id, owner, (status, day))| view! {
                            <li><a href=review_href(&id)><Words phrase=owner /></a>{move || tf(status, &[("date", Arg::Date(day))])}</li>
                        }).collect_view()}
                    </ul>
                }.into_any()
            }
        }}
    }
}

/// "Sam's plan", or "A plan" when it is not signed.
fn owner_phrase(name: &str) -> Phrase {
    match name.trim() {
        "" => Key::ReviewingOwnerUnsigned.into(),
        name => Phrase::said(
            Key::ReviewingOwner,
            vec![("name", Arg::Theirs(name.to_string()))],
        ),
    }
}

/// One review: the plan read-only with a comment box per item, suggestions, the note and
/// the name, and sending.
#[component]
fn OneReview(plan_id: PlanId) -> impl IntoView {
    let desk = use_desk();
    let id = plan_id.clone();
    // Only the plan's link: typing a comment changes the review, not the items shown.
    let plan_link = Memo::new(move |_| {
        desk.reviews
            .with(|r| r.of_plan(&id).map(|e| e.plan_link.clone()))
    });
    let plan = Memo::new(move |_| plan_link.get().and_then(|l| share::decode(&l).ok()));
    let owner =
        move || plan.with(|p| owner_phrase(p.as_ref().map_or("", |p| p.profile.name.as_str())));
    view! {
        <header class="screen-header">
            <p class="eyebrow">{tr(Key::ReviewingEyebrow)}</p>
            <h1 id=SCREEN_HEADING_ID tabindex="-1"><Words phrase=owner() /></h1>
            <p class="lead">{tr(Key::ReviewingLead)}</p>
        </header>
        <div class="banner care" role="note" aria-label=tr(Key::ReviewingToneLabel)>
            <p>{tr(Key::ReviewingTone)}</p>
        </div>
        {move || match plan.get() {
            None => view! {
                <p class="banner warning" role="alert">{tr(Key::ReviewingPlanUnreadable)}</p>
            }.into_any(),
            Some(plan) => {
                let items = reviewable(&plan);
                view! {
                    <Comments plan_id=plan_id.clone() items=items />
                    <Suggestions plan_id=plan_id.clone() />
                    <NoteAndSend plan_id=plan_id.clone() />
                }.into_any()
            }
        }}
    }
}

/// The plan's items by step, each with its comment box.
///
/// - `plan_id`: the plan under review.
/// - `items`: what can be commented on, in the plan's order.
#[component]
fn Comments(plan_id: PlanId, items: Vec<Reviewable>) -> impl IntoView {
    if items.is_empty() {
        return view! {
            <Section title=Key::ReviewingTitlePlan>
                <EmptyState text=Key::ReviewingPlanEmpty />
            </Section>
        }
        .into_any();
    }
    let groups = Screen::STEPS
        .into_iter()
        .filter_map(|step| {
            let in_step: Vec<Reviewable> =
                items.iter().filter(|i| Screen::of_item(&i.about) == step).cloned().collect();
            (!in_step.is_empty()).then(|| {
                let plan_id = plan_id.clone();
                view! {
                    <h3>{tr(step.short_title())}</h3>
                    <ul class="review-items">
                        {in_step.into_iter().map(|item| view! { <CommentBox plan_id=plan_id.clone() item=item /> }).collect_view()}
                    </ul>
                }
            })
        })
        .collect_view();
    view! {
        <section class="card" aria-labelledby="review-plan-title">
            <h2 id="review-plan-title">{tr(Key::ReviewingTitlePlanWithComments)}</h2>
            <p class="hint">{tr(Key::ReviewingCommentsHint)}</p>
            {groups}
        </section>
    }
    .into_any()
}

/// One item and the reviewer's comment on it.
///
/// - `plan_id`: the plan under review.
/// - `item`: the item.
#[component]
fn CommentBox(plan_id: PlanId, item: Reviewable) -> impl IntoView {
    let desk = use_desk();
    let field = unique_id("comment");
    let existing = desk.reviews.with_untracked(|r| {
        r.of_plan(&plan_id)
            .and_then(|e| e.review.comment_on(&item.about).map(String::from))
            .unwrap_or_default()
    });
    let text = RwSignal::new(existing);
    let problem = ActionError::new();
    let label = item.label.clone();
    // Plain text (no isolation marks), as an accessible name is read.
    let about = Phrase::said(
        Key::ReviewingCommentOn,
        vec![("item", Arg::Said(label.clone()))],
    );
    let name = move || words::current().plain(&about);
    Effect::new(move |first: Option<()>| {
        let written = text.get();
        if first.is_some() {
            let item = item.clone();
            problem.take(desk.edit(&plan_id, move |r| {
                r.set_comment(&item, &written, &crate::ui::words::current())
            }));
        }
    });
    view! {
        <li class="review-item">
            <p class="item-text"><Words phrase=label /></p>
            <textarea
                id=field
                class="comment-box"
                dir="auto"
                rows="2"
                aria-label=name
                placeholder=tr(Key::ReviewingCommentPlaceholder)
                prop:value=move || text.get()
                on:input=move |ev| text.set(event_target_value(&ev))
            ></textarea>
            <ActionProblem error=problem />
        </li>
    }
}

/// The kinds of thing a reviewer can suggest.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum SuggestionKind {
    SkillGap,
    Role,
    SearchChange,
    Prep,
}

impl SuggestionKind {
    const ALL: [SuggestionKind; 4] = [
        SuggestionKind::SkillGap,
        SuggestionKind::Role,
        SuggestionKind::SearchChange,
        SuggestionKind::Prep,
    ];

    fn slug(self) -> &'static str {
        match self {
            SuggestionKind::SkillGap => "gap",
            SuggestionKind::Role => "role",
            SuggestionKind::SearchChange => "search",
            SuggestionKind::Prep => "prep",
        }
    }

    fn label(self) -> Key {
        match self {
            SuggestionKind::SkillGap => Key::ReviewingKindGap,
            SuggestionKind::Role => Key::ReviewingKindRole,
            SuggestionKind::SearchChange => Key::ReviewingKindSearch,
            SuggestionKind::Prep => Key::ReviewingKindPrep,
        }
    }

    /// The label of the form's first field, for this kind.
    fn what_label(self) -> Key {
        match self {
            SuggestionKind::SkillGap => Key::ReviewingWhatGap,
            SuggestionKind::Role => Key::ReviewingWhatRole,
            SuggestionKind::SearchChange => Key::ReviewingWhatSearch,
            SuggestionKind::Prep => Key::ReviewingWhatPrep,
        }
    }
}

/// The suggestions made so far, and the form for a new one.
#[component]
fn Suggestions(plan_id: PlanId) -> impl IntoView {
    let desk = use_desk();
    let kind = RwSignal::new(SuggestionKind::SkillGap);
    let what = RwSignal::new(String::new());
    let how = RwSignal::new(String::new());
    let method = RwSignal::new(Method::Practice);
    let level = RwSignal::new(Level::Mid);
    let problem = ActionError::new();
    let id = plan_id.clone();
    let list = Memo::new(move |_| {
        desk.reviews.with(|r| {
            r.of_plan(&id)
                .map(|e| e.review.suggestions.clone())
                .unwrap_or_default()
        })
    });
    let id = plan_id.clone();
    let add = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let suggestion = match kind.get_untracked() {
            SuggestionKind::SkillGap => Suggestion::SkillGap {
                skill: what.get_untracked(),
                method: method.get_untracked(),
                how: how.get_untracked(),
            },
            SuggestionKind::Role => Suggestion::Role {
                title: what.get_untracked(),
                level: level.get_untracked(),
            },
            SuggestionKind::SearchChange => Suggestion::SearchChange {
                text: what.get_untracked(),
            },
            SuggestionKind::Prep => Suggestion::Prep {
                text: what.get_untracked(),
            },
        };
        if problem
            .take(desk.edit(&id, move |r| r.add_suggestion(suggestion)))
            .is_some()
        {
            what.set(String::new());
            how.set(String::new());
        }
    };
    let what_label = move || t(kind.get().what_label());
    let kind_field = unique_id("kind");
    let what_field = unique_id("what");
    let remove_problem = ActionError::new();
    view! {
        <Section title=Key::ReviewingTitleSuggest>
            {move || {
                let items = list.get();
                (!items.is_empty()).then(|| {
                    let plan_id = plan_id.clone();
                    view! {
                        <ul class="summary-list" aria-label=tr(Key::ReviewingSuggestionsLabel)>
                            {items.into_iter().enumerate().map(|(index, s)| {
                                let plan_id = plan_id.clone();
                                let description = s.describe();
                                let remove_label = words::current().plain(&Phrase::said(
                                    Key::ReviewingRemoveSuggestion,
                                    vec![("suggestion", Arg::Said(description.clone()))],
                                ));
                                let remove = Callback::new(move |_| {
                                    remove_problem.take(desk.edit(&plan_id, move |r| r.remove_suggestion(index)));
                                });
                                view! {
                                    <li>
                                        <Words phrase=description.clone() />
                                        " "
                                        <RemoveButton label=remove_label on_remove=remove />
                                    </li>
                                }
                            }).collect_view()}
                        </ul>
                    }
                })
            }}
            <ActionProblem error=remove_problem />
            <form class="stack" on:submit=add>
                <div class="field">
                    <label for=kind_field.clone()>{tr(Key::ReviewingKindLabel)}</label>
                    <select id=kind_field on:change=move |ev| {
                        let slug = event_target_value(&ev);
                        if let Some(k) = SuggestionKind::ALL.into_iter().find(|k| k.slug() == slug) {
                            kind.set(k);
                        }
                    }>
                        {SuggestionKind::ALL.into_iter().map(|k| view! {
                            <option value=k.slug() selected=move || kind.get() == k>{tr(k.label())}</option>
                        }).collect_view()}
                    </select>
                </div>
                <div class="field">
                    <label for=what_field.clone()>{what_label}</label>
                    <input id=what_field type="text" dir="auto" prop:value=move || what.get() on:input=move |ev| what.set(event_target_value(&ev)) />
                </div>
                {move || match kind.get() {
                    SuggestionKind::SkillGap => view! {
                        <ChoiceSelect label=Key::ReviewingLabelMethod value=method />
                        <TextField label=Key::ReviewingLabelHow value=how hint=Key::ReviewingHintHow />
                    }.into_any(),
                    SuggestionKind::Role => view! { <ChoiceSelect label=Key::ReviewingLabelLevel value=level /> }.into_any(),
                    _ => ().into_any(),
                }}
                <button type="submit" class="button">{tr(Key::ReviewingAddSuggestion)}</button>
                <ActionProblem error=problem />
            </form>
        </Section>
    }
}

/// The note, the name, and sending the review.
#[component]
fn NoteAndSend(plan_id: PlanId) -> impl IntoView {
    let app = use_app();
    let desk = use_desk();
    let (note0, name0) = desk.reviews.with_untracked(|r| {
        r.of_plan(&plan_id)
            .map(|e| (e.review.note.clone(), e.review.reviewer.clone()))
            .unwrap_or_default()
    });
    let note = RwSignal::new(note0);
    let name = RwSignal::new(name0);
    let problem = ActionError::new();
    let id = plan_id.clone();
    Effect::new(move |first: Option<()>| {
        let (written, signed) = (note.get(), name.get());
        if first.is_some() {
            problem.take(desk.edit(&id, move |r| {
                r.set_note(&written)?;
                r.set_reviewer(&signed)
            }));
        }
    });
    let id = plan_id.clone();
    let entry = Memo::new(move |_| {
        desk.reviews
            .with(|r| r.of_plan(&id).map(|e| (e.review.clone(), e.sent_on)))
    });
    let showing = RwSignal::new(false);
    let send_problem = RwSignal::new(None::<Key>);
    let id = plan_id.clone();
    let send = move |_| {
        let blank = entry.with_untracked(|e| e.as_ref().is_none_or(|(r, _)| r.is_blank()));
        if blank {
            send_problem.set(Some(Key::ReviewingNothingToSend));
            return;
        }
        send_problem.set(None);
        desk.mark_sent(&id, app.today.get_untracked());
        showing.set(true);
    };
    let link = Signal::derive(move || {
        entry.with(|e| {
            e.as_ref()
                .map(|(review, _)| reply::encode(review))
                .map(|payload| share::share_url(&browser::address_without_fragment(), &payload))
                .unwrap_or_default()
        })
    });
    let sent_on = move || entry.with(|e| e.as_ref().and_then(|(_, sent)| *sent));
    let id = plan_id.clone();
    let stop = move |_| {
        if browser::confirm(&t(Key::ReviewingRemoveConfirm)) {
            desk.remove(&id);
            browser::go_to(&Screen::Reviewing.href());
        }
    };
    view! {
        <Section title=Key::ReviewingTitleNoteAndName>
            <TextArea label=Key::ReviewingLabelNote value=note rows=4 hint=Key::ReviewingHintNote />
            <TextField label=Key::ReviewingLabelName value=name hint=Key::ReviewingHintName autocomplete="name" />
            <ActionProblem error=problem />
        </Section>
        <Section title=Key::ReviewingTitleSend>
            <p class="hint">{tr(Key::ReviewingSendHint)}</p>
            {move || sent_on().map(|day| view! {
                <p class="meta">{move || tf(Key::ReviewingSentOn, &[("date", Arg::Date(day))])}</p>
            })}
            <div class="actions">
                <button type="button" class="button primary" on:click=send>{tr(Key::ReviewingSend)}</button>
                <button type="button" class="button" on:click=stop>{tr(Key::ReviewingRemove)}</button>
            </div>
            <p class="field-error" role="alert">{move || send_problem.get().map(t)}</p>
            {move || showing.get().then(|| view! {
                <LinkSender
                    link=link
                    label=Key::ReviewingLinkLabel
                    share_title=Key::ReviewingSheetTitle
                    qr_hint=Key::ReviewingQrHint
                    qr_label=Key::ReviewingQrLabel
                />
            })}
        </Section>
    }
}
