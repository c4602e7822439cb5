//! The reviews a reviewer is writing, kept on their device (`format::reviewing`): starting
//! one, a new round once a sent review changes, and reading the stored text back, with
//! each kind of unreadable text refused with its own cause.

use std::cell::RefCell;
use std::collections::BTreeMap;

use chrono::NaiveDate;
use rebound::core::format::link::{self, ShareOptions};
use rebound::core::format::reviewing::*;
use rebound::core::limits::MAX_RECORD_BYTES;
use rebound::core::plan::{Plan, PlanId};
use rebound::core::review::{reviewable, Review, ReviewId, Suggestion};
use rebound::core::saving::{load_reviewing, save_reviewing};
use rebound::core::store::{KeyValue, KvError};
use rebound::core::validate::InvalidPlan;
use rebound::core::words::Messages;

mod common;

fn day(d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 12, d).unwrap()
}

fn rid(n: u8) -> ReviewId {
    ReviewId::from_random([n; 16])
}

/// A shared plan with id `n`, as the reviewer opens it: its link and the plan.
fn shared(n: u8) -> (String, Plan) {
    let mut plan = common::typical_plan();
    plan.ensure_id(PlanId::from_random([n; 16]));
    let payload = link::encode(&plan, ShareOptions::default());
    let opened = link::decode(&payload).unwrap();
    (payload, opened)
}

fn started() -> (Reviewing, PlanId) {
    let (payload, plan) = shared(1);
    let mut reviewing = Reviewing::default();
    let review = Review::new(rid(1), &plan).unwrap();
    assert!(reviewing.start(&payload, review, day(1)));
    (reviewing, plan.id.unwrap())
}

#[test]
fn starting_a_review_keeps_it_and_its_plan_link() {
    let (mut reviewing, id) = started();
    let (payload, plan) = shared(1);
    let r = reviewing.of_plan(&id).unwrap();
    assert_eq!(r.plan_link, payload);
    assert_eq!((r.started_on, r.sent_on), (day(1), None));
    assert!(r.review.is_blank());
    assert_eq!(link::decode(&r.plan_link).unwrap(), plan);

    // The same plan opened again: one review, its words kept, the newer link kept.
    reviewing
        .edit(&id, rid(2), |r| r.set_note("Hi"))
        .unwrap()
        .unwrap();
    let newer = format!("#{payload}");
    let again = Review::new(rid(3), &plan).unwrap();
    assert!(reviewing.start(&newer, again, day(2)));
    assert_eq!(reviewing.reviews.len(), 1);
    let r = reviewing.of_plan(&id).unwrap();
    assert_eq!(r.plan_link, newer);
    assert_eq!(r.review.note, "Hi");
    assert_eq!(r.review.id, rid(1));
    assert_eq!(r.started_on, day(1));

    // Another plan: newest first.
    let (other_link, other) = shared(2);
    let review = Review::new(rid(4), &other).unwrap();
    assert!(reviewing.start(&other_link, review, day(3)));
    assert_eq!(reviewing.reviews[0].review.plan, other.id.clone().unwrap());
    assert_eq!(reviewing.reviews[1].review.plan, id);

    reviewing.remove(&id);
    assert!(reviewing.of_plan(&id).is_none());
    assert_eq!(reviewing.reviews.len(), 1);
}

#[test]
fn there_is_room_for_so_many_reviews_in_progress() {
    let (payload, plan) = shared(1);
    let mut reviewing = Reviewing::default();
    for n in 0..MAX_IN_PROGRESS {
        let mut review = Review::new(rid(n as u8), &plan).unwrap();
        review.plan = PlanId::from_random((n as u128).to_be_bytes());
        assert!(reviewing.start(&payload, review, day(1)));
    }
    let before = reviewing.clone();
    let review = Review::new(rid(0xee), &plan).unwrap();
    assert!(!reviewing.start(&payload, review, day(2)));
    assert_eq!(reviewing, before);
}

#[test]
fn editing_a_sent_review_starts_a_new_round_with_the_fresh_id() {
    let (mut reviewing, id) = started();
    let fresh = |n: u8| rid(0x10 + n);
    // Not sent yet: edits keep the id.
    reviewing
        .edit(&id, fresh(1), |r| r.set_note("One"))
        .unwrap()
        .unwrap();
    assert_eq!(reviewing.of_plan(&id).unwrap().review.id, rid(1));

    reviewing.mark_sent(&id, day(2));
    assert_eq!(reviewing.of_plan(&id).unwrap().sent_on, Some(day(2)));
    // Sent, and nothing really changed: the same round.
    reviewing
        .edit(&id, fresh(2), |r| r.set_note(" One "))
        .unwrap()
        .unwrap();
    let r = reviewing.of_plan(&id).unwrap();
    assert_eq!((&r.review.id, r.sent_on), (&rid(1), Some(day(2))));
    // Sent, then changed: a new round with the fresh id, not yet sent.
    reviewing
        .edit(&id, fresh(3), |r| {
            r.add_suggestion(Suggestion::Prep { text: "x".into() })
        })
        .unwrap()
        .unwrap();
    let r = reviewing.of_plan(&id).unwrap();
    assert_eq!((&r.review.id, r.sent_on), (&fresh(3), None));
    assert_eq!(r.review.note, "One");
    // Until it is sent again, further edits keep that id.
    reviewing
        .edit(&id, fresh(4), |r| r.set_note("Two"))
        .unwrap()
        .unwrap();
    assert_eq!(reviewing.of_plan(&id).unwrap().review.id, fresh(3));
    // A plan with no review in progress.
    let nobody = PlanId::from_random([0x77; 16]);
    assert_eq!(reviewing.edit(&nobody, fresh(5), |_| ()), None);
    reviewing.mark_sent(&nobody, day(3));
    assert_eq!(reviewing.of_plan(&id).unwrap().sent_on, None);
}

/// A review with a name, a note in several scripts and a comment.
fn written() -> (Reviewing, PlanId) {
    let (mut reviewing, id) = started();
    let (_, plan) = shared(1);
    reviewing
        .edit(&id, rid(9), |r| {
            r.set_reviewer("Sam")?;
            r.set_note("ليس سيئا \u{202e}txet\u{202c} 🎉")?;
            r.set_comment(
                &reviewable(&plan)[3],
                "<b>not bold</b>",
                &Messages::english(),
            )
        })
        .unwrap()
        .unwrap();
    reviewing.mark_sent(&id, day(2));
    (reviewing, id)
}

#[test]
fn reviews_in_progress_are_stored_and_read_back() {
    let (reviewing, _) = written();
    let text = reviewing.to_json();
    assert!(
        text.starts_with(r#"{"format":1,"reviews":[{"plan_link":"plan=2."#),
        "{text}"
    );
    let back = Reviewing::from_json(&text).unwrap();
    assert_eq!(back.reviews, reviewing.reviews);
    assert_eq!(back.to_json(), text);
    let empty = Reviewing::from_json(&Reviewing::default().to_json()).unwrap();
    assert!(empty.reviews.is_empty());
}

#[test]
fn unreadable_or_newer_text_is_refused_with_its_cause() {
    let (reviewing, _) = written();
    let good = reviewing.to_json();
    let with = |from: &str, to: &str| {
        assert!(good.contains(from), "{from}");
        good.replacen(from, to, 1)
    };
    for junk in [
        String::new(),
        "not json".into(),
        "[]".into(),
        "null".into(),
        r#"{"reviews":[]}"#.into(),
        r#"{"format":"1","reviews":[]}"#.into(),
        r#"{"format":1}"#.into(),
        // No app wrote format 0.
        r#"{"format":0,"reviews":[]}"#.into(),
        good[..good.len() / 2].to_string(),
        with(r#""format":1,"#, r#""format":1,"surprise":true,"#),
        with(
            r#""started_on":"2026-12-01""#,
            r#""started_on":"2026-02-30""#,
        ),
        with(r#""id":""#, r#""id":"Z"#),
    ] {
        assert!(
            matches!(
                Reviewing::from_json(&junk),
                Err(ReviewingError::Unreadable(_))
            ),
            "{junk}"
        );
    }
    // A newer app's text is newer, whether or not this app could read its shape.
    assert_eq!(
        Reviewing::from_json(r#"{"format":2,"reviews":[]}"#),
        Err(ReviewingError::Newer(2))
    );
    assert_eq!(
        Reviewing::from_json(&with(r#""format":1,"#, r#""format":2,"#)),
        Err(ReviewingError::Newer(2))
    );
    assert_eq!(
        Reviewing::from_json(r#"{"format":7,"reviews":{"a new":"shape"}}"#),
        Err(ReviewingError::Newer(7))
    );
    assert_eq!(
        Reviewing::from_json(&format!("\"{}\"", "x".repeat(MAX_RECORD_BYTES))),
        Err(ReviewingError::TooLarge)
    );
    assert_eq!(
        Reviewing::from_json(&with(r#""reviewer":"Sam""#, r#""reviewer":"Sa\u0000m""#)),
        Err(ReviewingError::Invalid(InvalidPlan::ControlCharacter))
    );
}

/// An in-memory storage.
#[derive(Default)]
struct Memory(RefCell<BTreeMap<String, String>>);

impl KeyValue for Memory {
    fn get(&self, key: &str) -> Result<Option<String>, KvError> {
        Ok(self.0.borrow().get(key).cloned())
    }
    fn set(&self, key: &str, value: &str) -> Result<(), KvError> {
        self.0.borrow_mut().insert(key.into(), value.into());
        Ok(())
    }
    fn remove(&self, key: &str) -> Result<(), KvError> {
        self.0.borrow_mut().remove(key);
        Ok(())
    }
    fn keys(&self) -> Result<Vec<String>, KvError> {
        Ok(self.0.borrow().keys().cloned().collect())
    }
}

#[test]
fn stored_reviews_load_and_unreadable_text_is_kept_aside() {
    let kv = Memory::default();
    let (nothing, error) = load_reviewing(&kv);
    assert!(nothing.reviews.is_empty() && error.is_none());

    let (reviewing, _) = written();
    save_reviewing(&kv, &reviewing).unwrap();
    let (back, error) = load_reviewing(&kv);
    assert_eq!((back.reviews, error), (reviewing.reviews.clone(), None));

    kv.set(REVIEWING_KEY, "{\"format\":1,\"rev").unwrap();
    let (desk, error) = load_reviewing(&kv);
    assert!(desk.reviews.is_empty());
    assert!(matches!(error, Some(ReviewingError::Unreadable(_))));
    assert_eq!(
        kv.get(REVIEWING_UNREADABLE_KEY).unwrap().as_deref(),
        Some("{\"format\":1,\"rev")
    );
    // Kept aside, so the desk can be written again.
    save_reviewing(&kv, &reviewing).unwrap();
    assert_eq!(load_reviewing(&kv).0.reviews, reviewing.reviews);
}
