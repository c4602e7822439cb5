//! The boot screen's words: the `boot-…` messages of locales/*.ftl, which index.html shows
//! while the app loads, before any of its code runs (scripts/post_build.mjs copies them
//! into the page). Each is plain text, and where it repeats what the app itself says
//! (the top bar, the step indicator, the welcome's list of steps), it says it word for
//! word in every language, so nothing changes when the app takes over. A translator who
//! changes one and not the other fails here, with both texts.

use std::fs;
use std::rc::Rc;

use chrono::NaiveDate;
use rebound::core::steps::Screen;
use rebound::core::words::{
    Arg, Catalog, Key, Lang, LocaleRules, Messages, Plural, ALL_KEYS, KEY_IDS,
};

/// Numbers as the browser writes them in every language Rebound speaks (Western
/// digits), the only thing the boot screen's copies of the app's words need.
struct Digits;

impl LocaleRules for Digits {
    fn plural(&self, _: i64) -> Plural {
        Plural::Other
    }

    fn number(&self, n: i64) -> String {
        n.to_string()
    }

    fn date(&self, date: NaiveDate) -> String {
        date.to_string()
    }
}

fn messages(lang: Lang) -> Messages {
    let english = Rc::new(Catalog::english());
    let words = if lang == Lang::English {
        english.clone()
    } else {
        let path = format!("locales/{}.ftl", lang.tag());
        let text = fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
        Rc::new(Catalog::parse(&text).0)
    };
    Messages::new(lang, words, english, Box::new(Digits))
}

fn boot_keys() -> impl Iterator<Item = (Key, &'static str)> {
    ALL_KEYS
        .iter()
        .copied()
        .zip(KEY_IDS)
        .filter(|(_, id)| id.starts_with("boot-"))
}

#[test]
fn boot_messages_are_plain_text_on_one_line() {
    let english = Catalog::english();
    assert!(
        boot_keys().count() > 0,
        "no boot-… messages in locales/en.ftl"
    );
    let mut problems = Vec::new();
    for lang in Lang::OFFERED {
        let m = messages(lang);
        for (key, id) in boot_keys() {
            let text = m.text(key);
            if !english.variables(key).is_empty() {
                problems.push(format!("{id}: has variables or a choice"));
            }
            if text.trim().is_empty() || text.contains('\n') {
                problems.push(format!("{}: {id}: not one line of text", lang.tag()));
            }
        }
    }
    assert!(problems.is_empty(), "\n{}", problems.join("\n"));
}

/// Each boot screen message that copies the app's words, and what the app says there.
fn copies(m: &Messages) -> Vec<(Key, String)> {
    let no = || Arg::Ours("no".into());
    // A step's link as the step indicator names it to a screen reader, not yet done.
    let link = |screen: Screen| {
        let name = Arg::Ours(m.text(screen.short_title()));
        match screen.number() {
            Some(n) => m.format(
                Key::StepLinkNumbered,
                &[
                    ("step", Arg::Count(n as i64)),
                    ("name", name),
                    ("done", no()),
                ],
            ),
            None => m.format(Key::StepLink, &[("name", name), ("done", no())]),
        }
    };
    let mut pairs = vec![
        (Key::BootNavLabel, m.text(Key::NavLabel)),
        (Key::BootNavMyPlan, m.text(Key::NavMyPlan)),
        (Key::BootNavShare, m.text(Key::NavShare)),
        (Key::BootNavAbout, m.text(Key::NavAbout)),
        (Key::BootStepsLabel, m.text(Key::StepsLabel)),
        (Key::BootStepStart, m.text(Screen::Start.short_title())),
        (Key::BootStepStart, link(Screen::Start)),
        (Key::BootStepMyPlan, m.text(Screen::Overview.short_title())),
        (Key::BootStepMyPlan, link(Screen::Overview)),
    ];
    for (screen, name, step_link, title) in STEPS {
        pairs.push((name, m.text(screen.short_title())));
        pairs.push((step_link, link(screen)));
        pairs.push((title, m.text(screen.title())));
    }
    pairs
}

/// The six steps, in order: the boot screen's step name, step link and welcome line.
const STEPS: [(Screen, Key, Key, Key); 6] = [
    (
        Screen::Feedback,
        Key::BootStepFeedback,
        Key::BootStepFeedbackLink,
        Key::BootWelcomeFeedback,
    ),
    (
        Screen::Search,
        Key::BootStepSearch,
        Key::BootStepSearchLink,
        Key::BootWelcomeSearch,
    ),
    (
        Screen::Skills,
        Key::BootStepSkills,
        Key::BootStepSkillsLink,
        Key::BootWelcomeSkills,
    ),
    (
        Screen::Fun,
        Key::BootStepFun,
        Key::BootStepFunLink,
        Key::BootWelcomeFun,
    ),
    (
        Screen::Positive,
        Key::BootStepPositive,
        Key::BootStepPositiveLink,
        Key::BootWelcomePositive,
    ),
    (
        Screen::NextJob,
        Key::BootStepNextJob,
        Key::BootStepNextJobLink,
        Key::BootWelcomeNextJob,
    ),
];

#[test]
fn the_boot_screen_lists_the_steps_the_app_has() {
    let listed: Vec<Screen> = STEPS.iter().map(|s| s.0).collect();
    assert_eq!(
        listed,
        Screen::STEPS,
        "the boot screen's steps (index.html too)"
    );
    let mut journey = vec![Screen::Start];
    journey.extend(Screen::STEPS);
    journey.push(Screen::Overview);
    assert_eq!(
        journey,
        Screen::JOURNEY,
        "the step indicator: Start, the steps, My plan"
    );
}

#[test]
fn the_boot_screen_says_what_the_app_says_in_every_language() {
    let mut problems = Vec::new();
    for lang in Lang::OFFERED {
        let m = messages(lang);
        for (key, app) in copies(&m) {
            let boot = m.text(key);
            if boot != app {
                let id = KEY_IDS[key as usize];
                problems.push(format!(
                    "locales/{}.ftl: {id} is {boot:?}, the app says {app:?}",
                    lang.tag()
                ));
            }
        }
    }
    assert!(problems.is_empty(), "\n{}", problems.join("\n"));
}

#[test]
fn the_boot_script_chooses_among_the_languages_the_app_offers() {
    let page = fs::read_to_string("index.html").unwrap();
    let offered: Vec<String> = Lang::OFFERED
        .iter()
        .map(|l| format!("'{}'", l.tag()))
        .collect();
    let list = format!("[{}]", offered.join(", "));
    assert!(
        page.contains(&list),
        "index.html's boot script should offer {list}, as Lang::OFFERED does"
    );
}
