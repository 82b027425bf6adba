use leptos::prelude::*;
use wasm_bindgen::JsCast;

pub(crate) mod examples;

stylance::import_crate_style!(style, "src/skip_link/style.module.css");

#[component]
pub fn SkipLink(
    /// The id of the element to jump to.
    target: &'static str,
    /// Classes added to the link's own.
    #[prop(optional, into)]
    class: MaybeProp<String>,
    children: Children,
) -> impl IntoView {
    // The browser moves the view but, in some, not the focus: move it ourselves.
    let jump = move |ev: leptos::ev::MouseEvent| {
        if let Some(main) = document().get_element_by_id(target) {
            ev.prevent_default();
            if let Ok(main) = main.dyn_into::<web_sys::HtmlElement>() {
                let _ = main.focus();
            }
        }
    };
    let classes = move || crate::class::join(style::skip_link, class.get());
    view! {
        <a class=classes href=format!("#{target}") on:click=jump>
            {children()}
        </a>
    }
}
