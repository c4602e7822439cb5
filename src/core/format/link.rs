//! Share links: the plan packed into the URL fragment, so the host never sees it.
//!
//! A link looks like `https://…/#plan=2.<data>`. The `2` is the share format version and
//! `<data>` is a compact JSON form of the plan, packed as [`super::packed`] says.
//! Version 2 added the plan's id (`u`), so the calendar events of a plan opened on another
//! device keep their UIDs; version 1 links keep opening, without one (the app gives their
//! plan an id when it is opened). Version 3 added the person's own checklist items (`q`);
//! a plan without any is still written as version 2, so its link opens in older apps too.
//!
//! The compact form (`SharePlan`, private to this module) is a mirror of [`Plan`] with
//! short keys, the profile and wellbeing flattened, choices as fixed numeric codes, and
//! every empty or default field left out. It is converted field by field in both
//! directions, so adding a field to the plan breaks the build here until the share form
//! carries it too.
//!
//! Everything decoded is untrusted. [`decode`] caps the link length before decoding, the
//! inflated size while inflating (a compression bomb stops at the cap), and JSON nesting
//! (counted without recursion before parsing; serde_json's recursion limit is a backstop),
//! refuses unknown versions, unknown fields and impossible dates, and runs [`validate`]
//! for list and text limits. No input makes it panic.
//!
//! The plan holds no URLs (every text is shown as text), so there is no link-scheme check.

use chrono::{NaiveDate, NaiveDateTime, NaiveTime, Timelike};
use serde::{Deserialize, Serialize};
use serde_json::error::Category;
use thiserror::Error;

use super::packed::{pack, unpack, Unpack};
use crate::core::dates;
use crate::core::plan::*;
use crate::core::validate::{validate, InvalidPlan};
use crate::core::words::{Arg, Key, Phrase};

/// The newest share format, which this app writes when a plan needs it: format 3 added
/// the person's own checklist items (`q`). A plan without any is written in format 2, so
/// the link still opens in an app from before format 3.
pub const SHARE_VERSION: u32 = 3;

/// The share format a plan without format 3's checklist items is written in.
pub const SHARE_VERSION_2: u32 = 2;

/// The first share format: the same without the plan's id. Still read.
pub const SHARE_VERSION_1: u32 = 1;

/// What comes before the version in a link fragment.
pub const PREFIX: &str = "plan=";

/// True when a fragment carries a shared plan (`#plan=1.…`) rather than a screen.
pub fn is_share_link(fragment: &str) -> bool {
    fragment.trim_start_matches('#').starts_with(PREFIX)
}

pub use super::packed::{MAX_INFLATED_BYTES, MAX_LINK_CHARS};

/// Which private parts go into a link. Everything else is always shared; these are left
/// out unless the person opts in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct ShareOptions {
    /// The daily mood check-ins (`wellbeing.moods`).
    pub include_moods: bool,
    /// The harsh thoughts and kinder views (`wellbeing.reframes`).
    pub include_reframes: bool,
    /// The text of each rejection message.
    pub include_message: bool,
    /// The contact's name and email of each rejection: a third person's details.
    pub include_contacts: bool,
    /// The "what went well" notes (`wellbeing.went_well`).
    pub include_went_well: bool,
    /// The plan for the next setback (`wellbeing.setback_plan`).
    pub include_setback_plan: bool,
    /// The day the slate was wiped clean (each rejection's `slate_wiped_on`).
    pub include_slate: bool,
}

impl ShareOptions {
    /// Everything, private parts included. (The writing exercise and unsaved drafts are
    /// never shared.)
    pub const ALL: ShareOptions = ShareOptions {
        include_moods: true,
        include_reframes: true,
        include_message: true,
        include_contacts: true,
        include_went_well: true,
        include_setback_plan: true,
        include_slate: true,
    };
}

/// Why a share link could not be opened. Each message is shown to the person as is.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum ShareError {
    /// Nothing, or only a `#`, after trimming.
    #[error("This link has no plan in it. Copy the whole link and try again.")]
    Empty,
    /// No `plan=` payload: some other address or text.
    #[error("This doesn't look like a Rebound plan link. Check that the whole link was copied.")]
    NotAPlanLink,
    /// Longer than [`MAX_LINK_CHARS`]; refused before any other work.
    #[error("This link is much longer than any plan link Rebound makes, so it wasn't opened.")]
    TooLong,
    /// A share format newer than [`SHARE_VERSION`] (the version given).
    #[error(
        "This link was made by a newer version of Rebound. Reload the page to update the app, \
         then open the link again."
    )]
    NewerVersion(u64),
    /// A version that is not a number, or one no app wrote (such as 0).
    #[error("This link uses a format Rebound doesn't know, so it wasn't opened.")]
    UnknownVersion,
    /// The base64 or the compressed data stops early.
    #[error("This link looks cut short. Copy the whole link (it can be long) and try again.")]
    CutShort,
    /// A character outside base64url.
    #[error(
        "This link has characters that don't belong in a plan link. It may have been changed \
         while it was copied; copy it again from the original message."
    )]
    NotBase64,
    /// Bad base64 padding, compressed data that does not inflate or fails its checksum,
    /// or inflated bytes that are not UTF-8 JSON.
    #[error("This link is damaged, so the plan in it can't be read. Ask for the link again.")]
    Damaged,
    /// Inflates past [`MAX_INFLATED_BYTES`] (a compression bomb).
    #[error("This link holds more than Rebound can open safely, so it wasn't opened.")]
    TooBig,
    /// Arrays or objects nested deeper than the share form ever is.
    #[error(
        "This link isn't shaped like a plan (it is nested far too deeply), so it wasn't opened."
    )]
    TooDeep,
    /// A date or time that does not exist, or lies outside the years 1900 to 2200.
    #[error(
        "This link holds a date that doesn't exist (such as 30 February), so it wasn't opened."
    )]
    BadDate,
    /// JSON of another shape: a wrong type, a missing or unknown field, an unknown choice
    /// code.
    /// serde_json's description is kept for the log; the person is not shown it.
    #[error("This link doesn't hold a plan Rebound can read.")]
    NotAPlan(String),
    /// Readable, but outside the limits or inconsistent.
    #[error("This plan can't be opened because {0}.")]
    Invalid(InvalidPlan),
}

impl ShareError {
    /// What the person is told.
    pub fn message(&self) -> Phrase {
        let key = match self {
            ShareError::Empty => Key::ErrorLinkEmpty,
            ShareError::NotAPlanLink => Key::ErrorLinkNotAPlanLink,
            ShareError::TooLong => Key::ErrorLinkTooLong,
            ShareError::NewerVersion(_) => Key::ErrorLinkNewer,
            ShareError::UnknownVersion => Key::ErrorLinkUnknownVersion,
            ShareError::CutShort => Key::ErrorLinkCutShort,
            ShareError::NotBase64 => Key::ErrorLinkNotBase64,
            ShareError::Damaged => Key::ErrorLinkDamaged,
            ShareError::TooBig => Key::ErrorLinkTooBig,
            ShareError::TooDeep => Key::ErrorLinkTooDeep,
            ShareError::BadDate => Key::ErrorLinkBadDate,
            ShareError::NotAPlan(_) => Key::ErrorLinkNotAPlan,
            ShareError::Invalid(reason) => {
                return Phrase::said(
                    Key::ErrorLinkInvalid,
                    vec![("reason", Arg::Said(reason.message()))],
                )
            }
        };
        key.into()
    }
}

/// A copy of `plan` without the private parts `options` leaves out.
pub fn redact(plan: &Plan, options: ShareOptions) -> Plan {
    let mut plan = plan.clone();
    // Text typed into a form and not saved, and the writing exercise, are never shared,
    // whatever the options.
    plan.drafts = Drafts::default();
    plan.wellbeing.writing.clear();
    // Share format 1 has no place for it (see `SharePlan::from_plan`).
    plan.search_rhythm = Rhythm::default();
    // Reviews received are between the person and each reviewer.
    plan.reviews.clear();
    if !options.include_moods {
        plan.wellbeing.moods.clear();
        // Moods noted around a fun plan are just as private as the daily check-ins.
        for fun in &mut plan.fun {
            fun.mood_before = None;
            fun.mood_after = None;
        }
    }
    if !options.include_reframes {
        plan.wellbeing.reframes.clear();
    }
    if !options.include_message {
        for r in &mut plan.rejections {
            r.message.clear();
        }
    }
    if !options.include_contacts {
        for r in &mut plan.rejections {
            r.contact_name.clear();
            r.contact_email.clear();
        }
    }
    if !options.include_went_well {
        plan.wellbeing.went_well.clear();
    }
    if !options.include_setback_plan {
        plan.wellbeing.setback_plan.clear();
    }
    if !options.include_slate {
        for r in &mut plan.rejections {
            r.slate_wiped_on = None;
        }
    }
    plan
}

/// The fragment payload for `plan`, such as `plan=2.eNp…`, with the private parts that
/// `options` leaves out removed first.
pub fn encode(plan: &Plan, options: ShareOptions) -> String {
    let share = SharePlan::from_plan(&redact(plan, options));
    let version = if share.own_prep.is_empty() {
        SHARE_VERSION_2
    } else {
        SHARE_VERSION
    };
    pack(PREFIX, version, &share)
}

/// The full link: `base` (a page address without a fragment; any fragment is dropped)
/// followed by `#` and the payload from [`encode`].
pub fn share_url(base_url_without_fragment: &str, payload: &str) -> String {
    let base = base_url_without_fragment
        .split('#')
        .next()
        .unwrap_or_default();
    format!("{base}#{}", payload.trim_start_matches('#'))
}

/// Reads the plan from a link payload. Takes `plan=2.…`, `#plan=2.…` or a whole link
/// (anything up to the first `#` is ignored), of share format 2 or 1. Surrounding
/// whitespace is ignored. A format 1 plan comes without an id.
pub fn decode(fragment_or_payload: &str) -> Result<Plan, ShareError> {
    let (version, json) = unpack(
        fragment_or_payload,
        PREFIX,
        SHARE_VERSION_1,
        SHARE_VERSION,
        MAX_NESTING,
    )
    .map_err(|e| match e {
        Unpack::Empty => ShareError::Empty,
        Unpack::OtherKind => ShareError::NotAPlanLink,
        Unpack::TooLong => ShareError::TooLong,
        Unpack::NewerVersion(n) => ShareError::NewerVersion(n),
        Unpack::UnknownVersion => ShareError::UnknownVersion,
        Unpack::CutShort => ShareError::CutShort,
        Unpack::NotBase64 => ShareError::NotBase64,
        Unpack::Damaged => ShareError::Damaged,
        Unpack::TooBig => ShareError::TooBig,
        Unpack::TooDeep => ShareError::TooDeep,
    })?;
    let share: SharePlan = serde_json::from_str(&json).map_err(|e| match e.classify() {
        // Not JSON, or cut off inside a checksummed stream: damaged either way. (Nesting
        // beyond serde_json's recursion limit was refused above.)
        Category::Syntax | Category::Eof | Category::Io => ShareError::Damaged,
        // A wrong type, a missing or unknown field, an unknown choice code. (The share
        // form's dates are plain strings, checked below.) A link from a newer Rebound says
        // so by its version, so an unknown field means a damaged or hand-made link.
        Category::Data => ShareError::NotAPlan(e.to_string()),
    })?;
    if version == SHARE_VERSION_1 && share.id.is_some() {
        return Err(ShareError::NotAPlan(
            "a version 1 link with a plan id".into(),
        ));
    }
    if version < SHARE_VERSION && !share.own_prep.is_empty() {
        return Err(ShareError::NotAPlan(format!(
            "a version {version} link with checklist items"
        )));
    }
    let mut plan = share.into_plan().map_err(|BadDate| ShareError::BadDate)?;
    validate(&mut plan).map_err(|e| match e {
        InvalidPlan::ImpossibleDate => ShareError::BadDate,
        other => ShareError::Invalid(other),
    })?;
    Ok(plan)
}

/// Deepest nesting of JSON arrays and objects the share form may have (it uses 5).
const MAX_NESTING: usize = 16;

// ---------------------------------------------------------------------------------------
// The compact share form.

/// A date string that names no real date.
struct BadDate;

fn date_text(date: NaiveDate) -> String {
    dates::iso(date)
}

fn parse_date(text: &str) -> Result<NaiveDate, BadDate> {
    if text != text.trim() {
        return Err(BadDate);
    }
    dates::parse_iso_date(text).ok_or(BadDate)
}

/// "10:30" when the seconds are zero, else "10:30:15" (with any fraction).
fn time_text(time: NaiveTime) -> String {
    if time.second() == 0 && time.nanosecond() == 0 {
        dates::hhmm(time)
    } else {
        // chrono's own "HH:MM:SS" (with any fraction), as serde writes it too.
        time.to_string()
    }
}

fn parse_time(text: &str) -> Result<NaiveTime, BadDate> {
    if text.len() == 5 {
        return dates::parse_hhmm(text).ok_or(BadDate);
    }
    if text.len() < 8 || text != text.trim() {
        return Err(BadDate);
    }
    text.parse::<NaiveTime>().map_err(|_| BadDate)
}

fn date_time_text(at: NaiveDateTime) -> String {
    format!("{}T{}", date_text(at.date()), time_text(at.time()))
}

fn parse_date_time(text: &str) -> Result<NaiveDateTime, BadDate> {
    let (date, time) = text.split_once('T').ok_or(BadDate)?;
    Ok(parse_date(date)?.and_time(parse_time(time)?))
}

fn parse_opt_date(text: &Option<String>) -> Result<Option<NaiveDate>, BadDate> {
    text.as_deref().map(parse_date).transpose()
}

/// Fixed numeric codes for the plan's choices in the share form. The codes belong to
/// share format 1 and never change; a new choice gets a new code. The matches are
/// exhaustive, so a new variant in the plan is a compile error here until it has one.
macro_rules! share_codes {
    ($module:ident, $ty:ident { $($variant:ident = $code:literal),+ $(,)? }) => {
        // Some choices only ever appear as optional fields.
        #[allow(dead_code)]
        pub(in crate::core::format) mod $module {
            use serde::{Deserialize, Deserializer, Serializer};

            use crate::core::plan::$ty;

            fn to_code(value: $ty) -> u8 {
                match value {
                    $($ty::$variant => $code),+
                }
            }

            fn from_code<E: serde::de::Error>(code: u8) -> Result<$ty, E> {
                match code {
                    $($code => Ok($ty::$variant),)+
                    other => Err(E::custom(format_args!(
                        "unknown {} code {other}",
                        stringify!($ty)
                    ))),
                }
            }

            pub fn serialize<S: Serializer>(value: &$ty, s: S) -> Result<S::Ok, S::Error> {
                s.serialize_u8(to_code(*value))
            }

            pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<$ty, D::Error> {
                from_code(u8::deserialize(d)?)
            }

            /// The same for an optional choice (absent when none).
            pub mod option {
                use super::*;

                pub fn serialize<S: Serializer>(
                    value: &Option<$ty>,
                    s: S,
                ) -> Result<S::Ok, S::Error> {
                    match value {
                        Some(value) => s.serialize_some(&to_code(*value)),
                        None => s.serialize_none(),
                    }
                }

                pub fn deserialize<'de, D: Deserializer<'de>>(
                    d: D,
                ) -> Result<Option<$ty>, D::Error> {
                    Option::<u8>::deserialize(d)?
                        .map(from_code::<D::Error>)
                        .transpose()
                }
            }
        }
    };
}

pub(super) mod codes {
    share_codes!(stage, Stage {
        Application = 0,
        Screening = 1,
        Interview = 2,
        Assessment = 3,
        FinalRound = 4,
        Offer = 5,
        Other = 6,
    });
    share_codes!(channel, Channel {
        Email = 0,
        Call = 1,
        Portal = 2,
        InPerson = 3,
        Ghosted = 4,
    });
    share_codes!(request_status, RequestStatus {
        NotSent = 0,
        Sent = 1,
        Answered = 2,
        NoAnswer = 3,
        Closed = 4,
    });
    share_codes!(feedback_category, FeedbackCategory {
        Preparation = 0,
        Communication = 1,
        Confidence = 2,
        SkillsGap = 3,
        Motivation = 4,
        CultureFit = 5,
        Salary = 6,
        StrongerCandidate = 7,
        RoleClosed = 8,
        Other = 9,
    });
    share_codes!(certainty, Certainty {
        Fact = 0,
        Guess = 1,
    });
    share_codes!(level, Level {
        Entry = 0,
        Junior = 1,
        Mid = 2,
        Senior = 3,
        Lead = 4,
        Head = 5,
    });
    share_codes!(cause, Cause {
        Competition = 0,
        Level = 1,
        Area = 2,
        NotSure = 3,
    });
    share_codes!(skill_category, SkillCategory {
        Technical = 0,
        Domain = 1,
        Communication = 2,
        Leadership = 3,
        Interviewing = 4,
        Other = 5,
    });
    share_codes!(priority, Priority {
        High = 0,
        Medium = 1,
        Low = 2,
    });
    share_codes!(method, Method {
        Course = 0,
        Qualification = 1,
        Project = 2,
        Practice = 3,
    });
    share_codes!(gap_status, GapStatus {
        NotStarted = 0,
        InProgress = 1,
        Done = 2,
    });
    share_codes!(app_kind, AppKind {
        Application = 0,
        Interview = 1,
        FollowUp = 2,
    });
}

/// What a feedback item became: `{"g":id}` (a skill gap) or `{"c":id}` (a search change).
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
enum ShareOutcome {
    #[serde(rename = "g")]
    SkillGap(Id),
    #[serde(rename = "c")]
    SearchChange(Id),
}

impl ShareOutcome {
    fn from_plan(outcome: Outcome) -> Self {
        match outcome {
            Outcome::SkillGap(id) => ShareOutcome::SkillGap(id),
            Outcome::SearchChange(id) => ShareOutcome::SearchChange(id),
        }
    }

    fn into_plan(self) -> Outcome {
        match self {
            ShareOutcome::SkillGap(id) => Outcome::SkillGap(id),
            ShareOutcome::SearchChange(id) => Outcome::SearchChange(id),
        }
    }
}

fn is_default<T: Default + PartialEq>(value: &T) -> bool {
    *value == T::default()
}

/// The whole plan in share form. Keys are short to keep links short; every field but
/// the required ones is left out when empty.
#[derive(Debug, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct SharePlan {
    /// The plan's id (share format 2 on).
    #[serde(rename = "u", default, skip_serializing_if = "Option::is_none")]
    id: Option<PlanId>,
    #[serde(rename = "r", default, skip_serializing_if = "is_default")]
    rejections: Vec<ShareRejection>,
    #[serde(rename = "c", default, skip_serializing_if = "is_default")]
    current: Option<Id>,
    #[serde(rename = "n", default, skip_serializing_if = "is_default")]
    name: String,
    #[serde(rename = "k", default, skip_serializing_if = "is_default")]
    skills: Vec<String>,
    #[serde(
        rename = "l",
        default,
        skip_serializing_if = "Option::is_none",
        with = "codes::level::option"
    )]
    level: Option<Level>,
    #[serde(rename = "o", default, skip_serializing_if = "is_default")]
    roles: Vec<ShareRole>,
    #[serde(rename = "s", default, skip_serializing_if = "is_default")]
    search_changes: Vec<ShareSearchChange>,
    #[serde(rename = "g", default, skip_serializing_if = "is_default")]
    skill_gaps: Vec<ShareSkillGap>,
    #[serde(rename = "f", default, skip_serializing_if = "is_default")]
    fun: Vec<ShareFun>,
    #[serde(rename = "m", default, skip_serializing_if = "is_default")]
    moods: Vec<ShareMood>,
    #[serde(rename = "e", default, skip_serializing_if = "is_default")]
    reframes: Vec<ShareReframe>,
    #[serde(rename = "w", default, skip_serializing_if = "is_default")]
    went_well: Vec<ShareWentWell>,
    #[serde(rename = "b", default, skip_serializing_if = "is_default")]
    setback_plan: String,
    #[serde(rename = "z", default, skip_serializing_if = "is_default")]
    slate_wiped_on: Option<String>,
    #[serde(rename = "a", default, skip_serializing_if = "is_default")]
    applications: Vec<ShareApplication>,
    #[serde(rename = "p", default, skip_serializing_if = "is_default")]
    prep_done: Vec<String>,
    #[serde(rename = "x", default, skip_serializing_if = "is_default")]
    next_id: Id,
    /// The person's own checklist items as `[id, text]` (share format 3 on).
    #[serde(rename = "q", default, skip_serializing_if = "is_default")]
    own_prep: Vec<(Id, String)>,
}

#[derive(Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct ShareRejection {
    #[serde(rename = "i")]
    id: Id,
    #[serde(rename = "c")]
    company: String,
    #[serde(rename = "r")]
    role: String,
    #[serde(rename = "n", default, skip_serializing_if = "is_default")]
    contact_name: String,
    #[serde(rename = "e", default, skip_serializing_if = "is_default")]
    contact_email: String,
    #[serde(rename = "s", with = "codes::stage")]
    stage: Stage,
    #[serde(rename = "d")]
    date: String,
    #[serde(rename = "h", with = "codes::channel")]
    channel: Channel,
    #[serde(rename = "m", default, skip_serializing_if = "is_default")]
    message: String,
    #[serde(
        rename = "q",
        default,
        skip_serializing_if = "Option::is_none",
        with = "codes::request_status::option"
    )]
    request_status: Option<RequestStatus>,
    #[serde(rename = "so", default, skip_serializing_if = "is_default")]
    sent_on: Option<String>,
    #[serde(rename = "fu", default, skip_serializing_if = "is_default")]
    followed_up_on: Option<String>,
    #[serde(rename = "f", default, skip_serializing_if = "is_default")]
    feedback: Vec<ShareFeedback>,
    #[serde(
        rename = "y",
        default,
        skip_serializing_if = "Option::is_none",
        with = "codes::cause::option"
    )]
    cause: Option<Cause>,
    #[serde(rename = "t", default, skip_serializing_if = "is_default")]
    note: String,
}

#[derive(Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct ShareFeedback {
    #[serde(rename = "i")]
    id: Id,
    #[serde(rename = "t")]
    text: String,
    #[serde(rename = "c", with = "codes::feedback_category")]
    category: FeedbackCategory,
    #[serde(rename = "s", with = "codes::stage")]
    stage: Stage,
    #[serde(rename = "y", with = "codes::certainty")]
    certainty: Certainty,
    #[serde(rename = "o", default, skip_serializing_if = "is_default")]
    outcome: Option<ShareOutcome>,
}

#[derive(Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct ShareRole {
    #[serde(rename = "i")]
    id: Id,
    #[serde(rename = "t")]
    title: String,
    #[serde(rename = "a", default, skip_serializing_if = "is_default")]
    area: String,
    #[serde(rename = "l", with = "codes::level")]
    level: Level,
    #[serde(rename = "q", default, skip_serializing_if = "is_default")]
    requirements: Vec<String>,
}

/// A feedback source as `[rejection, feedback]`.
type ShareSource = (Id, Id);

fn source_to_share(source: Option<FeedbackRef>) -> Option<ShareSource> {
    source.map(|s| (s.rejection, s.feedback))
}

fn source_from_share(source: Option<ShareSource>) -> Option<FeedbackRef> {
    source.map(|(rejection, feedback)| FeedbackRef {
        rejection,
        feedback,
    })
}

#[derive(Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct ShareSearchChange {
    #[serde(rename = "i")]
    id: Id,
    #[serde(rename = "t")]
    text: String,
    #[serde(rename = "x", default, skip_serializing_if = "is_default")]
    done: bool,
    #[serde(rename = "s", default, skip_serializing_if = "is_default")]
    source: Option<ShareSource>,
}

#[derive(Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct ShareSkillGap {
    #[serde(rename = "i")]
    id: Id,
    #[serde(rename = "n")]
    skill: String,
    #[serde(rename = "c", with = "codes::skill_category")]
    category: SkillCategory,
    #[serde(rename = "e", default, skip_serializing_if = "is_default")]
    evidence: String,
    #[serde(rename = "s", default, skip_serializing_if = "is_default")]
    source: Option<ShareSource>,
    #[serde(rename = "p", with = "codes::priority")]
    priority: Priority,
    #[serde(rename = "l")]
    current_level: u8,
    #[serde(rename = "g")]
    target_level: u8,
    #[serde(rename = "m", with = "codes::method")]
    method: Method,
    #[serde(rename = "k", default, skip_serializing_if = "is_default")]
    cost: Option<u32>,
    #[serde(rename = "d", default, skip_serializing_if = "is_default")]
    target_date: Option<String>,
    #[serde(rename = "u", with = "codes::gap_status")]
    status: GapStatus,
    #[serde(rename = "if", default, skip_serializing_if = "is_default")]
    if_cue: String,
    #[serde(rename = "th", default, skip_serializing_if = "is_default")]
    then_action: String,
}

#[derive(Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct ShareFun {
    #[serde(rename = "i")]
    id: Id,
    #[serde(rename = "w")]
    what: String,
    #[serde(rename = "h", default, skip_serializing_if = "is_default")]
    with_whom: String,
    #[serde(rename = "d")]
    when: String,
    #[serde(rename = "b", default, skip_serializing_if = "is_default")]
    mood_before: Option<u8>,
    #[serde(rename = "a", default, skip_serializing_if = "is_default")]
    mood_after: Option<u8>,
    #[serde(rename = "x", default, skip_serializing_if = "is_default")]
    done: bool,
}

#[derive(Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct ShareMood {
    #[serde(rename = "d")]
    date: String,
    #[serde(rename = "m")]
    mood: u8,
    #[serde(rename = "t", default, skip_serializing_if = "is_default")]
    note: String,
}

#[derive(Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct ShareReframe {
    #[serde(rename = "i")]
    id: Id,
    #[serde(rename = "d")]
    date: String,
    #[serde(rename = "t", default, skip_serializing_if = "is_default")]
    thought: String,
    #[serde(rename = "k", default, skip_serializing_if = "is_default")]
    kinder_view: String,
}

#[derive(Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct ShareWentWell {
    #[serde(rename = "i")]
    id: Id,
    #[serde(rename = "d")]
    date: String,
    #[serde(rename = "t", default, skip_serializing_if = "is_default")]
    text: String,
}

#[derive(Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct ShareApplication {
    #[serde(rename = "i")]
    id: Id,
    #[serde(rename = "c")]
    company: String,
    #[serde(rename = "r")]
    role: String,
    #[serde(rename = "k", with = "codes::app_kind")]
    kind: AppKind,
    #[serde(rename = "d")]
    date: String,
    #[serde(rename = "h", default, skip_serializing_if = "is_default")]
    time: Option<String>,
    #[serde(rename = "t", default, skip_serializing_if = "is_default")]
    note: String,
}

impl SharePlan {
    /// The share form of `plan`. Every field is named, so a new field in the plan is a
    /// compile error here until it is carried.
    fn from_plan(plan: &Plan) -> SharePlan {
        let Plan {
            id,
            rejections,
            current,
            profile:
                Profile {
                    name,
                    skills,
                    level,
                },
            roles,
            search_changes,
            skill_gaps,
            fun,
            wellbeing:
                Wellbeing {
                    moods,
                    reframes,
                    went_well,
                    setback_plan,
                    // Read from older records only, and filed under a rejection as they
                    // load: nothing is left here to share.
                    legacy_slate: _,
                    // Never in a link: `redact` clears it, and the share form has no place
                    // for it.
                    writing: _,
                },
            applications,
            prep_done,
            next_id,
            // Never in a link: `redact` clears it, and the share form has no place for it.
            drafts: _,
            // Not in the share form: `redact` clears it, and Share says it is left out.
            search_rhythm: _,
            own_prep,
            // Private: `redact` clears them, and the share form has no place for them.
            reviews: _,
        } = plan;
        SharePlan {
            id: id.clone(),
            rejections: rejections.iter().map(ShareRejection::from_plan).collect(),
            current: *current,
            name: name.clone(),
            skills: skills.clone(),
            level: *level,
            roles: roles.iter().map(ShareRole::from_plan).collect(),
            search_changes: search_changes
                .iter()
                .map(ShareSearchChange::from_plan)
                .collect(),
            skill_gaps: skill_gaps.iter().map(ShareSkillGap::from_plan).collect(),
            fun: fun.iter().map(ShareFun::from_plan).collect(),
            moods: moods.iter().map(ShareMood::from_plan).collect(),
            reframes: reframes.iter().map(ShareReframe::from_plan).collect(),
            went_well: went_well.iter().map(ShareWentWell::from_plan).collect(),
            setback_plan: setback_plan.clone(),
            // The share form has one place for the moment (formats 1 to 3 kept one for the
            // whole plan): it carries the one of the rejection in focus.
            slate_wiped_on: plan
                .current_rejection()
                .and_then(|r| r.slate_wiped_on)
                .map(date_text),
            applications: applications
                .iter()
                .map(ShareApplication::from_plan)
                .collect(),
            prep_done: prep_done.clone(),
            next_id: *next_id,
            own_prep: own_prep.iter().map(|p| (p.id, p.text.clone())).collect(),
        }
    }

    fn into_plan(self) -> Result<Plan, BadDate> {
        let SharePlan {
            id,
            rejections,
            current,
            name,
            skills,
            level,
            roles,
            search_changes,
            skill_gaps,
            fun,
            moods,
            reframes,
            went_well,
            setback_plan,
            slate_wiped_on,
            applications,
            prep_done,
            next_id,
            own_prep,
        } = self;
        let slate = parse_opt_date(&slate_wiped_on)?;
        let mut plan = Plan {
            id,
            rejections: collect(rejections, ShareRejection::into_plan)?,
            current,
            profile: Profile {
                name,
                skills,
                level,
            },
            roles: roles.into_iter().map(ShareRole::into_plan).collect(),
            search_changes: search_changes
                .into_iter()
                .map(ShareSearchChange::into_plan)
                .collect(),
            skill_gaps: collect(skill_gaps, ShareSkillGap::into_plan)?,
            fun: collect(fun, ShareFun::into_plan)?,
            wellbeing: Wellbeing {
                moods: collect(moods, ShareMood::into_plan)?,
                reframes: collect(reframes, ShareReframe::into_plan)?,
                went_well: collect(went_well, ShareWentWell::into_plan)?,
                setback_plan,
                legacy_slate: None,
                writing: Vec::new(),
            },
            applications: collect(applications, ShareApplication::into_plan)?,
            prep_done,
            next_id,
            drafts: Drafts::default(),
            search_rhythm: Rhythm::default(),
            own_prep: own_prep
                .into_iter()
                .map(|(id, text)| OwnPrep { id, text })
                .collect(),
            reviews: Vec::new(),
        };
        if let (Some(day), Some(focus)) = (slate, plan.current_rejection().map(|r| r.id)) {
            // The rejection was just found, so this cannot be refused.
            plan.wipe_slate(focus, day).ok();
        }
        Ok(plan)
    }
}

fn collect<S, T>(items: Vec<S>, convert: fn(S) -> Result<T, BadDate>) -> Result<Vec<T>, BadDate> {
    items.into_iter().map(convert).collect()
}

impl ShareRejection {
    fn from_plan(r: &Rejection) -> Self {
        let Rejection {
            id,
            company,
            role,
            contact_name,
            contact_email,
            stage,
            date,
            channel,
            message,
            request:
                FeedbackRequest {
                    status,
                    sent_on,
                    followed_up_on,
                },
            feedback,
            reflection: Reflection { cause, note },
            // At plan level in the share form (see `SharePlan::from_plan`).
            slate_wiped_on: _,
        } = r;
        ShareRejection {
            id: *id,
            company: company.clone(),
            role: role.clone(),
            contact_name: contact_name.clone(),
            contact_email: contact_email.clone(),
            stage: *stage,
            date: date_text(*date),
            channel: *channel,
            message: message.clone(),
            request_status: *status,
            sent_on: sent_on.map(date_text),
            followed_up_on: followed_up_on.map(date_text),
            feedback: feedback.iter().map(ShareFeedback::from_plan).collect(),
            cause: *cause,
            note: note.clone(),
        }
    }

    fn into_plan(self) -> Result<Rejection, BadDate> {
        Ok(Rejection {
            id: self.id,
            company: self.company,
            role: self.role,
            contact_name: self.contact_name,
            contact_email: self.contact_email,
            stage: self.stage,
            date: parse_date(&self.date)?,
            channel: self.channel,
            message: self.message,
            request: FeedbackRequest {
                status: self.request_status,
                sent_on: parse_opt_date(&self.sent_on)?,
                followed_up_on: parse_opt_date(&self.followed_up_on)?,
            },
            feedback: self
                .feedback
                .into_iter()
                .map(ShareFeedback::into_plan)
                .collect(),
            reflection: Reflection {
                cause: self.cause,
                note: self.note,
            },
            slate_wiped_on: None,
        })
    }
}

impl ShareFeedback {
    fn from_plan(f: &FeedbackItem) -> Self {
        let FeedbackItem {
            id,
            text,
            category,
            stage,
            certainty,
            outcome,
        } = f;
        ShareFeedback {
            id: *id,
            text: text.clone(),
            category: *category,
            stage: *stage,
            certainty: *certainty,
            outcome: outcome.map(ShareOutcome::from_plan),
        }
    }

    fn into_plan(self) -> FeedbackItem {
        FeedbackItem {
            id: self.id,
            text: self.text,
            category: self.category,
            stage: self.stage,
            certainty: self.certainty,
            outcome: self.outcome.map(ShareOutcome::into_plan),
        }
    }
}

impl ShareRole {
    fn from_plan(r: &TargetRole) -> Self {
        let TargetRole {
            id,
            title,
            area,
            level,
            requirements,
        } = r;
        ShareRole {
            id: *id,
            title: title.clone(),
            area: area.clone(),
            level: *level,
            requirements: requirements.clone(),
        }
    }

    fn into_plan(self) -> TargetRole {
        TargetRole {
            id: self.id,
            title: self.title,
            area: self.area,
            level: self.level,
            requirements: self.requirements,
        }
    }
}

impl ShareSearchChange {
    fn from_plan(c: &SearchChange) -> Self {
        let SearchChange {
            id,
            text,
            done,
            source,
        } = c;
        ShareSearchChange {
            id: *id,
            text: text.clone(),
            done: *done,
            source: source_to_share(*source),
        }
    }

    fn into_plan(self) -> SearchChange {
        SearchChange {
            id: self.id,
            text: self.text,
            done: self.done,
            source: source_from_share(self.source),
        }
    }
}

impl ShareSkillGap {
    fn from_plan(g: &SkillGap) -> Self {
        let SkillGap {
            id,
            skill,
            category,
            evidence,
            source,
            priority,
            current_level,
            target_level,
            method,
            cost,
            target_date,
            status,
            if_cue,
            then_action,
        } = g;
        ShareSkillGap {
            id: *id,
            skill: skill.clone(),
            category: *category,
            evidence: evidence.clone(),
            source: source_to_share(*source),
            priority: *priority,
            current_level: *current_level,
            target_level: *target_level,
            method: *method,
            cost: *cost,
            target_date: target_date.map(date_text),
            status: *status,
            if_cue: if_cue.clone(),
            then_action: then_action.clone(),
        }
    }

    fn into_plan(self) -> Result<SkillGap, BadDate> {
        Ok(SkillGap {
            id: self.id,
            skill: self.skill,
            category: self.category,
            evidence: self.evidence,
            source: source_from_share(self.source),
            priority: self.priority,
            current_level: self.current_level,
            target_level: self.target_level,
            method: self.method,
            cost: self.cost,
            target_date: parse_opt_date(&self.target_date)?,
            status: self.status,
            if_cue: self.if_cue,
            then_action: self.then_action,
        })
    }
}

impl ShareFun {
    fn from_plan(f: &FunPlan) -> Self {
        let FunPlan {
            id,
            what,
            with_whom,
            when,
            mood_before,
            mood_after,
            done,
        } = f;
        ShareFun {
            id: *id,
            what: what.clone(),
            with_whom: with_whom.clone(),
            when: date_time_text(*when),
            mood_before: *mood_before,
            mood_after: *mood_after,
            done: *done,
        }
    }

    fn into_plan(self) -> Result<FunPlan, BadDate> {
        Ok(FunPlan {
            id: self.id,
            what: self.what,
            with_whom: self.with_whom,
            when: parse_date_time(&self.when)?,
            mood_before: self.mood_before,
            mood_after: self.mood_after,
            done: self.done,
        })
    }
}

impl ShareMood {
    fn from_plan(m: &MoodCheckIn) -> Self {
        let MoodCheckIn { date, mood, note } = m;
        ShareMood {
            date: date_text(*date),
            mood: *mood,
            note: note.clone(),
        }
    }

    fn into_plan(self) -> Result<MoodCheckIn, BadDate> {
        Ok(MoodCheckIn {
            date: parse_date(&self.date)?,
            mood: self.mood,
            note: self.note,
        })
    }
}

impl ShareReframe {
    fn from_plan(r: &Reframe) -> Self {
        let Reframe {
            id,
            date,
            thought,
            kinder_view,
        } = r;
        ShareReframe {
            id: *id,
            date: date_text(*date),
            thought: thought.clone(),
            kinder_view: kinder_view.clone(),
        }
    }

    fn into_plan(self) -> Result<Reframe, BadDate> {
        Ok(Reframe {
            id: self.id,
            date: parse_date(&self.date)?,
            thought: self.thought,
            kinder_view: self.kinder_view,
        })
    }
}

impl ShareWentWell {
    fn from_plan(n: &WentWell) -> Self {
        let WentWell { id, date, text } = n;
        ShareWentWell {
            id: *id,
            date: date_text(*date),
            text: text.clone(),
        }
    }

    fn into_plan(self) -> Result<WentWell, BadDate> {
        Ok(WentWell {
            id: self.id,
            date: parse_date(&self.date)?,
            text: self.text,
        })
    }
}

impl ShareApplication {
    fn from_plan(a: &Application) -> Self {
        let Application {
            id,
            company,
            role,
            kind,
            date,
            time,
            note,
        } = a;
        ShareApplication {
            id: *id,
            company: company.clone(),
            role: role.clone(),
            kind: *kind,
            date: date_text(*date),
            time: time.map(time_text),
            note: note.clone(),
        }
    }

    fn into_plan(self) -> Result<Application, BadDate> {
        Ok(Application {
            id: self.id,
            company: self.company,
            role: self.role,
            kind: self.kind,
            date: parse_date(&self.date)?,
            time: self.time.as_deref().map(parse_time).transpose()?,
            note: self.note,
        })
    }
}
