//! Thin adapters over browser APIs. They move data in and out; the rules live in
//! `crate::core`.

pub mod browser;
pub mod clock;
pub mod language;
pub mod service_worker;
pub mod storage;
pub mod theme;
