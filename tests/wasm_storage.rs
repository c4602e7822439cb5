//! The save policy and the storage adapter against the real localStorage of headless
//! Chromium.
#![cfg(target_arch = "wasm32")]

use rebound::core::format::{PLAN_KEY, PREVIOUS_KEY, UNREADABLE_KEY};
use rebound::core::journal::Journal;
use rebound::core::plan::{Plan, PlanId, SkillGapDraft};
use rebound::core::saving::{LoadNotice, SaveError, Saver};
use rebound::core::store::KeyValue;
use rebound::web::storage::LocalKv;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn storage() -> web_sys::Storage {
    web_sys::window().unwrap().local_storage().unwrap().unwrap()
}

fn clear() {
    storage().clear().unwrap();
}

/// A plan the app made: with its id.
fn plan_with(skill: &str) -> Plan {
    let mut plan = Plan::default();
    plan.ensure_id(PlanId::from_random([0x1d; 16]));
    plan.add_skill_gap(&SkillGapDraft::named(skill), false)
        .unwrap();
    plan
}

fn open(tab: &str) -> (Saver, Plan, Option<LoadNotice>) {
    let fresh = PlanId::from_random([0x5e; 16]);
    let (saver, loaded) = Saver::open(&LocalKv::open(), tab, fresh, 0, "now");
    (saver, loaded.plan, loaded.notice)
}

#[wasm_bindgen_test]
fn saves_and_loads_through_local_storage() {
    clear();
    let kv = LocalKv::open();
    assert!(kv.is_available());
    let (mut saver, _, _) = open("a");
    saver.save(&kv, &plan_with("SQL"), 1, "now").unwrap();
    let (_, plan, notice) = open("b");
    assert_eq!(plan, plan_with("SQL"));
    assert_eq!(notice, None);
    assert!(kv.keys().unwrap().contains(&Journal::key("a")));
}

#[wasm_bindgen_test]
fn a_journal_left_by_a_closed_tab_is_folded_in() {
    clear();
    let kv = LocalKv::open();
    let (mut saver, _, _) = open("a");
    saver.journal(&kv, &plan_with("Journaled"), 1).unwrap();
    let (_, plan, _) = open("b");
    assert_eq!(plan, plan_with("Journaled"));
}

#[wasm_bindgen_test]
fn keeps_unreadable_text_aside_exactly_even_a_lone_surrogate() {
    clear();
    let kv = LocalKv::open();
    // Half of an emoji at the end, as a save cut off mid-character leaves it.
    let cut: js_sys::JsString = js_sys::JsString::from("{\"format\":2,\"plan\":{\"x\":\"")
        .concat(&js_sys::JsString::from_char_code1(0xD83D));
    let units = |s: &js_sys::JsString| s.iter().collect::<Vec<u16>>();
    // setItem with the browser string itself (web-sys's takes a Rust &str).
    let set_item: js_sys::Function = js_sys::Reflect::get(&storage(), &"setItem".into())
        .unwrap()
        .into();
    set_item.call2(&storage(), &PLAN_KEY.into(), &cut).unwrap();
    let (mut saver, plan, notice) = open("a");
    assert!(plan.is_empty());
    assert!(matches!(notice, Some(LoadNotice::Unreadable { .. })));
    let kept = kv.get_exact(UNREADABLE_KEY).unwrap().unwrap();
    assert_eq!(units(&kept), units(&cut));
    saver.save(&kv, &plan_with("Python"), 1, "now").unwrap();
    assert_eq!(
        units(&kv.get_exact(UNREADABLE_KEY).unwrap().unwrap()),
        units(&cut)
    );
    assert_eq!(open("b").1, plan_with("Python"));
}

#[wasm_bindgen_test]
fn falls_back_to_the_previous_good_copy() {
    clear();
    let kv = LocalKv::open();
    let (mut saver, _, _) = open("a");
    saver.save(&kv, &plan_with("SQL"), 1, "now").unwrap();
    let (mut saver, _, _) = open("b");
    saver.save(&kv, &plan_with("Python"), 2, "now").unwrap();
    assert!(kv.get(PREVIOUS_KEY).unwrap().is_some());
    kv.set(PLAN_KEY, "truncated {").unwrap();
    // The tabs' journals still hold the newest plan, so it comes back whole.
    assert_eq!(open("c").1, plan_with("Python"));
    // Without them, the last good copy opens.
    for key in kv.keys().unwrap() {
        if key.starts_with("rebound.journal.") {
            kv.remove(&key).unwrap();
        }
    }
    kv.set(PLAN_KEY, "truncated again {").unwrap();
    assert_eq!(open("d").1, plan_with("SQL"));
}

#[wasm_bindgen_test]
fn a_newer_record_is_never_overwritten() {
    clear();
    let kv = LocalKv::open();
    let newer = r#"{"format":42,"plan":{}}"#;
    kv.set(PLAN_KEY, newer).unwrap();
    let (mut saver, _, _) = open("a");
    assert!(saver.read_only());
    assert_eq!(
        saver.save(&kv, &plan_with("SQL"), 1, "now"),
        Err(SaveError::ReadOnly)
    );
    assert_eq!(kv.get(PLAN_KEY).unwrap().as_deref(), Some(newer));
}

#[wasm_bindgen_test]
fn a_full_storage_is_reported_as_full() {
    clear();
    let kv = LocalKv::open();
    let (mut saver, _, _) = open("a");
    // Fill localStorage until the browser refuses even a small item.
    let mut n = 0;
    for size in [512 * 1024, 64 * 1024, 4 * 1024, 256] {
        let chunk = "x".repeat(size);
        while kv.set(&format!("filler-{n}"), &chunk).is_ok() {
            n += 1;
            assert!(n < 10_000, "storage never filled up");
        }
    }
    let mut plan = Plan::default();
    for i in 0..20 {
        plan.add_skill_gap(
            &SkillGapDraft::named(&format!("skill {i} {}", "z".repeat(100))),
            false,
        )
        .unwrap();
    }
    assert_eq!(saver.save(&kv, &plan, 1, "now"), Err(SaveError::Full));
    assert_eq!(kv.get(PLAN_KEY).unwrap(), None);
    clear();
}
