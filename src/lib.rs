//! Ventanilla, the web app: find a procedure, read its sheet, do it online
//! and follow it. `routes` lists the pages; each but the home page is loaded
//! the first time it opens.

pub mod api;
pub mod app;
pub mod clock;
pub mod format;
pub mod i18n;
pub mod pages;
pub mod paths;
pub mod query_params;
pub mod routes;
pub mod shell;
