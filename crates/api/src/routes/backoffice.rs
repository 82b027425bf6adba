use axum::Json;
use axum::extract::{Path, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use rusqlite::{Connection, OptionalExtension, params};
use ventanilla_core::api::{ApplicationStatus, LangQuery, NoQuery, Status, normalize_folio};
use ventanilla_core::lang::Lang;

use super::applications::{parse_status, status_of};
use crate::db::write_transaction;
use crate::lang::RequestLang;
use crate::params::Query;
use crate::problem::ApiProblem;
use crate::sms::{self, Sms};
use crate::{AppState, clock, fingerprint};

/// Moves an application to its next status and texts its subscribers: what
/// an officer does in the agency's back office. Needs the token the server
/// was started with (`VENTANILLA_BACKOFFICE_TOKEN`); without one it is off.
#[utoipa::path(post, path = "/api/v1/backoffice/applications/{folio}/advance", tag = "back office",
    params(("folio" = String, Path),
           NoQuery, LangQuery),
    security(("backoffice_token" = [])),
    responses((status = 200, body = ApplicationStatus),
              (status = 401, body = ventanilla_core::api::Problem, content_type = "application/problem+json",
               description = "No valid token; `WWW-Authenticate: Bearer`"),
              (status = 404, body = ventanilla_core::api::Problem, content_type = "application/problem+json",
               description = "No such application, or the back office is off on this server"),
              (status = 409, body = ventanilla_core::api::Problem, content_type = "application/problem+json",
               description = "Already resolved")))]
pub async fn advance(
    State(state): State<AppState>,
    RequestLang(lang): RequestLang,
    Query(NoQuery {}): Query<NoQuery>,
    headers: HeaderMap,
    Path(folio): Path<String>,
) -> Result<Json<ApplicationStatus>, Response> {
    if let Some(refusal) = refusal(&state, &headers) {
        return Err(refusal);
    }
    let folio = normalize_folio(&folio);
    move_on(&state, folio, lang)
        .await
        .map(Json)
        .map_err(IntoResponse::into_response)
}

/// Why a request may not go in, if it does not bring the server's token as
/// `Authorization: Bearer …`; a 404 when the server has none (the back
/// office is off).
fn refusal(state: &AppState, headers: &HeaderMap) -> Option<Response> {
    let Some(token) = &state.backoffice_token else {
        let off = ApiProblem::not_found().detail("The back office is not enabled on this server");
        return Some(off.into_response());
    };
    let given = headers
        .get(header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.strip_prefix("Bearer "))
        .unwrap_or("");
    if fingerprint::same(given, token) {
        return None;
    }
    let mut response = ApiProblem::new(
        StatusCode::UNAUTHORIZED,
        "unauthorized",
        "A valid back-office token is needed",
    )
    .into_response();
    // A 401 names the scheme it wants (RFC 6750).
    response
        .headers_mut()
        .insert(header::WWW_AUTHENTICATE, HeaderValue::from_static("Bearer"));
    Some(response)
}

/// The status after `folio`'s current one, stored and texted to its
/// subscribers; the application as it is then, in `lang`.
async fn move_on(state: &AppState, folio: String, lang: Lang) -> Result<ApplicationStatus, ApiProblem> {
    let gateway = state.sms.clone();
    state
        .db
        .run(move |conn| {
            let tx = write_transaction(conn)?;
            let (_, texts) = advance_status(&tx, &folio)?;
            tx.commit()?;
            for text in &texts {
                text.deliver(gateway.as_ref());
            }
            status_of(conn, &folio, lang)
        })
        .await
}

/// Moves `folio` to the status after its current one, in `tx` (a write
/// transaction: the status read is the one moved on, even with two
/// officers at once), and queues the texts to its subscribers, to deliver
/// once `tx` commits. The status it had and the one it has.
pub(crate) fn advance_status(tx: &Connection, folio: &str) -> Result<((Status, Status), Vec<Sms>), ApiProblem> {
    let current: Option<String> = tx
        .query_row("SELECT status FROM applications WHERE folio = ?1", [folio], |r| {
            r.get(0)
        })
        .optional()?;
    let current = current.ok_or_else(|| ApiProblem::not_found().detail("No application with that folio"))?;
    let current = parse_status(&current)?;
    let next = current.next().ok_or_else(|| {
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
        .query_map([folio], |r| Ok((r.get(0)?, r.get(1)?)))?
        .collect::<Result<_, _>>()?;
    let texts = subscribers
        .iter()
        .map(|(phone, code)| {
            let theirs = Lang::parse(code).unwrap_or_default();
            Sms::queue(tx, phone, sms::status_message(theirs, folio, next))
        })
        .collect::<Result<Vec<_>, _>>()?;
    Ok(((current, next), texts))
}
