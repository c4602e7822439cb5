//! The app's state: the plan in one signal, the screen in view, and how saving is going.
//!
//! The plan is loaded once at start and saved through one debounced effect, flushed when
//! the page is hidden. Components reach the state through [`use_app`].

use std::time::Duration;

use chrono::NaiveDate;
use leptos::leptos_dom::helpers::TimeoutHandle;
use leptos::prelude::*;

use crate::core::plan::{ModelError, Plan};
use crate::core::steps::Screen;
use crate::core::store::{self, LoadNotice, SaveError};
use crate::web::{clock, storage::LocalKv};

/// How long typing may pause before the plan is written.
const SAVE_DELAY: Duration = Duration::from_millis(400);

/// What the save indicator says.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SaveStatus {
    Saved,
    Pending,
    Failed(String),
    ReadOnly,
    MemoryOnly,
}

/// Where a plan waiting to be opened came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum IncomingSource {
    Link,
    File,
}

/// A plan from a link or a backup file, shown read-only until the person decides.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Incoming {
    pub plan: Plan,
    pub source: IncomingSource,
}

/// What the person chose to do with an incoming plan.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ImportChoice {
    Replace,
    KeepMine,
    KeepBoth,
}

/// Shared state, cheap to copy into closures.
#[derive(Clone, Copy)]
pub struct AppState {
    pub plan: RwSignal<Plan>,
    pub screen: RwSignal<Screen>,
    pub today: RwSignal<NaiveDate>,
    pub save_status: RwSignal<SaveStatus>,
    pub notice: RwSignal<Option<LoadNotice>>,
    /// A shared or restored plan waiting for the person's choice; nothing is written
    /// until they make it.
    pub incoming: RwSignal<Option<Result<Incoming, String>>>,
    /// A short confirmation shown at the top of one screen after an action.
    pub flash: RwSignal<Option<(Screen, String)>>,
    saver: StoredValue<Saver, LocalStorage>,
}

struct Saver {
    kv: LocalKv,
    revision: u64,
    read_only: bool,
    saved_once: bool,
    pending: Option<TimeoutHandle>,
}

impl AppState {
    /// Loads the plan and wires up saving. Call once, at the top of the app.
    pub fn load(screen: Screen) -> Self {
        let kv = LocalKv::open();
        let loaded = store::load(&kv);
        let status = if loaded.read_only {
            SaveStatus::ReadOnly
        } else if !kv.is_available() {
            SaveStatus::MemoryOnly
        } else {
            SaveStatus::Saved
        };
        let state = AppState {
            plan: RwSignal::new(loaded.plan),
            screen: RwSignal::new(screen),
            today: RwSignal::new(clock::today()),
            save_status: RwSignal::new(status),
            notice: RwSignal::new(loaded.notice),
            incoming: RwSignal::new(None),
            flash: RwSignal::new(None),
            saver: StoredValue::new_local(Saver {
                kv,
                revision: loaded.revision,
                read_only: loaded.read_only,
                saved_once: false,
                pending: None,
            }),
        };
        state.watch_for_changes();
        state
    }

    fn watch_for_changes(self) {
        Effect::new(move |first_run: Option<()>| {
            self.plan.track();
            if first_run.is_some() {
                self.schedule_save();
            }
        });
    }

    fn schedule_save(self) {
        if self.saver.with_value(|s| s.read_only) {
            return;
        }
        self.saver.update_value(|s| {
            if let Some(handle) = s.pending.take() {
                handle.clear();
            }
        });
        if !matches!(self.save_status.get_untracked(), SaveStatus::Failed(_)) {
            self.save_status.set(SaveStatus::Pending);
        }
        let handle = set_timeout_with_handle(move || self.save_now(), SAVE_DELAY).ok();
        self.saver.update_value(|s| s.pending = handle);
    }

    /// Writes the plan now if a save is waiting (when the page is being hidden).
    pub fn flush(self) {
        let pending = self.saver.try_update_value(|s| s.pending.take()).flatten();
        if let Some(handle) = pending {
            handle.clear();
            self.save_now();
        }
    }

    /// Writes the plan now.
    pub fn save_now(self) {
        let result = self.saver.try_update_value(|s| {
            s.pending = None;
            let keep_previous = !s.saved_once;
            let result = self.plan.with_untracked(|plan| {
                store::save(&s.kv, plan, s.revision, &clock::timestamp(), keep_previous)
            });
            if let Ok(revision) = result {
                s.revision = revision;
                s.saved_once = true;
            }
            result
        });
        let status = match result {
            Some(Ok(_)) | None => SaveStatus::Saved,
            Some(Err(SaveError::ReadOnly)) => SaveStatus::ReadOnly,
            Some(Err(SaveError::Unavailable)) => SaveStatus::MemoryOnly,
            Some(Err(e)) => SaveStatus::Failed(e.to_string()),
        };
        self.save_status.set(status);
    }

    /// Runs a named change on the plan. Returns the model's answer for the form to show.
    pub fn change<R>(
        self,
        f: impl FnOnce(&mut Plan) -> Result<R, ModelError>,
    ) -> Result<R, ModelError> {
        let mut result = None;
        self.plan.maybe_update(|plan| {
            let outcome = f(plan);
            let changed = outcome.is_ok();
            result = Some(outcome);
            changed
        });
        result.unwrap_or(Err(ModelError::NotFound))
    }

    /// Runs a change that cannot fail.
    pub fn update(self, f: impl FnOnce(&mut Plan)) {
        self.plan.update(f);
    }

    /// Reads from the plan, tracking it.
    pub fn with<R>(self, f: impl FnOnce(&Plan) -> R) -> R {
        self.plan.with(f)
    }

    /// Applies the person's choice for the incoming plan. Returns a message for them.
    pub fn resolve_import(self, choice: ImportChoice) -> Result<String, String> {
        let Some(Ok(incoming)) = self.incoming.get_untracked() else {
            return Err("There is no plan waiting to be opened.".into());
        };
        let message = match choice {
            ImportChoice::KeepMine => "Kept your plan as it was. Nothing was imported.".to_string(),
            ImportChoice::Replace => {
                let mine = self.plan.get_untracked();
                if !mine.is_empty() {
                    let kept = self.saver.with_value(|s| {
                        store::keep_before_import(&s.kv, &mine, &clock::timestamp())
                    });
                    if let Err(e) = kept {
                        return Err(format!(
                            "Your plan could not be kept aside, so it was not replaced. {e}"
                        ));
                    }
                }
                self.plan.set(incoming.plan);
                if mine.is_empty() {
                    "Opened the plan.".to_string()
                } else {
                    "Opened the plan. Your previous plan is kept: you can restore it from Share."
                        .to_string()
                }
            }
            ImportChoice::KeepBoth => {
                let mut merged = self.plan.get_untracked();
                merged.merge_in(&incoming.plan).map_err(|e| e.to_string())?;
                self.plan.set(merged);
                "Added the shared items beside your own.".to_string()
            }
        };
        self.incoming.set(None);
        Ok(message)
    }

    /// The plan kept aside by the last "replace", with when it was kept.
    pub fn before_import(self) -> Option<(Plan, String)> {
        self.saver
            .with_value(|s| store::before_import(&s.kv))
            .map(|r| (r.plan, r.saved_at))
    }

    /// Today's date (refreshed when the page comes back into view).
    pub fn today(self) -> NaiveDate {
        self.today.get()
    }
}

/// The app state provided at the top of the tree.
pub fn use_app() -> AppState {
    expect_context::<AppState>()
}
