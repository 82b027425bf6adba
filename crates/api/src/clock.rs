//! The server's clock: UTC timestamps, and today's date in Mexico City (see
//! `ventanilla_core::clock`), the date the forms' date rules mean.

use std::time::{SystemTime, UNIX_EPOCH};

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
    }
}
