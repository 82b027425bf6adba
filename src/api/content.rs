use ventanilla_core::api::{ApiQuery, ContentItem, ContentQuery, ContentSummary, Page};
use ventanilla_core::lang::Lang;

use super::{ApiError, encode, get, query_string};

/// What the agencies have published, newest first, as `query` filters it.
pub async fn content(query: ContentQuery, lang: Lang) -> Result<Page<ContentSummary>, ApiError> {
    get(&format!("/content{}", query_string(&query.pairs())), lang).await
}

/// One item `agency` published.
pub async fn content_item(agency: String, slug: String, lang: Lang) -> Result<ContentItem, ApiError> {
    get(
        &format!("/agencies/{}/content/{}", encode(&agency), encode(&slug)),
        lang,
    )
    .await
}
