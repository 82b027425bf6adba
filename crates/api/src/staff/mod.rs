//! The agencies' people: accounts created from the command line or by an
//! admin, enrolled through a one-time link (a password and a TOTP app),
//! signed in with both, in sessions of their own.

pub mod password;
pub mod session;
pub mod totp;

use axum::http::StatusCode;
use rusqlite::{Connection, OptionalExtension, params};
use ventanilla_core::api::{Enrolled, EnrolmentStart, Invitation};

use crate::audit::{self, Entry};
use crate::db::write_transaction;
use crate::problem::ApiProblem;
use crate::{clock, fingerprint, limits};

/// An enrolment link is good for this long.
pub const ENROLMENT_LIFETIME: i64 = 7 * 24 * 60 * 60;
/// How many recovery codes an enrolment gives.
const RECOVERY_CODES: usize = 10;
/// Failed sign-ins that lock an e-mail, and for how long they count.
pub const PER_EMAIL: (i64, i64) = (5, 15 * 60);
/// Failed sign-ins that stop a client, over all e-mails.
pub const PER_CLIENT: (i64, i64) = (20, 15 * 60);

/// The failed sign-ins, counted by e-mail or by client.
fn failures_by(by: &'static str) -> limits::Counted {
    limits::Counted {
        table: "sign_in_failures",
        at: "at",
        by,
    }
}

/// Seconds until `email`'s failed sign-ins stop locking it (normalized), if
/// they lock it now.
pub fn locked_for(conn: &Connection, email: &str, now: i64) -> rusqlite::Result<Option<i64>> {
    limits::wait(
        conn,
        &failures_by("email_hash"),
        &fingerprint::sha256(email),
        PER_EMAIL,
        now,
    )
}

/// Whether the agency `slug` exists.
pub fn agency_exists(conn: &Connection, slug: &str) -> rusqlite::Result<bool> {
    conn.query_row(
        "SELECT EXISTS (SELECT 1 FROM agencies WHERE slug = ?1)",
        [slug],
        |row| row.get(0),
    )
}

/// An e-mail as accounts are keyed: trimmed, lower case.
pub fn normalize_email(email: &str) -> String {
    email.trim().to_lowercase()
}

/// Creates the account of the invitation's e-mail if it has none, grants
/// it the role, and, unless the account is enrolled already, returns a
/// fresh enrolment token for its link (an enrolled person keeps their
/// password and key). `invitation` is checked (`Invitation::check`); `actor`
/// did it, from `client`. In the caller's write transaction, with the audit
/// entry: the e-mail that carries the link goes in the same one.
pub fn add(tx: &Connection, invitation: &Invitation, actor: &str, client: &str) -> Result<Option<String>, ApiProblem> {
    let Invitation { email, role, agency } = invitation;
    if let Some(agency) = agency
        && !agency_exists(tx, agency)?
    {
        return Err(ApiProblem::not_found().detail(format!("No agency {agency:?}")));
    }
    tx.execute(
        "INSERT INTO staff (email, created_at) VALUES (?1, ?2) ON CONFLICT (email) DO NOTHING",
        params![email, clock::now()],
    )?;
    let (staff, enrolled): (i64, bool) = tx.query_row(
        "SELECT id, password_hash IS NOT NULL FROM staff WHERE email = ?1",
        [&email],
        |row| Ok((row.get(0)?, row.get(1)?)),
    )?;
    tx.execute(
        "INSERT INTO staff_roles (staff, role, agency) VALUES (?1, ?2, ?3) ON CONFLICT DO NOTHING",
        params![staff, role.code(), agency],
    )?;
    let token = (!enrolled).then(session::token);
    if let Some(token) = &token {
        tx.execute(
            "INSERT INTO staff_enrolments (token_hash, staff, totp_secret, expires_at) VALUES (?1, ?2, ?3, ?4)",
            params![
                fingerprint::sha256(token),
                staff,
                totp::new_secret(),
                clock::now() + ENROLMENT_LIFETIME
            ],
        )?;
    }
    audit::record(
        tx,
        &Entry {
            actor,
            client,
            action: "staff.invite",
            subject: email,
            before: None,
            after: Some(role.code()),
            agency: agency.as_deref(),
        },
    )?;
    Ok(token)
}

/// An enrolment link still valid.
struct OpenEnrolment {
    /// Its row, to spend it.
    id: i64,
    staff: i64,
    email: String,
    /// The TOTP key it offers.
    secret: Vec<u8>,
}

/// The enrolment that `token` opens, while it is valid.
fn open_enrolment(conn: &Connection, token: &str) -> rusqlite::Result<Option<OpenEnrolment>> {
    conn.query_row(
        "SELECT e.rowid, e.staff, s.email, e.totp_secret FROM staff_enrolments e JOIN staff s ON s.id = e.staff
         WHERE e.token_hash = ?1 AND e.used = 0 AND e.expires_at > ?2",
        params![fingerprint::sha256(token), clock::now()],
        |row| {
            Ok(OpenEnrolment {
                id: row.get(0)?,
                staff: row.get(1)?,
                email: row.get(2)?,
                secret: row.get(3)?,
            })
        },
    )
    .optional()
}

fn no_enrolment() -> ApiProblem {
    ApiProblem::not_found().detail("This enrolment link is not valid: it has been used, has expired, or never was")
}

/// What the person needs to set up their authenticator app.
pub fn enrolment(conn: &Connection, token: &str) -> Result<EnrolmentStart, ApiProblem> {
    let OpenEnrolment { email, secret, .. } = open_enrolment(conn, token)?.ok_or_else(no_enrolment)?;
    let otpauth_uri = totp::otpauth_uri(&secret, &email);
    Ok(EnrolmentStart {
        secret: totp::base32(&secret),
        qr_code: totp::qr_code(&otpauth_uri),
        otpauth_uri,
        email,
    })
}

/// Sets the account's password and second factor, if the password is
/// strong and the code comes from the key just shown; gives the recovery
/// codes, shown this once.
pub fn enrol(conn: &Connection, token: &str, password: &str, code: &str, client: &str) -> Result<Enrolled, ApiProblem> {
    let OpenEnrolment {
        id: enrolment,
        staff,
        email,
        secret,
    } = open_enrolment(conn, token)?.ok_or_else(no_enrolment)?;
    if let Some(refusal) = password::refusal(password, &email) {
        return Err(
            ApiProblem::new(StatusCode::UNPROCESSABLE_ENTITY, refusal, "Choose another password").parameter("password"),
        );
    }
    let step = totp::matching_step(&secret, code, clock::now() as u64).ok_or_else(wrong_code)?;
    let hash = password::hash(password);
    let codes: Vec<String> = (0..RECOVERY_CODES).map(|_| recovery_code()).collect();
    let tx = write_transaction(conn)?;
    // Used at once, under the lock: a second request with the same link finds it spent.
    if tx.execute(
        "UPDATE staff_enrolments SET used = 1 WHERE rowid = ?1 AND used = 0",
        [enrolment],
    )? == 0
    {
        return Err(no_enrolment());
    }
    tx.execute(
        "UPDATE staff SET password_hash = ?1, totp_secret = ?2, totp_last_step = ?3 WHERE id = ?4",
        params![hash, secret, step as i64, staff],
    )?;
    tx.execute("DELETE FROM staff_recovery_codes WHERE staff = ?1", [staff])?;
    for code in &codes {
        tx.execute(
            "INSERT INTO staff_recovery_codes (staff, code_hash) VALUES (?1, ?2)",
            params![staff, fingerprint::sha256(normalize_recovery(code))],
        )?;
    }
    // Any session from before ends: the account's secrets are new.
    tx.execute("DELETE FROM staff_sessions WHERE staff = ?1", [staff])?;
    audit::record(&tx, &Entry::own_account(&email, client, "staff.enrol"))?;
    tx.commit()?;
    Ok(Enrolled { recovery_codes: codes })
}

fn wrong_code() -> ApiProblem {
    ApiProblem::new(
        StatusCode::UNPROCESSABLE_ENTITY,
        "staff.code_wrong",
        "The code is not the app's code now",
    )
    .parameter("code")
}

/// A recovery code: 10 characters of an alphabet without look-alikes, in two groups.
fn recovery_code() -> String {
    const ALPHABET: &[u8] = b"abcdefghjkmnpqrstuvwxyz23456789";
    let mut bytes = [0u8; 10];
    getrandom::fill(&mut bytes).expect("the system has randomness");
    let chars: String = bytes
        .iter()
        .map(|b| ALPHABET[usize::from(*b) % ALPHABET.len()] as char)
        .collect();
    format!("{}-{}", &chars[..5], &chars[5..])
}

/// A recovery code as typed, compared without its dash, spaces or case.
fn normalize_recovery(code: &str) -> String {
    code.chars()
        .filter(char::is_ascii_alphanumeric)
        .map(|c| c.to_ascii_lowercase())
        .collect()
}

/// Why a sign-in failed, said the same way whatever the reason.
pub enum Refused {
    /// Wrong e-mail, password or code: nothing says which.
    Wrong,
    /// Too many failures for this e-mail or from this client: seconds to wait.
    Locked(i64),
}

/// Checks a sign-in: the limits, the password, then the code (a TOTP code
/// of a step not used before, or an unused recovery code). On success the
/// account's id; every failure is counted and audited.
pub fn sign_in(
    conn: &Connection,
    email: &str,
    password: &str,
    code: &str,
    client: &str,
) -> Result<Result<i64, Refused>, ApiProblem> {
    let email = normalize_email(email);
    let email_hash = fingerprint::sha256(&email);
    let now = clock::now();
    if let Some(wait) =
        locked_for(conn, &email, now)?.or(limits::wait(conn, &failures_by("client"), client, PER_CLIENT, now)?)
    {
        return Ok(Err(Refused::Locked(wait)));
    }
    let account: Option<(i64, Option<String>, Option<Vec<u8>>)> = conn
        .query_row(
            "SELECT id, password_hash, totp_secret FROM staff WHERE email = ?1",
            [&email],
            |row| Ok((row.get(0)?, row.get(1)?, row.get(2)?)),
        )
        .optional()?;
    let stored = account.as_ref().and_then(|(_, hash, _)| hash.as_deref());
    // Argon2 runs whether or not the account exists: the time says nothing.
    let password_ok = password::verify(stored, password);
    let tx = write_transaction(conn)?;
    let signed_in = match (&account, password_ok) {
        (Some((staff, _, Some(secret))), true) => second_factor(&tx, *staff, secret, code, now)?.then_some(*staff),
        _ => None,
    };
    let Some(staff) = signed_in else {
        tx.execute(
            "INSERT INTO sign_in_failures (client, email_hash, at) VALUES (?1, ?2, ?3)",
            params![client, email_hash, now],
        )?;
        // Only for accounts that exist: the log names no stranger's guesses.
        if account.is_some() {
            audit::record(&tx, &Entry::own_account(&email, client, "staff.sign_in_failed"))?;
        }
        tx.commit()?;
        return Ok(Err(Refused::Wrong));
    };
    audit::record(&tx, &Entry::own_account(&email, client, "staff.sign_in"))?;
    tx.commit()?;
    Ok(Ok(staff))
}

/// Whether `code` is the account's TOTP code of a step after the last one
/// used (which it then becomes), or one of its unused recovery codes (which
/// it then spends). Run under the write lock: two requests with one code
/// cannot both pass.
fn second_factor(conn: &Connection, staff: i64, secret: &[u8], code: &str, now: i64) -> rusqlite::Result<bool> {
    if let Some(step) = totp::matching_step(secret, code, now as u64) {
        let fresh = conn.execute(
            "UPDATE staff SET totp_last_step = ?1 WHERE id = ?2 AND totp_last_step < ?1",
            params![step as i64, staff],
        )?;
        return Ok(fresh == 1);
    }
    let spent = conn.execute(
        "UPDATE staff_recovery_codes SET used = 1 WHERE staff = ?1 AND code_hash = ?2 AND used = 0",
        params![staff, fingerprint::sha256(normalize_recovery(code))],
    )?;
    Ok(spent == 1)
}
