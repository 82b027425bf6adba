use leptos::prelude::*;

stylance::import_crate_style!(style, "src/tag.module.css");

/// What a tag says about its subject; the words say it, the colour only helps.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum TagKind {
    #[default]
    Neutral,
    Online,
    InPerson,
    Info,
}

/// A short label, such as "En línea" on a service. Its words carry the
/// meaning; the kind only tints it (dark text on a light tint, every pair
/// above 7:1, with a border that stays in forced-colours mode).
///
/// ```no_run
/// use leptos::prelude::*;
/// use ventanilla_ui::{Tag, TagKind};
///
/// view! { <Tag kind=TagKind::Online>"En línea"</Tag> };
/// ```
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
