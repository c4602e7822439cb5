//! Loading and saving the plan record over any key-value storage.
//!
//! The rules that keep a person's plan safe live here, tested natively with fake
//! storages that fail or corrupt; the browser adapter only moves strings in and out of
//! localStorage.
//!
//! - The plan is one record under one key, written in one call.
//! - An unreadable record is copied aside, byte for byte, before anything else is
//!   written, and the app starts from the previous good copy if there is one.
//! - A record from a newer app is never overwritten: the app opens it read-only.
//! - Each save is read back to check it landed.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use thiserror::Error;

use super::format::record::{
    Record, RecordError, BEFORE_IMPORT_KEY, PLAN_KEY, PREVIOUS_KEY, UNREADABLE_KEY,
};
use super::plan::Plan;

/// A failure of the underlying storage.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum KvError {
    #[error("storage is full")]
    Full,
    #[error("storage is not available")]
    Unavailable,
    #[error("storage failed: {0}")]
    Other(String),
}

/// A string key-value storage such as localStorage.
pub trait KeyValue {
    fn get(&self, key: &str) -> Result<Option<String>, KvError>;
    fn set(&self, key: &str, value: &str) -> Result<(), KvError>;
}

/// Something the person should know after loading.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LoadNotice {
    /// The stored plan could not be read. Its text is kept under `kept_under`.
    Unreadable {
        kept_under: String,
        reason: String,
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
    /// The revision of the stored record the plan came from (0 when none).
    pub revision: u64,
    pub notice: Option<LoadNotice>,
    /// When true, saving must not happen (the stored record is from a newer app).
    pub read_only: bool,
}

/// Why a save did not land.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum SaveError {
    #[error("Storage on this device is full, so your latest changes are not saved yet.")]
    Full,
    #[error("This browser is not letting Rebound save, so your plan lives only in this tab.")]
    Unavailable,
    #[error("Saving did not stick: the browser gave back something different.")]
    NotReadBack,
    #[error("The saved plan is from a newer version of Rebound, so it is left untouched.")]
    ReadOnly,
    #[error("Another tab saved at the same moment.")]
    Conflict,
    #[error("Saving failed: {0}")]
    Other(String),
}

impl From<KvError> for SaveError {
    fn from(e: KvError) -> Self {
        match e {
            KvError::Full => SaveError::Full,
            KvError::Unavailable => SaveError::Unavailable,
            KvError::Other(msg) => SaveError::Other(msg),
        }
    }
}

/// Picks a key for unreadable text that does not overwrite earlier kept text.
fn free_unreadable_key(kv: &impl KeyValue, text: &str) -> Result<String, KvError> {
    for n in 0..100 {
        let key = if n == 0 {
            UNREADABLE_KEY.to_string()
        } else {
            format!("{UNREADABLE_KEY}.{n}")
        };
        match kv.get(&key)? {
            None => return Ok(key),
            Some(existing) if existing == text => return Ok(key),
            Some(_) => {}
        }
    }
    Err(KvError::Full)
}

/// Loads the plan, keeping aside anything unreadable.
pub fn load(kv: &impl KeyValue) -> Loaded {
    let empty = |notice| Loaded {
        plan: Plan::default(),
        revision: 0,
        notice,
        read_only: false,
    };
    let text = match kv.get(PLAN_KEY) {
        Ok(Some(text)) => text,
        Ok(None) => return empty(kept_unreadable(kv)),
        Err(_) => return empty(Some(LoadNotice::Unavailable)),
    };
    match Record::from_json(&text) {
        Ok(record) => Loaded {
            plan: record.plan,
            revision: record.revision,
            // Text kept aside earlier stays on show until the person deals with it.
            notice: kept_unreadable(kv),
            read_only: false,
        },
        Err(RecordError::Newer(version)) => Loaded {
            plan: Plan::default(),
            revision: 0,
            notice: Some(LoadNotice::Newer { version }),
            read_only: true,
        },
        Err(error) => {
            let kept_under = match free_unreadable_key(kv, &text)
                .and_then(|key| kv.set(&key, &text).map(|_| key))
            {
                Ok(key) => key,
                // If the text cannot be kept aside, never write over it: open read-only.
                Err(_) => {
                    return Loaded {
                        plan: Plan::default(),
                        revision: 0,
                        notice: Some(LoadNotice::Unreadable {
                            kept_under: PLAN_KEY.to_string(),
                            reason: error.to_string(),
                            restored_previous: false,
                        }),
                        read_only: true,
                    }
                }
            };
            let previous = kv
                .get(PREVIOUS_KEY)
                .ok()
                .flatten()
                .and_then(|t| Record::from_json(&t).ok());
            let restored_previous = previous.is_some();
            let (plan, revision) = previous.map(|r| (r.plan, r.revision)).unwrap_or_default();
            Loaded {
                plan,
                revision,
                notice: Some(LoadNotice::Unreadable {
                    kept_under,
                    reason: error.to_string(),
                    restored_previous,
                }),
                read_only: false,
            }
        }
    }
}

/// A notice about unreadable text kept aside by an earlier load, if any is still there.
fn kept_unreadable(kv: &impl KeyValue) -> Option<LoadNotice> {
    kv.get(UNREADABLE_KEY)
        .ok()
        .flatten()
        .map(|_| LoadNotice::Unreadable {
            kept_under: UNREADABLE_KEY.to_string(),
            reason: "an earlier saved plan could not be read".into(),
            restored_previous: false,
        })
}

/// The revision of what is stored now, if it is a readable record.
pub fn stored_revision(kv: &impl KeyValue) -> Option<u64> {
    stored_record(kv).map(|r| r.revision)
}

/// The record stored now, if it is readable.
pub fn stored_record(kv: &impl KeyValue) -> Option<Record> {
    let text = kv.get(PLAN_KEY).ok()??;
    Record::from_json(&text).ok()
}

/// Saves the plan as the next revision and reads it back. Before the first save of a
/// session (`keep_previous`), the record being replaced is kept as the previous good copy.
pub fn save(
    kv: &impl KeyValue,
    plan: &Plan,
    revision: u64,
    saved_at: &str,
    keep_previous: bool,
) -> Result<u64, SaveError> {
    let current = kv.get(PLAN_KEY)?;
    keep_current_aside(kv, current.as_deref(), keep_previous)?;
    write(kv, plan, revision, saved_at).map(|(next, _)| next)
}

/// Saves like [`save`], but only if the stored text is still `last_seen` (what this tab
/// last read or wrote). Otherwise another tab saved meanwhile: nothing is written and
/// the caller rebases first. Returns the new revision and the text written.
///
/// Because this tab has already read `last_seen`, the record is not parsed again (it is
/// kept aside as the previous copy once per session, when `keep_previous` is set).
pub fn save_checked(
    kv: &impl KeyValue,
    plan: &Plan,
    revision: u64,
    saved_at: &str,
    keep_previous: bool,
    last_seen: Option<&str>,
) -> Result<(u64, String), SaveError> {
    let current = kv.get(PLAN_KEY)?;
    if current.as_deref() != last_seen {
        return Err(SaveError::Conflict);
    }
    if keep_previous {
        keep_current_aside(kv, current.as_deref(), true)?;
    }
    write(kv, plan, revision, saved_at)
}

/// Never replaces what is stored without keeping it: a newer app's record stops the save,
/// unreadable text is copied aside, and a good record becomes the previous copy when asked.
fn keep_current_aside(
    kv: &impl KeyValue,
    current: Option<&str>,
    keep_previous: bool,
) -> Result<(), SaveError> {
    if let Some(current) = current {
        match Record::from_json(current) {
            Err(RecordError::Newer(_)) => return Err(SaveError::ReadOnly),
            Ok(_) if keep_previous => kv.set(PREVIOUS_KEY, current)?,
            Ok(_) => {}
            Err(_) => {
                let key = free_unreadable_key(kv, current)?;
                kv.set(&key, current)?;
            }
        }
    }
    Ok(())
}

fn write(
    kv: &impl KeyValue,
    plan: &Plan,
    revision: u64,
    saved_at: &str,
) -> Result<(u64, String), SaveError> {
    let next = revision + 1;
    let text = Record::json_of(plan, next, saved_at);
    kv.set(PLAN_KEY, &text)?;
    match kv.get(PLAN_KEY)? {
        Some(back) if back == text => Ok((next, text)),
        _ => Err(SaveError::NotReadBack),
    }
}

/// The stored record and its text, if the text is no longer `last_seen` and is readable:
/// another tab has saved since this one last read or wrote.
pub fn changed_since(kv: &impl KeyValue, last_seen: Option<&str>) -> Option<(Record, String)> {
    let text = kv.get(PLAN_KEY).ok()??;
    if Some(text.as_str()) == last_seen {
        return None;
    }
    Record::from_json(&text).ok().map(|record| (record, text))
}

/// The changes of this tab's saves that another tab's record of revision `theirs` cannot
/// hold, oldest first. `written` holds this tab's saves as (the revision it wrote, its
/// changes).
///
/// Every save writes its base revision plus one, so a record of revision `v` holds, besides
/// its own changes, only saves of revisions below `v`. A tab whose copy of storage was stale
/// (browsers sync localStorage between tabs' processes with a delay) can write a revision
/// this tab has already written, both based on the same older record: that record lacks
/// this tab's saves of that revision and later, which must be replayed on top of it.
pub fn lost_writes<C: Clone>(written: &[(u64, Vec<C>)], theirs: u64) -> Vec<C> {
    written
        .iter()
        .filter(|(revision, _)| *revision >= theirs)
        .flat_map(|(_, changes)| changes.iter().cloned())
        .collect()
}

/// The stored text as it is now (to remember what this tab has seen).
pub fn stored_text(kv: &impl KeyValue) -> Option<String> {
    kv.get(PLAN_KEY).ok().flatten()
}

/// Keeps `plan` aside before an import replaces it, so it can be restored.
pub fn keep_before_import(
    kv: &impl KeyValue,
    plan: &Plan,
    saved_at: &str,
) -> Result<(), SaveError> {
    kv.set(BEFORE_IMPORT_KEY, &Record::json_of(plan, 0, saved_at))?;
    Ok(())
}

/// The plan kept aside before the last import, if any and readable.
pub fn before_import(kv: &impl KeyValue) -> Option<Record> {
    let text = kv.get(BEFORE_IMPORT_KEY).ok()??;
    Record::from_json(&text).ok()
}

/// localStorage key of the backup reminder's dates.
pub const BACKUP_META_KEY: &str = "rebound.backup";

/// How many days may pass without a backup before a gentle reminder. Some browsers
/// clear a site's data after a week without a visit.
pub const BACKUP_REMINDER_DAYS: i64 = 7;

/// When the person started and when they last exported a backup. Stored as
/// `{"first_seen":"2026-11-25","last_export":null}`; either may be left out.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct BackupMeta {
    pub first_seen: Option<NaiveDate>,
    pub last_export: Option<NaiveDate>,
}

impl BackupMeta {
    /// Reads the dates, starting the clock today if there are none yet.
    pub fn load(kv: &impl KeyValue, today: NaiveDate) -> Self {
        let mut meta: BackupMeta = kv
            .get(BACKUP_META_KEY)
            .ok()
            .flatten()
            .and_then(|text| serde_json::from_str(&text).ok())
            .unwrap_or_default();
        if meta.first_seen.is_none() {
            meta.first_seen = Some(today);
            let _ = meta.store(kv);
        }
        meta
    }

    /// Writes the dates.
    pub fn store(&self, kv: &impl KeyValue) -> Result<(), KvError> {
        kv.set(
            BACKUP_META_KEY,
            &serde_json::to_string(self).unwrap_or_default(),
        )
    }

    /// True when the last backup (or the start, if there was none) is more than a week ago.
    pub fn reminder_due(&self, today: NaiveDate) -> bool {
        self.last_export
            .or(self.first_seen)
            .is_some_and(|since| (today - since).num_days() > BACKUP_REMINDER_DAYS)
    }
}

#[cfg(test)]
pub mod fakes {
    //! Storages that misbehave on purpose.
    use super::*;
    use std::cell::RefCell;
    use std::collections::BTreeMap;

    /// An in-memory storage with a byte quota and switchable faults.
    #[derive(Default)]
    pub struct FakeKv {
        pub items: RefCell<BTreeMap<String, String>>,
        pub quota: Option<usize>,
        pub unavailable: bool,
        pub corrupt_writes: bool,
    }

    impl FakeKv {
        pub fn with(key: &str, value: &str) -> Self {
            let kv = FakeKv::default();
            kv.items.borrow_mut().insert(key.into(), value.into());
            kv
        }

        pub fn item(&self, key: &str) -> Option<String> {
            self.items.borrow().get(key).cloned()
        }
    }

    impl KeyValue for FakeKv {
        fn get(&self, key: &str) -> Result<Option<String>, KvError> {
            if self.unavailable {
                return Err(KvError::Unavailable);
            }
            Ok(self.items.borrow().get(key).cloned())
        }

        fn set(&self, key: &str, value: &str) -> Result<(), KvError> {
            if self.unavailable {
                return Err(KvError::Unavailable);
            }
            let mut items = self.items.borrow_mut();
            if let Some(quota) = self.quota {
                let used: usize = items
                    .iter()
                    .filter(|(k, _)| k.as_str() != key)
                    .map(|(k, v)| k.len() + v.len())
                    .sum();
                if used + key.len() + value.len() > quota {
                    return Err(KvError::Full);
                }
            }
            let stored = if self.corrupt_writes {
                value.chars().take(value.len() / 2).collect()
            } else {
                value.to_string()
            };
            items.insert(key.into(), stored);
            Ok(())
        }
    }
}

#[cfg(test)]
mod tests {
    use super::fakes::FakeKv;
    use super::*;
    use crate::core::plan::SkillGapDraft;

    #[test]
    fn lost_writes_are_this_tabs_saves_a_record_cannot_hold() {
        let written = vec![(4, vec!["a"]), (5, vec!["b", "c"]), (6, vec!["d"])];
        // Another tab built on this tab's latest save: nothing is lost.
        assert!(lost_writes(&written, 7).is_empty());
        // It wrote revision 6 from revision 5 while this tab wrote its own 6.
        assert_eq!(lost_writes(&written, 6), vec!["d"]);
        // It wrote from revision 4, stale since this tab's saves 5 and 6.
        assert_eq!(lost_writes(&written, 5), vec!["b", "c", "d"]);
        assert!(lost_writes::<&str>(&[], 3).is_empty());
    }

    /// Two tabs save from the same record; the one whose save was overwritten replays
    /// its lost changes on the other's record, and the result holds both edits.
    #[test]
    fn replaying_lost_writes_keeps_both_tabs_edits() {
        let kv = FakeKv::default();
        let base = a_plan("Base");
        let base_text = Record::json_of(&base, 1, "t0");
        kv.set(PLAN_KEY, &base_text).unwrap();
        type Change = fn(&mut Plan);
        let mine: Change = |p| {
            p.add_skill_gap(&SkillGapDraft::named("Mine"), false)
                .unwrap();
        };
        let mut my_plan = base.clone();
        mine(&mut my_plan);
        let (my_revision, _) =
            save_checked(&kv, &my_plan, 1, "t1", false, Some(&base_text)).unwrap();
        let written = vec![(my_revision, vec![mine])];
        // The other tab, its storage still showing revision 1, writes over it.
        let mut theirs = base.clone();
        theirs
            .add_skill_gap(&SkillGapDraft::named("Theirs"), false)
            .unwrap();
        kv.set(PLAN_KEY, &Record::json_of(&theirs, 2, "t1"))
            .unwrap();
        let (record, _) = changed_since(&kv, None).unwrap();
        let mut rebased = record.plan;
        for change in lost_writes(&written, record.revision) {
            change(&mut rebased);
        }
        let skills: Vec<_> = rebased
            .skill_gaps
            .iter()
            .map(|g| g.skill.as_str())
            .collect();
        assert_eq!(skills, ["Base", "Theirs", "Mine"]);
    }

    fn a_plan(skill: &str) -> Plan {
        let mut plan = Plan::default();
        plan.add_skill_gap(&SkillGapDraft::named(skill), false)
            .unwrap();
        plan
    }

    #[test]
    fn empty_storage_loads_an_empty_plan() {
        let loaded = load(&FakeKv::default());
        assert_eq!(loaded.plan, Plan::default());
        assert_eq!(loaded.notice, None);
        assert!(!loaded.read_only);
    }

    #[test]
    fn save_then_load_round_trips_with_revisions() {
        let kv = FakeKv::default();
        let rev = save(&kv, &a_plan("SQL"), 0, "t", true).unwrap();
        assert_eq!(rev, 1);
        let rev = save(&kv, &a_plan("Python"), rev, "t", false).unwrap();
        assert_eq!(rev, 2);
        let loaded = load(&kv);
        assert_eq!(loaded.plan, a_plan("Python"));
        assert_eq!(loaded.revision, 2);
        assert_eq!(stored_revision(&kv), Some(2));
    }

    #[test]
    fn the_first_save_of_a_session_keeps_the_previous_record() {
        let kv = FakeKv::default();
        save(&kv, &a_plan("SQL"), 0, "t", true).unwrap();
        let first = kv.item(PLAN_KEY).unwrap();
        save(&kv, &a_plan("Python"), 1, "t", true).unwrap();
        assert_eq!(kv.item(PREVIOUS_KEY).unwrap(), first);
        save(&kv, &a_plan("Go"), 2, "t", false).unwrap();
        assert_eq!(kv.item(PREVIOUS_KEY).unwrap(), first);
    }

    #[test]
    fn unreadable_text_is_kept_byte_for_byte_and_never_overwritten() {
        let garbage = "{\"format\":1,\"plan\":{oops é";
        let kv = FakeKv::with(PLAN_KEY, garbage);
        let loaded = load(&kv);
        assert_eq!(loaded.plan, Plan::default());
        assert!(!loaded.read_only);
        match loaded.notice {
            Some(LoadNotice::Unreadable {
                kept_under,
                restored_previous,
                ..
            }) => {
                assert_eq!(kv.item(&kept_under).unwrap(), garbage);
                assert!(!restored_previous);
            }
            other => panic!("unexpected {other:?}"),
        }
        save(&kv, &a_plan("SQL"), 0, "t", true).unwrap();
        assert_eq!(kv.item(UNREADABLE_KEY).unwrap(), garbage);
        // Later loads keep pointing at the kept text.
        let later = load(&kv);
        assert_eq!(later.plan, a_plan("SQL"));
        assert!(matches!(later.notice, Some(LoadNotice::Unreadable { .. })));
        // A second, different unreadable record does not replace the first one kept.
        kv.items
            .borrow_mut()
            .insert(PLAN_KEY.into(), "second garbage".into());
        let loaded = load(&kv);
        assert_eq!(kv.item(UNREADABLE_KEY).unwrap(), garbage);
        match loaded.notice {
            Some(LoadNotice::Unreadable { kept_under, .. }) => {
                assert_eq!(kept_under, format!("{UNREADABLE_KEY}.1"));
                assert_eq!(kv.item(&kept_under).unwrap(), "second garbage");
            }
            other => panic!("unexpected {other:?}"),
        }
    }

    #[test]
    fn unreadable_record_falls_back_to_the_previous_good_copy() {
        let kv = FakeKv::default();
        save(&kv, &a_plan("SQL"), 0, "t", true).unwrap();
        save(&kv, &a_plan("Python"), 1, "t", true).unwrap();
        kv.items
            .borrow_mut()
            .insert(PLAN_KEY.into(), "not json".into());
        let loaded = load(&kv);
        assert_eq!(loaded.plan, a_plan("SQL"));
        assert!(matches!(
            loaded.notice,
            Some(LoadNotice::Unreadable {
                restored_previous: true,
                ..
            })
        ));
    }

    #[test]
    fn a_newer_record_is_read_only_and_untouched() {
        let newer = r#"{"format":99,"plan":{"future":"stuff"}}"#;
        let kv = FakeKv::with(PLAN_KEY, newer);
        let loaded = load(&kv);
        assert!(loaded.read_only);
        assert_eq!(loaded.notice, Some(LoadNotice::Newer { version: 99 }));
        assert_eq!(
            save(&kv, &a_plan("SQL"), 0, "t", true),
            Err(SaveError::ReadOnly)
        );
        assert_eq!(kv.item(PLAN_KEY).unwrap(), newer);
    }

    #[test]
    fn a_full_storage_is_reported_and_the_old_record_survives() {
        let mut kv = FakeKv::default();
        save(&kv, &a_plan("SQL"), 0, "t", false).unwrap();
        let before = kv.item(PLAN_KEY).unwrap();
        kv.quota = Some(before.len() + PLAN_KEY.len() + 10);
        let big = a_plan(&"x".repeat(150));
        assert_eq!(save(&kv, &big, 1, "t", false), Err(SaveError::Full));
        assert_eq!(kv.item(PLAN_KEY).unwrap(), before);
        // Once there is room again, saving resumes.
        kv.quota = None;
        assert_eq!(save(&kv, &big, 1, "t", false), Ok(2));
    }

    #[test]
    fn a_storage_that_corrupts_writes_is_caught_by_the_read_back() {
        let kv = FakeKv {
            corrupt_writes: true,
            ..FakeKv::default()
        };
        assert_eq!(
            save(&kv, &a_plan("SQL"), 0, "t", false),
            Err(SaveError::NotReadBack)
        );
    }

    #[test]
    fn the_backup_reminder_comes_after_a_week_without_an_export() {
        let kv = FakeKv::default();
        let day = |d| NaiveDate::from_ymd_opt(2026, 11, d).unwrap();
        let mut meta = BackupMeta::load(&kv, day(1));
        assert_eq!(BackupMeta::load(&kv, day(20)).first_seen, Some(day(1)));
        assert!(!meta.reminder_due(day(8)));
        assert!(meta.reminder_due(day(9)));
        meta.last_export = Some(day(9));
        meta.store(&kv).unwrap();
        let meta = BackupMeta::load(&kv, day(20));
        assert!(!meta.reminder_due(day(16)));
        assert!(meta.reminder_due(day(17)));
        // The stored form, both ways.
        let kv = FakeKv::default();
        BackupMeta::load(&kv, NaiveDate::from_ymd_opt(2026, 11, 25).unwrap());
        assert_eq!(
            kv.get(BACKUP_META_KEY).unwrap().as_deref(),
            Some(r#"{"first_seen":"2026-11-25","last_export":null}"#)
        );
        let kv = FakeKv::with(BACKUP_META_KEY, r#"{"last_export":"2026-11-30"}"#);
        let meta = BackupMeta::load(&kv, day(3));
        assert_eq!(
            (meta.first_seen, meta.last_export),
            (Some(day(3)), Some(day(30)))
        );
        // Unreadable dates start over rather than fail.
        let kv = FakeKv::with(BACKUP_META_KEY, "nonsense");
        assert_eq!(BackupMeta::load(&kv, day(3)).first_seen, Some(day(3)));
    }

    #[test]
    fn a_checked_save_refuses_to_write_over_another_tabs_save() {
        let kv = FakeKv::default();
        let (rev, text) = save_checked(&kv, &a_plan("SQL"), 0, "t", true, None).unwrap();
        assert_eq!(changed_since(&kv, Some(&text)), None);
        // Another tab writes the same revision number with other content.
        let (_, theirs) = save_checked(&kv, &a_plan("Go"), 0, "t", false, None)
            .map_err(|e| e.to_string())
            .unwrap_or_else(|_| {
                let t = Record::new(a_plan("Go"), rev, "t").to_json();
                kv.set(PLAN_KEY, &t).unwrap();
                (rev, t)
            });
        assert_eq!(
            save_checked(&kv, &a_plan("Rust"), rev, "t", false, Some(&text)),
            Err(SaveError::Conflict)
        );
        let (record, seen) = changed_since(&kv, Some(&text)).unwrap();
        assert_eq!(record.plan, a_plan("Go"));
        assert_eq!(seen, theirs);
        assert!(save_checked(
            &kv,
            &a_plan("Rust"),
            record.revision,
            "t",
            false,
            Some(&seen)
        )
        .is_ok());
    }

    #[test]
    fn the_plan_before_an_import_can_be_restored() {
        let kv = FakeKv::default();
        assert_eq!(before_import(&kv), None);
        keep_before_import(&kv, &a_plan("SQL"), "2026-11-25").unwrap();
        let kept = before_import(&kv).unwrap();
        assert_eq!(kept.plan, a_plan("SQL"));
        assert_eq!(kept.saved_at, "2026-11-25");
    }

    #[test]
    fn no_storage_loads_in_memory_and_saving_says_so() {
        let kv = FakeKv {
            unavailable: true,
            ..FakeKv::default()
        };
        assert_eq!(load(&kv).notice, Some(LoadNotice::Unavailable));
        assert_eq!(
            save(&kv, &a_plan("SQL"), 0, "t", false),
            Err(SaveError::Unavailable)
        );
    }
}
