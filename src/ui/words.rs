//! The app's words on screen: the language in use, and the helpers views say a message
//! with. A change of language re-renders only the text that reads it, in place, with no
//! reload: every helper here tracks one trigger, notified when the language changes.

use std::cell::RefCell;
use std::rc::Rc;

use leptos::prelude::*;

use crate::core::words::{Catalog, Key, Lang, Messages, Phrase, Var};
use crate::web::language;

thread_local! {
    static ENGLISH: Rc<Catalog> = Rc::new(Catalog::english());
    static CURRENT: RefCell<Rc<Messages>> = RefCell::new(Rc::new(messages(Lang::English, None)));
    static CHANGED: ArcTrigger = ArcTrigger::new();
}

fn messages(lang: Lang, words: Option<Rc<Catalog>>) -> Messages {
    let english = ENGLISH.with(Rc::clone);
    Messages::new(
        lang,
        words.unwrap_or_else(|| english.clone()),
        english,
        language::rules_for(lang),
    )
}

/// The language in use, tracked: a closure that reads it runs again when it changes.
pub fn current() -> Rc<Messages> {
    CHANGED.with(|t| t.track());
    CURRENT.with(|m| m.borrow().clone())
}

/// The language in use, untracked.
pub fn current_lang_untracked() -> Lang {
    CURRENT.with(|m| m.borrow().lang())
}

/// Speaks `lang` from now on: its words (`None` for English, which needs no file), the
/// page's `lang` and `dir`, every message on screen.
pub fn switch(lang: Lang, words: Option<Rc<Catalog>>) {
    let next = Rc::new(messages(lang, words));
    CURRENT.with(|m| *m.borrow_mut() = next);
    language::apply_to_page(lang);
    CHANGED.with(|t| t.notify());
}

/// The words of `lang`, for something written in another language than the app's (a
/// feedback request for an employer who reads another): fetched when not on the device,
/// with English for any message the language lacks. The app's own language is unchanged.
pub async fn messages_for(lang: Lang) -> Result<Rc<Messages>, language::FetchError> {
    let words = crate::ui::widgets::language_picker::load(lang).await?;
    Ok(Rc::new(messages(lang, words)))
}

/// A message with no variables, as text (tracked).
pub fn t(key: Key) -> String {
    current().text(key)
}

/// A message with variables, as plain text; what someone wrote is isolated (tracked).
pub fn tf(key: Key, vars: &[Var]) -> String {
    current().format(key, vars)
}

/// A message with variables as a [`Phrase`], for `<Words>` to draw (tracked).
pub fn phrase(key: Key, vars: &[Var]) -> Phrase {
    current().phrase(key, vars)
}

/// A message with no variables that follows the language, as a view (`{tr(key)}`) or an
/// attribute's value (`aria-label=tr(key)`). Every message is the same closure type, so
/// the download carries the code that renders it once, not once per message (returning
/// `AnyView` instead cost 5.6 KB gzip).
pub fn tr(key: Key) -> impl Fn() -> String + Copy + Send + Sync + 'static {
    move || t(key)
}
