//! The audit trail: every staff action, appended to `audit_log` and chained
//! by hash. Each entry's hash covers its own fields and the hash before it,
//! so editing or deleting a row breaks every hash from there on, which
//! [`verify`] finds.

use rusqlite::{Connection, OptionalExtension, params};

use crate::{clock, fingerprint};

/// One staff action: who did what to which subject, from where, and what
/// changed (as short JSON or text; never a citizen's answers).
pub struct Entry<'a> {
    /// The staff member's e-mail, or `cli` for the command line.
    pub actor: &'a str,
    /// The client's address.
    pub client: &'a str,
    /// What was done, e.g. `staff.sign_in`.
    pub action: &'a str,
    /// What it was done to, e.g. an e-mail or a folio.
    pub subject: &'a str,
    pub before: Option<&'a str>,
    pub after: Option<&'a str>,
    /// The agency it was done in, whose admins read it; none for what
    /// concerns a person's own account or the whole platform.
    pub agency: Option<&'a str>,
}

impl<'a> Entry<'a> {
    /// What a person did to their own account (signing in, enrolling): they
    /// are its subject too, and nothing else changed.
    pub fn own_account(email: &'a str, client: &'a str, action: &'a str) -> Self {
        Entry {
            actor: email,
            client,
            action,
            subject: email,
            before: None,
            after: None,
            agency: None,
        }
    }
}

/// Appends `entry`, chained to the last one. Call it inside the transaction
/// of the action it records: both land, or neither.
pub fn record(conn: &Connection, entry: &Entry) -> rusqlite::Result<()> {
    let previous: String = conn
        .query_row("SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1", [], |row| {
            row.get(0)
        })
        .optional()?
        .unwrap_or_default();
    let at = clock::now();
    let hash = chain(&previous, at, entry);
    conn.execute(
        "INSERT INTO audit_log (at, actor, client, action, subject, before, after, agency, hash)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
        params![
            at,
            entry.actor,
            entry.client,
            entry.action,
            entry.subject,
            entry.before,
            entry.after,
            entry.agency,
            hash
        ],
    )?;
    Ok(())
}

/// The hash of `entry` at `at` after `previous`: each field length-prefixed,
/// so that no two different entries give the same input. The agency comes
/// last, and only when there is one: the entries from before it was kept
/// hash as they did.
fn chain(previous: &str, at: i64, entry: &Entry) -> String {
    let at = at.to_string();
    let fields = [
        Some(previous),
        Some(at.as_str()),
        Some(entry.actor),
        Some(entry.client),
        Some(entry.action),
        Some(entry.subject),
        entry.before,
        entry.after,
    ];
    let mut input = String::new();
    for field in fields {
        match field {
            Some(text) => input += &format!("{}:{text};", text.len()),
            None => input += "-;",
        }
    }
    if let Some(agency) = entry.agency {
        input += &format!("agency {}:{agency};", agency.len());
    }
    fingerprint::sha256(input)
}

/// Whether the log is whole: the number of entries, or the id of the first
/// one whose hash is not what its fields and the previous hash give (the
/// first edited row, or the first after a deleted one).
pub fn verify(conn: &Connection) -> rusqlite::Result<Result<u64, i64>> {
    let mut statement = conn.prepare(
        "SELECT id, at, actor, client, action, subject, before, after, agency, hash FROM audit_log ORDER BY id",
    )?;
    let mut rows = statement.query([])?;
    let mut previous = String::new();
    let mut count = 0;
    while let Some(row) = rows.next()? {
        let id: i64 = row.get(0)?;
        let (actor, client, action, subject): (String, String, String, String) =
            (row.get(2)?, row.get(3)?, row.get(4)?, row.get(5)?);
        let (before, after, agency): (Option<String>, Option<String>, Option<String>) =
            (row.get(6)?, row.get(7)?, row.get(8)?);
        let stored: String = row.get(9)?;
        let entry = Entry {
            actor: &actor,
            client: &client,
            action: &action,
            subject: &subject,
            before: before.as_deref(),
            after: after.as_deref(),
            agency: agency.as_deref(),
        };
        if chain(&previous, row.get(1)?, &entry) != stored {
            return Ok(Err(id));
        }
        previous = stored;
        count += 1;
    }
    Ok(Ok(count))
}
