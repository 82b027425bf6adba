use leptos::ev::{KeyboardEvent, SubmitEvent};
use leptos::prelude::*;

stylance::import_crate_style!(style, "src/search_field.module.css");

/// One suggestion of a [`SearchField`].
#[derive(Clone, Debug, PartialEq)]
pub struct Suggestion {
    pub id: String,
    pub title: String,
    pub subtitle: String,
    pub href: String,
}

/// A search box with suggestions: the WAI-ARIA 1.2 combobox with a listbox
/// popup. Arrow keys move through the suggestions, Enter picks the active one
/// (or searches for what was typed), Escape closes the list and, pressed
/// again, clears the box. The number of suggestions is said in a polite live
/// region. Inside a real `<form role="search">`, so it also works as a plain
/// GET form.
///
/// The parent owns `value`, fetches `suggestions` as it changes (debounced)
/// and decides what selecting or submitting does.
///
/// ```no_run
/// use leptos::prelude::*;
/// use ventanilla_ui::{SearchField, Suggestion};
///
/// let text = RwSignal::new(String::new());
/// view! {
///     <SearchField
///         id="buscar"
///         label="¿Qué trámite buscas?"
///         value=text
///         suggestions=Signal::derive(Vec::<Suggestion>::new)
///         status=Signal::derive(String::new)
///         button_label="Buscar"
///         on_submit=Callback::new(|_text: String| {})
///         on_select=Callback::new(|_choice: Suggestion| {})
///     />
/// };
/// ```
#[component]
pub fn SearchField(
    /// The input's id; the listbox and options derive theirs from it.
    id: &'static str,
    #[prop(into)] label: Signal<String>,
    #[prop(optional, into)] hint: Option<Signal<String>>,
    value: RwSignal<String>,
    #[prop(into)] suggestions: Signal<Vec<Suggestion>>,
    /// Said politely when it changes, e.g. "5 sugerencias".
    #[prop(into)]
    status: Signal<String>,
    #[prop(into)] button_label: Signal<String>,
    on_submit: Callback<String>,
    on_select: Callback<Suggestion>,
    /// Where the form goes without script (its input is named `q`).
    #[prop(optional)]
    action: Option<&'static str>,
) -> impl IntoView {
    let active = RwSignal::new(None::<usize>);
    let focused = RwSignal::new(false);
    let dismissed = RwSignal::new(false);
    let open = move || focused.get() && !dismissed.get() && !suggestions.read().is_empty();
    // New suggestions: nothing is active any more.
    Effect::new(move |_| {
        suggestions.track();
        active.set(None);
    });
    let listbox = format!("{id}-listbox");
    let hint_id = format!("{id}-hint");
    let option_id = move |i: usize| format!("{id}-option-{i}");
    let select = move |i: usize| {
        let chosen = suggestions.with_untracked(|list| list.get(i).cloned());
        if let Some(chosen) = chosen {
            dismissed.set(true);
            active.set(None);
            on_select.run(chosen);
        }
    };
    let keydown = move |ev: KeyboardEvent| {
        let count = suggestions.with_untracked(Vec::len);
        match ev.key().as_str() {
            "ArrowDown" if count > 0 => {
                ev.prevent_default();
                dismissed.set(false);
                active.update(|a| *a = Some(a.map_or(0, |i| (i + 1) % count)));
            }
            "ArrowUp" if count > 0 => {
                ev.prevent_default();
                dismissed.set(false);
                active.update(|a| *a = Some(a.map_or(count - 1, |i| (i + count - 1) % count)));
            }
            "Enter" => {
                if let Some(i) = active.get_untracked().filter(|_| !dismissed.get_untracked()) {
                    ev.prevent_default();
                    select(i);
                }
            }
            "Escape" => {
                if !dismissed.get_untracked() && count > 0 {
                    dismissed.set(true);
                    active.set(None);
                } else {
                    value.set(String::new());
                }
            }
            _ => {}
        }
    };
    let submit = move |ev: SubmitEvent| {
        ev.prevent_default();
        dismissed.set(true);
        on_submit.run(value.get_untracked());
    };
    let described_by = hint.map(|_| hint_id.clone());
    let options = move || {
        suggestions
            .get()
            .into_iter()
            .enumerate()
            .map(|(i, s)| {
                let selected = move || active.get() == Some(i);
                view! {
                    <li
                        id=option_id(i)
                        role="option"
                        class=style::option
                        aria-selected=move || selected().to_string()
                        on:mousedown=move |ev| {
                            // Keep the focus in the box, then choose.
                            ev.prevent_default();
                            select(i);
                        }
                    >
                        <span class=style::option_title>{s.title}</span>
                        <span class=style::option_subtitle>{s.subtitle}</span>
                    </li>
                }
            })
            .collect_view()
    };
    view! {
        <form class=style::search role="search" action=action method="get" on:submit=submit>
            <label class=style::label for=id>{move || label.get()}</label>
            {hint.map(|hint| view! { <p class=style::hint id=hint_id.clone()>{move || hint.get()}</p> })}
            <div class=style::row>
                <div class=style::combo>
                    <input
                        id=id
                        class=style::input
                        type="search"
                        name="q"
                        role="combobox"
                        autocomplete="off"
                        aria-autocomplete="list"
                        aria-controls=listbox.clone()
                        aria-expanded=move || open().to_string()
                        aria-activedescendant=move || active.get().filter(|_| open()).map(option_id)
                        aria-describedby=described_by
                        prop:value=move || value.get()
                        on:input=move |ev| {
                            dismissed.set(false);
                            value.set(event_target_value(&ev));
                        }
                        on:focus=move |_| focused.set(true)
                        on:blur=move |_| focused.set(false)
                        on:keydown=keydown
                    />
                    <ul id=listbox class=style::listbox role="listbox" aria-label=move || label.get() hidden=move || !open()>
                        {options}
                    </ul>
                </div>
                <button type="submit" class=style::button>{move || button_label.get()}</button>
            </div>
            <div class=style::visually_hidden role="status" aria-live="polite">
                {move || if open() { status.get() } else { String::new() }}
            </div>
        </form>
    }
}
