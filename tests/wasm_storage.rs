//! The storage adapter against the real localStorage of headless Chromium.
#![cfg(target_arch = "wasm32")]

use rebound::core::format::{PLAN_KEY, PREVIOUS_KEY, UNREADABLE_KEY};
use rebound::core::plan::{Plan, SkillGapDraft};
use rebound::core::store::{self, KeyValue, LoadNotice, SaveError};
use rebound::web::storage::LocalKv;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn clear() {
    web_sys::window()
        .unwrap()
        .local_storage()
        .unwrap()
        .unwrap()
        .clear()
        .unwrap();
}

fn plan_with(skill: &str) -> Plan {
    let mut plan = Plan::default();
    plan.add_skill_gap(&SkillGapDraft::named(skill), false)
        .unwrap();
    plan
}

#[wasm_bindgen_test]
fn saves_and_loads_through_local_storage() {
    clear();
    let kv = LocalKv::open();
    assert!(kv.is_available());
    let revision = store::save(&kv, &plan_with("SQL"), 0, "now", true).unwrap();
    assert_eq!(revision, 1);
    let loaded = store::load(&LocalKv::open());
    assert_eq!(loaded.plan, plan_with("SQL"));
    assert_eq!(loaded.revision, 1);
    assert_eq!(loaded.notice, None);
}

#[wasm_bindgen_test]
fn keeps_unreadable_text_aside_byte_for_byte() {
    clear();
    let kv = LocalKv::open();
    let garbage = "{\"format\":1,\"plan\":{\"rejections\":[oops ✂";
    kv.set(PLAN_KEY, garbage).unwrap();
    let loaded = store::load(&kv);
    assert_eq!(loaded.plan, Plan::default());
    assert!(matches!(loaded.notice, Some(LoadNotice::Unreadable { .. })));
    assert_eq!(kv.get(UNREADABLE_KEY).unwrap().as_deref(), Some(garbage));
    store::save(&kv, &plan_with("Python"), 0, "now", true).unwrap();
    assert_eq!(kv.get(UNREADABLE_KEY).unwrap().as_deref(), Some(garbage));
    assert_eq!(store::load(&kv).plan, plan_with("Python"));
}

#[wasm_bindgen_test]
fn falls_back_to_the_previous_good_copy() {
    clear();
    let kv = LocalKv::open();
    store::save(&kv, &plan_with("SQL"), 0, "now", true).unwrap();
    store::save(&kv, &plan_with("Python"), 1, "now", true).unwrap();
    assert!(kv.get(PREVIOUS_KEY).unwrap().is_some());
    kv.set(PLAN_KEY, "truncated {").unwrap();
    let loaded = store::load(&kv);
    assert_eq!(loaded.plan, plan_with("SQL"));
}

#[wasm_bindgen_test]
fn a_newer_record_is_never_overwritten() {
    clear();
    let kv = LocalKv::open();
    let newer = r#"{"format":42,"plan":{}}"#;
    kv.set(PLAN_KEY, newer).unwrap();
    assert!(store::load(&kv).read_only);
    assert_eq!(
        store::save(&kv, &plan_with("SQL"), 0, "now", true),
        Err(SaveError::ReadOnly)
    );
    assert_eq!(kv.get(PLAN_KEY).unwrap().as_deref(), Some(newer));
}

#[wasm_bindgen_test]
fn a_full_storage_is_reported_as_full() {
    clear();
    let kv = LocalKv::open();
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
    assert_eq!(
        store::save(&kv, &plan, 0, "now", false),
        Err(SaveError::Full)
    );
    assert_eq!(kv.get(PLAN_KEY).unwrap(), None);
    clear();
}
