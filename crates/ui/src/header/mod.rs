use leptos::prelude::*;

pub(crate) mod examples;

stylance::import_crate_style!(style, "src/header/style.module.css");

/// What sits at the end of the header's top line, such as the language
/// switcher.
#[slot]
pub struct HeaderActions {
    children: Children,
}

#[component]
pub fn Header(
    /// The site's or service's name, a link to its home page.
    #[prop(into)]
    name: Signal<String>,
    /// Where the name leads; the site's root unless given.
    #[prop(optional, into)]
    home: MaybeProp<String>,
    /// A line under the name, shown from 40 rem wide: a phone's first
    /// screen is for the page.
    #[prop(optional, into)]
    tagline: MaybeProp<String>,
    #[prop(optional)] header_actions: Option<HeaderActions>,
    /// Classes added to the header's own.
    #[prop(optional, into)]
    class: MaybeProp<String>,
    /// What comes under the top line: the site's navigation, a search box.
    #[prop(optional)]
    children: Option<Children>,
) -> impl IntoView {
    let classes = move || crate::class::join(style::header, class.get());
    let home = move || home.get().unwrap_or_else(|| "/".to_owned());
    let tagline = move || {
        tagline
            .get()
            .map(|tagline| view! { <span class=style::tagline>{tagline}</span> })
    };
    view! {
        <header class=classes>
            <div class=style::bar>
                <a class=style::identity href=home>
                    <span class=style::name>{move || name.get()}</span>
                    {tagline}
                </a>
                {header_actions.map(|actions| (actions.children)())}
            </div>
            {children.map(|children| children())}
        </header>
    }
}

/// The main sections of a site, as a row of links under the header's top
/// line.
#[component]
pub fn HeaderNav(
    /// What the navigation is, for screen readers' list of landmarks:
    /// "Secciones".
    #[prop(into)]
    label: Signal<String>,
    /// Classes added to the navigation's own.
    #[prop(optional, into)]
    class: MaybeProp<String>,
    /// Its links, each a `NavItem`.
    children: Children,
) -> impl IntoView {
    let classes = move || crate::class::join(style::nav, class.get());
    view! {
        <nav class=classes aria-label=move || label.get()>
            <ul class=style::items>{children()}</ul>
        </nav>
    }
}

/// Where the page being read is, for the link that leads there.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Current {
    /// The link leads to this very page.
    Page,
    /// The page is one of the section's the link leads to.
    Section,
}

/// One link of a `HeaderNav` or of a `FooterLinks`.
#[component]
pub fn NavItem(
    #[prop(into)] href: Signal<String>,
    /// Whether the link leads to the page being read, or to its section
    /// (`aria-current`).
    #[prop(optional, into)]
    current: MaybeProp<Current>,
    /// Classes added to the item's own.
    #[prop(optional, into)]
    class: MaybeProp<String>,
    children: Children,
) -> impl IntoView {
    let classes = move || class.get();
    let current = move || {
        current.get().map(|current| match current {
            Current::Page => "page",
            Current::Section => "true",
        })
    };
    view! {
        <li class=classes>
            <a href=move || href.get() aria-current=current>{children()}</a>
        </li>
    }
}
