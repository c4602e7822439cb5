//! `rebound-locales [--pseudo] LOCALES_DIR OUT_DIR`: every `<tag>.ftl` of LOCALES_DIR but
//! `en.ftl` compiled against `en.ftl` into `OUT_DIR/<tag>.json`, the file the app fetches
//! when a person chooses that language; with `--pseudo` (test builds), also `en-XA.json`,
//! the pseudo-language. What a file gets wrong is left out (English says it) and
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
#[path = "../../../src/core/words/pseudo.rs"]
mod pseudo;

fn main() -> ExitCode {
    let mut args: Vec<String> = env::args().skip(1).collect();
    let with_pseudo = args.first().is_some_and(|a| a == "--pseudo");
    if with_pseudo {
        args.remove(0);
    }
    let [locales, out] = args.as_slice() else {
        eprintln!("usage: rebound-locales [--pseudo] LOCALES_DIR OUT_DIR");
        return ExitCode::from(2);
    };
    match run(Path::new(locales), Path::new(out), with_pseudo) {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("rebound-locales: {message}");
            ExitCode::FAILURE
        }
    }
}

fn run(locales: &Path, out: &Path, with_pseudo: bool) -> Result<(), String> {
    let read =
        |path: &Path| fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()));
    let english_path = locales.join("en.ftl");
    let english = read(&english_path)?;
    let ids = compile::english_ids(&english)
        .map_err(|errors| format!("{} does not read whole: {errors:?}", english_path.display()))?;
    fs::create_dir_all(out).map_err(|e| format!("{}: {e}", out.display()))?;
    if with_pseudo {
        let (json, _) = compile::compile(&english, &ids);
        let json = pseudo::pseudo_file(&json).map_err(|e| format!("the pseudo-language: {e}"))?;
        let target = out.join("en-XA.json");
        fs::write(&target, json).map_err(|e| format!("{}: {e}", target.display()))?;
    }
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
