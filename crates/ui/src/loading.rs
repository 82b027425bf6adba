use leptos::prelude::*;

stylance::import_crate_style!(style, "src/loading.module.css");

/// Says that something is loading, in words (a polite status message) and with
/// a spinner that stops for people who ask for reduced motion.
///
/// ```no_run
/// use leptos::prelude::*;
/// use ventanilla_ui::Loading;
///
/// view! { <Loading label="Cargando categorías…"/> };
/// ```
#[component]
pub fn Loading(#[prop(into)] label: Signal<String>) -> impl IntoView {
    view! {
        <p class=style::loading role="status">
            <span class=style::spinner aria-hidden="true"></span>
            {move || label.get()}
        </p>
    }
}
