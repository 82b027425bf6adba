//! `/api/v1/staff/…`: enrolment, signing in and out. Every answer is
//! private (`no-store`); every change needs the session's CSRF token.

use axum::Json;
use axum::extract::{Path, State};
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::{IntoResponse, Response};
use ventanilla_core::api::{Enrolled, Enrolment, EnrolmentStart, LangQuery, NoQuery, SignIn, StaffSession};

use super::sms::Client;
use crate::audit::{self, Entry};
use crate::params::Query;
use crate::problem::ApiProblem;
use crate::staff::session::{self, IDLE_TIMEOUT, SignedIn};
use crate::staff::{self, Refused};
use crate::{AppState, db::write_transaction, fingerprint};

/// What a new staff member needs to set up their authenticator app: the
/// key, as text, as an `otpauth://` URI and as a QR code of that URI.
#[utoipa::path(get, path = "/api/v1/staff/enrolment/{token}", tag = "staff",
    params(("token" = String, Path, description = "The token of the enrolment link"), NoQuery, LangQuery),
    responses((status = 200, body = EnrolmentStart),
              (status = 404, body = ventanilla_core::api::Problem, content_type = "application/problem+json",
               description = "The link has been used, has expired, or never was")))]
pub async fn enrolment(
    State(state): State<AppState>,
    Query(NoQuery {}): Query<NoQuery>,
    Path(token): Path<String>,
) -> Result<Json<EnrolmentStart>, ApiProblem> {
    state.db.run(move |conn| staff::enrolment(conn, &token)).await.map(Json)
}

/// Completes an enrolment: a strong password (at least 12 characters, not
/// guessable) and the authenticator app's code. Answers the recovery codes,
/// shown this once.
#[utoipa::path(post, path = "/api/v1/staff/enrolment/{token}", tag = "staff",
    params(("token" = String, Path, description = "The token of the enrolment link"), NoQuery, LangQuery),
    request_body = Enrolment,
    responses((status = 200, body = Enrolled),
              (status = 404, body = ventanilla_core::api::Problem, content_type = "application/problem+json",
               description = "The link has been used, has expired, or never was"),
              (status = 422, body = ventanilla_core::api::Problem, content_type = "application/problem+json",
               description = "`password.too_short`, `password.guessable` or `staff.code_wrong`")))]
pub async fn enrol(
    State(state): State<AppState>,
    Query(NoQuery {}): Query<NoQuery>,
    Client(client): Client,
    Path(token): Path<String>,
    Json(enrolment): Json<Enrolment>,
) -> Result<Json<Enrolled>, ApiProblem> {
    state
        .db
        .run(move |conn| staff::enrol(conn, &token, &enrolment.password, &enrolment.code, &client))
        .await
        .map(Json)
}

/// Signs in with e-mail, password and the authenticator app's code (or a
/// recovery code): a new session, in an `HttpOnly`, `SameSite=Strict`
/// cookie; the answer carries its CSRF token. A wrong e-mail, password or
/// code answer alike.
#[utoipa::path(post, path = "/api/v1/staff/session", tag = "staff",
    params(NoQuery, LangQuery),
    request_body = SignIn,
    responses((status = 200, body = StaffSession, headers(("set-cookie" = String, description = "The session's cookie"))),
              (status = 401, body = ventanilla_core::api::Problem, content_type = "application/problem+json",
               description = "`staff.sign_in_failed`: the e-mail, the password or the code is wrong"),
              (status = 429, body = ventanilla_core::api::Problem, content_type = "application/problem+json",
               description = "Too many failed sign-ins for this e-mail or from this client; see Retry-After")))]
pub async fn sign_in(
    State(state): State<AppState>,
    Query(NoQuery {}): Query<NoQuery>,
    Client(client): Client,
    headers: HeaderMap,
    Json(request): Json<SignIn>,
) -> Result<Response, ApiProblem> {
    let secure = state.secure_cookies;
    // Rotated: whatever session the browser had ends, and a new id is made.
    let previous = session::cookie_value(&headers, secure);
    let (id, session) = state
        .db
        .run(move |conn| {
            let staff = match staff::sign_in(conn, &request.email, &request.password, &request.code, &client)? {
                Ok(staff) => staff,
                Err(Refused::Wrong) => {
                    return Err(ApiProblem::new(
                        StatusCode::UNAUTHORIZED,
                        "staff.sign_in_failed",
                        "The e-mail, the password or the code is wrong",
                    ));
                }
                Err(Refused::Locked(wait)) => {
                    return Err(ApiProblem::new(
                        StatusCode::TOO_MANY_REQUESTS,
                        "staff.locked",
                        "Too many failed sign-ins",
                    )
                    .detail(format!("try again in {wait} seconds"))
                    .retry_after(u32::try_from(wait).unwrap_or(u32::MAX)));
                }
            };
            let tx = write_transaction(conn)?;
            if let Some(previous) = previous {
                tx.execute(
                    "DELETE FROM staff_sessions WHERE id_hash = ?1",
                    [fingerprint::sha256(previous)],
                )?;
            }
            let (id, csrf_token) = session::start(&tx, staff)?;
            let email: String = tx.query_row("SELECT email FROM staff WHERE id = ?1", [staff], |row| row.get(0))?;
            let roles = session::roles(&tx, staff)?;
            tx.commit()?;
            Ok((
                id,
                StaffSession {
                    email,
                    roles,
                    csrf_token,
                    idle_timeout: IDLE_TIMEOUT as u32,
                },
            ))
        })
        .await?;
    Ok((
        [(header::SET_COOKIE, session::set_cookie(Some(&id), secure))],
        Json(session),
    )
        .into_response())
}

/// Who is signed in, their roles, and the CSRF token. Also keeps the
/// session alive.
#[utoipa::path(get, path = "/api/v1/staff/session", tag = "staff",
    params(NoQuery, LangQuery),
    security(("staff_session" = [])),
    responses((status = 200, body = StaffSession),
              (status = 401, body = ventanilla_core::api::Problem, content_type = "application/problem+json",
               description = "`staff.signed_out`: no session, or it has expired")))]
pub async fn current(Query(NoQuery {}): Query<NoQuery>, signed_in: SignedIn) -> Json<StaffSession> {
    Json(StaffSession {
        email: signed_in.email,
        roles: signed_in.roles,
        csrf_token: signed_in.csrf_token,
        idle_timeout: IDLE_TIMEOUT as u32,
    })
}

/// Signs out: the session ends, here and in the browser.
#[utoipa::path(delete, path = "/api/v1/staff/session", tag = "staff",
    params(NoQuery, LangQuery),
    security(("staff_session" = [])),
    responses((status = 204, description = "Signed out"),
              (status = 401, body = ventanilla_core::api::Problem, content_type = "application/problem+json",
               description = "`staff.signed_out`: no session, or it has expired"),
              (status = 403, body = ventanilla_core::api::Problem, content_type = "application/problem+json",
               description = "`staff.csrf`: no `X-CSRF-Token`, or not the session's")))]
pub async fn sign_out(
    State(state): State<AppState>,
    Query(NoQuery {}): Query<NoQuery>,
    Client(client): Client,
    signed_in: SignedIn,
) -> Result<Response, ApiProblem> {
    end_sessions(&state, signed_in, client, Ended::ThisOne).await
}

/// Signs out everywhere: every session of the person ends, on every device.
#[utoipa::path(delete, path = "/api/v1/staff/sessions", tag = "staff",
    params(NoQuery, LangQuery),
    security(("staff_session" = [])),
    responses((status = 204, description = "Every session ended"),
              (status = 401, body = ventanilla_core::api::Problem, content_type = "application/problem+json",
               description = "`staff.signed_out`: no session, or it has expired"),
              (status = 403, body = ventanilla_core::api::Problem, content_type = "application/problem+json",
               description = "`staff.csrf`: no `X-CSRF-Token`, or not the session's")))]
pub async fn sign_out_everywhere(
    State(state): State<AppState>,
    Query(NoQuery {}): Query<NoQuery>,
    Client(client): Client,
    signed_in: SignedIn,
) -> Result<Response, ApiProblem> {
    end_sessions(&state, signed_in, client, Ended::Everywhere).await
}

/// Which sessions a sign-out ends.
enum Ended {
    ThisOne,
    Everywhere,
}

/// Ends the signed-in session, or all of the person's, audited; the answer
/// takes the cookie away.
async fn end_sessions(
    state: &AppState,
    signed_in: SignedIn,
    client: String,
    ended: Ended,
) -> Result<Response, ApiProblem> {
    let secure = state.secure_cookies;
    state
        .db
        .run(move |conn| {
            let tx = write_transaction(conn)?;
            let (sql, action) = match ended {
                Ended::ThisOne => ("DELETE FROM staff_sessions WHERE id_hash = ?1", "staff.sign_out"),
                Ended::Everywhere => (
                    "DELETE FROM staff_sessions WHERE staff = (SELECT staff FROM staff_sessions WHERE id_hash = ?1)",
                    "staff.sign_out_everywhere",
                ),
            };
            let count = tx.execute(sql, [&signed_in.session])?.to_string();
            audit::record(
                &tx,
                &Entry {
                    before: Some(&count),
                    ..Entry::own_account(&signed_in.email, &client, action)
                },
            )?;
            tx.commit()?;
            Ok(())
        })
        .await?;
    Ok((
        StatusCode::NO_CONTENT,
        [(header::SET_COOKIE, session::set_cookie(None, secure))],
    )
        .into_response())
}
