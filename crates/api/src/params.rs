//! The query string of a request, read strictly: an unknown or repeated
//! parameter, bad percent-encoding or an oversized string is a 400 naming
//! the parameter, never something silently ignored.

use axum::extract::FromRequestParts;
use axum::http::StatusCode;
use axum::http::request::Parts;
use percent_encoding::percent_decode_str;
use rusqlite::{Connection, OptionalExtension};
use ventanilla_core::api::{ApiQuery, QueryError};

use crate::problem::ApiProblem;

/// Longer query strings are refused before they are read: room for the
/// longest free text of any query, percent-encoded.
const MAX_QUERY_BYTES: usize = 8192;

pub struct Params {
    pairs: Vec<(String, String)>,
}

/// A query string read strictly into the API query `Q`, as defined in core:
/// unknown or repeated parameters, bad encoding and oversized strings are a
/// 400; a value `Q` refuses is a 422 naming the parameter and its rule.
pub struct Query<Q>(pub Q);

impl<S: Send + Sync, Q: ApiQuery> FromRequestParts<S> for Query<Q> {
    type Rejection = ApiProblem;

    async fn from_request_parts(parts: &mut Parts, _: &S) -> Result<Self, ApiProblem> {
        let params = Params::parse(parts.uri.query(), Q::NAMES)?;
        Q::read(&|name| params.raw(name)).map(Query).map_err(refused)
    }
}

/// A value the query refused, as the API's problem.
pub fn refused(error: QueryError) -> ApiProblem {
    ApiProblem::new(
        StatusCode::UNPROCESSABLE_ENTITY,
        &error.code(),
        "A query parameter is not valid",
    )
    .parameter(error.parameter)
    .detail(error.detail)
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
const KNOWN: [(&str, &str); 6] = [
    ("category", "SELECT 1 FROM categories WHERE slug = ?1"),
    ("topic", "SELECT 1 FROM categories WHERE slug = ?1"),
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

/// The first value of `key` in `query`, decoded, not minding the rest of
/// it (which the handler's [`Query`] reads strictly).
pub fn first_value(query: Option<&str>, key: &str) -> Option<String> {
    query?.split('&').find_map(|pair| {
        let (raw_key, raw_value) = pair.split_once('=').unwrap_or((pair, ""));
        (decode(raw_key, None).ok()? == key).then(|| decode(raw_value, None).ok())?
    })
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

    /// The value of `key` as given, decoded; `None` when it is absent.
    pub fn raw(&self, key: &str) -> Option<&str> {
        self.pairs.iter().find(|(k, _)| k == key).map(|(_, v)| v.as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn code(result: Result<Params, ApiProblem>) -> String {
        result.err().map(|p| p.code().to_owned()).unwrap_or_default()
    }

    #[test]
    fn decodes_values() {
        let params = Params::parse(Some("q=acta+de%20nacimiento&page=&lang=en"), &["q", "page"]).unwrap();
        assert_eq!(params.raw("q"), Some("acta de nacimiento"));
        assert_eq!(params.raw("page"), Some(""));
        assert_eq!(params.raw("per_page"), None);
    }

    #[test]
    fn refuses_what_it_does_not_understand() {
        assert_eq!(
            code(Params::parse(Some("color=red"), &["q"])),
            "query.unknown_parameter"
        );
        assert_eq!(code(Params::parse(Some("q=a&q=b"), &["q"])), "query.repeated_parameter");
        assert_eq!(code(Params::parse(Some("q=%FF%FE"), &["q"])), "query.encoding");
        let long = format!("q={}", "a".repeat(MAX_QUERY_BYTES));
        assert_eq!(code(Params::parse(Some(&long), &["q"])), "query.too_long");
    }
}
