//! Starts the real server on a free loopback port with a fresh SQLite file.

use std::path::Path;

use ventanilla_api::{Database, Options, router};

/// A built app as small as can be: the page every route renders into, and its script.
const INDEX: &str = r#"<!doctype html><html lang="es-MX"><head><script type="module" nonce="{{__TRUNK NONCE__}}">import init from '/app-0123456789abcdef.js';</script></head><body></body></html>"#;
pub const SCRIPT: &str = "export default function init() { return 'hello, hello, hello, hello'; }";

pub fn app_dist() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("index.html"), INDEX).unwrap();
    std::fs::write(dir.path().join("app-0123456789abcdef.js"), SCRIPT).unwrap();
    std::fs::write(dir.path().join("robots.txt"), "User-agent: *\n").unwrap();
    dir
}

pub struct Server {
    pub base: String,
    pub client: reqwest::Client,
    dir: tempfile::TempDir,
}

impl Server {
    pub async fn start() -> Server {
        Server::start_with_app(None).await
    }

    pub async fn start_with_app(dist: Option<&Path>) -> Server {
        Server::start_with(Options {
            dist: dist.map(Path::to_path_buf),
            ..Options::default()
        })
        .await
    }

    pub async fn start_with(options: Options) -> Server {
        Server::start_in(tempfile::tempdir().unwrap(), options).await
    }

    /// The server stopped and started again on the same file, with `options`.
    pub async fn restarted(self, options: Options) -> Server {
        Server::start_in(self.dir, options).await
    }

    async fn start_in(dir: tempfile::TempDir, options: Options) -> Server {
        let db = Database::open(&dir.path().join("test.sqlite3")).unwrap();
        // Uploads beside the database, as the command line keeps them.
        let options = Options {
            files: options.files.or_else(|| Some(dir.path().join("files"))),
            ..options
        };
        let app = router(db, &options).unwrap();
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let base = format!("http://{}", listener.local_addr().unwrap());
        let app = app.into_make_service_with_connect_info::<std::net::SocketAddr>();
        tokio::spawn(async move { axum::serve(listener, app).await.unwrap() });
        // No automatic decompression: the tests look at what goes over the wire.
        let client = reqwest::Client::builder().no_gzip().no_brotli().build().unwrap();
        Server { base, client, dir }
    }

    pub async fn post(&self, path: &str, body: &serde_json::Value) -> reqwest::RequestBuilder {
        self.client.post(format!("{}{path}", self.base)).json(body)
    }

    /// The server's database, to look at what a request stored (or to age it).
    pub fn sql(&self) -> rusqlite::Connection {
        rusqlite::Connection::open(self.db_path()).unwrap()
    }

    /// The folder the server keeps uploads in.
    pub fn file_store(&self) -> std::path::PathBuf {
        self.dir.path().join("files")
    }

    /// The server's SQLite file, for the command line.
    pub fn db_path(&self) -> String {
        self.dir.path().join("test.sqlite3").to_string_lossy().into_owned()
    }

    pub async fn get(&self, path: &str) -> reqwest::Response {
        self.client.get(format!("{}{path}", self.base)).send().await.unwrap()
    }
}

/// What in `html` is markup of someone else's, parsed as a browser parses
/// it: a script with no nonce (but the page's data, which the CSP allows by
/// its hash), an `svg`, an image without alt text (an editor's always has
/// one), an event handler or a `javascript:` address.
pub fn markup_that_runs(html: &str) -> Vec<String> {
    use html5ever::tendril::TendrilSink;
    use markup5ever_rcdom::{Handle, NodeData, RcDom};

    fn walk(node: &Handle, found: &mut Vec<String>) {
        if let NodeData::Element { name, attrs, .. } = &node.data {
            let element = &*name.local;
            let attrs = attrs.borrow();
            let has = |attribute: &str| attrs.iter().any(|a| &*a.name.local == attribute);
            let data = node.children.borrow().iter().any(|c| match &c.data {
                NodeData::Text { contents } => contents.borrow().starts_with("__RESOLVED_RESOURCES"),
                _ => false,
            });
            if (element == "script" && !has("nonce") && !data) || element == "svg" || (element == "img" && !has("alt"))
            {
                found.push(format!("<{element}>"));
            }
            for attr in attrs.iter() {
                let value = attr.value.trim_start().to_lowercase();
                if attr.name.local.starts_with("on") || value.starts_with("javascript:") {
                    found.push(format!("<{element} {}={}>", attr.name.local, attr.value));
                }
            }
        }
        for child in node.children.borrow().iter() {
            walk(child, found);
        }
    }
    let dom = html5ever::parse_document(RcDom::default(), Default::default()).one(html);
    let mut found = Vec::new();
    walk(&dom.document, &mut found);
    found
}
