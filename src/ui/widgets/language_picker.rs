//! The language picker, at the foot of every screen.

use std::cell::RefCell;
use std::rc::Rc;

use leptos::prelude::*;

use crate::core::words::{Arg, Catalog, Key, Lang};
use crate::ui::widgets::update_prompt::{offer_update, update_ready, ReloadButton};
use crate::ui::words::{self, tr};
use crate::web::language;

/// Each language by its own name. A choice takes effect at once, with no reload, and is
/// kept on this device only. A language not yet on the device is fetched first; if that
/// fails, the app stays in the language it speaks and says so here; when the file is a
/// newer build's, the new version is offered, with a Reload button here too once it is
/// ready.
#[component]
pub fn LanguagePicker() -> impl IntoView {
    let chosen = RwSignal::new(words::current_lang_untracked());
    let failed = RwSignal::new(None::<(Lang, language::FetchError)>);
    let pick = move |lang: Lang| {
        failed.set(None);
        chosen.set(lang);
        language::remember(lang);
        leptos::task::spawn_local(async move {
            match load(lang).await {
                Ok(words) => words::switch(lang, words),
                Err(error) => {
                    if error.needs_new_version() {
                        offer_update();
                    }
                    failed.set(Some((lang, error)));
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
            {move || failed.get().map(|(lang, error)| {
                let language = [("language", Arg::Ours(lang.own_name().into()))];
                if error.needs_new_version() {
                    view! {
                        <p class="field-error" role="alert">{words::tf(Key::LanguageWithNewVersion, &language)}</p>
                        {move || update_ready().then(|| view! { <ReloadButton /> })}
                    }.into_any()
                } else {
                    view! {
                        <p class="field-error" role="alert">{words::tf(Key::LanguageUnavailable, &language)}</p>
                    }.into_any()
                }
            })}
        </div>
    }
}

/// The words of `lang`: none to fetch for English (compiled in), else its file, read once
/// (a message the file gets wrong is said in English instead) and kept for this visit, so
/// going back to a language is instant.
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
    // the wrong messages: it is refused whole, and the new build offered.
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
