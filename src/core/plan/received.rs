//! Reviews received into the plan, and the checklist items of the person's own that
//! accepted suggestions become: plan data, stored with the rest of the plan. How a review
//! is written, sent and received is in [`crate::core::review`].

use serde::{Deserialize, Serialize};

use super::{optional, required, required_text, Field, Level, Method, ModelError};
use crate::core::item::{BadPlanId, Id, ItemRef, PlanId, PrepKey};
use crate::core::limits;
use crate::core::words::{Arg, Key, Phrase};

/// A review's own random id (32 lowercase hex digits), so one reply opened twice is
/// received once, and two rounds from one person are two reviews.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct ReviewId(String);

impl ReviewId {
    /// The id written from 16 random bytes (from the browser).
    pub fn from_random(bytes: [u8; 16]) -> Self {
        ReviewId(bytes.iter().map(|b| format!("{b:02x}")).collect())
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl TryFrom<String> for ReviewId {
    type Error = BadPlanId;

    fn try_from(text: String) -> Result<Self, BadPlanId> {
        PlanId::try_from(text).map(|id| ReviewId(id.as_str().to_string()))
    }
}

impl From<ReviewId> for String {
    fn from(id: ReviewId) -> String {
        id.0
    }
}

/// One comment on one item.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Comment {
    pub about: ItemRef,
    /// The item in its owner's words as the reviewer saw it (cut short), so a comment on an
    /// item removed since can still be read in context.
    pub label: String,
    pub text: String,
}

/// A new item the reviewer suggests.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", deny_unknown_fields)]
pub enum Suggestion {
    /// A skill to build, and how the reviewer would close the gap.
    SkillGap {
        skill: String,
        method: Method,
        how: String,
    },
    Role {
        title: String,
        level: Level,
    },
    SearchChange {
        text: String,
    },
    Prep {
        text: String,
    },
}

impl Suggestion {
    /// What is suggested, as the owner sees it.
    pub fn describe(&self) -> Phrase {
        match self {
            Suggestion::SkillGap { skill, method, how } => Phrase::said(
                if how.trim().is_empty() {
                    Key::SuggestionSkillGap
                } else {
                    Key::SuggestionSkillGapHow
                },
                vec![
                    ("skill", Arg::Theirs(skill.clone())),
                    ("method", Arg::key(method.label())),
                    ("how", Arg::Theirs(how.clone())),
                ],
            ),
            Suggestion::Role { title, level } => Phrase::said(
                Key::SuggestionRole,
                vec![
                    ("title", Arg::Theirs(title.clone())),
                    ("level", Arg::key(level.label())),
                ],
            ),
            Suggestion::SearchChange { text } => Phrase::said(
                Key::SuggestionSearchChange,
                vec![("text", Arg::Theirs(text.clone()))],
            ),
            Suggestion::Prep { text } => Phrase::said(
                Key::SuggestionPrep,
                vec![("text", Arg::Theirs(text.clone()))],
            ),
        }
    }

    /// Checks what a reviewer typed; trims it.
    pub fn checked(self) -> Result<Suggestion, ModelError> {
        Ok(match self {
            Suggestion::SkillGap { skill, method, how } => Suggestion::SkillGap {
                skill: required(Field::Skill, &skill)?,
                method,
                how: optional(Field::How, &how, limits::MAX_NAME_CHARS)?,
            },
            Suggestion::Role { title, level } => Suggestion::Role {
                title: required(Field::RoleTitle, &title)?,
                level,
            },
            Suggestion::SearchChange { text } => Suggestion::SearchChange {
                text: required_text(Field::Change, &text)?,
            },
            Suggestion::Prep { text } => Suggestion::Prep {
                text: required_text(Field::PreparationItem, &text)?,
            },
        })
    }
}

/// A suggestion as received: waiting, or what the person chose.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", deny_unknown_fields)]
pub enum Answer {
    /// Accepted: the item it became.
    Accepted(ItemRef),
    Declined,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ReceivedSuggestion {
    pub suggestion: Suggestion,
    #[serde(default)]
    pub answer: Option<Answer>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ReceivedComment {
    pub comment: Comment,
    /// `Some(true)`: kept on the item's card; `Some(false)`: let go; `None`: not yet read.
    #[serde(default)]
    pub kept: Option<bool>,
}

/// A review in the owner's plan.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ReceivedReview {
    pub id: ReviewId,
    pub reviewer: String,
    pub received_on: chrono::NaiveDate,
    /// Whether the plan was still as the reviewer saw it when the review arrived.
    pub plan_unchanged: bool,
    #[serde(default)]
    pub note: String,
    #[serde(default)]
    pub comments: Vec<ReceivedComment>,
    #[serde(default)]
    pub suggestions: Vec<ReceivedSuggestion>,
}

impl ReceivedReview {
    /// How many suggestions were accepted.
    pub fn accepted(&self) -> usize {
        self.suggestions
            .iter()
            .filter(|s| matches!(s.answer, Some(Answer::Accepted(_))))
            .count()
    }
}

/// A preparation checklist item the person added (from a reviewer's suggestion).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OwnPrep {
    pub id: Id,
    pub text: String,
}

impl OwnPrep {
    /// Its checklist key.
    pub fn key(&self) -> String {
        PrepKey::Own(self.id).to_string()
    }
}

/// Longest label a comment carries, in characters.
pub const MAX_LABEL_CHARS: usize = 80;
/// Most comments, suggestions and reviews: far above what anyone writes by hand.
pub const MAX_COMMENTS: usize = 200;
pub const MAX_SUGGESTIONS: usize = 100;
pub const MAX_REVIEWS: usize = 100;

/// The name a reviewer signed with, or "Your reviewer" when they left it empty.
pub(crate) fn signed(name: &str) -> Phrase {
    match name.trim() {
        "" => Phrase::from(Key::CoreYourReviewer),
        name => Phrase::of(name),
    }
}

/// A line that names a reviewer: `signed` with the name as `$name`, or `unsigned`, a
/// sentence of its own, when they left the name empty. Not "Your reviewer" put into
/// `$name`: some languages change the words' form by where they stand in the sentence
/// (German: "Von deiner Vertrauensperson", but "Deine Vertrauensperson hat …").
pub(crate) fn by_reviewer(name: &str, signed: Key, unsigned: Key) -> Phrase {
    match name.trim() {
        "" => Phrase::from(unsigned),
        name => Phrase::said(signed, vec![("name", Arg::Theirs(name.into()))]),
    }
}

impl ReceivedReview {
    /// The name to show for the reviewer.
    pub fn signed_by(&self) -> Phrase {
        signed(&self.reviewer)
    }

    /// A line naming the reviewer (see [`by_reviewer`]).
    pub fn line_by(&self, signed: Key, unsigned: Key) -> Phrase {
        by_reviewer(&self.reviewer, signed, unsigned)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_reviewer_who_left_no_name_gets_a_sentence_of_their_own() {
        let (signed, unsigned) = (Key::OverviewReviewFrom, Key::OverviewReviewFromUnsigned);
        assert_eq!(by_reviewer(" \t", signed, unsigned), Phrase::from(unsigned));
        assert_eq!(
            by_reviewer(" Sam ", signed, unsigned),
            Phrase::said(signed, vec![("name", Arg::Theirs("Sam".into()))])
        );
    }
}
