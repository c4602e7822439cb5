//! The storage the plan is kept in, as the core sees it: any string key-value store
//! (localStorage in the browser, fakes that fail on purpose in tests), the two ways of
//! writing to it that keep data safe (a write read back, a copy kept aside under a key of
//! its own), and the backup reminder's dates kept beside the plan. What is loaded and
//! saved, and when, is `saving`'s.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use thiserror::Error;

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
    fn remove(&self, key: &str) -> Result<(), KvError>;
    /// Every key, in no particular order.
    fn keys(&self) -> Result<Vec<String>, KvError>;
    /// Copies the value under `from` to `to` exactly as stored. A browser's strings can
    /// hold what a Rust `String` cannot (a lone UTF-16 surrogate), so storages whose
    /// values are not Rust strings copy them natively.
    fn copy(&self, from: &str, to: &str) -> Result<(), KvError> {
        match self.get(from)? {
            Some(value) => self.set(to, &value),
            None => self.remove(to),
        }
    }
    /// True when the values under `a` and `b` are exactly the same.
    fn same(&self, a: &str, b: &str) -> Result<bool, KvError> {
        Ok(self.get(a)? == self.get(b)?)
    }
}

/// Why a write did not land.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum WriteError {
    #[error(transparent)]
    Storage(#[from] KvError),
    /// The storage took the write but gave back something else.
    #[error("what was written did not read back the same")]
    NotReadBack,
}

/// Writes `text` under `key` and reads it back: a storage that says yes but keeps
/// something else is caught here, not on the next visit.
pub fn write_checked(kv: &impl KeyValue, key: &str, text: &str) -> Result<(), WriteError> {
    kv.set(key, text)?;
    if kv.get(key)?.as_deref() != Some(text) {
        return Err(WriteError::NotReadBack);
    }
    Ok(())
}

/// Copies the text under `key` aside, exactly as stored, under `aside` (or `aside.1`,
/// `aside.2`, …): a key that holds no other kept text, so no copy kept earlier is written
/// over. Returns that key.
pub fn keep_aside(kv: &impl KeyValue, key: &str, aside: &str) -> Result<String, KvError> {
    for n in 0..100 {
        let target = if n == 0 {
            aside.to_string()
        } else {
            format!("{aside}.{n}")
        };
        if kv.get(&target)?.is_none() {
            kv.copy(key, &target)?;
            return Ok(target);
        }
        if kv.same(key, &target)? {
            return Ok(target);
        }
    }
    Err(KvError::Full)
}

/// Every key Rebound keeps starts with this; keys of other sites' apps never do.
pub const KEY_PREFIX: &str = "rebound.";

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
    /// Reads the dates without writing anything: with none stored yet, the clock is
    /// taken to start today. A fresh app (or one opened right after "delete everything")
    /// keeps nothing on the device until the person does something.
    pub fn read(kv: &impl KeyValue, today: NaiveDate) -> Self {
        let mut meta = Self::stored(kv);
        meta.first_seen.get_or_insert(today);
        meta
    }

    /// Reads the dates, starting the clock today (and storing that day) if there are none
    /// yet: called once a plan is saved.
    pub fn load(kv: &impl KeyValue, today: NaiveDate) -> Self {
        let mut meta = Self::stored(kv);
        if meta.first_seen.is_none() {
            meta.first_seen = Some(today);
            // If it cannot be stored, the clock starts again next time: the reminder only
            // comes later, which is harmless.
            meta.store(kv).ok();
        }
        meta
    }

    /// The dates as stored (none when unreadable: the clock starts over, which is
    /// harmless).
    fn stored(kv: &impl KeyValue) -> Self {
        kv.get(BACKUP_META_KEY)
            .ok()
            .flatten()
            .and_then(|text| serde_json::from_str(&text).ok())
            .unwrap_or_default()
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

    /// An in-memory storage with a quota and switchable faults. Values are kept as UTF-16
    /// code units, as a browser keeps them, so a lone surrogate can be stored and copied.
    #[derive(Default)]
    pub struct FakeKv {
        pub items: RefCell<BTreeMap<String, Vec<u16>>>,
        /// Most code units (keys and values) it holds.
        pub quota: Option<usize>,
        pub unavailable: bool,
        /// Every write stores only the first half of the value.
        pub corrupt_writes: bool,
        /// Reads work but every write is refused, as a browser does that throws a
        /// `SecurityError` on `setItem`.
        pub refuse_writes: bool,
    }

    impl FakeKv {
        pub fn with(key: &str, value: &str) -> Self {
            let kv = FakeKv::default();
            kv.set_units(key, value.encode_utf16().collect());
            kv
        }

        /// The value under `key`, as a Rust string would see it.
        pub fn item(&self, key: &str) -> Option<String> {
            self.units(key).map(|u| String::from_utf16_lossy(&u))
        }

        /// The value under `key`, exactly.
        pub fn units(&self, key: &str) -> Option<Vec<u16>> {
            self.items.borrow().get(key).cloned()
        }

        /// Stores code units as they are, whether or not they are well-formed text.
        pub fn set_units(&self, key: &str, units: Vec<u16>) {
            self.items.borrow_mut().insert(key.into(), units);
        }

        /// Code units held now.
        pub fn used(&self) -> usize {
            self.items
                .borrow()
                .iter()
                .map(|(k, v)| k.encode_utf16().count() + v.len())
                .sum()
        }

        /// A copy of what it holds now: a tab whose view of storage lags behind.
        pub fn snapshot(&self) -> FakeKv {
            FakeKv {
                items: RefCell::new(self.items.borrow().clone()),
                ..FakeKv::default()
            }
        }

        fn check(&self) -> Result<(), KvError> {
            if self.unavailable {
                Err(KvError::Unavailable)
            } else {
                Ok(())
            }
        }

        fn check_write(&self) -> Result<(), KvError> {
            self.check()?;
            if self.refuse_writes {
                Err(KvError::Unavailable)
            } else {
                Ok(())
            }
        }
    }

    impl KeyValue for FakeKv {
        fn get(&self, key: &str) -> Result<Option<String>, KvError> {
            self.check()?;
            Ok(self.item(key))
        }

        fn set(&self, key: &str, value: &str) -> Result<(), KvError> {
            self.check_write()?;
            let mut units: Vec<u16> = value.encode_utf16().collect();
            if let Some(quota) = self.quota {
                let others: usize = self
                    .items
                    .borrow()
                    .iter()
                    .filter(|(k, _)| k.as_str() != key)
                    .map(|(k, v)| k.encode_utf16().count() + v.len())
                    .sum();
                if others + key.encode_utf16().count() + units.len() > quota {
                    return Err(KvError::Full);
                }
            }
            if self.corrupt_writes {
                units.truncate(units.len() / 2);
            }
            self.set_units(key, units);
            Ok(())
        }

        fn remove(&self, key: &str) -> Result<(), KvError> {
            self.check_write()?;
            self.items.borrow_mut().remove(key);
            Ok(())
        }

        fn keys(&self) -> Result<Vec<String>, KvError> {
            self.check()?;
            Ok(self.items.borrow().keys().cloned().collect())
        }

        fn copy(&self, from: &str, to: &str) -> Result<(), KvError> {
            self.check_write()?;
            match self.units(from) {
                Some(units) => self.set_units(to, units),
                None => {
                    self.items.borrow_mut().remove(to);
                }
            }
            Ok(())
        }

        fn same(&self, a: &str, b: &str) -> Result<bool, KvError> {
            self.check()?;
            Ok(self.units(a) == self.units(b))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::fakes::FakeKv;
    use super::*;
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
    fn reading_the_backup_dates_writes_nothing() {
        let day = |d| NaiveDate::from_ymd_opt(2026, 11, d).unwrap();
        let kv = FakeKv::default();
        let meta = BackupMeta::read(&kv, day(3));
        assert_eq!(meta.first_seen, Some(day(3)));
        assert!(kv.items.borrow().is_empty());
        // Stored dates are read as they are.
        BackupMeta::load(&kv, day(1));
        assert_eq!(BackupMeta::read(&kv, day(20)).first_seen, Some(day(1)));
    }

    #[test]
    fn the_fake_keeps_what_a_rust_string_cannot_hold() {
        let kv = FakeKv::default();
        kv.set_units("a", vec![0x41, 0xD83D]);
        kv.copy("a", "b").unwrap();
        assert_eq!(kv.units("b"), Some(vec![0x41, 0xD83D]));
        assert!(kv.same("a", "b").unwrap());
        assert_eq!(kv.item("a").unwrap(), "A\u{FFFD}");
    }
}
