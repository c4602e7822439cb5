//! Text helpers: counts as a person writes them, and lines that keep what someone wrote
//! apart from the app's own words.

use std::borrow::Cow;

/// FIRST STRONG ISOLATE: starts text whose direction is its own.
pub const FSI: char = '\u{2068}';
/// POP DIRECTIONAL ISOLATE: ends it.
pub const PDI: char = '\u{2069}';

/// `text` between FSI and PDI, for places that hold plain text only (the document title,
/// a browser dialog): a right-to-left name reads right, and a direction override inside
/// it cannot reach the words around it.
pub fn isolate(text: &str) -> String {
    format!("{FSI}{text}{PDI}")
}

/// `one` when `n` is 1, else `many`.
pub fn plural<'a>(n: usize, one: &'a str, many: &'a str) -> &'a str {
    if n == 1 {
        one
    } else {
        many
    }
}

/// A count as a person writes it: "no skill gaps", "1 rejection", "2 rejections".
pub fn count(n: usize, one: &str, many: &str) -> String {
    match n {
        0 => format!("no {many}"),
        n => format!("{n} {}", plural(n, one, many)),
    }
}

/// One run of a [`Phrase`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Piece {
    /// The app's own words.
    App(Cow<'static, str>),
    /// Text the person (or a shared link) wrote, shown apart from the words around it.
    User(String),
}

/// A line that mixes the app's words with text someone wrote, such as "Analyst at Acme".
///
/// It has no `Display` on purpose: a screen draws the written pieces isolated (`<bdi>`),
/// and plain text chooses between [`Phrase::plain`] and [`Phrase::isolated`].
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

    /// Adds the app's own words.
    pub fn app(mut self, words: impl Into<Cow<'static, str>>) -> Self {
        self.0.push(Piece::App(words.into()));
        self
    }

    /// Adds text someone wrote.
    pub fn user(mut self, text: impl Into<String>) -> Self {
        self.0.push(Piece::User(text.into()));
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

    /// Everything as one string, as written (for a calendar, or a comparison).
    pub fn plain(&self) -> String {
        self.0
            .iter()
            .map(|piece| match piece {
                Piece::App(words) => words.as_ref(),
                Piece::User(text) => text.as_str(),
            })
            .collect()
    }

    /// Everything as one string, with each written piece between [`FSI`] and [`PDI`]
    /// (for plain-text places: the document title, a browser dialog).
    pub fn isolated(&self) -> String {
        let mut out = String::new();
        for piece in &self.0 {
            match piece {
                Piece::App(words) => out.push_str(words),
                Piece::User(text) => {
                    out.push(FSI);
                    out.push_str(text);
                    out.push(PDI);
                }
            }
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_read_as_a_person_writes_them() {
        assert_eq!(count(0, "skill gap", "skill gaps"), "no skill gaps");
        assert_eq!(count(1, "rejection", "rejections"), "1 rejection");
        assert_eq!(count(2, "rejection", "rejections"), "2 rejections");
        assert_eq!(
            count(1, "thing that went well", "things that went well"),
            "1 thing that went well"
        );
        assert_eq!(count(21, "point", "points"), "21 points");
        assert_eq!(plural(1, "gap", "gaps"), "gap");
        assert_eq!(plural(0, "gap", "gaps"), "gaps");
    }

    #[test]
    fn written_pieces_are_isolated_in_plain_text() {
        let role = "Analyst\u{202e}";
        let phrase = Phrase::of(role).app(" at ").user("Acme");
        assert_eq!(phrase.plain(), "Analyst\u{202e} at Acme");
        assert_eq!(
            phrase.isolated(),
            "\u{2068}Analyst\u{202e}\u{2069} at \u{2068}Acme\u{2069}"
        );
        assert_eq!(isolate("سارة"), "\u{2068}سارة\u{2069}");
        assert_eq!(
            phrase.pieces(),
            [
                Piece::User(role.into()),
                Piece::App(" at ".into()),
                Piece::User("Acme".into())
            ]
        );
        let joined = Phrase::new().app("Why: ").and(Phrase::of("SQL"));
        assert_eq!(joined.plain(), "Why: SQL");
        assert!(Phrase::new().plain().is_empty());
    }
}
