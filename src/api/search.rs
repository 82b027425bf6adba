use ventanilla_core::api::SearchResults;
use ventanilla_core::lang::Lang;

use super::{ApiError, encode, get};

/// What the search box suggests for `text`.
pub async fn search(text: String, limit: u32, lang: Lang) -> Result<SearchResults, ApiError> {
    get(&format!("/search?q={}&limit={limit}", encode(&text)), lang).await
}
