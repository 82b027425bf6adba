use ventanilla_core::lang::Lang;

use super::{ApiError, fetch};

/// One of `locales/<lang>/*.ftl` that is not built into the app, as the app
/// serves it (`dist/locales/`, from its own origin, not the API's).
pub async fn messages(file: &str, lang: Lang) -> Result<String, ApiError> {
    fetch(format!("/locales/{}/{file}.ftl", lang.tag())).await
}
