//! Staff sessions: an opaque id in a cookie (`HttpOnly`, `SameSite=Strict`,
//! `Secure` behind TLS), kept server-side by its hash, ended after a time
//! idle or at its absolute lifetime; and the CSRF token that every request
//! that changes something must send back.

use axum::extract::FromRequestParts;
use axum::http::request::Parts;
use axum::http::{HeaderMap, HeaderValue, Method, StatusCode, header};
use base64::Engine;
use rusqlite::{Connection, OptionalExtension, params};
use ventanilla_core::api::{Role, RoleGrant};

use crate::problem::ApiProblem;
use crate::{AppState, clock, fingerprint};

/// A session ends after this long without a request.
pub const IDLE_TIMEOUT: i64 = 20 * 60;
/// And after this long whatever happens: a working day.
pub const LIFETIME: i64 = 12 * 60 * 60;
/// The header that carries the CSRF token.
pub const CSRF_HEADER: &str = "x-csrf-token";

/// The cookie's name: `__Host-` behind TLS, which browsers then keep to
/// this host, `Secure` and path `/`.
pub fn cookie_name(secure: bool) -> &'static str {
    if secure {
        "__Host-ventanilla_staff"
    } else {
        "ventanilla_staff"
    }
}

/// 256 random bits, base64url: a session id, a CSRF or enrolment token.
pub fn token() -> String {
    let mut bytes = [0; 32];
    getrandom::fill(&mut bytes).expect("the system has randomness");
    base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(bytes)
}

/// Starts a session for `staff`; its cookie's value and its CSRF token.
pub fn start(conn: &Connection, staff: i64) -> rusqlite::Result<(String, String)> {
    let (id, csrf) = (token(), token());
    let now = clock::now();
    conn.execute(
        "INSERT INTO staff_sessions (id_hash, staff, csrf_token, created_at, last_seen) VALUES (?1, ?2, ?3, ?4, ?4)",
        params![fingerprint::sha256(&id), staff, csrf, now],
    )?;
    Ok((id, csrf))
}

/// The `Set-Cookie` value that gives the browser session `id`, or with
/// none, takes it away.
pub fn set_cookie(id: Option<&str>, secure: bool) -> HeaderValue {
    let name = cookie_name(secure);
    let secure = if secure { "; Secure" } else { "" };
    let value = match id {
        Some(id) => format!("{name}={id}; Path=/; HttpOnly; SameSite=Strict{secure}"),
        None => format!("{name}=; Path=/; HttpOnly; SameSite=Strict; Max-Age=0{secure}"),
    };
    HeaderValue::from_str(&value).expect("a token is a valid header value")
}

/// The session id a request's cookie holds, if any.
pub fn cookie_value(headers: &HeaderMap, secure: bool) -> Option<String> {
    let name = cookie_name(secure);
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|value| value.to_str().ok())
        .flat_map(|cookies| cookies.split(';'))
        .filter_map(|cookie| cookie.trim().split_once('='))
        .find(|(key, _)| *key == name)
        .map(|(_, value)| value.to_owned())
}

/// A signed-in staff member, taken from the request's session cookie. A
/// request that changes something must also bring the session's CSRF
/// token in `X-CSRF-Token`: a page of another site can make the browser
/// send the cookie, but cannot read the token.
pub struct SignedIn {
    pub email: String,
    pub roles: Vec<RoleGrant>,
    pub csrf_token: String,
    /// The hash of the session's id, to end it.
    pub session: String,
}

impl SignedIn {
    /// Whether they hold `role` in `agency` (a platform admin holds every
    /// role everywhere).
    pub fn may(&self, role: Role, agency: &str) -> bool {
        self.roles.iter().any(|grant| {
            grant.role == Role::PlatformAdmin || (grant.role == role && grant.agency.as_deref() == Some(agency))
        })
    }

    /// Whether they manage the whole platform.
    pub fn is_platform_admin(&self) -> bool {
        self.roles.iter().any(|grant| grant.role == Role::PlatformAdmin)
    }

    /// Whether they may give `role` in `agency`: a platform admin any role
    /// anywhere; an agency's admin the roles of that agency.
    pub fn may_grant(&self, role: Role, agency: Option<&str>) -> bool {
        match agency {
            Some(agency) if role.needs_agency() => self.may(Role::AgencyAdmin, agency),
            _ => self.is_platform_admin(),
        }
    }
}

impl FromRequestParts<AppState> for SignedIn {
    type Rejection = ApiProblem;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, Self::Rejection> {
        let signed_out = || {
            ApiProblem::new(StatusCode::UNAUTHORIZED, "staff.signed_out", "Not signed in")
                .detail("Sign in again: the session is missing, has expired or has ended")
        };
        let id = cookie_value(&parts.headers, state.secure_cookies).ok_or_else(signed_out)?;
        let changes = !matches!(parts.method, Method::GET | Method::HEAD);
        let given_csrf = parts
            .headers
            .get(CSRF_HEADER)
            .and_then(|value| value.to_str().ok())
            .unwrap_or_default()
            .to_owned();
        let hash = fingerprint::sha256(&id);
        let found =
            state
                .db
                .run(move |conn| {
                    let now = clock::now();
                    let session = conn
                    .query_row(
                        "SELECT s.staff, st.email, s.csrf_token FROM staff_sessions s JOIN staff st ON st.id = s.staff
                         WHERE s.id_hash = ?1 AND s.last_seen > ?2 AND s.created_at > ?3",
                        params![hash, now - IDLE_TIMEOUT, now - LIFETIME],
                        |row| Ok((row.get::<_, i64>(0)?, row.get::<_, String>(1)?, row.get::<_, String>(2)?)),
                    )
                    .optional()?;
                    let Some((staff, email, csrf_token)) = session else {
                        // Gone or expired: an expired one is deleted.
                        conn.execute("DELETE FROM staff_sessions WHERE id_hash = ?1", [&hash])?;
                        return Ok(None);
                    };
                    if changes && !fingerprint::same(&given_csrf, &csrf_token) {
                        return Err(ApiProblem::new(
                            StatusCode::FORBIDDEN,
                            "staff.csrf",
                            "The request did not bring the session's CSRF token",
                        ));
                    }
                    conn.execute(
                        "UPDATE staff_sessions SET last_seen = ?1 WHERE id_hash = ?2",
                        params![now, hash],
                    )?;
                    Ok(Some(SignedIn {
                        email,
                        roles: roles(conn, staff)?,
                        csrf_token,
                        session: hash,
                    }))
                })
                .await?;
        found.ok_or_else(signed_out)
    }
}

/// The roles `staff` holds.
pub fn roles(conn: &Connection, staff: i64) -> rusqlite::Result<Vec<RoleGrant>> {
    let mut statement = conn.prepare("SELECT role, agency FROM staff_roles WHERE staff = ?1 ORDER BY role, agency")?;
    statement
        .query_map([staff], |row| {
            let (role, agency): (String, Option<String>) = (row.get(0)?, row.get(1)?);
            Ok(Role::parse(&role).map(|role| RoleGrant { role, agency }))
        })?
        .filter_map(Result::transpose)
        .collect()
}
