use leptos::prelude::*;

pub(crate) mod examples;

stylance::import_crate_style!(style, "src/language_switcher/style.module.css");

/// One language the switcher offers.
#[derive(Clone, Debug, PartialEq)]
pub struct LanguageOption {
    /// The BCP 47 tag, e.g. `es-MX`; it marks the button's own language.
    pub tag: &'static str,
    /// The language's name in that language, e.g. "Español".
    pub name: String,
}

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
    /// Classes added to the switcher's own.
    #[prop(optional, into)]
    class: MaybeProp<String>,
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
    let classes = move || crate::class::join(style::switcher, class.get());
    view! {
        <nav class=classes aria-label=move || label.get()>
            <ul class=style::list>{buttons}</ul>
        </nav>
    }
}
