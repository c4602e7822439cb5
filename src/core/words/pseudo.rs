//! The pseudo-language (`en-XA`), made at build time for test builds only: English with
//! every letter swapped for an accented one and every third letter doubled, so lines run
//! about a third longer. A test that walks the app in it and finds plain English letters
//! has found words that bypassed the language files; the extra length shows where a
//! longer language (German) would overflow.
//!
//! It works on a compiled file (the shape [`super::compile`] writes), changing the text
//! and leaving variables' names and choices' keys alone. Native only: tools/locales writes
//! `locales/en-XA.json` when asked (`--pseudo`, `REBOUND_PSEUDO=1` for scripts/test.sh),
//! so a release for people carries neither the file nor the code.

use serde_json::Value;

/// A compiled file, its text in the pseudo-language.
pub fn pseudo_file(compiled: &str) -> Result<String, serde_json::Error> {
    let mut file: Value = serde_json::from_str(compiled)?;
    if let Some(messages) = file.get_mut("messages").and_then(Value::as_array_mut) {
        messages.iter_mut().for_each(pattern);
    }
    Ok(file.to_string())
}

/// A pattern: a string, or elements (text, `{"v"}` variables, `{"s"}` choices).
fn pattern(value: &mut Value) {
    match value {
        Value::String(text) => *text = transform(text),
        Value::Array(elements) => elements.iter_mut().for_each(pattern),
        Value::Object(select) => {
            let choices = select.get_mut("c").and_then(Value::as_array_mut);
            for choice in choices.into_iter().flatten() {
                if let Some(said) = choice.get_mut(1) {
                    pattern(said);
                }
            }
        }
        _ => {}
    }
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
