//! `POST /api/v1/staff/agencies/{agency}/files`: an editor uploads a file
//! to attach to the agency's content. Its kind is judged by its content;
//! its bytes go to the file store's folder, never into the database.

use axum::Json;
use axum::body::Body;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use ventanilla_core::api::{LangQuery, Problem, UPLOAD_MAX_BYTES, UPLOAD_TYPES, Upload, UploadQuery, upload_name};

use super::editing::writer;
use super::sms::Client;
use crate::AppState;
use crate::content::files;
use crate::params::Query;
use crate::problem::ApiProblem;
use crate::staff::session::SignedIn;
use crate::{clock, fingerprint};

/// Keeps the file in the request's body, whatever its `Content-Type` says.
#[utoipa::path(post, path = "/api/v1/staff/agencies/{agency}/files", tag = "editing",
    params(("agency" = String, Path, description = "The agency's slug"), UploadQuery, LangQuery),
    request_body(content = Vec<u8>, content_type = "application/octet-stream",
                 description = "The file: a PDF, a spreadsheet (XLSX, ODS), a document (DOCX, ODT) or an image (PNG, JPEG), 10 MiB at most"),
    security(("staff_session" = [])),
    responses((status = 201, body = Upload),
              (status = 401, body = Problem, content_type = "application/problem+json",
               description = "`staff.signed_out`: no session, or it has expired"),
              (status = 403, body = Problem, content_type = "application/problem+json",
               description = "`staff.csrf`: the session's CSRF token is missing"),
              (status = 404, body = Problem, content_type = "application/problem+json",
               description = "No such agency, or the person is neither its editor nor its publisher"),
              (status = 413, body = Problem, content_type = "application/problem+json",
               description = "`upload.too_large`: over 10 MiB"),
              (status = 415, body = Problem, content_type = "application/problem+json",
               description = "`upload.type`: its content is none of the kinds taken"),
              (status = 422, body = Problem, content_type = "application/problem+json",
               description = "A parameter not understood"),
              (status = 503, body = Problem, content_type = "application/problem+json",
               description = "`upload.no_store`: the server keeps no files")))]
pub async fn upload(
    State(state): State<AppState>,
    Query(UploadQuery { name }): Query<UploadQuery>,
    Client(client): Client,
    signed_in: SignedIn,
    Path(agency): Path<String>,
    body: Body,
) -> Result<(StatusCode, Json<Upload>), ApiProblem> {
    writer(&signed_in, &agency)?;
    let store = state.file_store.clone().ok_or_else(|| {
        ApiProblem::new(StatusCode::SERVICE_UNAVAILABLE, "upload.no_store", "No file store")
            .detail("This server was started without a folder for files")
    })?;
    let bytes = axum::body::to_bytes(body, UPLOAD_MAX_BYTES).await.map_err(|_| {
        ApiProblem::new(StatusCode::PAYLOAD_TOO_LARGE, "upload.too_large", "File too large")
            .detail(format!("At most {UPLOAD_MAX_BYTES} bytes"))
    })?;
    let (media_type, extension) = files::sniff(&bytes).ok_or_else(|| {
        let taken: Vec<&str> = UPLOAD_TYPES.iter().map(|(media_type, _)| *media_type).collect();
        ApiProblem::new(
            StatusCode::UNSUPPORTED_MEDIA_TYPE,
            "upload.type",
            "Not a kind of file taken",
        )
        .detail(format!("Its content is none of: {}", taken.join(", ")))
    })?;
    let sha256 = fingerprint::sha256(&bytes);
    let file = upload_name(&sha256, &name.0, extension);
    let kept = {
        let (store, sha256, bytes) = (store.clone(), sha256.clone(), bytes.clone());
        tokio::task::spawn_blocking(move || files::keep(&store, &sha256, &bytes)).await
    };
    kept.map_err(|_| ApiProblem::internal())?.map_err(|error| {
        tracing::error!(%error, "the file store refused a file");
        ApiProblem::internal()
    })?;
    let size_bytes = bytes.len() as u64;
    let upload = Upload {
        url: files::url(&file),
        file,
        media_type: media_type.into(),
        size_bytes,
    };
    let recorded = upload.clone();
    state
        .db
        .run(move |conn| {
            let kept = files::Kept {
                file: &recorded.file,
                agency: &agency,
                media_type: &recorded.media_type,
                size_bytes,
                sha256: &sha256,
                by: &signed_in.email,
                client: &client,
            };
            files::record(conn, &kept, clock::now())
        })
        .await?;
    Ok((StatusCode::CREATED, Json(upload)))
}
