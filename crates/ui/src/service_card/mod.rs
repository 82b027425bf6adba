use leptos::prelude::*;

use crate::{Tag, TagKind};

pub(crate) mod examples;

stylance::import_crate_style!(style, "src/service_card/style.module.css");

#[component]
pub fn ServiceCard(
    /// The address of the service's sheet.
    href: String,
    title: String,
    summary: String,
    /// Who runs the service, e.g. the agency.
    meta: String,
    /// Short labels and their kinds; none, and no list is rendered.
    tags: Vec<(String, TagKind)>,
    /// The heading level of the title, 3 by default (2 to 6).
    #[prop(default = 3)]
    level: u8,
) -> impl IntoView {
    let link = view! { <a class=style::link href=href>{title}</a> };
    let heading = match level {
        2 => view! { <h2 class=style::title>{link}</h2> }.into_any(),
        4 => view! { <h4 class=style::title>{link}</h4> }.into_any(),
        5 => view! { <h5 class=style::title>{link}</h5> }.into_any(),
        6 => view! { <h6 class=style::title>{link}</h6> }.into_any(),
        _ => view! { <h3 class=style::title>{link}</h3> }.into_any(),
    };
    // A list, so that screen readers say how many there are and never run
    // two tags together as one word.
    let tags = (!tags.is_empty()).then(|| {
        let items = tags
            .into_iter()
            .map(|(text, kind)| view! { <li><Tag kind=kind>{text}</Tag></li> })
            .collect_view();
        view! { <ul class=style::tags>{items}</ul> }
    });
    view! {
        <article class=style::card>
            {heading}
            <p class=style::summary>{summary}</p>
            <p class=style::meta>{meta}</p>
            {tags}
        </article>
    }
}
