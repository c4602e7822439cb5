//! The pure core of Rebound: the plan model, date rules, derived views, the stored and
//! shared formats, and the rules that keep the stored plan safe. Nothing here touches the
//! browser, so all of it is tested natively and can be fuzzed.

pub mod dates;
pub mod format;
pub mod ics;
pub mod insights;
pub mod item;
pub mod journal;
pub mod limits;
pub mod merge;
pub mod order;
pub mod plan;
pub mod review;
pub mod saving;
pub mod steps;
pub mod store;
pub mod text;
pub mod validate;
pub mod walk;
pub mod words;
