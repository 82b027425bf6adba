use leptos::prelude::*;

stylance::import_crate_style!(style, "src/summary_list.module.css");

/// Key facts as a description list: stacked on phones, two columns on wider screens.
///
/// ```no_run
/// use leptos::prelude::*;
/// use ventanilla_ui::{SummaryList, SummaryRow};
///
/// view! {
///     <SummaryList>
///         <SummaryRow key="Costo">"Gratuito"</SummaryRow>
///         <SummaryRow key="Vigencia">"Permanente"</SummaryRow>
///     </SummaryList>
/// };
/// ```
#[component]
pub fn SummaryList(children: Children) -> impl IntoView {
    view! { <dl class=style::list>{children()}</dl> }
}

/// One row of a [`SummaryList`].
#[component]
pub fn SummaryRow(#[prop(into)] key: String, children: Children) -> impl IntoView {
    view! {
        <div class=style::row>
            <dt class=style::key>{key}</dt>
            <dd class=style::value>{children()}</dd>
        </div>
    }
}
