//! The language picker, at the foot of every screen.

use std::cell::RefCell;
use std::rc::Rc;

use leptos::prelude::*;

use crate::core::words::{Catalog, Key, Lang};
use crate::ui::words::{self, tr};
use crate::web::language;

/// Each language by its own name. A choice takes effect at once, with no reload, and is
/// kept on this device only. A language not yet on the device is fetched first; if that
/// fails, the app stays in the language it speaks and says so here.
#[component]
pub fn LanguagePicker() -> impl IntoView {
    let chosen = RwSignal::new(words::current_lang_untracked());
    let failed = RwSignal::new(None::<Lang>);
    let pick = move |lang: Lang| {
        failed.set(None);
        chosen.set(lang);
        language::remember(lang);
        leptos::task::spawn_local(async move {
            match load(lang).await {
                Ok(words) => words::switch(lang, words),
                Err(_) => {
                    failed.set(Some(lang));
                    chosen.set(words::current_lang_untracked());
                }
            }
        });
    };
    view! {
        <div class="field compact language-picker">
            <label for="language-choice">{tr(Key::LanguageLabel)}</label>
            <select
                id="language-choice"
                on:change=move |ev| {
                    if let Some(lang) = Lang::from_tag(&event_target_value(&ev)) {
                        pick(lang);
                    }
                }
            >
                {Lang::OFFERED
                    .into_iter()
                    .map(|lang| view! {
                        <option value=lang.tag() lang=lang.tag() selected=move || chosen.get() == lang>
                            {lang.own_name()}
                        </option>
                    })
                    .collect_view()}
            </select>
            {move || failed.get().map(|lang| view! {
                <p class="field-error" role="alert">
                    {words::tf(Key::LanguageUnavailable, &[("language", crate::core::words::Arg::Ours(lang.own_name().into()))])}
                </p>
            })}
        </div>
    }
}

/// The words of `lang`: none to fetch for English (compiled in),
/// else its file, read once (a message the file gets wrong is said in English instead)
/// and kept for this visit, so going back to a language is instant.
pub async fn load(lang: Lang) -> Result<Option<Rc<Catalog>>, language::FetchError> {
    thread_local! {
        static READ: RefCell<Vec<(Lang, Rc<Catalog>)>> = const { RefCell::new(Vec::new()) };
    }
    if lang == Lang::English {
        return Ok(None);
    }
    if let Some(kept) = READ.with(|read| {
        read.borrow()
            .iter()
            .find(|(l, _)| *l == lang)
            .map(|(_, c)| c.clone())
    }) {
        return Ok(Some(kept));
    }
    let text = language::fetch_words(lang).await?;
    // A file of another build (a tab left open across an update) would put its words on
    // the wrong messages: the language is unavailable until the page runs the new build.
    let (catalog, errors) = Catalog::from_json(&text)?;
    for error in errors {
        web_sys::console::warn_1(
            &format!("Rebound: {}: {error}", language::words_url(lang)).into(),
        );
    }
    let catalog = Rc::new(catalog);
    READ.with(|read| read.borrow_mut().push((lang, catalog.clone())));
    Ok(Some(catalog))
}
