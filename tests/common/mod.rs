//! Shared by the integration tests.

use rebound::core::plan::Plan;

/// The typical plan a week after a final-round no: 1 rejection with 5 feedback items, 2
/// target roles, 1 search change, 6 skill gaps, 1 fun plan, 2 went-well notes, 2 upcoming
/// interviews, and private parts (the rejection message, 3 moods, 1 reframe) that a link
/// leaves out by default. It passes `validate` unchanged.
///
/// It is the plan of `fixtures/typical-record.json` (the record format 1 wrote of it, at
/// revision 4). `fixtures/typical-plan.json` holds it as a link of format 1 opens it:
/// without the private parts.
pub fn typical_plan() -> Plan {
    #[derive(serde::Deserialize)]
    struct Fixture {
        plan: Plan,
    }
    serde_json::from_str::<Fixture>(include_str!("../fixtures/typical-record.json"))
        .expect("the typical record fixture reads")
        .plan
}

/// Every message of an error type is a sentence for the person: it starts with "This",
/// ends with a full stop, shows no technical detail (the errors under test carry "zz" in
/// their detail) and says something no other variant says.
#[allow(dead_code)]
pub fn assert_kind_messages(messages: &[String]) {
    for (i, m) in messages.iter().enumerate() {
        assert!(m.starts_with("This "), "{m}");
        assert!(m.ends_with('.'), "{m}");
        assert!(!m.contains("zz") && !m.contains('`'), "{m}");
        assert!(!messages[..i].contains(m), "duplicate message: {m}");
    }
}
