//! What the agencies publish: lists, one item, and the Atom feed.

use axum::Json;
use axum::extract::{Path, State};
use axum::http::header;
use axum::response::IntoResponse;
use ventanilla_core::api::{ContentItem, ContentQuery, ContentSummary, LangQuery, NoQuery, Page, Problem};

use crate::AppState;
use crate::content::{self, feed};
use crate::lang::RequestLang;
use crate::params::Query;
use crate::problem::ApiProblem;

/// The items the agencies have published, newest first, filtered.
#[utoipa::path(get, path = "/api/v1/content", tag = "content",
    params(ContentQuery, LangQuery),
    responses((status = 200, body = Page<ContentSummary>),
              (status = 422, body = Problem, content_type = "application/problem+json",
               description = "A value not understood, or naming no agency or topic")))]
pub async fn list(
    State(state): State<AppState>,
    RequestLang(lang): RequestLang,
    Query(query): Query<ContentQuery>,
) -> Result<Json<Page<ContentSummary>>, ApiProblem> {
    state
        .db
        .run(move |conn| Ok(Json(content::list(conn, &query, lang)?)))
        .await
}

/// One published item of an agency, in the language asked or, when it has
/// no English version, in Spanish (its `lang` says which).
#[utoipa::path(get, path = "/api/v1/agencies/{slug}/content/{item}", tag = "content",
    params(("slug" = String, Path, description = "The agency's slug"), ("item" = String, Path, description = "The item's slug"), NoQuery, LangQuery),
    responses((status = 200, body = ContentItem),
              (status = 404, body = Problem, content_type = "application/problem+json")))]
pub async fn get(
    State(state): State<AppState>,
    RequestLang(lang): RequestLang,
    Query(NoQuery {}): Query<NoQuery>,
    Path((agency, slug)): Path<(String, String)>,
) -> Result<Json<ContentItem>, ApiProblem> {
    state
        .db
        .run(move |conn| {
            let item = content::item(conn, &agency, &slug, lang)?;
            item.map(Json)
                .ok_or_else(|| ApiProblem::not_found().detail("The agency has published no such item"))
        })
        .await
}

/// `/prensa/feed.atom`: the newest items as Atom, with `/prensa`'s filters.
pub async fn atom(
    State(state): State<AppState>,
    RequestLang(lang): RequestLang,
    Query(query): Query<ContentQuery>,
    uri: axum::http::Uri,
) -> Result<impl IntoResponse, ApiProblem> {
    let public_url = state.public_url.clone();
    let body = state
        .db
        .run(move |conn| {
            let page = content::list(conn, &query, lang)?;
            let self_url = format!("{public_url}{uri}");
            let page_url = format!(
                "{public_url}{}",
                ventanilla::query_params::NEWS.link(&ContentQuery { page: None, ..query })
            );
            let title = ventanilla::i18n::format(lang, "news-feed-title", None);
            Ok(feed::atom(&title, &self_url, &page_url, &public_url, lang, &page.items))
        })
        .await?;
    Ok(([(header::CONTENT_TYPE, "application/atom+xml; charset=utf-8")], body))
}
