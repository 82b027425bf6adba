//! Every error the API gives is `application/problem+json` (RFC 9457) with a
//! stable `code`, so clients can show their own message for it.

use axum::extract::Request;
use axum::http::{HeaderValue, StatusCode, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use ventanilla_core::api::Problem;
use ventanilla_core::forms::FieldError;

/// Boxed: it travels in every `Result` of the handlers, and is rare.
#[derive(Debug)]
pub struct ApiProblem(Box<Problem>);

impl ApiProblem {
    pub fn new(status: StatusCode, code: &str, title: &str) -> Self {
        ApiProblem(Box::new(Problem {
            kind: format!("https://ventanilla.gob.mx/problems/{}", code.replace('.', "/")),
            title: title.to_owned(),
            status: status.as_u16(),
            detail: None,
            code: code.to_owned(),
            parameter: None,
            retry_after: None,
            errors: Vec::new(),
        }))
    }

    /// How long to wait before asking again: in the body, and as `Retry-After`.
    pub fn retry_after(mut self, seconds: u32) -> Self {
        self.0.retry_after = Some(seconds);
        self
    }

    pub fn detail(mut self, detail: impl Into<String>) -> Self {
        self.0.detail = Some(detail.into());
        self
    }

    pub fn parameter(mut self, parameter: &str) -> Self {
        self.0.parameter = Some(parameter.to_owned());
        self
    }

    pub fn errors(mut self, errors: Vec<FieldError>) -> Self {
        self.0.errors = errors;
        self
    }

    pub fn code(&self) -> &str {
        &self.0.code
    }

    /// The fields at fault, and how.
    pub fn field_errors(&self) -> &[FieldError] {
        &self.0.errors
    }

    /// A 422 `validation`: what was sent breaks the rules `errors` name, each by field.
    pub fn invalid(title: &str, errors: Vec<FieldError>) -> Self {
        ApiProblem::new(StatusCode::UNPROCESSABLE_ENTITY, "validation", title).errors(errors)
    }

    pub fn not_found() -> Self {
        ApiProblem::new(StatusCode::NOT_FOUND, "not_found", "Not found")
    }

    pub fn internal() -> Self {
        ApiProblem::new(StatusCode::INTERNAL_SERVER_ERROR, "internal", "Internal error")
    }
}

impl IntoResponse for ApiProblem {
    fn into_response(self) -> Response {
        let status = StatusCode::from_u16(self.0.status).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
        let retry_after = self.0.retry_after;
        let mut response = (status, axum::Json(*self.0)).into_response();
        let headers = response.headers_mut();
        headers.insert(
            header::CONTENT_TYPE,
            HeaderValue::from_static("application/problem+json"),
        );
        if let Some(seconds) = retry_after {
            headers.insert(header::RETRY_AFTER, HeaderValue::from(seconds));
        }
        response
    }
}

impl From<rusqlite::Error> for ApiProblem {
    fn from(error: rusqlite::Error) -> Self {
        tracing::error!(%error, "database error");
        ApiProblem::internal()
    }
}

/// A safety net for errors raised outside the handlers (a path that is not
/// valid UTF-8, a body too large…): they become problems too.
pub async fn ensure_problem(request: Request, next: Next) -> Response {
    let response = next.run(request).await;
    let status = response.status();
    let is_problem = response
        .headers()
        .get(header::CONTENT_TYPE)
        .is_some_and(|v| v.as_bytes().starts_with(b"application/problem+json"));
    if !(status.is_client_error() || status.is_server_error()) || is_problem {
        return response;
    }
    let code = if status.is_client_error() {
        "bad_request"
    } else {
        "internal"
    };
    let reason = status.canonical_reason().unwrap_or("Error");
    ApiProblem::new(status, code, reason).into_response()
}
