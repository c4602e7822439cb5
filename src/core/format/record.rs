//! The stored record: one JSON document holding the plan and its format version,
//! `{"format":4,"revision":…,"saved_at":…,"folded":[…],"plan":{…}}`.
//!
//! Format 3 added the plan's `own_prep` (checklist items of the person's own) and
//! `reviews` (second opinions received); both are left out when empty, so a plan without
//! them is written as format 2 wrote it, and format 2 text reads as it is.
//!
//! Format 2 added `folded`: which tabs' journals the record holds (see
//! [`crate::core::journal`]), and the plan's random `id`, which calendar UIDs carry.
//! Format 1 is the same without them, and still loads: its plan gets an id when the app
//! loads it ([`crate::core::saving::Saver::open`]; the core makes no random numbers, the
//! browser passes one in). Backup files are records of this format without `folded`; an
//! older Rebound refuses them as "from a newer version", not as broken.
//!
//! The whole plan is written as one value under one key, so a save can never be left
//! half-done. Records from older formats are migrated step by step; records from a newer
//! app are refused (and the caller keeps them untouched) rather than guessed at.

use std::borrow::Cow;

use serde::{Deserialize, Serialize};
use serde_json::error::Category;
use thiserror::Error;

use super::packed::nesting_depth;
use crate::core::limits::MAX_RECORD_BYTES;
use crate::core::plan::Plan;
use crate::core::validate::{validate, InvalidPlan};

/// The format this app writes to storage.
pub const FORMAT_VERSION: u32 = 4;

/// The format of backup files ([`Record::json_of`]): this app's, since backups carry the
/// plan's id.
pub const BACKUP_FORMAT_VERSION: u32 = FORMAT_VERSION;

/// localStorage key of the plan record.
pub const PLAN_KEY: &str = "rebound.plan";
/// localStorage key of the previous good record (one generation back).
pub const PREVIOUS_KEY: &str = "rebound.plan.previous";
/// localStorage key of the plan as it was before an import replaced it.
pub const BEFORE_IMPORT_KEY: &str = "rebound.plan.before-import";
/// localStorage key where an unreadable record is kept, byte for byte.
pub const UNREADABLE_KEY: &str = "rebound.plan.unreadable";

/// Deepest nesting of JSON arrays and objects a record may have (it uses 7).
pub(super) const MAX_RECORD_NESTING: usize = 32;

/// The stored record. Reading, `revision` and `saved_at` may be left out; unknown fields
/// are refused.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Record {
    /// The format version of this record.
    pub format: u32,
    /// Counts saves, so a tab can tell that another tab saved since it loaded.
    #[serde(default)]
    pub revision: u64,
    /// When it was saved, as an ISO timestamp (informational).
    #[serde(default)]
    pub saved_at: String,
    /// Which tabs' journals this record holds (format 2 on).
    #[serde(default)]
    pub folded: FoldedJournals,
    pub plan: Plan,
}

/// How many tabs' journal numbers a record remembers.
pub const MAX_FOLDED_JOURNALS: usize = 100;

/// For each tab, the number of its latest journal a record holds: `[["3f2a…",4],…]`.
/// A list rather than a map: a map type would bring its own code into the download
/// (about 20 KB of wasm for the B-tree) for a handful of entries.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(transparent)]
pub struct FoldedJournals(Vec<(String, u64)>);

impl FoldedJournals {
    /// The number of `tab`'s latest journal held, 0 when none.
    pub fn get(&self, tab: &str) -> u64 {
        self.0
            .iter()
            .find(|(t, _)| t == tab)
            .map_or(0, |(_, seq)| *seq)
    }

    /// Records that journal number `seq` of `tab` is held. Only the newest
    /// [`MAX_FOLDED_JOURNALS`] tabs are remembered: every page load is a tab of its own.
    pub fn set(&mut self, tab: &str, seq: u64) {
        match self.0.iter_mut().find(|(t, _)| t == tab) {
            Some(entry) => entry.1 = seq,
            None => {
                self.0.push((tab.to_string(), seq));
                let over = self.0.len().saturating_sub(MAX_FOLDED_JOURNALS);
                self.0.drain(..over);
            }
        }
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

/// A [`Record`] as written, borrowing its parts; the same fields in the same order.
/// Format 1 has no `folded`.
#[derive(Serialize)]
struct RecordOut<'a> {
    format: u32,
    revision: u64,
    saved_at: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    folded: Option<&'a FoldedJournals>,
    plan: &'a Plan,
}

/// Why a record could not be read. Each variant is one cause; its text completes "the
/// saved plan could not be read because …" in a log or a notice.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum RecordError {
    /// Longer than [`MAX_RECORD_BYTES`] (the limit is given).
    #[error("the saved plan is larger than {0} bytes")]
    TooLarge(usize),
    /// Arrays or objects nested far deeper than a record's own.
    #[error("the saved plan is nested far too deeply")]
    TooDeep,
    /// The JSON stops before it is complete.
    #[error("the saved plan is cut short")]
    CutShort,
    /// Not JSON at all, or JSON that is not an object with a version.
    #[error("the saved plan is not readable JSON")]
    NotJson,
    /// JSON without a `format` number.
    #[error("the saved plan has no format version")]
    NoVersion,
    /// Written by a newer app, in the format given.
    #[error("the saved plan comes from a newer version of Rebound (format {0})")]
    Newer(u32),
    /// A format version no app ever wrote, such as 0.
    #[error("the saved plan has a format Rebound never wrote (format {0})")]
    UnknownVersion(u32),
    /// A date or time that does not exist, such as 30 February or the year 9999.
    #[error("the saved plan holds a date that doesn't exist")]
    BadDate,
    /// Any other mismatch with the format: a wrong type, a missing or unknown field, an
    /// unknown choice, a date chrono refuses. serde_json's description is kept for the log.
    #[error("the saved plan does not match its format ({0})")]
    Shape(String),
    /// Readable, but outside the limits or inconsistent.
    #[error("the saved plan failed a check: {0}")]
    Invalid(InvalidPlan),
}

impl From<InvalidPlan> for RecordError {
    fn from(e: InvalidPlan) -> Self {
        match e {
            InvalidPlan::ImpossibleDate => RecordError::BadDate,
            other => RecordError::Invalid(other),
        }
    }
}

impl Record {
    /// A record of `plan` at this app's format, holding no journals.
    pub fn new(plan: Plan, revision: u64, saved_at: &str) -> Self {
        Record {
            format: FORMAT_VERSION,
            revision,
            saved_at: saved_at.to_string(),
            folded: FoldedJournals::default(),
            plan,
        }
    }

    /// The JSON text to store (this app's format).
    pub fn to_json(&self) -> String {
        Record::stored_json(&self.plan, self.revision, &self.saved_at, &self.folded)
    }

    /// The JSON text of a stored record of `plan`, written straight from the borrowed
    /// parts: a save need not copy a large plan first.
    pub fn stored_json(
        plan: &Plan,
        revision: u64,
        saved_at: &str,
        folded: &FoldedJournals,
    ) -> String {
        write(&RecordOut {
            format: FORMAT_VERSION,
            revision,
            saved_at,
            folded: Some(folded),
            plan,
        })
    }

    /// The JSON text of a record of `plan` holding no journals (what a backup file holds),
    /// written straight from the borrowed plan: an export need not copy a large plan first.
    pub fn json_of(plan: &Plan, revision: u64, saved_at: &str) -> String {
        write(&RecordOut {
            format: BACKUP_FORMAT_VERSION,
            revision,
            saved_at,
            folded: None,
            plan,
        })
    }

    /// Reads a stored record of any known format, migrates it and validates it.
    pub fn from_json(text: &str) -> Result<Record, RecordError> {
        if text.len() > MAX_RECORD_BYTES {
            return Err(RecordError::TooLarge(MAX_RECORD_BYTES));
        }
        // A record of this app's format reads in one pass. Anything else takes the careful
        // route: the version first (which also checks the whole text is JSON), then the
        // shape, so what is wrong is reported the same way whichever it is.
        let (version, mut record) = match serde_json::from_str::<Record>(text) {
            Ok(record) if record.format == FORMAT_VERSION => (FORMAT_VERSION, record),
            // Older formats are this one without its newer fields, so they read in one
            // pass too.
            Ok(record) if fits_format(&record, record.format) => (
                record.format,
                Record {
                    format: FORMAT_VERSION,
                    ..record
                },
            ),
            _ => {
                let version = format_of(text)?;
                if version > FORMAT_VERSION {
                    return Err(RecordError::Newer(version));
                }
                let text = migrate(text, version)?;
                let record =
                    serde_json::from_str::<Record>(&text).map_err(|e| shape_error(&e, &text))?;
                if !fits_format(&record, version) {
                    return Err(RecordError::Shape(format!(
                        "a field format {version} did not have"
                    )));
                }
                (
                    version,
                    Record {
                        format: FORMAT_VERSION,
                        ..record
                    },
                )
            }
        };
        // Format 4 keeps the writing and the "slate wiped clean" moment with a rejection.
        if version < 4 {
            record.plan.file_under_focus();
        }
        validate(&mut record.plan)?;
        Ok(record)
    }
}

/// Whether `record` holds only what format `version` had: format 3 no writing filed
/// under a rejection and no rejection's own "slate wiped clean" moment, format 2 also no
/// checklist items of the person's own and no reviews, format 1 also no journals and no
/// plan id. A record of this app's format holds nothing the newer ones keep (format 4
/// no longer writes the plan-wide moment).
fn fits_format(record: &Record, version: u32) -> bool {
    let plan = &record.plan;
    match version {
        1 => fits_format(record, 2) && record.folded.is_empty() && plan.id.is_none(),
        2 => fits_format(record, 3) && plan.own_prep.is_empty() && plan.reviews.is_empty(),
        3 => {
            plan.wellbeing.writing.iter().all(|s| s.rejection.is_none())
                && plan.rejections.iter().all(|r| r.slate_wiped_on.is_none())
        }
        _ => false,
    }
}

/// A Plan is plain data (strings, numbers, maps with string keys): serializing it cannot
/// fail.
fn write(out: &RecordOut) -> String {
    serde_json::to_string(out).unwrap_or_default()
}

/// What a refused record of a known version is about.
fn shape_error(e: &serde_json::Error, text: &str) -> RecordError {
    if too_deep(text) {
        return RecordError::TooDeep;
    }
    match e.classify() {
        Category::Eof => RecordError::CutShort,
        Category::Syntax | Category::Io => RecordError::NotJson,
        Category::Data => RecordError::Shape(e.to_string()),
    }
}

/// True when `text` nests deeper than any record: what is wrong with it, whatever else is.
/// Only refused text is measured; serde_json's own recursion limit keeps the parsing
/// itself safe.
fn too_deep(text: &str) -> bool {
    nesting_depth(text) > MAX_RECORD_NESTING
}

/// Just the version of a record; every other field is skipped unread.
#[derive(Deserialize)]
struct VersionOnly {
    format: Option<u64>,
}

/// Reads the format version of a record without trusting anything else in it. This also
/// checks that the text is JSON at all.
pub fn format_of(text: &str) -> Result<u32, RecordError> {
    let probe: VersionOnly = serde_json::from_str(text).map_err(|e| match e.classify() {
        _ if too_deep(text) => RecordError::TooDeep,
        Category::Eof => RecordError::CutShort,
        // Not JSON, or JSON of another shape (a string, or an array too short to hold
        // the version).
        Category::Syntax | Category::Io | Category::Data => RecordError::NotJson,
    })?;
    probe
        .format
        .and_then(|v| u32::try_from(v).ok())
        .ok_or(RecordError::NoVersion)
}

/// Brings a record's text from `version` up to [`FORMAT_VERSION`], one format at a time.
///
/// Each future format adds one arm that rewrites the text of the format before it (as a
/// `serde_json::Value`), so every format that ever shipped keeps loading. Formats 2 to 4
/// only added fields that may be left out (`folded`, the plan's `id`; `own_prep`,
/// `reviews`; a writing session's `rejection`, a rejection's `slate_wiped_on`), so older
/// text reads as it is; the plan's missing id is given when it is loaded
/// ([`Plan::ensure_id`]), and format 3's plan-wide writing and moment are filed under the
/// rejection in focus ([`Plan::file_under_focus`]).
fn migrate(text: &str, version: u32) -> Result<Cow<'_, str>, RecordError> {
    match version {
        1..=FORMAT_VERSION => Ok(Cow::Borrowed(text)),
        other => Err(RecordError::UnknownVersion(other)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::plan::{self, Choice};
    use crate::core::words::{Arg, Key, Phrase};

    /// A record exactly as format 1 of the app wrote it.
    const FORMAT_1_FIXTURE: &str = include_str!("../../../tests/fixtures/record-format-1.json");

    #[test]
    fn a_record_round_trips() {
        let record = Record::new(Plan::default(), 3, "2026-11-25T10:00:00Z");
        let back = Record::from_json(&record.to_json()).unwrap();
        assert_eq!(back, record);
    }

    /// The id the format 2 fixture's plan carries.
    const FIXTURE_ID: &str = "5c0b1e27d9a84f63a1e0c4d2b7f93a18";

    fn fixture_id() -> plan::PlanId {
        plan::PlanId::try_from(FIXTURE_ID.to_string()).unwrap()
    }

    #[test]
    fn json_of_writes_a_record_of_the_borrowed_plan_without_journals() {
        let mut plan = Record::from_json(FORMAT_1_FIXTURE).unwrap().plan;
        plan.ensure_id(fixture_id());
        let text = Record::json_of(&plan, 7, "now");
        assert!(text.starts_with(&format!(
            r#"{{"format":4,"revision":7,"saved_at":"now","plan":{{"id":"{FIXTURE_ID}","#
        )));
        let back = Record::from_json(&text).unwrap();
        assert_eq!((back.revision, back.saved_at.as_str()), (7, "now"));
        assert!(back.folded.is_empty());
        assert_eq!(back.plan, plan);
    }

    /// A record exactly as format 2 of the app wrote it.
    const FORMAT_2_FIXTURE: &str = include_str!("../../../tests/fixtures/record-format-2.json");

    /// Formats 3 and 4 only added fields a format 2 plan does not have: a format 2 record
    /// is written back byte for byte but for its version and the plan-wide "slate wiped
    /// clean" moment, which format 4 keeps with a rejection (here there is none).
    #[test]
    fn the_format_2_fixture_loads_and_is_written_back_identical_but_for_its_version() {
        let record = Record::from_json(FORMAT_2_FIXTURE).unwrap();
        assert_eq!(record.format, FORMAT_VERSION);
        assert_eq!(record.folded.get("3f2a9c41d07be815"), 4);
        assert_eq!(record.plan.id, Some(fixture_id()));
        let mut format_1 = Record::from_json(FORMAT_1_FIXTURE).unwrap().plan;
        format_1.ensure_id(fixture_id());
        assert_eq!(record.plan, format_1);
        let format_2 = FORMAT_2_FIXTURE.trim_end();
        assert!(format_2.starts_with(r#"{"format":2,"#));
        assert_eq!(
            record.to_json(),
            format_2
                .replacen(r#"{"format":2,"#, r#"{"format":4,"#, 1)
                .replacen(r#","slate_wiped_on":null"#, "", 1)
        );
    }

    /// A record as format 3 writes it: checklist items of the person's own (one ticked,
    /// one accepted from a review) and a review received, with a comment kept, one let
    /// go and one not yet read, a suggestion accepted as a skill gap, one declined and one
    /// accepted as a checklist item.
    const FORMAT_3_FIXTURE: &str = include_str!("../../../tests/fixtures/record-format-3.json");

    #[test]
    fn the_format_3_fixture_loads_and_is_written_back_byte_for_byte() {
        use crate::core::review::{Answer, ItemRef};
        let record = Record::from_json(FORMAT_3_FIXTURE).unwrap();
        assert_eq!(record.format, FORMAT_VERSION);
        assert_eq!(
            (record.revision, record.folded.get("3f2a9c41d07be815")),
            (14, 4)
        );
        let plan = &record.plan;
        assert_eq!(plan.id, Some(fixture_id()));
        let own: Vec<(u32, &str)> = plan
            .own_prep
            .iter()
            .map(|p| (p.id.get(), p.text.as_str()))
            .collect();
        assert_eq!(
            own,
            [
                (11, "Print two copies of my CV"),
                (13, "Bring one dashboard you made to talk through")
            ]
        );
        assert!(plan.is_prep_done("own:11"));
        assert_eq!(plan.reviews.len(), 1);
        let review = &plan.reviews[0];
        assert_eq!(review.reviewer, "Sam Okafor");
        assert!(review.plan_unchanged);
        let kept: Vec<Option<bool>> = review.comments.iter().map(|c| c.kept).collect();
        assert_eq!(kept, [Some(true), Some(false), None]);
        let answers: Vec<Option<Answer>> = review
            .suggestions
            .iter()
            .map(|s| s.answer.clone())
            .collect();
        let gap = ItemRef::SkillGap(plan::Id::new(12));
        let prep = ItemRef::Prep("own:13".into());
        assert_eq!(
            answers,
            [
                Some(Answer::Accepted(gap.clone())),
                Some(Answer::Declined),
                Some(Answer::Accepted(prep.clone()))
            ]
        );
        assert_eq!(review.accepted(), 2);
        for item in [&gap, &prep] {
            assert!(plan.has_item(item), "{item:?}");
            assert_eq!(
                plan.suggested_by(item),
                Some(Phrase::said(
                    Key::WidgetSuggestedBy,
                    vec![("name", Arg::Theirs("Sam Okafor".into()))]
                ))
            );
        }
        assert_eq!(
            plan.kept_comments(&ItemRef::SkillGap(plan::Id::new(4))),
            [(
                Phrase::of("Sam Okafor"),
                "Time yourself: ten minutes a query, then look at the answer."
            )]
        );
        assert!(plan
            .kept_comments(&ItemRef::Application(plan::Id::new(10)))
            .is_empty());
        // Apart from what format 3 added, it is the format 2 fixture's plan.
        let mut older = plan.clone();
        older.own_prep.clear();
        older.reviews.clear();
        older.skill_gaps.retain(|g| g.id != plan::Id::new(12));
        older.prep_done.retain(|k| k != "own:11");
        older.next_id = plan::Id::new(10);
        assert_eq!(older, Record::from_json(FORMAT_2_FIXTURE).unwrap().plan);

        // Written back as format 4: its version, and no plan-wide moment (it had none).
        assert_eq!(
            record.to_json(),
            FORMAT_3_FIXTURE
                .trim_end()
                .replacen(r#"{"format":3,"#, r#"{"format":4,"#, 1)
                .replacen(r#","slate_wiped_on":null"#, "", 1)
        );
        // As a backup, too.
        let backup = Record::json_of(plan, 0, "now");
        assert_eq!(Record::from_json(&backup).unwrap().plan, *plan);
    }

    /// A record as format 3 wrote it, with two rejections (the second in focus), two
    /// writing sessions and the "slate wiped clean" moment, kept then for the whole plan.
    const FORMAT_3_WRITING_FIXTURE: &str =
        include_str!("../../../tests/fixtures/record-format-3-writing.json");

    /// Format 4 keeps writing and the moment with a rejection: a format 3 record gives
    /// them to the rejection in focus, loses nothing, and is written as format 4.
    #[test]
    fn format_3_writing_and_the_moment_go_to_the_rejection_in_focus() {
        let record = Record::from_json(FORMAT_3_WRITING_FIXTURE).unwrap();
        assert_eq!(record.format, FORMAT_VERSION);
        let plan = &record.plan;
        let focus = plan::Id::new(14);
        assert_eq!(plan.current_rejection().map(|r| r.id), Some(focus));
        let days: Vec<_> = plan
            .writing_about(focus)
            .map(|s| s.date.to_string())
            .collect();
        assert_eq!(days, ["2026-11-28", "2026-11-29"]);
        assert!(plan.writing_about(focus).all(|s| !s.text.is_empty()));
        assert_eq!(plan.wellbeing.writing.len(), 2, "nothing written is lost");
        let slate = |id| {
            plan.rejection(id)
                .unwrap()
                .slate_wiped_on
                .map(|d| d.to_string())
        };
        assert_eq!(slate(focus).as_deref(), Some("2026-11-30"));
        assert_eq!(slate(plan::Id::new(1)), None);
        // Written as format 4: the sessions name their rejection, the moment sits on it,
        // and nothing plan-wide is left.
        let text = record.to_json();
        assert!(text.starts_with(r#"{"format":4,"#), "{text}");
        assert!(
            text.contains(
                r#""reflection":{"cause":null,"note":""},"slate_wiped_on":"2026-11-30"}"#
            ),
            "{text}"
        );
        assert!(
            text.contains(
                r#""text":"Less today. I wrote down what I would say differently.","rejection":14}"#
            ),
            "{text}"
        );
        assert_eq!(text.matches("slate_wiped_on").count(), 1, "{text}");
        assert_eq!(Record::from_json(&text).unwrap(), record);
        // A format 3 backup file is such a record too.
        let backup = crate::core::format::decode_backup(FORMAT_3_WRITING_FIXTURE).unwrap();
        assert_eq!(backup, *plan);
    }

    /// What format 4 added cannot come in a record that says it is older.
    #[test]
    fn an_older_format_holding_what_format_4_added_is_refused() {
        let with = |from: &str, to: &str| {
            assert!(FORMAT_3_WRITING_FIXTURE.contains(from), "{from}");
            FORMAT_3_WRITING_FIXTURE.replacen(from, to, 1)
        };
        for text in [
            with(
                r#""note":""}}]"#,
                r#""note":""},"slate_wiped_on":"2026-11-30"}]"#,
            ),
            with(
                r#"the last question.""#,
                r#"the last question.","rejection":14"#,
            ),
        ] {
            assert!(
                matches!(Record::from_json(&text), Err(RecordError::Shape(_))),
                "{text}"
            );
        }
    }

    /// The format 3 fixture's JSON, changed by `edit`.
    fn format_3_with(edit: impl FnOnce(&mut serde_json::Value)) -> String {
        let mut value: serde_json::Value = serde_json::from_str(FORMAT_3_FIXTURE).unwrap();
        edit(&mut value);
        value.to_string()
    }

    #[test]
    fn an_older_format_holding_what_format_3_added_is_refused() {
        let as_format = |version: u32, drop: &[&str]| {
            format_3_with(|v| {
                v["format"] = version.into();
                let plan = v["plan"].as_object_mut().unwrap();
                for key in drop {
                    assert!(plan.remove(*key).is_some(), "{key}");
                }
                if version == 1 {
                    plan.remove("id");
                    v.as_object_mut().unwrap().remove("folded");
                }
            })
        };
        for version in [1, 2] {
            for drop in [&[][..], &["reviews"], &["own_prep"]] {
                let text = as_format(version, drop);
                assert!(
                    matches!(Record::from_json(&text), Err(RecordError::Shape(_))),
                    "format {version} without {drop:?}"
                );
            }
            // Without them, the same text is a good record of that format, and migrates.
            let text = as_format(version, &["reviews", "own_prep"]);
            let record = Record::from_json(&text).unwrap();
            assert_eq!(record.format, FORMAT_VERSION);
            assert!(record.plan.reviews.is_empty() && record.plan.own_prep.is_empty());
            assert!(record
                .to_json()
                .starts_with(r#"{"format":4,"revision":14,"#));
        }
        // Empty lists are what an older format could have meant: no items, no reviews.
        let empty = format_3_with(|v| {
            v["format"] = 2.into();
            v["plan"]["own_prep"] = serde_json::json!([]);
            v["plan"]["reviews"] = serde_json::json!([]);
        });
        let record = Record::from_json(&empty).unwrap();
        assert!(record.plan.reviews.is_empty() && record.plan.own_prep.is_empty());
    }

    #[test]
    fn a_broken_review_in_a_record_is_refused() {
        let cases: Vec<(&str, String, RecordError)> = vec![
            (
                "a review id that is not one",
                format_3_with(|v| v["plan"]["reviews"][0]["id"] = "sam".into()),
                RecordError::Shape(String::new()),
            ),
            (
                "the same review twice",
                format_3_with(|v| {
                    let review = v["plan"]["reviews"][0].clone();
                    v["plan"]["reviews"].as_array_mut().unwrap().push(review);
                }),
                RecordError::Invalid(InvalidPlan::DuplicateId),
            ),
            (
                "an own checklist item with an id in use",
                format_3_with(|v| v["plan"]["own_prep"][0]["id"] = 4.into()),
                RecordError::Invalid(InvalidPlan::DuplicateId),
            ),
            (
                "an empty own checklist item",
                format_3_with(|v| v["plan"]["own_prep"][0]["text"] = " ".into()),
                RecordError::Invalid(InvalidPlan::EmptyText("checklist item")),
            ),
            (
                "a control character in a comment",
                format_3_with(|v| {
                    v["plan"]["reviews"][0]["comments"][0]["comment"]["text"] = "a\u{7}b".into();
                }),
                RecordError::Invalid(InvalidPlan::ControlCharacter),
            ),
            (
                "a comment's label too long",
                format_3_with(|v| {
                    v["plan"]["reviews"][0]["comments"][0]["comment"]["label"] =
                        "x".repeat(81).into();
                }),
                RecordError::Invalid(InvalidPlan::TextTooLong("comment's item")),
            ),
            (
                "an unknown answer",
                format_3_with(|v| {
                    v["plan"]["reviews"][0]["suggestions"][1]["answer"] = "maybe".into()
                }),
                RecordError::Shape(String::new()),
            ),
            (
                "an unknown field in a review",
                format_3_with(|v| v["plan"]["reviews"][0]["surprise"] = true.into()),
                RecordError::Shape(String::new()),
            ),
            (
                "received in the year 9999",
                format_3_with(|v| v["plan"]["reviews"][0]["received_on"] = "9999-01-01".into()),
                RecordError::BadDate,
            ),
        ];
        for (name, text, expected) in cases {
            let got = Record::from_json(&text);
            match (&got, &expected) {
                (Err(RecordError::Shape(_)), RecordError::Shape(_)) => {}
                _ => assert_eq!(got, Err(expected), "{name}"),
            }
        }
    }

    #[test]
    fn a_format_1_record_migrates_to_format_4_holding_no_journals() {
        let record = Record::from_json(FORMAT_1_FIXTURE).unwrap();
        assert_eq!(record.format, FORMAT_VERSION);
        assert!(record.folded.is_empty());
        // The reader makes no random numbers: the id comes with the load.
        assert_eq!(record.plan.id, None);
        let text = record.to_json();
        assert!(text.starts_with(r#"{"format":4,"revision":"#), "{text}");
        assert!(
            text.contains(r#","folded":[],"plan":{"rejections":"#),
            "{text}"
        );
    }

    #[test]
    fn a_format_1_record_holding_a_plan_id_is_refused() {
        let with_id = FORMAT_1_FIXTURE.replacen(
            "\"plan\": {",
            &format!("\"plan\": {{\"id\": \"{FIXTURE_ID}\","),
            1,
        );
        assert_ne!(with_id, FORMAT_1_FIXTURE);
        assert!(matches!(
            Record::from_json(&with_id),
            Err(RecordError::Shape(_))
        ));
        let format_2 = with_id.replacen("\"format\": 1", "\"format\": 2", 1);
        assert_eq!(
            Record::from_json(&format_2).unwrap().plan.id,
            Some(fixture_id())
        );
        let bad_id = format_2.replacen(FIXTURE_ID, "not-an-id", 1);
        assert!(matches!(
            Record::from_json(&bad_id),
            Err(RecordError::Shape(_))
        ));
    }

    #[test]
    fn the_format_1_fixture_loads() {
        let record = Record::from_json(FORMAT_1_FIXTURE).unwrap();
        assert_eq!(record.format, FORMAT_VERSION);
        let plan = &record.plan;
        assert_eq!(plan.rejections.len(), 1);
        assert_eq!(plan.rejections[0].company, "Northwind");
        assert_eq!(plan.rejections[0].feedback.len(), 2);
        assert_eq!(plan.skill_gaps.len(), 1);
        assert_eq!(plan.wellbeing.moods.len(), 2);
        assert_eq!(plan.applications.len(), 1);
    }

    /// Every choice is stored under its slug and reads back from it; anything else is
    /// refused.
    fn choice_names_round_trip<T>()
    where
        T: Choice + Serialize + serde::de::DeserializeOwned + std::fmt::Debug,
    {
        for &choice in T::all() {
            let text = serde_json::to_string(&choice).unwrap();
            assert_eq!(text, format!("\"{}\"", choice.slug()));
            assert_eq!(serde_json::from_str::<T>(&text).unwrap(), choice);
            assert!(serde_json::from_str::<T>("\"no such choice\"").is_err());
        }
    }

    #[test]
    fn choices_are_stored_by_slug() {
        choice_names_round_trip::<plan::Stage>();
        choice_names_round_trip::<plan::Channel>();
        choice_names_round_trip::<plan::RequestStatus>();
        choice_names_round_trip::<plan::FeedbackCategory>();
        choice_names_round_trip::<plan::Certainty>();
        choice_names_round_trip::<plan::Level>();
        choice_names_round_trip::<plan::Cause>();
        choice_names_round_trip::<plan::SkillCategory>();
        choice_names_round_trip::<plan::Priority>();
        choice_names_round_trip::<plan::Method>();
        choice_names_round_trip::<plan::GapStatus>();
        choice_names_round_trip::<plan::AppKind>();
    }

    #[test]
    fn ids_are_stored_as_plain_numbers() {
        let id = plan::Id::new(42);
        assert_eq!(serde_json::to_string(&id).unwrap(), "42");
        assert_eq!(serde_json::from_str::<plan::Id>("42").unwrap(), id);
    }

    #[test]
    fn each_kind_of_broken_record_has_its_own_error() {
        let fixture = |from: &str, to: &str| {
            assert!(FORMAT_1_FIXTURE.contains(from), "{from}");
            FORMAT_1_FIXTURE.replacen(from, to, 1)
        };
        let cases: Vec<(&str, String, RecordError)> =
            vec![
            (
                "too large",
                format!("\"{}\"", "x".repeat(MAX_RECORD_BYTES)),
                RecordError::TooLarge(MAX_RECORD_BYTES),
            ),
            (
                "too deep",
                format!("{{\"format\":1,\"plan\":{}1{}}}", "[".repeat(40), "]".repeat(40)),
                RecordError::TooDeep,
            ),
            (
                "cut short",
                FORMAT_1_FIXTURE[..FORMAT_1_FIXTURE.len() / 2].into(),
                RecordError::CutShort,
            ),
            ("not JSON", "{not json".into(), RecordError::NotJson),
            ("a string", "\"a plan\"".into(), RecordError::NotJson),
            ("an empty array", " []".into(), RecordError::NotJson),
            ("no version", r#"{"plan":{}}"#.into(), RecordError::NoVersion),
            ("no version in an array", "[null]".into(), RecordError::NoVersion),
            ("newer", r#"{"format":5,"plan":{}}"#.into(), RecordError::Newer(5)),
            (
                "version zero",
                r#"{"format":0,"plan":{}}"#.into(),
                RecordError::UnknownVersion(0),
            ),
            (
                "the year 9999",
                r#"{"format":1,"plan":{"wellbeing":{"moods":[{"date":"9999-02-03","mood":3}]}}}"#
                    .into(),
                RecordError::BadDate,
            ),
            (
                "level out of range",
                r#"{"format":1,"plan":{"wellbeing":{"moods":[{"date":"2026-11-25","mood":7}]}}}"#
                    .into(),
                RecordError::Invalid(InvalidPlan::OutOfRange),
            ),
        ];
        for (name, text, expected) in cases {
            assert_eq!(Record::from_json(&text), Err(expected), "{name}");
        }
        for text in [
            r#"{"format":1,"plan":{"surprise":true}}"#,
            &fixture("\"company\":", "\"surprise\":1,\"company\":"),
            r#"{"format":1,"plan":{"wellbeing":{"moods":[{"date":"2026-02-30","mood":3}]}}}"#,
            r#"{"format":1,"plan":{"rejections":7}}"#,
            r#"{"format":1,"plan":{"wellbeing":{"moods":[{"date":"2026-11-25"}]}}}"#,
            r#"{"format":1,"plan":{"next_id":"7"}}"#,
            r#"{"format":1,"plan":{"profile":{"level":"guru"}}}"#,
            r#"{"format":1,"plan":{"next_id":1,"next_id":2}}"#,
        ] {
            assert!(
                matches!(Record::from_json(text), Err(RecordError::Shape(_))),
                "{text}"
            );
        }
    }
}
