//! Fluent (`locales/*.ftl`, what translators write) compiled into what the app reads: one
//! JSON file per language, its messages by position in English's order, without ids or
//! comments. The app then needs no Fluent parser and no table of ids (about 13 KB gzip of
//! wasm, BENCHMARKS.md), and a language's download is about half its `.ftl`.
//!
//! Used by build.rs (English, compiled into the app), by tools/locales (every other
//! language, written into the build by scripts/post_build.mjs) and by the native tests; the
//! three include this one file, so there is one compiler. The shape it writes:
//!
//! ```text
//! { "keys": "<fingerprint of English's ids, in order>", "messages": [message, …] }
//! message  = null (the language lacks it: English says it) | pattern
//! pattern  = "text" | [element, …]
//! element  = "text" | { "v": "variable" }
//!          | { "s": "variable", "d": <index of the * variant>, "c": [[key, pattern], …] }
//! key      = "one" (a plural category, or a word) | 3 (an exact number)
//! ```
//!
//! `src/core/words` reads it back (`Catalog::from_json`).

use std::collections::HashMap;

use fluent_syntax::ast::{self, Entry, Expression, InlineExpression, PatternElement, VariantKey};
use serde_json::{json, Map, Value};

use super::error::CatalogError;

/// The ids of English's messages, in order (English's file must read whole).
pub fn english_ids(ftl: &str) -> Result<Vec<String>, Vec<CatalogError>> {
    let (resource, mut errors) = parse(ftl);
    let mut ids = Vec::new();
    for entry in &resource.body {
        if let Entry::Message(message) = entry {
            let id = message.id.name.to_string();
            if ids.contains(&id) {
                errors.push(CatalogError::Duplicate { id });
            } else {
                ids.push(id);
            }
        }
    }
    if errors.is_empty() {
        Ok(ids)
    } else {
        Err(errors)
    }
}

/// A short fingerprint of the ids, in order (FNV-1a, 64 bits, as hex): a compiled file
/// carries the one of the English it was compiled against, and the app reads only a file
/// whose fingerprint is its own.
pub fn fingerprint<S: AsRef<str>>(ids: &[S]) -> String {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for byte in ids.iter().flat_map(|id| id.as_ref().bytes().chain([b'\n'])) {
        hash ^= u64::from(byte);
        hash = hash.wrapping_mul(0x0100_0000_01b3);
    }
    format!("{hash:016x}")
}

/// A language's `.ftl`, compiled against English's `ids`: what it lacks is `null`, what
/// cannot be read is left out (`null`) and reported, so one bad line costs one message.
pub fn compile<S: AsRef<str>>(ftl: &str, ids: &[S]) -> (String, Vec<CatalogError>) {
    let (resource, mut errors) = parse(ftl);
    let position: HashMap<&str, usize> = ids
        .iter()
        .enumerate()
        .map(|(i, id)| (id.as_ref(), i))
        .collect();
    let mut messages = vec![Value::Null; ids.len()];
    let mut seen = vec![false; ids.len()];
    for entry in &resource.body {
        let message = match entry {
            Entry::Message(message) => message,
            Entry::Term(term) => {
                errors.push(CatalogError::Unsupported {
                    id: format!("-{}", term.id.name),
                    what: "a term",
                });
                continue;
            }
            _ => continue,
        };
        let id = message.id.name;
        let Some(&at) = position.get(id) else {
            errors.push(CatalogError::Unknown { id: id.into() });
            continue;
        };
        if std::mem::replace(&mut seen[at], true) {
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
        let Some(value) = &message.value else {
            errors.push(CatalogError::NoValue { id: id.into() });
            continue;
        };
        match pattern(value) {
            Ok(compiled) => messages[at] = compiled,
            Err(what) => errors.push(CatalogError::Unsupported {
                id: id.into(),
                what,
            }),
        }
    }
    let file = json!({ "keys": fingerprint(ids), "messages": messages });
    (file.to_string(), errors)
}

fn parse(ftl: &str) -> (ast::Resource<&str>, Vec<CatalogError>) {
    match fluent_syntax::parser::parse(ftl) {
        Ok(resource) => (resource, Vec::new()),
        Err((resource, errors)) => {
            let errors = errors
                .iter()
                .map(|e| CatalogError::Syntax { at: e.pos.start })
                .collect();
            (resource, errors)
        }
    }
}

/// A pattern as one string when it is text only, else its elements (adjacent text joined).
fn pattern(pattern: &ast::Pattern<&str>) -> Result<Value, &'static str> {
    let mut elements: Vec<Value> = Vec::new();
    for element in &pattern.elements {
        let next = match element {
            PatternElement::TextElement { value } => Value::String((*value).to_string()),
            PatternElement::Placeable { expression } => placeable(expression)?,
        };
        match (elements.last_mut(), next) {
            (Some(Value::String(text)), Value::String(more)) => text.push_str(&more),
            (_, next) => elements.push(next),
        }
    }
    Ok(match elements.as_slice() {
        [] => Value::String(String::new()),
        [Value::String(text)] => Value::String(text.clone()),
        _ => Value::Array(elements),
    })
}

fn placeable(expression: &Expression<&str>) -> Result<Value, &'static str> {
    match expression {
        Expression::Inline(inline) => inline_element(inline),
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
                let key = match &variant.key {
                    VariantKey::Identifier { name } => Value::String((*name).to_string()),
                    VariantKey::NumberLiteral { value } => Value::from(
                        value
                            .parse::<i64>()
                            .map_err(|_| "a number that is not whole")?,
                    ),
                };
                choices.push(Value::Array(vec![key, pattern(&variant.value)?]));
            }
            let mut select = Map::new();
            select.insert("s".into(), Value::String(id.name.to_string()));
            select.insert("d".into(), Value::from(default));
            select.insert("c".into(), Value::Array(choices));
            Ok(Value::Object(select))
        }
    }
}

fn inline_element(inline: &InlineExpression<&str>) -> Result<Value, &'static str> {
    match inline {
        InlineExpression::VariableReference { id } => Ok(json!({ "v": id.name })),
        // `{ "{" }`: how Fluent writes a brace or leading space as text.
        InlineExpression::StringLiteral { value } => Ok(Value::String(unescape(value))),
        InlineExpression::NumberLiteral { value } => Ok(Value::String((*value).to_string())),
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
