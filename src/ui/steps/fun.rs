//! Step 4: plan one enjoyable thing soon (Rebound suggests the next two days).

use crate::core::words::{at_time, Arg, Key};
use crate::ui::words::{phrase, t, tf, tr};
use chrono::{Duration, NaiveDateTime, NaiveTime};
use leptos::prelude::*;

use crate::core::dates;
use crate::core::insights::fun_title;
use crate::core::item::Form;
use crate::core::plan::{Field, FunDraft, Id};
use crate::core::review::ItemRef;
use crate::core::steps::Screen;
use crate::ui::state::use_app;
use crate::ui::widgets::*;
use crate::web::{browser, clock};

/// A few ideas to tap when nothing comes to mind, most of them free. ("A game night" is
/// tapped by the journey tests.)
const SUGGESTIONS: [Key; 7] = [
    Key::FunIdeaWalk,
    Key::FunIdeaCall,
    Key::FunIdeaGoodAt,
    Key::FunIdeaMatters,
    Key::FunIdeaCook,
    Key::FunIdeaGameNight,
    Key::FunIdeaFilm,
];

/// The fun step.
#[component]
pub fn FunStep() -> impl IntoView {
    let app = use_app();
    let ids = plan_memo(app, move |p| {
        let mut list: Vec<(NaiveDateTime, Id)> = p.fun.iter().map(|f| (f.when, f.id)).collect();
        crate::core::order::sort_by(&mut list, Ord::cmp);
        list.into_iter().map(|(_, id)| id).collect::<Vec<_>>()
    });
    view! {
        <ScreenHeader
            screen=Screen::Fun
            lead=Key::LeadFun
        />
        <Section title=Key::FunTitlePlanned>
            {move || ids.with(Vec::is_empty).then(|| view! {
                <EmptyState text=Key::FunEmpty />
            })}
            <ul class="item-list">
                <For each=move || ids.get() key=|id| *id children=|id| view! { <FunCard id=id /> } />
            </ul>
        </Section>
        <Deferred>
            <Section title=Key::FunTitlePlan>
                <FunForm />
            </Section>
        </Deferred>
    }
}

/// The form to plan something, with suggestions. The day-one path shows it too; both
/// keep the same drafts.
///
/// - `compact`: leaves out the mood question (the day-one path asks it once, below).
#[component]
pub fn FunForm(#[prop(optional)] compact: bool) -> impl IntoView {
    let app = use_app();
    let tomorrow_evening = || {
        dates::local_date_time(
            (clock::today() + Duration::days(1))
                .and_time(NaiveTime::from_hms_opt(18, 0, 0).unwrap_or_default()),
        )
    };
    let what = draft_text(app, Form::NewFun.key("what"), "");
    let with_whom = draft_text(app, Form::NewFun.key("with"), "");
    let when = draft_text(app, Form::NewFun.key("when"), tomorrow_evening());
    let mood = draft_scale(app, Form::NewFun.key("mood"), None);
    let form = FormState::new();
    let when_error = RwSignal::new(None::<Key>);
    let submit = move |confirmed: bool| {
        let Some(at) = dates::parse_local_date_time(&when.get_untracked()) else {
            when_error.set(Some(Key::FunPickTime));
            return;
        };
        when_error.set(None);
        let draft = FunDraft {
            what: what.get_untracked(),
            with_whom: with_whom.get_untracked(),
            when: at,
            mood_before: mood.get_untracked(),
        };
        let now = clock::now();
        if form
            .take(app.change(move |p| p.plan_fun(&draft, now, confirmed)))
            .is_some()
        {
            what.set(String::new());
            with_whom.set(String::new());
            mood.set(None);
            when.set(tomorrow_evening());
        }
    };
    view! {
        <div class="suggestions">
            <p class="meta">{tr(Key::FunIdeas)}</p>
            <ul class="chips">
                {SUGGESTIONS.into_iter().map(|idea| view! {
                    <li><button type="button" class="chip" on:click=move |_| what.set(t(idea))>{tr(idea)}</button></li>
                }).collect_view()}
            </ul>
        </div>
        <form class="form" novalidate on:submit=move |ev| { ev.prevent_default(); submit(false); }>
            <TextField label=Key::FunLabelWhat value=what required=true error=form.field(Field::FunPlan) />
            <div class="form-row">
                <TextField label=Key::FunLabelWithWhom value=with_whom hint=Key::FunHintOptional error=form.field(Field::FunWho) />
                <TextField label=Key::FunLabelWhen value=when kind="datetime-local" error=Signal::derive(move || when_error.get().map(t)) />
            </div>
            {(!compact).then(|| view! { <ScalePicker legend=Key::FunLegendMoodBefore value=mood words=MOOD_WORDS /> })}
            <FormProblems form=form on_confirm=Callback::new(move |_| submit(true)) />
            <button type="submit" class="button primary">{tr(Key::FunPlanIt)}</button>
        </form>
    }
}

/// One fun plan, with a way to mark it done and say how it felt. Once its time has
/// passed it asks whether it happened, never calling it overdue.
#[component]
fn FunCard(id: Id) -> impl IntoView {
    let app = use_app();
    let fun = plan_memo(app, move |p| p.fun.iter().find(|f| f.id == id).cloned());
    let mood_after = draft_scale(app, Form::FunAfter(id).key("mood_after"), None);
    let finishing = draft_flag(app, Form::FunAfter(id).key("finishing"));
    let moving = draft_flag(app, Form::FunAfter(id).key("moving"));
    let new_time = draft_text(
        app,
        Form::FunAfter(id).key("when"),
        dates::local_date_time(
            (clock::today() + Duration::days(1))
                .and_time(NaiveTime::from_hms_opt(18, 0, 0).unwrap_or_default()),
        ),
    );
    let time_error = RwSignal::new(None::<Key>);
    let problem = ActionError::new();
    let move_it = move |_| {
        let Some(at) = dates::parse_local_date_time(&new_time.get_untracked()) else {
            time_error.set(Some(Key::FunPickTime));
            return;
        };
        time_error.set(None);
        if problem
            .take(app.change(move |p| p.move_fun(id, at)))
            .is_some()
        {
            moving.set(false);
        }
    };
    move || {
        let Some(f) = fun.get() else {
            return ().into_any();
        };
        let today = app.today();
        let title = fun_title(&f.what, &f.with_whom);
        // Names for a screen reader: the plan's words as written, not isolated.
        let named = |key: Key| phrase(key, &[("title", Arg::Said(title.clone()))]).plain();
        let done_label = named(Key::FunMarkDoneNamed);
        let happened_label = named(Key::FunItHappenedNamed);
        let word = |mood: u8| Arg::key(MOOD_WORDS[usize::from(mood.clamp(1, 5) - 1)]);
        let mood_line = match (f.mood_before, f.mood_after) {
            (Some(b), Some(a)) => Some(tf(
                Key::FunMoodBeforeAfter,
                &[("before", word(b)), ("after", word(a))],
            )),
            (Some(b), None) => Some(tf(Key::FunMoodBefore, &[("before", word(b))])),
            (None, Some(a)) => Some(tf(Key::FunMoodAfter, &[("after", word(a))])),
            (None, None) => None,
        };
        view! {
            <li class="item" class:is-done=f.done>
                <h3 class="item-title"><Words phrase=title /></h3>
                <ReviewNotes about=ItemRef::Fun(id) />
                <p class="meta">
                    {tf(Key::FunWhen, &[("date", Arg::Date(f.when.date())), at_time(f.when.time()), ("countdown", Arg::Said(crate::core::insights::countdown_label(today, f.when.date())))])}
                    {f.done.then(|| view! { " " <Tag text=Key::TagDone tone="good" /> })}
                </p>
                {mood_line.map(|m| view! { <p class="meta">{m}</p> })}
                {if f.done {
                    view! { <p class="confirm">{tr(Key::FunDoneNote)}</p> }.into_any()
                } else if finishing.get() {
                    view! {
                        <ScalePicker legend=Key::FunLegendMoodAfter value=mood_after words=MOOD_WORDS />
                        <div class="actions">
                            <button type="button" class="button primary" on:click=move |_| if problem.take(app.change(move |p| p.complete_fun(id, mood_after.get_untracked()))).is_some() { finishing.set(false); }>{tr(Key::FunSaveDone)}</button>
                            <button type="button" class="button subtle" on:click=move |_| finishing.set(false)>{tr(Key::FunCancel)}</button>
                        </div>
                    }.into_any()
                } else if moving.get() {
                    view! {
                        <TextField label=Key::FunLabelNewTime value=new_time kind="datetime-local" error=Signal::derive(move || time_error.get().map(t)) />
                        <div class="actions">
                            <button type="button" class="button primary" on:click=move_it>{tr(Key::FunSaveTime)}</button>
                            <button type="button" class="button subtle" on:click=move |_| moving.set(false)>{tr(Key::FunCancel)}</button>
                        </div>
                    }.into_any()
                } else if f.when < clock::now() {
                    view! {
                        <p class="due">{tr(Key::FunDidItHappen)}</p>
                        <div class="actions">
                            <button type="button" class="button primary" on:click=move |_| finishing.set(true) aria-label=happened_label.clone()>{tr(Key::FunItHappened)}</button>
                            <button type="button" class="button" on:click=move |_| moving.set(true)>{tr(Key::FunNotYet)}</button>
                            <button type="button" class="button subtle" on:click=move |_| if browser::confirm(&t(Key::FunLetGoConfirm)) { problem.take(app.change(move |p| p.remove_fun(id))); }>{tr(Key::FunLetGo)}</button>
                        </div>
                    }.into_any()
                } else {
                    view! {
                        <div class="actions">
                            <button type="button" class="button" on:click=move |_| finishing.set(true) aria-label=done_label.clone()>{tr(Key::FunMarkDone)}</button>
                            <button type="button" class="button subtle" on:click=move |_| moving.set(true)>{tr(Key::FunMove)}</button>
                            <button type="button" class="button subtle danger" on:click=move |_| if browser::confirm(&t(Key::FunRemoveConfirm)) { problem.take(app.change(move |p| p.remove_fun(id))); }>{tr(Key::FunRemove)}</button>
                        </div>
                    }.into_any()
                }}
                <ActionProblem error=problem />
            </li>
        }
        .into_any()
    }
}
