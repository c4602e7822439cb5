//! Text helpers that would otherwise pull large tables into the browser download.

/// `text` in lower case, as [`str::to_lowercase`] gives it (full Unicode mapping).
///
/// In the browser, text that is not plain ASCII is lowered by the JS engine
/// (`String.prototype.toLowerCase`, the same Unicode default case mapping, final sigma
/// included), so the wasm does not carry Rust's case tables (about 17 KB raw, 8 KB gzip).
/// The two agree except for characters added in a Unicode version only one of them knows.
/// tests/wasm_text.rs compares them in the browser.
pub fn lowercase(text: &str) -> String {
    #[cfg(target_arch = "wasm32")]
    {
        if text.is_ascii() {
            text.to_ascii_lowercase()
        } else {
            js_sys::JsString::from(text).to_lower_case().into()
        }
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        text.to_lowercase()
    }
}
