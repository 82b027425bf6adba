use axum::Json;
use axum::extract::{Path, State};
use axum::http::{HeaderMap, StatusCode, header};
use rusqlite::{OptionalExtension, params};
use ventanilla_core::api::ApplicationStatus;
use ventanilla_core::lang::Lang;

use super::applications::{parse_status, status_of};
use crate::db::write_transaction;
use crate::problem::ApiProblem;
use crate::sms::{self, Sms};
use crate::{AppState, clock};

/// Moves an application to its next status and texts its subscribers: what
/// an officer does in the agency's back office. Needs the token the server
/// was started with (`VENTANILLA_BACKOFFICE_TOKEN`); without one it is off.
#[utoipa::path(post, path = "/api/v1/backoffice/applications/{folio}/advance", tag = "back office",
    params(("folio" = String, Path)),
    security(("backoffice_token" = [])),
    responses((status = 200, body = ApplicationStatus),
              (status = 401, body = ventanilla_core::api::Problem, content_type = "application/problem+json"),
              (status = 404, body = ventanilla_core::api::Problem, content_type = "application/problem+json"),
              (status = 409, body = ventanilla_core::api::Problem, content_type = "application/problem+json",
               description = "Already resolved")))]
pub async fn advance(
    State(state): State<AppState>,
    headers: HeaderMap,
    Path(folio): Path<String>,
) -> Result<Json<ApplicationStatus>, ApiProblem> {
    let Some(token) = state.backoffice_token.clone() else {
        return Err(ApiProblem::not_found().detail("The back office is not enabled on this server"));
    };
    let given = headers
        .get(header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.strip_prefix("Bearer "))
        .unwrap_or("");
    if !same(given.as_bytes(), token.as_bytes()) {
        return Err(ApiProblem::new(
            StatusCode::UNAUTHORIZED,
            "unauthorized",
            "A valid back-office token is needed",
        ));
    }
    let folio = crate::folio::normalize(&folio);
    let gateway = state.sms.clone();
    state
        .db
        .run(move |conn| {
            // The status read is the one moved on, even with two officers at once.
            let tx = write_transaction(conn)?;
            let current: Option<String> = tx
                .query_row("SELECT status FROM applications WHERE folio = ?1", [&folio], |r| {
                    r.get(0)
                })
                .optional()?;
            let current = current.ok_or_else(|| ApiProblem::not_found().detail("No application with that folio"))?;
            let next = parse_status(&current)?.next().ok_or_else(|| {
                ApiProblem::new(
                    StatusCode::CONFLICT,
                    "application.resolved",
                    "The application is already resolved",
                )
            })?;
            let now = clock::rfc3339(clock::now());
            tx.execute(
                "UPDATE applications SET status = ?1 WHERE folio = ?2",
                params![next.code(), folio],
            )?;
            tx.execute(
                "INSERT INTO status_history (folio, status, at) VALUES (?1, ?2, ?3)",
                params![folio, next.code(), now],
            )?;
            let subscribers: Vec<(String, String)> = tx
                .prepare("SELECT phone, lang FROM sms_subscriptions WHERE folio = ?1")?
                .query_map([&folio], |r| Ok((r.get(0)?, r.get(1)?)))?
                .collect::<Result<_, _>>()?;
            let texts = subscribers
                .iter()
                .map(|(phone, lang)| {
                    let lang = Lang::parse(lang).unwrap_or_default();
                    Sms::queue(&tx, phone, sms::status_message(lang, &folio, next))
                })
                .collect::<Result<Vec<_>, _>>()?;
            tx.commit()?;
            for text in &texts {
                text.deliver(gateway.as_ref());
            }
            status_of(conn, &folio, Lang::Es).map(Json)
        })
        .await
}

/// Compares without stopping at the first difference, so the time taken
/// says nothing about how much of a guessed token was right.
fn same(a: &[u8], b: &[u8]) -> bool {
    a.len() == b.len() && a.iter().zip(b).fold(0, |diff, (x, y)| diff | (x ^ y)) == 0
}

#[cfg(test)]
mod tests {
    #[test]
    fn compares_whole_tokens() {
        assert!(super::same(b"secret", b"secret"));
        assert!(!super::same(b"secret", b"secreT"));
        assert!(!super::same(b"secret", b"secret2"));
    }
}
