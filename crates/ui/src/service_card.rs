use leptos::prelude::*;

use crate::{Tag, TagKind};

stylance::import_crate_style!(style, "src/service_card.module.css");

/// A service in a list: its name links to its sheet (the whole card is the
/// click target, the text stays selectable), then a summary, who runs it and
/// how it is done.
///
/// ```no_run
/// use leptos::prelude::*;
/// use ventanilla_ui::{ServiceCard, TagKind};
///
/// view! {
///     <ServiceCard
///         href="/tramites/consulta-curp".to_string()
///         title="Consulta tu CURP".to_string()
///         summary="Descarga tu constancia.".to_string()
///         meta="Registro Nacional de Población".to_string()
///         tags=vec![("En línea".to_string(), TagKind::Online)]
///     />
/// };
/// ```
#[component]
pub fn ServiceCard(
    href: String,
    title: String,
    summary: String,
    meta: String,
    tags: Vec<(String, TagKind)>,
    #[prop(default = 3)] level: u8,
) -> impl IntoView {
    let link = view! { <a class=style::link href=href>{title}</a> };
    let heading = match level {
        2 => view! { <h2 class=style::title>{link}</h2> }.into_any(),
        4 => view! { <h4 class=style::title>{link}</h4> }.into_any(),
        _ => view! { <h3 class=style::title>{link}</h3> }.into_any(),
    };
    view! {
        <article class=style::card>
            {heading}
            <p class=style::summary>{summary}</p>
            <p class=style::meta>{meta}</p>
            <p class=style::tags>
                {tags.into_iter().map(|(text, kind)| view! { <Tag kind=kind>{text}</Tag> }).collect_view()}
            </p>
        </article>
    }
}
