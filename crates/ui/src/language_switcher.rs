use leptos::prelude::*;

stylance::import_crate_style!(style, "src/language_switcher.module.css");

/// One language the switcher offers.
#[derive(Clone, Debug, PartialEq)]
pub struct LanguageOption {
    /// The BCP 47 tag, e.g. `es-MX`; it marks the button's own language.
    pub tag: &'static str,
    /// The language's name in that language, e.g. "Español".
    pub name: String,
}

/// Buttons to change the interface language. Each name is written, and
/// marked up, in its own language so that screen readers pronounce it right;
/// the current one is `aria-pressed="true"`.
///
/// ```no_run
/// use leptos::prelude::*;
/// use ventanilla_ui::{LanguageOption, LanguageSwitcher};
///
/// let current = RwSignal::new("es-MX");
/// view! {
///     <LanguageSwitcher
///         label="Idioma"
///         options=vec![
///             LanguageOption { tag: "es-MX", name: "Español".into() },
///             LanguageOption { tag: "en", name: "English".into() },
///         ]
///         current=current
///         on_change=move |tag| current.set(tag)
///     />
/// };
/// ```
#[component]
pub fn LanguageSwitcher(
    /// The accessible name of the group, in the current language.
    #[prop(into)]
    label: Signal<String>,
    options: Vec<LanguageOption>,
    #[prop(into)] current: Signal<&'static str>,
    #[prop(into)] on_change: Callback<&'static str>,
) -> impl IntoView {
    let buttons = options
        .into_iter()
        .map(|option| {
            let tag = option.tag;
            let pressed = move || (current.get() == tag).to_string();
            view! {
                <li>
                    <button
                        type="button"
                        class=style::button
                        lang=tag
                        aria-pressed=pressed
                        on:click=move |_| on_change.run(tag)
                    >
                        {option.name}
                    </button>
                </li>
            }
        })
        .collect_view();
    view! {
        <nav class=style::switcher aria-label=move || label.get()>
            <ul class=style::list>{buttons}</ul>
        </nav>
    }
}
