//! The reference server of the Ventanilla government-services API.
//!
//! Stateless: everything lives in the SQLite file, so several copies can run
//! behind a load balancer.

mod audit;
pub mod cli;
pub mod clock;
mod compression;
mod config;
mod content;
mod db;
mod etag;
mod fingerprint;
mod folio;
mod gallery;
mod import;
mod lang;
mod limits;
mod mail;
mod openapi;
mod pages;
mod params;
mod problem;
pub mod retention;
mod routes;
mod search;
mod security;
pub mod sms;
mod staff;
mod static_files;
pub mod synthetic;

use std::sync::Arc;

use axum::Router;
use axum::extract::{Request, State};
use tower_http::compression::{CompressionLayer, CompressionLevel};
use tower_http::cors::CorsLayer;

pub use config::{Config, Options};
pub use db::Database;
use pages::Pages;
use static_files::{Site, StaticFiles};

/// Everything a request handler may need.
#[derive(Clone)]
pub struct AppState {
    pub db: Database,
    /// The search index's words, read once at start, to correct misspellings.
    vocabulary: Arc<search::Vocabulary>,
    sms: Arc<dyn sms::SmsGateway>,
    dev_outbox: bool,
    /// Whether staff cookies are `Secure`: the server is behind TLS.
    secure_cookies: bool,
    /// Where people reach the site, for links in e-mail; empty: links are paths.
    public_url: Arc<str>,
    /// What scheduled publishing goes by.
    clock: clock::Clock,
    /// Changes to what the public reads of the agencies' content.
    published: content::Published,
    /// The folder the editors' uploads are kept in, if any.
    file_store: Option<Arc<std::path::Path>>,
    /// The proxies whose `X-Forwarded-For` names the client.
    trusted_proxies: Arc<[std::net::IpAddr]>,
}

/// Builds the whole HTTP service: API, OpenAPI document and, when given, the
/// app; and starts publishing scheduled content as it comes due.
pub fn router(db: Database, options: &Options) -> Result<Router, Box<dyn std::error::Error>> {
    let files = options.dist.as_deref().map(StaticFiles::load).transpose()?;
    // What came due while the server was stopped goes out before it serves.
    let now = options.clock.now();
    db.blocking(|conn| content::workflow::publish_due(conn, now))?;
    let vocabulary = Arc::new(db.blocking(search::vocabulary)?);
    let state = AppState {
        db,
        vocabulary,
        sms: Arc::new(sms::OutboxOnly),
        dev_outbox: options.dev_outbox,
        secure_cookies: options.behind_tls,
        public_url: options.public_url.clone().unwrap_or_default().into(),
        clock: options.clock.clone(),
        published: content::Published::default(),
        file_store: options.files.as_deref().map(Arc::from),
        trusted_proxies: options.trusted_proxies.as_slice().into(),
    };
    // And what comes due while it serves, checked every minute.
    tokio::spawn(content::workflow::run(
        state.db.clone(),
        state.clock.clone(),
        state.published.clone(),
    ));
    // The pages' data comes from the API itself, in-process: one contract.
    let site = files.map(|files| {
        let api = Router::new().nest("/api", routes::api()).with_state(state.clone());
        Arc::new(Site {
            files,
            pages: Pages::new(api, state.published.clone()),
        })
    });
    Ok(Router::new()
        // Public data: any agency's site may call the API from the browser.
        .nest("/api", routes::api().layer(CorsLayer::permissive()))
        .route(&gallery::route(), axum::routing::get(gallery::docs))
        .route(ventanilla::paths::NEWS_FEED, axum::routing::get(routes::content::atom))
        .route(
            &format!("{}/{{name}}", content::files::PREFIX),
            axum::routing::get(content::files::serve),
        )
        .fallback(move |State(state): State<AppState>, request: Request| {
            let site = site.clone();
            async move { content::moved::serve(&state, request, |request| static_files::serve(site, request)).await }
        })
        .layer(axum::middleware::from_fn(security::headers))
        // Static assets arrive precompressed; this compresses API answers.
        .layer(CompressionLayer::new().quality(CompressionLevel::Precise(5)))
        .with_state(state))
}

/// Opens (creating and seeding when new) the database, then serves until Ctrl-C.
pub async fn serve(config: Config) -> Result<(), Box<dyn std::error::Error>> {
    let db = Database::open(&config.database)?;
    tokio::spawn(retention::run(db.clone(), config.options.retention));
    let listener = tokio::net::TcpListener::bind(config.addr).await?;
    let addr = listener.local_addr()?;
    let mut options = config.options;
    options.public_url.get_or_insert_with(|| format!("http://{addr}"));
    let app = router(db, &options)?;
    // Scripts wait for this line, and read the port from it when it was 0.
    println!("Ventanilla is ready at http://{addr}/");
    // The client's address feeds the SMS rate limits.
    axum::serve(
        listener,
        app.into_make_service_with_connect_info::<std::net::SocketAddr>(),
    )
    .with_graceful_shutdown(async {
        let _ = tokio::signal::ctrl_c().await;
    })
    .await?;
    Ok(())
}
