//! Fuzzes the reply-link decoder: no input may panic, and any review it accepts must
//! survive a round trip through `encode` unchanged.
//!
//! Run from the repository root, as for `decode_link` (RUSTC_BOOTSTRAP=1 on stable):
//!
//!     mkdir -p fuzz/corpus/decode_reply
//!     RUSTC_BOOTSTRAP=1 cargo fuzz run decode_reply fuzz/corpus/decode_reply fuzz/seeds/decode_reply -- -max_total_time=60
//!
//! New inputs go to fuzz/corpus (ignored by git); fuzz/seeds holds the committed seeds
//! (the typical review's link and its reply-form JSON). Crashes land in fuzz/artifacts.
//!
//! Each input is tried as link text (if UTF-8), as `review=1.` + base64 of the raw bytes
//! (exercises inflate), and as `review=1.` + base64 of the bytes deflated (so the bytes
//! reach the JSON and review layers; the seeds are reply-form JSON).
#![no_main]

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine as _;
use libfuzzer_sys::fuzz_target;
use rebound::core::format::reply::{decode, encode};

fn check(text: &str) {
    if let Ok(review) = decode(text) {
        let again = decode(&encode(&review));
        assert_eq!(
            again.as_ref(),
            Ok(&review),
            "a decoded review must round-trip"
        );
    }
}

fuzz_target!(|data: &[u8]| {
    if let Ok(text) = std::str::from_utf8(data) {
        check(text);
    }
    check(&format!("review=1.{}", URL_SAFE_NO_PAD.encode(data)));
    let packed = URL_SAFE_NO_PAD.encode(miniz_oxide::deflate::compress_to_vec_zlib(data, 1));
    check(&format!("review=1.{packed}"));
});
