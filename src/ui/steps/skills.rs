//! Step 3: the skill-gap planner.

use crate::core::words::{Arg, Key, Phrase};
use crate::ui::words::{self, t, tf, tr};
use leptos::prelude::*;

use crate::core::dates;
use crate::core::item::{DraftKey, Form};
use crate::core::plan::{
    Field, GapStatus, Id, Method, Priority, SkillCategory, SkillGap, SkillGapDraft,
};
use crate::core::review::ItemRef;
use crate::core::steps::Screen;
use crate::ui::state::use_app;
use crate::ui::widgets::*;
use crate::web::browser;

/// The skill-gaps step.
#[component]
pub fn SkillsStep() -> impl IntoView {
    let app = use_app();
    let editing = draft_id(app, DraftKey::gap_editing());
    let last_saved = RwSignal::new(None::<Id>);
    let order = Memo::new(move |_| {
        app.with(|p| {
            p.skill_gaps_by_date()
                .iter()
                .map(|g| g.id)
                .collect::<Vec<_>>()
        })
    });
    let has_gaps = Memo::new(move |_| order.with(|o| !o.is_empty()));
    let summary = Memo::new(move |_| {
        let today = app.today();
        app.with(|p| {
            let total = p.skill_gaps.len();
            let done = p
                .skill_gaps
                .iter()
                .filter(|g| g.status == GapStatus::Done)
                .count();
            let overdue = p.skill_gaps.iter().filter(|g| g.is_overdue(today)).count();
            let progress = if total == 0 {
                0
            } else {
                (p.skill_gaps
                    .iter()
                    .map(|g| u32::from(g.progress_percent()))
                    .sum::<u32>()
                    / total as u32) as u8
            };
            (total, done, overdue, progress)
        })
    });
    view! {
        <ScreenHeader
            screen=Screen::Skills
            lead=Key::LeadSkills
        />
        <WaitsForFeedback />
        <Section title=Key::SkillsTitleAtAGlance>
            {move || {
                let (total, done, overdue, progress) = summary.get();
                // The numbers in bold, written the language's way; the words after them
                // take the number's form.
                let words = words::current();
                let count = |n: usize| Arg::Count(n as i64);
                if total == 0 {
                    view! { <EmptyState text=Key::SkillsEmpty /> }.into_any()
                } else {
                    view! {
                        // Counts that are zero are left out rather than shown as a shortfall.
                        <p class="glance">
                            <span><strong>{words.number(total as i64)}</strong>{words.format(Key::SkillsGlanceGaps, &[("count", count(total))])}</span>
                            {(done > 0).then(|| view! { <span><strong>{words.number(done as i64)}</strong>{words.format(Key::SkillsGlanceDone, &[("count", count(done))])}</span> })}
                            {(overdue > 0).then(|| view! { <span><strong>{words.number(overdue as i64)}</strong>{words.format(Key::SkillsGlancePastDate, &[("count", count(overdue))])}</span> })}
                        </p>
                        <ProgressBar label=words.text(Key::SkillsProgressOverallLabel) percent=Signal::derive(move || summary.get().3) />
                        <p class="meta">{words.format(Key::SkillsProgressOverall, &[("percent", Arg::Count(i64::from(progress)))])}</p>
                    }.into_any()
                }
            }}
        </Section>
        <Deferred>
        {move || has_gaps.get().then(|| view! {
            <Section title=Key::SkillsTitleYourSkillGaps>
                <PagedList
                    items=order
                    showing=Key::SkillsShowing
                    reveal=last_saved
                    row=move |id| view! { <GapCard id=id editing=editing /> }
                />
            </Section>
        }.into_any())}
        {move || {
            // A gap removed while it was being edited (in another tab, say) is no longer
            // edited.
            let id = editing
                .get()
                .filter(|id| app.plan.with_untracked(|p| p.skill_gaps.iter().any(|g| g.id == *id)));
            view! {
                <Section title=if id.is_some() { Key::SkillsEditGap } else { Key::SkillsAddGap }>
                    <GapForm editing=id on_done=Callback::new(move |saved: Option<Id>| {
                        // Setting it again would rebuild the whole form after each add.
                        if editing.get_untracked().is_some() {
                            editing.set(None);
                        }
                        if saved.is_some() {
                            last_saved.set(saved);
                        }
                    }) />
                </Section>
            }
        }}
        </Deferred>
    }
}

/// One skill gap: its if-then plan first, then level progress, date and status.
#[component]
fn GapCard(id: Id, editing: RwSignal<Option<Id>>) -> impl IntoView {
    let app = use_app();
    // The card is built again when the gap changes, but not for a change of status alone:
    // the status select, the done mark and the progress follow it in place (a rebuild of
    // the whole card cost about 140 DOM calls per status change).
    let gap = Memo::new(move |_| {
        app.with(|p| {
            p.skill_gaps.iter().find(|g| g.id == id).map(|g| SkillGap {
                status: GapStatus::NotStarted,
                current_level: 0,
                ..g.clone()
            })
        })
    });
    // Done raises the current level to the target, so the level follows in place too.
    let progress = Memo::new(move |_| {
        app.with(|p| {
            p.skill_gaps
                .iter()
                .find(|g| g.id == id)
                .map(|g| (g.status, g.current_level, g.progress_percent()))
        })
    });
    let status = move || progress.get().map(|(status, _, _)| status);
    let is_done = move || status() == Some(GapStatus::Done);
    let from = Memo::new(move |_| {
        app.with(|p| {
            let source = p.skill_gaps.iter().find(|g| g.id == id)?.source?;
            p.rejection(source.rejection).map(|r| {
                Phrase::said(
                    Key::SkillsFromFeedback,
                    vec![("company", Arg::Theirs(r.company.clone()))],
                )
            })
        })
    });
    let status_id = unique_id("gap-status");
    let problem = ActionError::new();
    let remove = move |_| {
        let name = gap.get_untracked().map(|g| g.skill).unwrap_or_default();
        if browser::confirm(&tf(
            Key::SkillsConfirmRemove,
            &[("skill", Arg::Theirs(name))],
        )) {
            problem.take(app.change(move |p| p.remove_skill_gap(id)));
        }
    };
    move || {
        let Some(g) = gap.get() else {
            return ().into_any();
        };
        let today = app.today();
        // Not done (the memo leaves the status out): whether the date has passed.
        let past_date = g.is_overdue(today);
        let status_id = status_id.clone();
        view! {
            <li class="item" class:is-done=is_done>
                <h3 class="item-title" dir="auto">{g.skill.clone()}</h3>
                <ReviewNotes about=ItemRef::SkillGap(id) />
                {move || is_done().then(|| view! {
                    <p class="confirm">{tr(Key::SkillsClosed)}</p>
                })}
                // The next action first: an if-then plan is what gets it done.
                {g.if_then().map(|plan| view! { <p class="if-then"><Words phrase=plan /></p> })}
                <p class="meta">
                    <Tag text=Phrase::said(Key::TagPriority, vec![("priority", Arg::key(g.priority.label()))]) tone=if g.priority == Priority::High { "warn" } else { "soft" } />
                    <Tag text=g.category.label() tone="soft" />
                    <Tag text=g.method.label() tone="soft" />
                    {move || (past_date && !is_done()).then(|| view! { <Tag text=Key::TagDatePassed tone="soft" /> })}
                </p>
                {
                    // Built again alone when the language changes, not the whole card.
                    let skill = g.skill.clone();
                    move || {
                        let label = words::phrase(Key::SkillsProgressLabel, &[("skill", Arg::Theirs(skill.clone()))]).plain();
                        view! { <ProgressBar label=label percent=Signal::derive(move || progress.get().map_or(0, |(_, _, percent)| percent)) /> }
                    }
                }
                <p class="meta">
                    {move || tf(Key::SkillsLevelLine, &[("current", Arg::Count(i64::from(progress.get().map_or(0, |(_, level, _)| level)))), ("target", Arg::Count(i64::from(g.target_level))), ("word", Arg::key(LEVEL_WORDS[usize::from(g.target_level.clamp(1, 5) - 1)]))])}
                    {g.target_date.map(|d| {
                        let countdown = crate::core::insights::countdown_label(today, d);
                        move || tf(Key::SkillsByDate, &[("date", Arg::Date(d)), ("countdown", Arg::Said(countdown.clone()))])
                    })}
                    {g.cost.map(|c| move || tf(Key::SkillsCost, &[("cost", Arg::Count(i64::from(c)))]))}
                </p>
                {(!g.evidence.is_empty()).then(|| view! { <p class="meta"><Words phrase=Phrase::said(Key::SkillsWhy, vec![("evidence", Arg::Theirs(g.evidence.clone()))]) /></p> })}
                {move || from.get().map(|f| view! { <a class="linked meta" href=Screen::Feedback.href()><Words phrase=f /></a> })}
                <div class="actions">
                    <div class="field compact">
                        <label for=status_id.clone()><Words phrase=Phrase::said(Key::SkillsStatusOf, vec![("skill", Arg::Theirs(g.skill.clone()))]) /></label>
                        <select
                            id=status_id.clone()
                            prop:value=move || status().map(GapStatus::slug)
                            on:change=move |ev| {
                                if let Some(s) = GapStatus::from_slug(&event_target_value(&ev)) {
                                    problem.take(app.change(move |p| p.set_gap_status(id, s)));
                                }
                            }
                        >
                            {GapStatus::ALL.iter().map(|s| view! {
                                <option value=s.slug() selected=progress.get_untracked().map(|(status, _, _)| status) == Some(*s)>{tr(s.label())}</option>
                            }).collect_view()}
                        </select>
                    </div>
                    <button type="button" class="button subtle" on:click=move |_| { editing.set(Some(id)); browser::focus_element("gap-skill-field"); }>{tr(Key::SkillsEdit)}</button>
                    <button type="button" class="button subtle danger" on:click=remove aria-label={
                        let skill = g.skill.clone();
                        move || words::phrase(Key::SkillsRemoveLabel, &[("skill", Arg::Theirs(skill.clone()))]).plain()
                    }>{tr(Key::SkillsRemove)}</button>
                </div>
                <ActionProblem error=problem />
            </li>
        }
        .into_any()
    }
}

/// The form to add or edit a gap.
///
/// - `editing`: the gap to change, or `None` to add one.
/// - `on_done`: called with the saved gap's id after a successful save, or with `None`
///   when editing is cancelled.
#[component]
fn GapForm(editing: Option<Id>, on_done: Callback<Option<Id>>) -> impl IntoView {
    let app = use_app();
    let existing = editing.and_then(|id| {
        app.plan
            .with_untracked(|p| p.skill_gaps.iter().find(|g| g.id == id).cloned())
    });
    let e = existing.as_ref();
    // Typed text is kept per form: the new gap, or the one being edited.
    let drafts_of = match editing {
        Some(id) => Form::EditGap(id),
        None => Form::NewGap,
    };
    let key = |field: &str| drafts_of.key(field);
    let text = |field: &str, saved: Option<&String>| {
        draft_text(app, key(field), saved.cloned().unwrap_or_default())
    };
    let skill = text("skill", e.map(|g| &g.skill));
    let category = draft_choice(
        app,
        key("category"),
        e.map(|g| g.category).unwrap_or(SkillCategory::Technical),
    );
    let evidence = text("evidence", e.map(|g| &g.evidence));
    let priority = draft_choice(
        app,
        key("priority"),
        e.map(|g| g.priority).unwrap_or(Priority::Medium),
    );
    let current = draft_scale(
        app,
        key("current"),
        Some(e.map(|g| g.current_level).unwrap_or(1)),
    );
    let target = draft_scale(
        app,
        key("target"),
        Some(e.map(|g| g.target_level).unwrap_or(3)),
    );
    let method = draft_choice(
        app,
        key("method"),
        e.map(|g| g.method).unwrap_or(Method::Course),
    );
    let cost = draft_text(
        app,
        key("cost"),
        e.and_then(|g| g.cost)
            .map(|c| c.to_string())
            .unwrap_or_default(),
    );
    let date = draft_text(
        app,
        key("date"),
        e.and_then(|g| g.target_date)
            .map(dates::iso)
            .unwrap_or_default(),
    );
    let if_cue = text("if", e.map(|g| &g.if_cue));
    let then_action = text("then", e.map(|g| &g.then_action));
    let form = FormState::new();
    // Kept as a message, so it follows a change of language while it shows.
    let cost_error = RwSignal::new(None::<Key>);

    let submit = move |confirmed: bool| {
        let cost_text = cost.get_untracked();
        let cost_value = match cost_text.trim() {
            "" => None,
            t => match t.parse::<u32>() {
                Ok(v) => Some(v),
                Err(_) => {
                    cost_error.set(Some(Key::SkillsCostNotWhole));
                    return;
                }
            },
        };
        cost_error.set(None);
        let draft = SkillGapDraft {
            skill: skill.get_untracked(),
            category: category.get_untracked(),
            evidence: evidence.get_untracked(),
            priority: priority.get_untracked(),
            current_level: current.get_untracked().unwrap_or(1),
            target_level: target.get_untracked().unwrap_or(3),
            method: method.get_untracked(),
            cost: cost_value,
            target_date: dates::parse_iso_date(&date.get_untracked()),
            if_cue: if_cue.get_untracked(),
            then_action: then_action.get_untracked(),
        };
        let result = app.change(move |p| {
            let id = match editing {
                Some(id) => p.update_skill_gap(id, &draft, confirmed).map(|_| id),
                None => p.add_skill_gap(&draft, confirmed),
            }?;
            p.clear_drafts(drafts_of);
            Ok(id)
        });
        if let Some(saved) = form.take(result) {
            skill.set(String::new());
            evidence.set(String::new());
            cost.set(String::new());
            date.set(String::new());
            if_cue.set(String::new());
            then_action.set(String::new());
            on_done.run(Some(saved));
        }
    };
    view! {
        <form class="form" novalidate on:submit=move |ev| { ev.prevent_default(); submit(false); }>
            <div id="gap-skill-field" tabindex="-1">
                <TextField label=Key::SkillsLabelSkill value=skill required=true error=form.field(Field::Skill) />
            </div>
            <fieldset class="field if-then-fields">
                <legend>{tr(Key::SkillsIfThenLegend)}</legend>
                <p class="hint">{tr(Key::SkillsIfThenHint)}</p>
                <TextField label=Key::SkillsLabelIf value=if_cue placeholder=Key::SkillsPlaceholderItIsSaturdayMorning error=form.field(Field::IfPart) />
                <TextField label=Key::SkillsLabelThenI value=then_action placeholder=Key::SkillsPlaceholderDoOneModule error=form.field(Field::ThenPart) />
            </fieldset>
            <div class="form-row">
                <ChoiceSelect label=Key::SkillsLabelSkillCategory value=category />
                <ChoiceSelect label=Key::SkillsLabelPriority value=priority />
            </div>
            <TextArea label=Key::SkillsLabelWhatShowedThisGap value=evidence hint=Key::SkillsHintWhatShowedGap rows=2 error=form.field(Field::Evidence) />
            <ScalePicker legend=Key::SkillsLegendCurrentLevel value=current words=LEVEL_WORDS />
            <ScalePicker legend=Key::SkillsLegendTargetLevel value=target words=LEVEL_WORDS />
            <div class="form-row">
                <ChoiceSelect label=Key::SkillsLabelHowToCloseIt value=method />
                <TextField label=Key::SkillsLabelCost value=cost kind="number" hint=Key::SkillsHintOptionalInYourCurrency error=Signal::derive(move || cost_error.get().map(t)) />
                <TextField label=Key::SkillsLabelTargetDate value=date kind="date" />
            </div>
            <FormProblems form=form on_confirm=Callback::new(move |_| submit(true)) />
            <div class="actions">
                <button type="submit" class="button primary">{tr(if editing.is_some() { Key::SkillsSubmitSave } else { Key::SkillsSubmitAdd })}</button>
                {editing.is_some().then(|| view! {
                    <button type="button" class="button subtle" on:click=move |_| {
                        app.change(move |p| p.clear_drafts(drafts_of));
                        on_done.run(None);
                    }>{tr(Key::SkillsCancel)}</button>
                })}
            </div>
        </form>
    }
}
