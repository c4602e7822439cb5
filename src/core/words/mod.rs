//! The app's words in the person's language.
//!
//! Every sentence the app says lives in `locales/<language>.ftl`, one file per language,
//! in Project Fluent's format, so a translator works in a file their tools know, never in
//! Rust. English is the source: `build.rs` makes one [`Key`] per English message, and its
//! file is compiled in, so the first paint needs no fetch. The others are fetched when
//! chosen and read here.
//!
//! Rebound reads the part of Fluent it needs: text, variables (`{ $name }`), and a choice
//! on a variable (`{ $count -> [one] … *[other] … }`) by plural category, exact number or
//! word. Anything else is refused by name ([`CatalogError::Unsupported`]), never guessed
//! at. Plural categories and the way numbers are written come from outside
//! ([`LocaleRules`]: the browser's `Intl` in the app), so this module stays pure.

mod lang;
mod phrase;
mod pseudo;

use std::collections::BTreeSet;
use std::rc::Rc;

use chrono::NaiveDate;
use fluent_syntax::ast::{self, Entry, Expression, InlineExpression, PatternElement, VariantKey};
use thiserror::Error;

pub use lang::{Direction, Lang};
pub use phrase::{Arg, Phrase, Piece, Var};

include!(concat!(env!("OUT_DIR"), "/keys.rs"));

/// English, the source language: `locales/en.ftl` without its comments, its ids all `m`
/// (build.rs).
pub const ENGLISH_FTL: &str = include_str!(concat!(env!("OUT_DIR"), "/en.ftl"));

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

/// Why a language's file could not be read, in whole or in part. Each refused message is
/// left out, and English says it instead.
#[derive(Clone, Debug, Error, PartialEq, Eq)]
pub enum CatalogError {
    /// Text the Fluent parser could not read, at this byte of the file.
    #[error("the text at byte {at} is not Fluent")]
    Syntax { at: usize },
    /// A message English does not have.
    #[error("{id}: English has no message of that name")]
    Unknown { id: String },
    /// A message given twice.
    #[error("{id}: given twice")]
    Duplicate { id: String },
    /// A message with attributes only, no text.
    #[error("{id}: has no text")]
    NoValue { id: String },
    /// A part of Fluent the app does not read (terms, functions, attributes, …).
    #[error("{id}: uses {what}, which Rebound does not read")]
    Unsupported { id: String, what: &'static str },
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
    /// Reads a language's `.ftl` text. What cannot be read is left out and reported; the
    /// rest is kept, so one bad line costs one message, not the language.
    pub fn parse(ftl: &str) -> (Catalog, Vec<CatalogError>) {
        Catalog::read(ftl, |_, id| KEY_IDS.iter().position(|k| *k == id))
    }

    /// English, from the copy compiled in: its messages in `Key` order, by position (the
    /// copy's ids are all `m`, see build.rs). `tests/locales.rs` checks that it reads
    /// whole, so nothing is refused here.
    pub fn english() -> Catalog {
        Catalog::english_checked().0
    }

    /// English as [`Catalog::english`] reads it, with what it refused (for the checks).
    pub fn english_checked() -> (Catalog, Vec<CatalogError>) {
        Catalog::read(ENGLISH_FTL, |position, _| Some(position))
    }

    /// Reads `ftl`; `index_of(position, id)` gives the `Key` of the message at that
    /// position (counting messages only) with that id.
    fn read(
        ftl: &str,
        index_of: impl Fn(usize, &str) -> Option<usize>,
    ) -> (Catalog, Vec<CatalogError>) {
        let mut errors = Vec::new();
        let resource = match fluent_syntax::parser::parse(ftl) {
            Ok(resource) => resource,
            Err((resource, parse_errors)) => {
                errors.extend(
                    parse_errors
                        .iter()
                        .map(|e| CatalogError::Syntax { at: e.pos.start }),
                );
                resource
            }
        };
        let mut messages: Vec<Option<Vec<Part>>> = vec![None; KEY_COUNT];
        let mut position = 0;
        for entry in resource.body {
            let Entry::Message(message) = entry else {
                if let Entry::Term(term) = entry {
                    errors.push(CatalogError::Unsupported {
                        id: format!("-{}", term.id.name),
                        what: "a term",
                    });
                }
                continue;
            };
            let id = message.id.name;
            position += 1;
            let Some(index) = index_of(position - 1, id).filter(|i| *i < KEY_COUNT) else {
                errors.push(CatalogError::Unknown { id: id.into() });
                continue;
            };
            if messages[index].is_some() {
                errors.push(CatalogError::Duplicate { id: id.into() });
                continue;
            }
            if !message.attributes.is_empty() {
                errors.push(CatalogError::Unsupported {
                    id: id.into(),
                    what: "an attribute",
                });
                continue;
            }
            let Some(value) = message.value else {
                errors.push(CatalogError::NoValue { id: id.into() });
                continue;
            };
            match parts(&value) {
                Ok(parts) => messages[index] = Some(parts),
                Err(what) => errors.push(CatalogError::Unsupported {
                    id: id.into(),
                    what,
                }),
            }
        }
        (Catalog { messages }, errors)
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

    /// Every text piece changed by `f` (for the pseudo-language).
    fn map_text(&self, f: impl Fn(&str) -> String + Copy) -> Catalog {
        fn map(parts: &[Part], f: impl Fn(&str) -> String + Copy) -> Vec<Part> {
            parts
                .iter()
                .map(|part| match part {
                    Part::Text(text) => Part::Text(f(text)),
                    Part::Var(name) => Part::Var(name.clone()),
                    Part::Select {
                        var,
                        variants,
                        default,
                    } => Part::Select {
                        var: var.clone(),
                        variants: variants
                            .iter()
                            .map(|(choice, parts)| (choice.clone(), map(parts, f)))
                            .collect(),
                        default: *default,
                    },
                })
                .collect()
        }
        Catalog {
            messages: self
                .messages
                .iter()
                .map(|m| m.as_ref().map(|parts| map(parts, f)))
                .collect(),
        }
    }
}

/// A message's pattern as parts, or the name of what it uses that Rebound does not read.
fn parts(pattern: &ast::Pattern<&str>) -> Result<Vec<Part>, &'static str> {
    pattern
        .elements
        .iter()
        .map(|element| match element {
            PatternElement::TextElement { value } => Ok(Part::Text((*value).to_string())),
            PatternElement::Placeable { expression } => placeable(expression),
        })
        .collect()
}

fn placeable(expression: &Expression<&str>) -> Result<Part, &'static str> {
    match expression {
        Expression::Inline(inline) => inline_part(inline),
        Expression::Select { selector, variants } => {
            let InlineExpression::VariableReference { id } = selector else {
                return Err("a choice on something other than a variable");
            };
            let mut default = 0;
            let mut choices = Vec::with_capacity(variants.len());
            for (i, variant) in variants.iter().enumerate() {
                if variant.default {
                    default = i;
                }
                let choice = match &variant.key {
                    VariantKey::Identifier { name } => Plural::from_name(name)
                        .map(Choice::Plural)
                        .unwrap_or_else(|| Choice::Word((*name).to_string())),
                    VariantKey::NumberLiteral { value } => {
                        Choice::Exact(value.parse().map_err(|_| "a number that is not whole")?)
                    }
                };
                choices.push((choice, parts(&variant.value)?));
            }
            Ok(Part::Select {
                var: id.name.to_string(),
                variants: choices,
                default,
            })
        }
    }
}

fn inline_part(inline: &InlineExpression<&str>) -> Result<Part, &'static str> {
    match inline {
        InlineExpression::VariableReference { id } => Ok(Part::Var(id.name.to_string())),
        // `{ "{" }`: how Fluent writes a brace or leading space as text.
        InlineExpression::StringLiteral { value } => Ok(Part::Text(unescape(value))),
        InlineExpression::NumberLiteral { value } => Ok(Part::Text((*value).to_string())),
        InlineExpression::Placeable { expression } => placeable(expression),
        InlineExpression::FunctionReference { .. } => Err("a function"),
        InlineExpression::MessageReference { .. } => Err("a reference to another message"),
        InlineExpression::TermReference { .. } => Err("a term"),
    }
}

/// A Fluent string literal's text: `\"`, `\\` and `\u00A0` escapes resolved.
fn unescape(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    let mut chars = value.chars();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match chars.next() {
            Some('u') => {
                let hex: String = chars.by_ref().take(4).collect();
                out.extend(u32::from_str_radix(&hex, 16).ok().and_then(char::from_u32));
            }
            Some('U') => {
                let hex: String = chars.by_ref().take(6).collect();
                out.extend(u32::from_str_radix(&hex, 16).ok().and_then(char::from_u32));
            }
            Some(other) => out.push(other),
            None => {}
        }
    }
    out
}

/// English where no browser is (native code, tests): CLDR's English plural rule, digits
/// as they are, dates as [`crate::core::dates::friendly`] writes them.
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
        n.to_string()
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
        let words = if lang == Lang::Pseudo {
            Rc::new(pseudo::catalog(&english))
        } else {
            words
        };
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
            // Only when English itself lost the message (tests/locales.rs forbids it).
            None => *out = std::mem::take(out).app(KEY_IDS[key as usize]),
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
