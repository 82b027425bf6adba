//! `/api/v1/staff/invitations`, `/api/v1/staff/agencies/{agency}/people/…`
//! and the audit log: how admins manage an agency's people. An agency's
//! admin manages its people and reads its log; a platform admin, every
//! agency's and the whole log. Whoever may not gets a 404, as for an
//! agency that isn't there.

use axum::Json;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use rusqlite::{Connection, OptionalExtension, params};
use ventanilla_core::api::{AuditRecord, Invitation, LangQuery, NoQuery, Role, StaffMember};

use super::sms::Client;
use crate::audit::{self, Entry};
use crate::db::write_transaction;
use crate::lang::RequestLang;
use crate::params::Query;
use crate::problem::ApiProblem;
use crate::staff::session::SignedIn;
use crate::staff::{self, ENROLMENT_LIFETIME};
use crate::{AppState, clock, mail};

/// The audit log shows this many entries, newest first.
const LOG_LENGTH: i64 = 200;

fn not_yours() -> ApiProblem {
    ApiProblem::not_found().detail("No such agency or person, or not yours to manage")
}

/// Refuses whoever is not an admin of `agency` (or of the platform), and
/// an agency that does not exist.
fn ensure_admin(conn: &Connection, signed_in: &SignedIn, agency: &str) -> Result<(), ApiProblem> {
    if staff::agency_exists(conn, agency)? && signed_in.may(Role::AgencyAdmin, agency) {
        Ok(())
    } else {
        Err(not_yours())
    }
}

/// Gives a person a role, and, unless they have an account, the link to
/// set it up, by e-mail in the language of the request.
#[utoipa::path(post, path = "/api/v1/staff/invitations", tag = "staff",
    params(NoQuery, LangQuery),
    request_body = Invitation,
    security(("staff_session" = [])),
    responses((status = 201, body = StaffMember, description = "The person, with their roles in the agency"),
              (status = 401, body = ventanilla_core::api::Problem, content_type = "application/problem+json",
               description = "`staff.signed_out`: no session, or it has expired"),
              (status = 403, body = ventanilla_core::api::Problem, content_type = "application/problem+json",
               description = "`staff.csrf`: no `X-CSRF-Token`, or not the session's"),
              (status = 404, body = ventanilla_core::api::Problem, content_type = "application/problem+json",
               description = "No such agency, or the person may not give that role there"),
              (status = 422, body = ventanilla_core::api::Problem, content_type = "application/problem+json",
               description = "`validation`: the e-mail, or an agency where the role needs one or takes none")))]
pub async fn invite(
    State(state): State<AppState>,
    RequestLang(lang): RequestLang,
    Query(NoQuery {}): Query<NoQuery>,
    Client(client): Client,
    signed_in: SignedIn,
    Json(invitation): Json<Invitation>,
) -> Result<(StatusCode, Json<StaffMember>), ApiProblem> {
    let invitation = invitation
        .check()
        .map_err(|errors| ApiProblem::invalid("The invitation is not valid", errors))?;
    if !signed_in.may_grant(invitation.role, invitation.agency.as_deref()) {
        return Err(not_yours());
    }
    let public_url = state.public_url.clone();
    state
        .db
        .run(move |conn| {
            let tx = write_transaction(conn)?;
            if let Some(token) = staff::add(&tx, &invitation, &signed_in.email, &client)? {
                let link = format!("{public_url}/gestion/alta/{token}");
                let (subject, body) = mail::invitation(lang, &link, ENROLMENT_LIFETIME / 86_400);
                mail::queue(&tx, &invitation.email, &subject, &body)?;
            }
            tx.commit()?;
            let id: i64 = conn.query_row("SELECT id FROM staff WHERE email = ?1", [&invitation.email], |row| {
                row.get(0)
            })?;
            member(conn, id, invitation.agency.as_deref())?.ok_or_else(ApiProblem::internal)
        })
        .await
        .map(|member| (StatusCode::CREATED, Json(member)))
}

/// The person `id` as the admins of `agency` (none: the platform's) see
/// them, if they hold a role there.
fn member(conn: &Connection, id: i64, agency: Option<&str>) -> Result<Option<StaffMember>, ApiProblem> {
    let Some((email, enrolled)): Option<(String, bool)> = conn
        .query_row(
            "SELECT email, password_hash IS NOT NULL FROM staff WHERE id = ?1",
            [id],
            |row| Ok((row.get(0)?, row.get(1)?)),
        )
        .optional()?
    else {
        return Ok(None);
    };
    let roles: Vec<Role> = conn
        .prepare_cached("SELECT role FROM staff_roles WHERE staff = ?1 AND agency IS ?2 ORDER BY role")?
        .query_map(params![id, agency], |row| row.get::<_, String>(0))?
        .filter_map(|code| code.map(|code| Role::parse(&code)).transpose())
        .collect::<Result<_, _>>()?;
    if roles.is_empty() {
        return Ok(None);
    }
    let locked_for = staff::locked_for(conn, &email, clock::now())?;
    Ok(Some(StaffMember {
        id,
        email,
        roles,
        enrolled,
        locked_for,
    }))
}

/// The agency's people, by e-mail, with their roles there and whether
/// their account is locked.
#[utoipa::path(get, path = "/api/v1/staff/agencies/{agency}/people", tag = "staff",
    params(("agency" = String, Path, description = "The agency's slug"), NoQuery, LangQuery),
    security(("staff_session" = [])),
    responses((status = 200, body = Vec<StaffMember>),
              (status = 401, body = ventanilla_core::api::Problem, content_type = "application/problem+json",
               description = "`staff.signed_out`: no session, or it has expired"),
              (status = 404, body = ventanilla_core::api::Problem, content_type = "application/problem+json",
               description = "No such agency, or the person is not its admin")))]
pub async fn people(
    State(state): State<AppState>,
    Query(NoQuery {}): Query<NoQuery>,
    signed_in: SignedIn,
    Path(agency): Path<String>,
) -> Result<Json<Vec<StaffMember>>, ApiProblem> {
    state
        .db
        .run(move |conn| {
            ensure_admin(conn, &signed_in, &agency)?;
            let ids: Vec<i64> = conn
                .prepare_cached(
                    "SELECT DISTINCT s.id FROM staff s JOIN staff_roles r ON r.staff = s.id
                     WHERE r.agency = ?1 ORDER BY s.email",
                )?
                .query_map([&agency], |row| row.get(0))?
                .collect::<Result<_, _>>()?;
            let mut people = Vec::new();
            for id in ids {
                people.extend(member(conn, id, Some(&agency))?);
            }
            Ok(Json(people))
        })
        .await
}

/// The person `id` of `agency`, if its admin may manage them.
fn managed(conn: &Connection, signed_in: &SignedIn, agency: &str, id: i64) -> Result<StaffMember, ApiProblem> {
    ensure_admin(conn, signed_in, agency)?;
    member(conn, id, Some(agency))?.ok_or_else(not_yours)
}

/// Takes a role in the agency away from a person; it stops working at their
/// next request.
#[utoipa::path(delete, path = "/api/v1/staff/agencies/{agency}/people/{id}/roles/{role}", tag = "staff",
    params(("agency" = String, Path, description = "The agency's slug"), ("id" = i64, Path, description = "The person's id"),
           ("role" = Role, Path), NoQuery, LangQuery),
    security(("staff_session" = [])),
    responses((status = 204, description = "The role is no longer theirs"),
              (status = 401, body = ventanilla_core::api::Problem, content_type = "application/problem+json",
               description = "`staff.signed_out`: no session, or it has expired"),
              (status = 403, body = ventanilla_core::api::Problem, content_type = "application/problem+json",
               description = "`staff.csrf`: no `X-CSRF-Token`, or not the session's"),
              (status = 404, body = ventanilla_core::api::Problem, content_type = "application/problem+json",
               description = "No such person with that role in the agency, or not the asker's to manage")))]
pub async fn revoke(
    State(state): State<AppState>,
    Query(NoQuery {}): Query<NoQuery>,
    Client(client): Client,
    signed_in: SignedIn,
    Path((agency, id, role)): Path<(String, i64, Role)>,
) -> Result<StatusCode, ApiProblem> {
    state
        .db
        .run(move |conn| {
            let person = managed(conn, &signed_in, &agency, id)?;
            let tx = write_transaction(conn)?;
            let removed = tx.execute(
                "DELETE FROM staff_roles WHERE staff = ?1 AND role = ?2 AND agency = ?3",
                params![id, role.code(), agency],
            )?;
            if removed == 0 {
                return Err(not_yours());
            }
            audit::record(
                &tx,
                &Entry {
                    actor: &signed_in.email,
                    client: &client,
                    action: "staff.role_revoke",
                    subject: &person.email,
                    before: Some(role.code()),
                    after: None,
                    agency: Some(&agency),
                },
            )?;
            tx.commit()?;
            Ok(StatusCode::NO_CONTENT)
        })
        .await
}

/// Lifts the lock that failed sign-ins put on a person's account, once
/// their admin has made sure it is them.
#[utoipa::path(delete, path = "/api/v1/staff/agencies/{agency}/people/{id}/lock", tag = "staff",
    params(("agency" = String, Path, description = "The agency's slug"), ("id" = i64, Path, description = "The person's id"),
           NoQuery, LangQuery),
    security(("staff_session" = [])),
    responses((status = 204, description = "They may sign in again"),
              (status = 401, body = ventanilla_core::api::Problem, content_type = "application/problem+json",
               description = "`staff.signed_out`: no session, or it has expired"),
              (status = 403, body = ventanilla_core::api::Problem, content_type = "application/problem+json",
               description = "`staff.csrf`: no `X-CSRF-Token`, or not the session's"),
              (status = 404, body = ventanilla_core::api::Problem, content_type = "application/problem+json",
               description = "No such person in the agency, or not the asker's to manage")))]
pub async fn release(
    State(state): State<AppState>,
    Query(NoQuery {}): Query<NoQuery>,
    Client(client): Client,
    signed_in: SignedIn,
    Path((agency, id)): Path<(String, i64)>,
) -> Result<StatusCode, ApiProblem> {
    state
        .db
        .run(move |conn| {
            let person = managed(conn, &signed_in, &agency, id)?;
            let tx = write_transaction(conn)?;
            let failures = tx
                .execute(
                    "DELETE FROM sign_in_failures WHERE email_hash = ?1",
                    [crate::fingerprint::sha256(&person.email)],
                )?
                .to_string();
            audit::record(
                &tx,
                &Entry {
                    actor: &signed_in.email,
                    client: &client,
                    action: "staff.lock_release",
                    subject: &person.email,
                    before: Some(&failures),
                    after: None,
                    agency: Some(&agency),
                },
            )?;
            tx.commit()?;
            Ok(StatusCode::NO_CONTENT)
        })
        .await
}

/// The entries of the log in `agency` (none: all of them), newest first.
fn log(conn: &Connection, agency: Option<&str>) -> Result<Vec<AuditRecord>, ApiProblem> {
    let mut statement = conn.prepare_cached(
        "SELECT id, at, actor, client, action, subject, before, after, agency FROM audit_log
         WHERE ?1 IS NULL OR agency = ?1 ORDER BY id DESC LIMIT ?2",
    )?;
    let rows = statement.query_map(params![agency, LOG_LENGTH], |row| {
        Ok(AuditRecord {
            id: row.get(0)?,
            at: clock::rfc3339(row.get(1)?),
            actor: row.get(2)?,
            client: row.get(3)?,
            action: row.get(4)?,
            subject: row.get(5)?,
            before: row.get(6)?,
            after: row.get(7)?,
            agency: row.get(8)?,
        })
    })?;
    Ok(rows.collect::<Result<_, _>>()?)
}

/// What was done in the agency, newest first (the latest 200).
#[utoipa::path(get, path = "/api/v1/staff/agencies/{agency}/audit", tag = "staff",
    params(("agency" = String, Path, description = "The agency's slug"), NoQuery, LangQuery),
    security(("staff_session" = [])),
    responses((status = 200, body = Vec<AuditRecord>),
              (status = 401, body = ventanilla_core::api::Problem, content_type = "application/problem+json",
               description = "`staff.signed_out`: no session, or it has expired"),
              (status = 404, body = ventanilla_core::api::Problem, content_type = "application/problem+json",
               description = "No such agency, or the person is not its admin")))]
pub async fn agency_log(
    State(state): State<AppState>,
    Query(NoQuery {}): Query<NoQuery>,
    signed_in: SignedIn,
    Path(agency): Path<String>,
) -> Result<Json<Vec<AuditRecord>>, ApiProblem> {
    state
        .db
        .run(move |conn| {
            ensure_admin(conn, &signed_in, &agency)?;
            log(conn, Some(&agency)).map(Json)
        })
        .await
}

/// Everything staff did, newest first (the latest 200): the platform admin's.
#[utoipa::path(get, path = "/api/v1/staff/audit", tag = "staff",
    params(NoQuery, LangQuery),
    security(("staff_session" = [])),
    responses((status = 200, body = Vec<AuditRecord>),
              (status = 401, body = ventanilla_core::api::Problem, content_type = "application/problem+json",
               description = "`staff.signed_out`: no session, or it has expired"),
              (status = 404, body = ventanilla_core::api::Problem, content_type = "application/problem+json",
               description = "The person is not a platform admin")))]
pub async fn whole_log(
    State(state): State<AppState>,
    Query(NoQuery {}): Query<NoQuery>,
    signed_in: SignedIn,
) -> Result<Json<Vec<AuditRecord>>, ApiProblem> {
    if !signed_in.is_platform_admin() {
        return Err(not_yours());
    }
    state.db.run(move |conn| log(conn, None).map(Json)).await
}
