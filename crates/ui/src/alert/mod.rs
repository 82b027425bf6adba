use leptos::prelude::*;

pub(crate) mod examples;

stylance::import_crate_style!(style, "src/alert/style.module.css");

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum AlertKind {
    #[default]
    Info,
    Success,
    Error,
}

#[component]
pub fn Alert(
    #[prop(optional)] kind: AlertKind,
    #[prop(into)] title: Signal<String>,
    /// The heading level of the title, 2 by default.
    #[prop(default = 2)]
    level: u8,
    /// Classes added to the alert's own.
    #[prop(optional, into)]
    class: MaybeProp<String>,
    children: Children,
) -> impl IntoView {
    let (role, modifier) = match kind {
        AlertKind::Info => ("status", style::info),
        AlertKind::Success => ("status", style::success),
        AlertKind::Error => ("alert", style::error),
    };
    let classes = move || crate::class::join(&format!("{} {modifier}", style::alert), class.get());
    let title = move || title.get();
    let heading = match level {
        3 => view! { <h3 class=style::title>{title}</h3> }.into_any(),
        4 => view! { <h4 class=style::title>{title}</h4> }.into_any(),
        _ => view! { <h2 class=style::title>{title}</h2> }.into_any(),
    };
    view! {
        <div class=classes role=role>
            {heading}
            <div class=style::body>{children()}</div>
        </div>
    }
}
