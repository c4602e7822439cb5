//! Checks that a plan from outside the running app (a stored record, a share link, a
//! backup file) is within limits and internally consistent before it is used.

use std::collections::HashSet;

use chrono::{Datelike, NaiveDate};
use thiserror::Error;

use super::item::ItemRef;
use super::limits::*;
use super::plan::{
    Comment, Suggestion, MAX_COMMENTS, MAX_LABEL_CHARS, MAX_REVIEWS, MAX_SUGGESTIONS,
};
use super::plan::{Id, Plan};
use super::walk::{walk, Item, Link, Walker};
use super::words::{Arg, Key, Phrase};

/// Why a plan from outside was refused.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum InvalidPlan {
    #[error("it holds too many {what} ({count}, at most {max})")]
    TooMany {
        what: &'static str,
        count: usize,
        max: usize,
    },
    #[error("a {0} is too long")]
    TextTooLong(&'static str),
    #[error("a {0} is empty")]
    EmptyText(&'static str),
    #[error("a level or mood is outside 1 to 5")]
    OutOfRange,
    #[error("the same id is used twice")]
    DuplicateId,
    #[error("a date is outside the years 1900 to 2200")]
    ImpossibleDate,
    #[error("it holds a character that is not allowed in text")]
    ControlCharacter,
}

impl InvalidPlan {
    /// Why, in words that complete "… because { $reason }" (see `error-invalid-…`).
    pub fn message(&self) -> Phrase {
        let what = |key: Key| ("what", Arg::key(key));
        match self {
            InvalidPlan::TooMany {
                what: w,
                count,
                max,
            } => Phrase::said(
                Key::ErrorInvalidTooMany,
                vec![
                    what(many(w)),
                    ("count", Arg::Count(*count as i64)),
                    ("max", Arg::Count(*max as i64)),
                ],
            ),
            InvalidPlan::TextTooLong(w) => {
                Phrase::said(Key::ErrorInvalidTooLong, vec![what(one(w))])
            }
            InvalidPlan::EmptyText(w) => Phrase::said(Key::ErrorInvalidEmpty, vec![what(one(w))]),
            InvalidPlan::OutOfRange => Key::ErrorInvalidOutOfRange.into(),
            InvalidPlan::DuplicateId => Key::ErrorInvalidDuplicateId.into(),
            InvalidPlan::ImpossibleDate => Key::ErrorInvalidDate.into(),
            InvalidPlan::ControlCharacter => Key::ErrorInvalidControl.into(),
        }
    }
}

/// The name of one thing a plan holds, by the name the checks below give it.
fn one(what: &str) -> Key {
    match what {
        "company" => Key::ErrorFieldCompany,
        "role" => Key::ErrorFieldRole,
        "contact name" => Key::ErrorFieldContactName,
        "contact email" => Key::ErrorFieldContactEmail,
        "message" => Key::ErrorFieldMessage,
        "note" => Key::ErrorFieldNote,
        "feedback" => Key::ErrorFieldFeedback,
        "evidence" => Key::ErrorFieldEvidence,
        "name" => Key::ErrorFieldName,
        "role title" => Key::ErrorFieldRoleTitle,
        "area" => Key::ErrorFieldArea,
        "skill" => Key::ErrorFieldSkill,
        "if part" => Key::ErrorFieldIfPart,
        "then part" => Key::ErrorFieldThenPart,
        "who" => Key::ErrorFieldWho,
        "thought" => Key::ErrorFieldThought,
        "kinder view" => Key::ErrorFieldKinderView,
        "setback plan" => Key::ErrorFieldSetbackPlan,
        "writing" => Key::ErrorFieldWriting,
        "comment" => Key::ErrorFieldComment,
        "how" => Key::ErrorFieldHow,
        "reviewer's name" => Key::ErrorFieldReviewerName,
        "review note" => Key::ErrorFieldReviewNote,
        "comment's item" => Key::ErrorFieldCommentItem,
        "checklist key" => Key::ErrorFieldChecklistKey,
        "suggestion" => Key::ErrorFieldSuggestion,
        "requirement" => Key::ErrorFieldRequirement,
        "search change" => Key::ErrorFieldSearchChange,
        "fun plan" => Key::ErrorFieldFunPlan,
        "mood note" => Key::ErrorFieldMoodNote,
        "went-well note" => Key::ErrorFieldWentWellNote,
        "draft name" => Key::ErrorFieldDraftName,
        "draft" => Key::ErrorFieldDraft,
        "checklist item" => Key::ErrorFieldChecklistItem,
        _ => Key::ErrorFieldText,
    }
}

/// The name of the things a plan holds, counted, by the name the checks below give them.
fn many(what: &str) -> Key {
    match what {
        "comments" => Key::ErrorItemsComments,
        "suggestions" => Key::ErrorItemsSuggestions,
        "rejections" => Key::ErrorItemsRejections,
        "feedback items" => Key::ErrorItemsFeedback,
        "skills" => Key::ErrorItemsSkills,
        "target roles" => Key::ErrorItemsTargetRoles,
        "requirements" => Key::ErrorItemsRequirements,
        "search changes" => Key::ErrorItemsSearchChanges,
        "skill gaps" => Key::ErrorItemsSkillGaps,
        "fun plans" => Key::ErrorItemsFunPlans,
        "mood check-ins" => Key::ErrorItemsMoodCheckIns,
        "reframes" => Key::ErrorItemsReframes,
        "went-well notes" => Key::ErrorItemsWentWellNotes,
        "writing sessions" => Key::ErrorItemsWritingSessions,
        "applications" => Key::ErrorItemsApplications,
        "checklist ticks" => Key::ErrorItemsChecklistTicks,
        "drafts" => Key::ErrorItemsDrafts,
        "checklist items" => Key::ErrorItemsChecklistItems,
        "reviews" => Key::ErrorItemsReviews,
        _ => Key::ErrorItemsOther,
    }
}

fn count(what: &'static str, count: usize, max: usize) -> Result<(), InvalidPlan> {
    if count > max {
        Err(InvalidPlan::TooMany { what, count, max })
    } else {
        Ok(())
    }
}

fn text(what: &'static str, value: &str, max: usize) -> Result<(), InvalidPlan> {
    if value.chars().count() > max {
        return Err(InvalidPlan::TextTooLong(what));
    }
    if value
        .chars()
        .any(|c| c.is_control() && !matches!(c, '\n' | '\r' | '\t'))
    {
        return Err(InvalidPlan::ControlCharacter);
    }
    Ok(())
}

fn name(what: &'static str, value: &str) -> Result<(), InvalidPlan> {
    if value.trim().is_empty() {
        return Err(InvalidPlan::EmptyText(what));
    }
    text(what, value, MAX_NAME_CHARS)
}

fn level(value: u8) -> Result<(), InvalidPlan> {
    if (1..=5).contains(&value) {
        Ok(())
    } else {
        Err(InvalidPlan::OutOfRange)
    }
}

fn date(value: NaiveDate) -> Result<(), InvalidPlan> {
    if (1900..=2200).contains(&value.year()) {
        Ok(())
    } else {
        Err(InvalidPlan::ImpossibleDate)
    }
}

/// What the walk over a plan finds for validation: ids seen twice, and links to a
/// rejection or a feedback point that is not there (dropped).
struct Check {
    ids: HashSet<Id>,
    duplicate: bool,
    rejections: HashSet<Id>,
    sources: HashSet<(Id, Id)>,
}

impl Walker for Check {
    fn item(&mut self, _: Item, id: &mut Id) {
        self.duplicate |= !self.ids.insert(*id);
    }

    fn link(&mut self, link: Link<'_>) -> bool {
        match link {
            Link::Focus(id) | Link::Writing(id) => self.rejections.contains(id),
            Link::Source(s) => self.sources.contains(&(s.rejection, s.feedback)),
            // A comment on an item removed since still reads in context; the others are
            // moved or dropped where their item goes.
            _ => true,
        }
    }
}

/// Checks what a review holds: its name, note, comments and suggestions. Used for reviews
/// received into a plan and for reviews read from a reply link.
pub fn review_parts<'a>(
    reviewer: &str,
    note: &str,
    comments: impl ExactSizeIterator<Item = &'a Comment>,
    suggestions: impl ExactSizeIterator<Item = &'a Suggestion>,
) -> Result<(), InvalidPlan> {
    text("reviewer's name", reviewer, MAX_NAME_CHARS)?;
    text("review note", note, MAX_TEXT_CHARS)?;
    count("comments", comments.len(), MAX_COMMENTS)?;
    for c in comments {
        text("comment", &c.text, MAX_TEXT_CHARS)?;
        text("comment's item", &c.label, MAX_LABEL_CHARS)?;
        if let ItemRef::Prep(key) = &c.about {
            text("checklist key", key, MAX_NAME_CHARS)?;
        }
    }
    count("suggestions", suggestions.len(), MAX_SUGGESTIONS)?;
    for s in suggestions {
        match s {
            Suggestion::SkillGap { skill, how, .. } => {
                name("skill", skill)?;
                text("how", how, MAX_NAME_CHARS)?;
            }
            Suggestion::Role { title, .. } => name("role title", title)?,
            Suggestion::SearchChange { text: t } | Suggestion::Prep { text: t } => {
                if t.trim().is_empty() {
                    return Err(InvalidPlan::EmptyText("suggestion"));
                }
                text("suggestion", t, MAX_TEXT_CHARS)?;
            }
        }
    }
    Ok(())
}

/// Checks every limit and rule, then repairs what is safe to repair: the id counter is
/// moved past every id in use, and a dangling focus or link is dropped.
pub fn validate(plan: &mut Plan) -> Result<(), InvalidPlan> {
    count("rejections", plan.rejections.len(), MAX_REJECTIONS)?;
    for r in &plan.rejections {
        name("company", &r.company)?;
        name("role", &r.role)?;
        text("contact name", &r.contact_name, MAX_NAME_CHARS)?;
        text("contact email", &r.contact_email, MAX_NAME_CHARS)?;
        text("message", &r.message, MAX_TEXT_CHARS)?;
        text("note", &r.reflection.note, MAX_TEXT_CHARS)?;
        date(r.date)?;
        for d in [r.request.sent_on, r.request.followed_up_on]
            .into_iter()
            .flatten()
        {
            date(d)?;
        }
        count("feedback items", r.feedback.len(), MAX_FEEDBACK)?;
        for f in &r.feedback {
            if f.text.trim().is_empty() {
                return Err(InvalidPlan::EmptyText("feedback"));
            }
            text("feedback", &f.text, MAX_TEXT_CHARS)?;
        }
    }
    text("name", &plan.profile.name, MAX_NAME_CHARS)?;
    count("skills", plan.profile.skills.len(), MAX_SKILLS)?;
    for s in &plan.profile.skills {
        name("skill", s)?;
    }
    count("target roles", plan.roles.len(), MAX_ROLES)?;
    for role in &plan.roles {
        name("role title", &role.title)?;
        text("area", &role.area, MAX_NAME_CHARS)?;
        count("requirements", role.requirements.len(), MAX_SKILLS)?;
        for s in &role.requirements {
            name("requirement", s)?;
        }
    }
    count(
        "search changes",
        plan.search_changes.len(),
        MAX_SEARCH_CHANGES,
    )?;
    for c in &plan.search_changes {
        if c.text.trim().is_empty() {
            return Err(InvalidPlan::EmptyText("search change"));
        }
        text("search change", &c.text, MAX_TEXT_CHARS)?;
    }
    count("skill gaps", plan.skill_gaps.len(), MAX_SKILL_GAPS)?;
    for g in &plan.skill_gaps {
        name("skill", &g.skill)?;
        text("evidence", &g.evidence, MAX_TEXT_CHARS)?;
        text("if part", &g.if_cue, MAX_NAME_CHARS)?;
        text("then part", &g.then_action, MAX_NAME_CHARS)?;
        level(g.current_level)?;
        level(g.target_level)?;
        if let Some(d) = g.target_date {
            date(d)?;
        }
    }
    count("fun plans", plan.fun.len(), MAX_FUN)?;
    for f in &plan.fun {
        name("fun plan", &f.what)?;
        text("who", &f.with_whom, MAX_NAME_CHARS)?;
        date(f.when.date())?;
        for m in [f.mood_before, f.mood_after].into_iter().flatten() {
            level(m)?;
        }
    }
    let w = &plan.wellbeing;
    count("mood check-ins", w.moods.len(), MAX_MOODS)?;
    let mut days = HashSet::new();
    for m in &w.moods {
        level(m.mood)?;
        date(m.date)?;
        text("mood note", &m.note, MAX_NAME_CHARS)?;
        if !days.insert(m.date) {
            return Err(InvalidPlan::DuplicateId);
        }
    }
    count("reframes", w.reframes.len(), MAX_NOTES)?;
    for r in &w.reframes {
        date(r.date)?;
        text("thought", &r.thought, MAX_TEXT_CHARS)?;
        text("kinder view", &r.kinder_view, MAX_TEXT_CHARS)?;
    }
    count("went-well notes", w.went_well.len(), MAX_NOTES)?;
    for n in &w.went_well {
        date(n.date)?;
        text("went-well note", &n.text, MAX_TEXT_CHARS)?;
    }
    text("setback plan", &w.setback_plan, MAX_TEXT_CHARS)?;
    // Two plans kept side by side may hold more than the four sessions one plan starts.
    count("writing sessions", w.writing.len(), MAX_NOTES)?;
    let mut writing_days = HashSet::new();
    for s in &w.writing {
        date(s.date)?;
        text("writing", &s.text, MAX_WRITING_CHARS)?;
        if !writing_days.insert((s.rejection, s.date)) {
            return Err(InvalidPlan::DuplicateId);
        }
    }
    for d in w.legacy_slate.iter().chain(
        plan.rejections
            .iter()
            .filter_map(|r| r.slate_wiped_on.as_ref()),
    ) {
        date(*d)?;
    }
    count("applications", plan.applications.len(), MAX_APPLICATIONS)?;
    for a in &plan.applications {
        name("company", &a.company)?;
        name("role", &a.role)?;
        text("note", &a.note, MAX_TEXT_CHARS)?;
        date(a.date)?;
    }
    count("checklist ticks", plan.prep_done.len(), MAX_PREP)?;
    for k in &plan.prep_done {
        text("checklist key", k, MAX_NAME_CHARS)?;
    }
    text("if part", &plan.search_rhythm.if_cue, MAX_NAME_CHARS)?;
    text("then part", &plan.search_rhythm.then_action, MAX_NAME_CHARS)?;
    count("drafts", plan.drafts.len(), MAX_DRAFTS)?;
    for (key, value) in plan.drafts.iter() {
        text("draft name", key, MAX_NAME_CHARS)?;
        text("draft", value, MAX_DRAFT_CHARS)?;
    }
    count("checklist items", plan.own_prep.len(), MAX_OWN_PREP)?;
    for p in &plan.own_prep {
        name("checklist item", &p.text).or_else(|e| match e {
            InvalidPlan::TextTooLong(_) => text("checklist item", &p.text, MAX_TEXT_CHARS),
            other => Err(other),
        })?;
    }
    count("reviews", plan.reviews.len(), MAX_REVIEWS)?;
    let mut review_ids = HashSet::new();
    for r in &plan.reviews {
        if !review_ids.insert(&r.id) {
            return Err(InvalidPlan::DuplicateId);
        }
        date(r.received_on)?;
        let comments = r.comments.iter().map(|c| &c.comment);
        let suggestions = r.suggestions.iter().map(|s| &s.suggestion);
        review_parts(&r.reviewer, &r.note, comments, suggestions)?;
    }

    // Every id once (the walk meets every item), then repairs: never hand out an id that
    // is already in use, and forget a focus or a source whose item is gone.
    let rejections: HashSet<Id> = plan.rejections.iter().map(|r| r.id).collect();
    let sources: HashSet<(Id, Id)> = plan
        .rejections
        .iter()
        .flat_map(|r| r.feedback.iter().map(move |f| (r.id, f.id)))
        .collect();
    let mut check = Check {
        ids: HashSet::new(),
        duplicate: false,
        rejections,
        sources,
    };
    walk(plan, &mut check);
    if check.duplicate {
        return Err(InvalidPlan::DuplicateId);
    }
    let max_id = check.ids.iter().copied().max().unwrap_or_default();
    plan.next_id = plan.next_id.max(max_id);
    super::order::sort_by_key(&mut plan.wellbeing.moods, |m| m.date);
    super::order::sort_by_key(&mut plan.wellbeing.writing, |s| s.date);
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::plan::*;

    fn plan() -> Plan {
        let mut plan = Plan::default();
        let today = NaiveDate::from_ymd_opt(2026, 11, 25).unwrap();
        plan.record_rejection(
            &RejectionDraft {
                company: "Acme".into(),
                role: "Designer".into(),
                contact_name: String::new(),
                contact_email: String::new(),
                stage: Stage::Interview,
                date: today,
                channel: Channel::Email,
                message: String::new(),
            },
            today,
            false,
        )
        .unwrap();
        plan.add_skill_gap(&SkillGapDraft::named("SQL"), false)
            .unwrap();
        plan
    }

    #[test]
    fn a_plan_made_by_the_app_is_valid() {
        let mut p = plan();
        let before = p.clone();
        validate(&mut p).unwrap();
        assert_eq!(p, before);
    }

    #[test]
    fn duplicate_ids_are_refused() {
        let mut p = plan();
        p.skill_gaps[0].id = p.rejections[0].id;
        assert_eq!(validate(&mut p), Err(InvalidPlan::DuplicateId));
    }

    #[test]
    fn out_of_range_levels_and_dates_are_refused() {
        let mut p = plan();
        p.skill_gaps[0].target_level = 9;
        assert_eq!(validate(&mut p), Err(InvalidPlan::OutOfRange));
        let mut p = plan();
        p.rejections[0].date = NaiveDate::from_ymd_opt(9999, 1, 1).unwrap();
        assert_eq!(validate(&mut p), Err(InvalidPlan::ImpossibleDate));
    }

    #[test]
    fn empty_long_and_control_text_is_refused() {
        let mut p = plan();
        p.rejections[0].company = " ".into();
        assert_eq!(validate(&mut p), Err(InvalidPlan::EmptyText("company")));
        let mut p = plan();
        p.rejections[0].message = "x".repeat(MAX_TEXT_CHARS + 1);
        assert_eq!(validate(&mut p), Err(InvalidPlan::TextTooLong("message")));
        let mut p = plan();
        p.rejections[0].role = "a\u{0}b".into();
        assert_eq!(validate(&mut p), Err(InvalidPlan::ControlCharacter));
    }

    #[test]
    fn long_lists_are_refused() {
        let mut p = plan();
        let gap = p.skill_gaps[0].clone();
        p.skill_gaps = (0..=MAX_SKILL_GAPS as u32)
            .map(|i| SkillGap {
                id: Id::new(1000 + i),
                ..gap.clone()
            })
            .collect();
        assert!(matches!(
            validate(&mut p),
            Err(InvalidPlan::TooMany {
                what: "skill gaps",
                ..
            })
        ));
    }

    /// The names the checks give, read from this file: each has its words.
    #[test]
    fn every_name_a_check_gives_has_its_words() {
        let source = include_str!("validate.rs");
        let code = &source[..source.find("#[cfg(test)]").unwrap()];
        let quoted_after = |call: &str| -> Vec<&str> {
            code.match_indices(call)
                .filter_map(|(at, _)| {
                    let rest = code[at + call.len()..].trim_start().strip_prefix('"')?;
                    Some(&rest[..rest.find('"')?])
                })
                .collect()
        };
        let mut singular = Vec::new();
        for call in ["text(", "name(", "EmptyText(", "TextTooLong("] {
            singular.extend(quoted_after(call));
        }
        let counted = quoted_after("count(");
        assert!(singular.len() > 30 && counted.len() > 15);
        for what in singular {
            assert_ne!(one(what), Key::ErrorFieldText, "{what}");
        }
        for what in counted {
            assert_ne!(many(what), Key::ErrorItemsOther, "{what}");
        }
    }

    #[test]
    fn the_reasons_read_as_before_in_english() {
        let english = crate::core::words::Messages::english();
        let too_many = InvalidPlan::TooMany {
            what: "skill gaps",
            count: 1001,
            max: 1000,
        };
        // The person reads numbers grouped, as the browser always wrote them in English.
        assert_eq!(
            english.plain(&too_many.message()),
            "it holds too many skill gaps (1,001, at most 1,000)"
        );
        for reason in [
            InvalidPlan::TextTooLong("comment's item"),
            InvalidPlan::EmptyText("company"),
            InvalidPlan::OutOfRange,
            InvalidPlan::DuplicateId,
            InvalidPlan::ImpossibleDate,
            InvalidPlan::ControlCharacter,
        ] {
            assert_eq!(english.plain(&reason.message()), reason.to_string());
        }
    }

    #[test]
    fn counters_and_dangling_links_are_repaired() {
        let mut p = plan();
        p.next_id = Id::default();
        p.current = Some(Id::new(777));
        p.skill_gaps[0].source = Some(FeedbackRef {
            rejection: Id::new(1),
            feedback: Id::new(55),
        });
        validate(&mut p).unwrap();
        assert_eq!(p.next_id, Id::new(2));
        assert_eq!(p.current, None);
        assert_eq!(p.skill_gaps[0].source, None);
    }
}
