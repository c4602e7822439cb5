//! The rules each language writes plurals, numbers and dates by, as the app uses them
//! (`web::language::rules_for`): the browser's `Intl`, and English's own rules, which must
//! write what `Intl` would.
#![cfg(target_arch = "wasm32")]

use chrono::NaiveDate;
use rebound::core::words::{Lang, Plural};
use rebound::web::language::rules_for;
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
        let rules = rules_for(lang);
        for (n, category) in expected {
            assert_eq!(rules.plural(*n), *category, "{lang:?} {n}");
        }
    }
}

#[wasm_bindgen_test]
fn numbers_and_dates_are_written_by_the_locale() {
    assert_eq!(rules_for(Lang::English).number(1234), "1,234");
    assert_eq!(rules_for(Lang::German).number(1234), "1.234");
    let day = NaiveDate::from_ymd_opt(2026, 11, 30).unwrap();
    // English keeps the app's own short form.
    assert_eq!(rules_for(Lang::English).date(day), "Mon 30 Nov 2026");
    let de = rules_for(Lang::German).date(day);
    assert!(
        de.contains("30") && de.contains("Nov") && de.contains("2026"),
        "{de}"
    );
    let es = rules_for(Lang::Spanish).date(day);
    assert!(
        es.contains("30") && es.contains("nov") && es.contains("2026"),
        "{es}"
    );
    let ar = rules_for(Lang::Arabic).date(day);
    assert!(ar.contains("نوفمبر"), "{ar}");
}

#[wasm_bindgen_test]
fn english_writes_numbers_as_intl_does_without_asking_it() {
    let mut values = vec![0, 1, -1, i64::from(i32::MAX), -9_007_199_254_740_991];
    let mut n: i64 = 7;
    while n < 9_007_199_254_740_991 / 10 {
        values.extend([n, n + 1, -n]);
        n = n * 10 + n % 7;
    }
    let english = rules_for(Lang::English);
    for n in values {
        let intl: String = js_sys::Number::from(n as f64).to_locale_string("en").into();
        assert_eq!(english.number(n), intl, "{n}");
    }
}
