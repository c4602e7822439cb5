//! Opening a shared link or a backup file: a read-only preview first, then the person's
//! choice. Nothing is written before the choice, and the link leaves the address bar
//! afterwards.

use crate::core::words::{Arg, Key, Phrase};
use crate::ui::words::{t, tf, tr};
use leptos::prelude::*;

use crate::core::plan::{FeedbackItem, Plan, TargetRole};
use crate::core::steps::Screen;
use crate::ui::state::{use_app, ImportChoice, IncomingSource};
use crate::ui::steps::reviewing::start_review;
use crate::ui::widgets::*;
use crate::web::browser;

/// The import screen.
#[component]
pub fn ImportScreen() -> impl IntoView {
    let app = use_app();
    let mine_is_empty = plan_memo(app, Plan::is_empty);
    let problem = RwSignal::new(None::<String>);
    let finish = move |message: String| {
        browser::replace_fragment(&Screen::Overview.href());
        app.flash.set(Some((Screen::Overview, message)));
        app.screen.set(Screen::Overview);
    };
    let choose = move |choice: ImportChoice| match app.resolve_import(choice) {
        Ok(imported) => finish(t(imported.message())),
        Err(e) => problem.set(Some(e.to_string())),
    };
    let dismiss = move |_| {
        app.incoming.set(None);
        finish(t(Key::ImportNothingImported));
    };
    view! {
        {move || match app.incoming.get() {
            None => view! {
                <ScreenHeader screen=Screen::Import lead=Key::LeadImportNone />
                <a class="button" href=Screen::Overview.href()>{tr(Key::ImportGoToPlan)}</a>
            }.into_any(),
            Some(Err(why)) => view! {
                <ScreenHeader screen=Screen::Import lead=Key::LeadImportRefused />
                <div class="banner warning" role="alert">
                    <p><Words phrase=why.message() /></p>
                    <p>{tr(Key::ImportNotChanged)}</p>
                </div>
                <button type="button" class="button primary" on:click=dismiss>{tr(Key::ImportGoToPlan)}</button>
            }.into_any(),
            Some(Ok(incoming)) => {
                let plan = incoming.plan;
                let from = match (plan.profile.name.trim(), incoming.source) {
                    ("", IncomingSource::Link) => Phrase::from(Key::ImportFromLinkUnnamed),
                    ("", IncomingSource::File) => Phrase::from(Key::ImportFromFileUnnamed),
                    (name, source) => Phrase::said(
                        match source {
                            IncomingSource::Link => Key::ImportFromLink,
                            IncomingSource::File => Key::ImportFromFile,
                        },
                        vec![("name", Arg::Theirs(name.to_string()))],
                    ),
                };
                let contents = plan.contents();
                view! {
                    <ScreenHeader screen=Screen::Import lead=Key::LeadImport />
                    <section class="card" aria-labelledby="incoming-title">
                        <h2 id="incoming-title"><Words phrase=from /></h2>
                        {if contents.is_empty() {
                            view! { <p>{tr(Key::ImportEmpty)}</p> }.into_any()
                        } else {
                            view! {
                                <p>{tr(Key::ImportHolds)}</p>
                                <ul class="contents">
                                    {contents.into_iter().map(|(_, line)| view! { <li><Words phrase=line /></li> }).collect_view()}
                                </ul>
                            }.into_any()
                        }}
                    </section>
                    <section class="card" aria-labelledby="choice-title">
                        <h2 id="choice-title">{tr(Key::ImportChoiceTitle)}</h2>
                        {move || if mine_is_empty.get() {
                            view! {
                                <div class="actions">
                                    <button type="button" class="button primary" on:click=move |_| choose(ImportChoice::Replace)>{tr(Key::ImportOpen)}</button>
                                    <button type="button" class="button" on:click=move |_| choose(ImportChoice::KeepMine)>{tr(Key::ImportNotNow)}</button>
                                </div>
                            }.into_any()
                        } else {
                            view! {
                                <p class="hint">{tr(Key::ImportHavePlan)}</p>
                                <div class="choice-list">
                                    <button type="button" class="button" on:click=move |_| choose(ImportChoice::Replace)>{tr(Key::ImportReplace)}</button>
                                    <p class="hint">{tr(Key::ImportReplaceHint)}</p>
                                    <button type="button" class="button primary" on:click=move |_| choose(ImportChoice::KeepMine)>{tr(Key::ImportKeepMine)}</button>
                                    <p class="hint">{tr(Key::ImportKeepMineHint)}</p>
                                    <button type="button" class="button" on:click=move |_| choose(ImportChoice::KeepBoth)>{tr(Key::ImportKeepBoth)}</button>
                                    <p class="hint">{tr(Key::ImportKeepBothHint)}</p>
                                </div>
                            }.into_any()
                        }}
                        {(incoming.source == IncomingSource::Link).then(|| {
                            let reviewable = plan.id.is_some();
                            let to_review = plan.clone();
                            let review = move |_| {
                                if let Err(e) = start_review(&to_review) {
                                    problem.set(Some(e.to_string()));
                                }
                            };
                            view! {
                                <div class="choice-list">
                                    <button type="button" class="button" disabled=!reviewable on:click=review>{tr(Key::ImportReview)}</button>
                                    <p class="hint">{tr(if reviewable {
                                        Key::ImportReviewHint
                                    } else {
                                        Key::ImportReviewOld
                                    })}</p>
                                </div>
                            }
                        })}
                        <p class="field-error" role="alert">{move || problem.get()}</p>
                    </section>
                    <PlanPreview plan=plan />
                }.into_any()
            }
        }}
    }
}

/// A read-only view of a plan, every field shown as text.
#[component]
pub fn PlanPreview(plan: Plan) -> impl IntoView {
    let rejections = plan
        .rejections
        .iter()
        .map(|r| {
            let feedback = r
                .feedback
                .iter()
                .map(FeedbackItem::with_category)
                .collect::<Vec<_>>();
            let (stage, date) = (r.stage, r.date);
            view! {
                <li>
                    <strong><Words phrase=r.title() /></strong>
                    {move || tf(Key::ImportStageDate, &[("stage", Arg::key(stage.label())), ("date", Arg::Date(date))])}
                    {(!r.message.is_empty()).then(|| view! { <p class="item-text" dir="auto">{r.message.clone()}</p> })}
                    <TextList items=feedback />
                </li>
            }
        })
        .collect_view();
    let roles = plan.roles.iter().map(TargetRole::with_level).collect();
    let changes = plan
        .search_changes
        .iter()
        .map(|c| Phrase::of(&c.text))
        .collect();
    let gaps = plan
        .skill_gaps
        .iter()
        .map(|g| match g.if_then() {
            Some(p) => Phrase::said(
                Key::ImportGapPlan,
                vec![
                    ("skill", Arg::Theirs(g.skill.clone())),
                    ("plan", Arg::Said(p)),
                ],
            ),
            None => Phrase::of(&g.skill),
        })
        .collect();
    let fun = plan.fun.iter().map(|f| Phrase::of(&f.what)).collect();
    let apps = plan
        .applications
        .iter()
        .map(|a| {
            Phrase::said(
                Key::ImportApplication,
                vec![
                    ("role", Arg::Theirs(a.role.clone())),
                    ("company", Arg::Theirs(a.company.clone())),
                    ("date", Arg::Date(a.date)),
                ],
            )
        })
        .collect();
    let reframes = plan
        .wellbeing
        .reframes
        .iter()
        .map(|r| {
            Phrase::said(
                Key::ImportReframe,
                vec![
                    ("thought", Arg::Theirs(r.thought.clone())),
                    ("kinder", Arg::Theirs(r.kinder_view.clone())),
                ],
            )
        })
        .collect();
    view! {
        <section class="card preview" aria-labelledby="preview-title">
            <h2 id="preview-title">{tr(Key::ImportPreviewTitle)}</h2>
            <h3>{tr(Key::ImportRejections)}</h3>
            <ul class="summary-list">{rejections}</ul>
            <TitledList title=Key::ImportTitleTargetRoles items=roles />
            <TitledList title=Key::ImportTitleSearchChanges items=changes />
            <TitledList title=Key::ImportTitleSkillGaps items=gaps />
            <TitledList title=Key::ImportTitleSomethingFun items=fun />
            <TitledList title=Key::ImportTitleApplicationsAndInterviews items=apps />
            <TitledList title=Key::ImportTitleReframedThoughts items=reframes />
        </section>
    }
}
