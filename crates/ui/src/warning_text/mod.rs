use leptos::prelude::*;

pub(crate) mod examples;

stylance::import_crate_style!(style, "src/warning_text/style.module.css");

#[component]
pub fn WarningText(
    /// The word screen readers say first, in the page's language, without
    /// punctuation, e.g. "Advertencia"; it is followed by a colon.
    #[prop(into)]
    assistive_prefix: Signal<String>,
    /// Classes added to the warning's own.
    #[prop(optional, into)]
    class: MaybeProp<String>,
    /// The warning, in a sentence or two.
    children: Children,
) -> impl IntoView {
    let classes = move || crate::class::join(style::warning, class.get());
    view! {
        <div class=classes>
            <span class=style::icon aria-hidden="true">"!"</span>
            <strong class=style::text>
                <span class=crate::VISUALLY_HIDDEN>{move || format!("{}: ", assistive_prefix.get())}</span>
                {children()}
            </strong>
        </div>
    }
}
