//! `/api/v1/staff/agencies/{agency}/content/…`: the agency's editors and
//! publishers write, review and publish its content. Whoever is neither in
//! that agency (nor a platform admin) gets a 404, as for an item that
//! isn't there.

use axum::Json;
use axum::extract::{Path, State};
use ventanilla_core::api::{
    DiffQuery, Document, DocumentDetail, Draft, FieldDiff, LangQuery, NoQuery, Preview, Problem, Role, Transition,
};

use super::sms::Client;
use crate::AppState;
use crate::content::{live, workflow};
use crate::lang::RequestLang;
use crate::params::Query;
use crate::problem::ApiProblem;
use crate::staff::session::SignedIn;

/// Whether `signed_in` writes for `agency`, and whether they publish for
/// it; a 404 for anyone else.
pub(super) fn writer(signed_in: &SignedIn, agency: &str) -> Result<bool, ApiProblem> {
    let publisher = signed_in.may(Role::Publisher, agency);
    if publisher || signed_in.may(Role::Editor, agency) {
        Ok(publisher)
    } else {
        Err(ApiProblem::not_found().detail("No such agency, or not yours to edit"))
    }
}

/// The agency's items, whatever their state, the newest work first.
#[utoipa::path(get, path = "/api/v1/staff/agencies/{agency}/content", tag = "editing",
    params(("agency" = String, Path, description = "The agency's slug"), NoQuery, LangQuery),
    security(("staff_session" = [])),
    responses((status = 200, body = Vec<Document>),
              (status = 401, body = Problem, content_type = "application/problem+json",
               description = "`staff.signed_out`: no session, or it has expired"),
              (status = 404, body = Problem, content_type = "application/problem+json",
               description = "No such agency, or the person is neither its editor nor its publisher")))]
pub async fn list(
    State(state): State<AppState>,
    Query(NoQuery {}): Query<NoQuery>,
    signed_in: SignedIn,
    Path(agency): Path<String>,
) -> Result<Json<Vec<Document>>, ApiProblem> {
    writer(&signed_in, &agency)?;
    state
        .db
        .run(move |conn| Ok(Json(workflow::documents(conn, &agency)?)))
        .await
}

/// One item: its newest version to edit, and its versions.
#[utoipa::path(get, path = "/api/v1/staff/agencies/{agency}/content/{slug}", tag = "editing",
    params(("agency" = String, Path, description = "The agency's slug"), ("slug" = String, Path, description = "The item's slug"), NoQuery, LangQuery),
    security(("staff_session" = [])),
    responses((status = 200, body = DocumentDetail),
              (status = 401, body = Problem, content_type = "application/problem+json",
               description = "`staff.signed_out`: no session, or it has expired"),
              (status = 404, body = Problem, content_type = "application/problem+json",
               description = "No such item, or not the person's to edit")))]
pub async fn get(
    State(state): State<AppState>,
    Query(NoQuery {}): Query<NoQuery>,
    signed_in: SignedIn,
    Path((agency, slug)): Path<(String, String)>,
) -> Result<Json<DocumentDetail>, ApiProblem> {
    writer(&signed_in, &agency)?;
    state
        .db
        .run(move |conn| Ok(Json(workflow::detail(conn, &agency, &slug)?)))
        .await
}

/// Saves a new version of the item, in draft, creating the item when new:
/// each call one more version.
#[utoipa::path(post, path = "/api/v1/staff/agencies/{agency}/content/{slug}", tag = "editing",
    params(("agency" = String, Path, description = "The agency's slug"), ("slug" = String, Path, description = "The item's slug: lower-case words joined by hyphens"), NoQuery, LangQuery),
    request_body = Draft,
    security(("staff_session" = [])),
    responses((status = 200, body = Document),
              (status = 401, body = Problem, content_type = "application/problem+json",
               description = "`staff.signed_out`: no session, or it has expired"),
              (status = 403, body = Problem, content_type = "application/problem+json",
               description = "`staff.csrf`: the session's CSRF token is missing"),
              (status = 404, body = Problem, content_type = "application/problem+json",
               description = "No such agency, or not the person's to edit"),
              (status = 409, body = Problem, content_type = "application/problem+json",
               description = "`content.state`: withdrawn or unpublished, it is no longer edited"),
              (status = 422, body = Problem, content_type = "application/problem+json",
               description = "The slug or the draft breaks a rule: `errors` says which, by field")))]
pub async fn save(
    State(state): State<AppState>,
    Query(NoQuery {}): Query<NoQuery>,
    Client(client): Client,
    signed_in: SignedIn,
    Path((agency, slug)): Path<(String, String)>,
    Json(draft): Json<Draft>,
) -> Result<Json<Document>, ApiProblem> {
    let publisher = writer(&signed_in, &agency)?;
    let now = state.clock.now();
    state
        .db
        .run(move |conn| {
            let actor = workflow::Actor {
                email: &signed_in.email,
                client: &client,
                publisher,
            };
            Ok(Json(workflow::save(conn, &agency, &slug, &draft, &actor, now)?))
        })
        .await
}

/// Takes the item one step through the workflow.
#[utoipa::path(post, path = "/api/v1/staff/agencies/{agency}/content/{slug}/transitions", tag = "editing",
    params(("agency" = String, Path, description = "The agency's slug"), ("slug" = String, Path, description = "The item's slug"), NoQuery, LangQuery),
    request_body = Transition,
    security(("staff_session" = [])),
    responses((status = 200, body = Document),
              (status = 401, body = Problem, content_type = "application/problem+json",
               description = "`staff.signed_out`: no session, or it has expired"),
              (status = 403, body = Problem, content_type = "application/problem+json",
               description = "`staff.csrf`: no CSRF token; `content.publisher_only`: an editor's step it is not; \
                              `content.own_submission`: the publisher submitted it and did not force it"),
              (status = 404, body = Problem, content_type = "application/problem+json",
               description = "No such item, or not the person's to edit"),
              (status = 409, body = Problem, content_type = "application/problem+json",
               description = "`content.state`: not a step the item can take in its state"),
              (status = 422, body = Problem, content_type = "application/problem+json",
               description = "A time not to come, a withdrawal without its reason, a replacement not a path")))]
pub async fn step(
    State(state): State<AppState>,
    Query(NoQuery {}): Query<NoQuery>,
    Client(client): Client,
    signed_in: SignedIn,
    Path((agency, slug)): Path<(String, String)>,
    Json(step): Json<Transition>,
) -> Result<Json<Document>, ApiProblem> {
    let publisher = writer(&signed_in, &agency)?;
    let now = state.clock.now();
    let stepped = state
        .db
        .run(move |conn| {
            let actor = workflow::Actor {
                email: &signed_in.email,
                client: &client,
                publisher,
            };
            Ok(Json(workflow::step(conn, &agency, &slug, &step, &actor, now)?))
        })
        .await;
    // A publication, a withdrawal, an unpublishing: pages show it at once.
    if stepped.is_ok() {
        state.published.changed();
    }
    stepped
}

/// What changed between two versions, field by field, line by line; by
/// default from the live version (else the one before) to the newest.
#[utoipa::path(get, path = "/api/v1/staff/agencies/{agency}/content/{slug}/diff", tag = "editing",
    params(("agency" = String, Path, description = "The agency's slug"), ("slug" = String, Path, description = "The item's slug"), DiffQuery, LangQuery),
    security(("staff_session" = [])),
    responses((status = 200, body = Vec<FieldDiff>),
              (status = 401, body = Problem, content_type = "application/problem+json",
               description = "`staff.signed_out`: no session, or it has expired"),
              (status = 404, body = Problem, content_type = "application/problem+json",
               description = "No such item, or not the person's to edit"),
              (status = 422, body = Problem, content_type = "application/problem+json",
               description = "A parameter not understood, or `content.version`: no such version")))]
pub async fn diff(
    State(state): State<AppState>,
    Query(query): Query<DiffQuery>,
    signed_in: SignedIn,
    Path((agency, slug)): Path<(String, String)>,
) -> Result<Json<Vec<FieldDiff>>, ApiProblem> {
    writer(&signed_in, &agency)?;
    state
        .db
        .run(move |conn| {
            let document = workflow::detail(conn, &agency, &slug)?.document;
            let to = query.to.map_or(document.version, |v| v.0);
            // What a reviewer compares by default: the live version, else the
            // one before (none before the first: all of it is new).
            let from = query
                .from
                .map(|v| v.0)
                .unwrap_or_else(|| document.live_version.filter(|live| *live < to).unwrap_or(to - 1));
            Ok(Json(workflow::diff(conn, &agency, &slug, from, to)?))
        })
        .await
}

/// The draft as its page would show it, with the public page's parts, and
/// what its editor is warned about. Nothing is saved.
#[utoipa::path(post, path = "/api/v1/staff/agencies/{agency}/content/{slug}/preview", tag = "editing",
    params(("agency" = String, Path, description = "The agency's slug"), ("slug" = String, Path, description = "The item's slug"), NoQuery, LangQuery),
    request_body = Draft,
    security(("staff_session" = [])),
    responses((status = 200, body = Preview),
              (status = 401, body = Problem, content_type = "application/problem+json",
               description = "`staff.signed_out`: no session, or it has expired"),
              (status = 403, body = Problem, content_type = "application/problem+json",
               description = "`staff.csrf`: the session's CSRF token is missing"),
              (status = 404, body = Problem, content_type = "application/problem+json",
               description = "No such agency, or not the person's to edit"),
              (status = 422, body = Problem, content_type = "application/problem+json",
               description = "The slug or the draft breaks a rule: `errors` says which, by field")))]
pub async fn preview(
    State(state): State<AppState>,
    RequestLang(lang): RequestLang,
    Query(NoQuery {}): Query<NoQuery>,
    signed_in: SignedIn,
    Path((agency, slug)): Path<(String, String)>,
    Json(draft): Json<Draft>,
) -> Result<Json<Preview>, ApiProblem> {
    writer(&signed_in, &agency)?;
    let now = state.clock.now();
    state
        .db
        .run(move |conn| {
            workflow::ensure_valid(conn, &agency, &slug, &draft)?;
            let warnings = workflow::warnings(&draft);
            let item = live::preview(conn, &agency, &slug, draft, now, lang)?;
            Ok(Json(Preview { item, warnings }))
        })
        .await
}
