//! Reply links: a review sent back to the plan's owner as a link, the way the plan went
//! out. `https://…/#review=1.<data>`, packed as [`super::packed`] says, so the host never
//! sees it.
//!
//! The reply carries the review only: its id, the plan's id and fingerprint, the
//! reviewer's name and note, the comments (each with the item it is about and that item's
//! words cut short, so a comment on an item removed since still reads in context) and
//! the suggestions. Nothing else of the owner's plan travels back.
//!
//! The compact form (`ReplyForm`, private here) uses short keys, an item reference as
//! one short string (`g7` a skill gap, `f3.4` feedback 4 of rejection 3, `b` the setback
//! plan, `p` + a checklist key) and the share link's choice codes. Everything decoded is
//! untrusted: [`decode`] has the share link's caps, refuses unknown versions, fields and
//! references, and checks every text and list against the review limits.

use serde::{Deserialize, Serialize};
use serde_json::error::Category;
use thiserror::Error;

use super::link::codes;
use super::packed::{pack, unpack, Unpack};
use crate::core::plan::{Level, Method, PlanId};
use crate::core::review::{Comment, ItemRef, Review, ReviewId, Suggestion};
use crate::core::validate::{review_parts, InvalidPlan};
use crate::core::words::{Arg, Key, Phrase};

/// The reply format this app writes and reads.
pub const REPLY_VERSION: u32 = 1;

/// What comes before the version in a reply link's fragment.
pub const PREFIX: &str = "review=";

/// Deepest nesting the reply form may have (it uses 4).
const MAX_NESTING: usize = 8;

/// Why a reply link could not be opened. Each message is shown to the person as is, and
/// says their plan was not changed.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum ReplyError {
    #[error("This link has no review in it. Copy the whole link and try again.")]
    Empty,
    #[error("This doesn't look like a Rebound review link. Check that the whole link was copied.")]
    NotAReplyLink,
    #[error("This link is much longer than any review link Rebound makes, so it wasn't opened.")]
    TooLong,
    #[error(
        "This review was made by a newer version of Rebound. Reload the page to update the \
         app, then open the link again."
    )]
    NewerVersion(u64),
    #[error("This review link uses a format Rebound doesn't know, so it wasn't opened.")]
    UnknownVersion,
    #[error("This link looks cut short. Copy the whole link (it can be long) and try again.")]
    CutShort,
    #[error(
        "This link has characters that don't belong in a review link. It may have been \
         changed while it was copied; copy it again from the original message."
    )]
    NotBase64,
    #[error("This link is damaged, so the review in it can't be read. Ask for the link again.")]
    Damaged,
    #[error("This link holds more than Rebound can open safely, so it wasn't opened.")]
    TooBig,
    #[error(
        "This link isn't shaped like a review (it is nested far too deeply), so it wasn't opened."
    )]
    TooDeep,
    /// JSON of another shape: a wrong type, a missing or unknown field or reference.
    /// serde_json's description is kept for the log; the person is not shown it.
    #[error("This link doesn't hold a review Rebound can read.")]
    NotAReview(String),
    #[error("This review can't be opened because {0}.")]
    Invalid(InvalidPlan),
}

impl ReplyError {
    /// What the person is told.
    pub fn message(&self) -> Phrase {
        let key = match self {
            ReplyError::Empty => Key::ErrorReplyEmpty,
            ReplyError::NotAReplyLink => Key::ErrorReplyNotAReplyLink,
            ReplyError::TooLong => Key::ErrorReplyTooLong,
            ReplyError::NewerVersion(_) => Key::ErrorReplyNewer,
            ReplyError::UnknownVersion => Key::ErrorReplyUnknownVersion,
            ReplyError::CutShort => Key::ErrorLinkCutShort,
            ReplyError::NotBase64 => Key::ErrorReplyNotBase64,
            ReplyError::Damaged => Key::ErrorReplyDamaged,
            ReplyError::TooBig => Key::ErrorLinkTooBig,
            ReplyError::TooDeep => Key::ErrorReplyTooDeep,
            ReplyError::NotAReview(_) => Key::ErrorReplyNotAReview,
            ReplyError::Invalid(reason) => {
                return Phrase::said(
                    Key::ErrorReplyInvalid,
                    vec![("reason", Arg::Said(reason.message()))],
                )
            }
        };
        key.into()
    }
}

impl From<Unpack> for ReplyError {
    fn from(e: Unpack) -> Self {
        match e {
            Unpack::Empty => ReplyError::Empty,
            Unpack::OtherKind => ReplyError::NotAReplyLink,
            Unpack::TooLong => ReplyError::TooLong,
            Unpack::NewerVersion(n) => ReplyError::NewerVersion(n),
            Unpack::UnknownVersion => ReplyError::UnknownVersion,
            Unpack::CutShort => ReplyError::CutShort,
            Unpack::NotBase64 => ReplyError::NotBase64,
            Unpack::Damaged => ReplyError::Damaged,
            Unpack::TooBig => ReplyError::TooBig,
            Unpack::TooDeep => ReplyError::TooDeep,
        }
    }
}

/// True when a fragment carries a reply (`#review=1.…`).
pub fn is_reply_link(fragment: &str) -> bool {
    fragment.trim_start_matches('#').starts_with(PREFIX)
}

/// The fragment payload for `review`, such as `review=1.eNp…`.
pub fn encode(review: &Review) -> String {
    pack(PREFIX, REPLY_VERSION, &ReplyForm::from_review(review))
}

/// Reads a review from a reply link (`review=1.…`, `#review=1.…` or a whole address).
pub fn decode(fragment_or_payload: &str) -> Result<Review, ReplyError> {
    let (_version, json) = unpack(
        fragment_or_payload,
        PREFIX,
        REPLY_VERSION,
        REPLY_VERSION,
        MAX_NESTING,
    )?;
    let form: ReplyForm = serde_json::from_str(&json).map_err(|e| match e.classify() {
        Category::Syntax | Category::Eof | Category::Io => ReplyError::Damaged,
        Category::Data => ReplyError::NotAReview(e.to_string()),
    })?;
    let review = form.into_review()?;
    review_parts(
        &review.reviewer,
        &review.note,
        review.comments.iter(),
        review.suggestions.iter(),
    )
    .map_err(ReplyError::Invalid)?;
    Ok(review)
}

#[derive(Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct ReplyForm {
    #[serde(rename = "i")]
    id: ReviewId,
    #[serde(rename = "u")]
    plan: PlanId,
    #[serde(rename = "h")]
    fingerprint: String,
    #[serde(rename = "n", default, skip_serializing_if = "String::is_empty")]
    reviewer: String,
    #[serde(rename = "t", default, skip_serializing_if = "String::is_empty")]
    note: String,
    #[serde(rename = "c", default, skip_serializing_if = "Vec::is_empty")]
    comments: Vec<ReplyComment>,
    #[serde(rename = "s", default, skip_serializing_if = "Vec::is_empty")]
    suggestions: Vec<ReplySuggestion>,
}

/// A comment as `[reference, label, text]`.
type ReplyComment = (String, String, String);

#[derive(Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
enum ReplySuggestion {
    #[serde(rename = "g")]
    SkillGap(String, #[serde(with = "codes::method")] Method, String),
    #[serde(rename = "o")]
    Role(String, #[serde(with = "codes::level")] Level),
    #[serde(rename = "c")]
    SearchChange(String),
    #[serde(rename = "p")]
    Prep(String),
}

impl ReplyForm {
    fn from_review(review: &Review) -> Self {
        let Review {
            id,
            plan,
            fingerprint,
            reviewer,
            note,
            comments,
            suggestions,
        } = review;
        ReplyForm {
            id: id.clone(),
            plan: plan.clone(),
            fingerprint: fingerprint.clone(),
            reviewer: reviewer.clone(),
            note: note.clone(),
            comments: comments
                .iter()
                .map(|c| {
                    (
                        ItemRef::to_reply_text(&c.about),
                        c.label.clone(),
                        c.text.clone(),
                    )
                })
                .collect(),
            suggestions: suggestions
                .iter()
                .map(|s| match s.clone() {
                    Suggestion::SkillGap { skill, method, how } => {
                        ReplySuggestion::SkillGap(skill, method, how)
                    }
                    Suggestion::Role { title, level } => ReplySuggestion::Role(title, level),
                    Suggestion::SearchChange { text } => ReplySuggestion::SearchChange(text),
                    Suggestion::Prep { text } => ReplySuggestion::Prep(text),
                })
                .collect(),
        }
    }

    fn into_review(self) -> Result<Review, ReplyError> {
        let comments = self
            .comments
            .into_iter()
            .map(|(about, label, text)| {
                let about = ItemRef::from_reply_text(&about).ok_or_else(|| {
                    ReplyError::NotAReview(format!("an unknown item reference {about:?}"))
                })?;
                Ok(Comment { about, label, text })
            })
            .collect::<Result<Vec<_>, ReplyError>>()?;
        Ok(Review {
            id: self.id,
            plan: self.plan,
            fingerprint: self.fingerprint,
            reviewer: self.reviewer,
            note: self.note,
            comments,
            suggestions: self
                .suggestions
                .into_iter()
                .map(|s| match s {
                    ReplySuggestion::SkillGap(skill, method, how) => {
                        Suggestion::SkillGap { skill, method, how }
                    }
                    ReplySuggestion::Role(title, level) => Suggestion::Role { title, level },
                    ReplySuggestion::SearchChange(text) => Suggestion::SearchChange { text },
                    ReplySuggestion::Prep(text) => Suggestion::Prep { text },
                })
                .collect(),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::item::{FeedbackRef, Id};

    #[test]
    fn every_reference_kind_reads_back_as_written() {
        let refs = [
            ItemRef::Rejection(Id::new(1)),
            ItemRef::Feedback(FeedbackRef {
                rejection: Id::new(3),
                feedback: Id::new(40),
            }),
            ItemRef::Role(Id::new(0)),
            ItemRef::SearchChange(Id::new(5)),
            ItemRef::SkillGap(Id::new(u32::MAX)),
            ItemRef::Fun(Id::new(7)),
            ItemRef::SetbackPlan,
            ItemRef::Application(Id::new(8)),
            ItemRef::Prep("basic:research".into()),
            ItemRef::Prep("own:12".into()),
        ];
        for r in refs {
            assert_eq!(
                ItemRef::from_reply_text(&ItemRef::to_reply_text(&r)),
                Some(r)
            );
        }
        for bad in [
            "",
            "x1",
            "g",
            "g07",
            "g+7",
            "g-1",
            "f3",
            "f3.",
            "b1",
            "p",
            "g4294967296",
        ] {
            assert_eq!(ItemRef::from_reply_text(bad), None, "{bad:?}");
        }
    }
}
