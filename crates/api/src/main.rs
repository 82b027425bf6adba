//! `ventanilla-api`: serves the government-services API and the built app.

use ventanilla_api::{Config, serve};

#[tokio::main]
async fn main() -> std::process::ExitCode {
    tracing_subscriber::fmt()
        .with_env_filter(
            tracing_subscriber::EnvFilter::try_from_default_env()
                .unwrap_or_else(|_| "ventanilla_api=info,tower_http=warn".into()),
        )
        .init();
    let args: Vec<String> = std::env::args().skip(1).collect();
    if let Some(code) = ventanilla_api::cli::run(&args) {
        return code;
    }
    let config = match Config::from_args_and_env(args, |k| std::env::var(k).ok()) {
        Ok(config) => config,
        Err(message) => {
            eprintln!("{message}\n\n{}", Config::USAGE);
            return std::process::ExitCode::from(2);
        }
    };
    match serve(config).await {
        Ok(()) => std::process::ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("ventanilla-api: {error}");
            std::process::ExitCode::FAILURE
        }
    }
}
