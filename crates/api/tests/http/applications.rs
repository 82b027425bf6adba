//! Online procedures over HTTP: forms, submissions, tracking, SMS and the
//! back office, against the eight seeded procedures.

use reqwest::StatusCode;
use serde_json::{Value, json};
use ventanilla_api::Options;
use ventanilla_core::api::{ApplicationStatus, Problem, Receipt, Status};
use ventanilla_core::forms::{DateRule, FieldKind, FormDefinition};

use crate::staff::caseworker;
use crate::support::Server;

const CURP: &str = "GOML850312MDFNPR02";
const FORMS: [&str; 8] = [
    "jefas-de-familia-seguro-de-vida",
    "prospera-cambio-de-titular",
    "prospera-reposicion-de-tarjeta",
    "prospera-reactivacion",
    "imss-cambio-de-clinica",
    "imss-alta-estudiantes",
    "imss-cambio-de-domicilio",
    "imss-guarderia-persona-autorizada",
];

async fn server() -> Server {
    Server::start_with(Options {
        dev_outbox: true,
        ..Options::default()
    })
    .await
}

async fn form(server: &Server, id: &str, lang: &str) -> FormDefinition {
    let response = server.get(&format!("/api/v1/forms/{id}?lang={lang}")).await;
    assert_eq!(response.status(), StatusCode::OK, "{id}");
    response.json().await.unwrap()
}

/// Valid answers to every question of `form`, typed loosely as people do.
fn answers(form: &FormDefinition) -> Value {
    let mut answers = serde_json::Map::new();
    for field in form.fields() {
        let answer = match &field.input {
            FieldKind::Curp if field.id == form.applicant => json!("goml-850312-mdfnpr02"),
            FieldKind::Curp => json!("HERJ900725HJCRMN07"),
            FieldKind::Rfc => json!("GODE561231GR8"),
            FieldKind::Phone => json!("55 1234 5678"),
            FieldKind::PostalCode => json!(" 06600 "),
            FieldKind::Nss => json!("1234 5678 903"),
            FieldKind::Email => json!("maria@example.com"),
            FieldKind::Text { .. } | FieldKind::Textarea { .. } => json!("12345"),
            FieldKind::Radios { options } | FieldKind::Select { options } => json!(options[0].value),
            FieldKind::Checkboxes { options } => json!([options[0].value]),
            FieldKind::Date { rule: DateRule::Future } => json!({"day": "1", "month": "1", "year": "2100"}),
            FieldKind::Date { .. } => json!({"day": "12", "month": "3", "year": "1985"}),
        };
        answers.insert(field.id.clone(), answer);
    }
    Value::Object(answers)
}

async fn submit(server: &Server, key: &str, body: &Value) -> reqwest::Response {
    server
        .post("/api/v1/applications", body)
        .await
        .header("Idempotency-Key", key)
        .send()
        .await
        .unwrap()
}

async fn problem(response: reqwest::Response) -> Problem {
    assert_eq!(response.headers()["content-type"], "application/problem+json");
    response.json().await.unwrap()
}

/// A new application of the clinic change, and its folio.
async fn applied(server: &Server, key: &str) -> String {
    applied_to(server, "imss-cambio-de-clinica", key).await
}

/// A new application of form `id`, and its folio.
pub async fn applied_to(server: &Server, id: &str, key: &str) -> String {
    let form = form(server, id, "es").await;
    let response = submit(server, key, &json!({"form": form.id, "answers": answers(&form)})).await;
    assert_eq!(response.status(), StatusCode::CREATED);
    response.json::<Receipt>().await.unwrap().folio
}

async fn track(server: &Server, folio: &str, curp: &str) -> reqwest::Response {
    let body = json!({"folio": folio, "curp": curp});
    server
        .post("/api/v1/applications/track?lang=en", &body)
        .await
        .send()
        .await
        .unwrap()
}

async fn outbox(server: &Server, phone: &str) -> Vec<String> {
    let messages: Vec<Value> = server
        .get(&format!("/api/v1/dev/sms-outbox?phone={phone}"))
        .await
        .json()
        .await
        .unwrap();
    messages
        .iter()
        .map(|m| m["body"].as_str().unwrap().to_owned())
        .collect()
}

async fn ask_code(server: &Server, folio: &str, phone: &str) -> reqwest::Response {
    let body = json!({"folio": folio, "curp": CURP, "phone": phone});
    server
        .post("/api/v1/applications/sms", &body)
        .await
        .send()
        .await
        .unwrap()
}

async fn confirm(server: &Server, folio: &str, phone: &str, code: &str) -> reqwest::Response {
    let body = json!({"folio": folio, "curp": CURP, "phone": phone, "code": code});
    server
        .post("/api/v1/applications/sms/confirm", &body)
        .await
        .send()
        .await
        .unwrap()
}

/// The word of six digits (the folio before it may hold six digits too).
fn code_in(message: &str) -> String {
    message
        .split_whitespace()
        .map(|word| word.trim_end_matches('.'))
        .find(|word| word.len() == 6 && word.bytes().all(|b| b.is_ascii_digit()))
        .unwrap()
        .to_owned()
}

/// The applicant's answer to what the agency asked.
async fn reply(server: &Server, folio: &str, curp: &str, message: &str) -> reqwest::Response {
    server
        .post(
            "/api/v1/applications/reply",
            &json!({ "folio": folio, "curp": curp, "message": message }),
        )
        .await
        .send()
        .await
        .unwrap()
}

#[tokio::test]
async fn every_form_is_served_in_both_languages_and_accepts_valid_answers() {
    let server = server().await;
    for (n, id) in FORMS.into_iter().enumerate() {
        let es = form(&server, id, "es").await;
        let en = form(&server, id, "en").await;
        assert_eq!(es.fields().count(), en.fields().count(), "{id}");
        assert_ne!(es.title, en.title, "{id} is translated");
        assert!(!es.agency.is_empty());
        let response = submit(
            &server,
            &format!("every-form-{n}"),
            &json!({"form": id, "answers": answers(&es)}),
        )
        .await;
        assert_eq!(
            response.status(),
            StatusCode::CREATED,
            "{id}: {}",
            response.text().await.unwrap()
        );
    }
    let missing = server.get("/api/v1/forms/no-such-form").await;
    assert_eq!(missing.status(), StatusCode::NOT_FOUND);
    assert_eq!(problem(missing).await.code, "not_found");
}

#[tokio::test]
async fn a_submission_gets_a_folio_and_its_answers_are_stored_normalized() {
    let server = server().await;
    let folio = applied(&server, "normalized-1").await;
    assert!(folio.starts_with("VEN-") && folio.len() == 12, "{folio}");
    // Found with the CURP however it is typed; the history starts received.
    let response = track(&server, &folio.to_lowercase(), "goml 850312 mdfnpr02").await;
    assert_eq!(response.status(), StatusCode::OK);
    let status: ApplicationStatus = response.json().await.unwrap();
    assert_eq!(status.status, Status::Received);
    assert_eq!(status.history.len(), 1);
    assert_eq!(status.title, "Change your IMSS family clinic");
    let (curp, answers): (String, String) = server
        .sql()
        .query_row(
            "SELECT applicant_curp, answers FROM applications WHERE folio = ?1",
            [&folio],
            |row| Ok((row.get(0)?, row.get(1)?)),
        )
        .unwrap();
    assert_eq!(curp, CURP);
    let answers: Value = serde_json::from_str(&answers).unwrap();
    assert_eq!(
        (answers["curp"].as_str(), answers["codigo_postal"].as_str()),
        (Some(CURP), Some("06600"))
    );
}

#[tokio::test]
async fn invalid_answers_get_the_same_codes_as_the_browser_in_form_order() {
    let server = server().await;
    let form = form(&server, "imss-cambio-de-clinica", "es").await;
    let mut bad = answers(&form);
    bad["curp"] = json!("GOML850312MDFNPR03");
    // Letters are no NSS (a folio was once given for "ABCDEFGHIJK").
    bad["nss"] = json!("ABCDEFGHIJK");
    bad["motivo"] = json!("porque-si");
    bad["codigo_postal"] = json!(["06600"]);
    bad.as_object_mut().unwrap().remove("correo");
    let response = submit(&server, "invalid-1", &json!({"form": form.id, "answers": bad})).await;
    assert_eq!(response.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let problem = problem(response).await;
    assert_eq!(problem.code, "validation");
    let errors: Vec<(&str, &str)> = problem
        .errors
        .iter()
        .map(|e| (e.field.as_str(), e.code.as_str()))
        .collect();
    assert_eq!(
        errors,
        [
            ("curp", "curp.check_digit"),
            ("nss", "nss.format"),
            ("motivo", "form.unknown_option"),
            ("codigo_postal", "form.shape"),
            ("correo", "email.required"),
        ]
    );
    // Nothing was stored: the same key may be used once the answers are fixed.
    let fixed = submit(
        &server,
        "invalid-1",
        &json!({"form": form.id, "answers": answers(&form)}),
    )
    .await;
    assert_eq!(fixed.status(), StatusCode::CREATED);
}

#[tokio::test]
async fn a_retry_with_the_same_key_is_the_same_application() {
    let server = server().await;
    let form = form(&server, "imss-cambio-de-clinica", "es").await;
    let body = json!({"form": form.id, "answers": answers(&form)});
    let first: Receipt = submit(&server, "retry-key-1", &body).await.json().await.unwrap();
    let again = submit(&server, "retry-key-1", &body).await;
    assert_eq!(again.status(), StatusCode::OK);
    assert_eq!(again.json::<Receipt>().await.unwrap(), first);
    // Two at once: still one application.
    let (a, b) = tokio::join!(
        submit(&server, "retry-key-2", &body),
        submit(&server, "retry-key-2", &body)
    );
    let mut statuses = [a.status(), b.status()];
    statuses.sort();
    assert_eq!(statuses, [StatusCode::OK, StatusCode::CREATED]);
    assert_eq!(
        a.json::<Receipt>().await.unwrap().folio,
        b.json::<Receipt>().await.unwrap().folio
    );
    let rows = |key: &str| -> i64 {
        server
            .sql()
            .query_row(
                "SELECT COUNT(*) FROM applications WHERE idempotency_key = ?1",
                [key],
                |row| row.get(0),
            )
            .unwrap()
    };
    assert_eq!((rows("retry-key-1"), rows("retry-key-2")), (1, 1));
    // The same key for other answers is refused.
    let mut other = answers(&form);
    other["turno"] = json!("vespertino");
    let reused = submit(&server, "retry-key-1", &json!({"form": form.id, "answers": other})).await;
    assert_eq!(reused.status(), StatusCode::CONFLICT);
    assert_eq!(problem(reused).await.code, "idempotency_key.reused");
}

#[tokio::test]
async fn a_submission_needs_a_sound_idempotency_key() {
    let server = server().await;
    let body = json!({"form": "imss-cambio-de-clinica", "answers": {}});
    for key in [None, Some("short"), Some("has spaces in it"), Some(&*"x".repeat(129))] {
        let mut request = server.post("/api/v1/applications", &body).await;
        if let Some(key) = key {
            request = request.header("Idempotency-Key", key);
        }
        let response = request.send().await.unwrap();
        assert_eq!(response.status(), StatusCode::BAD_REQUEST, "{key:?}");
        assert_eq!(problem(response).await.parameter.as_deref(), Some("Idempotency-Key"));
    }
    let unknown = submit(&server, "unknown-form", &json!({"form": "nope", "answers": {}})).await;
    assert_eq!(unknown.status(), StatusCode::NOT_FOUND);
    let malformed = submit(&server, "malformed-1", &json!({"form": 3})).await;
    assert!(malformed.status().is_client_error());
    assert_eq!(problem(malformed).await.code, "bad_request");
}

#[tokio::test]
async fn tracking_needs_the_applicants_curp_and_never_reveals_a_folio() {
    let server = server().await;
    let folio = applied(&server, "tracking-1").await;
    let wrong_curp = problem(track(&server, &folio, "HERJ900725HJCRMN07").await).await;
    let unknown_folio = problem(track(&server, "VEN-00000000", CURP).await).await;
    assert_eq!(wrong_curp.status, 404);
    assert_eq!(
        (wrong_curp.code, wrong_curp.detail),
        (unknown_folio.code, unknown_folio.detail)
    );
    let invalid = problem(track(&server, &folio, "GOML850312").await).await;
    assert_eq!((invalid.status, invalid.code.as_str()), (422, "curp.length"));
}

#[tokio::test]
async fn a_phone_confirmed_by_code_gets_each_status_change() {
    let server = server().await;
    let desk = caseworker(&server).await;
    let folio = applied(&server, "sms-key-1").await;
    let phone = "5511112222";
    assert_eq!(
        ask_code(&server, &folio, "55 1111-2222").await.status(),
        StatusCode::ACCEPTED
    );
    let sent = outbox(&server, "55 1111 2222").await;
    assert!(sent[0].starts_with("Ventanilla: tu código"), "{sent:?}");
    assert!(sent[0].contains(&folio), "{sent:?}");
    let raw: Value = server
        .get(&format!("/api/v1/dev/sms-outbox?phone={phone}"))
        .await
        .json()
        .await
        .unwrap();
    let at = raw[0]["created_at"].as_str().unwrap();
    assert!(at.len() == 20 && at.ends_with('Z') && at.as_bytes()[10] == b'T', "{at}");
    let unnamed = problem(server.get("/api/v1/dev/sms-outbox").await).await;
    assert_eq!(
        (unnamed.code.as_str(), unnamed.parameter.as_deref()),
        ("phone.required", Some("phone"))
    );
    let code = code_in(&sent[0]);
    let wrong = if code == "000000" { "111111" } else { "000000" };
    let refused = problem(confirm(&server, &folio, phone, wrong).await).await;
    assert_eq!((refused.status, refused.code.as_str()), (422, "sms.code_invalid"));
    assert_eq!(
        confirm(&server, &folio, phone, &code).await.status(),
        StatusCode::NO_CONTENT
    );

    let status: ApplicationStatus = track(&server, &folio, CURP).await.json().await.unwrap();
    assert_eq!(status.sms, ["••••••••22"]);
    let advanced = desk.decide(&server, "imss", &folio, "in_review", "").await;
    assert_eq!(advanced.status(), StatusCode::OK);
    let texts = outbox(&server, phone).await;
    assert!(
        texts[0].contains(&folio) && texts[0].contains("en revisión"),
        "{texts:?}"
    );
    let status: ApplicationStatus = track(&server, &folio, CURP).await.json().await.unwrap();
    assert_eq!(
        status.history.iter().map(|c| c.status).collect::<Vec<_>>(),
        [Status::Received, Status::InReview]
    );

    // The agency asks for more: the applicant reads it, by SMS too, and answers.
    let note = "Falta la página 2 de tu INE";
    assert_eq!(
        desk.decide(&server, "imss", &folio, "information_requested", note)
            .await
            .status(),
        StatusCode::OK
    );
    assert!(outbox(&server, phone).await[0].contains(note));
    let early = problem(desk.decide(&server, "imss", &folio, "in_review", "").await).await;
    assert_eq!((early.status, early.code.as_str()), (409, "application.transition"));
    let blank = problem(reply(&server, &folio, CURP, "  ").await).await;
    assert_eq!(
        (
            blank.status,
            blank.errors[0].field.as_str(),
            blank.errors[0].code.as_str()
        ),
        (422, "message", "message.required")
    );
    let stranger = reply(&server, &folio, "HEGG560427MVZRRL04", "Soy yo").await;
    assert_eq!(stranger.status(), StatusCode::NOT_FOUND);
    let answered: ApplicationStatus = reply(&server, &folio, CURP, " Ya la subí. ")
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(answered.status, Status::InReview);
    let last = &answered.history[3];
    assert_eq!(
        (last.note.as_deref(), last.reply.as_deref()),
        (None, Some("Ya la subí."))
    );
    assert_eq!(answered.history[2].note.as_deref(), Some(note));
    let again = problem(reply(&server, &folio, CURP, "Otra vez").await).await;
    assert_eq!((again.status, again.code.as_str()), (409, "application.transition"));

    // A refusal says why; a resolution is the end.
    let unexplained = problem(desk.decide(&server, "imss", &folio, "rejected", " ").await).await;
    assert_eq!(
        (unexplained.status, unexplained.errors[0].code.as_str()),
        (422, "message.required")
    );
    assert_eq!(
        desk.decide(&server, "imss", &folio, "approved", "").await.status(),
        StatusCode::OK
    );
    let done = problem(desk.decide(&server, "imss", &folio, "rejected", "Tarde").await).await;
    assert_eq!((done.status, done.code.as_str()), (409, "application.transition"));
    let texts = outbox(&server, phone).await;
    assert_eq!(texts.len(), 5, "the code, in review, information, in review, approved");
    assert!(texts[0].contains("aprobada"), "{texts:?}");
}

// Several threads, so that requests sent at once are handled at once.
#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn codes_are_rate_limited_per_phone_and_expire_after_wrong_guesses() {
    let server = server().await;
    let folio = applied(&server, "limits-1").await;
    let phone = "5533334444";
    // Six at once: three get a code, however the requests interleave.
    let mut requests = tokio::task::JoinSet::new();
    for _ in 0..6 {
        let request = server
            .post(
                "/api/v1/applications/sms",
                &json!({"folio": folio, "curp": CURP, "phone": phone}),
            )
            .await;
        requests.spawn(async move { request.send().await.unwrap().status().as_u16() });
    }
    let mut statuses = requests.join_all().await;
    statuses.sort();
    assert_eq!(statuses, [202, 202, 202, 429, 429, 429]);
    let flooded = ask_code(&server, &folio, phone).await;
    assert_eq!(flooded.status(), StatusCode::TOO_MANY_REQUESTS);
    let wait: u32 = flooded.headers()["retry-after"].to_str().unwrap().parse().unwrap();
    assert!((1..=15 * 60).contains(&wait), "{wait}");
    // The body says it too, with the rest of the problem.
    assert_eq!(problem(flooded).await.retry_after, Some(wait));
    assert_eq!(outbox(&server, phone).await.len(), 3);

    // Five wrong guesses spend the code, also when eight come at once.
    let code = code_in(&outbox(&server, phone).await[0]);
    let wrong = if code == "000000" { "111111" } else { "000000" };
    let mut guesses = tokio::task::JoinSet::new();
    for _ in 0..8 {
        let body = json!({"folio": folio, "curp": CURP, "phone": phone, "code": wrong});
        let guess = server.post("/api/v1/applications/sms/confirm", &body).await;
        guesses.spawn(async move { guess.send().await.unwrap().status().as_u16() });
    }
    let mut statuses = guesses.join_all().await;
    statuses.sort();
    assert_eq!(statuses, [422, 422, 422, 422, 422, 429, 429, 429]);
    assert_eq!(
        confirm(&server, &folio, phone, &code).await.status(),
        StatusCode::TOO_MANY_REQUESTS
    );
    let bad_phone = problem(ask_code(&server, &folio, "12345").await).await;
    assert_eq!(
        (bad_phone.code.as_str(), bad_phone.parameter.as_deref()),
        ("phone.length", Some("phone"))
    );
}

#[tokio::test]
async fn codes_expire_and_texts_keep_the_language_the_code_was_asked_in() {
    let server = server().await;
    let desk = caseworker(&server).await;
    let folio = applied(&server, "english-1").await;
    let phone = "5566667777";
    assert_eq!(ask_code(&server, &folio, phone).await.status(), StatusCode::ACCEPTED);
    let code = code_in(&outbox(&server, phone).await[0]);
    let hash: String = server
        .sql()
        .query_row("SELECT code_hash FROM sms_codes WHERE phone = ?1", [phone], |row| {
            row.get(0)
        })
        .unwrap();
    assert!(!hash.contains(&code), "stored hashed");
    server
        .sql()
        .execute("UPDATE sms_codes SET created_at = created_at - 601", [])
        .unwrap();
    let expired = problem(confirm(&server, &folio, phone, &code).await).await;
    assert_eq!((expired.status, expired.code.as_str()), (422, "sms.code_expired"));

    let asked = server
        .post(
            "/api/v1/applications/sms?lang=en",
            &json!({"folio": folio, "curp": CURP, "phone": phone}),
        )
        .await
        .send()
        .await
        .unwrap();
    assert_eq!(asked.status(), StatusCode::ACCEPTED);
    assert!(asked.bytes().await.unwrap().is_empty(), "the code is only in the text");
    let sent = outbox(&server, phone).await;
    assert!(sent[0].starts_with("Ventanilla: your code"), "{sent:?}");
    let confirmed = confirm(&server, &folio, phone, &code_in(&sent[0])).await;
    assert_eq!(confirmed.status(), StatusCode::NO_CONTENT);
    assert_eq!(
        desk.decide(&server, "imss", &folio, "in_review", "").await.status(),
        StatusCode::OK
    );
    assert_eq!(
        outbox(&server, phone).await[0],
        format!("Ventanilla: your application {folio} is now in review. See the details in Track an application.")
    );
}

#[tokio::test]
async fn codes_are_rate_limited_per_client() {
    let server = server().await;
    let folio = applied(&server, "client-limit-1").await;
    for n in 0..10 {
        let phone = format!("55000000{n:02}");
        assert_eq!(ask_code(&server, &folio, &phone).await.status(), StatusCode::ACCEPTED);
    }
    let response = ask_code(&server, &folio, "5599999999").await;
    assert_eq!(response.status(), StatusCode::TOO_MANY_REQUESTS);
    assert!(response.headers().contains_key("retry-after"));
}

/// Asks for a code as a balancer would pass the request on from `client`.
async fn ask_code_from(server: &Server, folio: &str, phone: &str, client: &str) -> StatusCode {
    let body = json!({"folio": folio, "curp": CURP, "phone": phone});
    let request = server.post("/api/v1/applications/sms", &body).await;
    request.header("X-Forwarded-For", client).send().await.unwrap().status()
}

#[tokio::test]
async fn behind_a_trusted_balancer_each_citizen_has_their_own_limit_and_nobody_else_can_claim_one() {
    let behind = Server::start_with(Options {
        dev_outbox: true,
        trusted_proxies: vec!["127.0.0.1".parse().unwrap()],
        ..Options::default()
    })
    .await;
    let folio = applied(&behind, "proxy-limit-1").await;
    for n in 0..10 {
        let phone = format!("55100000{n:02}");
        assert_eq!(
            ask_code_from(&behind, &folio, &phone, "198.51.100.1").await,
            StatusCode::ACCEPTED
        );
    }
    assert_eq!(
        ask_code_from(&behind, &folio, "5510009999", "198.51.100.1").await,
        StatusCode::TOO_MANY_REQUESTS
    );
    // Another citizen behind the same balancer is not held up by the first;
    // and what the first writes before the balancer's hop changes nothing.
    assert_eq!(
        ask_code_from(&behind, &folio, "5510009998", "198.51.100.2").await,
        StatusCode::ACCEPTED
    );
    assert_eq!(
        ask_code_from(&behind, &folio, "5510009997", "203.0.113.9, 198.51.100.1").await,
        StatusCode::TOO_MANY_REQUESTS
    );

    // Without a balancer to trust, a client that makes up the header is still itself.
    let direct = server().await;
    let folio = applied(&direct, "proxy-limit-2").await;
    for n in 0..10 {
        let phone = format!("55200000{n:02}");
        let claimed = format!("198.51.100.{n}");
        assert_eq!(
            ask_code_from(&direct, &folio, &phone, &claimed).await,
            StatusCode::ACCEPTED
        );
    }
    assert_eq!(
        ask_code_from(&direct, &folio, "5520009999", "198.51.100.99").await,
        StatusCode::TOO_MANY_REQUESTS
    );
}

#[tokio::test]
async fn the_desk_answers_in_the_language_asked_and_reads_a_folio_as_typed() {
    let server = server().await;
    let desk = caseworker(&server).await;
    let folio = applied(&server, "desk-lang-1").await;
    let path = format!(
        "/api/v1/staff/agencies/imss/applications/{}/status?lang=en",
        folio.to_lowercase()
    );
    let decision = json!({ "status": "in_review" });
    let in_english: ApplicationStatus = desk.post(&server, &path, &decision).await.json().await.unwrap();
    assert_eq!(
        (in_english.status, in_english.title.as_str()),
        (Status::InReview, "Change your IMSS family clinic")
    );
    assert_eq!(
        desk.decide(&server, "imss", "VEN-00000000", "in_review", "")
            .await
            .status(),
        StatusCode::NOT_FOUND
    );
}

#[tokio::test]
async fn the_sms_outbox_is_off_unless_the_server_is_told() {
    let closed = Server::start().await;
    assert_eq!(
        closed.get("/api/v1/dev/sms-outbox?phone=5511112222").await.status(),
        StatusCode::NOT_FOUND
    );
}

#[tokio::test]
async fn a_curp_is_found_from_the_data_it_encodes() {
    let server = server().await;
    let search = |body: Value| {
        let server = &server;
        async move {
            server
                .post("/api/v1/curp/search?lang=en", &body)
                .await
                .send()
                .await
                .unwrap()
        }
    };
    let found = search(json!({
        "given_names": " maria  LOURDES", "first_surname": "Gonzalez", "second_surname": "lópez",
        "birth_date": {"day": "12", "month": "03", "year": "1985"}, "sex": "m", "birth_state": "df"
    }))
    .await;
    assert_eq!(found.status(), StatusCode::OK);
    let record: Value = found.json().await.unwrap();
    assert_eq!(record["curp"], CURP);
    assert_eq!(record["birth_state_name"], "Mexico City");

    let nobody = search(json!({
        "given_names": "Nadie", "first_surname": "Gonzalez", "second_surname": "",
        "birth_date": {"day": "12", "month": "3", "year": "1985"}, "sex": "M", "birth_state": "DF"
    }))
    .await;
    assert_eq!(nobody.status(), StatusCode::NOT_FOUND);

    let invalid = problem(
        search(json!({
            "given_names": "", "first_surname": "Gonzalez",
            "birth_date": {"day": "31", "month": "2", "year": "1985"}, "sex": "Z", "birth_state": "XX"
        }))
        .await,
    )
    .await;
    let errors: Vec<(&str, &str)> = invalid
        .errors
        .iter()
        .map(|e| (e.field.as_str(), e.code.as_str()))
        .collect();
    assert_eq!(
        errors,
        [
            ("given_names", "form.required"),
            ("birth_date", "date.invalid"),
            ("sex", "form.unknown_option"),
            ("birth_state", "form.unknown_option"),
        ]
    );
    // The app's name limit holds on the server too.
    let long = problem(
        search(json!({
            "given_names": "a".repeat(81), "first_surname": "Gonzalez", "second_surname": "",
            "birth_date": {"day": "12", "month": "3", "year": "1985"}, "sex": "m", "birth_state": "df"
        }))
        .await,
    )
    .await;
    assert_eq!(long.errors[0].field, "given_names");
    assert_eq!(long.errors[0].code, "form.too_long");
}
