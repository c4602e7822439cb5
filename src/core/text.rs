//! Text helpers: counts as a person writes them, and lines that keep what someone wrote
//! apart from the app's own words.

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
}
