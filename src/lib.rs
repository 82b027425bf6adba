//! Ventanilla, the web app. It is two programs sharing this library, so
//! that a first visit downloads only what finding and reading need:
//! `ventanilla` (`src/main.rs`: home, search, catalogue, service sheets,
//! agencies, offices) and `ventanilla-online` (`src/bin/online.rs`:
//! procedures, tracking, the CURP lookup). A link from one to the other is
//! a full page load (see [`app::ElsewhereOrNotFound`]).

pub mod api;
pub mod app;
pub mod clock;
pub mod format;
pub mod i18n;
pub mod pages;
pub mod shell;
