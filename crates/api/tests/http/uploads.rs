//! Editors' uploads: a file's kind judged by its content whatever its name
//! and type say (415 otherwise), the size limit (413), only the agency's
//! editors and publishers, its bytes in the file store's folder, served to
//! download (never to run in our origin), attached to a draft only by its
//! own agency.

use reqwest::StatusCode;
use serde_json::{Value, json};

use crate::staff::{Staff, signed_in};
use crate::support::Server;

const FILES: &str = "/api/v1/staff/agencies/imss/files";
const PDF: &[u8] = include_bytes!("../../seed/content/files/imss-financial-report-2025-2026-summary-en.pdf");
/// The smallest PNG: one transparent pixel.
const PNG: &[u8] = &[
    0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52, 0x00, 0x00, 0x00,
    0x01, 0x00, 0x00, 0x00, 0x01, 0x08, 0x06, 0x00, 0x00, 0x00, 0x1F, 0x15, 0xC4, 0x89, 0x00, 0x00, 0x00, 0x0D, 0x49,
    0x44, 0x41, 0x54, 0x78, 0x9C, 0x63, 0x00, 0x01, 0x00, 0x00, 0x05, 0x00, 0x01, 0x0D, 0x0A, 0x2D, 0xB4, 0x00, 0x00,
    0x00, 0x00, 0x49, 0x45, 0x4E, 0x44, 0xAE, 0x42, 0x60, 0x82,
];

async fn upload(who: &Staff, server: &Server, name: &str, bytes: &[u8], content_type: &str) -> reqwest::Response {
    let path = format!("{FILES}?name={}", name.replace(' ', "%20"));
    who.post_bytes(server, &path, bytes.to_vec(), content_type).await
}

async fn code(answer: reqwest::Response) -> String {
    answer.json::<Value>().await.unwrap()["code"]
        .as_str()
        .unwrap_or_default()
        .to_owned()
}

#[tokio::test]
async fn a_file_is_taken_by_what_it_holds_and_served_only_to_download() {
    let server = Server::start().await;
    let editor = signed_in(&server, "editora@imss.gob.mx", "editor", Some("imss")).await;

    // Said to be text, named a PDF: what it holds is a PDF, so it is one.
    let answer = upload(&editor, &server, "Informe financiero 2025-2026.pdf", PDF, "text/plain").await;
    assert_eq!(answer.status(), StatusCode::CREATED);
    let uploaded: Value = answer.json().await.unwrap();
    let file = uploaded["file"].as_str().unwrap().to_owned();
    assert!(file.ends_with("-informe-financiero-2025-2026.pdf"), "{file}");
    assert_eq!(uploaded["media_type"], "application/pdf");
    assert_eq!(uploaded["size_bytes"], PDF.len());
    // The same file again is the same file.
    let again: Value = upload(
        &editor,
        &server,
        "Informe financiero 2025-2026.pdf",
        PDF,
        "application/pdf",
    )
    .await
    .json()
    .await
    .unwrap();
    assert_eq!(again["file"], file.as_str());

    // Its bytes are in the folder, once, by their hash; the database holds none.
    let kept: Vec<_> = std::fs::read_dir(server.file_store()).unwrap().collect();
    assert_eq!(kept.len(), 1);
    let blobs: i64 = server
        .sql()
        .query_row("SELECT COUNT(*) FROM uploads WHERE length(sha256) = 64", [], |row| {
            row.get(0)
        })
        .unwrap();
    assert_eq!(blobs, 1);

    let served = server.get(uploaded["url"].as_str().unwrap()).await;
    assert_eq!(served.status(), StatusCode::OK);
    let header = |name: &str| served.headers()[name].to_str().unwrap().to_owned();
    assert_eq!(header("content-type"), "application/pdf");
    assert_eq!(
        header("content-disposition"),
        format!("attachment; filename=\"{file}\"")
    );
    assert_eq!(header("x-content-type-options"), "nosniff");
    assert_eq!(header("content-security-policy"), "default-src 'none'; sandbox");
    assert!(uploaded["url"].as_str().unwrap().starts_with("/archivos/"));
    assert_eq!(served.bytes().await.unwrap().as_ref(), PDF);

    // An image for a body, whatever it is called.
    let image: Value = upload(&editor, &server, "mapa", PNG, "application/octet-stream")
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(image["media_type"], "image/png");
    assert!(image["file"].as_str().unwrap().ends_with("-mapa.png"));

    // Each upload is in the agency's audit trail.
    let audited: i64 = server
        .sql()
        .query_row(
            "SELECT COUNT(*) FROM audit_log WHERE action = 'content.upload' AND agency = 'imss' AND actor = 'editora@imss.gob.mx'",
            [],
            |row| row.get(0),
        )
        .unwrap();
    assert_eq!(audited, 3);
}

#[tokio::test]
async fn what_is_not_a_document_or_an_image_is_refused_as_is_a_file_too_large() {
    let server = Server::start().await;
    let editor = signed_in(&server, "editora@imss.gob.mx", "editor", Some("imss")).await;

    // A page that would run as ours, a program, a text: named PDFs, all refused.
    let html = b"<!doctype html><script>alert(document.cookie)</script>".to_vec();
    let mut program = b"MZ\x90\x00\x03\x00\x00\x00".to_vec();
    program.resize(512, 0);
    for bytes in [html, program, b"solo texto".to_vec(), Vec::new()] {
        let answer = upload(&editor, &server, "informe.pdf", &bytes, "application/pdf").await;
        assert_eq!(answer.status(), StatusCode::UNSUPPORTED_MEDIA_TYPE);
        assert_eq!(answer.headers()["content-type"], "application/problem+json");
        assert_eq!(code(answer).await, "upload.type");
    }

    let mut large = PDF.to_vec();
    large.resize(ventanilla_core::api::UPLOAD_MAX_BYTES + 1, b' ');
    let answer = upload(&editor, &server, "grande.pdf", &large, "application/pdf").await;
    assert_eq!(answer.status(), StatusCode::PAYLOAD_TOO_LARGE);
    assert_eq!(code(answer).await, "upload.too_large");
    // Exactly at the limit, it is taken.
    large.truncate(ventanilla_core::api::UPLOAD_MAX_BYTES);
    let answer = upload(&editor, &server, "grande.pdf", &large, "application/pdf").await;
    assert_eq!(answer.status(), StatusCode::CREATED);

    // Nothing refused was kept.
    assert_eq!(std::fs::read_dir(server.file_store()).unwrap().count(), 1);
}

#[tokio::test]
async fn only_the_agencys_editors_upload_and_attach_its_files() {
    let server = Server::start().await;
    let editor = signed_in(&server, "editora@imss.gob.mx", "editor", Some("imss")).await;
    let caseworker = signed_in(&server, "caso@imss.gob.mx", "caseworker", Some("imss")).await;
    let other = signed_in(&server, "editora@sre.gob.mx", "editor", Some("sre")).await;

    let answer = upload(&caseworker, &server, "informe.pdf", PDF, "application/pdf").await;
    assert_eq!(answer.status(), StatusCode::NOT_FOUND);
    let answer = upload(&other, &server, "informe.pdf", PDF, "application/pdf").await;
    assert_eq!(answer.status(), StatusCode::NOT_FOUND);
    let signed_out = server
        .client
        .post(format!("{}{FILES}?name=informe.pdf", server.base))
        .body(PDF.to_vec())
        .send()
        .await
        .unwrap();
    assert_eq!(signed_out.status(), StatusCode::UNAUTHORIZED);

    let uploaded: Value = upload(&editor, &server, "Informe.pdf", PDF, "application/pdf")
        .await
        .json()
        .await
        .unwrap();
    let draft = |slug_file: &str| {
        json!({
            "kind": "publication",
            "title": { "es": "Informe financiero 2025-2026" },
            "summary": { "es": "El resumen del informe al Ejecutivo Federal y al Congreso." },
            "body": { "es": "El informe completo, para descargar." },
            "attachments": [{ "title": { "es": "Informe (PDF)" }, "file": slug_file, "lang": "es" }],
            "accessible_format_contact": "transparencia@imss.gob.mx"
        })
    };
    let file = uploaded["file"].as_str().unwrap();
    // Its own agency's item attaches it, and its preview says what it is.
    let path = "/api/v1/staff/agencies/imss/content/informe-financiero-2025-2026";
    let answer = editor.post(&server, &format!("{path}/preview"), &draft(file)).await;
    assert_eq!(answer.status(), StatusCode::OK);
    let preview: Value = answer.json().await.unwrap();
    let attachment = &preview["item"]["attachments"][0];
    assert_eq!(attachment["media_type"], "application/pdf");
    assert_eq!(attachment["size_bytes"], PDF.len());
    assert_eq!(attachment["url"], uploaded["url"]);
    assert_eq!(editor.post(&server, path, &draft(file)).await.status(), StatusCode::OK);
    // Another agency's item does not.
    let answer = other
        .post(
            &server,
            "/api/v1/staff/agencies/sre/content/informe-ajeno",
            &draft(file),
        )
        .await;
    assert_eq!(answer.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let refused: Value = answer.json().await.unwrap();
    assert_eq!(refused["errors"][0]["field"], "attachments.0.file");
    assert_eq!(refused["errors"][0]["code"], "content.unknown");
}
