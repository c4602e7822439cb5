//! `rebound-locales LOCALES_DIR OUT_DIR`: every `<tag>.ftl` of LOCALES_DIR but `en.ftl`
//! compiled against `en.ftl` into `OUT_DIR/<tag>.json`, the file the app fetches when a
//! person chooses that language. What a file gets wrong is left out (English says it) and
//! printed; `cargo test` (tests/locales.rs) fails on it.

use std::path::Path;
use std::process::ExitCode;
use std::{env, fs};

#[path = "../../../src/core/words/compile.rs"]
mod compile;
// Compiling never reads a compiled file, so some refusals go unused here.
#[allow(dead_code)]
#[path = "../../../src/core/words/error.rs"]
mod error;

fn main() -> ExitCode {
    let args: Vec<String> = env::args().skip(1).collect();
    let [locales, out] = args.as_slice() else {
        eprintln!("usage: rebound-locales LOCALES_DIR OUT_DIR");
        return ExitCode::from(2);
    };
    match run(Path::new(locales), Path::new(out)) {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("rebound-locales: {message}");
            ExitCode::FAILURE
        }
    }
}

fn run(locales: &Path, out: &Path) -> Result<(), String> {
    let read =
        |path: &Path| fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()));
    let english_path = locales.join("en.ftl");
    let ids = compile::english_ids(&read(&english_path)?)
        .map_err(|errors| format!("{} does not read whole: {errors:?}", english_path.display()))?;
    fs::create_dir_all(out).map_err(|e| format!("{}: {e}", out.display()))?;
    let mut entries: Vec<_> = fs::read_dir(locales)
        .map_err(|e| format!("{}: {e}", locales.display()))?
        .filter_map(Result::ok)
        .map(|entry| entry.path())
        .filter(|path| path.extension().is_some_and(|e| e == "ftl"))
        .filter(|path| path.file_stem().is_some_and(|s| s != "en"))
        .collect();
    entries.sort();
    for path in entries {
        let (json, refused) = compile::compile(&read(&path)?, &ids);
        for refusal in refused {
            eprintln!(
                "rebound-locales: {}: {refusal} (English says it)",
                path.display()
            );
        }
        let target = out.join(path.with_extension("json").file_name().unwrap_or_default());
        fs::write(&target, json).map_err(|e| format!("{}: {e}", target.display()))?;
    }
    Ok(())
}
