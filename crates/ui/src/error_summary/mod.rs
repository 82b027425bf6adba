use leptos::prelude::*;
use wasm_bindgen::JsCast;

pub(crate) mod examples;

stylance::import_crate_style!(style, "src/error_summary/style.module.css");

/// One problem in an error summary: the message, and the id of the field
/// it is about.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FieldProblem {
    pub field: String,
    pub message: String,
}

#[component]
pub fn ErrorSummary(
    #[prop(into)] title: Signal<String>,
    #[prop(into)] problems: Signal<Vec<FieldProblem>>,
    /// The summary's id: needed only when a page has more than one form,
    /// each with its summary.
    #[prop(default = "error-summary")]
    anchor: &'static str,
    /// Classes added to the summary's own.
    #[prop(optional, into)]
    class: MaybeProp<String>,
) -> impl IntoView {
    let summary = NodeRef::<leptos::html::Div>::new();
    let classes = move || crate::class::join(style::summary, class.get());
    // Focus on each new set of errors, after it is in the page.
    Effect::new(move |_| {
        if !problems.with(Vec::is_empty)
            && let Some(summary) = summary.get()
        {
            let _ = summary.focus();
        }
    });
    move || {
        let list = problems.get();
        (!list.is_empty()).then(|| {
            let items = list
                .into_iter()
                .map(|problem| {
                    let target = problem.field.clone();
                    view! {
                        <li>
                            <a href=format!("#{}", problem.field) on:click=move |ev| {
                                ev.prevent_default();
                                focus_field(&target);
                            }>{problem.message}</a>
                        </li>
                    }
                })
                .collect_view();
            view! {
                <div node_ref=summary id=anchor class=classes role="alert" tabindex="-1" data-error-summary=""
                    aria-labelledby=format!("{anchor}-title")>
                    <h2 id=format!("{anchor}-title") class=style::title>{move || title.get()}</h2>
                    <ul class=style::list>{items}</ul>
                </div>
            }
        })
    }
}

/// Moves focus to a field and brings its label or legend into view, which
/// `focus()` alone would leave above the screen's edge.
fn focus_field(id: &str) {
    let Some(input) = document().get_element_by_id(id) else {
        return;
    };
    let label = input
        .closest("fieldset")
        .ok()
        .flatten()
        .or_else(|| input.parent_element());
    if let Some(label) = label {
        label.scroll_into_view();
    }
    if let Ok(input) = input.dyn_into::<web_sys::HtmlElement>() {
        let options = web_sys::FocusOptions::new();
        options.set_prevent_scroll(true);
        let _ = input.focus_with_options(&options);
    }
}
