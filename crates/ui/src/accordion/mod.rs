use leptos::context::Provider;
use leptos::ev::MouseEvent;
use leptos::prelude::*;

pub(crate) mod examples;

stylance::import_crate_style!(style, "src/accordion/style.module.css");

/// What an accordion shares with its sections.
#[derive(Clone, Copy)]
struct Sections {
    id: StoredValue<String>,
    level: u8,
    hydrated: RwSignal<bool>,
    /// Each section's state, in the order they were rendered.
    open: RwSignal<Vec<RwSignal<bool>>>,
    show_text: Signal<String>,
    hide_text: Signal<String>,
}

#[component]
pub fn Accordion(
    /// The accordion's id, unique on the page; its sections' ids derive
    /// from it (`<id>-heading-<n>`, `<id>-content-<n>`, from 1).
    #[prop(into)]
    id: String,
    /// The heading level of the sections' titles, 2 by default (2 to 6).
    #[prop(default = 2)]
    level: u8,
    /// The button above the sections while any is closed, e.g. "Mostrar
    /// todas las secciones".
    #[prop(into)]
    show_all_text: Signal<String>,
    /// The same button while all are open, e.g. "Ocultar todas las secciones".
    #[prop(into)]
    hide_all_text: Signal<String>,
    /// What a closed section's button says after its title, e.g. "Mostrar".
    #[prop(into)]
    show_text: Signal<String>,
    /// What an open section's button says after its title, e.g. "Ocultar".
    #[prop(into)]
    hide_text: Signal<String>,
    /// Classes added to the accordion's own.
    #[prop(optional, into)]
    class: MaybeProp<String>,
    /// The sections: `AccordionSection`s.
    children: Children,
) -> impl IntoView {
    let sections = Sections {
        id: StoredValue::new(id.clone()),
        level,
        hydrated: RwSignal::new(false),
        open: RwSignal::new(Vec::new()),
        show_text,
        hide_text,
    };
    // Without script every section stays open and there is no button: the
    // accordion is headings and their content.
    Effect::new(move |_| sections.hydrated.set(true));
    let all_open = move || sections.open.with(|all| all.iter().all(|open| open.get()));
    let toggle_all = move |_: MouseEvent| {
        let target = !all_open();
        sections
            .open
            .with_untracked(|all| all.iter().for_each(|open| open.set(target)));
    };
    let classes = move || crate::class::join(style::accordion, class.get());
    view! {
        <div id=id class=classes>
            {move || sections.hydrated.get().then(|| view! {
                <div class=style::controls>
                    <button type="button" class=style::show_all aria-expanded=move || all_open().to_string()
                        on:click=toggle_all>
                        <span class=move || chevron(all_open()) aria-hidden="true"></span>
                        {move || if all_open() { hide_all_text.get() } else { show_all_text.get() }}
                    </button>
                </div>
            })}
            // Only to its own sections, even with another accordion around it.
            <Provider value=sections>{children()}</Provider>
        </div>
    }
}

/// One section of an [`Accordion`]: a heading that opens and closes its
/// content.
#[component]
pub fn AccordionSection(
    /// The section's title, said as its button's name, e.g. "Requisitos".
    #[prop(into)]
    title: Signal<String>,
    /// A line under the title that says what the section holds.
    #[prop(optional, into)]
    summary: MaybeProp<String>,
    /// Open once the page is hydrated; closed by default.
    #[prop(optional)]
    open: bool,
    /// The content: paragraphs, lists, links.
    children: Children,
) -> impl IntoView {
    let sections = use_context::<Sections>().expect("an AccordionSection inside an Accordion");
    let is_open = RwSignal::new(open);
    // Its number, from 1, in the order the sections are rendered: the same
    // on the server and in the browser.
    let number = sections
        .open
        .try_update(|all| {
            all.push(is_open);
            all.len()
        })
        .unwrap_or(1);
    let id = sections.id.get_value();
    let heading_id = format!("{id}-heading-{number}");
    let content_id = format!("{id}-content-{number}");
    let hydrated = sections.hydrated;
    let title_text = move || title.get();
    let summary_line = move || {
        summary
            .get()
            .map(|text| view! { <span class=style::summary>{text}</span> })
    };
    // Before hydration the title is text; then it is a button, whose name
    // is the title, the summary and the toggle's words, parted by commas
    // for screen readers.
    let heading_content = {
        let content_id = content_id.clone();
        move || {
            if hydrated.get() {
                view! {
                    <button type="button" class=style::button aria-controls=content_id.clone()
                        aria-expanded=move || is_open.get().to_string()
                        on:click=move |_: MouseEvent| is_open.update(|open| *open = !*open)>
                        <span id=heading_id.clone() class=style::title>{title_text}</span>
                        <span class=crate::VISUALLY_HIDDEN>", "</span>
                        {move || summary.with(Option::is_some).then(|| view! {
                            {summary_line}
                            <span class=crate::VISUALLY_HIDDEN>", "</span>
                        })}
                        <span class=style::toggle>
                            <span class=move || chevron(is_open.get()) aria-hidden="true"></span>
                            {move || if is_open.get() { sections.hide_text.get() } else { sections.show_text.get() }}
                        </span>
                    </button>
                }
                .into_any()
            } else {
                view! {
                    <span id=heading_id.clone() class=style::title>{title_text}</span>
                    {summary_line}
                }
                .into_any()
            }
        }
    };
    // Closed, the content stays findable: the browser's find-in-page opens it.
    let hidden = move || (hydrated.get() && !is_open.get()).then_some("until-found");
    view! {
        <div class=style::section>
            {heading(sections.level, heading_content)}
            <div id=content_id class=style::content hidden=hidden
                on:beforematch=move |_: leptos::ev::Event| is_open.set(true)>
                {children()}
            </div>
        </div>
    }
}

/// The chevron's classes: pointing down to open, up to close.
fn chevron(open: bool) -> String {
    if open {
        format!("{} {}", style::chevron, style::chevron_up)
    } else {
        style::chevron.to_owned()
    }
}

/// A section's heading at the accordion's level.
fn heading(level: u8, content: impl IntoView + 'static) -> AnyView {
    match level {
        3 => view! { <h3 class=style::heading>{content}</h3> }.into_any(),
        4 => view! { <h4 class=style::heading>{content}</h4> }.into_any(),
        5 => view! { <h5 class=style::heading>{content}</h5> }.into_any(),
        6 => view! { <h6 class=style::heading>{content}</h6> }.into_any(),
        _ => view! { <h2 class=style::heading>{content}</h2> }.into_any(),
    }
}
