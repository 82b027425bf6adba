use leptos::prelude::*;

stylance::import_crate_style!(style, "src/summary_list.module.css");

/// Key facts as a description list (`<dl>`), so screen readers pair each key
/// with its value: stacked on phones, two columns from 40rem.
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

/// One row of a [`SummaryList`]: the key (`<dt>`) and its value (`<dd>`).
#[component]
pub fn SummaryRow(
    /// What the row is about, e.g. "Costo".
    #[prop(into)]
    key: String,
    /// A link such as "Change", in a cell of its own after the value.
    #[prop(optional, into)]
    action: Option<ViewFn>,
    /// The value: text or any markup.
    children: Children,
) -> impl IntoView {
    view! {
        <div class=style::row>
            <dt class=style::key>{key}</dt>
            <dd class=style::value>{children()}</dd>
            {action.map(|action| view! { <dd class=style::action>{action.run()}</dd> })}
        </div>
    }
}
