use leptos::prelude::*;

stylance::import_crate_style!(style, "src/panel.module.css");

/// The coloured box that confirms something is done and shows what the
/// person needs to keep, such as the folio of an application.
///
/// ```no_run
/// use leptos::prelude::*;
/// use ventanilla_ui::Panel;
///
/// view! { <Panel title="Solicitud enviada"><p>"Tu folio es " <strong>"VEN-7K4P9Q2M"</strong></p></Panel> };
/// ```
#[component]
pub fn Panel(#[prop(into)] title: String, children: Children) -> impl IntoView {
    view! {
        <div class=style::panel>
            <h1 class=style::title tabindex="-1">{title}</h1>
            <div class=style::body>{children()}</div>
        </div>
    }
}
