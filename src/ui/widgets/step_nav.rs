//! The step indicator and the previous/next links.

use leptos::prelude::*;

use crate::core::words::{Arg, Key};
use crate::ui::words::{self, t, tf, tr};

use crate::core::steps::Screen;
use crate::ui::state::use_app;
use crate::ui::widgets::plan_memo;

/// The journey as a list of links, with the current step marked and finished steps
/// ticked, plus a progress summary.
#[component]
pub fn StepIndicator() -> impl IntoView {
    let app = use_app();
    let done_count = plan_memo(app, Screen::steps_done);
    let shown = plan_memo(app, move |p| {
        app.screen.get().shows_progress(p, app.today())
    });
    view! {
        <nav class="steps" aria-label=tr(Key::StepsLabel)>
            <p class="steps-summary">
                // No bare zero: the count shows once a step is done.
                {move || (shown.get() && done_count.get() > 0).then(|| tf(Key::StepsDone, &[("done", Arg::Count(done_count.get() as i64))]))}
            </p>
            <ol>
                {Screen::JOURNEY
                    .iter()
                    .map(|screen| {
                        let screen = *screen;
                        let done = plan_memo(app, move |p| screen.is_done(p));
                        view! {
                            <li class:done=move || done.get() class:current=move || app.screen.get() == screen>
                                <a
                                    href=screen.href()
                                    aria-current=move || (app.screen.get() == screen).then_some("step")
                                    aria-label=move || {
                                        let name = Arg::Ours(t(screen.short_title()));
                                        let done = Arg::Ours(if done.get() { "yes" } else { "no" }.into());
                                        match screen.number() {
                                            Some(n) => tf(Key::StepLinkNumbered, &[("step", Arg::Count(n as i64)), ("name", name), ("done", done)]),
                                            None => tf(Key::StepLink, &[("name", name), ("done", done)]),
                                        }
                                    }
                                >
                                    <span class="step-mark" aria-hidden="true">
                                        {move || match (done.get(), screen.number()) {
                                            (true, _) => "✓".to_string(),
                                            (false, Some(n)) => words::current().number(n as i64),
                                            (false, None) if screen == Screen::Start => "•".to_string(),
                                            (false, None) => "★".to_string(),
                                        }}
                                    </span>
                                    // A space, so the visible text reads "3 Skills", as in
                                    // the name (WCAG 2.5.3, label in name).
                                    " "
                                    <span class="step-name">{tr(screen.short_title())}</span>
                                </a>
                            </li>
                        }
                    })
                    .collect_view()}
            </ol>
        </nav>
    }
}

/// Previous and next links at the foot of a screen.
#[component]
pub fn PrevNext() -> impl IntoView {
    let app = use_app();
    view! {
        <nav class="prev-next" aria-label=tr(Key::PrevNextLabel)>
            {move || {
                let (prev, next) = app.screen.get().neighbours();
                view! {
                    {prev.map(|s| view! {
                        <a class="button" href=s.href() rel="prev">
                            {tf(Key::PreviousStep, &[("name", Arg::Ours(t(s.short_title())))])}
                        </a>
                    })}
                    <span class="spacer"></span>
                    {next.map(|s| view! {
                        <a class="button primary" href=s.href() rel="next">
                            {tf(Key::NextStep, &[("name", Arg::Ours(t(s.short_title())))])}
                        </a>
                    })}
                }
                .into_any()
            }}
        </nav>
    }
}
