use std::cell::Cell;

use ventanilla_core::api::{
    ApiQuery, ApplicationCase, ApplicationStatus, AuditRecord, Document, DocumentDetail, Draft, Enrolled, Enrolment,
    EnrolmentStart, FieldDiff, Invitation, Preview, QueueQuery, QueuedApplication, Role, SignIn, StaffMember,
    StaffSession, StatusUpdate, Text, Transition, Upload, UploadQuery,
};
use ventanilla_core::lang::Lang;

use super::transport::Header;
use super::{API_BASE, ApiError, encode, query_string};

thread_local! {
    /// When (`clock::now_ms`) the last staff request that the server
    /// answered left this page: each one keeps the session alive.
    static LAST_HEARD: Cell<f64> = Cell::new(crate::clock::now_ms());
}

/// When the last staff request that the server answered left this page.
pub fn last_staff_request() -> f64 {
    LAST_HEARD.with(Cell::get)
}

/// `request`, noting when it left if the server answered.
async fn heard<T>(request: impl Future<Output = Result<T, ApiError>>) -> Result<T, ApiError> {
    let sent = crate::clock::now_ms();
    let answer = request.await;
    if !matches!(answer, Err(ApiError::Network)) {
        LAST_HEARD.with(|last| last.set(sent));
    }
    answer
}

async fn get<T: serde::de::DeserializeOwned>(path: &str, lang: Lang) -> Result<T, ApiError> {
    heard(super::get(path, lang)).await
}

async fn post<T: serde::de::DeserializeOwned>(
    path: &str,
    lang: Lang,
    body: &impl serde::Serialize,
    header: Option<Header>,
) -> Result<T, ApiError> {
    heard(super::post(path, lang, body, header)).await
}

async fn delete(path: &str, lang: Lang, header: Option<Header>) -> Result<(), ApiError> {
    heard(super::delete(path, lang, header)).await
}

/// The header that proves a change comes from this app's own page.
fn csrf(token: &str) -> Option<Header> {
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

/// Ends every session of the signed-in person, on every device.
pub async fn sign_out_everywhere(csrf_token: &str, lang: Lang) -> Result<(), ApiError> {
    delete("/staff/sessions", lang, csrf(csrf_token)).await
}

/// Where the queue `filters` ask for downloads as CSV.
pub fn queue_export_url(agency: &str, filters: &QueueQuery, lang: Lang) -> String {
    let mut pairs = filters.pairs();
    pairs.push(("lang", lang.code().to_owned()));
    format!(
        "{API_BASE}/api/v1/staff/agencies/{}/applications/export{}",
        encode(agency),
        query_string(&pairs)
    )
}

/// An agency's applications, newest first, as `filters` ask.
pub async fn queue(agency: &str, filters: &QueueQuery, lang: Lang) -> Result<Vec<QueuedApplication>, ApiError> {
    let query = query_string(&filters.pairs());
    get(&format!("/staff/agencies/{}/applications{query}", encode(agency)), lang).await
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

fn document_path(agency: &str, slug: &str) -> String {
    format!("/staff/agencies/{}/content/{}", encode(agency), encode(slug))
}

/// The agency's content, whatever its state.
pub async fn documents(agency: &str, lang: Lang) -> Result<Vec<Document>, ApiError> {
    get(&format!("/staff/agencies/{}/content", encode(agency)), lang).await
}

/// One item, its newest version and its versions.
pub async fn document(agency: &str, slug: &str, lang: Lang) -> Result<DocumentDetail, ApiError> {
    get(&document_path(agency, slug), lang).await
}

/// Saves `draft` as the item's newest version.
pub async fn save_draft(
    agency: &str,
    slug: &str,
    draft: &Draft,
    csrf_token: &str,
    lang: Lang,
) -> Result<Document, ApiError> {
    post(&document_path(agency, slug), lang, draft, csrf(csrf_token)).await
}

/// Keeps `file`, chosen by the person, for `agency`'s content, under the
/// name it was chosen with.
pub async fn upload(agency: &str, file: web_sys::File, csrf_token: &str, lang: Lang) -> Result<Upload, ApiError> {
    let mut pairs = UploadQuery {
        name: Text(file.name()),
    }
    .pairs();
    pairs.push(("lang", lang.code().to_owned()));
    let url = format!(
        "{API_BASE}/api/v1/staff/agencies/{}/files{}",
        encode(agency),
        query_string(&pairs)
    );
    let answer = heard(super::transport::upload(url, file, csrf(csrf_token))).await?;
    serde_json::from_str(&answer).map_err(|_| ApiError::Unexpected)
}

/// `draft` as its page would show it.
pub async fn preview(
    agency: &str,
    slug: &str,
    draft: &Draft,
    csrf_token: &str,
    lang: Lang,
) -> Result<Preview, ApiError> {
    post(
        &format!("{}/preview", document_path(agency, slug)),
        lang,
        draft,
        csrf(csrf_token),
    )
    .await
}

/// Takes the item a step through the workflow.
pub async fn take_step(
    agency: &str,
    slug: &str,
    step: &Transition,
    csrf_token: &str,
    lang: Lang,
) -> Result<Document, ApiError> {
    post(
        &format!("{}/transitions", document_path(agency, slug)),
        lang,
        step,
        csrf(csrf_token),
    )
    .await
}

/// What changed from the live version (or the one before) to the newest.
pub async fn diff(agency: &str, slug: &str, lang: Lang) -> Result<Vec<FieldDiff>, ApiError> {
    get(&format!("{}/diff", document_path(agency, slug)), lang).await
}

/// Gives a person a role, and, if they have no account, the link to set it up by e-mail.
pub async fn invite(invitation: &Invitation, csrf_token: &str, lang: Lang) -> Result<StaffMember, ApiError> {
    post("/staff/invitations", lang, invitation, csrf(csrf_token)).await
}

/// An agency's people, with their roles there.
pub async fn people(agency: &str, lang: Lang) -> Result<Vec<StaffMember>, ApiError> {
    get(&format!("/staff/agencies/{}/people", encode(agency)), lang).await
}

/// Takes `role` in `agency` away from the person `id`.
pub async fn revoke(agency: &str, id: i64, role: Role, csrf_token: &str, lang: Lang) -> Result<(), ApiError> {
    let path = format!("/staff/agencies/{}/people/{id}/roles/{}", encode(agency), role.code());
    delete(&path, lang, csrf(csrf_token)).await
}

/// Lifts the lock that failed sign-ins put on the person `id`.
pub async fn release(agency: &str, id: i64, csrf_token: &str, lang: Lang) -> Result<(), ApiError> {
    let path = format!("/staff/agencies/{}/people/{id}/lock", encode(agency));
    delete(&path, lang, csrf(csrf_token)).await
}

/// The audit log of `agency`, or, for the platform admin, all of it.
pub async fn audit_log(agency: Option<&str>, lang: Lang) -> Result<Vec<AuditRecord>, ApiError> {
    let path = match agency {
        Some(agency) => format!("/staff/agencies/{}/audit", encode(agency)),
        None => "/staff/audit".to_owned(),
    };
    get(&path, lang).await
}
