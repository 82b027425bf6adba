use axum::Json;
use axum::extract::State;
use axum::http::{HeaderMap, StatusCode};
use rusqlite::{Connection, OptionalExtension, params};
use ventanilla_core::api::{
    ApplicationStatus, LangQuery, NewApplication, NoQuery, Receipt, Reply, Status, StatusChange, TrackingRequest,
};
use ventanilla_core::forms::check_form;
use ventanilla_core::lang::Lang;

use super::forms::definition;
use crate::db::write_transaction;
use crate::lang::RequestLang;
use crate::params::Query;
use crate::problem::ApiProblem;
use crate::sms::{self, Sms};
use crate::{AppState, clock, fingerprint, folio};

/// Sends an application. The `Idempotency-Key` header makes a retry of the
/// same request answer with the same receipt (200) instead of a second
/// application; the answers are checked with the same rules as the app's.
#[utoipa::path(post, path = "/api/v1/applications", tag = "procedures",
    params(("Idempotency-Key" = String, Header, pattern = "^[A-Za-z0-9_-]{8,128}$",
            description = "8 to 128 characters of A-Z a-z 0-9 _ -, new for each application"),
           NoQuery, LangQuery),
    request_body = NewApplication,
    responses((status = 201, body = Receipt, description = "Created"),
              (status = 200, body = Receipt, description = "A retry of an application already created"),
              (status = 404, body = ventanilla_core::api::Problem, content_type = "application/problem+json"),
              (status = 409, body = ventanilla_core::api::Problem, content_type = "application/problem+json",
               description = "The key was used for different answers"),
              (status = 422, body = ventanilla_core::api::Problem, content_type = "application/problem+json",
               description = "Per-field errors in `errors`")))]
pub async fn submit(
    State(state): State<AppState>,
    Query(NoQuery {}): Query<NoQuery>,
    headers: HeaderMap,
    Json(application): Json<NewApplication>,
) -> Result<(StatusCode, Json<Receipt>), ApiProblem> {
    let key = idempotency_key(&headers)?;
    let hash = fingerprint::sha256(serde_json::to_vec(&application).map_err(|_| ApiProblem::internal())?);
    state
        .db
        .run(move |conn| {
            if let Some(found) = retried(conn, &key, &hash)? {
                return Ok((StatusCode::OK, Json(found)));
            }
            let form = definition(conn, &application.form, Lang::Es)?;
            let answers = check_form(&form, &application.answers, clock::today_in_mexico_city()).map_err(|errors| ApiProblem::invalid("Some answers are not valid", errors))?;
            let applicant = answers.get(&form.applicant).map(|a| a.text().to_owned()).unwrap_or_default();
            let receipt = Receipt {
                folio: folio::new_folio(),
                status: Status::Received,
                submitted_at: clock::rfc3339(clock::now()),
            };
            let answers = serde_json::to_string(&answers).map_err(|_| ApiProblem::internal())?;
            // The application and its first history row, or neither.
            let tx = write_transaction(conn)?;
            let inserted = tx.execute(
                "INSERT INTO applications (folio, form, applicant_curp, answers, status, submitted_at, idempotency_key, request_hash)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8) ON CONFLICT (idempotency_key) DO NOTHING",
                params![receipt.folio, form.id, applicant, answers, receipt.status.code(), receipt.submitted_at, key, hash],
            )?;
            // Two copies of one request raced: the other one created it.
            if inserted == 0 {
                drop(tx); // nothing written: read without holding the lock
                let found = retried(conn, &key, &hash)?.ok_or_else(ApiProblem::internal)?;
                return Ok((StatusCode::OK, Json(found)));
            }
            tx.execute(
                "INSERT INTO status_history (folio, status, at) VALUES (?1, ?2, ?3)",
                params![receipt.folio, receipt.status.code(), receipt.submitted_at],
            )?;
            tx.commit()?;
            Ok((StatusCode::CREATED, Json(receipt)))
        })
        .await
}

/// The receipt of an earlier request with this key, if it had these answers.
fn retried(conn: &Connection, key: &str, hash: &str) -> Result<Option<Receipt>, ApiProblem> {
    let earlier: Option<(String, String, String, String)> = conn
        .prepare_cached(
            "SELECT folio, status, submitted_at, request_hash FROM applications WHERE idempotency_key = ?1",
        )?
        .query_row([key], |row| Ok((row.get(0)?, row.get(1)?, row.get(2)?, row.get(3)?)))
        .optional()?;
    let Some((folio, status, submitted_at, earlier_hash)) = earlier else {
        return Ok(None);
    };
    if earlier_hash != hash {
        return Err(ApiProblem::new(
            StatusCode::CONFLICT,
            "idempotency_key.reused",
            "This Idempotency-Key was used for another application",
        ));
    }
    Ok(Some(Receipt {
        folio,
        status: parse_status(&status)?,
        submitted_at,
    }))
}

fn idempotency_key(headers: &HeaderMap) -> Result<String, ApiProblem> {
    let key = headers
        .get("idempotency-key")
        .and_then(|v| v.to_str().ok())
        .unwrap_or("");
    let valid =
        (8..=128).contains(&key.len()) && key.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_');
    if !valid {
        return Err(ApiProblem::new(
            StatusCode::BAD_REQUEST,
            "idempotency_key.invalid",
            "An Idempotency-Key header of 8 to 128 letters, digits, - or _ is required",
        )
        .parameter("Idempotency-Key"));
    }
    Ok(key.to_owned())
}

/// An application's status and history. The folio alone finds nothing: the
/// applicant's CURP must match, and a wrong one gets the same 404 as an
/// unknown folio.
#[utoipa::path(post, path = "/api/v1/applications/track", tag = "procedures",
    params(NoQuery, LangQuery),
    request_body = TrackingRequest,
    responses((status = 200, body = ApplicationStatus),
              (status = 404, body = ventanilla_core::api::Problem, content_type = "application/problem+json")))]
pub async fn track(
    State(state): State<AppState>,
    RequestLang(lang): RequestLang,
    Query(NoQuery {}): Query<NoQuery>,
    Json(request): Json<TrackingRequest>,
) -> Result<Json<ApplicationStatus>, ApiProblem> {
    let folio = owned_by(&request.folio, &request.curp)?;
    state
        .db
        .run(move |conn| {
            let folio = folio.find(conn)?;
            status_of(conn, &folio, lang).map(Json)
        })
        .await
}

/// The applicant's answer to what the agency asked: the application goes
/// back to review, and its subscribers are texted as for any change.
#[utoipa::path(post, path = "/api/v1/applications/reply", tag = "procedures",
    params(NoQuery, LangQuery),
    request_body = Reply,
    responses((status = 200, body = ApplicationStatus),
              (status = 404, body = ventanilla_core::api::Problem, content_type = "application/problem+json"),
              (status = 409, body = ventanilla_core::api::Problem, content_type = "application/problem+json",
               description = "`application.transition`: the agency asked for nothing, or has been answered"),
              (status = 422, body = ventanilla_core::api::Problem, content_type = "application/problem+json",
               description = "`validation`: the folio, the CURP or the message, each named in `errors`")))]
pub async fn reply(
    State(state): State<AppState>,
    RequestLang(lang): RequestLang,
    Query(NoQuery {}): Query<NoQuery>,
    Json(request): Json<Reply>,
) -> Result<Json<ApplicationStatus>, ApiProblem> {
    let (found, message) = request
        .check()
        .map_err(|errors| ApiProblem::invalid("Some data is not valid", errors))?;
    let claim = owned_by(&found.folio, &found.curp)?;
    let gateway = state.sms.clone();
    state
        .db
        .run(move |conn| {
            let folio = claim.find(conn)?;
            let tx = write_transaction(conn)?;
            let change = Change {
                to: Status::InReview,
                note: None,
                reply: Some(&message),
            };
            let (_, texts) = change.make(&tx, &folio, &[Status::InformationRequested])?;
            tx.commit()?;
            for text in &texts {
                text.deliver(gateway.as_ref());
            }
            status_of(conn, &folio, lang).map(Json)
        })
        .await
}

/// A move of an application to another status, with the words that come with it.
pub struct Change<'a> {
    pub to: Status,
    /// The agency's, to the applicant.
    pub note: Option<&'a str>,
    /// The applicant's, to the agency.
    pub reply: Option<&'a str>,
}

impl Change<'_> {
    /// Makes the change to `folio` in `tx` (a write transaction: the status
    /// read is the one moved on, even with two people at once), if its status
    /// is one of `from`; queues the texts to its subscribers, to deliver once
    /// `tx` commits. The status it had.
    pub fn make(&self, tx: &Connection, folio: &str, from: &[Status]) -> Result<(Status, Vec<Sms>), ApiProblem> {
        let current: String = tx
            .query_row("SELECT status FROM applications WHERE folio = ?1", [folio], |r| {
                r.get(0)
            })
            .optional()?
            .ok_or_else(|| ApiProblem::not_found().detail("No application with that folio"))?;
        let current = parse_status(&current)?;
        if !from.contains(&current) {
            return Err(ApiProblem::new(
                StatusCode::CONFLICT,
                "application.transition",
                "The application cannot go there from where it is",
            )
            .detail(format!("It is {}", current.code())));
        }
        tx.execute(
            "UPDATE applications SET status = ?1 WHERE folio = ?2",
            params![self.to.code(), folio],
        )?;
        tx.execute(
            "INSERT INTO status_history (folio, status, at, note, reply) VALUES (?1, ?2, ?3, ?4, ?5)",
            params![
                folio,
                self.to.code(),
                clock::rfc3339(clock::now()),
                self.note,
                self.reply
            ],
        )?;
        let subscribers: Vec<(String, String)> = tx
            .prepare("SELECT phone, lang FROM sms_subscriptions WHERE folio = ?1")?
            .query_map([folio], |r| Ok((r.get(0)?, r.get(1)?)))?
            .collect::<Result<_, _>>()?;
        let texts = subscribers
            .iter()
            .map(|(phone, code)| {
                let theirs = Lang::parse(code).unwrap_or_default();
                Sms::queue(tx, phone, sms::status_message(theirs, folio, self.to, self.note))
            })
            .collect::<Result<Vec<_>, _>>()?;
        Ok((current, texts))
    }
}

/// A folio and the CURP that must go with it, checked before any lookup.
pub struct Claim {
    folio: String,
    curp: String,
}

/// Reads a folio and CURP as typed, with `TrackingRequest::check`: a blank
/// folio or an invalid CURP is a 422 naming its rule and field.
pub fn owned_by(folio: &str, curp: &str) -> Result<Claim, ApiProblem> {
    let request = TrackingRequest {
        folio: folio.to_owned(),
        curp: curp.to_owned(),
    };
    match request.check() {
        Ok(TrackingRequest { folio, curp }) => Ok(Claim { folio, curp }),
        // The first problem, named by its field, as the CURP lookup names its rule.
        Err(errors) => Err(ApiProblem::new(
            StatusCode::UNPROCESSABLE_ENTITY,
            &errors[0].code,
            "The folio or the CURP is not valid",
        )
        .parameter(&errors[0].field)),
    }
}

impl Claim {
    /// The folio, if it exists and belongs to the CURP; the same 404 otherwise.
    pub fn find(&self, conn: &Connection) -> Result<String, ApiProblem> {
        conn.prepare_cached("SELECT folio FROM applications WHERE folio = ?1 AND applicant_curp = ?2")?
            .query_row([&self.folio, &self.curp], |row| row.get(0))
            .optional()?
            .ok_or_else(|| ApiProblem::not_found().detail("No application with that folio and CURP"))
    }
}

/// What the applicant may see of an application.
pub fn status_of(conn: &Connection, folio: &str, lang: Lang) -> Result<ApplicationStatus, ApiProblem> {
    let (form_id, status): (String, String) = conn
        .prepare_cached("SELECT form, status FROM applications WHERE folio = ?1")?
        .query_row([folio], |row| Ok((row.get(0)?, row.get(1)?)))?;
    let form = definition(conn, &form_id, lang)?;
    let mut history = Vec::new();
    let mut statement =
        conn.prepare_cached("SELECT status, at, note, reply FROM status_history WHERE folio = ?1 ORDER BY rowid")?;
    let rows = statement.query_map([folio], |row| {
        Ok((row.get::<_, String>(0)?, row.get(1)?, row.get(2)?, row.get(3)?))
    })?;
    for row in rows {
        let (status, at, note, reply) = row?;
        history.push(StatusChange {
            status: parse_status(&status)?,
            at,
            note,
            reply,
        });
    }
    let mut sms = Vec::new();
    let mut statement =
        conn.prepare_cached("SELECT phone FROM sms_subscriptions WHERE folio = ?1 ORDER BY confirmed_at")?;
    for phone in statement.query_map([folio], |row| row.get::<_, String>(0))? {
        let phone = phone?;
        sms.push(format!(
            "{}{}",
            "•".repeat(phone.len().saturating_sub(2)),
            &phone[phone.len().saturating_sub(2)..]
        ));
    }
    Ok(ApplicationStatus {
        folio: folio.to_owned(),
        form: form.id,
        title: form.title,
        service: form.service,
        status: parse_status(&status)?,
        history,
        sms,
    })
}

pub fn parse_status(code: &str) -> Result<Status, ApiProblem> {
    Status::parse(code).ok_or_else(ApiProblem::internal)
}
