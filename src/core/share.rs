//! Share links: the plan packed into the URL fragment, so the host never sees it.
//!
//! A link looks like `https://…/#plan=1.<data>`. The `1` is the share format version and
//! `<data>` is base64url (no padding) of zlib-wrapped deflate of a compact JSON form of
//! the plan. The zlib wrapper costs 6 bytes and adds a checksum, so a link that was
//! garbled in transit is refused instead of opening with silently changed text.
//!
//! The compact form (`SharePlan`, private to this module) is a mirror of [`Plan`] with short keys, the
//! profile and wellbeing flattened, and every empty or default field left out. It is
//! converted field by field in both directions, so adding a field to the plan breaks the
//! build here until the share form carries it too.
//!
//! Everything decoded is untrusted. [`decode`] caps the link length before decoding, the
//! inflated size while inflating (a compression bomb stops at the cap), and JSON nesting
//! (counted without recursion before parsing; the reader itself never recurses deeper than
//! the share form's own shape),
//! refuses unknown versions, unknown fields and impossible dates, and runs [`validate`]
//! for list and text limits. No input makes it panic.
//!
//! [`decode_backup`] reads a backup file (the stored record JSON) through
//! [`Record::from_json`], with the same checks and its own [`BackupError`] messages.
//!
//! The plan holds no URLs (every text is shown as text), so there is no link-scheme check.

use base64::alphabet;
use base64::engine::general_purpose::{GeneralPurpose, GeneralPurposeConfig};
use base64::engine::DecodePaddingMode;
use base64::{DecodeError, Engine as _};
use chrono::{NaiveDate, NaiveDateTime, NaiveTime, Timelike};
use miniz_oxide::inflate::TINFLStatus;
use thiserror::Error;

use super::dates;
use super::json::{
    self, required, write_bool, write_key, write_list, write_str, write_strs, write_uint, Fields,
    Reader,
};
use super::plan::*;
use super::record::{Record, RecordError};
use super::validate::{validate, InvalidPlan};

/// The share format this app writes.
pub const SHARE_VERSION: u32 = 1;

/// What comes before the version in a link fragment.
pub const PREFIX: &str = "plan=";

/// Longest link text [`decode`] looks at (64 KiB). Real plans are far shorter; browsers
/// and chat apps cut much longer links anyway.
pub const MAX_LINK_CHARS: usize = 64 * 1024;

/// Largest inflated plan JSON [`decode`] accepts (1 MiB). Inflating stops here, so a
/// compression bomb costs at most this much memory.
pub const MAX_INFLATED_BYTES: usize = 1024 * 1024;

/// Deflate level: miniz_oxide's highest ("uber").
const LEVEL: u8 = 10;

/// base64url without padding; padding is tolerated when reading, because some apps add it.
const B64: GeneralPurpose = GeneralPurpose::new(
    &alphabet::URL_SAFE,
    GeneralPurposeConfig::new()
        .with_encode_padding(false)
        .with_decode_padding_mode(DecodePaddingMode::Indifferent),
);

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
}

impl ShareOptions {
    /// Everything, private parts included.
    pub const ALL: ShareOptions = ShareOptions {
        include_moods: true,
        include_reframes: true,
        include_message: true,
    };
}

/// Why a share link could not be opened. Each message is shown to the person as is.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum ShareError {
    #[error("This link has no plan in it. Copy the whole link and try again.")]
    Empty,
    #[error("This doesn't look like a Rebound plan link. Check that the whole link was copied.")]
    NotAPlanLink,
    #[error("This link is much longer than any plan link Rebound makes, so it wasn't opened.")]
    TooLong,
    #[error(
        "This link was made by a newer version of Rebound. Reload the page to update the app, \
         then open the link again."
    )]
    NewerVersion(u64),
    #[error("This link uses a format Rebound doesn't know, so it wasn't opened.")]
    UnknownVersion,
    #[error("This link looks cut short. Copy the whole link (it can be long) and try again.")]
    CutShort,
    #[error(
        "This link has characters that don't belong in a plan link. It may have been changed \
         while it was copied; copy it again from the original message."
    )]
    NotBase64,
    #[error("This link is damaged, so the plan in it can't be read. Ask for the link again.")]
    Damaged,
    #[error("This link holds more than Rebound can open safely, so it wasn't opened.")]
    TooBig,
    #[error(
        "This link isn't shaped like a plan (it is nested far too deeply), so it wasn't opened."
    )]
    TooDeep,
    #[error(
        "This link holds details this version of Rebound doesn't know. It may come from a newer \
         version: reload the page and try again."
    )]
    UnknownField(String),
    #[error(
        "This link holds a date that doesn't exist (such as 30 February), so it wasn't opened."
    )]
    BadDate,
    #[error("This link doesn't hold a plan Rebound can read.")]
    NotAPlan(String),
    #[error("This plan can't be opened because {0}.")]
    Invalid(InvalidPlan),
}

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
    #[error(
        "This backup holds details this version of Rebound doesn't know. It may come from a \
         newer version: reload the page and try again."
    )]
    UnknownField(String),
    #[error(
        "This backup holds a date that doesn't exist (such as 30 February), so it wasn't opened."
    )]
    BadDate,
    #[error("This file doesn't hold a plan Rebound can read.")]
    NotAPlan(String),
    #[error("This backup can't be imported because {0}.")]
    Invalid(InvalidPlan),
}

/// A copy of `plan` without the private parts `options` leaves out.
pub fn redact(plan: &Plan, options: ShareOptions) -> Plan {
    let mut plan = plan.clone();
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
    plan
}

/// The fragment payload for `plan`, such as `plan=1.eNp…`, with the private parts that
/// `options` leaves out removed first.
pub fn encode(plan: &Plan, options: ShareOptions) -> String {
    let share = SharePlan::from_plan(&redact(plan, options));
    // Plain data with string keys: serializing cannot fail.
    let mut json = String::with_capacity(1024);
    share.write(&mut json);
    let packed = miniz_oxide::deflate::compress_to_vec_zlib(json.as_bytes(), LEVEL);
    format!("{PREFIX}{SHARE_VERSION}.{}", B64.encode(packed))
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

/// Reads the plan from a link payload. Takes `plan=1.…`, `#plan=1.…` or a whole link
/// (anything up to the first `#` is ignored). Surrounding whitespace is ignored.
pub fn decode(fragment_or_payload: &str) -> Result<Plan, ShareError> {
    // The cap comes first, before any other work on the text.
    if fragment_or_payload.len() > MAX_LINK_CHARS {
        return Err(ShareError::TooLong);
    }
    let text = fragment_or_payload.trim();
    let text = match text.split_once('#') {
        Some((_, fragment)) => fragment.trim(),
        None => text,
    };
    if text.is_empty() {
        return Err(ShareError::Empty);
    }
    let rest = text.strip_prefix(PREFIX).ok_or(ShareError::NotAPlanLink)?;
    let Some((version, data)) = rest.split_once('.') else {
        // "plan=" or "plan=1": the link was cut before its data.
        return Err(if rest.bytes().all(|b| b.is_ascii_digit()) {
            ShareError::CutShort
        } else {
            ShareError::UnknownVersion
        });
    };
    check_version(version)?;
    if data.is_empty() {
        return Err(ShareError::CutShort);
    }
    let packed = B64.decode(data).map_err(|e| match e {
        DecodeError::InvalidLength(_) | DecodeError::InvalidLastSymbol(..) => ShareError::CutShort,
        DecodeError::InvalidByte(..) => ShareError::NotBase64,
        DecodeError::InvalidPadding => ShareError::Damaged,
    })?;
    let json = miniz_oxide::inflate::decompress_to_vec_zlib_with_limit(&packed, MAX_INFLATED_BYTES)
        .map_err(|e| match e.status {
            TINFLStatus::HasMoreOutput => ShareError::TooBig,
            TINFLStatus::FailedCannotMakeProgress | TINFLStatus::NeedsMoreInput => {
                ShareError::CutShort
            }
            _ => ShareError::Damaged,
        })?;
    let json = std::str::from_utf8(&json).map_err(|_| ShareError::Damaged)?;
    // The share form is at most 5 levels deep. Deeper input is refused before parsing.
    if nesting_depth(json) > MAX_NESTING {
        return Err(ShareError::TooDeep);
    }
    let share = json::read(json, SharePlan::read).map_err(|e| match e {
        json::Error::Shape(detail) => match unknown_field(&detail) {
            Some(field) => ShareError::UnknownField(field),
            None => ShareError::NotAPlan(detail),
        },
        json::Error::Syntax(_) | json::Error::Eof => ShareError::Damaged,
    })?;
    let mut plan = share.into_plan().map_err(|BadDate| ShareError::BadDate)?;
    validate(&mut plan).map_err(|e| match e {
        InvalidPlan::ImpossibleDate => ShareError::BadDate,
        other => ShareError::Invalid(other),
    })?;
    Ok(plan)
}

fn check_version(version: &str) -> Result<(), ShareError> {
    if version.is_empty() || !version.bytes().all(|b| b.is_ascii_digit()) {
        return Err(ShareError::UnknownVersion);
    }
    // All digits: too many of them to parse is still a (much) newer version.
    let number = version.parse::<u64>().unwrap_or(u64::MAX);
    match number {
        n if n == u64::from(SHARE_VERSION) => Ok(()),
        n if n > u64::from(SHARE_VERSION) => Err(ShareError::NewerVersion(n)),
        _ => Err(ShareError::UnknownVersion),
    }
}

/// Reads a backup file (the stored record JSON, as exported), migrating and validating it
/// like a stored record. The file may start with a byte-order mark.
pub fn decode_backup(json_text: &str) -> Result<Plan, BackupError> {
    let text = json_text.strip_prefix('\u{feff}').unwrap_or(json_text);
    if text.len() <= super::limits::MAX_RECORD_BYTES && text.trim().is_empty() {
        return Err(BackupError::Empty);
    }
    // A stored record nests about 6 deep; refuse absurd nesting before any parser sees it.
    if text.len() <= super::limits::MAX_RECORD_BYTES && nesting_depth(text) > MAX_RECORD_NESTING {
        return Err(BackupError::TooDeep);
    }
    match Record::from_json(text) {
        Ok(record) => Ok(record.plan),
        Err(RecordError::TooLarge(max)) => Err(BackupError::TooLarge(max)),
        Err(RecordError::NotJson(detail)) => Err(if detail.starts_with("EOF while parsing") {
            BackupError::CutShort
        } else {
            BackupError::NotJson
        }),
        Err(RecordError::NoVersion) => Err(BackupError::NoVersion),
        Err(RecordError::Newer(version)) => Err(BackupError::Newer(version)),
        Err(RecordError::Shape(detail)) => Err(if let Some(field) = unknown_field(&detail) {
            BackupError::UnknownField(field)
        } else if is_chrono_parse_error(&detail) {
            BackupError::BadDate
        } else {
            BackupError::NotAPlan(detail)
        }),
        Err(RecordError::Invalid(InvalidPlan::ImpossibleDate)) => Err(BackupError::BadDate),
        Err(RecordError::Invalid(other)) => Err(BackupError::Invalid(other)),
    }
}

/// Deepest nesting of JSON arrays and objects a backup file may have.
const MAX_RECORD_NESTING: usize = 32;

/// Deepest nesting of JSON arrays and objects the share form may have (it uses 5).
const MAX_NESTING: usize = 16;

/// How deeply arrays and objects nest in `json`, counted without recursion. Brackets
/// inside strings do not count; unbalanced input is left for the parser to refuse.
fn nesting_depth(json: &str) -> usize {
    let (mut depth, mut deepest) = (0usize, 0usize);
    let (mut in_string, mut escaped) = (false, false);
    for byte in json.bytes() {
        if in_string {
            match byte {
                _ if escaped => escaped = false,
                b'\\' => escaped = true,
                b'"' => in_string = false,
                _ => {}
            }
        } else {
            match byte {
                b'"' => in_string = true,
                b'[' | b'{' => {
                    depth += 1;
                    deepest = deepest.max(depth);
                }
                b']' | b'}' => depth = depth.saturating_sub(1),
                _ => {}
            }
        }
    }
    deepest
}

/// The field named in an "unknown field `x`" message.
fn unknown_field(detail: &str) -> Option<String> {
    let rest = detail.strip_prefix("unknown field `")?;
    let end = rest.find('`')?;
    Some(rest[..end].chars().take(40).collect())
}

/// True for the messages of chrono's `ParseError`, which is what reading reports for a
/// date string that names no real date.
fn is_chrono_parse_error(detail: &str) -> bool {
    [
        "input is out of range",
        "no possible date and time matching input",
        "input is not enough for unique date and time",
        "input contains invalid characters",
        "premature end of input",
        "trailing input",
    ]
    .iter()
    .any(|m| detail.starts_with(m))
}

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
        // chrono's own "HH:MM:SS" (with any fraction), as the stored form writes it too.
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
        pub(super) mod $module {
            use crate::core::json::{self, Reader};
            use crate::core::plan::$ty;

            pub fn write(out: &mut String, value: $ty) {
                json::write_uint(out, match value { $($ty::$variant => $code),+ });
            }

            pub fn read(r: &mut Reader) -> json::Result<$ty> {
                match r.u8()? {
                    $($code => Ok($ty::$variant),)+
                    other => Err(json::Error::Shape(format!(
                        "unknown {} code {other}",
                        stringify!($ty)
                    ))),
                }
            }
        }
    };
}

mod codes {
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
#[derive(Debug, Clone, Copy, PartialEq)]
enum ShareOutcome {
    SkillGap(Id),
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

/// The whole plan in share form. Keys are short to keep links short; every field but
/// the required ones is left out when empty.
#[derive(Debug, Default)]
struct SharePlan {
    rejections: Vec<ShareRejection>,
    current: Option<Id>,
    name: String,
    skills: Vec<String>,
    level: Option<Level>,
    roles: Vec<ShareRole>,
    search_changes: Vec<ShareSearchChange>,
    skill_gaps: Vec<ShareSkillGap>,
    fun: Vec<ShareFun>,
    moods: Vec<ShareMood>,
    reframes: Vec<ShareReframe>,
    went_well: Vec<ShareWentWell>,
    setback_plan: String,
    slate_wiped_on: Option<String>,
    applications: Vec<ShareApplication>,
    prep_done: Vec<String>,
    next_id: Id,
}

#[derive(Debug, PartialEq)]
struct ShareRejection {
    id: Id,
    company: String,
    role: String,
    contact_name: String,
    contact_email: String,
    stage: Stage,
    date: String,
    channel: Channel,
    message: String,
    request_status: Option<RequestStatus>,
    sent_on: Option<String>,
    followed_up_on: Option<String>,
    feedback: Vec<ShareFeedback>,
    cause: Option<Cause>,
    note: String,
}

#[derive(Debug, PartialEq)]
struct ShareFeedback {
    id: Id,
    text: String,
    category: FeedbackCategory,
    stage: Stage,
    certainty: Certainty,
    outcome: Option<ShareOutcome>,
}

#[derive(Debug, PartialEq)]
struct ShareRole {
    id: Id,
    title: String,
    area: String,
    level: Level,
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

#[derive(Debug, PartialEq)]
struct ShareSearchChange {
    id: Id,
    text: String,
    done: bool,
    source: Option<ShareSource>,
}

#[derive(Debug, PartialEq)]
struct ShareSkillGap {
    id: Id,
    skill: String,
    category: SkillCategory,
    evidence: String,
    source: Option<ShareSource>,
    priority: Priority,
    current_level: u8,
    target_level: u8,
    method: Method,
    cost: Option<u32>,
    target_date: Option<String>,
    status: GapStatus,
    if_cue: String,
    then_action: String,
}

#[derive(Debug, PartialEq)]
struct ShareFun {
    id: Id,
    what: String,
    with_whom: String,
    when: String,
    mood_before: Option<u8>,
    mood_after: Option<u8>,
    done: bool,
}

#[derive(Debug, PartialEq)]
struct ShareMood {
    date: String,
    mood: u8,
    note: String,
}

#[derive(Debug, PartialEq)]
struct ShareReframe {
    id: Id,
    date: String,
    thought: String,
    kinder_view: String,
}

#[derive(Debug, PartialEq)]
struct ShareWentWell {
    id: Id,
    date: String,
    text: String,
}

#[derive(Debug, PartialEq)]
struct ShareApplication {
    id: Id,
    company: String,
    role: String,
    kind: AppKind,
    date: String,
    time: Option<String>,
    note: String,
}

impl SharePlan {
    /// The share form of `plan`. Every field is named, so a new field in the plan is a
    /// compile error here until it is carried.
    fn from_plan(plan: &Plan) -> SharePlan {
        let Plan {
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
                    slate_wiped_on,
                },
            applications,
            prep_done,
            next_id,
        } = plan;
        SharePlan {
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
            slate_wiped_on: slate_wiped_on.map(date_text),
            applications: applications
                .iter()
                .map(ShareApplication::from_plan)
                .collect(),
            prep_done: prep_done.clone(),
            next_id: *next_id,
        }
    }

    fn into_plan(self) -> Result<Plan, BadDate> {
        let SharePlan {
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
        } = self;
        Ok(Plan {
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
                slate_wiped_on: parse_opt_date(&slate_wiped_on)?,
            },
            applications: collect(applications, ShareApplication::into_plan)?,
            prep_done,
            next_id,
        })
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

// ---------------------------------------------------------------------------------------
// The share form's JSON. A field with a default value is left out when writing and may
// be left out when reading; unknown fields are refused.

/// Writes `"key":text` unless the text is empty.
fn write_text(out: &mut String, first: &mut bool, key: &str, text: &str) {
    if !text.is_empty() {
        write_key(out, first, key);
        write_str(out, text);
    }
}

fn write_number(out: &mut String, first: &mut bool, key: &str, value: u64) {
    write_key(out, first, key);
    write_uint(out, value);
}

/// Writes `"key":value` unless it is none.
fn write_some_number(out: &mut String, first: &mut bool, key: &str, value: Option<impl Into<u64>>) {
    if let Some(value) = value {
        write_number(out, first, key, value.into());
    }
}

fn write_some_text(out: &mut String, first: &mut bool, key: &str, text: &Option<String>) {
    if let Some(text) = text {
        write_key(out, first, key);
        write_str(out, text);
    }
}

fn write_flag(out: &mut String, first: &mut bool, key: &str, value: bool) {
    if value {
        write_key(out, first, key);
        write_bool(out, value);
    }
}

fn write_texts(out: &mut String, first: &mut bool, key: &str, texts: &[String]) {
    if !texts.is_empty() {
        write_key(out, first, key);
        write_strs(out, texts);
    }
}

/// Writes `"key":[…]` unless there are no items.
fn write_items<T>(
    out: &mut String,
    first: &mut bool,
    key: &str,
    items: &[T],
    write: fn(&mut String, &T),
) {
    if !items.is_empty() {
        write_key(out, first, key);
        write_list(out, items, write);
    }
}

/// Writes `"key":code` for a choice.
fn write_code<T>(
    out: &mut String,
    first: &mut bool,
    key: &str,
    value: T,
    write: fn(&mut String, T),
) {
    write_key(out, first, key);
    write(out, value);
}

fn write_source(out: &mut String, first: &mut bool, source: Option<ShareSource>) {
    if let Some((rejection, feedback)) = source {
        write_key(out, first, "s");
        out.push('[');
        write_uint(out, rejection.into());
        out.push(',');
        write_uint(out, feedback.into());
        out.push(']');
    }
}

fn read_source(r: &mut Reader) -> json::Result<Option<ShareSource>> {
    r.opt(|r| {
        let mut ids = [None, None];
        r.tuple(2, &mut |r, i| {
            ids[i] = Some(r.u32()?);
            Ok(())
        })?;
        Ok((required(ids[0], "0")?, required(ids[1], "1")?))
    })
}

const fn share_fields(names: &'static [&'static str]) -> Fields {
    Fields {
        names,
        deny_unknown: true,
    }
}

impl SharePlan {
    fn write(&self, out: &mut String) {
        let first = &mut true;
        write_items(out, first, "r", &self.rejections, ShareRejection::write);
        write_some_number(out, first, "c", self.current);
        write_text(out, first, "n", &self.name);
        write_texts(out, first, "k", &self.skills);
        if let Some(level) = self.level {
            write_code(out, first, "l", level, codes::level::write);
        }
        write_items(out, first, "o", &self.roles, ShareRole::write);
        write_items(
            out,
            first,
            "s",
            &self.search_changes,
            ShareSearchChange::write,
        );
        write_items(out, first, "g", &self.skill_gaps, ShareSkillGap::write);
        write_items(out, first, "f", &self.fun, ShareFun::write);
        write_items(out, first, "m", &self.moods, ShareMood::write);
        write_items(out, first, "e", &self.reframes, ShareReframe::write);
        write_items(out, first, "w", &self.went_well, ShareWentWell::write);
        write_text(out, first, "b", &self.setback_plan);
        write_some_text(out, first, "z", &self.slate_wiped_on);
        write_items(out, first, "a", &self.applications, ShareApplication::write);
        write_texts(out, first, "p", &self.prep_done);
        if self.next_id != 0 {
            write_number(out, first, "x", self.next_id.into());
        }
        json::write_end(out, *first);
    }

    fn read(r: &mut Reader) -> json::Result<Self> {
        const FIELDS: Fields = share_fields(&[
            "r", "c", "n", "k", "l", "o", "s", "g", "f", "m", "e", "w", "b", "z", "a", "p", "x",
        ]);
        let mut plan = SharePlan::default();
        r.fields(&FIELDS, &mut |r, i| {
            match i {
                0 => plan.rejections = r.vec(ShareRejection::read)?,
                1 => plan.current = r.opt(Reader::u32)?,
                2 => plan.name = r.string()?,
                3 => plan.skills = r.strings()?,
                4 => plan.level = r.opt(codes::level::read)?,
                5 => plan.roles = r.vec(ShareRole::read)?,
                6 => plan.search_changes = r.vec(ShareSearchChange::read)?,
                7 => plan.skill_gaps = r.vec(ShareSkillGap::read)?,
                8 => plan.fun = r.vec(ShareFun::read)?,
                9 => plan.moods = r.vec(ShareMood::read)?,
                10 => plan.reframes = r.vec(ShareReframe::read)?,
                11 => plan.went_well = r.vec(ShareWentWell::read)?,
                12 => plan.setback_plan = r.string()?,
                13 => plan.slate_wiped_on = r.opt(Reader::string)?,
                14 => plan.applications = r.vec(ShareApplication::read)?,
                15 => plan.prep_done = r.strings()?,
                _ => plan.next_id = r.u32()?,
            }
            Ok(())
        })?;
        Ok(plan)
    }
}

impl ShareRejection {
    fn write(out: &mut String, r: &Self) {
        let first = &mut true;
        write_number(out, first, "i", r.id.into());
        write_key(out, first, "c");
        write_str(out, &r.company);
        write_key(out, first, "r");
        write_str(out, &r.role);
        write_text(out, first, "n", &r.contact_name);
        write_text(out, first, "e", &r.contact_email);
        write_code(out, first, "s", r.stage, codes::stage::write);
        write_key(out, first, "d");
        write_str(out, &r.date);
        write_code(out, first, "h", r.channel, codes::channel::write);
        write_text(out, first, "m", &r.message);
        if let Some(status) = r.request_status {
            write_code(out, first, "q", status, codes::request_status::write);
        }
        write_some_text(out, first, "so", &r.sent_on);
        write_some_text(out, first, "fu", &r.followed_up_on);
        write_items(out, first, "f", &r.feedback, ShareFeedback::write);
        if let Some(cause) = r.cause {
            write_code(out, first, "y", cause, codes::cause::write);
        }
        write_text(out, first, "t", &r.note);
        json::write_end(out, *first);
    }

    fn read(r: &mut Reader) -> json::Result<Self> {
        const FIELDS: Fields = share_fields(&[
            "i", "c", "r", "n", "e", "s", "d", "h", "m", "q", "so", "fu", "f", "y", "t",
        ]);
        let (mut id, mut company, mut role, mut stage, mut date, mut channel) =
            (None, None, None, None, None, None);
        let (mut contact_name, mut contact_email, mut message, mut note) =
            (String::new(), String::new(), String::new(), String::new());
        let (mut request_status, mut sent_on, mut followed_up_on, mut cause) =
            (None, None, None, None);
        let mut feedback = Vec::new();
        r.fields(&FIELDS, &mut |r, i| {
            match i {
                0 => id = Some(r.u32()?),
                1 => company = Some(r.string()?),
                2 => role = Some(r.string()?),
                3 => contact_name = r.string()?,
                4 => contact_email = r.string()?,
                5 => stage = Some(codes::stage::read(r)?),
                6 => date = Some(r.string()?),
                7 => channel = Some(codes::channel::read(r)?),
                8 => message = r.string()?,
                9 => request_status = r.opt(codes::request_status::read)?,
                10 => sent_on = r.opt(Reader::string)?,
                11 => followed_up_on = r.opt(Reader::string)?,
                12 => feedback = r.vec(ShareFeedback::read)?,
                13 => cause = r.opt(codes::cause::read)?,
                _ => note = r.string()?,
            }
            Ok(())
        })?;
        Ok(ShareRejection {
            id: required(id, "i")?,
            company: required(company, "c")?,
            role: required(role, "r")?,
            contact_name,
            contact_email,
            stage: required(stage, "s")?,
            date: required(date, "d")?,
            channel: required(channel, "h")?,
            message,
            request_status,
            sent_on,
            followed_up_on,
            feedback,
            cause,
            note,
        })
    }
}

impl ShareFeedback {
    fn write(out: &mut String, f: &Self) {
        let first = &mut true;
        write_number(out, first, "i", f.id.into());
        write_key(out, first, "t");
        write_str(out, &f.text);
        write_code(out, first, "c", f.category, codes::feedback_category::write);
        write_code(out, first, "s", f.stage, codes::stage::write);
        write_code(out, first, "y", f.certainty, codes::certainty::write);
        if let Some(outcome) = f.outcome {
            write_key(out, first, "o");
            let (tag, id) = match outcome {
                ShareOutcome::SkillGap(id) => ("{\"g\":", id),
                ShareOutcome::SearchChange(id) => ("{\"c\":", id),
            };
            out.push_str(tag);
            write_uint(out, id.into());
            out.push('}');
        }
        json::write_end(out, *first);
    }

    fn read(r: &mut Reader) -> json::Result<Self> {
        const FIELDS: Fields = share_fields(&["i", "t", "c", "s", "y", "o"]);
        let (mut id, mut text, mut category, mut stage, mut certainty, mut outcome) =
            (None, None, None, None, None, None);
        r.fields(&FIELDS, &mut |r, i| {
            match i {
                0 => id = Some(r.u32()?),
                1 => text = Some(r.string()?),
                2 => category = Some(codes::feedback_category::read(r)?),
                3 => stage = Some(codes::stage::read(r)?),
                4 => certainty = Some(codes::certainty::read(r)?),
                _ => outcome = r.opt(ShareOutcome::read)?,
            }
            Ok(())
        })?;
        Ok(ShareFeedback {
            id: required(id, "i")?,
            text: required(text, "t")?,
            category: required(category, "c")?,
            stage: required(stage, "s")?,
            certainty: required(certainty, "y")?,
            outcome,
        })
    }
}

impl ShareOutcome {
    fn read(r: &mut Reader) -> json::Result<Self> {
        let (index, in_object) = r.tag(&["g", "c"])?;
        if !in_object {
            return Err(json::Error::Shape(
                "invalid type: unit variant, expected newtype variant".into(),
            ));
        }
        let id = r.u32()?;
        r.end_tagged()?;
        Ok(if index == 0 {
            ShareOutcome::SkillGap(id)
        } else {
            ShareOutcome::SearchChange(id)
        })
    }
}

impl ShareRole {
    fn write(out: &mut String, role: &Self) {
        let first = &mut true;
        write_number(out, first, "i", role.id.into());
        write_key(out, first, "t");
        write_str(out, &role.title);
        write_text(out, first, "a", &role.area);
        write_code(out, first, "l", role.level, codes::level::write);
        write_texts(out, first, "q", &role.requirements);
        json::write_end(out, *first);
    }

    fn read(r: &mut Reader) -> json::Result<Self> {
        const FIELDS: Fields = share_fields(&["i", "t", "a", "l", "q"]);
        let (mut id, mut title, mut level) = (None, None, None);
        let (mut area, mut requirements) = (String::new(), Vec::new());
        r.fields(&FIELDS, &mut |r, i| {
            match i {
                0 => id = Some(r.u32()?),
                1 => title = Some(r.string()?),
                2 => area = r.string()?,
                3 => level = Some(codes::level::read(r)?),
                _ => requirements = r.strings()?,
            }
            Ok(())
        })?;
        Ok(ShareRole {
            id: required(id, "i")?,
            title: required(title, "t")?,
            area,
            level: required(level, "l")?,
            requirements,
        })
    }
}

impl ShareSearchChange {
    fn write(out: &mut String, c: &Self) {
        let first = &mut true;
        write_number(out, first, "i", c.id.into());
        write_key(out, first, "t");
        write_str(out, &c.text);
        write_flag(out, first, "x", c.done);
        write_source(out, first, c.source);
        json::write_end(out, *first);
    }

    fn read(r: &mut Reader) -> json::Result<Self> {
        const FIELDS: Fields = share_fields(&["i", "t", "x", "s"]);
        let (mut id, mut text, mut done, mut source) = (None, None, false, None);
        r.fields(&FIELDS, &mut |r, i| {
            match i {
                0 => id = Some(r.u32()?),
                1 => text = Some(r.string()?),
                2 => done = r.bool()?,
                _ => source = read_source(r)?,
            }
            Ok(())
        })?;
        Ok(ShareSearchChange {
            id: required(id, "i")?,
            text: required(text, "t")?,
            done,
            source,
        })
    }
}

impl ShareSkillGap {
    fn write(out: &mut String, g: &Self) {
        let first = &mut true;
        write_number(out, first, "i", g.id.into());
        write_key(out, first, "n");
        write_str(out, &g.skill);
        write_code(out, first, "c", g.category, codes::skill_category::write);
        write_text(out, first, "e", &g.evidence);
        write_source(out, first, g.source);
        write_code(out, first, "p", g.priority, codes::priority::write);
        write_number(out, first, "l", g.current_level.into());
        write_number(out, first, "g", g.target_level.into());
        write_code(out, first, "m", g.method, codes::method::write);
        write_some_number(out, first, "k", g.cost);
        write_some_text(out, first, "d", &g.target_date);
        write_code(out, first, "u", g.status, codes::gap_status::write);
        write_text(out, first, "if", &g.if_cue);
        write_text(out, first, "th", &g.then_action);
        json::write_end(out, *first);
    }

    fn read(r: &mut Reader) -> json::Result<Self> {
        const FIELDS: Fields = share_fields(&[
            "i", "n", "c", "e", "s", "p", "l", "g", "m", "k", "d", "u", "if", "th",
        ]);
        let (mut id, mut skill, mut category, mut priority) = (None, None, None, None);
        let (mut current_level, mut target_level, mut method, mut status) =
            (None, None, None, None);
        let (mut evidence, mut if_cue, mut then_action) =
            (String::new(), String::new(), String::new());
        let (mut source, mut cost, mut target_date) = (None, None, None);
        r.fields(&FIELDS, &mut |r, i| {
            match i {
                0 => id = Some(r.u32()?),
                1 => skill = Some(r.string()?),
                2 => category = Some(codes::skill_category::read(r)?),
                3 => evidence = r.string()?,
                4 => source = read_source(r)?,
                5 => priority = Some(codes::priority::read(r)?),
                6 => current_level = Some(r.u8()?),
                7 => target_level = Some(r.u8()?),
                8 => method = Some(codes::method::read(r)?),
                9 => cost = r.opt(Reader::u32)?,
                10 => target_date = r.opt(Reader::string)?,
                11 => status = Some(codes::gap_status::read(r)?),
                12 => if_cue = r.string()?,
                _ => then_action = r.string()?,
            }
            Ok(())
        })?;
        Ok(ShareSkillGap {
            id: required(id, "i")?,
            skill: required(skill, "n")?,
            category: required(category, "c")?,
            evidence,
            source,
            priority: required(priority, "p")?,
            current_level: required(current_level, "l")?,
            target_level: required(target_level, "g")?,
            method: required(method, "m")?,
            cost,
            target_date,
            status: required(status, "u")?,
            if_cue,
            then_action,
        })
    }
}

impl ShareFun {
    fn write(out: &mut String, f: &Self) {
        let first = &mut true;
        write_number(out, first, "i", f.id.into());
        write_key(out, first, "w");
        write_str(out, &f.what);
        write_text(out, first, "h", &f.with_whom);
        write_key(out, first, "d");
        write_str(out, &f.when);
        write_some_number(out, first, "b", f.mood_before);
        write_some_number(out, first, "a", f.mood_after);
        write_flag(out, first, "x", f.done);
        json::write_end(out, *first);
    }

    fn read(r: &mut Reader) -> json::Result<Self> {
        const FIELDS: Fields = share_fields(&["i", "w", "h", "d", "b", "a", "x"]);
        let (mut id, mut what, mut when) = (None, None, None);
        let (mut with_whom, mut mood_before, mut mood_after, mut done) =
            (String::new(), None, None, false);
        r.fields(&FIELDS, &mut |r, i| {
            match i {
                0 => id = Some(r.u32()?),
                1 => what = Some(r.string()?),
                2 => with_whom = r.string()?,
                3 => when = Some(r.string()?),
                4 => mood_before = r.opt(Reader::u8)?,
                5 => mood_after = r.opt(Reader::u8)?,
                _ => done = r.bool()?,
            }
            Ok(())
        })?;
        Ok(ShareFun {
            id: required(id, "i")?,
            what: required(what, "w")?,
            with_whom,
            when: required(when, "d")?,
            mood_before,
            mood_after,
            done,
        })
    }
}

impl ShareMood {
    fn write(out: &mut String, m: &Self) {
        let first = &mut true;
        write_key(out, first, "d");
        write_str(out, &m.date);
        write_number(out, first, "m", m.mood.into());
        write_text(out, first, "t", &m.note);
        json::write_end(out, *first);
    }

    fn read(r: &mut Reader) -> json::Result<Self> {
        const FIELDS: Fields = share_fields(&["d", "m", "t"]);
        let (mut date, mut mood, mut note) = (None, None, String::new());
        r.fields(&FIELDS, &mut |r, i| {
            match i {
                0 => date = Some(r.string()?),
                1 => mood = Some(r.u8()?),
                _ => note = r.string()?,
            }
            Ok(())
        })?;
        Ok(ShareMood {
            date: required(date, "d")?,
            mood: required(mood, "m")?,
            note,
        })
    }
}

/// Reads the `i`, `d` and text fields of a reframe (`t`, `k`) or a went-well note (`t`).
fn read_dated_note(
    r: &mut Reader,
    fields: &Fields,
    texts: &mut [String],
) -> json::Result<(Id, String)> {
    let (mut id, mut date) = (None, None);
    r.fields(fields, &mut |r, i| {
        match i {
            0 => id = Some(r.u32()?),
            1 => date = Some(r.string()?),
            _ => texts[i - 2] = r.string()?,
        }
        Ok(())
    })?;
    Ok((required(id, "i")?, required(date, "d")?))
}

fn write_dated_note(out: &mut String, id: Id, date: &str, texts: &[(&str, &str)]) {
    let first = &mut true;
    write_number(out, first, "i", id.into());
    write_key(out, first, "d");
    write_str(out, date);
    for (key, text) in texts {
        write_text(out, first, key, text);
    }
    json::write_end(out, *first);
}

impl ShareReframe {
    fn write(out: &mut String, n: &Self) {
        write_dated_note(
            out,
            n.id,
            &n.date,
            &[("t", &n.thought), ("k", &n.kinder_view)],
        );
    }

    fn read(r: &mut Reader) -> json::Result<Self> {
        const FIELDS: Fields = share_fields(&["i", "d", "t", "k"]);
        let mut texts = [String::new(), String::new()];
        let (id, date) = read_dated_note(r, &FIELDS, &mut texts)?;
        let [thought, kinder_view] = texts;
        Ok(ShareReframe {
            id,
            date,
            thought,
            kinder_view,
        })
    }
}

impl ShareWentWell {
    fn write(out: &mut String, n: &Self) {
        write_dated_note(out, n.id, &n.date, &[("t", &n.text)]);
    }

    fn read(r: &mut Reader) -> json::Result<Self> {
        const FIELDS: Fields = share_fields(&["i", "d", "t"]);
        let mut texts = [String::new()];
        let (id, date) = read_dated_note(r, &FIELDS, &mut texts)?;
        let [text] = texts;
        Ok(ShareWentWell { id, date, text })
    }
}

impl ShareApplication {
    fn write(out: &mut String, a: &Self) {
        let first = &mut true;
        write_number(out, first, "i", a.id.into());
        write_key(out, first, "c");
        write_str(out, &a.company);
        write_key(out, first, "r");
        write_str(out, &a.role);
        write_code(out, first, "k", a.kind, codes::app_kind::write);
        write_key(out, first, "d");
        write_str(out, &a.date);
        write_some_text(out, first, "h", &a.time);
        write_text(out, first, "t", &a.note);
        json::write_end(out, *first);
    }

    fn read(r: &mut Reader) -> json::Result<Self> {
        const FIELDS: Fields = share_fields(&["i", "c", "r", "k", "d", "h", "t"]);
        let (mut id, mut company, mut role, mut kind, mut date) = (None, None, None, None, None);
        let (mut time, mut note) = (None, String::new());
        r.fields(&FIELDS, &mut |r, i| {
            match i {
                0 => id = Some(r.u32()?),
                1 => company = Some(r.string()?),
                2 => role = Some(r.string()?),
                3 => kind = Some(codes::app_kind::read(r)?),
                4 => date = Some(r.string()?),
                5 => time = r.opt(Reader::string)?,
                _ => note = r.string()?,
            }
            Ok(())
        })?;
        Ok(ShareApplication {
            id: required(id, "i")?,
            company: required(company, "c")?,
            role: required(role, "r")?,
            kind: required(kind, "k")?,
            date: required(date, "d")?,
            time,
            note,
        })
    }
}

// ---------------------------------------------------------------------------------------
// A typical plan, for tests and size measurements.

/// A typical plan a week after a final-round no: 1 rejection with 5 feedback items, 2
/// target roles, 1 search change, 6 skill gaps, 1 fun plan, 2 went-well notes, 2 upcoming
/// interviews, and private parts (the rejection message, 3 moods, 1 reframe) that a link
/// leaves out by default. It passes [`validate`] unchanged. Used by tests and to measure
/// link length; the app itself never calls it.
pub fn typical_plan() -> Plan {
    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap_or_default()
    }
    fn s(text: &str) -> String {
        text.to_string()
    }
    fn list(items: &[&str]) -> Vec<String> {
        items.iter().map(|t| t.to_string()).collect()
    }
    fn feedback(
        id: Id,
        text: &str,
        category: FeedbackCategory,
        stage: Stage,
        certainty: Certainty,
        outcome: Option<Outcome>,
    ) -> FeedbackItem {
        FeedbackItem {
            id,
            text: s(text),
            category,
            stage,
            certainty,
            outcome,
        }
    }
    #[allow(clippy::too_many_arguments)]
    fn gap(
        id: Id,
        skill: &str,
        category: SkillCategory,
        evidence: &str,
        source: Option<Id>,
        priority: Priority,
        levels: (u8, u8),
        method: Method,
        cost: Option<u32>,
        target_date: NaiveDate,
        status: GapStatus,
        if_then: (&str, &str),
    ) -> SkillGap {
        SkillGap {
            id,
            skill: s(skill),
            category,
            evidence: s(evidence),
            source: source.map(|feedback| FeedbackRef {
                rejection: 1,
                feedback,
            }),
            priority,
            current_level: levels.0,
            target_level: levels.1,
            method,
            cost,
            target_date: Some(target_date),
            status,
            if_cue: s(if_then.0),
            then_action: s(if_then.1),
        }
    }
    use Certainty::{Fact, Guess};
    use FeedbackCategory as F;

    let rejection = Rejection {
        id: 1,
        company: s("Northwind Traders"),
        role: s("Junior data analyst"),
        contact_name: s("Dana Whitfield"),
        contact_email: s("dana.whitfield@northwind.example"),
        stage: Stage::FinalRound,
        date: day(2026, 11, 23),
        channel: Channel::Email,
        message: s(
            "Dear Alex, thank you for the time you spent with us over the last few weeks. \
             It was a difficult decision, but we have decided to move forward with another \
             candidate whose experience more closely matches what the team needs right now. \
             We were impressed by your case study and would be glad to hear from you again.",
        ),
        request: FeedbackRequest {
            status: Some(RequestStatus::Answered),
            sent_on: Some(day(2026, 11, 24)),
            followed_up_on: None,
        },
        feedback: vec![
            feedback(
                2,
                "Your SQL was correct but took longer than we hoped in the live exercise.",
                F::SkillsGap,
                Stage::FinalRound,
                Fact,
                Some(Outcome::SkillGap(8)),
            ),
            feedback(
                3,
                "The panel wanted more examples of presenting findings to people outside the data team.",
                F::Communication,
                Stage::FinalRound,
                Fact,
                Some(Outcome::SkillGap(9)),
            ),
            feedback(
                4,
                "I think I rambled on the first question about my last project.",
                F::Communication,
                Stage::Interview,
                Guess,
                Some(Outcome::SkillGap(15)),
            ),
            feedback(
                5,
                "The other finalist had two years of retail analytics experience.",
                F::StrongerCandidate,
                Stage::FinalRound,
                Fact,
                Some(Outcome::SearchChange(7)),
            ),
            feedback(
                6,
                "They asked twice about dashboards, and I have never used Tableau at work.",
                F::SkillsGap,
                Stage::Interview,
                Guess,
                Some(Outcome::SkillGap(10)),
            ),
        ],
        reflection: Reflection {
            cause: Some(Cause::Competition),
            note: s(
                "I reached the final round out of about forty applicants. The gap is speed \
                 and storytelling, not ability.",
            ),
        },
    };
    let roles = vec![
        TargetRole {
            id: 11,
            title: s("Data analyst"),
            area: s("Retail and e-commerce"),
            level: Level::Junior,
            requirements: list(&["SQL", "Excel", "Tableau", "Stakeholder communication"]),
        },
        TargetRole {
            id: 12,
            title: s("Business intelligence analyst"),
            area: s("Public sector"),
            level: Level::Junior,
            requirements: list(&["SQL", "Power BI", "Data modelling"]),
        },
    ];
    let skill_gaps = vec![
        gap(
            8,
            "SQL speed",
            SkillCategory::Technical,
            "Northwind: SQL took too long in the live exercise",
            Some(2),
            Priority::High,
            (2, 4),
            Method::Practice,
            None,
            day(2026, 12, 20),
            GapStatus::InProgress,
            ("it is Saturday morning", "do three timed practice queries"),
        ),
        gap(
            9,
            "Presenting findings",
            SkillCategory::Communication,
            "Northwind wanted examples for people outside the data team",
            Some(3),
            Priority::High,
            (2, 4),
            Method::Practice,
            None,
            day(2027, 1, 10),
            GapStatus::NotStarted,
            (
                "I finish an analysis at work",
                "explain it to a friend in two minutes",
            ),
        ),
        gap(
            10,
            "Tableau",
            SkillCategory::Technical,
            "Asked twice about dashboards",
            Some(6),
            Priority::Medium,
            (1, 3),
            Method::Course,
            Some(49),
            day(2027, 1, 31),
            GapStatus::NotStarted,
            (
                "it is Tuesday or Thursday evening",
                "do one lesson of the course",
            ),
        ),
        gap(
            13,
            "Retail domain knowledge",
            SkillCategory::Domain,
            "Target role: data analyst in retail",
            None,
            Priority::Medium,
            (1, 3),
            Method::Project,
            None,
            day(2027, 2, 15),
            GapStatus::NotStarted,
            (
                "I have a free Sunday afternoon",
                "build a small sales dashboard from open data",
            ),
        ),
        gap(
            14,
            "Data modelling",
            SkillCategory::Technical,
            "Target role: BI analyst",
            None,
            Priority::Low,
            (2, 3),
            Method::Course,
            None,
            day(2027, 3, 1),
            GapStatus::NotStarted,
            ("", ""),
        ),
        gap(
            15,
            "Answering with STAR stories",
            SkillCategory::Interviewing,
            "I rambled on the first question",
            Some(4),
            Priority::High,
            (2, 4),
            Method::Practice,
            None,
            day(2026, 12, 2),
            GapStatus::InProgress,
            (
                "I have an interview booked",
                "rehearse three STAR stories out loud the day before",
            ),
        ),
    ];
    Plan {
        rejections: vec![rejection],
        current: Some(1),
        profile: Profile {
            name: s("Alex Morgan"),
            skills: list(&["Excel", "SQL", "Python", "Data cleaning", "Power BI"]),
            level: Some(Level::Junior),
        },
        roles,
        search_changes: vec![SearchChange {
            id: 7,
            text: s("Apply to retail analytics teams as well as fintech"),
            done: false,
            source: Some(FeedbackRef {
                rejection: 1,
                feedback: 5,
            }),
        }],
        skill_gaps,
        fun: vec![FunPlan {
            id: 16,
            what: s("Board games night"),
            with_whom: s("Sam and Lee"),
            when: day(2026, 11, 26).and_hms_opt(19, 0, 0).unwrap_or_default(),
            mood_before: Some(2),
            mood_after: None,
            done: false,
        }],
        wellbeing: Wellbeing {
            moods: vec![
                MoodCheckIn {
                    date: day(2026, 11, 23),
                    mood: 1,
                    note: s("Crushed. Stayed in bed most of the evening."),
                },
                MoodCheckIn {
                    date: day(2026, 11, 24),
                    mood: 2,
                    note: String::new(),
                },
                MoodCheckIn {
                    date: day(2026, 11, 25),
                    mood: 3,
                    note: s("A bit better after the walk"),
                },
            ],
            reframes: vec![Reframe {
                id: 19,
                date: day(2026, 11, 24),
                thought: s("I am not good enough for any analyst job."),
                kinder_view: s(
                    "I reached the final round of forty. One team picked someone with retail \
                     experience; that says little about my ability.",
                ),
            }],
            went_well: vec![
                WentWell {
                    id: 17,
                    date: day(2026, 11, 24),
                    text: s("The case study presentation went well; they said so."),
                },
                WentWell {
                    id: 18,
                    date: day(2026, 11, 25),
                    text: s("Sent the feedback request the day after, calmly."),
                },
            ],
            setback_plan: s(
                "If I get another no, then I will take a walk, message Sam and wait a day \
                 before deciding anything.",
            ),
            slate_wiped_on: None,
        },
        applications: vec![
            Application {
                id: 20,
                company: s("Contoso"),
                role: s("Data analyst"),
                kind: AppKind::Interview,
                date: day(2026, 12, 3),
                time: NaiveTime::from_hms_opt(10, 30, 0),
                note: s("Video call with the hiring manager; prepare two dashboard stories."),
            },
            Application {
                id: 21,
                company: s("Fabrikam"),
                role: s("BI analyst"),
                kind: AppKind::Interview,
                date: day(2026, 12, 8),
                time: NaiveTime::from_hms_opt(14, 0, 0),
                note: s("On site, second floor. Bring the portfolio printout."),
            },
        ],
        prep_done: list(&["basic:research", "basic:stories", "feedback:2", "gap:15"]),
        next_id: 21,
    }
}
