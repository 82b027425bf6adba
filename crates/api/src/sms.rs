//! Text messages. Every SMS is first written to the outbox table in the
//! same transaction as the change it reports; once that is committed, a
//! gateway delivers it. The default gateway delivers nothing: in development
//! the outbox is the phone (`GET /api/v1/dev/sms-outbox`).

use fluent_bundle::FluentArgs;
use rusqlite::{Connection, params};
use ventanilla_core::api::Status;
use ventanilla_core::lang::Lang;

use crate::clock;

/// Delivers the messages written to the outbox, e.g. through a telecom's
/// API. Called once the message is committed, so nothing is texted about a
/// change that was rolled back.
pub trait SmsGateway: Send + Sync {
    fn deliver(&self, phone: &str, body: &str);
}

/// The default: messages stay in the outbox.
pub struct OutboxOnly;

impl SmsGateway for OutboxOnly {
    fn deliver(&self, _phone: &str, _body: &str) {}
}

/// A text written to the outbox, to deliver after the commit.
pub struct Sms {
    phone: String,
    body: String,
}

impl Sms {
    /// Writes the message to the outbox, in the caller's transaction.
    pub fn queue(conn: &Connection, phone: &str, body: String) -> rusqlite::Result<Sms> {
        conn.execute(
            "INSERT INTO sms_outbox (phone, body, created_at) VALUES (?1, ?2, ?3)",
            params![phone, body, clock::now()],
        )?;
        Ok(Sms {
            phone: phone.to_owned(),
            body,
        })
    }

    pub fn deliver(&self, gateway: &dyn SmsGateway) {
        gateway.deliver(&self.phone, &self.body);
    }
}

/// The text that carries a one-time code.
pub fn code_message(lang: Lang, folio: &str, code: &str) -> String {
    say(lang, "sms-code", &[("folio", folio), ("code", code)])
}

/// The text that reports a new status, with what the agency asks for.
pub fn status_message(lang: Lang, folio: &str, status: Status, note: Option<&str>) -> String {
    match (status, note) {
        (Status::InformationRequested, Some(note)) => {
            say(lang, "sms-information-requested", &[("folio", folio), ("note", note)])
        }
        _ => say(lang, "sms-status", &[("folio", folio), ("status", status.code())]),
    }
}

fn say(lang: Lang, key: &str, args: &[(&'static str, &str)]) -> String {
    let args: FluentArgs = args.iter().map(|&(name, value)| (name, value.to_owned())).collect();
    ventanilla::i18n::format(lang, key, Some(&args))
}
