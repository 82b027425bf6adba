//! Where the server listens, which database it opens and which app it serves.

use std::net::SocketAddr;
use std::path::PathBuf;

#[derive(Clone, Debug, PartialEq)]
pub struct Config {
    pub addr: SocketAddr,
    pub database: PathBuf,
    /// The app built by trunk; `None` serves the API alone.
    pub dist: Option<PathBuf>,
}

impl Config {
    pub const USAGE: &str = "usage: ventanilla-api [--addr HOST:PORT] [--db FILE] [--dist DIR]
  --addr  address to listen on (env VENTANILLA_ADDR, default 127.0.0.1:8080; port 0 picks a free one)
  --db    SQLite file, created and seeded on first start (env VENTANILLA_DB, default ventanilla.sqlite3)
  --dist  folder of the built app to serve (env VENTANILLA_DIST, default: none, API only)";

    /// Flags win over environment variables, which win over defaults.
    pub fn from_args_and_env(
        args: impl IntoIterator<Item = String>,
        env: impl Fn(&str) -> Option<String>,
    ) -> Result<Config, String> {
        let mut addr = env("VENTANILLA_ADDR").unwrap_or_else(|| "127.0.0.1:8080".into());
        let mut database = env("VENTANILLA_DB").unwrap_or_else(|| "ventanilla.sqlite3".into());
        let mut dist = env("VENTANILLA_DIST");
        let mut args = args.into_iter();
        while let Some(flag) = args.next() {
            let slot = match flag.as_str() {
                "--addr" => &mut addr,
                "--db" => &mut database,
                "--dist" => dist.insert(String::new()),
                "-h" | "--help" => return Err(String::new()),
                other => return Err(format!("unknown argument: {other}")),
            };
            *slot = args.next().ok_or_else(|| format!("{flag} needs a value"))?;
        }
        Ok(Config {
            addr: addr.parse().map_err(|_| format!("not an address: {addr}"))?,
            database: database.into(),
            dist: dist.filter(|d| !d.is_empty()).map(PathBuf::from),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(args: &[&str], env: &[(&str, &str)]) -> Result<Config, String> {
        let env: Vec<(String, String)> = env.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect();
        Config::from_args_and_env(args.iter().map(|a| a.to_string()), |key| {
            env.iter().find(|(k, _)| k == key).map(|(_, v)| v.clone())
        })
    }

    #[test]
    fn defaults_then_env_then_flags() {
        let config = parse(&[], &[]).unwrap();
        assert_eq!(config.addr.to_string(), "127.0.0.1:8080");
        assert_eq!(config.dist, None);
        let config = parse(
            &["--addr", "0.0.0.0:9000"],
            &[("VENTANILLA_ADDR", "127.0.0.1:1"), ("VENTANILLA_DIST", "dist")],
        )
        .unwrap();
        assert_eq!(config.addr.to_string(), "0.0.0.0:9000");
        assert_eq!(config.dist, Some(PathBuf::from("dist")));
    }

    #[test]
    fn rejects_bad_arguments() {
        assert!(parse(&["--addr", "nowhere"], &[]).is_err());
        assert!(parse(&["--db"], &[]).is_err());
        assert!(parse(&["--verbose"], &[]).is_err());
    }
}
