//! One walk over a plan: every item's own id, and every link from one part of the plan to
//! an item (the focus, a feedback point's outcome, where a gap or change came from, the
//! rejection a writing session is about, checklist ticks, what reviews' comments are about and what accepted suggestions
//! became, and the drafts of an item's form).
//!
//! Validation, the journal's id list and renumbering, and "Keep both" all go through
//! [`walk`]. It takes the plan apart field by field with no `..`, so a list added to the
//! plan (or to its wellbeing part) does not compile until the walk says what it holds.

use std::collections::HashMap;

use super::item::{DraftKey, FeedbackRef, Id, ItemRef, PrepKey};
use super::plan::{Answer, Outcome, Plan, Wellbeing};

/// A link from one part of the plan to an item, as the walk meets it.
pub enum Link<'a> {
    /// The rejection in focus.
    Focus(&'a mut Id),
    /// What a feedback point was turned into.
    Outcome(&'a mut Outcome),
    /// Where a skill gap or a search change came from.
    Source(&'a mut FeedbackRef),
    /// The rejection a writing session is about.
    Writing(&'a mut Id),
    /// A ticked checklist item, by its key.
    Tick(&'a mut String),
    /// What a received review's comment is about.
    Comment(&'a mut ItemRef),
    /// What a received review's accepted suggestion became.
    Accepted(&'a mut ItemRef),
    /// A draft: its key (which may name an item's form) and its text (an id, for the key
    /// that says which item is open for editing).
    Draft {
        key: &'a mut String,
        value: &'a mut String,
    },
}

impl Link<'_> {
    /// Moves every id in the link by `to`. Returns false when one of them has no new
    /// place; the link is then left as it was, for the walker to drop.
    pub fn move_ids(self, to: &impl Fn(Id) -> Option<Id>) -> bool {
        match self {
            Link::Focus(id) | Link::Writing(id) => set(id, to(*id)),
            Link::Outcome(outcome) => {
                let moved = match *outcome {
                    Outcome::SkillGap(id) => to(id).map(Outcome::SkillGap),
                    Outcome::SearchChange(id) => to(id).map(Outcome::SearchChange),
                };
                set(outcome, moved)
            }
            Link::Source(source) => set(source, source.moved(to)),
            Link::Tick(key) => set(key, PrepKey::parse(key).moved(to).map(|k| k.to_string())),
            Link::Comment(item) | Link::Accepted(item) => set(item, item.moved(to)),
            Link::Draft { key, value } => {
                // A key no form of this version writes names no item: it stays.
                let Some(parsed) = DraftKey::parse(key) else {
                    return true;
                };
                if parsed.holds_id() {
                    if let Ok(id) = value.parse::<Id>() {
                        if !set(value, to(id).map(|id| id.to_string())) {
                            return false;
                        }
                    }
                }
                set(key, parsed.moved(to).map(|k| k.to_string()))
            }
        }
    }
}

/// Writes `moved` over `place` when there is one.
fn set<T>(place: &mut T, moved: Option<T>) -> bool {
    match moved {
        Some(value) => {
            *place = value;
            true
        }
        None => false,
    }
}

/// What kind of item an id belongs to, as the walk meets it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Item {
    Rejection,
    /// A feedback point, of the rejection with this id.
    Feedback {
        rejection: Id,
    },
    Role,
    SearchChange,
    SkillGap,
    Fun,
    Reframe,
    WentWell,
    Application,
    /// A checklist item of the person's own.
    OwnPrep,
}

impl Item {
    /// The reference a reviewer's comment uses for the item with this id; `None` for the
    /// kinds a reviewer never sees (reframed thoughts, what went well).
    pub fn reference(self, id: Id) -> Option<ItemRef> {
        Some(match self {
            Item::Rejection => ItemRef::Rejection(id),
            Item::Feedback { rejection } => ItemRef::Feedback(FeedbackRef {
                rejection,
                feedback: id,
            }),
            Item::Role => ItemRef::Role(id),
            Item::SearchChange => ItemRef::SearchChange(id),
            Item::SkillGap => ItemRef::SkillGap(id),
            Item::Fun => ItemRef::Fun(id),
            Item::Application => ItemRef::Application(id),
            Item::OwnPrep => ItemRef::Prep(PrepKey::Own(id).to_string()),
            Item::Reframe | Item::WentWell => return None,
        })
    }
}

/// What the walk tells about a plan, and what it may change.
pub trait Walker {
    /// An item's own id, and what kind of item it is.
    fn item(&mut self, item: Item, id: &mut Id);
    /// A link to an item. Returning false drops it from the plan (an outcome, a source or
    /// the focus becomes unset; a tick, a comment or a draft goes; an accepted
    /// suggestion waits for an answer again).
    fn link(&mut self, link: Link<'_>) -> bool;
}

/// Visits every item and every link of `plan`, in the order the plan holds them.
pub fn walk(plan: &mut Plan, w: &mut impl Walker) {
    let Plan {
        id: _,
        rejections,
        current,
        profile: _,
        roles,
        search_changes,
        skill_gaps,
        fun,
        wellbeing,
        applications,
        prep_done,
        next_id: _,
        drafts,
        search_rhythm: _,
        own_prep,
        reviews,
    } = plan;
    for rejection in rejections {
        w.item(Item::Rejection, &mut rejection.id);
        let parent = rejection.id;
        for point in &mut rejection.feedback {
            w.item(Item::Feedback { rejection: parent }, &mut point.id);
            keep_or_unset(&mut point.outcome, |o| w.link(Link::Outcome(o)));
        }
    }
    keep_or_unset(current, |id| w.link(Link::Focus(id)));
    for role in roles {
        w.item(Item::Role, &mut role.id);
    }
    for change in search_changes {
        w.item(Item::SearchChange, &mut change.id);
        keep_or_unset(&mut change.source, |s| w.link(Link::Source(s)));
    }
    for gap in skill_gaps {
        w.item(Item::SkillGap, &mut gap.id);
        keep_or_unset(&mut gap.source, |s| w.link(Link::Source(s)));
    }
    for plan in fun {
        w.item(Item::Fun, &mut plan.id);
    }
    let Wellbeing {
        moods: _,
        reframes,
        went_well,
        setback_plan: _,
        legacy_slate: _,
        writing,
    } = wellbeing;
    for note in reframes {
        w.item(Item::Reframe, &mut note.id);
    }
    for session in writing {
        keep_or_unset(&mut session.rejection, |id| w.link(Link::Writing(id)));
    }
    for note in went_well {
        w.item(Item::WentWell, &mut note.id);
    }
    for application in applications {
        w.item(Item::Application, &mut application.id);
    }
    for own in own_prep {
        w.item(Item::OwnPrep, &mut own.id);
    }
    prep_done.retain_mut(|key| w.link(Link::Tick(key)));
    for review in reviews {
        review
            .comments
            .retain_mut(|c| w.link(Link::Comment(&mut c.comment.about)));
        for s in &mut review.suggestions {
            if let Some(Answer::Accepted(item)) = &mut s.answer {
                if !w.link(Link::Accepted(item)) {
                    s.answer = None;
                }
            }
        }
    }
    drafts.retain_mut(|key, value| w.link(Link::Draft { key, value }));
}

fn keep_or_unset<T>(slot: &mut Option<T>, keep: impl FnOnce(&mut T) -> bool) {
    if let Some(value) = slot {
        if !keep(value) {
            *slot = None;
        }
    }
}

/// The reference of every item a reviewer can name by its id (reframed thoughts and what
/// went well are never shown to one).
pub fn item_refs(plan: &Plan) -> Vec<ItemRef> {
    struct Collect(Vec<ItemRef>);
    impl Walker for Collect {
        fn item(&mut self, item: Item, id: &mut Id) {
            self.0.extend(item.reference(*id));
        }
        fn link(&mut self, _: Link<'_>) -> bool {
            true
        }
    }
    let mut collect = Collect(Vec::new());
    walk(&mut plan.clone(), &mut collect);
    collect.0
}

/// Every item id in a plan (ids are unique across the whole plan).
pub fn item_ids(plan: &Plan) -> Vec<Id> {
    struct Collect(Vec<Id>);
    impl Walker for Collect {
        fn item(&mut self, _: Item, id: &mut Id) {
            self.0.push(*id);
        }
        fn link(&mut self, _: Link<'_>) -> bool {
            true
        }
    }
    let mut collect = Collect(Vec::new());
    // The walk is written once, over a plan it may change; a copy keeps this one as it is.
    walk(&mut plan.clone(), &mut collect);
    collect.0
}

/// Moves every id in `map` (old → new) to its new number, with every link to it: the
/// focus, outcomes, sources, checklist ticks, reviews' comments and accepted
/// suggestions, and drafts of the item's forms. Ids not in the map stay.
pub fn renumber(plan: &mut Plan, map: &HashMap<Id, Id>) {
    struct Renumber<'a>(&'a HashMap<Id, Id>);
    impl Walker for Renumber<'_> {
        fn item(&mut self, _: Item, id: &mut Id) {
            *id = self.0.get(id).copied().unwrap_or(*id);
        }
        fn link(&mut self, link: Link<'_>) -> bool {
            link.move_ids(&|id| Some(self.0.get(&id).copied().unwrap_or(id)));
            true
        }
    }
    walk(plan, &mut Renumber(map));
}

/// Gives every item of `plan` a fresh id after `next` (which is moved on past them), in
/// the order the plan holds them, and moves every link to the new ids. A link to an item
/// `plan` does not hold is dropped. For "Keep both": the plan joins another whose ids
/// `next` is past.
pub fn fresh_ids(plan: &mut Plan, next: &mut Id) {
    struct HandOut<'a> {
        next: &'a mut Id,
        map: HashMap<Id, Id>,
    }
    impl Walker for HandOut<'_> {
        fn item(&mut self, _: Item, id: &mut Id) {
            *self.next = self.next.next();
            self.map.insert(*id, *self.next);
        }
        fn link(&mut self, _: Link<'_>) -> bool {
            true
        }
    }
    // First every new id, then the moves: a link may point at an item met later.
    let mut hand_out = HandOut {
        next,
        map: HashMap::new(),
    };
    walk(plan, &mut hand_out);
    struct Move(HashMap<Id, Id>);
    impl Walker for Move {
        fn item(&mut self, _: Item, id: &mut Id) {
            if let Some(new) = self.0.get(id) {
                *id = *new;
            }
        }
        fn link(&mut self, link: Link<'_>) -> bool {
            link.move_ids(&|id| self.0.get(&id).copied())
        }
    }
    walk(plan, &mut Move(hand_out.map));
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::item::Form;

    #[test]
    fn renumbering_moves_every_link_and_the_drafts_of_the_items_forms() {
        let mut plan = crate::core::format::typical_plan();
        let gap = plan.skill_gaps[0].id;
        let rejection = plan.rejections[0].id;
        plan.set_draft(&Form::EditGap(gap).key("skill"), "Half-typed");
        plan.set_draft(&DraftKey::gap_editing(), &gap.to_string());
        plan.set_draft(&Form::NewFeedback(rejection).key("text"), "They said");
        plan.set_draft(&Form::NewFun.key("what"), "A walk");
        plan.set_prep_done(&PrepKey::Gap(gap).to_string(), true);
        let new_gap = Id::new(900);
        let new_rejection = Id::new(901);
        renumber(
            &mut plan,
            &HashMap::from([(gap, new_gap), (rejection, new_rejection)]),
        );
        assert_eq!(
            plan.draft(&Form::EditGap(new_gap).key("skill")),
            Some("Half-typed")
        );
        assert_eq!(plan.draft(&Form::EditGap(gap).key("skill")), None);
        assert_eq!(plan.draft(&DraftKey::gap_editing()), Some("900"));
        assert_eq!(
            plan.draft(&Form::NewFeedback(new_rejection).key("text")),
            Some("They said")
        );
        assert_eq!(plan.draft(&Form::NewFun.key("what")), Some("A walk"));
        assert!(plan.is_prep_done(&PrepKey::Gap(new_gap).to_string()));
        assert!(item_ids(&plan).contains(&new_gap));
        assert!(!item_ids(&plan).contains(&gap));
    }
}
