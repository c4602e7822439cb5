//! The save indicator and the banners about stored data.

use leptos::prelude::*;
use thiserror::Error;

use crate::core::format::record::PLAN_KEY;
use crate::core::saving::{LoadNotice, SaveError};
use crate::core::store::{KeyValue, KvError};
use crate::ui::state::{use_app, SaveStatus};
use crate::ui::widgets::{plan_memo, rebuilt};
use crate::web::browser::{self, BrowserError};
use crate::web::storage::LocalKv;

/// Why the unreadable text kept on this device could not be downloaded.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
enum KeptTextError {
    #[error("The kept text is no longer on this device.")]
    Gone,
    #[error("The kept text could not be read ({0}).")]
    Unreadable(KvError),
    #[error(transparent)]
    Download(#[from] BrowserError),
}

/// A quiet line that says whether the plan is saved, announced politely to screen readers.
#[component]
pub fn SaveIndicator() -> impl IntoView {
    let app = use_app();
    view! {
        <p class="save-status" role="status" aria-live="polite">
            {move || match app.save_status.get() {
                SaveStatus::Saved => "Saved on this device".to_string(),
                SaveStatus::Pending => "Saving…".to_string(),
                SaveStatus::Failed(_) => "Not saved".to_string(),
                SaveStatus::ReadOnly => "Read-only".to_string(),
                SaveStatus::MemoryOnly => "Not saved: this tab only".to_string(),
            }}
        </p>
    }
}

/// Banners for anything the person must know about their stored plan.
#[component]
pub fn StorageNotices() -> impl IntoView {
    let app = use_app();
    let download_failed = RwSignal::new(None::<KeptTextError>);
    let export_failed = RwSignal::new(None::<BrowserError>);
    let download_kept = move |key: String| {
        let result = match LocalKv::open().get_exact(&key) {
            Ok(Some(text)) => browser::download_exact("rebound-unreadable-plan.txt", &text)
                .map_err(KeptTextError::from),
            Ok(None) => Err(KeptTextError::Gone),
            Err(e) => Err(KeptTextError::Unreadable(e)),
        };
        download_failed.set(result.err());
    };
    view! {
        {move || match app.notice.get() {
            Some(LoadNotice::Unreadable { kept_under, restored_previous, .. }) => {
                let key = kept_under.clone();
                let remove_key = kept_under.clone();
                Some(view! {
                    <div class="banner warning" role="alert">
                        <p>
                            <strong>"A saved plan could not be read."</strong>
                            {if restored_previous {
                                " Rebound opened your last good copy instead. "
                            } else {
                                " "
                            }}
                            "Its original text is kept safely on this device, unchanged. You can download it, for yourself or for someone who can help."
                        </p>
                        <div class="actions">
                            <button type="button" class="button" on:click=move |_| download_kept(key.clone())>
                                "Download the original text"
                            </button>
                            <button type="button" class="button subtle" on:click=move |_| {
                                if browser::confirm("Delete the unreadable text from this device? Download it first if you may need it.")
                                    && LocalKv::open().remove(&remove_key).is_ok()
                                {
                                    app.notice.set(None);
                                }
                            }>
                                "Delete it"
                            </button>
                        </div>
                        <p class="field-error" role="alert">{move || download_failed.get().map(|e| e.to_string())}</p>
                    </div>
                }.into_any())
            }
            Some(LoadNotice::Newer { .. }) => Some(view! {
                <div class="banner warning" role="alert">
                    <p>
                        <strong>"This plan was saved by a newer version of Rebound."</strong>
                        " To keep it safe, this version will not change it. Reload the page to get the newest version."
                    </p>
                </div>
            }.into_any()),
            // Told by the banner about saving below, as a save that meets no storage is.
            Some(LoadNotice::Unavailable) | None => None,
        }}
        {move || {
            let fault = app.save_status.get().fault()?;
            // A tab opened read-only has its reason in the banner above already.
            let told = match app.notice.get() {
                Some(LoadNotice::Newer { .. }) => true,
                Some(LoadNotice::Unreadable { kept_under, .. }) => kept_under == PLAN_KEY,
                _ => false,
            };
            (fault != SaveError::ReadOnly || !told).then(|| view! {
                <div class="banner warning" role="alert">
                    <p><strong>{fault.headline()}</strong>" "{fault.to_string()}</p>
                    <p>{fault.way_out()}</p>
                    <button type="button" class="button" on:click=move |_| export_failed.set(app.export_backup().err())>
                        "Export a backup"
                    </button>
                    <p class="field-error">{move || export_failed.get().map(|e| e.to_string())}</p>
                </div>
            }.into_any())
        }}
    }
}

/// A gentle reminder to export a backup when the last one is more than a week old.
#[component]
pub fn BackupReminder() -> impl IntoView {
    let app = use_app();
    let has_plan = plan_memo(app, move |p| !p.is_empty());
    let problem = RwSignal::new(None::<BrowserError>);
    rebuilt(move || {
        (app.backup_due.get() && has_plan.get()).then(|| {
            view! {
                <div class="banner reminder">
                    <p>
                        "It has been more than a week since your last backup. Some browsers clear a site's data after a week without a visit, so a copy of your plan is worth keeping."
                    </p>
                    <div class="actions">
                        <button type="button" class="button primary" on:click=move |_| {
                            if let Err(e) = app.export_backup() {
                                problem.set(Some(e));
                            }
                        }>"Export a backup"</button>
                        <button type="button" class="button subtle" on:click=move |_| app.backup_due.set(false)>"Not now"</button>
                    </div>
                    <p class="field-error">{move || problem.get().map(|e| e.to_string())}</p>
                </div>
            }
        })
        .into_any()
    })
}
