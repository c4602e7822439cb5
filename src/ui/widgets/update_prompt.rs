//! Offline support in the UI: the "new version is ready" prompt and the line that says
//! whether the browser keeps the plan's storage.
//!
//! [`start`] runs once, from `mount()`, before the app is on screen: it registers the
//! service worker and asks for persistent storage. [`UpdatePrompt`] goes in the shell;
//! [`PersistenceStatus`] can go on any screen (the About screen).

use std::sync::OnceLock;

use leptos::prelude::*;
use wasm_bindgen_futures::spawn_local;

use crate::core::words::Key;
use crate::ui::state::AppState;
use crate::ui::words::{t, tr};
use crate::web::service_worker::{self, Persistence};

/// What the rest of the page needs to know, shared by the widgets below.
struct OfflineState {
    /// A new version of the app is installed and waiting for the person's go-ahead.
    update_ready: ArcRwSignal<bool>,
    /// The browser's answer about persistent storage; `None` while it is being asked.
    persistence: ArcRwSignal<Option<Persistence>>,
}

fn offline_state() -> &'static OfflineState {
    static STATE: OnceLock<OfflineState> = OnceLock::new();
    STATE.get_or_init(|| OfflineState {
        update_ready: ArcRwSignal::new(false),
        persistence: ArcRwSignal::new(None),
    })
}

/// Registers the service worker and asks once for persistent storage. Call once, when
/// the app starts.
pub fn start() {
    let state = offline_state();
    let update_ready = state.update_ready.clone();
    service_worker::register(move || update_ready.set(true));
    let persistence = state.persistence.clone();
    spawn_local(async move {
        persistence.set(Some(service_worker::request_persistence().await));
    });
}

/// The browser's answer about persistent storage (`None` while it is being asked), for
/// any component that wants more than [`PersistenceStatus`].
pub fn use_persistence() -> Signal<Option<Persistence>> {
    let persistence = offline_state().persistence.clone();
    Signal::derive(move || persistence.get())
}

/// Offers the new version, when the page learns of it otherwise than from the service
/// worker (a language file of a newer build): at once when no worker keeps the app (a
/// reload fetches it), else once the worker has installed it.
pub fn offer_update() {
    if !service_worker::look_for_update() {
        offline_state().update_ready.set(true);
    }
}

/// Whether a new version is ready to reload into (tracked).
pub fn update_ready() -> bool {
    offline_state().update_ready.get()
}

/// A calm banner, shown when a new version of Rebound is ready, with its [`ReloadButton`].
#[component]
pub fn UpdatePrompt() -> impl IntoView {
    view! {
        // The live region is always there, so screen readers announce what appears in it.
        <div class="update-prompt" role="status" aria-live="polite">
            {move || update_ready().then(|| view! {
                <div class="banner">
                    <p>{tr(Key::WidgetUpdateReady)}</p>
                    <ReloadButton />
                </div>
            })}
        </div>
    }
}

/// "Reload": saves the plan, lets a new version that waits take over, and reloads the
/// page (on the newest version the browser has).
#[component]
pub fn ReloadButton() -> impl IntoView {
    let app = expect_context::<AppState>();
    let reloading = RwSignal::new(false);
    let reload = move |_| {
        if reloading.get_untracked() {
            return;
        }
        reloading.set(true);
        app.save_now();
        service_worker::apply_update();
    };
    view! {
        <button type="button" class="button primary" on:click=reload disabled=move || reloading.get()>
            {move || t(if reloading.get() { Key::WidgetUpdateReloading } else { Key::WidgetUpdateReload })}
        </button>
    }
}

/// One line for the About screen: "Storage on this device: …", saying whether the browser
/// has agreed to keep the plan.
#[component]
pub fn PersistenceStatus() -> impl IntoView {
    let persistence = use_persistence();
    view! {
        <p class="storage-status">
            <strong>{tr(Key::WidgetStorageLabel)}</strong>
            {move || t(match persistence.get() {
                None => Key::WidgetStorageChecking,
                Some(Persistence::Granted) => Key::WidgetStorageGranted,
                Some(Persistence::NotGranted) => Key::WidgetStorageNotGranted,
                Some(Persistence::NotSupported) => Key::WidgetStorageNotSupported,
            })}
        </p>
    }
}
