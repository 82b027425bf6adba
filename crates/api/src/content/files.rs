//! The files attached to what the agencies publish, under `/archivos/`,
//! never at the origin's root: the seed's, built into the server, and those
//! their editors upload, kept in the file store's folder by their SHA-256.

use std::path::{Path, PathBuf};

use axum::extract::{self, State};
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};
use rusqlite::{Connection, OptionalExtension, params};
use ventanilla_core::api::UPLOAD_TYPES;

use crate::audit::{self, Entry};
use crate::db::write_transaction;
use crate::problem::ApiProblem;
use crate::{AppState, clock};

const SEED: &[(&str, &[u8])] = include!(concat!(env!("OUT_DIR"), "/attachments.rs"));

/// Where files are served; the route's pattern is `{PREFIX}/{name}`.
pub const PREFIX: &str = "/archivos";

/// A file's address.
pub fn url(name: &str) -> String {
    format!("{PREFIX}/{name}")
}

/// What a page says of a file beside its link.
pub struct Described {
    pub media_type: String,
    pub size_bytes: u64,
}

/// The seed's file `name`, or an upload of that name (by `agency`, when
/// given: a draft attaches only its own agency's).
pub fn describe(conn: &Connection, name: &str, agency: Option<&str>) -> rusqlite::Result<Option<Described>> {
    if let Some((bytes, media_type)) = seed_file(name) {
        return Ok(Some(Described {
            media_type: media_type.into(),
            size_bytes: bytes.len() as u64,
        }));
    }
    conn.query_row(
        "SELECT media_type, size_bytes FROM uploads WHERE file = ?1 AND (?2 IS NULL OR agency = ?2) LIMIT 1",
        params![name, agency],
        |row| {
            Ok(Described {
                media_type: row.get(0)?,
                size_bytes: row.get(1)?,
            })
        },
    )
    .optional()
}

fn seed_file(name: &str) -> Option<(&'static [u8], &'static str)> {
    let (_, bytes) = SEED.iter().find(|(file, _)| *file == name)?;
    Some((bytes, sniff(bytes)?.0))
}

/// The kind of `bytes` among those taken (its media type and extension),
/// judged by their content, not by a file name.
pub fn sniff(bytes: &[u8]) -> Option<(&'static str, &'static str)> {
    let found = infer::get(bytes)?;
    UPLOAD_TYPES
        .into_iter()
        .find(|(media_type, _)| *media_type == found.mime_type())
}

/// Keeps `bytes` in `store` under `sha256`, once: a file uploaded again is
/// already there. Written aside first, so a half-written file is never served.
pub fn keep(store: &Path, sha256: &str, bytes: &[u8]) -> std::io::Result<()> {
    let path = store.join(sha256);
    if path.exists() {
        return Ok(());
    }
    std::fs::create_dir_all(store)?;
    let partial = store.join(format!("{sha256}.partial"));
    std::fs::write(&partial, bytes)?;
    std::fs::rename(partial, path)
}

/// A file kept in the store, as one of its agency's uploads.
pub struct Kept<'a> {
    pub file: &'a str,
    pub agency: &'a str,
    pub media_type: &'a str,
    pub size_bytes: u64,
    pub sha256: &'a str,
    /// Who uploaded it, from where, as the audit log names them.
    pub by: &'a str,
    pub client: &'a str,
}

/// Records `kept` as its agency's upload (once), and in the audit log.
pub fn record(conn: &Connection, kept: &Kept, now: i64) -> Result<(), ApiProblem> {
    let tx = write_transaction(conn)?;
    tx.execute(
        "INSERT OR IGNORE INTO uploads (file, agency, media_type, size_bytes, sha256, uploaded_by, uploaded_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
        params![
            kept.file,
            kept.agency,
            kept.media_type,
            kept.size_bytes,
            kept.sha256,
            kept.by,
            clock::rfc3339(now)
        ],
    )?;
    audit::record(
        &tx,
        &Entry {
            actor: kept.by,
            client: kept.client,
            action: "content.upload",
            subject: &format!("{}/{}", kept.agency, kept.file),
            before: None,
            after: Some(kept.media_type),
            agency: Some(kept.agency),
        },
    )?;
    Ok(tx.commit()?)
}

/// A file, downloaded rather than opened in the site's origin: whatever it
/// holds, it cannot run as a page of ours.
pub async fn serve(State(state): State<AppState>, extract::Path(name): extract::Path<String>) -> Response {
    let found = match seed_file(&name) {
        Some((bytes, media_type)) => Some((bytes.to_vec(), media_type.to_owned())),
        None => uploaded(&state, name.clone()).await,
    };
    let Some((bytes, media_type)) = found else {
        return StatusCode::NOT_FOUND.into_response();
    };
    (
        [
            (header::CONTENT_TYPE, media_type),
            (header::CONTENT_DISPOSITION, format!("attachment; filename=\"{name}\"")),
            (
                header::CONTENT_SECURITY_POLICY,
                "default-src 'none'; sandbox".to_owned(),
            ),
            (header::CACHE_CONTROL, "public, max-age=86400".to_owned()),
        ],
        bytes,
    )
        .into_response()
}

/// An upload's bytes and media type, read from the file store.
async fn uploaded(state: &AppState, name: String) -> Option<(Vec<u8>, String)> {
    let store: PathBuf = state.file_store.as_deref()?.to_owned();
    let (sha256, media_type): (String, String) = state
        .db
        .run(move |conn| {
            Ok(conn
                .query_row(
                    "SELECT sha256, media_type FROM uploads WHERE file = ?1 LIMIT 1",
                    params![name],
                    |row| Ok((row.get(0)?, row.get(1)?)),
                )
                .optional()?)
        })
        .await
        .ok()??;
    let bytes = tokio::task::spawn_blocking(move || std::fs::read(store.join(sha256)))
        .await
        .ok()?
        .ok()?;
    Some((bytes, media_type))
}
