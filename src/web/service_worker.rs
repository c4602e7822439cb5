//! The service worker (`sw.js`) from the page's side, and persistent storage.
//!
//! - [`register`] registers `./sw.js` with scope `./` (relative, so the app works under a
//!   sub-path) and reports when a new version is installed and waiting. The worker never
//!   takes over by itself.
//! - [`apply_update`] asks the waiting worker to take over (`{type: 'SKIP_WAITING'}`) and
//!   reloads the page once it has (`controllerchange`). The caller saves first.
//! - [`request_persistence`] asks the browser, once, not to clear the app's storage.
//!
//! Where there is no service worker (an insecure context, an old browser) the app simply
//! runs online.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use js_sys::{Object, Reflect};
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::{spawn_local, JsFuture};
use web_sys::{
    RegistrationOptions, ServiceWorker, ServiceWorkerContainer, ServiceWorkerRegistration,
    ServiceWorkerState,
};

/// The worker script and its scope, relative to the page.
const SCRIPT_URL: &str = "./sw.js";
const SCOPE: &str = "./";
/// After asking the worker to take over, reload anyway if it has not within this time.
const TAKEOVER_TIMEOUT_MS: i32 = 8_000;
/// How often, at most, to look for a new version when the app comes back into view.
const UPDATE_CHECK_EVERY_MS: f64 = 30.0 * 60.0 * 1000.0;

thread_local! {
    static REGISTRATION: RefCell<Option<ServiceWorkerRegistration>> = const { RefCell::new(None) };
    /// Set when the person asked for the new version: the next controllerchange reloads.
    static RELOAD_WANTED: Cell<bool> = const { Cell::new(false) };
    static RELOADING: Cell<bool> = const { Cell::new(false) };
    /// Set when a new version was asked for before the worker's registration was known.
    static LOOK_WANTED: Cell<bool> = const { Cell::new(false) };
}

/// What the browser said about keeping the app's storage.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Persistence {
    /// The browser will not clear it to free up space.
    Granted,
    /// Best effort: it may be cleared when the device runs short of space.
    NotGranted,
    /// This browser cannot be asked.
    NotSupported,
}

fn has(target: &JsValue, name: &str) -> bool {
    Reflect::has(target, &JsValue::from_str(name)).unwrap_or(false)
}

fn container() -> Option<ServiceWorkerContainer> {
    let navigator = web_sys::window()?.navigator();
    // Absent outside secure contexts (plain http on another machine) and in old browsers.
    has(&navigator, "serviceWorker").then(|| navigator.service_worker())
}

fn reload() {
    if RELOADING.with(|r| r.replace(true)) {
        return;
    }
    if let Some(w) = web_sys::window() {
        let _ = w.location().reload();
    }
}

/// Registers the service worker. `on_update_ready` runs when a new version of the app is
/// ready and waiting for the person's go-ahead (at most once per new worker; it may also
/// run when another tab has already switched to the new version).
pub fn register(on_update_ready: impl Fn() + 'static) {
    let Some(container) = container() else {
        return;
    };
    let on_update_ready: Rc<dyn Fn()> = Rc::new(on_update_ready);

    // A page that already had a worker, and sees a new one take control without having
    // asked for it, is running old code under a new version (another tab said yes): it
    // offers the reload too. The first worker ever taking control is not an update.
    let had_controller = Rc::new(Cell::new(container.controller().is_some()));
    {
        let on_update_ready = on_update_ready.clone();
        let had_controller = had_controller.clone();
        let on_change = Closure::<dyn FnMut()>::new(move || {
            if RELOAD_WANTED.with(Cell::get) {
                reload();
            } else if had_controller.replace(true) {
                on_update_ready();
            }
        });
        let _ = container.add_event_listener_with_callback(
            "controllerchange",
            on_change.as_ref().unchecked_ref(),
        );
        on_change.forget(); // lives as long as the page
    }

    spawn_local(async move {
        let options = RegistrationOptions::new();
        options.set_scope(SCOPE);
        let registered =
            JsFuture::from(container.register_with_options(SCRIPT_URL, &options)).await;
        let registration = match registered {
            Ok(value) if value.is_instance_of::<ServiceWorkerRegistration>() => {
                value.unchecked_into::<ServiceWorkerRegistration>()
            }
            // Refused, or not a registration at all (an extension or a test harness that
            // stubs register()).
            Ok(other) | Err(other) => {
                web_sys::console::warn_2(&"Rebound: offline use is not available:".into(), &other);
                return;
            }
        };
        REGISTRATION.with(|r| *r.borrow_mut() = Some(registration.clone()));
        if LOOK_WANTED.with(Cell::take) {
            look(&registration);
        }

        // A new version that finished installing before this page opened.
        if registration.waiting().is_some() && container.controller().is_some() {
            on_update_ready();
        }

        // A new version found while the page is open: ready once it is installed.
        let found_registration = registration.clone();
        let found_container = container.clone();
        let on_found = Closure::<dyn FnMut()>::new(move || {
            let Some(worker) = found_registration.installing() else {
                return;
            };
            let watched = worker.clone();
            let on_update_ready = on_update_ready.clone();
            let container = found_container.clone();
            let on_state = Closure::<dyn FnMut()>::new(move || {
                // Without a controller this is the first install, not an update.
                if watched.state() == ServiceWorkerState::Installed
                    && container.controller().is_some()
                {
                    on_update_ready();
                }
            });
            worker.set_onstatechange(Some(on_state.as_ref().unchecked_ref()));
            on_state.forget(); // one small closure per new version found
        });
        registration.set_onupdatefound(Some(on_found.as_ref().unchecked_ref()));
        on_found.forget();

        watch_for_updates(registration);
    });
}

/// Phones keep an installed app open for days without navigating: look for a new version
/// when it comes back into view, at most every half hour.
fn watch_for_updates(registration: ServiceWorkerRegistration) {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let last_check = Cell::new(js_sys::Date::now());
    let doc = document.clone();
    let on_visible = Closure::<dyn FnMut()>::new(move || {
        let now = js_sys::Date::now();
        if doc.visibility_state() != web_sys::VisibilityState::Visible
            || now - last_check.get() < UPDATE_CHECK_EVERY_MS
        {
            return;
        }
        last_check.set(now);
        look(&registration);
    });
    let _ = document
        .add_event_listener_with_callback("visibilitychange", on_visible.as_ref().unchecked_ref());
    on_visible.forget();
}

/// Asks the browser to fetch the worker's script again; a new version found is offered
/// once installed (`on_update_ready`).
fn look(registration: &ServiceWorkerRegistration) {
    if let Ok(promise) = registration.update() {
        spawn_local(async move {
            // Offline, or the server is away: the next look may find it.
            if let Err(why) = JsFuture::from(promise).await {
                web_sys::console::warn_2(&"Rebound: no new version found just now:".into(), &why);
            }
        });
    }
}

/// A file of a newer version was seen: looks for that version now, and returns whether a
/// worker is in charge of the page. If one is, a reload before the new version is
/// installed would bring back the version it keeps, so the new one is offered as any
/// update is, once installed; if none is, a reload fetches the new version itself.
pub fn look_for_update() -> bool {
    let Some(container) = container() else {
        return false;
    };
    if container.controller().is_none() {
        return false;
    }
    match REGISTRATION.with(|r| r.borrow().clone()) {
        Some(registration) => look(&registration),
        None => LOOK_WANTED.with(|l| l.set(true)),
    }
    true
}

/// The new version's worker, if one is installed and waiting.
fn waiting_worker() -> Option<ServiceWorker> {
    REGISTRATION
        .with(|r| {
            r.borrow()
                .as_ref()
                .and_then(ServiceWorkerRegistration::waiting)
        })
        .filter(|w| w.state() == ServiceWorkerState::Installed)
}

/// Switches to the new version: tells the waiting worker to take over and reloads the
/// page when it has. Save the plan before calling this. With no worker waiting (another
/// tab has already switched), it just reloads.
pub fn apply_update() {
    let Some(worker) = waiting_worker() else {
        reload();
        return;
    };
    RELOAD_WANTED.with(|r| r.set(true));
    let message = Object::new();
    let _ = Reflect::set(&message, &"type".into(), &"SKIP_WAITING".into());
    if worker.post_message(&message).is_err() {
        reload();
        return;
    }
    // Should the worker never take over (it failed, or went away), reload anyway: the page
    // then comes back on the version that is still in charge, and offers the update again.
    if let Some(w) = web_sys::window() {
        let fallback = Closure::once_into_js(reload);
        let _ = w.set_timeout_with_callback_and_timeout_and_arguments_0(
            fallback.unchecked_ref(),
            TAKEOVER_TIMEOUT_MS,
        );
    }
}

/// Asks the browser once to keep the app's storage even when space runs short (some
/// browsers decide by themselves, some ask the person), and says what it answered.
pub async fn request_persistence() -> Persistence {
    let Some(navigator) = web_sys::window().map(|w| w.navigator()) else {
        return Persistence::NotSupported;
    };
    if !has(&navigator, "storage") {
        return Persistence::NotSupported;
    }
    let storage = navigator.storage();
    if !has(&storage, "persist") {
        return Persistence::NotSupported;
    }
    // Already granted: no need to ask again.
    if let Ok(promise) = storage.persisted() {
        if JsFuture::from(promise).await.ok().and_then(|v| v.as_bool()) == Some(true) {
            return Persistence::Granted;
        }
    }
    match storage.persist() {
        Ok(promise) => match JsFuture::from(promise).await.ok().and_then(|v| v.as_bool()) {
            Some(true) => Persistence::Granted,
            Some(false) => Persistence::NotGranted,
            None => Persistence::NotSupported,
        },
        Err(_) => Persistence::NotSupported,
    }
}
