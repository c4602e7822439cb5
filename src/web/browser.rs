//! Small browser helpers: the address bar, the clipboard, downloads, printing and focus.

use std::fmt;

use crate::core::item::{DraftKey, Form};
use crate::core::words::Key;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

use crate::core::plan::PlanId;

/// Why the browser did not do what was asked. Each message is shown to the person: its
/// `Display` is [`BrowserError::message`] in the language in use.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BrowserError {
    NoClipboard,
    CopyRefused,
    NoShareSheet,
    ShareCancelled,
    DownloadRefused,
    NoDocument,
    NoLinkElement,
    NoFileChosen,
    FileUnreadable,
    NotText,
}

impl BrowserError {
    /// What the person is told.
    pub fn message(self) -> Key {
        match self {
            BrowserError::NoClipboard => Key::ErrorBrowserNoClipboard,
            BrowserError::CopyRefused => Key::ErrorBrowserCopyRefused,
            BrowserError::NoShareSheet => Key::ErrorBrowserNoShareSheet,
            BrowserError::ShareCancelled => Key::ErrorBrowserShareCancelled,
            BrowserError::DownloadRefused => Key::ErrorBrowserDownloadRefused,
            BrowserError::NoDocument => Key::ErrorBrowserNoDocument,
            BrowserError::NoLinkElement => Key::ErrorBrowserNoLinkElement,
            BrowserError::NoFileChosen => Key::ErrorBrowserNoFile,
            BrowserError::FileUnreadable => Key::ErrorBrowserFileUnreadable,
            BrowserError::NotText => Key::ErrorBrowserNotText,
        }
    }
}

impl fmt::Display for BrowserError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&crate::ui::words::t(self.message()))
    }
}

impl std::error::Error for BrowserError {}

fn window() -> Option<web_sys::Window> {
    web_sys::window()
}

fn document() -> Option<web_sys::Document> {
    window()?.document()
}

/// The URL fragment, including its `#`, or an empty string.
pub fn fragment() -> String {
    window()
        .and_then(|w| w.location().hash().ok())
        .unwrap_or_default()
}

/// The page address without its fragment.
pub fn address_without_fragment() -> String {
    let href = window()
        .and_then(|w| w.location().href().ok())
        .unwrap_or_default();
    href.split('#').next().unwrap_or_default().to_string()
}

/// Replaces the fragment without adding a history entry (used to drop a share link from
/// the address bar once it has been read).
pub fn replace_fragment(fragment: &str) {
    if let Some(history) = window().and_then(|w| w.history().ok()) {
        let url = format!("{}{}", address_without_fragment(), fragment);
        let _ = history.replace_state_with_url(&JsValue::NULL, "", Some(&url));
    }
}

/// Sets the page title.
pub fn set_title(title: &str) {
    if let Some(doc) = document() {
        doc.set_title(title);
    }
}

/// Moves focus to the element with this id (the heading of a new screen), so screen
/// readers announce it and keyboard users continue from there.
pub fn focus_element(id: &str) {
    if let Some(el) = document()
        .and_then(|d| d.get_element_by_id(id))
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    {
        let options = web_sys::FocusOptions::new();
        options.set_prevent_scroll(true);
        let _ = el.focus_with_options(&options);
    }
}

/// Scrolls to the top of the page.
pub fn scroll_to_top() {
    if let Some(w) = window() {
        w.scroll_to_with_x_and_y(0.0, 0.0);
    }
}

/// Resolves once index.html's boot screen has painted (its inline script sets
/// `window.reboundBootPainted`); at once if there is no such promise.
pub async fn boot_screen_painted() {
    let Some(window) = window() else { return };
    let promise = js_sys::Reflect::get(&window, &JsValue::from_str("reboundBootPainted"))
        .ok()
        .and_then(|p| p.dyn_into::<js_sys::Promise>().ok());
    if let Some(promise) = promise {
        let _ = JsFuture::from(promise).await;
    }
}

/// What someone typed into the boot screen's form before the app took over.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct BootTyping {
    /// (draft key, text) of each field typed into.
    pub drafts: Vec<(DraftKey, String)>,
    /// The field that had focus: its label's text, its text, and the caret (or
    /// selection) in it.
    pub focus: Option<(String, String, u32, u32)>,
}

/// Reads what was typed into the boot screen's fields (`[data-field]`, each a field of the new-rejection form), so the app can
/// carry it into its own fields. Call just before [`remove_boot_screen`], in the same task.
pub fn boot_typing() -> BootTyping {
    let mut typed = BootTyping::default();
    let Some(doc) = document() else { return typed };
    let Ok(fields) = doc.query_selector_all("#boot input[data-field]") else {
        return typed;
    };
    let focused = doc.active_element();
    for i in 0..fields.length() {
        let Some(input) = fields
            .item(i)
            .and_then(|n| n.dyn_into::<web_sys::HtmlInputElement>().ok())
        else {
            continue;
        };
        let (Some(field), value) = (input.get_attribute("data-field"), input.value()) else {
            continue;
        };
        if !value.is_empty() {
            typed.drafts.push((Form::NewRejection.key(&field), value));
        }
        let has_focus = focused
            .as_ref()
            .is_some_and(|f| f.is_same_node(Some(input.as_ref())));
        if has_focus {
            let label = input
                .labels()
                .and_then(|labels| labels.item(0))
                .and_then(|l| l.text_content())
                .unwrap_or_default();
            let start = input.selection_start().ok().flatten().unwrap_or(0);
            let end = input.selection_end().ok().flatten().unwrap_or(start);
            typed.focus = Some((label.trim().to_string(), input.value(), start, end));
        }
    }
    typed
}

/// Puts the caret back into the app's field labelled `label` (in `<main>`), where it was
/// in the boot screen's copy of that field, which held `text`.
pub fn focus_labelled(label: &str, text: String, start: u32, end: u32) {
    let Some(doc) = document() else { return };
    let Ok(labels) = doc.query_selector_all("main label") else {
        return;
    };
    for i in 0..labels.length() {
        let Some(el) = labels
            .item(i)
            .and_then(|n| n.dyn_into::<web_sys::Element>().ok())
        else {
            continue;
        };
        if el.text_content().unwrap_or_default().trim() != label {
            continue;
        }
        let field = el
            .get_attribute("for")
            .and_then(|id| doc.get_element_by_id(&id))
            .and_then(|f| f.dyn_into::<web_sys::HtmlInputElement>().ok());
        if let Some(field) = field {
            let _ = field.focus();
            let _ = field.set_selection_range(start, end);
            // The app writes its fields' values as its first render settles, which moves
            // the caret to the end: put it back then, unless typing has changed the field.
            let settle = Closure::once_into_js(move || {
                if field.value() == text {
                    let _ = field.set_selection_range(start, end);
                }
            });
            if let Some(w) = window() {
                let _ = w.request_animation_frame(settle.unchecked_ref());
            }
        }
        return;
    }
}

/// Removes the static first screen that index.html paints before the app starts.
pub fn remove_boot_screen() {
    if let Some(el) = document().and_then(|d| d.get_element_by_id("boot")) {
        el.remove();
    }
}

/// Copies text to the clipboard.
pub async fn copy_text(text: &str) -> Result<(), BrowserError> {
    let clipboard = window()
        .map(|w| w.navigator().clipboard())
        .ok_or(BrowserError::NoClipboard)?;
    JsFuture::from(clipboard.write_text(text))
        .await
        .map(|_| ())
        .map_err(|_| BrowserError::CopyRefused)
}

/// True when the browser offers the system share sheet.
pub fn can_share() -> bool {
    window()
        .map(|w| js_sys::Reflect::has(&w.navigator(), &JsValue::from_str("share")).unwrap_or(false))
        .unwrap_or(false)
}

/// Opens the system share sheet with a title and a link.
pub async fn share_link(title: &str, url: &str) -> Result<(), BrowserError> {
    let navigator = window()
        .map(|w| w.navigator())
        .ok_or(BrowserError::NoShareSheet)?;
    let data = web_sys::ShareData::new();
    data.set_title(title);
    data.set_url(url);
    JsFuture::from(navigator.share_with_data(&data))
        .await
        .map(|_| ())
        .map_err(|_| BrowserError::ShareCancelled)
}

/// Offers `contents` as a file download.
pub fn download(file_name: &str, mime: &str, contents: &str) -> Result<(), BrowserError> {
    let parts = js_sys::Array::of1(&JsValue::from_str(contents));
    download_parts(file_name, mime, &parts)
}

/// Offers a browser string as a text file exactly as it is. A Rust `String` (and a Blob
/// made from a string) would replace lone UTF-16 surrogates with U+FFFD, so text that is
/// not well-formed is saved as UTF-16LE code units, with a byte-order mark.
pub fn download_exact(file_name: &str, text: &js_sys::JsString) -> Result<(), BrowserError> {
    let units: Vec<u16> = text.iter().collect();
    if well_formed(&units) {
        let parts = js_sys::Array::of1(text);
        return download_parts(file_name, "text/plain;charset=utf-8", &parts);
    }
    let mut bytes = Vec::with_capacity(2 + units.len() * 2);
    bytes.extend_from_slice(&[0xFF, 0xFE]);
    for unit in units {
        bytes.extend_from_slice(&unit.to_le_bytes());
    }
    let parts = js_sys::Array::of1(&js_sys::Uint8Array::from(bytes.as_slice()));
    download_parts(file_name, "text/plain;charset=utf-16le", &parts)
}

/// True when every surrogate in `units` is half of a pair.
fn well_formed(units: &[u16]) -> bool {
    char::decode_utf16(units.iter().copied()).all(|c| c.is_ok())
}

fn download_parts(file_name: &str, mime: &str, parts: &js_sys::Array) -> Result<(), BrowserError> {
    let fail = |_| BrowserError::DownloadRefused;
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let blob = web_sys::Blob::new_with_buffer_source_sequence_and_options(parts, &options)
        .map_err(fail)?;
    let url = web_sys::Url::create_object_url_with_blob(&blob).map_err(fail)?;
    let doc = document().ok_or(BrowserError::NoDocument)?;
    let anchor: web_sys::HtmlAnchorElement = doc
        .create_element("a")
        .map_err(fail)?
        .dyn_into()
        .map_err(|_| BrowserError::NoLinkElement)?;
    anchor.set_href(&url);
    anchor.set_download(file_name);
    anchor.click();
    // Only frees memory; the download has started either way.
    web_sys::Url::revoke_object_url(&url).ok();
    Ok(())
}

/// A new plan's id (the core makes no random numbers).
pub fn new_plan_id() -> PlanId {
    PlanId::from_random(random_bytes())
}

/// 16 bytes from the browser's cryptographic random generator, for new ids.
pub fn random_bytes() -> [u8; 16] {
    let mut bytes = [0u8; 16];
    let filled = window()
        .and_then(|w| w.crypto().ok())
        .is_some_and(|c| c.get_random_values_with_u8_array(&mut bytes).is_ok());
    if !filled {
        // Only where there is no `crypto` at all: an id that is merely unlikely to repeat
        // still keeps calendars apart.
        for byte in &mut bytes {
            *byte = (js_sys::Math::random() * 256.0) as u8;
        }
    }
    bytes
}

/// A random id for this page load (to name its journal; not a secret).
pub fn random_id() -> String {
    let part = || (js_sys::Math::random() * f64::from(u32::MAX)) as u32;
    format!("{:08x}{:08x}", part(), part())
}

/// Opens the print dialog.
pub fn print() {
    if let Some(w) = window() {
        let _ = w.print();
    }
}

/// Calls `on_change(true)` when the page starts being laid out for paper and
/// `on_change(false)` when it is back on screen, for the page's whole life.
///
/// Both the print media query and `beforeprint`/`afterprint` are watched: browsers
/// differ in which they report, and emulated print media fires only the first.
pub fn watch_print(on_change: impl Fn(bool) + 'static) {
    let Some(w) = window() else { return };
    let on_change = std::rc::Rc::new(on_change);
    let media = w.match_media("print").ok().flatten();
    if let Some(media) = media {
        let query = media.clone();
        let call = on_change.clone();
        let listener = Closure::<dyn Fn()>::new(move || call(query.matches()));
        let _ = media.add_event_listener_with_callback("change", listener.as_ref().unchecked_ref());
        listener.forget();
    }
    for (event, printing) in [("beforeprint", true), ("afterprint", false)] {
        let call = on_change.clone();
        let listener = Closure::<dyn Fn()>::new(move || call(printing));
        let _ = w.add_event_listener_with_callback(event, listener.as_ref().unchecked_ref());
        listener.forget();
    }
}

/// Asks for a confirmation with the browser's own dialog.
pub fn confirm(question: &str) -> bool {
    window()
        .and_then(|w| w.confirm_with_message(question).ok())
        .unwrap_or(false)
}

/// Loads the page again.
pub fn reload() {
    if let Some(w) = window() {
        let _ = w.location().reload();
    }
}

/// Moves to another screen by its fragment, adding a history entry like a link would.
pub fn go_to(fragment: &str) {
    if let Some(w) = window() {
        let _ = w.location().set_hash(fragment);
    }
}

/// Reads the first file chosen in a file input as text.
pub async fn read_chosen_file(input: &web_sys::HtmlInputElement) -> Result<String, BrowserError> {
    let file = input
        .files()
        .and_then(|files| files.get(0))
        .ok_or(BrowserError::NoFileChosen)?;
    let text = JsFuture::from(file.text())
        .await
        .map_err(|_| BrowserError::FileUnreadable)?;
    text.as_string().ok_or(BrowserError::NotText)
}
