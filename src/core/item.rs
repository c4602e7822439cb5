//! The naming spine: how the plan's items are named and how one item points at another.
//!
//! Every item of a plan has an [`Id`]; [`ItemRef`] names any item, whatever its kind. The
//! strings built from them (checklist keys such as `gap:7`, draft keys such as
//! `gap.7.skill`, reply references such as `g7`, and the text a review's fingerprint is
//! made of) are each built and read here and nowhere else, so an id that moves (two tabs
//! handing out the same one, "Keep both") moves in all of them alike.
//!
//! The strings are stored and sent as they always were: a change here is a change of
//! format, pinned by the fixtures in `tests/fixtures/` and the tests below.

use serde::{Deserialize, Serialize};
use thiserror::Error;

/// Identifies an item within one plan. Ids are never reused inside a plan. Stored as a
/// plain number.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default, Serialize, Deserialize,
)]
#[serde(transparent)]
pub struct Id(u32);

impl Id {
    /// The id numbered `n`.
    pub const fn new(n: u32) -> Self {
        Id(n)
    }

    /// Its number.
    pub const fn get(self) -> u32 {
        self.0
    }

    /// The id after this one (the same at the very last).
    pub const fn next(self) -> Self {
        Id(self.0.saturating_add(1))
    }

    /// Reads an id written by [`Display`](std::fmt::Display), and nothing else: "+7" or
    /// "07" would read back as another text.
    fn parse_canonical(text: &str) -> Option<Id> {
        let canonical = !text.is_empty()
            && text.bytes().all(|b| b.is_ascii_digit())
            && (text == "0" || !text.starts_with('0'));
        canonical.then(|| text.parse().ok().map(Id)).flatten()
    }
}

impl std::fmt::Display for Id {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.0.fmt(f)
    }
}

/// Reads the number [`Display`](std::fmt::Display) writes.
impl std::str::FromStr for Id {
    type Err = std::num::ParseIntError;

    fn from_str(text: &str) -> Result<Self, Self::Err> {
        text.parse().map(Id)
    }
}

/// A plan's own random id, made once per plan and kept wherever the plan goes (the stored
/// record, backups, links). Calendar events carry it in their UIDs, so events from two
/// plans never take each other's place. Written as 32 lowercase hex digits (128 bits).
///
/// The core makes no random numbers: the browser passes the random bytes in.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Deserialize)]
#[serde(try_from = "String")]
pub struct PlanId(String);

/// Text that is not 32 lowercase hex digits.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Error)]
#[error("not a plan id")]
pub struct BadPlanId;

impl PlanId {
    /// The id written from 16 random bytes.
    pub fn from_random(bytes: [u8; 16]) -> Self {
        PlanId(bytes.iter().map(|b| format!("{b:02x}")).collect())
    }

    /// Its 32 hex digits.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl TryFrom<String> for PlanId {
    type Error = BadPlanId;

    fn try_from(text: String) -> Result<Self, BadPlanId> {
        let hex = |b: u8| b.is_ascii_digit() || (b'a'..=b'f').contains(&b);
        if text.len() == 32 && text.bytes().all(hex) {
            Ok(PlanId(text))
        } else {
            Err(BadPlanId)
        }
    }
}

impl Serialize for PlanId {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&self.0)
    }
}

/// Where an item came from: a feedback item of a rejection.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FeedbackRef {
    pub rejection: Id,
    pub feedback: Id,
}

impl FeedbackRef {
    /// The same reference with both ids moved by `to`; `None` when one has no new place.
    pub fn moved(self, to: &impl Fn(Id) -> Option<Id>) -> Option<FeedbackRef> {
        Some(FeedbackRef {
            rejection: to(self.rejection)?,
            feedback: to(self.feedback)?,
        })
    }
}

/// Any item of a plan: what a reviewer's comment is about, or what an accepted suggestion
/// became.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", deny_unknown_fields)]
pub enum ItemRef {
    Rejection(Id),
    Feedback(FeedbackRef),
    Role(Id),
    SearchChange(Id),
    SkillGap(Id),
    Fun(Id),
    /// The plan for the next setback (there is one).
    SetbackPlan,
    Application(Id),
    /// A preparation checklist item, by its checklist key (see [`PrepKey`]).
    Prep(String),
}

impl ItemRef {
    /// The same reference with its ids moved by `to`; `None` when an id has no new place.
    pub fn moved(&self, to: &impl Fn(Id) -> Option<Id>) -> Option<ItemRef> {
        Some(match self {
            ItemRef::Rejection(id) => ItemRef::Rejection(to(*id)?),
            ItemRef::Feedback(s) => ItemRef::Feedback(s.moved(to)?),
            ItemRef::Role(id) => ItemRef::Role(to(*id)?),
            ItemRef::SearchChange(id) => ItemRef::SearchChange(to(*id)?),
            ItemRef::SkillGap(id) => ItemRef::SkillGap(to(*id)?),
            ItemRef::Fun(id) => ItemRef::Fun(to(*id)?),
            ItemRef::SetbackPlan => ItemRef::SetbackPlan,
            ItemRef::Application(id) => ItemRef::Application(to(*id)?),
            ItemRef::Prep(key) => ItemRef::Prep(PrepKey::parse(key).moved(to)?.to_string()),
        })
    }

    /// The reference as a reply link writes it: a letter, then the id (`g7`), two ids for
    /// feedback (`f3.4`), nothing for the setback plan (`b`), a checklist key after `p`.
    pub fn to_reply_text(&self) -> String {
        match self {
            ItemRef::Rejection(id) => format!("r{id}"),
            ItemRef::Feedback(s) => format!("f{}.{}", s.rejection, s.feedback),
            ItemRef::Role(id) => format!("o{id}"),
            ItemRef::SearchChange(id) => format!("c{id}"),
            ItemRef::SkillGap(id) => format!("g{id}"),
            ItemRef::Fun(id) => format!("u{id}"),
            ItemRef::SetbackPlan => "b".to_string(),
            ItemRef::Application(id) => format!("a{id}"),
            ItemRef::Prep(key) => format!("p{key}"),
        }
    }

    /// Reads what [`ItemRef::to_reply_text`] writes, and nothing else.
    pub fn from_reply_text(text: &str) -> Option<ItemRef> {
        let mut chars = text.chars();
        let kind = chars.next()?;
        let rest = chars.as_str();
        let id = Id::parse_canonical;
        Some(match kind {
            'r' => ItemRef::Rejection(id(rest)?),
            'f' => {
                let (rejection, feedback) = rest.split_once('.')?;
                ItemRef::Feedback(FeedbackRef {
                    rejection: id(rejection)?,
                    feedback: id(feedback)?,
                })
            }
            'o' => ItemRef::Role(id(rest)?),
            'c' => ItemRef::SearchChange(id(rest)?),
            'g' => ItemRef::SkillGap(id(rest)?),
            'u' => ItemRef::Fun(id(rest)?),
            'b' if rest.is_empty() => ItemRef::SetbackPlan,
            'a' => ItemRef::Application(id(rest)?),
            'p' if !rest.is_empty() => ItemRef::Prep(rest.to_string()),
            _ => return None,
        })
    }

    /// The text a review's fingerprint is made of, for this reference. It is spelled out
    /// here, kind by kind, so that renaming a variant or a type can never change it (and
    /// with it every stored review's verdict on whether the plan changed since). The
    /// spelling is the one fingerprints have always used.
    pub fn fingerprint_text(&self) -> String {
        match self {
            ItemRef::Rejection(id) => format!("Rejection(Id({id}))"),
            ItemRef::Feedback(s) => format!(
                "Feedback(FeedbackRef {{ rejection: Id({}), feedback: Id({}) }})",
                s.rejection, s.feedback
            ),
            ItemRef::Role(id) => format!("Role(Id({id}))"),
            ItemRef::SearchChange(id) => format!("SearchChange(Id({id}))"),
            ItemRef::SkillGap(id) => format!("SkillGap(Id({id}))"),
            ItemRef::Fun(id) => format!("Fun(Id({id}))"),
            ItemRef::SetbackPlan => "SetbackPlan".to_string(),
            ItemRef::Application(id) => format!("Application(Id({id}))"),
            ItemRef::Prep(key) => format!("Prep({key:?})"),
        }
    }
}

/// The key of a preparation checklist item: the basic items by name (`basic:research`),
/// the others by the item they come from (`feedback:3`, `gap:7`, `own:12`). Reading is
/// total: a key of a kind this version does not know is kept as it was.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum PrepKey {
    Basic(String),
    Feedback(Id),
    Gap(Id),
    Own(Id),
    Other(String),
}

impl PrepKey {
    /// Reads a key as [`Display`](std::fmt::Display) writes it.
    pub fn parse(key: &str) -> PrepKey {
        let id_key = |make: fn(Id) -> PrepKey, id: &str| {
            Id::parse_canonical(id).map_or_else(|| PrepKey::Other(key.to_string()), make)
        };
        match key.split_once(':') {
            Some(("basic", name)) => PrepKey::Basic(name.to_string()),
            Some(("feedback", id)) => id_key(PrepKey::Feedback, id),
            Some(("gap", id)) => id_key(PrepKey::Gap, id),
            Some(("own", id)) => id_key(PrepKey::Own, id),
            _ => PrepKey::Other(key.to_string()),
        }
    }

    /// The item id in the key, if it has one.
    pub fn id(&self) -> Option<Id> {
        match self {
            PrepKey::Feedback(id) | PrepKey::Gap(id) | PrepKey::Own(id) => Some(*id),
            PrepKey::Basic(_) | PrepKey::Other(_) => None,
        }
    }

    /// The key with its id moved by `to`; `None` when the id has no new place. Keys
    /// without an id stay as they are.
    pub fn moved(self, to: &impl Fn(Id) -> Option<Id>) -> Option<PrepKey> {
        Some(match self {
            PrepKey::Feedback(id) => PrepKey::Feedback(to(id)?),
            PrepKey::Gap(id) => PrepKey::Gap(to(id)?),
            PrepKey::Own(id) => PrepKey::Own(to(id)?),
            other => other,
        })
    }
}

impl std::fmt::Display for PrepKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            PrepKey::Basic(name) => write!(f, "basic:{name}"),
            PrepKey::Feedback(id) => write!(f, "feedback:{id}"),
            PrepKey::Gap(id) => write!(f, "gap:{id}"),
            PrepKey::Own(id) => write!(f, "own:{id}"),
            PrepKey::Other(key) => f.write_str(key),
        }
    }
}

/// A form whose typed text is kept in the plan's drafts until it is saved.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Form {
    /// Start: a new rejection (`rejection.new.`).
    NewRejection,
    /// Start: changing a recorded rejection (`rejection.<id>.edit.`).
    EditRejection(Id),
    /// Feedback: the request for a rejection, its options and edits
    /// (`rejection.<id>.request.`).
    Request(Id),
    /// Feedback: a new feedback point on a rejection (`rejection.<id>.feedback.`).
    NewFeedback(Id),
    /// Skills: which gap is open for editing (`gap.editing`, whose value is an id).
    SkillsScreen,
    /// Skills: a new skill gap (`gap.new.`).
    NewGap,
    /// Skills: changing a skill gap (`gap.<id>.`).
    EditGap(Id),
    /// Fun: a new plan (`fun.new.`).
    NewFun,
    /// Fun: how a plan went, or a new time for it (`fun.<id>.`).
    FunAfter(Id),
    /// Search: skills and level (`profile.`).
    Profile,
    /// Search: a new target role (`role.new.`).
    NewRole,
    /// Search: a new change to the search (`change.new.`).
    NewSearchChange,
    /// Stay positive: today's check-in (`checkin.`).
    CheckIn,
    /// Stay positive: a new reframed thought (`reframe.new.`).
    NewReframe,
    /// Stay positive: a new "went well" note (`went_well.new.`).
    NewWentWell,
    /// Stay positive: the setback plan (`setback.`).
    SetbackPlan,
    /// Next job: the weekly rhythm (`rhythm.`).
    Rhythm,
    /// Next job: a new application or interview (`application.new.`).
    NewApplication,
}

/// The forms whose prefix is a single word, then the field.
const PLAIN_FORMS: [(Form, &str); 5] = [
    (Form::Profile, "profile"),
    (Form::CheckIn, "checkin"),
    (Form::SetbackPlan, "setback"),
    (Form::Rhythm, "rhythm"),
    (Form::SkillsScreen, "gap"),
];

/// The forms for a new item: a word, `new`, then the field.
const NEW_FORMS: [(Form, &str); 8] = [
    (Form::NewRejection, "rejection"),
    (Form::NewGap, "gap"),
    (Form::NewFun, "fun"),
    (Form::NewRole, "role"),
    (Form::NewSearchChange, "change"),
    (Form::NewReframe, "reframe"),
    (Form::NewWentWell, "went_well"),
    (Form::NewApplication, "application"),
];

impl Form {
    /// The start every draft key of this form shares, up to and including the dot before
    /// the field: what the plan forgets of a form when it is saved or cancelled.
    pub fn prefix(self) -> String {
        let word = |table: &[(Form, &'static str)]| {
            table
                .iter()
                .find(|(f, _)| *f == self)
                .map_or("", |(_, w)| *w)
        };
        match self {
            Form::EditRejection(id) => format!("rejection.{id}.edit."),
            Form::Request(id) => format!("rejection.{id}.request."),
            Form::NewFeedback(id) => format!("rejection.{id}.feedback."),
            Form::EditGap(id) => format!("gap.{id}."),
            Form::FunAfter(id) => format!("fun.{id}."),
            Form::Profile
            | Form::CheckIn
            | Form::SetbackPlan
            | Form::Rhythm
            | Form::SkillsScreen => {
                format!("{}.", word(&PLAIN_FORMS))
            }
            Form::NewRejection
            | Form::NewGap
            | Form::NewFun
            | Form::NewRole
            | Form::NewSearchChange
            | Form::NewReframe
            | Form::NewWentWell
            | Form::NewApplication => format!("{}.new.", word(&NEW_FORMS)),
        }
    }

    /// The draft key of one of this form's fields.
    pub fn key(self, field: &str) -> DraftKey {
        DraftKey {
            form: self,
            field: field.to_string(),
        }
    }

    /// The item this form is about, if any.
    pub fn id(self) -> Option<Id> {
        match self {
            Form::EditRejection(id)
            | Form::Request(id)
            | Form::NewFeedback(id)
            | Form::EditGap(id)
            | Form::FunAfter(id) => Some(id),
            _ => None,
        }
    }

    /// The same form with its id moved by `to`; `None` when it has no new place.
    pub fn moved(self, to: &impl Fn(Id) -> Option<Id>) -> Option<Form> {
        Some(match self {
            Form::EditRejection(id) => Form::EditRejection(to(id)?),
            Form::Request(id) => Form::Request(to(id)?),
            Form::NewFeedback(id) => Form::NewFeedback(to(id)?),
            Form::EditGap(id) => Form::EditGap(to(id)?),
            Form::FunAfter(id) => Form::FunAfter(to(id)?),
            other => other,
        })
    }
}

/// Where one field's typed text is kept among the plan's drafts: a form and a field of
/// it, written `<form prefix><field>` (`gap.7.skill`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct DraftKey {
    pub form: Form,
    pub field: String,
}

impl DraftKey {
    /// The key that says which skill gap is open for editing; its value is an id.
    pub fn gap_editing() -> DraftKey {
        Form::SkillsScreen.key("editing")
    }

    /// Reads a key as [`Display`](std::fmt::Display) writes it; `None` for a key no
    /// form of this version writes.
    pub fn parse(key: &str) -> Option<DraftKey> {
        let (word, rest) = key.split_once('.')?;
        let field = |form: Form, field: &str| {
            (!field.is_empty()).then(|| DraftKey {
                form,
                field: field.to_string(),
            })
        };
        if let Some(rest) = rest.strip_prefix("new.") {
            let (form, _) = NEW_FORMS.iter().find(|(_, w)| *w == word)?;
            return field(*form, rest);
        }
        if let Some((id, rest)) = rest.split_once('.') {
            if let Some(id) = Id::parse_canonical(id) {
                let form = match word {
                    "rejection" => {
                        let (part, rest) = rest.split_once('.')?;
                        let form = match part {
                            "edit" => Form::EditRejection(id),
                            "request" => Form::Request(id),
                            "feedback" => Form::NewFeedback(id),
                            _ => return None,
                        };
                        return field(form, rest);
                    }
                    "gap" => Form::EditGap(id),
                    "fun" => Form::FunAfter(id),
                    _ => return None,
                };
                return field(form, rest);
            }
        }
        let (form, _) = PLAIN_FORMS.iter().find(|(_, w)| *w == word)?;
        let key = field(*form, rest)?;
        // `gap.` alone is the skills screen's own key; a gap form's keys carry `new` or an id.
        (*form != Form::SkillsScreen || key == DraftKey::gap_editing()).then_some(key)
    }

    /// True when the draft's value is an item id (it moves with the item).
    pub fn holds_id(&self) -> bool {
        *self == DraftKey::gap_editing()
    }

    /// The same key with its form's id moved by `to`; `None` when it has no new place.
    pub fn moved(self, to: &impl Fn(Id) -> Option<Id>) -> Option<DraftKey> {
        Some(DraftKey {
            form: self.form.moved(to)?,
            field: self.field,
        })
    }
}

impl std::fmt::Display for DraftKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}{}", self.form.prefix(), self.field)
    }
}

impl From<DraftKey> for String {
    fn from(key: DraftKey) -> String {
        key.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn id(n: u32) -> Id {
        Id::new(n)
    }

    #[test]
    fn every_form_writes_the_draft_keys_it_always_wrote_and_reads_them_back() {
        let cases = [
            (Form::NewRejection.key("company"), "rejection.new.company"),
            (
                Form::EditRejection(id(3)).key("role"),
                "rejection.3.edit.role",
            ),
            (
                Form::Request(id(3)).key("keep_in_mind"),
                "rejection.3.request.keep_in_mind",
            ),
            (
                Form::NewFeedback(id(3)).key("text"),
                "rejection.3.feedback.text",
            ),
            (DraftKey::gap_editing(), "gap.editing"),
            (Form::NewGap.key("skill"), "gap.new.skill"),
            (Form::EditGap(id(7)).key("skill"), "gap.7.skill"),
            (Form::NewFun.key("what"), "fun.new.what"),
            (Form::FunAfter(id(9)).key("mood_after"), "fun.9.mood_after"),
            (Form::Profile.key("skills"), "profile.skills"),
            (Form::NewRole.key("title"), "role.new.title"),
            (Form::NewSearchChange.key("text"), "change.new.text"),
            (Form::CheckIn.key("mood"), "checkin.mood"),
            (Form::NewReframe.key("thought"), "reframe.new.thought"),
            (Form::NewWentWell.key("text"), "went_well.new.text"),
            (Form::SetbackPlan.key("text"), "setback.text"),
            (Form::Rhythm.key("if"), "rhythm.if"),
            (
                Form::NewApplication.key("company"),
                "application.new.company",
            ),
        ];
        for (key, text) in cases {
            assert_eq!(key.to_string(), text);
            assert!(text.starts_with(&key.form.prefix()), "{text}");
            assert_eq!(DraftKey::parse(text), Some(key), "{text}");
        }
        for unknown in [
            "",
            "gap",
            "gap.",
            "gap.skill",
            "gap.07.skill",
            "rejection.3.x.y",
            "nope.new.a",
            "fun.new.",
        ] {
            assert_eq!(DraftKey::parse(unknown), None, "{unknown}");
        }
    }

    #[test]
    fn draft_keys_move_with_their_item() {
        let to = |i: Id| (i == id(7)).then_some(id(70)).or(Some(i));
        let key = DraftKey::parse("gap.7.skill").unwrap().moved(&to).unwrap();
        assert_eq!(key.to_string(), "gap.70.skill");
        let gone = |_: Id| None;
        assert_eq!(Form::EditGap(id(7)).key("skill").moved(&gone), None);
        assert_eq!(
            Form::NewGap.key("skill").moved(&gone),
            Some(Form::NewGap.key("skill"))
        );
        assert!(DraftKey::gap_editing().holds_id());
        assert!(!Form::NewGap.key("skill").holds_id());
    }

    #[test]
    fn checklist_keys_read_back_as_written_and_unknown_ones_are_kept() {
        for key in [
            "basic:research",
            "basic:learning",
            "feedback:3",
            "gap:7",
            "own:12",
        ] {
            assert_eq!(PrepKey::parse(key).to_string(), key);
        }
        assert_eq!(PrepKey::parse("gap:7"), PrepKey::Gap(id(7)));
        for odd in ["gap:07", "gap:x", "later:5", "plain"] {
            assert_eq!(PrepKey::parse(odd), PrepKey::Other(odd.into()));
            assert_eq!(PrepKey::parse(odd).to_string(), odd);
        }
        let to = |i: Id| Some(Id::new(i.get() * 2));
        assert_eq!(
            PrepKey::parse("gap:8").moved(&to).unwrap().to_string(),
            "gap:16"
        );
        assert_eq!(
            PrepKey::parse("basic:research")
                .moved(&|_| None)
                .unwrap()
                .to_string(),
            "basic:research"
        );
        assert_eq!(PrepKey::parse("gap:8").moved(&|_| None), None);
    }

    #[test]
    fn fingerprint_text_is_spelled_out_as_it_always_was() {
        let cases = [
            (ItemRef::Rejection(id(1)), "Rejection(Id(1))"),
            (
                ItemRef::Feedback(FeedbackRef {
                    rejection: id(1),
                    feedback: id(2),
                }),
                "Feedback(FeedbackRef { rejection: Id(1), feedback: Id(2) })",
            ),
            (ItemRef::Role(id(3)), "Role(Id(3))"),
            (ItemRef::SearchChange(id(4)), "SearchChange(Id(4))"),
            (ItemRef::SkillGap(id(5)), "SkillGap(Id(5))"),
            (ItemRef::Fun(id(6)), "Fun(Id(6))"),
            (ItemRef::SetbackPlan, "SetbackPlan"),
            (ItemRef::Application(id(8)), "Application(Id(8))"),
            (
                ItemRef::Prep("basic:research".into()),
                "Prep(\"basic:research\")",
            ),
        ];
        for (item, text) in cases {
            assert_eq!(item.fingerprint_text(), text);
        }
    }
}
