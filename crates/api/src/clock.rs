//! The server's clock: UTC timestamps, and today's date in Mexico City (see
//! `ventanilla_core::clock`), the date the forms' date rules mean.

use std::sync::Arc;
use std::sync::atomic::{AtomicI64, Ordering};
use std::time::{SystemTime, UNIX_EPOCH};

use atom_syndication::FixedDateTime;

use ventanilla_core::clock::MexicoCityTime;
use ventanilla_core::forms::Day;

const SECONDS_PER_DAY: i64 = 24 * 60 * 60;

/// Seconds since 1970, UTC.
pub fn now() -> i64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.as_secs() as i64)
}

/// `seconds` since 1970 as RFC 3339, `2026-11-28T20:03:09Z`.
pub fn rfc3339(seconds: i64) -> String {
    let day = Day::from_unix_days(seconds.div_euclid(SECONDS_PER_DAY));
    let second = seconds.rem_euclid(SECONDS_PER_DAY);
    format!(
        "{}T{:02}:{:02}:{:02}Z",
        day.iso(),
        second / 3600,
        second / 60 % 60,
        second % 60
    )
}

/// `seconds` since 1970 as RFC 3339 in Mexico City's time, `2026-11-28T14:03:09-06:00`,
/// as the agencies date what they publish.
pub fn rfc3339_in_mexico_city(seconds: i64) -> String {
    let utc = rfc3339(seconds + ventanilla_core::clock::UTC_OFFSET_SECONDS);
    format!("{}-06:00", utc.trim_end_matches('Z'))
}

/// The seconds since 1970 of an RFC 3339 date, of any offset.
pub fn parse_rfc3339(text: &str) -> Option<i64> {
    FixedDateTime::parse_from_rfc3339(text)
        .ok()
        .map(|date| date.timestamp())
}

/// The clock that scheduled publishing follows: the system's, moved on by
/// an offset that only a development server changes (`POST
/// /api/v1/dev/clock`), so that a test can make a scheduled time come.
#[derive(Clone, Debug, Default)]
pub struct Clock(Arc<AtomicI64>);

/// Two clocks are alike when they are as far ahead.
impl PartialEq for Clock {
    fn eq(&self, other: &Clock) -> bool {
        self.0.load(Ordering::Relaxed) == other.0.load(Ordering::Relaxed)
    }
}

impl Clock {
    /// A clock `seconds` ahead of the system's.
    pub fn ahead(seconds: i64) -> Clock {
        Clock(Arc::new(AtomicI64::new(seconds)))
    }

    pub fn now(&self) -> i64 {
        now() + self.0.load(Ordering::Relaxed)
    }

    pub fn advance(&self, seconds: i64) {
        self.0.fetch_add(seconds, Ordering::Relaxed);
    }
}

pub fn today_in_mexico_city() -> Day {
    MexicoCityTime::at(now()).day
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn writes_rfc3339_in_utc() {
        assert_eq!(rfc3339(0), "1970-01-01T00:00:00Z");
        assert_eq!(rfc3339(1_795_887_000), "2026-11-28T17:30:00Z");
        assert_eq!(rfc3339_in_mexico_city(1_795_887_000), "2026-11-28T11:30:00-06:00");
        assert_eq!(parse_rfc3339("2026-11-28T11:30:00-06:00"), Some(1_795_887_000));
        assert_eq!(parse_rfc3339("2026-11-28 11:30"), None);
    }
}
