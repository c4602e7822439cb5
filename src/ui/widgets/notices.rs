//! The save indicator and the banners about stored data.

use leptos::prelude::*;

use crate::core::record::PLAN_KEY;
use crate::core::store::{KeyValue, LoadNotice};
use crate::ui::state::{use_app, SaveStatus};
use crate::web::{browser, storage::LocalKv};

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
    let download_kept = move |key: String| {
        if let Ok(Some(text)) = LocalKv::open().get(&key) {
            let _ = browser::download("rebound-unreadable-plan.txt", "text/plain", &text);
        }
    };
    view! {
        {move || match app.notice.get() {
            Some(LoadNotice::Unreadable { kept_under, restored_previous, .. }) => {
                let key = kept_under.clone();
                Some(view! {
                    <div class="banner warning" role="alert">
                        <p>
                            <strong>"Your saved plan could not be read."</strong>
                            {if restored_previous {
                                " Rebound opened your last good copy instead. "
                            } else {
                                " Rebound started a fresh plan. "
                            }}
                            "The original text is kept safely on this device and has not been changed."
                        </p>
                        <button type="button" class="button" on:click=move |_| download_kept(key.clone())>
                            "Download the original text"
                        </button>
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
            Some(LoadNotice::Unavailable) => Some(view! {
                <div class="banner warning" role="alert">
                    <p>
                        <strong>"This browser is not letting Rebound save."</strong>
                        " Your plan works in this tab, but it will be gone when you close it. Export a backup from Share to keep it."
                    </p>
                </div>
            }.into_any()),
            None => None,
        }}
        {move || match app.save_status.get() {
            SaveStatus::Failed(message) => Some(view! {
                <div class="banner warning" role="alert">
                    <p><strong>"Your latest changes are not saved yet. "</strong>{message}</p>
                    <p>"Nothing is lost while this tab stays open. You can export a backup now, and saving starts again as soon as there is room."</p>
                    <a class="button" href="#/share">"Export a backup"</a>
                </div>
            }),
            _ => None,
        }}
        {move || (app.save_status.get() == SaveStatus::ReadOnly && app.notice.get().is_none()).then(|| view! {
            <p class="banner">{format!("The stored plan ({PLAN_KEY}) is read-only here.")}</p>
        })}
    }
}
