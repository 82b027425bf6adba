//! Calendar arithmetic for the birth and incorporation dates embedded in
//! CURPs and RFCs, without `std::time` so it works in the browser.

/// Whether `year-month-day` exists in the Gregorian calendar.
pub(crate) fn is_real_date(year: u16, month: u8, day: u8) -> bool {
    (1..=days_in_month(year, month)).contains(&day)
}

/// Reads a `YYMMDD` field of six ASCII digits as (year of the century,
/// month, day).
pub(super) fn split_yymmdd(digits: &str) -> (u8, u8, u8) {
    let two = |at: usize| {
        digits.as_bytes()[at..at + 2]
            .iter()
            .fold(0, |number, digit| number * 10 + (digit - b'0'))
    };
    (two(0), two(2), two(4))
}

fn days_in_month(year: u16, month: u8) -> u8 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if is_leap_year(year) => 29,
        2 => 28,
        _ => 0,
    }
}

fn is_leap_year(year: u16) -> bool {
    year.is_multiple_of(4) && (!year.is_multiple_of(100) || year.is_multiple_of(400))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn months_have_their_lengths() {
        assert!(is_real_date(1985, 1, 31));
        assert!(is_real_date(1985, 4, 30));
        assert!(!is_real_date(1985, 4, 31));
        assert!(!is_real_date(1985, 13, 1));
        assert!(!is_real_date(1985, 0, 1));
        assert!(!is_real_date(1985, 6, 0));
    }

    #[test]
    fn leap_days_follow_the_gregorian_rule() {
        assert!(is_real_date(2000, 2, 29));
        assert!(is_real_date(1996, 2, 29));
        assert!(!is_real_date(1900, 2, 29));
        assert!(!is_real_date(1999, 2, 29));
    }

    #[test]
    fn splits_yymmdd() {
        assert_eq!(split_yymmdd("560427"), (56, 4, 27));
        assert_eq!(split_yymmdd("000101"), (0, 1, 1));
    }
}
