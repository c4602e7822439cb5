//! The calendar export: every open dated action of the plan as an iCalendar file
//! (RFC 5545) that any calendar app can import.
//!
//! Hand-written on purpose: the app only ever writes a handful of simple events, and a
//! few dozen lines of escaping and folding cost far less download than a crate. The
//! tests read the output back with a real parser.
//!
//! Pure: the time stamp and the person's UTC offset come from the caller.

use chrono::{Datelike, Duration, NaiveDate, NaiveDateTime, Timelike};

use super::insights::{dated_actions, ActionKind, DatedAction};
use super::plan::Plan;
use super::words::{Key, Messages};

/// The media type to serve or save the file with.
pub const MEDIA_TYPE: &str = "text/calendar;charset=utf-8";
/// A sensible name for the downloaded file.
pub const FILE_NAME: &str = "rebound-plan.ics";
/// Ends every event's UID.
pub const UID_DOMAIN: &str = "rebound.app";

/// Longest physical line in octets, without the CRLF (RFC 5545, 3.1).
const MAX_LINE_OCTETS: usize = 75;
/// Real UTC offsets lie within ±18 hours; anything beyond is clamped.
const MAX_OFFSET_MINUTES: i32 = 18 * 60;

/// The whole plan as one calendar: one event per dated action that is not done yet.
///
/// `now_utc` becomes every event's DTSTAMP. `utc_offset_minutes` is the person's offset
/// from UTC, positive east of it (UTC+01:00 is `60`); timed actions are written in UTC
/// with it. Actions without a time become all-day events on their date.
///
/// One offset is applied to every event, so an event on the other side of a daylight
/// saving change lands an hour off; [`calendar_with_offsets`] avoids that.
pub fn calendar(
    plan: &Plan,
    words: &Messages,
    now_utc: NaiveDateTime,
    utc_offset_minutes: i32,
) -> String {
    calendar_with_offsets(plan, words, now_utc, |_| utc_offset_minutes)
}

/// Like [`calendar`], but asks for the UTC offset in force at each local date and time
/// (in the browser: `-new Date(y, m - 1, d, h, min).getTimezoneOffset()`), so timed
/// events stay right across daylight saving changes.
pub fn calendar_with_offsets(
    plan: &Plan,
    words: &Messages,
    now_utc: NaiveDateTime,
    offset_minutes_at: impl Fn(NaiveDateTime) -> i32,
) -> String {
    let mut out = String::new();
    for line in [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//Rebound//Rebound plan//EN",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
    ] {
        push_line(&mut out, line);
    }
    let name = escape_text(&words.text(Key::CalendarName));
    push_line(&mut out, &format!("X-WR-CALNAME:{name}"));
    let stamp = utc_stamp(now_utc);
    for action in dated_actions(plan).iter().filter(|a| !a.done) {
        if let Some(span) = span_of(action, &offset_minutes_at) {
            push_event(&mut out, plan, words, action, span, &stamp);
        }
    }
    push_line(&mut out, "END:VCALENDAR");
    out
}

/// When an event happens, ready to write.
enum Span {
    /// All day: the first day and the day after the last (DTEND is exclusive).
    AllDay(NaiveDate, NaiveDate),
    /// From, to, in UTC.
    Timed(NaiveDateTime, NaiveDateTime),
}

/// The event's span, or `None` when a date is too far out to be written.
fn span_of(action: &DatedAction, offset_at: &impl Fn(NaiveDateTime) -> i32) -> Option<Span> {
    let span = match action.time {
        None => Span::AllDay(action.date, action.date.succ_opt()?),
        Some(time) => {
            let local = action.date.and_time(time);
            let offset = offset_at(local).clamp(-MAX_OFFSET_MINUTES, MAX_OFFSET_MINUTES);
            let start = local.checked_sub_signed(Duration::minutes(offset.into()))?;
            let hours = if action.kind == ActionKind::Fun { 2 } else { 1 };
            Span::Timed(start, start.checked_add_signed(Duration::hours(hours))?)
        }
    };
    let (first, last) = match &span {
        Span::AllDay(a, b) => (*a, *b),
        Span::Timed(a, b) => (a.date(), b.date()),
    };
    // iCalendar dates have exactly four year digits.
    let writable = |d: NaiveDate| (0..=9999).contains(&d.year());
    (writable(first) && writable(last)).then_some(span)
}

fn push_event(
    out: &mut String,
    plan: &Plan,
    words: &Messages,
    action: &DatedAction,
    span: Span,
    stamp: &str,
) {
    push_line(out, "BEGIN:VEVENT");
    push_line(out, &format!("UID:{}", escape_text(&uid(plan, action))));
    push_line(out, &format!("DTSTAMP:{stamp}"));
    match span {
        Span::AllDay(first, next) => {
            push_line(out, &format!("DTSTART;VALUE=DATE:{}", date_value(first)));
            push_line(out, &format!("DTEND;VALUE=DATE:{}", date_value(next)));
            // A reminder to do something does not make the person busy all day.
            push_line(out, "TRANSP:TRANSPARENT");
        }
        Span::Timed(start, end) => {
            push_line(out, &format!("DTSTART:{}", utc_stamp(start)));
            push_line(out, &format!("DTEND:{}", utc_stamp(end)));
        }
    }
    let summary = escape_text(&words.plain(&action.text));
    push_line(out, &format!("SUMMARY:{summary}"));
    if action.kind == ActionKind::FollowUp {
        // 09:00 on the day of the all-day event.
        push_line(out, "BEGIN:VALARM");
        push_line(out, "ACTION:DISPLAY");
        push_line(out, "TRIGGER:PT9H");
        push_line(out, &format!("DESCRIPTION:{summary}"));
        push_line(out, "END:VALARM");
    }
    push_line(out, "END:VEVENT");
}

/// The id of an action's event: the plan's random id and the action's id within the
/// plan, so it stays the same in every export of this plan and differs from every other
/// plan's (RFC 5545 asks for UIDs unique across calendars). Every plan the app holds has
/// an id; one from before ids that never went through a load keeps the plan-local part
/// alone.
fn uid(plan: &Plan, action: &DatedAction) -> String {
    match &plan.id {
        Some(id) => format!("{}-{}@{UID_DOMAIN}", id.as_str(), action.uid),
        None => format!("{}@{UID_DOMAIN}", action.uid),
    }
}

/// `YYYYMMDD`.
fn date_value(date: NaiveDate) -> String {
    format!("{:04}{:02}{:02}", date.year(), date.month(), date.day())
}

/// `YYYYMMDDTHHMMSSZ`, the value taken as UTC.
fn utc_stamp(at: NaiveDateTime) -> String {
    format!(
        "{}T{:02}{:02}{:02}Z",
        date_value(at.date()),
        at.hour(),
        at.minute(),
        at.second()
    )
}

/// Escapes a TEXT value: backslash, semicolon, comma and line breaks; other control
/// characters, which TEXT may not contain, are dropped.
pub(crate) fn escape_text(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\r' | '\n' => {
                if c == '\r' && chars.peek() == Some(&'\n') {
                    chars.next();
                }
                out.push_str("\\n");
            }
            c if c.is_ascii_control() && c != '\t' => {}
            c => out.push(c),
        }
    }
    out
}

/// Appends one content line, folded to 75 octets, with CRLF line endings.
///
/// Folds fall between UTF-8 characters, never inside one. Where it can, a fold also
/// avoids leaving whitespace at the end of a physical line, since some readers trim it
/// away when they unfold.
pub(crate) fn push_line(out: &mut String, line: &str) {
    let mut rest = line;
    let mut room = MAX_LINE_OCTETS;
    while rest.len() > room {
        let mut cut = room;
        while !rest.is_char_boundary(cut) {
            cut -= 1;
        }
        let trimmed = rest[..cut].trim_end_matches([' ', '\t']).len();
        if trimmed > 0 {
            cut = trimmed;
        }
        out.push_str(&rest[..cut]);
        out.push_str("\r\n ");
        rest = &rest[cut..];
        // Continuation lines start with the space, which counts.
        room = MAX_LINE_OCTETS - 1;
    }
    out.push_str(rest);
    out.push_str("\r\n");
}

#[cfg(test)]
mod tests {
    use super::*;

    fn folded(line: &str) -> String {
        let mut out = String::new();
        push_line(&mut out, line);
        out
    }

    fn unfold(text: &str) -> String {
        text.replace("\r\n ", "").replace("\r\n\t", "")
    }

    #[test]
    fn escapes_the_four_specials_and_drops_controls() {
        assert_eq!(
            escape_text("a\\b;c,d\ne\r\nf\rg\u{0}h\ti"),
            "a\\\\b\\;c\\,d\\ne\\nf\\ngh\ti"
        );
        assert_eq!(escape_text("Café: 10:00"), "Café: 10:00");
    }

    #[test]
    fn short_lines_are_left_alone() {
        assert_eq!(folded("SUMMARY:Hi"), "SUMMARY:Hi\r\n");
        let exact = "X".repeat(75);
        assert_eq!(folded(&exact), format!("{exact}\r\n"));
        assert_eq!(
            folded(&"X".repeat(76)),
            format!("{}\r\n X\r\n", "X".repeat(75))
        );
    }

    #[test]
    fn folds_at_75_octets_without_splitting_characters() {
        for prefix in 0..4 {
            let line = format!("SUMMARY:{}{}", "a".repeat(prefix), "é€😀ß".repeat(40));
            let out = folded(&line);
            assert!(out.ends_with("\r\n"));
            let physical: Vec<&str> = out.trim_end_matches("\r\n").split("\r\n").collect();
            assert!(physical.len() > 1);
            for (i, p) in physical.iter().enumerate() {
                assert!(p.len() <= 75, "line {i} is {} octets", p.len());
                assert!(!p.is_empty());
                if i > 0 {
                    assert!(p.starts_with(' ') && p.len() > 1);
                }
            }
            assert_eq!(unfold(&out), format!("{line}\r\n"));
        }
    }

    #[test]
    fn folds_before_spaces_where_it_can() {
        let line = format!("SUMMARY:{} {}", "a".repeat(66), "b".repeat(30));
        let out = folded(&line);
        let physical: Vec<&str> = out.trim_end_matches("\r\n").split("\r\n").collect();
        assert!(physical.iter().all(|p| !p.ends_with(' ')));
        assert_eq!(unfold(&out), format!("{line}\r\n"));
        // Nothing but spaces: fold anyway.
        let spaces = format!("SUMMARY:{}", " ".repeat(200));
        let out = folded(&spaces);
        assert!(out.split("\r\n").all(|p| p.len() <= 75));
        assert_eq!(unfold(&out), format!("{spaces}\r\n"));
    }

    #[test]
    fn stamps_and_dates_have_fixed_widths() {
        let at = NaiveDate::from_ymd_opt(987, 3, 4)
            .unwrap()
            .and_hms_opt(5, 6, 7)
            .unwrap();
        assert_eq!(utc_stamp(at), "09870304T050607Z");
        assert_eq!(date_value(at.date()), "09870304");
    }
}
