use leptos::prelude::*;

pub(crate) mod examples;

stylance::import_crate_style!(style, "src/summary_list/style.module.css");

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
