//! Views derived from the plan: the feedback request text, how well a role fits, the
//! patterns across rejections, the preparation checklist and every dated action.
//!
//! None of this is stored; it is recomputed from the plan, so it can never disagree with
//! what the person wrote.

use chrono::{NaiveDate, NaiveTime};

use super::dates;
use super::item::PrepKey;
use super::plan::{
    AppKind, Certainty, FeedbackCategory, FeedbackItem, GapStatus, Id, Level, Plan, Profile,
    Rejection, Stage, TargetRole,
};
use super::words::{Arg, Key, Phrase};

/// A ready-to-send feedback request.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RequestDraft {
    pub subject: String,
    pub body: String,
}

/// Writes a short, polite feedback request from what was recorded about a rejection, in
/// the language of `words` (the employer may read another language than the person). It
/// names the role and the company (a recruiter may handle several), thanks only for what
/// happened at the stage reached, follows up gently when there was no answer at all, and,
/// when `keep_in_mind` is set, asks to be kept in mind for similar roles.
///
/// The request is plain text to send: what was recorded is written in as it is.
pub fn feedback_request(
    words: &crate::core::words::Messages,
    rejection: &Rejection,
    sender: &str,
    keep_in_mind: bool,
) -> RequestDraft {
    let say = |key: Key, vars: &[(&'static str, Arg)]| words.phrase(key, vars).plain();
    let theirs = |text: &str| Arg::Theirs(text.trim().to_string());
    // The stage reached chooses the words (a choice on `$stage` in each language).
    let stage = Arg::Ours(super::plan::Choice::slug(rejection.stage).to_string());
    let about = [
        ("role", theirs(&rejection.role)),
        ("company", theirs(&rejection.company)),
        ("stage", stage.clone()),
        // What feedback could be about, at the stage reached. At the offer stage the
        // question is about the person, never about the employer's process.
        (
            "stronger",
            Arg::Said(Phrase::said(
                Key::FeedbackRequestStronger,
                vec![("stage", stage)],
            )),
        ),
    ];
    let greeting = match rejection.contact_name.trim() {
        "" => words.text(Key::FeedbackRequestGreetingNoName),
        name => say(Key::FeedbackRequestGreeting, &[("name", theirs(name))]),
    };
    let (subject, opening, ask) = if rejection.is_ghosted() {
        (
            Key::FeedbackRequestSubjectGhosted,
            Key::FeedbackRequestOpeningGhosted,
            Key::FeedbackRequestAskGhosted,
        )
    } else {
        (
            Key::FeedbackRequestSubject,
            Key::FeedbackRequestOpening,
            Key::FeedbackRequestAsk,
        )
    };
    let keep = if keep_in_mind {
        format!("\n\n{}", say(Key::FeedbackRequestKeepInMind, &about))
    } else {
        String::new()
    };
    let sign_off = match sender.trim() {
        "" => words.text(Key::FeedbackRequestSignOffNoName),
        name => say(Key::FeedbackRequestSignOff, &[("name", theirs(name))]),
    };
    RequestDraft {
        subject: say(subject, &about),
        body: format!(
            "{greeting}\n\n{}\n\n{}{keep}\n\n{}\n\n{sign_off}",
            say(opening, &about),
            say(ask, &about),
            words.text(Key::FeedbackRequestClosing),
        ),
    }
}

/// Percent-encodes text for a `mailto:` link.
fn mailto_encode(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for byte in text.bytes() {
        match byte {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => {
                out.push(byte as char)
            }
            _ => out.push_str(&format!("%{byte:02X}")),
        }
    }
    out
}

/// A `mailto:` link that opens the request in the person's mail app.
pub fn mailto_link(to: &str, draft: &RequestDraft) -> String {
    let to: String = to
        .trim()
        .chars()
        .filter(|c| !c.is_whitespace() && !matches!(c, '?' | '&' | '#'))
        .collect();
    format!(
        "mailto:{}?subject={}&body={}",
        to,
        mailto_encode(&draft.subject),
        mailto_encode(&draft.body.replace('\n', "\r\n"))
    )
}

/// How a role's seniority compares with the person's.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LevelFit {
    Unknown,
    Below,
    Fits,
    Stretch,
    BigStretch,
}

/// How well one target role matches the person's skills and level.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RoleMatch {
    pub matched: Vec<String>,
    pub missing: Vec<String>,
    pub level_fit: LevelFit,
    /// Share of the listed requirements the person already has, 0–100.
    pub skills_percent: u8,
}

impl RoleMatch {
    /// A short, kind verdict.
    pub fn verdict(&self) -> Key {
        match (self.level_fit, self.skills_percent) {
            (LevelFit::BigStretch, _) => Key::CoreVerdictBigStep,
            (_, p) if p >= 75 && self.level_fit != LevelFit::Stretch => Key::CoreVerdictGood,
            (LevelFit::Stretch, p) if p >= 75 => Key::CoreVerdictStepUp,
            (_, p) if p >= 40 => Key::CoreVerdictPartial,
            _ => Key::CoreVerdictFar,
        }
    }
}

fn level_rank(level: Level) -> i32 {
    Level::ALL.iter().position(|l| *l == level).unwrap_or(0) as i32
}

/// Compares a role's requirements and level with the person's profile.
pub fn role_match(role: &TargetRole, profile: &Profile) -> RoleMatch {
    let has = |skill: &str| {
        let wanted = skill.to_lowercase();
        profile.skills.iter().any(|s| s.to_lowercase() == wanted)
    };
    let (matched, missing): (Vec<String>, Vec<String>) =
        role.requirements.iter().cloned().partition(|s| has(s));
    let skills_percent = if role.requirements.is_empty() {
        100
    } else {
        (matched.len() * 100 / role.requirements.len()) as u8
    };
    let level_fit = match profile.level {
        None => LevelFit::Unknown,
        Some(mine) => match level_rank(role.level) - level_rank(mine) {
            d if d < 0 => LevelFit::Below,
            0 => LevelFit::Fits,
            1 => LevelFit::Stretch,
            _ => LevelFit::BigStretch,
        },
    };
    RoleMatch {
        matched,
        missing,
        level_fit,
        skills_percent,
    }
}

/// How often each feedback category came up, across every rejection, most frequent first.
/// Only categories that appear are listed.
pub fn feedback_patterns(plan: &Plan) -> Vec<Pattern> {
    let points = || plan.rejections.iter().flat_map(|r| &r.feedback);
    let mut patterns: Vec<Pattern> = FeedbackCategory::ALL
        .iter()
        .map(|&category| {
            let said = |f: &&FeedbackItem| f.category == category && f.certainty == Certainty::Fact;
            Pattern {
                category,
                said: points().filter(said).count(),
                in_rejections: plan
                    .rejections
                    .iter()
                    .filter(|r| r.feedback.iter().any(|f| said(&f)))
                    .count(),
                hunches: points()
                    .filter(|f| f.category == category && f.certainty == Certainty::Guess)
                    .count(),
            }
        })
        .filter(|p| p.said + p.hunches > 0)
        .collect();
    super::order::sort_by(&mut patterns, |a, b| {
        (b.in_rejections, b.said, b.hunches, a.category).cmp(&(
            a.in_rejections,
            a.said,
            a.hunches,
            b.category,
        ))
    });
    patterns
}

/// One feedback category as it shows across rejections: what employers said (`said`, in
/// `in_rejections` of them) apart from the person's own hunches (`hunches`), which never
/// count as something that keeps coming back.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Pattern {
    pub category: FeedbackCategory,
    pub said: usize,
    pub in_rejections: usize,
    pub hunches: usize,
}

impl Pattern {
    /// True when employers said it about more than one application.
    pub fn keeps_coming_back(&self) -> bool {
        self.in_rejections > 1
    }
}

/// What to say about a no at a stage, and one next step that fits it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct StageNote {
    pub line: Key,
    pub next: Key,
}

/// The words for a no at the stage reached; a ghosted application gets its own.
pub fn stage_note(stage: Stage, ghosted: bool) -> StageNote {
    let (line, next) = if ghosted {
        (Key::CoreStageGhostedLine, Key::CoreStageGhostedNext)
    } else {
        match stage {
            Stage::Application => (Key::CoreStageApplicationLine, Key::CoreStageApplicationNext),
            Stage::Screening => (Key::CoreStageScreeningLine, Key::CoreStageScreeningNext),
            Stage::Interview | Stage::Assessment => {
                (Key::CoreStageInterviewLine, Key::CoreStageInterviewNext)
            }
            Stage::FinalRound => (Key::CoreStageFinalRoundLine, Key::CoreStageFinalRoundNext),
            Stage::Offer => (Key::CoreStageOfferLine, Key::CoreStageOfferNext),
            Stage::Other => (Key::CoreStageOtherLine, Key::CoreStageOtherNext),
        }
    };
    StageNote { line, next }
}

/// A stage at which about three or more noes came: worth talking it over with a person.
pub fn repeated_stage(plan: &Plan) -> Option<Stage> {
    const NOES_FOR_A_PERSON: usize = 3;
    let mut counts: Vec<(Stage, usize)> = Vec::new();
    for r in plan.rejections.iter().filter(|r| !r.is_ghosted()) {
        match counts.iter_mut().find(|(s, _)| *s == r.stage) {
            Some((_, n)) => *n += 1,
            None => counts.push((r.stage, 1)),
        }
    }
    counts
        .into_iter()
        .filter(|(_, n)| *n >= NOES_FOR_A_PERSON)
        .max_by_key(|(_, n)| *n)
        .map(|(stage, _)| stage)
}

/// Where a preparation checklist item came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PrepSource {
    Basics,
    Feedback,
    SkillGap,
    /// One the person added (from a reviewer's suggestion).
    Own,
}

/// One line of the preparation checklist for the next interview.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PrepItem {
    /// Stable key stored when the item is ticked.
    pub key: String,
    pub text: Phrase,
    pub source: PrepSource,
    pub done: bool,
}

const BASICS: [(&str, Key); 5] = [
    ("research", Key::CorePrepResearch),
    ("stories", Key::CorePrepStories),
    ("practice", Key::CorePrepPractice),
    ("questions", Key::CorePrepQuestions),
    ("logistics", Key::CorePrepLogistics),
];

/// The checklist for the next interview: the basics, then what the feedback and the
/// skill gaps ask for.
pub fn prep_checklist(plan: &Plan) -> Vec<PrepItem> {
    let mut items: Vec<PrepItem> = BASICS
        .iter()
        .map(|(key, text)| {
            let key = PrepKey::Basic((*key).to_string()).to_string();
            PrepItem {
                done: plan.is_prep_done(&key),
                key,
                text: Phrase::from(*text),
                source: PrepSource::Basics,
            }
        })
        .collect();
    // What the person has been learning since the no, to say at the next interview.
    let learning: Vec<&str> = plan
        .skill_gaps_by_date()
        .into_iter()
        .filter(|g| g.status != GapStatus::NotStarted)
        .map(|g| g.skill.as_str())
        .collect();
    let key = PrepKey::Basic("learning".into()).to_string();
    items.push(PrepItem {
        done: plan.is_prep_done(&key),
        key,
        text: if learning.is_empty() {
            Phrase::from(Key::CorePrepLearning)
        } else {
            Phrase::said(
                Key::CorePrepLearningNamed,
                vec![("skills", Arg::Theirs(learning.join(", ")))],
            )
        },
        source: PrepSource::Basics,
    });
    for r in &plan.rejections {
        for f in &r.feedback {
            if matches!(
                f.category,
                FeedbackCategory::RoleClosed | FeedbackCategory::StrongerCandidate
            ) {
                continue;
            }
            let key = PrepKey::Feedback(f.id).to_string();
            // A hunch is the person's own reading: something to check, never the
            // employer's feedback.
            let lead = match f.certainty {
                Certainty::Fact => Key::CorePrepFeedback,
                Certainty::Guess => Key::CorePrepHunch,
            };
            items.push(PrepItem {
                done: plan.is_prep_done(&key),
                key,
                text: Phrase::said(
                    lead,
                    vec![
                        ("company", Arg::Theirs(r.company.clone())),
                        ("text", Arg::Theirs(f.text.clone())),
                    ],
                ),
                source: PrepSource::Feedback,
            });
        }
    }
    for g in plan.skill_gaps_by_date() {
        if g.status == GapStatus::Done {
            continue;
        }
        let key = PrepKey::Gap(g.id).to_string();
        items.push(PrepItem {
            done: plan.is_prep_done(&key),
            key,
            text: match g.if_then() {
                Some(plan) => Phrase::said(
                    Key::CorePrepGapPlan,
                    vec![
                        ("skill", Arg::Theirs(g.skill.clone())),
                        ("plan", Arg::Said(plan)),
                    ],
                ),
                None => Phrase::said(
                    Key::CorePrepKeepBuilding,
                    vec![("skill", Arg::Theirs(g.skill.clone()))],
                ),
            },
            source: PrepSource::SkillGap,
        });
    }
    for own in &plan.own_prep {
        let key = own.key();
        items.push(PrepItem {
            done: plan.is_prep_done(&key),
            key,
            text: Phrase::of(&own.text),
            source: PrepSource::Own,
        });
    }
    items
}

/// A short, calm description of how far away a date is, for countdowns ("today", "in
/// 3 days", "10 days ago").
pub fn countdown_label(today: NaiveDate, date: NaiveDate) -> Phrase {
    let days = |key, n: i64| Phrase::said(key, vec![("count", Arg::Count(n))]);
    match dates::days_until(today, date) {
        0 => Key::CoreCountdownToday.into(),
        1 => Key::CoreCountdownTomorrow.into(),
        -1 => Key::CoreCountdownYesterday.into(),
        n if n > 1 => days(Key::CoreCountdownInDays, n),
        n => days(Key::CoreCountdownDaysAgo, -n),
    }
}

/// What kind of dated action an entry is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ActionKind {
    FollowUp,
    CloseLoop,
    SkillGap,
    Fun,
    Application,
    Interview,
}

/// One thing with a date on it, from anywhere in the plan.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DatedAction {
    pub date: NaiveDate,
    pub time: Option<NaiveTime>,
    pub kind: ActionKind,
    pub text: Phrase,
    /// Stable id of the thing it comes from, for calendar UIDs.
    pub uid: String,
    pub done: bool,
}

impl DatedAction {
    /// Overdue: not done and the day has passed.
    pub fn is_overdue(&self, today: NaiveDate) -> bool {
        !self.done && dates::is_overdue(today, self.date)
    }
}

/// Every dated action in the plan, soonest first.
pub fn dated_actions(plan: &Plan) -> Vec<DatedAction> {
    let mut actions = Vec::new();
    for r in &plan.rejections {
        if let Some(due) = r.request.follow_up_due() {
            actions.push(DatedAction {
                date: due,
                time: None,
                kind: ActionKind::FollowUp,
                text: Phrase::said(
                    Key::CoreActionFollowUp,
                    vec![("company", Arg::Theirs(r.company.clone()))],
                ),
                uid: format!("followup-{}", r.id),
                done: false,
            });
        }
        if let Some(due) = r.request.close_loop_due() {
            actions.push(DatedAction {
                date: due,
                time: None,
                kind: ActionKind::CloseLoop,
                text: Phrase::said(
                    Key::CoreActionCloseLoop,
                    vec![("company", Arg::Theirs(r.company.clone()))],
                ),
                uid: format!("closeloop-{}", r.id),
                done: false,
            });
        }
    }
    for g in &plan.skill_gaps {
        if let Some(date) = g.target_date {
            actions.push(DatedAction {
                date,
                time: None,
                kind: ActionKind::SkillGap,
                text: Phrase::said(
                    Key::CoreActionSkillTarget,
                    vec![("skill", Arg::Theirs(g.skill.clone()))],
                ),
                uid: format!("gap-{}", g.id),
                done: g.status == GapStatus::Done,
            });
        }
    }
    for f in &plan.fun {
        actions.push(DatedAction {
            date: f.when.date(),
            time: Some(f.when.time()),
            kind: ActionKind::Fun,
            text: fun_title(&f.what, &f.with_whom),
            uid: format!("fun-{}", f.id),
            done: f.done,
        });
    }
    for a in &plan.applications {
        actions.push(DatedAction {
            date: a.date,
            time: a.time,
            kind: match a.kind {
                AppKind::Interview => ActionKind::Interview,
                _ => ActionKind::Application,
            },
            text: Phrase::said(
                Key::ActionApplication,
                vec![
                    ("kind", Arg::key(a.kind.label())),
                    ("role", Arg::Theirs(a.role.clone())),
                    ("company", Arg::Theirs(a.company.clone())),
                ],
            ),
            uid: format!("app-{}", a.id),
            done: false,
        });
    }
    super::order::sort_by(&mut actions, |a, b| {
        (a.date, a.time, &a.uid).cmp(&(b.date, b.time, &b.uid))
    });
    actions
}

/// A fun plan's title: what, and with whom when someone is named.
pub fn fun_title(what: &str, with_whom: &str) -> Phrase {
    if with_whom.is_empty() {
        Phrase::of(what)
    } else {
        Phrase::said(
            Key::CoreFunWith,
            vec![
                ("what", Arg::Theirs(what.to_string())),
                ("who", Arg::Theirs(with_whom.to_string())),
            ],
        )
    }
}

/// The open actions that need attention first: overdue ones (oldest first), then the
/// next few.
pub fn due_next(plan: &Plan, count: usize) -> Vec<DatedAction> {
    dated_actions(plan)
        .into_iter()
        .filter(|a| !a.done)
        .take(count)
        .collect()
}

/// The next day the plan asks something of the person after `today` (a reminder to
/// send, a fun plan, an interview, a skill target), with what it is.
pub fn next_visit(plan: &Plan, today: NaiveDate) -> Option<DatedAction> {
    dated_actions(plan)
        .into_iter()
        .find(|a| !a.done && a.date > today)
}

/// How many applications are dated in the week (Monday to Sunday) of `today`: a plain
/// count, with no target.
pub fn applications_this_week(plan: &Plan, today: NaiveDate) -> usize {
    use chrono::Datelike;
    let monday = today - chrono::Duration::days(i64::from(today.weekday().num_days_from_monday()));
    let sunday = monday + chrono::Duration::days(6);
    plan.applications
        .iter()
        .filter(|a| a.kind == AppKind::Application && (monday..=sunday).contains(&a.date))
        .count()
}

/// A check-in at or below this (2, "low", of 5) is a low day.
pub const LOW_MOOD: u8 = 2;
/// A check-in at or below this is very low: it is met at once with words for getting
/// support now, as well as the small step.
pub const VERY_LOW_MOOD: u8 = 1;
/// Low days within [`LOW_DAYS_WINDOW`] days that bring the note about talking to
/// someone.
pub const LOW_DAYS_FOR_NOTE: usize = 3;
/// The days looked back over, today included.
pub const LOW_DAYS_WINDOW: i64 = 14;

/// Small, concrete things for a low day; one is offered at a time.
const SMALL_STEPS: [Key; 6] = [
    Key::CoreSmallStepWater,
    Key::CoreSmallStepMessage,
    Key::CoreSmallStepEat,
    Key::CoreSmallStepWalk,
    Key::CoreSmallStepSong,
    Key::CoreSmallStepShower,
];

/// One small, concrete step for a low check-in (none for an okay one). The step changes
/// from day to day, so a second low day is not met with the same words.
pub fn small_step(mood: u8, date: NaiveDate) -> Option<Key> {
    use chrono::Datelike;
    (mood <= LOW_MOOD)
        .then(|| SMALL_STEPS[date.num_days_from_ce().unsigned_abs() as usize % SMALL_STEPS.len()])
}

/// True when a check-in is very low: the words for getting support now are shown at once,
/// whatever came before.
pub fn support_now_due(mood: u8) -> bool {
    mood <= VERY_LOW_MOOD
}

/// How many of the last [`LOW_DAYS_WINDOW`] days, today included, had a low check-in.
pub fn low_days(plan: &Plan, today: NaiveDate) -> usize {
    plan.wellbeing
        .moods
        .iter()
        .filter(|m| {
            m.mood <= LOW_MOOD && (0..LOW_DAYS_WINDOW).contains(&(today - m.date).num_days())
        })
        .count()
}

/// True when several recent days were low: time for a calm word about talking to a
/// doctor or someone trusted.
pub fn low_mood_note_due(plan: &Plan, today: NaiveDate) -> bool {
    low_days(plan, today) >= LOW_DAYS_FOR_NOTE
}

/// Ids of skill gaps that a feedback item produced, for "came from" links.
pub fn gaps_from_rejection(plan: &Plan, rejection: Id) -> usize {
    plan.skill_gaps
        .iter()
        .filter(|g| g.source.is_some_and(|s| s.rejection == rejection))
        .count()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::plan::*;
    use crate::core::words::Messages;

    fn english(phrase: &Phrase) -> String {
        Messages::english().plain(phrase)
    }

    fn said(key: Key) -> String {
        Messages::english().text(key)
    }

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    fn rejection(company: &str, channel: Channel) -> RejectionDraft {
        RejectionDraft {
            company: company.into(),
            role: "Data analyst".into(),
            contact_name: "Priya".into(),
            contact_email: "priya@example.test".into(),
            stage: Stage::FinalRound,
            date: d(2026, 11, 20),
            channel,
            message: String::new(),
        }
    }

    fn fb(category: FeedbackCategory, text: &str) -> FeedbackDraft {
        FeedbackDraft {
            text: text.into(),
            category,
            stage: Stage::Interview,
            certainty: Certainty::Fact,
        }
    }

    #[test]
    fn request_names_the_contact_role_and_company() {
        use crate::core::words::Messages;
        let mut plan = Plan::default();
        plan.record_rejection(&rejection("Acme", Channel::Email), d(2026, 11, 25), false)
            .unwrap();
        let draft = feedback_request(
            &Messages::english(),
            plan.current_rejection().unwrap(),
            "Alex",
            false,
        );
        assert_eq!(
            draft.subject,
            "Feedback on my application: Data analyst at Acme"
        );
        assert!(draft.body.starts_with("Dear Priya,"));
        assert!(draft.body.contains("the Data analyst role at Acme"));
        assert!(draft.body.ends_with("Kind regards,\nAlex"));
    }

    #[test]
    fn ghosted_request_is_gentler_and_no_contact_says_hello() {
        use crate::core::words::Messages;
        let mut plan = Plan::default();
        let mut r = rejection("Globex", Channel::Ghosted);
        r.contact_name = String::new();
        plan.record_rejection(&r, d(2026, 11, 25), false).unwrap();
        let draft = feedback_request(
            &Messages::english(),
            plan.current_rejection().unwrap(),
            "",
            false,
        );
        assert!(draft.body.starts_with("Hello,"));
        assert!(draft.body.contains("haven't heard back"));
        assert!(draft.body.ends_with("Kind regards"));
    }

    /// Every stage, told or ghosted, with and without "keep me in mind".
    #[test]
    fn the_request_fits_every_stage_and_how_the_no_came() {
        use crate::core::words::Messages;
        let met = [Stage::Interview, Stage::FinalRound, Stage::Offer];
        for &stage in Stage::ALL {
            for ghosted in [false, true] {
                for keep in [false, true] {
                    let mut r = rejection("Acme", Channel::Email);
                    r.stage = stage;
                    if ghosted {
                        r.channel = Channel::Ghosted;
                    }
                    let mut plan = Plan::default();
                    plan.record_rejection(&r, d(2026, 11, 25), false).unwrap();
                    let draft = feedback_request(
                        &Messages::english(),
                        plan.current_rejection().unwrap(),
                        "Alex",
                        keep,
                    );
                    let case = format!("{stage:?}, ghosted {ghosted}, keep {keep}");
                    let (subject, body) = (&draft.subject, &draft.body);
                    // The role and the company, in the subject and the body.
                    assert!(
                        subject.ends_with("Data analyst at Acme"),
                        "{case}: {subject}"
                    );
                    assert!(body.contains("the Data analyst role at Acme"), "{case}");
                    // Told: thanks for the decision; ghosted: a gentle follow-up.
                    assert_eq!(body.contains("haven't heard back"), ghosted, "{case}");
                    assert_eq!(
                        body.contains("letting me know your decision"),
                        !ghosted,
                        "{case}"
                    );
                    assert_eq!(subject.starts_with("Following up"), ghosted, "{case}");
                    // Thanks for time together only where people met.
                    assert_eq!(
                        body.contains("the time you and the team spent with me"),
                        !ghosted && met.contains(&stage),
                        "{case}"
                    );
                    // "I applied" only for a no at the application stage.
                    assert_eq!(
                        body.contains("I applied for"),
                        ghosted && stage == Stage::Application,
                        "{case}"
                    );
                    assert_eq!(
                        body.contains("kept me in mind for similar roles"),
                        keep,
                        "{case}"
                    );
                    assert!(body.contains("could have been stronger"), "{case}");
                    assert!(body.ends_with("Kind regards,\nAlex"), "{case}");
                    // Still short: a few lines anyone can edit.
                    assert!(body.split_whitespace().count() < 130, "{case}");
                }
            }
        }
        // The ghosted final round says what happened, not "I applied".
        let mut r = rejection("Acme", Channel::Ghosted);
        r.stage = Stage::FinalRound;
        let mut plan = Plan::default();
        plan.record_rejection(&r, d(2026, 11, 25), false).unwrap();
        let body = feedback_request(
            &Messages::english(),
            plan.current_rejection().unwrap(),
            "",
            false,
        )
        .body;
        assert!(body.contains(
            "I had my final-round interview for the Data analyst role at Acme and haven't heard back since."
        ));
        // A no at the CV stage thanks for considering the application, not for time spent.
        let mut r = rejection("Acme", Channel::Email);
        r.stage = Stage::Application;
        plan.record_rejection(&r, d(2026, 11, 25), false).unwrap();
        let body = feedback_request(
            &Messages::english(),
            plan.current_rejection().unwrap(),
            "",
            false,
        )
        .body;
        assert!(body.contains(
            "Thank you for letting me know your decision on my application for the Data analyst role at Acme, and for taking the time to consider it."
        ));
        assert!(body.contains("where my CV and application could have been stronger"));
    }

    /// The request's words come from the language given, not from the code: a few lines
    /// of German are enough to write it, and English says what they lack.
    #[test]
    fn the_request_is_written_in_the_language_given() {
        use crate::core::words::{Catalog, EnglishRules, Lang, Messages};
        use std::rc::Rc;
        let (german, errors) = Catalog::parse(
            "feedback-request-greeting = Hallo { $name },\n\
             feedback-request-subject = Feedback zu meiner Bewerbung: { $role } bei { $company }\n\
             feedback-request-stronger =\n    { $stage ->\n        \
             [final_round] wo meine Gespräche stärker hätten sein können\n       \
             *[other] wo meine Bewerbung stärker hätte sein können\n    }\n\
             feedback-request-ask = Ich würde mich über ein paar Worte dazu freuen, { $stronger }.\n\
             feedback-request-sign-off =\n    Viele Grüße\n    { $name }\n",
        );
        assert_eq!(errors, []);
        let english = Rc::new(Catalog::english());
        let words = Messages::new(
            Lang::German,
            Rc::new(german),
            english,
            Box::new(EnglishRules),
        );
        let mut plan = Plan::default();
        plan.record_rejection(&rejection("Acme", Channel::Email), d(2026, 11, 25), false)
            .unwrap();
        let draft = feedback_request(&words, plan.current_rejection().unwrap(), "Alex", false);
        assert_eq!(
            draft.subject,
            "Feedback zu meiner Bewerbung: Data analyst bei Acme"
        );
        assert!(draft.body.starts_with("Hallo Priya,\n\n"), "{}", draft.body);
        assert!(
            draft.body.contains(
                "Ich würde mich über ein paar Worte dazu freuen, wo meine Gespräche stärker hätten sein können."
            ),
            "{}",
            draft.body
        );
        assert!(
            draft.body.ends_with("\n\nViele Grüße\nAlex"),
            "{}",
            draft.body
        );
        // What the German lines lack is said in English, never left out.
        assert!(
            draft.body.contains("Thank you for your time"),
            "{}",
            draft.body
        );
        // The same request in English, from the same code.
        let english = feedback_request(
            &Messages::english(),
            plan.current_rejection().unwrap(),
            "Alex",
            false,
        );
        assert!(english.body.starts_with("Dear Priya,"));
        assert!(english.body.ends_with("Kind regards,\nAlex"));
    }

    #[test]
    fn countdowns_say_how_far_away_a_day_is() {
        let today = d(2026, 11, 25);
        let label = |date| english(&countdown_label(today, date));
        assert_eq!(label(today), "today");
        assert_eq!(label(d(2026, 11, 26)), "tomorrow");
        assert_eq!(label(d(2026, 11, 24)), "yesterday");
        assert_eq!(label(d(2027, 1, 1)), "in 37 days");
        assert_eq!(label(d(2026, 11, 15)), "10 days ago");
    }

    #[test]
    fn a_low_check_in_gets_one_small_step_and_several_low_days_bring_the_note() {
        let today = d(2026, 11, 25);
        assert_eq!(small_step(3, today), None);
        // Only a very low check-in also brings the words for getting support now.
        assert!(support_now_due(1));
        assert!(!support_now_due(2));
        assert!(!support_now_due(5));
        let step = small_step(1, today).unwrap();
        assert_eq!(small_step(2, today), Some(step));
        assert_ne!(small_step(2, d(2026, 11, 26)), Some(step));

        let mut plan = Plan::default();
        plan.check_in_mood(d(2026, 11, 10), 1, "").unwrap(); // 15 days ago: outside
        plan.check_in_mood(d(2026, 11, 12), 2, "").unwrap();
        plan.check_in_mood(d(2026, 11, 20), 4, "").unwrap();
        plan.check_in_mood(d(2026, 11, 24), 1, "").unwrap();
        assert_eq!(low_days(&plan, today), 2);
        assert!(!low_mood_note_due(&plan, today));
        plan.check_in_mood(today, 2, "").unwrap();
        assert_eq!(low_days(&plan, today), 3);
        assert!(low_mood_note_due(&plan, today));
        // Check-ins after "today" (another device's clock) do not count.
        assert_eq!(low_days(&plan, d(2026, 11, 23)), 2);
        // Two weeks on, the old low days have passed out of the window.
        assert!(!low_mood_note_due(&plan, d(2026, 12, 8)));
    }

    #[test]
    fn applications_are_counted_monday_to_sunday() {
        let mut plan = Plan::default();
        let today = d(2026, 11, 25); // a Wednesday
        for (kind, date) in [
            (AppKind::Application, d(2026, 11, 23)), // Monday
            (AppKind::Application, d(2026, 11, 29)), // Sunday
            (AppKind::Application, d(2026, 11, 22)), // last week's Sunday
            (AppKind::Application, d(2026, 11, 30)), // next Monday
            (AppKind::Interview, d(2026, 11, 26)),   // not an application
        ] {
            plan.add_application(
                &ApplicationDraft {
                    company: "Acme".into(),
                    role: "Analyst".into(),
                    kind,
                    date,
                    time: None,
                    note: String::new(),
                },
                today,
                true,
            )
            .unwrap();
        }
        assert_eq!(applications_this_week(&plan, today), 2);
        assert_eq!(applications_this_week(&plan, d(2026, 11, 29)), 2);
        assert_eq!(applications_this_week(&plan, d(2026, 12, 1)), 1);
    }

    #[test]
    fn mailto_link_is_encoded_and_safe() {
        let draft = RequestDraft {
            subject: "Feedback & thanks".into(),
            body: "Hi,\nthanks".into(),
        };
        let link = mailto_link(" sam@acme.test?cc=x ", &draft);
        assert_eq!(
            link,
            "mailto:sam@acme.testcc=x?subject=Feedback%20%26%20thanks&body=Hi%2C%0D%0Athanks"
        );
    }

    #[test]
    fn role_match_compares_skills_and_level() {
        let role = TargetRole {
            id: Id::new(1),
            title: "Analyst".into(),
            area: "Health".into(),
            level: Level::Senior,
            requirements: vec![
                "SQL".into(),
                "Python".into(),
                "Tableau".into(),
                "Stats".into(),
            ],
        };
        let mut profile = Profile {
            name: String::new(),
            skills: vec!["sql".into(), "python".into(), "stats".into()],
            level: Some(Level::Mid),
        };
        let m = role_match(&role, &profile);
        assert_eq!(m.matched, vec!["SQL", "Python", "Stats"]);
        assert_eq!(m.missing, vec!["Tableau"]);
        assert_eq!(m.skills_percent, 75);
        assert_eq!(m.level_fit, LevelFit::Stretch);
        assert_eq!(said(m.verdict()), "Within reach: a step up");
        profile.level = Some(Level::Junior);
        assert_eq!(role_match(&role, &profile).level_fit, LevelFit::BigStretch);
        profile.level = Some(Level::Senior);
        assert_eq!(said(role_match(&role, &profile).verdict()), "Good match");
        profile.skills.clear();
        assert_eq!(
            said(role_match(&role, &profile).verdict()),
            "Far from your current skills"
        );
        profile.level = None;
        assert_eq!(role_match(&role, &profile).level_fit, LevelFit::Unknown);
    }

    #[test]
    fn patterns_count_categories_across_rejections() {
        let mut plan = Plan::default();
        let today = d(2026, 11, 25);
        let a = plan
            .record_rejection(&rejection("Acme", Channel::Email), today, false)
            .unwrap();
        let b = plan
            .record_rejection(&rejection("Globex", Channel::Call), today, false)
            .unwrap();
        plan.add_feedback(a, &fb(FeedbackCategory::Preparation, "x"))
            .unwrap();
        plan.add_feedback(a, &fb(FeedbackCategory::Salary, "y"))
            .unwrap();
        plan.add_feedback(a, &fb(FeedbackCategory::Salary, "z"))
            .unwrap();
        plan.add_feedback(b, &fb(FeedbackCategory::Preparation, "w"))
            .unwrap();
        let pattern = |category, said, in_rejections, hunches| Pattern {
            category,
            said,
            in_rejections,
            hunches,
        };
        assert_eq!(
            feedback_patterns(&plan),
            vec![
                pattern(FeedbackCategory::Preparation, 2, 2, 0),
                pattern(FeedbackCategory::Salary, 2, 1, 0)
            ]
        );
        assert!(feedback_patterns(&plan)[0].keeps_coming_back());
    }

    /// A hunch is the person's own reading: counted apart, never "keeps coming back", and
    /// on the checklist as something to check rather than the employer's feedback.
    #[test]
    fn guesses_stay_guesses() {
        let mut plan = Plan::default();
        let today = d(2026, 11, 25);
        let hunch = |text: &str| FeedbackDraft {
            certainty: Certainty::Guess,
            ..fb(FeedbackCategory::Confidence, text)
        };
        for company in ["Acme", "Globex", "Initech"] {
            let r = plan
                .record_rejection(&rejection(company, Channel::Email), today, false)
                .unwrap();
            plan.add_feedback(r, &hunch("I seemed nervous")).unwrap();
        }
        let patterns = feedback_patterns(&plan);
        assert_eq!(
            patterns,
            vec![Pattern {
                category: FeedbackCategory::Confidence,
                said: 0,
                in_rejections: 0,
                hunches: 3
            }]
        );
        assert!(!patterns[0].keeps_coming_back());
        let line = prep_checklist(&plan)
            .into_iter()
            .find(|p| p.source == PrepSource::Feedback)
            .unwrap()
            .text;
        let line = english(&line);
        assert!(line.starts_with("Check your hunch about "), "{line}");
    }

    #[test]
    fn each_stage_has_its_own_words_and_next_step() {
        let notes: Vec<StageNote> = Stage::ALL.iter().map(|s| stage_note(*s, false)).collect();
        for (i, note) in notes.iter().enumerate() {
            assert!(!said(note.line).contains("in the running"), "{note:?}");
            for other in &notes[i + 1..] {
                if note != other {
                    assert_ne!(note.next, other.next);
                    assert_ne!(said(note.next), said(other.next));
                }
            }
        }
        assert!(said(stage_note(Stage::Application, false).next).contains("top three requirements"));
        assert!(said(stage_note(Stage::Interview, false).next).contains("out loud"));
        assert!(said(stage_note(Stage::FinalRound, false).next).contains("what tipped it"));
        assert!(said(stage_note(Stage::Offer, false).next).contains("references"));
        assert!(said(stage_note(Stage::Offer, true).line).contains("their process"));
    }

    #[test]
    fn three_noes_at_one_stage_suggest_a_person() {
        let mut plan = Plan::default();
        let today = d(2026, 11, 25);
        for company in ["Acme", "Globex"] {
            plan.record_rejection(&rejection(company, Channel::Email), today, false)
                .unwrap();
        }
        assert_eq!(repeated_stage(&plan), None);
        plan.record_rejection(&rejection("Initech", Channel::Email), today, false)
            .unwrap();
        assert_eq!(
            repeated_stage(&plan),
            Some(rejection("x", Channel::Email).stage)
        );
    }

    #[test]
    fn an_offer_stage_request_asks_about_the_person_not_their_process() {
        use crate::core::words::Messages;
        for channel in [Channel::Email, Channel::Ghosted] {
            let mut plan = Plan::default();
            let draft = RejectionDraft {
                stage: Stage::Offer,
                ..rejection("Acme", channel)
            };
            plan.record_rejection(&draft, d(2026, 11, 25), false)
                .unwrap();
            let body = feedback_request(
                &Messages::english(),
                plan.current_rejection().unwrap(),
                "Sam",
                false,
            )
            .body;
            assert!(
                body.contains("where I could have been stronger at the offer stage"),
                "{body}"
            );
            assert!(!body.contains("process could have been"), "{body}");
        }
    }

    #[test]
    fn checklist_pulls_in_feedback_and_open_gaps() {
        let mut plan = Plan::default();
        let today = d(2026, 11, 25);
        let r = plan
            .record_rejection(&rejection("Acme", Channel::Email), today, false)
            .unwrap();
        plan.add_feedback(r, &fb(FeedbackCategory::Communication, "Shorter answers"))
            .unwrap();
        plan.add_feedback(r, &fb(FeedbackCategory::RoleClosed, "Budget cut"))
            .unwrap();
        let mut gap = SkillGapDraft::named("Tableau");
        gap.if_cue = "it is Saturday morning".into();
        gap.then_action = "do one module".into();
        let g = plan.add_skill_gap(&gap, false).unwrap();
        let done = plan
            .add_skill_gap(&SkillGapDraft::named("Done"), false)
            .unwrap();
        plan.set_gap_status(done, GapStatus::Done).unwrap();
        plan.set_prep_done("basic:research", true);

        let list = prep_checklist(&plan);
        assert_eq!(list.len(), 5 + 1 + 1 + 1);
        assert!(list[0].done);
        // The basics end with what they have been learning: here, the gap they finished.
        assert_eq!(list[5].key, "basic:learning");
        assert!(english(&list[5].text)
            .starts_with("Be ready to say what you have been learning since your last no (Done):"));
        assert!(list
            .iter()
            .any(|i| english(&i.text) == "Work on the feedback from Acme: Shorter answers"));
        assert!(!list.iter().any(|i| english(&i.text).contains("Budget cut")));
        let gap_item = list.iter().find(|i| i.key == format!("gap:{g}")).unwrap();
        assert_eq!(
            english(&gap_item.text),
            "Tableau: If it is Saturday morning, then I do one module."
        );
    }

    #[test]
    fn dated_actions_gather_everything_in_date_order() {
        let mut plan = Plan::default();
        let today = d(2026, 11, 25);
        let r = plan
            .record_rejection(&rejection("Acme", Channel::Email), today, false)
            .unwrap();
        plan.mark_request_sent(r, today).unwrap();
        let mut gap = SkillGapDraft::named("SQL");
        gap.target_date = Some(d(2026, 12, 20));
        plan.add_skill_gap(&gap, false).unwrap();
        plan.plan_fun(
            &FunDraft {
                what: "Cinema".into(),
                with_whom: "Jo".into(),
                when: d(2026, 11, 26).and_hms_opt(19, 0, 0).unwrap(),
                mood_before: None,
            },
            today.and_hms_opt(12, 0, 0).unwrap(),
            false,
        )
        .unwrap();
        plan.add_application(
            &ApplicationDraft {
                company: "Initech".into(),
                role: "Analyst".into(),
                kind: AppKind::Interview,
                date: d(2026, 12, 10),
                time: NaiveTime::from_hms_opt(10, 0, 0),
                note: String::new(),
            },
            today,
            false,
        )
        .unwrap();
        let actions = dated_actions(&plan);
        let kinds: Vec<ActionKind> = actions.iter().map(|a| a.kind).collect();
        assert_eq!(
            kinds,
            vec![
                ActionKind::Fun,
                ActionKind::FollowUp,
                ActionKind::Interview,
                ActionKind::SkillGap
            ]
        );
        assert_eq!(actions[1].date, d(2026, 12, 2));
        assert_eq!(english(&actions[0].text), "Cinema with Jo");
        assert!(!actions[3].is_overdue(today));
        assert!(actions[3].is_overdue(d(2026, 12, 21)));
        assert_eq!(due_next(&plan, 2).len(), 2);
        // The day after the rejection, the fun plan is what the app has next; after it,
        // the reminder; after everything, nothing.
        assert_eq!(next_visit(&plan, today).unwrap().kind, ActionKind::Fun);
        assert_eq!(
            next_visit(&plan, d(2026, 11, 26)).unwrap().kind,
            ActionKind::FollowUp
        );
        assert_eq!(next_visit(&plan, d(2026, 12, 20)), None);
        assert_eq!(gaps_from_rejection(&plan, r), 0);
    }
}
