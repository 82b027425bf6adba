//! `ventanilla-api`: serves the government-services API and the built app.

use ventanilla_api::{Config, serve};

#[tokio::main]
async fn main() {
    tracing_subscriber::fmt()
        .with_env_filter(
            tracing_subscriber::EnvFilter::try_from_default_env()
                .unwrap_or_else(|_| "ventanilla_api=info,tower_http=warn".into()),
        )
        .init();
    let config = match Config::from_args_and_env(std::env::args().skip(1), |k| std::env::var(k).ok()) {
        Ok(config) => config,
        Err(message) => {
            eprintln!("{message}\n\n{}", Config::USAGE);
            std::process::exit(2);
        }
    };
    if let Err(error) = serve(config).await {
        eprintln!("ventanilla-api: {error}");
        std::process::exit(1);
    }
}
