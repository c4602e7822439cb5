//! localStorage as a [`KeyValue`] store, through gloo-storage.

use gloo_storage::{LocalStorage, Storage};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use crate::core::store::{KeyValue, KvError};

/// The browser's localStorage, or nothing when the browser refuses it (some private
/// modes, disabled storage, sandboxed frames).
pub struct LocalKv {
    storage: Option<web_sys::Storage>,
}

impl LocalKv {
    /// Opens localStorage, checking first that it exists and can be touched: gloo's own
    /// accessor throws when it is missing.
    pub fn open() -> Self {
        let usable = web_sys::window()
            .and_then(|w| w.local_storage().ok().flatten())
            .is_some();
        LocalKv {
            storage: usable.then(LocalStorage::raw),
        }
    }

    /// True when the browser gave us a storage.
    pub fn is_available(&self) -> bool {
        self.storage.is_some()
    }

    /// The text under `key` as the browser holds it (a Rust `String` would replace lone
    /// UTF-16 surrogates), to offer it for download exactly.
    pub fn get_exact(&self, key: &str) -> Result<Option<js_sys::JsString>, KvError> {
        let value = get_item_exact(self.storage()?, key).map_err(to_kv_error)?;
        Ok(value.dyn_into::<js_sys::JsString>().ok())
    }

    fn storage(&self) -> Result<&web_sys::Storage, KvError> {
        self.storage.as_ref().ok_or(KvError::Unavailable)
    }
}

fn to_kv_error(error: wasm_bindgen::JsValue) -> KvError {
    match error.dyn_ref::<web_sys::DomException>() {
        Some(e) if e.name() == "QuotaExceededError" || e.code() == 22 => KvError::Full,
        Some(e) if e.name() == "SecurityError" => KvError::Unavailable,
        Some(e) => KvError::Other(e.message()),
        None => KvError::Other("unknown storage error".into()),
    }
}

// getItem and setItem on browser strings, never converted to Rust strings on the way.
#[wasm_bindgen]
extern "C" {
    /// A `Storage`, seen through methods that keep values as browser strings.
    type ExactStorage;
    #[wasm_bindgen(method, catch, js_name = getItem)]
    fn get_item(this: &ExactStorage, key: &str) -> Result<JsValue, JsValue>;
    #[wasm_bindgen(method, catch, js_name = setItem)]
    fn set_item(this: &ExactStorage, key: &str, value: &JsValue) -> Result<(), JsValue>;
}

fn get_item_exact(storage: &web_sys::Storage, key: &str) -> Result<JsValue, JsValue> {
    storage.unchecked_ref::<ExactStorage>().get_item(key)
}

fn set_item_exact(storage: &web_sys::Storage, key: &str, value: &JsValue) -> Result<(), JsValue> {
    storage.unchecked_ref::<ExactStorage>().set_item(key, value)
}

impl KeyValue for LocalKv {
    fn get(&self, key: &str) -> Result<Option<String>, KvError> {
        self.storage()?.get_item(key).map_err(to_kv_error)
    }

    fn set(&self, key: &str, value: &str) -> Result<(), KvError> {
        self.storage()?.set_item(key, value).map_err(to_kv_error)
    }

    fn remove(&self, key: &str) -> Result<(), KvError> {
        self.storage()?.remove_item(key).map_err(to_kv_error)
    }

    fn keys(&self) -> Result<Vec<String>, KvError> {
        let storage = self.storage()?;
        let count = storage.length().map_err(to_kv_error)?;
        let mut keys = Vec::with_capacity(count as usize);
        for i in 0..count {
            if let Some(key) = storage.key(i).map_err(to_kv_error)? {
                keys.push(key);
            }
        }
        Ok(keys)
    }

    fn copy(&self, from: &str, to: &str) -> Result<(), KvError> {
        let storage = self.storage()?;
        let value = get_item_exact(storage, from).map_err(to_kv_error)?;
        if value.is_null() {
            return storage.remove_item(to).map_err(to_kv_error);
        }
        set_item_exact(storage, to, &value).map_err(to_kv_error)
    }

    fn same(&self, a: &str, b: &str) -> Result<bool, KvError> {
        let storage = self.storage()?;
        let a = get_item_exact(storage, a).map_err(to_kv_error)?;
        let b = get_item_exact(storage, b).map_err(to_kv_error)?;
        Ok(a == b)
    }
}
