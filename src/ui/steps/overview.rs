//! My plan: progress through the steps, what is due next, every dated action, patterns
//! across rejections, and a print-ready summary.

use crate::core::words::{Arg, Key, Phrase};
use crate::ui::words::{self, tf, tr};
use leptos::prelude::*;

use crate::core::dates;
use crate::core::ics;
use crate::core::insights::{
    dated_actions, due_next, feedback_patterns, repeated_stage, ActionKind, DatedAction,
};
use crate::core::plan::{FeedbackItem, GapStatus, Plan, TargetRole};
use crate::core::steps::Screen;
use crate::ui::state::use_app;
use crate::ui::steps::review::received_href;
use crate::ui::widgets::notices::BackupReminder;
use crate::ui::widgets::*;
use crate::web::{browser, clock};

/// The overview screen.
#[component]
pub fn OverviewScreen() -> impl IntoView {
    let app = use_app();
    let has_plan = Memo::new(move |_| app.with(|p| !p.rejections.is_empty()));
    // The day of the no and the day after.
    let day_one = Memo::new(move |_| {
        let today = app.today();
        app.with(|p| {
            p.current_rejection()
                .is_some_and(|r| (0..=1).contains(&dates::days_until(r.date, today)))
        })
    });
    // Why the calendar file could not be offered, shown under the buttons.
    let problem = ActionError::new();
    let download_calendar = move |_| {
        let text = app.plan.with_untracked(|p| {
            ics::calendar_with_offsets(
                p,
                &crate::ui::words::current(),
                clock::now_utc(),
                clock::utc_offset_minutes_at,
            )
        });
        problem.report(browser::download(ics::FILE_NAME, ics::MEDIA_TYPE, &text));
    };
    // Long lists open in full first, so the dialog's preview already shows every date.
    let print = move |_| {
        app.printing.set(true);
        request_animation_frame(browser::print);
    };
    view! {
        <ScreenHeader
            screen=Screen::Overview
            lead=Key::LeadOverview
        />
        {move || (!has_plan.get()).then(|| view! { <NeedsRejection /> })}
        {move || day_one.get().then(|| view! {
            <p class="banner">
                {tr(Key::OverviewDayOne)}
                " "
                <a href=Screen::Today.href()>{tr(Screen::Today.title())}</a>
            </p>
        })}
        <BackupReminder />
        <div class="actions no-print">
            <button type="button" class="button" on:click=print>{tr(Key::OverviewPrint)}</button>
            <button type="button" class="button" on:click=download_calendar>{tr(Key::OverviewAddToCalendar)}</button>
        </div>
        <ActionProblem error=problem />
        {move || app.with(|p| Screen::Overview.shows_progress(p, app.today())).then(|| view! { <Progress /> })}
        <DueNext />
        <Deferred>
            <SeveralNoes />
            <Patterns />
            <ReviewsReceived />
            <AllDates />
            <Summary />
        </Deferred>
    }
}

/// The reviews received, each with what came of it.
#[component]
fn ReviewsReceived() -> impl IntoView {
    let app = use_app();
    let rows = plan_memo(app, |p| {
        p.reviews
            .iter()
            .map(|r| {
                let kept = r.comments.iter().filter(|c| c.kept == Some(true)).count();
                // After the day it came: its suggestions, then the comments kept.
                let mut more = Phrase::new();
                match (r.accepted(), r.suggestions.len()) {
                    (_, 0) => {}
                    (0, n) => {
                        more = more.app(" · ").say(
                            Key::OverviewReviewSuggestionsOpen,
                            vec![("count", Arg::Count(n as i64))],
                        )
                    }
                    (a, n) => {
                        more = more.app(" · ").say(
                            Key::OverviewReviewSuggestionsAccepted,
                            vec![
                                ("accepted", Arg::Count(a as i64)),
                                ("count", Arg::Count(n as i64)),
                            ],
                        )
                    }
                }
                if kept > 0 {
                    more = more.app(" · ").say(
                        Key::OverviewReviewCommentsKept,
                        vec![("count", Arg::Count(kept as i64))],
                    );
                }
                (
                    r.id.clone(),
                    r.line_by(Key::OverviewReviewFrom, Key::OverviewReviewFromUnsigned),
                    r.received_on,
                    more,
                )
            })
            .collect::<Vec<_>>()
    });
    move || {
        let rows = rows.get();
        (!rows.is_empty()).then(|| {
            view! {
                <Section title=Key::OverviewTitleReviewsOfYourPlan>
                    <ul class="summary-list">
                        {rows.into_iter().map(|(id, from, on, more)| view! {
                            <li>
                                <a href=received_href(&id)><Words phrase=from /></a>
                                {move || format!(" · {}", words::current().date(on))}
                                <Words phrase=more />
                            </li>
                        }).collect_view()}
                    </ul>
                </Section>
            }
        })
    }
}

/// The six steps, each ticked when done, with a link.
#[component]
fn Progress() -> impl IntoView {
    let app = use_app();
    view! {
        <Section title=Key::OverviewTitleProgress>
            <ul class="progress-list">
                {Screen::STEPS.iter().map(|screen| {
                    let screen = *screen;
                    let done = Memo::new(move |_| app.with(|p| screen.is_done(p)));
                    view! {
                        <li class:done=move || done.get()>
                            <span class="step-mark" aria-hidden="true">{move || if done.get() { "✓".to_string() } else { words::current().number(screen.number().unwrap_or(0) as i64) }}</span>
                            <a href=screen.href()>{tr(screen.title())}</a>
                            {move || done.get().then(|| view! { <span class="meta">" · "{tr(Key::OverviewDone)}</span> })}
                        </li>
                    }
                }).collect_view()}
            </ul>
        </Section>
    }
}

fn action_line(action: &DatedAction, today: chrono::NaiveDate) -> impl IntoView {
    let overdue = action.is_overdue(today);
    // A date that has passed is a question or a next step, never a warning.
    let passed = match action.kind {
        ActionKind::FollowUp => Key::OverviewPassedFollowUp,
        ActionKind::CloseLoop => Key::OverviewPassedCloseLoop,
        ActionKind::SkillGap => Key::OverviewPassedSkillGap,
        ActionKind::Fun => Key::OverviewPassedFun,
        ActionKind::Application | ActionKind::Interview => Key::OverviewPassed,
    };
    let (date, time) = (action.date, action.time.map(dates::hhmm));
    let when = move || match &time {
        Some(time) => tf(
            Key::OverviewDateTime,
            &[("date", Arg::Date(date)), ("time", Arg::Ours(time.clone()))],
        ),
        None => words::current().date(date),
    };
    let status = if action.done {
        Some(Key::OverviewDone)
    } else if overdue {
        Some(passed)
    } else {
        None
    };
    let countdown = crate::core::insights::countdown_label(today, action.date);
    view! {
        <li class="action" class:is-done=action.done>
            <span class="action-date">{when}</span>
            <a href=Screen::of_action(action.kind).href()><Words phrase=action.text.clone() /></a>
            <span class="meta">
                " · "
                {match status {
                    Some(key) => tr(key).into_any(),
                    None => view! { <Words phrase=countdown /> }.into_any(),
                }}
            </span>
        </li>
    }
}

/// The next few open actions.
#[component]
fn DueNext() -> impl IntoView {
    let app = use_app();
    let next = Memo::new(move |_| app.with(|p| due_next(p, 3)));
    view! {
        <Section title=Key::OverviewTitleDueNext>
            {move || {
                let list = next.get();
                let today = app.today();
                if list.is_empty() {
                    view! { <EmptyState text=Key::OverviewTextNothingWaiting /> }.into_any()
                } else {
                    view! { <ul class="actions-list">{list.iter().map(|a| action_line(a, today)).collect_view()}</ul> }.into_any()
                }
            }}
        </Section>
    }
}

/// After more than one no: that several are normal, and after about three at the same
/// stage, a person worth talking it over with.
#[component]
fn SeveralNoes() -> impl IntoView {
    let app = use_app();
    let noes = plan_memo(app, |p| p.rejections.len());
    let repeated = plan_memo(app, repeated_stage);
    move || {
        (noes.get() > 1).then(|| {
            view! {
                <Section title=Key::OverviewTitleNotTheOnlyOne>
                    <p>{tr(Key::OverviewSeveralNoes)}</p>
                    {move || repeated.get().map(|stage| view! {
                        <p>
                            {move || tf(Key::OverviewSameStage, &[("stage", Arg::key(stage.label()))])}
                        </p>
                    })}
                </Section>
            }
        })
    }
}

/// Feedback categories that keep coming back across rejections.
#[component]
fn Patterns() -> impl IntoView {
    let app = use_app();
    let patterns = Memo::new(move |_| app.with(feedback_patterns));
    let rejections = Memo::new(move |_| app.with(|p| p.rejections.len()));
    view! {
        {move || {
            let list = patterns.get();
            (!list.is_empty()).then(|| view! {
                <Section title=Key::OverviewTitlePatternsInYourFeedback>
                    <p class="hint">{move || tf(Key::OverviewPatternsHint, &[("count", Arg::Count(rejections.get() as i64))])}</p>
                    <ul class="patterns">
                        {list.into_iter().map(|pattern| {
                            let (points, employers, hunches) = (pattern.said, pattern.in_rejections, pattern.hunches);
                            let said = (points > 0).then_some(move || tf(
                                Key::OverviewPatternSaid,
                                &[("points", Arg::Count(points as i64)), ("employers", Arg::Count(employers as i64))],
                            ));
                            // After points heard: ", and 2 hunches of your own"; alone: ": 2 …".
                            let hunches_key = if points > 0 { Key::OverviewPatternHunchesToo } else { Key::OverviewPatternHunches };
                            let hunches = (hunches > 0).then_some(move || tf(hunches_key, &[("count", Arg::Count(hunches as i64))]));
                            view! {
                                <li>
                                    <strong>{tr(pattern.category.label())}</strong>
                                    {said}
                                    {hunches}
                                    {pattern.keeps_coming_back().then(|| if pattern.category.in_your_control() {
                                        view! { " " <Tag text=Key::TagKeepsComingBack tone="warn" /> }.into_any()
                                    } else {
                                        view! { " " <Tag text=Key::TagOutsideYourControl tone="soft" /> }.into_any()
                                    })}
                                </li>
                            }
                                                }).collect_view()}
                    </ul>
                </Section>
            })
        }}
    }
}

/// Every dated action in one list.
#[component]
fn AllDates() -> impl IntoView {
    let app = use_app();
    let actions = Memo::new(move |_| app.with(dated_actions));
    let empty = Memo::new(move |_| actions.with(Vec::is_empty));
    view! {
        <Section title=Key::OverviewTitleAllDates>
            {move || {
                // A new day changes every countdown, so the rows are rebuilt then.
                let today = app.today();
                if empty.get() {
                    view! { <EmptyState text=Key::OverviewTextNoDatesYet /> }.into_any()
                } else {
                    let row = move |at: usize| {
                        move || actions.with(|all| all.get(at).map(|a| action_line(a, today)))
                    };
                    view! {
                        <PagedList items=positions(actions) showing=Key::OverviewShowingDates class="actions-list" row=row />
                    }.into_any()
                }
            }}
        </Section>
    }
}

/// A compact written summary of the plan (what prints on paper).
#[component]
fn Summary() -> impl IntoView {
    let app = use_app();
    let has_plan = Memo::new(move |_| app.with(|p| !p.is_empty()));
    let lines = |f: fn(&Plan) -> Vec<Phrase>| Memo::new(move |_| app.with(f));
    let feedback = lines(|p| {
        p.current_rejection()
            .map(|r| r.feedback.iter().map(FeedbackItem::with_category).collect())
            .unwrap_or_default()
    });
    let roles = lines(|p| p.roles.iter().map(TargetRole::with_level).collect());
    let changes = lines(|p| {
        p.search_changes
            .iter()
            .map(|c| {
                Phrase::new()
                    .app(if c.done { "✓ " } else { "" })
                    .user(&c.text)
            })
            .collect()
    });
    let gaps = lines(|p| {
        p.skill_gaps_by_date()
            .iter()
            .map(|g| {
                let line = Phrase::of(&g.skill);
                let line = if g.status == GapStatus::Done {
                    line.app(" ").say(Key::OverviewBriefDone, vec![])
                } else {
                    line
                };
                match g.if_then() {
                    Some(plan) => line.app(": ").and(plan),
                    None => line,
                }
            })
            .collect()
    });
    let fun = lines(|p| {
        p.fun
            .iter()
            .map(|f| {
                let line = Phrase::of(&f.what);
                if f.done {
                    line.app(" ").say(Key::OverviewBriefDone, vec![])
                } else {
                    line
                }
            })
            .collect()
    });
    let in_focus = Memo::new(move |_| {
        app.with(|p| {
            p.current_rejection().map(|r| {
                r.title().say(
                    Key::StageAndDate,
                    vec![
                        ("stage", Arg::key(r.stage.label())),
                        ("date", Arg::Date(r.date)),
                    ],
                )
            })
        })
    });
    let setback = Memo::new(move |_| app.with(|p| p.wellbeing.setback_plan.clone()));
    let rhythm = Memo::new(move |_| app.with(|p| p.search_rhythm.sentence()));
    view! {
        {move || has_plan.get().then(|| view! {
            <Section title=Key::OverviewTitleMyPlanInBrief>
                {move || in_focus.get().map(|text| view! { <p><strong>{tr(Key::OverviewBriefInFocus)}" "</strong><Words phrase=text /></p> })}
                <BriefList title=Key::OverviewBriefFeedback showing=Key::OverviewShowingFeedback lines=feedback />
                <BriefList title=Key::OverviewBriefRoles showing=Key::OverviewShowingRoles lines=roles />
                <BriefList title=Key::OverviewBriefSearchChanges showing=Key::OverviewShowingSearchChanges lines=changes />
                <BriefList title=Key::OverviewBriefSkillGaps showing=Key::OverviewShowingSkillGaps lines=gaps />
                <BriefList title=Key::OverviewBriefFun showing=Key::OverviewShowingFun lines=fun />
                {move || rhythm.get().map(|sentence| view! { <h3>{tr(Key::OverviewBriefRhythm)}</h3><p><Words phrase=sentence /></p> })}
                {move || {
                    let setback = setback.get();
                    (!setback.is_empty()).then(|| view! { <h3>{tr(Key::OverviewBriefSetback)}</h3><p dir="auto">{setback}</p> })
                }}
            </Section>
        })}
    }
}

/// One titled list of the summary, left out when empty: a page at a time on screen,
/// every line on paper.
///
/// - `title`: the list's heading (an `h3`).
/// - `showing`: the line under a long list ("Showing 20 of 300 skill gaps.").
/// - `lines`: the lines, in order.
#[component]
fn BriefList(title: Key, showing: Key, lines: Memo<Vec<Phrase>>) -> impl IntoView {
    let has_lines = Memo::new(move |_| lines.with(|l| !l.is_empty()));
    let row = move |at: usize| {
        view! { <li>{move || lines.with(|l| l.get(at).cloned().map(|line| view! { <Words phrase=line /> }))}</li> }
    };
    move || {
        has_lines.get().then(|| {
            view! {
                <h3>{tr(title)}</h3>
                <PagedList items=positions(lines) showing=showing class="summary-list" row=row />
            }
            .into_any()
        })
    }
}
