//! Second opinions. Someone the person trusts opens their shared plan, comments on its
//! items, suggests new ones and writes a note; the review goes back as a link (its form is
//! in `format::reply`). On the person's own device the review is received into the plan:
//! each suggestion is accepted (it becomes an item, marked as the reviewer's) or declined,
//! and each comment is kept on its item's card or let go.
//!
//! Nothing here reads the clock or makes random numbers: `today` and ids are passed in.

use serde::{Deserialize, Serialize};
use thiserror::Error;

use super::limits;
use super::plan::signed;
use super::plan::*;
use super::plan::{optional, required_text};
use super::words::{Arg, Key, Messages, Phrase, Piece};

pub use super::item::ItemRef;
use super::item::PrepKey;
pub use super::plan::{
    Answer, Comment, OwnPrep, ReceivedComment, ReceivedReview, ReceivedSuggestion, ReviewId,
    Suggestion, MAX_COMMENTS, MAX_LABEL_CHARS, MAX_REVIEWS, MAX_SUGGESTIONS,
};

/// A review as the reviewer writes it and as the reply link carries it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Review {
    pub id: ReviewId,
    /// The plan reviewed.
    pub plan: PlanId,
    /// The plan as the reviewer saw it ([`fingerprint`]).
    pub fingerprint: String,
    /// The reviewer's name, as they sign the review.
    pub reviewer: String,
    pub note: String,
    pub comments: Vec<Comment>,
    pub suggestions: Vec<Suggestion>,
}

/// Why a review could not be written or received.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum ReviewError {
    #[error("This review is for a plan that isn't on this device, so nothing was changed.")]
    NotThisPlan,
    #[error("This plan has no id to review yet. Ask for a new link to it.")]
    PlanHasNoId,
    #[error("There are already {0} reviews in your plan. Remove an old one first.")]
    TooManyReviews(usize),
    #[error(transparent)]
    Model(#[from] ModelError),
}

/// What happened when a review was opened on the owner's device.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Received {
    /// It is new here and now in the plan.
    New,
    /// It was received before; nothing changed.
    AlreadyHad,
}

/// An item a reviewer can comment on, in the order the plan shows them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Reviewable {
    pub about: ItemRef,
    /// The item in its owner's words, with the app's few words around them.
    pub label: Phrase,
}

/// Every item of `plan` a reviewer can comment on.
pub fn reviewable(plan: &Plan) -> Vec<Reviewable> {
    let mut items = Vec::new();
    let mut push = |about, label| {
        items.push(Reviewable { about, label });
    };
    for r in &plan.rejections {
        push(ItemRef::Rejection(r.id), r.title());
        for f in &r.feedback {
            let about = ItemRef::Feedback(FeedbackRef {
                rejection: r.id,
                feedback: f.id,
            });
            push(about, Phrase::of(&f.text));
        }
    }
    for role in &plan.roles {
        let label = Phrase::said(
            Key::CoreItemRole,
            vec![("title", Arg::Theirs(role.title.clone()))],
        );
        push(ItemRef::Role(role.id), label);
    }
    for c in &plan.search_changes {
        push(ItemRef::SearchChange(c.id), Phrase::of(&c.text));
    }
    for g in &plan.skill_gaps {
        push(ItemRef::SkillGap(g.id), Phrase::of(&g.skill));
    }
    for f in &plan.fun {
        push(ItemRef::Fun(f.id), Phrase::of(&f.what));
    }
    if !plan.wellbeing.setback_plan.trim().is_empty() {
        let label = Phrase::said(
            Key::CoreItemSetbackPlan,
            vec![("plan", Arg::Theirs(plan.wellbeing.setback_plan.clone()))],
        );
        push(ItemRef::SetbackPlan, label);
    }
    for a in &plan.applications {
        let label = role_at_company(&a.role, &a.company);
        push(ItemRef::Application(a.id), label);
    }
    for p in super::insights::prep_checklist(plan) {
        push(ItemRef::Prep(p.key), p.text);
    }
    items
}

/// A short digest of what a reviewer can see of `plan`: its reviewable items and their
/// words. The owner compares it with the reviewer's to say whether the plan has changed
/// since. (FNV-1a, 64 bits, as 16 hex digits: not a security measure, only a check.)
///
/// The setback plan is left out: a link leaves it out unless the person chooses to share
/// it, and the owner cannot tell which choice the reviewer's link was made with.
pub fn fingerprint(plan: &Plan) -> String {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    let mut eat = |bytes: &[u8]| {
        for b in bytes {
            hash ^= u64::from(*b);
            hash = hash.wrapping_mul(0x0100_0000_01b3);
        }
    };
    for item in reviewable(plan) {
        if item.about == ItemRef::SetbackPlan {
            continue;
        }
        eat(item.about.fingerprint_text().as_bytes());
        // The owner's words only: rewording the app's own words around them in a later
        // version, or another language, must not make every review look out of date.
        for text in theirs(&item.label) {
            eat(text.as_bytes());
            eat(&[0]);
        }
        eat(&[0]);
    }
    format!("{hash:016x}")
}

/// What someone wrote in `phrase`, in reading order, however deep in its messages.
fn theirs(phrase: &Phrase) -> Vec<&str> {
    fn walk<'p>(phrase: &'p Phrase, out: &mut Vec<&'p str>) {
        for piece in phrase.pieces() {
            match piece {
                Piece::User(text) => out.push(text),
                Piece::App(_) => {}
                Piece::Said(_, vars) => {
                    for (_, arg) in vars {
                        match arg {
                            Arg::Theirs(text) => out.push(text),
                            Arg::Said(inner) => walk(inner, out),
                            Arg::Ours(_) | Arg::Count(_) | Arg::Date(_) => {}
                        }
                    }
                }
            }
        }
    }
    let mut out = Vec::new();
    walk(phrase, &mut out);
    out
}

/// The label a comment carries: the item's words as `words` says them (the reviewer's
/// language), cut to [`MAX_LABEL_CHARS`].
pub fn short_label(label: &Phrase, words: &Messages) -> String {
    truncate_chars(&words.plain(label), MAX_LABEL_CHARS)
}

impl Review {
    /// A new, empty review of `plan` (which must have an id).
    pub fn new(id: ReviewId, plan: &Plan) -> Result<Review, ReviewError> {
        Ok(Review {
            id,
            plan: plan.id.clone().ok_or(ReviewError::PlanHasNoId)?,
            fingerprint: fingerprint(plan),
            reviewer: String::new(),
            note: String::new(),
            comments: Vec::new(),
            suggestions: Vec::new(),
        })
    }

    /// The comment on `about`, if there is one (a reviewer writes one per item).
    pub fn comment_on(&self, about: &ItemRef) -> Option<&str> {
        self.comments
            .iter()
            .find(|c| c.about == *about)
            .map(|c| c.text.as_str())
    }

    /// Writes, changes or (with empty text) removes the comment on `item`. The comment
    /// carries the item's label as `words` says it, for an owner whose plan no longer
    /// has the item.
    pub fn set_comment(
        &mut self,
        item: &Reviewable,
        text: &str,
        words: &Messages,
    ) -> Result<(), ModelError> {
        let text = optional(Field::Comment, text, limits::MAX_TEXT_CHARS)?;
        let at = self.comments.iter().position(|c| c.about == item.about);
        match (at, text.is_empty()) {
            (Some(i), true) => {
                self.comments.remove(i);
            }
            (Some(i), false) => self.comments[i].text = text,
            (None, true) => {}
            (None, false) => {
                if self.comments.len() >= MAX_COMMENTS {
                    return Err(ModelError::ListFull(MAX_COMMENTS));
                }
                self.comments.push(Comment {
                    about: item.about.clone(),
                    label: short_label(&item.label, words),
                    text,
                });
            }
        }
        Ok(())
    }

    pub fn add_suggestion(&mut self, suggestion: Suggestion) -> Result<(), ModelError> {
        if self.suggestions.len() >= MAX_SUGGESTIONS {
            return Err(ModelError::ListFull(MAX_SUGGESTIONS));
        }
        self.suggestions.push(suggestion.checked()?);
        Ok(())
    }

    pub fn remove_suggestion(&mut self, index: usize) -> Result<(), ModelError> {
        if index >= self.suggestions.len() {
            return Err(ModelError::NotFound);
        }
        self.suggestions.remove(index);
        Ok(())
    }

    pub fn set_reviewer(&mut self, name: &str) -> Result<(), ModelError> {
        self.reviewer = optional(Field::Name, name, limits::MAX_NAME_CHARS)?;
        Ok(())
    }

    pub fn set_note(&mut self, note: &str) -> Result<(), ModelError> {
        self.note = optional(Field::Note, note, limits::MAX_TEXT_CHARS)?;
        Ok(())
    }

    /// True when there is nothing to send yet.
    pub fn is_blank(&self) -> bool {
        self.note.trim().is_empty() && self.comments.is_empty() && self.suggestions.is_empty()
    }

    /// The name to show for the reviewer.
    pub fn signed_by(&self) -> Phrase {
        signed(&self.reviewer)
    }
}

impl Plan {
    /// Receives a review into this plan, or finds it received already. Changes nothing
    /// when the review is for another plan, or when it was received before.
    pub fn receive_review(
        &mut self,
        review: &Review,
        today: chrono::NaiveDate,
    ) -> Result<Received, ReviewError> {
        if self.id.as_ref() != Some(&review.plan) {
            return Err(ReviewError::NotThisPlan);
        }
        if self.review(&review.id).is_some() {
            return Ok(Received::AlreadyHad);
        }
        if self.reviews.len() >= MAX_REVIEWS {
            return Err(ReviewError::TooManyReviews(MAX_REVIEWS));
        }
        let received = self.as_received(review, today);
        self.reviews.push(received);
        Ok(Received::New)
    }

    /// `review` as it would be received today: nothing chosen yet, except what the
    /// person already decided in an earlier round from the same reviewer.
    pub fn as_received(&self, review: &Review, today: chrono::NaiveDate) -> ReceivedReview {
        let mut received = ReceivedReview {
            id: review.id.clone(),
            reviewer: review.reviewer.clone(),
            received_on: today,
            plan_unchanged: fingerprint(self) == review.fingerprint,
            note: review.note.clone(),
            comments: review
                .comments
                .iter()
                .map(|comment| ReceivedComment {
                    comment: comment.clone(),
                    kept: None,
                })
                .collect(),
            suggestions: review
                .suggestions
                .iter()
                .map(|suggestion| ReceivedSuggestion {
                    suggestion: suggestion.clone(),
                    answer: None,
                })
                .collect(),
        };
        self.carry_earlier_answers(&mut received);
        received
    }

    /// A second round from the same reviewer repeats what the first held: what the person
    /// already decided about the same comment or suggestion carries over, so nothing is
    /// asked twice and no item is added twice. An accepted suggestion whose item has been
    /// removed since waits again.
    fn carry_earlier_answers(&self, new: &mut ReceivedReview) {
        let earlier = self.reviews.iter().filter(|r| r.reviewer == new.reviewer);
        for r in earlier {
            for old in &r.comments {
                let Some(kept) = old.kept else { continue };
                for c in new.comments.iter_mut().filter(|c| c.comment == old.comment) {
                    c.kept = Some(kept);
                }
            }
            for old in &r.suggestions {
                let answer = match &old.answer {
                    Some(Answer::Accepted(item)) if !self.has_item(item) => continue,
                    Some(answer) => answer.clone(),
                    None => continue,
                };
                for s in new
                    .suggestions
                    .iter_mut()
                    .filter(|s| s.suggestion == old.suggestion && s.answer.is_none())
                {
                    s.answer = Some(answer.clone());
                }
            }
        }
    }

    /// The received review with this id.
    pub fn review(&self, id: &ReviewId) -> Option<&ReceivedReview> {
        self.reviews.iter().find(|r| r.id == *id)
    }

    fn review_mut(&mut self, id: &ReviewId) -> Result<&mut ReceivedReview, ModelError> {
        self.reviews
            .iter_mut()
            .find(|r| r.id == *id)
            .ok_or(ModelError::NotFound)
    }

    /// Accepts a suggestion: it becomes an item of the plan, marked as the reviewer's.
    /// Accepting one already accepted changes nothing and returns its item; one declined
    /// can still be accepted.
    pub fn accept_suggestion(
        &mut self,
        review: &ReviewId,
        index: usize,
    ) -> Result<Option<ItemRef>, ModelError> {
        let received = self.review_mut(review)?;
        let entry = received
            .suggestions
            .get(index)
            .ok_or(ModelError::NotFound)?;
        match &entry.answer {
            Some(Answer::Accepted(item)) => return Ok(Some(item.clone())),
            Some(Answer::Declined) | None => {}
        }
        let item = match entry.suggestion.clone() {
            Suggestion::SkillGap { skill, method, how } => {
                let draft = SkillGapDraft {
                    method,
                    evidence: how,
                    ..SkillGapDraft::named(&skill)
                };
                ItemRef::SkillGap(self.add_skill_gap(&draft, true)?)
            }
            Suggestion::Role { title, level } => ItemRef::Role(self.add_role(&RoleDraft {
                title,
                area: String::new(),
                level,
                requirements: String::new(),
            })?),
            Suggestion::SearchChange { text } => {
                ItemRef::SearchChange(self.add_search_change(&text)?)
            }
            Suggestion::Prep { text } => {
                let id = self.add_own_prep(&text)?;
                ItemRef::Prep(PrepKey::Own(id).to_string())
            }
        };
        self.review_mut(review)?.suggestions[index].answer = Some(Answer::Accepted(item.clone()));
        Ok(Some(item))
    }

    /// Declines a suggestion that is still waiting. (An accepted one is an item now, and
    /// is removed as any item is.)
    pub fn decline_suggestion(
        &mut self,
        review: &ReviewId,
        index: usize,
    ) -> Result<(), ModelError> {
        let entry = self
            .review_mut(review)?
            .suggestions
            .get_mut(index)
            .ok_or(ModelError::NotFound)?;
        if entry.answer.is_none() {
            entry.answer = Some(Answer::Declined);
        }
        Ok(())
    }

    /// Keeps a comment on its item's card (`true`) or lets it go (`false`).
    pub fn keep_comment(
        &mut self,
        review: &ReviewId,
        index: usize,
        keep: bool,
    ) -> Result<(), ModelError> {
        let entry = self
            .review_mut(review)?
            .comments
            .get_mut(index)
            .ok_or(ModelError::NotFound)?;
        entry.kept = Some(keep);
        Ok(())
    }

    /// Removes a received review (the items accepted from it stay).
    pub fn remove_review(&mut self, review: &ReviewId) -> Result<(), ModelError> {
        let before = self.reviews.len();
        self.reviews.retain(|r| r.id != *review);
        if self.reviews.len() == before {
            return Err(ModelError::NotFound);
        }
        Ok(())
    }

    /// Comments kept on `item`'s card: (reviewer, comment text).
    pub fn kept_comments(&self, item: &ItemRef) -> Vec<(Phrase, &str)> {
        self.reviews
            .iter()
            .flat_map(|r| {
                r.comments
                    .iter()
                    .filter(|c| c.kept == Some(true) && c.comment.about == *item)
                    .map(move |c| (r.signed_by(), c.comment.text.as_str()))
            })
            .collect()
    }

    /// "Suggested by …", when `item` came from an accepted suggestion.
    pub fn suggested_by(&self, item: &ItemRef) -> Option<Phrase> {
        self.reviews.iter().find_map(|r| {
            r.suggestions
                .iter()
                .any(|s| s.answer.as_ref() == Some(&Answer::Accepted(item.clone())))
                .then(|| r.line_by(Key::WidgetSuggestedBy, Key::WidgetSuggestedByUnsigned))
        })
    }

    /// Whether the item a comment is about is still in the plan: an item with an id is
    /// looked up by the walk over the plan; the setback plan and the checklist (whose
    /// basic lines have no id of their own) by what they show.
    pub fn has_item(&self, item: &ItemRef) -> bool {
        match item {
            ItemRef::SetbackPlan => !self.wellbeing.setback_plan.trim().is_empty(),
            ItemRef::Prep(key) => super::insights::prep_checklist(self)
                .iter()
                .any(|p| p.key == *key),
            _ => super::walk::item_refs(self).contains(item),
        }
    }

    /// Adds a preparation checklist item of the person's own.
    pub fn add_own_prep(&mut self, text: &str) -> Result<Id, ModelError> {
        if self.own_prep.len() >= limits::MAX_OWN_PREP {
            return Err(ModelError::ListFull(limits::MAX_OWN_PREP));
        }
        let text = required_text(Field::PreparationItem, text)?;
        let id = self.take_id();
        self.own_prep.push(OwnPrep { id, text });
        Ok(id)
    }

    /// Removes one of the person's own checklist items, and its tick.
    pub fn remove_own_prep(&mut self, id: Id) -> Result<(), ModelError> {
        let before = self.own_prep.len();
        self.own_prep.retain(|p| p.id != id);
        if self.own_prep.len() == before {
            return Err(ModelError::NotFound);
        }
        let key = PrepKey::Own(id).to_string();
        self.prep_done.retain(|k| *k != key);
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use std::collections::HashMap;

    use chrono::NaiveDate;

    use super::*;
    use crate::core::format::link::{self, ShareOptions};
    use crate::core::format::typical_plan;
    use crate::core::insights::{prep_checklist, PrepSource};
    use crate::core::walk::{renumber, walk, Item, Link, Walker};
    use crate::core::words::Messages;

    /// A phrase in English.
    fn en(phrase: &Phrase) -> String {
        Messages::english().plain(phrase)
    }

    /// The comments kept on `item`'s card, in English.
    fn kept(plan: &Plan, item: &ItemRef) -> Vec<(String, String)> {
        plan.kept_comments(item)
            .into_iter()
            .map(|(who, text)| (en(&who), text.to_string()))
            .collect()
    }

    fn day(d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 12, d).unwrap()
    }

    fn review_id(n: u8) -> ReviewId {
        ReviewId::from_random([n; 16])
    }

    /// The typical plan as its owner holds it: with its id.
    fn owners_plan() -> Plan {
        let mut plan = typical_plan();
        plan.ensure_id(PlanId::from_random(*b"rebound-typical!"));
        plan
    }

    /// What a stored plan is, byte for byte.
    fn json(plan: &Plan) -> String {
        serde_json::to_string(plan).unwrap()
    }

    fn item(plan: &Plan, about: &ItemRef) -> Reviewable {
        reviewable(plan)
            .into_iter()
            .find(|r| r.about == *about)
            .unwrap_or_else(|| panic!("{about:?} is reviewable"))
    }

    /// A review of `plan` by Sam: two comments and one suggestion of each kind.
    fn sams_review(plan: &Plan, id: ReviewId) -> Review {
        let mut review = Review::new(id, plan).unwrap();
        review.set_reviewer("  Sam Okafor ").unwrap();
        review
            .set_note("You got to a final round: that is worth a lot.")
            .unwrap();
        let gap = item(plan, &ItemRef::SkillGap(Id::new(8)));
        review
            .set_comment(
                &gap,
                "Time yourself on LeetCode's SQL set.",
                &Messages::english(),
            )
            .unwrap();
        let role = item(plan, &ItemRef::Role(Id::new(12)));
        review
            .set_comment(
                &role,
                "Your dashboards fit this well.",
                &Messages::english(),
            )
            .unwrap();
        for s in suggestions() {
            review.add_suggestion(s).unwrap();
        }
        review
    }

    fn suggestions() -> Vec<Suggestion> {
        vec![
            Suggestion::SkillGap {
                skill: "Window functions".into(),
                method: Method::Course,
                how: "Mode's free SQL tutorial".into(),
            },
            Suggestion::Role {
                title: "Analytics engineer".into(),
                level: Level::Mid,
            },
            Suggestion::SearchChange {
                text: "Ask for referrals at two retail firms".into(),
            },
            Suggestion::Prep {
                text: "Bring one dashboard to talk through".into(),
            },
        ]
    }

    /// The owner's plan with Sam's review received.
    fn received() -> (Plan, ReviewId) {
        let mut plan = owners_plan();
        let review = sams_review(&plan, review_id(1));
        assert_eq!(plan.receive_review(&review, day(1)), Ok(Received::New));
        (plan, review.id)
    }

    #[test]
    fn review_ids_are_32_hex_digits() {
        assert_eq!(review_id(0xab).as_str(), "ab".repeat(16));
        let good = "0123456789abcdef".repeat(2);
        assert_eq!(ReviewId::try_from(good.clone()).unwrap().as_str(), good);
        for bad in [
            "",
            "ABCDEF0123456789abcdef0123456789",
            "xyz",
            &"a".repeat(33),
        ] {
            assert!(ReviewId::try_from(bad.to_string()).is_err(), "{bad}");
        }
        assert!(serde_json::from_str::<ReviewId>("\"not an id\"").is_err());
    }

    #[test]
    fn a_new_review_is_received_with_nothing_answered() {
        let mut plan = owners_plan();
        let review = sams_review(&plan, review_id(1));
        assert_eq!(en(&review.signed_by()), "Sam Okafor");
        assert_eq!(plan.receive_review(&review, day(1)), Ok(Received::New));
        let got = plan.review(&review.id).unwrap();
        assert_eq!(got.reviewer, "Sam Okafor");
        assert_eq!(got.received_on, day(1));
        assert!(got.plan_unchanged);
        assert_eq!(got.note, review.note);
        assert_eq!(got.comments.len(), 2);
        assert!(got.comments.iter().all(|c| c.kept.is_none()));
        assert_eq!(
            got.comments[0].comment.label, "SQL speed",
            "the item's words travel with the comment"
        );
        assert_eq!(got.suggestions.len(), 4);
        assert!(got.suggestions.iter().all(|s| s.answer.is_none()));
        assert_eq!(got.accepted(), 0);
        // Receiving adds no item: each suggestion waits for its answer.
        let mut before = owners_plan();
        before.reviews = plan.reviews.clone();
        assert_eq!(plan, before);
    }

    #[test]
    fn a_review_opened_twice_is_received_once() {
        let (mut plan, id) = received();
        let before = json(&plan);
        let review = sams_review(&owners_plan(), id);
        assert_eq!(
            plan.receive_review(&review, day(2)),
            Ok(Received::AlreadyHad)
        );
        assert_eq!(json(&plan), before);
        // Even after the person answered some of it.
        plan.accept_suggestion(&review.id, 0).unwrap();
        plan.keep_comment(&review.id, 0, true).unwrap();
        let before = json(&plan);
        assert_eq!(
            plan.receive_review(&review, day(3)),
            Ok(Received::AlreadyHad)
        );
        assert_eq!(json(&plan), before);
        // A second round from the same person is a review of its own.
        let again = sams_review(&owners_plan(), review_id(2));
        assert_eq!(plan.receive_review(&again, day(3)), Ok(Received::New));
        assert_eq!(plan.reviews.len(), 2);
    }

    #[test]
    fn a_review_of_another_plan_changes_nothing() {
        let mut other = owners_plan();
        other.id = Some(PlanId::from_random([9; 16]));
        let review = sams_review(&other, review_id(1));
        let mut plan = owners_plan();
        let before = json(&plan);
        assert_eq!(
            plan.receive_review(&review, day(1)),
            Err(ReviewError::NotThisPlan)
        );
        assert_eq!(json(&plan), before);
        // Nor does a plan without an id take one.
        let mut no_id = typical_plan();
        let before = json(&no_id);
        assert_eq!(
            no_id.receive_review(&review, day(1)),
            Err(ReviewError::NotThisPlan)
        );
        assert_eq!(json(&no_id), before);
        assert_eq!(
            Review::new(review_id(1), &typical_plan()),
            Err(ReviewError::PlanHasNoId)
        );
    }

    #[test]
    fn a_plan_changed_since_the_review_still_receives_it() {
        let mut plan = owners_plan();
        let review = sams_review(&plan, review_id(1));
        plan.remove_skill_gap(Id::new(8)).unwrap();
        assert_eq!(plan.receive_review(&review, day(1)), Ok(Received::New));
        let got = plan.review(&review.id).unwrap();
        assert!(!got.plan_unchanged);
        // The comment on the removed gap is there, to be listed apart.
        assert_eq!(got.comments.len(), 2);
        let about: Vec<bool> = got
            .comments
            .iter()
            .map(|c| plan.has_item(&c.comment.about))
            .collect();
        assert_eq!(about, [false, true]);
    }

    #[test]
    fn the_fingerprint_follows_what_a_reviewer_sees() {
        let plan = owners_plan();
        let print = fingerprint(&plan);
        assert_eq!(print.len(), 16);
        assert!(print.bytes().all(|b| b.is_ascii_hexdigit()));
        assert_eq!(fingerprint(&plan.clone()), print);
        // What a reviewer cannot see does not count...
        let mut private = plan.clone();
        private.wellbeing.moods.clear();
        private.rejections[0].message = "Something else".into();
        private.rejections[0].contact_name.clear();
        // The setback plan is private unless shared: the owner cannot tell whether the
        // reviewer saw it, so it never counts.
        private.wellbeing.setback_plan.clear();
        assert_eq!(fingerprint(&private), print);
        // ...but a change to any item does.
        let mut changed = plan.clone();
        changed.skill_gaps[0].skill.push('!');
        assert_ne!(fingerprint(&changed), print);
        let mut more = plan.clone();
        more.add_own_prep("Print my CV").unwrap();
        assert_ne!(fingerprint(&more), print);
    }

    /// Stored reviews and replies in flight carry fingerprints made by earlier versions:
    /// the same plan must give the same digest, whatever the types are called today. The
    /// value was computed by the version that hashed `Debug` text; it now comes from
    /// `ItemRef::fingerprint_text`, which spells the same words out.
    #[test]
    fn the_fingerprint_of_a_plan_is_the_one_earlier_versions_computed() {
        let mut plan = crate::core::format::typical_plan();
        plan.add_own_prep("Print my CV").unwrap();
        plan.wellbeing.setback_plan = "Call Sam".into();
        assert_eq!(fingerprint(&plan), "6273a206418c8f87");
    }

    /// The reviewer sees the plan through its share link, with the private parts left
    /// out; the owner has them. An unchanged plan must still be recognised as unchanged.
    #[test]
    fn a_review_of_the_shared_plan_finds_the_owners_plan_unchanged() {
        let mut plan = owners_plan();
        assert!(!plan.wellbeing.setback_plan.is_empty());
        for options in [ShareOptions::default(), ShareOptions::ALL] {
            let shared = link::decode(&link::encode(&plan, options)).unwrap();
            let mut review = Review::new(review_id(options.include_moods as u8), &shared).unwrap();
            let first = reviewable(&shared).remove(0);
            review
                .set_comment(&first, "Good start", &Messages::english())
                .unwrap();
            assert_eq!(plan.receive_review(&review, day(1)), Ok(Received::New));
            assert!(
                plan.review(&review.id).unwrap().plan_unchanged,
                "shared with {options:?}"
            );
        }
    }

    #[test]
    fn each_kind_of_suggestion_becomes_an_item_marked_as_the_reviewers() {
        let (mut plan, id) = received();
        let base = owners_plan();

        let gap = plan.accept_suggestion(&id, 0).unwrap().unwrap();
        let ItemRef::SkillGap(gap_id) = gap else {
            panic!("{gap:?}")
        };
        let made = plan.skill_gaps.iter().find(|g| g.id == gap_id).unwrap();
        assert_eq!(made.skill, "Window functions");
        assert_eq!(made.method, Method::Course);
        assert_eq!(made.evidence, "Mode's free SQL tutorial");

        let role = plan.accept_suggestion(&id, 1).unwrap().unwrap();
        let ItemRef::Role(role_id) = role else {
            panic!("{role:?}")
        };
        let made = plan.roles.iter().find(|r| r.id == role_id).unwrap();
        assert_eq!(
            (made.title.as_str(), made.level),
            ("Analytics engineer", Level::Mid)
        );

        let change = plan.accept_suggestion(&id, 2).unwrap().unwrap();
        let ItemRef::SearchChange(change_id) = change else {
            panic!("{change:?}")
        };
        let made = plan
            .search_changes
            .iter()
            .find(|c| c.id == change_id)
            .unwrap();
        assert_eq!(made.text, "Ask for referrals at two retail firms");

        let prep = plan.accept_suggestion(&id, 3).unwrap().unwrap();
        let own = plan.own_prep.last().unwrap().clone();
        assert_eq!(prep, ItemRef::Prep(format!("own:{}", own.id)));
        assert_eq!(own.text, "Bring one dashboard to talk through");
        let line = prep_checklist(&plan)
            .into_iter()
            .find(|p| p.key == own.key())
            .unwrap();
        assert_eq!(line.source, PrepSource::Own);
        assert!(!line.done);

        assert_eq!(plan.skill_gaps.len(), base.skill_gaps.len() + 1);
        assert_eq!(plan.roles.len(), base.roles.len() + 1);
        assert_eq!(plan.search_changes.len(), base.search_changes.len() + 1);
        assert_eq!(plan.own_prep.len(), 1);
        for item in [&gap, &role, &change, &prep] {
            assert!(plan.has_item(item), "{item:?}");
            assert_eq!(
                plan.suggested_by(item).map(|line| en(&line)).as_deref(),
                Some("Suggested by Sam Okafor"),
                "{item:?}"
            );
        }
        // The person's own items were suggested by no one.
        assert_eq!(plan.suggested_by(&ItemRef::SkillGap(Id::new(8))), None);
        assert_eq!(plan.review(&id).unwrap().accepted(), 4);
        // New ids, never one in use.
        let mut ids = vec![gap_id, role_id, change_id, own.id];
        ids.sort();
        ids.dedup();
        assert_eq!(ids.len(), 4);
        assert!(ids.iter().all(|i| *i > base.next_id));
        assert_eq!(plan.next_id, ids[3]);
        let mut checked = plan.clone();
        crate::core::validate::validate(&mut checked).unwrap();
        assert_eq!(checked, plan);
    }

    #[test]
    fn accepting_twice_adds_nothing_twice() {
        let (mut plan, id) = received();
        for index in 0..4 {
            let first = plan.accept_suggestion(&id, index).unwrap();
            let before = json(&plan);
            assert_eq!(plan.accept_suggestion(&id, index).unwrap(), first);
            assert_eq!(json(&plan), before, "suggestion {index}");
            // Declining an accepted one changes nothing either: it is an item now.
            plan.decline_suggestion(&id, index).unwrap();
            assert_eq!(json(&plan), before, "suggestion {index}");
        }
    }

    #[test]
    fn declining_adds_nothing() {
        let (mut plan, id) = received();
        let before = plan.clone();
        plan.decline_suggestion(&id, 1).unwrap();
        let got = plan.review(&id).unwrap();
        assert_eq!(got.suggestions[1].answer, Some(Answer::Declined));
        assert_eq!(got.accepted(), 0);
        let mut expected = before.clone();
        expected.reviews[0].suggestions[1].answer = Some(Answer::Declined);
        assert_eq!(plan, expected);
        // Declining again is the same.
        plan.decline_suggestion(&id, 1).unwrap();
        assert_eq!(plan, expected);
        // The person may change their mind: a declined suggestion can still be accepted.
        let role = plan.accept_suggestion(&id, 1).unwrap().unwrap();
        assert!(plan.has_item(&role));
        assert_eq!(
            plan.review(&id).unwrap().suggestions[1].answer,
            Some(Answer::Accepted(role))
        );
    }

    #[test]
    fn answers_to_what_is_not_there_are_refused() {
        let (mut plan, id) = received();
        let before = json(&plan);
        let other = review_id(7);
        assert_eq!(plan.accept_suggestion(&id, 4), Err(ModelError::NotFound));
        assert_eq!(plan.accept_suggestion(&other, 0), Err(ModelError::NotFound));
        assert_eq!(plan.decline_suggestion(&id, 4), Err(ModelError::NotFound));
        assert_eq!(
            plan.decline_suggestion(&other, 0),
            Err(ModelError::NotFound)
        );
        assert_eq!(plan.keep_comment(&id, 2, true), Err(ModelError::NotFound));
        assert_eq!(
            plan.keep_comment(&other, 0, true),
            Err(ModelError::NotFound)
        );
        assert_eq!(plan.remove_review(&other), Err(ModelError::NotFound));
        assert_eq!(json(&plan), before);
    }

    #[test]
    fn kept_comments_stay_on_their_items_card() {
        let (mut plan, id) = received();
        let gap = ItemRef::SkillGap(Id::new(8));
        let role = ItemRef::Role(Id::new(12));
        assert!(plan.kept_comments(&gap).is_empty(), "not read yet");
        plan.keep_comment(&id, 0, true).unwrap();
        plan.keep_comment(&id, 1, false).unwrap();
        assert_eq!(
            kept(&plan, &gap),
            [(
                "Sam Okafor".to_string(),
                "Time yourself on LeetCode's SQL set.".to_string()
            )]
        );
        assert!(plan.kept_comments(&role).is_empty(), "let go");
        // Changing one's mind.
        plan.keep_comment(&id, 0, false).unwrap();
        plan.keep_comment(&id, 1, true).unwrap();
        assert!(plan.kept_comments(&gap).is_empty());
        assert_eq!(plan.kept_comments(&role).len(), 1);
        let got = plan.review(&id).unwrap();
        assert_eq!(got.comments[0].kept, Some(false));
        assert_eq!(got.comments[1].kept, Some(true));

        // Comments from two reviewers on one item, in the order received; a reviewer
        // without a name is "Your reviewer".
        let mut anonymous = Review::new(review_id(2), &owners_plan()).unwrap();
        anonymous
            .set_comment(
                &item(&plan, &role),
                "Also look at Fabrikam",
                &Messages::english(),
            )
            .unwrap();
        plan.receive_review(&anonymous, day(2)).unwrap();
        plan.keep_comment(&anonymous.id, 0, true).unwrap();
        assert_eq!(
            kept(&plan, &role),
            [
                (
                    "Sam Okafor".to_string(),
                    "Your dashboards fit this well.".to_string()
                ),
                (
                    "Your reviewer".to_string(),
                    "Also look at Fabrikam".to_string()
                )
            ]
        );
        // Removing a review takes its comments, not the items accepted from it.
        let accepted = plan.accept_suggestion(&id, 0).unwrap().unwrap();
        plan.remove_review(&id).unwrap();
        assert_eq!(
            kept(&plan, &role),
            [(
                "Your reviewer".to_string(),
                "Also look at Fabrikam".to_string()
            )]
        );
        assert!(plan.has_item(&accepted));
        assert_eq!(plan.suggested_by(&accepted), None);
    }

    #[test]
    fn has_item_knows_removed_items() {
        let mut plan = owners_plan();
        let items: Vec<ItemRef> = reviewable(&plan).into_iter().map(|r| r.about).collect();
        for about in &items {
            assert!(plan.has_item(about), "{about:?}");
        }
        for kind in [
            ItemRef::Rejection as fn(Id) -> ItemRef,
            ItemRef::Role,
            ItemRef::SearchChange,
            ItemRef::SkillGap,
            ItemRef::Fun,
            ItemRef::Application,
        ] {
            assert!(!plan.has_item(&kind(Id::new(999))));
        }
        let feedback = ItemRef::Feedback(FeedbackRef {
            rejection: Id::new(1),
            feedback: Id::new(3),
        });
        assert!(items.contains(&feedback));
        plan.remove_feedback(Id::new(1), Id::new(3)).unwrap();
        assert!(!plan.has_item(&feedback));
        plan.remove_role(Id::new(12)).unwrap();
        assert!(!plan.has_item(&ItemRef::Role(Id::new(12))));
        plan.remove_search_change(Id::new(7)).unwrap();
        assert!(!plan.has_item(&ItemRef::SearchChange(Id::new(7))));
        plan.remove_skill_gap(Id::new(9)).unwrap();
        assert!(!plan.has_item(&ItemRef::SkillGap(Id::new(9))));
        assert!(!plan.has_item(&ItemRef::Prep("gap:9".into())));
        plan.remove_fun(Id::new(16)).unwrap();
        assert!(!plan.has_item(&ItemRef::Fun(Id::new(16))));
        plan.remove_application(Id::new(20)).unwrap();
        assert!(!plan.has_item(&ItemRef::Application(Id::new(20))));
        assert!(plan.has_item(&ItemRef::SetbackPlan));
        plan.set_setback_plan("  ").unwrap();
        assert!(!plan.has_item(&ItemRef::SetbackPlan));
        assert!(plan.has_item(&ItemRef::Prep("basic:research".into())));
        assert!(!plan.has_item(&ItemRef::Prep("basic:nothing".into())));
        plan.remove_rejection(Id::new(1)).unwrap();
        assert!(!plan.has_item(&ItemRef::Rejection(Id::new(1))));

        // One's own checklist items, and their ticks.
        let own = plan.add_own_prep(" Print two copies of my CV ").unwrap();
        let key = ItemRef::Prep(format!("own:{own}"));
        assert!(plan.has_item(&key));
        assert_eq!(
            plan.own_prep.last().unwrap().text,
            "Print two copies of my CV"
        );
        plan.set_prep_done(&format!("own:{own}"), true);
        plan.remove_own_prep(own).unwrap();
        assert!(!plan.has_item(&key));
        assert!(!plan.is_prep_done(&format!("own:{own}")));
        assert_eq!(plan.remove_own_prep(own), Err(ModelError::NotFound));
        assert_eq!(
            plan.add_own_prep("   "),
            Err(ModelError::Empty(Field::PreparationItem))
        );
    }

    #[test]
    fn a_full_list_refuses_the_suggestion_and_records_nothing() {
        let (mut plan, id) = received();
        while plan.own_prep.len() < limits::MAX_OWN_PREP {
            plan.add_own_prep("Something of my own").unwrap();
        }
        while plan.roles.len() < limits::MAX_ROLES {
            plan.add_role(&RoleDraft {
                title: "A role".into(),
                area: String::new(),
                level: Level::Junior,
                requirements: String::new(),
            })
            .unwrap();
        }
        let before = json(&plan);
        assert_eq!(
            plan.accept_suggestion(&id, 3),
            Err(ModelError::ListFull(limits::MAX_OWN_PREP))
        );
        assert_eq!(
            plan.accept_suggestion(&id, 1),
            Err(ModelError::ListFull(limits::MAX_ROLES))
        );
        assert_eq!(json(&plan), before);
        assert!(plan.review(&id).unwrap().suggestions[3].answer.is_none());
        // With room again, it can still be accepted.
        let first = plan.own_prep[0].id;
        plan.remove_own_prep(first).unwrap();
        assert!(plan.accept_suggestion(&id, 3).unwrap().is_some());
    }

    #[test]
    fn too_many_reviews_are_refused_and_change_nothing() {
        let mut plan = owners_plan();
        for n in 0..MAX_REVIEWS {
            let id = ReviewId::from_random((n as u128).to_be_bytes());
            let review = Review::new(id, &plan).unwrap();
            assert_eq!(plan.receive_review(&review, day(1)), Ok(Received::New));
        }
        let before = json(&plan);
        let one_more = Review::new(review_id(0xff), &plan).unwrap();
        assert_eq!(
            plan.receive_review(&one_more, day(2)),
            Err(ReviewError::TooManyReviews(MAX_REVIEWS))
        );
        assert_eq!(json(&plan), before);
        // One already received is still found.
        let again = Review::new(ReviewId::from_random(0u128.to_be_bytes()), &plan).unwrap();
        assert_eq!(
            plan.receive_review(&again, day(2)),
            Ok(Received::AlreadyHad)
        );
    }

    #[test]
    fn a_reviewer_writes_one_comment_per_item_within_limits() {
        let plan = owners_plan();
        let mut review = Review::new(review_id(1), &plan).unwrap();
        assert!(review.is_blank());
        assert_eq!(en(&review.signed_by()), "Your reviewer");
        let items = reviewable(&plan);
        let first = &items[0];
        review
            .set_comment(first, "  One  ", &Messages::english())
            .unwrap();
        review
            .set_comment(first, "Two", &Messages::english())
            .unwrap();
        assert_eq!(review.comments.len(), 1);
        assert_eq!(review.comment_on(&first.about), Some("Two"));
        assert!(!review.is_blank());
        review
            .set_comment(first, "   ", &Messages::english())
            .unwrap();
        assert!(review.comments.is_empty());
        assert_eq!(review.comment_on(&first.about), None);
        review.set_comment(first, "", &Messages::english()).unwrap();
        assert!(review.is_blank());
        let long = "x".repeat(limits::MAX_TEXT_CHARS + 1);
        assert!(matches!(
            review.set_comment(first, &long, &Messages::english()),
            Err(ModelError::TooLong { .. })
        ));
        // Labels are cut short, on a character boundary.
        let mut wordy = plan.clone();
        wordy.skill_gaps[0].skill = "é".repeat(150);
        let gap = item(&wordy, &ItemRef::SkillGap(wordy.skill_gaps[0].id));
        review
            .set_comment(&gap, "Long", &Messages::english())
            .unwrap();
        assert!(review.comments[0].label.chars().count() <= MAX_LABEL_CHARS);
        assert!(review.comments[0].label.starts_with("éé"));

        // At most MAX_COMMENTS comments.
        let mut full = Review::new(review_id(2), &plan).unwrap();
        for n in 0..MAX_COMMENTS as u32 {
            let about = Reviewable {
                about: ItemRef::Fun(Id::new(1000 + n)),
                ..first.clone()
            };
            full.set_comment(&about, "ok", &Messages::english())
                .unwrap();
        }
        let before = full.clone();
        assert_eq!(
            full.set_comment(first, "one more", &Messages::english()),
            Err(ModelError::ListFull(MAX_COMMENTS))
        );
        assert_eq!(full, before);
        // Changing or removing one is still allowed.
        let last = Reviewable {
            about: ItemRef::Fun(Id::new(1000)),
            ..first.clone()
        };
        full.set_comment(&last, "changed", &Messages::english())
            .unwrap();
        full.set_comment(&last, "", &Messages::english()).unwrap();
        assert_eq!(full.comments.len(), MAX_COMMENTS - 1);
    }

    #[test]
    fn suggestions_are_checked_as_typed() {
        let plan = owners_plan();
        let mut review = Review::new(review_id(1), &plan).unwrap();
        review
            .add_suggestion(Suggestion::Prep {
                text: "  Practise  ".into(),
            })
            .unwrap();
        assert_eq!(
            review.suggestions,
            [Suggestion::Prep {
                text: "Practise".into()
            }]
        );
        for empty in [
            Suggestion::Prep { text: " ".into() },
            Suggestion::SearchChange { text: "".into() },
            Suggestion::Role {
                title: " ".into(),
                level: Level::Junior,
            },
            Suggestion::SkillGap {
                skill: "".into(),
                method: Method::Course,
                how: "x".into(),
            },
        ] {
            assert!(matches!(
                review.add_suggestion(empty),
                Err(ModelError::Empty(_))
            ));
        }
        assert!(matches!(
            review.add_suggestion(Suggestion::SkillGap {
                skill: "SQL".into(),
                method: Method::Course,
                how: "x".repeat(limits::MAX_NAME_CHARS + 1),
            }),
            Err(ModelError::TooLong { .. })
        ));
        // A search change or checklist item may be as long as a note.
        review
            .add_suggestion(Suggestion::SearchChange {
                text: "y".repeat(limits::MAX_NAME_CHARS + 1),
            })
            .unwrap();
        assert_eq!(review.suggestions.len(), 2);
        review.remove_suggestion(0).unwrap();
        assert_eq!(review.remove_suggestion(1), Err(ModelError::NotFound));
        while review.suggestions.len() < MAX_SUGGESTIONS {
            review
                .add_suggestion(Suggestion::Prep { text: "p".into() })
                .unwrap();
        }
        assert_eq!(
            review.add_suggestion(Suggestion::Prep { text: "p".into() }),
            Err(ModelError::ListFull(MAX_SUGGESTIONS))
        );
        review.set_reviewer(" Sam ").unwrap();
        assert_eq!(review.reviewer, "Sam");
        assert!(review
            .set_reviewer(&"n".repeat(limits::MAX_NAME_CHARS + 1))
            .is_err());
        assert!(review
            .set_note(&"n".repeat(limits::MAX_TEXT_CHARS + 1))
            .is_err());
    }

    #[test]
    fn every_suggestion_says_what_it_is() {
        let english = Messages::english();
        let said: Vec<String> = suggestions()
            .iter()
            .map(|s| english.plain(&s.describe()))
            .collect();
        assert_eq!(
            said,
            [
                "A skill gap: Window functions (Course). How: Mode's free SQL tutorial",
                "A target role: Analytics engineer (Mid-level)",
                "A change to your search: Ask for referrals at two retail firms",
                "Something to prepare: Bring one dashboard to talk through",
            ]
        );
    }

    #[test]
    fn every_item_a_reviewer_sees_has_its_step_and_words() {
        let plan = owners_plan();
        let items = reviewable(&plan);
        let kinds = |f: fn(&ItemRef) -> bool| items.iter().filter(|i| f(&i.about)).count();
        assert_eq!(kinds(|a| matches!(a, ItemRef::Rejection(_))), 1);
        assert_eq!(kinds(|a| matches!(a, ItemRef::Feedback(_))), 5);
        assert_eq!(kinds(|a| matches!(a, ItemRef::Role(_))), 2);
        assert_eq!(kinds(|a| matches!(a, ItemRef::SearchChange(_))), 1);
        assert_eq!(kinds(|a| matches!(a, ItemRef::SkillGap(_))), 6);
        assert_eq!(kinds(|a| matches!(a, ItemRef::Fun(_))), 1);
        assert_eq!(kinds(|a| matches!(a, ItemRef::SetbackPlan)), 1);
        assert_eq!(kinds(|a| matches!(a, ItemRef::Application(_))), 2);
        assert_eq!(
            kinds(|a| matches!(a, ItemRef::Prep(_))),
            prep_checklist(&plan).len()
        );
        assert!(items.iter().all(|i| !en(&i.label).trim().is_empty()));
        let role = item(&plan, &ItemRef::Role(Id::new(12)));
        assert_eq!(en(&role.label), "Role: Business intelligence analyst");
        assert_eq!(
            crate::core::steps::Screen::of_item(&role.about),
            crate::core::steps::Screen::Search
        );
        let mut unique: Vec<&ItemRef> = items.iter().map(|i| &i.about).collect();
        unique.sort_by_key(|a| format!("{a:?}"));
        unique.dedup();
        assert_eq!(unique.len(), items.len(), "each item once");
    }

    /// A map moving every id of the plan up by 100.
    fn shift(plan: &Plan) -> HashMap<Id, Id> {
        crate::core::walk::item_ids(plan)
            .into_iter()
            .map(|id| (id, Id::new(id.get() + 100)))
            .collect()
    }

    #[test]
    fn renumbering_moves_what_reviews_are_about_and_own_checklist_keys() {
        let (mut plan, id) = received();
        let prep = ItemRef::Prep("gap:8".into());
        let mut second = Review::new(review_id(2), &owners_plan()).unwrap();
        second
            .set_comment(&item(&plan, &prep), "Yes", &Messages::english())
            .unwrap();
        second
            .set_comment(
                &item(&plan, &ItemRef::SetbackPlan),
                "Good plan",
                &Messages::english(),
            )
            .unwrap();
        plan.receive_review(&second, day(2)).unwrap();
        let gap = plan.accept_suggestion(&id, 0).unwrap().unwrap();
        let own = plan.accept_suggestion(&id, 3).unwrap().unwrap();
        let ItemRef::Prep(own_key) = own.clone() else {
            panic!()
        };
        plan.set_prep_done(&own_key, true);
        plan.keep_comment(&id, 0, true).unwrap();
        let own_id = plan.own_prep[0].id;

        let map = shift(&plan);
        assert!(map.contains_key(&own_id), "own checklist items have ids");
        let mut moved = plan.clone();
        renumber(&mut moved, &map);
        let up = |item: &ItemRef| item.moved(&|i: Id| Some(Id::new(i.get() + 100))).unwrap();

        assert_eq!(moved.own_prep[0].id, Id::new(own_id.get() + 100));
        assert!(moved.is_prep_done(&format!("own:{}", own_id.get() + 100)));
        assert!(
            moved.is_prep_done("basic:research"),
            "keys without ids stay"
        );
        let sams = moved.review(&id).unwrap();
        assert_eq!(
            sams.comments[0].comment.about,
            ItemRef::SkillGap(Id::new(108))
        );
        assert_eq!(sams.comments[1].comment.about, ItemRef::Role(Id::new(112)));
        assert_eq!(sams.suggestions[0].answer, Some(Answer::Accepted(up(&gap))));
        assert_eq!(sams.suggestions[3].answer, Some(Answer::Accepted(up(&own))));
        let other = moved.review(&second.id).unwrap();
        assert_eq!(
            other.comments[0].comment.about,
            ItemRef::Prep("gap:108".into())
        );
        assert_eq!(other.comments[1].comment.about, ItemRef::SetbackPlan);
        // Everything still finds its item.
        assert_eq!(
            moved
                .suggested_by(&up(&gap))
                .map(|line| en(&line))
                .as_deref(),
            Some("Suggested by Sam Okafor")
        );
        assert_eq!(
            moved
                .suggested_by(&up(&own))
                .map(|line| en(&line))
                .as_deref(),
            Some("Suggested by Sam Okafor")
        );
        assert_eq!(
            moved.kept_comments(&ItemRef::SkillGap(Id::new(108))).len(),
            1
        );
        for r in &moved.reviews {
            for c in &r.comments {
                assert!(moved.has_item(&c.comment.about), "{:?}", c.comment.about);
            }
        }
        // An empty map changes nothing.
        let mut same = plan.clone();
        renumber(&mut same, &HashMap::new());
        assert_eq!(same, plan);
    }

    #[test]
    fn moving_a_review_drops_what_has_no_new_place() {
        let (mut plan, id) = received();
        let gap = plan.accept_suggestion(&id, 0).unwrap().unwrap();
        let review = plan.review(&id).unwrap();
        // Only the role (12) has a place to go.
        struct OnlyTheRole;
        impl Walker for OnlyTheRole {
            fn item(&mut self, _: Item, _: &mut Id) {}
            fn link(&mut self, link: Link<'_>) -> bool {
                link.move_ids(&|i: Id| (i == Id::new(12)).then_some(Id::new(40)))
            }
        }
        let mut moved_plan = plan.clone();
        walk(&mut moved_plan, &mut OnlyTheRole);
        let moved = moved_plan.review(&id).unwrap();
        assert_eq!(moved.comments.len(), 1);
        assert_eq!(moved.comments[0].comment.about, ItemRef::Role(Id::new(40)));
        assert_eq!(moved.suggestions[0].answer, None, "waits again");
        assert_eq!(moved.suggestions.len(), review.suggestions.len());
        assert!(matches!(gap, ItemRef::SkillGap(_)));
        assert_eq!(
            ItemRef::SetbackPlan.moved(&|_| None),
            Some(ItemRef::SetbackPlan)
        );
        assert_eq!(
            ItemRef::Prep("gap:8".into()).moved(&|i| Some(Id::new(i.get() * 2))),
            Some(ItemRef::Prep("gap:16".into()))
        );
    }

    #[test]
    fn keep_both_carries_each_review_once() {
        let (mut mine, id) = received();
        mine.accept_suggestion(&id, 3).unwrap();
        mine.keep_comment(&id, 0, true).unwrap();

        // The same plan merged into itself: Sam's review stays once, as this plan has it.
        let mut twice = mine.clone();
        twice.merge_in(&mine).unwrap();
        assert_eq!(twice.reviews, mine.reviews);
        assert_eq!(
            twice.own_prep.len(),
            2,
            "the checklist item is an item, kept twice"
        );

        // A backup of the plan with a review of its own: that review comes along, moved to
        // the new ids of the items it is about.
        let mut backup = owners_plan();
        let other = sams_review(&backup, review_id(2));
        backup.receive_review(&other, day(2)).unwrap();
        let own = backup.accept_suggestion(&other.id, 3).unwrap().unwrap();
        backup.keep_comment(&other.id, 0, true).unwrap();
        let mut merged = mine.clone();
        merged.merge_in(&backup).unwrap();
        assert_eq!(merged.reviews.len(), 2);
        assert_eq!(merged.reviews[0], mine.reviews[0]);
        let came = merged.review(&other.id).unwrap();
        // Comments now point at the incoming copies of their items, which exist.
        for c in &came.comments {
            assert!(merged.has_item(&c.comment.about), "{:?}", c.comment.about);
            assert_ne!(c.comment.about, other.comments[0].about);
        }
        let Some(Answer::Accepted(new_own)) = &came.suggestions[3].answer else {
            panic!("{:?}", came.suggestions[3])
        };
        assert_ne!(*new_own, own);
        assert!(merged.has_item(new_own));
        assert_eq!(
            merged
                .suggested_by(new_own)
                .map(|line| en(&line))
                .as_deref(),
            Some("Suggested by Sam Okafor")
        );
        // Sam's kept comment on this plan's own gap 8 is still on gap 8 only.
        assert_eq!(
            merged.kept_comments(&ItemRef::SkillGap(Id::new(8))).len(),
            1
        );
        let mut checked = merged.clone();
        crate::core::validate::validate(&mut checked).unwrap();
        assert_eq!(checked, merged);

        // A shared plan has no reviews: merging one brings none.
        let shared = link::decode(&link::encode(&backup, ShareOptions::ALL)).unwrap();
        assert!(shared.reviews.is_empty());
        assert_eq!(
            shared.own_prep, backup.own_prep,
            "own checklist items are shared"
        );
    }

    #[test]
    fn a_second_round_carries_what_was_decided_and_adds_nothing_twice() {
        let mut plan = owners_plan();
        let first = sams_review(&plan, review_id(1));
        plan.receive_review(&first, day(1)).unwrap();
        plan.accept_suggestion(&review_id(1), 0).unwrap();
        plan.decline_suggestion(&review_id(1), 1).unwrap();
        plan.keep_comment(&review_id(1), 0, true).unwrap();
        let gaps = plan.skill_gaps.len();

        // Round two: the same review with one more suggestion, under a new id.
        let mut second = first.clone();
        second.id = review_id(2);
        second
            .add_suggestion(Suggestion::SearchChange {
                text: "Ask two people for a referral".into(),
            })
            .unwrap();
        assert_eq!(plan.receive_review(&second, day(2)), Ok(Received::New));
        let round_two = plan.review(&review_id(2)).unwrap();
        assert!(matches!(
            round_two.suggestions[0].answer,
            Some(Answer::Accepted(_))
        ));
        assert_eq!(round_two.suggestions[1].answer, Some(Answer::Declined));
        assert_eq!(round_two.suggestions.last().unwrap().answer, None);
        assert_eq!(round_two.comments[0].kept, Some(true));
        assert_eq!(plan.skill_gaps.len(), gaps);
        // Accepting the carried one again adds nothing.
        plan.accept_suggestion(&review_id(2), 0).unwrap();
        assert_eq!(plan.skill_gaps.len(), gaps);

        // Someone else's identical suggestion is theirs to answer.
        let mut other = first.clone();
        other.id = review_id(3);
        other.set_reviewer("Alex").unwrap();
        plan.receive_review(&other, day(3)).unwrap();
        assert!(plan
            .review(&review_id(3))
            .unwrap()
            .suggestions
            .iter()
            .all(|s| s.answer.is_none()));
    }
}
