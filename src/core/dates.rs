//! Date arithmetic for reminders, countdowns and deadlines.
//!
//! Nothing here reads the clock: callers pass `today` (or `now`) in, so every rule is a
//! pure function that tests can pin to any day.

use chrono::{Datelike, Duration, NaiveDate, NaiveDateTime, NaiveTime, Timelike, Weekday};

/// The conventional wait before one polite follow-up on a feedback request.
pub const FOLLOW_UP_BUSINESS_DAYS: u32 = 5;

/// True for Monday to Friday.
pub fn is_business_day(date: NaiveDate) -> bool {
    !matches!(date.weekday(), Weekday::Sat | Weekday::Sun)
}

/// The date `days` business days after `start`, skipping Saturdays and Sundays.
///
/// Starting on a weekend counts from the next Monday, so a request sent on Saturday is
/// due for a follow-up on the following Friday when `days` is 5, the same as one sent
/// on Monday.
pub fn add_business_days(start: NaiveDate, days: u32) -> NaiveDate {
    let mut date = start;
    let mut left = days;
    while left > 0 {
        date = date.succ_opt().unwrap_or(date);
        if is_business_day(date) {
            left -= 1;
        }
    }
    date
}

/// When to send the one follow-up for a request sent on `sent_on`.
pub fn follow_up_due(sent_on: NaiveDate) -> NaiveDate {
    add_business_days(sent_on, FOLLOW_UP_BUSINESS_DAYS)
}

/// Whole days from `today` until `date`: negative when it has passed, 0 when it is today.
pub fn days_until(today: NaiveDate, date: NaiveDate) -> i64 {
    (date - today).num_days()
}

/// A target date is overdue once the day has passed and the work is not finished.
pub fn is_overdue(today: NaiveDate, due: NaiveDate) -> bool {
    due < today
}

/// True when `when` falls from `now` up to 48 hours later: the window Rebound suggests
/// for a fun break after a rejection (advice, not a finding).
pub fn within_48_hours(now: NaiveDateTime, when: NaiveDateTime) -> bool {
    when >= now && when - now <= Duration::hours(48)
}

// Dates and times are read and written by hand rather than with chrono's strftime
// patterns: that machinery is sizeable in the browser download, and the app only ever
// needs these few fixed shapes.

fn number<T: std::str::FromStr>(text: &str) -> Option<T> {
    if text.is_empty() || !text.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    text.parse().ok()
}

/// Parses an ISO `YYYY-MM-DD` date as typed into a date input; `None` for anything else.
pub fn parse_iso_date(text: &str) -> Option<NaiveDate> {
    let text = text.trim();
    let mut parts = text.split('-');
    let (y, m, d) = (parts.next()?, parts.next()?, parts.next()?);
    if parts.next().is_some() || y.len() != 4 || m.len() != 2 || d.len() != 2 {
        return None;
    }
    NaiveDate::from_ymd_opt(number(y)?, number(m)?, number(d)?)
}

/// Formats a date the way date inputs and storage expect it.
pub fn iso(date: NaiveDate) -> String {
    format!("{:04}-{:02}-{:02}", date.year(), date.month(), date.day())
}

const WEEKDAYS: [&str; 7] = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];
const MONTHS: [&str; 12] = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
];

/// A friendly long form such as "Mon 30 Nov 2026".
pub fn friendly(date: NaiveDate) -> String {
    format!(
        "{} {} {} {}",
        WEEKDAYS[date.weekday().num_days_from_monday() as usize],
        date.day(),
        MONTHS[date.month0() as usize],
        date.year()
    )
}

/// Parses `HH:MM` as typed into a time input.
pub fn parse_hhmm(text: &str) -> Option<NaiveTime> {
    let (h, m) = text.trim().split_once(':')?;
    if h.len() != 2 || m.len() != 2 {
        return None;
    }
    NaiveTime::from_hms_opt(number(h)?, number(m)?, 0)
}

/// Formats a time as `HH:MM`.
pub fn hhmm(time: NaiveTime) -> String {
    format!("{:02}:{:02}", time.hour(), time.minute())
}

/// Parses `YYYY-MM-DDTHH:MM` as a `datetime-local` input gives it.
pub fn parse_local_date_time(text: &str) -> Option<NaiveDateTime> {
    let (date, time) = text.trim().split_once('T')?;
    Some(parse_iso_date(date)?.and_time(parse_hhmm(time)?))
}

/// Formats a date and time the way a `datetime-local` input expects it.
pub fn local_date_time(at: NaiveDateTime) -> String {
    format!("{}T{}", iso(at.date()), hhmm(at.time()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn business_days_skip_weekends() {
        // Wed 25 Nov 2026 + 5 business days = Wed 2 Dec 2026.
        assert_eq!(add_business_days(d(2026, 11, 25), 5), d(2026, 12, 2));
        // Friday + 1 business day is Monday.
        assert_eq!(add_business_days(d(2026, 11, 27), 1), d(2026, 11, 30));
        // Zero days is the same day.
        assert_eq!(add_business_days(d(2026, 11, 27), 0), d(2026, 11, 27));
    }

    #[test]
    fn business_days_from_a_weekend_start_on_monday() {
        // Sat 28 Nov and Sun 29 Nov both count from Mon 30 Nov: due Fri 4 Dec.
        assert_eq!(follow_up_due(d(2026, 11, 28)), d(2026, 12, 4));
        assert_eq!(follow_up_due(d(2026, 11, 29)), d(2026, 12, 4));
        assert_eq!(follow_up_due(d(2026, 11, 30)), d(2026, 12, 7));
    }

    #[test]
    fn business_days_cross_month_and_year_ends() {
        // Thu 28 Jan 2027 + 5 = Thu 4 Feb 2027.
        assert_eq!(add_business_days(d(2027, 1, 28), 5), d(2027, 2, 4));
        // Wed 30 Dec 2026 + 5 = Wed 6 Jan 2027.
        assert_eq!(add_business_days(d(2026, 12, 30), 5), d(2027, 1, 6));
        // Leap day: Fri 25 Feb 2028 + 3 = Wed 1 Mar 2028 (29 Feb is a Tuesday).
        assert_eq!(add_business_days(d(2028, 2, 25), 3), d(2028, 3, 1));
    }

    #[test]
    fn every_follow_up_lands_on_a_business_day_a_week_later() {
        let start = d(2026, 1, 1);
        for offset in 0..400 {
            let sent = start + Duration::days(offset);
            let due = follow_up_due(sent);
            assert!(is_business_day(due), "{sent} -> {due}");
            let gap = (due - sent).num_days();
            assert!((5..=7).contains(&gap), "{sent} -> {due} is {gap} days");
        }
    }

    #[test]
    fn overdue_starts_the_day_after() {
        let today = d(2026, 11, 25);
        assert!(!is_overdue(today, today));
        assert!(!is_overdue(today, d(2026, 11, 26)));
        assert!(is_overdue(today, d(2026, 11, 24)));
    }

    #[test]
    fn countdown_counts_whole_days() {
        let today = d(2026, 11, 25);
        assert_eq!(days_until(today, d(2026, 12, 1)), 6);
        assert_eq!(days_until(today, d(2026, 11, 20)), -5);
    }

    #[test]
    fn within_48_hours_is_inclusive_and_future_only() {
        let now = d(2026, 11, 25).and_hms_opt(18, 0, 0).unwrap();
        assert!(within_48_hours(now, now));
        assert!(within_48_hours(now, now + Duration::hours(48)));
        assert!(!within_48_hours(
            now,
            now + Duration::hours(48) + Duration::minutes(1)
        ));
        assert!(!within_48_hours(now, now - Duration::minutes(1)));
        // Across a month end.
        let late = d(2026, 11, 30).and_hms_opt(23, 0, 0).unwrap();
        assert!(within_48_hours(
            late,
            d(2026, 12, 2).and_hms_opt(22, 59, 0).unwrap()
        ));
    }

    #[test]
    fn iso_dates_round_trip_and_reject_nonsense() {
        assert_eq!(parse_iso_date("2026-11-25"), Some(d(2026, 11, 25)));
        assert_eq!(parse_iso_date(" 2026-11-25 "), Some(d(2026, 11, 25)));
        assert_eq!(parse_iso_date("2026-02-30"), None);
        assert_eq!(parse_iso_date("25/11/2026"), None);
        assert_eq!(parse_iso_date(""), None);
        assert_eq!(iso(d(2026, 1, 5)), "2026-01-05");
        assert_eq!(friendly(d(2026, 11, 30)), "Mon 30 Nov 2026");
        assert_eq!(friendly(d(2027, 1, 3)), "Sun 3 Jan 2027");
        assert_eq!(parse_iso_date("2026-1-05"), None);
        assert_eq!(parse_iso_date("+026-01-05"), None);
        assert_eq!(parse_iso_date("2026-01-05-"), None);
    }

    #[test]
    fn times_and_local_date_times_round_trip() {
        let t = NaiveTime::from_hms_opt(9, 5, 0).unwrap();
        assert_eq!(hhmm(t), "09:05");
        assert_eq!(parse_hhmm("09:05"), Some(t));
        assert_eq!(parse_hhmm("9:05"), None);
        assert_eq!(parse_hhmm("24:00"), None);
        assert_eq!(parse_hhmm("ab:cd"), None);
        let at = d(2026, 11, 26).and_time(t);
        assert_eq!(local_date_time(at), "2026-11-26T09:05");
        assert_eq!(parse_local_date_time("2026-11-26T09:05"), Some(at));
        assert_eq!(parse_local_date_time("2026-11-26 09:05"), None);
    }
}
