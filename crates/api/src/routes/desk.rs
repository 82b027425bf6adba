//! `/api/v1/staff/agencies/{agency}/applications/…`: the applications desk,
//! where an agency's caseworkers work its applications. Everything is
//! checked against the signed-in person's roles: whoever is not a
//! caseworker of that agency (or a platform admin) gets a 404, as for an
//! agency or an application that isn't there, so nothing says what exists.

use axum::Json;
use axum::extract::{Path, State};
use axum::http::header;
use axum::response::IntoResponse;
use rusqlite::{Connection, params};
use ventanilla_core::api::{
    ApiQuery, ApplicationCase, ApplicationStatus, LangQuery, NoQuery, QueueQuery, QueuedApplication, Role, Status,
    StatusUpdate, normalize_folio,
};

use ventanilla_core::lang::Lang;

use super::applications::{Change, parse_status, status_of};
use super::forms::definition;
use super::sms::Client;
use crate::AppState;
use crate::audit::{self, Entry};
use crate::db::write_transaction;
use crate::lang::RequestLang;
use crate::params::Query;
use crate::problem::ApiProblem;
use crate::staff::session::SignedIn;

/// The queue shows this many, newest first.
const QUEUE_LENGTH: i64 = 200;

fn not_found() -> ApiProblem {
    ApiProblem::not_found().detail("No such application among this agency's, or not yours to see")
}

/// Refuses whoever is not a caseworker of `agency`.
fn ensure_caseworker(signed_in: &SignedIn, agency: &str) -> Result<(), ApiProblem> {
    if signed_in.may(Role::Caseworker, agency) {
        Ok(())
    } else {
        Err(not_found())
    }
}

/// Refuses a folio that is not an application of `agency`'s procedures.
fn ensure_of_agency(conn: &Connection, folio: &str, agency: &str) -> Result<(), ApiProblem> {
    let ours: bool = conn.query_row(
        "SELECT EXISTS (SELECT 1 FROM applications a JOIN forms f ON f.id = a.form
                        JOIN services s ON s.slug = f.service WHERE a.folio = ?1 AND s.agency = ?2)",
        params![folio, agency],
        |row| row.get(0),
    )?;
    if ours { Ok(()) } else { Err(not_found()) }
}

/// The agency's applications, newest first, filtered by procedure, status
/// and the day they were sent, or searched by folio.
#[utoipa::path(get, path = "/api/v1/staff/agencies/{agency}/applications", tag = "staff",
    params(("agency" = String, Path, description = "The agency's slug"), QueueQuery, LangQuery),
    security(("staff_session" = [])),
    responses((status = 200, body = Vec<QueuedApplication>),
              (status = 401, body = ventanilla_core::api::Problem, content_type = "application/problem+json",
               description = "`staff.signed_out`: no session, or it has expired"),
              (status = 404, body = ventanilla_core::api::Problem, content_type = "application/problem+json",
               description = "No such agency, or the person is not its caseworker")))]
pub async fn queue(
    State(state): State<AppState>,
    RequestLang(lang): RequestLang,
    Query(filters): Query<QueueQuery>,
    signed_in: SignedIn,
    Path(agency): Path<String>,
) -> Result<Json<Vec<QueuedApplication>>, ApiProblem> {
    ensure_caseworker(&signed_in, &agency)?;
    state
        .db
        .run(move |conn| listed(conn, &agency, filters, lang))
        .await
        .map(Json)
}

/// The same list as the queue, as CSV for a spreadsheet: folio, procedure,
/// status and when it was sent, never the answers. Each export is audited.
#[utoipa::path(get, path = "/api/v1/staff/agencies/{agency}/applications/export", tag = "staff",
    params(("agency" = String, Path, description = "The agency's slug"), QueueQuery, LangQuery),
    security(("staff_session" = [])),
    responses((status = 200, body = String, content_type = "text/csv"),
              (status = 401, body = ventanilla_core::api::Problem, content_type = "application/problem+json",
               description = "`staff.signed_out`: no session, or it has expired"),
              (status = 404, body = ventanilla_core::api::Problem, content_type = "application/problem+json",
               description = "No such agency, or the person is not its caseworker")))]
pub async fn export(
    State(state): State<AppState>,
    RequestLang(lang): RequestLang,
    Query(filters): Query<QueueQuery>,
    Client(client): Client,
    signed_in: SignedIn,
    Path(agency): Path<String>,
) -> Result<impl IntoResponse, ApiProblem> {
    ensure_caseworker(&signed_in, &agency)?;
    // What was exported: the filters, as the subject of the audit entry.
    let asked = filters
        .pairs()
        .iter()
        .map(|(name, value)| format!("{name}={value}"))
        .collect::<Vec<_>>()
        .join("&");
    let csv = state
        .db
        .run(move |conn| {
            let rows = listed(conn, &agency, filters, lang)?;
            let count = rows.len().to_string();
            let tx = write_transaction(conn)?;
            audit::record(
                &tx,
                &Entry {
                    actor: &signed_in.email,
                    client: &client,
                    action: "applications.export",
                    subject: &asked,
                    before: None,
                    after: Some(&count),
                    agency: Some(&agency),
                },
            )?;
            tx.commit()?;
            let mut csv = String::from("folio,form,title,status,submitted_at\r\n");
            for row in rows {
                let fields = [
                    row.folio,
                    row.form,
                    row.title,
                    row.status.code().to_owned(),
                    row.submitted_at,
                ];
                csv += &fields.map(|field| csv_field(&field)).join(",");
                csv += "\r\n";
            }
            Ok(csv)
        })
        .await?;
    Ok(([(header::CONTENT_TYPE, "text/csv; charset=utf-8")], csv))
}

/// A CSV field (RFC 4180), quoted when it must be; a leading `=`, `+`, `-`
/// or `@` is defused, so that no spreadsheet runs it as a formula.
fn csv_field(text: &str) -> String {
    let text = if text.starts_with(['=', '+', '-', '@']) {
        format!("'{text}")
    } else {
        text.to_owned()
    };
    if text.contains([',', '"', '\r', '\n']) {
        format!("\"{}\"", text.replace('"', "\"\""))
    } else {
        text
    }
}

/// The applications of `agency` that `filters` ask for, newest first.
fn listed(
    conn: &Connection,
    agency: &str,
    filters: QueueQuery,
    lang: Lang,
) -> Result<Vec<QueuedApplication>, ApiProblem> {
    let folio = filters
        .folio
        .map(|typed| format!("{}%", normalize_folio(&typed.0).replace(['%', '_'], "")));
    // Mexico City keeps UTC-6 all year since 2022: its day of a UTC time.
    let mut statement = conn.prepare_cached(
        "SELECT a.folio, a.form, a.status, a.submitted_at FROM applications a JOIN forms f ON f.id = a.form
         JOIN services s ON s.slug = f.service WHERE s.agency = ?1
           AND (?3 IS NULL OR a.form = ?3) AND (?4 IS NULL OR a.status = ?4)
           AND (?5 IS NULL OR date(a.submitted_at, '-6 hours') >= ?5)
           AND (?6 IS NULL OR date(a.submitted_at, '-6 hours') <= ?6)
           AND (?7 IS NULL OR a.folio LIKE ?7)
         ORDER BY a.submitted_at DESC, a.rowid DESC LIMIT ?2",
    )?;
    let values = params![
        agency,
        QUEUE_LENGTH,
        filters.form.map(|f| f.0),
        filters.status.map(Status::code),
        filters.from.map(|d| d.0),
        filters.to.map(|d| d.0),
        folio
    ];
    let rows = statement
        .query_map(values, |row| {
            Ok((
                row.get::<_, String>(0)?,
                row.get::<_, String>(1)?,
                row.get::<_, String>(2)?,
                row.get(3)?,
            ))
        })?
        .collect::<Result<Vec<_>, _>>()?;
    rows.into_iter()
        .map(|(folio, form, status, submitted_at)| {
            Ok(QueuedApplication {
                title: definition(conn, &form, lang)?.title,
                folio,
                form,
                status: parse_status(&status)?,
                submitted_at,
            })
        })
        .collect()
}

/// One application with the citizen's answers. Each look is audited.
#[utoipa::path(get, path = "/api/v1/staff/agencies/{agency}/applications/{folio}", tag = "staff",
    params(("agency" = String, Path, description = "The agency's slug"), ("folio" = String, Path), NoQuery, LangQuery),
    security(("staff_session" = [])),
    responses((status = 200, body = ApplicationCase),
              (status = 401, body = ventanilla_core::api::Problem, content_type = "application/problem+json",
               description = "`staff.signed_out`: no session, or it has expired"),
              (status = 404, body = ventanilla_core::api::Problem, content_type = "application/problem+json",
               description = "No such application among the agency's, or the person is not its caseworker")))]
pub async fn case(
    State(state): State<AppState>,
    RequestLang(lang): RequestLang,
    Query(NoQuery {}): Query<NoQuery>,
    Client(client): Client,
    signed_in: SignedIn,
    Path((agency, folio)): Path<(String, String)>,
) -> Result<Json<ApplicationCase>, ApiProblem> {
    ensure_caseworker(&signed_in, &agency)?;
    let folio = normalize_folio(&folio);
    state
        .db
        .run(move |conn| {
            ensure_of_agency(conn, &folio, &agency)?;
            let (answers, submitted_at, answers_deleted_at): (String, String, Option<String>) = conn.query_row(
                "SELECT answers, submitted_at, answers_deleted_at FROM applications WHERE folio = ?1",
                [&folio],
                |row| Ok((row.get(0)?, row.get(1)?, row.get(2)?)),
            )?;
            let tx = write_transaction(conn)?;
            audit::record(
                &tx,
                &Entry {
                    actor: &signed_in.email,
                    client: &client,
                    action: "application.view",
                    subject: &folio,
                    before: None,
                    after: None,
                    agency: Some(&agency),
                },
            )?;
            tx.commit()?;
            Ok(ApplicationCase {
                status: status_of(conn, &folio, lang)?,
                submitted_at,
                answers: serde_json::from_str(&answers).map_err(|_| ApiProblem::internal())?,
                answers_deleted_at,
            })
        })
        .await
        .map(Json)
}

/// A caseworker's decision: where the application goes (one of its
/// status's `decisions`), with the note the applicant reads, texted to its
/// subscribers. Audited with the status before and after.
#[utoipa::path(post, path = "/api/v1/staff/agencies/{agency}/applications/{folio}/status", tag = "staff",
    params(("agency" = String, Path, description = "The agency's slug"), ("folio" = String, Path), NoQuery, LangQuery),
    request_body = StatusUpdate,
    security(("staff_session" = [])),
    responses((status = 200, body = ApplicationStatus),
              (status = 401, body = ventanilla_core::api::Problem, content_type = "application/problem+json",
               description = "`staff.signed_out`: no session, or it has expired"),
              (status = 403, body = ventanilla_core::api::Problem, content_type = "application/problem+json",
               description = "`staff.csrf`: no `X-CSRF-Token`, or not the session's"),
              (status = 404, body = ventanilla_core::api::Problem, content_type = "application/problem+json",
               description = "No such application among the agency's, or the person is not its caseworker"),
              (status = 409, body = ventanilla_core::api::Problem, content_type = "application/problem+json",
               description = "`application.transition`: not a decision its status allows (it is resolved, say)"),
              (status = 422, body = ventanilla_core::api::Problem, content_type = "application/problem+json",
               description = "`validation`: the note is missing where needed, or too long")))]
pub async fn decide(
    State(state): State<AppState>,
    RequestLang(lang): RequestLang,
    Query(NoQuery {}): Query<NoQuery>,
    Client(client): Client,
    signed_in: SignedIn,
    Path((agency, folio)): Path<(String, String)>,
    Json(update): Json<StatusUpdate>,
) -> Result<Json<ApplicationStatus>, ApiProblem> {
    ensure_caseworker(&signed_in, &agency)?;
    let note = update
        .check()
        .map_err(|errors| ApiProblem::invalid("The note is not valid", errors))?;
    let folio = normalize_folio(&folio);
    let gateway = state.sms.clone();
    state
        .db
        .run(move |conn| {
            ensure_of_agency(conn, &folio, &agency)?;
            let tx = write_transaction(conn)?;
            let change = Change {
                to: update.status,
                note: note.as_deref(),
                reply: None,
            };
            let from: Vec<Status> = Status::ALL
                .into_iter()
                .filter(|status| status.decisions().contains(&update.status))
                .collect();
            let (before, texts) = change.make(&tx, &folio, &from)?;
            audit::record(
                &tx,
                &Entry {
                    actor: &signed_in.email,
                    client: &client,
                    action: "application.status",
                    subject: &folio,
                    before: Some(before.code()),
                    after: Some(update.status.code()),
                    agency: Some(&agency),
                },
            )?;
            tx.commit()?;
            for text in &texts {
                text.deliver(gateway.as_ref());
            }
            status_of(conn, &folio, lang)
        })
        .await
        .map(Json)
}
