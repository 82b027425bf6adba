//! The browser's clock in Mexico City time (see `ventanilla_core::clock`),
//! and what it says of offices' hours.

use ventanilla_core::api::DayHours;
use ventanilla_core::clock::MexicoCityTime;
use ventanilla_core::forms::Day;

/// Mexico City's time now, by the browser's clock.
pub fn now_in_mexico_city() -> MexicoCityTime {
    at_ms(js_sys::Date::now())
}

/// Mexico City's time `ms` after 1970 (UTC), as JavaScript counts time.
pub fn at_ms(ms: f64) -> MexicoCityTime {
    MexicoCityTime::at((ms / 1000.0).floor() as i64)
}

/// Today's date in Mexico City, for the date questions of forms.
pub fn today_in_mexico_city() -> Day {
    now_in_mexico_city().day
}

fn minutes(hhmm: &str) -> Option<u32> {
    let (h, m) = hhmm.split_once(':')?;
    Some(h.parse::<u32>().ok()? * 60 + m.parse::<u32>().ok()?)
}

/// The hours of `weekday`, if it opens that day.
pub fn hours_on(hours: &[DayHours], weekday: u8) -> Option<&DayHours> {
    hours.iter().find(|d| d.weekday == weekday)
}

/// Whether an office with `hours` is open at `time`.
pub fn is_open(hours: &[DayHours], time: MexicoCityTime) -> bool {
    let minute = time.minute;
    hours_on(hours, time.weekday).is_some_and(
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
    fn open_between_opening_and_closing() {
        let hours = [day(1, "08:00", "15:00")];
        let monday = |minute| MexicoCityTime {
            day: Day::from_unix_days(0),
            weekday: 1,
            minute,
        };
        assert!(is_open(&hours, monday(8 * 60)));
        assert!(is_open(&hours, monday(14 * 60 + 59)));
        assert!(!is_open(&hours, monday(15 * 60)));
        assert!(!is_open(
            &hours,
            MexicoCityTime {
                weekday: 2,
                ..monday(10 * 60)
            }
        ));
    }
}
