//! The catalogue endpoints: every filter, pagination edges, both languages,
//! ETags, and bad input answered with problems.

use reqwest::StatusCode;
use serde_json::Value;
use ventanilla_core::api::{Agency, AgencyDetail, LifeEvent, Office, Page, SearchResults, Service, ServiceSummary};

use crate::support::Server;

async fn json<T: serde::de::DeserializeOwned>(server: &Server, path: &str) -> T {
    let response = server.get(path).await;
    assert_eq!(response.status(), StatusCode::OK, "{path}");
    response.json().await.unwrap()
}

async fn problem_code(server: &Server, path: &str) -> (StatusCode, String, Option<String>) {
    let response = server.get(path).await;
    let status = response.status();
    assert_eq!(response.headers()["content-type"], "application/problem+json", "{path}");
    let body: Value = response.json().await.unwrap();
    (
        status,
        body["code"].as_str().unwrap().to_owned(),
        body["parameter"].as_str().map(str::to_owned),
    )
}

#[tokio::test]
async fn the_seed_is_big_enough() {
    let server = Server::start().await;
    let services: Page<ServiceSummary> = json(&server, "/api/v1/services?per_page=1").await;
    assert!(services.total >= 150, "{} services", services.total);
    let agencies: Vec<Agency> = json(&server, "/api/v1/agencies").await;
    assert!(agencies.len() >= 30, "{} agencies", agencies.len());
    assert!(
        agencies.iter().all(|a| a.service_count > 0),
        "every agency has services"
    );
    let events: Vec<LifeEvent> = json(&server, "/api/v1/life-events").await;
    assert!(events.len() >= 8);
    let offices: Page<Office> = json(&server, "/api/v1/offices?per_page=100").await;
    assert!(offices.total >= 100, "{} offices", offices.total);
}

#[tokio::test]
async fn offices_cover_every_state() {
    let server = Server::start().await;
    let states: Vec<Value> = serde_json::from_str(include_str!("../../seed/states.json")).unwrap();
    for state in states
        .iter()
        .map(|s| s["code"].as_str().unwrap())
        .filter(|c| *c != "NE")
    {
        let page: Page<Office> = json(&server, &format!("/api/v1/offices?state={state}")).await;
        assert!(page.total >= 1, "no office in {state}");
        assert!(page.items.iter().all(|o| o.state.code == state));
    }
}

#[tokio::test]
async fn a_sheet_has_every_field_in_both_languages() {
    let server = Server::start().await;
    let es: Service = json(&server, "/api/v1/services/consulta-curp?lang=es").await;
    let en: Service = json(&server, "/api/v1/services/consulta-curp?lang=en").await;
    assert_eq!(es.homoclave, en.homoclave);
    assert_ne!(es.name, en.name);
    assert_eq!(es.online_form.as_deref(), Some("curp-consulta"));
    for sheet in [&es, &en] {
        assert!(!sheet.summary.is_empty() && !sheet.who_can_apply.is_empty());
        assert!(!sheet.steps.is_empty() && !sheet.legal_basis.is_empty());
        assert!(!sheet.agency.name.is_empty() && !sheet.categories.is_empty());
    }
    let (status, code, _) = problem_code(&server, "/api/v1/services/no-existe").await;
    assert_eq!((status, code.as_str()), (StatusCode::NOT_FOUND, "not_found"));
}

#[tokio::test]
async fn services_filter_by_category_life_event_agency_channel_and_state() {
    let server = Server::start().await;
    let all: Page<ServiceSummary> = json(&server, "/api/v1/services?per_page=100").await;

    let imss: Page<ServiceSummary> = json(&server, "/api/v1/services?agency=imss&per_page=100").await;
    assert!(imss.total >= 4 && imss.total < all.total);
    assert!(imss.items.iter().all(|s| s.agency.slug == "imss"));

    let online: Page<ServiceSummary> = json(&server, "/api/v1/services?channel=online&per_page=100").await;
    assert!(online.total > 0 && online.total < all.total);
    assert!(
        online
            .items
            .iter()
            .all(|s| s.channels.contains(&ventanilla_core::api::Channel::Online))
    );

    let health: Page<ServiceSummary> = json(&server, "/api/v1/services?category=salud&per_page=100").await;
    assert!(health.total > 0 && health.total < all.total);
    for summary in &health.items {
        let sheet: Service = json(&server, &format!("/api/v1/services/{}", summary.slug)).await;
        assert!(sheet.categories.iter().any(|c| c.slug == "salud"), "{}", summary.slug);
    }

    let baby: Page<ServiceSummary> = json(&server, "/api/v1/services?life_event=tener-un-bebe").await;
    assert!(baby.total > 0 && baby.total < all.total);

    // Combined filters narrow further.
    let both: Page<ServiceSummary> = json(&server, "/api/v1/services?agency=imss&channel=online").await;
    assert!(both.total <= imss.total.min(online.total));

    // A state has its in-person services plus everything remote.
    let jalisco: Page<ServiceSummary> = json(&server, "/api/v1/services?state=JC&per_page=1").await;
    assert!(jalisco.total >= online.total);
}

#[tokio::test]
async fn pagination_has_edges_and_a_total() {
    let server = Server::start().await;
    let first: Page<ServiceSummary> = json(&server, "/api/v1/services?per_page=7").await;
    assert_eq!(first.items.len(), 7);
    let second: Page<ServiceSummary> = json(&server, "/api/v1/services?per_page=7&page=2").await;
    assert!(
        first
            .items
            .iter()
            .all(|a| second.items.iter().all(|b| a.slug != b.slug)),
        "pages do not overlap"
    );
    let last_page = first.page_count();
    let last: Page<ServiceSummary> = json(&server, &format!("/api/v1/services?per_page=7&page={last_page}")).await;
    assert_eq!(last.items.len() as u64, first.total - 7 * u64::from(last_page - 1));
    let beyond: Page<ServiceSummary> =
        json(&server, &format!("/api/v1/services?per_page=7&page={}", last_page + 1)).await;
    assert!(beyond.items.is_empty());
    assert_eq!(beyond.total, first.total);
    let full: Page<ServiceSummary> = json(&server, "/api/v1/services?per_page=100").await;
    assert_eq!(full.items.len(), 100);
}

#[tokio::test]
async fn sorting_by_name_and_popularity() {
    let server = Server::start().await;
    let popular: Page<ServiceSummary> = json(&server, "/api/v1/services?per_page=3").await;
    assert_eq!(popular.items[0].slug, "consulta-curp", "the most used service leads");
    let by_name: Page<ServiceSummary> = json(&server, "/api/v1/services?sort=name&per_page=50&lang=en").await;
    let names: Vec<String> = by_name.items.iter().map(|s| s.name.to_lowercase()).collect();
    let mut sorted = names.clone();
    sorted.sort();
    assert_eq!(names, sorted);
}

#[tokio::test]
async fn agencies_list_their_services() {
    let server = Server::start().await;
    let sre: AgencyDetail = json(&server, "/api/v1/agencies/sre?lang=en").await;
    assert_eq!(sre.agency.acronym, "SRE");
    assert_eq!(sre.services.len() as u32, sre.agency.service_count);
    assert!(sre.services.iter().all(|s| s.agency.slug == "sre"));
    let (status, _, _) = problem_code(&server, "/api/v1/agencies/nasa").await;
    assert_eq!(status, StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn offices_filter_and_sort_by_distance() {
    let server = Server::start().await;
    let jalisco: Page<Office> = json(&server, "/api/v1/offices?state=JC&per_page=100").await;
    let municipality = jalisco.items[0].municipality.clone();
    let town: Page<Office> = json(
        &server,
        &format!(
            "/api/v1/offices?state=JC&municipality={}",
            municipality.to_uppercase().replace(' ', "+")
        ),
    )
    .await;
    assert!(town.total >= 1 && town.items.iter().all(|o| o.municipality == municipality));

    // Near the Zócalo: nearest first, all in km order, the first in Mexico City.
    let near: Page<Office> = json(&server, "/api/v1/offices?near=19.4326,-99.1332&per_page=10").await;
    let distances: Vec<f64> = near.items.iter().map(|o| o.distance_km.unwrap()).collect();
    assert!(distances.windows(2).all(|w| w[0] <= w[1]), "{distances:?}");
    assert!(distances[0] < 15.0, "{distances:?}");

    let curp_offices: Page<Office> = json(&server, "/api/v1/offices?service=consulta-curp").await;
    assert!(
        curp_offices
            .items
            .iter()
            .all(|o| o.services.iter().any(|s| s.slug == "consulta-curp"))
    );

    let office: Office = json(&server, &format!("/api/v1/offices/{}?lang=en", near.items[0].id)).await;
    assert!(!office.hours.is_empty() && !office.state.name.is_empty());
    assert_eq!(office.distance_km, None);
}

#[tokio::test]
async fn reads_carry_an_etag_and_answer_304_when_unchanged() {
    let server = Server::start().await;
    let url = format!("{}/api/v1/services/consulta-curp", server.base);
    let first = server.client.get(&url).send().await.unwrap();
    let etag = first.headers()["etag"].to_str().unwrap().to_owned();
    assert!(first.headers()["cache-control"].to_str().unwrap().contains("max-age"));
    let again = server
        .client
        .get(&url)
        .header("if-none-match", &etag)
        .send()
        .await
        .unwrap();
    assert_eq!(again.status(), StatusCode::NOT_MODIFIED);
    assert!(again.bytes().await.unwrap().is_empty());
    // Another language is another representation.
    let english = server
        .client
        .get(format!("{url}?lang=en"))
        .header("if-none-match", &etag)
        .send()
        .await
        .unwrap();
    assert_eq!(english.status(), StatusCode::OK);
    assert_ne!(english.headers()["etag"].to_str().unwrap(), etag);
}

#[tokio::test]
async fn bad_input_is_a_problem_naming_the_parameter() {
    let server = Server::start().await;
    let long = format!("/api/v1/services?q={}", "a".repeat(9000));
    let cases: Vec<(String, StatusCode, &str, Option<&str>)> = vec![
        (
            "/api/v1/services?colour=red".into(),
            StatusCode::BAD_REQUEST,
            "query.unknown_parameter",
            Some("colour"),
        ),
        (
            "/api/v1/services?per_page=101".into(),
            StatusCode::UNPROCESSABLE_ENTITY,
            "per_page.range",
            Some("per_page"),
        ),
        (
            "/api/v1/services?per_page=0".into(),
            StatusCode::UNPROCESSABLE_ENTITY,
            "per_page.range",
            Some("per_page"),
        ),
        (
            "/api/v1/services?page=-1".into(),
            StatusCode::UNPROCESSABLE_ENTITY,
            "page.format",
            Some("page"),
        ),
        (
            "/api/v1/services?channel=fax".into(),
            StatusCode::UNPROCESSABLE_ENTITY,
            "channel.unknown",
            Some("channel"),
        ),
        (
            "/api/v1/services?category=magia".into(),
            StatusCode::UNPROCESSABLE_ENTITY,
            "category.unknown",
            Some("category"),
        ),
        (
            "/api/v1/services?sort=random".into(),
            StatusCode::UNPROCESSABLE_ENTITY,
            "sort.unknown",
            Some("sort"),
        ),
        (
            "/api/v1/services?q=%C3%28".into(),
            StatusCode::BAD_REQUEST,
            "query.encoding",
            Some("q"),
        ),
        (long, StatusCode::BAD_REQUEST, "query.too_long", None),
        (
            "/api/v1/offices?near=here".into(),
            StatusCode::UNPROCESSABLE_ENTITY,
            "near.format",
            Some("near"),
        ),
        (
            "/api/v1/offices?near=100,0".into(),
            StatusCode::UNPROCESSABLE_ENTITY,
            "near.range",
            Some("near"),
        ),
        (
            "/api/v1/offices?state=XX".into(),
            StatusCode::UNPROCESSABLE_ENTITY,
            "state.unknown",
            Some("state"),
        ),
        (
            "/api/v1/services?category=".into(),
            StatusCode::UNPROCESSABLE_ENTITY,
            "category.empty",
            Some("category"),
        ),
        (
            "/api/v1/search".into(),
            StatusCode::UNPROCESSABLE_ENTITY,
            "q.required",
            Some("q"),
        ),
        (
            format!("/api/v1/search?q={}", "x".repeat(201)),
            StatusCode::UNPROCESSABLE_ENTITY,
            "q.length",
            Some("q"),
        ),
        (
            "/api/v1/search?q=curp&limit=500".into(),
            StatusCode::UNPROCESSABLE_ENTITY,
            "limit.range",
            Some("limit"),
        ),
        (
            "/api/v1/services/%FF".into(),
            StatusCode::BAD_REQUEST,
            "bad_request",
            None,
        ),
    ];
    for (path, status, code, parameter) in cases {
        let (got_status, got_code, got_parameter) = problem_code(&server, &path).await;
        assert_eq!((got_status, got_code.as_str()), (status, code), "{path}");
        assert_eq!(got_parameter.as_deref(), parameter, "{path}");
    }
}

#[tokio::test]
async fn search_syntax_in_the_text_is_just_text() {
    let server = Server::start().await;
    for q in [
        "%22",
        "curp%20AND%20OR",
        "*",
        "NEAR(",
        "a%3Ab",
        "%27%3B%20DROP%20TABLE%20services",
    ] {
        let response = server.get(&format!("/api/v1/search?q={q}")).await;
        assert!(response.status().is_success(), "{q}: {}", response.status());
        let response = server.get(&format!("/api/v1/services?q={q}")).await;
        assert!(response.status().is_success(), "{q}: {}", response.status());
    }
}

#[tokio::test]
async fn states_are_listed_by_name_with_born_abroad_last() {
    let server = Server::start().await;
    let states: Vec<ventanilla_core::api::State> = json(&server, "/api/v1/states?lang=en").await;
    assert_eq!(states.len(), 33);
    assert_eq!(states.last().unwrap().code, "NE");
    assert_eq!(states[0].name, "Aguascalientes");
}

#[tokio::test]
async fn search_says_what_it_searched_and_when_no_hit_has_every_word() {
    let server = Server::start().await;
    let corrected: SearchResults = json(&server, "/api/v1/search?q=pasaprote").await;
    assert_eq!(corrected.searched.as_deref(), Some("pasaporte"));
    assert!(!corrected.partial);
    let exact: SearchResults = json(&server, "/api/v1/search?q=pasaporte").await;
    assert_eq!((exact.searched, exact.partial), (None, false));
    // No service is a death certificate: the birth certificate has "acta" only.
    let partial: SearchResults = json(&server, "/api/v1/search?q=acta%20de%20defunci%C3%B3n").await;
    assert!(partial.partial);
    assert_eq!(partial.searched, None);
    assert!(!partial.hits.is_empty());
}
