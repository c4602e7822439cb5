//! Mounts the app. All of the app lives in the library.

#[cfg(target_arch = "wasm32")]
fn main() {
    rebound::ui::app::mount();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("Rebound runs in the browser: see the README to build and serve it.");
}
