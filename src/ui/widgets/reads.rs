//! Reading the plan in memos.

use std::ops::Deref;

use leptos::prelude::*;

use crate::core::plan::Plan;
use crate::ui::state::AppState;

/// The plan, read so that the memo or view around it runs again when the plan changes.
///
/// Not inlined: the code that tracks the read is in the download once, not once in
/// every memo.
#[inline(never)]
fn tracked_plan(app: AppState) -> impl Deref<Target = Plan> {
    app.plan.read()
}

/// A memo of something read from the plan: recomputed when the plan changes, and
/// telling its readers only when the result differs.
pub fn plan_memo<T>(app: AppState, read: impl Fn(&Plan) -> T + Send + Sync + 'static) -> Memo<T>
where
    T: PartialEq + Send + Sync + 'static,
{
    Memo::new(move |_| read(&tracked_plan(app)))
}
