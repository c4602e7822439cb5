//! A QR code drawn as SVG elements from the QR matrix (never injected markup).

use leptos::prelude::*;

use crate::core::words::Key;
use crate::ui::words::tr;
use qrcodegen::{QrCode, QrCodeEcc};

/// The dark modules of a QR code as one SVG path: a unit square per dark module, with
/// runs along a row merged into one rectangle.
fn modules_path(code: &QrCode) -> String {
    let size = code.size();
    let mut d = String::new();
    for y in 0..size {
        let mut x = 0;
        while x < size {
            if code.get_module(x, y) {
                let start = x;
                while x < size && code.get_module(x, y) {
                    x += 1;
                }
                d.push_str(&format!("M{start} {y}h{}v1h-{}z", x - start, x - start));
            } else {
                x += 1;
            }
        }
    }
    d
}

/// A QR code for `text`, or a note when it is too long to fit in one.
///
/// - `text`: what the code holds (a share link).
/// - `label`: the accessible name of the picture.
#[component]
pub fn QrCodeView(#[prop(into)] text: Signal<String>, label: Key) -> impl IntoView {
    let code = Memo::new(move |_| {
        QrCode::encode_text(&text.get(), QrCodeEcc::Low)
            .ok()
            .map(|code| (code.size(), modules_path(&code)))
    });
    move || match code.get() {
        Some((size, path)) => {
            let border = 4;
            let view_box = format!(
                "{} {} {} {}",
                -border,
                -border,
                size + 2 * border,
                size + 2 * border
            );
            view! {
                    <svg class="qr" viewBox=view_box role="img" aria-label=tr(label) shape-rendering="crispEdges">
                        <rect
                            x=(-border).to_string()
                            y=(-border).to_string()
                            width=(size + 2 * border).to_string()
                            height=(size + 2 * border).to_string()
                            fill="#ffffff"
                        ></rect>
                        <path d=path fill="#000000"></path>
                    </svg>
                }
                .into_any()
        }
        None => view! { <p class="hint">{tr(Key::WidgetQrTooLong)}</p> }.into_any(),
    }
}
