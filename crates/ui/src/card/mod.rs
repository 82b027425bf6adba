use leptos::prelude::*;

use crate::{Tag, TagColour};

pub(crate) mod examples;

stylance::import_crate_style!(style, "src/card/style.module.css");

#[component]
pub fn Card(
    /// The address of the item's page.
    href: String,
    /// The item's name: the heading, and the link's words.
    title: String,
    summary: String,
    /// A line of detail, e.g. who runs a service.
    #[prop(optional, into)]
    meta: Option<String>,
    /// Short labels and their colours; none, and no list is rendered.
    #[prop(optional)]
    tags: Vec<(String, TagColour)>,
    /// The heading level of the title, 3 by default (2 to 6).
    #[prop(default = 3)]
    level: u8,
    /// Classes added to the card's own.
    #[prop(optional, into)]
    class: MaybeProp<String>,
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
            .map(|(text, colour)| view! { <li><Tag colour=colour>{text}</Tag></li> })
            .collect_view();
        view! { <ul class=style::tags>{items}</ul> }
    });
    let classes = move || crate::class::join(style::card, class.get());
    view! {
        <article class=classes>
            {heading}
            <p class=style::summary>{summary}</p>
            {meta.map(|meta| view! { <p class=style::meta>{meta}</p> })}
            {tags}
        </article>
    }
}
