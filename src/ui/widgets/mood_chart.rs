//! A small line chart of daily mood check-ins, drawn with SVG elements.

use leptos::prelude::*;

use crate::core::words::{Arg, Key};
use crate::ui::words::{t, tf};

use crate::core::plan::MoodCheckIn;
use crate::ui::widgets::fields::MOOD_WORDS;

// Whole-number coordinates in a 3200×1200 box: integers keep float formatting (sizeable
// in the download) out of the app.
const WIDTH: i32 = 3200;
const HEIGHT: i32 = 1200;
const PAD: i32 = 140;

fn y_for(mood: u8) -> i32 {
    HEIGHT - PAD - (HEIGHT - 2 * PAD) * (i32::from(mood) - 1) / 4
}

/// Draws up to the last 30 check-ins, oldest on the left, 1 at the bottom and 5 at the top.
///
/// - `moods`: check-ins in date order.
#[component]
pub fn MoodChart(#[prop(into)] moods: Signal<Vec<MoodCheckIn>>) -> impl IntoView {
    let recent = move || {
        let all = moods.get();
        let skip = all.len().saturating_sub(30);
        all.into_iter().skip(skip).collect::<Vec<_>>()
    };
    let points = move || {
        let list = recent();
        let n = list.len();
        list.iter()
            .enumerate()
            .map(|(i, m)| {
                let x = if n <= 1 {
                    WIDTH / 2
                } else {
                    PAD + (WIDTH - 2 * PAD) * i as i32 / (n as i32 - 1)
                };
                (x, y_for(m.mood), m.clone())
            })
            .collect::<Vec<_>>()
    };
    let summary = move || {
        let list = recent();
        let word = |mood: u8| Arg::key(MOOD_WORDS[usize::from(mood.clamp(1, 5) - 1)]);
        match (list.first(), list.last()) {
            (Some(first), Some(last)) if list.len() > 1 => tf(
                Key::MoodChartSummary,
                &[
                    ("count", Arg::Count(list.len() as i64)),
                    ("first", word(first.mood)),
                    ("first_date", Arg::Date(first.date)),
                    ("last", word(last.mood)),
                    ("last_date", Arg::Date(last.date)),
                ],
            ),
            (Some(only), _) => tf(
                Key::MoodChartOne,
                &[("mood", word(only.mood)), ("date", Arg::Date(only.date))],
            ),
            _ => t(Key::MoodChartNone),
        }
    };
    view! {
        <svg
            class="mood-chart"
            viewBox=format!("0 0 {WIDTH} {HEIGHT}")
            role="img"
            aria-label=summary
        >
            {(1..=5)
                .map(|level| {
                    let y = y_for(level);
                    view! { <line class="grid" x1="0" x2=WIDTH.to_string() y1=y.to_string() y2=y.to_string()></line> }
                })
                .collect_view()}
            <polyline
                class="line"
                points=move || {
                    points()
                        .iter()
                        .map(|(x, y, _)| format!("{x},{y}"))
                        .collect::<Vec<_>>()
                        .join(" ")
                }
            ></polyline>
            {move || {
                points()
                    .into_iter()
                    .map(|(x, y, m)| {
                        view! {
                            <circle class="dot" cx=x.to_string() cy=y.to_string() r="40">
                                <title>{move || tf(Key::MoodChartDot, &[("date", Arg::Date(m.date)), ("mood", Arg::key(MOOD_WORDS[usize::from(m.mood.clamp(1, 5) - 1)]))])}</title>
                            </circle>
                        }
                    })
                    .collect_view()
                    .into_any()
            }}
        </svg>
    }
}
