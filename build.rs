//! Generates `Key`, one variant per message of `locales/en.ftl` (the source language), so
//! a message the code names but English lacks does not compile. Other languages are read
//! when the app runs (see `src/core/words`); `tests/locales.rs` checks them against English.

use std::fmt::Write as _;
use std::{env, fs, path::Path};

use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement};

fn main() {
    let source = "locales/en.ftl";
    println!("cargo:rerun-if-changed={source}");
    let text = fs::read_to_string(source).unwrap_or_else(|e| panic!("{source}: {e}"));
    let resource = fluent_syntax::parser::parse(text.as_str()).unwrap_or_else(|(_, errors)| {
        panic!("{source} does not parse: {errors:?}");
    });
    let mut variants = String::new();
    let mut ids = String::new();
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
        writeln!(ids, "    {id:?},").unwrap();
        writeln!(all, "    Key::{name},").unwrap();
        count += 1;
    }
    let code = format!(
        "/// A message of the app, one per entry of `locales/en.ftl`, in its order.\n\
         #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]\n\
         pub enum Key {{\n{variants}}}\n\n\
         /// How many messages there are.\n\
         pub const KEY_COUNT: usize = {count};\n\n\
         /// Each message's id in the `.ftl` files, by `Key as usize`.\n\
         pub static KEY_IDS: [&str; {count}] = [\n{ids}];\n\n\
         /// Every key, in order.\n\
         pub static ALL_KEYS: [Key; {count}] = [\n{all}];\n"
    );
    let out = Path::new(&env::var("OUT_DIR").unwrap()).to_path_buf();
    fs::write(out.join("keys.rs"), code).unwrap();
    // The copy compiled into the app: the same messages, in the same order, without the
    // translators' comments and with every id shortened to `m` (the app reads English by
    // position: `Catalog::english`), which leaves out about half of the file. In Fluent a
    // line that starts at its first column is a comment or starts an entry; a message's
    // further lines are indented.
    let words: String = text
        .lines()
        .filter(|line| !line.starts_with('#') && !line.trim().is_empty())
        .map(|line| match line.split_once('=') {
            Some((id, value)) if !line.starts_with(' ') => {
                assert!(seen.contains(&camel(id.trim())), "{source}: {line}");
                format!("m ={value}\n")
            }
            _ => format!("{line}\n"),
        })
        .collect();
    fs::write(out.join("en.ftl"), words).unwrap();
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
