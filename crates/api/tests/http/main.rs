//! The server driven over real HTTP on loopback, each test with its own
//! temporary SQLite file.

mod api;
mod app;
mod applications;
mod catalogue;
mod content;
mod editing;
mod import;
mod people;
mod search_quality;
mod staff;
mod support;
mod uploads;
