//! The time a publisher schedules an item for, as they type it: its date in
//! three boxes (as every date in the product) and its time on Mexico City's
//! 24-hour clock, sent to the server as RFC 3339.

use crate::forms::{DateParts, DateRule, Day, FieldError, check_date};
use crate::validate::Rule;

/// A time that is not `HH:MM` on a 24-hour clock.
pub const SCHEDULE_TIME: &str = "schedule.time";

/// The boxes' ids, where their errors are shown.
pub const SCHEDULE_DATE_FIELD: &str = "at";
pub const SCHEDULE_TIME_FIELD: &str = "at_time";

/// `date` at `time` (`10:00`, `9:30`, `17:05`) in Mexico City, today or
/// later, as RFC 3339; or the first rule the boxes break. The server
/// refuses a time already past, which only its clock knows.
pub fn schedule_at(date: &DateParts, time: &str, today: Day) -> Result<String, FieldError> {
    let day = check_date(date, DateRule::Future, today).map_err(|rule| FieldError {
        field: SCHEDULE_DATE_FIELD.into(),
        code: rule.code().into(),
    })?;
    let (hours, minutes) = clock_time(time).ok_or_else(|| FieldError {
        field: SCHEDULE_TIME_FIELD.into(),
        code: SCHEDULE_TIME.into(),
    })?;
    Ok(format!("{}T{hours:02}:{minutes:02}:00-06:00", day.iso()))
}

fn clock_time(time: &str) -> Option<(u8, u8)> {
    let (hours, minutes) = time.trim().split_once(':')?;
    let digits = |part: &str, len: std::ops::RangeInclusive<usize>| {
        (len.contains(&part.len()) && part.bytes().all(|b| b.is_ascii_digit())).then(|| part.parse::<u8>().ok())?
    };
    let (hours, minutes) = (digits(hours, 1..=2)?, digits(minutes, 2..=2)?);
    (hours < 24 && minutes < 60).then_some((hours, minutes))
}

#[cfg(test)]
mod tests {
    use super::*;

    const TODAY: Day = Day {
        year: 2026,
        month: 12,
        day: 3,
    };

    fn date(day: &str, month: &str, year: &str) -> DateParts {
        DateParts {
            day: day.into(),
            month: month.into(),
            year: year.into(),
        }
    }

    fn refused(date: DateParts, time: &str) -> (String, String) {
        let error = schedule_at(&date, time, TODAY).unwrap_err();
        (error.field, error.code)
    }

    #[test]
    fn a_date_and_a_time_are_a_moment_in_mexico_city() {
        assert_eq!(
            schedule_at(&date("4", "12", "2026"), "9:30", TODAY).unwrap(),
            "2026-12-04T09:30:00-06:00"
        );
        assert_eq!(
            schedule_at(&date("03", "12", "2026"), " 23:59 ", TODAY).unwrap(),
            "2026-12-03T23:59:00-06:00"
        );
    }

    #[test]
    fn each_box_says_what_is_wrong_with_it() {
        let at = |code: &str| ("at".to_owned(), code.to_owned());
        assert_eq!(refused(date("", "12", "2026"), "10:00"), at("date.incomplete"));
        assert_eq!(refused(date("31", "11", "2026"), "10:00"), at("date.invalid"));
        assert_eq!(refused(date("2", "12", "2026"), "10:00"), at("date.past"));
        for time in ["", "10", "24:00", "10:60", "10:0", "10 am", "1000", "-1:00"] {
            assert_eq!(
                refused(date("4", "12", "2026"), time),
                ("at_time".to_owned(), "schedule.time".to_owned()),
                "{time:?}"
            );
        }
    }
}
