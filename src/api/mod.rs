//! The typed client of the government-services API. Pages call these
//! functions; nothing else in the app calls `fetch`.

mod applications;
mod catalogue;
mod content;
mod forms;
mod gallery;
mod messages;
mod offices;
mod registry;
mod search;
mod services;
mod staff;

pub use applications::{confirm_sms, reply, request_sms, submit, track};
pub use catalogue::{agencies, agency, categories, life_events};
pub use content::{content, content_item};
pub use forms::form;
pub use gallery::component_docs;
pub use messages::messages;
pub use offices::{office, offices, states};
pub use registry::{curp, find_curp};
pub use search::search;
pub use services::{keep_sheet, service, services};
pub use staff::{
    audit_log, case, decide, diff, document, documents, enrol, enrolment, invite, last_staff_request, people, preview,
    queue, queue_export_url, release, revoke, save_draft, session, sign_in, sign_out, sign_out_everywhere, take_step,
    upload,
};

mod transport;

use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};
use ventanilla_core::api::Problem;
use ventanilla_core::lang::Lang;

#[cfg(not(target_arch = "wasm32"))]
pub use transport::{Answer, Call, ServerApi};

/// Where the API lives: the app's own origin unless built with `VENTANILLA_API_URL`.
const API_BASE: &str = match option_env!("VENTANILLA_API_URL") {
    Some(url) => url,
    None => "",
};

/// Why a request failed, in terms of what the user can do about it. It
/// travels in the server-rendered page with the data that failed to load.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum ApiError {
    /// No answer: offline, or the server is unreachable. Retrying may help.
    Network,
    /// The server answered with an error (its problem boxed: errors travel
    /// in `Result`s, which stay small).
    Status { status: u16, problem: Option<Box<Problem>> },
    /// The answer was not what this version of the app understands.
    Unexpected,
}

impl ApiError {
    /// The per-field errors of a rejected form, if that is what this is.
    pub fn field_errors(&self) -> Option<&[ventanilla_core::forms::FieldError]> {
        match self {
            ApiError::Status {
                status: 422,
                problem: Some(problem),
            } if !problem.errors.is_empty() => Some(&problem.errors),
            _ => None,
        }
    }

    /// The id of the message that explains this error to the user.
    pub fn message_key(&self) -> &'static str {
        match self {
            ApiError::Network => "error-network",
            ApiError::Status { status: 404, .. } => "error-not-found",
            ApiError::Status { status, .. } if *status >= 500 => "error-server",
            ApiError::Status { .. } | ApiError::Unexpected => "error-unexpected",
        }
    }
}

/// GETs `path` under `/api/v1` in `lang`, aborting the request if the page
/// that asked for it goes away first.
async fn get<T: DeserializeOwned>(path: &str, lang: Lang) -> Result<T, ApiError> {
    let separator = if path.contains('?') { '&' } else { '?' };
    let body = fetch(format!("{API_BASE}/api/v1{path}{separator}lang={}", lang.code())).await?;
    serde_json::from_str(&body).map_err(|_| ApiError::Unexpected)
}

/// POSTs `body` as JSON to `path` under `/api/v1` in `lang`, with `header`
/// (an `Idempotency-Key`, a CSRF token), and reads the answer's JSON, if
/// any. Not aborted when the page goes away: a submission must reach the
/// server even if the person moves on.
async fn post<T: DeserializeOwned>(
    path: &str,
    lang: Lang,
    body: &impl serde::Serialize,
    header: Option<transport::Header>,
) -> Result<T, ApiError> {
    let body = serde_json::to_string(body).map_err(|_| ApiError::Unexpected)?;
    let url = format!("{API_BASE}/api/v1{path}?lang={}", lang.code());
    json(&transport::post(url, body, header).await?)
}

/// DELETEs `path` under `/api/v1`, with `header`.
async fn delete(path: &str, lang: Lang, header: Option<transport::Header>) -> Result<(), ApiError> {
    let url = format!("{API_BASE}/api/v1{path}?lang={}", lang.code());
    transport::delete(url, header).await.map(drop)
}

/// An answer's JSON; one without a body (204) reads as JSON `null`.
fn json<T: DeserializeOwned>(text: &str) -> Result<T, ApiError> {
    serde_json::from_str(if text.is_empty() { "null" } else { text }).map_err(|_| ApiError::Unexpected)
}

/// The body of a successful answer to a GET. Not generic, so that its state
/// machine is compiled once rather than once per type read (it keeps the wasm small).
async fn fetch(url: String) -> Result<String, ApiError> {
    transport::get(url).await
}

/// The body of an answer, or the problem it reports.
fn read(status: u16, body: String) -> Result<String, ApiError> {
    if !(200..300).contains(&status) {
        let problem = serde_json::from_str::<Problem>(&body).ok().map(Box::new);
        return Err(ApiError::Status { status, problem });
    }
    Ok(body)
}

/// Percent-encodes a query value or path segment as `encodeURIComponent`
/// does, in Rust so that it runs outside a browser too. Commas, which a URL
/// may hold as they are, stay readable (`cerca=20.6767,-103.3475`).
pub fn encode(text: &str) -> String {
    let mut encoded = String::with_capacity(text.len());
    for byte in text.bytes() {
        if byte.is_ascii_alphanumeric() || b"-_.!~*'(),".contains(&byte) {
            encoded.push(char::from(byte));
        } else {
            encoded.push_str(&format!("%{byte:02X}"));
        }
    }
    encoded
}

/// `?a=1&b=2`, or nothing when there are no pairs.
pub fn query_string(pairs: &[(&'static str, String)]) -> String {
    if pairs.is_empty() {
        return String::new();
    }
    let joined: Vec<String> = pairs.iter().map(|(k, v)| format!("{k}={}", encode(v))).collect();
    format!("?{}", joined.join("&"))
}

#[cfg(test)]
mod tests {
    use super::encode;

    #[test]
    fn encodes_as_encode_uri_component_but_keeps_commas() {
        assert_eq!(encode("acta de nacimiento"), "acta%20de%20nacimiento");
        assert_eq!(encode("año&q=1/2?"), "a%C3%B1o%26q%3D1%2F2%3F");
        assert_eq!(encode("20.6767,-103.3475"), "20.6767,-103.3475");
        assert_eq!(encode("it's (ok)!~*"), "it's%20(ok)!~*");
    }
}
