use axum::Json;
use axum::extract::{RawQuery, State};
use serde::{Deserialize, Serialize};

use crate::params::Params;
use crate::problem::ApiProblem;
use crate::{AppState, clock};

/// One text in the outbox.
#[derive(Serialize)]
pub struct OutboxMessage {
    phone: String,
    body: String,
    /// RFC 3339, in UTC.
    created_at: String,
}

/// `GET /api/v1/dev/sms-outbox?phone=…`: the texts sent to a phone, newest
/// first, so that a developer (or a test) can read a one-time code. Only
/// on a server started with `--dev-outbox`; never in the OpenAPI document.
pub async fn outbox(
    State(state): State<AppState>,
    RawQuery(query): RawQuery,
) -> Result<Json<Vec<OutboxMessage>>, ApiProblem> {
    if !state.dev_outbox {
        return Err(ApiProblem::not_found().detail("No such API endpoint"));
    }
    let params = Params::parse(query.as_deref(), &["phone"])?;
    // The phone as the outbox stores it, however it is typed.
    let phone = super::sms::phone(params.raw("phone").unwrap_or(""))?;
    state
        .db
        .run(move |conn| {
            let mut statement = conn.prepare_cached(
                "SELECT phone, body, created_at FROM sms_outbox WHERE phone = ?1 ORDER BY id DESC LIMIT 50",
            )?;
            let rows = statement.query_map([phone], |r| {
                Ok(OutboxMessage {
                    phone: r.get(0)?,
                    body: r.get(1)?,
                    created_at: clock::rfc3339(r.get(2)?),
                })
            })?;
            Ok(Json(rows.collect::<Result<_, _>>()?))
        })
        .await
}

/// One e-mail in the outbox.
#[derive(Serialize)]
pub struct OutboxMail {
    address: String,
    subject: String,
    body: String,
    /// RFC 3339, in UTC.
    created_at: String,
}

/// `GET /api/v1/dev/mail-outbox?address=…`: the e-mail sent to an address,
/// newest first, to follow an enrolment link. Only with `--dev-outbox`;
/// never in the OpenAPI document.
pub async fn mail_outbox(
    State(state): State<AppState>,
    RawQuery(query): RawQuery,
) -> Result<Json<Vec<OutboxMail>>, ApiProblem> {
    if !state.dev_outbox {
        return Err(ApiProblem::not_found().detail("No such API endpoint"));
    }
    let params = Params::parse(query.as_deref(), &["address"])?;
    let address = params.raw("address").unwrap_or("").trim().to_lowercase();
    state
        .db
        .run(move |conn| {
            let mut statement = conn.prepare_cached(
                "SELECT address, subject, body, created_at FROM mail_outbox WHERE address = ?1
                 ORDER BY id DESC LIMIT 50",
            )?;
            let rows = statement.query_map([address], |r| {
                Ok(OutboxMail {
                    address: r.get(0)?,
                    subject: r.get(1)?,
                    body: r.get(2)?,
                    created_at: clock::rfc3339(r.get(3)?),
                })
            })?;
            Ok(Json(rows.collect::<Result<_, _>>()?))
        })
        .await
}

/// `POST /api/v1/dev/clock`: moves the scheduling clock on, then publishes
/// what has come due, so that a test sees a scheduled item go out at its
/// time. Only with `--dev-outbox`; never in the OpenAPI document.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Advance {
    seconds: u32,
}

/// What the clock says now, and how many items came due.
#[derive(Serialize)]
pub struct Advanced {
    /// Seconds since 1970.
    now: i64,
    published: usize,
}

pub async fn advance_clock(
    State(state): State<AppState>,
    Json(Advance { seconds }): Json<Advance>,
) -> Result<Json<Advanced>, ApiProblem> {
    if !state.dev_outbox {
        return Err(ApiProblem::not_found().detail("No such API endpoint"));
    }
    state.clock.advance(i64::from(seconds));
    let now = state.clock.now();
    let published = state
        .db
        .run(move |conn| Ok(crate::content::workflow::publish_due(conn, now)?))
        .await?;
    if published > 0 {
        state.published.changed();
    }
    Ok(Json(Advanced { now, published }))
}
