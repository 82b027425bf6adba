use leptos::ev::{MouseEvent, SubmitEvent};
use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::field::{self, style as field_style};
use crate::{Button, ButtonKind, Width};

pub(crate) mod examples;

stylance::import_crate_style!(style, "src/password_input/style.module.css");

#[component]
pub fn PasswordInput(
    /// The id of the input, also its `name`, the target of error-summary
    /// links and what the button controls.
    #[prop(into)]
    id: String,
    #[prop(into)] label: Signal<String>,
    #[prop(optional, into)] hint: MaybeProp<String>,
    /// What is typed; the field writes it as the person types.
    value: RwSignal<String>,
    #[prop(optional, into)] error: Signal<Option<String>>,
    #[prop(optional)] width: Width,
    /// The browser's autofill purpose: `current-password` (the default) to
    /// sign in, `new-password` to choose one, which lets a password manager
    /// suggest a strong one.
    #[prop(default = "current-password".to_owned(), into)]
    autocomplete: String,
    /// The button's words while the password is hidden, e.g. "Mostrar".
    #[prop(into)]
    show_text: Signal<String>,
    /// The button's words while the password shows, e.g. "Ocultar".
    #[prop(into)]
    hide_text: Signal<String>,
    /// The button's accessible name while the password is hidden; it starts
    /// with `show_text`, e.g. "Mostrar contraseña".
    #[prop(into)]
    show_label: Signal<String>,
    /// The button's accessible name while the password shows; it starts
    /// with `hide_text`, e.g. "Ocultar contraseña".
    #[prop(into)]
    hide_label: Signal<String>,
    /// Said to screen readers once the password shows, e.g. "Tu contraseña
    /// está visible".
    #[prop(into)]
    shown_announcement: Signal<String>,
    /// Said to screen readers once it is hidden again, e.g. "Tu contraseña
    /// está oculta".
    #[prop(into)]
    hidden_announcement: Signal<String>,
    /// Classes added to the field's own.
    #[prop(optional, into)]
    class: MaybeProp<String>,
) -> impl IntoView {
    let visible = RwSignal::new(false);
    // What the live region says: nothing until the button is first pressed.
    let announced = RwSignal::new(None::<bool>);
    // The button works only with script: it shows once the page is hydrated.
    let hydrated = RwSignal::new(false);
    let input_ref = NodeRef::<leptos::html::Input>::new();

    let hide = move || {
        if visible.get_untracked() {
            visible.set(false);
            announced.set(Some(false));
        }
    };
    // Only in the browser: the password never stays visible in a sent form
    // (a browser would keep it in the form's history as plain text), nor
    // in a page brought back by the Back button.
    Effect::new(move |_| {
        hydrated.set(true);
        let submit = window_event_listener(leptos::ev::submit, move |ev: SubmitEvent| {
            let form = ev.target().and_then(|target| target.dyn_into::<web_sys::Node>().ok());
            if let (Some(input), Some(form)) = (input_ref.get_untracked(), form) {
                let node: &web_sys::Node = input.as_ref();
                if form.contains(Some(node)) {
                    // At once, before the browser reads the form; the signal
                    // follows for the button.
                    let _ = input.set_attribute("type", "password");
                    hide();
                }
            }
        });
        let pageshow = window_event_listener_untyped("pageshow", move |_| hide());
        on_cleanup(move || {
            submit.remove();
            pageshow.remove();
        });
    });

    let toggle = move |_: MouseEvent| {
        let now = !visible.get_untracked();
        visible.set(now);
        announced.set(Some(now));
    };
    let input_class = {
        let base = field::input_class(width.class(), error);
        move || format!("{} {}", base(), style::input)
    };
    let described_by = field::described_by(&id, hint, error);
    let invalid = move || error.get().map(|_| "true");
    let announcement = move || match announced.get() {
        Some(true) => shown_announcement.get(),
        Some(false) => hidden_announcement.get(),
        None => String::new(),
    };
    view! {
        <div class=field::wrapper_class(error, class)>
            <label class=field_style::label for=id.clone()>{field::question(label, false)}</label>
            {field::hint(&id, hint)}
            {field::message(&id, error)}
            <div class=style::row>
                <input node_ref=input_ref id=id.clone() name=id.clone() class=input_class
                    type=move || if visible.get() { "text" } else { "password" } autocomplete=autocomplete
                    spellcheck="false" autocapitalize="none" aria-describedby=described_by aria-invalid=invalid
                    prop:value=move || value.get() on:input=move |ev| value.set(event_target_value(&ev))/>
                <Button kind=ButtonKind::Secondary button_type="button" class=style::toggle on_click=toggle
                    attr:aria-controls=id.clone() attr:hidden=move || !hydrated.get()
                    attr:aria-label=move || if visible.get() { hide_label.get() } else { show_label.get() }>
                    {move || if visible.get() { hide_text.get() } else { show_text.get() }}
                </Button>
            </div>
            <div class=crate::VISUALLY_HIDDEN aria-live="polite">
                {announcement}
            </div>
        </div>
    }
}
