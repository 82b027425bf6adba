//! The time in Mexico City, where offices' hours are given. Mexico has had no
//! daylight saving time since 2022: central time is UTC−6 all year.

use ventanilla_core::api::DayHours;
use ventanilla_core::forms::Day;

const UTC_OFFSET_MINUTES: i64 = -6 * 60;

/// The ISO weekday (1 = Monday) and minute of the day in Mexico City now.
pub fn now_in_mexico_city() -> (u8, u32) {
    at(js_sys::Date::now() as i64 / 60_000)
}

/// The ISO weekday and minute of the day in Mexico City at `minutes` since 1970 (UTC).
fn at(minutes: i64) -> (u8, u32) {
    let local = minutes + UTC_OFFSET_MINUTES;
    let days = local.div_euclid(24 * 60);
    // 1 January 1970 was a Thursday (ISO weekday 4).
    let weekday = (days + 3).rem_euclid(7) as u8 + 1;
    (weekday, local.rem_euclid(24 * 60) as u32)
}

/// Today's date in Mexico City, for the date questions of forms.
pub fn today_in_mexico_city() -> Day {
    in_mexico_city(js_sys::Date::now()).0
}

/// The date and minute of the day in Mexico City at `ms` since 1970 (UTC).
pub fn in_mexico_city(ms: f64) -> (Day, u32) {
    let local = ms as i64 / 60_000 + UTC_OFFSET_MINUTES;
    (
        Day::from_unix_days(local.div_euclid(24 * 60)),
        local.rem_euclid(24 * 60) as u32,
    )
}

fn minutes(hhmm: &str) -> Option<u32> {
    let (h, m) = hhmm.split_once(':')?;
    Some(h.parse::<u32>().ok()? * 60 + m.parse::<u32>().ok()?)
}

/// The hours of `weekday`, if it opens that day.
pub fn hours_on(hours: &[DayHours], weekday: u8) -> Option<&DayHours> {
    hours.iter().find(|d| d.weekday == weekday)
}

/// Whether an office with `hours` is open at `weekday`/`minute`.
pub fn is_open(hours: &[DayHours], (weekday, minute): (u8, u32)) -> bool {
    hours_on(hours, weekday).is_some_and(
        |day| matches!((minutes(&day.opens), minutes(&day.closes)), (Some(o), Some(c)) if o <= minute && minute < c),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(weekday: u8, opens: &str, closes: &str) -> DayHours {
        DayHours {
            weekday,
            opens: opens.into(),
            closes: closes.into(),
        }
    }

    #[test]
    fn converts_utc_to_mexico_city() {
        // 2026-11-28T17:30Z was Saturday 11:30 in Mexico City.
        let utc_minutes = 1_795_887_000 / 60;
        assert_eq!(at(utc_minutes), (6, 11 * 60 + 30));
        // Just after midnight UTC on a Monday is still Sunday evening there.
        // Monday 2026-11-30T00:05Z is Sunday 18:05 there.
        assert_eq!(at(1_795_997_100 / 60), (7, 18 * 60 + 5));
    }

    #[test]
    fn open_between_opening_and_closing() {
        let hours = [day(1, "08:00", "15:00")];
        assert!(is_open(&hours, (1, 8 * 60)));
        assert!(is_open(&hours, (1, 14 * 60 + 59)));
        assert!(!is_open(&hours, (1, 15 * 60)));
        assert!(!is_open(&hours, (2, 10 * 60)));
    }
}
