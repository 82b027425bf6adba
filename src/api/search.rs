use ventanilla_core::api::{ApiQuery, SearchQuery, SearchResults};
use ventanilla_core::lang::Lang;

use super::{ApiError, get, query_string};

/// What the search box suggests for `query`.
pub async fn search(query: SearchQuery, lang: Lang) -> Result<SearchResults, ApiError> {
    get(&format!("/search{}", query_string(&query.pairs())), lang).await
}
