//! The screens of the app, their addresses and how far the person has got.
//!
//! Screens live in the URL fragment (`#/skills`), so every one has a deep link that works
//! on any static host without rewrite rules, and the browser's back and forward buttons
//! move between them.

use super::insights::ActionKind;
use super::item::ItemRef;
use super::plan::{Plan, RequestStatus};
use super::words::Key;

/// A screen of the app.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Screen {
    Start,
    Feedback,
    Search,
    Skills,
    Fun,
    Positive,
    NextJob,
    Overview,
    Share,
    Import,
    About,
    /// The day-one path: the few things worth doing on the day of the no.
    Today,
    /// The reviews this person is writing of other people's plans
    /// (`#/reviewing/<plan id>` opens one).
    Reviewing,
    /// A review received (`#review=1.…` as it arrives, then `#/reviews/<review id>`).
    Review,
    /// Words for getting support now, reachable from every screen's footer.
    Support,
}

impl Screen {
    /// The six steps, in order.
    pub const STEPS: [Screen; 6] = [
        Screen::Feedback,
        Screen::Search,
        Screen::Skills,
        Screen::Fun,
        Screen::Positive,
        Screen::NextJob,
    ];

    /// The journey the step indicator shows: the start, the six steps and the overview.
    pub const JOURNEY: [Screen; 8] = [
        Screen::Start,
        Screen::Feedback,
        Screen::Search,
        Screen::Skills,
        Screen::Fun,
        Screen::Positive,
        Screen::NextJob,
        Screen::Overview,
    ];

    /// The screens outside the journey.
    const OTHERS: [Screen; 7] = [
        Screen::Share,
        Screen::Import,
        Screen::About,
        Screen::Today,
        Screen::Reviewing,
        Screen::Review,
        Screen::Support,
    ];

    /// What follows the screen's name in a fragment (`#/reviews/<id>` gives `<id>`).
    pub fn detail(fragment: &str) -> Option<&str> {
        let path = fragment.trim_start_matches('#').trim_start_matches('/');
        let (_, rest) = path.split_once('/')?;
        let rest = rest.split(['?', '/']).next().unwrap_or("");
        (!rest.is_empty()).then_some(rest)
    }

    /// The path used in the URL fragment.
    pub fn slug(self) -> &'static str {
        match self {
            Screen::Start => "start",
            Screen::Feedback => "feedback",
            Screen::Search => "search",
            Screen::Skills => "skills",
            Screen::Fun => "fun",
            Screen::Positive => "positive",
            Screen::NextJob => "next",
            Screen::Overview => "plan",
            Screen::Share => "share",
            Screen::Import => "import",
            Screen::About => "about",
            Screen::Today => "today",
            Screen::Reviewing => "reviewing",
            Screen::Review => "reviews",
            Screen::Support => "support",
        }
    }

    /// The fragment that links to this screen, such as `#/skills`.
    pub fn href(self) -> String {
        format!("#/{}", self.slug())
    }

    /// The full title of the screen.
    pub fn title(self) -> Key {
        match self {
            Screen::Start => Key::ScreenStart,
            Screen::Feedback => Key::ScreenFeedback,
            Screen::Search => Key::ScreenSearch,
            Screen::Skills => Key::ScreenSkills,
            Screen::Fun => Key::ScreenFun,
            Screen::Positive => Key::ScreenPositive,
            Screen::NextJob => Key::ScreenNextJob,
            Screen::Overview => Key::ScreenOverview,
            Screen::Share => Key::ScreenShare,
            Screen::Import => Key::ScreenImport,
            Screen::About => Key::ScreenAbout,
            Screen::Today => Key::ScreenToday,
            Screen::Reviewing => Key::ScreenReviewing,
            Screen::Review => Key::ScreenReview,
            Screen::Support => Key::ScreenSupport,
        }
    }

    /// A one- or two-word name for the step indicator.
    pub fn short_title(self) -> Key {
        match self {
            Screen::Start => Key::ShortStart,
            Screen::Feedback => Key::ShortFeedback,
            Screen::Search => Key::ShortSearch,
            Screen::Skills => Key::ShortSkills,
            Screen::Fun => Key::ShortFun,
            Screen::Positive => Key::ShortPositive,
            Screen::NextJob => Key::ShortNextJob,
            Screen::Overview => Key::ShortOverview,
            Screen::Share => Key::ShortShare,
            Screen::Import => Key::ShortImport,
            Screen::About => Key::ShortAbout,
            Screen::Today => Key::ShortToday,
            Screen::Reviewing => Key::ShortReviewing,
            Screen::Review => Key::ShortReview,
            Screen::Support => Key::ShortSupport,
        }
    }

    /// The screen a dated action is done on.
    pub fn of_action(kind: ActionKind) -> Screen {
        match kind {
            ActionKind::FollowUp | ActionKind::CloseLoop => Screen::Feedback,
            ActionKind::SkillGap => Screen::Skills,
            ActionKind::Fun => Screen::Fun,
            ActionKind::Application | ActionKind::Interview => Screen::NextJob,
        }
    }

    /// The screen an item of the plan lives on.
    pub fn of_item(item: &ItemRef) -> Screen {
        match item {
            ItemRef::Rejection(_) | ItemRef::Feedback(_) => Screen::Feedback,
            ItemRef::Role(_) | ItemRef::SearchChange(_) => Screen::Search,
            ItemRef::SkillGap(_) => Screen::Skills,
            ItemRef::Fun(_) => Screen::Fun,
            ItemRef::SetbackPlan => Screen::Positive,
            ItemRef::Application(_) | ItemRef::Prep(_) => Screen::NextJob,
        }
    }

    /// The step number (1–6), for the six steps only.
    pub fn number(self) -> Option<usize> {
        Self::STEPS.iter().position(|s| *s == self).map(|i| i + 1)
    }

    /// The screen named by a URL fragment. Anything unknown (including a share link)
    /// is `None`; the caller decides what to show.
    pub fn from_fragment(fragment: &str) -> Option<Screen> {
        let path = fragment.trim_start_matches('#').trim_start_matches('/');
        let path = path.split(['?', '/']).next().unwrap_or("");
        Self::JOURNEY
            .iter()
            .chain(Self::OTHERS.iter())
            .copied()
            .find(|s| s.slug() == path)
    }

    /// The screens before and after this one in the journey.
    pub fn neighbours(self) -> (Option<Screen>, Option<Screen>) {
        match Self::JOURNEY.iter().position(|s| *s == self) {
            Some(i) => (
                i.checked_sub(1).map(|p| Self::JOURNEY[p]),
                Self::JOURNEY.get(i + 1).copied(),
            ),
            None => (None, None),
        }
    }

    /// Whether the person has done something meaningful in this step, judged from what
    /// they recorded. No step asks for everything: one real action counts (Stay positive
    /// is done by a check-in, not only by wiping the slate, which it says not to rush).
    pub fn is_done(self, plan: &Plan) -> bool {
        let current = plan.current_rejection();
        let w = &plan.wellbeing;
        match self {
            Screen::Start => !plan.rejections.is_empty(),
            Screen::Feedback => current.is_some_and(|r| {
                r.request.status() != RequestStatus::NotSent || !r.feedback.is_empty()
            }),
            Screen::Search => {
                !plan.roles.is_empty()
                    || !plan.search_changes.is_empty()
                    || !plan.profile.skills.is_empty()
                    || current.is_some_and(|r| r.reflection.cause.is_some())
            }
            Screen::Skills => !plan.skill_gaps.is_empty(),
            Screen::Fun => !plan.fun.is_empty(),
            Screen::Positive => {
                !w.moods.is_empty()
                    || !w.writing.is_empty()
                    || !w.reframes.is_empty()
                    || !w.went_well.is_empty()
                    || !w.setback_plan.trim().is_empty()
                    || plan.rejections.iter().any(|r| r.slate_wiped_on.is_some())
            }
            Screen::NextJob => {
                !plan.applications.is_empty()
                    || !plan.prep_done.is_empty()
                    || !plan.search_rhythm.is_empty()
            }
            Screen::Overview
            | Screen::Share
            | Screen::Import
            | Screen::About
            | Screen::Today
            | Screen::Reviewing
            | Screen::Review
            | Screen::Support => false,
        }
    }

    /// Whether a count of the steps done is shown with this screen: not before anything is
    /// recorded (a row of zeros is no welcome), not on For today, and not on the day of
    /// the no, when a person has enough to carry without a score.
    pub fn shows_progress(self, plan: &Plan, today: chrono::NaiveDate) -> bool {
        self != Screen::Today && plan.current_rejection().is_some_and(|r| r.date != today)
    }

    /// How many of the six steps are done.
    pub fn steps_done(plan: &Plan) -> usize {
        Self::STEPS.iter().filter(|s| s.is_done(plan)).count()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::plan::{Channel, RejectionDraft, Stage};
    use chrono::NaiveDate;

    /// A no at interview, recorded as coming on `date`.
    fn a_no(date: NaiveDate) -> RejectionDraft {
        RejectionDraft {
            company: "Acme".into(),
            role: "Analyst".into(),
            contact_name: String::new(),
            contact_email: String::new(),
            stage: Stage::Interview,
            date,
            channel: Channel::Email,
            message: String::new(),
        }
    }

    #[test]
    fn no_step_count_before_a_no_on_for_today_or_on_the_day_of_the_no() {
        let today = NaiveDate::from_ymd_opt(2026, 12, 4).unwrap();
        let mut plan = Plan::default();
        assert!(!Screen::Overview.shows_progress(&plan, today));
        plan.record_rejection(&a_no(today), today, false).unwrap();
        assert!(!Screen::Overview.shows_progress(&plan, today));
        let tomorrow = today.succ_opt().unwrap();
        assert!(Screen::Overview.shows_progress(&plan, tomorrow));
        assert!(Screen::Skills.shows_progress(&plan, tomorrow));
        assert!(!Screen::Today.shows_progress(&plan, tomorrow));
    }

    #[test]
    fn fragments_map_to_screens() {
        assert_eq!(Screen::from_fragment("#/skills"), Some(Screen::Skills));
        assert_eq!(Screen::from_fragment("#/next"), Some(Screen::NextJob));
        assert_eq!(Screen::from_fragment("/plan"), Some(Screen::Overview));
        assert_eq!(Screen::from_fragment("#/about"), Some(Screen::About));
        assert_eq!(Screen::from_fragment("#/today"), Some(Screen::Today));
        assert_eq!(Screen::Today.neighbours(), (None, None));
        assert_eq!(Screen::from_fragment("#/support"), Some(Screen::Support));
        assert_eq!(Screen::Support.neighbours(), (None, None));
        assert_eq!(Screen::from_fragment(""), None);
        assert_eq!(Screen::from_fragment("#plan=1.abc"), None);
        for s in Screen::JOURNEY {
            assert_eq!(Screen::from_fragment(&s.href()), Some(s));
        }
    }

    #[test]
    fn neighbours_walk_the_journey() {
        assert_eq!(Screen::Start.neighbours(), (None, Some(Screen::Feedback)));
        assert_eq!(
            Screen::Skills.neighbours(),
            (Some(Screen::Search), Some(Screen::Fun))
        );
        assert_eq!(Screen::Overview.neighbours(), (Some(Screen::NextJob), None));
        assert_eq!(Screen::About.neighbours(), (None, None));
        assert_eq!(Screen::Skills.number(), Some(3));
        assert_eq!(Screen::Start.number(), None);
    }

    #[test]
    fn a_step_is_done_by_one_meaningful_action() {
        let today = NaiveDate::from_ymd_opt(2026, 11, 25).unwrap();
        let done_after = |change: &dyn Fn(&mut Plan)| {
            // One no recorded (Start is no step): writing and the clean slate are each
            // about one.
            let mut plan = Plan::default();
            plan.record_rejection(&a_no(today), today, false).unwrap();
            change(&mut plan);
            Screen::STEPS
                .iter()
                .copied()
                .filter(|s| s.is_done(&plan))
                .collect::<Vec<_>>()
        };
        assert!(done_after(&|_| {}).is_empty());
        // Stay positive: any of its tools, not only the clean slate.
        let positive: [&dyn Fn(&mut Plan); 6] = [
            &|p| p.check_in_mood(today, 3, "").unwrap(),
            &|p| p.write_out(p.rejections[0].id, today, "It stung").unwrap(),
            &|p| {
                p.add_reframe(today, "I always fail", "I reached the final")
                    .unwrap();
            },
            &|p| {
                p.add_went_well(today, "Good rapport").unwrap();
            },
            &|p| p.set_setback_plan("Call Jo").unwrap(),
            &|p| p.wipe_slate(p.rejections[0].id, today).unwrap(),
        ];
        for change in positive {
            assert_eq!(done_after(change), vec![Screen::Positive]);
        }
        // A typed but unsaved draft is not an action.
        assert!(done_after(
            &|p| p.set_draft(&crate::core::item::Form::SetbackPlan.key("text"), "Call Jo")
        )
        .is_empty());
        assert!(done_after(&|p| p.set_setback_plan("  ").unwrap()).is_empty());
        // Search: the person's skills count, as do roles, changes and a reading of the no.
        assert_eq!(
            done_after(&|p| p.set_profile("SQL", None)),
            vec![Screen::Search]
        );
        // Next job: an application, or a first tick on the checklist.
        assert_eq!(
            done_after(&|p| p.set_prep_done("basic:research", true)),
            vec![Screen::NextJob]
        );
        // Fun: planning it is the step; whether it happened is asked afterwards.
        assert_eq!(
            done_after(&|p| {
                p.plan_fun(
                    &crate::core::plan::FunDraft {
                        what: "A walk".into(),
                        with_whom: String::new(),
                        when: today.and_hms_opt(18, 0, 0).unwrap(),
                        mood_before: None,
                    },
                    today.and_hms_opt(12, 0, 0).unwrap(),
                    false,
                )
                .unwrap();
            }),
            vec![Screen::Fun]
        );
        assert_eq!(
            done_after(&|p| {
                p.add_skill_gap(&crate::core::plan::SkillGapDraft::named("SQL"), false)
                    .unwrap();
            }),
            vec![Screen::Skills]
        );
    }

    #[test]
    fn progress_follows_what_was_recorded() {
        let mut plan = Plan::default();
        assert_eq!(Screen::steps_done(&plan), 0);
        assert!(!Screen::Start.is_done(&plan));
        let today = NaiveDate::from_ymd_opt(2026, 11, 25).unwrap();
        let id = plan.record_rejection(&a_no(today), today, false).unwrap();
        assert!(Screen::Start.is_done(&plan));
        plan.mark_request_sent(id, today).unwrap();
        assert!(Screen::Feedback.is_done(&plan));
        plan.wipe_slate(id, today).unwrap();
        assert!(Screen::Positive.is_done(&plan));
        assert_eq!(Screen::steps_done(&plan), 2);
    }
}
