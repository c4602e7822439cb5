//! The language: which one the browser asks for, the person's own choice (a preference
//! of this device, never part of the plan, its backups or its links), the page's `lang`
//! and `dir`, a language's words from the server (or the service worker's copy), and the
//! browser's `Intl` for plural forms, numbers and dates.

use chrono::{Datelike, NaiveDate};
use js_sys::{Array, Function, Intl, Object, Reflect};
use thiserror::Error;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

use crate::core::dates;
use crate::core::store::KeyValue;
use crate::core::words::{CatalogError, Direction, EnglishRules, Lang, LocaleRules, Plural};
use crate::web::storage::LocalKv;

/// localStorage key of the language the person chose on this device.
pub const LANGUAGE_KEY: &str = "rebound.language";

/// Why a language's words could not be fetched.
#[derive(Debug, Clone, Error, PartialEq, Eq)]
pub enum FetchError {
    /// No network, and no copy kept by the service worker.
    #[error("the request failed")]
    Offline,
    /// The server answered, but not with the file.
    #[error("the server answered {0}")]
    Status(u16),
    /// The answer was not text.
    #[error("the answer was not text")]
    NotText,
    /// The file could not be read whole: not a compiled language file, or one compiled
    /// for another build's messages.
    #[error("the words could not be read: {0}")]
    Unreadable(#[from] CatalogError),
}

impl FetchError {
    /// The file is a newer build's (a tab left open across an update): reloading the page
    /// brings that build, and the language with it.
    pub fn needs_new_version(&self) -> bool {
        matches!(self, FetchError::Unreadable(CatalogError::OtherBuild))
    }
}

/// The language chosen on this device, if one was.
pub fn chosen() -> Option<Lang> {
    let tag = LocalKv::open().get(LANGUAGE_KEY).ok().flatten()?;
    Lang::from_tag(&tag)
}

/// Remembers the choice on this device.
pub fn remember(lang: Lang) {
    // A preference that cannot be stored (private mode, a full disk) only means the
    // browser's languages choose again next time.
    if LocalKv::open().set(LANGUAGE_KEY, lang.tag()).is_err() {
        web_sys::console::warn_1(&"Rebound: the language choice could not be stored".into());
    }
}

/// The browser's languages, most wanted first.
pub fn browser_languages() -> Vec<String> {
    let Some(navigator) = web_sys::window().map(|w| w.navigator()) else {
        return Vec::new();
    };
    let mut tags: Vec<String> = navigator
        .languages()
        .iter()
        .filter_map(|v| v.as_string())
        .collect();
    if tags.is_empty() {
        tags.extend(navigator.language());
    }
    tags
}

/// The language to start in: the one chosen here, else the browser's first that Rebound
/// speaks, else English.
pub fn starting() -> Lang {
    chosen().unwrap_or_else(|| Lang::negotiate(browser_languages().iter().map(String::as_str)))
}

/// Sets the page's `lang` and `dir`, so screen readers, fonts, hyphenation and the layout
/// (logical CSS properties) follow the language.
pub fn apply_to_page(lang: Lang) {
    let Some(root) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
    else {
        return;
    };
    let dir = match lang.direction() {
        Direction::LeftToRight => "ltr",
        Direction::RightToLeft => "rtl",
    };
    for (name, value) in [("lang", lang.tag()), ("dir", dir)] {
        // Left alone when unchanged (between two left-to-right languages, `dir`): a write
        // to the root's attributes is one more thing for the browser to check on a switch.
        if root.get_attribute(name).as_deref() == Some(value) {
            continue;
        }
        if root.set_attribute(name, value).is_err() {
            web_sys::console::warn_1(&format!("Rebound: could not set {name}").into());
        }
    }
    // The installed app's name and description follow (one manifest per language,
    // written by scripts/post_build.mjs; the pseudo-language has none of its own).
    let manifest = match lang {
        Lang::English | Lang::Pseudo => "manifest.webmanifest".to_string(),
        other => format!("manifest.{}.webmanifest", other.tag()),
    };
    let link = root
        .owner_document()
        .and_then(|d| d.query_selector("link[rel=\"manifest\"]").ok().flatten());
    if let Some(link) = link {
        if link.get_attribute("href").as_deref() != Some(manifest.as_str())
            && link.set_attribute("href", &manifest).is_err()
        {
            web_sys::console::warn_1(&"Rebound: could not link the manifest".into());
        }
    }
}

/// The address of a language's words, relative to the page.
pub fn words_url(lang: Lang) -> String {
    format!("locales/{}.json", lang.tag())
}

/// A language's compiled words (tools/locales), from the network or the service worker's
/// copy.
pub async fn fetch_words(lang: Lang) -> Result<String, FetchError> {
    let window = web_sys::window().ok_or(FetchError::Offline)?;
    // Asked of the server each time (a 304 when unchanged), never taken unasked from the
    // HTTP cache, where a host that ignores _headers may have kept an older build's file;
    // the service worker still answers offline.
    let init = web_sys::RequestInit::new();
    init.set_cache(web_sys::RequestCache::NoCache);
    let response = JsFuture::from(window.fetch_with_str_and_init(&words_url(lang), &init))
        .await
        .map_err(|_| FetchError::Offline)?;
    let response: web_sys::Response = response.dyn_into().map_err(|_| FetchError::NotText)?;
    if !response.ok() {
        return Err(FetchError::Status(response.status()));
    }
    let text = response.text().map_err(|_| FetchError::NotText)?;
    JsFuture::from(text)
        .await
        .ok()
        .and_then(|t| t.as_string())
        .ok_or(FetchError::NotText)
}

/// The rules `lang` writes numbers, plurals and dates by: English's own
/// ([`EnglishRules`], which need no `Intl`), or the browser's `Intl` for the others.
pub fn rules_for(lang: Lang) -> Box<dyn LocaleRules> {
    match lang {
        Lang::English | Lang::Pseudo => Box::new(EnglishRules),
        lang => Box::new(IntlRules::new(lang.tag())),
    }
}

/// The browser's `Intl` for one language. Its formatters are made once, when the language
/// is switched to: `Number.toLocaleString(tag)` made one on every call, and a switch on
/// #/skills spent about 12 ms of 4× CPU in `Intl` (now about 3).
struct IntlRules {
    plurals: Intl::PluralRules,
    /// `Intl.NumberFormat`'s bound `format`.
    numbers: Function,
    /// `Intl.DateTimeFormat`'s bound `format`, with the weekday ("sáb, 5 dic 2026").
    days: Function,
}

impl IntlRules {
    fn new(tag: &str) -> IntlRules {
        let locales = Array::of1(&JsValue::from_str(tag));
        let options = Object::new();
        for (name, value) in [
            ("weekday", "short"),
            ("day", "numeric"),
            ("month", "short"),
            ("year", "numeric"),
            ("timeZone", "UTC"),
        ] {
            // Setting a property on a fresh plain object cannot fail.
            Reflect::set(&options, &name.into(), &value.into()).ok();
        }
        IntlRules {
            plurals: Intl::PluralRules::new(&locales, &Object::new()),
            numbers: Intl::NumberFormat::new(&locales, &Object::new()).format(),
            days: Intl::DateTimeFormat::new(&locales, &options).format(),
        }
    }
}

/// What a formatter made of `value`; `None` if it threw (it does not for a finite number
/// or a valid date).
fn formatted(format: &Function, value: &JsValue) -> Option<String> {
    format.call1(&JsValue::UNDEFINED, value).ok()?.as_string()
}

impl LocaleRules for IntlRules {
    fn plural(&self, n: i64) -> Plural {
        let name: String = self.plurals.select(n as f64).into();
        Plural::from_name(&name).unwrap_or(Plural::Other)
    }

    fn number(&self, n: i64) -> String {
        formatted(&self.numbers, &JsValue::from_f64(n as f64)).unwrap_or_else(|| n.to_string())
    }

    fn date(&self, date: NaiveDate) -> String {
        let utc = js_sys::Date::new_0();
        utc.set_utc_full_year_with_month_date(
            date.year() as u32,
            date.month0() as i32,
            date.day() as i32,
        );
        formatted(&self.days, &utc).unwrap_or_else(|| dates::friendly(date))
    }
}
