//! A line of the app: its own words (by message, in whatever language is spoken) mixed
//! with what someone wrote, kept apart. The core builds phrases without knowing the
//! language; the screen, the calendar file or the printed plan says them in the
//! person's language ([`super::Messages::resolve`]).

use std::borrow::Cow;

use chrono::{NaiveDate, NaiveTime, Timelike};

use super::Key;
use crate::core::text::{FSI, PDI};

/// A value for one of a message's variables.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Arg {
    /// Text someone wrote (a company, a skill): kept apart from the app's words.
    Theirs(String),
    /// The app's own words, already in the language.
    Ours(String),
    /// The app's own words, by message (a stage's name), said in the same language.
    Said(Phrase),
    /// A count: written by the locale, and chooses the plural form.
    Count(i64),
    /// A day, written by the locale.
    Date(NaiveDate),
}

impl Arg {
    /// A message with no variables, as a value.
    pub fn key(key: Key) -> Arg {
        Arg::Said(Phrase::said(key, Vec::new()))
    }
}

/// One message's variable: its name and value.
pub type Var = (&'static str, Arg);

/// A time of day as `$at` in a message: "at 18:30", said by `at-time`, which also gets
/// the hour, for a language whose word before a time depends on it (Spanish: "a la
/// 01:30", "a las 18:30").
pub fn at_time(time: NaiveTime) -> Var {
    let vars = vec![
        ("time", Arg::Ours(crate::core::dates::hhmm(time))),
        ("hour", Arg::Count(i64::from(time.hour()))),
    ];
    ("at", Arg::Said(Phrase::said(Key::AtTime, vars)))
}

impl From<Key> for Phrase {
    fn from(key: Key) -> Phrase {
        Phrase::said(key, Vec::new())
    }
}

/// One run of a [`Phrase`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Piece {
    /// The app's own words, already in a language.
    App(Cow<'static, str>),
    /// Text the person (or a shared link) wrote, shown apart from the words around it.
    User(String),
    /// A message of the app, with its variables: said in the language spoken when the
    /// phrase is shown.
    Said(Key, Vec<Var>),
}

/// A line that mixes the app's words with text someone wrote, such as "Analyst at Acme".
///
/// It has no `Display` on purpose: a screen draws the written pieces isolated (`<bdi>`),
/// and plain text chooses between [`Phrase::plain`] and [`Phrase::isolated`], after
/// [`super::Messages::resolve`] has put its messages into words.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Phrase(Vec<Piece>);

impl Phrase {
    /// An empty phrase.
    pub fn new() -> Self {
        Phrase(Vec::new())
    }

    /// The phrase of just what someone wrote.
    pub fn of(text: impl Into<String>) -> Self {
        Phrase::new().user(text)
    }

    /// The phrase of one message.
    pub fn said(key: Key, vars: Vec<Var>) -> Self {
        Phrase(vec![Piece::Said(key, vars)])
    }

    /// Adds words already in the language (punctuation, a resolved message).
    pub fn app(mut self, words: impl Into<Cow<'static, str>>) -> Self {
        self.0.push(Piece::App(words.into()));
        self
    }

    /// Adds text someone wrote.
    pub fn user(mut self, text: impl Into<String>) -> Self {
        self.0.push(Piece::User(text.into()));
        self
    }

    /// Adds a message of the app.
    pub fn say(mut self, key: Key, vars: Vec<Var>) -> Self {
        self.0.push(Piece::Said(key, vars));
        self
    }

    /// Adds another phrase.
    pub fn and(mut self, more: Phrase) -> Self {
        self.0.extend(more.0);
        self
    }

    /// The runs, in reading order.
    pub fn pieces(&self) -> &[Piece] {
        &self.0
    }

    /// The runs, taken.
    pub fn into_pieces(self) -> Vec<Piece> {
        self.0
    }

    /// Whether it says nothing.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// Everything as one string, as written (for a comparison). A message not yet said
    /// in a language shows as its number (`#12`): resolve the phrase first.
    pub fn plain(&self) -> String {
        self.text(|out, text| out.push_str(text))
    }

    /// Everything as one string, with each written piece between [`FSI`] and [`PDI`]
    /// (for plain-text places: the document title, a browser dialog).
    pub fn isolated(&self) -> String {
        self.text(|out, text| {
            out.push(FSI);
            out.push_str(text);
            out.push(PDI);
        })
    }

    fn text(&self, user: impl Fn(&mut String, &str)) -> String {
        let mut out = String::new();
        for piece in &self.0 {
            match piece {
                Piece::App(words) => out.push_str(words),
                Piece::User(text) => user(&mut out, text),
                // A phrase not yet said: the message's number (the app carries no ids).
                Piece::Said(key, _) => out.push_str(&format!("#{}", *key as usize)),
            }
        }
        out
    }
}
