use ventanilla_ui::gallery::Docs;

use super::ApiError;

/// A component's README and its examples' code. The server's renderer reads
/// them from the crate; the browser asks the server, as it asks for the
/// messages it fetches (the texts stay out of the wasm).
pub async fn component_docs(id: String) -> Result<Docs, ApiError> {
    #[cfg(target_arch = "wasm32")]
    {
        let body = super::fetch(crate::paths::component_docs(&id)).await?;
        serde_json::from_str(&body).map_err(|_| ApiError::Unexpected)
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        ventanilla_ui::gallery::component(&id)
            .map(|component| component.docs())
            .ok_or(ApiError::Status {
                status: 404,
                problem: None,
            })
    }
}
