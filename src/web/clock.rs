//! The browser's local clock, read only here and passed into the core.

use chrono::{NaiveDate, NaiveDateTime, NaiveTime};

fn local_now() -> js_sys::Date {
    js_sys::Date::new_0()
}

/// Today's date in the person's time zone.
pub fn today() -> NaiveDate {
    let now = local_now();
    NaiveDate::from_ymd_opt(
        now.get_full_year() as i32,
        now.get_month() + 1,
        now.get_date(),
    )
    .unwrap_or_default()
}

/// The local date and time now, to the minute.
pub fn now() -> NaiveDateTime {
    let now = local_now();
    let time = NaiveTime::from_hms_opt(now.get_hours(), now.get_minutes(), 0).unwrap_or_default();
    today().and_time(time)
}

/// The current time in UTC, for calendar stamps.
pub fn now_utc() -> NaiveDateTime {
    let now = local_now();
    chrono::DateTime::from_timestamp_millis(now.get_time() as i64)
        .map(|t| t.naive_utc())
        .unwrap_or_default()
}

/// Minutes the local time zone is ahead of UTC (positive east of Greenwich).
pub fn utc_offset_minutes() -> i32 {
    -(local_now().get_timezone_offset() as i32)
}

/// Milliseconds since 1970, for the save policy's journals.
pub fn millis() -> u64 {
    local_now().get_time() as u64
}

/// An ISO timestamp for the stored record.
pub fn timestamp() -> String {
    local_now().to_iso_string().into()
}

/// Minutes ahead of UTC at a given local date and time, so calendar events on the far
/// side of a daylight-saving change get the right offset.
pub fn utc_offset_minutes_at(local: NaiveDateTime) -> i32 {
    use chrono::{Datelike, Timelike};
    let date = js_sys::Date::new_with_year_month_day_hr_min(
        local.year() as u32,
        local.month0() as i32,
        local.day() as i32,
        local.hour() as i32,
        local.minute() as i32,
    );
    -(date.get_timezone_offset() as i32)
}
