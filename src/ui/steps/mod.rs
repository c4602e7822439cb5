//! One module per screen.

pub mod about;
pub mod feedback;
pub mod fun;
pub mod import;
pub mod next_job;
pub mod overview;
pub mod positive;
pub mod review;
pub mod reviewing;
pub mod search;
pub mod share;
pub mod skills;
pub mod start;
pub mod support;
pub mod today;
