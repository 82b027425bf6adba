use leptos::prelude::*;

stylance::import_crate_style!(style, "src/breadcrumbs.module.css");

/// One step of the way to the current page.
#[derive(Clone, Debug, PartialEq)]
pub struct Crumb {
    pub label: String,
    /// Where the step links to; `None` for the current page (or a step that
    /// has no page of its own, which is then plain text).
    pub href: Option<String>,
}

/// Where the page sits: links to its parents, then the page itself, the last
/// item, as plain text marked `aria-current="page"`. The separators are drawn
/// by CSS, so screen readers do not read them; on narrow screens the trail
/// wraps.
///
/// ```no_run
/// use leptos::prelude::*;
/// use ventanilla_ui::{Breadcrumbs, Crumb};
///
/// view! {
///     <Breadcrumbs
///         label="Estás aquí"
///         items=vec![
///             Crumb { label: "Inicio".into(), href: Some("/".into()) },
///             Crumb { label: "Pasaporte".into(), href: None },
///         ]
///     />
/// };
/// ```
#[component]
pub fn Breadcrumbs(
    /// The accessible name of the `<nav>`, e.g. "Ruta de navegación".
    #[prop(into)]
    label: Signal<String>,
    /// From the home page to the current page, which comes last.
    items: Vec<Crumb>,
) -> impl IntoView {
    let last = items.len().saturating_sub(1);
    let crumbs = items
        .into_iter()
        .enumerate()
        .map(|(i, crumb)| match crumb.href {
            // The current page is never a link to itself.
            _ if i == last => {
                view! { <li class=format!("{} {}", style::item, style::current) aria-current="page">{crumb.label}</li> }
                    .into_any()
            }
            Some(href) => {
                view! { <li class=style::item><a class=style::link href=href>{crumb.label}</a></li> }.into_any()
            }
            None => view! { <li class=style::item>{crumb.label}</li> }.into_any(),
        })
        .collect_view();
    view! {
        <nav class=style::breadcrumbs aria-label=move || label.get()>
            <ol class=style::list>{crumbs}</ol>
        </nav>
    }
}
