//! Each tab's unsaved changes, and how they are folded into the stored plan.
//!
//! localStorage has no compare-and-swap across tabs: two tabs that both read the record and
//! then write it can each start from the same old copy, and the last write wins. So a tab
//! never relies on its write of the shared record alone. It first writes a *journal* under
//! a key of its own (no other tab writes there), holding the plan it started from (`base`)
//! and the plan as it is now. Whoever saves or loads next folds every journal the record
//! does not hold yet into it with a three-way merge, and marks it folded in the record
//! ([`super::format::record::Record::folded`]), so a journal is never applied twice and a
//! record that lost a race still gets the loser's changes on the next load.
//!
//! The merge works on the plan's JSON form: objects merge field by field, lists of items
//! merge item by item (by `id`, or by `date` for the one mood check-in of a day), and where
//! both sides changed the same value, this journal's change wins. Nothing either side added
//! is dropped; an item one side removed and the other changed is kept.

use std::collections::{HashMap, HashSet};

use serde::{Deserialize, Serialize};
use serde_json::value::RawValue;
use serde_json::{Map, Value};

use super::plan::{Id, Plan};
use super::validate::validate;
use super::walk::{item_ids, renumber};

/// localStorage keys of journals start with this; the tab's id follows.
pub const JOURNAL_PREFIX: &str = "rebound.journal.";

/// One tab's changes since the plan it started from. Stored as JSON under
/// [`JOURNAL_PREFIX`] + `tab`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Journal {
    /// The tab that writes it (random, new for every page load).
    pub tab: String,
    /// Counts this tab's journal writes; a record that folded number `seq` holds it.
    pub seq: u64,
    /// When it was written (milliseconds since 1970), to tidy up old ones.
    pub at: u64,
    /// The ids this tab handed out, with the `seq` that first held each: another tab may
    /// hand out the same id before it sees this one, and then this tab's item moves.
    #[serde(default)]
    pub added: Vec<(Id, u64)>,
    /// The plan the changes are based on.
    pub base: Plan,
    /// The tab's plan now.
    pub plan: Plan,
}

/// A [`Journal`] as written, borrowing the tab's plan, with its base as JSON text: the base
/// changes seldom, so it is written once rather than on every change.
#[derive(Serialize)]
pub struct JournalOut<'a> {
    pub tab: &'a str,
    pub seq: u64,
    pub at: u64,
    pub added: &'a [(Id, u64)],
    pub base: &'a RawValue,
    pub plan: &'a Plan,
}

impl JournalOut<'_> {
    /// The JSON text to store.
    pub fn to_json(&self) -> String {
        serde_json::to_string(self).expect("a plan always serializes")
    }
}

impl Journal {
    /// The localStorage key of a tab's journal.
    pub fn key(tab: &str) -> String {
        format!("{JOURNAL_PREFIX}{tab}")
    }

    /// Reads a stored journal; anything unreadable is `None` (a journal is this app's own
    /// scratch copy, and the record it belongs to is checked on its own).
    pub fn from_json(text: &str) -> Option<Journal> {
        let mut journal: Journal = serde_json::from_str(text).ok()?;
        validate(&mut journal.plan).ok()?;
        validate(&mut journal.base).ok()?;
        Some(journal)
    }
}

/// The result of folding one journal into a plan.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Folded {
    pub plan: Plan,
    /// Ids of the journal's items that had to move because the other side had handed out
    /// the same id to another item (old → new).
    pub moved: HashMap<Id, Id>,
}

/// Folds `journal` into `theirs`, a plan whose record holds this tab's journals up to
/// `theirs_folded` (0 when none).
pub fn fold(journal: &Journal, theirs: &Plan, theirs_folded: u64) -> Folded {
    let mut mine = journal.plan.clone();
    let taken: HashSet<Id> = item_ids(theirs).into_iter().collect();
    let mut next = theirs
        .next_id
        .max(mine.next_id)
        .max(taken.iter().copied().max().unwrap_or_default())
        .max(item_ids(&mine).into_iter().max().unwrap_or_default());
    let mut moved = HashMap::new();
    for &(id, seq) in &journal.added {
        // An id the other side holds although it never saw this tab's item: a clash.
        if seq > theirs_folded && taken.contains(&id) && !journal.base_has(id) {
            next = next.next();
            moved.insert(id, next);
        }
    }
    if !moved.is_empty() {
        renumber(&mut mine, &moved);
    }
    let merged = merge_values(
        &to_value(&journal.base),
        &to_value(theirs),
        &to_value(&mine),
    );
    // Through text, not `from_value`: the plan's readers and writers for text are in the
    // download already, and a second set for `Value` would add about as much again.
    let plan = match serde_json::from_str::<Plan>(&merged.to_string()) {
        Ok(mut plan) => {
            plan.next_id = next.max(plan.next_id).max(theirs.next_id);
            match validate(&mut plan) {
                Ok(()) => plan,
                // Together they break a limit (a list over its cap): this tab's plan is
                // the one the person is looking at, so it wins whole.
                Err(_) => mine,
            }
        }
        Err(_) => mine,
    };
    Folded { plan, moved }
}

impl Journal {
    fn base_has(&self, id: Id) -> bool {
        item_ids(&self.base).contains(&id)
    }
}

fn to_value(plan: &Plan) -> Value {
    serde_json::to_string(plan)
        .and_then(|text| serde_json::from_str(&text))
        .expect("a plan always serializes")
}

/// Three-way merge of JSON values: what `mine` changed since `base`, applied to `theirs`.
pub fn merge_values(base: &Value, theirs: &Value, mine: &Value) -> Value {
    if mine == base || mine == theirs {
        return theirs.clone();
    }
    if theirs == base {
        return mine.clone();
    }
    match (theirs, mine) {
        (Value::Object(t), Value::Object(m)) => {
            let empty = Map::new();
            let b = base.as_object().unwrap_or(&empty);
            Value::Object(merge_objects(b, t, m))
        }
        (Value::Array(t), Value::Array(m)) => {
            let b = base.as_array().map(Vec::as_slice).unwrap_or_default();
            Value::Array(merge_lists(b, t, m))
        }
        // Both changed one value: this tab's change is the newer one for the person here.
        _ => mine.clone(),
    }
}

fn merge_objects(
    base: &Map<String, Value>,
    theirs: &Map<String, Value>,
    mine: &Map<String, Value>,
) -> Map<String, Value> {
    let mut out = Map::new();
    // A field left out when empty (the plan's drafts) that one side emptied merges to
    // "absent", not to a null its reader would refuse.
    let mut insert = |key: &String, value: Value, in_both: bool| {
        if in_both || !value.is_null() {
            out.insert(key.clone(), value);
        }
    };
    for (key, t) in theirs {
        let b = base.get(key).unwrap_or(&Value::Null);
        let m = mine.get(key).unwrap_or(&Value::Null);
        insert(key, merge_values(b, t, m), mine.contains_key(key));
    }
    for (key, m) in mine {
        if !theirs.contains_key(key) {
            let b = base.get(key).unwrap_or(&Value::Null);
            insert(key, merge_values(b, &Value::Null, m), false);
        }
    }
    out
}

/// What identifies an element of a list across versions: its `id`, or its `date` (one mood
/// check-in a day). Elements without either are compared whole.
fn identity(element: &Value) -> String {
    match element.as_object() {
        Some(obj) => match obj.get("id").or_else(|| obj.get("date")) {
            Some(key) => format!("k{key}"),
            None => format!("v{element}"),
        },
        None => format!("v{element}"),
    }
}

/// Merges lists element by element: theirs in their order, then what only mine added.
fn merge_lists(base: &[Value], theirs: &[Value], mine: &[Value]) -> Vec<Value> {
    let index = |list: &[Value]| -> HashMap<String, usize> {
        list.iter()
            .enumerate()
            .map(|(i, v)| (identity(v), i))
            .collect()
    };
    let (b_at, t_at, m_at) = (index(base), index(theirs), index(mine));
    let mut out = Vec::with_capacity(theirs.len().max(mine.len()));
    for t in theirs {
        let key = identity(t);
        match (b_at.get(&key), m_at.get(&key)) {
            (Some(&b), Some(&m)) => out.push(merge_values(&base[b], t, &mine[m])),
            // Mine removed it; keep it only if they changed it meanwhile.
            (Some(&b), None) => {
                if *t != base[b] {
                    out.push(t.clone());
                }
            }
            (None, Some(&m)) => out.push(merge_values(&Value::Null, t, &mine[m])),
            (None, None) => out.push(t.clone()),
        }
    }
    for m in mine {
        let key = identity(m);
        if t_at.contains_key(&key) {
            continue;
        }
        match b_at.get(&key) {
            // They removed it; keep it only if mine changed it meanwhile.
            Some(&b) => {
                if *m != base[b] {
                    out.push(m.clone());
                }
            }
            None => out.push(m.clone()),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::item::Form;
    use serde_json::json;

    #[test]
    fn changes_to_different_fields_and_items_both_survive() {
        let base =
            json!({"a": 1, "b": "x", "items": [{"id": 1, "t": "one"}, {"id": 2, "t": "two"}]});
        let theirs = json!({"a": 2, "b": "x", "items": [{"id": 1, "t": "ONE"}, {"id": 2, "t": "two"}, {"id": 3, "t": "theirs"}]});
        let mine = json!({"a": 1, "b": "y", "items": [{"id": 1, "t": "one"}, {"id": 2, "t": "TWO"}, {"id": 4, "t": "mine"}]});
        assert_eq!(
            merge_values(&base, &theirs, &mine),
            json!({"a": 2, "b": "y", "items": [{"id": 1, "t": "ONE"}, {"id": 2, "t": "TWO"}, {"id": 3, "t": "theirs"}, {"id": 4, "t": "mine"}]})
        );
    }

    #[test]
    fn removals_apply_unless_the_other_side_changed_the_item() {
        let base = json!([{"id": 1, "t": "a"}, {"id": 2, "t": "b"}, {"id": 3, "t": "c"}]);
        let theirs = json!([{"id": 2, "t": "b"}, {"id": 3, "t": "C"}]);
        let mine = json!([{"id": 1, "t": "a"}, {"id": 2, "t": "B"}]);
        // 1 removed by them, untouched by me: gone. 2 changed by me: kept with my change.
        // 3 removed by me but changed by them: kept.
        assert_eq!(
            merge_values(&base, &theirs, &mine),
            json!([{"id": 2, "t": "B"}, {"id": 3, "t": "C"}])
        );
        // Removed by me, untouched by them: gone.
        let theirs = base.clone();
        let mine = json!([{"id": 1, "t": "a"}, {"id": 3, "t": "c"}]);
        assert_eq!(merge_values(&base, &theirs, &mine), mine);
    }

    #[test]
    fn plain_lists_merge_as_sets_and_a_clash_goes_to_mine() {
        let base = json!({"ticks": ["a", "b"], "n": 1});
        let theirs = json!({"ticks": ["a", "b", "c"], "n": 2});
        let mine = json!({"ticks": ["b", "d"], "n": 3});
        assert_eq!(
            merge_values(&base, &theirs, &mine),
            json!({"ticks": ["b", "c", "d"], "n": 3})
        );
    }

    #[test]
    fn a_field_one_side_left_out_stays_out_and_map_keys_merge() {
        let base = json!({"drafts": {"a": "1"}, "o": null});
        let theirs = json!({"drafts": {"a": "1"}, "o": 5});
        let mine = json!({"o": null});
        assert_eq!(merge_values(&base, &theirs, &mine), json!({"o": 5}));
        let theirs = json!({"drafts": {"a": "1", "b": "2"}});
        let mine = json!({"drafts": {"c": "3"}});
        assert_eq!(
            merge_values(&base, &theirs, &mine),
            json!({"drafts": {"b": "2", "c": "3"}})
        );
    }

    #[test]
    fn two_tabs_typing_into_different_forms_keep_both_drafts() {
        let mut base = Plan::default();
        base.set_draft(&Form::NewFun.key("what"), "A walk");
        let mut theirs = base.clone();
        theirs.set_draft(&Form::NewWentWell.key("text"), "Good questions");
        let mut mine = base.clone();
        mine.clear_drafts(Form::NewFun);
        mine.set_draft(&Form::NewReframe.key("thought"), "I always fail");
        let journal = Journal {
            tab: "t".into(),
            seq: 1,
            at: 0,
            added: Vec::new(),
            base,
            plan: mine,
        };
        let folded = fold(&journal, &theirs, 0).plan;
        assert_eq!(folded.draft(&Form::NewFun.key("what")), None);
        assert_eq!(
            folded.draft(&Form::NewWentWell.key("text")),
            Some("Good questions")
        );
        assert_eq!(
            folded.draft(&Form::NewReframe.key("thought")),
            Some("I always fail")
        );
    }

    #[test]
    fn merging_is_idempotent_once_theirs_holds_mine() {
        let base = json!({"items": [{"id": 1, "t": "a"}], "s": "x"});
        let mine = json!({"items": [{"id": 1, "t": "A"}, {"id": 2, "t": "new"}], "s": "y"});
        let once = merge_values(&base, &base, &mine);
        assert_eq!(once, mine);
        assert_eq!(merge_values(&base, &once, &mine), once);
    }
}
