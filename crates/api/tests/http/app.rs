//! Serving the built app: pages rendered on the server, in the reader's
//! language, with a fresh CSP nonce; cached and compressed assets.

use base64::prelude::{BASE64_STANDARD, Engine};
use sha2::{Digest, Sha256};

use crate::support::{SCRIPT, Server, app_dist as dist};
use reqwest::StatusCode;

#[tokio::test]
async fn every_page_has_its_own_nonce_and_its_status() {
    let dist = dist();
    let server = Server::start_with_app(Some(dist.path())).await;
    let mut nonces = Vec::new();
    for (path, status) in [
        ("/", StatusCode::OK),
        ("/accesibilidad", StatusCode::OK),
        ("/accesibilidad", StatusCode::OK),
        ("/ruta/que/no/existe", StatusCode::NOT_FOUND),
    ] {
        let response = server.get(path).await;
        assert_eq!(response.status(), status, "{path}");
        assert_eq!(response.headers()["cache-control"], "private, no-cache");
        assert_eq!(response.headers()["vary"], "Cookie, Accept-Encoding");
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
        // Every script of the page is allowed: the loader by the nonce, the page's data by its hash.
        for script in html.split("<script").skip(1) {
            let (attributes, rest) = script.split_once('>').unwrap();
            if attributes.contains(&format!("nonce=\"{nonce}\"")) {
                continue;
            }
            let text = rest.split("</script>").next().unwrap();
            let hash = BASE64_STANDARD.encode(Sha256::digest(text));
            assert!(
                csp.contains(&format!("'sha256-{hash}'")),
                "{csp} allows no script {text}"
            );
        }
        nonces.push(nonce);
    }
    nonces.dedup();
    assert_eq!(nonces.len(), 4, "each answer has its own nonce");
}

async fn page(server: &Server, path: &str, cookie: Option<&str>) -> (StatusCode, String) {
    let mut request = server.client.get(format!("{}{path}", server.base));
    if let Some(cookie) = cookie {
        request = request.header("cookie", cookie);
    }
    let response = request.send().await.unwrap();
    (response.status(), response.text().await.unwrap())
}

#[tokio::test]
async fn a_sheet_arrives_as_html_with_its_requirements_in_the_readers_language() {
    let dist = dist();
    let server = Server::start_with_app(Some(dist.path())).await;
    let (status, spanish) = page(&server, "/tramites/consulta-curp", None).await;
    assert_eq!(status, StatusCode::OK);
    assert!(spanish.contains(r#"<html lang="es-MX">"#));
    assert!(
        spanish.contains("<title>Consulta e impresión de tu CURP · Ventanilla</title>"),
        "{spanish}"
    );
    assert!(spanish.contains("Tu CURP o tus datos de nacimiento"));
    assert!(spanish.contains(r#"<meta name="description""#));
    let sheet = format!("{}/tramites/consulta-curp", server.base);
    assert!(spanish.contains(&format!(r#"<link rel="canonical" href="{sheet}">"#)));
    assert!(spanish.contains(&format!(
        r#"<link rel="alternate" hreflang="en" href="{sheet}?lang=en">"#
    )));

    for (path, cookie) in [
        ("/tramites/consulta-curp?lang=en", None),
        ("/tramites/consulta-curp", Some("ventanilla_lang=en")),
    ] {
        let (status, english) = page(&server, path, cookie).await;
        assert_eq!(status, StatusCode::OK);
        assert!(english.contains(r#"<html lang="en">"#), "{path} {cookie:?}");
        assert!(english.contains("Your CURP or your birth details"), "{path} {cookie:?}");
        assert!(!english.contains("Tu CURP o tus datos de nacimiento"));
    }
    // `?lang=` wins over the cookie, and becomes the choice.
    let response = server
        .client
        .get(format!("{}/tramites?lang=es", server.base))
        .header("cookie", "ventanilla_lang=en")
        .send()
        .await
        .unwrap();
    let cookie = response.headers()["set-cookie"].to_str().unwrap().to_owned();
    assert!(cookie.starts_with("ventanilla_lang=es;"), "{cookie}");
    assert!(response.text().await.unwrap().contains(r#"<html lang="es-MX">"#));
}

#[tokio::test]
async fn an_unknown_sheet_or_path_is_a_404_with_the_not_found_page() {
    let dist = dist();
    let server = Server::start_with_app(Some(dist.path())).await;
    for path in [
        "/tramites/no-existe",
        "/oficinas/999999",
        "/dependencias/nadie",
        "/no/hay/tal/pagina",
    ] {
        let (status, html) = page(&server, path, None).await;
        assert_eq!(status, StatusCode::NOT_FOUND, "{path}");
        assert!(html.contains("No encontramos esta página"), "{path}: {html}");
    }
}

#[tokio::test]
async fn a_failing_api_makes_the_page_a_503_with_its_retry_and_the_retry_works() {
    let dist = dist();
    let server = Server::start_with_app(Some(dist.path())).await;
    server
        .sql()
        .execute_batch("ALTER TABLE offices RENAME TO offices_away")
        .unwrap();
    let (status, html) = page(&server, "/oficinas?estado=JC", None).await;
    assert_eq!(status, StatusCode::SERVICE_UNAVAILABLE);
    assert!(html.contains("Intentar de nuevo"), "{html}");
    // The failed page is not served again: once the API is back, so is the page.
    server
        .sql()
        .execute_batch("ALTER TABLE offices_away RENAME TO offices")
        .unwrap();
    let (status, _) = page(&server, "/oficinas?estado=JC", None).await;
    assert_eq!(status, StatusCode::OK);
}

#[tokio::test]
async fn a_search_for_the_nonce_placeholder_shows_what_was_typed() {
    let dist = dist();
    let server = Server::start_with_app(Some(dist.path())).await;
    for _ in 0..2 {
        let (_, html) = page(&server, "/buscar?q=%7B%7B__TRUNK%20NONCE__%7D%7D", None).await;
        assert!(html.contains(r#"value="{{__TRUNK NONCE__}}""#), "{html}");
    }
}

#[tokio::test]
async fn the_catalogue_arrives_with_its_results_and_count() {
    let dist = dist();
    let server = Server::start_with_app(Some(dist.path())).await;
    let (status, html) = page(&server, "/tramites?q=curp", None).await;
    assert_eq!(status, StatusCode::OK);
    assert!(html.contains("Consulta e impresión de tu CURP"));
    assert!(html.contains(r#"value="curp""#), "the search box keeps the words");
    let count = html.split(r#"id="resultados""#).nth(1).unwrap_or_default();
    assert!(
        count.contains("trámite"),
        "the results' count heading is in the page: {html}"
    );
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
async fn every_page_links_the_component_library_s_stylesheet_which_is_served_cached_forever() {
    let dist = dist();
    let server = Server::start_with_app(Some(dist.path())).await;
    let href = format!("/{}", ventanilla_ui::STYLESHEET_FILE);
    let (_, html) = page(&server, "/", None).await;
    assert!(html.contains(&format!(r#"<link rel="stylesheet" href="{href}">"#)));
    let css = server.get(&href).await;
    assert_eq!(css.status(), StatusCode::OK);
    assert_eq!(css.headers()["content-type"], "text/css; charset=utf-8");
    assert!(css.headers()["cache-control"].to_str().unwrap().contains("immutable"));
    let text = css.text().await.unwrap();
    // The theme's defaults first, then the components' scoped classes.
    assert!(text.starts_with("/* The theme"));
    assert!(text.contains("--vnt-colour-focus: #ffdd00;"));
    assert!(text.contains(".button-"));
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

#[tokio::test]
async fn the_gallery_renders_a_component_and_serves_its_documents() {
    let dist = dist();
    let server = Server::start_with_app(Some(dist.path())).await;
    let (status, html) = page(&server, "/componentes/panel", None).await;
    assert_eq!(status, StatusCode::OK);
    // The example live, its code, and the README's criteria, all in the HTML.
    assert!(html.contains("VEN-7K4P9Q2M"));
    assert!(html.contains("pub fn sent()"));
    assert!(html.contains("Accessibility acceptance criteria"));

    let docs = server.get("/componentes/panel/docs.json").await;
    assert_eq!(docs.status(), StatusCode::OK);
    let docs: serde_json::Value = docs.json().await.unwrap();
    assert!(docs["readme"].as_str().unwrap().contains("<h3>When to use it</h3>"));
    assert_eq!(docs["code"][0][0], "sent");

    let (status, _) = page(&server, "/componentes/no-existe", None).await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    let missing = server.get("/componentes/no-existe/docs.json").await;
    assert_eq!(missing.status(), StatusCode::NOT_FOUND);
    assert_eq!(missing.headers()["content-type"], "application/problem+json");
}
