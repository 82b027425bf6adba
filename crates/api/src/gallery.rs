//! The gallery's documents (`/componentes/{id}/docs.json`): a component's
//! README and its examples' code, which the browser fetches when it opens a
//! component's page the server did not render (the wasm does not carry them).

use axum::Json;
use axum::extract::Path;
use axum::http::header;
use ventanilla_ui::gallery::{self, Docs};

use crate::problem::ApiProblem;

/// Where the router serves them: the path the app fetches, with `{id}`.
pub fn route() -> String {
    ventanilla::paths::component_docs("{id}")
}

pub async fn docs(Path(id): Path<String>) -> Result<([(header::HeaderName, &'static str); 1], Json<Docs>), ApiProblem> {
    let component = gallery::component(&id).ok_or_else(ApiProblem::not_found)?;
    // They change only with a new build: revalidated, never stale.
    Ok(([(header::CACHE_CONTROL, "no-cache")], Json(component.docs())))
}
