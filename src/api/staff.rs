use ventanilla_core::api::{
    ApplicationCase, ApplicationStatus, Enrolled, Enrolment, EnrolmentStart, QueuedApplication, SignIn, StaffSession,
    StatusUpdate,
};
use ventanilla_core::lang::Lang;

use super::{ApiError, delete, encode, get, post};

/// The header that proves a change comes from this app's own page.
fn csrf(token: &str) -> Option<(&'static str, String)> {
    Some(("X-CSRF-Token", token.to_owned()))
}

/// The TOTP key an enrolment link offers.
pub async fn enrolment(token: &str, lang: Lang) -> Result<EnrolmentStart, ApiError> {
    get(&format!("/staff/enrolment/{}", encode(token)), lang).await
}

/// Completes an enrolment; the recovery codes, shown once.
pub async fn enrol(token: &str, enrolment: Enrolment, lang: Lang) -> Result<Enrolled, ApiError> {
    post(&format!("/staff/enrolment/{}", encode(token)), lang, &enrolment, None).await
}

/// Signs in: the session's cookie comes with the answer.
pub async fn sign_in(request: SignIn, lang: Lang) -> Result<StaffSession, ApiError> {
    post("/staff/session", lang, &request, None).await
}

/// Who is signed in, with the CSRF token.
pub async fn session(lang: Lang) -> Result<StaffSession, ApiError> {
    get("/staff/session", lang).await
}

pub async fn sign_out(csrf_token: &str, lang: Lang) -> Result<(), ApiError> {
    delete("/staff/session", lang, csrf(csrf_token)).await
}

/// An agency's applications, newest first.
pub async fn queue(agency: &str, lang: Lang) -> Result<Vec<QueuedApplication>, ApiError> {
    get(&format!("/staff/agencies/{}/applications", encode(agency)), lang).await
}

/// One application with the citizen's answers.
pub async fn case(agency: &str, folio: &str, lang: Lang) -> Result<ApplicationCase, ApiError> {
    get(
        &format!("/staff/agencies/{}/applications/{}", encode(agency), encode(folio)),
        lang,
    )
    .await
}

/// A caseworker's decision on an application.
pub async fn decide(
    agency: &str,
    folio: &str,
    update: &StatusUpdate,
    csrf_token: &str,
    lang: Lang,
) -> Result<ApplicationStatus, ApiError> {
    let path = format!(
        "/staff/agencies/{}/applications/{}/status",
        encode(agency),
        encode(folio)
    );
    post(&path, lang, update, csrf(csrf_token)).await
}
