//! No component may render text as HTML: every piece of user or link data is shown as
//! text. This fails if a raw-HTML sink ever appears in the source.

use std::fs;
use std::path::Path;

fn rust_files(dir: &Path, out: &mut Vec<std::path::PathBuf>) {
    for entry in fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

#[test]
fn the_source_has_no_raw_html_sinks() {
    let mut files = Vec::new();
    rust_files(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("src"),
        &mut files,
    );
    assert!(files.len() > 10, "found only {} source files", files.len());
    let sinks = [
        ["inner", "_html"].concat(),
        ["set_inner", "_html"].concat(),
        ["inner", "HTML"].concat(),
        ["outer", "HTML"].concat(),
        ["insert_adjacent", "_html"].concat(),
        ["document", ".write"].concat(),
    ];
    let mut found = Vec::new();
    for file in &files {
        let text = fs::read_to_string(file).unwrap();
        for sink in &sinks {
            if text.contains(sink.as_str()) {
                found.push(format!("{}: {sink}", file.display()));
            }
        }
    }
    assert!(found.is_empty(), "raw HTML sinks in src/: {found:?}");
}
