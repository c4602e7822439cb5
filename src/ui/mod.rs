//! The Leptos user interface: the shell, one module per screen, and shared widgets.

pub mod app;
pub mod desk;
pub mod state;
pub mod steps;
pub mod widgets;
pub mod words;
