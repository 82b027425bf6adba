use leptos::ev::{KeyboardEvent, MouseEvent};
use leptos::html;
use leptos::prelude::*;

pub(crate) mod examples;

stylance::import_crate_style!(style, "src/tabs/style.module.css");

/// One tab of [`Tabs`] and its panel.
#[derive(Clone)]
pub struct TabItem {
    /// The panel's id, unique on the page, and the link's target without
    /// script; the tab's id is `<id>-tab`.
    pub id: String,
    /// The tab's words, e.g. "Por internet".
    pub label: String,
    /// What the panel shows, usually starting with a heading.
    pub panel: ViewFn,
}

#[component]
pub fn Tabs(
    /// The title's id is `<id>-title`; unique on the page.
    #[prop(into)]
    id: String,
    /// The title of the list of tabs, e.g. "Contenido": a heading above the
    /// links without script, then the tab list's name, visually hidden.
    #[prop(into)]
    title: Signal<String>,
    /// The heading level of the title, 2 by default (2 to 6).
    #[prop(default = 2)]
    level: u8,
    /// The tabs, in order; the first is selected.
    tabs: Vec<TabItem>,
    /// Classes added to the tabs' own.
    #[prop(optional, into)]
    class: MaybeProp<String>,
) -> impl IntoView {
    // Without script, the tabs are a list of links to the panels, which
    // all show: the roles, the states and the keys come with hydration.
    let hydrated = RwSignal::new(false);
    let selected = RwSignal::new(0usize);
    let count = tabs.len();
    // A link to a panel (`#<id>`) selects its tab, as it showed it without script.
    let ids: Vec<String> = tabs.iter().map(|tab| tab.id.clone()).collect();
    Effect::new(move |_| {
        if let Some(i) = location_hash().and_then(|hash| ids.iter().position(|id| *id == hash)) {
            selected.set(i);
        }
        hydrated.set(true);
    });
    let refs: Vec<NodeRef<html::A>> = (0..count).map(|_| NodeRef::new()).collect();
    let stored_refs = StoredValue::new(refs.clone());
    let choose = move |i: usize, focus: bool| {
        selected.set(i);
        if focus && let Some(tab) = stored_refs.with_value(|refs| refs.get(i).and_then(|tab| tab.get_untracked())) {
            let _ = tab.focus();
        }
    };
    // Automatic activation, as the tabs are all on the page: the arrows
    // move the focus and the selection together.
    let keydown = move |i: usize, ev: KeyboardEvent| {
        let next = match ev.key().as_str() {
            "ArrowRight" => (i + 1) % count,
            "ArrowLeft" => (i + count - 1) % count,
            "Home" => 0,
            "End" => count - 1,
            // Space on a link would scroll the page.
            " " => i,
            _ => return,
        };
        ev.prevent_default();
        choose(next, next != i);
    };

    let title_id = format!("{id}-title");
    let list = tabs
        .iter()
        .enumerate()
        .map(|(i, tab)| {
            let panel_id = tab.id.clone();
            let is_selected = move || hydrated.get() && selected.get() == i;
            let item_class = move || {
                if is_selected() {
                    format!("{} {}", style::item, style::selected)
                } else {
                    style::item.to_owned()
                }
            };
            view! {
                <li class=item_class role=move || hydrated.get().then_some("presentation")>
                    <a node_ref=refs[i] id=format!("{}-tab", tab.id) href=format!("#{}", tab.id) class=style::tab
                        role=move || hydrated.get().then_some("tab")
                        aria-selected=move || hydrated.get().then(|| is_selected().to_string())
                        aria-controls=move || hydrated.get().then(|| panel_id.clone())
                        tabindex=move || hydrated.get().then(|| if is_selected() { "0" } else { "-1" })
                        on:click=move |ev: MouseEvent| {
                            ev.prevent_default();
                            choose(i, false);
                        }
                        on:keydown=move |ev: KeyboardEvent| keydown(i, ev)>
                        {tab.label.clone()}
                    </a>
                </li>
            }
        })
        .collect_view();
    let panels = tabs
        .into_iter()
        .enumerate()
        .map(|(i, tab)| {
            let tab_id = format!("{}-tab", tab.id);
            view! {
                <div id=tab.id class=style::panel role=move || hydrated.get().then_some("tabpanel")
                    aria-labelledby=move || hydrated.get().then(|| tab_id.clone())
                    tabindex=move || hydrated.get().then_some("0")
                    hidden=move || hydrated.get() && selected.get() != i>
                    {tab.panel.run()}
                </div>
            }
        })
        .collect_view();
    let classes = move || {
        let own = if hydrated.get() {
            format!("{} {}", style::tabs, style::enhanced)
        } else {
            style::tabs.to_owned()
        };
        crate::class::join(&own, class.get())
    };
    let title_class = move || {
        if hydrated.get() {
            format!("{} {}", style::title, crate::VISUALLY_HIDDEN)
        } else {
            style::title.to_owned()
        }
    };
    let labelled_by = title_id.clone();
    view! {
        <div id=id class=classes>
            {heading(level, title_id, title_class, move || title.get())}
            <ul class=style::list role=move || hydrated.get().then_some("tablist")
                aria-labelledby=move || hydrated.get().then(|| labelled_by.clone())>
                {list}
            </ul>
            {panels}
        </div>
    }
}

/// The title at the tabs' level.
fn heading(
    level: u8,
    id: String,
    class: impl Fn() -> String + Send + Sync + 'static,
    text: impl Fn() -> String + Send + Sync + 'static,
) -> AnyView {
    match level {
        3 => view! { <h3 id=id class=class>{text}</h3> }.into_any(),
        4 => view! { <h4 id=id class=class>{text}</h4> }.into_any(),
        5 => view! { <h5 id=id class=class>{text}</h5> }.into_any(),
        6 => view! { <h6 id=id class=class>{text}</h6> }.into_any(),
        _ => view! { <h2 id=id class=class>{text}</h2> }.into_any(),
    }
}
