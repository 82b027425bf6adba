use ventanilla_core::api::{Agency, AgencyDetail, Category, LifeEvent};
use ventanilla_core::lang::Lang;

use super::{ApiError, encode, get};

/// The categories of the catalogue, in catalogue order.
pub async fn categories(lang: Lang) -> Result<Vec<Category>, ApiError> {
    get("/categories", lang).await
}

pub async fn life_events(lang: Lang) -> Result<Vec<LifeEvent>, ApiError> {
    get("/life-events", lang).await
}

pub async fn agencies(lang: Lang) -> Result<Vec<Agency>, ApiError> {
    get("/agencies", lang).await
}

pub async fn agency(slug: String, lang: Lang) -> Result<AgencyDetail, ApiError> {
    get(&format!("/agencies/{}", encode(&slug)), lang).await
}
