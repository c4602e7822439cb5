//! Opening a shared link or a backup file: a read-only preview first, then the person's
//! choice. Nothing is written before the choice, and the link leaves the address bar
//! afterwards.

use crate::core::words::{Arg, Key, Phrase};
use crate::ui::words::t;
use leptos::prelude::*;

use crate::core::dates;
use crate::core::plan::Plan;
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
        finish("Nothing was imported.".to_string());
    };
    view! {
        {move || match app.incoming.get() {
            None => view! {
                <ScreenHeader screen=Screen::Import lead=Key::LeadImportNone />
                <a class="button" href=Screen::Overview.href()>"Go to my plan"</a>
            }.into_any(),
            Some(Err(why)) => view! {
                <ScreenHeader screen=Screen::Import lead=Key::LeadImportRefused />
                <div class="banner warning" role="alert">
                    <p><Words phrase=why.message() /></p>
                    <p>"Your own plan has not been changed."</p>
                </div>
                <button type="button" class="button primary" on:click=dismiss>"Go to my plan"</button>
            }.into_any(),
            Some(Ok(incoming)) => {
                let plan = incoming.plan;
                let from = match plan.profile.name.trim() {
                    "" => Phrase::new().app("Someone"),
                    name => Phrase::of(name),
                };
                let what = match incoming.source {
                    IncomingSource::Link => " shared a plan with you",
                    IncomingSource::File => " saved this plan in a backup file",
                };
                let contents = plan.contents();
                view! {
                    <ScreenHeader screen=Screen::Import lead=Key::LeadImport />
                    <section class="card" aria-labelledby="incoming-title">
                        <h2 id="incoming-title"><Words phrase=from.app(what) /></h2>
                        {if contents.is_empty() {
                            view! { <p>"It is empty."</p> }.into_any()
                        } else {
                            view! {
                                <p>"It holds:"</p>
                                <ul class="contents">
                                    {contents.into_iter().map(|line| view! { <li>{line}</li> }).collect_view()}
                                </ul>
                            }.into_any()
                        }}
                    </section>
                    <section class="card" aria-labelledby="choice-title">
                        <h2 id="choice-title">"What would you like to do?"</h2>
                        {move || if mine_is_empty.get() {
                            view! {
                                <div class="actions">
                                    <button type="button" class="button primary" on:click=move |_| choose(ImportChoice::Replace)>"Open this plan"</button>
                                    <button type="button" class="button" on:click=move |_| choose(ImportChoice::KeepMine)>"Not now"</button>
                                </div>
                            }.into_any()
                        } else {
                            view! {
                                <p class="hint">"You already have a plan on this device."</p>
                                <div class="choice-list">
                                    <button type="button" class="button" on:click=move |_| choose(ImportChoice::Replace)>"Replace my plan"</button>
                                    <p class="hint">"Your current plan is kept aside and can be restored from Share."</p>
                                    <button type="button" class="button primary" on:click=move |_| choose(ImportChoice::KeepMine)>"Keep mine"</button>
                                    <p class="hint">"Nothing changes."</p>
                                    <button type="button" class="button" on:click=move |_| choose(ImportChoice::KeepBoth)>"Keep both"</button>
                                    <p class="hint">"The shared items are added beside your own."</p>
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
                                    <button type="button" class="button" disabled=!reviewable on:click=review>"Review this plan"</button>
                                    <p class="hint">{if reviewable {
                                        "Comment on it and suggest things, then send your review back as a link. Your own plan is not touched."
                                    } else {
                                        "This link comes from an older version of Rebound, so a review couldn't find its way back. Ask for a new link to review it."
                                    }}</p>
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
                .map(|f| Phrase::said(Key::FeedbackWithCategory, vec![("text", Arg::Theirs(f.text.clone())), ("category", Arg::key(f.category.label()))]))
                .collect::<Vec<_>>();
            view! {
                <li>
                    <strong><Words phrase=r.title() /></strong>
                    {format!(" · {} · {}", t(r.stage.label()), dates::friendly(r.date))}
                    {(!r.message.is_empty()).then(|| view! { <p class="item-text" dir="auto">{r.message.clone()}</p> })}
                    <TextList items=feedback />
                </li>
            }
        })
        .collect_view();
    let roles = plan
        .roles
        .iter()
        .map(|r| {
            Phrase::said(
                Key::RoleWithLevel,
                vec![
                    ("title", Arg::Theirs(r.title.clone())),
                    ("level", Arg::key(r.level.label())),
                ],
            )
        })
        .collect();
    let changes = plan
        .search_changes
        .iter()
        .map(|c| Phrase::of(&c.text))
        .collect();
    let gaps = plan
        .skill_gaps
        .iter()
        .map(|g| match g.if_then() {
            Some(p) => Phrase::of(&g.skill).app(": ").and(p),
            None => Phrase::of(&g.skill),
        })
        .collect();
    let fun = plan.fun.iter().map(|f| Phrase::of(&f.what)).collect();
    let apps = plan
        .applications
        .iter()
        .map(|a| {
            Phrase::of(&a.role)
                .app(" at ")
                .user(&a.company)
                .app(format!(" · {}", dates::friendly(a.date)))
        })
        .collect();
    let reframes = plan
        .wellbeing
        .reframes
        .iter()
        .map(|r| Phrase::of(&r.thought).app(" → ").user(&r.kinder_view))
        .collect();
    view! {
        <section class="card preview" aria-labelledby="preview-title">
            <h2 id="preview-title">"The plan, read-only"</h2>
            <h3>"Rejections"</h3>
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
