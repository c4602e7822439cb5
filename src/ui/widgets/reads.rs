//! Reading the plan in memos.

use leptos::prelude::*;

use crate::core::plan::Plan;
use crate::ui::state::AppState;

/// A memo of something read from the plan: recomputed when the plan changes, and
/// telling its readers only when the result differs.
pub fn plan_memo<T>(app: AppState, read: impl Fn(&Plan) -> T + Send + Sync + 'static) -> Memo<T>
where
    T: PartialEq + Send + Sync + 'static,
{
    Memo::new(move |_| read(&app.tracked()))
}
