//! Parts of a screen that wait for the next task after the screen's first frame.
//!
//! Opening a step builds the whole step in one task, and most of it lies below the fold
//! on a phone (measured: 45–80 % of each step's elements). Building the top first and the
//! rest right after the first frame shows the step sooner and keeps each task short:
//! opening Skills with a large plan at 4× CPU went from one 200 ms task to two (see
//! BENCHMARKS.md, issue 18).

use std::time::Duration;

use leptos::prelude::*;

/// Renders `children` in a task of its own, after the frame that shows what comes before
/// it. Nothing of it is lost if the screen is left first.
///
/// - `children`: what to render once the first frame is done.
#[component]
pub fn Deferred(children: Children) -> impl IntoView {
    let ready = RwSignal::new(false);
    request_animation_frame(move || {
        set_timeout(
            move || {
                // The screen may have been left meanwhile; then there is nothing to show.
                ready.try_set(true);
            },
            Duration::ZERO,
        );
    });
    let children = StoredValue::new_local(Some(children));
    move || {
        ready.get().then(|| {
            children
                .try_update_value(Option::take)
                .flatten()
                .map(|build| build())
        })
    }
}
