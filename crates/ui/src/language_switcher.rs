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

/// Links to change the interface language. Each name is written, and marked
/// up, in its own language so that screen readers pronounce it right; the
/// current one is `aria-current="true"`. Each link leads to the page in its
/// language (`href`), so that it works without script; with script, a click
/// calls `on_change` instead.
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
///         href=move |tag: &'static str| format!("?lang={tag}")
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
    /// Where the link of a language (its tag) leads.
    #[prop(into)]
    href: Callback<&'static str, String>,
    #[prop(into)] on_change: Callback<&'static str>,
) -> impl IntoView {
    let buttons = options
        .into_iter()
        .map(|option| {
            let tag = option.tag;
            let is_current = move || (current.get() == tag).then_some("true");
            view! {
                <li>
                    <a
                        href=move || href.run(tag)
                        class=style::button
                        lang=tag
                        hreflang=tag
                        aria-current=is_current
                        // On the link itself, before a router's listener on the
                        // window can follow it.
                        on:click:capture=move |ev| {
                            ev.prevent_default();
                            on_change.run(tag);
                        }
                    >
                        {option.name}
                    </a>
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
