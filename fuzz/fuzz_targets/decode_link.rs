//! Fuzzes the share-link decoder: no input may panic, and any plan it accepts must
//! survive a round trip through `encode` unchanged.
//!
//! Run from the repository root. cargo-fuzz passes nightly-only `-Z` sanitizer flags; on
//! stable Rust, RUSTC_BOOTSTRAP=1 lets the compiler take them (`cargo install cargo-fuzz`
//! first; cargo-fuzz itself builds on stable):
//!
//!     mkdir -p fuzz/corpus/decode_link
//!     RUSTC_BOOTSTRAP=1 cargo fuzz run decode_link fuzz/corpus/decode_link fuzz/seeds/decode_link -- -max_total_time=60
//!
//! New inputs go to fuzz/corpus (ignored by git); fuzz/seeds holds the committed seeds
//! (a typical link and share-form JSON). Crashes land in fuzz/artifacts.
//!
//! Each input is tried as link text (if UTF-8), as `plan=2.` + base64 of the raw bytes
//! (exercises inflate), and as `plan=2.` and `plan=1.` + base64 of the bytes deflated (so
//! the bytes reach the JSON and plan layers of both share formats; the seeds are
//! share-form JSON).
#![no_main]

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine as _;
use libfuzzer_sys::fuzz_target;
use rebound::core::format::link::{decode, encode, ShareOptions};

fn check(text: &str) {
    if let Ok(plan) = decode(text) {
        let again = decode(&encode(&plan, ShareOptions::ALL));
        assert_eq!(again.as_ref(), Ok(&plan), "a decoded plan must round-trip");
    }
}

fuzz_target!(|data: &[u8]| {
    if let Ok(text) = std::str::from_utf8(data) {
        check(text);
    }
    check(&format!("plan=2.{}", URL_SAFE_NO_PAD.encode(data)));
    let packed = URL_SAFE_NO_PAD.encode(miniz_oxide::deflate::compress_to_vec_zlib(data, 1));
    check(&format!("plan=2.{packed}"));
    check(&format!("plan=1.{packed}"));
});
