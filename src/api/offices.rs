use ventanilla_core::api::{ApiQuery, Office, OfficeQuery, Page};
use ventanilla_core::lang::Lang;

use super::{ApiError, get, query_string};

/// Public Attention Centers matching `query`.
pub async fn offices(query: OfficeQuery, lang: Lang) -> Result<Page<Office>, ApiError> {
    get(&format!("/offices{}", query_string(&query.pairs())), lang).await
}

/// The states, for choosing where to look.
pub async fn states(lang: Lang) -> Result<Vec<ventanilla_core::api::State>, ApiError> {
    get("/states", lang).await
}

pub async fn office(id: String, lang: Lang) -> Result<Office, ApiError> {
    get(&format!("/offices/{}", super::encode(&id)), lang).await
}
