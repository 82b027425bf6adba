//! Dates as old government pages wrote them: "18 de junio de 2010" (with a
//! weekday, "1o." for the first), "28/11/2011", or ISO 8601.

use std::sync::LazyLock;

use regex::Regex;

const MONTHS: [&str; 12] = [
    "enero",
    "febrero",
    "marzo",
    "abril",
    "mayo",
    "junio",
    "julio",
    "agosto",
    "septiembre",
    "octubre",
    "noviembre",
    "diciembre",
];

/// "18 de junio de 2010", "1o. de julio de 2013", "1º de julio…", "septiembre" also as "setiembre".
static WRITTEN: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(\d{1,2})(?:o\.|º|°)?\s+de\s+([a-záéíóú]+)\s+(?:de|del)\s+(\d{4})\b").expect("a valid pattern")
});
static NUMERIC: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\b(\d{1,2})/(\d{1,2})/(\d{4})\b").expect("a valid pattern"));
static ISO: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"^\s*(\d{4})-(\d{2})-(\d{2})").expect("a valid pattern"));

/// A date found in `text`: where it starts, and the day as `YYYY-MM-DD`.
pub struct Found {
    pub at: usize,
    pub day: String,
}

/// The first date `text` writes out in words or as dd/mm/yyyy.
pub fn first_in(text: &str) -> Option<Found> {
    let written = WRITTEN.captures_iter(text).find_map(|c| {
        let month = month(&c[2])?;
        Some((c.get(0)?.start(), day(&c[3], month, &c[1])?))
    });
    let numeric = NUMERIC.captures_iter(text).find_map(|c| {
        let month: u32 = c[2].parse().ok()?;
        Some((c.get(0)?.start(), day(&c[3], month, &c[1])?))
    });
    let (at, day) = [written, numeric].into_iter().flatten().min_by_key(|(at, _)| *at)?;
    Some(Found { at, day })
}

/// The day of an ISO 8601 date or date and time (`2015-08-20T10:32:00-05:00`).
pub fn iso(text: &str) -> Option<String> {
    let c = ISO.captures(text)?;
    day(&c[1], c[2].parse().ok()?, &c[3])
}

fn month(name: &str) -> Option<u32> {
    let name = name.to_lowercase();
    let name = if name == "setiembre" { "septiembre" } else { &name };
    MONTHS.iter().position(|m| *m == name).map(|i| i as u32 + 1)
}

fn day(year: &str, month: u32, day: &str) -> Option<String> {
    let (year, day): (u32, u32) = (year.parse().ok()?, day.parse().ok()?);
    let days = match month {
        2 if year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        1..=12 => 31,
        _ => return None,
    };
    (1..=days)
        .contains(&day)
        .then(|| format!("{year:04}-{month:02}-{day:02}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn first(text: &str) -> Option<String> {
        first_in(text).map(|found| found.day)
    }

    #[test]
    fn reads_datelines_as_press_offices_wrote_them() {
        assert_eq!(
            first("México, D.F., a 18 de junio de 2010.- La Secretaría"),
            Some("2010-06-18".into())
        );
        assert_eq!(
            first("Santa María Tonameca, Oax., domingo 14 de agosto de 2011.-"),
            Some("2011-08-14".into())
        );
        assert_eq!(
            first("México, D.F., a 1o. de julio de 2013.-"),
            Some("2013-07-01".into())
        );
        assert_eq!(
            first("Fecha de publicación: 30 de Mayo de 2018"),
            Some("2018-05-30".into())
        );
        assert_eq!(first("28/11/2011"), Some("2011-11-28".into()));
    }

    #[test]
    fn takes_the_first_date_and_refuses_impossible_ones() {
        assert_eq!(first("03/03/2017, y el 5 de marzo de 2016"), Some("2017-03-03".into()));
        assert_eq!(first("31/02/2017 o el 30 de febrero de 2016"), None);
        assert_eq!(first("el 12 de brumario de 2016"), None);
        assert_eq!(iso("2015-08-20T10:32:00-05:00"), Some("2015-08-20".into()));
        assert_eq!(iso("20/08/2015"), None);
    }
}
