use super::*;

/// Plural rules as CLDR gives them for whole numbers, for the four languages, so the
/// tests need no browser. The app asks `Intl.PluralRules`; tests/wasm_words.rs checks
/// the browser agrees with these.
pub struct Cldr(pub Lang);

impl LocaleRules for Cldr {
    fn plural(&self, n: i64) -> Plural {
        match self.0 {
            Lang::Arabic => match (n, n % 100) {
                (0, _) => Plural::Zero,
                (1, _) => Plural::One,
                (2, _) => Plural::Two,
                (_, 3..=10) => Plural::Few,
                (_, 11..=99) => Plural::Many,
                _ => Plural::Other,
            },
            Lang::Spanish if n != 0 && n % 1_000_000 == 0 => Plural::Many,
            _ if n == 1 => Plural::One,
            _ => Plural::Other,
        }
    }

    fn number(&self, n: i64) -> String {
        n.to_string()
    }

    fn date(&self, date: NaiveDate) -> String {
        date.to_string()
    }
}

const FTL: &str = r#"
page-title = { $screen } · Rebound
skip-to-content = Zum Inhalt
nav-label = { $count ->
    [0] nothing at all
    [one] one { $what }
    [few] a few ({ $count })
   *[other] { $count } of them
}
"#;

fn messages(lang: Lang, ftl: &str) -> Messages {
    let (words, errors) = Catalog::parse(ftl);
    assert_eq!(errors, []);
    speaking(lang, words)
}

/// `lang` speaking `words`, English for what they lack, with [`Cldr`]'s rules.
fn speaking(lang: Lang, words: Catalog) -> Messages {
    Messages::new(
        lang,
        Rc::new(words),
        Rc::new(Catalog::english()),
        Box::new(Cldr(lang)),
    )
}

#[test]
fn english_reads_whole() {
    let (catalog, errors) = Catalog::english_checked();
    assert_eq!(errors, []);
    for (i, id) in KEY_IDS.iter().enumerate() {
        assert!(catalog.messages[i].is_some(), "{id}");
    }
}

#[test]
fn a_message_reads_in_its_language_and_falls_back_to_english() {
    let de = messages(Lang::German, FTL);
    assert_eq!(de.text(Key::SkipToContent), "Zum Inhalt");
    assert_eq!(de.text(Key::NavMyPlan), "My plan");
}

#[test]
fn what_someone_wrote_stays_apart() {
    let en = messages(Lang::English, "");
    let title = en.phrase(
        Key::PageTitle,
        &[("screen", Arg::Theirs("Acme\u{202e}".into()))],
    );
    assert_eq!(title.plain(), "Acme\u{202e} · Rebound");
    assert_eq!(
        en.format(Key::PageTitle, &[("screen", Arg::Theirs("Acme".into()))]),
        "\u{2068}Acme\u{2069} · Rebound"
    );
    assert_eq!(
        en.format(Key::PageTitle, &[("screen", Arg::Ours("Share".into()))]),
        "Share · Rebound"
    );
}

#[test]
fn a_count_chooses_exact_then_plural_then_the_default() {
    let ar = messages(Lang::Arabic, FTL);
    let say = |n| {
        ar.format(
            Key::NavLabel,
            &[("count", Arg::Count(n)), ("what", Arg::Ours("day".into()))],
        )
    };
    assert_eq!(say(0), "nothing at all");
    assert_eq!(say(1), "one day");
    assert_eq!(say(3), "a few (3)");
    assert_eq!(say(103), "a few (103)");
    assert_eq!(say(2), "2 of them");
    assert_eq!(say(11), "11 of them");
}

#[test]
fn plural_categories_follow_cldr_in_the_four_languages() {
    let cases: [(Lang, &[(i64, Plural)]); 4] = [
        (
            Lang::English,
            &[
                (0, Plural::Other),
                (1, Plural::One),
                (2, Plural::Other),
                (21, Plural::Other),
            ],
        ),
        (
            Lang::German,
            &[(0, Plural::Other), (1, Plural::One), (5, Plural::Other)],
        ),
        (
            Lang::Spanish,
            &[
                (0, Plural::Other),
                (1, Plural::One),
                (7, Plural::Other),
                (1_000_000, Plural::Many),
            ],
        ),
        (
            Lang::Arabic,
            &[
                (0, Plural::Zero),
                (1, Plural::One),
                (2, Plural::Two),
                (3, Plural::Few),
                (10, Plural::Few),
                (11, Plural::Many),
                (99, Plural::Many),
                (100, Plural::Other),
                (102, Plural::Other),
                (103, Plural::Few),
            ],
        ),
    ];
    for (lang, expected) in cases {
        for (n, category) in expected {
            assert_eq!(Cldr(lang).plural(*n), *category, "{lang:?} {n}");
        }
    }
}

#[test]
fn english_groups_thousands_with_commas() {
    let cases = [
        (0, "0"),
        (7, "7"),
        (999, "999"),
        (1_000, "1,000"),
        (12_345, "12,345"),
        (123_456, "123,456"),
        (1_234_567, "1,234,567"),
        (-1, "-1"),
        (-1_234, "-1,234"),
        (i64::MIN, "-9,223,372,036,854,775,808"),
    ];
    for (n, written) in cases {
        assert_eq!(EnglishRules.number(n), written, "{n}");
    }
}

#[test]
fn a_missing_variable_shows_its_name() {
    let en = messages(Lang::English, "");
    assert_eq!(en.text(Key::PageTitle), "{$screen} · Rebound");
}

#[test]
fn each_unreadable_message_is_refused_by_name_and_the_rest_kept() {
    let (catalog, errors) = Catalog::parse(
        "skip-to-content = ok\nnav-label = { -brand }\nno-such-message = x\nnav-share = { NUMBER($n) }\nnav-about = a\nnav-about = b\n-brand = Rebound\nthis is not fluent\n",
    );
    assert!(catalog.has(Key::SkipToContent));
    assert!(!catalog.has(Key::NavLabel));
    assert!(catalog.has(Key::NavAbout));
    let at = "skip-to-content = ok\nnav-label = { -brand }\nno-such-message = x\nnav-share = { NUMBER($n) }\nnav-about = a\nnav-about = b\n-brand = Rebound\n".len();
    // The parser names the byte where the junk line stops being Fluent.
    assert!(
        matches!(errors[0], CatalogError::Syntax { at: byte } if byte >= at),
        "{errors:?}"
    );
    assert_eq!(
        errors[1..],
        [
            CatalogError::Unsupported {
                id: "nav-label".into(),
                what: "a term"
            },
            CatalogError::Unknown {
                id: "no-such-message".into()
            },
            CatalogError::Unsupported {
                id: "nav-share".into(),
                what: "a function"
            },
            CatalogError::Duplicate {
                id: "nav-about".into()
            },
            CatalogError::Unsupported {
                id: "-brand".into(),
                what: "a term"
            },
        ]
    );
}

#[test]
fn escapes_read_as_their_characters() {
    let (catalog, errors) = Catalog::parse("skip-to-content = {\"\\u00A0\"}a{\"{\"}b{\"\\\\\"}\n");
    assert_eq!(errors, []);
    let en = speaking(Lang::English, catalog);
    assert_eq!(en.text(Key::SkipToContent), "\u{a0}a{b\\");
}

#[test]
fn the_pseudo_language_changes_every_letter_and_keeps_variables() {
    let file = super::pseudo::pseudo_file(ENGLISH_JSON).expect("English's compiled file");
    let (catalog, errors) = Catalog::from_json(&file).expect("the pseudo-language's file");
    assert_eq!(errors, []);
    let pseudo = speaking(Lang::Pseudo, catalog);
    let title = pseudo.phrase(Key::PageTitle, &[("screen", Arg::Theirs("Acme".into()))]);
    assert_eq!(title.plain(), "Acme · Ŕéƀƀóúññð");
    let text = pseudo.text(Key::FooterPrivate);
    assert!(!text.chars().any(|c| c.is_ascii_alphabetic()), "{text}");
    let english = Messages::english().text(Key::FooterPrivate);
    assert!(
        text.chars().count() > english.chars().count() * 5 / 4,
        "{text}"
    );
    // A choice keeps its keys (so `one` still matches) and changes what it says.
    let one = pseudo.format(Key::StartFeedbackCount, &[("count", Arg::Count(1))]);
    assert!(
        !one.chars().any(|c| c.is_ascii_alphabetic()) && one.contains('1'),
        "{one}"
    );
}

#[test]
fn the_browser_languages_choose_the_first_one_rebound_speaks() {
    assert_eq!(Lang::negotiate(["fr-FR", "de-AT", "en"]), Lang::German);
    assert_eq!(Lang::negotiate(["ar-EG"]), Lang::Arabic);
    assert_eq!(Lang::negotiate(["es_419"]), Lang::Spanish);
    assert_eq!(Lang::negotiate(["fr", "ja"]), Lang::English);
    assert_eq!(Lang::negotiate([]), Lang::English);
    assert_eq!(Lang::negotiate(["en-XA", "de"]), Lang::German);
    assert_eq!(Lang::from_tag("en-XA"), Some(Lang::Pseudo));
    for lang in Lang::OFFERED {
        assert_eq!(Lang::from_tag(lang.tag()), Some(lang));
    }
}

#[test]
fn written_pieces_are_isolated_in_plain_text() {
    let role = "Analyst\u{202e}";
    let phrase = Phrase::of(role).app(" at ").user("Acme");
    assert_eq!(phrase.plain(), "Analyst\u{202e} at Acme");
    assert_eq!(
        phrase.isolated(),
        "\u{2068}Analyst\u{202e}\u{2069} at \u{2068}Acme\u{2069}"
    );
    assert_eq!(
        phrase.pieces(),
        [
            Piece::User(role.into()),
            Piece::App(" at ".into()),
            Piece::User("Acme".into())
        ]
    );
    let joined = Phrase::new().app("Why: ").and(Phrase::of("SQL"));
    assert_eq!(joined.plain(), "Why: SQL");
    assert!(Phrase::new().plain().is_empty());
}

#[test]
fn a_phrase_says_its_messages_in_the_language_shown() {
    let phrase = Phrase::said(Key::PageTitle, vec![("screen", Arg::key(Key::NavShare))]).app("!");
    assert_eq!(
        messages(Lang::English, "").plain(&phrase),
        "Share · Rebound!"
    );
    assert_eq!(
        messages(Lang::German, "nav-share = Teilen\n").plain(&phrase),
        "Teilen · Rebound!"
    );
    let theirs = Phrase::said(Key::PageTitle, vec![("screen", Arg::Theirs("Acme".into()))]);
    assert_eq!(
        Messages::english().resolve(&theirs).pieces(),
        [Piece::User("Acme".into()), Piece::App(" · Rebound".into())]
    );
}

/// A compiled file as tools/locales writes it, for `ftl` (English's ids, positions).
fn compiled(ftl: &str) -> String {
    compile::compile(ftl, &KEY_IDS).0
}

#[test]
fn a_compiled_file_reads_by_position_as_its_ftl_does() {
    let (catalog, errors) = Catalog::from_json(&compiled(FTL)).unwrap();
    assert_eq!(errors, []);
    assert_eq!(catalog, Catalog::parse(FTL).0);
    assert!(catalog.has(Key::SkipToContent));
    assert!(
        !catalog.has(Key::FooterPrivate),
        "what the file lacks is English's"
    );
}

#[test]
fn a_file_compiled_for_other_messages_is_refused_whole() {
    let json = compiled(FTL);
    let other = json.replace(KEYS_FINGERPRINT, "0000000000000000");
    assert_eq!(Catalog::from_json(&other), Err(CatalogError::OtherBuild));
    // The right fingerprint, but a message too few: read by position, every word after
    // the gap would be on the wrong message.
    let mut file: Value = serde_json::from_str(&json).unwrap();
    file["messages"].as_array_mut().unwrap().pop();
    assert_eq!(
        Catalog::from_json(&file.to_string()),
        Err(CatalogError::OtherBuild)
    );
}

#[test]
fn what_is_not_a_compiled_file_is_refused_whole() {
    for text in [
        "",
        "skip-to-content = Hallo",
        "[]",
        "{\"messages\": []}",
        "{\"keys\": 7}",
    ] {
        assert_eq!(
            Catalog::from_json(text),
            Err(CatalogError::NotCompiled),
            "{text}"
        );
    }
}

#[test]
fn a_message_in_the_wrong_shape_costs_that_message_only() {
    let mut file: Value = serde_json::from_str(&compiled(FTL)).unwrap();
    let messages = file["messages"].as_array_mut().unwrap();
    let at = Key::SkipToContent as usize;
    messages[at] = serde_json::json!([{ "s": "count", "d": 5, "c": [["one", "x"]] }]);
    messages[Key::PageTitle as usize] = serde_json::json!(12);
    let (catalog, errors) = Catalog::from_json(&file.to_string()).unwrap();
    let mut wrong = [Key::PageTitle as usize, at];
    wrong.sort_unstable();
    let expected: Vec<_> = wrong
        .iter()
        .map(|&position| CatalogError::Shape { position })
        .collect();
    assert_eq!(errors, expected);
    assert!(!catalog.has(Key::SkipToContent) && !catalog.has(Key::PageTitle));
    assert!(catalog.has(Key::NavLabel), "the rest is kept");
}

#[test]
fn the_compiled_english_is_the_english_compiled_now() {
    let english = std::fs::read_to_string("locales/en.ftl").unwrap();
    // As values: the build script's serde_json orders an object's fields by name.
    let now: Value = serde_json::from_str(&compile::compile(&english, &KEY_IDS).0).unwrap();
    assert_eq!(serde_json::from_str::<Value>(ENGLISH_JSON).unwrap(), now);
}

proptest::proptest! {
    /// A fetched file is untrusted: whatever it holds, reading it never panics.
    #[test]
    fn reading_any_text_never_panics(text in ".{0,400}") {
        let _ = Catalog::from_json(&text);
    }

    /// Nor does any JSON in roughly the compiled shape.
    #[test]
    fn reading_any_compiled_shape_never_panics(
        messages in proptest::collection::vec(json_value(), 0..4),
    ) {
        let mut all = vec![Value::Null; KEY_COUNT];
        for (slot, message) in all.iter_mut().zip(messages) {
            *slot = message;
        }
        let file = serde_json::json!({ "keys": KEYS_FINGERPRINT, "messages": all });
        let read = Catalog::from_json(&file.to_string());
        proptest::prop_assert!(read.is_ok());
    }
}

fn json_value() -> impl proptest::strategy::Strategy<Value = Value> {
    use proptest::prelude::*;
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<i64>().prop_map(Value::from),
        "[a-z ]{0,6}".prop_map(Value::from),
        Just(Value::from("one")),
    ];
    leaf.prop_recursive(4, 24, 4, |inner| {
        prop_oneof![
            proptest::collection::vec(inner.clone(), 0..4).prop_map(Value::Array),
            (inner.clone(), inner.clone(), inner).prop_map(|(s, d, c)| {
                serde_json::json!({ "s": s, "d": d, "c": c, "v": Value::Null })
            }),
        ]
    })
}

#[test]
fn spanish_says_a_la_before_one_oclock_and_a_las_before_the_other_hours() {
    let es = std::fs::read_to_string("locales/es.ftl").expect("locales/es.ftl");
    let es = messages(Lang::Spanish, &es);
    let time = |hour: u32| chrono::NaiveTime::from_hms_opt(hour, 30, 0).expect("a time");
    let countdown = || ("countdown", Arg::key(Key::CoreCountdownToday));
    let at = |hour: u32| {
        let date = ("date", Arg::Ours("sábado".into()));
        es.format(Key::FunWhen, &[date, at_time(time(hour)), countdown()])
    };
    assert_eq!(at(1), "sábado a la 01:30 (hoy)");
    for hour in [0, 2, 13, 21] {
        assert!(at(hour).contains(" a las "), "{}", at(hour));
    }
    let date = ("date", Arg::Ours("Saturday".into()));
    let english =
        Messages::english().format(Key::NextJobWhenAt, &[date, at_time(time(1)), countdown()]);
    assert_eq!(english, "Saturday at 01:30 · today");
}
