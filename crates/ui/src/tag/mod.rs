use leptos::prelude::*;

pub(crate) mod examples;

stylance::import_crate_style!(style, "src/tag/style.module.css");

/// A tag's colours, dark text on a tint of it; the words say what it
/// means, the colour only helps to tell kinds apart.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum TagColour {
    #[default]
    Grey,
    Green,
    Turquoise,
    Brand,
}

#[component]
pub fn Tag(
    /// `Grey` by default.
    #[prop(optional)]
    colour: TagColour,
    /// Classes added to the tag's own.
    #[prop(optional, into)]
    class: MaybeProp<String>,
    /// The words of the tag.
    children: Children,
) -> impl IntoView {
    let modifier = match colour {
        TagColour::Grey => style::grey,
        TagColour::Green => style::green,
        TagColour::Turquoise => style::turquoise,
        TagColour::Brand => style::brand,
    };
    let classes = move || crate::class::join(&format!("{} {modifier}", style::tag), class.get());
    view! { <span class=classes>{children()}</span> }
}
