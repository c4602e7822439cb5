//! The app's state: the plan in one signal, the screen in view, and how saving is going.
//!
//! The save policy lives in the core ([`Saver`]); this only decides when to use it: a
//! journal soon after every change, a save after a short pause in typing or when the page
//! is hidden, and a fold when another tab saved. Components reach the state through
//! [`use_app`].

use std::time::Duration;

use chrono::NaiveDate;
use leptos::leptos_dom::helpers::TimeoutHandle;
use leptos::prelude::*;

use crate::core::format::backup;
use crate::core::format::reply::ReplyError;
use crate::core::format::ShareError;
use crate::core::item::DraftKey;
use crate::core::merge::MergeError;
use crate::core::plan::{ModelError, Plan};
use crate::core::review::{Received, Review, ReviewError};
use crate::core::saving::{self, DeleteError, LoadNotice, SaveError, Saver, Synced};
use crate::core::steps::Screen;
use crate::core::store::{BackupMeta, KvError};
use crate::core::words::{Arg, Key, Phrase};
use crate::ui::words;
use crate::web::browser::{self, BrowserError};
use crate::web::{clock, storage::LocalKv};

/// How long typing may pause before the plan is written.
const SAVE_DELAY: Duration = Duration::from_millis(400);
/// How soon after a change this tab's journal is written: a tab that crashes loses at
/// most this much of the latest typing.
const JOURNAL_DELAY: Duration = Duration::from_millis(200);
/// How long another tab's journal must stay unchanged before this tab looks whether it
/// needs folding in: a tab that is typing saves its own journal within its save delay,
/// so only one left by a tab that closed meanwhile is still to fold by then.
const CHECK_DELAY: Duration = Duration::from_secs(2);
/// How long to wait before trying again after storage refused a save.
const RETRY_DELAY: Duration = Duration::from_secs(10);

/// What the save indicator says.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SaveStatus {
    Saved,
    Pending,
    Failed(SaveError),
    ReadOnly,
    /// No storage, or a browser that refuses writes (`SecurityError`): the plan lives in
    /// this tab only.
    MemoryOnly,
}

impl SaveStatus {
    /// Why saving is not working, if it is not: every such status shows a banner.
    pub fn fault(&self) -> Option<SaveError> {
        match self {
            SaveStatus::Saved | SaveStatus::Pending => None,
            SaveStatus::Failed(error) => Some(error.clone()),
            SaveStatus::ReadOnly => Some(SaveError::ReadOnly),
            SaveStatus::MemoryOnly => Some(SaveError::Unavailable),
        }
    }
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

/// What became of an incoming plan, as the person is told.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Imported {
    /// "Keep mine": nothing was imported.
    Nothing,
    /// It replaced an empty plan.
    Opened,
    /// It replaced a plan, which is kept aside.
    OpenedKeptAside,
    /// "Keep both": its items are beside the person's own.
    AddedBeside,
}

impl Imported {
    /// The confirmation shown after the choice.
    pub fn message(self) -> Key {
        match self {
            Imported::Nothing => Key::WidgetImportedNothing,
            Imported::Opened => Key::WidgetImportedOpened,
            Imported::OpenedKeptAside => Key::WidgetImportedKeptAside,
            Imported::AddedBeside => Key::WidgetImportedBeside,
        }
    }
}

/// Why the person's choice for an incoming plan could not be carried out. Its `Display`
/// is [`ImportError::message`] in the language in use.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ImportError {
    NothingWaiting,
    NotKeptAside(KvError),
    Merge(MergeError),
    NoPlan,
    Stopped,
}

impl ImportError {
    /// What the person is told.
    pub fn message(&self) -> Phrase {
        let reason = |why: Phrase| vec![("reason", Arg::Said(why))];
        match self {
            ImportError::NothingWaiting => Key::ErrorImportNothingWaiting.into(),
            ImportError::NotKeptAside(e) => {
                Phrase::said(Key::ErrorImportNotKeptAside, reason(e.message()))
            }
            ImportError::Merge(MergeError::TooBig(why)) => {
                Phrase::said(Key::ErrorImportTooBig, reason(why.message()))
            }
            ImportError::NoPlan => Key::ErrorImportNoPlan.into(),
            ImportError::Stopped => Key::ErrorImportStopped.into(),
        }
    }
}

impl From<MergeError> for ImportError {
    fn from(e: MergeError) -> Self {
        ImportError::Merge(e)
    }
}

impl std::fmt::Display for ImportError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&words::current().plain(&self.message()))
    }
}

impl std::error::Error for ImportError {}

/// A named change's answer, which says whether the plan changed: only a change is
/// journaled and saved.
pub trait ChangeAnswer {
    /// True when the plan was changed.
    fn changed(&self) -> bool;
    /// The answer when there is no plan to change (the app is being torn down).
    fn no_plan() -> Self;
}

/// A change that cannot be refused.
impl ChangeAnswer for () {
    fn changed(&self) -> bool {
        true
    }
    fn no_plan() -> Self {}
}

/// A change the model may refuse, leaving the plan as it was.
impl<R> ChangeAnswer for Result<R, ModelError> {
    fn changed(&self) -> bool {
        self.is_ok()
    }
    fn no_plan() -> Self {
        Err(ModelError::NotFound)
    }
}

/// "Keep both", which the merge may refuse, leaving the plan as it was.
impl<R> ChangeAnswer for Result<R, ImportError> {
    fn changed(&self) -> bool {
        self.is_ok()
    }
    fn no_plan() -> Self {
        Err(ImportError::NoPlan)
    }
}

/// Receiving a review: a review received before changes nothing.
impl ChangeAnswer for Result<Received, ReviewError> {
    fn changed(&self) -> bool {
        matches!(self, Ok(Received::New))
    }
    fn no_plan() -> Self {
        Err(ReviewError::Model(ModelError::NotFound))
    }
}

/// Everything Rebound kept on this device was deleted, and this tab saves nothing more.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Deleted {
    /// By the person, in this tab; `left` says what could not be removed, if anything.
    Here { left: Option<DeleteError> },
    /// In another tab.
    Elsewhere,
}

/// Shared state, cheap to copy into closures.
#[derive(Clone, Copy)]
pub struct AppState {
    /// The plan, to read: it is written only through [`AppState::change`].
    pub plan: ReadSignal<Plan>,
    /// The plan's writing half, kept here so that every change goes through the one door.
    write_plan: WriteSignal<Plan>,
    pub screen: RwSignal<Screen>,
    pub today: RwSignal<NaiveDate>,
    pub save_status: RwSignal<SaveStatus>,
    pub notice: RwSignal<Option<LoadNotice>>,
    /// A shared or restored plan waiting for the person's choice; nothing is written
    /// until they make it.
    pub incoming: RwSignal<Option<Result<Incoming, ShareError>>>,
    /// A review from a reply link, shown until the person acts on it; nothing is written
    /// before they do.
    pub incoming_review: RwSignal<Option<Result<Review, ReplyError>>>,
    /// What the address names after the screen (`#/reviews/<id>` gives the id).
    pub detail: RwSignal<Option<String>>,
    /// A short confirmation shown at the top of one screen after an action.
    pub flash: RwSignal<Option<(Screen, String)>>,
    /// True when a gentle "time for a backup" reminder is due.
    pub backup_due: RwSignal<bool>,
    /// True while the page is laid out for paper, so long lists show every item.
    pub printing: RwSignal<bool>,
    /// Set once everything was deleted: the app shows only that, and writes nothing.
    pub deleted: RwSignal<Option<Deleted>>,
    timers: StoredValue<Timers, LocalStorage>,
}

/// The core's saver and the timers that drive it.
struct Timers {
    kv: LocalKv,
    saver: Saver,
    save: Option<TimeoutHandle>,
    journal: Option<TimeoutHandle>,
    /// The look at other tabs' journals, pushed back while they keep changing.
    check: Option<TimeoutHandle>,
    /// Set when the plan was replaced by the saver's own result, which needs no save back.
    adopted: bool,
    /// Whether the backup reminder's clock was started since the page loaded: it starts
    /// with the first save, so an app nobody has used yet keeps nothing on the device.
    clock_started: bool,
    /// Set after "delete everything" (here or in another tab): nothing is written again.
    stopped: bool,
}

impl AppState {
    /// Loads the plan and wires up saving. Call once, at the top of the app.
    ///
    /// - `typed`: what was typed into the boot screen's fields before the app took over,
    ///   as (draft key, text). It is added to the plan's drafts and stored at once: the
    ///   person may reload or close the tab without another key, and no change after this
    ///   would save it.
    pub fn load(screen: Screen, typed: &[(DraftKey, String)]) -> Self {
        let kv = LocalKv::open();
        let (saver, loaded) = Saver::open(
            &kv,
            &browser::random_id(),
            browser::new_plan_id(),
            clock::millis(),
            &clock::timestamp(),
        );
        let status = if saver.read_only() {
            SaveStatus::ReadOnly
        } else if !kv.is_available() {
            SaveStatus::MemoryOnly
        } else {
            SaveStatus::Saved
        };
        let today = clock::today();
        let mut plan = loaded.plan;
        for (key, text) in typed {
            plan.set_draft(key, text);
        }
        let (plan, write_plan) = signal(plan);
        let state = AppState {
            plan,
            write_plan,
            screen: RwSignal::new(screen),
            today: RwSignal::new(today),
            save_status: RwSignal::new(status),
            notice: RwSignal::new(loaded.notice),
            incoming: RwSignal::new(None),
            incoming_review: RwSignal::new(None),
            detail: RwSignal::new(None),
            flash: RwSignal::new(None),
            backup_due: RwSignal::new(BackupMeta::read(&kv, today).reminder_due(today)),
            printing: RwSignal::new(false),
            deleted: RwSignal::new(None),
            timers: StoredValue::new_local(Timers {
                kv,
                saver,
                save: None,
                journal: None,
                check: None,
                adopted: false,
                clock_started: false,
                stopped: false,
            }),
        };
        state.watch_for_changes();
        if !typed.is_empty() {
            state.save_now();
        }
        browser::watch_print(move |printing| state.printing.set(printing));
        state
    }

    fn watch_for_changes(self) {
        Effect::new(move |first_run: Option<()>| {
            self.plan.track();
            let adopted = self
                .timers
                .try_update_value(|t| std::mem::take(&mut t.adopted))
                .unwrap_or(false);
            if first_run.is_some() && !adopted && !self.stopped() {
                self.schedule_journal();
                self.schedule_save();
            }
        });
    }

    /// Journals soon after the first change since the last journal (not pushed back by
    /// more typing, so a crash never loses more than [`JOURNAL_DELAY`]).
    fn schedule_journal(self) {
        if self.timers.with_value(|t| t.journal.is_some() || t.stopped) {
            return;
        }
        let handle = set_timeout_with_handle(move || self.journal_now(), JOURNAL_DELAY).ok();
        self.timers.update_value(|t| t.journal = handle);
    }

    fn journal_now(self) {
        if self.stopped() {
            return;
        }
        let result = self
            .timers
            .try_update_value(|t| {
                t.journal = None;
                self.plan
                    .with_untracked(|plan| t.saver.journal(&t.kv, plan, clock::millis()))
            })
            .unwrap_or(Err(SaveError::Unavailable));
        // A journal that could not be written is retried by the save that follows; the
        // save reports the failure if it persists.
        if let Err(error) = result {
            if error == SaveError::Full {
                self.show_status(Err(error));
            }
        }
    }

    fn schedule_save(self) {
        if self.timers.with_value(|t| t.saver.read_only() || t.stopped) {
            return;
        }
        self.timers.update_value(|t| {
            if let Some(handle) = t.save.take() {
                handle.clear();
            }
        });
        if !matches!(self.save_status.get_untracked(), SaveStatus::Failed(_)) {
            self.save_status.set(SaveStatus::Pending);
        }
        let handle = set_timeout_with_handle(move || self.save_now(), SAVE_DELAY).ok();
        self.timers.update_value(|t| t.save = handle);
    }

    /// Writes the plan now if a save is waiting (when the page is being hidden).
    pub fn flush(self) {
        let pending = self
            .timers
            .try_update_value(|t| {
                if let Some(handle) = t.journal.take() {
                    handle.clear();
                }
                t.save.take()
            })
            .flatten();
        if let Some(handle) = pending {
            handle.clear();
            self.save_now();
        }
    }

    /// Another tab may have saved: show its changes, with this tab's own on top.
    pub fn on_stored_plan_changed(self) {
        if self.stopped() {
            return;
        }
        let synced = self
            .timers
            .try_update_value(|t| {
                self.plan
                    .with_untracked(|plan| t.saver.on_stored_change(&t.kv, plan, clock::millis()))
            })
            .unwrap_or_default();
        self.show_synced(&synced);
        if synced.needs_save {
            self.schedule_save();
        }
    }

    /// Another tab's journal changed: the next save folds it in if that tab's own save
    /// does not (it may have closed right after losing a race to this one).
    pub fn on_journal_changed(self) {
        if self.stopped() {
            return;
        }
        self.timers.update_value(|t| {
            t.saver.note_journal_changed();
            if let Some(handle) = t.check.take() {
                handle.clear();
            }
        });
        // Quietly: the indicator keeps saying saved. A save of this tab's own that is
        // waiting looks at every journal anyway.
        let check = move || {
            self.timers.update_value(|t| t.check = None);
            if self.timers.with_value(|t| t.save.is_none()) {
                self.save_now();
            }
        };
        let handle = set_timeout_with_handle(check, CHECK_DELAY).ok();
        self.timers.update_value(|t| t.check = handle);
    }

    fn show_synced(self, synced: &Synced) {
        if let Some(plan) = &synced.plan {
            self.timers.update_value(|t| t.adopted = true);
            // Another tab's changes, already saved: the one write that is not a named
            // change, and is neither journaled nor saved back.
            self.write_plan.set(plan.clone());
        }
    }

    /// Saves the plan now, folding in what other tabs left.
    pub fn save_now(self) {
        if self.stopped() {
            return;
        }
        let today = self.today.get_untracked();
        let result = self
            .timers
            .try_update_value(|t| {
                t.save = None;
                let result = self.plan.with_untracked(|plan| {
                    t.saver
                        .save(&t.kv, plan, clock::millis(), &clock::timestamp())
                });
                if result.is_ok() && !t.clock_started {
                    // Once the plan is kept, so are the backup reminder's dates.
                    BackupMeta::load(&t.kv, today);
                    t.clock_started = true;
                }
                result
            })
            .unwrap_or(Err(SaveError::Unavailable));
        if let Ok(synced) = &result {
            self.show_synced(synced);
        }
        if matches!(result, Err(SaveError::Full | SaveError::NotReadBack)) {
            // Try again later on its own: space may be freed without another edit here.
            let retry = set_timeout_with_handle(move || self.save_now(), RETRY_DELAY).ok();
            self.timers.update_value(|t| t.save = retry);
        }
        self.show_status(result.map(|_| ()));
    }

    fn show_status(self, result: Result<(), SaveError>) {
        let status = match result {
            Ok(()) => SaveStatus::Saved,
            Err(SaveError::ReadOnly) => SaveStatus::ReadOnly,
            Err(SaveError::Unavailable) => SaveStatus::MemoryOnly,
            Err(e) => SaveStatus::Failed(e),
        };
        self.save_status.set(status);
    }

    /// True once this tab has stopped saving for good (everything was deleted).
    fn stopped(self) -> bool {
        self.timers.try_with_value(|t| t.stopped).unwrap_or(true)
    }

    /// Stops every save, journal and look at other tabs, for good.
    fn stop_saving(self) {
        self.timers.update_value(|t| {
            t.stopped = true;
            for handle in [t.save.take(), t.journal.take(), t.check.take()]
                .into_iter()
                .flatten()
            {
                handle.clear();
            }
        });
    }

    /// Lets go of the plan in this tab's memory too, and of what was about to be shown.
    fn forget_in_memory(self, deleted: Deleted) {
        self.deleted.set(Some(deleted));
        self.incoming.set(None);
        self.incoming_review.set(None);
        self.flash.set(None);
        self.notice.set(None);
        self.backup_due.set(false);
        self.save_status.set(SaveStatus::Saved);
        // Not a change to journal or save: this tab saves nothing more.
        self.write_plan.set(Plan::default());
        // Reloading from here opens the app's welcome, not the screen this tab was on.
        browser::replace_fragment("");
    }

    /// Deletes everything Rebound keeps on this device (see
    /// [`saving::delete_everything`]). This tab stops saving first, for good, so nothing is
    /// written back; only when nothing at all could be removed does it carry on as before.
    pub fn delete_everything(self) -> Result<(), DeleteError> {
        self.stop_saving();
        let result = self
            .timers
            .with_value(|t| saving::delete_everything(&t.kv))
            .map(|_| ());
        match &result {
            Err(e) if !e.removed_some() && self.deleted.get_untracked().is_none() => {
                // Nothing was removed and nothing changed meanwhile: saving carries on.
                self.timers.update_value(|t| t.stopped = false);
            }
            _ => self.forget_in_memory(Deleted::Here {
                left: result.clone().err(),
            }),
        }
        result
    }

    /// Another tab deleted everything: this one stops saving and lets the plan go, so
    /// nothing is written back.
    pub fn on_deleted_elsewhere(self) {
        if self.deleted.get_untracked().is_none() {
            self.stop_saving();
            self.forget_in_memory(Deleted::Elsewhere);
        }
    }

    /// Runs a named change on the plan: the one way the plan is written, so that every
    /// change is journaled and saved alike. Returns the model's answer for the form to
    /// show; a refused change leaves the plan as it was.
    pub fn change<A: ChangeAnswer>(self, f: impl FnOnce(&mut Plan) -> A) -> A {
        let mut f = Some(f);
        let mut result = None;
        self.write_plan.maybe_update(|plan| {
            let outcome = f.take().map(|f| f(plan));
            let changed = outcome.as_ref().is_some_and(A::changed);
            result = outcome;
            changed
        });
        result.unwrap_or_else(A::no_plan)
    }

    /// Reads from the plan, tracking it.
    pub fn with<R>(self, f: impl FnOnce(&Plan) -> R) -> R {
        f(&self.tracked())
    }

    /// The plan, read so that the memo, effect or view reading it runs again when it
    /// changes.
    pub fn tracked(self) -> impl std::ops::Deref<Target = Plan> {
        self.plan.read()
    }

    /// Applies the person's choice for the incoming plan. Returns what became of it.
    pub fn resolve_import(self, choice: ImportChoice) -> Result<Imported, ImportError> {
        if self.stopped() {
            return Err(ImportError::Stopped);
        }
        let Some(Ok(incoming)) = self.incoming.get_untracked() else {
            return Err(ImportError::NothingWaiting);
        };
        let imported = match choice {
            ImportChoice::KeepMine => Imported::Nothing,
            ImportChoice::Replace => {
                let mine_is_empty = self.plan.with_untracked(Plan::is_empty);
                if !mine_is_empty {
                    self.timers
                        .with_value(|t| {
                            self.plan.with_untracked(|mine| {
                                saving::keep_before_import(&t.kv, mine, &clock::timestamp())
                            })
                        })
                        .map_err(ImportError::NotKeptAside)?;
                }
                // A plan from before ids (a format 1 link or backup) becomes a plan of its
                // own here, apart from the one it replaces.
                let fresh = browser::new_plan_id();
                self.change(move |plan| plan.replace_with(incoming.plan, fresh));
                if mine_is_empty {
                    Imported::Opened
                } else {
                    Imported::OpenedKeptAside
                }
            }
            ImportChoice::KeepBoth => {
                let fresh = browser::new_plan_id();
                self.change(move |plan| {
                    plan.keep_both(&incoming.plan, fresh)
                        .map_err(ImportError::Merge)
                })?;
                Imported::AddedBeside
            }
        };
        self.incoming.set(None);
        Ok(imported)
    }

    /// Offers the whole plan as a backup file and remembers the day, for the reminder.
    pub fn export_backup(self) -> Result<(), BrowserError> {
        let today = self.today.get_untracked();
        let text = self
            .plan
            .with_untracked(|p| backup::encode_backup(p, &clock::timestamp()));
        browser::download(
            &format!("rebound-plan-{today}.json"),
            "application/json",
            &text,
        )?;
        // If the day cannot be stored, the reminder comes back on the next visit: the
        // backup itself is done, so the person is not troubled with it now.
        let remembered = self.timers.with_value(|t| {
            if t.stopped {
                return false;
            }
            let mut meta = BackupMeta::load(&t.kv, today);
            meta.last_export = Some(today);
            meta.store(&t.kv).is_ok()
        });
        self.backup_due
            .set(!remembered && self.backup_due.get_untracked());
        Ok(())
    }

    /// The plan kept aside by the last "replace", with when it was kept.
    pub fn before_import(self) -> Option<(Plan, String)> {
        self.timers
            .with_value(|t| saving::before_import(&t.kv))
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
