//! Staff accounts: enrolment from a command-line invitation, sign-in with a
//! password and TOTP, sessions, CSRF, lockout and the audit trail.

use std::time::{SystemTime, UNIX_EPOCH};

use base64::Engine;
use base64::engine::general_purpose::STANDARD;
use reqwest::StatusCode;
use serde_json::{Value, json};
use totp_rs::{Algorithm, Secret, TOTP};
use ventanilla_api::Options;

use crate::applications::applied_to;
use crate::support::Server;

const EMAIL: &str = "Ana.Lopez@imss.gob.mx";
pub const PASSWORD: &str = "tortuga marina bajo la lluvia";

fn now() -> u64 {
    SystemTime::now().duration_since(UNIX_EPOCH).unwrap().as_secs()
}

/// The person's authenticator app, set up with the key the enrolment showed.
pub struct App(TOTP);

impl App {
    /// The code the app shows `offset` seconds from now.
    fn code(&self, offset: u64) -> String {
        self.0.generate(now() + offset)
    }
}

/// `ventanilla-api staff add …` against the server's database: the token of
/// the enrolment link it prints.
fn invite(server: &Server, email: &str, role: &str, agency: Option<&str>) -> String {
    let db = server.db_path();
    let mut args = vec!["staff", "add", "--email", email, "--role", role, "--db", &db];
    if let Some(agency) = agency {
        args.extend(["--agency", agency]);
    }
    let args: Vec<String> = args.into_iter().map(String::from).collect();
    let said = ventanilla_api::cli::execute(&args).unwrap().1.unwrap();
    // The database has it only as a hash: the test takes it as the person
    // does, from the link the command prints.
    said.rsplit_once("/gestion/alta/").unwrap().1.to_owned()
}

async fn enrol(server: &Server, token: &str, password: &str, code: &str) -> reqwest::Response {
    server
        .post(
            &format!("/api/v1/staff/enrolment/{token}"),
            &json!({ "password": password, "code": code }),
        )
        .await
        .send()
        .await
        .unwrap()
}

/// Invites and enrols `email`: its authenticator app and recovery codes.
async fn enrolled(server: &Server, email: &str, role: &str, agency: Option<&str>) -> (App, Vec<String>) {
    enrolled_with(server, &invite(server, email, role, agency)).await
}

/// Enrols with the link's `token`: the authenticator app and recovery codes.
pub async fn enrolled_with(server: &Server, token: &str) -> (App, Vec<String>) {
    let start: Value = server
        .get(&format!("/api/v1/staff/enrolment/{token}"))
        .await
        .json()
        .await
        .unwrap();
    let secret = Secret::Encoded(start["secret"].as_str().unwrap().to_owned())
        .to_bytes()
        .unwrap();
    let app = App(TOTP::new_unchecked(Algorithm::SHA1, 6, 0, 30, secret));
    let answer = enrol(server, token, PASSWORD, &app.code(0)).await;
    assert_eq!(answer.status(), StatusCode::OK);
    let enrolled: Value = answer.json().await.unwrap();
    let codes = enrolled["recovery_codes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c.as_str().unwrap().to_owned())
        .collect();
    (app, codes)
}

pub async fn sign_in(server: &Server, email: &str, password: &str, code: &str) -> reqwest::Response {
    server
        .post(
            "/api/v1/staff/session",
            &json!({ "email": email, "password": password, "code": code }),
        )
        .await
        .send()
        .await
        .unwrap()
}

/// The session cookie an answer sets (`name=value`), and its attributes.
fn cookie(answer: &reqwest::Response) -> (String, String) {
    let set = answer.headers()[reqwest::header::SET_COOKIE]
        .to_str()
        .unwrap()
        .to_owned();
    let (pair, attributes) = set.split_once(';').unwrap();
    (pair.to_owned(), attributes.to_owned())
}

async fn session(server: &Server, cookie: &str) -> reqwest::Response {
    server
        .client
        .get(format!("{}/api/v1/staff/session", server.base))
        .header("cookie", cookie)
        .send()
        .await
        .unwrap()
}

/// Signs out of this session (`/session`) or of all the person's (`/sessions`).
async fn end(server: &Server, which: &str, cookie: &str, csrf: Option<&str>) -> reqwest::Response {
    let mut request = server
        .client
        .delete(format!("{}/api/v1/staff/{which}", server.base))
        .header("cookie", cookie);
    if let Some(csrf) = csrf {
        request = request.header("x-csrf-token", csrf);
    }
    request.send().await.unwrap()
}

async fn problem_code(answer: reqwest::Response) -> String {
    let body: Value = answer.json().await.unwrap();
    body["code"].as_str().unwrap().to_owned()
}

#[tokio::test]
async fn an_admin_invited_from_the_command_line_enrols_with_a_strong_password_and_totp() {
    let server = Server::start().await;
    let token = invite(&server, EMAIL, "admin", None);
    let start: Value = server
        .get(&format!("/api/v1/staff/enrolment/{token}"))
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(start["email"], "ana.lopez@imss.gob.mx");
    let secret = start["secret"].as_str().unwrap();
    assert_eq!(secret.len(), 32, "160 bits in base32");
    assert!(
        start["otpauth_uri"]
            .as_str()
            .unwrap()
            .contains(&format!("secret={secret}"))
    );
    // The QR code is an image a browser shows (the e2e journey scans it).
    let qr = start["qr_code"].as_str().unwrap();
    let svg = qr.strip_prefix("data:image/svg+xml;base64,").unwrap();
    assert!(
        String::from_utf8(STANDARD.decode(svg).unwrap())
            .unwrap()
            .contains("<svg")
    );
    let secret = Secret::Encoded(secret.to_owned()).to_bytes().unwrap();
    let app = App(TOTP::new_unchecked(Algorithm::SHA1, 6, 0, 30, secret));

    for (password, refusal) in [
        ("corto", "password.too_short"),
        ("password1234", "password.guessable"),
        ("analopezimss", "password.guessable"),
    ] {
        let answer = enrol(&server, &token, password, &app.code(0)).await;
        assert_eq!(answer.status(), StatusCode::UNPROCESSABLE_ENTITY, "{password}");
        assert_eq!(problem_code(answer).await, refusal);
    }
    let wrong = enrol(&server, &token, PASSWORD, "000000").await;
    assert_eq!(wrong.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(problem_code(wrong).await, "staff.code_wrong");

    let answer = enrol(&server, &token, PASSWORD, &app.code(0)).await;
    assert_eq!(answer.status(), StatusCode::OK);
    assert_eq!(answer.headers()["cache-control"], "no-store");
    let enrolled: Value = answer.json().await.unwrap();
    assert_eq!(enrolled["recovery_codes"].as_array().unwrap().len(), 10);
    // The link is spent.
    assert_eq!(
        server.get(&format!("/api/v1/staff/enrolment/{token}")).await.status(),
        StatusCode::NOT_FOUND
    );
    assert_eq!(
        enrol(&server, &token, PASSWORD, &app.code(30)).await.status(),
        StatusCode::NOT_FOUND
    );
    // Stored as Argon2id, never as given.
    let stored: String = server
        .sql()
        .query_row("SELECT password_hash FROM staff", [], |row| row.get(0))
        .unwrap();
    assert!(stored.starts_with("$argon2id$") && !stored.contains(PASSWORD));
}

#[tokio::test]
async fn sign_in_needs_the_password_and_a_fresh_code_and_says_nothing_of_which_was_wrong() {
    let server = Server::start().await;
    let (app, recovery) = enrolled(&server, EMAIL, "admin", None).await;

    let failures = [
        sign_in(&server, EMAIL, "not the password at all", &app.code(30)).await,
        sign_in(&server, "nadie@imss.gob.mx", PASSWORD, &app.code(30)).await,
        sign_in(&server, EMAIL, PASSWORD, "123456").await,
        // The enrolment used the code of now: it is good once.
        sign_in(&server, EMAIL, PASSWORD, &app.code(0)).await,
    ];
    let mut bodies = Vec::new();
    for answer in failures {
        assert_eq!(answer.status(), StatusCode::UNAUTHORIZED);
        assert!(answer.headers().get(reqwest::header::SET_COOKIE).is_none());
        bodies.push(answer.text().await.unwrap());
    }
    assert!(bodies.iter().all(|body| body == &bodies[0]), "{bodies:?}");
    assert!(bodies[0].contains("staff.sign_in_failed"));

    let code = app.code(30);
    let answer = sign_in(&server, " ana.lopez@IMSS.gob.mx ", PASSWORD, &code).await;
    assert_eq!(answer.status(), StatusCode::OK);
    let (pair, attributes) = cookie(&answer);
    assert!(pair.starts_with("ventanilla_staff="));
    for attribute in ["HttpOnly", "SameSite=Strict", "Path=/"] {
        assert!(attributes.contains(attribute), "{attributes}");
    }
    assert!(
        !attributes.contains("Secure"),
        "plain HTTP: the browser would drop a Secure cookie"
    );
    let signed_in: Value = answer.json().await.unwrap();
    assert_eq!(signed_in["email"], "ana.lopez@imss.gob.mx");
    assert_eq!(signed_in["roles"], json!([{ "role": "platform_admin" }]));
    let me: Value = session(&server, &pair).await.json().await.unwrap();
    assert_eq!(me["csrf_token"], signed_in["csrf_token"]);

    // A code replayed, even at once, is refused; a recovery code works once.
    assert_eq!(
        sign_in(&server, EMAIL, PASSWORD, &code).await.status(),
        StatusCode::UNAUTHORIZED
    );
    assert_eq!(
        sign_in(&server, EMAIL, PASSWORD, &recovery[0].to_uppercase())
            .await
            .status(),
        StatusCode::OK
    );
    assert_eq!(
        sign_in(&server, EMAIL, PASSWORD, &recovery[0]).await.status(),
        StatusCode::UNAUTHORIZED
    );
}

#[tokio::test]
async fn a_session_is_rotated_at_sign_in_and_refuses_changes_without_its_csrf_token() {
    let server = Server::start().await;
    let (app, recovery) = enrolled(&server, EMAIL, "admin", None).await;
    let first = sign_in(&server, EMAIL, PASSWORD, &app.code(30)).await;
    let (old, _) = cookie(&first);
    let csrf = first.json::<Value>().await.unwrap()["csrf_token"]
        .as_str()
        .unwrap()
        .to_owned();

    // A page of another site can make the browser send the cookie, not the token.
    let forged = end(&server, "session", &old, None).await;
    assert_eq!(forged.status(), StatusCode::FORBIDDEN);
    assert_eq!(problem_code(forged).await, "staff.csrf");
    assert_eq!(
        end(&server, "session", &old, Some("guessed")).await.status(),
        StatusCode::FORBIDDEN
    );
    assert_eq!(
        session(&server, &old).await.status(),
        StatusCode::OK,
        "a refused change ends nothing"
    );

    // Signing in again from the same browser: a new id, the old one ends.
    let again = server
        .post(
            "/api/v1/staff/session",
            &json!({ "email": EMAIL, "password": PASSWORD, "code": recovery[1] }),
        )
        .await
        .header("cookie", &old)
        .send()
        .await
        .unwrap();
    let (new, _) = cookie(&again);
    let csrf_new = again.json::<Value>().await.unwrap()["csrf_token"]
        .as_str()
        .unwrap()
        .to_owned();
    assert_ne!(new, old);
    assert_ne!(csrf_new, csrf);
    assert_eq!(session(&server, &old).await.status(), StatusCode::UNAUTHORIZED);

    // A forged cookie opens nothing.
    assert_eq!(
        session(&server, "ventanilla_staff=forged").await.status(),
        StatusCode::UNAUTHORIZED
    );

    // Signing out everywhere ends the other devices' sessions too.
    let elsewhere = cookie(&sign_in(&server, EMAIL, PASSWORD, &recovery[2]).await).0;
    let everywhere = end(&server, "sessions", &elsewhere, None).await;
    assert_eq!(everywhere.status(), StatusCode::FORBIDDEN, "without the CSRF token");
    let elsewhere_csrf = session(&server, &elsewhere).await.json::<Value>().await.unwrap()["csrf_token"]
        .as_str()
        .unwrap()
        .to_owned();
    let everywhere = end(&server, "sessions", &elsewhere, Some(&elsewhere_csrf)).await;
    assert_eq!(everywhere.status(), StatusCode::NO_CONTENT);
    assert_eq!(session(&server, &elsewhere).await.status(), StatusCode::UNAUTHORIZED);
    assert_eq!(session(&server, &new).await.status(), StatusCode::UNAUTHORIZED);
    let (new, _) = cookie(&sign_in(&server, EMAIL, PASSWORD, &recovery[3]).await);
    let csrf_new = session(&server, &new).await.json::<Value>().await.unwrap()["csrf_token"]
        .as_str()
        .unwrap()
        .to_owned();

    let out = end(&server, "session", &new, Some(&csrf_new)).await;
    assert_eq!(out.status(), StatusCode::NO_CONTENT);
    assert!(cookie(&out).1.contains("Max-Age=0"));
    assert_eq!(session(&server, &new).await.status(), StatusCode::UNAUTHORIZED);
}

#[tokio::test]
async fn a_session_ends_after_twenty_idle_minutes_and_after_twelve_hours_in_all() {
    let server = Server::start().await;
    let (_, recovery) = enrolled(&server, EMAIL, "admin", None).await;
    let age = |column: &str, seconds: i64| {
        server
            .sql()
            .execute(
                &format!("UPDATE staff_sessions SET {column} = {column} - ?1"),
                [seconds],
            )
            .unwrap();
    };

    let (idle, _) = cookie(&sign_in(&server, EMAIL, PASSWORD, &recovery[0]).await);
    age("last_seen", 19 * 60);
    assert_eq!(
        session(&server, &idle).await.status(),
        StatusCode::OK,
        "a request keeps it alive"
    );
    age("last_seen", 19 * 60);
    assert_eq!(session(&server, &idle).await.status(), StatusCode::OK);
    age("last_seen", 21 * 60);
    let expired = session(&server, &idle).await;
    assert_eq!(expired.status(), StatusCode::UNAUTHORIZED);
    assert_eq!(problem_code(expired).await, "staff.signed_out");

    let (long, _) = cookie(&sign_in(&server, EMAIL, PASSWORD, &recovery[1]).await);
    age("created_at", 12 * 60 * 60 + 1);
    assert_eq!(session(&server, &long).await.status(), StatusCode::UNAUTHORIZED);
}

#[tokio::test]
async fn five_failures_lock_an_e_mail_whether_or_not_it_is_anyone_s_until_the_window_passes() {
    let server = Server::start().await;
    let (app, _) = enrolled(&server, EMAIL, "admin", None).await;
    for email in [EMAIL, "nadie@imss.gob.mx"] {
        for _ in 0..5 {
            assert_eq!(
                sign_in(&server, email, "a wrong password", "123456").await.status(),
                StatusCode::UNAUTHORIZED
            );
        }
    }
    for email in [EMAIL, "nadie@imss.gob.mx"] {
        let locked = sign_in(&server, email, PASSWORD, &app.code(30)).await;
        assert_eq!(locked.status(), StatusCode::TOO_MANY_REQUESTS, "{email}");
        let wait: u32 = locked.headers()["retry-after"].to_str().unwrap().parse().unwrap();
        assert!((1..=15 * 60).contains(&wait));
        assert_eq!(problem_code(locked).await, "staff.locked");
    }
    // Fifteen minutes later the failures no longer count.
    server
        .sql()
        .execute("UPDATE sign_in_failures SET at = at - 15 * 60", [])
        .unwrap();
    assert_eq!(
        sign_in(&server, EMAIL, PASSWORD, &app.code(30)).await.status(),
        StatusCode::OK
    );
}

#[tokio::test]
async fn behind_tls_the_cookie_is_secure_and_kept_to_this_host() {
    let server = Server::start_with(Options {
        behind_tls: true,
        ..Options::default()
    })
    .await;
    let (_, recovery) = enrolled(&server, EMAIL, "admin", None).await;
    let answer = sign_in(&server, EMAIL, PASSWORD, &recovery[0]).await;
    let (pair, attributes) = cookie(&answer);
    assert!(pair.starts_with("__Host-ventanilla_staff="));
    assert!(attributes.contains("Secure"));
    assert_eq!(session(&server, &pair).await.status(), StatusCode::OK);
    // The plain name is not this server's cookie.
    let plain = pair.replacen("__Host-", "", 1);
    assert_eq!(session(&server, &plain).await.status(), StatusCode::UNAUTHORIZED);
}

#[tokio::test]
async fn the_audit_log_records_each_action_and_its_chain_shows_an_edited_row() {
    let server = Server::start().await;
    let (app, _) = enrolled(&server, EMAIL, "admin", None).await;
    sign_in(&server, EMAIL, "a wrong password", "123456").await;
    sign_in(&server, "nadie@imss.gob.mx", "a wrong password", "123456").await;
    let answer = sign_in(&server, EMAIL, PASSWORD, &app.code(30)).await;
    let (pair, _) = cookie(&answer);
    let csrf = answer.json::<Value>().await.unwrap()["csrf_token"]
        .as_str()
        .unwrap()
        .to_owned();
    end(&server, "session", &pair, Some(&csrf)).await;

    let sql = server.sql();
    let actions: Vec<(String, String, String)> = sql
        .prepare("SELECT actor, action, subject FROM audit_log ORDER BY id")
        .unwrap()
        .query_map([], |row| Ok((row.get(0)?, row.get(1)?, row.get(2)?)))
        .unwrap()
        .map(Result::unwrap)
        .collect();
    let ana = "ana.lopez@imss.gob.mx".to_owned();
    assert_eq!(
        actions,
        [
            ("cli".into(), "staff.invite".into(), ana.clone()),
            (ana.clone(), "staff.enrol".into(), ana.clone()),
            (ana.clone(), "staff.sign_in_failed".into(), ana.clone()),
            (ana.clone(), "staff.sign_in".into(), ana.clone()),
            (ana.clone(), "staff.sign_out".into(), ana.clone()),
        ],
        "no entry for a stranger's e-mail"
    );
    let verify = || {
        ventanilla_api::cli::execute(&["audit".into(), "verify".into(), "--db".into(), server.db_path()])
            .unwrap()
            .1
    };
    assert_eq!(
        verify(),
        Ok("The audit log is whole: 5 entries, each chained to the one before.".into())
    );

    // The log refuses edits; someone with the file can drop that guard, not forge the chain.
    assert!(
        sql.execute("UPDATE audit_log SET actor = 'nadie' WHERE id = 3", [])
            .is_err()
    );
    assert!(sql.execute("DELETE FROM audit_log WHERE id = 3", []).is_err());
    sql.execute_batch("DROP TRIGGER audit_log_no_update; DROP TRIGGER audit_log_no_delete;")
        .unwrap();
    sql.execute("UPDATE audit_log SET client = '10.0.0.9' WHERE id = 3", [])
        .unwrap();
    assert_eq!(
        verify(),
        Err("entry 3 is not what was written: it or the one before it was edited or deleted".into())
    );
}

/// A signed-in person: their session cookie and CSRF token.
pub struct Staff {
    cookie: String,
    csrf: String,
}

/// A caseworker of the IMSS, signed in.
pub async fn caseworker(server: &Server) -> Staff {
    signed_in(server, "caso@imss.gob.mx", "caseworker", Some("imss")).await
}

pub async fn signed_in(server: &Server, email: &str, role: &str, agency: Option<&str>) -> Staff {
    let (_, recovery) = enrolled(server, email, role, agency).await;
    session_of(server, email, &recovery[0]).await
}

/// Signs `email` in with a recovery code.
pub async fn session_of(server: &Server, email: &str, recovery_code: &str) -> Staff {
    let answer = sign_in(server, email, PASSWORD, recovery_code).await;
    assert_eq!(answer.status(), StatusCode::OK, "{email}");
    let (cookie, _) = cookie(&answer);
    let csrf = answer.json::<Value>().await.unwrap()["csrf_token"]
        .as_str()
        .unwrap()
        .to_owned();
    Staff { cookie, csrf }
}

impl Staff {
    pub async fn get(&self, server: &Server, path: &str) -> reqwest::Response {
        server
            .client
            .get(format!("{}{path}", server.base))
            .header("cookie", &self.cookie)
            .send()
            .await
            .unwrap()
    }

    /// POSTs `body` to `path` in the session, with its CSRF token.
    pub async fn post(&self, server: &Server, path: &str, body: &Value) -> reqwest::Response {
        server
            .client
            .post(format!("{}{path}", server.base))
            .header("cookie", &self.cookie)
            .header("x-csrf-token", &self.csrf)
            .json(body)
            .send()
            .await
            .unwrap()
    }

    /// POSTs `bytes` to `path` in the session, with its CSRF token, saying
    /// they are `content_type`.
    pub async fn post_bytes(
        &self,
        server: &Server,
        path: &str,
        bytes: Vec<u8>,
        content_type: &str,
    ) -> reqwest::Response {
        server
            .client
            .post(format!("{}{path}", server.base))
            .header("cookie", &self.cookie)
            .header("x-csrf-token", &self.csrf)
            .header("content-type", content_type)
            .body(bytes)
            .send()
            .await
            .unwrap()
    }

    /// Decides on `folio` of `agency`: its new `status`, with `note`.
    pub async fn decide(
        &self,
        server: &Server,
        agency: &str,
        folio: &str,
        status: &str,
        note: &str,
    ) -> reqwest::Response {
        let path = format!("/api/v1/staff/agencies/{agency}/applications/{folio}/status");
        self.post(server, &path, &json!({ "status": status, "note": note }))
            .await
    }

    /// DELETEs `path` in the session, with its CSRF token.
    pub async fn delete(&self, server: &Server, path: &str) -> reqwest::Response {
        server
            .client
            .delete(format!("{}{path}", server.base))
            .header("cookie", &self.cookie)
            .header("x-csrf-token", &self.csrf)
            .send()
            .await
            .unwrap()
    }
}

#[tokio::test]
async fn every_role_in_every_agency_reaches_only_the_applications_its_role_grants() {
    let server = Server::start().await;
    let imss_folio = applied_to(&server, "imss-cambio-de-clinica", "desk-imss-0001").await;
    let bienestar_folio = applied_to(&server, "prospera-reactivacion", "desk-bienestar-0001").await;
    let people = [
        (
            "platform admin",
            signed_in(&server, "admin@ventanilla.gob.mx", "admin", None).await,
            ["imss", "bienestar"].as_slice(),
            ["imss", "bienestar"].as_slice(),
        ),
        (
            "IMSS caseworker",
            signed_in(&server, "caso@imss.gob.mx", "caseworker", Some("imss")).await,
            &["imss"],
            &[],
        ),
        (
            "Bienestar caseworker",
            signed_in(&server, "caso@bienestar.gob.mx", "caseworker", Some("bienestar")).await,
            &["bienestar"],
            &[],
        ),
        (
            "IMSS agency admin",
            signed_in(&server, "jefa@imss.gob.mx", "agency_admin", Some("imss")).await,
            &[],
            &["imss"],
        ),
        (
            "IMSS editor",
            signed_in(&server, "editor@imss.gob.mx", "editor", Some("imss")).await,
            &[],
            &[],
        ),
        (
            "IMSS publisher",
            signed_in(&server, "publica@imss.gob.mx", "publisher", Some("imss")).await,
            &[],
            &[],
        ),
        (
            "IMSS moderator",
            signed_in(&server, "modera@imss.gob.mx", "moderator", Some("imss")).await,
            &[],
            &[],
        ),
    ];
    let cases = [("imss", &imss_folio), ("bienestar", &bienestar_folio)];
    // The people and the log of each agency are its admins' (and the platform admin's) only.
    for (n, (who, staff, _, manages)) in people.iter().enumerate() {
        for agency in ["imss", "bienestar"] {
            let expected = if manages.contains(&agency) {
                StatusCode::OK
            } else {
                StatusCode::NOT_FOUND
            };
            for what in ["people", "audit"] {
                let path = format!("/api/v1/staff/agencies/{agency}/{what}");
                assert_eq!(staff.get(&server, &path).await.status(), expected, "{who}: {path}");
            }
            let invitation =
                json!({ "email": format!("nuevo{n}@{agency}.gob.mx"), "role": "caseworker", "agency": agency });
            let invited = staff
                .post(&server, "/api/v1/staff/invitations", &invitation)
                .await
                .status();
            let expected = if manages.contains(&agency) {
                StatusCode::CREATED
            } else {
                StatusCode::NOT_FOUND
            };
            assert_eq!(invited, expected, "{who}: an invitation to {agency}");
        }
        let whole = staff.get(&server, "/api/v1/staff/audit").await.status();
        assert_eq!(whole == StatusCode::OK, n == 0, "{who}: the whole log");
    }
    for (who, staff, works_in, _) in &people {
        for (agency, folio) in cases {
            let allowed = works_in.contains(&agency);
            let expected = if allowed { StatusCode::OK } else { StatusCode::NOT_FOUND };
            let base = format!("/api/v1/staff/agencies/{agency}/applications");
            let queue = staff.get(&server, &base).await;
            assert_eq!(queue.status(), expected, "{who}: the queue of {agency}");
            if allowed {
                let queue: Value = queue.json().await.unwrap();
                assert_eq!(
                    queue
                        .as_array()
                        .unwrap()
                        .iter()
                        .map(|a| a["folio"].as_str().unwrap())
                        .collect::<Vec<_>>(),
                    [folio.as_str()],
                    "{who}: {agency}'s own only"
                );
            }
            let case = staff.get(&server, &format!("{base}/{folio}")).await;
            assert_eq!(case.status(), expected, "{who}: an application of {agency}");
            if allowed {
                let case: Value = case.json().await.unwrap();
                assert_eq!(case["folio"], folio.as_str());
                assert!(case["answers"].as_object().is_some_and(|answers| !answers.is_empty()));
            }
            // The other agency's application under this agency's path: not found, whoever asks.
            let (_, other) = cases.into_iter().find(|(a, _)| *a != agency).unwrap();
            assert_eq!(
                staff.get(&server, &format!("{base}/{other}")).await.status(),
                StatusCode::NOT_FOUND,
                "{who}"
            );
            assert_eq!(
                staff.decide(&server, agency, other, "in_review", "").await.status(),
                StatusCode::NOT_FOUND,
                "{who}"
            );
        }
    }
    // Only the IMSS caseworker moves the IMSS application; the others' tries changed nothing.
    let status: String = server
        .sql()
        .query_row("SELECT status FROM applications WHERE folio = ?1", [&imss_folio], |r| {
            r.get(0)
        })
        .unwrap();
    assert_eq!(status, "received");
    let (_, caseworker, _, _) = &people[1];
    for (who, staff, _, _) in &people[2..] {
        assert_eq!(
            staff
                .decide(&server, "imss", &imss_folio, "in_review", "")
                .await
                .status(),
            StatusCode::NOT_FOUND,
            "{who}"
        );
    }
    let moved = caseworker.decide(&server, "imss", &imss_folio, "in_review", "").await;
    assert_eq!(moved.status(), StatusCode::OK);
    assert_eq!(moved.json::<Value>().await.unwrap()["status"], "in_review");
    let path = format!("/api/v1/staff/agencies/imss/applications/{imss_folio}/status");
    // Without its CSRF token, or signed out, nothing moves.
    let decision = json!({ "status": "approved" });
    let forged = server
        .client
        .post(format!("{}{path}", server.base))
        .header("cookie", &caseworker.cookie)
        .json(&decision)
        .send()
        .await
        .unwrap();
    assert_eq!(forged.status(), StatusCode::FORBIDDEN);
    assert_eq!(
        server
            .client
            .post(format!("{}{path}", server.base))
            .json(&decision)
            .send()
            .await
            .unwrap()
            .status(),
        StatusCode::UNAUTHORIZED
    );
    assert_eq!(
        server.get("/api/v1/staff/agencies/imss/applications").await.status(),
        StatusCode::UNAUTHORIZED
    );

    // Each look and each change is in the audit log, with the status before and after.
    let audited: Vec<(String, String, Option<String>, Option<String>)> = server
        .sql()
        .prepare("SELECT actor, action, before, after FROM audit_log WHERE subject = ?1 ORDER BY id")
        .unwrap()
        .query_map([&imss_folio], |row| {
            Ok((row.get(0)?, row.get(1)?, row.get(2)?, row.get(3)?))
        })
        .unwrap()
        .map(Result::unwrap)
        .collect();
    let view = |actor: &str| (actor.to_owned(), "application.view".to_owned(), None, None);
    assert_eq!(
        audited,
        [
            view("admin@ventanilla.gob.mx"),
            view("caso@imss.gob.mx"),
            (
                "caso@imss.gob.mx".into(),
                "application.status".into(),
                Some("received".into()),
                Some("in_review".into())
            ),
        ]
    );
}

#[tokio::test]
async fn the_answers_of_an_application_resolved_longer_ago_than_the_retention_are_deleted() {
    use ventanilla_api::retention::{Retention, purge};
    let server = Server::start().await;
    let desk = caseworker(&server).await;
    let old = applied_to(&server, "imss-cambio-de-clinica", "retention-old-1").await;
    let recent = applied_to(&server, "imss-cambio-de-clinica", "retention-new-1").await;
    let open = applied_to(&server, "imss-cambio-de-clinica", "retention-open-1").await;
    for (folio, status) in [
        (&old, "in_review"),
        (&recent, "in_review"),
        (&old, "information_requested"),
    ] {
        let note = "Sube tu comprobante de domicilio";
        assert_eq!(
            desk.decide(&server, "imss", folio, status, note).await.status(),
            StatusCode::OK
        );
    }
    let replied = server
        .post(
            "/api/v1/applications/reply",
            &json!({ "folio": old, "curp": "GOML850312MDFNPR02", "message": "Vivo en Calle Roble 12" }),
        )
        .await
        .send()
        .await
        .unwrap();
    assert_eq!(replied.status(), StatusCode::OK);
    for folio in [&old, &recent] {
        assert_eq!(
            desk.decide(&server, "imss", folio, "approved", "").await.status(),
            StatusCode::OK
        );
    }
    // The old one was resolved 91 days ago; the open one was sent as long ago.
    let sql = server.sql();
    sql.execute(
        "UPDATE status_history SET at = '2020-01-01T00:00:00Z' WHERE folio = ?1",
        [&old],
    )
    .unwrap();
    sql.execute(
        "UPDATE status_history SET at = '2020-01-01T00:00:00Z' WHERE folio = ?1",
        [&open],
    )
    .unwrap();
    let db = ventanilla_api::Database::open(server.db_path().as_ref()).unwrap();
    assert_eq!(db.blocking(|conn| purge(conn, Retention::default())).unwrap(), 1);
    assert_eq!(
        db.blocking(|conn| purge(conn, Retention::default())).unwrap(),
        0,
        "once"
    );

    let case = |folio: String| {
        let (server, desk) = (&server, &desk);
        async move {
            let answer = desk
                .get(server, &format!("/api/v1/staff/agencies/imss/applications/{folio}"))
                .await;
            answer.json::<Value>().await.unwrap()
        }
    };
    let purged = case(old.clone()).await;
    assert_eq!(purged["answers"], json!({}));
    assert!(purged["answers_deleted_at"].is_string());
    assert_eq!(purged["status"], "approved");
    let history = purged["history"].as_array().unwrap();
    assert_eq!(history.len(), 5, "the history stays");
    assert_eq!(
        history[2]["note"], "Sube tu comprobante de domicilio",
        "the agency's words stay"
    );
    assert!(
        history.iter().all(|change| change["reply"].is_null()),
        "the applicant's are answers"
    );
    for kept in [recent, open] {
        let kept = case(kept).await;
        assert!(kept["answers"].as_object().is_some_and(|a| !a.is_empty()));
        assert!(kept.get("answers_deleted_at").is_none());
    }
    // The citizen can still see how it ended, with folio and CURP.
    let tracked = server
        .post(
            "/api/v1/applications/track",
            &json!({ "folio": old, "curp": "GOML850312MDFNPR02" }),
        )
        .await
        .send()
        .await
        .unwrap();
    assert_eq!(tracked.status(), StatusCode::OK);
    let deleted: String = sql
        .query_row(
            "SELECT after FROM audit_log WHERE action = 'applications.answers_deleted'",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(deleted, "1");
}

#[tokio::test]
async fn granting_an_enrolled_person_another_role_keeps_their_password_and_key_and_no_role_twice() {
    let server = Server::start().await;
    let (app, _) = enrolled(&server, EMAIL, "admin", None).await;
    let db = server.db_path();
    let add = |role: &str, agency: Option<&str>| {
        let mut args = vec!["staff", "add", "--email", EMAIL, "--role", role, "--db", &db];
        args.extend(agency.map(|a| ["--agency", a]).into_iter().flatten());
        ventanilla_api::cli::execute(&args.into_iter().map(String::from).collect::<Vec<_>>())
            .unwrap()
            .1
            .unwrap()
    };
    for said in [add("admin", None), add("caseworker", Some("imss"))] {
        assert_eq!(
            said,
            format!("{EMAIL} is enrolled already: the role is theirs now, with the same password and key")
        );
    }
    let answer = sign_in(&server, EMAIL, PASSWORD, &app.code(30)).await;
    assert_eq!(answer.status(), StatusCode::OK, "the same password and key");
    let roles = answer.json::<Value>().await.unwrap()["roles"].clone();
    assert_eq!(
        roles,
        json!([{ "role": "caseworker", "agency": "imss" }, { "role": "platform_admin" }])
    );
}

#[tokio::test]
async fn the_queue_is_filtered_by_procedure_status_and_day_and_searched_by_folio() {
    let server = Server::start().await;
    let desk = caseworker(&server).await;
    let clinic = applied_to(&server, "imss-cambio-de-clinica", "queue-clinic-1").await;
    let students = applied_to(&server, "imss-alta-estudiantes", "queue-students-1").await;
    let old = applied_to(&server, "imss-cambio-de-clinica", "queue-old-1").await;
    assert_eq!(
        desk.decide(&server, "imss", &students, "in_review", "").await.status(),
        StatusCode::OK
    );
    // Sent at 05:00 UTC on 2 March 2025: still the 1st in Mexico City.
    server
        .sql()
        .execute(
            "UPDATE applications SET submitted_at = '2025-03-02T05:00:00Z' WHERE folio = ?1",
            [&old],
        )
        .unwrap();
    let queue = |query: &str| {
        let (server, desk) = (&server, &desk);
        let path = format!("/api/v1/staff/agencies/imss/applications?{query}");
        async move {
            let answer = desk.get(server, &path).await;
            assert_eq!(answer.status(), StatusCode::OK, "{path}");
            let found: Vec<Value> = answer.json().await.unwrap();
            found
                .iter()
                .map(|a| a["folio"].as_str().unwrap().to_owned())
                .collect::<Vec<_>>()
        }
    };
    assert_eq!(queue("lang=es").await, [students.clone(), clinic.clone(), old.clone()]);
    assert_eq!(
        queue("form=imss-cambio-de-clinica").await,
        [clinic.clone(), old.clone()]
    );
    assert_eq!(queue("status=in_review").await, std::slice::from_ref(&students));
    assert_eq!(queue("from=2025-03-01&to=2025-03-01").await, std::slice::from_ref(&old));
    assert_eq!(queue("to=2025-02-28").await, Vec::<String>::new());
    // A folio as typed: lower case, spaced, or its start.
    let typed = format!(" {} ", clinic[..7].to_lowercase());
    assert!(
        queue(&format!("folio={}", typed.replace(' ', "%20")))
            .await
            .contains(&clinic)
    );
    assert_eq!(
        queue(&format!("folio={}", clinic.to_lowercase())).await,
        std::slice::from_ref(&clinic)
    );
    let refused: Value = desk
        .get(&server, "/api/v1/staff/agencies/imss/applications?status=resolved")
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(
        (refused["status"].as_u64(), refused["code"].as_str()),
        (Some(422), Some("status.unknown"))
    );
    let bad_day = desk
        .get(&server, "/api/v1/staff/agencies/imss/applications?from=1/3/2025")
        .await;
    assert_eq!(bad_day.status(), StatusCode::UNPROCESSABLE_ENTITY);

    // The same list as CSV, for a spreadsheet: never the answers, and each export audited.
    let exported = desk
        .get(
            &server,
            "/api/v1/staff/agencies/imss/applications/export?form=imss-cambio-de-clinica",
        )
        .await;
    assert_eq!(exported.status(), StatusCode::OK);
    assert!(
        exported.headers()["content-type"]
            .to_str()
            .unwrap()
            .starts_with("text/csv")
    );
    let csv = exported.text().await.unwrap();
    let lines: Vec<&str> = csv.lines().collect();
    assert_eq!(lines[0], "folio,form,title,status,submitted_at");
    assert_eq!(lines.len(), 3, "{csv}");
    assert!(lines[1].starts_with(&format!("{clinic},imss-cambio-de-clinica,")) && lines[1].contains(",received,"));
    assert!(!csv.contains("GOML850312MDFNPR02"), "no CURP, no answer");
    let audited: (String, String, String) = server
        .sql()
        .query_row(
            "SELECT subject, after, agency FROM audit_log WHERE action = 'applications.export'",
            [],
            |row| Ok((row.get(0)?, row.get(1)?, row.get(2)?)),
        )
        .unwrap();
    assert_eq!(
        audited,
        ("form=imss-cambio-de-clinica".into(), "2".into(), "imss".into())
    );
    let stranger = signed_in(&server, "caso@sre.gob.mx", "caseworker", Some("sre")).await;
    let refused = stranger
        .get(&server, "/api/v1/staff/agencies/imss/applications/export")
        .await;
    assert_eq!(refused.status(), StatusCode::NOT_FOUND);
}
