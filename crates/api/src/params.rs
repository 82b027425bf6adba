//! The query string of a request, read strictly: an unknown or repeated
//! parameter, bad percent-encoding or an oversized string is a 400 naming
//! the parameter, never something silently ignored.

use axum::http::StatusCode;
use percent_encoding::percent_decode_str;
use rusqlite::{Connection, OptionalExtension};

use crate::problem::ApiProblem;

/// Longer query strings are refused before they are read.
const MAX_QUERY_BYTES: usize = 2048;
pub const MAX_PER_PAGE: u32 = 100;
const DEFAULT_PER_PAGE: u32 = 20;
const MAX_PAGE: u32 = 10_000;

pub struct Params {
    pairs: Vec<(String, String)>,
}

fn bad_request(code: &str, title: &str, parameter: Option<&str>) -> ApiProblem {
    let problem = ApiProblem::new(StatusCode::BAD_REQUEST, code, title);
    match parameter {
        Some(name) => problem.parameter(name),
        None => problem,
    }
}

pub fn unprocessable(parameter: &str, rule: &str, title: &str) -> ApiProblem {
    ApiProblem::new(StatusCode::UNPROCESSABLE_ENTITY, &format!("{parameter}.{rule}"), title).parameter(parameter)
}

/// How to find a known value of each filter that names a thing by slug or code.
const KNOWN: [(&str, &str); 5] = [
    ("category", "SELECT 1 FROM categories WHERE slug = ?1"),
    ("life_event", "SELECT 1 FROM life_events WHERE slug = ?1"),
    ("agency", "SELECT 1 FROM agencies WHERE slug = ?1"),
    ("service", "SELECT 1 FROM services WHERE slug = ?1"),
    ("state", "SELECT 1 FROM states WHERE code = ?1"),
];

/// An unknown slug in a filter is a mistake worth saying (422), not an empty list.
pub fn ensure_known(conn: &Connection, parameter: &str, value: &str) -> Result<(), ApiProblem> {
    let (_, sql) = KNOWN
        .iter()
        .find(|(name, _)| *name == parameter)
        .expect("a filter with a KNOWN query");
    match conn.prepare_cached(sql)?.query_row([value], |_| Ok(())).optional()? {
        Some(()) => Ok(()),
        None => Err(unprocessable(parameter, "unknown", "No such value").detail(format!("{parameter} {value}"))),
    }
}

fn decode(raw: &str, parameter: Option<&str>) -> Result<String, ApiProblem> {
    percent_decode_str(&raw.replace('+', " "))
        .decode_utf8()
        .map(|text| text.into_owned())
        .map_err(|_| bad_request("query.encoding", "The query string is not valid UTF-8", parameter))
}

impl Params {
    /// Reads `query`, accepting only the parameters in `allowed` (and `lang`).
    pub fn parse(query: Option<&str>, allowed: &[&str]) -> Result<Params, ApiProblem> {
        let query = query.unwrap_or("");
        if query.len() > MAX_QUERY_BYTES {
            return Err(bad_request("query.too_long", "The query string is too long", None)
                .detail(format!("at most {MAX_QUERY_BYTES} bytes")));
        }
        let mut pairs: Vec<(String, String)> = Vec::new();
        for pair in query.split('&').filter(|p| !p.is_empty()) {
            let (raw_key, raw_value) = pair.split_once('=').unwrap_or((pair, ""));
            let key = decode(raw_key, None)?;
            let value = decode(raw_value, Some(&key))?;
            if key != "lang" && !allowed.contains(&key.as_str()) {
                return Err(
                    bad_request("query.unknown_parameter", "Unknown query parameter", Some(&key))
                        .detail(format!("allowed: {}", allowed.join(", "))),
                );
            }
            if pairs.iter().any(|(k, _)| *k == key) {
                return Err(bad_request(
                    "query.repeated_parameter",
                    "A query parameter is repeated",
                    Some(&key),
                ));
            }
            pairs.push((key, value));
        }
        Ok(Params { pairs })
    }

    /// The value of `key`, trimmed; an empty value counts as absent.
    pub fn get(&self, key: &str) -> Option<&str> {
        self.pairs
            .iter()
            .find(|(k, _)| k == key)
            .map(|(_, v)| v.trim())
            .filter(|v| !v.is_empty())
    }

    fn number(&self, key: &str, default: u32, max: u32) -> Result<u32, ApiProblem> {
        let Some(raw) = self.get(key) else {
            return Ok(default);
        };
        let value: u32 = raw
            .parse()
            .map_err(|_| unprocessable(key, "format", "Not a whole number"))?;
        if value == 0 || value > max {
            return Err(unprocessable(key, "range", "Out of range").detail(format!("{key} must be from 1 to {max}")));
        }
        Ok(value)
    }

    /// `page` (1-based) and `per_page` (at most 100).
    pub fn pagination(&self) -> Result<(u32, u32), ApiProblem> {
        Ok((
            self.number("page", 1, MAX_PAGE)?,
            self.number("per_page", DEFAULT_PER_PAGE, MAX_PER_PAGE)?,
        ))
    }

    /// A free-text query, at most 200 characters.
    pub fn text(&self, key: &str) -> Result<Option<&str>, ApiProblem> {
        match self.get(key) {
            Some(text) if text.chars().count() > 200 => {
                Err(unprocessable(key, "length", "Too long").detail(format!("{key} has at most 200 characters")))
            }
            other => Ok(other),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn code(result: Result<Params, ApiProblem>) -> String {
        result.err().map(|p| p.code().to_owned()).unwrap_or_default()
    }

    #[test]
    fn decodes_values_and_ignores_empty_ones() {
        let params = Params::parse(Some("q=acta+de%20nacimiento&page=&lang=en"), &["q", "page"]).unwrap();
        assert_eq!(params.get("q"), Some("acta de nacimiento"));
        assert_eq!(params.get("page"), None);
        assert_eq!(params.pagination().unwrap(), (1, DEFAULT_PER_PAGE));
    }

    #[test]
    fn refuses_what_it_does_not_understand() {
        assert_eq!(
            code(Params::parse(Some("color=red"), &["q"])),
            "query.unknown_parameter"
        );
        assert_eq!(code(Params::parse(Some("q=a&q=b"), &["q"])), "query.repeated_parameter");
        assert_eq!(code(Params::parse(Some("q=%FF%FE"), &["q"])), "query.encoding");
        let long = format!("q={}", "a".repeat(3000));
        assert_eq!(code(Params::parse(Some(&long), &["q"])), "query.too_long");
    }

    #[test]
    fn bounds_pagination() {
        let page = |q: &str| Params::parse(Some(q), &["page", "per_page"]).unwrap().pagination();
        assert_eq!(page("per_page=100").unwrap(), (1, 100));
        assert_eq!(page("per_page=101").err().unwrap().code(), "per_page.range");
        assert_eq!(page("page=0").err().unwrap().code(), "page.range");
        assert_eq!(page("page=dos").err().unwrap().code(), "page.format");
    }
}
