//! The reference server of the Ventanilla government-services API.
//!
//! Stateless: everything lives in the SQLite file, so several copies can run
//! behind a load balancer.

mod config;
mod db;
mod etag;
mod fingerprint;
mod lang;
mod openapi;
mod params;
mod problem;
mod routes;
mod search;
mod security;
mod static_files;
pub mod synthetic;

use std::sync::Arc;

use axum::Router;
use tower_http::compression::{CompressionLayer, CompressionLevel};
use tower_http::cors::CorsLayer;

pub use config::Config;
pub use db::Database;
use static_files::StaticFiles;

/// Everything a request handler may need.
#[derive(Clone)]
pub struct AppState {
    pub db: Database,
    /// The search index's words, read once at start, to correct misspellings.
    vocabulary: Arc<search::Vocabulary>,
    app: Option<Arc<StaticFiles>>,
}

/// Builds the whole HTTP service: API, OpenAPI document and, when given, the app.
pub fn router(db: Database, dist: Option<&std::path::Path>) -> Result<Router, Box<dyn std::error::Error>> {
    let app = dist.map(StaticFiles::load).transpose()?.map(Arc::new);
    let vocabulary = Arc::new(db.blocking(search::vocabulary)?);
    let state = AppState { db, vocabulary, app };
    Ok(Router::new()
        // Public data: any agency's site may call the API from the browser.
        .nest("/api", routes::api().layer(CorsLayer::permissive()))
        .fallback(static_files::serve)
        .layer(axum::middleware::from_fn(security::headers))
        // Static assets arrive precompressed; this compresses API answers.
        .layer(CompressionLayer::new().quality(CompressionLevel::Precise(5)))
        .with_state(state))
}

/// Opens (creating and seeding when new) the database, then serves until Ctrl-C.
pub async fn serve(config: Config) -> Result<(), Box<dyn std::error::Error>> {
    let db = Database::open(&config.database)?;
    let app = router(db, config.dist.as_deref())?;
    let listener = tokio::net::TcpListener::bind(config.addr).await?;
    let addr = listener.local_addr()?;
    // Scripts wait for this line, and read the port from it when it was 0.
    println!("Ventanilla is ready at http://{addr}/");
    axum::serve(listener, app)
        .with_graceful_shutdown(async {
            let _ = tokio::signal::ctrl_c().await;
        })
        .await?;
    Ok(())
}
