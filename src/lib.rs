//! Ventanilla, the web app: find a procedure, read its sheet, do it online
//! and follow it. `routes` lists the pages; each but the home page is loaded
//! the first time it opens. The server renders every page (`server`), and
//! the browser hydrates it (`app::hydrate`).

pub mod api;
pub mod app;
pub mod clock;
pub mod format;
pub mod i18n;
pub mod meta;
pub mod page_status;
pub mod pages;
pub mod paths;
pub mod query_params;
pub mod routes;
#[cfg(not(target_arch = "wasm32"))]
pub mod server;
pub mod shell;
