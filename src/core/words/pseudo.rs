//! The pseudo-language: English with every letter swapped for an accented one and every
//! third letter doubled, so lines run about a third longer. A test that walks the app in it and finds
//! plain English letters has found words that bypassed the language files; the extra
//! length shows where a longer language (German) would overflow.

use super::Catalog;

/// English's catalog, in the pseudo-language.
pub fn catalog(english: &Catalog) -> Catalog {
    english.map_text(transform)
}

/// One text piece. Letters become look-alikes outside ASCII; every third letter is
/// doubled to lengthen the line; the rest (spaces, digits, punctuation) stays.
pub fn transform(text: &str) -> String {
    let mut out = String::with_capacity(text.len() * 2);
    let mut letters = 0;
    for c in text.chars() {
        let swapped = swap(c);
        out.push(swapped);
        if swapped != c {
            letters += 1;
            if letters % 3 == 0 {
                out.push(swapped);
            }
        }
    }
    out
}

fn swap(c: char) -> char {
    const LOWER: [char; 26] = [
        'á', 'ƀ', 'ç', 'ð', 'é', 'ƒ', 'ĝ', 'ĥ', 'í', 'ĵ', 'ķ', 'ĺ', 'ɱ', 'ñ', 'ó', 'þ', 'ǫ', 'ŕ',
        'š', 'ţ', 'ú', 'ṽ', 'ŵ', 'ẋ', 'ý', 'ž',
    ];
    const UPPER: [char; 26] = [
        'Á', 'Ɓ', 'Ç', 'Ð', 'É', 'Ƒ', 'Ĝ', 'Ĥ', 'Í', 'Ĵ', 'Ķ', 'Ĺ', 'Ṁ', 'Ñ', 'Ó', 'Þ', 'Ǫ', 'Ŕ',
        'Š', 'Ţ', 'Ú', 'Ṽ', 'Ŵ', 'Ẋ', 'Ý', 'Ž',
    ];
    match c {
        'a'..='z' => LOWER[(c as u8 - b'a') as usize],
        'A'..='Z' => UPPER[(c as u8 - b'A') as usize],
        _ => c,
    }
}
