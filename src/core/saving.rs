//! The save policy: how one tab loads the plan, keeps its changes safe as they happen, and
//! writes them, over any [`KeyValue`] storage. The UI only decides *when* (a short pause
//! after typing, the page being hidden, another tab's save) and shows the outcome.
//!
//! - Every change is first journaled under the tab's own key ([`super::journal`]), so a
//!   tab that is closed, reloaded or killed mid-save loses nothing that reached it.
//! - A save folds every journal the stored record does not hold yet into it, then writes
//!   the record in one call and reads it back.
//! - Unreadable stored text is copied aside exactly as stored (through the storage's own
//!   copy, so text a Rust string could not hold survives) before anything is written, and
//!   the last good copy opens instead.
//! - A record from a newer app is never overwritten: the app opens it read-only.

use std::collections::HashMap;

use serde_json::value::RawValue;
use thiserror::Error;

use super::format::record::{
    FoldedJournals, Record, RecordError, BEFORE_IMPORT_KEY, PLAN_KEY, PREVIOUS_KEY, UNREADABLE_KEY,
};
use super::format::reviewing::{
    Reviewing, ReviewingError, REVIEWING_KEY, REVIEWING_UNREADABLE_KEY,
};
use super::journal::{fold, Journal, JournalOut, JOURNAL_PREFIX};
use super::plan::{Id, Plan, PlanId};
use super::store::{keep_aside, write_checked, KeyValue, KvError, WriteError, KEY_PREFIX};
use super::words::{Arg, Key, Phrase};

/// How long a journal that the record already holds is kept before a load tidies it away:
/// long enough that a tab whose view of storage lagged has long since seen the record that
/// holds it, short enough that a large plan reloaded many times does not fill the storage.
/// The record keeps the journal's number (see [`FoldedJournals`]), so a tab that is still
/// open and writes its journal again is never mistaken for a stranger.
pub const JOURNAL_KEEP_MS: u64 = 10 * 60 * 1000;

/// Something the person should know after loading.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LoadNotice {
    /// The stored plan could not be read. Its text is kept under `kept_under`.
    Unreadable {
        kept_under: String,
        /// Why it could not be read; `None` when an earlier load kept it.
        reason: Option<RecordError>,
        restored_previous: bool,
    },
    /// The stored plan is from a newer Rebound; it is shown read-only and left alone.
    Newer { version: u32 },
    /// There is no storage at all: the plan lives in memory only.
    Unavailable,
}

/// The result of loading.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Loaded {
    pub plan: Plan,
    pub notice: Option<LoadNotice>,
    /// Whether the plan opened from a record that was written just now because changes
    /// left behind by a closed tab were folded in.
    pub recovered: bool,
}

/// Why a save did not land. Its text says what that means for the person; with
/// [`SaveError::headline`] and [`SaveError::way_out`] it makes the banner every fault shows.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum SaveError {
    #[error("Storage on this device is full.")]
    Full,
    /// No storage at all, or a write the browser refuses (a `SecurityError`).
    #[error("It may be a private window, or site data may be turned off: your plan lives only in this tab for now.")]
    Unavailable,
    #[error("Saving did not stick: the browser gave back something different.")]
    NotReadBack,
    #[error("A newer version of Rebound saved your plan, so this version leaves it untouched.")]
    ReadOnly,
    #[error("Saving failed: the browser reported an error ({0}).")]
    Storage(String),
}

impl SaveError {
    /// What happened, as the person is told.
    pub fn message(&self) -> Phrase {
        match self {
            SaveError::Full => Key::ErrorSaveFull.into(),
            SaveError::Unavailable => Key::ErrorSaveUnavailable.into(),
            SaveError::NotReadBack => Key::ErrorSaveNotReadBack.into(),
            SaveError::ReadOnly => Key::ErrorSaveReadOnly.into(),
            // The browser's own words, as it gave them.
            SaveError::Storage(detail) => Phrase::said(
                Key::ErrorSaveStorage,
                vec![("detail", Arg::Theirs(detail.clone()))],
            ),
        }
    }

    /// The banner's first words.
    pub fn headline(&self) -> Key {
        match self {
            SaveError::Unavailable => Key::ErrorSaveHeadlineUnavailable,
            SaveError::ReadOnly => Key::ErrorSaveHeadlineReadOnly,
            SaveError::Full | SaveError::NotReadBack | SaveError::Storage(_) => {
                Key::ErrorSaveHeadlineNotSaved
            }
        }
    }

    /// What the person can do about it: always a backup, and what happens next.
    pub fn way_out(&self) -> Key {
        match self {
            SaveError::Full => Key::ErrorSaveWayOutFull,
            SaveError::Unavailable => Key::ErrorSaveWayOutUnavailable,
            SaveError::NotReadBack => Key::ErrorSaveWayOutNotReadBack,
            SaveError::ReadOnly => Key::ErrorSaveWayOutReadOnly,
            SaveError::Storage(_) => Key::ErrorSaveWayOutStorage,
        }
    }
}

impl From<WriteError> for SaveError {
    fn from(e: WriteError) -> Self {
        match e {
            WriteError::Storage(e) => e.into(),
            WriteError::NotReadBack => SaveError::NotReadBack,
        }
    }
}

impl From<KvError> for SaveError {
    fn from(e: KvError) -> Self {
        match e {
            KvError::Full => SaveError::Full,
            KvError::Unavailable => SaveError::Unavailable,
            KvError::Other(msg) => SaveError::Storage(msg),
        }
    }
}

/// What a save or another tab's save means for the plan on screen.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Synced {
    /// The plan to show instead of the one on screen, when it differs (another tab's
    /// changes folded in, or this tab's items moved to free ids).
    pub plan: Option<Plan>,
    /// True when this tab still has changes the stored record lacks.
    pub needs_save: bool,
}

/// One tab's saving state. Created by [`Saver::open`]; every save goes through it.
#[derive(Debug, Clone)]
pub struct Saver {
    tab: String,
    /// The number of this tab's latest journal.
    seq: u64,
    /// The plan this tab's changes are based on, and its JSON text.
    base: Plan,
    base_json: Box<RawValue>,
    /// Ids above this were handed out after the plan was loaded or last adopted.
    watermark: Id,
    /// Ids this tab handed out, with the journal that first held each.
    added: Vec<(Id, u64)>,
    /// The plan as last journaled, to skip writing an unchanged journal.
    journaled: Option<Plan>,
    read_only: bool,
    saved_once: bool,
    /// The stored record as this tab last wrote or read it.
    last: Option<LastSeen>,
    /// Set when another tab's journal may have changed since this tab last looked.
    journals_changed: bool,
}

/// What a tab knows of the record it last wrote or read: while the stored text is still
/// this, no other tab has saved, and its plan is the tab's own.
#[derive(Debug, Clone)]
struct LastSeen {
    text: String,
    revision: u64,
    folded: FoldedJournals,
}

impl Saver {
    /// Loads the plan for a new tab called `tab` (random, unique to this page load),
    /// folding in anything closed tabs left in their journals. `now_ms` is the time in
    /// milliseconds since 1970, `saved_at` the same as an ISO timestamp.
    ///
    /// A plan without an id (format 1, or none stored yet) gets `fresh_id` (random, from
    /// the browser). A stored plan that lacked one is saved with it at once, so every
    /// later load and calendar export sees the same id.
    pub fn open(
        kv: &impl KeyValue,
        tab: &str,
        fresh_id: PlanId,
        now_ms: u64,
        saved_at: &str,
    ) -> (Saver, Loaded) {
        let mut saver = Saver {
            tab: tab.to_string(),
            seq: 0,
            base: Plan::default(),
            base_json: plan_json(&Plan::default()),
            watermark: Plan::default().next_id,
            added: Vec::new(),
            journaled: None,
            read_only: false,
            saved_once: false,
            last: None,
            journals_changed: true,
        };
        let mut loaded = Loaded {
            plan: Plan::default(),
            notice: None,
            recovered: false,
        };
        let mut stored = false;
        match kv.get(PLAN_KEY) {
            Err(_) => loaded.notice = Some(LoadNotice::Unavailable),
            Ok(None) => loaded.notice = kept_unreadable(kv),
            Ok(Some(text)) => match Record::from_json(&text) {
                Ok(record) => {
                    saver.last = Some(LastSeen {
                        text,
                        revision: record.revision,
                        folded: record.folded,
                    });
                    loaded.plan = record.plan;
                    stored = true;
                    // Text kept aside earlier stays on show until the person deals with it.
                    loaded.notice = kept_unreadable(kv);
                }
                Err(RecordError::Newer(version)) => {
                    saver.read_only = true;
                    loaded.notice = Some(LoadNotice::Newer { version });
                }
                Err(reason) => match keep_aside(kv, PLAN_KEY, UNREADABLE_KEY) {
                    Ok(kept_under) => {
                        let previous = kv
                            .get(PREVIOUS_KEY)
                            .ok()
                            .flatten()
                            .and_then(|t| Record::from_json(&t).ok());
                        let restored_previous = previous.is_some();
                        if let Some(previous) = previous {
                            loaded.plan = previous.plan;
                        }
                        loaded.notice = Some(LoadNotice::Unreadable {
                            kept_under,
                            reason: Some(reason),
                            restored_previous,
                        });
                    }
                    // If the text cannot be kept aside, never write over it: open read-only.
                    Err(_) => {
                        saver.read_only = true;
                        loaded.notice = Some(LoadNotice::Unreadable {
                            kept_under: PLAN_KEY.to_string(),
                            reason: Some(reason),
                            restored_previous: false,
                        });
                    }
                },
            },
        }
        // This tab's changes are based on what is stored: nothing, when no readable record
        // is (a new plan, or the previous copy opened instead of a damaged record, which
        // is then this tab's own change, saved whole with the next one).
        if stored {
            saver.adopt(&loaded.plan);
        } else {
            saver.adopt(&Plan::default());
        }
        // The id given to a stored plan is a change of this tab's, journaled and saved like
        // any other, so two tabs that load the same old record settle on one id.
        let migrated = loaded.plan.ensure_id(fresh_id) && stored;
        if !stored {
            saver.watermark = loaded.plan.next_id;
            saver.journaled = Some(loaded.plan.clone());
        }
        if !saver.read_only && (migrated || has_journals(kv)) {
            let plan = loaded.plan.clone();
            if let Ok(synced) = saver.save(kv, &plan, now_ms, saved_at) {
                if let Some(recovered) = synced.plan {
                    saver.adopt(&recovered);
                    loaded.plan = recovered;
                    loaded.recovered = true;
                }
            }
        }
        (saver, loaded)
    }

    /// True when this tab must not write (the stored record is from a newer app, or
    /// unreadable text could not be kept aside).
    pub fn read_only(&self) -> bool {
        self.read_only
    }

    /// Takes `plan` as the new base: everything in it is in storage.
    fn adopt(&mut self, plan: &Plan) {
        self.base = plan.clone();
        self.base_json = plan_json(plan);
        self.watermark = plan.next_id;
        self.added.clear();
        self.journaled = Some(plan.clone());
    }

    /// Writes this tab's journal if `plan` changed since the last one: called soon after
    /// every change, so a crash loses at most the changes since.
    pub fn journal(
        &mut self,
        kv: &impl KeyValue,
        plan: &Plan,
        now_ms: u64,
    ) -> Result<(), SaveError> {
        if self.read_only || self.journaled.as_ref() == Some(plan) {
            return Ok(());
        }
        self.seq += 1;
        for id in crate::core::walk::item_ids(plan) {
            if id > self.watermark && !self.added.iter().any(|(a, _)| *a == id) {
                self.added.push((id, self.seq));
            }
        }
        let entry = JournalOut {
            tab: &self.tab,
            seq: self.seq,
            at: now_ms,
            added: &self.added,
            base: &self.base_json,
            plan,
        };
        kv.set(&Journal::key(&self.tab), &entry.to_json())?;
        self.journaled = Some(plan.clone());
        Ok(())
    }

    fn journal_entry(&self, plan: &Plan, now_ms: u64) -> Journal {
        Journal {
            tab: self.tab.clone(),
            seq: self.seq,
            at: now_ms,
            added: self.added.clone(),
            base: self.base.clone(),
            plan: plan.clone(),
        }
    }

    /// Saves `plan`: journals it, folds every journal the stored record lacks (this tab's
    /// last), writes the record and reads it back.
    pub fn save(
        &mut self,
        kv: &impl KeyValue,
        plan: &Plan,
        now_ms: u64,
        saved_at: &str,
    ) -> Result<Synced, SaveError> {
        if self.read_only {
            return Err(SaveError::ReadOnly);
        }
        // A journal that cannot be written (a full storage) must not stop the record, whose
        // own write reports the fault.
        self.journal(kv, plan, now_ms).ok();
        let current = kv.get(PLAN_KEY)?;
        // With no other tab's journal stored, there is nothing of theirs to fold in.
        if self.journals_changed && !has_other_journals(kv, &self.tab) {
            self.journals_changed = false;
        }
        if let Some(last) = self.last.take() {
            if current.as_deref() == Some(last.text.as_str()) && !self.journals_changed {
                return self.save_over_own(kv, plan, last, saved_at);
            }
        }
        self.journals_changed = false;
        let mut record = match current.as_deref().map(Record::from_json) {
            None => Record::new(Plan::default(), 0, saved_at),
            Some(Ok(record)) => record,
            Some(Err(RecordError::Newer(_))) => return Err(SaveError::ReadOnly),
            Some(Err(_)) => {
                keep_aside(kv, PLAN_KEY, UNREADABLE_KEY)?;
                Record::new(Plan::default(), 0, saved_at)
            }
        };
        let stored_plan = record.plan.clone();
        let stored_folded = record.folded.clone();
        let mut tidy = Vec::new();
        for (key, other) in other_journals(kv, &self.tab) {
            let folded = record.folded.get(&other.tab);
            if other.seq > folded {
                record.plan = fold(&other, &record.plan, folded).plan;
                record.folded.set(&other.tab, other.seq);
            } else if now_ms.saturating_sub(other.at) > JOURNAL_KEEP_MS {
                tidy.push((key, other.tab));
            }
        }
        if self.seq > 0 {
            let mine = self.journal_entry(plan, now_ms);
            let folded = record.folded.get(&self.tab);
            if self.seq > folded {
                let result = fold(&mine, &record.plan, folded);
                self.move_added(&result.moved);
                record.plan = result.plan;
                record.folded.set(&self.tab, self.seq);
            }
        }
        let unchanged =
            current.is_some() && record.plan == stored_plan && record.folded == stored_folded;
        if !unchanged {
            if !self.saved_once {
                if let Some(text) = &current {
                    if Record::from_json(text).is_ok() {
                        kv.set(PREVIOUS_KEY, text)?;
                    }
                }
            }
            record.revision += 1;
            record.saved_at = saved_at.to_string();
            let text = record.to_json();
            self.write(kv, text, record.revision, record.folded.clone())?;
        } else if let Some(text) = current {
            self.last = Some(LastSeen {
                text,
                revision: record.revision,
                folded: record.folded.clone(),
            });
        }
        for (key, _) in tidy {
            // Only tidying: a journal left behind is folded again as a no-op.
            kv.remove(&key).ok();
        }
        self.watermark = self.watermark.max(record.plan.next_id);
        let shown = (record.plan != *plan).then(|| record.plan.clone());
        if let Some(shown) = &shown {
            self.journaled = Some(shown.clone());
        }
        Ok(Synced {
            plan: shown,
            needs_save: false,
        })
    }

    /// The save when the stored record is still the one this tab last wrote or read: no
    /// other tab has saved since, so nothing needs folding and the record is not parsed.
    fn save_over_own(
        &mut self,
        kv: &impl KeyValue,
        plan: &Plan,
        last: LastSeen,
        saved_at: &str,
    ) -> Result<Synced, SaveError> {
        let holds_mine = last.folded.get(&self.tab) >= self.seq;
        if holds_mine {
            self.last = Some(last);
            return Ok(Synced::default());
        }
        if !self.saved_once {
            kv.set(PREVIOUS_KEY, &last.text)?;
        }
        let mut folded = last.folded;
        folded.set(&self.tab, self.seq);
        let revision = last.revision + 1;
        let text = Record::stored_json(plan, revision, saved_at, &folded);
        self.write(kv, text, revision, folded)?;
        Ok(Synced::default())
    }

    /// Writes the record's text and reads it back.
    fn write(
        &mut self,
        kv: &impl KeyValue,
        text: String,
        revision: u64,
        folded: FoldedJournals,
    ) -> Result<(), SaveError> {
        write_checked(kv, PLAN_KEY, &text)?;
        self.saved_once = true;
        self.last = Some(LastSeen {
            text,
            revision,
            folded,
        });
        Ok(())
    }

    /// Another tab's journal changed: the next save looks at every journal.
    pub fn note_journal_changed(&mut self) {
        self.journals_changed = true;
    }

    /// Another tab saved: the plan to show now, with this tab's changes that the stored
    /// record lacks folded on top of it.
    pub fn on_stored_change(&mut self, kv: &impl KeyValue, plan: &Plan, now_ms: u64) -> Synced {
        if self.read_only {
            return Synced::default();
        }
        let Some((text, record)) = kv.get(PLAN_KEY).ok().flatten().and_then(|text| {
            let record = Record::from_json(&text).ok()?;
            Some((text, record))
        }) else {
            return Synced::default();
        };
        // Register the ids of changes not journaled yet before comparing.
        if self.journal(kv, plan, now_ms).is_err() {
            return Synced {
                plan: None,
                needs_save: true,
            };
        }
        let folded = record.folded.get(&self.tab);
        if self.seq == 0 || folded >= self.seq {
            // The record holds all of this tab's changes.
            let shown = (record.plan != *plan).then(|| record.plan.clone());
            self.adopt(&record.plan);
            self.last = Some(LastSeen {
                text,
                revision: record.revision,
                folded: record.folded,
            });
            return Synced {
                plan: shown,
                needs_save: false,
            };
        }
        let mine = self.journal_entry(plan, now_ms);
        let result = fold(&mine, &record.plan, folded);
        self.move_added(&result.moved);
        self.watermark = self.watermark.max(record.plan.next_id);
        let needs_save = result.plan != record.plan;
        let shown = (result.plan != *plan).then(|| result.plan.clone());
        Synced {
            plan: shown,
            needs_save,
        }
    }

    fn move_added(&mut self, moved: &HashMap<Id, Id>) {
        for (id, _) in &mut self.added {
            if let Some(new) = moved.get(id) {
                *id = *new;
            }
        }
    }
}

fn plan_json(plan: &Plan) -> Box<RawValue> {
    serde_json::value::to_raw_value(plan).expect("a plan always serializes")
}

/// True when any tab left a journal.
fn has_journals(kv: &impl KeyValue) -> bool {
    kv.keys()
        .map(|keys| keys.iter().any(|k| k.starts_with(JOURNAL_PREFIX)))
        .unwrap_or(false)
}

/// Whether any other tab's journal is stored (its key only; nothing is read).
fn has_other_journals(kv: &impl KeyValue, tab: &str) -> bool {
    let own = Journal::key(tab);
    kv.keys()
        .map(|keys| {
            keys.iter()
                .any(|k| k.starts_with(JOURNAL_PREFIX) && *k != own)
        })
        // Keys that can't be listed may hide a journal: look the slow way.
        .unwrap_or(true)
}

/// Every readable journal but this tab's, in key order (so every tab folds them alike).
fn other_journals(kv: &impl KeyValue, tab: &str) -> Vec<(String, Journal)> {
    let own = Journal::key(tab);
    let mut keys: Vec<String> = kv
        .keys()
        .unwrap_or_default()
        .into_iter()
        .filter(|k| k.starts_with(JOURNAL_PREFIX) && *k != own)
        .collect();
    keys.sort();
    keys.into_iter()
        .filter_map(|key| {
            let journal = Journal::from_json(&kv.get(&key).ok()??)?;
            Some((key, journal))
        })
        .collect()
}

/// Keeps `plan` aside before an import replaces it, so it can be restored.
pub fn keep_before_import(kv: &impl KeyValue, plan: &Plan, saved_at: &str) -> Result<(), KvError> {
    kv.set(BEFORE_IMPORT_KEY, &Record::json_of(plan, 0, saved_at))
}

/// The plan kept aside before the last import, if any and readable.
pub fn before_import(kv: &impl KeyValue) -> Option<Record> {
    let text = kv.get(BEFORE_IMPORT_KEY).ok()??;
    Record::from_json(&text).ok()
}

/// Reads the reviews this person is writing (the reviewer's desk), by the plan's rules:
/// text that can't be read is copied aside first, exactly as stored and under a key of
/// its own (`rebound.reviewing.unreadable`, then `.1`, `.2`, …, so no earlier copy is
/// written over), and the desk starts empty; a newer Rebound's desk is left as it is.
/// Either way nothing is written over text that was not kept.
pub fn load_reviewing(kv: &impl KeyValue) -> (Reviewing, Option<ReviewingError>) {
    match kv.get(REVIEWING_KEY) {
        Ok(Some(text)) => match Reviewing::from_json(&text) {
            Ok(reviewing) => (reviewing, None),
            Err(e @ ReviewingError::Newer(_)) => (Reviewing::untouchable(), Some(e)),
            Err(e) => {
                // If even the copy fails, the original stays where it is, untouched.
                let kept = keep_aside(kv, REVIEWING_KEY, REVIEWING_UNREADABLE_KEY).is_ok()
                    && kv.remove(REVIEWING_KEY).is_ok();
                let desk = if kept {
                    Reviewing::default()
                } else {
                    Reviewing::untouchable()
                };
                (desk, Some(e))
            }
        },
        Ok(None) => (Reviewing::default(), None),
        Err(e) => (Reviewing::default(), Some(ReviewingError::Storage(e))),
    }
}

/// Writes the reviews in progress, read back as the plan is.
pub fn save_reviewing(kv: &impl KeyValue, reviewing: &Reviewing) -> Result<(), ReviewingError> {
    if reviewing.is_untouchable() {
        return Err(ReviewingError::NotKeptAside);
    }
    write_checked(kv, REVIEWING_KEY, &reviewing.to_json()).map_err(|e| match e {
        WriteError::Storage(e) => ReviewingError::Storage(e),
        WriteError::NotReadBack => ReviewingError::NotReadBack,
    })
}

/// A notice about unreadable text kept aside by an earlier load, if any is still there.
fn kept_unreadable(kv: &impl KeyValue) -> Option<LoadNotice> {
    kv.get(UNREADABLE_KEY)
        .ok()
        .flatten()
        .map(|_| LoadNotice::Unreadable {
            kept_under: UNREADABLE_KEY.to_string(),
            reason: None,
            restored_previous: false,
        })
}

/// Why "delete everything" did not finish. Its text says what that means for the person;
/// [`DeleteError::way_out`] says what they can do.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum DeleteError {
    /// The keys could not be listed before anything was removed: nothing was deleted.
    #[error(
        "This browser did not let Rebound look at what it keeps here, so nothing was deleted."
    )]
    NotListed(KvError),
    /// A key could not be removed (the first such; every other key was still tried).
    /// `removed`: how many keys were.
    #[error("This browser did not let Rebound remove one part of what it keeps ({key}), so that part is still on this device.")]
    NotRemoved {
        key: String,
        error: KvError,
        removed: usize,
    },
    /// Every removal was accepted, but a key was there again when checked (another tab of
    /// Rebound may have written it just then).
    #[error("One part of what Rebound keeps ({key}) was written again just after it was removed, so it is still on this device.")]
    StillThere { key: String },
    /// Everything was removed, but the keys could not be listed again to check.
    #[error("Rebound removed what it keeps, but this browser did not let it check that everything is gone.")]
    NotChecked(KvError),
}

impl DeleteError {
    /// What happened, as the person is told.
    pub fn message(&self) -> Phrase {
        // A key is a name of Rebound's own (`rebound.plan`), shown as it is.
        let key = |key: &String| vec![("key", Arg::Theirs(key.clone()))];
        match self {
            DeleteError::NotListed(_) => Key::ErrorDeleteNotListed.into(),
            DeleteError::NotRemoved { key: k, .. } => {
                Phrase::said(Key::ErrorDeleteNotRemoved, key(k))
            }
            DeleteError::StillThere { key: k } => Phrase::said(Key::ErrorDeleteStillThere, key(k)),
            DeleteError::NotChecked(_) => Key::ErrorDeleteNotChecked.into(),
        }
    }

    /// What the person can do about it.
    pub fn way_out(&self) -> Key {
        match self {
            DeleteError::NotListed(_) | DeleteError::NotRemoved { removed: 0, .. } => {
                Key::ErrorDeleteWayOutUnchanged
            }
            DeleteError::NotRemoved { .. }
            | DeleteError::StillThere { .. }
            | DeleteError::NotChecked(_) => Key::ErrorDeleteWayOutPartly,
        }
    }

    /// True when something may have been removed, so the plan on this device may no
    /// longer be whole.
    pub fn removed_some(&self) -> bool {
        match self {
            DeleteError::NotListed(_) => false,
            DeleteError::NotRemoved { removed, .. } => *removed > 0,
            DeleteError::StillThere { .. } | DeleteError::NotChecked(_) => true,
        }
    }
}

/// Removes every key Rebound keeps on this device (every key starting `rebound.`: the
/// plan, its previous and kept-aside copies, every tab's journal, the reviews being
/// written, the backup reminder's dates, the colour choice), and leaves every other key
/// alone. The plan's own key goes first, so another open tab learns at once that it is
/// gone. A key that can't be removed does not stop the others; then the keys are listed
/// again, and the first `rebound.` key still there is reported. Returns how many keys were
/// removed.
pub fn delete_everything(kv: &impl KeyValue) -> Result<usize, DeleteError> {
    let mut keys: Vec<String> = kv
        .keys()
        .map_err(DeleteError::NotListed)?
        .into_iter()
        .filter(|k| k.starts_with(KEY_PREFIX))
        .collect();
    keys.sort_by_key(|k| (k != PLAN_KEY, k.clone()));
    let mut refused = None;
    let mut removed = 0;
    for key in keys {
        match kv.remove(&key) {
            Ok(()) => removed += 1,
            Err(error) => {
                refused.get_or_insert((key, error));
            }
        }
    }
    if let Some((key, error)) = refused {
        return Err(DeleteError::NotRemoved {
            key,
            error,
            removed,
        });
    }
    let mut left: Vec<String> = kv
        .keys()
        .map_err(DeleteError::NotChecked)?
        .into_iter()
        .filter(|k| k.starts_with(KEY_PREFIX))
        .collect();
    left.sort();
    match left.into_iter().next() {
        Some(key) => Err(DeleteError::StillThere { key }),
        None => Ok(removed),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::plan::{FeedbackRef, GapStatus, Outcome, SkillGapDraft};
    use crate::core::store::fakes::FakeKv;
    use crate::core::words::Messages;

    const T0: u64 = 1_800_000_000_000;

    /// The id the browser would make for a new tab's plan.
    fn fresh() -> PlanId {
        PlanId::from_random([0x5e; 16])
    }

    /// The id of the stored plans below.
    fn stored_id() -> PlanId {
        PlanId::from_random([0x1d; 16])
    }

    fn gap(plan: &Plan, skill: &str) -> Id {
        plan.skill_gaps
            .iter()
            .find(|g| g.skill == skill)
            .unwrap()
            .id
    }

    fn add(plan: &mut Plan, skill: &str) -> Id {
        plan.add_skill_gap(&SkillGapDraft::named(skill), false)
            .unwrap()
    }

    /// A stored plan with two gaps.
    fn two_gaps() -> FakeKv {
        let mut plan = Plan::default();
        plan.ensure_id(stored_id());
        add(&mut plan, "SQL");
        add(&mut plan, "Python");
        let kv = FakeKv::default();
        kv.set(PLAN_KEY, &Record::new(plan, 1, "t0").to_json())
            .unwrap();
        kv
    }

    fn stored(kv: &FakeKv) -> Record {
        Record::from_json(&kv.item(PLAN_KEY).unwrap()).unwrap()
    }

    fn gaps(plan: &Plan) -> Vec<(String, GapStatus)> {
        let mut gaps: Vec<_> = plan
            .skill_gaps
            .iter()
            .map(|g| (g.skill.clone(), g.status))
            .collect();
        gaps.sort_by(|a, b| a.0.cmp(&b.0));
        gaps
    }

    /// The skills of the stored plan's gaps, sorted.
    fn stored_skills(kv: &FakeKv) -> Vec<String> {
        gaps(&stored(kv).plan).into_iter().map(|(s, _)| s).collect()
    }

    fn ids_are_unique(plan: &Plan) {
        let mut ids = Vec::new();
        ids.extend(plan.skill_gaps.iter().map(|g| g.id));
        ids.extend(plan.rejections.iter().map(|r| r.id));
        let count = ids.len();
        ids.sort();
        ids.dedup();
        assert_eq!(ids.len(), count, "ids clash in {plan:?}");
    }

    /// A tab's first save takes the quick way over its own record only when no other tab's
    /// journal is stored: one that is, even from a tab that never saved, is folded in.
    #[test]
    fn a_first_save_folds_another_tabs_journal_and_a_lone_one_saves_its_own() {
        let kv = two_gaps();
        let (mut a, loaded_a) = Saver::open(&kv, "a", fresh(), T0, "t");
        let (mut b, loaded_b) = Saver::open(&kv, "b", fresh(), T0, "t");
        let mut plan_b = loaded_b.plan;
        add(&mut plan_b, "From B");
        b.journal(&kv, &plan_b, T0 + 100).unwrap();
        let mut plan_a = loaded_a.plan;
        add(&mut plan_a, "From A");
        a.save(&kv, &plan_a, T0 + 200, "t").unwrap();
        assert_eq!(stored_skills(&kv), ["From A", "From B", "Python", "SQL"]);

        let alone = two_gaps();
        let (mut c, loaded_c) = Saver::open(&alone, "c", fresh(), T0, "t");
        let mut plan_c = loaded_c.plan;
        add(&mut plan_c, "From C");
        c.save(&alone, &plan_c, T0 + 200, "t").unwrap();
        assert_eq!(stored_skills(&alone), ["From C", "Python", "SQL"]);
    }

    /// Two tabs change different gaps and add one each; tab B's storage has not seen tab
    /// A's writes yet when B saves, so B's record wins the race without A's changes.
    /// The next load folds A's journal back in.
    #[test]
    fn a_save_that_loses_the_race_is_folded_in_by_the_next_load() {
        let kv = two_gaps();
        let (mut a, loaded_a) = Saver::open(&kv, "a", fresh(), T0, "t");
        let (mut b, loaded_b) = Saver::open(&kv, "b", fresh(), T0, "t");
        let mut plan_a = loaded_a.plan;
        let mut plan_b = loaded_b.plan;
        let sql = gap(&plan_a, "SQL");
        let python = gap(&plan_b, "Python");
        plan_a.set_gap_status(sql, GapStatus::Done).unwrap();
        add(&mut plan_a, "From A");
        plan_b
            .set_gap_status(python, GapStatus::InProgress)
            .unwrap();
        add(&mut plan_b, "From B");
        // B's view of storage lags: it sees neither A's journal nor A's save.
        let lagging = kv.snapshot();
        a.journal(&kv, &plan_a, T0 + 100).unwrap();
        b.journal(&lagging, &plan_b, T0 + 100).unwrap();
        a.save(&kv, &plan_a, T0 + 200, "t").unwrap();
        b.save(&lagging, &plan_b, T0 + 200, "t").unwrap();
        kv.set(PLAN_KEY, &lagging.item(PLAN_KEY).unwrap()).unwrap();
        let b_key = Journal::key("b");
        kv.set(&b_key, &lagging.item(&b_key).unwrap()).unwrap();
        assert!(!gaps(&stored(&kv).plan).iter().any(|(s, _)| s == "From A"));

        // Both tabs are gone; the next load has everything.
        let (_, loaded) = Saver::open(&kv, "c", fresh(), T0 + 300, "t");
        assert!(loaded.recovered);
        let want = vec![
            ("From A".to_string(), GapStatus::NotStarted),
            ("From B".to_string(), GapStatus::NotStarted),
            ("Python".to_string(), GapStatus::InProgress),
            ("SQL".to_string(), GapStatus::Done),
        ];
        assert_eq!(gaps(&loaded.plan), want);
        assert_eq!(stored(&kv).plan, loaded.plan);
        ids_are_unique(&loaded.plan);
        // Opening again applies nothing twice and writes nothing.
        let revision = stored(&kv).revision;
        let (_, again) = Saver::open(&kv, "d", fresh(), T0 + 400, "t");
        assert!(!again.recovered);
        assert_eq!(again.plan, loaded.plan);
        assert_eq!(stored(&kv).revision, revision);
    }

    #[test]
    fn a_crashed_tab_keeps_what_it_journaled() {
        let kv = two_gaps();
        let (mut a, loaded) = Saver::open(&kv, "a", fresh(), T0, "t");
        let mut plan = loaded.plan;
        add(&mut plan, "Journaled");
        a.journal(&kv, &plan, T0 + 10).unwrap();
        // No save: the tab died before its save delay ran out.
        let (_, after) = Saver::open(&kv, "b", fresh(), T0 + 20, "t");
        assert!(after.recovered);
        assert_eq!(after.plan, plan);
        assert_eq!(stored(&kv).plan, plan);
    }

    /// Both tabs hand out the same id and each has that gap open for editing, with a
    /// change typed but not saved: each typed text stays with its own tab's gap, also
    /// when the moved gap is the one open (the edit form's drafts move with it).
    #[test]
    fn an_open_edit_in_each_tab_stays_with_its_own_item_when_ids_clash() {
        use crate::core::item::{DraftKey, Form};
        let kv = two_gaps();
        let (mut a, loaded) = Saver::open(&kv, "a", fresh(), T0, "t");
        let (mut b, _) = Saver::open(&kv, "b", fresh(), T0, "t");
        let mut plan_a = loaded.plan.clone();
        let mut plan_b = loaded.plan;
        let from_a = add(&mut plan_a, "From A");
        let from_b = add(&mut plan_b, "From B");
        assert_eq!(from_a, from_b, "both tabs handed out the same id");
        for (plan, id, typed) in [
            (&mut plan_a, from_a, "A's edit"),
            (&mut plan_b, from_b, "B's edit"),
        ] {
            plan.set_draft(&DraftKey::gap_editing(), &id.to_string());
            plan.set_draft(&Form::EditGap(id).key("skill"), typed);
        }
        b.save(&kv, &plan_b, T0 + 1, "t").unwrap();
        a.journal(&kv, &plan_a, T0 + 2).unwrap();
        let shown = a
            .save(&kv, &plan_a, T0 + 3, "t")
            .unwrap()
            .plan
            .expect("tab A's gap moved, so its plan changes");
        ids_are_unique(&shown);
        let moved = gap(&shown, "From A");
        assert_ne!(moved, from_b);
        assert_eq!(gap(&shown, "From B"), from_b);
        let typed = |id: Id| shown.draft(&Form::EditGap(id).key("skill"));
        assert_eq!(typed(moved), Some("A's edit"));
        assert_eq!(typed(from_b), Some("B's edit"));
        // Tab A's form stays open on tab A's gap (this tab's change wins the one key).
        assert_eq!(
            shown.draft(&DraftKey::gap_editing()),
            Some(moved.to_string().as_str())
        );
    }

    #[test]
    fn the_plan_before_an_import_can_be_restored() {
        let kv = FakeKv::default();
        assert_eq!(before_import(&kv), None);
        let mut plan = Plan::default();
        add(&mut plan, "SQL");
        keep_before_import(&kv, &plan, "2026-11-25").unwrap();
        let kept = before_import(&kv).unwrap();
        assert_eq!(kept.plan, plan);
        assert_eq!(kept.saved_at, "2026-11-25");
    }

    /// The reviewer's desk is kept by the plan's rules: every unreadable text found under
    /// its key is kept aside under a key of its own (a second one never overwrites the
    /// first, a lone surrogate included), a full storage and a write that does not read
    /// back are reported, and a desk that could not be kept aside is never written over.
    #[test]
    fn the_reviewers_desk_keeps_every_unreadable_copy_and_reports_failed_writes() {
        use crate::core::format::reviewing::{
            Reviewing, ReviewingError, REVIEWING_KEY, REVIEWING_UNREADABLE_KEY,
        };
        let first: Vec<u16> = "{\"format\":1,\"rev".encode_utf16().collect();
        let mut second: Vec<u16> = "{\"format\":1,\"reviews\":[\"".encode_utf16().collect();
        second.push(0xd83d); // cut inside an emoji
        let kv = FakeKv::default();
        kv.set_units(REVIEWING_KEY, first.clone());
        let (desk, error) = load_reviewing(&kv);
        assert!(matches!(error, Some(ReviewingError::Unreadable(_))));
        save_reviewing(&kv, &desk).unwrap();
        kv.set_units(REVIEWING_KEY, second.clone());
        let (desk, error) = load_reviewing(&kv);
        assert!(matches!(error, Some(ReviewingError::Unreadable(_))));
        assert_eq!(kv.units(REVIEWING_UNREADABLE_KEY), Some(first));
        assert_eq!(
            kv.units(&format!("{REVIEWING_UNREADABLE_KEY}.1")),
            Some(second)
        );
        assert_eq!(kv.item(REVIEWING_KEY), None);
        save_reviewing(&kv, &desk).unwrap();
        assert_eq!(kv.item(REVIEWING_KEY), Some(desk.to_json()));

        let full = FakeKv {
            quota: Some(10),
            ..FakeKv::default()
        };
        assert_eq!(
            save_reviewing(&full, &Reviewing::default()),
            Err(ReviewingError::Storage(KvError::Full))
        );
        let corrupting = FakeKv {
            corrupt_writes: true,
            ..FakeKv::default()
        };
        assert_eq!(
            save_reviewing(&corrupting, &Reviewing::default()),
            Err(ReviewingError::NotReadBack)
        );
        // Text that could not be kept aside (the copy is refused) stays untouched.
        let refusing = FakeKv {
            refuse_writes: true,
            ..FakeKv::default()
        };
        refusing.set_units(REVIEWING_KEY, "not json".encode_utf16().collect());
        let (desk, _) = load_reviewing(&refusing);
        assert_eq!(
            save_reviewing(&refusing, &desk),
            Err(ReviewingError::NotKeptAside)
        );
        assert_eq!(refusing.item(REVIEWING_KEY).as_deref(), Some("not json"));
    }

    /// Both tabs hand out the same id; the folded-in item moves to a free id, with the
    /// links to it (here: the feedback it was made from).
    #[test]
    fn clashing_ids_move_with_their_links() {
        let kv = FakeKv::default();
        let mut plan = crate::core::format::typical_plan();
        plan.ensure_id(stored_id());
        plan.skill_gaps.clear();
        kv.set(PLAN_KEY, &Record::new(plan, 1, "t").to_json())
            .unwrap();
        let (mut a, loaded) = Saver::open(&kv, "a", fresh(), T0, "t");
        let (mut b, _) = Saver::open(&kv, "b", fresh(), T0, "t");
        let mut plan_a = loaded.plan.clone();
        let mut plan_b = loaded.plan;
        let rejection = &plan_a.rejections[0];
        let source = FeedbackRef {
            rejection: rejection.id,
            feedback: rejection.feedback[0].id,
        };
        let from_feedback = plan_a
            .feedback_to_skill_gap(source, &crate::core::words::Messages::english())
            .unwrap();
        let from_b = add(&mut plan_b, "From B");
        assert_eq!(from_feedback, from_b, "both tabs handed out the same id");
        // B saves before A's journal reaches storage.
        b.save(&kv, &plan_b, T0 + 1, "t").unwrap();
        a.journal(&kv, &plan_a, T0 + 2).unwrap();
        let synced = a.save(&kv, &plan_a, T0 + 3, "t").unwrap();
        let shown = synced.plan.expect("tab A's gap moved, so its plan changes");
        ids_are_unique(&shown);
        assert_eq!(stored(&kv).plan, shown);
        let moved = shown
            .skill_gaps
            .iter()
            .find(|g| g.source == Some(source))
            .unwrap();
        assert_ne!(moved.id, from_b);
        let item = &shown.rejections[0].feedback[0];
        assert_eq!(item.outcome, Some(Outcome::SkillGap(moved.id)));
        assert_eq!(gap(&shown, "From B"), from_b);
        // Folding A's journal again (a later load) does not move or copy anything.
        let (_, loaded) = Saver::open(&kv, "c", fresh(), T0 + 4, "t");
        assert_eq!(loaded.plan, shown);
    }

    #[test]
    fn another_tabs_save_is_shown_with_this_tabs_unsaved_changes_on_top() {
        let kv = two_gaps();
        let (mut a, loaded) = Saver::open(&kv, "a", fresh(), T0, "t");
        let (mut b, _) = Saver::open(&kv, "b", fresh(), T0, "t");
        let mut plan_a = loaded.plan.clone();
        let mut plan_b = loaded.plan;
        add(&mut plan_a, "A saved");
        a.save(&kv, &plan_a, T0 + 1, "t").unwrap();
        add(&mut plan_b, "B typing");
        let synced = b.on_stored_change(&kv, &plan_b, T0 + 2);
        assert!(synced.needs_save);
        let shown = synced.plan.unwrap();
        ids_are_unique(&shown);
        let names: Vec<_> = gaps(&shown).into_iter().map(|(s, _)| s).collect();
        assert_eq!(names, ["A saved", "B typing", "Python", "SQL"]);
        b.save(&kv, &shown, T0 + 3, "t").unwrap();
        assert_eq!(stored(&kv).plan, shown);
        // A now sees B's save, which holds everything A wrote: A simply adopts it.
        let synced = a.on_stored_change(&kv, &plan_a, T0 + 4);
        assert!(!synced.needs_save);
        assert_eq!(synced.plan, Some(shown));
    }

    #[test]
    fn a_full_storage_is_reported_the_record_survives_and_saving_resumes() {
        let mut kv = two_gaps();
        let before = kv.item(PLAN_KEY).unwrap();
        let (mut a, loaded) = Saver::open(&kv, "a", fresh(), T0, "t");
        let mut plan = loaded.plan;
        add(&mut plan, &"x".repeat(150));
        kv.quota = Some(kv.used() + 10);
        assert_eq!(a.save(&kv, &plan, T0 + 1, "t"), Err(SaveError::Full));
        assert_eq!(kv.item(PLAN_KEY).unwrap(), before);
        kv.quota = None;
        assert!(a.save(&kv, &plan, T0 + 2, "t").is_ok());
        assert_eq!(stored(&kv).plan, plan);
    }

    #[test]
    fn a_storage_that_corrupts_writes_is_caught_by_the_read_back() {
        let mut kv = two_gaps();
        let (mut a, loaded) = Saver::open(&kv, "a", fresh(), T0, "t");
        let mut plan = loaded.plan;
        add(&mut plan, "Go");
        kv.corrupt_writes = true;
        assert_eq!(a.save(&kv, &plan, T0 + 1, "t"), Err(SaveError::NotReadBack));
    }

    #[test]
    fn without_storage_the_plan_lives_in_memory_and_saving_says_so() {
        let kv = FakeKv {
            unavailable: true,
            ..FakeKv::default()
        };
        let (mut a, loaded) = Saver::open(&kv, "a", fresh(), T0, "t");
        assert_eq!(loaded.notice, Some(LoadNotice::Unavailable));
        let mut plan = loaded.plan;
        add(&mut plan, "Go");
        assert_eq!(a.save(&kv, &plan, T0, "t"), Err(SaveError::Unavailable));
    }

    #[test]
    fn a_newer_record_is_read_only_and_untouched() {
        let newer = r#"{"format":99,"plan":{"future":"stuff"}}"#;
        let kv = FakeKv::with(PLAN_KEY, newer);
        let (mut a, loaded) = Saver::open(&kv, "a", fresh(), T0, "t");
        assert!(a.read_only());
        assert_eq!(loaded.notice, Some(LoadNotice::Newer { version: 99 }));
        let mut plan = loaded.plan;
        add(&mut plan, "Go");
        assert_eq!(a.save(&kv, &plan, T0, "t"), Err(SaveError::ReadOnly));
        assert_eq!(a.journal(&kv, &plan, T0), Ok(()));
        assert_eq!(kv.item(PLAN_KEY).unwrap(), newer);
        assert_eq!(kv.keys().unwrap(), [PLAN_KEY]);
    }

    /// A save cut off inside an emoji leaves a lone UTF-16 surrogate, which a Rust string
    /// cannot hold: the storage's own copy keeps it exactly.
    #[test]
    fn unreadable_text_is_kept_aside_exactly_and_the_previous_copy_opens() {
        let kv = two_gaps();
        let good = kv.item(PLAN_KEY).unwrap();
        kv.set(PREVIOUS_KEY, &good).unwrap();
        let mut cut: Vec<u16> = good.replace("SQL", "SQL 😀").encode_utf16().collect();
        let emoji = cut
            .iter()
            .position(|&u| (0xD800..0xDC00).contains(&u))
            .unwrap();
        cut.truncate(emoji + 1);
        kv.set_units(PLAN_KEY, cut.clone());
        let (mut a, loaded) = Saver::open(&kv, "a", fresh(), T0, "t");
        let Some(LoadNotice::Unreadable {
            kept_under,
            restored_previous,
            reason: Some(_),
        }) = loaded.notice
        else {
            panic!("unexpected {:?}", loaded.notice);
        };
        assert!(restored_previous);
        assert_eq!(kv.units(&kept_under), Some(cut.clone()));
        let mut plan = loaded.plan;
        assert_eq!(gaps(&plan).len(), 2);
        add(&mut plan, "After");
        a.save(&kv, &plan, T0 + 1, "t").unwrap();
        assert_eq!(kv.units(&kept_under), Some(cut.clone()));
        // Later loads still point at it; a second, different unreadable text gets its own key.
        let (_, later) = Saver::open(&kv, "b", fresh(), T0 + 2, "t");
        assert!(matches!(later.notice, Some(LoadNotice::Unreadable { .. })));
        kv.set(PLAN_KEY, "second garbage").unwrap();
        let (_, third) = Saver::open(&kv, "c", fresh(), T0 + 3, "t");
        match third.notice {
            Some(LoadNotice::Unreadable { kept_under, .. }) => {
                assert_eq!(kept_under, format!("{UNREADABLE_KEY}.1"));
                assert_eq!(kv.item(&kept_under).unwrap(), "second garbage");
            }
            other => panic!("unexpected {other:?}"),
        }
        assert_eq!(kv.units(UNREADABLE_KEY), Some(cut));
    }

    #[test]
    fn the_first_save_of_a_session_keeps_the_previous_record() {
        let kv = two_gaps();
        let first = kv.item(PLAN_KEY).unwrap();
        let (mut a, loaded) = Saver::open(&kv, "a", fresh(), T0, "t");
        let mut plan = loaded.plan;
        add(&mut plan, "Go");
        a.save(&kv, &plan, T0 + 1, "t").unwrap();
        assert_eq!(kv.item(PREVIOUS_KEY).unwrap(), first);
        add(&mut plan, "Rust");
        a.save(&kv, &plan, T0 + 2, "t").unwrap();
        assert_eq!(kv.item(PREVIOUS_KEY).unwrap(), first);
    }

    #[test]
    fn journals_the_record_holds_are_tidied_away_later_and_their_numbers_kept() {
        let kv = two_gaps();
        let (mut a, loaded) = Saver::open(&kv, "a", fresh(), T0, "t");
        let mut in_a = loaded.plan;
        add(&mut in_a, "Go");
        a.save(&kv, &in_a, T0, "t").unwrap();
        let (mut b, loaded) = Saver::open(&kv, "b", fresh(), T0 + 1, "t");
        let mut plan = loaded.plan;
        add(&mut plan, "Rust");
        b.save(&kv, &plan, T0 + 2, "t").unwrap();
        assert!(kv.item(&Journal::key("a")).is_some());
        // Tidied by the first load after the keep time.
        let (_, loaded) = Saver::open(&kv, "c", fresh(), T0 + JOURNAL_KEEP_MS + 10, "t");
        assert_eq!(kv.item(&Journal::key("a")), None);
        assert_eq!(kv.item(&Journal::key("b")), None);
        assert_eq!(stored(&kv).plan, plan);
        assert_eq!(loaded.plan, plan);
        // Tab A was still open: it sees the others' saves, and its next change folds in as
        // itself, copying nothing.
        let mut plan_a = a
            .on_stored_change(&kv, &in_a, T0 + JOURNAL_KEEP_MS + 15)
            .plan
            .unwrap_or_else(|| loaded.plan.clone());
        add(&mut plan_a, "Later in A");
        a.save(&kv, &plan_a, T0 + JOURNAL_KEEP_MS + 20, "t")
            .unwrap();
        let names: Vec<_> = gaps(&stored(&kv).plan)
            .into_iter()
            .map(|(s, _)| s)
            .collect();
        assert_eq!(names, ["Go", "Later in A", "Python", "Rust", "SQL"]);
    }

    /// A record exactly as format 1 of the app wrote it: its plan has no id.
    const FORMAT_1: &str = include_str!("../../tests/fixtures/record-format-1.json");

    #[test]
    fn a_format_1_plan_gets_an_id_on_load_that_is_saved_and_kept() {
        let kv = FakeKv::with(PLAN_KEY, FORMAT_1);
        let (_, loaded) = Saver::open(&kv, "a", fresh(), T0, "t");
        assert_eq!(loaded.plan.id, Some(fresh()));
        assert!(!loaded.recovered);
        let record = stored(&kv);
        assert_eq!(record.plan, loaded.plan, "the migration is saved at once");
        assert!(kv.item(PLAN_KEY).unwrap().starts_with(r#"{"format":4,"#));
        // The original is kept as the previous copy, and nothing else changed.
        assert_eq!(kv.item(PREVIOUS_KEY).unwrap(), FORMAT_1);
        let mut before = Record::from_json(FORMAT_1).unwrap().plan;
        before.id = Some(fresh());
        assert_eq!(loaded.plan, before);
        // Later loads keep that id, whatever id the browser offers them.
        let revision = record.revision;
        let (_, again) = Saver::open(&kv, "b", stored_id(), T0 + 1, "t");
        assert_eq!(again.plan.id, Some(fresh()));
        assert_eq!(stored(&kv).revision, revision, "nothing more to write");
    }

    #[test]
    fn two_tabs_loading_one_format_1_record_settle_on_one_id() {
        let kv = FakeKv::with(PLAN_KEY, FORMAT_1);
        let lagging = kv.snapshot();
        let (_, a) = Saver::open(&kv, "a", fresh(), T0, "t");
        // B loaded before A's save reached its view of storage.
        let (mut b, b_loaded) = Saver::open(&lagging, "b", stored_id(), T0, "t");
        assert_eq!(b_loaded.plan.id, Some(stored_id()));
        let b_key = Journal::key("b");
        kv.set(&b_key, &lagging.item(&b_key).unwrap()).unwrap();
        let synced = b.on_stored_change(&kv, &b_loaded.plan, T0 + 1);
        let b_plan = synced.plan.unwrap_or(b_loaded.plan);
        b.save(&kv, &b_plan, T0 + 2, "t").unwrap();
        let (_, c) = Saver::open(&kv, "c", PlanId::from_random([9; 16]), T0 + 3, "t");
        assert!(c.plan.id == a.plan.id || c.plan.id == Some(stored_id()));
        assert_eq!(c.plan.id, stored(&kv).plan.id);
        assert_eq!(c.plan.id, b_plan.id);
    }

    #[test]
    fn a_new_plan_starts_with_its_id_and_writes_nothing_until_it_changes() {
        let kv = FakeKv::default();
        let (mut a, loaded) = Saver::open(&kv, "a", fresh(), T0, "t");
        assert_eq!(loaded.plan.id, Some(fresh()));
        assert!(loaded.plan.is_empty());
        assert_eq!(kv.item(PLAN_KEY), None);
        a.journal(&kv, &loaded.plan, T0).unwrap();
        assert_eq!(kv.keys().unwrap(), Vec::<String>::new());
        let mut plan = loaded.plan;
        add(&mut plan, "SQL");
        a.save(&kv, &plan, T0 + 1, "t").unwrap();
        assert_eq!(stored(&kv).plan.id, Some(fresh()));
    }

    #[test]
    fn the_previous_copy_opened_after_damage_is_saved_whole_with_the_next_change() {
        let kv = two_gaps();
        kv.set(PREVIOUS_KEY, &kv.item(PLAN_KEY).unwrap()).unwrap();
        kv.set(PLAN_KEY, "{damaged").unwrap();
        let (mut a, loaded) = Saver::open(&kv, "a", fresh(), T0, "t");
        let mut plan = loaded.plan;
        add(&mut plan, "After");
        a.save(&kv, &plan, T0 + 1, "t").unwrap();
        assert_eq!(gaps(&stored(&kv).plan).len(), 3);
        assert_eq!(stored(&kv).plan, plan);
    }

    /// A browser that throws `SecurityError` on writes while reads still work.
    #[test]
    fn a_refused_write_is_reported_as_no_storage() {
        let mut kv = two_gaps();
        let (mut a, loaded) = Saver::open(&kv, "a", fresh(), T0, "t");
        kv.refuse_writes = true;
        let mut plan = loaded.plan;
        add(&mut plan, "Go");
        assert_eq!(a.save(&kv, &plan, T0 + 1, "t"), Err(SaveError::Unavailable));
        assert_eq!(a.journal(&kv, &plan, T0 + 2), Err(SaveError::Unavailable));
    }

    #[test]
    fn every_save_error_says_what_it_means_and_the_way_out() {
        let errors = [
            SaveError::Full,
            SaveError::Unavailable,
            SaveError::NotReadBack,
            SaveError::ReadOnly,
            SaveError::Storage("QuotaExceeded?".into()),
        ];
        let english = Messages::english();
        let mut ways = Vec::new();
        for e in &errors {
            assert!(english.text(e.headline()).ends_with('.'), "{e:?}");
            assert!(e.to_string().ends_with('.'), "{e:?}");
            assert_eq!(english.plain(&e.message()), e.to_string());
            let way_out = english.text(e.way_out());
            assert!(way_out.contains("Export a backup"), "{e:?}");
            assert!(!ways.contains(&way_out), "{e:?} repeats another's way out");
            ways.push(way_out);
        }
    }

    /// A storage holding everything Rebound keeps after some use (a plan saved by a tab
    /// that is still open, its journal, the copy kept before an import, text kept aside,
    /// reviews being written, the backup dates, the colour choice), beside other apps' keys.
    fn everything_kept() -> FakeKv {
        let kv = two_gaps();
        let (mut a, loaded) = Saver::open(&kv, "a", fresh(), T0, "t");
        let mut plan = loaded.plan;
        add(&mut plan, "Excel");
        a.save(&kv, &plan, T0 + 1, "t1").unwrap();
        keep_before_import(&kv, &plan, "t2").unwrap();
        kv.set(UNREADABLE_KEY, "{cut off").unwrap();
        save_reviewing(&kv, &Reviewing::default()).unwrap();
        crate::core::store::BackupMeta::load(&kv, chrono::NaiveDate::MIN);
        kv.set("rebound.theme", "dark").unwrap();
        for (key, value) in OTHERS {
            kv.set(key, value).unwrap();
        }
        kv
    }

    /// Keys of other apps on the same site, some of them close to Rebound's own.
    const OTHERS: [(&str, &str); 4] = [
        ("other-app.x", "1"),
        ("rebound", "not ours: no dot"),
        ("my-rebound.plan", "2"),
        ("REBOUND.plan", "3"),
    ];

    fn others() -> Vec<String> {
        let mut keys: Vec<String> = OTHERS.iter().map(|(k, _)| k.to_string()).collect();
        keys.sort();
        keys
    }

    fn ours(kv: &FakeKv) -> Vec<String> {
        kv.keys()
            .unwrap()
            .into_iter()
            .filter(|k| k.starts_with("rebound."))
            .collect()
    }

    #[test]
    fn delete_everything_removes_every_rebound_key_and_no_other() {
        let kv = everything_kept();
        let kept = ours(&kv);
        for key in [
            PLAN_KEY,
            PREVIOUS_KEY,
            BEFORE_IMPORT_KEY,
            UNREADABLE_KEY,
            REVIEWING_KEY,
            crate::core::store::BACKUP_META_KEY,
            "rebound.theme",
            &Journal::key("a"),
        ] {
            assert!(kept.iter().any(|k| k == key), "{key} is not stored");
        }
        assert_eq!(delete_everything(&kv), Ok(kept.len()));
        assert_eq!(kv.keys().unwrap(), others());
        for (key, value) in OTHERS {
            assert_eq!(kv.item(key).as_deref(), Some(value));
        }
        // Nothing left to delete is no fault.
        assert_eq!(delete_everything(&kv), Ok(0));
        // A new tab opens an empty plan and, like the backup dates, writes nothing.
        let (_, loaded) = Saver::open(&kv, "b", fresh(), T0 + 2, "t3");
        assert!(loaded.plan.is_empty());
        assert_eq!(loaded.notice, None);
        crate::core::store::BackupMeta::read(&kv, chrono::NaiveDate::MIN);
        assert_eq!(kv.keys().unwrap(), others());
    }

    #[test]
    fn delete_everything_says_when_storage_cannot_be_read_or_written() {
        let mut kv = everything_kept();
        let before = kv.items.borrow().clone();
        kv.unavailable = true;
        assert_eq!(
            delete_everything(&kv),
            Err(DeleteError::NotListed(KvError::Unavailable))
        );
        kv.unavailable = false;
        kv.refuse_writes = true;
        // The plan's own key is tried first and named.
        assert_eq!(
            delete_everything(&kv),
            Err(DeleteError::NotRemoved {
                key: PLAN_KEY.into(),
                error: KvError::Unavailable,
                removed: 0
            })
        );
        assert_eq!(*kv.items.borrow(), before);
    }

    /// A storage that misbehaves with one key, or lists its keys only once.
    struct Awkward {
        kv: FakeKv,
        key: &'static str,
        how: Awkwardness,
        listed: std::cell::Cell<u32>,
    }

    enum Awkwardness {
        /// Removing `key` fails.
        Refuses,
        /// Removing `key` is accepted but it stays (another tab writes it back).
        WrittenBack,
        /// Keys can be listed once.
        ListsOnce,
    }

    impl KeyValue for Awkward {
        fn get(&self, key: &str) -> Result<Option<String>, KvError> {
            self.kv.get(key)
        }
        fn set(&self, key: &str, value: &str) -> Result<(), KvError> {
            self.kv.set(key, value)
        }
        fn remove(&self, key: &str) -> Result<(), KvError> {
            match self.how {
                Awkwardness::Refuses if key == self.key => Err(KvError::Other("locked".into())),
                Awkwardness::WrittenBack if key == self.key => Ok(()),
                _ => self.kv.remove(key),
            }
        }
        fn keys(&self) -> Result<Vec<String>, KvError> {
            self.listed.set(self.listed.get() + 1);
            match self.how {
                Awkwardness::ListsOnce if self.listed.get() > 1 => Err(KvError::Unavailable),
                _ => self.kv.keys(),
            }
        }
    }

    fn awkward(key: &'static str, how: Awkwardness) -> Awkward {
        Awkward {
            kv: everything_kept(),
            key,
            how,
            listed: std::cell::Cell::new(0),
        }
    }

    #[test]
    fn a_key_that_stays_is_named_and_the_rest_still_go() {
        let kv = awkward(REVIEWING_KEY, Awkwardness::Refuses);
        let kept = ours(&kv.kv);
        assert_eq!(
            delete_everything(&kv),
            Err(DeleteError::NotRemoved {
                key: REVIEWING_KEY.into(),
                error: KvError::Other("locked".into()),
                removed: kept.len() - 1
            })
        );
        assert_eq!(ours(&kv.kv), vec![REVIEWING_KEY.to_string()]);
        assert_eq!(kv.kv.keys().unwrap().len(), OTHERS.len() + 1);

        let kv = awkward(PREVIOUS_KEY, Awkwardness::WrittenBack);
        assert_eq!(
            delete_everything(&kv),
            Err(DeleteError::StillThere {
                key: PREVIOUS_KEY.into()
            })
        );
        assert_eq!(ours(&kv.kv), vec![PREVIOUS_KEY.to_string()]);

        let kv = awkward("", Awkwardness::ListsOnce);
        assert_eq!(
            delete_everything(&kv),
            Err(DeleteError::NotChecked(KvError::Unavailable))
        );
        assert!(ours(&kv.kv).is_empty());
    }

    #[test]
    fn every_delete_error_says_what_it_means_and_the_way_out() {
        let errors = [
            DeleteError::NotListed(KvError::Unavailable),
            DeleteError::NotRemoved {
                key: PLAN_KEY.into(),
                error: KvError::Full,
                removed: 0,
            },
            DeleteError::NotRemoved {
                key: PLAN_KEY.into(),
                error: KvError::Full,
                removed: 3,
            },
            DeleteError::StillThere {
                key: PLAN_KEY.into(),
            },
            DeleteError::NotChecked(KvError::Unavailable),
        ];
        let english = Messages::english();
        for e in &errors {
            assert!(e.to_string().ends_with('.'), "{e:?}");
            assert_eq!(english.plain(&e.message()), e.to_string());
            let way_out = english.text(e.way_out());
            assert!(way_out.contains("try again"), "{e:?}");
            let untouched = matches!(
                e,
                DeleteError::NotListed(_) | DeleteError::NotRemoved { removed: 0, .. }
            );
            assert_eq!(e.removed_some(), !untouched, "{e:?}");
            assert_eq!(way_out.starts_with("Your plan is as it was"), untouched);
        }
    }
}
