//! Ventanilla, the web app: mounts the shell on the page.

mod api;
mod app;
mod clock;
mod format;
mod i18n;
mod pages;
mod shell;

fn main() {
    console_error_panic_hook::set_once();
    leptos::mount::mount_to_body(app::App);
}
