use leptos::prelude::*;

pub(crate) mod examples;

stylance::import_crate_style!(style, "src/footer/style.module.css");

#[component]
pub fn Footer(
    /// Classes added to the footer's own.
    #[prop(optional, into)]
    class: MaybeProp<String>,
    /// What every page ends with: the other ways to get help, then the
    /// links about the site (`FooterLinks`) and who runs it.
    children: Children,
) -> impl IntoView {
    let classes = move || crate::class::join(style::footer, class.get());
    view! {
        <footer class=classes>
            <div class=style::inner>{children()}</div>
        </footer>
    }
}

/// The links about the site itself, such as its accessibility statement,
/// in a footer.
#[component]
pub fn FooterLinks(
    /// What the links are, for screen readers' list of landmarks:
    /// "Sobre este sitio".
    #[prop(into)]
    label: Signal<String>,
    /// Classes added to the links' own.
    #[prop(optional, into)]
    class: MaybeProp<String>,
    /// Its links, each a `NavItem`.
    children: Children,
) -> impl IntoView {
    let classes = move || crate::class::join(style::links, class.get());
    view! {
        <nav class=classes aria-label=move || label.get()>
            <ul>{children()}</ul>
        </nav>
    }
}
