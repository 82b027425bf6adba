//! The language of an answer: `?lang=es|en` first, then `Accept-Language`,
//! then Spanish.

use axum::extract::FromRequestParts;
use axum::http::{header, request::Parts};
use ventanilla_core::api::read_optional;
use ventanilla_core::lang::Lang;

use crate::params::{first_value, refused};
use crate::problem::ApiProblem;

pub struct RequestLang(pub Lang);

impl<S: Send + Sync> FromRequestParts<S> for RequestLang {
    type Rejection = ApiProblem;

    async fn from_request_parts(parts: &mut Parts, _: &S) -> Result<Self, ApiProblem> {
        let asked = first_value(parts.uri.query(), "lang");
        if let Some(lang) = read_optional::<Lang>("lang", asked.as_deref()).map_err(refused)? {
            return Ok(RequestLang(lang));
        }
        let header = parts.headers.get(header::ACCEPT_LANGUAGE).and_then(|v| v.to_str().ok());
        Ok(RequestLang(
            header.and_then(Lang::from_accept_language).unwrap_or_default(),
        ))
    }
}
