//! The app's entry point: mounts it on the page.

fn main() {
    ventanilla::app::mount(ventanilla::routes::App);
}
