//! The core's house rules, read from its source: every module uses only modules of the
//! layers below its own (so there is no import circle and no arrow running back up), and
//! nothing in it names the browser or the UI framework. README's architecture map shows
//! the same layers.

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::Path;

/// The core's modules, lowest layer first. A module may use any module of a lower layer,
/// never one of its own layer or above.
const LAYERS: &[&[&str]] = &[
    &[
        "dates",
        "limits",
        "order",
        "text",
        "store",
        "item",
        "format/packed",
    ],
    &["words"],
    &["plan"],
    &["walk", "insights"],
    &["validate", "review", "steps", "ics"],
    &[
        "merge",
        "journal",
        "format/link",
        "format/record",
        "format/reviewing",
    ],
    &["format/reply", "format/backup"],
    &["format"],
    &["saving"],
];

const FORMAT_FILES: &[&str] = &["backup", "link", "packed", "record", "reply", "reviewing"];

/// The module a file is, as named in [`LAYERS`] (a folder's files count as the folder,
/// except the format files, which are layered one by one).
fn module_of(path: &str) -> String {
    let name = path.trim_end_matches(".rs").trim_end_matches("/mod");
    match name.split_once('/') {
        Some(("format", _)) => name.to_string(),
        Some((folder, _)) => folder.to_string(),
        None => name.to_string(),
    }
}

/// The code of a file without comments and without its test module or fakes (which sit
/// at the end, behind `#[cfg(test)]`).
fn code_of(text: &str) -> String {
    let end = ["#[cfg(test)]\nmod tests", "#[cfg(test)]\npub mod fakes"]
        .iter()
        .filter_map(|m| text.find(m))
        .min()
        .unwrap_or(text.len());
    text[..end]
        .lines()
        .filter(|l| !l.trim_start().starts_with("//"))
        .collect::<Vec<_>>()
        .join("\n")
}

/// The identifier at the start of `text`.
fn ident(text: &str) -> &str {
    let end = text
        .find(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
        .unwrap_or(text.len());
    &text[..end]
}

/// The module a path names, from the segments after `crate::core::` (or their like).
fn target(first: &str, rest: &str) -> String {
    if first == "format" {
        let second = ident(rest.strip_prefix("::").unwrap_or(""));
        if FORMAT_FILES.contains(&second) {
            return format!("format/{second}");
        }
    }
    first.to_string()
}

/// Every module the file at `path` (under src/core) names in its code.
fn uses(path: &str, code: &str) -> BTreeSet<String> {
    let module = module_of(path);
    // A folder's own file (`plan/mod.rs`) sits in the core, as a top-level file does.
    let in_folder = path.contains('/') && !path.ends_with("/mod.rs");
    let mut found = BTreeSet::new();
    let mut add = |t: String| {
        if !t.is_empty() && t != module {
            found.insert(t);
        }
    };
    for (i, _) in code.match_indices("crate::core::") {
        // `pub(in crate::core::format)` says who may see an item: no use of anything.
        if code[..i].ends_with("pub(in ") {
            continue;
        }
        let rest = &code[i + "crate::core::".len()..];
        let first = ident(rest);
        add(target(first, &rest[first.len()..]));
    }
    for (i, _) in code.match_indices("super::") {
        // Skip the second half of `super::super::`.
        if code[..i].ends_with("super::") {
            continue;
        }
        let rest = &code[i + "super::".len()..];
        if let Some(rest) = rest.strip_prefix("super::") {
            let first = ident(rest);
            add(target(first, &rest[first.len()..]));
        } else if ident(rest).is_empty() {
            // `super::*` or `super::{…}`: a nested module's parent, or the folder's own
            // module, seen from one of its files.
            continue;
        } else if in_folder {
            // A file in a folder: its parent is the folder's own module.
            let first = ident(rest);
            let folder = path.split('/').next().unwrap_or("");
            if folder == "format" && FORMAT_FILES.contains(&first) {
                add(format!("format/{first}"));
            } else {
                add(folder.to_string());
            }
        } else {
            let first = ident(rest);
            add(target(first, &rest[first.len()..]));
        }
    }
    // A folder's own file names its children to declare them: that is no use of them.
    if path == "format/mod.rs" {
        for (i, _) in code.match_indices("pub use ") {
            let first = ident(&code[i + "pub use ".len()..]);
            if FORMAT_FILES.contains(&first) {
                found.insert(format!("format/{first}"));
            }
        }
    }
    found
}

fn core_files() -> BTreeMap<String, String> {
    fn collect(dir: &Path, root: &Path, out: &mut BTreeMap<String, String>) {
        for entry in fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                collect(&path, root, out);
            } else if path.extension().is_some_and(|e| e == "rs") {
                let name = path
                    .strip_prefix(root)
                    .unwrap()
                    .to_string_lossy()
                    .into_owned();
                out.insert(name, fs::read_to_string(&path).unwrap());
            }
        }
    }
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("src/core");
    let mut files = BTreeMap::new();
    collect(&root, &root, &mut files);
    files.remove("mod.rs");
    files
}

fn layer_of(module: &str) -> Option<usize> {
    LAYERS.iter().position(|layer| layer.contains(&module))
}

#[test]
fn every_core_module_uses_only_the_layers_below_its_own() {
    let mut wrong = Vec::new();
    for (path, text) in core_files() {
        let module = module_of(&path);
        let Some(own) = layer_of(&module) else {
            wrong.push(format!("{path}: module {module} is in no layer"));
            continue;
        };
        for used in uses(&path, &code_of(&text)) {
            match layer_of(&used) {
                Some(layer) if layer < own => {}
                Some(_) => wrong.push(format!("{path} ({module}) uses {used}, not below it")),
                None => wrong.push(format!("{path} uses {used}, which is in no layer")),
            }
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

#[test]
fn the_core_names_no_browser_and_no_ui() {
    for (path, text) in core_files() {
        let code = code_of(&text);
        for name in [
            "web_sys",
            "js_sys",
            "gloo",
            "leptos",
            "crate::ui",
            "crate::web",
        ] {
            assert!(!code.contains(name), "{path} names {name}");
        }
    }
}

/// The reader above must see the arrows it is meant to catch.
#[test]
fn the_reader_sees_each_way_of_naming_a_module() {
    let uses = |path: &str, code: &str| uses(path, code).into_iter().collect::<Vec<_>>();
    assert_eq!(uses("plan/mod.rs", "use super::review::X;"), ["review"]);
    assert_eq!(
        uses("plan/received.rs", "use super::{Level};"),
        Vec::<String>::new()
    );
    assert_eq!(
        uses("plan/received.rs", "use super::super::text::P;"),
        ["text"]
    );
    assert_eq!(
        uses("format/link.rs", "use super::packed::x;"),
        ["format/packed"]
    );
    assert_eq!(uses("format/link.rs", "use super::ShareError;"), ["format"]);
    assert_eq!(
        uses("steps.rs", "super::format::link::PREFIX"),
        ["format/link"]
    );
    assert_eq!(uses("saving.rs", "crate::core::format::Record"), ["format"]);
    assert_eq!(
        uses("format/link.rs", "pub(in crate::core::format) mod m"),
        Vec::<String>::new()
    );
    assert_eq!(
        code_of("use a;\n// use super::b;\n#[cfg(test)]\nmod tests { use super::c; }"),
        "use a;"
    );
}
