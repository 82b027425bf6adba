//! The embedded SQLite database: a few connections shared by the request
//! handlers, the schema, and the seed loaded on first start.

pub(crate) mod seed;

use std::path::Path;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};

use rusqlite::{Connection, Transaction, TransactionBehavior};

use crate::problem::ApiProblem;

/// 2 added online procedures: forms, applications and SMS; 3 staff and
/// the audit log; 4 the caseworkers' decisions, notes and replies, the
/// mail outbox and the audit log's agency; 5 the agencies' content; 6 its
/// editors' versions and workflow; 7 their uploads; 8 the old addresses
/// of imported pages.
const SCHEMA_VERSION: i32 = 8;
const SCHEMA: &str = include_str!("db/schema.sql");

#[derive(Clone)]
pub struct Database {
    connections: Arc<[Mutex<Connection>]>,
    next: Arc<AtomicUsize>,
}

impl Database {
    /// Opens the file, creating the schema and loading the seed when it is new.
    pub fn open(path: &Path) -> rusqlite::Result<Database> {
        let mut first = Connection::open(path)?;
        configure(&first)?;
        migrate(&mut first)?;
        let size = std::thread::available_parallelism().map_or(2, |n| n.get()) * 2;
        let mut connections = vec![Mutex::new(first)];
        for _ in 1..size {
            let connection = Connection::open(path)?;
            configure(&connection)?;
            connections.push(Mutex::new(connection));
        }
        Ok(Database {
            connections: connections.into(),
            next: Arc::default(),
        })
    }

    /// Runs `work` on a connection now, blocking: for start-up.
    pub fn blocking<T>(&self, work: impl FnOnce(&Connection) -> T) -> T {
        work(&self.connections[0].lock().unwrap_or_else(|poison| poison.into_inner()))
    }

    /// Like [`Database::blocking`], for work that needs a transaction.
    pub fn blocking_mut<T>(&self, work: impl FnOnce(&mut Connection) -> T) -> T {
        work(&mut self.connections[0].lock().unwrap_or_else(|poison| poison.into_inner()))
    }

    /// Runs `work` on a pooled connection off the async threads.
    pub async fn run<T, F>(&self, work: F) -> Result<T, ApiProblem>
    where
        T: Send + 'static,
        F: FnOnce(&Connection) -> Result<T, ApiProblem> + Send + 'static,
    {
        let index = self.next.fetch_add(1, Ordering::Relaxed) % self.connections.len();
        let connections = Arc::clone(&self.connections);
        tokio::task::spawn_blocking(move || {
            // A panic while holding the lock leaves the connection usable: SQLite rolls back.
            let connection = connections[index].lock().unwrap_or_else(|poison| poison.into_inner());
            work(&connection)
        })
        .await
        .map_err(|_| ApiProblem::internal())?
    }
}

/// A transaction holding the write lock from its start: what it reads (a
/// count against a limit, a status to move on) cannot change under it, even
/// with other connections writing. A deferred one would fail with "busy"
/// when it came to write after another had.
pub fn write_transaction(connection: &Connection) -> rusqlite::Result<Transaction<'_>> {
    Transaction::new_unchecked(connection, TransactionBehavior::Immediate)
}

fn configure(connection: &Connection) -> rusqlite::Result<()> {
    connection.busy_timeout(std::time::Duration::from_secs(5))?;
    connection.pragma_update(None, "journal_mode", "WAL")?;
    connection.pragma_update(None, "synchronous", "NORMAL")?;
    // Reads dominate: map the file and keep more pages per connection.
    connection.pragma_update(None, "mmap_size", 256 * 1024 * 1024)?;
    connection.pragma_update(None, "cache_size", -16 * 1024)?;
    connection.pragma_update(None, "foreign_keys", "ON")
}

fn migrate(connection: &mut Connection) -> rusqlite::Result<()> {
    let version: i32 = connection.pragma_query_value(None, "user_version", |row| row.get(0))?;
    if version == SCHEMA_VERSION {
        return Ok(());
    }
    let tx = connection.transaction()?;
    // Columns new to tables an older file has, before the schema indexes them.
    // Before staff, the retention's column; their tables are new and empty.
    if version == 2 {
        tx.execute_batch("ALTER TABLE applications ADD COLUMN answers_deleted_at TEXT")?;
    }
    // Before decisions: the history's words are new, and the one way to
    // resolve (the back office's) approved.
    if matches!(version, 2 | 3) {
        tx.execute_batch(
            "ALTER TABLE status_history ADD COLUMN note TEXT;
             ALTER TABLE status_history ADD COLUMN reply TEXT;
             UPDATE applications SET status = 'approved' WHERE status = 'resolved';
             UPDATE status_history SET status = 'approved' WHERE status = 'resolved';",
        )?;
    }
    // Before the agencies' admins read their log: its entries named no agency.
    if version == 3 {
        tx.execute_batch("ALTER TABLE audit_log ADD COLUMN agency TEXT")?;
    }
    tx.execute_batch(SCHEMA)?;
    match version {
        0 => seed::load(&tx)?,
        // A catalogue from before the procedures: add their forms, and the content.
        1 => {
            seed::forms::load(&tx)?;
            seed::content::load(&tx)?
        }
        // A catalogue from before the agencies' content: add what they published.
        2..=4 => seed::content::load(&tx)?,
        // Content from before its workflow: loaded again, with its first versions.
        5 => {
            tx.execute_batch(
                "DELETE FROM content_topics; DELETE FROM content; DELETE FROM search_index WHERE kind = 'content';",
            )?;
            seed::content::load(&tx)?
        }
        _ => {}
    }
    tx.pragma_update(None, "user_version", SCHEMA_VERSION)?;
    tx.commit()
}
