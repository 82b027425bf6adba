//! Serving the built app: the page with a fresh CSP nonce, cached and compressed assets.

use crate::support::Server;
use reqwest::StatusCode;

const INDEX: &str = r#"<!doctype html><html><head><script type="module" nonce="{{__TRUNK NONCE__}}">import init from '/app-0123456789abcdef.js';</script></head><body></body></html>"#;
const SCRIPT: &str = "export default function init() { return 'hello, hello, hello, hello'; }";

fn dist() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("index.html"), INDEX).unwrap();
    std::fs::write(dir.path().join("app-0123456789abcdef.js"), SCRIPT).unwrap();
    std::fs::write(dir.path().join("robots.txt"), "User-agent: *\n").unwrap();
    dir
}

#[tokio::test]
async fn any_route_gets_the_page_with_a_matching_fresh_nonce() {
    let dist = dist();
    let server = Server::start_with_app(Some(dist.path())).await;
    let mut nonces = Vec::new();
    for path in ["/", "/accesibilidad", "/ruta/que/no/existe"] {
        let response = server.get(path).await;
        assert_eq!(response.status(), StatusCode::OK, "{path}");
        assert_eq!(response.headers()["cache-control"], "no-cache");
        let csp = response.headers()["content-security-policy"]
            .to_str()
            .unwrap()
            .to_owned();
        assert!(!csp.contains("unsafe-inline"));
        let html = response.text().await.unwrap();
        let nonce = html
            .split("nonce=\"")
            .nth(1)
            .unwrap()
            .split('"')
            .next()
            .unwrap()
            .to_owned();
        assert_eq!(nonce.len(), 32);
        assert!(csp.contains(&format!("'nonce-{nonce}'")), "{csp}");
        nonces.push(nonce);
    }
    nonces.dedup();
    assert_eq!(nonces.len(), 3, "each answer has its own nonce");
}

#[tokio::test]
async fn hashed_assets_are_immutable_compressed_and_revalidated() {
    let dist = dist();
    let server = Server::start_with_app(Some(dist.path())).await;
    let url = format!("{}/app-0123456789abcdef.js", server.base);
    let response = server
        .client
        .get(&url)
        .header("accept-encoding", "gzip, br")
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::OK);
    assert_eq!(response.headers()["content-encoding"], "br");
    assert!(
        response.headers()["cache-control"]
            .to_str()
            .unwrap()
            .contains("immutable")
    );
    let etag = response.headers()["etag"].to_str().unwrap().to_owned();
    let again = server
        .client
        .get(&url)
        .header("if-none-match", &etag)
        .send()
        .await
        .unwrap();
    assert_eq!(again.status(), StatusCode::NOT_MODIFIED);

    let plain = server.get("/app-0123456789abcdef.js").await;
    assert!(plain.headers().get("content-encoding").is_none());
    assert_eq!(plain.text().await.unwrap(), SCRIPT);

    let robots = server.get("/robots.txt").await;
    assert_eq!(robots.headers()["cache-control"], "no-cache");
}

#[tokio::test]
async fn a_missing_file_is_a_404_not_the_page() {
    let dist = dist();
    let server = Server::start_with_app(Some(dist.path())).await;
    assert_eq!(
        server.get("/missing-0123456789abcdef.wasm").await.status(),
        StatusCode::NOT_FOUND
    );
}
