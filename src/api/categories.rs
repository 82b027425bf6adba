use ventanilla_core::api::Category;
use ventanilla_core::lang::Lang;

use super::{ApiError, get};

/// The categories of the catalogue, in catalogue order.
pub async fn categories(lang: Lang) -> Result<Vec<Category>, ApiError> {
    get("/categories", lang).await
}
