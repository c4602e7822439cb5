//! The backup file: a record of revision 0 without journals ([`Record::json_of`]),
//! downloaded as a `.json` file and imported again on any device. Backups are written in
//! this app's format (3: they carry the plan's id, its own checklist items and the
//! reviews received); format 1 and 2 backups keep importing, and a format 1 plan gets an
//! id when it is opened.
//!
//! Reading one is reading a record ([`Record::from_json`]: size cap, version, migration,
//! shape, [`validate`](crate::core::validate::validate)), with a byte-order mark allowed
//! and the errors told in the words of a file.

use thiserror::Error;

use super::record::{Record, RecordError};
use crate::core::limits::MAX_RECORD_BYTES;
use crate::core::plan::Plan;
use crate::core::validate::InvalidPlan;
use crate::core::words::{Arg, Key, Phrase};

/// Why a backup file could not be imported. Each message is shown to the person as is.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum BackupError {
    #[error("This file is empty. Choose the .json file Rebound saved as a backup.")]
    Empty,
    #[error("This file is larger than a Rebound backup can be ({0} bytes at most), so it wasn't opened.")]
    TooLarge(usize),
    #[error("This file looks cut short. Save the backup again and import the new file.")]
    CutShort,
    #[error("This file isn't a Rebound backup. Choose the .json file Rebound saved as a backup.")]
    NotJson,
    #[error("This file isn't shaped like a Rebound backup (it is nested far too deeply).")]
    TooDeep,
    #[error("This file is not a Rebound backup: it has no format version.")]
    NoVersion,
    #[error(
        "This backup was made by a newer version of Rebound. Reload the page to update the app, \
         then import it again."
    )]
    Newer(u32),
    #[error("This backup uses a format Rebound doesn't know, so it wasn't opened.")]
    UnknownVersion(u32),
    #[error(
        "This backup holds a date that doesn't exist (such as 30 February), so it wasn't opened."
    )]
    BadDate,
    /// serde_json's description is kept for the log; the person is not shown it.
    #[error("This file doesn't hold a plan Rebound can read.")]
    NotAPlan(String),
    #[error("This backup can't be imported because {0}.")]
    Invalid(InvalidPlan),
}

impl BackupError {
    /// What the person is told.
    pub fn message(&self) -> Phrase {
        let key = match self {
            BackupError::Empty => Key::ErrorBackupEmpty,
            BackupError::TooLarge(max) => {
                return Phrase::said(
                    Key::ErrorBackupTooLarge,
                    vec![("max", Arg::Count(*max as i64))],
                )
            }
            BackupError::CutShort => Key::ErrorBackupCutShort,
            BackupError::NotJson => Key::ErrorBackupNotJson,
            BackupError::TooDeep => Key::ErrorBackupTooDeep,
            BackupError::NoVersion => Key::ErrorBackupNoVersion,
            BackupError::Newer(_) => Key::ErrorBackupNewer,
            BackupError::UnknownVersion(_) => Key::ErrorBackupUnknownVersion,
            BackupError::BadDate => Key::ErrorBackupBadDate,
            BackupError::NotAPlan(_) => Key::ErrorBackupNotAPlan,
            BackupError::Invalid(reason) => {
                return Phrase::said(
                    Key::ErrorBackupInvalid,
                    vec![("reason", Arg::Said(reason.message()))],
                )
            }
        };
        key.into()
    }
}

impl From<RecordError> for BackupError {
    fn from(e: RecordError) -> Self {
        match e {
            RecordError::TooLarge(max) => BackupError::TooLarge(max),
            RecordError::TooDeep => BackupError::TooDeep,
            RecordError::CutShort => BackupError::CutShort,
            RecordError::NotJson => BackupError::NotJson,
            RecordError::NoVersion => BackupError::NoVersion,
            RecordError::Newer(version) => BackupError::Newer(version),
            RecordError::UnknownVersion(version) => BackupError::UnknownVersion(version),
            RecordError::BadDate => BackupError::BadDate,
            RecordError::Shape(detail) => BackupError::NotAPlan(detail),
            RecordError::Invalid(invalid) => BackupError::Invalid(invalid),
        }
    }
}

/// The text of a backup file of `plan`, saved at `saved_at`.
pub fn encode_backup(plan: &Plan, saved_at: &str) -> String {
    Record::json_of(plan, 0, saved_at)
}

/// Reads a backup file (the stored record JSON, as exported), migrating and validating it
/// like a stored record. The file may start with a byte-order mark. A format 1 file's plan
/// comes without an id.
pub fn decode_backup(json_text: &str) -> Result<Plan, BackupError> {
    let text = json_text.strip_prefix('\u{feff}').unwrap_or(json_text);
    // The size cap comes before any other look at the text.
    if text.len() <= MAX_RECORD_BYTES && text.trim().is_empty() {
        return Err(BackupError::Empty);
    }
    Ok(Record::from_json(text)?.plan)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_error_has_its_own_kind_message() {
        let errors = [
            BackupError::Empty,
            BackupError::TooLarge(9),
            BackupError::CutShort,
            BackupError::NotJson,
            BackupError::TooDeep,
            BackupError::NoVersion,
            BackupError::Newer(2),
            BackupError::UnknownVersion(0),
            BackupError::BadDate,
            BackupError::NotAPlan("zzdetail".into()),
            BackupError::Invalid(InvalidPlan::DuplicateId),
        ];
        let messages: Vec<String> = errors.iter().map(ToString::to_string).collect();
        for (i, m) in messages.iter().enumerate() {
            assert!(m.starts_with("This "), "{m}");
            assert!(m.ends_with('.'), "{m}");
            assert!(!m.contains("zz") && !m.contains('`'), "{m}");
            assert!(!messages[..i].contains(m), "duplicate message: {m}");
        }
    }

    #[test]
    fn a_backup_is_a_format_4_record_of_revision_0_with_the_plan_id() {
        let mut plan = crate::core::format::typical_plan();
        plan.ensure_id(crate::core::plan::PlanId::from_random([7; 16]));
        let text = encode_backup(&plan, "2026-11-25T10:00:00Z");
        assert!(text.starts_with(
            r#"{"format":4,"revision":0,"saved_at":"2026-11-25T10:00:00Z","plan":{"id":"0707"#
        ));
        let record = Record::from_json(&text).unwrap();
        assert_eq!((record.revision, record.plan), (0, plan.clone()));
        assert_eq!(decode_backup(&text), Ok(plan));
    }

    /// A backup as format 1 wrote it (`Record::json_of` of the typical plan then) imports
    /// unchanged; its plan has no id yet.
    #[test]
    fn a_format_1_backup_still_imports() {
        let text = include_str!("../../../tests/fixtures/typical-record.json");
        assert!(text.starts_with(r#"{"format":1,"#));
        let plan = decode_backup(text).unwrap();
        assert_eq!(plan, crate::core::format::typical_plan());
        assert_eq!(plan.id, None);
    }
}
