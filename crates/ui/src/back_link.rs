use leptos::prelude::*;

stylance::import_crate_style!(style, "src/back_link.module.css");

/// The link to the previous step of a journey, above the page heading. It
/// is a real link, so it works like the browser's back button would.
///
/// ```no_run
/// use leptos::prelude::*;
/// use ventanilla_ui::BackLink;
///
/// view! { <BackLink href="/solicitud/imss-cambio-de-clinica/paso/1">"Atrás"</BackLink> };
/// ```
#[component]
pub fn BackLink(#[prop(into)] href: String, children: Children) -> impl IntoView {
    view! { <a class=style::back href=href>{children()}</a> }
}
