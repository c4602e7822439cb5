//! A link ready to send: the link itself in a read-only box with its length, the system
//! share sheet (where there is one) or the clipboard, and a QR code on request. Used for
//! share links and for review replies.

use leptos::prelude::*;

use crate::core::words::{Arg, Key};
use crate::ui::words::{self, t, tf, tr};
use leptos::task::spawn_local;

use super::qr::QrCodeView;
use crate::web::browser;

/// Links longer than this start to break in chat apps and dense QR codes.
pub const COMFORTABLE_LINK_CHARS: usize = 2_000;

/// - `link`: the whole link.
/// - `label`: the link box's label ("Your share link").
/// - `share_title`: the title the share sheet gives it.
/// - `qr_hint`: what scanning the QR code does.
/// - `qr_label`: the QR code's accessible name.
/// - `on_sent`: called when the person copied or shared the link.
#[component]
pub fn LinkSender(
    #[prop(into)] link: Signal<String>,
    label: Key,
    share_title: Key,
    qr_hint: Key,
    qr_label: Key,
    #[prop(optional)] on_sent: Option<Callback<()>>,
) -> impl IntoView {
    let id = super::fields::unique_id("link");
    let length = move || link.get().chars().count();
    let sent = RwSignal::new(None::<Key>);
    let copy = move |_| {
        let url = link.get_untracked();
        spawn_local(async move {
            sent.set(Some(match browser::copy_text(&url).await {
                Ok(()) => {
                    if let Some(done) = on_sent {
                        done.run(());
                    }
                    Key::WidgetLinkCopied
                }
                Err(e) => e.message(),
            }));
        });
    };
    let share_sheet = move |_| {
        let url = link.get_untracked();
        spawn_local(async move {
            match browser::share_link(&words::t(share_title), &url).await {
                Ok(()) => {
                    if let Some(done) = on_sent {
                        done.run(());
                    }
                }
                Err(e) => sent.set(Some(e.message())),
            }
        });
    };
    view! {
        <div class="field">
            <label for=id.clone()>{tr(label)}</label>
            <textarea id=id class="link-box" rows="4" readonly prop:value=move || link.get()></textarea>
            <p class="meta" aria-live="polite">
                {move || tf(Key::WidgetLinkLength, &[("count", Arg::Count(length() as i64))])}
            </p>
            {move || (length() > COMFORTABLE_LINK_CHARS).then(|| view! {
                <p class="banner warning">
                    {move || tf(Key::WidgetLinkLong, &[("max", Arg::Count(COMFORTABLE_LINK_CHARS as i64))])}
                </p>
            }.into_any())}
        </div>
        <div class="actions">
            {browser::can_share().then(|| view! {
                <button type="button" class="button primary" on:click=share_sheet>{tr(Key::WidgetShare)}</button>
            })}
            <button type="button" class="button" class:primary=!browser::can_share() on:click=copy>{tr(Key::WidgetCopyLink)}</button>
        </div>
        <p class="confirm" role="status">{move || sent.get().map(t)}</p>
        <details class="more">
            <summary>{tr(Key::WidgetShowQr)}</summary>
            <p class="hint">{tr(qr_hint)}</p>
            <QrCodeView text=link label=qr_label />
        </details>
    }
}
