//! "Keep both": adds a shared or restored plan beside the person's own.
//!
//! Every incoming item gets a fresh id from the person's plan, and every link inside the
//! incoming plan (feedback → gap, checklist ticks, the focus) is moved to the new ids, so
//! nothing of the person's own plan is changed or shadowed.

use thiserror::Error;

use super::plan::{Plan, PlanId, ReceivedReview, Rejection};

use super::validate::{validate, InvalidPlan};
use super::walk::fresh_ids;
use super::words::{Arg, Key, Phrase};

/// Why two plans could not be combined.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum MergeError {
    #[error(
        "Together the two plans would be larger than Rebound can hold ({0}). Nothing was changed."
    )]
    TooBig(InvalidPlan),
}

impl Plan {
    /// "Keep both": gives this plan the id `fresh` if it has none (a plan from before
    /// ids), then adds everything from `other` beside its own items. On error, this plan
    /// is left exactly as it was.
    pub fn keep_both(&mut self, other: &Plan, fresh: PlanId) -> Result<(), MergeError> {
        let mut merged = self.clone();
        merged.ensure_id(fresh);
        merged.merge_in(other)?;
        *self = merged;
        Ok(())
    }

    /// Adds everything from `other` beside this plan's own items. On error, this plan is
    /// left exactly as it was.
    pub fn merge_in(&mut self, other: &Plan) -> Result<(), MergeError> {
        let mut merged = self.clone();
        let mut incoming = other.clone();
        // Every incoming item gets a fresh id of this plan, and every link inside the
        // incoming plan moves with it.
        fresh_ids(&mut incoming, &mut merged.next_id);
        // A review both plans received stays once, as this plan has it.
        let reviews: Vec<ReceivedReview> = std::mem::take(&mut incoming.reviews)
            .into_iter()
            .filter(|review| !merged.reviews.iter().any(|mine| mine.id == review.id))
            .collect();
        let ticks = std::mem::take(&mut incoming.prep_done);

        let plan = &mut merged;
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
                .any(|s| s.rejection == session.rejection && s.date == session.date)
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
    /// what it has at least one of, each with what it counts.
    pub fn contents(&self) -> Vec<(Held, Phrase)> {
        let with = |has: fn(&Rejection) -> bool| self.rejections.iter().filter(|r| has(r)).count();
        [
            (Held::Rejections, self.rejections.len()),
            (Held::RejectionMessages, with(|r| !r.message.is_empty())),
            (
                Held::Contacts,
                with(|r| !r.contact_name.is_empty() || !r.contact_email.is_empty()),
            ),
            (
                Held::FeedbackPoints,
                self.rejections.iter().map(|r| r.feedback.len()).sum(),
            ),
            (Held::TargetRoles, self.roles.len()),
            (Held::SearchChanges, self.search_changes.len()),
            (Held::SkillGaps, self.skill_gaps.len()),
            (Held::FunPlans, self.fun.len()),
            (Held::MoodCheckIns, self.wellbeing.moods.len()),
            (Held::ReframedThoughts, self.wellbeing.reframes.len()),
            (Held::WentWell, self.wellbeing.went_well.len()),
            (Held::WritingSessions, self.wellbeing.writing.len()),
            (Held::Applications, self.applications.len()),
        ]
        .into_iter()
        .filter(|(_, n)| *n > 0)
        .map(|(held, n)| (held, held.count(n)))
        .collect()
    }
}

/// A kind of thing a plan holds, as a preview counts it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Held {
    Rejections,
    RejectionMessages,
    Contacts,
    FeedbackPoints,
    TargetRoles,
    SearchChanges,
    SkillGaps,
    FunPlans,
    MoodCheckIns,
    ReframedThoughts,
    WentWell,
    WritingSessions,
    Applications,
}

impl Held {
    /// `n` of them, as a person says it ("5 feedback points").
    pub fn count(self, n: usize) -> Phrase {
        let key = match self {
            Held::Rejections => Key::CoreHeldRejections,
            Held::RejectionMessages => Key::CoreHeldRejectionMessages,
            Held::Contacts => Key::CoreHeldContacts,
            Held::FeedbackPoints => Key::CoreHeldFeedbackPoints,
            Held::TargetRoles => Key::CoreHeldTargetRoles,
            Held::SearchChanges => Key::CoreHeldSearchChanges,
            Held::SkillGaps => Key::CoreHeldSkillGaps,
            Held::FunPlans => Key::CoreHeldFunPlans,
            Held::MoodCheckIns => Key::CoreHeldMoodCheckIns,
            Held::ReframedThoughts => Key::CoreHeldReframedThoughts,
            Held::WentWell => Key::CoreHeldWentWell,
            Held::WritingSessions => Key::CoreHeldWritingSessions,
            Held::Applications => Key::CoreHeldApplications,
        };
        Phrase::said(key, vec![("count", Arg::Count(n as i64))])
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::format::typical_plan;
    use crate::core::plan::Outcome;

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

    /// A plan whose skill gaps fill the list, so that beside the typical plan's they are
    /// too many.
    fn too_big_beside_the_typical_plan() -> Plan {
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
        theirs
    }

    #[test]
    fn a_merge_that_would_be_too_big_changes_nothing() {
        let mut mine = typical_plan();
        let theirs = too_big_beside_the_typical_plan();
        let before = mine.clone();
        assert!(matches!(mine.merge_in(&theirs), Err(MergeError::TooBig(_))));
        assert_eq!(mine, before);
    }

    #[test]
    fn keeping_both_gives_a_plan_without_an_id_one_and_a_refusal_changes_nothing() {
        let fresh = PlanId::from_random([7; 16]);
        let mut mine = typical_plan();
        mine.id = None;
        mine.keep_both(&typical_plan(), fresh.clone()).unwrap();
        assert_eq!(mine.id, Some(fresh.clone()));
        assert_eq!(mine.rejections.len(), typical_plan().rejections.len() * 2);

        let mut mine = typical_plan();
        mine.id = None;
        let theirs = too_big_beside_the_typical_plan();
        let before = mine.clone();
        assert!(matches!(
            mine.keep_both(&theirs, fresh),
            Err(MergeError::TooBig(_))
        ));
        assert_eq!(mine, before);
    }

    #[test]
    fn a_replaced_plan_is_the_other_with_an_id() {
        let fresh = PlanId::from_random([7; 16]);
        let mut theirs = typical_plan();
        theirs.id = None;
        let mut mine = Plan::default();
        mine.replace_with(theirs.clone(), fresh.clone());
        assert_eq!(mine.id, Some(fresh.clone()));
        assert_eq!(mine.rejections, theirs.rejections);
        // A plan with an id keeps it.
        let mut kept = typical_plan();
        kept.id = Some(PlanId::from_random([8; 16]));
        mine.replace_with(kept.clone(), fresh);
        assert_eq!(mine, kept);
    }

    #[test]
    fn contents_lists_only_what_is_there() {
        assert!(Plan::default().contents().is_empty());
        let english = crate::core::words::Messages::english();
        let contents: Vec<String> = typical_plan()
            .contents()
            .iter()
            .map(|(_, line)| english.plain(line))
            .collect();
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
