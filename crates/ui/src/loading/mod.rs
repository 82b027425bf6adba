use leptos::prelude::*;

pub(crate) mod examples;

stylance::import_crate_style!(style, "src/loading/style.module.css");

#[component]
pub fn Loading(
    #[prop(into)] label: Signal<String>,
    /// Classes added to the message's own.
    #[prop(optional, into)]
    class: MaybeProp<String>,
) -> impl IntoView {
    let classes = move || crate::class::join(style::loading, class.get());
    view! {
        <p class=classes role="status">
            <span class=style::spinner aria-hidden="true"></span>
            {move || label.get()}
        </p>
    }
}
