//! The browser's `Intl` as the app uses it (`web::language::IntlRules`): plural
//! categories, numbers and dates in the four languages.
#![cfg(target_arch = "wasm32")]

use chrono::NaiveDate;
use rebound::core::words::{Lang, LocaleRules, Plural};
use rebound::web::language::IntlRules;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

#[wasm_bindgen_test]
fn plural_categories_follow_cldr_in_the_four_languages() {
    use Plural::*;
    let cases: [(Lang, &[(i64, Plural)]); 4] = [
        (
            Lang::English,
            &[(0, Other), (1, One), (2, Other), (21, Other)],
        ),
        (Lang::German, &[(0, Other), (1, One), (5, Other)]),
        (
            Lang::Spanish,
            &[(0, Other), (1, One), (7, Other), (1_000_000, Many)],
        ),
        (
            Lang::Arabic,
            &[
                (0, Zero),
                (1, One),
                (2, Two),
                (3, Few),
                (10, Few),
                (11, Many),
                (99, Many),
                (100, Other),
                (102, Other),
                (103, Few),
            ],
        ),
    ];
    for (lang, expected) in cases {
        let rules = IntlRules::new(lang);
        for (n, category) in expected {
            assert_eq!(rules.plural(*n), *category, "{lang:?} {n}");
        }
    }
}

#[wasm_bindgen_test]
fn numbers_and_dates_are_written_by_the_locale() {
    assert_eq!(IntlRules::new(Lang::English).number(1234), "1,234");
    assert_eq!(IntlRules::new(Lang::German).number(1234), "1.234");
    let day = NaiveDate::from_ymd_opt(2026, 11, 30).unwrap();
    // English keeps the app's own short form.
    assert_eq!(IntlRules::new(Lang::English).date(day), "Mon 30 Nov 2026");
    let de = IntlRules::new(Lang::German).date(day);
    assert!(
        de.contains("30") && de.contains("Nov") && de.contains("2026"),
        "{de}"
    );
    let es = IntlRules::new(Lang::Spanish).date(day);
    assert!(
        es.contains("30") && es.contains("nov") && es.contains("2026"),
        "{es}"
    );
    let ar = IntlRules::new(Lang::Arabic).date(day);
    assert!(ar.contains("نوفمبر"), "{ar}");
}
