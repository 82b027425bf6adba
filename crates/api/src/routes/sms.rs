use std::net::{IpAddr, SocketAddr};

use axum::Json;
use axum::extract::{ConnectInfo, FromRequestParts, State};
use axum::http::request::Parts;
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use rusqlite::{OptionalExtension, params};
use ventanilla_core::api::{LangQuery, NoQuery, SmsConfirmation, SmsSubscription};
use ventanilla_core::lang::Lang;
use ventanilla_core::validate::{self, Rule};

use super::applications::owned_by;
use crate::db::write_transaction;
use crate::lang::RequestLang;
use crate::params::Query;
use crate::problem::ApiProblem;
use crate::sms::{self, Sms};
use crate::{AppState, clock, fingerprint, limits};

/// A code is good for this long.
const CODE_LIFETIME: i64 = 10 * 60;
/// Codes a phone may receive in a window, so nobody can flood it.
const PER_PHONE: (i64, i64) = (3, 15 * 60);
/// Codes one client may ask for in a window, over all phones.
const PER_CLIENT: (i64, i64) = (10, 60 * 60);
/// The codes sent, counted by phone or by client.
fn codes_by(by: &'static str) -> limits::Counted {
    limits::Counted {
        table: "sms_codes",
        at: "created_at",
        by,
    }
}

/// Wrong guesses allowed on one code.
const MAX_ATTEMPTS: i64 = 5;

/// Asks for a one-time code by SMS, to subscribe a phone to the updates of
/// an application (found with its folio and the applicant's CURP). `lang`
/// is also the language of the texts.
#[utoipa::path(post, path = "/api/v1/applications/sms", tag = "procedures",
    params(NoQuery, LangQuery),
    request_body = SmsSubscription,
    responses((status = 202, description = "The code was sent"),
              (status = 404, body = ventanilla_core::api::Problem, content_type = "application/problem+json"),
              (status = 429, body = ventanilla_core::api::Problem, content_type = "application/problem+json",
               description = "Too many codes for this phone or client; see Retry-After")))]
pub async fn request(
    State(state): State<AppState>,
    RequestLang(lang): RequestLang,
    Query(NoQuery {}): Query<NoQuery>,
    Client(client): Client,
    Json(request): Json<SmsSubscription>,
) -> Result<StatusCode, Response> {
    let claim = owned_by(&request.folio, &request.curp).map_err(IntoResponse::into_response)?;
    let phone = phone(&request.phone).map_err(IntoResponse::into_response)?;
    let gateway = state.sms.clone();
    state
        .db
        .run(move |conn| {
            let folio = claim.find(conn)?;
            // Counted and added under one lock: requests at once cannot all
            // slip under a limit.
            let tx = write_transaction(conn)?;
            let now = clock::now();
            if let Some(wait) =
                limits::wait(&tx, &codes_by("phone"), &phone, PER_PHONE, now)?
                    .or(limits::wait(&tx, &codes_by("client"), &client, PER_CLIENT, now)?)
            {
                return Ok(Err(too_many(wait)));
            }
            let code = crate::folio::new_code();
            tx.execute(
                "INSERT INTO sms_codes (folio, phone, code_hash, client, lang, created_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
                params![folio, phone, hash(&folio, &phone, &code), client, lang.code(), now],
            )?;
            let text = Sms::queue(&tx, &phone, sms::code_message(lang, &folio, &code))?;
            tx.commit()?;
            text.deliver(gateway.as_ref());
            Ok(Ok(StatusCode::ACCEPTED))
        })
        .await
        .map_err(IntoResponse::into_response)?
}

/// Confirms a phone with the code it received: from now on, each status
/// change of the application is texted to it, in the language the code was
/// asked in (`lang` here is only the answer's).
#[utoipa::path(post, path = "/api/v1/applications/sms/confirm", tag = "procedures",
    params(NoQuery, LangQuery),
    request_body = SmsConfirmation,
    responses((status = 204, description = "The phone is subscribed"),
              (status = 404, body = ventanilla_core::api::Problem, content_type = "application/problem+json"),
              (status = 422, body = ventanilla_core::api::Problem, content_type = "application/problem+json",
               description = "`sms.code_invalid` or `sms.code_expired`"),
              (status = 429, body = ventanilla_core::api::Problem, content_type = "application/problem+json")))]
pub async fn confirm(
    State(state): State<AppState>,
    Query(NoQuery {}): Query<NoQuery>,
    Json(confirmation): Json<SmsConfirmation>,
) -> Result<StatusCode, Response> {
    let claim = owned_by(&confirmation.folio, &confirmation.curp).map_err(IntoResponse::into_response)?;
    let phone = phone(&confirmation.phone).map_err(IntoResponse::into_response)?;
    let typed = confirmation.code.trim().to_owned();
    state
        .db
        .run(move |conn| {
            let folio = claim.find(conn)?;
            // Guesses are counted under the lock, so guesses at once count too.
            let tx = write_transaction(conn)?;
            let latest: Option<(i64, String, String, i64, i64)> = tx
                .prepare_cached(
                    "SELECT id, code_hash, lang, created_at, attempts FROM sms_codes
                     WHERE folio = ?1 AND phone = ?2 AND used = 0 ORDER BY id DESC LIMIT 1",
                )?
                .query_row([&folio, &phone], |r| {
                    Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?))
                })
                .optional()?;
            let Some((id, code_hash, lang, created_at, attempts)) = latest else {
                return Ok(Err(code_problem("sms.code_invalid")));
            };
            if attempts >= MAX_ATTEMPTS {
                return Ok(Err(too_many(CODE_LIFETIME)));
            }
            if clock::now() - created_at > CODE_LIFETIME {
                return Ok(Err(code_problem("sms.code_expired")));
            }
            if hash(&folio, &phone, &typed) != code_hash {
                tx.execute("UPDATE sms_codes SET attempts = attempts + 1 WHERE id = ?1", [id])?;
                tx.commit()?;
                return Ok(Err(code_problem("sms.code_invalid")));
            }
            tx.execute("UPDATE sms_codes SET used = 1 WHERE id = ?1", [id])?;
            tx.execute(
                "INSERT INTO sms_subscriptions (folio, phone, lang, confirmed_at) VALUES (?1, ?2, ?3, ?4)
                 ON CONFLICT (folio, phone) DO UPDATE SET lang = excluded.lang",
                params![
                    folio,
                    phone,
                    Lang::parse(&lang).unwrap_or_default().code(),
                    clock::now()
                ],
            )?;
            tx.commit()?;
            Ok(Ok(StatusCode::NO_CONTENT))
        })
        .await
        .map_err(IntoResponse::into_response)?
}

/// A phone as typed, as its ten digits; an invalid one is a 422 naming its rule.
pub fn phone(typed: &str) -> Result<String, ApiProblem> {
    validate::phone(typed).map(|p| p.to_string()).map_err(|error| {
        ApiProblem::new(StatusCode::UNPROCESSABLE_ENTITY, error.code(), "Invalid phone number").parameter("phone")
    })
}

/// Codes are stored hashed with what they were sent for.
fn hash(folio: &str, phone: &str, code: &str) -> String {
    fingerprint::sha256(format!("{folio}:{phone}:{code}"))
}

fn too_many(wait: i64) -> Response {
    ApiProblem::new(
        StatusCode::TOO_MANY_REQUESTS,
        "sms.too_many",
        "Too many codes asked for",
    )
    .detail(format!("try again in {wait} seconds"))
    .retry_after(u32::try_from(wait).unwrap_or(u32::MAX))
    .into_response()
}

fn code_problem(code: &str) -> Response {
    ApiProblem::new(StatusCode::UNPROCESSABLE_ENTITY, code, "The code is not valid")
        .parameter("code")
        .into_response()
}

/// The client's address, for the rate limits: the connection's peer, or,
/// when the peer is one of our proxies (`--trusted-proxy`), the address it
/// was reached from, as it says in `X-Forwarded-For`; "unknown" without
/// connection info (the renderer's in-process calls, some tests).
pub struct Client(pub String);

impl FromRequestParts<AppState> for Client {
    type Rejection = std::convert::Infallible;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, Self::Rejection> {
        let peer = parts
            .extensions
            .get::<ConnectInfo<SocketAddr>>()
            .map(|info| info.0.ip());
        let client = peer.map(|peer| client_address(peer, &parts.headers, &state.trusted_proxies));
        Ok(Client(
            client.map_or_else(|| "unknown".into(), |client| client.to_string()),
        ))
    }
}

/// Who sent a request that came from `peer`. Each proxy appends to
/// `X-Forwarded-For` the address it was reached from, so the header is read
/// from the right, one hop for each of our proxies; what a client wrote at
/// its left is never believed.
fn client_address(peer: IpAddr, headers: &HeaderMap, trusted: &[IpAddr]) -> IpAddr {
    let hops = headers
        .get_all("x-forwarded-for")
        .iter()
        .filter_map(|value| value.to_str().ok())
        .flat_map(|value| value.split(','));
    let mut client = peer.to_canonical();
    for hop in hops.rev() {
        match hop.trim().parse::<IpAddr>() {
            Ok(hop) if trusted.contains(&client) => client = hop.to_canonical(),
            _ => break,
        }
    }
    client
}

#[cfg(test)]
mod tests {
    use super::*;

    fn client(peer: &str, forwarded: &[&str], trusted: &[&str]) -> String {
        let mut headers = HeaderMap::new();
        for value in forwarded {
            headers.append("x-forwarded-for", value.parse().unwrap());
        }
        let trusted: Vec<IpAddr> = trusted.iter().map(|a| a.parse().unwrap()).collect();
        client_address(peer.parse().unwrap(), &headers, &trusted).to_string()
    }

    #[test]
    fn the_client_is_the_peer_unless_the_peer_is_a_trusted_proxy() {
        // Anyone may send the header: from an untrusted peer it is ignored.
        assert_eq!(client("203.0.113.7", &["198.51.100.1"], &[]), "203.0.113.7");
        assert_eq!(client("203.0.113.7", &["198.51.100.1"], &["10.0.0.2"]), "203.0.113.7");
        // Behind our balancer, the address it was reached from.
        assert_eq!(client("10.0.0.2", &["198.51.100.1"], &["10.0.0.2"]), "198.51.100.1");
        // What the client wrote before is not believed: one hop per proxy of ours.
        assert_eq!(
            client("10.0.0.2", &["1.2.3.4, 198.51.100.1"], &["10.0.0.2"]),
            "198.51.100.1"
        );
        assert_eq!(
            client(
                "10.0.0.2",
                &["1.2.3.4", "198.51.100.1, 10.0.0.3"],
                &["10.0.0.2", "10.0.0.3"]
            ),
            "198.51.100.1"
        );
        // A proxy that says nothing, or nonsense, is the client.
        assert_eq!(client("10.0.0.2", &[], &["10.0.0.2"]), "10.0.0.2");
        assert_eq!(client("10.0.0.2", &["nadie"], &["10.0.0.2"]), "10.0.0.2");
        // An IPv4 peer seen over IPv6 is the same address.
        assert_eq!(
            client("::ffff:10.0.0.2", &["198.51.100.1"], &["10.0.0.2"]),
            "198.51.100.1"
        );
    }
}
