//! Mexico City's time: offices keep their hours in it and forms' dates mean
//! days there. Mexico has had no daylight saving time since 2022 (border
//! municipalities aside, not modelled): central time is UTC−6 all year.

use crate::forms::Day;

const SECONDS_PER_DAY: i64 = 24 * 60 * 60;
/// Central Mexico's offset from UTC.
pub const UTC_OFFSET_SECONDS: i64 = -6 * 60 * 60;

/// A moment as a clock on a wall in Mexico City shows it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct MexicoCityTime {
    pub day: Day,
    /// ISO weekday: 1 is Monday, 7 Sunday.
    pub weekday: u8,
    /// Minutes since midnight.
    pub minute: u32,
}

impl MexicoCityTime {
    /// The time in Mexico City `unix_seconds` after 1970-01-01T00:00Z; the
    /// server and the browser each pass their own clock.
    pub fn at(unix_seconds: i64) -> MexicoCityTime {
        let local = unix_seconds + UTC_OFFSET_SECONDS;
        let days = local.div_euclid(SECONDS_PER_DAY);
        MexicoCityTime {
            day: Day::from_unix_days(days),
            // 1 January 1970 was a Thursday (ISO weekday 4).
            weekday: (days + 3).rem_euclid(7) as u8 + 1,
            minute: (local.rem_euclid(SECONDS_PER_DAY) / 60) as u32,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn converts_utc_to_mexico_city() {
        // 2026-11-28T17:30Z was Saturday 11:30 in Mexico City.
        let saturday = MexicoCityTime::at(1_795_887_000);
        assert_eq!((saturday.weekday, saturday.minute), (6, 11 * 60 + 30));
        assert_eq!(saturday.day.iso(), "2026-11-28");
        // Monday 2026-11-30T00:05Z is still Sunday 18:05 there.
        let sunday = MexicoCityTime::at(1_795_997_100);
        assert_eq!((sunday.weekday, sunday.minute), (7, 18 * 60 + 5));
        assert_eq!(sunday.day.iso(), "2026-11-29");
    }
}
