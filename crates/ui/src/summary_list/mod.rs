use leptos::prelude::*;

pub(crate) mod examples;

stylance::import_crate_style!(style, "src/summary_list/style.module.css");

#[component]
pub fn SummaryList(
    /// Classes added to the list's own.
    #[prop(optional, into)]
    class: MaybeProp<String>,
    children: Children,
) -> impl IntoView {
    let classes = move || crate::class::join(style::list, class.get());
    view! { <dl class=classes>{children()}</dl> }
}

/// One row of a [`SummaryList`]: the key (`<dt>`) and its value (`<dd>`).
#[component]
pub fn SummaryRow(
    /// What the row is about, e.g. "Costo".
    #[prop(into)]
    key: Signal<String>,
    /// A link such as "Change", in a cell of its own after the value.
    #[prop(optional, into)]
    action: Option<ViewFn>,
    /// Classes added to the row's own.
    #[prop(optional, into)]
    class: MaybeProp<String>,
    /// The value: text or any markup.
    children: Children,
) -> impl IntoView {
    let classes = move || crate::class::join(style::row, class.get());
    view! {
        <div class=classes>
            <dt class=style::key>{move || key.get()}</dt>
            <dd class=style::value>{children()}</dd>
            {action.map(|action| view! { <dd class=style::action>{action.run()}</dd> })}
        </div>
    }
}
