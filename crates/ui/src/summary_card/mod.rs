use leptos::prelude::*;

pub(crate) mod examples;

stylance::import_crate_style!(style, "src/summary_card/style.module.css");

/// A link in a [`SummaryCard`]'s title bar, about the whole card.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CardAction {
    /// The link's words, a verb, e.g. "Cambiar" or "Eliminar".
    pub label: String,
    /// Words only screen readers hear after the label, which say what it
    /// acts on, e.g. "los datos de María López" (a space is added before).
    pub context: Option<String>,
    pub href: String,
}

#[component]
pub fn SummaryCard(
    /// What the card is about, e.g. "Persona que tramita": its heading.
    #[prop(into)]
    title: Signal<String>,
    /// The heading level of the title, 2 by default (2 to 6).
    #[prop(default = 2)]
    level: u8,
    /// Links about the whole card, in its title bar; none by default.
    #[prop(optional)]
    actions: Vec<CardAction>,
    /// Classes added to the card's own.
    #[prop(optional, into)]
    class: MaybeProp<String>,
    /// The card's content: a `SummaryList`.
    children: Children,
) -> impl IntoView {
    let text = move || title.get();
    let heading = match level {
        3 => view! { <h3 class=style::title>{text}</h3> }.into_any(),
        4 => view! { <h4 class=style::title>{text}</h4> }.into_any(),
        5 => view! { <h5 class=style::title>{text}</h5> }.into_any(),
        6 => view! { <h6 class=style::title>{text}</h6> }.into_any(),
        _ => view! { <h2 class=style::title>{text}</h2> }.into_any(),
    };
    // A list even for one link, so that screen readers say how many there are.
    let actions = (!actions.is_empty()).then(|| {
        let items = actions
            .into_iter()
            .map(|action| {
                let context = action
                    .context
                    .map(|context| view! { <span class=crate::VISUALLY_HIDDEN>" " {context}</span> });
                view! {
                    <li class=style::action>
                        <a class=style::link href=action.href>{action.label}{context}</a>
                    </li>
                }
            })
            .collect_view();
        view! { <ul class=style::actions>{items}</ul> }
    });
    let classes = move || crate::class::join(style::card, class.get());
    view! {
        <div class=classes>
            <div class=style::header>
                {heading}
                {actions}
            </div>
            <div class=style::content>{children()}</div>
        </div>
    }
}
