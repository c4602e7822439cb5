//! The hand-written JSON reader and writer (`rebound::core::json`) against serde_json,
//! which wrote and read the formats before it: the same text out, and for any input the
//! same value or an error of the same kind (malformed, cut short, or the wrong shape).

use proptest::prelude::*;
use rebound::core::json::{self, required, Error, Fields, Reader};
use serde::de::IgnoredAny;
use serde::Deserialize;
use serde_json::error::Category;

fn kind(error: &Error) -> Category {
    match error {
        Error::Eof => Category::Eof,
        Error::Syntax(_) => Category::Syntax,
        Error::Shape(_) => Category::Data,
    }
}

/// Reads `text` both ways and checks they agree.
fn agree<T: PartialEq + std::fmt::Debug + serde::de::DeserializeOwned>(
    text: &str,
    read: fn(&mut Reader) -> json::Result<T>,
) {
    let ours = json::read(text, read);
    let theirs = serde_json::from_str::<T>(text);
    match (&ours, &theirs) {
        (Ok(a), Ok(b)) => assert_eq!(a, b, "{text:?}"),
        (Err(a), Err(b)) => assert_eq!(kind(a), b.classify(), "{text:?}: {a} / {b}"),
        _ => panic!("{text:?}: ours {ours:?}, serde {theirs:?}"),
    }
}

#[derive(Debug, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
struct Pair {
    a: u32,
    #[serde(default)]
    b: Option<String>,
}

fn read_pair(r: &mut Reader) -> json::Result<Pair> {
    const FIELDS: Fields = Fields {
        names: &["a", "b"],
        deny_unknown: true,
    };
    let (mut a, mut b) = (None, None);
    r.fields(&FIELDS, &mut |r, i| {
        match i {
            0 => a = Some(r.u32()?),
            _ => b = r.opt(Reader::string)?,
        }
        Ok(())
    })?;
    Ok(Pair {
        a: required(a, "a")?,
        b,
    })
}

#[derive(Debug, PartialEq, Deserialize)]
struct Open {
    #[serde(default)]
    a: Vec<u8>,
}

fn read_open(r: &mut Reader) -> json::Result<Open> {
    const FIELDS: Fields = Fields {
        names: &["a"],
        deny_unknown: false,
    };
    let mut a = Vec::new();
    r.fields(&FIELDS, &mut |r, _| {
        a = r.vec(Reader::u8)?;
        Ok(())
    })?;
    Ok(Open { a })
}

#[derive(Debug, PartialEq, Deserialize)]
#[serde(rename_all = "snake_case")]
enum Unit {
    A,
    BC,
}

#[derive(Debug, PartialEq, Deserialize)]
#[serde(rename_all = "snake_case")]
enum Tagged {
    A(u32),
    BC(u32),
}

fn read_tagged(r: &mut Reader) -> json::Result<Tagged> {
    let (index, in_object) = r.tag(&["a", "b_c"])?;
    if !in_object {
        return Err(Error::Shape("unit variant".into()));
    }
    let id = r.u32()?;
    r.end_tagged()?;
    Ok(if index == 0 {
        Tagged::A(id)
    } else {
        Tagged::BC(id)
    })
}

fn check_all_readers(text: &str) {
    agree(text, |r| r.string());
    agree(text, |r| r.u8());
    agree(text, |r| r.u32());
    agree(text, |r| r.u64());
    agree(text, |r| r.bool());
    agree(text, |r| r.opt(Reader::u32));
    agree(text, |r| r.strings());
    agree(text, |r| {
        let (mut number, mut name) = (None, None);
        r.tuple(2, &mut |r, i| {
            match i {
                0 => number = Some(r.u8()?),
                _ => name = Some(r.string()?),
            }
            Ok(())
        })?;
        Ok((required(number, "0")?, required(name, "1")?))
    });
    agree(text, read_pair);
    agree(text, read_open);
    agree(text, |r| {
        r.choice(&["a", "b_c"])
            .map(|i| if i == 0 { Unit::A } else { Unit::BC })
    });
    agree(text, read_tagged);
    // Skipping accepts exactly what serde_json ignores.
    let ours = json::read(text, |r| r.skip());
    let theirs = serde_json::from_str::<IgnoredAny>(text);
    assert_eq!(
        ours.is_ok(),
        theirs.is_ok(),
        "{text:?}: {ours:?} {theirs:?}"
    );
}

#[test]
fn chosen_inputs_read_alike() {
    for text in [
        "",
        " ",
        "\"a\"",
        "\"a",
        "\"\\u00e9\\ud83d\\ude00\"",
        "\"\\ud800\"",
        "\"\\ud800\\u0041\"",
        "\"\\udc00\"",
        "\"\\x\"",
        "\"\u{1}\"",
        "\"\u{7f}\"",
        "0",
        "01",
        "-0",
        "-",
        "1.",
        "1.5",
        "1e",
        "1e5",
        "1e999",
        "255",
        "256",
        "4294967296",
        "18446744073709551616",
        "true",
        "tru",
        "null",
        "nul",
        "[]",
        "[1,2]",
        "[1,2,]",
        "[1,2,3]",
        "[1 2]",
        "[1,",
        "{}",
        "{\"a\":1}",
        "{\"a\":1,\"b\":\"x\"}",
        "{\"a\":1,\"a\":2}",
        "{\"a\":1,\"z\":[1,{\"q\":[]}]}",
        "{\"z\":1e999,\"a\":3}",
        "{\"a\" 1}",
        "{\"a\":1,}",
        "{1:1}",
        "{\"b\":null}",
        "[7,\"x\"]",
        "[7,\"x\",1]",
        "[7]",
        "{\"b_c\":null}",
        "{\"b_c\":5}",
        "{\"b_c\":5,\"a\":1}",
        "{\"a\":[300]}",
        "\"b_c\"",
        "\"b\\u005fc\"",
        "1 x",
        "[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]",
    ] {
        check_all_readers(text);
    }
}

/// Pieces of JSON, right and wrong, to build inputs from.
const TOKENS: &[&str] = &[
    "{",
    "}",
    "[",
    "]",
    ",",
    ":",
    " ",
    "\"a\"",
    "\"b\"",
    "\"b_c\"",
    "\"z\"",
    "\"\\u00e9\"",
    "\"\\ud83d\\ude00\"",
    "\"\\ud800\"",
    "\"",
    "\\",
    "1",
    "7",
    "-1",
    "01",
    "1.5",
    "1e999",
    "300",
    "true",
    "nul",
    "null",
    "x",
    "\"\\u",
    "\\u0041",
    "\"\\udc00\"",
    "e",
    ".",
    "-0",
    "0",
    "\u{1}",
];

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn strings_are_written_as_serde_json_wrote_them(text in any::<String>()) {
        let mut ours = String::new();
        json::write_str(&mut ours, &text);
        prop_assert_eq!(ours, serde_json::to_string(&text).unwrap());
    }

    #[test]
    fn numbers_are_written_as_serde_json_wrote_them(value in any::<u64>()) {
        let mut ours = String::new();
        json::write_uint(&mut ours, value);
        prop_assert_eq!(ours, serde_json::to_string(&value).unwrap());
    }

    #[test]
    fn pieced_together_inputs_read_alike(
        pieces in proptest::collection::vec(proptest::sample::select(TOKENS), 0..10)
    ) {
        check_all_readers(&pieces.concat());
    }
}
