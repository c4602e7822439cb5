//! Share and back up: a link that carries the plan in its fragment (with private parts
//! left out unless chosen), a QR code, the system share sheet or the clipboard, and a
//! backup file to export and restore; and deleting everything Rebound keeps on this
//! device, a backup offered first.

use leptos::prelude::*;

use crate::core::words::Key;
use leptos::task::spawn_local;
use wasm_bindgen::JsCast;

use crate::core::format::{backup, link as share, ShareOptions};
use crate::core::plan::Plan;
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
        <Section title=Key::ShareTitleShareAsALink>
            {move || app.with(|p| p.is_empty()).then(|| view! {
                <p class="banner">"Your plan is empty so far, so a link would carry nothing yet. Record what happened first, then come back here."</p>
            }.into_any())}
            <fieldset class="field">
                <legend>"Private parts, left out unless you tick them"</legend>
                <PrivacyToggle label="Include my mood check-ins" value=include_moods />
                <PrivacyToggle label="Include my reframed thoughts" value=include_reframes />
                <PrivacyToggle label="Include the rejection messages" value=include_message />
                <PrivacyToggle label="Include contact names and emails" value=include_contacts />
                <PrivacyToggle label="Include what went well" value=include_went_well />
                <PrivacyToggle label="Include my plan for the next setback" value=include_setback_plan />
                <PrivacyToggle label="Include the day I wiped the slate clean" value=include_slate />
                <p class="hint">"Your writing (Write it out) and text typed into a form but not saved are never put in a link."</p>
            </fieldset>
            <div class="link-contains" aria-live="polite">
                <h3>"This link contains"</h3>
                {move || {
                    let (carried, left_out) = contains.get();
                    view! {
                        {if carried.is_empty() {
                            view! { <p>"Nothing yet."</p> }.into_any()
                        } else {
                            view! { <ul class="summary-list" aria-label="What the link contains">{carried.into_iter().map(|line| view! { <li>{line}</li> }).collect_view()}</ul> }.into_any()
                        }}
                        {(!left_out.is_empty()).then(|| view! {
                            <p class="meta">{format!("Left out: {}.", left_out.join("; "))}</p>
                        })}
                    }
                }}
            </div>
            <LinkSender
                link=link
                label=Key::ShareLabelYourShareLink
                share_title=Key::ShareShareTitleMyReboundPlan
                qr_hint=Key::ShareQrHintScanItWithAnother
                qr_label=Key::ShareQrLabelQrCodeOfYour
            />
        </Section>
    }
}

/// What a link made with `options` carries, in plain words, and which of the private
/// parts this plan holds are left out.
fn link_contents(plan: &Plan, options: ShareOptions) -> (Vec<String>, Vec<&'static str>) {
    let shared = share::redact(plan, options);
    let mut carried: Vec<String> = Vec::new();
    if !shared.rejections.is_empty() {
        carried
            .push("the companies and roles you recorded, with how far each went and when".into());
    }
    if shared
        .rejections
        .iter()
        .any(|r| !r.contact_name.is_empty() || !r.contact_email.is_empty())
    {
        carried.push("the contact names and email addresses you recorded".into());
    }
    if !shared.profile.name.is_empty() {
        carried.push("your name, as you sign the feedback request".into());
    }
    if !shared.profile.skills.is_empty() || shared.profile.level.is_some() {
        carried.push("your skills and level".into());
    }
    if shared
        .rejections
        .iter()
        .any(|r| !r.reflection.note.is_empty() || r.reflection.cause.is_some())
    {
        carried.push("your reading of what each no was about".into());
    }
    // Counted parts ("3 feedback points"); the rejections and contacts are said above.
    carried.extend(shared.contents().into_iter().filter(|line| {
        !line.ends_with(" rejection")
            && !line.ends_with(" rejections")
            && !line.ends_with(" contact")
            && !line.ends_with(" contacts")
    }));
    if !shared.wellbeing.setback_plan.is_empty() {
        carried.push("your plan for the next setback".into());
    }
    if shared
        .current_rejection()
        .is_some_and(|r| r.slate_wiped_on.is_some())
    {
        carried.push("the day you wiped the slate clean".into());
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
            "your moods",
        ),
        (
            !options.include_reframes && !w.reframes.is_empty(),
            "your reframed thoughts",
        ),
        (
            !options.include_message && plan.rejections.iter().any(|r| !r.message.is_empty()),
            "the rejection messages",
        ),
        (
            !options.include_went_well && !w.went_well.is_empty(),
            "what went well",
        ),
        (
            !options.include_setback_plan && !w.setback_plan.is_empty(),
            "your setback plan",
        ),
        (
            !options.include_slate
                && plan
                    .current_rejection()
                    .is_some_and(|r| r.slate_wiped_on.is_some()),
            "the day you wiped the slate clean",
        ),
        (
            !options.include_contacts
                && plan
                    .rejections
                    .iter()
                    .any(|r| !r.contact_name.is_empty() || !r.contact_email.is_empty()),
            "the names and emails of your contacts",
        ),
        (!w.writing.is_empty(), "your writing"),
        // The share form has no place for it yet.
        (!plan.search_rhythm.is_empty(), "your weekly rhythm"),
        (!plan.drafts.is_empty(), "text typed but not saved"),
    ]
    .into_iter()
    .filter(|(left, _)| *left)
    .map(|(_, what)| what)
    .collect();
    (carried, left_out)
}

/// A checkbox for one private part.
#[component]
fn PrivacyToggle(label: &'static str, value: RwSignal<bool>) -> impl IntoView {
    view! {
        <label class="check">
            <input type="checkbox" prop:checked=move || value.get() on:change=move |ev| value.set(event_target_checked(&ev)) />
            <span>{label}</span>
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
        Ok(()) => app.flash.set(Some((
            Screen::Share,
            "Backup file saved to your downloads.".into(),
        ))),
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
            <p>"A backup file holds your whole plan, private parts included. Keep it somewhere safe."</p>
            <button type="button" class="button primary" on:click=export>"Export a backup file"</button>
            <div class="field">
                <label for="restore-file">"Restore from a backup file"</label>
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
    rebuilt(move || {
        kept.get().map(|(_, plan, when)| {
            let restore = move |_| {
                app.incoming.set(Some(Ok(Incoming {
                    plan: plan.clone(),
                    source: IncomingSource::File,
                })));
                browser::go_to(&Screen::Import.href());
            };
            view! {
                <Section title=Key::ShareTitleYourPlanBeforeThe>
                    <p>{format!("Kept on {}. You can look at it and bring it back.", when.split('T').next().unwrap_or_default())}</p>
                    <button type="button" class="button" on:click=restore>"Restore my previous plan"</button>
                </Section>
            }
        })
        .into_any()
    })
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
        <Section title=Key::ShareTitleDeleteEverythingOnThis>
            <p>"You can remove everything Rebound keeps in this browser: your plan, text typed into a form but not saved, your writing, reviews you are writing for other people, copies kept aside, the backup reminder's dates and your choice of colours. Links you have sent and backup files you have saved are not touched."</p>
            {move || if asking.get() {
                view! {
                    <div class="delete-confirm" role="group" aria-labelledby="delete-everything-ask">
                        <p id="delete-everything-ask">
                            <strong>"This can't be undone."</strong>
                            " Once it is gone, Rebound cannot bring it back. If you might want your plan again, export a backup first: you can open it here later, or on another device."
                        </p>
                        <div class="actions">
                            <button type="button" class="button" on:click=export>"Export a backup first"</button>
                            <button type="button" class="button primary" on:click=delete>"Yes, delete everything"</button>
                            <button type="button" class="button subtle" on:click=cancel>"Cancel, keep everything"</button>
                        </div>
                        <p role="status">{move || match exported.get() {
                            Some(Ok(())) => Some("Backup file saved to your downloads.".to_string()),
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
                        "Delete everything…"
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
                    <h1 id=SCREEN_HEADING_ID tabindex="-1">"Not everything could be deleted"</h1>
                    <p class="lead">"Rebound removed what it could from this device, and this tab saves nothing more."</p>
                </header>
                <section class="card">
                    <p role="alert"><Words phrase=left.message() /></p>
                    <p>{crate::ui::words::tr(left.way_out())}</p>
                    <div class="actions">
                        <button type="button" class="button primary" on:click=retry>"Try again"</button>
                        <button type="button" class="button" on:click=move |_| browser::reload()>"Start fresh"</button>
                    </div>
                </section>
            }.into_any(),
            deleted => {
                let lead = if deleted == Some(Deleted::Elsewhere) {
                    "Everything Rebound kept on this device is gone: it was deleted in another tab. This tab saves nothing more, so nothing comes back."
                } else {
                    "Everything Rebound kept on this device is gone: your plan, your drafts and writing, the reviews you were writing and the copies kept aside. This tab saves nothing more."
                };
                view! {
                    <header class="screen-header">
                        <h1 id=SCREEN_HEADING_ID tabindex="-1">"Everything is deleted"</h1>
                        <p class="lead">{lead}</p>
                    </header>
                    <section class="card">
                        <p>"If you saved a backup file, you can open it from Share whenever you want it again. Whenever you are ready, you can start fresh."</p>
                        <button type="button" class="button primary" on:click=move |_| browser::reload()>"Start fresh"</button>
                    </section>
                }.into_any()
            }
        }}
    }
}
