//! The save indicator and the banners about stored data.

use leptos::prelude::*;

use crate::core::format::record::PLAN_KEY;
use crate::core::saving::{LoadNotice, SaveError};
use crate::core::store::{KeyValue, KvError};
use crate::core::words::{Arg, Key, Phrase};
use crate::ui::state::{use_app, SaveStatus};
use crate::ui::widgets::{plan_memo, Words};
use crate::ui::words::{self, t, tr};
use crate::web::browser::{self, BrowserError};
use crate::web::storage::LocalKv;

/// Why the unreadable text kept on this device could not be downloaded.
#[derive(Debug, Clone, PartialEq, Eq)]
enum KeptTextError {
    Gone,
    Unreadable(KvError),
    Download(BrowserError),
}

impl KeptTextError {
    /// What the person is told.
    fn message(&self) -> Phrase {
        match self {
            KeptTextError::Gone => Key::ErrorKeptTextGone.into(),
            KeptTextError::Unreadable(e) => Phrase::said(
                Key::ErrorKeptTextUnreadable,
                vec![("reason", Arg::Said(e.message()))],
            ),
            KeptTextError::Download(e) => e.message().into(),
        }
    }
}

/// A quiet line that says whether the plan is saved, announced politely to screen readers.
#[component]
pub fn SaveIndicator() -> impl IntoView {
    let app = use_app();
    view! {
        <p class="save-status" role="status" aria-live="polite">
            {move || t(match app.save_status.get() {
                SaveStatus::Saved => Key::WidgetSaveSaved,
                SaveStatus::Pending => Key::WidgetSavePending,
                SaveStatus::Failed(_) => Key::WidgetSaveFailed,
                SaveStatus::ReadOnly => Key::WidgetSaveReadOnly,
                SaveStatus::MemoryOnly => Key::WidgetSaveMemoryOnly,
            })}
        </p>
    }
}

/// Banners for anything the person must know about their stored plan.
#[component]
pub fn StorageNotices() -> impl IntoView {
    let app = use_app();
    let download_failed = RwSignal::new(None::<KeptTextError>);
    let download_kept = move |key: String| {
        let result = match LocalKv::open().get_exact(&key) {
            Ok(Some(text)) => browser::download_exact("rebound-unreadable-plan.txt", &text)
                .map_err(KeptTextError::Download),
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
                            <strong>{tr(Key::WidgetUnreadableTitle)}</strong>
                            " "
                            {restored_previous.then(|| view! { {tr(Key::WidgetUnreadableRestored)}" " })}
                            {tr(Key::WidgetUnreadableKept)}
                        </p>
                        <div class="actions">
                            <button type="button" class="button" on:click=move |_| download_kept(key.clone())>
                                {tr(Key::WidgetUnreadableDownload)}
                            </button>
                            <button type="button" class="button subtle" on:click=move |_| {
                                if browser::confirm(&t(Key::WidgetUnreadableDeleteConfirm))
                                    && LocalKv::open().remove(&remove_key).is_ok()
                                {
                                    app.notice.set(None);
                                }
                            }>
                                {tr(Key::WidgetUnreadableDelete)}
                            </button>
                        </div>
                        <p class="field-error" role="alert">{move || download_failed.get().map(|e| words::current().plain(&e.message()))}</p>
                    </div>
                }.into_any())
            }
            Some(LoadNotice::Newer { .. }) => Some(view! {
                <div class="banner warning" role="alert">
                    <p>
                        <strong>{tr(Key::WidgetNewerTitle)}</strong>
                        " "
                        {tr(Key::WidgetNewerText)}
                    </p>
                </div>
            }.into_any()),
            // Told by the banner about saving ([`SaveProblem`]), as a save that meets no
            // storage is.
            Some(LoadNotice::Unavailable) | None => None,
        }}
    }
}

/// The banner when saving does not work: what happened, and (opened by the person) the
/// way out with its export button. It goes in the shell's notice dock, over the foot of
/// the screen: it comes when a save fails, often while the person is typing, and in the
/// page's flow it pushed down what they were about to tap.
#[component]
pub fn SaveProblem() -> impl IntoView {
    let app = use_app();
    let export_failed = RwSignal::new(None::<BrowserError>);
    move || {
        let fault = app.save_status.get().fault()?;
        // A tab opened read-only has its reason in the storage notices already.
        let told = match app.notice.get() {
            Some(LoadNotice::Newer { .. }) => true,
            Some(LoadNotice::Unreadable { kept_under, .. }) => kept_under == PLAN_KEY,
            _ => false,
        };
        (fault != SaveError::ReadOnly || !told).then(|| view! {
            <div class="banner warning save-problem" role="alert">
                <details>
                    <summary>
                        <span><strong>{tr(fault.headline())}</strong>" "<Words phrase=fault.message() /></span>
                        " "
                        <span class="save-problem-more">{tr(Key::WidgetSaveWhatToDo)}</span>
                    </summary>
                    <p>{tr(fault.way_out())}</p>
                    <button type="button" class="button" on:click=move |_| export_failed.set(app.export_backup().err())>
                        {tr(Key::WidgetExportBackup)}
                    </button>
                    <p class="field-error">{move || export_failed.get().map(|e| t(e.message()))}</p>
                </details>
            </div>
        })
    }
}

/// A gentle reminder to export a backup when the last one is more than a week old.
#[component]
pub fn BackupReminder() -> impl IntoView {
    let app = use_app();
    let has_plan = plan_memo(app, move |p| !p.is_empty());
    let problem = RwSignal::new(None::<BrowserError>);
    move || {
        (app.backup_due.get() && has_plan.get()).then(|| {
            view! {
                <div class="banner reminder">
                    <p>{tr(Key::WidgetBackupReminder)}</p>
                    <div class="actions">
                        <button type="button" class="button primary" on:click=move |_| {
                            if let Err(e) = app.export_backup() {
                                problem.set(Some(e));
                            }
                        }>{tr(Key::WidgetExportBackup)}</button>
                        <button type="button" class="button subtle" on:click=move |_| app.backup_due.set(false)>{tr(Key::WidgetNotNow)}</button>
                    </div>
                    <p class="field-error">{move || problem.get().map(|e| t(e.message()))}</p>
                </div>
            }
        })
    }
}
