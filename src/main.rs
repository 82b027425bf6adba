//! The app's entry point in the browser: hydrates the page the server rendered.

fn main() {
    #[cfg(target_arch = "wasm32")]
    ventanilla::app::hydrate(ventanilla::routes::App);
}
