//! Generates `Key`, one variant per message of `locales/en.ftl` (the source language), so
//! a message the code names but English lacks does not compile, and English compiled for
//! the app (`en.json`, see `src/core/words/compile.rs`). Other languages are compiled by
//! tools/locales into the build (scripts/post_build.mjs) and fetched when chosen;
//! `tests/locales.rs` checks them against English.

use std::fmt::Write as _;
use std::{env, fs, path::Path};

use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement};

// The one compiler of the language files, shared with the app's native build and tools/.
// English's ids come from the loop that makes `Key` (one parse), so `english_ids`, which
// tools/locales uses, goes unused here.
#[allow(dead_code)]
#[path = "src/core/words/compile.rs"]
mod compile;
// The build reads no compiled file, so the refusals of reading one go unused here.
#[allow(dead_code)]
#[path = "src/core/words/error.rs"]
mod error;

fn main() {
    let source = "locales/en.ftl";
    println!("cargo:rerun-if-changed={source}");
    println!("cargo:rerun-if-changed=src/core/words/compile.rs");
    println!("cargo:rerun-if-changed=src/core/words/error.rs");
    let text = fs::read_to_string(source).unwrap_or_else(|e| panic!("{source}: {e}"));
    let resource = fluent_syntax::parser::parse(text.as_str()).unwrap_or_else(|(_, errors)| {
        panic!("{source} does not parse: {errors:?}");
    });
    let mut variants = String::new();
    let mut ids_rs = String::new();
    let mut ids = Vec::new();
    let mut all = String::new();
    let mut count = 0;
    let mut seen = std::collections::HashSet::new();
    for entry in &resource.body {
        let Entry::Message(message) = entry else {
            continue;
        };
        let id = message.id.name;
        let name = camel(id);
        assert!(seen.insert(name.clone()), "{source}: {id} is named twice");
        let Some(value) = &message.value else {
            panic!("{source}: {id} has no value");
        };
        if let Some(comment) = &message.comment {
            for line in &comment.content {
                writeln!(variants, "    /// {line}").unwrap();
            }
            writeln!(variants, "    ///").unwrap();
        }
        writeln!(
            variants,
            "    /// English: {}",
            english(value).replace('\n', " ")
        )
        .unwrap();
        writeln!(variants, "    {name},").unwrap();
        writeln!(ids_rs, "    {id:?},").unwrap();
        ids.push(id.to_string());
        writeln!(all, "    Key::{name},").unwrap();
        count += 1;
    }
    let code = format!(
        "/// A message of the app, one per entry of `locales/en.ftl`, in its order.\n\
         #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]\n\
         pub enum Key {{\n{variants}}}\n\n\
         /// How many messages there are.\n\
         pub const KEY_COUNT: usize = {count};\n\n\
         /// Each message's id in the `.ftl` files, by `Key as usize` (the checks and tests:\n\
         /// the app reads by position and carries none of them).\n\
         pub static KEY_IDS: [&str; {count}] = [\n{ids_list}];\n\n\
         /// Every key, in order.\n\
         pub static ALL_KEYS: [Key; {count}] = [\n{all}];\n\n\
         /// The fingerprint of English's ids, in order: a compiled language file read by\n\
         /// position must carry the same.\n\
         pub const KEYS_FINGERPRINT: &str = {fingerprint:?};\n",
        ids_list = ids_rs,
        fingerprint = compile::fingerprint(&ids),
    );
    let out = Path::new(&env::var("OUT_DIR").unwrap()).to_path_buf();
    fs::write(out.join("keys.rs"), code).unwrap();
    let (english, errors) = compile::compile(&text, &ids);
    assert!(
        errors.is_empty(),
        "{source} does not compile whole: {errors:?}"
    );
    fs::write(out.join("en.json"), english).unwrap();
}

/// `share-title` -> `ShareTitle`.
fn camel(id: &str) -> String {
    id.split(['-', '_'])
        .map(|part| {
            let mut chars = part.chars();
            chars
                .next()
                .map(|c| c.to_ascii_uppercase().to_string() + chars.as_str())
                .unwrap_or_default()
        })
        .collect()
}

/// The message's English text as a doc comment shows it: placeables as `{ $name }`.
fn english(pattern: &Pattern<&str>) -> String {
    pattern
        .elements
        .iter()
        .map(|element| match element {
            PatternElement::TextElement { value } => value.to_string(),
            PatternElement::Placeable { expression } => match expression {
                Expression::Inline(InlineExpression::VariableReference { id }) => {
                    format!("{{ ${} }}", id.name)
                }
                Expression::Select {
                    selector: InlineExpression::VariableReference { id },
                    ..
                } => format!("{{ ${} -> … }}", id.name),
                _ => "{ … }".to_string(),
            },
        })
        .collect()
}
