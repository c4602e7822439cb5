//! The app's words in the person's language.
//!
//! Every sentence the app says lives in `locales/<language>.ftl`, one file per language,
//! in Project Fluent's format, so a translator works in a file their tools know, never in
//! Rust. English is the source: `build.rs` makes one [`Key`] per English message. Each
//! file is compiled ([`compile`], natively: build.rs for English, which the app carries,
//! tools/locales for the others, fetched when chosen; with `--pseudo`, also the
//! pseudo-language for test builds, [`pseudo`]) into JSON that this module reads by
//! position ([`Catalog::from_json`]).
//!
//! Rebound reads the part of Fluent it needs: text, variables (`{ $name }`), and a choice
//! on a variable (`{ $count -> [one] … *[other] … }`) by plural category, exact number or
//! word. Anything else is refused by name ([`CatalogError::Unsupported`]) when compiled,
//! never guessed at. Plural categories and the way numbers are written come from outside
//! ([`LocaleRules`]: the browser's `Intl` in the app), so this module stays pure.

#[cfg(not(target_arch = "wasm32"))]
pub mod compile;
mod error;
mod lang;
mod phrase;
#[cfg(not(target_arch = "wasm32"))]
pub mod pseudo;

use std::collections::BTreeSet;
use std::rc::Rc;

use chrono::NaiveDate;
use serde_json::Value;

pub use error::CatalogError;
pub use lang::{Direction, Lang};
pub use phrase::{at_time, Arg, Phrase, Piece, Var};

include!(concat!(env!("OUT_DIR"), "/keys.rs"));

/// English, the source language: `locales/en.ftl` compiled by build.rs.
pub const ENGLISH_JSON: &str = include_str!(concat!(env!("OUT_DIR"), "/en.json"));

/// A plural category, as the Unicode CLDR names them (and `Intl.PluralRules` returns).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Plural {
    Zero,
    One,
    Two,
    Few,
    Many,
    Other,
}

impl Plural {
    /// The category of that CLDR name ("one", "few", …).
    pub fn from_name(name: &str) -> Option<Plural> {
        Some(match name {
            "zero" => Plural::Zero,
            "one" => Plural::One,
            "two" => Plural::Two,
            "few" => Plural::Few,
            "many" => Plural::Many,
            "other" => Plural::Other,
            _ => return None,
        })
    }
}

/// What a language needs that its words cannot say: which plural form a number takes,
/// and how a number is written. The app asks the browser (`Intl`); tests pass fakes.
pub trait LocaleRules {
    /// The plural category of `n`.
    fn plural(&self, n: i64) -> Plural;
    /// `n` as the language writes it (digits, grouping).
    fn number(&self, n: i64) -> String;
    /// A day as the language writes it, with its weekday ("Mon, 30 Nov 2026").
    fn date(&self, date: NaiveDate) -> String;
}

/// One piece of a message.
#[derive(Clone, Debug, PartialEq)]
enum Part {
    Text(String),
    Var(String),
    Select {
        var: String,
        variants: Vec<(Choice, Vec<Part>)>,
        /// The index of the `*` variant.
        default: usize,
    },
}

/// What a variant of a choice matches.
#[derive(Clone, Debug, PartialEq)]
enum Choice {
    Plural(Plural),
    Exact(i64),
    Word(String),
}

/// The messages of one language, by [`Key`]. A message the file lacks is `None`.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct Catalog {
    messages: Vec<Option<Vec<Part>>>,
}

impl Catalog {
    /// A compiled language file (see [`compile`]): its messages by position, each one the
    /// file gets wrong left out and reported, so one bad message costs one message. A file
    /// compiled for another build's messages, or not compiled at all, is refused whole.
    pub fn from_json(json: &str) -> Result<(Catalog, Vec<CatalogError>), CatalogError> {
        let Ok(Value::Object(mut file)) = serde_json::from_str::<Value>(json) else {
            return Err(CatalogError::NotCompiled);
        };
        match file.get("keys") {
            Some(Value::String(keys)) if keys == KEYS_FINGERPRINT => {}
            Some(Value::String(_)) => return Err(CatalogError::OtherBuild),
            _ => return Err(CatalogError::NotCompiled),
        }
        let Some(Value::Array(found)) = file.remove("messages") else {
            return Err(CatalogError::NotCompiled);
        };
        if found.len() != KEY_COUNT {
            return Err(CatalogError::OtherBuild);
        }
        let mut errors = Vec::new();
        let messages = found
            .into_iter()
            .enumerate()
            .map(|(position, message)| match message {
                Value::Null => None,
                message => {
                    let parts = read_pattern(message);
                    if parts.is_none() {
                        errors.push(CatalogError::Shape { position });
                    }
                    parts
                }
            })
            .collect();
        Ok((Catalog { messages }, errors))
    }

    /// A language's `.ftl` text, compiled and read as the app reads it (native only: the
    /// checks and tests of the language files).
    #[cfg(not(target_arch = "wasm32"))]
    pub fn parse(ftl: &str) -> (Catalog, Vec<CatalogError>) {
        let (json, mut errors) = compile::compile(ftl, &KEY_IDS);
        match Catalog::from_json(&json) {
            Ok((catalog, more)) => {
                errors.extend(more);
                (catalog, errors)
            }
            Err(whole) => {
                errors.push(whole);
                (Catalog::default(), errors)
            }
        }
    }

    /// English, compiled in. `tests/locales.rs` checks that it reads whole, so nothing is
    /// refused here.
    pub fn english() -> Catalog {
        Catalog::english_checked().0
    }

    /// English as [`Catalog::english`] reads it, with what it refused (for the checks).
    pub fn english_checked() -> (Catalog, Vec<CatalogError>) {
        match Catalog::from_json(ENGLISH_JSON) {
            Ok(read) => read,
            Err(whole) => (Catalog::default(), vec![whole]),
        }
    }

    /// Whether the language has its own words for `key`.
    pub fn has(&self, key: Key) -> bool {
        self.messages[key as usize].is_some()
    }

    /// The names of the variables `key`'s message uses (for the locale checks).
    pub fn variables(&self, key: Key) -> BTreeSet<String> {
        fn collect(parts: &[Part], into: &mut BTreeSet<String>) {
            for part in parts {
                match part {
                    Part::Text(_) => {}
                    Part::Var(name) => {
                        into.insert(name.clone());
                    }
                    Part::Select { var, variants, .. } => {
                        into.insert(var.clone());
                        for (_, parts) in variants {
                            collect(parts, into);
                        }
                    }
                }
            }
        }
        let mut names = BTreeSet::new();
        if let Some(parts) = &self.messages[key as usize] {
            collect(parts, &mut names);
        }
        names
    }
}

/// A compiled pattern (see [`compile`]): one string, or its elements.
fn read_pattern(pattern: Value) -> Option<Vec<Part>> {
    match pattern {
        Value::String(text) => Some(vec![Part::Text(text)]),
        Value::Array(elements) => elements.into_iter().map(read_element).collect(),
        _ => None,
    }
}

fn read_element(element: Value) -> Option<Part> {
    let mut element = match element {
        Value::String(text) => return Some(Part::Text(text)),
        Value::Object(element) => element,
        _ => return None,
    };
    if let Some(Value::String(name)) = element.remove("v") {
        return Some(Part::Var(name));
    }
    let (Some(Value::String(var)), Some(default), Some(Value::Array(choices))) = (
        element.remove("s"),
        element.get("d").and_then(Value::as_u64),
        element.remove("c"),
    ) else {
        return None;
    };
    let variants = choices
        .into_iter()
        .map(|choice| {
            let Value::Array(choice) = choice else {
                return None;
            };
            let [key, pattern]: [Value; 2] = choice.try_into().ok()?;
            let key = match key {
                Value::String(name) => Plural::from_name(&name)
                    .map(Choice::Plural)
                    .unwrap_or(Choice::Word(name)),
                Value::Number(n) => Choice::Exact(n.as_i64()?),
                _ => return None,
            };
            Some((key, read_pattern(pattern)?))
        })
        .collect::<Option<Vec<_>>>()?;
    let default = usize::try_from(default).ok()?;
    (default < variants.len()).then_some(Part::Select {
        var,
        variants,
        default,
    })
}

/// English, in the browser as in native code and tests: CLDR's English plural rule,
/// numbers grouped as `Intl.NumberFormat("en")` groups them ("12,345"), dates as
/// [`crate::core::dates::friendly`] writes them. The browser uses these too: English needs
/// nothing of `Intl`, and tests/wasm_words.rs checks its numbers are what `Intl` writes.
pub struct EnglishRules;

impl LocaleRules for EnglishRules {
    fn plural(&self, n: i64) -> Plural {
        if n == 1 {
            Plural::One
        } else {
            Plural::Other
        }
    }

    fn number(&self, n: i64) -> String {
        let digits = n.unsigned_abs().to_string();
        let mut grouped = String::with_capacity(digits.len() * 4 / 3 + 1);
        if n < 0 {
            grouped.push('-');
        }
        for (i, digit) in digits.chars().enumerate() {
            if i > 0 && (digits.len() - i).is_multiple_of(3) {
                grouped.push(',');
            }
            grouped.push(digit);
        }
        grouped
    }

    fn date(&self, date: NaiveDate) -> String {
        super::dates::friendly(date)
    }
}

/// A language ready to speak: its words, English for any it lacks, and its rules.
pub struct Messages {
    lang: Lang,
    words: Rc<Catalog>,
    english: Rc<Catalog>,
    rules: Box<dyn LocaleRules>,
}

impl Messages {
    /// `lang` speaking `words`, falling back to `english`, with `rules` for numbers.
    pub fn new(
        lang: Lang,
        words: Rc<Catalog>,
        english: Rc<Catalog>,
        rules: Box<dyn LocaleRules>,
    ) -> Messages {
        Messages {
            lang,
            words,
            english,
            rules,
        }
    }

    /// English, with [`EnglishRules`].
    pub fn english() -> Messages {
        let english = Rc::new(Catalog::english());
        Messages::new(
            Lang::English,
            english.clone(),
            english,
            Box::new(EnglishRules),
        )
    }

    /// The language spoken.
    pub fn lang(&self) -> Lang {
        self.lang
    }

    /// A message with no variables.
    pub fn text(&self, key: Key) -> String {
        // Most messages are one piece of text: no phrase to build when the language changes
        // and every one of them on screen is said again.
        match self.parts(key) {
            Some([Part::Text(text)]) => text.clone(),
            _ => self.phrase(key, &[]).plain(),
        }
    }

    /// The parts of `key`'s message in this language, else in English.
    fn parts(&self, key: Key) -> Option<&[Part]> {
        self.words.messages[key as usize]
            .as_deref()
            .or(self.english.messages[key as usize].as_deref())
    }

    /// A message as plain text; what someone wrote is isolated (FSI … PDI) so it cannot
    /// turn the words around it (a document title, a browser dialog, a calendar event).
    pub fn format(&self, key: Key, vars: &[Var]) -> String {
        self.phrase(key, vars).isolated()
    }

    /// A message in words: the app's and what someone wrote, apart.
    pub fn phrase(&self, key: Key, vars: &[Var]) -> Phrase {
        let mut phrase = Phrase::new();
        self.say(key, vars, &mut phrase);
        phrase
    }

    /// `phrase` with every message in it said in this language.
    pub fn resolve(&self, phrase: &Phrase) -> Phrase {
        let mut out = Phrase::new();
        for piece in phrase.pieces() {
            match piece {
                Piece::App(words) => out = out.app(words.clone()),
                Piece::User(text) => out = out.user(text.clone()),
                Piece::Said(key, vars) => self.say(*key, vars, &mut out),
            }
        }
        out
    }

    /// `phrase` said, as one string; what someone wrote is isolated.
    pub fn isolated(&self, phrase: &Phrase) -> String {
        self.resolve(phrase).isolated()
    }

    /// `phrase` said, as one string, as written.
    pub fn plain(&self, phrase: &Phrase) -> String {
        self.resolve(phrase).plain()
    }

    fn say(&self, key: Key, vars: &[Var], out: &mut Phrase) {
        match self.parts(key) {
            Some(parts) => self.write(parts, vars, out),
            // Only when English itself lost the message (tests/locales.rs forbids it): its
            // number, since the app carries no table of ids.
            None => *out = std::mem::take(out).app(format!("#{}", key as usize)),
        }
    }

    /// A count as the language writes it.
    pub fn number(&self, n: i64) -> String {
        self.rules.number(n)
    }

    /// A day as the language writes it.
    pub fn date(&self, date: NaiveDate) -> String {
        self.rules.date(date)
    }

    fn write(&self, parts: &[Part], vars: &[Var], out: &mut Phrase) {
        for part in parts {
            match part {
                Part::Text(text) => *out = std::mem::take(out).app(text.clone()),
                Part::Var(name) => {
                    let piece = match lookup(vars, name) {
                        Some(Arg::Theirs(text)) => Phrase::of(text.clone()),
                        Some(Arg::Ours(text)) => Phrase::new().app(text.clone()),
                        Some(Arg::Said(phrase)) => self.resolve(phrase),
                        Some(Arg::Count(n)) => Phrase::new().app(self.rules.number(*n)),
                        Some(Arg::Date(date)) => Phrase::new().app(self.rules.date(*date)),
                        // A variable the code did not pass: its name shows, in braces, so a
                        // test sees it (tests/locales.rs also checks names match).
                        None => Phrase::new().app(format!("{{${name}}}")),
                    };
                    *out = std::mem::take(out).and(piece);
                }
                Part::Select {
                    var,
                    variants,
                    default,
                } => {
                    let chosen = self.choose(lookup(vars, var), variants, *default);
                    self.write(chosen, vars, out);
                }
            }
        }
    }

    /// The variant a value chooses: an exact number first, then its plural category, then
    /// a word; the default (`*`) when none matches.
    fn choose<'p>(
        &self,
        value: Option<&Arg>,
        variants: &'p [(Choice, Vec<Part>)],
        default: usize,
    ) -> &'p [Part] {
        let find = |wanted: &Choice| variants.iter().find(|(c, _)| c == wanted);
        let found = match value {
            Some(Arg::Count(n)) => {
                find(&Choice::Exact(*n)).or_else(|| find(&Choice::Plural(self.rules.plural(*n))))
            }
            Some(Arg::Ours(word)) => find(&Choice::Word(word.clone())),
            Some(Arg::Theirs(word)) => find(&Choice::Word(word.clone())),
            Some(Arg::Said(_) | Arg::Date(_)) | None => None,
        };
        found
            .or(variants.get(default))
            .map(|(_, parts)| parts.as_slice())
            .unwrap_or(&[])
    }
}

fn lookup<'v>(vars: &'v [Var], name: &str) -> Option<&'v Arg> {
    vars.iter().find(|(n, _)| *n == name).map(|(_, arg)| arg)
}

#[cfg(test)]
mod tests;
