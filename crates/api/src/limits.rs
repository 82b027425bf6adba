//! Rate limits counted in the database, so that they hold across server
//! processes: how many rows of a kind one phone, client or e-mail made in a
//! sliding window.

use rusqlite::{Connection, params};

/// What is counted: a table, its column of seconds since 1970, and the
/// column that names who made each row.
pub struct Counted {
    pub table: &'static str,
    pub at: &'static str,
    pub by: &'static str,
}

/// Seconds to wait when `value` has made `limit` rows in the last `window`
/// seconds (until the oldest of them leaves the window); none when under.
pub fn wait(
    conn: &Connection,
    counted: &Counted,
    value: &str,
    (limit, window): (i64, i64),
    now: i64,
) -> rusqlite::Result<Option<i64>> {
    let Counted { table, at, by } = counted;
    let (count, oldest): (i64, Option<i64>) = conn.query_row(
        &format!("SELECT COUNT(*), MIN({at}) FROM {table} WHERE {by} = ?1 AND {at} > ?2"),
        params![value, now - window],
        |row| Ok((row.get(0)?, row.get(1)?)),
    )?;
    Ok((count >= limit).then(|| oldest.map_or(window, |t| t + window - now).max(1)))
}
