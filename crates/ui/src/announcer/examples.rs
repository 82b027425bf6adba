use leptos::ev::MouseEvent;
use leptos::prelude::*;

use crate::{Announcer, Button};

crate::examples![
    result_count: "Saying how many results a filter leaves",
    item_added: "Saying that a list grew by one",
];

pub fn result_count() -> impl IntoView {
    let message = RwSignal::new(String::new());
    let online_only = RwSignal::new(false);
    let count = move || {
        if online_only.get() {
            "4 trámites en línea"
        } else {
            "12 trámites"
        }
    };
    view! {
        <Announcer message=message/>
        <p>{count}</p>
        <Button button_type="button" on_click=move |_: MouseEvent| {
            online_only.update(|on| *on = !*on);
            message.set(count().to_owned());
        }>
            {move || if online_only.get() { "Ver todos los trámites" } else { "Ver solo los trámites en línea" }}
        </Button>
    }
}

pub fn item_added() -> impl IntoView {
    let message = RwSignal::new(String::new());
    let people = RwSignal::new(1);
    view! {
        <Announcer message=message/>
        <ol>
            {move || (1..=people.get()).map(|n| view! { <li>{format!("Persona autorizada {n}")}</li> }).collect_view()}
        </ol>
        <Button button_type="button" on_click=move |_: MouseEvent| {
            people.update(|n| *n += 1);
            message.set(format!("Se agregó la persona autorizada {}", people.get_untracked()));
        }>
            "Agregar otra persona autorizada"
        </Button>
    }
}
