//! The reviews a person is writing about other people's plans, kept on their device apart
//! from their own plan (which a review never touches), so they can close the tab and come
//! back to one. One JSON document under [`REVIEWING_KEY`]:
//! `{"format":1,"reviews":[{"plan_link":"plan=2.…","started_on":"…","sent_on":null,"review":{…}}]}`.
//!
//! Each review keeps the shared plan as the link it came in (compact, and exactly what the
//! reviewer was shown); it is decoded again when the review is opened.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use thiserror::Error;

use crate::core::limits::MAX_RECORD_BYTES;
use crate::core::plan::PlanId;
use crate::core::review::{Review, ReviewId};
use crate::core::store::KvError;
use crate::core::validate::{review_parts, InvalidPlan};
use crate::core::words::{Arg, Key, Phrase};

/// localStorage key of the reviews in progress.
pub const REVIEWING_KEY: &str = "rebound.reviewing";
/// Where unreadable text found under [`REVIEWING_KEY`] is kept, as it was.
pub const REVIEWING_UNREADABLE_KEY: &str = "rebound.reviewing.unreadable";

const FORMAT: u32 = 1;

/// Most reviews in progress at once.
pub const MAX_IN_PROGRESS: usize = 50;

/// One review being written.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct InProgress {
    /// The share link's payload (`plan=2.…`) of the plan under review.
    pub plan_link: String,
    pub started_on: NaiveDate,
    /// When this round was last sent; a change after that starts a new round.
    #[serde(default)]
    pub sent_on: Option<NaiveDate>,
    pub review: Review,
}

/// Every review in progress, newest first.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Reviewing {
    format: u32,
    pub reviews: Vec<InProgress>,
    /// Set when the stored text must not be written over (a newer Rebound's, or
    /// unreadable text that could not be kept aside).
    #[serde(skip)]
    read_only: bool,
}

/// Why the stored reviews could not be read. The text is then kept aside, as it was.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum ReviewingError {
    #[error("the reviews you were writing are larger than Rebound can read")]
    TooLarge,
    #[error("the reviews you were writing come from a newer version of Rebound")]
    Newer(u32),
    #[error("the reviews you were writing could not be read")]
    Unreadable(String),
    #[error("the reviews you were writing failed a check: {0}")]
    Invalid(InvalidPlan),
    #[error("the reviews you are writing could not be stored: {0}")]
    Storage(KvError),
    #[error("reviews stored earlier could not be read here, so nothing is written over them")]
    NotKeptAside,
    #[error("the reviews you are writing did not read back as written")]
    NotReadBack,
}

impl ReviewingError {
    /// What the person is told: words that complete a sentence of the screen's.
    pub fn message(&self) -> Phrase {
        match self {
            ReviewingError::TooLarge => Key::ErrorReviewingTooLarge.into(),
            ReviewingError::Newer(_) => Key::ErrorReviewingNewer.into(),
            ReviewingError::Unreadable(_) => Key::ErrorReviewingUnreadable.into(),
            ReviewingError::Invalid(reason) => Phrase::said(
                Key::ErrorReviewingInvalid,
                vec![("reason", Arg::Said(reason.message()))],
            ),
            ReviewingError::Storage(e) => Phrase::said(
                Key::ErrorReviewingStorage,
                vec![("reason", Arg::Said(e.message()))],
            ),
            ReviewingError::NotKeptAside => Key::ErrorReviewingNotKeptAside.into(),
            ReviewingError::NotReadBack => Key::ErrorReviewingNotReadBack.into(),
        }
    }
}

// Here rather than beside `KvError` itself: the store sits below the words, and this is
// the lowest module that both knows them and tells of a storage failure.
impl KvError {
    /// What the person is told, as part of a longer message (`error-storage-…`).
    pub fn message(&self) -> Phrase {
        match self {
            KvError::Full => Key::ErrorStorageFull.into(),
            KvError::Unavailable => Key::ErrorStorageUnavailable.into(),
            // The browser's own words, as it gave them.
            KvError::Other(detail) => Phrase::said(
                Key::ErrorStorageFailed,
                vec![("detail", Arg::Theirs(detail.clone()))],
            ),
        }
    }
}

impl Reviewing {
    /// An empty desk that is never written: what is stored stays as it is.
    pub fn untouchable() -> Reviewing {
        Reviewing {
            read_only: true,
            ..Reviewing::default()
        }
    }

    /// True for a desk that must not be written.
    pub fn is_untouchable(&self) -> bool {
        self.read_only
    }

    pub fn from_json(text: &str) -> Result<Reviewing, ReviewingError> {
        if text.len() > MAX_RECORD_BYTES {
            return Err(ReviewingError::TooLarge);
        }
        let reviewing: Reviewing = serde_json::from_str(text).map_err(|e| {
            #[derive(Deserialize)]
            struct VersionOnly {
                format: u32,
            }
            match serde_json::from_str::<VersionOnly>(text) {
                Ok(v) if v.format > FORMAT => ReviewingError::Newer(v.format),
                _ => ReviewingError::Unreadable(e.to_string()),
            }
        })?;
        if reviewing.format > FORMAT {
            return Err(ReviewingError::Newer(reviewing.format));
        }
        if reviewing.format != FORMAT {
            return Err(ReviewingError::Unreadable(format!(
                "format {}",
                reviewing.format
            )));
        }
        for r in &reviewing.reviews {
            let review = &r.review;
            review_parts(
                &review.reviewer,
                &review.note,
                review.comments.iter(),
                review.suggestions.iter(),
            )
            .map_err(ReviewingError::Invalid)?;
        }
        Ok(reviewing)
    }

    pub fn to_json(&self) -> String {
        let out = Reviewing {
            format: FORMAT,
            reviews: self.reviews.clone(),
            read_only: false,
        };
        serde_json::to_string(&out).unwrap_or_default()
    }

    /// The review in progress of the plan with this id.
    pub fn of_plan(&self, plan: &PlanId) -> Option<&InProgress> {
        self.reviews.iter().find(|r| r.review.plan == *plan)
    }

    pub fn of_plan_mut(&mut self, plan: &PlanId) -> Option<&mut InProgress> {
        self.reviews.iter_mut().find(|r| r.review.plan == *plan)
    }

    /// Starts a review of a plan, or, when one is already in progress for it, brings its
    /// copy of the plan up to the link just opened. Returns false when there is no room.
    pub fn start(&mut self, plan_link: &str, review: Review, today: NaiveDate) -> bool {
        if let Some(r) = self.of_plan_mut(&review.plan) {
            // The plan as now shared is the one the review is about from here on.
            r.plan_link = plan_link.to_string();
            r.review.fingerprint = review.fingerprint;
            return true;
        }
        if self.reviews.len() >= MAX_IN_PROGRESS {
            return false;
        }
        self.reviews.insert(
            0,
            InProgress {
                plan_link: plan_link.to_string(),
                started_on: today,
                sent_on: None,
                review,
            },
        );
        true
    }

    /// Changes the review of `plan` with `change`. A review that was sent is a new round
    /// once it changes: it gets `fresh` as its id, so its owner receives it as new.
    pub fn edit<T>(
        &mut self,
        plan: &PlanId,
        fresh: ReviewId,
        change: impl FnOnce(&mut Review) -> T,
    ) -> Option<T> {
        let r = self.of_plan_mut(plan)?;
        let before = r.review.clone();
        let out = change(&mut r.review);
        if r.sent_on.is_some() && r.review != before {
            r.review.id = fresh;
            r.sent_on = None;
        }
        Some(out)
    }

    /// Notes that the review of `plan` was sent today.
    pub fn mark_sent(&mut self, plan: &PlanId, today: NaiveDate) {
        if let Some(r) = self.of_plan_mut(plan) {
            r.sent_on = Some(today);
        }
    }

    /// Forgets the review of `plan`.
    pub fn remove(&mut self, plan: &PlanId) {
        self.reviews.retain(|r| r.review.plan != *plan);
    }
}
