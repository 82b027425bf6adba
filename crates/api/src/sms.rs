//! Text messages. Every SMS is first written to the outbox table in the
//! same transaction as the change it reports; once that is committed, a
//! gateway delivers it. The default gateway delivers nothing: in development
//! the outbox is the phone (`GET /api/v1/dev/sms-outbox`).

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
    match lang {
        Lang::Es => {
            format!("Ventanilla: tu código para recibir avisos de la solicitud {folio} es {code}. Vence en 10 minutos.")
        }
        Lang::En => {
            format!("Ventanilla: your code to get updates on application {folio} is {code}. It expires in 10 minutes.")
        }
    }
}

/// The text that reports a new status.
pub fn status_message(lang: Lang, folio: &str, status: Status) -> String {
    let name = match (lang, status) {
        (Lang::Es, Status::Received) => "recibida",
        (Lang::Es, Status::InReview) => "en revisión",
        (Lang::Es, Status::Resolved) => "resuelta",
        (Lang::En, Status::Received) => "received",
        (Lang::En, Status::InReview) => "in review",
        (Lang::En, Status::Resolved) => "resolved",
    };
    match lang {
        Lang::Es => format!("Ventanilla: tu solicitud {folio} ahora está {name}."),
        Lang::En => format!("Ventanilla: your application {folio} is now {name}."),
    }
}
