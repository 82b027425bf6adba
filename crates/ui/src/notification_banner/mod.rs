use leptos::prelude::*;

pub(crate) mod examples;

stylance::import_crate_style!(style, "src/notification_banner/style.module.css");

#[component]
pub fn NotificationBanner(
    /// The words of the title bar, e.g. "Importante" or "Listo".
    #[prop(into)]
    title: Signal<String>,
    /// The banner's id; its title's is `<id>-title`. Unique on the page.
    #[prop(default = "notificacion".to_owned(), into)]
    id: String,
    /// Confirms that something just happened: announced at once (`role="alert"`).
    #[prop(optional)]
    success: bool,
    /// Classes added to the banner's own.
    #[prop(optional, into)]
    class: MaybeProp<String>,
    /// The body: a bold first line, paragraphs, links.
    children: Children,
) -> impl IntoView {
    let title_id = format!("{id}-title");
    let labelled_by = title_id.clone();
    let (role, modifier) = if success {
        ("alert", style::success)
    } else {
        ("region", style::important)
    };
    let classes = move || crate::class::join(&format!("{} {modifier}", style::banner), class.get());
    view! {
        <div id=id class=classes role=role aria-labelledby=labelled_by>
            <div class=style::header>
                <h2 id=title_id class=style::title>{move || title.get()}</h2>
            </div>
            <div class=style::body>{children()}</div>
        </div>
    }
}
