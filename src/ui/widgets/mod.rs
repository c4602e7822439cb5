//! Components shared by several screens.

pub mod action_error;
pub mod deferred;
pub mod drafts;
pub mod fields;
pub mod form;
pub mod language_picker;
pub mod layout;
pub mod link_sender;
pub mod mood_chart;
pub mod notices;
pub mod paged;
pub mod qr;
pub mod reads;
pub mod review_notes;
pub mod step_nav;
pub mod support;
pub mod update_prompt;

pub use action_error::*;
pub use deferred::*;
pub use drafts::*;
pub use fields::*;
pub use form::*;
pub use layout::*;
pub use link_sender::*;
pub use paged::*;
pub use reads::*;
pub use review_notes::*;
