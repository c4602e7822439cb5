//! The calendar export, read back with a real iCalendar parser (the `ical` crate).

use std::io::BufReader;

use chrono::{NaiveDate, NaiveDateTime, NaiveTime};
use ical::parser::ical::component::{IcalCalendar, IcalEvent};
use ical::IcalParser;

use rebound::core::ics::{calendar, calendar_with_offsets};
use rebound::core::insights::dated_actions;
use rebound::core::plan::{
    AppKind, ApplicationDraft, Channel, FunDraft, GapStatus, Id, Plan, PlanId, RejectionDraft,
    SkillGapDraft, Stage,
};
use rebound::core::words::Messages;

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).unwrap()
}

fn at(y: i32, m: u32, day: u32, h: u32, min: u32) -> NaiveDateTime {
    d(y, m, day).and_hms_opt(h, min, 0).unwrap()
}

fn now() -> NaiveDateTime {
    d(2026, 11, 25).and_hms_opt(21, 7, 9).unwrap()
}

const STAMP: &str = "20261125T210709Z";

fn today() -> NaiveDate {
    d(2026, 11, 25)
}

fn rejection(plan: &mut Plan, company: &str) -> Id {
    let draft = RejectionDraft {
        company: company.into(),
        role: "Data analyst".into(),
        contact_name: String::new(),
        contact_email: String::new(),
        stage: Stage::Interview,
        date: d(2026, 11, 20),
        channel: Channel::Email,
        message: String::new(),
    };
    plan.record_rejection(&draft, today(), true).unwrap()
}

fn fun(plan: &mut Plan, what: &str, when: NaiveDateTime) -> Id {
    let draft = FunDraft {
        what: what.into(),
        with_whom: String::new(),
        when,
        mood_before: None,
    };
    plan.plan_fun(&draft, now(), true).unwrap()
}

fn application(
    plan: &mut Plan,
    kind: AppKind,
    company: &str,
    date: NaiveDate,
    time: Option<(u32, u32)>,
) -> Id {
    let draft = ApplicationDraft {
        company: company.into(),
        role: "Analyst".into(),
        kind,
        date,
        time: time.map(|(h, m)| NaiveTime::from_hms_opt(h, m, 0).unwrap()),
        note: String::new(),
    };
    plan.add_application(&draft, today(), true).unwrap()
}

fn gap(plan: &mut Plan, skill: &str, target: Option<NaiveDate>) -> Id {
    let mut draft = SkillGapDraft::named(skill);
    draft.target_date = target;
    plan.add_skill_gap(&draft, true).unwrap()
}

/// The id of [`full_plan`], as the browser would have made it.
fn full_plan_id() -> PlanId {
    PlanId::from_random(*b"\x3f\x2a\x9c\x41\xd0\x7b\xe8\x15\x0a\x1b\x2c\x3d\x4e\x5f\x60\x71")
}

/// A plan with one of every kind of dated action, plus some that must be left out.
fn full_plan() -> Plan {
    let mut plan = Plan::default();
    plan.ensure_id(full_plan_id());
    let acme = rejection(&mut plan, "Acme");
    plan.mark_request_sent(acme, today()).unwrap(); // follow-up due 2 Dec
    let globex = rejection(&mut plan, "Smith, Jones; Partners \\ Co");
    plan.mark_followed_up(globex, today()).unwrap(); // close the loop 2 Dec
    gap(&mut plan, "SQL window functions", Some(d(2026, 12, 20)));
    gap(&mut plan, "No date, no event", None);
    let done = gap(&mut plan, "Already learnt", Some(d(2026, 12, 1)));
    plan.set_gap_status(done, GapStatus::Done).unwrap();
    fun(&mut plan, "Cinema, then noodles", at(2026, 11, 26, 19, 0));
    let old = fun(&mut plan, "Long walk", at(2026, 11, 24, 10, 0));
    plan.complete_fun(old, Some(4)).unwrap();
    application(
        &mut plan,
        AppKind::Interview,
        "Initech",
        d(2026, 12, 10),
        Some((10, 0)),
    );
    application(
        &mut plan,
        AppKind::Application,
        "Hooli",
        d(2026, 12, 15),
        None,
    );
    plan
}

fn parse(text: &str) -> IcalCalendar {
    let mut parser = IcalParser::new(BufReader::new(text.as_bytes()));
    let cal = parser.next().expect("one calendar").expect("parses");
    assert!(parser.next().is_none(), "exactly one calendar");
    cal
}

/// Undoes RFC 5545 TEXT escaping; the parser hands values over raw.
fn unescape(value: &str) -> String {
    let mut out = String::new();
    let mut chars = value.chars();
    while let Some(c) = chars.next() {
        if c == '\\' {
            match chars.next() {
                Some('n' | 'N') => out.push('\n'),
                Some(other) => out.push(other),
                None => panic!("dangling backslash in {value:?}"),
            }
        } else {
            out.push(c);
        }
    }
    out
}

fn prop<'a>(event: &'a IcalEvent, name: &str) -> &'a str {
    let found: Vec<_> = event.properties.iter().filter(|p| p.name == name).collect();
    assert_eq!(found.len(), 1, "{name} appears once");
    found[0].value.as_deref().unwrap_or("")
}

fn params(event: &IcalEvent, name: &str) -> Vec<(String, Vec<String>)> {
    let p = event.properties.iter().find(|p| p.name == name).unwrap();
    p.params.clone().unwrap_or_default()
}

fn summary(event: &IcalEvent) -> String {
    unescape(prop(event, "SUMMARY"))
}

fn event<'a>(cal: &'a IcalCalendar, summary_start: &str) -> &'a IcalEvent {
    cal.events
        .iter()
        .find(|e| summary(e).starts_with(summary_start))
        .unwrap_or_else(|| panic!("no event {summary_start:?}"))
}

fn physical_lines(text: &str) -> Vec<&str> {
    assert!(text.ends_with("\r\n"));
    text[..text.len() - 2].split("\r\n").collect()
}

fn assert_crlf_only(text: &str) {
    let bytes = text.as_bytes();
    for (i, b) in bytes.iter().enumerate() {
        match b {
            b'\n' => assert!(i > 0 && bytes[i - 1] == b'\r', "bare LF at byte {i}"),
            b'\r' => assert_eq!(bytes.get(i + 1), Some(&b'\n'), "bare CR at byte {i}"),
            _ => {}
        }
    }
}

#[test]
fn round_trip_keeps_every_open_action() {
    let plan = full_plan();
    let text = calendar(&plan, &Messages::english(), now(), 60);
    let cal = parse(&text);

    let open: Vec<_> = dated_actions(&plan)
        .into_iter()
        .filter(|a| !a.done)
        .collect();
    assert_eq!(open.len(), 6);
    assert_eq!(cal.events.len(), open.len());
    let summaries: Vec<String> = cal.events.iter().map(summary).collect();
    let english = Messages::english();
    let texts: Vec<String> = open.iter().map(|a| english.plain(&a.text)).collect();
    assert_eq!(summaries, texts);
    assert!(!summaries.iter().any(|s| s.contains("Long walk")));
    assert!(!summaries.iter().any(|s| s.contains("Already learnt")));

    let header = |name: &str| {
        cal.properties
            .iter()
            .find(|p| p.name == name)
            .and_then(|p| p.value.clone())
            .unwrap_or_default()
    };
    assert_eq!(header("VERSION"), "2.0");
    assert_eq!(header("PRODID"), "-//Rebound//Rebound plan//EN");
    assert_eq!(header("CALSCALE"), "GREGORIAN");
    assert_eq!(header("METHOD"), "PUBLISH");
    assert_eq!(header("X-WR-CALNAME"), "Rebound plan");
}

#[test]
fn every_event_has_a_unique_uid_and_the_given_stamp() {
    let plan = full_plan();
    let cal = parse(&calendar(&plan, &Messages::english(), now(), 0));
    let mut uids: Vec<&str> = cal.events.iter().map(|e| prop(e, "UID")).collect();
    for e in &cal.events {
        assert_eq!(prop(e, "DTSTAMP"), STAMP);
        let uid = prop(e, "UID");
        assert!(
            uid.starts_with("3f2a9c41d07be8150a1b2c3d4e5f6071-"),
            "{uid}"
        );
        assert!(uid.ends_with("@rebound.app"), "{uid}");
        prop(e, "DTSTART");
        prop(e, "DTEND");
    }
    let count = uids.len();
    uids.sort_unstable();
    uids.dedup();
    assert_eq!(uids.len(), count);
    // Stable: the same thing gets the same uid in a later export.
    let later = parse(&calendar(
        &plan,
        &Messages::english(),
        at(2026, 12, 1, 8, 0),
        0,
    ));
    let again: Vec<&str> = later.events.iter().map(|e| prop(e, "UID")).collect();
    let first: Vec<&str> = cal.events.iter().map(|e| prop(e, "UID")).collect();
    assert_eq!(again, first);
    assert_eq!(prop(&later.events[0], "DTSTAMP"), "20261201T080000Z");
}

#[test]
fn actions_without_a_time_are_all_day() {
    let cal = parse(&calendar(&full_plan(), &Messages::english(), now(), 330));
    for (start, day, next) in [
        ("Send one friendly reminder to Acme", "20261202", "20261203"),
        ("No answer yet from Smith", "20261202", "20261203"),
        ("Skill target: SQL window functions", "20261220", "20261221"),
        (
            "Application deadline: Analyst at Hooli",
            "20261215",
            "20261216",
        ),
    ] {
        let e = event(&cal, start);
        assert_eq!(prop(e, "DTSTART"), day, "{start}");
        assert_eq!(prop(e, "DTEND"), next, "{start}");
        let date = vec![("VALUE".to_string(), vec!["DATE".to_string()])];
        assert_eq!(params(e, "DTSTART"), date);
        assert_eq!(params(e, "DTEND"), date);
    }
}

#[test]
fn all_day_events_end_the_next_day_across_month_and_year_ends() {
    let mut plan = Plan::default();
    application(&mut plan, AppKind::Application, "Y", d(2026, 12, 31), None);
    application(&mut plan, AppKind::Application, "L", d(2028, 2, 28), None);
    let cal = parse(&calendar(&plan, &Messages::english(), now(), 0));
    assert_eq!(prop(&cal.events[0], "DTEND"), "20270101");
    assert_eq!(prop(&cal.events[1], "DTEND"), "20280229");
}

#[test]
fn timed_events_are_written_in_utc() {
    let cal = parse(&calendar(&full_plan(), &Messages::english(), now(), 60));
    let interview = event(&cal, "Interview: Analyst at Initech");
    assert_eq!(prop(interview, "DTSTART"), "20261210T090000Z");
    assert_eq!(prop(interview, "DTEND"), "20261210T100000Z");
    assert_eq!(params(interview, "DTSTART"), vec![]);
    let cinema = event(&cal, "Cinema, then noodles");
    assert_eq!(prop(cinema, "DTSTART"), "20261126T180000Z");
    assert_eq!(
        prop(cinema, "DTEND"),
        "20261126T200000Z",
        "fun lasts two hours"
    );
}

#[test]
fn timed_events_change_date_across_midnight() {
    let mut plan = Plan::default();
    application(
        &mut plan,
        AppKind::Interview,
        "West",
        d(2026, 12, 31),
        Some((23, 30)),
    );
    application(
        &mut plan,
        AppKind::Interview,
        "East",
        d(2027, 1, 1),
        Some((0, 30)),
    );
    fun(&mut plan, "Late show", at(2026, 11, 28, 23, 15));

    // New York in winter, UTC-05:00: late evening is the next morning in UTC.
    let cal = parse(&calendar(&plan, &Messages::english(), now(), -300));
    let west = event(&cal, "Interview: Analyst at West");
    assert_eq!(prop(west, "DTSTART"), "20270101T043000Z");
    assert_eq!(prop(west, "DTEND"), "20270101T053000Z");
    let late = event(&cal, "Late show");
    assert_eq!(prop(late, "DTSTART"), "20261129T041500Z");

    // Tokyo, UTC+09:00: just after midnight is the previous afternoon in UTC.
    let cal = parse(&calendar(&plan, &Messages::english(), now(), 540));
    let east = event(&cal, "Interview: Analyst at East");
    assert_eq!(prop(east, "DTSTART"), "20261231T153000Z");

    // India, UTC+05:30, and a fun plan that runs past midnight UTC.
    let cal = parse(&calendar(&plan, &Messages::english(), now(), 330));
    let west = event(&cal, "Interview: Analyst at West");
    assert_eq!(prop(west, "DTSTART"), "20261231T180000Z");
    let late = event(&cal, "Late show");
    assert_eq!(prop(late, "DTSTART"), "20261128T174500Z");
    let cal = parse(&calendar(&plan, &Messages::english(), now(), 0));
    let late = event(&cal, "Late show");
    assert_eq!(prop(late, "DTEND"), "20261129T011500Z");
}

#[test]
fn per_event_offsets_follow_daylight_saving() {
    let mut plan = Plan::default();
    application(
        &mut plan,
        AppKind::Interview,
        "Winter",
        d(2027, 3, 26),
        Some((10, 0)),
    );
    application(
        &mut plan,
        AppKind::Interview,
        "Summer",
        d(2027, 3, 29),
        Some((10, 0)),
    );
    // Central Europe: UTC+01:00 until 28 March 2027, then UTC+02:00.
    let berlin = |local: NaiveDateTime| {
        if local < at(2027, 3, 28, 2, 0) {
            60
        } else {
            120
        }
    };
    let cal = parse(&calendar_with_offsets(
        &plan,
        &Messages::english(),
        now(),
        berlin,
    ));
    assert_eq!(
        prop(event(&cal, "Interview: Analyst at Winter"), "DTSTART"),
        "20270326T090000Z"
    );
    assert_eq!(
        prop(event(&cal, "Interview: Analyst at Summer"), "DTSTART"),
        "20270329T080000Z"
    );
}

#[test]
fn special_characters_are_escaped_and_survive() {
    let mut plan = Plan::default();
    let what = "Dinner; drinks, then \\ home\nlate (maybe)";
    fun(&mut plan, what, at(2026, 11, 26, 19, 0));
    let text = calendar(&plan, &Messages::english(), now(), 0);
    assert!(text.contains("SUMMARY:Dinner\\; drinks\\, then \\\\ home\\nlate (maybe)\r\n"));
    let cal = parse(&text);
    assert_eq!(summary(&cal.events[0]), what);

    let cal = parse(&calendar(&full_plan(), &Messages::english(), now(), 0));
    assert!(cal.events.iter().any(|e| summary(e)
        == "No answer yet from Smith, Jones; Partners \\ Co: time to let the request go"));
}

#[test]
fn only_crlf_line_endings() {
    let mut plan = full_plan();
    fun(&mut plan, "A\r\nB\nC\rD", at(2026, 11, 27, 12, 0));
    let text = calendar(&plan, &Messages::english(), now(), 60);
    assert!(text.starts_with("BEGIN:VCALENDAR\r\n"));
    assert!(text.ends_with("END:VCALENDAR\r\n"));
    assert_crlf_only(&text);
    assert_eq!(summary(event(&parse(&text), "A\nB")), "A\nB\nC\nD");
}

#[test]
fn long_multibyte_summaries_fold_at_75_octets() {
    let mut plan = Plan::default();
    let long = "Wander through the Jardin des Plantes, then café crème, crêpes and a \
                long chat about the 面接 — 😀🎉 with friends, Zoë and Ødegaard, until dusk \
                🌇🌇🌇 and then a slow walk home by the Seine, ça va très bien";
    fun(&mut plan, long, at(2026, 11, 26, 15, 0));
    for (skill, times) in [("日本語のビジネス会話", 12), ("Ünïcödé ✓ everywhere", 9)]
    {
        gap(&mut plan, &skill.repeat(times), Some(d(2026, 12, 24)));
    }
    let text = calendar(&plan, &Messages::english(), now(), 0);
    assert_crlf_only(&text);
    let lines = physical_lines(&text);
    assert!(
        lines.iter().any(|l| l.starts_with(' ')),
        "something was folded"
    );
    for line in &lines {
        assert!(line.len() <= 75, "{} octets: {line:?}", line.len());
        assert!(!line.trim().is_empty());
    }
    // Unfolding by the rule alone gives back the escaped summary line.
    let unfolded = text.replace("\r\n ", "");
    assert!(unfolded.contains(&format!("SUMMARY:{}\r\n", long.replace(',', "\\,"))));
    // And the parser agrees.
    let cal = parse(&text);
    assert_eq!(summary(&cal.events[0]), long);
    assert_eq!(
        summary(&cal.events[1]),
        format!("Skill target: {}", "日本語のビジネス会話".repeat(12))
    );
    assert_eq!(
        summary(&cal.events[2]),
        format!("Skill target: {}", "Ünïcödé ✓ everywhere".repeat(9))
    );
}

#[test]
fn the_follow_up_has_a_reminder() {
    let cal = parse(&calendar(&full_plan(), &Messages::english(), now(), 0));
    for e in &cal.events {
        let is_follow_up = summary(e).starts_with("Send one friendly reminder");
        assert_eq!(e.alarms.len(), usize::from(is_follow_up), "{}", summary(e));
    }
    let alarm = &event(&cal, "Send one friendly reminder").alarms[0];
    let value = |name: &str| {
        alarm
            .properties
            .iter()
            .find(|p| p.name == name)
            .and_then(|p| p.value.clone())
            .unwrap_or_default()
    };
    assert_eq!(value("ACTION"), "DISPLAY");
    assert_eq!(value("TRIGGER"), "PT9H");
    assert!(!value("DESCRIPTION").is_empty());
}

#[test]
fn an_empty_plan_is_an_empty_calendar() {
    let text = calendar(&Plan::default(), &Messages::english(), now(), 0);
    assert_eq!(
        text,
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Rebound//Rebound plan//EN\r\n\
         CALSCALE:GREGORIAN\r\nMETHOD:PUBLISH\r\nX-WR-CALNAME:Rebound plan\r\n\
         END:VCALENDAR\r\n"
    );
    assert!(parse(&text).events.is_empty());
}

#[test]
fn output_depends_only_on_the_inputs() {
    let plan = full_plan();
    assert_eq!(
        calendar(&plan, &Messages::english(), now(), 60),
        calendar(&plan, &Messages::english(), now(), 60)
    );
    assert_ne!(
        calendar(&plan, &Messages::english(), now(), 60),
        calendar(&plan, &Messages::english(), now(), 120)
    );
}

#[test]
fn dates_too_far_out_are_skipped_not_garbled() {
    let mut plan = Plan::default();
    application(
        &mut plan,
        AppKind::Interview,
        "Far",
        d(9999, 12, 31),
        Some((23, 30)),
    );
    application(
        &mut plan,
        AppKind::Application,
        "Edge",
        d(9999, 12, 31),
        None,
    );
    application(&mut plan, AppKind::Application, "Near", d(2027, 1, 5), None);
    // Absurd offsets are clamped to ±18 hours rather than overflowing.
    application(
        &mut plan,
        AppKind::Interview,
        "Odd",
        d(2027, 1, 6),
        Some((12, 0)),
    );
    let text = calendar(&plan, &Messages::english(), now(), i32::MIN);
    let cal = parse(&text);
    let names: Vec<String> = cal.events.iter().map(summary).collect();
    assert_eq!(
        names,
        vec![
            "Application deadline: Analyst at Near",
            "Interview: Analyst at Odd"
        ]
    );
    assert_eq!(prop(&cal.events[1], "DTSTART"), "20270107T060000Z");
}

/// Every event's UID in an export of `plan`, in order.
fn uids(plan: &Plan, now_utc: NaiveDateTime) -> Vec<String> {
    parse(&calendar(plan, &Messages::english(), now_utc, 60))
        .events
        .iter()
        .map(|e| prop(e, "UID").to_string())
        .collect()
}

fn disjoint(a: &[String], b: &[String]) -> bool {
    !a.iter().any(|uid| b.contains(uid))
}

/// Two people's plans, made alike (the same plan-local ids), imported into one calendar
/// (a mentor's): no event takes another's place.
#[test]
fn two_plans_never_share_a_uid() {
    let mine = full_plan();
    let mut theirs = full_plan();
    theirs.id = Some(PlanId::from_random([0xc4; 16]));
    let (a, b) = (uids(&mine, now()), uids(&theirs, now()));
    assert_eq!(a.len(), 6);
    assert_eq!(a.len(), b.len());
    assert!(disjoint(&a, &b), "{a:?} and {b:?}");
    // Each stays the same in a later export of the same plan.
    assert_eq!(uids(&mine, at(2026, 12, 1, 8, 0)), a);
    assert_eq!(uids(&theirs, at(2026, 12, 1, 8, 0)), b);
}

/// "Replace my plan" opens a plan with its own id (from the link, or a fresh one for a
/// link from before ids), so exporting after it leaves the earlier events alone.
#[test]
fn a_replaced_plan_exports_new_uids() {
    let before = full_plan();
    let mut opened = full_plan();
    opened.id = None;
    opened.ensure_id(PlanId::from_random([0x11; 16]));
    assert!(disjoint(&uids(&before, now()), &uids(&opened, now())));
}

/// "Keep both": my events keep their UIDs, and the shared plan's items, now part of my
/// plan, get UIDs of their own, apart from those of the shared plan's own export.
#[test]
fn keeping_both_gives_the_added_items_uids_of_their_own() {
    let mine = full_plan();
    let mut theirs = Plan::default();
    theirs.ensure_id(PlanId::from_random([0xe7; 16]));
    let acme = rejection(&mut theirs, "Acme");
    theirs.mark_request_sent(acme, today()).unwrap();
    gap(&mut theirs, "SQL window functions", Some(d(2026, 12, 20)));
    application(
        &mut theirs,
        AppKind::Interview,
        "Initech",
        d(2026, 12, 10),
        Some((10, 0)),
    );
    let mine_before = uids(&mine, now());
    let theirs_alone = uids(&theirs, now());

    let mut merged = mine.clone();
    merged.merge_in(&theirs).unwrap();
    assert_eq!(merged.id, mine.id);
    let after = uids(&merged, now());
    assert_eq!(after.len(), mine_before.len() + theirs_alone.len());
    let mut unique = after.clone();
    unique.sort();
    unique.dedup();
    assert_eq!(unique.len(), after.len(), "{after:?}");
    for uid in &mine_before {
        assert!(after.contains(uid), "{uid} of my own plan changed");
    }
    let added: Vec<String> = after
        .into_iter()
        .filter(|uid| !mine_before.contains(uid))
        .collect();
    assert_eq!(added.len(), theirs_alone.len());
    assert!(disjoint(&added, &theirs_alone), "{added:?}");
}
