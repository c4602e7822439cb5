//! The languages Rebound speaks, and which one a person's browser asks for.

/// A language of the app.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Lang {
    English,
    Spanish,
    German,
    Arabic,
    /// Every English word changed but still readable (accented and lengthened), for the
    /// tests that look for words the code forgot to translate: its file is in test builds
    /// only (`pseudo`), and it is never offered in the picker.
    Pseudo,
}

/// Which way a language's lines run.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Direction {
    LeftToRight,
    RightToLeft,
}

impl Lang {
    /// The languages a person can choose, in the picker's order.
    pub const OFFERED: [Lang; 4] = [Lang::English, Lang::Spanish, Lang::German, Lang::Arabic];

    /// The language's BCP 47 tag, as `lang=""` and `Intl` take it and as its file is named
    /// (`locales/<tag>.ftl`).
    pub fn tag(self) -> &'static str {
        match self {
            Lang::English => "en",
            Lang::Spanish => "es",
            Lang::German => "de",
            Lang::Arabic => "ar",
            Lang::Pseudo => "en-XA",
        }
    }

    /// The language's name in itself, as the picker shows it.
    pub fn own_name(self) -> &'static str {
        match self {
            Lang::English => "English",
            Lang::Spanish => "Español",
            Lang::German => "Deutsch",
            Lang::Arabic => "العربية",
            Lang::Pseudo => "Ƥşéûðó",
        }
    }

    /// Which way its lines run.
    pub fn direction(self) -> Direction {
        match self {
            Lang::Arabic => Direction::RightToLeft,
            _ => Direction::LeftToRight,
        }
    }

    /// The language of a tag, by its first part ("de-AT" is German), if Rebound speaks it.
    pub fn from_tag(tag: &str) -> Option<Lang> {
        if tag.eq_ignore_ascii_case(Lang::Pseudo.tag()) {
            return Some(Lang::Pseudo);
        }
        let primary = tag.split(['-', '_']).next().unwrap_or_default();
        Lang::OFFERED
            .into_iter()
            .find(|lang| lang.tag().eq_ignore_ascii_case(primary))
    }

    /// The first of the browser's languages (most wanted first) that Rebound speaks;
    /// English when none is. Never the pseudo-language, which only a test chooses.
    pub fn negotiate<'a>(wanted: impl IntoIterator<Item = &'a str>) -> Lang {
        wanted
            .into_iter()
            .filter_map(Lang::from_tag)
            .find(|lang| *lang != Lang::Pseudo)
            .unwrap_or(Lang::English)
    }
}
