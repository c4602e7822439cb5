//! "Keep both": adds a shared or restored plan beside the person's own.
//!
//! Every incoming item gets a fresh id from the person's plan, and every link inside the
//! incoming plan (feedback → gap, checklist ticks, the focus) is moved to the new ids, so
//! nothing of the person's own plan is changed or shadowed.

use std::collections::HashMap;

use thiserror::Error;

use super::item::PrepKey;
use super::plan::{FeedbackRef, Id, Outcome, Plan, Rejection};
use super::review::ReceivedReview;
use super::text::count;
use super::validate::{validate, InvalidPlan};

/// Why two plans could not be combined.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum MergeError {
    #[error(
        "Together the two plans would be larger than Rebound can hold ({0}). Nothing was changed."
    )]
    TooBig(InvalidPlan),
}

struct Renumber<'a> {
    plan: &'a mut Plan,
    map: HashMap<Id, Id>,
}

impl Renumber<'_> {
    fn new_id(&mut self, old: Id) -> Id {
        self.plan.next_id = self.plan.next_id.next();
        let id = self.plan.next_id;
        self.map.insert(old, id);
        id
    }

    fn mapped(&self, old: Id) -> Option<Id> {
        self.map.get(&old).copied()
    }
}

impl Plan {
    /// Adds everything from `other` beside this plan's own items. On error, this plan is
    /// left exactly as it was.
    pub fn merge_in(&mut self, other: &Plan) -> Result<(), MergeError> {
        let mut merged = self.clone();
        let mut r = Renumber {
            plan: &mut merged,
            map: HashMap::new(),
        };
        let mut incoming = other.clone();

        // First hand out new ids to everything, so links can be moved afterwards.
        for rejection in &mut incoming.rejections {
            rejection.id = r.new_id(rejection.id);
            for item in &mut rejection.feedback {
                item.id = r.new_id(item.id);
            }
        }
        for role in &mut incoming.roles {
            role.id = r.new_id(role.id);
        }
        for change in &mut incoming.search_changes {
            change.id = r.new_id(change.id);
        }
        for gap in &mut incoming.skill_gaps {
            gap.id = r.new_id(gap.id);
        }
        for fun in &mut incoming.fun {
            fun.id = r.new_id(fun.id);
        }
        for note in &mut incoming.wellbeing.reframes {
            note.id = r.new_id(note.id);
        }
        for note in &mut incoming.wellbeing.went_well {
            note.id = r.new_id(note.id);
        }
        for app in &mut incoming.applications {
            app.id = r.new_id(app.id);
        }
        for own in &mut incoming.own_prep {
            own.id = r.new_id(own.id);
        }

        let move_ref = |r: &Renumber, source: Option<FeedbackRef>| {
            source.and_then(|s| {
                Some(FeedbackRef {
                    rejection: r.mapped(s.rejection)?,
                    feedback: r.mapped(s.feedback)?,
                })
            })
        };
        for rejection in &mut incoming.rejections {
            for item in &mut rejection.feedback {
                item.outcome = match item.outcome {
                    Some(Outcome::SkillGap(g)) => r.mapped(g).map(Outcome::SkillGap),
                    Some(Outcome::SearchChange(c)) => r.mapped(c).map(Outcome::SearchChange),
                    None => None,
                };
            }
        }
        for gap in &mut incoming.skill_gaps {
            gap.source = move_ref(&r, gap.source);
        }
        for change in &mut incoming.search_changes {
            change.source = move_ref(&r, change.source);
        }
        let mapped = |old: Id| r.mapped(old);
        let ticks: Vec<String> = incoming
            .prep_done
            .iter()
            .filter_map(|key| Some(PrepKey::parse(key).moved(&mapped)?.to_string()))
            .collect();
        // A review both plans received stays once, as this plan has it.
        let reviews: Vec<ReceivedReview> = incoming
            .reviews
            .iter()
            .filter(|review| !r.plan.reviews.iter().any(|mine| mine.id == review.id))
            .map(|review| review.moved(&mapped))
            .collect();

        let plan = r.plan;
        plan.rejections.extend(incoming.rejections);
        plan.roles.extend(incoming.roles);
        plan.search_changes.extend(incoming.search_changes);
        plan.skill_gaps.extend(incoming.skill_gaps);
        plan.fun.extend(incoming.fun);
        plan.applications.extend(incoming.applications);
        plan.own_prep.extend(incoming.own_prep);
        plan.reviews.extend(reviews);
        plan.wellbeing.reframes.extend(incoming.wellbeing.reframes);
        plan.wellbeing
            .went_well
            .extend(incoming.wellbeing.went_well);
        for session in incoming.wellbeing.writing {
            if !plan
                .wellbeing
                .writing
                .iter()
                .any(|s| s.date == session.date)
            {
                plan.wellbeing.writing.push(session);
            }
        }
        for mood in incoming.wellbeing.moods {
            if !plan.wellbeing.moods.iter().any(|m| m.date == mood.date) {
                plan.wellbeing.moods.push(mood);
            }
        }
        for skill in incoming.profile.skills {
            if !plan
                .profile
                .skills
                .iter()
                .any(|s| s.eq_ignore_ascii_case(&skill))
            {
                plan.profile.skills.push(skill);
            }
        }
        if plan.profile.name.is_empty() {
            plan.profile.name = incoming.profile.name;
        }
        if plan.profile.level.is_none() {
            plan.profile.level = incoming.profile.level;
        }
        if plan.wellbeing.setback_plan.trim().is_empty() {
            plan.wellbeing.setback_plan = incoming.wellbeing.setback_plan;
        }
        if plan.search_rhythm.is_empty() {
            plan.search_rhythm = incoming.search_rhythm;
        }
        if plan.wellbeing.slate_wiped_on.is_none() {
            plan.wellbeing.slate_wiped_on = incoming.wellbeing.slate_wiped_on;
        }
        for tick in ticks {
            if !plan.prep_done.contains(&tick) {
                plan.prep_done.push(tick);
            }
        }
        validate(&mut merged).map_err(MergeError::TooBig)?;
        *self = merged;
        Ok(())
    }

    /// How much a plan holds, for a preview: "1 rejection", "5 feedback points"…, only
    /// what it has at least one of.
    pub fn contents(&self) -> Vec<String> {
        let with = |has: fn(&Rejection) -> bool| self.rejections.iter().filter(|r| has(r)).count();
        [
            ("rejection", "rejections", self.rejections.len()),
            (
                "rejection message",
                "rejection messages",
                with(|r| !r.message.is_empty()),
            ),
            (
                "contact",
                "contacts",
                with(|r| !r.contact_name.is_empty() || !r.contact_email.is_empty()),
            ),
            (
                "feedback point",
                "feedback points",
                self.rejections.iter().map(|r| r.feedback.len()).sum(),
            ),
            ("target role", "target roles", self.roles.len()),
            ("search change", "search changes", self.search_changes.len()),
            ("skill gap", "skill gaps", self.skill_gaps.len()),
            ("fun plan", "fun plans", self.fun.len()),
            (
                "mood check-in",
                "mood check-ins",
                self.wellbeing.moods.len(),
            ),
            (
                "reframed thought",
                "reframed thoughts",
                self.wellbeing.reframes.len(),
            ),
            (
                "thing that went well",
                "things that went well",
                self.wellbeing.went_well.len(),
            ),
            (
                "writing session",
                "writing sessions",
                self.wellbeing.writing.len(),
            ),
            (
                "application or interview",
                "applications and interviews",
                self.applications.len(),
            ),
        ]
        .into_iter()
        .filter(|(_, _, n)| *n > 0)
        .map(|(one, many, n)| count(n, one, many))
        .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::format::typical_plan;

    #[test]
    fn keeping_both_adds_everything_with_fresh_ids_and_moved_links() {
        let mut mine = typical_plan();
        let theirs = typical_plan();
        let before = mine.clone();
        mine.merge_in(&theirs).unwrap();
        assert_eq!(mine.rejections.len(), before.rejections.len() * 2);
        assert_eq!(mine.skill_gaps.len(), before.skill_gaps.len() * 2);
        assert_eq!(mine.applications.len(), before.applications.len() * 2);
        // My own items are unchanged and first.
        assert_eq!(mine.rejections[0], before.rejections[0]);
        assert_eq!(mine.current, before.current);
        // Every id is unique and links point at the incoming copies.
        let mut probe = mine.clone();
        validate(&mut probe).unwrap();
        for gap in mine.skill_gaps.iter().skip(before.skill_gaps.len()) {
            if let Some(source) = gap.source {
                let item = mine
                    .feedback(source)
                    .expect("link points at a feedback item");
                assert_eq!(item.outcome, Some(Outcome::SkillGap(gap.id)));
                assert!(before.rejection(source.rejection).is_none());
            }
        }
        // Skills are not duplicated.
        assert_eq!(mine.profile.skills.len(), before.profile.skills.len());
    }

    #[test]
    fn merging_into_an_empty_plan_gives_the_same_content() {
        let mut mine = Plan::default();
        let theirs = typical_plan();
        mine.merge_in(&theirs).unwrap();
        assert_eq!(mine.contents(), theirs.contents());
        assert_eq!(mine.profile, theirs.profile);
    }

    #[test]
    fn a_merge_that_would_be_too_big_changes_nothing() {
        let mut mine = typical_plan();
        let mut theirs = typical_plan();
        let gap = theirs.skill_gaps[0].clone();
        theirs.skill_gaps = (0..crate::core::limits::MAX_SKILL_GAPS as u32)
            .map(|i| crate::core::plan::SkillGap {
                id: crate::core::plan::Id::new(10_000 + i),
                source: None,
                ..gap.clone()
            })
            .collect();
        for r in &mut theirs.rejections {
            for f in &mut r.feedback {
                f.outcome = None;
            }
        }
        let before = mine.clone();
        assert!(matches!(mine.merge_in(&theirs), Err(MergeError::TooBig(_))));
        assert_eq!(mine, before);
    }

    #[test]
    fn contents_lists_only_what_is_there() {
        assert!(Plan::default().contents().is_empty());
        let contents = typical_plan().contents();
        assert_eq!(
            contents,
            [
                "1 rejection",
                "1 rejection message",
                "1 contact",
                "5 feedback points",
                "2 target roles",
                "1 search change",
                "6 skill gaps",
                "1 fun plan",
                "3 mood check-ins",
                "1 reframed thought",
                "2 things that went well",
                "2 applications and interviews",
            ]
        );
    }
}
