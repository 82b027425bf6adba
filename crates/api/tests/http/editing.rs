//! The editors' side: each workflow step allowed and refused by role and
//! agency, versions and their diff, scheduled publishing across a restart
//! (with the server's clock moved on), withdrawal, and unpublishing's 410
//! and 301.

use reqwest::StatusCode;
use serde_json::{Value, json};
use ventanilla_api::Options;
use ventanilla_api::clock::Clock;

use crate::staff::{Staff, signed_in};
use crate::support::{Server, app_dist, markup_that_runs};

const ITEM: &str = "/api/v1/staff/agencies/imss/content/jornada-de-vacunacion-invernal";
const PUBLIC: &str = "/api/v1/agencies/imss/content/jornada-de-vacunacion-invernal";
const PAGE: &str = "/dependencias/imss/prensa/jornada-de-vacunacion-invernal";

fn press_release(body: &str) -> Value {
    json!({
        "kind": "press_release",
        "title": { "es": "Arranca la jornada de vacunación invernal" },
        "summary": { "es": "Del 1 al 20 de diciembre, en todas las unidades de medicina familiar." },
        "body": { "es": body },
        "topics": ["salud"],
        "press": { "number": "Comunicado 120/2026", "place": "Ciudad de México" }
    })
}

const BODY: &str = "## Dónde vacunarte\n\n| Unidad | Horario |\n|---|---|\n| UMF 1 | 8 a 20 h |\n\n\
                    ![Mapa de las unidades de medicina familiar](/archivos/mapa.png)\n";

async fn code(answer: reqwest::Response) -> String {
    answer.json::<Value>().await.unwrap()["code"]
        .as_str()
        .unwrap_or_default()
        .to_owned()
}

async fn step(who: &Staff, server: &Server, transition: Value) -> reqwest::Response {
    who.post(server, &format!("{ITEM}/transitions"), &transition).await
}

async fn state(answer: reqwest::Response) -> String {
    assert_eq!(answer.status(), StatusCode::OK);
    answer.json::<Value>().await.unwrap()["state"]
        .as_str()
        .unwrap()
        .to_owned()
}

#[tokio::test]
async fn each_step_is_taken_only_by_the_roles_of_the_agency_that_may_take_it() {
    let server = Server::start().await;
    let editor = signed_in(&server, "editora@imss.gob.mx", "editor", Some("imss")).await;
    let publisher = signed_in(&server, "publica@imss.gob.mx", "publisher", Some("imss")).await;
    let other_publisher = signed_in(&server, "publica@sre.gob.mx", "publisher", Some("sre")).await;
    let caseworker = signed_in(&server, "caso@imss.gob.mx", "caseworker", Some("imss")).await;

    // Nobody outside the agency's editors and publishers sees or writes it.
    for outsider in [&other_publisher, &caseworker] {
        let answer = outsider.post(&server, ITEM, &press_release(BODY)).await;
        assert_eq!(answer.status(), StatusCode::NOT_FOUND);
    }
    assert_eq!(server.get(ITEM).await.status(), StatusCode::UNAUTHORIZED);

    let saved = editor.post(&server, ITEM, &press_release(BODY)).await;
    assert_eq!(state(saved).await, "draft");
    for outsider in [&other_publisher, &caseworker] {
        assert_eq!(outsider.get(&server, ITEM).await.status(), StatusCode::NOT_FOUND);
        let answer = step(outsider, &server, json!({ "action": "submit" })).await;
        assert_eq!(answer.status(), StatusCode::NOT_FOUND);
    }
    // Not public while a draft.
    assert_eq!(server.get(PUBLIC).await.status(), StatusCode::NOT_FOUND);

    // An editor submits but does not publish.
    let answer = step(&publisher, &server, json!({ "action": "publish" })).await;
    assert_eq!(answer.status(), StatusCode::CONFLICT, "a draft is submitted first");
    assert_eq!(
        state(step(&editor, &server, json!({ "action": "submit" })).await).await,
        "submitted"
    );
    let answer = step(&editor, &server, json!({ "action": "publish" })).await;
    assert_eq!(answer.status(), StatusCode::FORBIDDEN);
    assert_eq!(code(answer).await, "content.publisher_only");
    let answer = step(&editor, &server, json!({ "action": "submit" })).await;
    assert_eq!(answer.status(), StatusCode::CONFLICT);

    // The publisher reads the diff: the first version against nothing.
    let diff: Value = publisher
        .get(&server, &format!("{ITEM}/diff"))
        .await
        .json()
        .await
        .unwrap();
    let body = diff
        .as_array()
        .unwrap()
        .iter()
        .find(|field| field["field"] == "body.es")
        .unwrap();
    assert!(
        body["lines"]
            .as_array()
            .unwrap()
            .iter()
            .all(|line| line["change"] == "added")
    );

    assert_eq!(
        state(step(&publisher, &server, json!({ "action": "publish" })).await).await,
        "published"
    );
    let public: Value = server.get(PUBLIC).await.json().await.unwrap();
    assert!(public["body_html"].as_str().unwrap().contains("<td>UMF 1</td>"));
    assert!(
        public["body_html"]
            .as_str()
            .unwrap()
            .contains("alt=\"Mapa de las unidades")
    );
    let listed: Value = server
        .get("/api/v1/content?agency=imss&kind=press_release")
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(listed["items"][0]["slug"], "jornada-de-vacunacion-invernal");
    let found: Value = server
        .get("/api/v1/search?q=vacunacion+invernal")
        .await
        .json()
        .await
        .unwrap();
    assert!(
        found.to_string().contains("imss/prensa/jornada-de-vacunacion-invernal"),
        "{found}"
    );

    // A major change: a new version, its diff, and its note in the public history.
    let mut changed = press_release(&BODY.replace("8 a 20 h", "7 a 21 h"));
    changed["change_note"] = json!({ "es": "Se amplió el horario de vacunación." });
    assert_eq!(state(editor.post(&server, ITEM, &changed).await).await, "draft");
    let diff: Value = publisher
        .get(&server, &format!("{ITEM}/diff"))
        .await
        .json()
        .await
        .unwrap();
    let lines = &diff
        .as_array()
        .unwrap()
        .iter()
        .find(|field| field["field"] == "body.es")
        .unwrap()["lines"];
    assert!(
        lines
            .as_array()
            .unwrap()
            .contains(&json!({ "change": "removed", "text": "| UMF 1 | 8 a 20 h |" }))
    );
    assert!(
        lines
            .as_array()
            .unwrap()
            .contains(&json!({ "change": "added", "text": "| UMF 1 | 7 a 21 h |" }))
    );
    // The live version stays public while the next is written.
    let still: Value = server.get(PUBLIC).await.json().await.unwrap();
    assert!(still["body_html"].as_str().unwrap().contains("8 a 20 h"));

    // Publishing one's own submission takes forcing it, which the agency's admin reads.
    assert_eq!(
        state(step(&publisher, &server, json!({ "action": "submit" })).await).await,
        "submitted"
    );
    let answer = step(&publisher, &server, json!({ "action": "publish" })).await;
    assert_eq!(answer.status(), StatusCode::FORBIDDEN);
    assert_eq!(code(answer).await, "content.own_submission");
    let forced = step(&publisher, &server, json!({ "action": "publish", "force": true })).await;
    assert_eq!(state(forced).await, "published");
    let public: Value = server.get(PUBLIC).await.json().await.unwrap();
    assert!(public["body_html"].as_str().unwrap().contains("7 a 21 h"));
    assert_eq!(public["changes"][0]["note"], "Se amplió el horario de vacunación.");
    let admin = signed_in(&server, "jefa@imss.gob.mx", "agency_admin", Some("imss")).await;
    let log: Value = admin
        .get(&server, "/api/v1/staff/agencies/imss/audit")
        .await
        .json()
        .await
        .unwrap();
    let actions: Vec<&str> = log
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|e| e["action"].as_str())
        .collect();
    for action in [
        "content.save",
        "content.submit",
        "content.publish",
        "content.publish_forced",
    ] {
        assert!(actions.contains(&action), "{action} in {actions:?}");
    }
    let detail: Value = editor.get(&server, ITEM).await.json().await.unwrap();
    assert_eq!(detail["versions"].as_array().unwrap().len(), 2);
    assert_eq!(detail["live_version"], 2);

    // Withdrawn: still public, with the notice and its reason; no longer edited.
    let answer = step(
        &publisher,
        &server,
        json!({ "action": "withdraw", "reason": { "es": " " } }),
    )
    .await;
    assert_eq!(answer.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let reason = json!({ "es": "La jornada terminó el 20 de diciembre." });
    let answer = step(&editor, &server, json!({ "action": "withdraw", "reason": reason })).await;
    assert_eq!(answer.status(), StatusCode::FORBIDDEN);
    let withdrawn = step(&publisher, &server, json!({ "action": "withdraw", "reason": reason })).await;
    assert_eq!(state(withdrawn).await, "withdrawn");
    let public: Value = server.get(PUBLIC).await.json().await.unwrap();
    assert_eq!(public["withdrawn"]["reason"], "La jornada terminó el 20 de diciembre.");
    let answer = editor.post(&server, ITEM, &press_release(BODY)).await;
    assert_eq!(answer.status(), StatusCode::CONFLICT);

    // Unpublished: gone from the API, the lists and the search; its page answers 410.
    let answer = step(
        &publisher,
        &server,
        json!({ "action": "unpublish", "replacement": "//elsewhere.example" }),
    )
    .await;
    assert_eq!(answer.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(
        state(step(&publisher, &server, json!({ "action": "unpublish" })).await).await,
        "unpublished"
    );
    assert_eq!(server.get(PUBLIC).await.status(), StatusCode::NOT_FOUND);
    assert_eq!(server.get(PAGE).await.status(), StatusCode::GONE);
    let found: Value = server
        .get("/api/v1/search?q=vacunacion+invernal")
        .await
        .json()
        .await
        .unwrap();
    assert!(!found.to_string().contains("jornada-de-vacunacion-invernal"), "{found}");
}

#[tokio::test]
async fn an_unpublished_item_replaced_by_another_page_sends_its_readers_there() {
    let server = Server::start().await;
    let publisher = signed_in(&server, "publica@imss.gob.mx", "publisher", Some("imss")).await;
    let editor = signed_in(&server, "editora@imss.gob.mx", "editor", Some("imss")).await;
    assert_eq!(
        state(editor.post(&server, ITEM, &press_release(BODY)).await).await,
        "draft"
    );
    assert_eq!(
        state(step(&editor, &server, json!({ "action": "submit" })).await).await,
        "submitted"
    );
    assert_eq!(
        state(step(&publisher, &server, json!({ "action": "publish" })).await).await,
        "published"
    );
    let replaced = json!({ "action": "unpublish", "replacement": "/tramites/cambio-de-clinica-imss" });
    assert_eq!(state(step(&publisher, &server, replaced).await).await, "unpublished");
    let client = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap();
    let answer = client.get(format!("{}{PAGE}", server.base)).send().await.unwrap();
    assert_eq!(answer.status(), StatusCode::MOVED_PERMANENTLY);
    assert_eq!(answer.headers()["location"], "/tramites/cambio-de-clinica-imss");
}

#[tokio::test]
async fn a_scheduled_item_goes_out_at_its_time_even_after_a_restart() {
    let server = Server::start().await;
    let editor = signed_in(&server, "editora@imss.gob.mx", "editor", Some("imss")).await;
    let publisher = signed_in(&server, "publica@imss.gob.mx", "publisher", Some("imss")).await;
    assert_eq!(
        state(editor.post(&server, ITEM, &press_release(BODY)).await).await,
        "draft"
    );
    assert_eq!(
        state(step(&editor, &server, json!({ "action": "submit" })).await).await,
        "submitted"
    );
    let past = json!({ "action": "schedule", "at": "2020-01-01T09:00:00-06:00" });
    let answer = step(&publisher, &server, past).await;
    assert_eq!(answer.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(code(answer).await, "content.schedule");

    let in_an_hour = ventanilla_api::clock::rfc3339_in_mexico_city(ventanilla_api::clock::now() + 3600);
    let scheduled = step(&publisher, &server, json!({ "action": "schedule", "at": in_an_hour })).await;
    assert_eq!(state(scheduled).await, "scheduled");
    assert_eq!(
        state(step(&publisher, &server, json!({ "action": "unschedule" })).await).await,
        "submitted"
    );
    let scheduled = step(&publisher, &server, json!({ "action": "schedule", "at": in_an_hour })).await;
    assert_eq!(state(scheduled).await, "scheduled");

    // Not yet: the same server restarted an hour less a minute later, then an hour and a minute.
    let server = server
        .restarted(Options {
            clock: Clock::ahead(3540),
            ..Options::default()
        })
        .await;
    assert_eq!(server.get(PUBLIC).await.status(), StatusCode::NOT_FOUND);
    let server = server
        .restarted(Options {
            clock: Clock::ahead(3660),
            ..Options::default()
        })
        .await;
    let public: Value = server.get(PUBLIC).await.json().await.unwrap();
    assert_eq!(
        public["first_published"],
        in_an_hour.as_str(),
        "published at its time, not at the restart's"
    );
    let listed: Value = server.get("/api/v1/content?agency=imss").await.json().await.unwrap();
    assert_eq!(listed["items"][0]["slug"], "jornada-de-vacunacion-invernal");
}

#[tokio::test]
async fn a_draft_breaking_a_rule_is_refused_field_by_field_and_its_preview_warns_of_vague_links() {
    let server = Server::start().await;
    let editor = signed_in(&server, "editora@imss.gob.mx", "editor", Some("imss")).await;
    let mut bad = press_release("![](/archivos/mapa.png)\n\n[Haz clic aquí](/tramites)");
    bad["title"] = json!({ "es": " ", "en": "Winter vaccination" });
    bad["topics"] = json!(["salud", "no-existe"]);
    bad["services"] = json!(["renovacion-de-pasaporte"]);
    let answer = editor.post(&server, ITEM, &bad).await;
    assert_eq!(answer.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let errors: Value = answer.json::<Value>().await.unwrap()["errors"].clone();
    let fields: Vec<(&str, &str)> = errors
        .as_array()
        .unwrap()
        .iter()
        .map(|e| (e["field"].as_str().unwrap(), e["code"].as_str().unwrap()))
        .collect();
    for expected in [
        ("title.es", "content.required"),
        ("summary.en", "content.english_incomplete"),
        ("body.es", "content.image_alt"),
        ("topics.1", "content.unknown"),
        ("services.0", "content.unknown"),
    ] {
        assert!(fields.contains(&expected), "{expected:?} in {fields:?}");
    }
    let answer = editor
        .post(
            &server,
            "/api/v1/staff/agencies/imss/content/Con Espacios",
            &press_release(BODY),
        )
        .await;
    assert_eq!(code(answer).await, "content.slug");

    // The preview renders as the page would, sanitized, and warns without refusing.
    let attack = "<script>alert(1)</script><img src=x onerror=alert(1)>\n\n[Haz clic aquí](javascript:alert(1))";
    let answer = editor
        .post(&server, &format!("{ITEM}/preview"), &press_release(attack))
        .await;
    assert_eq!(answer.status(), StatusCode::OK);
    let preview: Value = answer.json().await.unwrap();
    let html = preview["item"]["body_html"].as_str().unwrap();
    for unsafe_part in ["<script", "onerror", "javascript:"] {
        assert!(!html.contains(unsafe_part), "{unsafe_part} in {html}");
    }
    assert_eq!(
        preview["warnings"],
        json!([{ "field": "body.es", "code": "content.vague_link" }])
    );
    assert_eq!(preview["item"]["press"]["number"], "Comunicado 120/2026");
    // Nothing saved.
    assert_eq!(editor.get(&server, ITEM).await.status(), StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn a_title_and_summary_full_of_markup_are_only_text_wherever_they_are_shown() {
    let dist = app_dist();
    let server = Server::start_with_app(Some(dist.path())).await;
    let editor = signed_in(&server, "editora@imss.gob.mx", "editor", Some("imss")).await;
    let publisher = signed_in(&server, "publica@imss.gob.mx", "publisher", Some("imss")).await;
    // Vectors of OWASP's XSS filter evasion cheat sheet, where text goes:
    // in an element, in `<title>` and in attributes (the meta description).
    let title = "Vacunación </title><script>alert(1)</script><img src=x onerror=alert(2)>";
    let summary = "\"><svg onload=alert(3)>' onmouseover='alert(4)' <a href=\"javascript:alert(5)\">x</a>";
    let mut draft = press_release(BODY);
    draft["title"]["es"] = json!(title);
    draft["summary"]["es"] = json!(summary);
    assert_eq!(state(editor.post(&server, ITEM, &draft).await).await, "draft");
    step(&editor, &server, json!({ "action": "submit" })).await;
    let published = step(&publisher, &server, json!({ "action": "publish" })).await;
    assert_eq!(state(published).await, "published");

    for page in [PAGE, "/prensa", "/dependencias/imss", "/buscar?q=vacunacion"] {
        let answer = server.get(page).await;
        assert_eq!(answer.status(), StatusCode::OK, "{page}");
        let html = answer.text().await.unwrap();
        assert!(
            html.contains("&lt;script&gt;alert(1)"),
            "{page} shows the title as text"
        );
        assert_eq!(markup_that_runs(&html), Vec::<String>::new(), "{page}");
    }
    // A feed reader reads the same words, not markup.
    let feed = server.get("/prensa/feed.atom?agency=imss").await.bytes().await.unwrap();
    let feed = feed_rs::parser::parse(&feed[..]).expect("a feed reader parses it");
    let entry = feed.entries.iter().find(|e| e.title.as_ref().unwrap().content == title);
    assert_eq!(entry.unwrap().summary.as_ref().unwrap().content, summary);
}
