//! The language of an answer: `?lang=es|en` first, then `Accept-Language`,
//! then Spanish.

use axum::extract::FromRequestParts;
use axum::http::{StatusCode, header, request::Parts};
use ventanilla_core::lang::Lang;

use crate::problem::ApiProblem;

pub struct RequestLang(pub Lang);

impl<S: Send + Sync> FromRequestParts<S> for RequestLang {
    type Rejection = ApiProblem;

    async fn from_request_parts(parts: &mut Parts, _: &S) -> Result<Self, ApiProblem> {
        let query = parts.uri.query().unwrap_or("");
        let asked = query.split('&').find_map(|pair| pair.strip_prefix("lang="));
        if let Some(value) = asked {
            return match value {
                "es" => Ok(RequestLang(Lang::Es)),
                "en" => Ok(RequestLang(Lang::En)),
                _ => Err(
                    ApiProblem::new(StatusCode::BAD_REQUEST, "lang.unsupported", "Unsupported language")
                        .detail("lang must be es or en")
                        .parameter("lang"),
                ),
            };
        }
        let header = parts.headers.get(header::ACCEPT_LANGUAGE).and_then(|v| v.to_str().ok());
        Ok(RequestLang(
            header.and_then(Lang::from_accept_language).unwrap_or_default(),
        ))
    }
}
