//! The plan: everything a person records in Rebound, as plain serde data (its stored and
//! shared forms are in `format`).
//!
//! Every change goes through a named method on [`Plan`], so the rules (names are not
//! empty, levels stay within 1–5, odd dates are questioned) live in one tested place and
//! the UI only forwards what the person typed.

use chrono::{NaiveDate, NaiveDateTime, NaiveTime};
use serde::{Deserialize, Serialize};
use thiserror::Error;

mod field;
mod received;

pub use super::item::{BadPlanId, FeedbackRef, Id, PlanId};
use super::item::{DraftKey, Form};
pub use field::Field;
pub use received::*;

use super::dates;
use super::limits;
use super::words::{Arg, Key, Messages, Phrase};

/// Why a change to the plan was refused. Each message is shown beside the field; the
/// person reads [`ModelError::message`], in their language, and its `Display` is the same
/// in English (for logs and tests).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ModelError {
    Empty(Field),
    TooLong {
        field: Field,
        max: usize,
    },
    OutOfRange(Field),
    /// A date that may be a slip (in the past, far off): the question asked about it.
    QuestionableDate(Key),
    NotFound,
    ListFull(usize),
    WritingDone(usize),
    NotASkill,
}

impl ModelError {
    /// What the person is told.
    pub fn message(&self) -> Phrase {
        let field = |field: &Field| ("field", Arg::key(field_name(*field)));
        match self {
            ModelError::Empty(f) => Phrase::said(Key::ErrorEmpty, vec![field(f)]),
            ModelError::TooLong { field: f, max } => Phrase::said(
                Key::ErrorTooLong,
                vec![field(f), ("max", Arg::Count(*max as i64))],
            ),
            ModelError::OutOfRange(f) => Phrase::said(Key::ErrorOutOfRange, vec![field(f)]),
            ModelError::QuestionableDate(question) => Phrase::from(*question),
            ModelError::NotFound => Phrase::from(Key::ErrorNotFound),
            ModelError::ListFull(n) => {
                Phrase::said(Key::ErrorListFull, vec![("count", Arg::Count(*n as i64))])
            }
            ModelError::WritingDone(n) => Phrase::said(
                Key::ErrorWritingDone,
                vec![("count", Arg::Count(*n as i64))],
            ),
            ModelError::NotASkill => Phrase::from(Key::ErrorNotASkill),
        }
    }
}

impl std::fmt::Display for ModelError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&Messages::english().plain(&self.message()))
    }
}

impl std::error::Error for ModelError {}

/// A field as the refusals name it ("Please fill in the company.").
fn field_name(field: Field) -> Key {
    match field {
        Field::Company => Key::ErrorFieldCompany,
        Field::Role => Key::ErrorFieldRole,
        Field::ContactName => Key::ErrorFieldContactName,
        Field::ContactEmail => Key::ErrorFieldContactEmail,
        Field::Message => Key::ErrorFieldMessage,
        Field::Note => Key::ErrorFieldNote,
        Field::Feedback => Key::ErrorFieldFeedback,
        Field::Evidence => Key::ErrorFieldEvidence,
        Field::Name => Key::ErrorFieldName,
        Field::RoleTitle => Key::ErrorFieldRoleTitle,
        Field::Area => Key::ErrorFieldArea,
        Field::CurrentLevel => Key::ErrorFieldCurrentLevel,
        Field::TargetLevel => Key::ErrorFieldTargetLevel,
        Field::Skill => Key::ErrorFieldSkill,
        Field::Change => Key::ErrorFieldChange,
        Field::IfPart => Key::ErrorFieldIfPart,
        Field::ThenPart => Key::ErrorFieldThenPart,
        Field::FunPlan => Key::ErrorFieldPlan,
        Field::FunWho => Key::ErrorFieldWho,
        Field::Mood => Key::ErrorFieldMood,
        Field::Thought => Key::ErrorFieldThought,
        Field::KinderView => Key::ErrorFieldKinderView,
        Field::WentWell => Key::ErrorFieldWhatWentWell,
        Field::SetbackPlan => Key::ErrorFieldSetbackPlan,
        Field::Writing => Key::ErrorFieldWriting,
        Field::Comment => Key::ErrorFieldComment,
        Field::How => Key::ErrorFieldHow,
        Field::PreparationItem => Key::ErrorFieldPreparationItem,
    }
}

/// A stored choice that is none of its type's slugs.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Error)]
#[error("not one of the choices")]
pub struct UnknownChoice;

/// A fixed set of choices shown in a form (a select or radio group).
pub trait Choice: Copy + PartialEq + 'static {
    /// Every choice, in the order a form lists them.
    fn all() -> &'static [Self];
    /// The words shown to the person.
    fn label(self) -> Key;
    /// A stable machine name, used as a form value.
    fn slug(self) -> &'static str;
    /// The choice with this slug, if any.
    fn from_slug(slug: &str) -> Option<Self>;
}

macro_rules! choice_enum {
    ($(#[$meta:meta])* $name:ident { $($variant:ident => $slug:literal, $label:ident),+ $(,)? }) => {
        $(#[$meta])*
        // Stored under its slug: the snake_case variant name (a test checks they agree).
        // Read back through `from_slug`, one shared string reader for every choice.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
        #[serde(rename_all = "snake_case", try_from = "String")]
        pub enum $name { $($variant),+ }

        impl TryFrom<String> for $name {
            type Error = UnknownChoice;

            fn try_from(slug: String) -> Result<Self, UnknownChoice> {
                Self::from_slug(&slug).ok_or(UnknownChoice)
            }
        }

        impl $name {
            /// Every choice, in the order a form lists them.
            pub const ALL: &'static [$name] = &[$($name::$variant),+];

            /// The words shown to the person.
            pub fn label(self) -> Key {
                match self { $($name::$variant => Key::$label),+ }
            }

            /// A stable machine name, used as a form value.
            pub fn slug(self) -> &'static str {
                match self { $($name::$variant => $slug),+ }
            }

            /// The choice with this slug, if any.
            pub fn from_slug(slug: &str) -> Option<Self> {
                match slug { $($slug => Some($name::$variant),)+ _ => None }
            }
        }

        impl Choice for $name {
            fn all() -> &'static [Self] { Self::ALL }
            fn label(self) -> Key { $name::label(self) }
            fn slug(self) -> &'static str { $name::slug(self) }
            fn from_slug(slug: &str) -> Option<Self> { $name::from_slug(slug) }
        }
    };
}

choice_enum!(
    /// How far the process went before the no.
    Stage {
        Application => "application", StageApplication,
        Screening => "screening", StageScreening,
        Interview => "interview", StageInterview,
        Assessment => "assessment", StageAssessment,
        FinalRound => "final_round", StageFinalRound,
        Offer => "offer", StageOffer,
        Other => "other", StageOther,
    }
);

choice_enum!(
    /// How the no arrived, or that it never did.
    Channel {
        Email => "email", ChannelEmail,
        Call => "call", ChannelCall,
        Portal => "portal", ChannelPortal,
        InPerson => "in_person", ChannelInPerson,
        Ghosted => "ghosted", ChannelGhosted,
    }
);

choice_enum!(
    /// Where the feedback request stands.
    RequestStatus {
        NotSent => "not_sent", RequestStatusNotSent,
        Sent => "sent", RequestStatusSent,
        Answered => "answered", RequestStatusAnswered,
        NoAnswer => "no_answer", RequestStatusNoAnswer,
        Closed => "closed", RequestStatusClosed,
    }
);

choice_enum!(
    /// What a piece of feedback is about.
    FeedbackCategory {
        Preparation => "preparation", FeedbackCategoryPreparation,
        Communication => "communication", FeedbackCategoryCommunication,
        Confidence => "confidence", FeedbackCategoryConfidence,
        SkillsGap => "skills_gap", FeedbackCategorySkillsGap,
        Motivation => "motivation", FeedbackCategoryMotivation,
        CultureFit => "culture_fit", FeedbackCategoryCultureFit,
        Salary => "salary", FeedbackCategorySalary,
        StrongerCandidate => "stronger_candidate", FeedbackCategoryStrongerCandidate,
        RoleClosed => "role_closed", FeedbackCategoryRoleClosed,
        Other => "other", FeedbackCategoryOther,
    }
);

impl FeedbackCategory {
    /// False for what the person could not have changed (someone else was a closer fit,
    /// the role closed): acknowledged as such. When such feedback names something, it
    /// can still become a skill gap or a search change, if the person wants.
    pub fn in_your_control(self) -> bool {
        !matches!(
            self,
            FeedbackCategory::StrongerCandidate | FeedbackCategory::RoleClosed
        )
    }

    /// False for culture fit and pay: they are about the match with an employer, not a
    /// skill to build, so they become a search change, never a skill gap.
    pub fn can_be_a_skill_gap(self) -> bool {
        !matches!(
            self,
            FeedbackCategory::CultureFit | FeedbackCategory::Salary
        )
    }
}

choice_enum!(
    /// Whether feedback was said outright or is the person's own reading.
    Certainty {
        Fact => "fact", CertaintyFact,
        Guess => "guess", CertaintyGuess,
    }
);

choice_enum!(
    /// Seniority of a role, and of the person's experience.
    Level {
        Entry => "entry", LevelEntry,
        Junior => "junior", LevelJunior,
        Mid => "mid", LevelMid,
        Senior => "senior", LevelSenior,
        Lead => "lead", LevelLead,
        Head => "head", LevelHead,
    }
);

choice_enum!(
    /// What the person thinks the no was mostly about.
    Cause {
        Competition => "competition", CauseCompetition,
        Level => "level", CauseLevel,
        Area => "area", CauseArea,
        NotSure => "not_sure", CauseNotSure,
    }
);

choice_enum!(
    /// The kind of skill a gap is about.
    SkillCategory {
        Technical => "technical", SkillCategoryTechnical,
        Domain => "domain", SkillCategoryDomain,
        Communication => "communication", SkillCategoryCommunication,
        Leadership => "leadership", SkillCategoryLeadership,
        Interviewing => "interviewing", SkillCategoryInterviewing,
        Other => "other", SkillCategoryOther,
    }
);

choice_enum!(
    /// How urgent a gap is.
    Priority {
        High => "high", PriorityHigh,
        Medium => "medium", PriorityMedium,
        Low => "low", PriorityLow,
    }
);

choice_enum!(
    /// How a gap will be closed.
    Method {
        Course => "course", MethodCourse,
        Qualification => "qualification", MethodQualification,
        Project => "project", MethodProject,
        Practice => "practice", MethodPractice,
    }
);

choice_enum!(
    /// Where work on a gap stands.
    GapStatus {
        NotStarted => "not_started", GapStatusNotStarted,
        InProgress => "in_progress", GapStatusInProgress,
        Done => "done", GapStatusDone,
    }
);

choice_enum!(
    /// An upcoming step with an employer.
    AppKind {
        Application => "application", AppKindApplication,
        Interview => "interview", AppKindInterview,
        FollowUp => "follow_up", AppKindFollowUp,
    }
);

/// What a feedback item was turned into.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", deny_unknown_fields)]
pub enum Outcome {
    SkillGap(Id),
    SearchChange(Id),
}

/// The request for feedback sent after one rejection.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct FeedbackRequest {
    pub status: Option<RequestStatus>,
    pub sent_on: Option<NaiveDate>,
    pub followed_up_on: Option<NaiveDate>,
}

impl FeedbackRequest {
    /// The status, "not sent" when nothing was recorded.
    pub fn status(&self) -> RequestStatus {
        self.status.unwrap_or(RequestStatus::NotSent)
    }

    /// When to send the one reminder: 5 business days after sending, while still waiting
    /// and not yet followed up.
    pub fn follow_up_due(&self) -> Option<NaiveDate> {
        match (self.status(), self.sent_on, self.followed_up_on) {
            (RequestStatus::Sent, Some(sent), None) => Some(dates::follow_up_due(sent)),
            _ => None,
        }
    }

    /// After the reminder, give it another 5 business days, then close the loop.
    pub fn close_loop_due(&self) -> Option<NaiveDate> {
        match (self.status(), self.followed_up_on) {
            (RequestStatus::Sent, Some(followed)) => Some(dates::follow_up_due(followed)),
            _ => None,
        }
    }
}

/// One piece of feedback about a rejection.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FeedbackItem {
    pub id: Id,
    pub text: String,
    pub category: FeedbackCategory,
    pub stage: Stage,
    pub certainty: Certainty,
    #[serde(default)]
    pub outcome: Option<Outcome>,
}

impl FeedbackItem {
    /// The point, then its kind: "Answers were vague [Communication]".
    pub fn with_category(&self) -> Phrase {
        Phrase::said(
            Key::FeedbackWithCategory,
            vec![
                ("text", Arg::Theirs(self.text.clone())),
                ("category", Arg::key(self.category.label())),
            ],
        )
    }
}

/// The person's reading of why the no happened.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Reflection {
    pub cause: Option<Cause>,
    pub note: String,
}

/// One rejection (or silence) and everything recorded about it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Rejection {
    pub id: Id,
    pub company: String,
    pub role: String,
    #[serde(default)]
    pub contact_name: String,
    #[serde(default)]
    pub contact_email: String,
    pub stage: Stage,
    pub date: NaiveDate,
    pub channel: Channel,
    /// The rejection text itself. Private: left out of share links unless chosen.
    #[serde(default)]
    pub message: String,
    #[serde(default)]
    pub request: FeedbackRequest,
    #[serde(default)]
    pub feedback: Vec<FeedbackItem>,
    #[serde(default)]
    pub reflection: Reflection,
    /// The "slate wiped clean" moment for this no (format 4 on; before, one moment
    /// belonged to the whole plan). Private: in a share link only when chosen.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub slate_wiped_on: Option<NaiveDate>,
}

impl Rejection {
    /// True when the employer never answered at all.
    pub fn is_ghosted(&self) -> bool {
        self.channel == Channel::Ghosted
    }

    /// A short title such as "Product designer at Acme".
    pub fn title(&self) -> Phrase {
        role_at_company(&self.role, &self.company)
    }
}

/// What the person knows and can do, used to check target roles.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Profile {
    /// The person's name, for signing a feedback request.
    pub name: String,
    pub skills: Vec<String>,
    pub level: Option<Level>,
}

/// A kind of role the person is aiming at.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TargetRole {
    pub id: Id,
    pub title: String,
    #[serde(default)]
    pub area: String,
    pub level: Level,
    /// The skills such roles usually ask for.
    #[serde(default)]
    pub requirements: Vec<String>,
}

impl TargetRole {
    /// The role, then its level: "Data analyst (Junior)".
    pub fn with_level(&self) -> Phrase {
        Phrase::said(
            Key::RoleWithLevel,
            vec![
                ("title", Arg::Theirs(self.title.clone())),
                ("level", Arg::key(self.level.label())),
            ],
        )
    }
}

/// One change to make to the job search.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SearchChange {
    pub id: Id,
    pub text: String,
    #[serde(default)]
    pub done: bool,
    #[serde(default)]
    pub source: Option<FeedbackRef>,
}

/// A skill to build before the next application.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SkillGap {
    pub id: Id,
    pub skill: String,
    pub category: SkillCategory,
    /// Which feedback or role showed the gap, in the person's words.
    #[serde(default)]
    pub evidence: String,
    #[serde(default)]
    pub source: Option<FeedbackRef>,
    pub priority: Priority,
    pub current_level: u8,
    pub target_level: u8,
    pub method: Method,
    /// Expected cost in whole units of the person's currency.
    #[serde(default)]
    pub cost: Option<u32>,
    #[serde(default)]
    pub target_date: Option<NaiveDate>,
    pub status: GapStatus,
    /// The if-then plan: "If <cue>, then I <action>."
    #[serde(default)]
    pub if_cue: String,
    #[serde(default)]
    pub then_action: String,
}

impl SkillGap {
    /// How far along the gap is, from 0 to 100.
    pub fn progress_percent(&self) -> u8 {
        if self.status == GapStatus::Done || self.current_level >= self.target_level {
            return 100;
        }
        (u32::from(self.current_level) * 100 / u32::from(self.target_level.max(1))) as u8
    }

    /// Overdue: the target date has passed and the gap is not done.
    pub fn is_overdue(&self, today: NaiveDate) -> bool {
        self.status != GapStatus::Done
            && self
                .target_date
                .is_some_and(|due| dates::is_overdue(today, due))
    }

    /// The if-then plan as one sentence, if both halves are written.
    pub fn if_then(&self) -> Option<Phrase> {
        if_then_sentence(&self.if_cue, &self.then_action)
    }
}

/// Something enjoyable, planned soon after the no.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FunPlan {
    pub id: Id,
    pub what: String,
    #[serde(default)]
    pub with_whom: String,
    pub when: NaiveDateTime,
    #[serde(default)]
    pub mood_before: Option<u8>,
    #[serde(default)]
    pub mood_after: Option<u8>,
    #[serde(default)]
    pub done: bool,
}

/// One day's mood, from 1 (very low) to 5 (good). Private.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MoodCheckIn {
    pub date: NaiveDate,
    pub mood: u8,
    #[serde(default)]
    pub note: String,
}

/// A harsh thought and a kinder, balanced view of it. Private.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Reframe {
    pub id: Id,
    pub date: NaiveDate,
    pub thought: String,
    pub kinder_view: String,
}

/// Something that went well.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct WentWell {
    pub id: Id,
    pub date: NaiveDate,
    pub text: String,
}

/// One day's expressive writing ("Write it out"). Private: never in a share link.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct WritingSession {
    pub date: NaiveDate,
    pub text: String,
    /// The rejection it is about (format 4 on). `None` only for writing kept from an
    /// older format by a plan that had no rejection to give it to.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rejection: Option<Id>,
}

/// The step 5 tools.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Wellbeing {
    pub moods: Vec<MoodCheckIn>,
    pub reframes: Vec<Reframe>,
    pub went_well: Vec<WentWell>,
    /// "If I get another no, then I will …"
    pub setback_plan: String,
    /// The "slate wiped clean" moment as formats 1 to 3 kept it, for the whole plan. It
    /// is read, never written: [`Plan::file_under_focus`] gives it to the rejection in
    /// focus when such a record loads.
    #[serde(rename = "slate_wiped_on", skip_serializing)]
    pub legacy_slate: Option<NaiveDate>,
    /// The writing sessions, one a day per rejection, oldest first. Left out of the stored
    /// JSON when empty, so a plan without them is written as before.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub writing: Vec<WritingSession>,
}

/// An upcoming application deadline or interview.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Application {
    pub id: Id,
    pub company: String,
    pub role: String,
    pub kind: AppKind,
    pub date: NaiveDate,
    #[serde(default)]
    pub time: Option<NaiveTime>,
    #[serde(default)]
    pub note: String,
}

/// The weekly search rhythm as an if-then plan: "If it is Monday morning, then I read
/// new adverts and apply to one."
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Rhythm {
    pub if_cue: String,
    pub then_action: String,
}

impl Rhythm {
    pub fn is_empty(&self) -> bool {
        self.if_cue.is_empty() && self.then_action.is_empty()
    }

    /// The plan as one sentence, if both halves are written.
    pub fn sentence(&self) -> Option<Phrase> {
        if_then_sentence(&self.if_cue, &self.then_action)
    }
}

/// "If <cue>, then I <action>." when both halves are written.
fn if_then_sentence(cue: &str, action: &str) -> Option<Phrase> {
    if cue.trim().is_empty() || action.trim().is_empty() {
        return None;
    }
    Some(Phrase::said(
        Key::CoreIfThen,
        vec![
            ("cue", Arg::Theirs(cue.trim().to_string())),
            (
                "action",
                Arg::Theirs(action.trim().trim_end_matches('.').to_string()),
            ),
        ],
    ))
}

/// "Product designer at Acme": a role and its company, as a rejection or a dated
/// application names them.
pub fn role_at_company(role: &str, company: &str) -> Phrase {
    Phrase::said(
        Key::CoreRoleAtCompany,
        vec![
            ("role", Arg::Theirs(role.to_string())),
            ("company", Arg::Theirs(company.to_string())),
        ],
    )
}

/// What the person has typed into a form and not yet saved as an item, field by field
/// under a key that names the form and the field ("fun.what", "gap.7.skill"; a form about
/// one item names it as `<kind>.<id>.`, and its drafts go with the item). Private:
/// never in a share link; kept in backups. Stored as a JSON object in the order written,
/// so two tabs typing into different forms merge key by key.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Drafts(Vec<(String, String)>);

impl Drafts {
    /// The text kept under `key`, if any.
    pub fn get(&self, key: &str) -> Option<&str> {
        self.0
            .iter()
            .find(|(k, _)| k == key)
            .map(|(_, v)| v.as_str())
    }

    /// Every key and its text, oldest first.
    pub fn iter(&self) -> impl Iterator<Item = (&str, &str)> {
        self.0.iter().map(|(k, v)| (k.as_str(), v.as_str()))
    }

    pub fn len(&self) -> usize {
        self.0.len()
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// Keeps `value` under `key`; an empty value forgets the key.
    fn set(&mut self, key: &str, value: String) {
        if value.is_empty() {
            self.0.retain(|(k, _)| k != key);
            return;
        }
        match self.0.iter_mut().find(|(k, _)| k == key) {
            Some(entry) => entry.1 = value,
            None => {
                // The oldest goes first: typing is never refused.
                if self.0.len() >= limits::MAX_DRAFTS {
                    self.0.remove(0);
                }
                self.0.push((key.to_string(), value));
            }
        }
    }

    /// Forgets every key that starts with `prefix`.
    fn clear(&mut self, prefix: &str) {
        self.0.retain(|(k, _)| !k.starts_with(prefix));
    }

    /// Keeps the drafts for which `keep` says so; it may change a key or its text (an id
    /// that moved). Only the walk over the plan's links uses it.
    pub(crate) fn retain_mut(&mut self, mut keep: impl FnMut(&mut String, &mut String) -> bool) {
        self.0.retain_mut(|(key, value)| keep(key, value));
    }

    /// Keeps the first `max` keys (for a list read from outside that is too long).
    pub fn truncate(&mut self, max: usize) {
        self.0.truncate(max);
    }
}

impl Serialize for Drafts {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_map(self.0.iter().map(|(k, v)| (k, v)))
    }
}

impl<'de> Deserialize<'de> for Drafts {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct Visitor;
        impl<'de> serde::de::Visitor<'de> for Visitor {
            type Value = Drafts;

            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("a map of draft texts")
            }

            fn visit_map<A: serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> Result<Drafts, A::Error> {
                let mut drafts = Drafts::default();
                while let Some((key, value)) = map.next_entry::<String, String>()? {
                    drafts.0.retain(|(k, _)| *k != key);
                    drafts.0.push((key, value));
                }
                Ok(drafts)
            }
        }
        d.deserialize_map(Visitor)
    }
}

/// The whole plan. One of these is stored, shared and exported.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Plan {
    /// The plan's own id; a plan from before ids (format 1) gets one when it is loaded.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<PlanId>,
    pub rejections: Vec<Rejection>,
    /// The rejection in focus; the newest when unset.
    pub current: Option<Id>,
    pub profile: Profile,
    pub roles: Vec<TargetRole>,
    pub search_changes: Vec<SearchChange>,
    pub skill_gaps: Vec<SkillGap>,
    pub fun: Vec<FunPlan>,
    pub wellbeing: Wellbeing,
    pub applications: Vec<Application>,
    /// Keys of the preparation checklist items that are ticked.
    pub prep_done: Vec<String>,
    pub next_id: Id,
    /// Text typed into forms and not yet saved. Private. Left out of the stored JSON when
    /// empty, so a plan without drafts is written as before.
    #[serde(skip_serializing_if = "Drafts::is_empty")]
    pub drafts: Drafts,
    /// The weekly search rhythm (Next job). Left out of the stored JSON when empty.
    #[serde(skip_serializing_if = "Rhythm::is_empty")]
    pub search_rhythm: Rhythm,
    /// Preparation checklist items of the person's own (format 3 on; left out when none).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub own_prep: Vec<OwnPrep>,
    /// Reviews received from other people (format 3 on; left out when none). Private:
    /// never in a share link.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub reviews: Vec<ReceivedReview>,
}

/// What the person types to record a rejection.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RejectionDraft {
    pub company: String,
    pub role: String,
    pub contact_name: String,
    pub contact_email: String,
    pub stage: Stage,
    pub date: NaiveDate,
    pub channel: Channel,
    pub message: String,
}

/// What the person types for a feedback item.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FeedbackDraft {
    pub text: String,
    pub category: FeedbackCategory,
    pub stage: Stage,
    pub certainty: Certainty,
}

/// What the person types for a target role.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RoleDraft {
    pub title: String,
    pub area: String,
    pub level: Level,
    pub requirements: String,
}

/// What the person types for a skill gap.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SkillGapDraft {
    pub skill: String,
    pub category: SkillCategory,
    pub evidence: String,
    pub priority: Priority,
    pub current_level: u8,
    pub target_level: u8,
    pub method: Method,
    pub cost: Option<u32>,
    pub target_date: Option<NaiveDate>,
    pub if_cue: String,
    pub then_action: String,
}

impl SkillGapDraft {
    /// A draft with sensible defaults for just a skill name.
    pub fn named(skill: &str) -> Self {
        SkillGapDraft {
            skill: skill.to_string(),
            category: SkillCategory::Technical,
            evidence: String::new(),
            priority: Priority::Medium,
            current_level: 1,
            target_level: 3,
            method: Method::Practice,
            cost: None,
            target_date: None,
            if_cue: String::new(),
            then_action: String::new(),
        }
    }
}

/// What the person types for a fun plan.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FunDraft {
    pub what: String,
    pub with_whom: String,
    pub when: NaiveDateTime,
    pub mood_before: Option<u8>,
}

/// What the person types for an upcoming application or interview.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ApplicationDraft {
    pub company: String,
    pub role: String,
    pub kind: AppKind,
    pub date: NaiveDate,
    pub time: Option<NaiveTime>,
    pub note: String,
}

/// Trims a required short field and checks it is present and not too long.
pub(super) fn required(field: Field, text: &str) -> Result<String, ModelError> {
    let text = text.trim();
    if text.is_empty() {
        return Err(ModelError::Empty(field));
    }
    optional(field, text, limits::MAX_NAME_CHARS)
}

/// Trims an optional field and checks its length.
pub(super) fn optional(field: Field, text: &str, max: usize) -> Result<String, ModelError> {
    let text = text.trim();
    if text.chars().count() > max {
        return Err(ModelError::TooLong { field, max });
    }
    Ok(text.to_string())
}

fn long_text(field: Field, text: &str) -> Result<String, ModelError> {
    optional(field, text, limits::MAX_TEXT_CHARS)
}

/// A required field that may be as long as a note (a search change, a checklist item).
pub(super) fn required_text(field: Field, text: &str) -> Result<String, ModelError> {
    required(field, text).or_else(|e| match e {
        ModelError::TooLong { .. } => long_text(field, text),
        other => Err(other),
    })
}

fn check_level(field: Field, level: u8) -> Result<u8, ModelError> {
    if (1..=5).contains(&level) {
        Ok(level)
    } else {
        Err(ModelError::OutOfRange(field))
    }
}

fn check_room<T>(list: &[T], max: usize) -> Result<(), ModelError> {
    if list.len() >= max {
        Err(ModelError::ListFull(max))
    } else {
        Ok(())
    }
}

/// Splits "SQL, Figma; user research" into tidy, de-duplicated skill names. Arabic's
/// comma and semicolon (، ؛) separate as the Latin ones do, and so does the ideographic
/// comma (、).
pub fn split_skills(text: &str) -> Vec<String> {
    let mut skills: Vec<String> = Vec::new();
    for part in text.split([',', ';', '\n', '،', '؛', '、']) {
        let part = part.trim();
        if !part.is_empty()
            && part.chars().count() <= limits::MAX_NAME_CHARS
            && !skills.iter().any(|s| s.eq_ignore_ascii_case(part))
        {
            skills.push(part.to_string());
        }
    }
    skills.truncate(limits::MAX_SKILLS);
    skills
}

impl Plan {
    pub(super) fn take_id(&mut self) -> Id {
        self.next_id = self.next_id.next();
        self.next_id
    }

    /// Gives a plan from before plans had ids (a format 1 record, backup or link) the id
    /// it lacks; `fresh` is random, from the browser. Returns whether it did.
    pub fn ensure_id(&mut self, fresh: PlanId) -> bool {
        if self.id.is_some() {
            return false;
        }
        self.id = Some(fresh);
        true
    }

    /// Replaces the whole plan with `other` (a plan opened from a link or a backup); one
    /// from before ids gets the id `fresh`, a plan of its own apart from the one replaced.
    pub fn replace_with(&mut self, other: Plan, fresh: PlanId) {
        *self = other;
        self.ensure_id(fresh);
    }

    /// True when nothing has been recorded yet (a new plan already has its id, and text
    /// typed into a form and not saved does not count).
    pub fn is_empty(&self) -> bool {
        let Plan {
            id: _,
            rejections,
            current,
            profile,
            roles,
            search_changes,
            skill_gaps,
            fun,
            wellbeing,
            applications,
            prep_done,
            next_id,
            drafts: _,
            search_rhythm,
            own_prep,
            reviews,
        } = self;
        rejections.is_empty()
            && current.is_none()
            && *profile == Profile::default()
            && roles.is_empty()
            && search_changes.is_empty()
            && skill_gaps.is_empty()
            && fun.is_empty()
            && *wellbeing == Wellbeing::default()
            && applications.is_empty()
            && prep_done.is_empty()
            && *next_id == Id::default()
            && search_rhythm.is_empty()
            && own_prep.is_empty()
            && reviews.is_empty()
    }

    /// The text typed into a form field and not yet saved, if any.
    pub fn draft(&self, key: &DraftKey) -> Option<&str> {
        self.drafts.get(&key.to_string())
    }

    /// Keeps what is typed into a form field until the form is saved; an empty text
    /// forgets it. Never refused: over-long text is kept up to the limit, control
    /// characters are dropped, and the oldest draft makes way when there are too many.
    pub fn set_draft(&mut self, key: &DraftKey, text: &str) {
        let key = truncate_chars(&key.to_string(), limits::MAX_NAME_CHARS);
        let text: String = text
            .chars()
            .filter(|c| !c.is_control() || matches!(c, '\n' | '\r' | '\t'))
            .take(limits::MAX_DRAFT_CHARS)
            .collect();
        self.drafts.set(&key, text);
    }

    /// Forgets the drafts of one form, as when it is saved or cancelled.
    pub fn clear_drafts(&mut self, form: Form) {
        self.drafts.clear(&form.prefix());
    }

    /// Forgets the drafts under these keys, leaving the form's others.
    pub fn clear_draft_keys(&mut self, keys: &[DraftKey]) {
        for key in keys {
            self.set_draft(key, "");
        }
    }

    /// The rejection in focus: the chosen one, else the newest.
    pub fn current_rejection(&self) -> Option<&Rejection> {
        self.current
            .and_then(|id| self.rejection(id))
            .or_else(|| self.rejections.iter().max_by_key(|r| (r.date, r.id)))
    }

    /// The rejection with this id.
    pub fn rejection(&self, id: Id) -> Option<&Rejection> {
        self.rejections.iter().find(|r| r.id == id)
    }

    fn rejection_mut(&mut self, id: Id) -> Result<&mut Rejection, ModelError> {
        self.rejections
            .iter_mut()
            .find(|r| r.id == id)
            .ok_or(ModelError::NotFound)
    }

    fn checked_rejection(
        draft: &RejectionDraft,
        today: NaiveDate,
        confirmed: bool,
    ) -> Result<RejectionDraft, ModelError> {
        if draft.date > today && !confirmed {
            return Err(ModelError::QuestionableDate(Key::ErrorDateFuture));
        }
        Ok(RejectionDraft {
            company: required(Field::Company, &draft.company)?,
            role: required(Field::Role, &draft.role)?,
            contact_name: optional(
                Field::ContactName,
                &draft.contact_name,
                limits::MAX_NAME_CHARS,
            )?,
            contact_email: optional(
                Field::ContactEmail,
                &draft.contact_email,
                limits::MAX_NAME_CHARS,
            )?,
            message: long_text(Field::Message, &draft.message)?,
            ..draft.clone()
        })
    }

    /// Records a new rejection and puts it in focus. Earlier ones are kept.
    pub fn record_rejection(
        &mut self,
        draft: &RejectionDraft,
        today: NaiveDate,
        confirmed: bool,
    ) -> Result<Id, ModelError> {
        check_room(&self.rejections, limits::MAX_REJECTIONS)?;
        let d = Self::checked_rejection(draft, today, confirmed)?;
        let id = self.take_id();
        self.rejections.push(Rejection {
            id,
            company: d.company,
            role: d.role,
            contact_name: d.contact_name,
            contact_email: d.contact_email,
            stage: d.stage,
            date: d.date,
            channel: d.channel,
            message: d.message,
            request: FeedbackRequest::default(),
            feedback: Vec::new(),
            reflection: Reflection::default(),
            slate_wiped_on: None,
        });
        self.current = Some(id);
        Ok(id)
    }

    /// Changes the recorded details of a rejection, keeping its feedback.
    pub fn update_rejection(
        &mut self,
        id: Id,
        draft: &RejectionDraft,
        today: NaiveDate,
        confirmed: bool,
    ) -> Result<(), ModelError> {
        let d = Self::checked_rejection(draft, today, confirmed)?;
        let r = self.rejection_mut(id)?;
        r.company = d.company;
        r.role = d.role;
        r.contact_name = d.contact_name;
        r.contact_email = d.contact_email;
        r.stage = d.stage;
        r.date = d.date;
        r.channel = d.channel;
        r.message = d.message;
        Ok(())
    }

    /// Puts another rejection in focus.
    pub fn focus_rejection(&mut self, id: Id) -> Result<(), ModelError> {
        self.rejection(id).ok_or(ModelError::NotFound)?;
        self.current = Some(id);
        Ok(())
    }

    /// Removes a rejection and its feedback. Gaps and changes made from it stay, without
    /// the link back.
    pub fn remove_rejection(&mut self, id: Id) -> Result<Rejection, ModelError> {
        let index = self
            .rejections
            .iter()
            .position(|r| r.id == id)
            .ok_or(ModelError::NotFound)?;
        let removed = self.rejections.remove(index);
        for gap in &mut self.skill_gaps {
            if gap.source.is_some_and(|s| s.rejection == id) {
                gap.source = None;
            }
        }
        for change in &mut self.search_changes {
            if change.source.is_some_and(|s| s.rejection == id) {
                change.source = None;
            }
        }
        if self.current == Some(id) {
            self.current = None;
        }
        self.drafts.clear(&format!("rejection.{id}."));
        Ok(removed)
    }

    /// Marks the feedback request as sent on `on`; the follow-up date follows from it.
    pub fn mark_request_sent(&mut self, rejection: Id, on: NaiveDate) -> Result<(), ModelError> {
        let r = self.rejection_mut(rejection)?;
        r.request.status = Some(RequestStatus::Sent);
        r.request.sent_on = Some(on);
        r.request.followed_up_on = None;
        Ok(())
    }

    /// Records that the one polite reminder went out.
    pub fn mark_followed_up(&mut self, rejection: Id, on: NaiveDate) -> Result<(), ModelError> {
        let r = self.rejection_mut(rejection)?;
        if r.request.sent_on.is_none() {
            r.request.sent_on = Some(on);
        }
        r.request.status = Some(RequestStatus::Sent);
        r.request.followed_up_on = Some(on);
        Ok(())
    }

    /// Sets where the request stands (answered, no answer, closed…).
    pub fn set_request_status(
        &mut self,
        rejection: Id,
        status: RequestStatus,
    ) -> Result<(), ModelError> {
        let r = self.rejection_mut(rejection)?;
        r.request.status = Some(status);
        if status == RequestStatus::NotSent {
            r.request.sent_on = None;
            r.request.followed_up_on = None;
        }
        Ok(())
    }

    /// Adds a piece of feedback to a rejection.
    pub fn add_feedback(&mut self, rejection: Id, draft: &FeedbackDraft) -> Result<Id, ModelError> {
        let text = required(Field::Feedback, &draft.text).or_else(|e| match e {
            ModelError::TooLong { .. } => long_text(Field::Feedback, &draft.text),
            other => Err(other),
        })?;
        check_room(
            &self.rejection_mut(rejection)?.feedback,
            limits::MAX_FEEDBACK,
        )?;
        let id = self.take_id();
        let r = self.rejection_mut(rejection)?;
        r.feedback.push(FeedbackItem {
            id,
            text,
            category: draft.category,
            stage: draft.stage,
            certainty: draft.certainty,
            outcome: None,
        });
        if r.request.status() == RequestStatus::Sent || r.request.status() == RequestStatus::NotSent
        {
            r.request.status = Some(RequestStatus::Answered);
        }
        Ok(id)
    }

    /// Removes a piece of feedback; anything made from it stays, unlinked.
    pub fn remove_feedback(&mut self, rejection: Id, feedback: Id) -> Result<(), ModelError> {
        let r = self.rejection_mut(rejection)?;
        let before = r.feedback.len();
        r.feedback.retain(|f| f.id != feedback);
        if r.feedback.len() == before {
            return Err(ModelError::NotFound);
        }
        let source = FeedbackRef {
            rejection,
            feedback,
        };
        for gap in &mut self.skill_gaps {
            if gap.source == Some(source) {
                gap.source = None;
            }
        }
        for change in &mut self.search_changes {
            if change.source == Some(source) {
                change.source = None;
            }
        }
        Ok(())
    }

    /// The feedback item at `source`.
    pub fn feedback(&self, source: FeedbackRef) -> Option<&FeedbackItem> {
        self.rejection(source.rejection)?
            .feedback
            .iter()
            .find(|f| f.id == source.feedback)
    }

    fn feedback_mut(&mut self, source: FeedbackRef) -> Result<&mut FeedbackItem, ModelError> {
        self.rejection_mut(source.rejection)?
            .feedback
            .iter_mut()
            .find(|f| f.id == source.feedback)
            .ok_or(ModelError::NotFound)
    }

    /// Turns a feedback item into a skill gap, linked both ways, named short (the whole
    /// point is kept as its evidence, in `words`: the language the person uses now, as
    /// the evidence is theirs to edit from then on). Doing it twice returns the gap made
    /// the first time. Feedback outside the person's control is not turned into homework.
    pub fn feedback_to_skill_gap(
        &mut self,
        source: FeedbackRef,
        words: &Messages,
    ) -> Result<Id, ModelError> {
        let item = self.feedback(source).ok_or(ModelError::NotFound)?.clone();
        if let Some(Outcome::SkillGap(existing)) = item.outcome {
            if self.skill_gaps.iter().any(|g| g.id == existing) {
                return Ok(existing);
            }
        }
        if !item.category.can_be_a_skill_gap() {
            return Err(ModelError::NotASkill);
        }
        check_room(&self.skill_gaps, limits::MAX_SKILL_GAPS)?;
        let company = self
            .rejection(source.rejection)
            .map(|r| r.company.clone())
            .unwrap_or_default();
        let category = match item.category {
            FeedbackCategory::Communication => SkillCategory::Communication,
            FeedbackCategory::Preparation | FeedbackCategory::Confidence => {
                SkillCategory::Interviewing
            }
            FeedbackCategory::SkillsGap => SkillCategory::Technical,
            _ => SkillCategory::Other,
        };
        let id = self.take_id();
        self.skill_gaps.push(SkillGap {
            id,
            skill: short_skill_name(&item.text),
            category,
            evidence: truncate_chars(
                &words.plain(&Phrase::said(
                    Key::CoreEvidenceFromFeedback,
                    vec![
                        ("company", Arg::Theirs(company)),
                        ("text", Arg::Theirs(item.text.clone())),
                    ],
                )),
                limits::MAX_TEXT_CHARS,
            ),
            source: Some(source),
            priority: Priority::Medium,
            current_level: 1,
            target_level: 3,
            method: Method::Practice,
            cost: None,
            target_date: None,
            status: GapStatus::NotStarted,
            if_cue: String::new(),
            then_action: String::new(),
        });
        self.feedback_mut(source)?.outcome = Some(Outcome::SkillGap(id));
        Ok(id)
    }

    /// Turns a feedback item into a change to the search, linked both ways, worded in
    /// `words` (the text is the person's to edit from then on). Feedback outside the
    /// person's control is not turned into homework.
    pub fn feedback_to_search_change(
        &mut self,
        source: FeedbackRef,
        words: &Messages,
    ) -> Result<Id, ModelError> {
        let item = self.feedback(source).ok_or(ModelError::NotFound)?.clone();
        if let Some(Outcome::SearchChange(existing)) = item.outcome {
            if self.search_changes.iter().any(|c| c.id == existing) {
                return Ok(existing);
            }
        }
        check_room(&self.search_changes, limits::MAX_SEARCH_CHANGES)?;
        let id = self.take_id();
        self.search_changes.push(SearchChange {
            id,
            text: truncate_chars(
                &words.plain(&Phrase::said(
                    Key::CoreSearchChangeFromFeedback,
                    vec![("text", Arg::Theirs(item.text.clone()))],
                )),
                limits::MAX_TEXT_CHARS,
            ),
            done: false,
            source: Some(source),
        });
        self.feedback_mut(source)?.outcome = Some(Outcome::SearchChange(id));
        Ok(id)
    }

    /// Sets the reflection on why a rejection happened.
    pub fn set_reflection(
        &mut self,
        rejection: Id,
        cause: Option<Cause>,
        note: &str,
    ) -> Result<(), ModelError> {
        let note = long_text(Field::Note, note)?;
        let r = self.rejection_mut(rejection)?;
        r.reflection = Reflection { cause, note };
        Ok(())
    }

    /// Sets the name used to sign a feedback request.
    pub fn set_name(&mut self, name: &str) -> Result<(), ModelError> {
        self.profile.name = optional(Field::Name, name, limits::MAX_NAME_CHARS)?;
        Ok(())
    }

    /// Replaces the person's own skills (comma separated) and level.
    pub fn set_profile(&mut self, skills: &str, level: Option<Level>) {
        self.profile.skills = split_skills(skills);
        self.profile.level = level;
    }

    /// Saves the profile form: the skills and level, with the form's drafts forgotten.
    pub fn save_profile(&mut self, skills: &str, level: Option<Level>) {
        self.set_profile(skills, level);
        self.clear_drafts(Form::Profile);
    }

    /// Adds a target role.
    pub fn add_role(&mut self, draft: &RoleDraft) -> Result<Id, ModelError> {
        check_room(&self.roles, limits::MAX_ROLES)?;
        let title = required(Field::RoleTitle, &draft.title)?;
        let area = optional(Field::Area, &draft.area, limits::MAX_NAME_CHARS)?;
        let id = self.take_id();
        self.roles.push(TargetRole {
            id,
            title,
            area,
            level: draft.level,
            requirements: split_skills(&draft.requirements),
        });
        Ok(id)
    }

    /// Removes a target role.
    pub fn remove_role(&mut self, id: Id) -> Result<(), ModelError> {
        remove_by(&mut self.roles, |r| r.id == id)
    }

    /// Adds a change to make to the search.
    pub fn add_search_change(&mut self, text: &str) -> Result<Id, ModelError> {
        check_room(&self.search_changes, limits::MAX_SEARCH_CHANGES)?;
        let text = required_text(Field::Change, text)?;
        let id = self.take_id();
        self.search_changes.push(SearchChange {
            id,
            text,
            done: false,
            source: None,
        });
        Ok(id)
    }

    /// Ticks or unticks a search change.
    pub fn set_search_change_done(&mut self, id: Id, done: bool) -> Result<(), ModelError> {
        let change = self
            .search_changes
            .iter_mut()
            .find(|c| c.id == id)
            .ok_or(ModelError::NotFound)?;
        change.done = done;
        Ok(())
    }

    /// Removes a search change and the link from its feedback item.
    pub fn remove_search_change(&mut self, id: Id) -> Result<(), ModelError> {
        remove_by(&mut self.search_changes, |c| c.id == id)?;
        self.unlink_outcome(Outcome::SearchChange(id));
        Ok(())
    }

    fn unlink_outcome(&mut self, outcome: Outcome) {
        for r in &mut self.rejections {
            for f in &mut r.feedback {
                if f.outcome == Some(outcome) {
                    f.outcome = None;
                }
            }
        }
    }

    fn checked_gap(
        &self,
        draft: &SkillGapDraft,
        confirmed: bool,
    ) -> Result<SkillGapDraft, ModelError> {
        let skill = required(Field::Skill, &draft.skill)?;
        let current_level = check_level(Field::CurrentLevel, draft.current_level)?;
        let target_level = check_level(Field::TargetLevel, draft.target_level)?;
        if let (Some(target), Some(latest)) = (
            draft.target_date,
            self.rejections.iter().map(|r| r.date).max(),
        ) {
            if target < latest && !confirmed {
                return Err(ModelError::QuestionableDate(Key::ErrorDateBeforeRejection));
            }
        }
        Ok(SkillGapDraft {
            skill,
            evidence: long_text(Field::Evidence, &draft.evidence)?,
            if_cue: optional(Field::IfPart, &draft.if_cue, limits::MAX_NAME_CHARS)?,
            then_action: optional(Field::ThenPart, &draft.then_action, limits::MAX_NAME_CHARS)?,
            current_level,
            target_level,
            ..draft.clone()
        })
    }

    /// Adds a skill gap. A target date before the latest rejection is questioned first.
    pub fn add_skill_gap(
        &mut self,
        draft: &SkillGapDraft,
        confirmed: bool,
    ) -> Result<Id, ModelError> {
        check_room(&self.skill_gaps, limits::MAX_SKILL_GAPS)?;
        let d = self.checked_gap(draft, confirmed)?;
        let id = self.take_id();
        self.skill_gaps.push(SkillGap {
            id,
            skill: d.skill,
            category: d.category,
            evidence: d.evidence,
            source: None,
            priority: d.priority,
            current_level: d.current_level,
            target_level: d.target_level,
            method: d.method,
            cost: d.cost,
            target_date: d.target_date,
            status: GapStatus::NotStarted,
            if_cue: d.if_cue,
            then_action: d.then_action,
        });
        Ok(id)
    }

    /// Changes a skill gap's details, keeping its status and link.
    pub fn update_skill_gap(
        &mut self,
        id: Id,
        draft: &SkillGapDraft,
        confirmed: bool,
    ) -> Result<(), ModelError> {
        let d = self.checked_gap(draft, confirmed)?;
        let gap = self
            .skill_gaps
            .iter_mut()
            .find(|g| g.id == id)
            .ok_or(ModelError::NotFound)?;
        gap.skill = d.skill;
        gap.category = d.category;
        gap.evidence = d.evidence;
        gap.priority = d.priority;
        gap.current_level = d.current_level;
        gap.target_level = d.target_level;
        gap.method = d.method;
        gap.cost = d.cost;
        gap.target_date = d.target_date;
        gap.if_cue = d.if_cue;
        gap.then_action = d.then_action;
        Ok(())
    }

    /// Moves a skill gap to another status; done gaps reach their target level.
    pub fn set_gap_status(&mut self, id: Id, status: GapStatus) -> Result<(), ModelError> {
        let gap = self
            .skill_gaps
            .iter_mut()
            .find(|g| g.id == id)
            .ok_or(ModelError::NotFound)?;
        gap.status = status;
        if status == GapStatus::Done {
            gap.current_level = gap.current_level.max(gap.target_level);
        }
        Ok(())
    }

    /// Removes a skill gap and the link from its feedback item.
    pub fn remove_skill_gap(&mut self, id: Id) -> Result<(), ModelError> {
        remove_by(&mut self.skill_gaps, |g| g.id == id)?;
        self.drafts.clear(&format!("gap.{id}."));
        self.unlink_outcome(Outcome::SkillGap(id));
        Ok(())
    }

    /// Skill gaps by target date (undated last), then priority.
    pub fn skill_gaps_by_date(&self) -> Vec<&SkillGap> {
        let mut gaps: Vec<&SkillGap> = self.skill_gaps.iter().collect();
        super::order::sort_by_key(&mut gaps, |g| {
            (g.target_date.is_none(), g.target_date, g.priority, g.id)
        });
        gaps
    }

    /// Plans something fun. A time more than 48 hours away (Rebound's suggestion is the
    /// next two days), or in the past, is questioned.
    pub fn plan_fun(
        &mut self,
        draft: &FunDraft,
        now: NaiveDateTime,
        confirmed: bool,
    ) -> Result<Id, ModelError> {
        check_room(&self.fun, limits::MAX_FUN)?;
        let what = required(Field::FunPlan, &draft.what)?;
        let with_whom = optional(Field::FunWho, &draft.with_whom, limits::MAX_NAME_CHARS)?;
        if let Some(mood) = draft.mood_before {
            check_level(Field::Mood, mood)?;
        }
        if !confirmed && !dates::within_48_hours(now - chrono::Duration::hours(1), draft.when) {
            // Soon is Rebound's suggestion, not a finding: the question says so.
            return Err(ModelError::QuestionableDate(if draft.when < now {
                Key::ErrorTimePassed
            } else {
                Key::ErrorTimeFar
            }));
        }
        let id = self.take_id();
        self.fun.push(FunPlan {
            id,
            what,
            with_whom,
            when: draft.when,
            mood_before: draft.mood_before,
            mood_after: None,
            done: false,
        });
        Ok(id)
    }

    /// Marks a fun plan done, with the mood afterwards.
    pub fn complete_fun(&mut self, id: Id, mood_after: Option<u8>) -> Result<(), ModelError> {
        if let Some(mood) = mood_after {
            check_level(Field::Mood, mood)?;
        }
        let fun = self
            .fun
            .iter_mut()
            .find(|f| f.id == id)
            .ok_or(ModelError::NotFound)?;
        fun.done = true;
        fun.mood_after = mood_after;
        self.drafts.clear(&format!("fun.{id}."));
        Ok(())
    }

    /// Gives a fun plan another time (it didn't happen yet, or plans changed).
    pub fn move_fun(&mut self, id: Id, when: NaiveDateTime) -> Result<(), ModelError> {
        let fun = self
            .fun
            .iter_mut()
            .find(|f| f.id == id)
            .ok_or(ModelError::NotFound)?;
        fun.when = when;
        fun.done = false;
        self.drafts.clear(&format!("fun.{id}."));
        Ok(())
    }

    /// Removes a fun plan.
    pub fn remove_fun(&mut self, id: Id) -> Result<(), ModelError> {
        remove_by(&mut self.fun, |f| f.id == id)?;
        self.drafts.clear(&format!("fun.{id}."));
        Ok(())
    }

    /// Records today's mood (1–5); a second check-in on the same day replaces the first.
    pub fn check_in_mood(
        &mut self,
        today: NaiveDate,
        mood: u8,
        note: &str,
    ) -> Result<(), ModelError> {
        let mood = check_level(Field::Mood, mood)?;
        let note = optional(Field::Note, note, limits::MAX_NAME_CHARS)?;
        let moods = &mut self.wellbeing.moods;
        if let Some(existing) = moods.iter_mut().find(|m| m.date == today) {
            existing.mood = mood;
            existing.note = note;
        } else {
            check_room(moods, limits::MAX_MOODS)?;
            moods.push(MoodCheckIn {
                date: today,
                mood,
                note,
            });
            super::order::sort_by_key(moods, |m| m.date);
        }
        Ok(())
    }

    /// Deletes the check-in of one day.
    pub fn remove_check_in(&mut self, date: NaiveDate) -> Result<(), ModelError> {
        remove_by(&mut self.wellbeing.moods, |m| m.date == date)
    }

    /// Adds a reframed thought.
    pub fn add_reframe(
        &mut self,
        today: NaiveDate,
        thought: &str,
        kinder_view: &str,
    ) -> Result<Id, ModelError> {
        check_room(&self.wellbeing.reframes, limits::MAX_NOTES)?;
        let thought = required(Field::Thought, thought).or_else(|e| match e {
            ModelError::TooLong { .. } => long_text(Field::Thought, thought),
            other => Err(other),
        })?;
        let kinder = long_text(Field::KinderView, kinder_view)?;
        if kinder.is_empty() {
            return Err(ModelError::Empty(Field::KinderView));
        }
        let id = self.take_id();
        self.wellbeing.reframes.push(Reframe {
            id,
            date: today,
            thought,
            kinder_view: kinder,
        });
        Ok(id)
    }

    /// Removes a reframed thought.
    pub fn remove_reframe(&mut self, id: Id) -> Result<(), ModelError> {
        remove_by(&mut self.wellbeing.reframes, |r| r.id == id)
    }

    /// Adds something that went well.
    pub fn add_went_well(&mut self, today: NaiveDate, text: &str) -> Result<Id, ModelError> {
        check_room(&self.wellbeing.went_well, limits::MAX_NOTES)?;
        let text = required(Field::WentWell, text).or_else(|e| match e {
            ModelError::TooLong { .. } => long_text(Field::WentWell, text),
            other => Err(other),
        })?;
        let id = self.take_id();
        self.wellbeing.went_well.push(WentWell {
            id,
            date: today,
            text,
        });
        Ok(id)
    }

    /// Removes something from the went-well list.
    pub fn remove_went_well(&mut self, id: Id) -> Result<(), ModelError> {
        remove_by(&mut self.wellbeing.went_well, |w| w.id == id)
    }

    /// Writes the plan for the next setback.
    pub fn set_setback_plan(&mut self, text: &str) -> Result<(), ModelError> {
        self.wellbeing.setback_plan = long_text(Field::SetbackPlan, text)?;
        Ok(())
    }

    /// Keeps today's writing about `rejection` as it is typed: the day's session is
    /// started by its first words and removed when emptied. A new session on a fifth day
    /// is refused (the exercise is up to four sessions per rejection, on different days).
    pub fn write_out(
        &mut self,
        rejection: Id,
        today: NaiveDate,
        text: &str,
    ) -> Result<(), ModelError> {
        if text.chars().count() > limits::MAX_WRITING_CHARS {
            return Err(ModelError::TooLong {
                field: Field::Writing,
                max: limits::MAX_WRITING_CHARS,
            });
        }
        if self.rejection(rejection).is_none() {
            return Err(ModelError::NotFound);
        }
        let about = Some(rejection);
        let sessions = &mut self.wellbeing.writing;
        match sessions
            .iter()
            .position(|s| s.rejection == about && s.date == today)
        {
            Some(at) if text.trim().is_empty() => {
                sessions.remove(at);
            }
            Some(at) => sessions[at].text = text.to_string(),
            None if text.trim().is_empty() => {}
            None => {
                let started = sessions.iter().filter(|s| s.rejection == about).count();
                if started >= limits::WRITING_SESSIONS {
                    return Err(ModelError::WritingDone(started));
                }
                sessions.push(WritingSession {
                    date: today,
                    text: text.to_string(),
                    rejection: about,
                });
                super::order::sort_by_key(sessions, |s| s.date);
            }
        }
        Ok(())
    }

    /// The writing about `rejection`, oldest first.
    pub fn writing_about(&self, rejection: Id) -> impl Iterator<Item = &WritingSession> {
        self.wellbeing
            .writing
            .iter()
            .filter(move |s| s.rejection == Some(rejection))
    }

    /// Deletes one session: the writing of `date` about `rejection` (`None` for writing
    /// kept from an older format without a rejection).
    pub fn remove_writing(
        &mut self,
        rejection: Option<Id>,
        date: NaiveDate,
    ) -> Result<(), ModelError> {
        remove_by(&mut self.wellbeing.writing, |s| {
            s.rejection == rejection && s.date == date
        })
    }

    /// The "slate wiped clean" moment, for one rejection.
    pub fn wipe_slate(&mut self, rejection: Id, today: NaiveDate) -> Result<(), ModelError> {
        let r = self
            .rejections
            .iter_mut()
            .find(|r| r.id == rejection)
            .ok_or(ModelError::NotFound)?;
        r.slate_wiped_on = Some(today);
        Ok(())
    }

    /// Gives what formats 1 to 3 kept for the whole plan (the writing sessions and the
    /// "slate wiped clean" moment) to the rejection in focus, where format 4 keeps them.
    /// A plan with no rejection keeps its writing without one (shown apart, as earlier
    /// writing); its moment has nowhere to go and is not kept.
    pub fn file_under_focus(&mut self) {
        let slate = self.wellbeing.legacy_slate.take();
        let Some(focus) = self.current_rejection().map(|r| r.id) else {
            return;
        };
        for session in &mut self.wellbeing.writing {
            session.rejection.get_or_insert(focus);
        }
        if let Some(r) = self.rejections.iter_mut().find(|r| r.id == focus) {
            if r.slate_wiped_on.is_none() {
                r.slate_wiped_on = slate;
            }
        }
    }

    /// Adds an upcoming application or interview. A date in the past is questioned.
    pub fn add_application(
        &mut self,
        draft: &ApplicationDraft,
        today: NaiveDate,
        confirmed: bool,
    ) -> Result<Id, ModelError> {
        check_room(&self.applications, limits::MAX_APPLICATIONS)?;
        let company = required(Field::Company, &draft.company)?;
        let role = required(Field::Role, &draft.role)?;
        let note = long_text(Field::Note, &draft.note)?;
        if draft.date < today && !confirmed {
            return Err(ModelError::QuestionableDate(Key::ErrorDatePassed));
        }
        let id = self.take_id();
        self.applications.push(Application {
            id,
            company,
            role,
            kind: draft.kind,
            date: draft.date,
            time: draft.time,
            note,
        });
        Ok(id)
    }

    /// Removes an application or interview.
    pub fn remove_application(&mut self, id: Id) -> Result<(), ModelError> {
        remove_by(&mut self.applications, |a| a.id == id)
    }

    /// Upcoming applications and interviews, soonest first; past ones are left out.
    pub fn upcoming(&self, today: NaiveDate) -> Vec<&Application> {
        let mut list: Vec<&Application> = self
            .applications
            .iter()
            .filter(|a| a.date >= today)
            .collect();
        super::order::sort_by_key(&mut list, |a| (a.date, a.time, a.id));
        list
    }

    /// Sets the weekly search rhythm; both halves empty clears it.
    pub fn set_search_rhythm(&mut self, if_cue: &str, then_action: &str) -> Result<(), ModelError> {
        self.search_rhythm = Rhythm {
            if_cue: optional(Field::IfPart, if_cue, limits::MAX_NAME_CHARS)?,
            then_action: optional(Field::ThenPart, then_action, limits::MAX_NAME_CHARS)?,
        };
        Ok(())
    }

    /// Ticks or unticks a preparation checklist item by its key.
    pub fn set_prep_done(&mut self, key: &str, done: bool) {
        self.prep_done.retain(|k| k != key);
        if done && self.prep_done.len() < limits::MAX_PREP {
            self.prep_done
                .push(truncate_chars(key, limits::MAX_NAME_CHARS));
        }
    }

    /// True when a checklist item is ticked.
    pub fn is_prep_done(&self, key: &str) -> bool {
        self.prep_done.iter().any(|k| k == key)
    }
}

fn remove_by<T>(list: &mut Vec<T>, matches: impl Fn(&T) -> bool) -> Result<(), ModelError> {
    let before = list.len();
    list.retain(|item| !matches(item));
    if list.len() == before {
        Err(ModelError::NotFound)
    } else {
        Ok(())
    }
}

/// Shortens text to at most `max` characters, on a character boundary.
/// Longest name given to a skill gap made from a feedback point.
const SHORT_NAME_CHARS: usize = 48;

/// A short name for a skill gap made from a feedback point: its first clause, cut at a
/// word near [`SHORT_NAME_CHARS`].
pub fn short_skill_name(feedback: &str) -> String {
    let text = feedback.trim();
    let clause = text
        .split(['.', ';', ':', '!', '?', '(', '\n', '—', '–'])
        .map(str::trim)
        .find(|part| !part.is_empty())
        .unwrap_or(text);
    let clause = clause.split(", but ").next().unwrap_or(clause).trim();
    if clause.chars().count() <= SHORT_NAME_CHARS {
        return clause.to_string();
    }
    let mut name = String::new();
    for word in clause.split_whitespace() {
        if name.chars().count() + word.chars().count() + 1 > SHORT_NAME_CHARS - 1 {
            break;
        }
        if !name.is_empty() {
            name.push(' ');
        }
        name.push_str(word);
    }
    if name.is_empty() {
        name = truncate_chars(clause, SHORT_NAME_CHARS - 1);
    }
    name.push('…');
    name
}

pub fn truncate_chars(text: &str, max: usize) -> String {
    text.chars().take(max).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn skills_split_on_the_commas_of_every_script() {
        assert_eq!(
            split_skills("SQL, Figma; user research"),
            ["SQL", "Figma", "user research"]
        );
        assert_eq!(
            split_skills("بايثون، إكسل؛ تحليل"),
            ["بايثون", "إكسل", "تحليل"]
        );
        assert_eq!(split_skills("設計、開発"), ["設計", "開発"]);
        assert_eq!(split_skills("sql, SQL"), ["sql"]);
    }

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    fn today() -> NaiveDate {
        d(2026, 11, 25)
    }

    fn draft() -> RejectionDraft {
        RejectionDraft {
            company: " Acme ".into(),
            role: "Product designer".into(),
            contact_name: "Sam".into(),
            contact_email: "sam@acme.test".into(),
            stage: Stage::FinalRound,
            date: d(2026, 11, 24),
            channel: Channel::Email,
            message: "Thank you for your time…".into(),
        }
    }

    fn with_rejection() -> (Plan, Id) {
        let mut plan = Plan::default();
        let id = plan.record_rejection(&draft(), today(), false).unwrap();
        (plan, id)
    }

    fn feedback(text: &str, category: FeedbackCategory) -> FeedbackDraft {
        FeedbackDraft {
            text: text.into(),
            category,
            stage: Stage::FinalRound,
            certainty: Certainty::Fact,
        }
    }

    #[test]
    fn recording_a_rejection_trims_and_focuses_it() {
        let (plan, id) = with_rejection();
        let r = plan.current_rejection().unwrap();
        assert_eq!(r.id, id);
        assert_eq!(r.company, "Acme");
        assert_eq!(
            Messages::english().plain(&r.title()),
            "Product designer at Acme"
        );
        assert!(!r.is_ghosted());
        assert!(!plan.is_empty());
    }

    #[test]
    fn empty_names_are_refused() {
        let mut plan = Plan::default();
        let mut bad = draft();
        bad.company = "   ".into();
        assert_eq!(
            plan.record_rejection(&bad, today(), false),
            Err(ModelError::Empty(Field::Company))
        );
        bad.company = "x".repeat(limits::MAX_NAME_CHARS + 1);
        assert!(matches!(
            plan.record_rejection(&bad, today(), false),
            Err(ModelError::TooLong { .. })
        ));
        assert!(plan.is_empty());
    }

    #[test]
    fn a_future_rejection_date_is_questioned_then_accepted() {
        let mut plan = Plan::default();
        let mut future = draft();
        future.date = d(2026, 12, 1);
        assert!(matches!(
            plan.record_rejection(&future, today(), false),
            Err(ModelError::QuestionableDate(_))
        ));
        assert!(plan.record_rejection(&future, today(), true).is_ok());
    }

    #[test]
    fn later_rejections_keep_earlier_ones_and_take_focus() {
        let (mut plan, first) = with_rejection();
        let mut second = draft();
        second.company = "Globex".into();
        second.channel = Channel::Ghosted;
        let second = plan.record_rejection(&second, today(), false).unwrap();
        assert_eq!(plan.rejections.len(), 2);
        assert_eq!(plan.current_rejection().unwrap().id, second);
        assert!(plan.current_rejection().unwrap().is_ghosted());
        plan.focus_rejection(first).unwrap();
        assert_eq!(plan.current_rejection().unwrap().id, first);
        assert_eq!(
            plan.focus_rejection(Id::new(999)),
            Err(ModelError::NotFound)
        );
    }

    #[test]
    fn updating_a_rejection_keeps_its_feedback() {
        let (mut plan, id) = with_rejection();
        plan.add_feedback(
            id,
            &feedback("Be more concrete", FeedbackCategory::Communication),
        )
        .unwrap();
        let mut changed = draft();
        changed.role = "Senior designer".into();
        plan.update_rejection(id, &changed, today(), false).unwrap();
        let r = plan.rejection(id).unwrap();
        assert_eq!(r.role, "Senior designer");
        assert_eq!(r.feedback.len(), 1);
    }

    #[test]
    fn removing_a_rejection_unlinks_what_came_from_it() {
        let (mut plan, id) = with_rejection();
        let fb = plan
            .add_feedback(id, &feedback("SQL", FeedbackCategory::SkillsGap))
            .unwrap();
        let gap = plan
            .feedback_to_skill_gap(
                FeedbackRef {
                    rejection: id,
                    feedback: fb,
                },
                &Messages::english(),
            )
            .unwrap();
        plan.remove_rejection(id).unwrap();
        assert!(plan.rejections.is_empty());
        assert_eq!(plan.current, None);
        let gap = plan.skill_gaps.iter().find(|g| g.id == gap).unwrap();
        assert_eq!(gap.source, None);
    }

    #[test]
    fn request_tracking_follows_the_five_business_day_rule() {
        let (mut plan, id) = with_rejection();
        assert_eq!(
            plan.rejection(id).unwrap().request.status(),
            RequestStatus::NotSent
        );
        // Wed 25 Nov: follow-up due Wed 2 Dec.
        plan.mark_request_sent(id, today()).unwrap();
        let req = &plan.rejection(id).unwrap().request;
        assert_eq!(req.follow_up_due(), Some(d(2026, 12, 2)));
        assert_eq!(req.close_loop_due(), None);
        plan.mark_followed_up(id, d(2026, 12, 2)).unwrap();
        let req = &plan.rejection(id).unwrap().request;
        assert_eq!(req.follow_up_due(), None);
        assert_eq!(req.close_loop_due(), Some(d(2026, 12, 9)));
        plan.set_request_status(id, RequestStatus::Closed).unwrap();
        let req = &plan.rejection(id).unwrap().request;
        assert_eq!(req.close_loop_due(), None);
        plan.set_request_status(id, RequestStatus::NotSent).unwrap();
        assert_eq!(plan.rejection(id).unwrap().request.sent_on, None);
    }

    #[test]
    fn feedback_is_added_and_marks_the_request_answered() {
        let (mut plan, id) = with_rejection();
        plan.mark_request_sent(id, today()).unwrap();
        let fb = plan
            .add_feedback(
                id,
                &feedback("Answers were vague", FeedbackCategory::Communication),
            )
            .unwrap();
        let r = plan.rejection(id).unwrap();
        assert_eq!(r.feedback[0].id, fb);
        assert_eq!(r.request.status(), RequestStatus::Answered);
        assert_eq!(
            plan.add_feedback(id, &feedback(" ", FeedbackCategory::Other)),
            Err(ModelError::Empty(Field::Feedback))
        );
        plan.remove_feedback(id, fb).unwrap();
        assert!(plan.rejection(id).unwrap().feedback.is_empty());
        assert_eq!(plan.remove_feedback(id, fb), Err(ModelError::NotFound));
    }

    #[test]
    fn feedback_turns_into_a_linked_skill_gap_once() {
        let (mut plan, id) = with_rejection();
        let fb = plan
            .add_feedback(
                id,
                &feedback("Needs stronger SQL", FeedbackCategory::SkillsGap),
            )
            .unwrap();
        let source = FeedbackRef {
            rejection: id,
            feedback: fb,
        };
        let gap = plan
            .feedback_to_skill_gap(source, &Messages::english())
            .unwrap();
        assert_eq!(
            plan.feedback_to_skill_gap(source, &Messages::english())
                .unwrap(),
            gap
        );
        assert_eq!(plan.skill_gaps.len(), 1);
        let g = &plan.skill_gaps[0];
        assert_eq!(g.skill, "Needs stronger SQL");
        assert_eq!(g.source, Some(source));
        assert!(g.evidence.contains("Acme"));
        assert_eq!(g.category, SkillCategory::Technical);
        assert_eq!(
            plan.feedback(source).unwrap().outcome,
            Some(Outcome::SkillGap(gap))
        );
        plan.remove_skill_gap(gap).unwrap();
        assert_eq!(plan.feedback(source).unwrap().outcome, None);
    }

    #[test]
    fn a_check_in_can_be_deleted() {
        let mut plan = Plan::default();
        let day = NaiveDate::from_ymd_opt(2026, 12, 1).unwrap();
        plan.check_in_mood(day, 1, "rough").unwrap();
        plan.check_in_mood(day.succ_opt().unwrap(), 3, "").unwrap();
        plan.remove_check_in(day).unwrap();
        assert_eq!(plan.wellbeing.moods.len(), 1);
        assert_eq!(plan.remove_check_in(day), Err(ModelError::NotFound));
    }

    #[test]
    fn what_feedback_can_become_depends_on_its_category() {
        let (mut plan, id) = with_rejection();
        let convert = |plan: &mut Plan, category| {
            let fb = plan
                .add_feedback(id, &feedback("More hands-on SQL", category))
                .unwrap();
            let source = FeedbackRef {
                rejection: id,
                feedback: fb,
            };
            (
                plan.feedback_to_skill_gap(source, &Messages::english())
                    .map(|_| ()),
                plan.add_feedback(id, &feedback("More hands-on SQL", category))
                    .and_then(|fb| {
                        plan.feedback_to_search_change(
                            FeedbackRef {
                                rejection: id,
                                feedback: fb,
                            },
                            &Messages::english(),
                        )
                    })
                    .map(|_| ()),
            )
        };
        // The decision was theirs, but what it names can still be the person's to build.
        for category in [
            FeedbackCategory::StrongerCandidate,
            FeedbackCategory::RoleClosed,
        ] {
            assert!(!category.in_your_control());
            assert_eq!(convert(&mut plan, category), (Ok(()), Ok(())));
        }
        // Culture fit and pay are about fit: a search change, never a skill gap.
        for category in [FeedbackCategory::CultureFit, FeedbackCategory::Salary] {
            assert!(category.in_your_control());
            assert_eq!(
                convert(&mut plan, category),
                (Err(ModelError::NotASkill), Ok(()))
            );
        }
        assert_eq!(
            convert(&mut plan, FeedbackCategory::Preparation),
            (Ok(()), Ok(()))
        );
    }

    #[test]
    fn a_gap_made_from_feedback_gets_a_short_name() {
        assert_eq!(short_skill_name("Needs stronger SQL"), "Needs stronger SQL");
        assert_eq!(
            short_skill_name("Practise the case study. Also the intro."),
            "Practise the case study"
        );
        assert_eq!(
            short_skill_name("Your SQL was correct, but took longer than we hoped"),
            "Your SQL was correct"
        );
        let long = short_skill_name(
            "The panel wanted more examples of presenting findings to people outside the data team",
        );
        assert_eq!(long, "The panel wanted more examples of presenting…");
        assert!(long.chars().count() <= SHORT_NAME_CHARS);
        let (mut plan, id) = with_rejection();
        let text =
            "The panel wanted more examples of presenting findings to people outside the data team";
        let fb = plan
            .add_feedback(id, &feedback(text, FeedbackCategory::Communication))
            .unwrap();
        let gap = plan
            .feedback_to_skill_gap(
                FeedbackRef {
                    rejection: id,
                    feedback: fb,
                },
                &Messages::english(),
            )
            .unwrap();
        let gap = plan.skill_gaps.iter().find(|g| g.id == gap).unwrap();
        assert_eq!(gap.skill, long);
        assert!(
            gap.evidence.ends_with(text),
            "the whole point is kept as evidence"
        );
    }

    #[test]
    fn feedback_turns_into_a_linked_search_change() {
        let (mut plan, id) = with_rejection();
        let fb = plan
            .add_feedback(
                id,
                &feedback("Wanted more seniority", FeedbackCategory::SkillsGap),
            )
            .unwrap();
        let source = FeedbackRef {
            rejection: id,
            feedback: fb,
        };
        let change = plan
            .feedback_to_search_change(source, &Messages::english())
            .unwrap();
        assert_eq!(plan.search_changes[0].source, Some(source));
        assert!(plan.search_changes[0]
            .text
            .contains("Wanted more seniority"));
        assert_eq!(
            plan.feedback(source).unwrap().outcome,
            Some(Outcome::SearchChange(change))
        );
        plan.set_search_change_done(change, true).unwrap();
        assert!(plan.search_changes[0].done);
        plan.remove_search_change(change).unwrap();
        assert_eq!(plan.feedback(source).unwrap().outcome, None);
        assert_eq!(
            plan.feedback_to_search_change(
                FeedbackRef {
                    rejection: id,
                    feedback: Id::new(999)
                },
                &Messages::english()
            ),
            Err(ModelError::NotFound)
        );
    }

    #[test]
    fn reflection_and_profile_are_stored() {
        let (mut plan, id) = with_rejection();
        plan.set_reflection(id, Some(Cause::Level), "Aimed a bit high")
            .unwrap();
        assert_eq!(
            plan.rejection(id).unwrap().reflection.cause,
            Some(Cause::Level)
        );
        plan.set_profile("Figma, user research; figma,  , SQL", Some(Level::Mid));
        assert_eq!(plan.profile.skills, vec!["Figma", "user research", "SQL"]);
        assert_eq!(plan.profile.level, Some(Level::Mid));
        plan.set_name("  Alex ").unwrap();
        assert_eq!(plan.profile.name, "Alex");
    }

    #[test]
    fn roles_are_added_and_removed() {
        let mut plan = Plan::default();
        let id = plan
            .add_role(&RoleDraft {
                title: "UX designer".into(),
                area: "Fintech".into(),
                level: Level::Mid,
                requirements: "Figma, prototyping".into(),
            })
            .unwrap();
        assert_eq!(plan.roles[0].requirements, vec!["Figma", "prototyping"]);
        assert_eq!(
            plan.add_role(&RoleDraft {
                title: "".into(),
                area: "".into(),
                level: Level::Mid,
                requirements: "".into()
            }),
            Err(ModelError::Empty(Field::RoleTitle))
        );
        plan.remove_role(id).unwrap();
        assert!(plan.roles.is_empty());
        assert_eq!(plan.remove_role(id), Err(ModelError::NotFound));
    }

    #[test]
    fn skill_gaps_validate_levels_and_question_early_dates() {
        let (mut plan, _) = with_rejection();
        let mut gap = SkillGapDraft::named("SQL");
        gap.target_level = 6;
        assert_eq!(
            plan.add_skill_gap(&gap, false),
            Err(ModelError::OutOfRange(Field::TargetLevel))
        );
        gap.target_level = 4;
        gap.target_date = Some(d(2026, 11, 1));
        assert!(matches!(
            plan.add_skill_gap(&gap, false),
            Err(ModelError::QuestionableDate(_))
        ));
        let id = plan.add_skill_gap(&gap, true).unwrap();
        gap.skill = "Advanced SQL".into();
        plan.update_skill_gap(id, &gap, true).unwrap();
        assert_eq!(plan.skill_gaps[0].skill, "Advanced SQL");
        assert_eq!(plan.skill_gaps[0].status, GapStatus::NotStarted);
    }

    #[test]
    fn skill_gaps_sort_by_date_flag_overdue_and_show_progress() {
        let mut plan = Plan::default();
        for (name, date) in [
            ("Later", Some(d(2027, 1, 10))),
            ("Undated", None),
            ("Soon", Some(d(2026, 11, 20))),
        ] {
            let mut g = SkillGapDraft::named(name);
            g.target_date = date;
            g.if_cue = "it is Saturday morning".into();
            g.then_action = "do one module.".into();
            plan.add_skill_gap(&g, false).unwrap();
        }
        let names: Vec<&str> = plan
            .skill_gaps_by_date()
            .iter()
            .map(|g| g.skill.as_str())
            .collect();
        assert_eq!(names, vec!["Soon", "Later", "Undated"]);
        let soon = plan.skill_gaps_by_date()[0].clone();
        assert!(soon.is_overdue(today()));
        assert_eq!(soon.progress_percent(), 33);
        assert_eq!(
            Messages::english().plain(&soon.if_then().unwrap()),
            "If it is Saturday morning, then I do one module."
        );
        plan.set_gap_status(soon.id, GapStatus::Done).unwrap();
        let done = plan.skill_gaps.iter().find(|g| g.id == soon.id).unwrap();
        assert!(!done.is_overdue(today()));
        assert_eq!(done.progress_percent(), 100);
        assert_eq!(done.current_level, 3);
    }

    #[test]
    fn fun_is_planned_within_48_hours_and_completed() {
        let mut plan = Plan::default();
        let now = today().and_hms_opt(12, 0, 0).unwrap();
        let mut fun = FunDraft {
            what: "Climbing with Jo".into(),
            with_whom: "Jo".into(),
            when: now + chrono::Duration::hours(30),
            mood_before: Some(2),
        };
        let id = plan.plan_fun(&fun, now, false).unwrap();
        fun.when = now + chrono::Duration::days(5);
        assert!(matches!(
            plan.plan_fun(&fun, now, false),
            Err(ModelError::QuestionableDate(_))
        ));
        let later = now + chrono::Duration::days(3);
        plan.move_fun(id, later).unwrap();
        assert_eq!(plan.fun[0].when, later);
        assert_eq!(
            plan.move_fun(Id::new(999), later),
            Err(ModelError::NotFound)
        );
        plan.complete_fun(id, Some(4)).unwrap();
        assert!(plan.fun[0].done);
        assert_eq!(plan.fun[0].mood_after, Some(4));
        assert_eq!(
            plan.complete_fun(id, Some(9)),
            Err(ModelError::OutOfRange(Field::Mood))
        );
        plan.remove_fun(id).unwrap();
        assert!(plan.fun.is_empty());
    }

    #[test]
    fn one_mood_check_in_per_day() {
        let mut plan = Plan::default();
        plan.check_in_mood(today(), 2, "").unwrap();
        plan.check_in_mood(today(), 3, "better").unwrap();
        plan.check_in_mood(d(2026, 11, 23), 1, "").unwrap();
        let moods = &plan.wellbeing.moods;
        assert_eq!(moods.len(), 2);
        assert_eq!(moods[0].date, d(2026, 11, 23));
        assert_eq!(moods[1].mood, 3);
        assert_eq!(
            plan.check_in_mood(today(), 0, ""),
            Err(ModelError::OutOfRange(Field::Mood))
        );
    }

    #[test]
    fn recovery_tools_record_and_remove() {
        let mut plan = Plan::default();
        let r = plan
            .add_reframe(today(), "I always fail", "I reached the final round")
            .unwrap();
        assert_eq!(
            plan.add_reframe(today(), "x", " "),
            Err(ModelError::Empty(Field::KinderView))
        );
        let w = plan
            .add_went_well(today(), "Good chat with the panel")
            .unwrap();
        plan.set_setback_plan("Call Jo, then a walk").unwrap();
        assert_eq!(plan.wellbeing.setback_plan, "Call Jo, then a walk");
        plan.remove_reframe(r).unwrap();
        plan.remove_went_well(w).unwrap();
        assert!(plan.wellbeing.reframes.is_empty() && plan.wellbeing.went_well.is_empty());
    }

    #[test]
    fn applications_in_the_past_are_questioned_and_upcoming_are_sorted() {
        let mut plan = Plan::default();
        let app = |company: &str, date| ApplicationDraft {
            company: company.into(),
            role: "Designer".into(),
            kind: AppKind::Interview,
            date,
            time: None,
            note: String::new(),
        };
        assert!(matches!(
            plan.add_application(&app("Old", d(2026, 11, 1)), today(), false),
            Err(ModelError::QuestionableDate(_))
        ));
        plan.add_application(&app("Old", d(2026, 11, 1)), today(), true)
            .unwrap();
        plan.add_application(&app("Later", d(2026, 12, 20)), today(), false)
            .unwrap();
        let soon = plan
            .add_application(&app("Soon", d(2026, 11, 30)), today(), false)
            .unwrap();
        let names: Vec<&str> = plan
            .upcoming(today())
            .iter()
            .map(|a| a.company.as_str())
            .collect();
        assert_eq!(names, vec!["Soon", "Later"]);
        plan.remove_application(soon).unwrap();
        assert_eq!(plan.upcoming(today()).len(), 1);
    }

    #[test]
    fn the_weekly_rhythm_is_an_if_then_plan() {
        let mut plan = Plan::default();
        plan.set_search_rhythm(
            " it is Monday morning ",
            "read new adverts and apply to one.",
        )
        .unwrap();
        assert_eq!(
            Messages::english().plain(&plan.search_rhythm.sentence().unwrap()),
            "If it is Monday morning, then I read new adverts and apply to one."
        );
        assert!(!plan.is_empty());
        assert!(matches!(
            plan.set_search_rhythm(&"x".repeat(limits::MAX_NAME_CHARS + 1), "y"),
            Err(ModelError::TooLong { .. })
        ));
        plan.set_search_rhythm("", "").unwrap();
        assert!(plan.search_rhythm.is_empty() && plan.is_empty());
        plan.set_search_rhythm("it is Monday", "").unwrap();
        assert_eq!(plan.search_rhythm.sentence(), None);
    }

    #[test]
    fn prep_items_tick_and_untick() {
        let mut plan = Plan::default();
        plan.set_prep_done("std:research", true);
        plan.set_prep_done("std:research", true);
        assert!(plan.is_prep_done("std:research"));
        assert_eq!(plan.prep_done.len(), 1);
        plan.set_prep_done("std:research", false);
        assert!(!plan.is_prep_done("std:research"));
    }

    #[test]
    fn a_plan_id_is_32_hex_digits_and_given_only_once() {
        let id = PlanId::from_random([0xab; 16]);
        assert_eq!(id.as_str(), "ab".repeat(16));
        assert_eq!(PlanId::try_from(id.as_str().to_string()), Ok(id.clone()));
        for bad in [
            String::new(),
            "AB".repeat(16),
            "g".repeat(32),
            "a".repeat(31),
            "a".repeat(33),
            format!("{}-", "a".repeat(31)),
        ] {
            assert_eq!(PlanId::try_from(bad), Err(BadPlanId));
        }
        let mut plan = Plan::default();
        assert!(plan.ensure_id(id.clone()));
        assert!(plan.is_empty(), "an id alone records nothing");
        assert!(!plan.ensure_id(PlanId::from_random([1; 16])));
        assert_eq!(plan.id, Some(id));
    }

    #[test]
    fn ids_are_never_reused() {
        let (mut plan, first) = with_rejection();
        plan.remove_rejection(first).unwrap();
        let second = plan.record_rejection(&draft(), today(), false).unwrap();
        assert_ne!(first, second);
    }

    #[test]
    fn writing_is_up_to_four_sessions_on_different_days_for_each_rejection() {
        let (mut plan, first) = with_rejection();
        let day = |n: u32| d(2026, 11, 20 + n);
        let about = |plan: &Plan, r| plan.writing_about(r).map(|s| s.date).collect::<Vec<_>>();
        plan.write_out(first, day(0), "It hurt more than I expected")
            .unwrap();
        plan.write_out(first, day(0), "It hurt more than I expected, because")
            .unwrap();
        assert_eq!(plan.wellbeing.writing.len(), 1);
        // Nothing written is no session.
        plan.write_out(first, day(1), "  ").unwrap();
        assert_eq!(plan.wellbeing.writing.len(), 1);
        for n in [3, 1, 2] {
            plan.write_out(first, day(n), "more").unwrap();
        }
        assert_eq!(about(&plan, first), vec![day(0), day(1), day(2), day(3)]);
        assert_eq!(
            plan.write_out(first, day(4), "a fifth day"),
            Err(ModelError::WritingDone(4))
        );
        // Another no has four sessions of its own, on the same days too.
        let second = plan.record_rejection(&draft(), today(), false).unwrap();
        plan.write_out(second, day(0), "This one too").unwrap();
        assert_eq!(about(&plan, second), vec![day(0)]);
        assert_eq!(
            plan.write_out(Id::new(999), day(0), "gone"),
            Err(ModelError::NotFound)
        );
        // A day already written can still be added to, or emptied.
        plan.write_out(first, day(3), "more, and more").unwrap();
        plan.write_out(first, day(3), "").unwrap();
        assert_eq!(about(&plan, first).len(), 3);
        plan.write_out(first, day(4), "now there is room").unwrap();
        assert!(matches!(
            plan.write_out(first, day(4), &"x".repeat(limits::MAX_WRITING_CHARS + 1)),
            Err(ModelError::TooLong { .. })
        ));
        plan.remove_writing(Some(first), day(0)).unwrap();
        assert_eq!(
            plan.remove_writing(Some(first), day(0)),
            Err(ModelError::NotFound)
        );
        assert_eq!(
            about(&plan, second),
            vec![day(0)],
            "the other no's writing stays"
        );
        let mut checked = plan.clone();
        crate::core::validate::validate(&mut checked).unwrap();
        assert_eq!(checked, plan);
    }

    #[test]
    fn the_slate_is_wiped_for_one_rejection() {
        let (mut plan, first) = with_rejection();
        let second = plan.record_rejection(&draft(), today(), false).unwrap();
        plan.wipe_slate(first, today()).unwrap();
        assert_eq!(plan.rejection(first).unwrap().slate_wiped_on, Some(today()));
        assert_eq!(plan.rejection(second).unwrap().slate_wiped_on, None);
        assert_eq!(
            plan.wipe_slate(Id::new(999), today()),
            Err(ModelError::NotFound)
        );
    }

    /// Formats 1 to 3 kept one set of writing and one moment for the whole plan; they
    /// go to the rejection in focus, or stay unfiled when there is none.
    #[test]
    fn writing_and_the_moment_of_an_older_plan_go_to_the_rejection_in_focus() {
        let (mut plan, first) = with_rejection();
        let second = plan.record_rejection(&draft(), today(), false).unwrap();
        plan.focus_rejection(first).unwrap();
        plan.wellbeing.writing.push(WritingSession {
            date: today(),
            text: "old".into(),
            rejection: None,
        });
        plan.wellbeing.legacy_slate = Some(today());
        plan.file_under_focus();
        assert_eq!(plan.wellbeing.writing[0].rejection, Some(first));
        assert_eq!(plan.rejection(first).unwrap().slate_wiped_on, Some(today()));
        assert_eq!(plan.rejection(second).unwrap().slate_wiped_on, None);
        assert_eq!(plan.wellbeing.legacy_slate, None);

        let mut alone = Plan::default();
        alone.wellbeing.writing.push(WritingSession {
            date: today(),
            text: "before any no was recorded".into(),
            rejection: None,
        });
        alone.file_under_focus();
        assert_eq!(alone.wellbeing.writing[0].rejection, None, "kept, unfiled");
    }

    #[test]
    fn drafts_keep_typed_text_until_cleared_and_never_refuse() {
        let mut plan = Plan::default();
        let what = Form::NewFun.key("what");
        let with = Form::NewFun.key("with");
        let skill = Form::EditGap(Id::new(7)).key("skill");
        plan.set_draft(&what, "A walk");
        plan.set_draft(&with, "Jo\u{0}");
        assert_eq!(plan.draft(&what), Some("A walk"));
        assert_eq!(plan.draft(&with), Some("Jo"));
        // Drafts alone are not a plan: nothing has been recorded.
        assert!(plan.is_empty());
        plan.set_draft(&what, "");
        assert_eq!(plan.draft(&what), None);
        plan.set_draft(&skill, "SQL");
        plan.clear_drafts(Form::NewFun);
        assert_eq!(plan.drafts.len(), 1);
        let long = Form::NewReframe.key("thought");
        plan.set_draft(&long, &"x".repeat(limits::MAX_DRAFT_CHARS + 5));
        assert_eq!(
            plan.draft(&long).map(|t| t.chars().count()),
            Some(limits::MAX_DRAFT_CHARS)
        );
        let numbered = |i: usize| Form::NewRole.key(&format!("k{i}"));
        for i in 0..limits::MAX_DRAFTS + 3 {
            plan.set_draft(&numbered(i), "x");
        }
        assert_eq!(plan.drafts.len(), limits::MAX_DRAFTS);
        assert_eq!(plan.draft(&skill), None);
        assert_eq!(plan.draft(&numbered(limits::MAX_DRAFTS + 2)), Some("x"));
        let mut checked = plan.clone();
        crate::core::validate::validate(&mut checked).unwrap();
        // Stored as a JSON object, in the order written, and read back the same.
        let json = serde_json::to_string(&plan.drafts).unwrap();
        assert!(json.starts_with(r#"{"role.new.k3":"x","role.new.k4":"x"#));
        assert_eq!(serde_json::from_str::<Drafts>(&json).unwrap(), plan.drafts);
        // A plan without drafts is written without the field.
        assert!(!serde_json::to_string(&Plan::default())
            .unwrap()
            .contains("drafts"));
    }

    #[test]
    fn choices_round_trip_through_slugs() {
        for c in FeedbackCategory::ALL {
            assert_eq!(FeedbackCategory::from_slug(c.slug()), Some(*c));
        }
        assert_eq!(FeedbackCategory::ALL.len(), 10);
        assert_eq!(Stage::from_slug("nope"), None);
    }
}
