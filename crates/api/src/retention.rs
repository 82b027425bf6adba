//! Personal data kept no longer than it serves: the answers of an
//! application resolved more than the retention period ago are deleted. Its
//! folio, the applicant's CURP (which tracking asks for) and its status
//! history stay, so the citizen can still see how it ended.

use std::time::Duration;

use rusqlite::{Connection, params};
use ventanilla_core::api::Status;

use crate::audit::{self, Entry};
use crate::db::write_transaction;
use crate::{Database, clock};

/// How often the server looks for answers to delete.
const EVERY: Duration = Duration::from_secs(60 * 60);

/// How long the answers of a resolved application are kept.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Retention {
    pub days: u32,
}

impl Default for Retention {
    fn default() -> Self {
        Retention { days: 90 }
    }
}

/// Deletes the answers of the applications resolved before `retention`
/// ago, and records it in the audit log; how many.
pub fn purge(conn: &Connection, retention: Retention) -> rusqlite::Result<usize> {
    let now = clock::now();
    let before = clock::rfc3339(now - i64::from(retention.days) * 24 * 60 * 60);
    let resolved = Status::ALL
        .into_iter()
        .filter(|status| status.is_resolved())
        .map(|status| format!("'{}'", status.code()))
        .collect::<Vec<_>>()
        .join(", ");
    let due = format!(
        "SELECT folio FROM applications WHERE answers_deleted_at IS NULL AND status IN ({resolved})
           AND folio IN (SELECT folio FROM status_history WHERE status IN ({resolved}) AND at < ?1)"
    );
    let tx = write_transaction(conn)?;
    // The applicant's replies are answers too.
    tx.execute(
        &format!("UPDATE status_history SET reply = NULL WHERE reply IS NOT NULL AND folio IN ({due})"),
        [&before],
    )?;
    let deleted = tx.execute(
        &format!("UPDATE applications SET answers = '{{}}', answers_deleted_at = ?2 WHERE folio IN ({due})"),
        params![before, clock::rfc3339(now)],
    )?;
    if deleted > 0 {
        let count = deleted.to_string();
        audit::record(
            &tx,
            &Entry {
                actor: "retention",
                client: "server",
                action: "applications.answers_deleted",
                subject: &format!("resolved before {before}"),
                before: None,
                after: Some(&count),
                agency: None,
            },
        )?;
    }
    tx.commit()?;
    Ok(deleted)
}

/// Purges now and then every hour, for as long as the server runs.
pub async fn run(db: Database, retention: Retention) {
    let mut every = tokio::time::interval(EVERY);
    loop {
        every.tick().await;
        match db.run(move |conn| Ok(purge(conn, retention)?)).await {
            Ok(0) => {}
            Ok(deleted) => tracing::info!(deleted, "answers of resolved applications deleted"),
            Err(_) => tracing::error!("the retention purge failed; it runs again in an hour"),
        }
    }
}
