//! `ventanilla-api import` on the old SEMARNAT site of the fixture (its
//! README says what each page holds; `expected.json`, what a correct
//! import finds): the report, each item as the public reads it, the old
//! addresses, and a second run; then on PROFECO's WordPress export.

use std::path::{Path, PathBuf};

use reqwest::StatusCode;
use serde_json::Value;
use ventanilla_api::Options;
use ventanilla_core::api::{ContentItem, ContentKind, QueryValue};

use crate::support::{Server, app_dist, markup_that_runs};

const FIXTURE: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/semarnat-old-site");

fn import(server: &Server, agency: &str, from: &Path, publish: bool) -> String {
    let store = server.file_store();
    let mut args = vec![
        "import".to_owned(),
        "--agency".into(),
        agency.into(),
        "--from".into(),
        from.to_string_lossy().into_owned(),
        "--db".into(),
        server.db_path(),
        "--files".into(),
        store.to_string_lossy().into_owned(),
    ];
    if publish {
        args.push("--publish".into());
    }
    let (_, said) = ventanilla_api::cli::execute(&args).unwrap();
    said.unwrap()
}

fn expected() -> Value {
    serde_json::from_str(&std::fs::read_to_string(Path::new(FIXTURE).join("expected.json")).unwrap()).unwrap()
}

fn kind(code: &str) -> ContentKind {
    ContentKind::read(code).unwrap()
}

fn no_redirects() -> reqwest::Client {
    reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap()
}

#[tokio::test]
async fn each_page_of_the_old_site_becomes_the_item_it_was_and_its_old_address_leads_there() {
    let server = Server::start().await;
    let said = import(&server, "semarnat", Path::new(FIXTURE), true);
    let expected = expected();
    assert!(
        said.starts_with("39 sitemap entries: 35 imported, 0 updated, 0 unchanged, 4 skipped."),
        "{said}"
    );
    // Started again, as after a deployment: it reads what the command wrote.
    let dist = app_dist();
    let server = server
        .restarted(Options {
            dist: Some(dist.path().to_path_buf()),
            ..Options::default()
        })
        .await;
    let client = no_redirects();
    for page in expected["pages"].as_array().unwrap() {
        let url = page["url"].as_str().unwrap();
        let old_path = url.strip_prefix("http://www.semarnat.gob.mx").unwrap();
        if page["outcome"] == "skipped" {
            let reason = page["reason"].as_str().unwrap();
            assert!(said.contains(&format!("skipped {url}: {reason}")), "{url}: {said}");
            continue;
        }
        let answer = client.get(format!("{}{old_path}", server.base)).send().await.unwrap();
        assert_eq!(answer.status(), StatusCode::MOVED_PERMANENTLY, "{old_path}");
        let new_path = answer.headers()["location"].to_str().unwrap().to_owned();
        let slug = new_path.rsplit('/').next().unwrap();
        assert!(
            new_path.starts_with("/dependencias/semarnat/"),
            "{old_path} -> {new_path}"
        );
        let item: ContentItem = server
            .get(&format!("/api/v1/agencies/semarnat/content/{slug}"))
            .await
            .json()
            .await
            .unwrap();
        let file = page["file"].as_str().unwrap();
        assert_eq!(item.summary.title, page["title"].as_str().unwrap(), "{file}");
        assert_eq!(item.summary.kind, kind(page["kind"].as_str().unwrap()), "{file}");
        assert_eq!(
            &item.summary.first_published[..10],
            page["date"].as_str().unwrap(),
            "{file}: {}",
            page["date_source"]
        );
        assert!(item.previous_administration, "{file}: published before 2024");
        assert!(!item.summary.summary.is_empty(), "{file}");
        if let Some(number) = page["press_number"].as_str() {
            assert_eq!(item.press.as_ref().unwrap().number, number, "{file}");
        }
        let attached = page["attachments"].as_array().map_or(0, Vec::len);
        assert_eq!(item.attachments.len(), attached, "{file}");
        for attachment in &item.attachments {
            let download = server.get(&attachment.url).await;
            assert_eq!(download.status(), StatusCode::OK, "{}", attachment.url);
            assert!(download.bytes().await.unwrap().starts_with(b"%PDF-"));
        }
        for missing in page["missing_attachments"].as_array().into_iter().flatten() {
            let missing = missing.as_str().unwrap();
            assert!(
                said.contains(&format!("not in the folder: /{missing}, linked from {url}")),
                "{said}"
            );
        }
        let html = &item.body_html;
        assert_eq!(html.contains("<table>"), page["has_table"] == true, "{file}: {html}");
        // The layout, the old markup and whatever ran on the old site stay behind.
        for left_behind in [
            "<script",
            "<style",
            "<iframe",
            "<object",
            "<embed",
            "<form",
            "<img",
            "<svg",
            "<font",
            "style=",
            "class=",
            "javascript",
            "JaVaScRiPt",
            "alert(",
            "Mso",
            "mso-",
            "<o:p",
            "·",
            "Regresar",
            "Imprimir",
            "Compartir",
            "Buscar...",
        ] {
            assert!(!html.contains(left_behind), "{file} keeps {left_behind:?}: {html}");
        }
        assert!(!has_event_handler(html), "{file}: {html}");
        let page_html = server.get(&new_path).await.text().await.unwrap();
        assert!(
            page_html.contains(page["title"].as_str().unwrap()),
            "{new_path}: {page_html}"
        );
    }
    // A link to a page the import brought leads to its new page.
    let bosques: ContentItem = server
        .get("/api/v1/agencies/semarnat/content/com-012-2010")
        .await
        .json()
        .await
        .unwrap();
    assert!(
        bosques
            .body_html
            .contains("href=\"/dependencias/semarnat/programas/cruzada-bosques-agua\""),
        "{}",
        bosques.body_html
    );
    // The page not in the sitemap stays out.
    let found = server.get("/api/v1/agencies/semarnat/content/index-old").await;
    assert_eq!(found.status(), StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn running_it_again_updates_what_changed_and_duplicates_nothing() {
    let server = Server::start().await;
    let copy = tempfile::tempdir().unwrap();
    copy_folder(Path::new(FIXTURE), copy.path());
    let drafts = import(&server, "semarnat", copy.path(), false);
    assert!(drafts.starts_with("39 sitemap entries: 35 imported"), "{drafts}");
    let conn = server.sql();
    let count = |sql: &str| conn.query_row(sql, [], |row| row.get::<_, i64>(0)).unwrap();
    let items = "SELECT COUNT(*) FROM content_documents WHERE agency = 'semarnat'";
    let (before, live) = (
        count(items),
        count("SELECT COUNT(*) FROM content WHERE agency = 'semarnat'"),
    );
    // Drafts: nothing is public yet, and no old address leads anywhere.
    let client = no_redirects();
    let old = format!("{}/programas/playas-limpias.html", server.base);
    assert_eq!(client.get(&old).send().await.unwrap().status(), StatusCode::NOT_FOUND);

    let page = copy.path().join("programas/playas-limpias.html");
    let html = std::fs::read_to_string(&page).unwrap();
    std::fs::write(
        &page,
        html.replace("Programa de Playas Limpias</h1>", "Programa Playas Limpias</h1>"),
    )
    .unwrap();
    let again = import(&server, "semarnat", copy.path(), false);
    assert!(
        again.starts_with("39 sitemap entries: 0 imported, 1 updated, 34 unchanged, 4 skipped."),
        "{again}"
    );
    assert_eq!(count(items), before);
    assert_eq!(count("SELECT COUNT(*) FROM content WHERE agency = 'semarnat'"), live);
    let versions = "SELECT COUNT(*) FROM content_versions WHERE agency = 'semarnat' AND slug = 'playas-limpias'";
    assert_eq!(count(versions), 2);

    let published = import(&server, "semarnat", copy.path(), true);
    assert!(
        published.starts_with("39 sitemap entries: 0 imported, 0 updated, 35 unchanged"),
        "{published}"
    );
    let server = server.restarted(Options::default()).await;
    let answer = client
        .get(format!("{}/programas/playas-limpias.html", server.base))
        .send()
        .await
        .unwrap();
    assert_eq!(answer.status(), StatusCode::MOVED_PERMANENTLY);
    assert_eq!(
        answer.headers()["location"],
        "/dependencias/semarnat/programas/playas-limpias"
    );
    // Every step in the audit log, by the import.
    let conn = server.sql();
    let by_import = conn
        .query_row(
            "SELECT COUNT(*) FROM audit_log WHERE actor = 'import' AND action = 'content.publish'",
            [],
            |row| row.get::<_, i64>(0),
        )
        .unwrap();
    assert_eq!(by_import, 35);
}

const WORDPRESS: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/tests/fixtures/profeco-wordpress/profeco.wordpress.2018-11-30.xml"
);

#[tokio::test]
async fn a_wordpress_export_becomes_its_published_posts_and_pages_with_their_files() {
    let server = Server::start().await;
    let said = import(&server, "profeco", Path::new(WORDPRESS), true);
    assert!(
        said.starts_with("5 WXR items: 4 imported, 0 updated, 0 unchanged, 1 skipped."),
        "{said}"
    );
    // The draft stays out; attachments and menu entries are no pages.
    assert!(
        said.contains("skipped https://www.profeco.gob.mx/?p=5133: not_published"),
        "{said}"
    );
    let client = no_redirects();
    let mut items = Vec::new();
    for (old, expected_kind, date) in [
        (
            "/2018/03/12/profeco-verifica-gasolineras/",
            "press_release",
            "2018-03-12",
        ),
        ("/2018/03/20/brujula-de-compra-gas-lp/", "news", "2018-03-20"),
        ("/programas/quien-es-quien-en-los-precios/", "programme", "2018-01-08"),
        // Its words name other days ("del 19 al 23 de noviembre"): the export's date is the one.
        (
            "/2018/11/28/precios-canasta-basica-noviembre/",
            "publication",
            "2018-11-28",
        ),
    ] {
        let answer = client.get(format!("{}{old}", server.base)).send().await.unwrap();
        assert_eq!(answer.status(), StatusCode::MOVED_PERMANENTLY, "{old}");
        let new_path = answer.headers()["location"].to_str().unwrap().to_owned();
        let slug = new_path.rsplit('/').next().unwrap();
        let item: ContentItem = server
            .get(&format!("/api/v1/agencies/profeco/content/{slug}"))
            .await
            .json()
            .await
            .unwrap();
        assert_eq!(item.summary.kind, kind(expected_kind), "{old}");
        assert_eq!(&item.summary.first_published[..10], date, "{old}");
        let html = &item.body_html;
        assert_eq!(markup_that_runs(html), Vec::<String>::new(), "{old}: {html}");
        for left_behind in ["style=", "class=", "Mso", "<!--", "wp:", "contador.example"] {
            assert!(!html.contains(left_behind), "{old} keeps {left_behind:?}: {html}");
        }
        items.push(item);
    }
    let [press, news, programme, publication] = &items[..] else {
        unreachable!()
    };
    let details = press.press.as_ref().unwrap();
    assert_eq!(
        (details.number.as_str(), details.place.as_str()),
        ("045/18", "Ciudad de México")
    );
    assert!(
        press
            .body_html
            .contains("<h2>¿Qué puedes hacer si te despachan de menos?</h2>"),
        "{}",
        press.body_html
    );
    assert!(
        news.body_html
            .contains("href=\"/dependencias/profeco/prensa/profeco-verifica-gasolineras\""),
        "{}",
        news.body_html
    );
    assert!(
        programme
            .programme
            .as_ref()
            .unwrap()
            .audience
            .contains("personas consumidoras")
    );
    assert!(
        publication.body_html.contains("<td>Tortilla (1 kg)</td>"),
        "{}",
        publication.body_html
    );
    for item in [news, publication] {
        assert_eq!(item.attachments.len(), 1);
        let download = server.get(&item.attachments[0].url).await;
        assert!(download.bytes().await.unwrap().starts_with(b"%PDF-"));
    }

    let again = import(&server, "profeco", Path::new(WORDPRESS), true);
    assert!(
        again.starts_with("5 WXR items: 0 imported, 0 updated, 4 unchanged, 1 skipped."),
        "{again}"
    );
}

#[test]
fn a_folder_without_its_sitemap_a_file_that_is_no_export_or_an_unknown_agency_is_refused_with_the_reason() {
    let empty = tempfile::tempdir().unwrap();
    let db = empty.path().join("db.sqlite3").to_string_lossy().into_owned();
    let run = |agency: &str, from: &str| {
        let args: Vec<String> = ["import", "--agency", agency, "--from", from, "--db", &db]
            .into_iter()
            .map(String::from)
            .collect();
        ventanilla_api::cli::execute(&args).unwrap().1.unwrap_err()
    };
    assert!(run("semarnat", &empty.path().to_string_lossy()).contains("sitemap.xml"));
    let sitemap = Path::new(FIXTURE).join("sitemap.xml");
    assert!(run("semarnat", &sitemap.to_string_lossy()).contains("not a WordPress export"));
    assert!(run("no-such-agency", FIXTURE).contains("no agency"));
}

/// An attribute such as `onload=` or `onerror =`.
fn has_event_handler(html: &str) -> bool {
    html.match_indices(" on").any(|(at, _)| {
        let rest = &html[at + 3..];
        let name = rest.chars().take_while(char::is_ascii_alphabetic).count();
        name > 0 && rest[name..].trim_start().starts_with('=')
    })
}

fn copy_folder(from: &Path, to: &Path) {
    for entry in std::fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let target: PathBuf = to.join(entry.file_name());
        if entry.file_type().unwrap().is_dir() {
            std::fs::create_dir_all(&target).unwrap();
            copy_folder(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), target).unwrap();
        }
    }
}
