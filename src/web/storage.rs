//! localStorage as a [`KeyValue`] store, through gloo-storage.

use gloo_storage::{LocalStorage, Storage};
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

    /// Removes a key (used when the person dismisses kept text they have downloaded).
    pub fn remove(&self, key: &str) -> Result<(), KvError> {
        self.storage()?.remove_item(key).map_err(to_kv_error)
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

impl KeyValue for LocalKv {
    fn get(&self, key: &str) -> Result<Option<String>, KvError> {
        self.storage()?.get_item(key).map_err(to_kv_error)
    }

    fn set(&self, key: &str, value: &str) -> Result<(), KvError> {
        self.storage()?.set_item(key, value).map_err(to_kv_error)
    }
}
