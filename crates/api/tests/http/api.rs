//! The API over real HTTP against a temporary database.

use crate::support::Server;
use reqwest::StatusCode;
use serde_json::Value;
use ventanilla_core::api::{Category, CurpRecord, Health, Problem};

const KNOWN_CURP: &str = "GOML850312MDFNPR02";

async fn problem(response: reqwest::Response) -> Problem {
    assert_eq!(response.headers()["content-type"], "application/problem+json");
    response.json().await.unwrap()
}

#[tokio::test]
async fn health_answers_ok() {
    let server = Server::start().await;
    let response = server.get("/api/v1/health").await;
    assert_eq!(response.status(), StatusCode::OK);
    let health: Health = response.json().await.unwrap();
    assert_eq!(health.status, "ok");
}

#[tokio::test]
async fn categories_are_seeded_in_both_languages() {
    let server = Server::start().await;
    let es: Vec<Category> = server.get("/api/v1/categories?lang=es").await.json().await.unwrap();
    let en: Vec<Category> = server.get("/api/v1/categories?lang=en").await.json().await.unwrap();
    assert!(es.len() >= 8, "at least eight categories, got {}", es.len());
    assert_eq!(
        es.iter().map(|c| &c.slug).collect::<Vec<_>>(),
        en.iter().map(|c| &c.slug).collect::<Vec<_>>()
    );
    let health_es = es.iter().find(|c| c.slug == "salud").unwrap();
    let health_en = en.iter().find(|c| c.slug == "salud").unwrap();
    assert_eq!(health_es.name, "Salud");
    assert_eq!(health_en.name, "Health");
}

#[tokio::test]
async fn language_follows_accept_language_unless_asked() {
    let server = Server::start().await;
    let url = format!("{}/api/v1/categories", server.base);
    let by_header: Vec<Category> = server
        .client
        .get(&url)
        .header("accept-language", "en-US,en;q=0.9")
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(by_header[0].name, "Identity and civil registry");
    let by_query: Vec<Category> = server
        .client
        .get(format!("{url}?lang=es"))
        .header("accept-language", "en")
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(by_query[0].name, "Identidad y registro civil");
    let default: Vec<Category> = server.get("/api/v1/categories").await.json().await.unwrap();
    assert_eq!(default[0].name, "Identidad y registro civil");
}

#[tokio::test]
async fn unsupported_language_is_a_422_naming_the_parameter() {
    let server = Server::start().await;
    let response = server.get("/api/v1/categories?lang=fr").await;
    assert_eq!(response.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let problem = problem(response).await;
    assert_eq!(problem.code, "lang.unknown");
    assert_eq!(problem.parameter.as_deref(), Some("lang"));
}

#[tokio::test]
async fn a_known_curp_returns_the_record_even_when_typed_loosely() {
    let server = Server::start().await;
    let response = server.get("/api/v1/curp/goml-850312-mdfnpr02?lang=en").await;
    assert_eq!(response.status(), StatusCode::OK);
    let record: CurpRecord = response.json().await.unwrap();
    assert_eq!(record.curp, KNOWN_CURP);
    assert_eq!(record.given_names, "María Lourdes");
    assert_eq!(record.birth_state_name, "Mexico City");
    assert_eq!(record.birth_date, "1985-03-12");
    // Like every other operation, it says so when asked something it does not take.
    let unknown = server.get("/api/v1/curp/goml-850312-mdfnpr02?nombre=maria").await;
    assert_eq!(unknown.status(), StatusCode::BAD_REQUEST);
    assert_eq!(problem(unknown).await.code, "query.unknown_parameter");
}

#[tokio::test]
async fn an_invalid_curp_is_a_422_naming_the_failed_rule() {
    let server = Server::start().await;
    for (curp, code) in [
        ("GOML850312MDFNPR03", "curp.check_digit"),
        ("GOML850312MDFNPR0", "curp.length"),
        ("GOML851312MDFNPR02", "curp.date"),
    ] {
        let response = server.get(&format!("/api/v1/curp/{curp}")).await;
        assert_eq!(response.status(), StatusCode::UNPROCESSABLE_ENTITY, "{curp}");
        assert_eq!(problem(response).await.code, code, "{curp}");
    }
}

#[tokio::test]
async fn a_valid_unknown_curp_is_a_404() {
    let server = Server::start().await;
    let response = server.get("/api/v1/curp/HEGG560427MVZRRL04").await;
    assert_eq!(response.status(), StatusCode::NOT_FOUND);
    assert_eq!(problem(response).await.code, "not_found");
}

#[tokio::test]
async fn every_seeded_curp_is_valid_and_found() {
    let server = Server::start().await;
    let seed: Vec<Value> = serde_json::from_str(include_str!("../../seed/curp_registry.json")).unwrap();
    for person in seed {
        let curp = person["curp"].as_str().unwrap();
        ventanilla_core::validate::curp(curp).unwrap_or_else(|e| panic!("{curp}: {e:?}"));
        assert_eq!(
            server.get(&format!("/api/v1/curp/{curp}")).await.status(),
            StatusCode::OK
        );
    }
}

#[tokio::test]
async fn unknown_endpoints_and_methods_are_problems() {
    let server = Server::start().await;
    let response = server.get("/api/v1/nothing-here").await;
    assert_eq!(response.status(), StatusCode::NOT_FOUND);
    assert_eq!(problem(response).await.code, "not_found");
    let response = server
        .client
        .delete(format!("{}/api/v1/categories", server.base))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::METHOD_NOT_ALLOWED);
    assert_eq!(problem(response).await.code, "method_not_allowed");
}

#[tokio::test]
async fn openapi_documents_every_endpoint() {
    let server = Server::start().await;
    let response = server.get("/api/openapi.json").await;
    assert_eq!(response.status(), StatusCode::OK);
    let doc: Value = response.json().await.unwrap();
    assert!(doc["openapi"].as_str().unwrap().starts_with("3."));
    for path in ["/api/v1/health", "/api/v1/categories", "/api/v1/curp/{curp}"] {
        assert!(doc["paths"][path]["get"].is_object(), "{path} is documented");
    }
}

#[tokio::test]
async fn api_answers_are_compressed_and_hardened() {
    let server = Server::start().await;
    let response = server
        .client
        .get(format!("{}/api/v1/categories", server.base))
        .header("accept-encoding", "br")
        .send()
        .await
        .unwrap();
    assert_eq!(response.headers()["content-encoding"], "br");
    assert_eq!(response.headers()["x-content-type-options"], "nosniff");
    assert!(
        response.headers()["content-security-policy"]
            .to_str()
            .unwrap()
            .contains("default-src 'none'")
    );
    assert_eq!(response.headers()["access-control-allow-origin"], "*");
}
