//! What the agencies publish: the list and its filters, one item in each
//! language, the files, and the Atom feed as a feed reader reads it.

use std::collections::HashSet;

use reqwest::StatusCode;
use serde_json::Value;
use ventanilla_core::api::{ContentItem, ContentKind, ContentSummary, Page};
use ventanilla_core::lang::Lang;

use crate::support::Server;

async fn json<T: serde::de::DeserializeOwned>(server: &Server, path: &str) -> T {
    let response = server.get(path).await;
    assert_eq!(response.status(), StatusCode::OK, "{path}");
    response.json().await.unwrap()
}

async fn everything(server: &Server, lang: &str) -> Vec<ContentSummary> {
    json::<Page<ContentSummary>>(server, &format!("/api/v1/content?per_page=100&lang={lang}"))
        .await
        .items
}

#[tokio::test]
async fn the_seed_has_every_kind_from_many_agencies_newest_first() {
    let server = Server::start().await;
    let items = everything(&server, "es").await;
    assert!(items.len() >= 60, "{} items", items.len());
    let agencies: HashSet<_> = items.iter().map(|i| i.agency.slug.clone()).collect();
    assert!(agencies.len() >= 10, "{} agencies", agencies.len());
    for kind in ContentKind::ALL {
        assert!(items.iter().any(|i| i.kind == kind), "{kind:?}");
    }
    assert!(items.windows(2).all(|w| w[0].first_published >= w[1].first_published));
}

#[tokio::test]
async fn filters_by_agency_topic_kind_and_days_and_pages_through() {
    let server = Server::start().await;
    let all = everything(&server, "es").await;
    let imss: Page<ContentSummary> = json(&server, "/api/v1/content?agency=imss&per_page=100").await;
    assert!(imss.total > 0 && imss.items.iter().all(|i| i.agency.slug == "imss"));
    assert_eq!(
        imss.total as usize,
        all.iter().filter(|i| i.agency.slug == "imss").count()
    );

    let press: Page<ContentSummary> = json(&server, "/api/v1/content?kind=press_release&per_page=100").await;
    assert!(press.total > 0 && press.items.iter().all(|i| i.kind == ContentKind::PressRelease));

    let days: Page<ContentSummary> = json(&server, "/api/v1/content?from=2025-01-01&to=2025-12-31&per_page=100").await;
    assert!(days.total > 0);
    assert!(
        days.items
            .iter()
            .all(|i| i.first_published.as_str() >= "2025-01-01" && i.first_published.as_str() < "2026")
    );

    // A topic's items are those whose page lists it.
    let first = &all[0];
    let item: ContentItem = json(
        &server,
        &format!("/api/v1/agencies/{}/content/{}", first.agency.slug, first.slug),
    )
    .await;
    let topic = &item.topics[0].slug;
    let about: Page<ContentSummary> = json(&server, &format!("/api/v1/content?topic={topic}&per_page=100")).await;
    assert!(about.items.iter().any(|i| i.slug == first.slug));

    let second: Page<ContentSummary> = json(&server, "/api/v1/content?per_page=5&page=2").await;
    assert_eq!(second.items, all[5..10]);
    assert_eq!(second.total as usize, all.len());
}

#[tokio::test]
async fn unknown_filters_are_problems_and_unknown_items_404() {
    let server = Server::start().await;
    for (path, code) in [
        ("/api/v1/content?agency=nadie", "agency.unknown"),
        ("/api/v1/content?topic=nada", "topic.unknown"),
        ("/api/v1/content?kind=memo", "kind.unknown"),
        ("/api/v1/content?from=2025-13-01", "from.format"),
    ] {
        let response = server.get(path).await;
        assert_eq!(response.status(), StatusCode::UNPROCESSABLE_ENTITY, "{path}");
        let body: Value = response.json().await.unwrap();
        assert_eq!(body["code"], code, "{path}");
    }
    let response = server.get("/api/v1/agencies/imss/content/no-existe").await;
    assert_eq!(response.status(), StatusCode::NOT_FOUND);
    assert_eq!(response.headers()["content-type"], "application/problem+json");
}

#[tokio::test]
async fn an_item_reads_in_english_when_it_has_it_and_in_spanish_otherwise() {
    let server = Server::start().await;
    let (es, en) = (everything(&server, "es").await, everything(&server, "en").await);
    let translated = es.iter().zip(&en).filter(|(_, e)| e.lang == Lang::En).count();
    let spanish_only = en.iter().filter(|e| e.lang == Lang::Es).count();
    assert!(
        translated > 0 && spanish_only > 0,
        "{translated} translated, {spanish_only} in Spanish only"
    );
    for (s, e) in es.iter().zip(&en) {
        assert_eq!(s.slug, e.slug);
        assert_eq!(s.lang, Lang::Es);
        if e.lang == Lang::Es {
            assert_eq!(s.title, e.title, "a Spanish-only item reads the same in English");
        } else {
            assert_ne!(s.title, e.title);
        }
    }
}

#[tokio::test]
async fn bodies_are_sanitized_html_below_the_title_and_old_items_say_so() {
    let server = Server::start().await;
    let mut tables = 0;
    let mut previous = 0;
    for summary in everything(&server, "es").await {
        let path = format!("/api/v1/agencies/{}/content/{}", summary.agency.slug, summary.slug);
        let item: ContentItem = json(&server, &path).await;
        assert!(
            !item.body_html.contains("<h1") && !item.body_html.contains("<script"),
            "{path}"
        );
        assert!(
            item.body_html.contains("<h2") || item.body_html.contains("<p>"),
            "{path}"
        );
        tables += usize::from(item.body_html.contains("<table>"));
        assert_eq!(
            item.previous_administration,
            summary.first_published.as_str() < "2024-10-01"
        );
        previous += usize::from(item.previous_administration);
        assert_eq!(
            item.press.is_some(),
            summary.kind == ContentKind::PressRelease,
            "{path}"
        );
        if !item.attachments.is_empty() {
            assert!(item.accessible_format_contact.is_some(), "{path}");
        }
    }
    assert!(tables >= 8, "{tables} bodies with tables");
    assert!(previous > 0);
}

#[tokio::test]
async fn attached_files_download_as_what_they_are() {
    let server = Server::start().await;
    let publications: Page<ContentSummary> = json(&server, "/api/v1/content?kind=publication").await;
    let first = &publications.items[0];
    let item: ContentItem = json(
        &server,
        &format!("/api/v1/agencies/{}/content/{}", first.agency.slug, first.slug),
    )
    .await;
    let file = &item.attachments[0];
    assert!(file.url.starts_with("/archivos/"), "{}", file.url);
    let response = server.get(&file.url).await;
    assert_eq!(response.status(), StatusCode::OK);
    let headers = response.headers().clone();
    assert_eq!(headers["content-type"], "application/pdf");
    assert!(
        headers["content-disposition"]
            .to_str()
            .unwrap()
            .starts_with("attachment")
    );
    assert_eq!(headers["x-content-type-options"], "nosniff");
    assert!(headers["content-security-policy"].to_str().unwrap().contains("sandbox"));
    let bytes = response.bytes().await.unwrap();
    assert_eq!(bytes.len() as u64, file.size_bytes);
    assert!(bytes.starts_with(b"%PDF-"));
    assert_eq!(
        server.get("/archivos/no-existe.pdf").await.status(),
        StatusCode::NOT_FOUND
    );
}

#[tokio::test]
async fn the_atom_feed_reads_in_a_feed_reader_with_the_lists_filters() {
    let server = Server::start().await;
    let response = server.get("/prensa/feed.atom?agency=imss&lang=en").await;
    assert_eq!(response.status(), StatusCode::OK);
    assert!(
        response.headers()["content-type"]
            .to_str()
            .unwrap()
            .starts_with("application/atom+xml")
    );
    let body = response.bytes().await.unwrap();
    let feed = feed_rs::parser::parse(&body[..]).expect("a feed reader parses it");
    assert_eq!(feed.feed_type, feed_rs::model::FeedType::Atom);
    assert_eq!(
        feed.title.unwrap().content,
        "News and publications of the Government of Mexico"
    );
    let listed: Page<ContentSummary> = json(&server, "/api/v1/content?agency=imss&lang=en").await;
    assert_eq!(feed.entries.len(), listed.items.len());
    for (entry, item) in feed.entries.iter().zip(&listed.items) {
        assert_eq!(entry.title.as_ref().unwrap().content, item.title);
        let link = &entry.links[0].href;
        assert!(
            link.ends_with(&ventanilla::paths::content_item("imss", item.kind, &item.slug)),
            "{link}"
        );
        assert!(entry.published.is_some());
    }
    let page = feed
        .links
        .iter()
        .find(|l| l.rel.as_deref() == Some("alternate"))
        .unwrap();
    assert!(page.href.ends_with("/prensa?dependencia=imss"), "{}", page.href);
    // A filter the list refuses, the feed refuses the same way.
    assert_eq!(
        server.get("/prensa/feed.atom?agency=nadie").await.status(),
        StatusCode::UNPROCESSABLE_ENTITY
    );
}

#[tokio::test]
async fn the_search_finds_items_below_a_service_that_matches_as_well() {
    let server = Server::start().await;
    let found: Value = json(&server, "/api/v1/search?q=sembrando%20vida").await;
    let hits = found["hits"].as_array().unwrap();
    let position = |kind: &str| hits.iter().position(|h| h["kind"] == kind);
    let (service, item) = (position("service").unwrap(), position("content").unwrap());
    assert!(service < item, "{hits:?}");
    assert_eq!(hits[item]["id"], "bienestar/programas/programa-sembrando-vida");
    assert_eq!(hits[item]["title"], "Sembrando Vida");
}
