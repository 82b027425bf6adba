use leptos::prelude::*;
use wasm_bindgen::JsCast;

stylance::import_crate_style!(style, "src/skip_link.module.css");

/// The first focusable thing on the page: hidden until focused, it jumps past
/// the header to the main content (WCAG 2.4.1).
///
/// Focus goes to the target, which needs `tabindex="-1"` when it is not
/// focusable itself (a `<main>`, say).
///
/// ```no_run
/// use leptos::prelude::*;
/// use ventanilla_ui::SkipLink;
///
/// view! { <SkipLink target="contenido">"Saltar al contenido principal"</SkipLink> };
/// ```
#[component]
pub fn SkipLink(
    /// The id of the element to jump to.
    target: &'static str,
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
    view! {
        <a class=style::skip_link href=format!("#{target}") on:click=jump>
            {children()}
        </a>
    }
}
