//! The share-link codec, natively: round trips for generated plans, the typical plan's
//! link length, a link made by format 1 that must keep opening, and a table of hostile
//! or broken inputs that must each fail with their own error (and never panic).

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine as _;
use chrono::{NaiveDate, NaiveTime};
use proptest::prelude::*;
use rebound::core::format::link::*;
use rebound::core::format::{decode_backup, encode_backup, BackupError, Record};
use rebound::core::item::Form;
use rebound::core::limits::{MAX_RECORD_BYTES, MAX_SKILL_GAPS};
use rebound::core::plan::*;
use rebound::core::validate::{validate, InvalidPlan};

mod common;
use common::typical_plan;

/// A plausible address for the app; the link length includes it.
const BASE: &str = "https://rebound.example/";

/// The typical plan (private parts left out) and the format-1 link it made, frozen when
/// format 1 shipped: links already shared must keep opening in every later version.
const TYPICAL_FIXTURE: &str = include_str!("fixtures/typical-plan.json");

// ----------------------------------------------------------------------------------------
// Helpers that build links by hand, around the codec.

/// A link of this app's share format around `json`.
fn pack(json: &[u8]) -> String {
    let packed = miniz_oxide::deflate::compress_to_vec_zlib(json, 10);
    format!("plan=2.{}", URL_SAFE_NO_PAD.encode(packed))
}

/// A link of share format 1 around `json`.
fn pack_v1(json: &[u8]) -> String {
    pack(json).replacen("plan=2.", "plan=1.", 1)
}

/// The share-form JSON inside a link made by `encode` (share format 2 or 3).
fn unpack(payload: &str) -> String {
    let data = payload
        .strip_prefix("plan=2.")
        .or_else(|| payload.strip_prefix("plan=3."))
        .unwrap();
    let packed = URL_SAFE_NO_PAD.decode(data).unwrap();
    let json = miniz_oxide::inflate::decompress_to_vec_zlib(&packed).unwrap();
    String::from_utf8(json).unwrap()
}

fn typical_payload() -> String {
    encode(&typical_plan(), ShareOptions::default())
}

/// The typical plan's share JSON with `from` replaced by `to` (exactly once).
fn typical_json_with(from: &str, to: &str) -> String {
    let json = unpack(&typical_payload());
    assert_eq!(json.matches(from).count(), 1, "{from} should occur once");
    json.replacen(from, to, 1)
}

// ----------------------------------------------------------------------------------------
// The typical plan.

#[test]
fn the_typical_plan_is_valid_as_built() {
    let mut plan = typical_plan();
    validate(&mut plan).unwrap();
    assert_eq!(plan, typical_plan());
}

/// The typical plan as the app holds it: with its id.
fn typical_plan_with_id() -> Plan {
    let mut plan = typical_plan();
    plan.ensure_id(PlanId::from_random(*b"rebound-typical!"));
    plan
}

#[test]
fn the_typical_plan_link_fits_in_2000_characters() {
    let plan = typical_plan_with_id();
    let payload = encode(&plan, ShareOptions::default());
    let url = share_url(BASE, &payload);
    let json = serde_json::to_string(&redact(&plan, ShareOptions::default())).unwrap();
    println!(
        "typical plan: payload {} chars, link {} chars (base {BASE:?}); plain serde JSON {} \
         bytes, share JSON {} bytes",
        payload.len(),
        url.len(),
        json.len(),
        unpack(&payload).len()
    );
    assert!(url.len() <= 2000, "link is {} characters", url.len());
    assert_eq!(
        decode(&url).unwrap(),
        redact(&plan, ShareOptions::default())
    );
}

#[test]
fn private_parts_stay_out_unless_chosen() {
    let plan = typical_plan();
    assert!(!plan.wellbeing.moods.is_empty());
    assert!(!plan.wellbeing.reframes.is_empty());
    assert!(!plan.rejections[0].message.is_empty());
    assert!(!plan.rejections[0].contact_name.is_empty());
    assert!(!plan.rejections[0].contact_email.is_empty());

    let shared = decode(&typical_payload()).unwrap();
    assert!(shared.wellbeing.moods.is_empty());
    assert!(shared.wellbeing.reframes.is_empty());
    assert!(shared.rejections[0].message.is_empty());
    assert!(shared.rejections[0].contact_name.is_empty());
    assert!(shared.rejections[0].contact_email.is_empty());
    // The private words do not travel, not even compressed.
    let json = unpack(&typical_payload());
    assert!(!json.contains("Crushed"));
    assert!(!json.contains("not good enough"));
    assert!(!json.contains("difficult decision"));
    assert!(!json.contains("Dana"), "the contact's name");
    assert!(!json.contains("whitfield"), "the contact's email");
    // Like the rest of Stay positive, what went well and the setback plan stay out too.
    assert!(!plan.wellbeing.went_well.is_empty());
    assert!(!plan.wellbeing.setback_plan.is_empty());
    assert!(shared.wellbeing.went_well.is_empty());
    assert!(shared.wellbeing.setback_plan.is_empty());
    for note in &plan.wellbeing.went_well {
        assert!(!json.contains(&note.text));
    }
    assert!(!json.contains(&plan.wellbeing.setback_plan));
    // Everything else does.
    assert_eq!(shared.skill_gaps, plan.skill_gaps);
    assert_eq!(shared.rejections[0].feedback, plan.rejections[0].feedback);

    let all = decode(&encode(&plan, ShareOptions::ALL)).unwrap();
    assert_eq!(all, plan);
    let moods_only = ShareOptions {
        include_moods: true,
        ..ShareOptions::default()
    };
    let shared = decode(&encode(&plan, moods_only)).unwrap();
    assert_eq!(shared.wellbeing.moods, plan.wellbeing.moods);
    assert!(shared.wellbeing.reframes.is_empty());
    assert!(shared.rejections[0].message.is_empty());
    assert!(shared.rejections[0].contact_name.is_empty());
    let contacts_only = ShareOptions {
        include_contacts: true,
        ..ShareOptions::default()
    };
    let shared = decode(&encode(&plan, contacts_only)).unwrap();
    assert_eq!(shared.rejections[0].contact_name, "Dana Whitfield");
    assert_eq!(
        shared.rejections[0].contact_email,
        "dana.whitfield@northwind.example"
    );
    assert!(shared.rejections[0].message.is_empty());
    assert!(shared.wellbeing.moods.is_empty());
    let notes = ShareOptions {
        include_went_well: true,
        include_setback_plan: true,
        ..ShareOptions::default()
    };
    let shared = decode(&encode(&plan, notes)).unwrap();
    assert_eq!(shared.wellbeing.went_well, plan.wellbeing.went_well);
    assert_eq!(shared.wellbeing.setback_plan, plan.wellbeing.setback_plan);
    assert!(shared.wellbeing.moods.is_empty());
}

#[test]
fn drafts_and_the_writing_exercise_never_travel() {
    let mut plan = typical_plan();
    plan.set_draft(&Form::NewReframe.key("thought"), "Half-written worry");
    let focus = plan.current_rejection().unwrap().id;
    plan.write_out(
        focus,
        NaiveDate::from_ymd_opt(2026, 11, 25).unwrap(),
        "Dear diary, it stung",
    )
    .unwrap();
    plan.set_search_rhythm("it is Monday", "apply to one role")
        .unwrap();
    // Not even with every private part ticked.
    let payload = encode(&plan, ShareOptions::ALL);
    let json = unpack(&payload);
    assert!(!json.contains("Half-written"));
    assert!(!json.contains("Dear diary"));
    let shared = decode(&payload).unwrap();
    assert!(shared.drafts.is_empty());
    assert!(shared.wellbeing.writing.is_empty());
    // Share format 1 has no place for the weekly rhythm: it is left out, and Share says so.
    assert!(!json.contains("apply to one role"));
    assert!(shared.search_rhythm.is_empty());
    // A backup keeps both.
    let backup = rebound::core::format::encode_backup(&plan, "2026-11-25T10:00:00Z");
    let restored = decode_backup(&backup).unwrap();
    assert_eq!(
        restored.draft(&Form::NewReframe.key("thought")),
        Some("Half-written worry")
    );
    assert_eq!(restored.wellbeing.writing, plan.wellbeing.writing);
    assert_eq!(restored.search_rhythm, plan.search_rhythm);
}

#[test]
fn a_format_1_link_keeps_opening() {
    #[derive(serde::Deserialize)]
    struct Fixture {
        link_v1: String,
        plan: Plan,
    }
    let fixture: Fixture = serde_json::from_str(TYPICAL_FIXTURE).unwrap();
    assert_eq!(decode(&fixture.link_v1).unwrap(), fixture.plan);
    // The link was frozen before fun-plan moods, contact details, what went well and the
    // setback plan became private; apart from them it is today's typical plan.
    let mut frozen = fixture.plan.clone();
    for fun in &mut frozen.fun {
        fun.mood_before = None;
        fun.mood_after = None;
    }
    for r in &mut frozen.rejections {
        r.contact_name.clear();
        r.contact_email.clear();
    }
    frozen.wellbeing.went_well.clear();
    frozen.wellbeing.setback_plan.clear();
    assert_eq!(frozen, redact(&typical_plan(), ShareOptions::default()));
}

/// The typical plan (with its id, private parts left out) as the link share format 2
/// made of it, frozen when format 2 shipped: links already shared must keep opening.
const TYPICAL_LINK_V2: &str =
    "plan=2.eNqNVttu3DYQ_RWCz2tjpb3Zmye7aQEXaZvGRoEiyANX4krsUqRCUlkvAv97z5CS9hI36YsvpDgzZ\
    -bMmfnKO77mq3y5WObL7WqxlMt5Xq7mq9vVdHm7nC2zZZFnfMIdX3_8yhVfZxNe4Mnv1oV6r0zJnpwopfPpG\
    _5rZ5R1rBRBMGGEPviAG8_X8wkvcZ9P8-VVll3lMxzXfD2d8M98neMTe3o7x-12cInbgMu_befY45_v2F54V\
    ljnZBHYpgssWLtj2ppKOhZqYdhestq2smTK4EAyrb5IJp-lK5SX1zwimA1RHWIQ8P6VV3x98_IyiU5nyekTn\
    rfCSA2vJsBkYx3ZEk2rpWd2y1onvTRBmYptkQ_89oiItdLiC2a74FUpYxgxKUGKpg8hez2E2yGEeQrhAY-V2\
    bEH5kSz0YjBJlhb5Xxgnzvpg8KR2MAZaw5MCxy3zv6DBJ25yqOr7OgqWwy-Fke4FrYdYRFawVAtShb2lh2kc\
    BGwk0EonaobVOGRjVY6JU0x5Hb1CjA6HpwtR2cHJvxOkgNVyB5BKXy9scKVfgInJXDXAvUz8gvC6jy-fhJIg\
    -iYCGxv3e6sot9inL68fBpCSfl0UhQ1eY1JBA7mbAdP5B0AUxhbMBzhta1WBUrvrxklpxItU575VuI9ReeDd\
    YcgtUbhJ8zYgOdKq3C45uQ25d7A7Z2Wz-w36yphEO8O5OY_PxdS4x-QGj_fH0Jt6e4t8aQAQgObdGH3QH7_w\
    GFPD9j6bswSprfn_SZw9GEoU8nkVWGbBvSXfLDwmfwnv0MUfVYpniB2srYafc3oJXq6EMQx_qmvYNb35H3nl\
    ZHeo9NiDipiwUUg77sNUsg82GjdawGM-HrojS1TPuHuUyxqArtKPu9QkgO12DdEpN7yYBQEQGv6vaWwijop0\
    MdssogGq8HgTaoMaUosaOIRaCJPFW4dRSeKDH5EoXlVWEYvOXy00Y6OfKxiLzSRoUcNzK_yKZ50MRsKYsdVI\
    Go9itC5UhxIaXoCBAglLy1cOgkpUQ241zpRBGoa9D-az_O-MrcJ0_tvVSmhyy_QDbo2Shp4_13xGmHOfgxzd\
    TXNrrIe5rSH-UARKV-jcD1TgLpv5QEsJEULJFmRujPBtqQvSc8hRY0yXThCzqYJ85HAxyrefUdeRiTLhCQbu\
    FlFDE00gkad354DmmXngFLdnqDDVDak76nuXPwbknVRQmvAGjQM9BpKQ4ktMNZAngHLLGHpu7e0DaVhZ-wew\
    l_JUc1lxOsqGaBdWq7PJi7lKTUH_w9g-Smi_CpbXJYoSi7lHYR7hDYCjNgG6YyNEhXhbDqlIYLMNwLt5gWxZ\
    8wuntqGYQqbGNqIb57wXTT6acnOYN0_nKhJGwMf2TbW6Ahlhvr0UAaHi15-jYfKUD_sVajZ49Pdh6jd1DrR-\
    zx5_8GUHTkz_59NPs3Pm3xIrYmS6b4ouWcbaEtUn5hWJ2satbJv99NI44TStiv7ljywjUS_yjhqxn0pw3zdk\
    zjHOlSiwUOjqjqklYs_iiaOhXeS-HS2lS2fstv1dBrt7Ud7q4uvaDsbtoVCIFIfuvIwbEJxUkCCTYg6_IZiP\
    YAeCsPSXo9EuLkwuuiNPtLDmHgo8kYUO1A5Zn_EHIk4gWfd6H7MbiizW6wKxBxh0gpj7ITeGBzvFRhKUw103\
    Qu9mzAkxYsK6e2TsRdoY3GSU1bKQpFw4vpAG1h1nQZav5RO0yL8kzXBYnlN6-_FHN7Fup_Rod97eTZdz6Y95\
    L8gspbw6EROAlqrSNYGxrDXvqHktgJRkf4dm6znxZjVvF_PfxEbp3ZRrCmssy56JaibIag5FT8F9YdhXgU5o\
    cFtkaCtttZds_sYFkXYYoRsrVbYdXEWQM1Ui5Ym-0Z4VayJEMLFAZwOjh03VHdN_YGtCo1K-80zYXj5F-ES0\
    MI";

#[test]
fn a_format_2_link_keeps_opening() {
    assert!(TYPICAL_LINK_V2.starts_with("plan=2."));
    let plan = decode(TYPICAL_LINK_V2).unwrap();
    // Frozen while what went well and the setback plan were still shared by default.
    let then_default = ShareOptions {
        include_went_well: true,
        include_setback_plan: true,
        ..ShareOptions::default()
    };
    assert_eq!(plan, redact(&typical_plan_with_id(), then_default));
    assert_eq!(
        plan.id.as_ref().map(PlanId::as_str),
        Some("7265626f756e642d7479706963616c21")
    );
}

/// The typical plan with a checklist item of the person's own, which needs share format 3.
fn with_own_prep() -> Plan {
    let mut plan = typical_plan_with_id();
    let id = plan.add_own_prep("Print two copies of my CV").unwrap();
    plan.set_prep_done(&format!("own:{id}"), true);
    plan
}

#[test]
fn own_checklist_items_need_share_format_3() {
    let plan = with_own_prep();
    let payload = encode(&plan, ShareOptions::default());
    assert!(payload.starts_with("plan=3."));
    let json = unpack(&payload);
    assert!(
        json.contains(r#","q":[[22,"Print two copies of my CV"]]"#),
        "{json}"
    );
    let shared = decode(&payload).unwrap();
    assert_eq!(shared, redact(&plan, ShareOptions::default()));
    assert!(shared.is_prep_done("own:22"));
    // Older formats had no place for them.
    assert_eq!(
        decode(&payload.replacen("plan=3.", "plan=2.", 1)),
        Err(ShareError::NotAPlan(
            "a version 2 link with checklist items".into()
        ))
    );
    let id = format!(r#""u":"{}","#, plan.id.as_ref().unwrap().as_str());
    assert_eq!(json.matches(&id).count(), 1);
    assert_eq!(
        decode(&pack_v1(json.replacen(&id, "", 1).as_bytes())),
        Err(ShareError::NotAPlan(
            "a version 1 link with checklist items".into()
        ))
    );
    // Format 3 reads every link format 2 wrote.
    let without = typical_plan_with_id();
    let v2 = encode(&without, ShareOptions::default());
    assert!(v2.starts_with("plan=2."));
    assert_eq!(
        decode(&v2.replacen("plan=2.", "plan=3.", 1)),
        Ok(redact(&without, ShareOptions::default()))
    );
}

/// A link of share format 1 has no plan id; the plan gets one when it is opened.
#[test]
fn a_format_1_link_opens_without_an_id() {
    #[derive(serde::Deserialize)]
    struct Fixture {
        link_v1: String,
    }
    let fixture: Fixture = serde_json::from_str(TYPICAL_FIXTURE).unwrap();
    assert!(fixture.link_v1.starts_with("plan=1."));
    assert_eq!(decode(&fixture.link_v1).unwrap().id, None);
}

#[test]
fn links_are_read_with_or_without_the_hash_or_the_page_address() {
    let payload = typical_payload();
    let expected = redact(&typical_plan(), ShareOptions::default());
    for text in [
        payload.clone(),
        format!("#{payload}"),
        share_url(BASE, &payload),
        share_url("https://rebound.example/app/#/skills", &payload),
        format!("  {}\n", share_url(BASE, &payload)),
    ] {
        assert_eq!(decode(&text).as_ref(), Ok(&expected), "{}", &text[..40]);
    }
    assert!(share_url(BASE, &payload).starts_with("https://rebound.example/#plan=2."));
    assert_eq!(
        share_url("https://a.example/x#old", "#plan=1.abc"),
        "https://a.example/x#plan=1.abc"
    );
}

#[test]
fn html_and_odd_text_come_back_literally() {
    let mut plan = typical_plan();
    let tricky = [
        "<img src=x onerror=alert(1)>",
        "</script><script>alert('x')</script>",
        "\"quoted\" & 'single' `back` \\ slash",
        "javascript:alert(1)",
        "Zoë, 日本語, مرحبا, 🎉👩🏽‍💻",
        "line one\nline two\ttabbed",
        "%23plan=2.&amp;#x27;",
        "[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{",
        "\\\"[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[ \\\\\"{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{",
    ];
    plan.rejections[0].company = tricky[0].into();
    plan.rejections[0].role = tricky[1].into();
    plan.rejections[0].feedback[0].text = tricky.join(" | ");
    plan.skill_gaps[0].skill = tricky[4].into();
    plan.wellbeing.setback_plan = tricky[5].into();
    plan.applications[0].note = tricky[6].into();
    plan.profile.name = tricky[2].into();
    plan.rejections[0].reflection.note = tricky[7].into();
    plan.search_changes[0].text = tricky[8].into();
    let shared = decode(&encode(&plan, ShareOptions::default())).unwrap();
    assert_eq!(shared, redact(&plan, ShareOptions::default()));
    assert_eq!(shared.rejections[0].company, "<img src=x onerror=alert(1)>");
}

// ----------------------------------------------------------------------------------------
// Bad input: each kind of trouble has its own error.

#[test]
fn bad_links_each_give_their_own_error() {
    let payload = typical_payload();
    let data = payload.strip_prefix("plan=2.").unwrap();

    let mut bits = URL_SAFE_NO_PAD.decode(data).unwrap();
    let middle = bits.len() / 2;
    bits[middle] ^= 0x10;
    let bit_flipped = format!("plan=2.{}", URL_SAFE_NO_PAD.encode(&bits));

    let deep = format!("{}{}", "[".repeat(10_000), "]".repeat(10_000));
    let deep_object = format!(
        "{{\"r\":{}{}}}",
        "{\"a\":".repeat(5_000) + "1",
        "}".repeat(5_000)
    );
    let too_many_gaps = {
        let mut plan = typical_plan();
        let gap = plan.skill_gaps[0].clone();
        plan.skill_gaps = (0..=MAX_SKILL_GAPS as u32)
            .map(|i| SkillGap {
                id: Id::new(10_000 + i),
                source: None,
                ..gap.clone()
            })
            .collect();
        plan.next_id = Id::new(20_000);
        encode(&plan, ShareOptions::default())
    };

    let cases: Vec<(&str, String, ShareError)> = vec![
        ("empty", String::new(), ShareError::Empty),
        ("only a hash", "#".into(), ShareError::Empty),
        ("blank", " \n\t".into(), ShareError::Empty),
        ("a screen link", "#/skills".into(), ShareError::NotAPlanLink),
        ("some text", "hello there".into(), ShareError::NotAPlanLink),
        (
            "truncated",
            payload[..payload.len() / 2].to_string(),
            ShareError::CutShort,
        ),
        (
            "truncated to the prefix",
            "plan=1.".into(),
            ShareError::CutShort,
        ),
        (
            "truncated in the version",
            "plan=1".into(),
            ShareError::CutShort,
        ),
        ("bit-flipped", bit_flipped, ShareError::Damaged),
        (
            "newer version",
            format!("plan=4.{data}"),
            ShareError::NewerVersion(4),
        ),
        (
            "much newer version",
            format!("plan=99999999999999999999999.{data}"),
            ShareError::NewerVersion(u64::MAX),
        ),
        (
            "version zero",
            format!("plan=0.{data}"),
            ShareError::UnknownVersion,
        ),
        (
            "version not a number",
            format!("plan=v1.{data}"),
            ShareError::UnknownVersion,
        ),
        (
            "not base64",
            "plan=1.@@@@!!!!".into(),
            ShareError::NotBase64,
        ),
        (
            "standard base64 characters",
            format!("plan=1.{}+/", &data[..data.len() - 2]),
            ShareError::NotBase64,
        ),
        (
            "oversized",
            format!("plan=1.{}", "A".repeat(MAX_LINK_CHARS)),
            ShareError::TooLong,
        ),
        (
            "compression bomb (16 MB of spaces)",
            pack(&vec![b' '; 16 * 1024 * 1024]),
            ShareError::TooBig,
        ),
        (
            "compression bomb (50 MB of zeros), stopped by the length cap",
            pack(&vec![0u8; 50 * 1024 * 1024]),
            ShareError::TooLong,
        ),
        ("deep nesting", pack(deep.as_bytes()), ShareError::TooDeep),
        (
            "deep nesting in a field",
            pack(deep_object.as_bytes()),
            ShareError::TooDeep,
        ),
        (
            "not deflate",
            format!("plan=2.{}", URL_SAFE_NO_PAD.encode(b"just some bytes")),
            ShareError::Damaged,
        ),
        ("not UTF-8", pack(&[0xff, 0xfe, 0x7b]), ShareError::Damaged),
        ("not JSON", pack(b"{not json"), ShareError::Damaged),
        (
            "bad date",
            pack(typical_json_with("2026-11-23", "2026-02-30").as_bytes()),
            ShareError::BadDate,
        ),
        (
            "bad date and time",
            pack(typical_json_with("2026-11-26T19:00", "2026-11-26T25:00").as_bytes()),
            ShareError::BadDate,
        ),
        (
            "date out of range",
            pack(typical_json_with("2026-12-20", "9999-12-20").as_bytes()),
            ShareError::BadDate,
        ),
        (
            "too many skill gaps",
            too_many_gaps,
            ShareError::Invalid(InvalidPlan::TooMany {
                what: "skill gaps",
                count: MAX_SKILL_GAPS + 1,
                max: MAX_SKILL_GAPS,
            }),
        ),
        (
            "level out of range",
            pack(
                typical_json_with(
                    "\"l\":2,\"g\":4,\"m\":3,\"d\":\"2026-12-20\"",
                    "\"l\":9,\"g\":4,\"m\":3,\"d\":\"2026-12-20\"",
                )
                .as_bytes(),
            ),
            ShareError::Invalid(InvalidPlan::OutOfRange),
        ),
        (
            "control character",
            pack(typical_json_with("SQL speed", "SQL\\u0000speed").as_bytes()),
            ShareError::Invalid(InvalidPlan::ControlCharacter),
        ),
    ];
    // Shapes serde refuses carry serde's words for the log; the person sees one message.
    let not_a_plan = [
        (
            "unknown field",
            pack(typical_json_with("{\"r\":", "{\"zz\":1,\"r\":").as_bytes()),
        ),
        (
            "unknown nested field",
            pack(
                typical_json_with("\"n\":\"SQL speed\"", "\"n\":\"SQL speed\",\"evil\":1")
                    .as_bytes(),
            ),
        ),
        (
            "a plan id in a version 1 link",
            pack_v1(unpack(&encode(&typical_plan_with_id(), ShareOptions::default())).as_bytes()),
        ),
        (
            "a plan id that is not one",
            pack(
                unpack(&encode(&typical_plan_with_id(), ShareOptions::default()))
                    .replacen("\"u\":\"72", "\"u\":\"ZZ", 1)
                    .as_bytes(),
            ),
        ),
        (
            "checklist items of one's own in a version 2 link",
            pack(unpack(&encode(&with_own_prep(), ShareOptions::default())).as_bytes()),
        ),
        (
            "checklist items of one's own in a version 1 link",
            pack_v1(
                unpack(&encode(&with_own_prep(), ShareOptions::default()))
                    .replacen("\"u\":\"7265626f756e642d7479706963616c21\",", "", 1)
                    .as_bytes(),
            ),
        ),
        ("wrong shape", pack(b"[1,2,3]")),
        ("not an object", pack(b"\"a plan\"")),
        ("wrong type", pack(b"{\"r\":7}")),
        (
            "unknown choice code",
            pack(
                typical_json_with(
                    "\"s\":4,\"d\":\"2026-11-23\"",
                    "\"s\":99,\"d\":\"2026-11-23\"",
                )
                .as_bytes(),
            ),
        ),
        (
            "null for text",
            pack(typical_json_with("\"SQL speed\"", "null").as_bytes()),
        ),
    ];
    for (name, input) in &not_a_plan {
        assert!(
            matches!(decode(input), Err(ShareError::NotAPlan(_))),
            "{name}"
        );
    }
    for (name, input, expected) in &cases {
        let started = std::time::Instant::now();
        let got = decode(input);
        assert_eq!(got.as_ref(), Err(expected), "{name}");
        assert!(
            started.elapsed().as_secs() < 5,
            "{name} took {:?}",
            started.elapsed()
        );
    }
}

#[test]
fn every_error_has_its_own_kind_message() {
    let errors = [
        ShareError::Empty,
        ShareError::NotAPlanLink,
        ShareError::TooLong,
        ShareError::NewerVersion(2),
        ShareError::UnknownVersion,
        ShareError::CutShort,
        ShareError::NotBase64,
        ShareError::Damaged,
        ShareError::TooBig,
        ShareError::TooDeep,
        ShareError::BadDate,
        ShareError::NotAPlan("zzdetail".into()),
        ShareError::Invalid(InvalidPlan::DuplicateId),
    ];
    let messages: Vec<String> = errors.iter().map(ToString::to_string).collect();
    common::assert_kind_messages(&messages);
    assert_eq!(
        ShareError::Invalid(InvalidPlan::DuplicateId).to_string(),
        "This plan can't be opened because the same id is used twice."
    );
}

#[test]
fn every_truncation_is_called_cut_short() {
    let payload = typical_payload();
    for end in "plan=".len()..payload.len() {
        assert_eq!(
            decode(&payload[..end]),
            Err(ShareError::CutShort),
            "cut at {end}"
        );
    }
}

/// The zlib checksum catches garbling: a flipped bit either fails or (rarely, when it
/// lands on a bit the inflater ignores) opens the very same plan.
#[test]
fn no_single_bit_flip_opens_a_different_plan() {
    let original = decode(&typical_payload()).unwrap();
    let payload = typical_payload();
    let bytes = URL_SAFE_NO_PAD
        .decode(payload.strip_prefix("plan=2.").unwrap())
        .unwrap();
    for i in 0..bytes.len() {
        for bit in 0..8 {
            let mut flipped = bytes.clone();
            flipped[i] ^= 1 << bit;
            let link = format!("plan=2.{}", URL_SAFE_NO_PAD.encode(&flipped));
            if let Ok(plan) = decode(&link) {
                assert_eq!(plan, original, "byte {i} bit {bit} opened a changed plan");
            }
        }
    }
}

// ----------------------------------------------------------------------------------------
// Backups.

#[test]
fn backups_round_trip_and_the_format_1_file_imports() {
    let record = Record::new(typical_plan(), 4, "2026-11-25T10:00:00Z");
    assert_eq!(decode_backup(&record.to_json()).unwrap(), typical_plan());
    let with_bom = format!("\u{feff}{}", record.to_json());
    assert_eq!(decode_backup(&with_bom).unwrap(), typical_plan());
    let old = decode_backup(include_str!("fixtures/record-format-1.json")).unwrap();
    assert_eq!(old.rejections[0].company, "Northwind");
}

#[test]
fn bad_backups_each_give_their_own_error() {
    // A backup file is a format 4 record.
    let good = Record::json_of(&typical_plan_with_id(), 4, "2026-11-25T10:00:00Z");
    let with = |from: &str, to: &str| {
        assert!(good.contains(from), "{from}");
        good.replacen(from, to, 1)
    };
    let deep = format!(
        "{{\"format\":1,\"plan\":{}{}}}",
        "[".repeat(10_000),
        "]".repeat(10_000)
    );
    let cases: Vec<(&str, String, BackupError)> = vec![
        ("empty", "  ".into(), BackupError::Empty),
        (
            "too large",
            format!("\"{}\"", "x".repeat(MAX_RECORD_BYTES)),
            BackupError::TooLarge(MAX_RECORD_BYTES),
        ),
        (
            "cut short",
            good[..good.len() / 2].into(),
            BackupError::CutShort,
        ),
        ("not JSON", "hello".into(), BackupError::NotJson),
        ("deep nesting", deep, BackupError::TooDeep),
        ("no version", "{\"plan\":{}}".into(), BackupError::NoVersion),
        ("an empty array", "[]".into(), BackupError::NotJson),
        (
            "version zero",
            with("\"format\":4", "\"format\":0"),
            BackupError::UnknownVersion(0),
        ),
        (
            "newer",
            with("\"format\":4", "\"format\":5"),
            BackupError::Newer(5),
        ),
        (
            "date out of range",
            with("2026-11-23", "2300-11-23"),
            BackupError::BadDate,
        ),
        (
            "level out of range",
            with("\"current_level\":2", "\"current_level\":0"),
            BackupError::Invalid(InvalidPlan::OutOfRange),
        ),
    ];
    for (name, input, expected) in &cases {
        assert_eq!(decode_backup(input).as_ref(), Err(expected), "{name}");
    }
    for (name, input) in [
        (
            "wrong type",
            "{\"format\":1,\"plan\":{\"rejections\":7}}".to_string(),
        ),
        (
            "unknown field",
            with("\"plan\":{", "\"plan\":{\"surprise\":true,"),
        ),
        ("30 February", with("2026-11-23", "2026-02-30")),
        (
            "a plan id that is not one",
            with("\"id\":\"72", "\"id\":\"zz"),
        ),
        (
            "a plan id in format 1",
            with("\"format\":4", "\"format\":1"),
        ),
    ] {
        assert!(
            matches!(decode_backup(&input), Err(BackupError::NotAPlan(_))),
            "{name}"
        );
    }
}

// ----------------------------------------------------------------------------------------
// Generated plans: decode(encode(plan)) == redact(plan).

/// Pieces of realistic and hostile text: words, unicode, emoji, HTML, quotes, escapes.
const PIECES: &[&str] = &[
    "SQL",
    "the panel",
    "felt rushed",
    "Northwind",
    "product design",
    "Zoë",
    "Søren",
    "日本語",
    "مرحبا",
    "Привет",
    "🎉",
    "👩🏽‍💻",
    "🇳🇴",
    "<img src=x onerror=alert(1)>",
    "<script>alert('x')</script>",
    "&amp;",
    "\"",
    "'",
    "`",
    "\\",
    "\\u0000",
    "#plan=1.",
    "%20",
    "javascript:",
    "{\"a\":[1]}",
    "\n",
    "\t",
    " ",
    "  ",
];

fn text(max_pieces: usize) -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        3 => proptest::sample::select(PIECES).prop_map(str::to_string),
        1 => any::<char>()
            .prop_filter("no control characters", |c| !c.is_control())
            .prop_map(String::from),
    ];
    proptest::collection::vec(piece, 0..=max_pieces).prop_map(|pieces| pieces.join(" "))
}

/// Text that is not blank: a name field.
fn name() -> impl Strategy<Value = String> {
    (proptest::sample::select(&PIECES[..13]), text(4)).prop_map(|(a, b)| format!("{a}{b}"))
}

fn date() -> impl Strategy<Value = NaiveDate> {
    (1900i32..=2200, 1u32..=366).prop_map(|(y, d)| {
        NaiveDate::from_yo_opt(y, d).unwrap_or_else(|| NaiveDate::from_yo_opt(y, 365).unwrap())
    })
}

fn time() -> impl Strategy<Value = NaiveTime> {
    prop_oneof![
        (0u32..24, 0u32..60).prop_map(|(h, m)| NaiveTime::from_hms_opt(h, m, 0).unwrap()),
        (0u32..24, 0u32..60, 0u32..60, 0u32..1_000_000_000)
            .prop_map(|(h, m, s, n)| NaiveTime::from_hms_nano_opt(h, m, s, n).unwrap()),
    ]
}

fn choice<T: Choice + std::fmt::Debug>() -> impl Strategy<Value = T> {
    proptest::sample::select(T::all())
}

fn level() -> impl Strategy<Value = u8> {
    1u8..=5
}

fn feedback() -> impl Strategy<Value = FeedbackItem> {
    (
        name(),
        choice(),
        choice(),
        choice(),
        proptest::option::of(prop_oneof![
            any::<u32>().prop_map(|n| Outcome::SkillGap(Id::new(n))),
            any::<u32>().prop_map(|n| Outcome::SearchChange(Id::new(n))),
        ]),
    )
        .prop_map(|(text, category, stage, certainty, outcome)| FeedbackItem {
            id: Id::default(),
            text,
            category,
            stage,
            certainty,
            outcome,
        })
}

fn rejection() -> impl Strategy<Value = Rejection> {
    (
        (name(), name(), text(3), text(3), choice(), date(), choice()),
        (
            text(12),
            proptest::option::of(choice()),
            proptest::option::of(date()),
            proptest::option::of(date()),
            proptest::collection::vec(feedback(), 0..4),
            proptest::option::of(choice()),
            text(8),
        ),
    )
        .prop_map(
            |(
                (company, role, contact_name, contact_email, stage, date, channel),
                (message, status, sent_on, followed_up_on, feedback, cause, note),
            )| Rejection {
                id: Id::default(),
                company,
                role,
                contact_name,
                contact_email,
                stage,
                date,
                channel,
                message,
                request: FeedbackRequest {
                    status,
                    sent_on,
                    followed_up_on,
                },
                feedback,
                reflection: Reflection { cause, note },
                // Given to the rejection in focus by `plan()` (see `wellbeing()`).
                slate_wiped_on: None,
            },
        )
}

fn role() -> impl Strategy<Value = TargetRole> {
    (
        name(),
        text(3),
        choice(),
        proptest::collection::vec(name(), 0..4),
    )
        .prop_map(|(title, area, level, requirements)| TargetRole {
            id: Id::default(),
            title,
            area,
            level,
            requirements,
        })
}

/// A source is picked later among the plan's feedback items, by index.
type SourcePick = Option<prop::sample::Index>;

fn search_change() -> impl Strategy<Value = (SearchChange, SourcePick)> {
    (name(), any::<bool>(), any::<SourcePick>()).prop_map(|(text, done, pick)| {
        (
            SearchChange {
                id: Id::default(),
                text,
                done,
                source: None,
            },
            pick,
        )
    })
}

fn skill_gap() -> impl Strategy<Value = (SkillGap, SourcePick)> {
    (
        (
            name(),
            choice(),
            text(6),
            choice(),
            level(),
            level(),
            choice(),
        ),
        (
            proptest::option::of(any::<u32>()),
            proptest::option::of(date()),
            choice(),
            text(4),
            text(4),
            any::<SourcePick>(),
        ),
    )
        .prop_map(
            |(
                (skill, category, evidence, priority, current_level, target_level, method),
                (cost, target_date, status, if_cue, then_action, pick),
            )| {
                (
                    SkillGap {
                        id: Id::default(),
                        skill,
                        category,
                        evidence,
                        source: None,
                        priority,
                        current_level,
                        target_level,
                        method,
                        cost,
                        target_date,
                        status,
                        if_cue,
                        then_action,
                    },
                    pick,
                )
            },
        )
}

fn fun() -> impl Strategy<Value = FunPlan> {
    (
        name(),
        text(3),
        date(),
        time(),
        proptest::option::of(level()),
        proptest::option::of(level()),
        any::<bool>(),
    )
        .prop_map(
            |(what, with_whom, day, at, mood_before, mood_after, done)| FunPlan {
                id: Id::default(),
                what,
                with_whom,
                when: day.and_time(at),
                mood_before,
                mood_after,
                done,
            },
        )
}

fn application() -> impl Strategy<Value = Application> {
    (
        name(),
        name(),
        choice(),
        date(),
        proptest::option::of(time()),
        text(8),
    )
        .prop_map(|(company, role, kind, date, time, note)| Application {
            id: Id::default(),
            company,
            role,
            kind,
            date,
            time,
            note,
        })
}

fn wellbeing() -> impl Strategy<Value = Wellbeing> {
    (
        proptest::collection::btree_map(date(), (level(), text(3)), 0..4),
        proptest::collection::vec((date(), text(6), text(6)), 0..3),
        proptest::collection::vec((date(), text(6)), 0..3),
        text(8),
        proptest::option::of(date()),
    )
        .prop_map(
            |(moods, reframes, went_well, setback_plan, slate_wiped_on)| Wellbeing {
                // A map keyed by date: one check-in a day, in date order, as validate wants.
                moods: moods
                    .into_iter()
                    .map(|(date, (mood, note))| MoodCheckIn { date, mood, note })
                    .collect(),
                reframes: reframes
                    .into_iter()
                    .map(|(date, thought, kinder_view)| Reframe {
                        id: Id::default(),
                        date,
                        thought,
                        kinder_view,
                    })
                    .collect(),
                went_well: went_well
                    .into_iter()
                    .map(|(date, text)| WentWell {
                        id: Id::default(),
                        date,
                        text,
                    })
                    .collect(),
                setback_plan,
                // Filed under the rejection in focus by `plan()`, as a loaded older record.
                legacy_slate: slate_wiped_on,
                writing: Vec::new(),
            },
        )
}

/// A valid plan: unique ids, links that point at real feedback, a sane id counter.
fn plan() -> impl Strategy<Value = Plan> {
    (
        (
            proptest::collection::vec(rejection(), 0..3),
            any::<SourcePick>(),
            (
                text(3),
                proptest::collection::vec(name(), 0..4),
                proptest::option::of(choice()),
            ),
            proptest::collection::vec(role(), 0..3),
            proptest::collection::vec(search_change(), 0..3),
            proptest::collection::vec(skill_gap(), 0..4),
        ),
        (
            proptest::collection::vec(fun(), 0..2),
            wellbeing(),
            proptest::collection::vec(application(), 0..3),
            proptest::collection::vec(name(), 0..3),
            0u32..3,
        ),
    )
        .prop_map(
            |(
                (rejections, current, (person, skills, level), roles, changes, gaps),
                (fun, wellbeing, applications, prep_done, spare_ids),
            )| {
                let mut plan = Plan {
                    id: None,
                    rejections,
                    current: None,
                    profile: Profile {
                        name: person,
                        skills,
                        level,
                    },
                    roles,
                    search_changes: changes.iter().map(|(c, _)| c.clone()).collect(),
                    skill_gaps: gaps.iter().map(|(g, _)| g.clone()).collect(),
                    fun,
                    wellbeing,
                    applications,
                    prep_done,
                    next_id: Id::default(),
                    drafts: Drafts::default(),
                    search_rhythm: Rhythm::default(),
                    own_prep: Vec::new(),
                    reviews: Vec::new(),
                };
                let mut next = 0;
                let mut id = || {
                    next += 1;
                    Id::new(next)
                };
                for r in &mut plan.rejections {
                    r.id = id();
                    for f in &mut r.feedback {
                        f.id = id();
                    }
                }
                plan.roles.iter_mut().for_each(|x| x.id = id());
                plan.search_changes.iter_mut().for_each(|x| x.id = id());
                plan.skill_gaps.iter_mut().for_each(|x| x.id = id());
                plan.fun.iter_mut().for_each(|x| x.id = id());
                plan.wellbeing.reframes.iter_mut().for_each(|x| x.id = id());
                plan.wellbeing
                    .went_well
                    .iter_mut()
                    .for_each(|x| x.id = id());
                plan.applications.iter_mut().for_each(|x| x.id = id());
                plan.next_id = Id::new(id().get() - 1 + spare_ids);

                let sources: Vec<FeedbackRef> = plan
                    .rejections
                    .iter()
                    .flat_map(|r| {
                        r.feedback.iter().map(|f| FeedbackRef {
                            rejection: r.id,
                            feedback: f.id,
                        })
                    })
                    .collect();
                let pick = |p: &SourcePick| match p {
                    Some(i) if !sources.is_empty() => Some(*i.get(&sources)),
                    _ => None,
                };
                for (c, (_, p)) in plan.search_changes.iter_mut().zip(&changes) {
                    c.source = pick(p);
                }
                for (g, (_, p)) in plan.skill_gaps.iter_mut().zip(&gaps) {
                    g.source = pick(p);
                }
                plan.current = match current {
                    Some(i) if !plan.rejections.is_empty() => Some(i.get(&plan.rejections).id),
                    _ => None,
                };
                plan.file_under_focus();
                plan
            },
        )
}

fn options() -> impl Strategy<Value = ShareOptions> {
    (
        any::<bool>(),
        any::<bool>(),
        any::<bool>(),
        any::<bool>(),
        any::<bool>(),
        any::<bool>(),
    )
        .prop_map(|(m, r, t, c, w, b)| ShareOptions {
            include_moods: m,
            include_reframes: r,
            include_message: t,
            include_contacts: c,
            include_went_well: w,
            include_setback_plan: b,
            // Private like the moods it sits among.
            include_slate: m,
        })
}

/// A generated plan, with an id or (a plan from before ids) without.
fn plan_maybe_with_id() -> impl Strategy<Value = Plan> {
    (plan(), proptest::option::of(any::<[u8; 16]>())).prop_map(|(mut plan, id)| {
        plan.id = id.map(PlanId::from_random);
        plan
    })
}

/// A generated plan with checklist items of the person's own (share format 3), some
/// of them ticked.
fn plan_with_own_prep() -> impl Strategy<Value = Plan> {
    (
        plan_maybe_with_id(),
        proptest::collection::vec((name(), any::<bool>()), 1..4),
    )
        .prop_map(|(mut plan, items)| {
            for (text, ticked) in items {
                let id = plan.add_own_prep(&text).unwrap();
                if ticked {
                    plan.set_prep_done(&format!("own:{id}"), true);
                }
            }
            plan
        })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn decoding_an_encoded_plan_gives_the_redacted_plan(plan in plan_maybe_with_id(), options in options()) {
        // The generator makes plans the app could have made: validate leaves them alone.
        let mut checked = plan.clone();
        prop_assert_eq!(validate(&mut checked), Ok(()));
        prop_assert_eq!(&checked, &plan);

        let payload = encode(&plan, options);
        prop_assert!(payload.starts_with("plan=2."));
        prop_assert_eq!(decode(&payload), Ok(redact(&plan, options)));
        let url = share_url(BASE, &payload);
        prop_assert_eq!(decode(&url), Ok(redact(&plan, options)));
    }

    #[test]
    fn plans_with_their_own_checklist_items_travel_in_share_format_3(
        plan in plan_with_own_prep(),
        options in options(),
    ) {
        let mut checked = plan.clone();
        prop_assert_eq!(validate(&mut checked), Ok(()));
        prop_assert_eq!(&checked, &plan);

        let payload = encode(&plan, options);
        prop_assert!(payload.starts_with("plan=3."), "{}", &payload[..10]);
        let shared = decode(&share_url(BASE, &payload)).unwrap();
        prop_assert_eq!(&shared, &redact(&plan, options));
        prop_assert_eq!(&shared.own_prep, &plan.own_prep);
        // Without them, the same plan is still written in format 2, for older apps.
        let mut without = plan.clone();
        for own in plan.own_prep.iter().map(|p| p.id) {
            without.remove_own_prep(own).unwrap();
        }
        let payload = encode(&without, options);
        prop_assert!(payload.starts_with("plan=2."), "{}", &payload[..10]);
        prop_assert_eq!(decode(&payload), Ok(redact(&without, options)));
        // A backup keeps them too.
        prop_assert_eq!(decode_backup(&encode_backup(&plan, "2026-11-25T10:00:00Z")), Ok(plan));
    }

    #[test]
    fn backups_of_generated_plans_round_trip(plan in plan_maybe_with_id()) {
        let record = Record::new(plan.clone(), 1, "2026-11-25T10:00:00Z");
        prop_assert_eq!(decode_backup(&record.to_json()), Ok(plan.clone()));
        prop_assert_eq!(decode_backup(&encode_backup(&plan, "2026-11-25T10:00:00Z")), Ok(plan));
    }

    #[test]
    fn arbitrary_text_never_panics(text in ".{0,200}") {
        let _ = decode(&text);
        let _ = decode(&format!("plan=1.{text}"));
        let _ = decode_backup(&text);
    }

    #[test]
    fn arbitrary_deflated_bytes_never_panic(bytes in proptest::collection::vec(any::<u8>(), 0..400)) {
        let _ = decode(&pack(&bytes));
        let _ = decode(&format!("plan=1.{}", URL_SAFE_NO_PAD.encode(&bytes)));
    }
}

// ----------------------------------------------------------------------------------------
// The JSON written, byte for byte: what the serde_json-based writer of format 1 wrote.

/// FNV-1a, to pin many written documents in one number.
fn fnv(hash: u64, bytes: &[u8]) -> u64 {
    bytes.iter().fold(hash, |h, &b| {
        (h ^ u64::from(b)).wrapping_mul(0x100_0000_01b3)
    })
}

/// Text with every character JSON escapes, and some it must not.
const ESCAPES: &str = "\u{0}\u{1}\u{7}\u{8}\t\n\u{b}\u{c}\r\u{1b}\u{1f} \"\\/\u{7f}é\u{2028}🎉 end";

/// The typical plan with escape-worthy text in every kind of field and times with
/// seconds, fractions and a leap second.
fn escape_plan() -> Plan {
    let mut plan = typical_plan();
    plan.rejections[0].company = ESCAPES.into();
    plan.rejections[0].feedback[1].text = ESCAPES.into();
    plan.profile.skills.push(ESCAPES.into());
    plan.profile.name = ESCAPES.into();
    plan.prep_done.push(ESCAPES.into());
    let focus = plan.current_rejection().unwrap().id;
    plan.wipe_slate(focus, NaiveDate::from_ymd_opt(2026, 11, 20).unwrap())
        .unwrap();
    plan.applications[0].time = NaiveTime::from_hms_opt(9, 5, 7);
    plan.applications[1].time = NaiveTime::from_hms_milli_opt(23, 59, 59, 1_500);
    plan.fun[0].when = NaiveDate::from_ymd_opt(2026, 11, 27)
        .unwrap()
        .and_time(NaiveTime::from_hms_nano_opt(8, 0, 3, 120_000).unwrap());
    plan.fun[0].mood_after = Some(4);
    plan.fun[0].done = true;
    plan
}

/// A backup as format 4 writes it, turned back into what format 1 wrote: its version,
/// and the "slate wiped clean" moment of the rejection in focus back in the wellbeing
/// part, where formats 1 to 3 kept it for the whole plan. A plan without an id (or format
/// 3's checklist items and reviews) is then byte for byte what format 1 wrote.
fn as_format_1(plan: &Plan, backup: String) -> String {
    let rest = backup
        .strip_prefix(r#"{"format":4,"#)
        .expect("a backup is format 4");
    let mut text = format!(r#"{{"format":1,{rest}"#);
    let slate = match plan.current_rejection().and_then(|r| r.slate_wiped_on) {
        Some(day) => {
            let field = format!(r#","slate_wiped_on":"{day}""#);
            text = text.replacen(&field, "", 1);
            format!(r#""{day}""#)
        }
        None => "null".to_string(),
    };
    // The end of the setback plan's text: the first quote not escaped.
    let key = r#""setback_plan":""#;
    let start = text.find(key).expect("a wellbeing part") + key.len();
    let mut escaped = false;
    let end = start
        + text[start..]
            .char_indices()
            .find(|&(_, c)| {
                let closes = c == '"' && !escaped;
                escaped = c == '\\' && !escaped;
                closes
            })
            .expect("a closing quote")
            .0
        + 1;
    text.insert_str(end, &format!(r#","slate_wiped_on":{slate}"#));
    text
}

/// What format 1 left out by default, before contact details, what went well and the
/// setback plan became private.
const FORMAT_1_DEFAULT: ShareOptions = ShareOptions {
    include_contacts: true,
    include_moods: false,
    include_reframes: false,
    include_message: false,
    include_went_well: true,
    include_setback_plan: true,
    include_slate: true,
};

#[test]
fn the_typical_record_and_link_json_are_unchanged() {
    let record = Record::json_of(&typical_plan(), 4, "2026-11-25T10:00:00Z");
    assert_eq!(
        as_format_1(&typical_plan(), record),
        include_str!("fixtures/typical-record.json").trim_end()
    );
    let share = unpack(&encode(&typical_plan(), ShareOptions::ALL));
    assert_eq!(
        share,
        include_str!("fixtures/typical-share.json").trim_end()
    );
}

#[test]
fn escaped_text_and_odd_times_are_written_as_format_1_wrote_them() {
    let plan = escape_plan();
    let mut hash = 0xcbf2_9ce4_8422_2325;
    hash = fnv(
        hash,
        as_format_1(&plan, Record::json_of(&plan, u64::MAX, ESCAPES)).as_bytes(),
    );
    hash = fnv(hash, unpack(&encode(&plan, ShareOptions::ALL)).as_bytes());
    assert_eq!(hash, 17488968437600701019);
}

#[test]
fn generated_plans_are_written_as_format_1_wrote_them() {
    use proptest::strategy::ValueTree;
    use proptest::test_runner::{Config, RngAlgorithm, TestRng, TestRunner};
    let rng = TestRng::from_seed(RngAlgorithm::ChaCha, &[7; 32]);
    let mut runner = TestRunner::new_with_rng(Config::default(), rng);
    let mut hash = 0xcbf2_9ce4_8422_2325;
    for i in 0..300u64 {
        let plan = plan().new_tree(&mut runner).unwrap().current();
        hash = fnv(
            hash,
            as_format_1(&plan, Record::json_of(&plan, i, "2026-11-25T10:00:00Z")).as_bytes(),
        );
        hash = fnv(hash, unpack(&encode(&plan, ShareOptions::ALL)).as_bytes());
        hash = fnv(hash, unpack(&encode(&plan, FORMAT_1_DEFAULT)).as_bytes());
    }
    // Format 4 keeps the "slate wiped clean" moment with a rejection, so a generated plan
    // with a moment and no rejection (which format 4 cannot hold) is written without it;
    // every other plan is byte for byte what format 1 wrote (as the fixed plans above).
    assert_eq!(hash, 15413157756948507427);
}

/// With an id, the plan's JSON starts with it, in the record and in the link; the rest
/// is as before.
#[test]
fn a_plan_id_comes_first_and_changes_nothing_else() {
    let plan = typical_plan_with_id();
    let id = plan.id.clone().unwrap();
    let record = Record::json_of(&plan, 4, "2026-11-25T10:00:00Z");
    let without = Record::json_of(&typical_plan(), 4, "2026-11-25T10:00:00Z");
    assert_eq!(
        record,
        without.replacen(
            r#""plan":{"#,
            &format!(r#""plan":{{"id":"{}","#, id.as_str()),
            1
        )
    );
    let share = unpack(&encode(&plan, ShareOptions::ALL));
    let without = unpack(&encode(&typical_plan(), ShareOptions::ALL));
    assert_eq!(
        share,
        without.replacen('{', &format!(r#"{{"u":"{}","#, id.as_str()), 1)
    );
}

#[test]
fn a_share_link_is_told_apart_from_a_screen_address() {
    assert!(is_share_link("#plan=1.abc"));
    assert!(is_share_link("plan=2.abc"));
    assert!(!is_share_link("#/plan"));
    assert!(!is_share_link("#review=1.abc"));
}

/// The day the slate was wiped is private, like the moods: left out unless chosen, and
/// then it arrives on the rejection in focus.
#[test]
fn the_slate_date_travels_only_when_chosen() {
    let mut plan = typical_plan();
    let focus = plan.current_rejection().unwrap().id;
    let day = NaiveDate::from_ymd_opt(2026, 11, 30).unwrap();
    plan.wipe_slate(focus, day).unwrap();
    let slate_of = |shared: &Plan| shared.current_rejection().unwrap().slate_wiped_on;
    let by_default = decode(&encode(&plan, ShareOptions::default())).unwrap();
    assert_eq!(slate_of(&by_default), None);
    assert!(!unpack(&encode(&plan, ShareOptions::default())).contains("2026-11-30"));
    let chosen = ShareOptions {
        include_slate: true,
        ..ShareOptions::default()
    };
    assert_eq!(
        slate_of(&decode(&encode(&plan, chosen)).unwrap()),
        Some(day)
    );
}
