//! The pure core of Rebound: the plan model, date rules, derived views, the storage
//! format and the share codec. Nothing here touches the browser, so all of it is tested
//! natively and can be fuzzed.

pub mod dates;
pub mod ics;
pub mod insights;
pub mod json;
pub mod limits;
pub mod merge;
pub mod order;
pub mod plan;
pub mod record;
pub mod share;
pub mod steps;
pub mod store;
pub mod stored;
pub mod text;
pub mod validate;
