//! E-mail, as SMS: each message is written to the outbox table in the
//! transaction of the change it reports, for a relay to deliver once
//! committed. In development the outbox is the mailbox
//! (`GET /api/v1/dev/mail-outbox`).

use fluent_bundle::FluentArgs;
use rusqlite::{Connection, params};
use ventanilla_core::lang::Lang;

use crate::clock;

/// Writes a message to the outbox, in the caller's transaction.
pub fn queue(conn: &Connection, address: &str, subject: &str, body: &str) -> rusqlite::Result<()> {
    conn.execute(
        "INSERT INTO mail_outbox (address, subject, body, created_at) VALUES (?1, ?2, ?3, ?4)",
        params![address, subject, body, clock::now()],
    )?;
    Ok(())
}

/// The invitation to set up a staff account: its subject and body, with
/// the enrolment `link` and the `days` it is good for.
pub fn invitation(lang: Lang, link: &str, days: i64) -> (String, String) {
    let mut args = FluentArgs::new();
    args.set("link", link.to_owned());
    args.set("days", days);
    (
        ventanilla::i18n::format(lang, "mail-invitation-subject", None),
        ventanilla::i18n::format(lang, "mail-invitation-body", Some(&args)),
    )
}
