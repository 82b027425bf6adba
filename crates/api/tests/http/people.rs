//! How admins manage an agency's people: invitations by e-mail, roles taken
//! away, locks lifted, and the audit log each admin may read.

use reqwest::StatusCode;
use serde_json::{Value, json};
use ventanilla_api::Options;

use crate::staff::{PASSWORD, Staff, enrolled_with, session_of, sign_in, signed_in};
use crate::support::Server;

/// The enrolment token in the last e-mail to `address`, as its reader
/// follows the link; and the whole mail.
async fn mailed_token(server: &Server, address: &str) -> (String, Value) {
    let mail: Vec<Value> = server
        .get(&format!("/api/v1/dev/mail-outbox?address={address}"))
        .await
        .json()
        .await
        .unwrap();
    let body = mail[0]["body"].as_str().unwrap();
    let link = body.split_whitespace().find(|w| w.contains("/gestion/alta/")).unwrap();
    let token = link.rsplit_once("/gestion/alta/").unwrap().1.to_owned();
    (token, mail[0].clone())
}

async fn invite(by: &Staff, server: &Server, email: &str, role: &str, agency: Option<&str>) -> reqwest::Response {
    by.post(
        server,
        "/api/v1/staff/invitations?lang=en",
        &json!({ "email": email, "role": role, "agency": agency }),
    )
    .await
}

/// Invites `email`, who enrols from the e-mail and signs in.
async fn joined(by: &Staff, server: &Server, email: &str, role: &str, agency: &str) -> (Staff, i64) {
    let answer = invite(by, server, email, role, Some(agency)).await;
    assert_eq!(answer.status(), StatusCode::CREATED, "{email}");
    let member: Value = answer.json().await.unwrap();
    assert_eq!(
        (member["enrolled"].as_bool(), &member["roles"]),
        (Some(false), &json!([role]))
    );
    let (token, mail) = mailed_token(server, email).await;
    assert!(
        mail["subject"].as_str().unwrap().starts_with("Set up"),
        "in the asker's language"
    );
    assert!(
        mail["body"]
            .as_str()
            .unwrap()
            .contains("https://ventanilla.example.gob.mx/gestion/alta/"),
        "the configured address, never the request's Host"
    );
    let (_, recovery) = enrolled_with(server, &token).await;
    (
        session_of(server, email, &recovery[0]).await,
        member["id"].as_i64().unwrap(),
    )
}

#[tokio::test]
async fn admins_invite_by_e_mail_manage_roles_and_locks_and_read_their_agency_s_log() {
    let server = Server::start_with(Options {
        dev_outbox: true,
        public_url: Some("https://ventanilla.example.gob.mx".into()),
        ..Options::default()
    })
    .await;
    let platform = signed_in(&server, "admin@ventanilla.gob.mx", "admin", None).await;
    let (imss_admin, _) = joined(&platform, &server, "jefa@imss.gob.mx", "agency_admin", "imss").await;
    let (caseworker, caseworker_id) = joined(&imss_admin, &server, "caso@imss.gob.mx", "caseworker", "imss").await;
    let (_, sre_admin_id) = joined(&platform, &server, "jefe@sre.gob.mx", "agency_admin", "sre").await;

    // An agency's admin gives its roles only: not another agency's, not the platform's.
    for (role, agency) in [
        ("caseworker", Some("sre")),
        ("platform_admin", None),
        ("agency_admin", Some("nada")),
    ] {
        let refused = invite(&imss_admin, &server, "otro@gob.mx", role, agency).await;
        assert_eq!(refused.status(), StatusCode::NOT_FOUND, "{role} of {agency:?}");
    }
    let invalid: Value = invite(&imss_admin, &server, "no es correo", "editor", None)
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(
        invalid["errors"],
        json!([
            { "field": "email", "code": "email.format" },
            { "field": "agency", "code": "agency.required" }
        ])
    );
    // A caseworker manages no one.
    let people = "/api/v1/staff/agencies/imss/people";
    assert_eq!(caseworker.get(&server, people).await.status(), StatusCode::NOT_FOUND);
    assert_eq!(
        invite(&caseworker, &server, "x@imss.gob.mx", "caseworker", Some("imss"))
            .await
            .status(),
        StatusCode::NOT_FOUND
    );
    assert_eq!(
        imss_admin
            .get(&server, "/api/v1/staff/agencies/sre/people")
            .await
            .status(),
        StatusCode::NOT_FOUND
    );
    let listed: Vec<Value> = imss_admin.get(&server, people).await.json().await.unwrap();
    let emails: Vec<_> = listed.iter().map(|p| p["email"].as_str().unwrap()).collect();
    assert_eq!(emails, ["caso@imss.gob.mx", "jefa@imss.gob.mx"]);
    assert!(
        listed
            .iter()
            .all(|p| p["enrolled"] == true && p.get("locked_for").is_none())
    );

    // Five failed sign-ins lock the caseworker: their admin sees it and lifts it.
    for _ in 0..5 {
        sign_in(&server, "caso@imss.gob.mx", PASSWORD, "000000").await;
    }
    let listed: Vec<Value> = imss_admin.get(&server, people).await.json().await.unwrap();
    assert!(
        listed[0]["locked_for"].as_i64().is_some_and(|s| s > 0 && s <= 900),
        "{listed:?}"
    );
    let lock = format!("{people}/{caseworker_id}/lock");
    let sre_lock = format!("/api/v1/staff/agencies/sre/people/{caseworker_id}/lock");
    assert_eq!(
        platform.delete(&server, &sre_lock).await.status(),
        StatusCode::NOT_FOUND,
        "not of the SRE"
    );
    assert_eq!(imss_admin.delete(&server, &lock).await.status(), StatusCode::NO_CONTENT);
    let listed: Vec<Value> = imss_admin.get(&server, people).await.json().await.unwrap();
    assert!(listed[0].get("locked_for").is_none());

    // A role taken away stops working at once; another agency's person is out of reach.
    let queue = "/api/v1/staff/agencies/imss/applications";
    assert_eq!(caseworker.get(&server, queue).await.status(), StatusCode::OK);
    let sre_person = format!("{people}/{sre_admin_id}/roles/agency_admin");
    assert_eq!(
        imss_admin.delete(&server, &sre_person).await.status(),
        StatusCode::NOT_FOUND
    );
    let role = format!("{people}/{caseworker_id}/roles/caseworker");
    assert_eq!(imss_admin.delete(&server, &role).await.status(), StatusCode::NO_CONTENT);
    assert_eq!(imss_admin.delete(&server, &role).await.status(), StatusCode::NOT_FOUND);
    assert_eq!(caseworker.get(&server, queue).await.status(), StatusCode::NOT_FOUND);

    // Each admin reads their agency's log; the whole log is the platform admin's.
    let log: Vec<Value> = imss_admin
        .get(&server, "/api/v1/staff/agencies/imss/audit")
        .await
        .json()
        .await
        .unwrap();
    let actions: Vec<_> = log
        .iter()
        .map(|e| (e["action"].as_str().unwrap(), e["subject"].as_str().unwrap()))
        .collect();
    assert_eq!(
        actions,
        [
            ("staff.role_revoke", "caso@imss.gob.mx"),
            ("staff.lock_release", "caso@imss.gob.mx"),
            ("staff.invite", "caso@imss.gob.mx"),
            ("staff.invite", "jefa@imss.gob.mx"),
        ],
        "newest first, nothing of the SRE"
    );
    assert_eq!(log[3]["actor"], "admin@ventanilla.gob.mx");
    assert_eq!(
        imss_admin.get(&server, "/api/v1/staff/audit").await.status(),
        StatusCode::NOT_FOUND
    );
    let whole: Vec<Value> = platform.get(&server, "/api/v1/staff/audit").await.json().await.unwrap();
    assert!(whole.iter().any(|e| e["agency"] == "sre"));
    assert!(whole.iter().any(|e| e["action"] == "staff.sign_in_failed"));
    let db = server.db_path();
    let said = ventanilla_api::cli::execute(&["audit".into(), "verify".into(), "--db".into(), db])
        .unwrap()
        .1;
    assert!(said.unwrap().starts_with("The audit log is whole"));
}
