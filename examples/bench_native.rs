//! Native figures for `make bench` (scripts/bench.sh), through the public core API only:
//! how long saving takes (serializing a record, reading one back, and the app's save path
//! over an in-memory key-value store), and how long share links get.
//!
//!   cargo run --release --example bench_native -- LARGE_RECORD.json [OUT_DIR]
//!
//! LARGE_RECORD.json is the stored record of the large plan (bench/large-plan.mjs). It is
//! read through `Record::from_json` (parse, migrate, validate), so a generator that has
//! drifted from the model stops here with the reader's message. OUT_DIR, if given, receives
//! `typical-record.json`: the record of the typical plan (the plan of
//! tests/fixtures/typical-record.json), for the browser runs.
//! Prints one JSON object on stdout. Native x86 times, not wasm: the browser figures are
//! in the bench's own output.

use std::cell::RefCell;
use std::collections::HashMap;
use std::hint::black_box;
use std::time::Instant;

use rebound::core::format::link::{self, ShareOptions};
use rebound::core::format::{Record, PLAN_KEY};
use rebound::core::plan::{Plan, PlanId};
use rebound::core::saving::Saver;
use rebound::core::store::{KeyValue, KvError};
use serde_json::{json, Value};

/// The address the share-link test assumes (tests/share_codec.rs); the link length includes it.
const BASE: &str = "https://rebound.example/";
const SAVED_AT: &str = "2026-11-25T10:00:00.000Z";

/// localStorage stand-in: a map of strings.
#[derive(Default)]
struct MemoryKv(RefCell<HashMap<String, String>>);

impl KeyValue for MemoryKv {
    fn get(&self, key: &str) -> Result<Option<String>, KvError> {
        Ok(self.0.borrow().get(key).cloned())
    }

    fn set(&self, key: &str, value: &str) -> Result<(), KvError> {
        self.0
            .borrow_mut()
            .insert(key.to_string(), value.to_string());
        Ok(())
    }

    fn remove(&self, key: &str) -> Result<(), KvError> {
        self.0.borrow_mut().remove(key);
        Ok(())
    }

    fn keys(&self) -> Result<Vec<String>, KvError> {
        Ok(self.0.borrow().keys().cloned().collect())
    }
}

/// Median and 95th percentile, in milliseconds, of `runs` timed calls of `f` (after 3
/// warm-up calls).
fn time_ms(runs: usize, mut f: impl FnMut()) -> (f64, f64) {
    for _ in 0..3 {
        f();
    }
    let mut samples: Vec<f64> = (0..runs)
        .map(|_| {
            let start = Instant::now();
            f();
            start.elapsed().as_secs_f64() * 1000.0
        })
        .collect();
    samples.sort_by(f64::total_cmp);
    let at = |q: f64| samples[((samples.len() - 1) as f64 * q).round() as usize];
    (at(0.5), at(0.95))
}

/// Save timings for one plan.
fn save_figures(plan: &Plan, runs: usize) -> Value {
    let record = Record::new(plan.clone(), 1, SAVED_AT);
    let text = record.to_json();
    let (to_json, to_json_p95) = time_ms(runs, || {
        black_box(Record::json_of(black_box(plan), 2, SAVED_AT));
    });
    let (from_json, from_json_p95) = time_ms(runs, || {
        black_box(Record::from_json(black_box(&text)).ok());
    });
    // The app's regular save (core::saving::Saver::save, as src/ui/state.rs calls it): the
    // tab's journal, then the record over the one this tab last wrote (no parse), read back.
    let kv = MemoryKv::default();
    kv.set(PLAN_KEY, &text).ok();
    let (mut saver, _) = Saver::open(&kv, "bench", PlanId::from_random([7; 16]), 0, SAVED_AT);
    let mut edited = plan.clone();
    let mut n = 0u64;
    let (checked, checked_p95) = time_ms(runs, || {
        n += 1;
        edited.profile.name = format!("Run {n}");
        black_box(saver.save(&kv, black_box(&edited), n, SAVED_AT).ok());
    });
    // The same save after another tab saved: the stored record is parsed and this tab's
    // journal folded into it (a three-way merge).
    let other = Record::new(plan.clone(), 1, SAVED_AT).to_json();
    let (save, save_p95) = time_ms(runs, || {
        n += 1;
        kv.set(PLAN_KEY, &other).ok();
        edited.profile.name = format!("Run {n}");
        black_box(saver.save(&kv, black_box(&edited), n, SAVED_AT).ok());
    });
    json!({
        "record_bytes": text.len(),
        "to_json_ms": to_json,
        "to_json_p95_ms": to_json_p95,
        "from_json_ms": from_json,
        "from_json_p95_ms": from_json_p95,
        "app_save_ms": checked,
        "app_save_p95_ms": checked_p95,
        "store_save_ms": save,
        "store_save_p95_ms": save_p95,
        "runs": runs,
    })
}

/// Share-link figures for one plan: private parts left out (the default) and all in.
fn share_figures(plan: &Plan) -> Value {
    let mut figures = serde_json::Map::new();
    for (name, options) in [
        ("default", ShareOptions::default()),
        ("all", ShareOptions::ALL),
    ] {
        let payload = link::encode(plan, options);
        let url = link::share_url(BASE, &payload);
        let start = Instant::now();
        let decoded = link::decode(&url);
        let decode_ms = start.elapsed().as_secs_f64() * 1000.0;
        let outcome = match &decoded {
            Ok(back) if *back == link::redact(plan, options) => "opens (round trip equal)".into(),
            Ok(_) => "opens (round trip differs)".into(),
            Err(e) => format!("refused: {e}"),
        };
        figures.insert(
            name.into(),
            json!({
                "payload_chars": payload.len(),
                "link_chars": url.len(),
                "over_max_link_chars": url.len() > link::MAX_LINK_CHARS,
                "decode": outcome,
                "decode_ms": decode_ms,
            }),
        );
    }
    Value::Object(figures)
}

fn main() {
    let mut args = std::env::args().skip(1);
    let Some(large_path) = args.next() else {
        eprintln!("usage: bench_native LARGE_RECORD.json [OUT_DIR]");
        std::process::exit(2);
    };
    let out_dir = args.next();

    let large_text = std::fs::read_to_string(&large_path).unwrap_or_else(|e| {
        eprintln!("bench_native: cannot read {large_path}: {e}");
        std::process::exit(1);
    });
    let large = match Record::from_json(&large_text) {
        Ok(record) => record.plan,
        Err(e) => {
            eprintln!(
                "bench_native: the large plan in {large_path} does not load in the app: {e}\n\
                 (bench/large-plan.mjs no longer matches src/core/plan.rs)"
            );
            std::process::exit(1);
        }
    };
    // The typical plan of the tests, as its golden record holds it.
    let typical = Record::from_json(include_str!("../tests/fixtures/typical-record.json"))
        .map(|record| record.plan)
        .unwrap_or_else(|e| {
            eprintln!("bench_native: tests/fixtures/typical-record.json does not load: {e}");
            std::process::exit(1);
        });

    if let Some(dir) = out_dir {
        let path = std::path::Path::new(&dir).join("typical-record.json");
        let text = Record::new(typical.clone(), 1, SAVED_AT).to_json();
        if let Err(e) = std::fs::write(&path, text) {
            eprintln!("bench_native: cannot write {}: {e}", path.display());
            std::process::exit(1);
        }
    }

    let figures = json!({
        "max_link_chars": link::MAX_LINK_CHARS,
        "base": BASE,
        "save": { "typical": save_figures(&typical, 2000), "large": save_figures(&large, 100) },
        "share": { "typical": share_figures(&typical), "large": share_figures(&large) },
        "counts": {
            "large_skill_gaps": large.skill_gaps.len(),
            "large_feedback": large.rejections.iter().map(|r| r.feedback.len()).sum::<usize>(),
        },
    });
    println!("{figures}");
}
