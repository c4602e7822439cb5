//! Share and back up: a link that carries the plan in its fragment (with private parts
//! left out unless chosen), a QR code, the system share sheet or the clipboard, and a
//! backup file to export and restore; and deleting everything Rebound keeps on this
//! device, a backup offered first.

use leptos::prelude::*;

use crate::core::words::{Arg, Key, Phrase};
use crate::ui::words::{t, tf, tr};
use leptos::task::spawn_local;
use wasm_bindgen::JsCast;

use crate::core::format::{backup, link as share, ShareOptions};
use crate::core::plan::{Plan, Rejection};
use crate::core::saving::DeleteError;
use crate::core::steps::Screen;
use crate::ui::desk::use_desk;
use crate::ui::state::{use_app, Deleted, Incoming, IncomingSource};
use crate::ui::widgets::*;
use crate::web::browser::{self, BrowserError};

/// The share screen.
#[component]
pub fn ShareScreen() -> impl IntoView {
    view! {
        <ScreenHeader
            screen=Screen::Share
            lead=Key::LeadShare
        />
        <ShareLink />
        <Backup />
        <RestoreBeforeImport />
        <DeleteEverything />
    }
}

/// The share link with its privacy choices, length, QR code and send buttons.
#[component]
fn ShareLink() -> impl IntoView {
    let app = use_app();
    let include_moods = RwSignal::new(false);
    let include_reframes = RwSignal::new(false);
    let include_message = RwSignal::new(false);
    let include_contacts = RwSignal::new(false);
    let include_went_well = RwSignal::new(false);
    let include_setback_plan = RwSignal::new(false);
    let include_slate = RwSignal::new(false);
    let options = Memo::new(move |_| ShareOptions {
        include_moods: include_moods.get(),
        include_reframes: include_reframes.get(),
        include_message: include_message.get(),
        include_contacts: include_contacts.get(),
        include_went_well: include_went_well.get(),
        include_setback_plan: include_setback_plan.get(),
        include_slate: include_slate.get(),
    });
    let link = Memo::new(move |_| {
        let payload = app.with(|p| share::encode(p, options.get()));
        share::share_url(&browser::address_without_fragment(), &payload)
    });
    let contains = Memo::new(move |_| app.with(|p| link_contents(p, options.get())));
    view! {
        <Section title=Key::ShareTitleLink>
            {move || app.with(|p| p.is_empty()).then(|| view! {
                <p class="banner">{tr(Key::ShareEmptyPlan)}</p>
            }.into_any())}
            <fieldset class="field">
                <legend>{tr(Key::SharePrivateLegend)}</legend>
                <PrivacyToggle label=Key::ShareIncludeMoods value=include_moods />
                <PrivacyToggle label=Key::ShareIncludeReframes value=include_reframes />
                <PrivacyToggle label=Key::ShareIncludeMessages value=include_message />
                <PrivacyToggle label=Key::ShareIncludeContacts value=include_contacts />
                <PrivacyToggle label=Key::ShareIncludeWentWell value=include_went_well />
                <PrivacyToggle label=Key::ShareIncludeSetbackPlan value=include_setback_plan />
                <PrivacyToggle label=Key::ShareIncludeSlate value=include_slate />
                <p class="hint">{tr(Key::ShareNeverInALink)}</p>
            </fieldset>
            <div class="link-contains" aria-live="polite">
                <h3>{tr(Key::ShareContainsTitle)}</h3>
                {move || {
                    let (carried, left_out) = contains.get();
                    view! {
                        {if carried.is_empty() {
                            view! { <p>{tr(Key::ShareContainsNothing)}</p> }.into_any()
                        } else {
                            view! { <ul class="summary-list" aria-label=tr(Key::ShareContainsLabel)>{carried.into_iter().map(|line| view! { <li><Words phrase=line /></li> }).collect_view()}</ul> }.into_any()
                        }}
                        {(!left_out.is_empty()).then(|| view! {
                            <p class="meta">{move || left_out_line(&left_out)}</p>
                        })}
                    }
                }}
            </div>
            <LinkSender
                link=link
                label=Key::ShareLinkLabel
                share_title=Key::ShareSheetTitle
                qr_hint=Key::ShareQrHint
                qr_label=Key::ShareQrLabel
            />
        </Section>
    }
}

/// What a link made with `options` carries, in words, and which of the private parts
/// this plan holds are left out. The words are the app's own: a link carries data, and
/// this list says what that data is, in the person's language.
fn link_contents(plan: &Plan, options: ShareOptions) -> (Vec<Phrase>, Vec<Key>) {
    let shared = share::redact(plan, options);
    let mut carried: Vec<Phrase> = Vec::new();
    let mut say = |key: Key| carried.push(key.into());
    if !shared.rejections.is_empty() {
        say(Key::ShareCarriesRejections);
    }
    if shared.rejections.iter().any(has_contact) {
        say(Key::ShareCarriesContacts);
    }
    if !shared.profile.name.is_empty() {
        say(Key::ShareCarriesName);
    }
    if !shared.profile.skills.is_empty() || shared.profile.level.is_some() {
        say(Key::ShareCarriesSkills);
    }
    if shared
        .rejections
        .iter()
        .any(|r| !r.reflection.note.is_empty() || r.reflection.cause.is_some())
    {
        say(Key::ShareCarriesReading);
    }
    // Counted parts ("3 feedback points"); the rejections and contacts are said above.
    let w = &shared.wellbeing;
    let counted = [
        (
            Key::ShareCountMessages,
            shared
                .rejections
                .iter()
                .filter(|r| !r.message.is_empty())
                .count(),
        ),
        (
            Key::ShareCountFeedback,
            shared.rejections.iter().map(|r| r.feedback.len()).sum(),
        ),
        (Key::ShareCountRoles, shared.roles.len()),
        (Key::ShareCountSearchChanges, shared.search_changes.len()),
        (Key::ShareCountSkillGaps, shared.skill_gaps.len()),
        (Key::ShareCountFun, shared.fun.len()),
        (Key::ShareCountMoods, w.moods.len()),
        (Key::ShareCountReframes, w.reframes.len()),
        (Key::ShareCountWentWell, w.went_well.len()),
        (Key::ShareCountWriting, w.writing.len()),
        (Key::ShareCountApplications, shared.applications.len()),
    ];
    carried.extend(
        counted
            .into_iter()
            .filter(|(_, n)| *n > 0)
            .map(|(key, n)| Phrase::said(key, vec![("count", Arg::Count(n as i64))])),
    );
    if !shared.wellbeing.setback_plan.is_empty() {
        carried.push(Key::ShareCarriesSetbackPlan.into());
    }
    if shared
        .current_rejection()
        .is_some_and(|r| r.slate_wiped_on.is_some())
    {
        carried.push(Key::ShareCarriesSlate.into());
    }
    let w = &plan.wellbeing;
    let left_out = [
        (
            !options.include_moods
                && (!w.moods.is_empty()
                    || plan
                        .fun
                        .iter()
                        .any(|f| f.mood_before.is_some() || f.mood_after.is_some())),
            Key::ShareLeftOutMoods,
        ),
        (
            !options.include_reframes && !w.reframes.is_empty(),
            Key::ShareLeftOutReframes,
        ),
        (
            !options.include_message && plan.rejections.iter().any(|r| !r.message.is_empty()),
            Key::ShareLeftOutMessages,
        ),
        (
            !options.include_went_well && !w.went_well.is_empty(),
            Key::ShareLeftOutWentWell,
        ),
        (
            !options.include_setback_plan && !w.setback_plan.is_empty(),
            Key::ShareLeftOutSetbackPlan,
        ),
        (
            !options.include_slate
                && plan
                    .current_rejection()
                    .is_some_and(|r| r.slate_wiped_on.is_some()),
            Key::ShareLeftOutSlate,
        ),
        (
            !options.include_contacts && plan.rejections.iter().any(has_contact),
            Key::ShareLeftOutContacts,
        ),
        (!w.writing.is_empty(), Key::ShareLeftOutWriting),
        // The share form has no place for it yet.
        (!plan.search_rhythm.is_empty(), Key::ShareLeftOutRhythm),
        (!plan.drafts.is_empty(), Key::ShareLeftOutDrafts),
    ]
    .into_iter()
    .filter(|(left, _)| *left)
    .map(|(_, what)| what)
    .collect();
    (carried, left_out)
}

/// Whether a contact's name or email was recorded with a rejection.
fn has_contact(rejection: &Rejection) -> bool {
    !rejection.contact_name.is_empty() || !rejection.contact_email.is_empty()
}

/// "Left out: your moods; your writing." in the language spoken.
fn left_out_line(parts: &[Key]) -> String {
    let parts: Vec<String> = parts.iter().map(|k| t(*k)).collect();
    let parts = parts.join(&t(Key::ShareLeftOutSeparator));
    tf(Key::ShareLeftOut, &[("parts", Arg::Ours(parts))])
}

/// A checkbox for one private part.
#[component]
fn PrivacyToggle(label: Key, value: RwSignal<bool>) -> impl IntoView {
    view! {
        <label class="check">
            <input type="checkbox" prop:checked=move || value.get() on:change=move |ev| value.set(event_target_checked(&ev)) />
            <span>{tr(label)}</span>
        </label>
    }
}

/// Export the whole plan as a JSON file, and restore one through the same checks and
/// the same choice as a link.
#[component]
fn Backup() -> impl IntoView {
    let app = use_app();
    let problem = RwSignal::new(None::<String>);
    let export = move |_| match app.export_backup() {
        Ok(()) => app
            .flash
            .set(Some((Screen::Share, t(Key::ShareBackupSaved)))),
        Err(e) => problem.set(Some(e.to_string())),
    };
    let restore = move |ev: leptos::ev::Event| {
        let Some(input) = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
        else {
            return;
        };
        spawn_local(async move {
            let text = match browser::read_chosen_file(&input).await {
                Ok(text) => text,
                Err(e) => {
                    problem.set(Some(e.to_string()));
                    return;
                }
            };
            input.set_value("");
            match backup::decode_backup(&text) {
                Ok(plan) => {
                    problem.set(None);
                    app.incoming.set(Some(Ok(Incoming {
                        plan,
                        source: IncomingSource::File,
                    })));
                    browser::go_to(&Screen::Import.href());
                }
                Err(e) => problem.set(Some(crate::ui::words::current().plain(&e.message()))),
            }
        });
    };
    view! {
        <Section title=Key::ShareTitleBackUp>
            <p>{tr(Key::ShareBackupText)}</p>
            <button type="button" class="button primary" on:click=export>{tr(Key::ShareBackupExport)}</button>
            <div class="field">
                <label for="restore-file">{tr(Key::ShareBackupRestore)}</label>
                <input id="restore-file" type="file" accept=".json,application/json" on:change=restore />
            </div>
            <p class="field-error" role="alert">{move || problem.get()}</p>
        </Section>
    }
}

/// Offers the plan kept aside by the last "replace my plan".
#[component]
fn RestoreBeforeImport() -> impl IntoView {
    let app = use_app();
    let kept = Memo::new(move |_| {
        app.plan.track();
        app.before_import()
            .map(|(plan, when)| (plan.contents().len(), plan, when))
    });
    move || {
        kept.get().map(|(_, plan, when)| {
            let restore = move |_| {
                app.incoming.set(Some(Ok(Incoming {
                    plan: plan.clone(),
                    source: IncomingSource::File,
                })));
                browser::go_to(&Screen::Import.href());
            };
            // Kept at a moment ("2026-01-05T09:30:00Z"): its day is said in the language.
            let day = when.split('T').next().unwrap_or_default();
            let date = match day.parse() {
                Ok(date) => Arg::Date(date),
                Err(_) => Arg::Ours(day.to_string()),
            };
            view! {
                <Section title=Key::ShareTitleBeforeImport>
                    <p>{move || tf(Key::ShareBeforeImportKept, &[("date", date.clone())])}</p>
                    <button type="button" class="button" on:click=restore>{tr(Key::ShareBeforeImportRestore)}</button>
                </Section>
            }
        })
    }
}

/// Deletes everything Rebound keeps on this device: says what goes, offers a backup
/// first, and asks once more on the page before doing it.
#[component]
fn DeleteEverything() -> impl IntoView {
    let app = use_app();
    let desk = use_desk();
    let asking = RwSignal::new(false);
    let exported = RwSignal::new(None::<Result<(), BrowserError>>);
    let problem = RwSignal::new(None::<DeleteError>);
    let export = move |_| exported.set(Some(app.export_backup()));
    let delete = move |_| match app.delete_everything() {
        // Nothing was removed: everything carries on as it was.
        Err(e) if !e.removed_some() => problem.set(Some(e)),
        _ => {
            desk.stop();
            // The page now shows that everything is gone (or what is left): its heading
            // takes the focus, as a new screen's does.
            request_animation_frame(|| browser::focus_element(SCREEN_HEADING_ID));
        }
    };
    let cancel = move |_| {
        asking.set(false);
        exported.set(None);
        problem.set(None);
        browser::focus_element("delete-everything-start");
    };
    view! {
        <Section title=Key::ShareTitleDeleteEverything>
            <p>{tr(Key::ShareDeleteWhat)}</p>
            {move || if asking.get() {
                view! {
                    <div class="delete-confirm" role="group" aria-labelledby="delete-everything-ask">
                        <p id="delete-everything-ask">
                            <strong>{tr(Key::ShareDeleteCannotUndo)}</strong>
                            " "
                            {tr(Key::ShareDeleteBackupFirst)}
                        </p>
                        <div class="actions">
                            <button type="button" class="button" on:click=export>{tr(Key::ShareDeleteExport)}</button>
                            <button type="button" class="button primary" on:click=delete>{tr(Key::ShareDeleteConfirm)}</button>
                            <button type="button" class="button subtle" on:click=cancel>{tr(Key::ShareDeleteCancel)}</button>
                        </div>
                        <p role="status">{move || match exported.get() {
                            Some(Ok(())) => Some(t(Key::ShareBackupSaved)),
                            _ => None,
                        }}</p>
                        <p class="field-error" role="alert">{move || match exported.get() {
                            Some(Err(e)) => Some(e.to_string()),
                            _ => problem.get().map(|e| {
                                let words = crate::ui::words::current();
                                format!("{} {}", words.plain(&e.message()), words.text(e.way_out()))
                            }),
                        }}</p>
                    </div>
                }.into_any()
            } else {
                view! {
                    <button type="button" class="button" id="delete-everything-start" on:click=move |_| asking.set(true)>
                        {tr(Key::ShareDeleteStart)}
                    </button>
                }.into_any()
            }}
        </Section>
    }
}

/// What the app shows once everything it kept was deleted, here or in another tab: this
/// tab saves nothing more, and starting fresh loads the page again only when the person
/// chooses to.
#[component]
pub fn AllGone() -> impl IntoView {
    let app = use_app();
    // The outcome, whatever it is, is shown through `app.deleted`: everything gone, or
    // what is still left.
    let retry = move |_| {
        app.delete_everything().ok();
    };
    view! {
        {move || match app.deleted.get() {
            Some(Deleted::Here { left: Some(left) }) => view! {
                <header class="screen-header">
                    <h1 id=SCREEN_HEADING_ID tabindex="-1">{tr(Key::ShareGonePartlyTitle)}</h1>
                    <p class="lead">{tr(Key::ShareGonePartlyLead)}</p>
                </header>
                <section class="card">
                    <p role="alert"><Words phrase=left.message() /></p>
                    <p>{crate::ui::words::tr(left.way_out())}</p>
                    <div class="actions">
                        <button type="button" class="button primary" on:click=retry>{tr(Key::ShareGoneTryAgain)}</button>
                        <button type="button" class="button" on:click=move |_| browser::reload()>{tr(Key::ShareGoneStartFresh)}</button>
                    </div>
                </section>
            }.into_any(),
            deleted => {
                let lead = if deleted == Some(Deleted::Elsewhere) {
                    Key::ShareGoneElsewhereLead
                } else {
                    Key::ShareGoneLead
                };
                view! {
                    <header class="screen-header">
                        <h1 id=SCREEN_HEADING_ID tabindex="-1">{tr(Key::ShareGoneTitle)}</h1>
                        <p class="lead">{tr(lead)}</p>
                    </header>
                    <section class="card">
                        <p>{tr(Key::ShareGoneBackup)}</p>
                        <button type="button" class="button primary" on:click=move |_| browser::reload()>{tr(Key::ShareGoneStartFresh)}</button>
                    </section>
                }.into_any()
            }
        }}
    }
}
