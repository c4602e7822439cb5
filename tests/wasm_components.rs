//! Shared widgets (`src/ui/widgets/`) mounted in headless Chromium: each test mounts a
//! component into a fresh element of its own, acts on it as a person would (typing,
//! clicking), and checks what the page then shows. Elements are found by their label,
//! role or text.
#![cfg(target_arch = "wasm32")]

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use leptos::mount::mount_to;
use leptos::prelude::*;
use qrcodegen::{QrCode, QrCodeEcc};
use rebound::core::item::{DraftKey, Form, Id};
use rebound::core::plan::{Plan, SkillGapDraft};
use rebound::core::saving::{LoadNotice, SaveError};
use rebound::core::steps::Screen;
use rebound::core::words::Key;
use rebound::ui::state::{use_app, AppState, SaveStatus};
use rebound::ui::widgets::notices::SaveProblem;
use rebound::ui::widgets::{
    draft_text, ActionError, ActionProblem, Deferred, LinkSender, PagedList, TextField, PAGE_SIZE,
};
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlElement};

wasm_bindgen_test_configure!(run_in_browser);

// ---- The page: a fresh element per test ----

/// Marks each test's own element, so one left by a test that failed midway is removed.
const ROOT_MARK: &str = "data-component-test";

/// A component mounted into an element of its own; unmounted and removed when dropped.
struct Mounted {
    root: HtmlElement,
    unmount: Option<Box<dyn FnOnce()>>,
}

impl Drop for Mounted {
    fn drop(&mut self) {
        if let Some(unmount) = self.unmount.take() {
            unmount();
        }
        self.root.remove();
    }
}

/// Each test begins here: an empty localStorage, as a first visit finds it, and a page
/// without anything a test that failed midway left behind.
fn start() {
    storage().clear().unwrap();
    for leftover in all(&document().body().unwrap(), &format!("[{ROOT_MARK}]")) {
        leftover.remove();
    }
}

/// Mounts a view into a new element at the end of the page.
fn mount<N: IntoView + 'static>(view: impl FnOnce() -> N + 'static) -> Mounted {
    let doc = document();
    let root: HtmlElement = doc.create_element("div").unwrap().unchecked_into();
    root.set_attribute(ROOT_MARK, "").unwrap();
    doc.body().unwrap().append_child(&root).unwrap();
    let handle = mount_to(root.clone(), view);
    Mounted {
        root,
        unmount: Some(Box::new(move || drop(handle))),
    }
}

/// Mounts `view` under the app's state, loaded and provided as the app does (see
/// `ui/app.rs`); the state lives as long as the page (its save timers stop with it).
fn mount_with_app<N: IntoView + 'static>(
    view: impl FnOnce(AppState) -> N + 'static,
) -> (Mounted, AppState) {
    let loaded = Rc::new(Cell::new(None));
    let page = mount({
        let loaded = loaded.clone();
        move || {
            let app = AppState::load(Screen::Start, &[]);
            provide_context(app);
            loaded.set(Some(app));
            view(app)
        }
    });
    let app = loaded.take().expect("the app state is loaded");
    (page, app)
}

fn storage() -> web_sys::Storage {
    window().local_storage().unwrap().unwrap()
}

// ---- Waiting ----

/// Until the browser has run every task and microtask queued so far: the reactive
/// effects and DOM updates that follow an event.
async fn settle() {
    sleep(0).await;
}

async fn sleep(ms: i32) {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        window()
            .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms)
            .unwrap();
    });
    JsFuture::from(promise).await.unwrap();
}

/// Until the next animation frame's callbacks (those asked for before this) have run.
async fn next_frame() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        window().request_animation_frame(&resolve).unwrap();
    });
    JsFuture::from(promise).await.unwrap();
}

// ---- Finding things as a person would ----

fn all(root: &Element, selector: &str) -> Vec<Element> {
    let list = root.query_selector_all(selector).unwrap();
    (0..list.length())
        .filter_map(|i| list.item(i).and_then(|n| n.dyn_into::<Element>().ok()))
        .collect()
}

/// An element's text as read, with runs of white space as one space.
fn text(el: &Element) -> String {
    el.text_content()
        .unwrap_or_default()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// The control whose `<label>` reads `label`.
fn labelled(root: &Element, label: &str) -> HtmlElement {
    let labels = all(root, "label");
    let found = labels.iter().find(|l| text(l) == label).unwrap_or_else(|| {
        let seen: Vec<String> = labels.iter().map(text).collect();
        panic!("no label {label:?}; labels: {seen:?}")
    });
    let id = found
        .get_attribute("for")
        .expect("the label names its control");
    document()
        .get_element_by_id(&id)
        .unwrap_or_else(|| panic!("label {label:?} points at #{id}, which is not there"))
        .unchecked_into()
}

/// The button that reads `name`.
fn button(root: &Element, name: &str) -> HtmlElement {
    find_button(root, name).unwrap_or_else(|| {
        let seen: Vec<String> = all(root, "button").iter().map(text).collect();
        panic!("no button {name:?}; buttons: {seen:?}")
    })
}

fn find_button(root: &Element, name: &str) -> Option<HtmlElement> {
    all(root, "button")
        .into_iter()
        .find(|b| text(b) == name)
        .map(JsCast::unchecked_into)
}

/// The one element with this role.
fn by_role(root: &Element, role: &str) -> Element {
    let found = all(root, &format!("[role={role}]"));
    assert_eq!(found.len(), 1, "one element with role {role}");
    found.into_iter().next().unwrap()
}

/// A text control's value (an input or a textarea).
fn value(el: &Element) -> String {
    js_sys::Reflect::get(el, &"value".into())
        .unwrap()
        .as_string()
        .unwrap()
}

/// Replaces a text control's text, as typing (or pasting) does: the new value, then a
/// bubbling `input` event.
fn type_text(el: &Element, typed: &str) {
    js_sys::Reflect::set(el, &"value".into(), &typed.into()).unwrap();
    let init = js_sys::Object::new();
    js_sys::Reflect::set(&init, &"bubbles".into(), &true.into()).unwrap();
    let event_type: js_sys::Function = js_sys::Reflect::get(&js_sys::global(), &"Event".into())
        .unwrap()
        .unchecked_into();
    let event: web_sys::Event =
        js_sys::Reflect::construct(&event_type, &js_sys::Array::of2(&"input".into(), &init))
            .unwrap()
            .unchecked_into();
    el.dispatch_event(&event).unwrap();
}

fn focused() -> Option<Element> {
    document().active_element()
}

// ---- 1. A field whose typing is kept in the plan's drafts (drafts.rs, fields.rs) ----

fn kept_draft(app: AppState, key: &DraftKey) -> Option<String> {
    app.plan
        .with_untracked(|p| p.draft(key).map(str::to_string))
}

/// A new fun plan's "what" field, as the Fun step's form builds it.
fn fun_field(app: AppState) -> impl IntoView {
    let what = draft_text(app, Form::NewFun.key("what"), "");
    view! { <TextField label=Key::FunLabelWhat value=what /> }
}

#[wasm_bindgen_test]
async fn typing_in_a_draft_field_keeps_it_in_the_plan_and_a_new_field_starts_from_it() {
    start();
    let key = Form::NewFun.key("what");
    // The step with the form, which the person can leave and come back to.
    let open = RwSignal::new(true);
    let (page, app) = mount_with_app(move |app| {
        view! {
            <Show when=move || open.get()>{move || fun_field(app)}</Show>
        }
    });
    settle().await;
    let root = &page.root;
    let input = labelled(root, "What will you do?");
    assert_eq!(value(&input), "");
    assert_eq!(kept_draft(app, &key), None);

    type_text(&input, "Walk by the river");
    settle().await;
    assert_eq!(
        kept_draft(app, &key).as_deref(),
        Some("Walk by the river"),
        "the typed text is in the plan's drafts"
    );

    // The person leaves the step and comes back: the form is built again.
    open.set(false);
    settle().await;
    assert!(all(root, "input").is_empty());
    open.set(true);
    settle().await;
    let input = labelled(root, "What will you do?");
    assert_eq!(
        value(&input),
        "Walk by the river",
        "it starts from the draft"
    );

    // A field under another key does not.
    let other = mount(move || {
        let with_whom = draft_text(app, Form::NewFun.key("with"), "");
        view! { <TextField label=Key::FunLabelWithWhom value=with_whom /> }
    });
    settle().await;
    assert_eq!(value(&labelled(&other.root, "With whom")), "");

    // Back to what the field shows by default: no draft is kept.
    type_text(&input, "");
    settle().await;
    assert_eq!(
        kept_draft(app, &key),
        None,
        "an emptied field keeps no draft"
    );
}

#[wasm_bindgen_test]
async fn a_draft_is_stored_and_a_field_with_a_saved_value_keeps_none_when_back_to_it() {
    start();
    let key = Form::EditGap(Id::new(7)).key("skill");
    let field = |app: AppState| {
        let skill = draft_text(app, Form::EditGap(Id::new(7)).key("skill"), "SQL");
        view! { <TextField label=Key::SkillsLabelSkill value=skill /> }
    };
    let (page, before) = mount_with_app(field);
    settle().await;
    let input = labelled(&page.root, "Skill");
    assert_eq!(value(&input), "SQL", "it shows the saved value");
    type_text(&input, "SQL window functions");
    settle().await;
    // The page is hidden (the tab closed, say): the plan is written at once.
    before.flush();
    drop(page);
    assert!(before.plan.is_disposed(), "the closed page's state is gone");

    // Opened again: the app loads what was stored.
    let (page, after) = mount_with_app(field);
    settle().await;
    assert_eq!(
        kept_draft(after, &key).as_deref(),
        Some("SQL window functions")
    );
    let input = labelled(&page.root, "Skill");
    assert_eq!(
        value(&input),
        "SQL window functions",
        "the draft outlives a reload"
    );

    type_text(&input, "SQL");
    settle().await;
    assert_eq!(
        kept_draft(after, &key),
        None,
        "back at the saved value, there is nothing to keep"
    );
}

// ---- 2. Why an action did nothing (action_error.rs) ----

/// A row of one-tap actions on the plan with their problem beside them, as the steps'
/// cards have: add a skill gap named in the field, remove a gap that is not there.
#[component]
fn GapActions() -> impl IntoView {
    let app = use_app();
    let problem = ActionError::new();
    let skill = RwSignal::new(String::new());
    let add = move |_| {
        let draft = SkillGapDraft::named(&skill.get_untracked());
        problem.take(app.change(move |p| p.add_skill_gap(&draft, false)));
    };
    let remove_gone = move |_| {
        problem.take(app.change(|p| p.remove_skill_gap(Id::new(999))));
    };
    view! {
        <TextField label=Key::SkillsLabelSkill value=skill />
        <div class="actions">
            <button type="button" on:click=add>"Add skill gap"</button>
            <button type="button" on:click=remove_gone>"Remove"</button>
        </div>
        <ActionProblem error=problem />
    }
}

#[wasm_bindgen_test]
async fn a_refused_action_shows_the_models_reason_until_the_next_action_goes_through() {
    start();
    let (page, app) = mount_with_app(|_| view! { <GapActions /> });
    settle().await;
    let root = &page.root;
    let gaps = move || app.plan.with_untracked(|p| p.skill_gaps.len());
    // Present and empty, so that screen readers announce a message when it appears.
    let alert = by_role(root, "alert");
    assert_eq!(text(&alert), "");

    button(root, "Add skill gap").click();
    settle().await;
    let refused = Plan::default()
        .add_skill_gap(&SkillGapDraft::named(""), false)
        .unwrap_err()
        .to_string();
    assert!(!refused.is_empty());
    assert_eq!(
        text(&by_role(root, "alert")),
        refused,
        "the model's own words"
    );
    assert_eq!(gaps(), 0);

    type_text(&labelled(root, "Skill"), "SQL");
    button(root, "Add skill gap").click();
    settle().await;
    assert_eq!(gaps(), 1);
    assert_eq!(
        text(&by_role(root, "alert")),
        "",
        "an action that goes through clears it"
    );

    // An item gone meanwhile (another tab removed it) is said in the person's terms.
    button(root, "Remove").click();
    settle().await;
    assert_eq!(
        text(&by_role(root, "alert")),
        "This is no longer in your plan. It may have been removed in another tab."
    );
    type_text(&labelled(root, "Skill"), "Python");
    button(root, "Add skill gap").click();
    settle().await;
    assert_eq!(gaps(), 2);
    assert_eq!(text(&by_role(root, "alert")), "");
}

// ---- 3. A long list a page at a time (paged.rs) ----

fn idea_row(n: u32) -> impl IntoView {
    view! { <li>{format!("Idea {n}")}</li> }
}

fn rows(root: &Element) -> Vec<String> {
    all(root, "ul.item-list > li").iter().map(text).collect()
}

fn ideas(range: std::ops::RangeInclusive<u32>) -> Vec<String> {
    range.map(|n| format!("Idea {n}")).collect()
}

#[wasm_bindgen_test]
async fn show_more_pages_through_a_long_list_and_its_button_keeps_focus() {
    start();
    assert_eq!(PAGE_SIZE, 20);
    let items = RwSignal::new((1..=45).collect::<Vec<u32>>());
    let page = mount(
        move || view! { <PagedList items=items showing=Key::FeedbackShowing row=idea_row /> },
    );
    settle().await;
    let root = &page.root;
    assert_eq!(rows(root), ideas(1..=20), "the first page");
    assert_eq!(text(&by_role(root, "status")), "Showing 20 of 45 points.");
    let first_row = all(root, "ul.item-list > li").remove(0);

    let more = button(root, "Show 20 more");
    // Focus stays on the one button, whose label says what the next press does.
    let focus_stays_on = |label: &str| {
        let now = focused().expect("something has focus");
        assert!(
            now.is_same_node(Some(&more)),
            "focus stays on the button, not on <{}>",
            now.tag_name()
        );
        assert_eq!(text(&now), label);
    };
    more.focus().unwrap();
    more.click();
    settle().await;
    assert_eq!(rows(root), ideas(1..=40));
    assert_eq!(text(&by_role(root, "status")), "Showing 40 of 45 points.");
    focus_stays_on("Show 5 more");
    assert!(
        all(root, "ul.item-list > li")[0].is_same_node(Some(&first_row)),
        "the rows already shown are kept"
    );

    more.click();
    settle().await;
    assert_eq!(rows(root), ideas(1..=45));
    assert_eq!(text(&by_role(root, "status")), "Showing 45 of 45 points.");
    focus_stays_on("Show fewer");

    more.click();
    settle().await;
    assert_eq!(rows(root), ideas(1..=20), "back to the first page");
    assert_eq!(text(&by_role(root, "status")), "Showing 20 of 45 points.");
    focus_stays_on("Show 20 more");

    // A list of one page has no button.
    items.set((1..=20).collect());
    settle().await;
    assert_eq!(rows(root), ideas(1..=20));
    assert!(all(root, "button").is_empty());
    assert!(all(root, "[role=status]").is_empty());
}

#[wasm_bindgen_test]
async fn a_paged_list_brings_a_revealed_item_beyond_its_pages_into_view() {
    start();
    let items = RwSignal::new((1..=45).collect::<Vec<u32>>());
    let reveal = RwSignal::new(None::<u32>);
    let page = mount(move || {
        view! { <PagedList items=items showing=Key::FeedbackShowing reveal=reveal row=idea_row /> }
    });
    settle().await;
    let root = &page.root;
    assert_eq!(rows(root), ideas(1..=20));

    // One just added that sorts beyond the first page.
    reveal.set(Some(40));
    settle().await;
    let mut expected = ideas(1..=20);
    expected.push("Idea 40".into());
    assert_eq!(rows(root), expected);
    assert_eq!(text(&by_role(root, "status")), "Showing 21 of 45 points.");
}

// ---- 4. The lower half of a step, built after the first frame (deferred.rs) ----

fn step_with_lower_half() -> impl IntoView {
    view! {
        <h2>"Top of the step"</h2>
        <Deferred>
            <p class="lower">"Lower half"</p>
        </Deferred>
    }
}

#[wasm_bindgen_test]
async fn deferred_children_appear_in_the_task_after_the_first_frame() {
    start();
    let page = mount(step_with_lower_half);
    let root = &page.root;
    let lower = || all(root, "p.lower");
    assert_eq!(text(&all(root, "h2")[0]), "Top of the step");
    assert!(lower().is_empty(), "not built with the top");

    leptos::task::tick().await;
    settle_microtasks().await;
    assert!(lower().is_empty(), "not built in a microtask either");

    // The frame that shows the top: the lower half is still to come, in a task after it.
    next_frame().await;
    assert!(lower().is_empty(), "not built before the frame is done");

    settle().await;
    let lower = lower();
    assert_eq!(lower.len(), 1, "built once the frame is done");
    assert_eq!(text(&lower[0]), "Lower half");
    let heading = &all(root, "h2")[0];
    assert!(
        heading
            .next_element_sibling()
            .is_some_and(|next| next.is_same_node(Some(&lower[0]))),
        "in its place, after what comes before it"
    );
}

/// One more turn of the microtask queue.
async fn settle_microtasks() {
    JsFuture::from(js_sys::Promise::resolve(&JsValue::UNDEFINED))
        .await
        .unwrap();
}

/// Records the errors no one caught (a panic in a timer's callback, say) while it lives.
struct UncaughtErrors {
    seen: Rc<RefCell<Vec<String>>>,
    listener: Closure<dyn FnMut(web_sys::Event)>,
}

impl UncaughtErrors {
    fn watch() -> Self {
        let seen = Rc::new(RefCell::new(Vec::new()));
        let listener = Closure::<dyn FnMut(web_sys::Event)>::new({
            let seen = seen.clone();
            move |event: web_sys::Event| seen.borrow_mut().push(field_of(&event, "message"))
        });
        window()
            .add_event_listener_with_callback("error", listener.as_ref().unchecked_ref())
            .unwrap();
        UncaughtErrors { seen, listener }
    }

    fn seen(&self) -> Vec<String> {
        self.seen.borrow().clone()
    }
}

impl Drop for UncaughtErrors {
    fn drop(&mut self) {
        let _ = window()
            .remove_event_listener_with_callback("error", self.listener.as_ref().unchecked_ref());
    }
}

#[wasm_bindgen_test]
async fn a_step_left_before_its_lower_half_is_built_is_left_in_peace() {
    start();
    let errors = UncaughtErrors::watch();
    let page = mount(step_with_lower_half);
    drop(page);
    next_frame().await;
    sleep(10).await;
    assert!(all(&document().body().unwrap(), "p.lower").is_empty());
    assert_eq!(
        errors.seen(),
        Vec::<String>::new(),
        "nothing went wrong meanwhile"
    );
}

// ---- 5. A link ready to send (link_sender.rs) ----

/// Replaces `navigator.<name>` for one test (or hides it, with `None`), and puts the
/// browser's own back when dropped.
struct NavigatorStub {
    name: &'static str,
    /// The browser's own property and the prototype it lives on, if it has one.
    own: Option<(js_sys::Object, js_sys::Object)>,
}

fn navigator() -> js_sys::Object {
    window().navigator().unchecked_into()
}

impl NavigatorStub {
    fn new(name: &'static str, value: Option<&JsValue>) -> Self {
        let key = JsValue::from_str(name);
        let mut holder = js_sys::Object::get_prototype_of(&navigator());
        let mut own = None;
        while !holder.is_null() {
            let descriptor = js_sys::Object::get_own_property_descriptor(&holder, &key);
            if !descriptor.is_undefined() {
                js_sys::Reflect::delete_property(&holder, &key).unwrap();
                own = Some((holder, descriptor.unchecked_into()));
                break;
            }
            holder = js_sys::Object::get_prototype_of(&holder);
        }
        if let Some(value) = value {
            let descriptor = js_sys::Object::new();
            js_sys::Reflect::set(&descriptor, &"value".into(), value).unwrap();
            js_sys::Reflect::set(&descriptor, &"configurable".into(), &true.into()).unwrap();
            js_sys::Object::define_property(&navigator(), &key, &descriptor);
        }
        NavigatorStub { name, own }
    }
}

impl Drop for NavigatorStub {
    fn drop(&mut self) {
        let key = JsValue::from_str(self.name);
        js_sys::Reflect::delete_property(&navigator(), &key).unwrap();
        if let Some((holder, descriptor)) = self.own.take() {
            js_sys::Object::define_property(&holder, &key, &descriptor);
        }
    }
}

/// Records what a stubbed browser function was called with; resolves at once.
fn recorder(calls: Rc<RefCell<Vec<JsValue>>>) -> Closure<dyn FnMut(JsValue) -> js_sys::Promise> {
    Closure::new(move |arg: JsValue| {
        calls.borrow_mut().push(arg);
        js_sys::Promise::resolve(&JsValue::UNDEFINED)
    })
}

fn field_of(value: &JsValue, name: &str) -> String {
    js_sys::Reflect::get(value, &name.into())
        .unwrap()
        .as_string()
        .unwrap_or_default()
}

const LINK: &str = "https://rebound.example/#/import/v2.abcdefghijklmnopqrstuvwxyz0123456789";

fn link_sender(link: RwSignal<String>, sent: RwSignal<u32>) -> impl IntoView {
    let on_sent = Callback::new(move |()| sent.update(|n| *n += 1));
    view! {
        <LinkSender
            link=link
            label=Key::ShareLinkLabel
            share_title=Key::ShareSheetTitle
            qr_hint=Key::ShareQrHint
            qr_label=Key::ShareQrLabel
            on_sent=on_sent
        />
    }
}

#[wasm_bindgen_test]
async fn link_sender_shows_the_link_read_only_with_a_qr_code_and_copies_it() {
    start();
    let copied = Rc::new(RefCell::new(Vec::new()));
    let write_text = recorder(copied.clone());
    let clipboard = js_sys::Object::new();
    js_sys::Reflect::set(&clipboard, &"writeText".into(), write_text.as_ref()).unwrap();
    let _clipboard = NavigatorStub::new("clipboard", Some(&clipboard));
    let _no_share = NavigatorStub::new("share", None);

    let link = RwSignal::new(LINK.to_string());
    let sent = RwSignal::new(0);
    let page = mount(move || link_sender(link, sent));
    settle().await;
    let root = &page.root;

    // The link in a labelled, read-only text box, with its length.
    let textbox = labelled(root, "Your share link");
    assert_eq!(textbox.tag_name(), "TEXTAREA");
    assert!(textbox.has_attribute("readonly"), "read-only");
    assert_eq!(value(&textbox), LINK);
    let count = format!("{} characters", LINK.chars().count());
    assert!(all(root, "p.meta").iter().any(|p| text(p) == count));
    assert!(all(root, ".banner.warning").is_empty());

    // No share sheet in this browser: copying is the main way.
    assert!(find_button(root, "Share…").is_none());
    let copy = button(root, "Copy link");
    assert!(copy.class_list().contains("primary"));

    // The QR code: behind "Show a QR code", a picture named for screen readers, of this
    // link.
    let details = all(root, "details")[0].clone();
    assert!(!details.has_attribute("open"), "closed until asked for");
    let summary: HtmlElement = all(&details, "summary")[0].clone().unchecked_into();
    assert_eq!(text(&summary), "Show a QR code");
    assert!(text(&details).contains("Scan it with another phone's camera to open the plan there."));
    let svg = all(&details, "svg[role=img]")[0].clone();
    assert_eq!(
        svg.get_attribute("aria-label").as_deref(),
        Some("QR code of your share link")
    );
    let size = QrCode::encode_text(LINK, QrCodeEcc::Low).unwrap().size();
    assert_eq!(
        svg.get_attribute("viewBox"),
        Some(format!("-4 -4 {} {}", size + 8, size + 8)),
        "a code of this link's size"
    );
    summary.click();
    settle().await;
    assert!(details.has_attribute("open"));

    // Copying: the link goes to the clipboard, the person is told, and the caller hears.
    copy.click();
    settle().await;
    let copied_texts: Vec<String> = copied
        .borrow()
        .iter()
        .filter_map(JsValue::as_string)
        .collect();
    assert_eq!(copied_texts, vec![LINK.to_string()]);
    assert_eq!(
        text(&by_role(root, "status")),
        "Link copied. Paste it into a message or an email."
    );
    assert_eq!(sent.get_untracked(), 1);

    // A link too long for chat apps and for a QR code says so.
    let long = format!("https://rebound.example/#/import/v2.{}", "x".repeat(3_000));
    link.set(long.clone());
    settle().await;
    assert_eq!(value(&textbox), long);
    // The length as English writes a number ("3,036").
    let count = format!(
        "{} characters",
        rebound::ui::words::current().number(long.chars().count() as i64)
    );
    assert!(all(root, "p.meta").iter().any(|p| text(p) == count));
    assert_eq!(all(root, ".banner.warning").len(), 1);
    assert!(all(root, "svg[role=img]").is_empty());
    assert!(text(&details).contains("This link is too long for a QR code."));
}

#[wasm_bindgen_test]
async fn link_sender_offers_the_share_sheet_where_there_is_one() {
    start();
    let shared = Rc::new(RefCell::new(Vec::new()));
    let share = recorder(shared.clone());
    let _share = NavigatorStub::new("share", Some(share.as_ref()));

    let link = RwSignal::new(LINK.to_string());
    let sent = RwSignal::new(0);
    let page = mount(move || link_sender(link, sent));
    settle().await;
    let root = &page.root;

    let share_button = button(root, "Share…");
    assert!(share_button.class_list().contains("primary"));
    assert!(!button(root, "Copy link").class_list().contains("primary"));

    share_button.click();
    settle().await;
    let calls = shared.borrow();
    assert_eq!(calls.len(), 1);
    assert_eq!(field_of(&calls[0], "title"), "My Rebound plan");
    assert_eq!(field_of(&calls[0], "url"), LINK);
    assert_eq!(sent.get_untracked(), 1);
    assert_eq!(text(&by_role(root, "status")), "");
}

// ---- 6. The banner when saving does not work (notices.rs) ----

#[wasm_bindgen_test]
async fn a_save_problem_says_what_happened_and_opens_to_its_way_out() {
    start();
    let (page, app) = mount_with_app(|_| view! { <SaveProblem /> });
    settle().await;
    let root = &page.root;
    assert!(
        all(root, "[role=alert]").is_empty(),
        "no banner while saves work"
    );

    app.save_status.set(SaveStatus::Failed(SaveError::Full));
    settle().await;
    let banner = by_role(root, "alert");
    let summary = all(&banner, "summary")
        .pop()
        .expect("the banner has a summary");
    assert_eq!(
        text(&summary),
        "Your latest changes are not saved yet. Storage on this device is full. What to do"
    );
    let details = all(&banner, "details")
        .pop()
        .expect("the way out is in a disclosure");
    assert!(
        !details.has_attribute("open"),
        "the way out waits until the person asks for it"
    );

    summary.unchecked_ref::<HtmlElement>().click();
    settle().await;
    assert!(details.has_attribute("open"));
    assert!(text(&banner).contains("Export a backup to keep a copy now"));
    button(&banner, "Export a backup");

    app.save_status.set(SaveStatus::Saved);
    settle().await;
    assert!(
        all(root, "[role=alert]").is_empty(),
        "gone once saving works again"
    );
}

#[wasm_bindgen_test]
async fn a_tab_left_read_only_by_a_newer_save_is_told_once_not_twice() {
    start();
    let (page, app) = mount_with_app(|_| view! { <SaveProblem /> });
    app.save_status.set(SaveStatus::Failed(SaveError::ReadOnly));
    settle().await;
    assert!(text(&by_role(&page.root, "alert")).contains("This tab can't save your plan."));

    // The storage notices already say a newer version saved the plan.
    app.notice.set(Some(LoadNotice::Newer { version: 9 }));
    settle().await;
    assert!(all(&page.root, "[role=alert]").is_empty());
}
