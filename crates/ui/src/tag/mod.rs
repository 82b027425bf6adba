use leptos::prelude::*;

pub(crate) mod examples;

stylance::import_crate_style!(style, "src/tag/style.module.css");

/// What a tag says about its subject; the words say it, the colour only helps.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum TagKind {
    #[default]
    Neutral,
    Online,
    InPerson,
    Info,
}

#[component]
pub fn Tag(
    /// `Neutral` by default.
    #[prop(optional)]
    kind: TagKind,
    /// The words of the tag.
    children: Children,
) -> impl IntoView {
    let modifier = match kind {
        TagKind::Neutral => style::neutral,
        TagKind::Online => style::online,
        TagKind::InPerson => style::in_person,
        TagKind::Info => style::info,
    };
    view! { <span class=format!("{} {modifier}", style::tag)>{children()}</span> }
}
