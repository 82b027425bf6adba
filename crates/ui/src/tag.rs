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

/// A short label, such as "En línea" on a service.
///
/// ```no_run
/// use leptos::prelude::*;
/// use ventanilla_ui::{Tag, TagKind};
///
/// view! { <Tag kind=TagKind::Online>"En línea"</Tag> };
/// ```
#[component]
pub fn Tag(#[prop(optional)] kind: TagKind, children: Children) -> impl IntoView {
    let modifier = match kind {
        TagKind::Neutral => style::neutral,
        TagKind::Online => style::online,
        TagKind::InPerson => style::in_person,
        TagKind::Info => style::info,
    };
    view! { <strong class=format!("{} {modifier}", style::tag)>{children()}</strong> }
}
