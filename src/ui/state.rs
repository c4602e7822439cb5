//! The app's state: the plan in one signal, the screen in view, and how saving is going.
//!
//! The plan is loaded once at start and saved through one debounced effect, flushed when
//! the page is hidden. Components reach the state through [`use_app`].

use std::rc::Rc;
use std::time::Duration;

use chrono::NaiveDate;
use leptos::leptos_dom::helpers::TimeoutHandle;
use leptos::prelude::*;

use crate::core::format::{encode_backup, Record};
use crate::core::plan::{ModelError, Plan};
use crate::core::steps::Screen;
use crate::core::store::{self, BackupMeta, LoadNotice, SaveError};
use crate::web::{browser, clock, storage::LocalKv};

/// How long typing may pause before the plan is written.
const SAVE_DELAY: Duration = Duration::from_millis(400);
/// How long to wait before trying again after storage refused a save.
const RETRY_DELAY: Duration = Duration::from_secs(10);

/// How many of this tab's saves are remembered in case another tab overwrites them.
const MAX_WRITTEN: usize = 50;

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
    /// True when a gentle "time for a backup" reminder is due.
    pub backup_due: RwSignal<bool>,
    /// True while the page is laid out for paper, so long lists show every item.
    pub printing: RwSignal<bool>,
    saver: StoredValue<Saver, LocalStorage>,
}

/// A change made in this tab, kept until it is saved so it can be replayed on top of a
/// plan another tab saved meanwhile.
type Change = Rc<dyn Fn(&mut Plan)>;

struct Saver {
    kv: LocalKv,
    /// The revision of the stored record this tab's plan is based on.
    revision: u64,
    read_only: bool,
    saved_once: bool,
    pending: Option<TimeoutHandle>,
    /// Changes made since the last save, in order.
    unsaved: Vec<Change>,
    /// The changes of this tab's recent saves, by the revision each save wrote, until
    /// another tab's save shows they are in the stored plan (see [`store::lost_writes`]).
    written: Vec<(u64, Vec<Change>)>,
    /// The stored text as this tab last read or wrote it.
    last_seen: Option<String>,
    /// Set when the plan was replaced by another tab's save, which needs no save back.
    skip_next_save: bool,
}

impl AppState {
    /// Loads the plan and wires up saving. Call once, at the top of the app.
    pub fn load(screen: Screen) -> Self {
        let kv = LocalKv::open();
        let loaded = store::load(&kv);
        let last_seen = store::stored_text(&kv);
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
            backup_due: RwSignal::new(
                BackupMeta::load(&kv, clock::today()).reminder_due(clock::today()),
            ),
            printing: RwSignal::new(false),
            saver: StoredValue::new_local(Saver {
                kv,
                revision: loaded.revision,
                read_only: loaded.read_only,
                saved_once: false,
                pending: None,
                unsaved: Vec::new(),
                written: Vec::new(),
                last_seen,
                skip_next_save: false,
            }),
        };
        state.watch_for_changes();
        browser::watch_print(move |printing| state.printing.set(printing));
        state
    }

    fn watch_for_changes(self) {
        Effect::new(move |first_run: Option<()>| {
            self.plan.track();
            let adopted = self
                .saver
                .try_update_value(|s| std::mem::take(&mut s.skip_next_save))
                .unwrap_or(false);
            if first_run.is_some() && !adopted {
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

    /// Another tab saved: take its plan, replaying this tab's unsaved changes on top so
    /// that neither tab's edits are lost, and also the changes of any of this tab's
    /// saves that the other tab's save overwrote.
    fn rebase_onto(self, theirs: Record, text: String) {
        let changes = self.saver.with_value(|s| {
            let mut changes = store::lost_writes(&s.written, theirs.revision);
            changes.extend(s.unsaved.iter().cloned());
            changes
        });
        let mut plan = theirs.plan;
        for change in &changes {
            change(&mut plan);
        }
        self.saver.update_value(|s| {
            s.revision = theirs.revision;
            s.last_seen = Some(text);
            s.skip_next_save = changes.is_empty();
            // Replayed changes are unsaved again until the next save writes them.
            s.unsaved = changes;
            s.written.clear();
        });
        self.plan.set(plan);
    }

    /// Called when another tab may have changed the stored plan.
    pub fn on_stored_plan_changed(self) {
        let theirs = self
            .saver
            .with_value(|s| store::changed_since(&s.kv, s.last_seen.as_deref()));
        if let Some((record, text)) = theirs {
            self.rebase_onto(record, text);
        }
    }

    /// Writes the plan now. The write only lands on the text this tab last saw; if
    /// another tab saved in between, this tab's unsaved changes are replayed on top of
    /// that save first.
    pub fn save_now(self) {
        if self.saver.with_value(|s| s.read_only) {
            return;
        }
        let mut result = Err(SaveError::Conflict);
        for attempt in 0..3 {
            // The write itself checks for another tab's save (one read of the stored
            // record); only then is that save read in and rebased onto.
            if attempt > 0 {
                self.on_stored_plan_changed();
            }
            result = self
                .saver
                .try_update_value(|s| {
                    let keep_previous = !s.saved_once;
                    self.plan.with_untracked(|plan| {
                        store::save_checked(
                            &s.kv,
                            plan,
                            s.revision,
                            &clock::timestamp(),
                            keep_previous,
                            s.last_seen.as_deref(),
                        )
                    })
                })
                .unwrap_or(Err(SaveError::Unavailable));
            if result != Err(SaveError::Conflict) {
                break;
            }
        }
        if result == Err(SaveError::Conflict) {
            // The stored text keeps changing under us or cannot be read (a newer app's
            // record, say): the plain save never overwrites without keeping it aside.
            result = self
                .saver
                .try_update_value(|s| {
                    self.plan.with_untracked(|plan| {
                        store::save(&s.kv, plan, s.revision, &clock::timestamp(), false)
                    })
                })
                .unwrap_or(Err(SaveError::Unavailable))
                .map(|revision| (revision, String::new()));
        }
        self.saver.update_value(|s| {
            s.pending = None;
            if let Ok((revision, text)) = &result {
                s.revision = *revision;
                s.last_seen = if text.is_empty() {
                    store::stored_text(&s.kv)
                } else {
                    Some(text.clone())
                };
                s.saved_once = true;
                let batch = std::mem::take(&mut s.unsaved);
                s.written.push((*revision, batch));
                if s.written.len() > MAX_WRITTEN {
                    s.written.remove(0);
                }
            }
        });
        if matches!(result, Err(SaveError::Full | SaveError::NotReadBack)) {
            // Try again later on its own: space may be freed without another edit here.
            let retry = set_timeout_with_handle(move || self.save_now(), RETRY_DELAY).ok();
            self.saver.update_value(|s| s.pending = retry);
        }
        let status = match result {
            Ok(_) => SaveStatus::Saved,
            Err(SaveError::ReadOnly) => SaveStatus::ReadOnly,
            Err(SaveError::Unavailable) => SaveStatus::MemoryOnly,
            Err(e) => SaveStatus::Failed(e.to_string()),
        };
        self.save_status.set(status);
    }

    /// Runs a named change on the plan. Returns the model's answer for the form to show.
    /// The change is kept until saved, so it can be replayed if another tab saves first.
    pub fn change<R: 'static>(
        self,
        f: impl Fn(&mut Plan) -> Result<R, ModelError> + 'static,
    ) -> Result<R, ModelError> {
        let mut result = None;
        self.plan.maybe_update(|plan| {
            let outcome = f(plan);
            let changed = outcome.is_ok();
            result = Some(outcome);
            changed
        });
        let result = result.unwrap_or(Err(ModelError::NotFound));
        if result.is_ok() {
            self.keep_until_saved(Rc::new(move |plan: &mut Plan| {
                let _ = f(plan);
            }));
        }
        result
    }

    /// Runs a change that cannot fail.
    pub fn update(self, f: impl Fn(&mut Plan) + 'static) {
        self.plan.update(|plan| f(plan));
        self.keep_until_saved(Rc::new(f));
    }

    // Not inlined, like `tracked` below: every call of the generic methods above would
    // otherwise carry its own copy.
    #[inline(never)]
    fn keep_until_saved(self, replay: Change) {
        self.saver.update_value(|s| s.unsaved.push(replay));
    }

    /// Reads from the plan, tracking it.
    pub fn with<R>(self, f: impl FnOnce(&Plan) -> R) -> R {
        f(&self.tracked())
    }

    /// The plan, read so that the memo, effect or view reading it runs again when it
    /// changes. Not inlined: the code that tracks a read is in the download once, not
    /// once in every reader.
    #[inline(never)]
    pub fn tracked(self) -> impl std::ops::Deref<Target = Plan> {
        self.plan.read()
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
                let theirs = incoming.plan;
                self.update(move |plan| *plan = theirs.clone());
                if mine.is_empty() {
                    "Opened the plan.".to_string()
                } else {
                    "Opened the plan. Your previous plan is kept: you can restore it from Share."
                        .to_string()
                }
            }
            ImportChoice::KeepBoth => {
                let theirs = incoming.plan;
                let mut probe = self.plan.get_untracked();
                probe.merge_in(&theirs).map_err(|e| e.to_string())?;
                self.update(move |plan| {
                    let _ = plan.merge_in(&theirs);
                });
                "Added the shared items beside your own.".to_string()
            }
        };
        self.incoming.set(None);
        Ok(message)
    }

    /// Offers the whole plan as a backup file and remembers the day, for the reminder.
    pub fn export_backup(self) -> Result<(), String> {
        let today = self.today.get_untracked();
        let text = self
            .plan
            .with_untracked(|p| encode_backup(p, &clock::timestamp()));
        browser::download(
            &format!("rebound-plan-{today}.json"),
            "application/json",
            &text,
        )?;
        self.saver.with_value(|s| {
            let mut meta = BackupMeta::load(&s.kv, today);
            meta.last_export = Some(today);
            let _ = meta.store(&s.kv);
        });
        self.backup_due.set(false);
        Ok(())
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
