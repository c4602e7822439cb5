//! The colour theme: follow the system, or a remembered manual choice.

use crate::core::store::KeyValue;
use crate::core::words::Key;
use crate::web::storage::LocalKv;

/// localStorage key of the manual theme choice.
const THEME_KEY: &str = "rebound.theme";

/// The person's choice of colours.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Theme {
    System,
    Light,
    Dark,
}

impl Theme {
    pub const ALL: [Theme; 3] = [Theme::System, Theme::Light, Theme::Dark];

    pub fn slug(self) -> &'static str {
        match self {
            Theme::System => "system",
            Theme::Light => "light",
            Theme::Dark => "dark",
        }
    }

    /// The choice's name in the picker.
    pub fn label(self) -> Key {
        match self {
            Theme::System => Key::ThemeSystem,
            Theme::Light => Key::ThemeLight,
            Theme::Dark => Key::ThemeDark,
        }
    }

    pub fn from_slug(slug: &str) -> Theme {
        Theme::ALL
            .into_iter()
            .find(|t| t.slug() == slug)
            .unwrap_or(Theme::System)
    }
}

/// The remembered choice (the system's when none was made).
pub fn saved() -> Theme {
    LocalKv::open()
        .get(THEME_KEY)
        .ok()
        .flatten()
        .map(|s| Theme::from_slug(&s))
        .unwrap_or(Theme::System)
}

/// Applies a theme to the page and remembers it.
pub fn apply(theme: Theme, remember: bool) {
    if let Some(root) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
    {
        let _ = match theme {
            Theme::System => root.remove_attribute("data-theme"),
            other => root.set_attribute("data-theme", other.slug()),
        };
    }
    if remember {
        let _ = LocalKv::open().set(THEME_KEY, theme.slug());
    }
}
