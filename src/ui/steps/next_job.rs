//! Step 6: the next applications and interviews, and a preparation checklist.

use leptos::prelude::*;

use chrono::NaiveDate;

use crate::core::words::{at_time, Arg, Key, Phrase};
use crate::ui::words::{t, tf, tr};

use crate::core::dates;
use crate::core::insights::{applications_this_week, prep_checklist, PrepSource};
use crate::core::item::Form;
use crate::core::plan::{AppKind, ApplicationDraft, Field, Id};
use crate::core::review::ItemRef;
use crate::core::steps::Screen;
use crate::ui::state::use_app;
use crate::ui::widgets::*;

/// The next-job step.
#[component]
pub fn NextJobStep() -> impl IntoView {
    let last_added = RwSignal::new(None::<Id>);
    view! {
        <ScreenHeader
            screen=Screen::NextJob
            lead=Key::LeadNextJob
        />
        <WeeklyRhythm />
        <Deferred>
            <Upcoming last_added=last_added />
            <AddApplication last_added=last_added />
            <PrepChecklist />
        </Deferred>
    }
}

/// The weekly search rhythm as an if-then plan, and a plain count of this week's
/// applications.
#[component]
fn WeeklyRhythm() -> impl IntoView {
    let app = use_app();
    let saved = app.plan.with_untracked(|p| p.search_rhythm.clone());
    let if_cue = draft_text(app, Form::Rhythm.key("if"), saved.if_cue);
    let then_action = draft_text(app, Form::Rhythm.key("then"), saved.then_action);
    let sentence = plan_memo(app, |p| p.search_rhythm.sentence());
    let this_week = plan_memo(app, move |p| applications_this_week(p, app.today()));
    let form = FormState::new();
    let done = RwSignal::new(false);
    let save = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let (cue, action) = (if_cue.get_untracked(), then_action.get_untracked());
        done.set(
            form.take(app.change(move |p| {
                p.set_search_rhythm(&cue, &action)?;
                p.clear_drafts(Form::Rhythm);
                Ok(())
            }))
            .is_some(),
        );
    };
    view! {
        <Section title=Key::NextJobTitleYourWeeklyRhythm>
            <p class="hint">{tr(Key::NextJobRhythmHint)}</p>
            {move || sentence.get().map(|s| view! { <p class="if-then"><Words phrase=s /></p> })}
            <form class="form" novalidate on:submit=save>
                <TextField label=Key::NextJobLabelIf value=if_cue placeholder=Key::NextJobPlaceholderIf error=form.field(Field::IfPart) />
                <TextField label=Key::NextJobLabelThenI value=then_action placeholder=Key::NextJobPlaceholderThen error=form.field(Field::ThenPart) />
                <button type="submit" class="button">{tr(Key::NextJobSaveRhythm)}</button>
                <p class="confirm" role="status">{move || done.get().then(|| t(Key::NextJobRhythmSaved))}</p>
            </form>
            // A plain count once there is something to count; no bare zero.
            {move || match this_week.get() {
                0 => None,
                n => Some(view! { <p class="meta">{move || tf(Key::NextJobThisWeek, &[("count", Arg::Count(n as i64))])}</p> }),
            }}
        </Section>
    }
}

/// Upcoming applications and interviews with a countdown; past ones below.
///
/// - `last_added`: the application added last, shown even when it sorts beyond the first
///   page.
#[component]
fn Upcoming(last_added: RwSignal<Option<Id>>) -> impl IntoView {
    let app = use_app();
    let upcoming = plan_memo(app, move |p| {
        p.upcoming(app.today()).iter().map(|a| a.id).collect()
    });
    let past = plan_memo(app, move |p| {
        let today = app.today();
        let mut past: Vec<_> = p
            .applications
            .iter()
            .filter(|a| a.date < today)
            .map(|a| (a.date, a.id))
            .collect();
        crate::core::order::sort_by(&mut past, |a, b| b.cmp(a));
        past.into_iter().map(|(_, id)| id).collect::<Vec<Id>>()
    });
    // Built again only when the list appears or goes, not on every change to it.
    let has_past = Memo::new(move |_| !past.with(Vec::is_empty));
    view! {
        <Section title=Key::NextJobTitleComingUp>
            {move || upcoming.with(Vec::is_empty).then(|| view! {
                <EmptyState text=Key::NextJobTextNothingDatedYet />
            })}
            <PagedList
                items=upcoming
                showing=Key::NextJobShowingUpcoming
                reveal=last_added
                row=|id| view! { <ApplicationCard id=id /> }
            />
            {move || has_past.get().then(|| view! {
                <h3>{tr(Key::NextJobEarlier)}</h3>
                <PagedList
                    items=past
                    showing=Key::NextJobShowingEarlier
                    class="item-list compact"
                    row=|id| view! { <ApplicationCard id=id /> }
                />
            }.into_any())}
        </Section>
    }
}

/// One application or interview.
#[component]
fn ApplicationCard(id: Id) -> impl IntoView {
    let app = use_app();
    let item = plan_memo(app, move |p| {
        p.applications.iter().find(|a| a.id == id).cloned()
    });
    let problem = ActionError::new();
    move || {
        let Some(a) = item.get() else {
            return ().into_any();
        };
        let today = app.today();
        let days = dates::days_until(today, a.date).max(0);
        let date = a.date;
        let time = a.time;
        let countdown = countdown(today, a.date);
        let title = Phrase::said(
            Key::NextJobRoleAtCompany,
            vec![
                ("role", Arg::Theirs(a.role.clone())),
                ("company", Arg::Theirs(a.company.clone())),
            ],
        );
        let remove_label = tf(
            Key::NextJobRemoveApplication,
            &[
                ("role", Arg::Theirs(a.role.clone())),
                ("company", Arg::Theirs(a.company.clone())),
            ],
        );
        view! {
            <li class="item">
                <div class="countdown" aria-hidden="true">
                    <span class="count">{move || crate::ui::words::current().number(days)}</span>
                    <span class="unit">{move || tf(Key::NextJobCountdownUnit, &[("count", Arg::Count(days))])}</span>
                </div>
                <h3 class="item-title"><Words phrase=title /></h3>
                <ReviewNotes about=ItemRef::Application(id) />
                <p class="meta">
                    <Tag text=a.kind.label() tone=if a.kind == AppKind::Interview { "good" } else { "soft" } />
                    " "
                    {move || {
                        let (date, countdown) = (("date", Arg::Date(date)), ("countdown", countdown.clone()));
                        match &time {
                            Some(time) => tf(Key::NextJobWhenAt, &[date, at_time(*time), countdown]),
                            None => tf(Key::NextJobWhen, &[date, countdown]),
                        }
                    }}
                </p>
                {(!a.note.is_empty()).then(|| view! { <p class="item-text" dir="auto">{a.note.clone()}</p> })}
                <RemoveButton label=remove_label on_remove=Callback::new(move |_| { problem.take(app.change(move |p| p.remove_application(id))); }) />
                <ActionProblem error=problem />
            </li>
        }
        .into_any()
    }
}

/// The form to add an application or interview.
///
/// - `last_added`: set to the new application's id after it is added.
#[component]
fn AddApplication(last_added: RwSignal<Option<Id>>) -> impl IntoView {
    let app = use_app();
    let company = draft_text(app, Form::NewApplication.key("company"), "");
    let role = draft_text(app, Form::NewApplication.key("role"), "");
    let kind = draft_choice(app, Form::NewApplication.key("kind"), AppKind::Interview);
    let date = draft_text(app, Form::NewApplication.key("date"), "");
    let time = draft_text(app, Form::NewApplication.key("time"), "");
    let note = draft_text(app, Form::NewApplication.key("note"), "");
    let form = FormState::new();
    // Kept as a message, so it follows a change of language.
    let date_error = RwSignal::new(None::<Key>);
    let submit = move |confirmed: bool| {
        let Some(day) = dates::parse_iso_date(&date.get_untracked()) else {
            date_error.set(Some(Key::NextJobPickDate));
            return;
        };
        date_error.set(None);
        let draft = ApplicationDraft {
            company: company.get_untracked(),
            role: role.get_untracked(),
            kind: kind.get_untracked(),
            date: day,
            time: dates::parse_hhmm(&time.get_untracked()),
            note: note.get_untracked(),
        };
        let today = app.today.get_untracked();
        if let Some(added) = form.take(app.change(move |p| {
            let id = p.add_application(&draft, today, confirmed)?;
            p.clear_drafts(Form::NewApplication);
            Ok(id)
        })) {
            last_added.set(Some(added));
            company.set(String::new());
            role.set(String::new());
            date.set(String::new());
            time.set(String::new());
            note.set(String::new());
        }
    };
    view! {
        <Section title=Key::NextJobTitleAddApplication>
            <form class="form" novalidate on:submit=move |ev| { ev.prevent_default(); submit(false); }>
                <div class="form-row">
                    <TextField label=Key::NextJobLabelCompany value=company required=true error=form.field(Field::Company) />
                    <TextField label=Key::NextJobLabelRole value=role required=true error=form.field(Field::Role) />
                </div>
                <ChoiceSelect label=Key::NextJobLabelWhatIsIt value=kind />
                <div class="form-row">
                    <TextField label=Key::NextJobLabelDate value=date kind="date" required=true error=Signal::derive(move || date_error.get().map(t)) />
                    <TextField label=Key::NextJobLabelTime value=time kind="time" hint=Key::NextJobHintOptional />
                </div>
                <TextArea label=Key::NextJobLabelNotes value=note rows=2 error=form.field(Field::Note) />
                <FormProblems form=form on_confirm=Callback::new(move |_| submit(true)) />
                <button type="submit" class="button primary">{tr(Key::NextJobAddToPlan)}</button>
            </form>
        </Section>
    }
}

/// The preparation checklist: the basics plus actions from feedback and skill gaps.
#[component]
fn PrepChecklist() -> impl IntoView {
    let app = use_app();
    let items = plan_memo(app, prep_checklist);
    let problem = ActionError::new();
    view! {
        <Section title=Key::NextJobTitlePreparationChecklist>
            <p class="hint">{tr(Key::NextJobChecklistHint)}</p>
            <p class="meta">{move || {
                let list = items.get();
                match list.iter().filter(|i| i.done).count() {
                    0 => t(Key::NextJobChecklistNoneReady),
                    ready => tf(
                        Key::NextJobChecklistReady,
                        &[("ready", Arg::Count(ready as i64)), ("total", Arg::Count(list.len() as i64))],
                    ),
                }
            }}</p>
            <PagedList
                items=positions(items)
                showing=Key::NextJobShowingChecklist
                class="checklist"
                row=move |at: usize| {
                    // The row is built again only when the item at its place changes, not
                    // when it is ticked: the checkbox keeps focus.
                    let item = Memo::new(move |_| {
                        items.with(|l| l.get(at).map(|i| (i.key.clone(), i.text.clone(), i.source)))
                    });
                    move || {
                        let Some((key, text, source)) = item.get() else {
                            return ().into_any();
                        };
                        let done = {
                            let key = key.clone();
                            plan_memo(app, move |p| p.is_prep_done(&key))
                        };
                        let own = (source == PrepSource::Own)
                            .then(|| key.strip_prefix("own:").and_then(|id| id.parse::<Id>().ok()))
                            .flatten();
                        let about = ItemRef::Prep(key.clone());
                        let remove_label = tf(Key::NextJobRemovePrep, &[("item", Arg::Said(text.clone()))]);
                        let source = match source {
                            PrepSource::Basics | PrepSource::Own => None,
                            PrepSource::Feedback => Some((Screen::Feedback, Key::NextJobFromFeedback)),
                            PrepSource::SkillGap => Some((Screen::Skills, Key::NextJobFromSkillGaps)),
                        };
                        view! {
                            <li class="check-row" class:is-done=move || done.get()>
                                <label class="check">
                                    <input
                                        type="checkbox"
                                        prop:checked=move || done.get()
                                        on:change=move |ev| { let done = event_target_checked(&ev); let key = key.clone(); app.change(move |p| p.set_prep_done(&key, done)); }
                                    />
                                    <span><Words phrase=text /></span>
                                </label>
                                {source.map(|(screen, label)| view! { <a class="linked meta" href=screen.href()>{tr(label)}</a> })}
                                {own.map(|id| view! {
                                    <RemoveButton label=remove_label on_remove=Callback::new(move |_| { problem.take(app.change(move |p| p.remove_own_prep(id))); }) />
                                })}
                                <ReviewNotes about=about />
                            </li>
                        }
                        .into_any()
                    }
                }
            />
            <ActionProblem error=problem />
        </Section>
    }
}

/// The countdown to `date` ("in 3 days"), as the core's `countdown_label` says it.
fn countdown(today: NaiveDate, date: NaiveDate) -> Arg {
    Arg::Said(crate::core::insights::countdown_label(today, date))
}
