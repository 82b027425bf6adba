use leptos::ev::MouseEvent;
use leptos::prelude::*;

use crate::Button;

pub(crate) mod examples;

stylance::import_crate_style!(style, "src/cookie_banner/style.module.css");

#[component]
pub fn CookieBanner(
    /// The banner's heading, also the name of its region, e.g. "Cookies en
    /// la Ventanilla Única".
    #[prop(into)]
    heading: Signal<String>,
    /// The button that accepts, e.g. "Aceptar cookies de análisis".
    #[prop(into)]
    accept_text: Signal<String>,
    /// The button that rejects, e.g. "Rechazar cookies de análisis".
    #[prop(into)]
    reject_text: Signal<String>,
    /// Where the page about cookies is, linked beside the buttons.
    #[prop(optional, into)]
    settings_href: Option<String>,
    /// The words of that link, e.g. "Ver las cookies".
    #[prop(optional, into)]
    settings_text: MaybeProp<String>,
    /// What the banner says once cookies are accepted, e.g. "Aceptaste las
    /// cookies de análisis. Puedes cambiar tu configuración cuando quieras."
    #[prop(into)]
    accepted: ViewFn,
    /// What it says once they are rejected.
    #[prop(into)]
    rejected: ViewFn,
    /// The button that closes the banner after the choice, e.g. "Ocultar
    /// este mensaje".
    #[prop(into)]
    hide_text: Signal<String>,
    /// Where the form goes without script (`POST`, with `cookies` `accept`
    /// or `reject`); the page's own address by default.
    #[prop(optional, into)]
    action: Option<String>,
    /// Records the acceptance, e.g. in a cookie.
    #[prop(into)]
    on_accept: Callback<()>,
    /// Records the rejection.
    #[prop(into)]
    on_reject: Callback<()>,
    /// Classes added to the banner's own.
    #[prop(optional, into)]
    class: MaybeProp<String>,
    /// What the banner asks: paragraphs on which cookies, and why.
    children: Children,
) -> impl IntoView {
    // `Some(true)` once accepted, `Some(false)` once rejected.
    let choice = RwSignal::new(None::<bool>);
    let closed = RwSignal::new(false);
    let confirmation = NodeRef::<leptos::html::Div>::new();
    // The buttons that were pressed disappear: the focus goes to the
    // confirmation, which is also said at once.
    Effect::new(move |_| {
        if choice.get().is_some()
            && let Some(confirmation) = confirmation.get()
        {
            let _ = confirmation.focus();
        }
    });
    let choose = move |ev: MouseEvent, accept: bool| {
        // The app records the choice: the form is not sent.
        ev.prevent_default();
        if accept {
            on_accept.run(());
        } else {
            on_reject.run(());
        }
        choice.set(Some(accept));
    };
    let settings = settings_href.map(|href| view! { <a class=style::link href=href>{move || settings_text.get()}</a> });
    let confirmation_view = move || {
        choice.get().map(|accept| {
            let message = if accept { accepted.run() } else { rejected.run() };
            view! {
                <div node_ref=confirmation class=style::message role="alert" tabindex="-1">
                    <div class=style::content>{message}</div>
                    <div class=style::buttons>
                        <Button button_type="button" on_click=move |_: MouseEvent| closed.set(true)>
                            {move || hide_text.get()}
                        </Button>
                    </div>
                </div>
            }
        })
    };
    let classes = move || crate::class::join(style::banner, class.get());
    view! {
        <div class=classes role="region" aria-label=move || heading.get() hidden=move || closed.get()>
            <form class=style::message method="post" action=action hidden=move || choice.get().is_some()>
                <h2 class=style::heading>{move || heading.get()}</h2>
                <div class=style::content>{children()}</div>
                <div class=style::buttons>
                    // Named, so that without script the form says which was pressed.
                    <Button attr:name="cookies" attr:value="accept" on_click=move |ev: MouseEvent| choose(ev, true)>
                        {move || accept_text.get()}
                    </Button>
                    <Button attr:name="cookies" attr:value="reject" on_click=move |ev: MouseEvent| choose(ev, false)>
                        {move || reject_text.get()}
                    </Button>
                    {settings}
                </div>
            </form>
            {confirmation_view}
        </div>
    }
}
