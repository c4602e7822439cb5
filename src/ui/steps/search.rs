//! Step 2: check that the roles you aim at fit your skills and level, reflect on what the
//! no was about, and list changes to the search.

use leptos::prelude::*;

use crate::core::words::{Arg, Key, Phrase};
use crate::ui::words::{self, t, tf, tr};

use crate::core::insights::{role_match, LevelFit};
use crate::core::item::Form;
use crate::core::plan::{Cause, Field, Id, Level, RoleDraft, SkillGapDraft};
use crate::core::review::ItemRef;
use crate::core::steps::Screen;
use crate::ui::state::use_app;
use crate::ui::widgets::*;
use crate::web::browser;

/// Ready-made changes a person can add with one tap, in the language in use: once added,
/// the words are the person's own.
const SUGGESTED_CHANGES: [Key; 5] = [
    Key::SearchIdeaLowerLevel,
    Key::SearchIdeaWiderArea,
    Key::SearchIdeaMustHaves,
    Key::SearchIdeaCvLookOver,
    Key::SearchIdeaTailorCv,
];

/// The search step.
#[component]
pub fn SearchStep() -> impl IntoView {
    view! {
        <ScreenHeader
            screen=Screen::Search
            lead=Key::LeadSearch
        />
        <WaitsForFeedback />
        <Reflection />
        <Deferred>
            <Profile />
            <Roles />
            <Changes />
        </Deferred>
    }
}

/// Was it the competition, or a level or area mismatch?
#[component]
fn Reflection() -> impl IntoView {
    let app = use_app();
    let current = plan_memo(app, move |p| {
        p.current_rejection().map(|r| (r.id, r.title()))
    });
    move || {
        let Some((id, title)) = current.get() else {
            return ().into_any();
        };
        let existing = app
            .plan
            .with_untracked(|p| p.rejection(id).map(|r| r.reflection.clone()))
            .unwrap_or_default();
        let cause = RwSignal::new(existing.cause.unwrap_or(Cause::NotSure));
        let note = RwSignal::new(existing.note);
        // Saved as the person chooses and types; a refusal (too long) shows under the note.
        let problem = ActionError::new();
        Effect::new(move |first: Option<()>| {
            let (c, n) = (cause.get(), note.get());
            if first.is_some() {
                problem.take(app.change(move |p| p.set_reflection(id, Some(c), &n)));
            }
        });
        view! {
            <Section title=Key::SearchTitleWhatWasItAbout>
                <p class="hint"><Words phrase=Phrase::said(Key::SearchThinkingAbout, vec![("rejection", Arg::Said(title))]) /></p>
                <ChoiceRadios legend=Key::SearchLegendMostly value=cause />
                <TextArea label=Key::SearchLabelWhyDoYouThink value=note rows=2 error=problem.message() />
                {move || t(match cause.get() {
                    Cause::Competition => Key::SearchCauseCompetitionAdvice,
                    Cause::Level => Key::SearchCauseLevelAdvice,
                    Cause::Area => Key::SearchCauseAreaAdvice,
                    Cause::NotSure => Key::SearchCauseNotSureAdvice,
                })}
            </Section>
        }
        .into_any()
    }
}

/// The person's own skills and level, used for the match check.
#[component]
fn Profile() -> impl IntoView {
    let app = use_app();
    let (skills, level) = app
        .plan
        .with_untracked(|p| (p.profile.skills.join(", "), p.profile.level));
    let skills = draft_text(app, Form::Profile.key("skills"), skills);
    let level = draft_choice(app, Form::Profile.key("level"), level.unwrap_or(Level::Mid));
    let saved = RwSignal::new(false);
    let save = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let (s, l) = (skills.get_untracked(), level.get_untracked());
        app.change(move |p| p.save_profile(&s, Some(l)));
        saved.set(true);
    };
    view! {
        <Section title=Key::SearchTitleYourSkillsAndExperience>
            <form class="form" on:submit=save>
                <TextArea label=Key::SearchLabelYourSkills value=skills hint=Key::SearchHintYourSkills rows=2 />
                <ChoiceSelect label=Key::SearchLabelYourLevel value=level />
                <button type="submit" class="button">{tr(Key::SearchSaveSkills)}</button>
                <p class="confirm" role="status">{move || saved.get().then(|| t(Key::SearchSkillsSaved))}</p>
            </form>
        </Section>
    }
}

/// Target roles with a match check.
#[component]
fn Roles() -> impl IntoView {
    let app = use_app();
    let title = draft_text(app, Form::NewRole.key("title"), "");
    let area = draft_text(app, Form::NewRole.key("area"), "");
    let level = draft_choice(
        app,
        Form::NewRole.key("level"),
        app.plan
            .with_untracked(|p| p.profile.level.unwrap_or(Level::Mid)),
    );
    let requirements = draft_text(app, Form::NewRole.key("requirements"), "");
    let form = FormState::new();
    let add = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let draft = RoleDraft {
            title: title.get_untracked(),
            area: area.get_untracked(),
            level: level.get_untracked(),
            requirements: requirements.get_untracked(),
        };
        if form
            .take(app.change(move |p| {
                let id = p.add_role(&draft)?;
                p.clear_drafts(Form::NewRole);
                Ok(id)
            }))
            .is_some()
        {
            title.set(String::new());
            area.set(String::new());
            requirements.set(String::new());
        }
    };
    let ids = plan_memo(app, move |p| {
        p.roles.iter().map(|r| r.id).collect::<Vec<_>>()
    });
    view! {
        <Section title=Key::SearchTitleTargetRoles>
            {move || ids.with(Vec::is_empty).then(|| view! {
                <EmptyState text=Key::SearchEmptyRoles />
            })}
            <ul class="item-list">
                <For each=move || ids.get() key=|id| *id children=|id| view! { <RoleCard id=id /> } />
            </ul>
            <form class="form" novalidate on:submit=add>
                <h3>{tr(Key::SearchAddRoleTitle)}</h3>
                <div class="form-row">
                    <TextField label=Key::SearchLabelRoleTitle value=title required=true error=form.field(Field::RoleTitle) />
                    <TextField label=Key::SearchLabelArea value=area hint=Key::SearchHintIndustryOrField error=form.field(Field::Area) />
                </div>
                <ChoiceSelect label=Key::SearchLabelLevel value=level />
                <TextArea label=Key::SearchLabelSkillsItAsksFor value=requirements hint=Key::SearchHintRoleSkills rows=2 />
                <FormProblems form=form on_confirm=Callback::new(|_| {}) />
                <button type="submit" class="button primary">{tr(Key::SearchAddRole)}</button>
            </form>
        </Section>
    }
}

/// One target role and how well it matches.
#[component]
fn RoleCard(id: Id) -> impl IntoView {
    let app = use_app();
    let data = plan_memo(app, move |p| {
        p.roles
            .iter()
            .find(|r| r.id == id)
            .map(|r| (r.clone(), role_match(r, &p.profile)))
    });
    let problem = ActionError::new();
    let add_gap = move |skill: String| {
        let title = data
            .get_untracked()
            .map(|(r, _)| r.title)
            .unwrap_or_default();
        let mut draft = SkillGapDraft::named(&skill);
        // Written into the gap as the person's own words, which they can change.
        draft.evidence = words::current().plain(&Phrase::said(
            Key::SearchGapEvidence,
            vec![("role", Arg::Theirs(title))],
        ));
        problem.take(app.change(move |p| p.add_skill_gap(&draft, true)));
    };
    let remove = move |_| {
        if browser::confirm(&t(Key::SearchConfirmRemoveRole)) {
            problem.take(app.change(move |p| p.remove_role(id)));
        }
    };
    move || {
        let Some((role, m)) = data.get() else {
            return ().into_any();
        };
        let existing_gaps: Vec<String> = app.with(|p| {
            p.skill_gaps
                .iter()
                .map(|g| g.skill.to_lowercase())
                .collect()
        });
        let level_note = match m.level_fit {
            LevelFit::Unknown => Key::SearchLevelUnknown,
            LevelFit::Below => Key::SearchLevelBelow,
            LevelFit::Fits => Key::SearchLevelFits,
            LevelFit::Stretch => Key::SearchLevelStretch,
            LevelFit::BigStretch => Key::SearchLevelBigStretch,
        };
        let percent = i64::from(m.skills_percent);
        let tone = match m.skills_percent {
            p if p >= 75 => "good",
            p if p >= 40 => "soft",
            _ => "warn",
        };
        view! {
            <li class="item">
                <h3 class="item-title" dir="auto">{role.title.clone()}</h3>
                <ReviewNotes about=ItemRef::Role(id) />
                <p class="meta">
                    <Tag text=role.level.label() />
                    {(!role.area.is_empty()).then(|| view! { <Tag text=Phrase::of(role.area.clone()) tone="soft" /> })}
                </p>
                <p class=format!("verdict {tone}")>
                    <strong>{tr(m.verdict())}</strong>
                    {move || tf(Key::SearchMatchDetail, &[("percent", Arg::Count(percent)), ("level", Arg::key(level_note))])}
                </p>
                {(!m.matched.is_empty()).then(|| {
                    let mut skills = Phrase::new();
                    for (i, skill) in m.matched.iter().enumerate() {
                        if i > 0 {
                            skills = skills.say(Key::SearchListSeparator, Vec::new());
                        }
                        skills = skills.user(skill);
                    }
                    let have = Phrase::said(Key::SearchYouHave, vec![("skills", Arg::Said(skills))]);
                    view! { <p class="meta"><Words phrase=have /></p> }
                })}
                {(!m.missing.is_empty()).then(|| view! {
                    <div class="missing">
                        <p class="meta">{tr(Key::SearchToBuild)}</p>
                        <ul class="chips">
                            {m.missing.iter().map(|skill| {
                                let skill = skill.clone();
                                let planned = existing_gaps.contains(&skill.to_lowercase());
                                let label = vec![("skill", Arg::Theirs(skill.clone()))];
                                view! {
                                    <li>
                                        {if planned {
                                            view! { <span class="chip done"><Words phrase=Phrase::said(Key::SearchChipPlanned, label) /></span> }.into_any()
                                        } else {
                                            view! {
                                                <button type="button" class="chip" on:click=move |_| add_gap(skill.clone())>
                                                    // One span (Words): the chip is a flex box, and
                                                    // loose pieces would lose the spaces between them.
                                                    <Words phrase=Phrase::said(Key::SearchChipAddGap, label) />
                                                </button>
                                            }.into_any()
                                        }}
                                    </li>
                                }
                            }).collect_view()}
                        </ul>
                    </div>
                })}
                <div class="actions">
                    <button type="button" class="button subtle danger" on:click=remove aria-label=move || words::phrase(Key::SearchRemoveRoleLabel, &[("role", Arg::Theirs(role.title.clone()))]).plain()>{tr(Key::SearchRemove)}</button>
                </div>
                <ActionProblem error=problem />
            </li>
        }
        .into_any()
    }
}

/// The checklist of changes to the search.
#[component]
fn Changes() -> impl IntoView {
    let app = use_app();
    let text = draft_text(app, Form::NewSearchChange.key("text"), "");
    let form = FormState::new();
    let add = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let t = text.get_untracked();
        if form
            .take(app.change(move |p| p.add_search_change(&t)))
            .is_some()
        {
            text.set(String::new());
        }
    };
    let ids = plan_memo(app, move |p| {
        p.search_changes.iter().map(|c| c.id).collect::<Vec<_>>()
    });
    let suggestion_problem = ActionError::new();
    // Said in the language in use (tracked): an idea already added in it is not offered.
    let unused = plan_memo(app, move |p| {
        SUGGESTED_CHANGES
            .iter()
            .map(|key| t(*key))
            .filter(|s| !p.search_changes.iter().any(|c| c.text == *s))
            .collect::<Vec<_>>()
    });
    view! {
        <Section title=Key::SearchTitleChangesToMySearch>
            {move || ids.with(Vec::is_empty).then(|| view! {
                <EmptyState text=Key::SearchEmptyChanges />
            })}
            <ul class="checklist">
                <For each=move || ids.get() key=|id| *id children=|id| view! { <ChangeRow id=id /> } />
            </ul>
            {move || (!unused.get().is_empty()).then(|| view! {
                <div class="suggestions">
                    <p class="meta">{tr(Key::SearchIdeas)}</p>
                    <ul class="chips">
                        {unused.get().into_iter().map(|s| {
                            let chip = format!("+ {s}");
                            view! {
                                <li><button type="button" class="chip" on:click=move |_| { let s = s.clone(); suggestion_problem.take(app.change(move |p| p.add_search_change(&s))); }>{chip}</button></li>
                            }
                        }).collect_view()}
                    </ul>
                </div>
            }.into_any())}
            <ActionProblem error=suggestion_problem />
            <form class="form inline" novalidate on:submit=add>
                <TextField label=Key::SearchLabelAnotherChange value=text error=form.field(Field::Change) />
                <button type="submit" class="button">{tr(Key::SearchAddChange)}</button>
            </form>
        </Section>
    }
}

/// One search change, ticked or not.
#[component]
fn ChangeRow(id: Id) -> impl IntoView {
    let app = use_app();
    let change = plan_memo(app, move |p| {
        let c = p.search_changes.iter().find(|c| c.id == id)?;
        let from = c
            .source
            .and_then(|source| p.rejection(source.rejection))
            .map(|r| {
                Phrase::said(
                    Key::SearchFromFeedback,
                    vec![("company", Arg::Theirs(r.company.clone()))],
                )
            });
        Some((c.clone(), from))
    });
    let problem = ActionError::new();
    move || {
        let Some((c, from)) = change.get() else {
            return ().into_any();
        };
        view! {
            <li class="check-row">
                <label class="check">
                    <input
                        type="checkbox"
                        prop:checked=c.done
                        on:change=move |ev| { let done = event_target_checked(&ev); problem.take(app.change(move |p| p.set_search_change_done(id, done))); }
                    />
                    <span dir="auto">{c.text.clone()}</span>
                </label>
                {from.map(|f| view! { <a class="linked meta" href=Screen::Feedback.href()><Words phrase=f /></a> })}
                <button type="button" class="button subtle danger small" aria-label=move || words::phrase(Key::SearchRemoveChangeLabel, &[("change", Arg::Theirs(c.text.clone()))]).plain() on:click=move |_| { problem.take(app.change(move |p| p.remove_search_change(id))); }>{tr(Key::SearchRemove)}</button>
                <ReviewNotes about=ItemRef::SearchChange(id) />
                <ActionProblem error=problem />
            </li>
        }
        .into_any()
    }
}
