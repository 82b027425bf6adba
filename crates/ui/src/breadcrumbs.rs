use leptos::prelude::*;

stylance::import_crate_style!(style, "src/breadcrumbs.module.css");

/// One step of the way to the current page; the current page has no `href`.
#[derive(Clone, Debug, PartialEq)]
pub struct Crumb {
    pub label: String,
    pub href: Option<String>,
}

/// Where the page sits: links to its parents, then the page itself marked
/// `aria-current="page"`. Separators are drawn, not read out.
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
pub fn Breadcrumbs(#[prop(into)] label: Signal<String>, items: Vec<Crumb>) -> impl IntoView {
    let crumbs = items
        .into_iter()
        .map(|crumb| match crumb.href {
            Some(href) => {
                view! { <li class=style::item><a class=style::link href=href>{crumb.label}</a></li> }.into_any()
            }
            None => view! { <li class=style::item aria-current="page">{crumb.label}</li> }.into_any(),
        })
        .collect_view();
    view! {
        <nav class=style::breadcrumbs aria-label=move || label.get()>
            <ol class=style::list>{crumbs}</ol>
        </nav>
    }
}
