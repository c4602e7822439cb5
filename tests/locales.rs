//! The language files (`locales/*.ftl`) checked against English, the source: every
//! language has every message, with the same variables, and nothing English lacks; every
//! message is used by the code. A translator who drops `{ $name }` or a key, or a
//! developer who leaves a message behind, fails here with the message's id.

use std::collections::BTreeSet;
use std::fs;
use std::path::Path;

use rebound::core::words::{Catalog, Lang, ALL_KEYS, KEY_IDS};

#[test]
fn english_reads_whole_with_no_refusal() {
    let (english, errors) = Catalog::english_checked();
    assert_eq!(errors, [], "locales/en.ftl");
    for (k, id) in ALL_KEYS.iter().zip(KEY_IDS) {
        assert!(english.has(*k), "{id}");
    }
}

#[test]
fn every_language_has_every_message_with_the_same_variables() {
    let english = Catalog::english();
    let mut problems = Vec::new();
    for lang in Lang::OFFERED.into_iter().filter(|l| *l != Lang::English) {
        let path = format!("locales/{}.ftl", lang.tag());
        let text = fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
        let (catalog, errors) = Catalog::parse(&text);
        problems.extend(errors.iter().map(|e| format!("{path}: {e}")));
        for (k, id) in ALL_KEYS.iter().zip(KEY_IDS) {
            if !catalog.has(*k) {
                problems.push(format!("{path}: {id} is missing"));
                continue;
            }
            let (theirs, ours) = (catalog.variables(*k), english.variables(*k));
            if theirs != ours {
                problems.push(format!(
                    "{path}: {id} uses {theirs:?}, English uses {ours:?}"
                ));
            }
        }
    }
    assert!(problems.is_empty(), "\n{}", problems.join("\n"));
}

#[test]
fn every_message_is_used() {
    let mut code = String::new();
    collect_rust(Path::new("src"), &mut code);
    // The boot screen's words are used by index.html, which names them (data-boot="…",
    // data-boot-label="…"; scripts/post_build.mjs copies them in); the manifests' by
    // scripts/post_build.mjs, which names them.
    let page = fs::read_to_string("index.html").unwrap();
    let post_build = fs::read_to_string("scripts/post_build.mjs").unwrap();
    let unused: BTreeSet<&str> = ALL_KEYS
        .iter()
        .zip(KEY_IDS)
        .filter(|(k, id)| {
            let boot = ["data-boot", "data-boot-label"]
                .iter()
                .any(|attr| page.contains(&format!("{attr}=\"{id}\"")));
            let manifest = id.starts_with("manifest-") && post_build.contains(&format!("'{id}'"));
            !names(&code, &format!("{k:?}")) && !boot && !manifest
        })
        .map(|(_, id)| id)
        .collect();
    assert!(unused.is_empty(), "messages no code uses: {unused:?}");
}

/// The installed app's English description is written by hand in the manifest; the other
/// languages' manifests are made from their `manifest-description` by post_build.
#[test]
fn the_manifest_says_what_english_says() {
    let manifest = fs::read_to_string("pwa/manifest.webmanifest").unwrap();
    let english = fs::read_to_string("locales/en.ftl").unwrap();
    let said = english
        .lines()
        .find_map(|line| line.strip_prefix("manifest-description = "))
        .expect("locales/en.ftl has manifest-description on one line");
    let description = format!("\"description\": {},", serde_json::to_string(said).unwrap());
    assert!(
        manifest.contains(&description),
        "pwa/manifest.webmanifest's description must be en.ftl's manifest-description: {said}"
    );
}

/// Whether `code` has `name` as a whole word (`LeadImport` is not in `LeadImportNone`).
/// The choice lists name their keys without `Key::` (their macro adds it).
fn names(code: &str, name: &str) -> bool {
    let word = |c: char| c.is_alphanumeric() || c == '_';
    code.match_indices(name).any(|(at, _)| {
        let before = code[..at].chars().next_back();
        let after = code[at + name.len()..].chars().next();
        !before.is_some_and(word) && !after.is_some_and(word)
    })
}

fn collect_rust(dir: &Path, into: &mut String) {
    for entry in fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            collect_rust(&path, into);
        } else if path.extension().is_some_and(|e| e == "rs")
            && path.file_name().is_some_and(|n| n != "tests.rs")
        {
            into.push_str(&fs::read_to_string(&path).unwrap());
        }
    }
}
