//! The reply-link codec, natively: round trips for generated reviews (any text, any item
//! reference, every kind of suggestion), the typical review's link length, and a table of
//! hostile or broken reply links that must each fail with their own error, before
//! anything of the stored plan is touched.

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine as _;
use chrono::NaiveDate;
use proptest::prelude::*;
use rebound::core::format::link::{self, share_url, ShareOptions, MAX_LINK_CHARS};
use rebound::core::format::reply::{decode, encode, is_reply_link, ReplyError, PREFIX};
use rebound::core::format::Record;
use rebound::core::limits::{MAX_NAME_CHARS, MAX_TEXT_CHARS};
use rebound::core::plan::*;
use rebound::core::review::*;
use rebound::core::validate::InvalidPlan;
use rebound::core::words::Messages;

mod common;

/// Where the app is published; the link length includes it.
const BASE: &str = "https://example.github.io/rebound/";

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 12, 2).unwrap()
}

/// The typical plan as its owner holds it: with its id.
fn owners_plan() -> Plan {
    let mut plan = common::typical_plan();
    plan.ensure_id(PlanId::from_random(*b"rebound-typical!"));
    plan
}

// ----------------------------------------------------------------------------------------
// Helpers that build reply links by hand, around the codec.

/// A reply link of this app's format around `json`.
fn pack(json: &[u8]) -> String {
    let packed = miniz_oxide::deflate::compress_to_vec_zlib(json, 10);
    format!("{PREFIX}1.{}", URL_SAFE_NO_PAD.encode(packed))
}

/// The JSON inside a reply link made by `encode`.
fn unpack(payload: &str) -> String {
    let data = payload.strip_prefix("review=1.").unwrap();
    let packed = URL_SAFE_NO_PAD.decode(data).unwrap();
    let json = miniz_oxide::inflate::decompress_to_vec_zlib(&packed).unwrap();
    String::from_utf8(json).unwrap()
}

/// The typical review: what a mentor writes about the typical plan, seen through the
/// link its owner shared (private parts left out). 8 comments, 3 suggestions, a note of a
/// few sentences.
fn typical_review() -> Review {
    let shared = link::decode(&link::encode(&owners_plan(), ShareOptions::default())).unwrap();
    let mut review = Review::new(ReviewId::from_random(*b"a typical review"), &shared).unwrap();
    review.set_reviewer("Margaret O'Connell").unwrap();
    review
        .set_note(
            "Reaching the final round at Northwind is a real achievement, so please don't read \
             this no as a verdict on you. Your plan is sensible and specific. I would put the \
             SQL practice first, since it came up twice, and start Tableau this week rather \
             than after the holidays. Happy to do a mock interview with you before Contoso.",
        )
        .unwrap();
    let items = reviewable(&shared);
    let comment = |review: &mut Review, about: ItemRef, text: &str| {
        let item = items.iter().find(|i| i.about == about).unwrap();
        review
            .set_comment(item, text, &Messages::english())
            .unwrap();
    };
    let feedback = |f: u32| {
        ItemRef::Feedback(FeedbackRef {
            rejection: Id::new(1),
            feedback: Id::new(f),
        })
    };
    comment(
        &mut review,
        feedback(2),
        "Correct but slow is the easy one to fix: speed comes with repetition.",
    );
    comment(
        &mut review,
        feedback(4),
        "Everyone rambles on the first question. Have a 90-second version of your last \
         project ready.",
    );
    comment(
        &mut review,
        ItemRef::Role(Id::new(12)),
        "BI roles would value your Excel work more than pure analyst roles do.",
    );
    comment(
        &mut review,
        ItemRef::SearchChange(Id::new(7)),
        "Good idea. Retail teams hire in January, so now is the right time.",
    );
    comment(
        &mut review,
        ItemRef::SkillGap(Id::new(8)),
        "Try timing yourself: ten minutes a query, then read a good solution.",
    );
    comment(
        &mut review,
        ItemRef::SkillGap(Id::new(10)),
        "Tableau Public is free and a portfolio dashboard would answer their question.",
    );
    comment(
        &mut review,
        ItemRef::Application(Id::new(20)),
        "Ask the recruiter who is on the panel, so you can pitch your examples.",
    );
    comment(
        &mut review,
        ItemRef::Fun(Id::new(16)),
        "Keep this one. A week like yours needs an evening off.",
    );
    review
        .add_suggestion(Suggestion::SkillGap {
            skill: "Window functions in SQL".into(),
            method: Method::Course,
            how: "Mode's free SQL tutorial covers them; an hour a day for a week".into(),
        })
        .unwrap();
    review
        .add_suggestion(Suggestion::Role {
            title: "Reporting analyst".into(),
            level: Level::Junior,
        })
        .unwrap();
    review
        .add_suggestion(Suggestion::Prep {
            text: "Prepare a two-minute story about a dashboard that changed a decision".into(),
        })
        .unwrap();
    review
}

// ----------------------------------------------------------------------------------------
// The typical review.

#[test]
fn the_typical_review_link_fits_in_2000_characters() {
    let review = typical_review();
    assert_eq!((review.comments.len(), review.suggestions.len()), (8, 3));
    let payload = encode(&review);
    assert!(payload.starts_with("review=1."));
    let url = share_url(BASE, &payload);
    let json = unpack(&payload);
    println!(
        "typical review: payload {} chars, link {} chars (base {BASE:?}); reply JSON {} bytes",
        payload.len(),
        url.len(),
        json.len()
    );
    assert!(url.len() <= 2000, "link is {} characters", url.len());
    assert!(is_reply_link(&format!("#{payload}")));
    assert!(!is_reply_link("#plan=2.abc"));
    assert_eq!(decode(&url), Ok(review));
}

#[test]
fn the_owner_receives_the_typical_review_of_their_unchanged_plan() {
    let review = typical_review();
    let url = share_url(BASE, &encode(&review));
    let mut plan = owners_plan();
    let received = decode(&url).unwrap();
    assert_eq!(plan.receive_review(&received, today()), Ok(Received::New));
    let got = plan.review(&review.id).unwrap();
    assert!(got.plan_unchanged, "the plan is as the reviewer saw it");
    assert_eq!(
        Messages::english().plain(&got.signed_by()),
        "Margaret O'Connell"
    );
    for c in &got.comments {
        assert!(plan.has_item(&c.comment.about), "{:?}", c.comment.about);
    }
    // Opened twice: nothing applied twice.
    let before = Record::new(plan.clone(), 1, "t").to_json();
    assert_eq!(
        plan.receive_review(&decode(&url).unwrap(), today()),
        Ok(Received::AlreadyHad)
    );
    assert_eq!(Record::new(plan, 1, "t").to_json(), before);
}

#[test]
fn a_reply_carries_the_review_and_nothing_else_of_the_plan() {
    let review = typical_review();
    let json = unpack(&encode(&review));
    assert!(json.starts_with(r#"{"i":"#), "{json}");
    // Items commented on travel back as their labels (cut short); nothing else does.
    let plan = owners_plan();
    let feedback = &plan.rejections[0].feedback;
    assert!(json.contains(&feedback[0].text));
    for words in [
        &feedback[1].text,
        &feedback[3].text,
        &feedback[4].text,
        &plan.wellbeing.setback_plan,
        &plan.wellbeing.went_well[0].text,
        &plan.rejections[0].message,
    ] {
        assert!(!json.contains(&words[..20]), "{words}");
    }
    for gap in &plan.skill_gaps {
        if ![Id::new(8), Id::new(10)].contains(&gap.id) {
            assert!(!json.contains(&gap.skill), "{}", gap.skill);
        }
    }
    for words in ["Northwind Traders", "Fabrikam", "Dana", "whitfield"] {
        assert!(!json.contains(words), "{words}");
    }
}

#[test]
fn reply_links_are_read_with_or_without_the_hash_or_the_page_address() {
    let review = typical_review();
    let payload = encode(&review);
    for text in [
        payload.clone(),
        format!("#{payload}"),
        share_url(BASE, &payload),
        share_url("https://example.github.io/rebound/#/skills", &payload),
        format!("  {}\n", share_url(BASE, &payload)),
    ] {
        assert_eq!(decode(&text).as_ref(), Ok(&review), "{}", &text[..40]);
    }
}

// ----------------------------------------------------------------------------------------
// Bad input: each kind of trouble has its own error, and the stored plan is untouched.

/// Opens a reply link as the app does on the owner's device: decode, then receive into
/// the stored plan. Returns what happened and the record as it is afterwards.
fn open_reply(stored: &str, text: &str) -> (Result<Received, ReplyError>, String) {
    let mut record = Record::from_json(stored).unwrap();
    let result = decode(text).map(|review| {
        record
            .plan
            .receive_review(&review, today())
            .expect("only hostile links here, which never decode")
    });
    (result, record.to_json())
}

/// The typical review's reply JSON with `from` replaced by `to` (exactly once).
fn typical_json_with(from: &str, to: &str) -> String {
    let json = unpack(&encode(&typical_review()));
    assert_eq!(
        json.matches(from).count(),
        1,
        "{from} should occur once in {json}"
    );
    json.replacen(from, to, 1)
}

/// The typical review's reply JSON as a value, changed by `edit`, packed as a link.
fn typical_with(edit: impl FnOnce(&mut serde_json::Value)) -> String {
    let mut value: serde_json::Value =
        serde_json::from_str(&unpack(&encode(&typical_review()))).unwrap();
    edit(&mut value);
    pack(value.to_string().as_bytes())
}

#[test]
fn hostile_reply_links_each_give_their_own_error_and_change_nothing() {
    let payload = encode(&typical_review());
    let data = payload.strip_prefix("review=1.").unwrap().to_string();

    let mut bytes = URL_SAFE_NO_PAD.decode(&data).unwrap();
    let last = bytes.len() - 1;
    bytes[last] ^= 0x01;
    let bad_checksum = format!("review=1.{}", URL_SAFE_NO_PAD.encode(&bytes));

    let deep = format!("{}{}", "[".repeat(10_000), "]".repeat(10_000));
    let deep_in_a_field = typical_json_with(
        "\"t\":\"",
        &format!("\"x\":{}1{},\"t\":\"", "[".repeat(20), "]".repeat(20)),
    );
    let share = link::encode(&owners_plan(), ShareOptions::default());

    let cases: Vec<(&str, String, ReplyError)> = vec![
        ("empty", String::new(), ReplyError::Empty),
        ("only a hash", "#".into(), ReplyError::Empty),
        ("blank", " \n\t".into(), ReplyError::Empty),
        ("a share link", share.clone(), ReplyError::NotAReplyLink),
        (
            "a whole share link",
            share_url(BASE, &share),
            ReplyError::NotAReplyLink,
        ),
        (
            "a screen link",
            "#/reviews/abc".into(),
            ReplyError::NotAReplyLink,
        ),
        ("some text", "hello there".into(), ReplyError::NotAReplyLink),
        (
            "too long",
            format!("review=1.{}", "A".repeat(MAX_LINK_CHARS)),
            ReplyError::TooLong,
        ),
        (
            "newer version",
            format!("review=2.{data}"),
            ReplyError::NewerVersion(2),
        ),
        (
            "much newer version",
            format!("review=99999999999999999999999.{data}"),
            ReplyError::NewerVersion(u64::MAX),
        ),
        (
            "version zero",
            format!("review=0.{data}"),
            ReplyError::UnknownVersion,
        ),
        (
            "version not a number",
            format!("review=v1.{data}"),
            ReplyError::UnknownVersion,
        ),
        (
            "version with a sign",
            format!("review=+1.{data}"),
            ReplyError::UnknownVersion,
        ),
        (
            "cut short",
            payload[..payload.len() / 2].to_string(),
            ReplyError::CutShort,
        ),
        (
            "cut to the prefix",
            "review=1.".into(),
            ReplyError::CutShort,
        ),
        (
            "cut in the version",
            "review=1".into(),
            ReplyError::CutShort,
        ),
        ("cut to the name", "review=".into(), ReplyError::CutShort),
        (
            "not base64",
            "review=1.@@@@!!!!".into(),
            ReplyError::NotBase64,
        ),
        (
            "standard base64 characters",
            format!("review=1.{}+/", &data[..data.len() - 2]),
            ReplyError::NotBase64,
        ),
        ("bad checksum", bad_checksum, ReplyError::Damaged),
        (
            "not deflate",
            format!("review=1.{}", URL_SAFE_NO_PAD.encode(b"just some bytes")),
            ReplyError::Damaged,
        ),
        ("not UTF-8", pack(&[0xff, 0xfe, 0x7b]), ReplyError::Damaged),
        ("not JSON", pack(b"{not json"), ReplyError::Damaged),
        // serde_json calls a longer array than a tuple's a syntax error.
        (
            "a comment with more than its text",
            typical_with(|v| v["c"][0].as_array_mut().unwrap().push("more".into())),
            ReplyError::Damaged,
        ),
        (
            "compression bomb (16 MB of spaces)",
            pack(&vec![b' '; 16 * 1024 * 1024]),
            ReplyError::TooBig,
        ),
        (
            "compression bomb (50 MB of zeros), stopped by the length cap",
            pack(&vec![0u8; 50 * 1024 * 1024]),
            ReplyError::TooLong,
        ),
        (
            "too deep nesting",
            pack(deep.as_bytes()),
            ReplyError::TooDeep,
        ),
        (
            "too deep nesting in a field",
            pack(deep_in_a_field.as_bytes()),
            ReplyError::TooDeep,
        ),
        (
            "a comment over the text limit",
            typical_with(|v| v["c"][3][2] = "x".repeat(MAX_TEXT_CHARS + 1).into()),
            ReplyError::Invalid(InvalidPlan::TextTooLong("comment")),
        ),
        (
            "a label over its limit",
            typical_with(|v| v["c"][0][1] = "x".repeat(MAX_LABEL_CHARS + 1).into()),
            ReplyError::Invalid(InvalidPlan::TextTooLong("comment's item")),
        ),
        (
            "a note over the text limit",
            typical_with(|v| v["t"] = "x".repeat(MAX_TEXT_CHARS + 1).into()),
            ReplyError::Invalid(InvalidPlan::TextTooLong("review note")),
        ),
        (
            "a name over its limit",
            typical_with(|v| v["n"] = "x".repeat(MAX_NAME_CHARS + 1).into()),
            ReplyError::Invalid(InvalidPlan::TextTooLong("reviewer's name")),
        ),
        (
            "a checklist key over its limit",
            typical_with(|v| v["c"][0][0] = format!("p{}", "k".repeat(MAX_NAME_CHARS + 1)).into()),
            ReplyError::Invalid(InvalidPlan::TextTooLong("checklist key")),
        ),
        (
            "too many comments",
            typical_with(|v| {
                let comments = v["c"].as_array_mut().unwrap();
                let first = comments[0].clone();
                comments.resize(MAX_COMMENTS + 1, first);
            }),
            ReplyError::Invalid(InvalidPlan::TooMany {
                what: "comments",
                count: MAX_COMMENTS + 1,
                max: MAX_COMMENTS,
            }),
        ),
        (
            "too many suggestions",
            typical_with(|v| {
                let suggestions = v["s"].as_array_mut().unwrap();
                let first = suggestions[0].clone();
                suggestions.resize(MAX_SUGGESTIONS + 1, first);
            }),
            ReplyError::Invalid(InvalidPlan::TooMany {
                what: "suggestions",
                count: MAX_SUGGESTIONS + 1,
                max: MAX_SUGGESTIONS,
            }),
        ),
        (
            "a control character in the note",
            typical_with(|v| v["t"] = "a\u{0}b".into()),
            ReplyError::Invalid(InvalidPlan::ControlCharacter),
        ),
        (
            "a control character in a comment's label",
            typical_with(|v| v["c"][0][1] = "a\u{1b}[31mb".into()),
            ReplyError::Invalid(InvalidPlan::ControlCharacter),
        ),
        (
            "a blank suggestion",
            typical_with(|v| v["s"][2]["p"] = " \n ".into()),
            ReplyError::Invalid(InvalidPlan::EmptyText("suggestion")),
        ),
        (
            "a blank skill",
            typical_with(|v| v["s"][0]["g"][0] = "".into()),
            ReplyError::Invalid(InvalidPlan::EmptyText("skill")),
        ),
    ];
    // Shapes serde refuses carry serde's words for the log; the person sees one message.
    let not_a_review: Vec<(&str, String)> = vec![
        (
            "unknown field",
            pack(typical_json_with("{\"i\":", "{\"zz\":1,\"i\":").as_bytes()),
        ),
        (
            "unknown item reference",
            typical_with(|v| v["c"][0][0] = "x1".into()),
        ),
        (
            "item reference with a padded id",
            typical_with(|v| v["c"][0][0] = "g08".into()),
        ),
        (
            "item reference without its id",
            typical_with(|v| v["c"][0][0] = "f1".into()),
        ),
        (
            "item reference as a number",
            typical_with(|v| v["c"][0][0] = 8.into()),
        ),
        (
            "a comment without its text",
            typical_with(|v| {
                v["c"][0].as_array_mut().unwrap().pop();
            }),
        ),
        (
            "unknown suggestion kind",
            typical_with(|v| v["s"][2] = serde_json::json!({"z": "x"})),
        ),
        (
            "unknown method code",
            typical_with(|v| v["s"][0]["g"][1] = 99.into()),
        ),
        (
            "unknown level code",
            typical_with(|v| v["s"][1]["o"][1] = 99.into()),
        ),
        (
            "a review id that is not one",
            typical_with(|v| v["i"] = "not-an-id".into()),
        ),
        (
            "a plan id that is not one",
            typical_with(|v| v["u"] = "ZZ".repeat(16).into()),
        ),
        (
            "no plan id",
            typical_with(|v| {
                v.as_object_mut().unwrap().remove("u");
            }),
        ),
        (
            "no fingerprint",
            typical_with(|v| {
                v.as_object_mut().unwrap().remove("h");
            }),
        ),
        (
            "null for text",
            typical_with(|v| v["t"] = serde_json::Value::Null),
        ),
        ("wrong shape", pack(b"[1,2,3]")),
        ("not an object", pack(b"\"a review\"")),
        ("wrong type", pack(b"{\"c\":7}")),
    ];

    let stored = Record::new(owners_plan(), 7, "2026-12-01T09:00:00Z").to_json();
    for (name, input) in &not_a_review {
        let (got, after) = open_reply(&stored, input);
        assert!(
            matches!(got, Err(ReplyError::NotAReview(_))),
            "{name}: {got:?}"
        );
        assert_eq!(after, stored, "{name}");
    }
    for (name, input, expected) in &cases {
        let started = std::time::Instant::now();
        let (got, after) = open_reply(&stored, input);
        assert_eq!(got.as_ref(), Err(expected), "{name}");
        assert_eq!(after, stored, "{name}: the stored plan is untouched");
        assert!(
            started.elapsed().as_secs() < 5,
            "{name} took {:?}",
            started.elapsed()
        );
    }
    // The untouched links themselves open.
    let (got, _) = open_reply(&stored, &payload);
    assert_eq!(got, Ok(Received::New));
}

/// Texts and lists exactly at their limits open; one more is refused (above).
#[test]
fn a_review_at_every_limit_opens() {
    let mut review = typical_review();
    review.reviewer = "n".repeat(MAX_NAME_CHARS);
    review.note = "é".repeat(MAX_TEXT_CHARS);
    review.comments = (0..MAX_COMMENTS as u32)
        .map(|n| Comment {
            about: ItemRef::Prep(format!("p{}", "k".repeat(MAX_NAME_CHARS - 1))),
            label: "ש".repeat(MAX_LABEL_CHARS),
            text: if n == 0 {
                "x".repeat(MAX_TEXT_CHARS)
            } else {
                n.to_string()
            },
        })
        .collect();
    review.suggestions = (0..MAX_SUGGESTIONS)
        .map(|_| Suggestion::SkillGap {
            skill: "s".repeat(MAX_NAME_CHARS),
            method: Method::Practice,
            how: "h".repeat(MAX_NAME_CHARS),
        })
        .collect();
    let payload = encode(&review);
    assert!(payload.len() < MAX_LINK_CHARS);
    assert_eq!(decode(&payload), Ok(review));
}

/// A well-formed reply for a plan that is not on this device is refused by the plan, and
/// changes nothing either.
#[test]
fn a_reply_for_another_plan_changes_nothing() {
    let mut other = owners_plan();
    other.id = Some(PlanId::from_random([3; 16]));
    let review = Review::new(ReviewId::from_random([4; 16]), &other).unwrap();
    let mut plan = owners_plan();
    let before = Record::new(plan.clone(), 7, "t").to_json();
    let decoded = decode(&encode(&review)).unwrap();
    assert_eq!(
        plan.receive_review(&decoded, today()),
        Err(ReviewError::NotThisPlan)
    );
    assert_eq!(Record::new(plan, 7, "t").to_json(), before);
}

#[test]
fn every_error_has_its_own_kind_message() {
    let errors = [
        ReplyError::Empty,
        ReplyError::NotAReplyLink,
        ReplyError::TooLong,
        ReplyError::NewerVersion(2),
        ReplyError::UnknownVersion,
        ReplyError::CutShort,
        ReplyError::NotBase64,
        ReplyError::Damaged,
        ReplyError::TooBig,
        ReplyError::TooDeep,
        ReplyError::NotAReview("zzdetail".into()),
        ReplyError::Invalid(InvalidPlan::DuplicateId),
    ];
    let messages: Vec<String> = errors.iter().map(ToString::to_string).collect();
    common::assert_kind_messages(&messages);
    // The two about a plan say it is not this kind of link or not readable, not which.
    assert_eq!(
        ReplyError::Invalid(InvalidPlan::TextTooLong("comment")).to_string(),
        "This review can't be opened because a comment is too long."
    );
}

#[test]
fn every_truncation_is_called_cut_short() {
    let payload = encode(&typical_review());
    for end in "review=".len()..payload.len() {
        assert_eq!(
            decode(&payload[..end]),
            Err(ReplyError::CutShort),
            "cut at {end}"
        );
    }
}

/// The zlib checksum catches garbling: a flipped bit either fails or (rarely, when it
/// lands on a bit the inflater ignores) opens the very same review.
#[test]
fn no_single_bit_flip_opens_a_different_review() {
    let payload = encode(&typical_review());
    let original = decode(&payload).unwrap();
    let bytes = URL_SAFE_NO_PAD
        .decode(payload.strip_prefix("review=1.").unwrap())
        .unwrap();
    for i in 0..bytes.len() {
        for bit in 0..8 {
            let mut flipped = bytes.clone();
            flipped[i] ^= 1 << bit;
            let link = format!("review=1.{}", URL_SAFE_NO_PAD.encode(&flipped));
            if let Ok(review) = decode(&link) {
                assert_eq!(
                    review, original,
                    "byte {i} bit {bit} opened a changed review"
                );
            }
        }
    }
}

// ----------------------------------------------------------------------------------------
// Generated reviews: decode(encode(review)) == review.

/// Pieces of realistic and hostile text: words, scripts written right to left, bidi
/// overrides and isolates, joiners, emoji, HTML, quotes, escapes.
const PIECES: &[&str] = &[
    "SQL",
    "the panel",
    "felt rushed",
    "Zoë",
    "日本語",
    "مرحبا",
    "שלום",
    "Привет",
    "🎉",
    "👩🏽‍💻",
    "🇳🇴",
    "\u{202e}evil\u{202c}",
    "\u{202d}",
    "\u{202a}\u{202b}",
    "\u{2066}\u{2067}\u{2068}\u{2069}",
    "\u{200e}\u{200f}\u{061c}",
    "\u{200b}\u{200c}\u{200d}\u{2060}",
    "\u{feff}",
    "\u{2028}\u{2029}",
    "\u{fffd}\u{fffe}\u{ffff}",
    "\u{e000}\u{10ffff}",
    "a\u{301}\u{302}\u{303}",
    "<img src=x onerror=alert(1)>",
    "</script><script>alert('x')</script>",
    "&amp;&#x27;",
    "\"",
    "'",
    "\\",
    "\\u0000",
    "#review=1.",
    "plan=2.",
    "%20",
    "javascript:",
    "{\"i\":[1]}",
    "[[[[",
    "\n",
    "\r\n",
    "\t",
    " ",
];

/// Any text with no control character but line breaks and tabs (what the limits allow),
/// at most `max` characters. A Rust string holds no lone surrogate.
fn text(max: usize) -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        3 => proptest::sample::select(PIECES).prop_map(str::to_string),
        2 => any::<char>()
            .prop_filter("no control characters", |c| !c.is_control())
            .prop_map(String::from),
        1 => "[a-zA-Z ]{1,12}",
    ];
    proptest::collection::vec(piece, 0..12)
        .prop_map(move |pieces| pieces.concat().chars().take(max).collect())
}

/// Text that is not blank, at most `max` characters.
fn filled(max: usize) -> impl Strategy<Value = String> {
    ("[a-zA-Z0-9]|日|ש|🎉|<", text(max - 1)).prop_map(|(a, b)| format!("{a}{b}"))
}

fn id() -> impl Strategy<Value = Id> {
    prop_oneof![0u32..30, any::<u32>()].prop_map(Id::new)
}

fn item_ref() -> impl Strategy<Value = ItemRef> {
    prop_oneof![
        id().prop_map(ItemRef::Rejection),
        (id(), id()).prop_map(|(rejection, feedback)| ItemRef::Feedback(FeedbackRef {
            rejection,
            feedback
        })),
        id().prop_map(ItemRef::Role),
        id().prop_map(ItemRef::SearchChange),
        id().prop_map(ItemRef::SkillGap),
        id().prop_map(ItemRef::Fun),
        Just(ItemRef::SetbackPlan),
        id().prop_map(ItemRef::Application),
        prop_oneof![
            proptest::sample::select(&["basic:research", "basic:learning"][..])
                .prop_map(str::to_string),
            id().prop_map(|id| format!("gap:{id}")),
            id().prop_map(|id| format!("feedback:{id}")),
            id().prop_map(|id| format!("own:{id}")),
            filled(MAX_NAME_CHARS),
        ]
        .prop_map(ItemRef::Prep),
    ]
}

fn choice<T: Choice + std::fmt::Debug>() -> impl Strategy<Value = T> {
    proptest::sample::select(T::all())
}

fn suggestion() -> impl Strategy<Value = Suggestion> {
    prop_oneof![
        (filled(MAX_NAME_CHARS), choice(), text(MAX_NAME_CHARS))
            .prop_map(|(skill, method, how)| Suggestion::SkillGap { skill, method, how }),
        (filled(MAX_NAME_CHARS), choice())
            .prop_map(|(title, level)| Suggestion::Role { title, level }),
        filled(MAX_TEXT_CHARS).prop_map(|text| Suggestion::SearchChange { text }),
        filled(MAX_TEXT_CHARS).prop_map(|text| Suggestion::Prep { text }),
    ]
}

fn comment() -> impl Strategy<Value = Comment> {
    (item_ref(), text(MAX_LABEL_CHARS), text(MAX_TEXT_CHARS))
        .prop_map(|(about, label, text)| Comment { about, label, text })
}

/// Any review a reply link may carry.
fn review() -> impl Strategy<Value = Review> {
    (
        any::<[u8; 16]>(),
        any::<[u8; 16]>(),
        prop_oneof!["[0-9a-f]{16}", text(40)],
        text(MAX_NAME_CHARS),
        text(MAX_TEXT_CHARS),
        proptest::collection::vec(comment(), 0..10),
        proptest::collection::vec(suggestion(), 0..6),
    )
        .prop_map(
            |(id, plan, fingerprint, reviewer, note, comments, suggestions)| Review {
                id: ReviewId::from_random(id),
                plan: PlanId::from_random(plan),
                fingerprint,
                reviewer,
                note,
                comments,
                suggestions,
            },
        )
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn decoding_an_encoded_review_gives_the_review(review in review()) {
        let payload = encode(&review);
        prop_assert!(payload.starts_with("review=1."));
        prop_assert_eq!(decode(&payload), Ok(review.clone()));
        let url = share_url(BASE, &payload);
        prop_assert_eq!(decode(&url), Ok(review));
    }

    /// Whatever a decoded review holds, receiving it and answering all of it leaves a plan
    /// that is stored and read back as it is.
    #[test]
    fn a_received_and_answered_review_is_stored_as_it_is(
        review in review(),
        keep in any::<Vec<bool>>(),
    ) {
        let mut plan = owners_plan();
        let review = Review { plan: plan.id.clone().unwrap(), ..review };
        let review = decode(&encode(&review)).unwrap();
        prop_assert_eq!(plan.receive_review(&review, today()), Ok(Received::New));
        for (i, keep) in keep.iter().enumerate().take(review.comments.len()) {
            plan.keep_comment(&review.id, i, *keep).unwrap();
        }
        for i in 0..review.suggestions.len() {
            if i % 3 == 2 {
                plan.decline_suggestion(&review.id, i).unwrap();
            } else {
                let item = plan.accept_suggestion(&review.id, i).unwrap().unwrap();
                prop_assert!(plan.has_item(&item));
                prop_assert!(plan.suggested_by(&item).is_some());
            }
        }
        let text = Record::new(plan.clone(), 1, "2026-12-02T10:00:00Z").to_json();
        prop_assert_eq!(Record::from_json(&text).map(|r| r.plan), Ok(plan));
    }

    #[test]
    fn arbitrary_text_never_panics(text in ".{0,200}") {
        let _ = decode(&text);
        let _ = decode(&format!("review=1.{text}"));
    }

    #[test]
    fn arbitrary_deflated_bytes_never_panic(
        bytes in proptest::collection::vec(any::<u8>(), 0..400),
    ) {
        let _ = decode(&pack(&bytes));
        let _ = decode(&format!("review=1.{}", URL_SAFE_NO_PAD.encode(&bytes)));
    }
}
