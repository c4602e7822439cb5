//! The stored record: one JSON document holding the plan and its format version.
//!
//! The whole plan is written as one value under one key, so a save can never be left
//! half-done. Records from older formats are migrated step by step; records from a newer
//! app are refused (and the caller keeps them untouched) rather than guessed at.

use std::borrow::Cow;

use thiserror::Error;

use super::json::{self, required, write_str, write_uint, Fields, Reader};
use super::limits::MAX_RECORD_BYTES;
use super::plan::Plan;
use super::stored::{read_plan, write_plan};
use super::validate::{validate, InvalidPlan};

/// The format this app writes.
pub const FORMAT_VERSION: u32 = 1;

/// localStorage key of the plan record.
pub const PLAN_KEY: &str = "rebound.plan";
/// localStorage key of the previous good record (one generation back).
pub const PREVIOUS_KEY: &str = "rebound.plan.previous";
/// localStorage key of the plan as it was before an import replaced it.
pub const BEFORE_IMPORT_KEY: &str = "rebound.plan.before-import";
/// localStorage key where an unreadable record is kept, byte for byte.
pub const UNREADABLE_KEY: &str = "rebound.plan.unreadable";

/// The stored record: `{"format":1,"revision":…,"saved_at":…,"plan":{…}}`. Reading,
/// `revision` and `saved_at` may be left out; unknown fields are refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Record {
    /// The format version of this record.
    pub format: u32,
    /// Counts saves, so a tab can tell that another tab saved since it loaded.
    pub revision: u64,
    /// When it was saved, as an ISO timestamp (informational).
    pub saved_at: String,
    pub plan: Plan,
}

/// Why a record could not be read.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum RecordError {
    #[error("the saved plan is larger than {0} bytes")]
    TooLarge(usize),
    #[error("the saved plan is not readable JSON ({0})")]
    NotJson(String),
    #[error("the saved plan has no format version")]
    NoVersion,
    #[error("the saved plan comes from a newer version of Rebound (format {0})")]
    Newer(u32),
    #[error("the saved plan does not match its format ({0})")]
    Shape(String),
    #[error("the saved plan failed a check: {0}")]
    Invalid(#[from] InvalidPlan),
}

impl Record {
    /// A record of `plan` at this app's format.
    pub fn new(plan: Plan, revision: u64, saved_at: &str) -> Self {
        Record {
            format: FORMAT_VERSION,
            revision,
            saved_at: saved_at.to_string(),
            plan,
        }
    }

    /// The JSON text to store.
    pub fn to_json(&self) -> String {
        Record::json_of(&self.plan, self.revision, &self.saved_at)
    }

    /// The JSON text of a record of `plan`, written straight from the borrowed plan: a
    /// save need not copy a large plan first.
    pub fn json_of(plan: &Plan, revision: u64, saved_at: &str) -> String {
        let mut out = String::with_capacity(1024);
        out.push_str("{\"format\":");
        write_uint(&mut out, FORMAT_VERSION.into());
        out.push_str(",\"revision\":");
        write_uint(&mut out, revision);
        out.push_str(",\"saved_at\":");
        write_str(&mut out, saved_at);
        out.push_str(",\"plan\":");
        write_plan(&mut out, plan);
        out.push('}');
        out
    }

    /// Reads a stored record of any known format, migrates it and validates it.
    pub fn from_json(text: &str) -> Result<Record, RecordError> {
        if text.len() > MAX_RECORD_BYTES {
            return Err(RecordError::TooLarge(MAX_RECORD_BYTES));
        }
        // A record of this app's format reads in one pass. Anything else takes the careful
        // route: the version first (which also checks the whole text is JSON), then the
        // shape, so what is wrong is reported the same way whichever it is.
        let mut record = match json::read(text, read_record) {
            Ok(record) if record.format == FORMAT_VERSION => record,
            _ => {
                let version = format_of(text)?;
                if version > FORMAT_VERSION {
                    return Err(RecordError::Newer(version));
                }
                let text = migrate(text, version)?;
                json::read(&text, read_record).map_err(|e| RecordError::Shape(e.to_string()))?
            }
        };
        validate(&mut record.plan)?;
        Ok(record)
    }
}

fn read_record(r: &mut Reader) -> json::Result<Record> {
    const FIELDS: Fields = Fields {
        names: &["format", "revision", "saved_at", "plan"],
        deny_unknown: true,
    };
    let (mut format, mut revision, mut saved_at, mut plan) = (None, 0, String::new(), None);
    r.fields(&FIELDS, &mut |r, i| {
        match i {
            0 => format = Some(r.u32()?),
            1 => revision = r.u64()?,
            2 => saved_at = r.string()?,
            _ => plan = Some(read_plan(r)?),
        }
        Ok(())
    })?;
    Ok(Record {
        format: required(format, "format")?,
        revision,
        saved_at,
        plan: required(plan, "plan")?,
    })
}

/// Reads the format version of a record without trusting anything else in it: every
/// other field is skipped unread. This also checks that the text is JSON at all.
pub fn format_of(text: &str) -> Result<u32, RecordError> {
    let format = json::read(text, |r| {
        const FIELDS: Fields = Fields {
            names: &["format"],
            deny_unknown: false,
        };
        let mut format = None;
        r.fields(&FIELDS, &mut |r, _| {
            format = Some(r.opt(Reader::u64)?);
            Ok(())
        })?;
        Ok(format)
    })
    .map_err(|e| RecordError::NotJson(e.to_string()))?;
    // As an array (fields in order), the version may not be left out: serde refused `[]`.
    if format.is_none()
        && text
            .trim_start_matches([' ', '\t', '\n', '\r'])
            .starts_with('[')
    {
        return Err(RecordError::NotJson(
            "invalid length 0, expected 1 element".into(),
        ));
    }
    format
        .flatten()
        .and_then(|v| u32::try_from(v).ok())
        .ok_or(RecordError::NoVersion)
}

/// Brings a record's text from `version` up to [`FORMAT_VERSION`], one format at a time.
///
/// Each future format adds one arm that rewrites the text of the format before it, so
/// every format that ever shipped keeps loading. Format 1 is the first shipped format,
/// so today the text passes through untouched.
fn migrate(text: &str, version: u32) -> Result<Cow<'_, str>, RecordError> {
    match version {
        FORMAT_VERSION => Ok(Cow::Borrowed(text)),
        other => Err(RecordError::Shape(format!("unknown format {other}"))),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A record exactly as format 1 of the app wrote it.
    const FORMAT_1_FIXTURE: &str = include_str!("../../tests/fixtures/record-format-1.json");

    #[test]
    fn a_record_round_trips() {
        let record = Record::new(Plan::default(), 3, "2026-11-25T10:00:00Z");
        let back = Record::from_json(&record.to_json()).unwrap();
        assert_eq!(back, record);
    }

    #[test]
    fn json_of_writes_a_format_1_record_of_the_borrowed_plan() {
        let record = Record::from_json(FORMAT_1_FIXTURE).unwrap();
        let text = Record::json_of(&record.plan, 7, "now");
        assert!(text.starts_with(r#"{"format":1,"revision":7,"saved_at":"now","plan":{"#));
        let back = Record::from_json(&text).unwrap();
        assert_eq!((back.revision, back.saved_at.as_str()), (7, "now"));
        assert_eq!(back.plan, record.plan);
    }

    #[test]
    fn the_format_1_fixture_loads() {
        let record = Record::from_json(FORMAT_1_FIXTURE).unwrap();
        assert_eq!(record.format, 1);
        let plan = &record.plan;
        assert_eq!(plan.rejections.len(), 1);
        assert_eq!(plan.rejections[0].company, "Northwind");
        assert_eq!(plan.rejections[0].feedback.len(), 2);
        assert_eq!(plan.skill_gaps.len(), 1);
        assert_eq!(plan.wellbeing.moods.len(), 2);
        assert_eq!(plan.applications.len(), 1);
    }

    #[test]
    fn newer_unknown_and_broken_records_are_refused() {
        assert_eq!(
            Record::from_json(r#"{"format":2,"plan":{}}"#),
            Err(RecordError::Newer(2))
        );
        assert_eq!(
            Record::from_json(r#"{"plan":{}}"#),
            Err(RecordError::NoVersion)
        );
        assert_eq!(Record::from_json("[null]"), Err(RecordError::NoVersion));
        assert!(matches!(
            Record::from_json(" []"),
            Err(RecordError::NotJson(_))
        ));
        assert!(matches!(
            Record::from_json(r#"{"format":0,"plan":{}}"#),
            Err(RecordError::Shape(_))
        ));
        assert!(matches!(
            Record::from_json("{not json"),
            Err(RecordError::NotJson(_))
        ));
        assert!(matches!(
            Record::from_json(r#"{"format":1,"plan":{"surprise":true}}"#),
            Err(RecordError::Shape(_))
        ));
        let huge = format!("\"{}\"", "x".repeat(MAX_RECORD_BYTES));
        assert_eq!(
            Record::from_json(&huge),
            Err(RecordError::TooLarge(MAX_RECORD_BYTES))
        );
    }

    #[test]
    fn invalid_content_is_refused() {
        let text =
            r#"{"format":1,"plan":{"wellbeing":{"moods":[{"date":"2026-11-25","mood":7}]}}}"#;
        assert_eq!(
            Record::from_json(text),
            Err(RecordError::Invalid(InvalidPlan::OutOfRange))
        );
    }
}
