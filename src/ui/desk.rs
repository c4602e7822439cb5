//! The reviewer's desk: the reviews this person is writing of other people's plans, held
//! in one signal apart from their own plan and written to storage after every change (a
//! review is a few kilobytes, so a write per change costs well under a millisecond). The
//! rules for reading and writing them are in [`crate::core::format::reviewing`].

use leptos::prelude::*;

use crate::core::format::reviewing::Reviewing;
use crate::core::plan::{ModelError, PlanId};
use crate::core::review::{Review, ReviewId};
use crate::core::saving;
use crate::core::words::{Arg, Key, Phrase};
use crate::web::{browser, storage::LocalKv};

/// The desk, provided at the top of the app; cheap to copy into closures.
#[derive(Clone, Copy)]
pub struct Desk {
    pub reviews: RwSignal<Reviewing>,
    /// Why the last write (or the first read) failed, in words for the person (said in
    /// their language when shown).
    pub problem: RwSignal<Option<Phrase>>,
    /// Set after "delete everything": the desk is let go and never written again.
    stopped: RwSignal<bool>,
}

impl Desk {
    /// Reads the reviews in progress from storage.
    pub fn load() -> Self {
        let (reviewing, error) = saving::load_reviewing(&LocalKv::open());
        Desk {
            reviews: RwSignal::new(reviewing),
            problem: RwSignal::new(error.map(|e| {
                Phrase::said(
                    Key::ReviewingDeskUnreadable,
                    vec![("error", Arg::Ours(e.to_string()))],
                )
            })),
            stopped: RwSignal::new(false),
        }
    }

    /// Everything Rebound kept was deleted: lets go of the reviews in memory too, and
    /// writes nothing from now on.
    pub fn stop(self) {
        self.stopped.set(true);
        self.reviews.set(Reviewing::default());
        self.problem.set(None);
    }

    /// Takes up what another tab stored.
    pub fn reload(self) {
        if self.stopped.get_untracked() {
            return;
        }
        let (reviewing, error) = saving::load_reviewing(&LocalKv::open());
        if error.is_none() {
            self.reviews.set(reviewing);
        }
    }

    fn store(self) {
        if self.stopped.get_untracked() {
            return;
        }
        let result = self
            .reviews
            .with_untracked(|r| saving::save_reviewing(&LocalKv::open(), r));
        self.problem.set(result.err().map(|e| {
            Phrase::said(
                Key::ReviewingDeskNotSaved,
                vec![("error", Arg::Ours(e.to_string()))],
            )
        }));
    }

    /// Starts (or goes back to) the review of a shared plan.
    pub fn start(self, plan_link: &str, review: Review, today: chrono::NaiveDate) -> bool {
        let mut started = false;
        self.reviews
            .update(|r| started = r.start(plan_link, review, today));
        self.store();
        started
    }

    /// Changes the review of `plan`; a change to a review already sent starts a new round.
    pub fn edit(
        self,
        plan: &PlanId,
        change: impl FnOnce(&mut Review) -> Result<(), ModelError>,
    ) -> Result<(), ModelError> {
        let mut result = Err(ModelError::NotFound);
        self.reviews.update(|r| {
            let fresh = ReviewId::from_random(browser::random_bytes());
            result = r
                .edit(plan, fresh, change)
                .unwrap_or(Err(ModelError::NotFound));
        });
        if result.is_ok() {
            self.store();
        }
        result
    }

    pub fn mark_sent(self, plan: &PlanId, today: chrono::NaiveDate) {
        self.reviews.update(|r| r.mark_sent(plan, today));
        self.store();
    }

    pub fn remove(self, plan: &PlanId) {
        self.reviews.update(|r| r.remove(plan));
        self.store();
    }
}

pub fn use_desk() -> Desk {
    expect_context::<Desk>()
}
