use leptos::prelude::*;

pub(crate) mod examples;

stylance::import_crate_style!(style, "src/breadcrumbs/style.module.css");

/// One step of the way to the current page.
#[derive(Clone, Debug, PartialEq)]
pub struct Crumb {
    pub label: String,
    /// Where the step links to; `None` for the current page (or a step that
    /// has no page of its own, which is then plain text).
    pub href: Option<String>,
}

#[component]
pub fn Breadcrumbs(
    /// The accessible name of the `<nav>`, e.g. "Ruta de navegación".
    #[prop(into)]
    label: Signal<String>,
    /// From the home page to the current page, which comes last.
    items: Vec<Crumb>,
    /// Classes added to the trail's own.
    #[prop(optional, into)]
    class: MaybeProp<String>,
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
    let classes = move || crate::class::join(style::breadcrumbs, class.get());
    view! {
        <nav class=classes aria-label=move || label.get()>
            <ol class=style::list>{crumbs}</ol>
        </nav>
    }
}
