//! Rebound: bounce back from a job-interview rejection.
//!
//! `core` is pure Rust and builds everywhere; `web` (browser adapters) and `ui` (Leptos
//! components) build only for the browser.

pub mod core;

#[cfg(target_arch = "wasm32")]
pub mod ui;
#[cfg(target_arch = "wasm32")]
pub mod web;
