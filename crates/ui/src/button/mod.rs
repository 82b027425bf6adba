use leptos::ev::MouseEvent;
use leptos::prelude::*;

pub(crate) mod examples;

stylance::import_crate_style!(style, "src/button/style.module.css");

/// What a button does, which sets how it looks.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum ButtonKind {
    /// The page's main action, such as "Continuar".
    #[default]
    Primary,
    /// An action beside the main one, such as "Guardar y continuar después".
    Secondary,
    /// An action that deletes or cancels something and cannot be undone.
    Warning,
    /// The start of a journey ("Empezar el trámite"): larger, with an arrow.
    Start,
}

#[component]
pub fn Button(
    /// `Primary` by default.
    #[prop(optional)]
    kind: ButtonKind,
    /// The `type` of the `<button>`: `submit` by default, or `button`.
    #[prop(default = "submit")]
    button_type: &'static str,
    /// Where it leads: it is then a link (`<a>`) that looks like a button.
    #[prop(optional, into)]
    href: Option<String>,
    /// Greys out a `<button>` (not a link), which then does nothing.
    #[prop(optional, into)]
    disabled: MaybeProp<bool>,
    /// An action under way, such as a form being sent: the button says so
    /// (`aria-disabled`) and keeps its focus, unlike a disabled one.
    #[prop(optional, into)]
    busy: MaybeProp<bool>,
    /// Runs on a click, and on Enter (or Space, for a `<button>`) while it has focus.
    #[prop(optional, into)]
    on_click: Option<Callback<MouseEvent>>,
    /// Classes added to the button's own.
    #[prop(optional, into)]
    class: MaybeProp<String>,
    /// The words of the button: a verb, e.g. "Continuar".
    children: Children,
) -> impl IntoView {
    let modifier = match kind {
        ButtonKind::Primary => style::primary,
        ButtonKind::Secondary => style::secondary,
        ButtonKind::Warning => style::warning,
        ButtonKind::Start => style::start,
    };
    let classes = move || crate::class::join(&format!("{} {modifier}", style::button), class.get());
    let click = move |ev: MouseEvent| {
        if let Some(on_click) = on_click {
            on_click.run(ev);
        }
    };
    match href {
        Some(href) => view! {
            <a href=href class=classes on:click=click>{children()}</a>
        }
        .into_any(),
        None => view! {
            <button type=button_type class=classes disabled=move || disabled.get().unwrap_or(false)
                aria-disabled=move || busy.get().unwrap_or(false).then_some("true") on:click=click>
                {children()}
            </button>
        }
        .into_any(),
    }
}
