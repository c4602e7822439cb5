//! The data formats: how a plan is written down outside the running app.
//!
//! - [`record`]: the stored record, one JSON document under one localStorage key, with
//!   its format version; older formats are migrated, newer ones refused.
//! - [`backup`]: the backup file, which is a record (of revision 0).
//! - [`link`]: the share link, the plan packed into a URL fragment in a compact form of
//!   its own.
//!
//! All three are written and read with serde and serde_json; the plan model itself is
//! plain serde data and knows nothing of versions, envelopes or links. Every reader treats
//! its input as untrusted and fails with a typed error, one variant per cause, whose text
//! is the sentence shown to the person.

pub mod backup;
pub mod link;
pub mod packed;
pub mod record;
pub mod reply;
pub mod reviewing;

pub use backup::{decode_backup, encode_backup, BackupError};
pub use link::{ShareError, ShareOptions};
pub use record::{
    FoldedJournals, Record, RecordError, BEFORE_IMPORT_KEY, FORMAT_VERSION, PLAN_KEY, PREVIOUS_KEY,
    UNREADABLE_KEY,
};

/// The typical plan of the tests (tests/fixtures/typical-record.json): a week after a
/// final-round no, with private parts a link leaves out by default.
#[cfg(test)]
pub(crate) fn typical_plan() -> super::plan::Plan {
    #[derive(serde::Deserialize)]
    struct Fixture {
        plan: super::plan::Plan,
    }
    let text = include_str!("../../../tests/fixtures/typical-record.json");
    serde_json::from_str::<Fixture>(text)
        .expect("the typical record fixture reads")
        .plan
}
