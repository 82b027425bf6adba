use leptos::ev::{KeyboardEvent, MouseEvent, SubmitEvent};
use leptos::html;
use leptos::prelude::*;

pub(crate) mod examples;

stylance::import_crate_style!(style, "src/search_field/style.module.css");

/// One suggestion of a [`SearchField`].
#[derive(Clone, Debug, PartialEq)]
pub struct Suggestion {
    pub id: String,
    pub title: String,
    /// A second line, e.g. the agency or the kind of result.
    pub subtitle: String,
    /// Where the suggestion leads; `on_select` decides whether to go there.
    pub href: String,
}

#[component]
pub fn SearchField(
    /// The input's id; the listbox (`<id>-listbox`) and the options
    /// (`<id>-option-<n>`) derive theirs from it.
    id: &'static str,
    /// The visible label of the box.
    #[prop(into)]
    label: Signal<String>,
    /// A hint under the label, tied to the box by `aria-describedby`.
    #[prop(optional, into)]
    hint: MaybeProp<String>,
    /// What is typed; the component writes it as the person types.
    value: RwSignal<String>,
    #[prop(into)] suggestions: Signal<Vec<Suggestion>>,
    /// Said politely when it changes, e.g. "5 sugerencias".
    #[prop(into)]
    status: Signal<String>,
    /// The submit button's text, e.g. "Buscar".
    #[prop(into)]
    button_label: Signal<String>,
    /// Searches for the typed text: Enter with no active option, or the button.
    #[prop(into)]
    on_submit: Callback<String>,
    /// Chooses a suggestion: Enter on the active option, or a click on one.
    #[prop(into)]
    on_select: Callback<Suggestion>,
    /// Where the form goes without script (its input is named `q`).
    #[prop(optional)]
    action: Option<&'static str>,
    /// Classes added to the form's own.
    #[prop(optional, into)]
    class: MaybeProp<String>,
) -> impl IntoView {
    let active = RwSignal::new(None::<usize>);
    let focused = RwSignal::new(false);
    // Closed by Escape, a choice or a search, until the person types or arrows again.
    let dismissed = RwSignal::new(false);
    let open = move || focused.get() && !dismissed.get() && !suggestions.read().is_empty();
    // New suggestions: nothing is active any more.
    Effect::new(move |_| {
        suggestions.track();
        active.set(None);
    });
    let listbox_ref = NodeRef::<html::Ul>::new();
    let listbox = format!("{id}-listbox");
    let hint_id = format!("{id}-hint");
    let option_id = move |i: usize| format!("{id}-option-{i}");

    // Keep the active option in sight when the list scrolls, once it is drawn.
    let reveal = move |i: usize| {
        request_animation_frame(move || {
            let option = listbox_ref
                .get_untracked()
                .and_then(|list| list.children().item(i as u32));
            if let Some(option) = option {
                let options = web_sys::ScrollIntoViewOptions::new();
                options.set_block(web_sys::ScrollLogicalPosition::Nearest);
                option.scroll_into_view_with_scroll_into_view_options(&options);
            }
        });
    };
    let activate = move |i: usize| {
        dismissed.set(false);
        active.set(Some(i));
        reveal(i);
    };
    let close = move || {
        dismissed.set(true);
        active.set(None);
    };
    let select = move |i: usize| {
        let chosen = suggestions.with_untracked(|list| list.get(i).cloned());
        if let Some(chosen) = chosen {
            close();
            on_select.run(chosen);
        }
    };
    let search = move || {
        close();
        on_submit.run(value.get_untracked());
    };

    let keydown = move |ev: KeyboardEvent| {
        // Keys that confirm an input method's composition are not ours.
        if ev.is_composing() {
            return;
        }
        let count = suggestions.with_untracked(Vec::len);
        let is_open = !dismissed.get_untracked() && count > 0;
        let current = active.get_untracked().filter(|_| is_open);
        match ev.key().as_str() {
            "ArrowDown" if count > 0 => {
                ev.prevent_default();
                if ev.alt_key() {
                    dismissed.set(false);
                } else {
                    activate(current.map_or(0, |i| (i + 1) % count));
                }
            }
            "ArrowUp" if count > 0 => {
                ev.prevent_default();
                if ev.alt_key() {
                    close();
                } else {
                    activate(current.map_or(count - 1, |i| (i + count - 1) % count));
                }
            }
            "Enter" => {
                // Either way the app acts, not the browser's form submission.
                ev.prevent_default();
                match current {
                    Some(i) => select(i),
                    None => search(),
                }
            }
            "Escape" => {
                // Chromium would also clear a search box on Escape: only do
                // that when the list is already closed.
                ev.prevent_default();
                if is_open {
                    close();
                } else {
                    active.set(None);
                    value.set(String::new());
                }
            }
            _ => {}
        }
    };
    let submit = move |ev: SubmitEvent| {
        ev.prevent_default();
        search();
    };
    let described_by = {
        let hint_id = hint_id.clone();
        move || hint.with(Option::is_some).then(|| hint_id.clone())
    };
    let options = move || {
        suggestions
            .get()
            .into_iter()
            .enumerate()
            .map(|(i, s)| {
                let selected = move || (active.get() == Some(i)).to_string();
                view! {
                    <li
                        id=option_id(i)
                        role="option"
                        class=style::option
                        aria-selected=selected
                        on:mousedown=move |ev: MouseEvent| {
                            // Only the main button chooses; focus stays in the box.
                            if ev.button() == 0 {
                                ev.prevent_default();
                                select(i);
                            }
                        }
                    >
                        <span class=style::option_title>{s.title}</span>
                        <span class=style::option_subtitle>{s.subtitle}</span>
                    </li>
                }
            })
            .collect_view()
    };
    let classes = move || crate::class::join(style::search, class.get());
    view! {
        <form class=classes role="search" action=action method="get" on:submit=submit>
            <label class=style::label for=id>{move || label.get()}</label>
            {move || hint.get().map(|hint| view! { <p class=style::hint id=hint_id.clone()>{hint}</p> })}
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
                        value=move || value.get()
                        prop:value=move || value.get()
                        on:input=move |ev| {
                            dismissed.set(false);
                            value.set(event_target_value(&ev));
                        }
                        on:focus=move |_| focused.set(true)
                        on:blur=move |_| {
                            focused.set(false);
                            active.set(None);
                        }
                        on:keydown=keydown
                    />
                    <ul
                        node_ref=listbox_ref
                        id=listbox
                        class=style::listbox
                        role="listbox"
                        aria-label=move || label.get()
                        hidden=move || !open()
                        // A press on the list's scroll bar or edge must not take focus from the box.
                        on:mousedown=|ev: MouseEvent| ev.prevent_default()
                    >
                        {options}
                    </ul>
                </div>
                <button type="submit" class=style::button>{move || button_label.get()}</button>
            </div>
            <div class=crate::visually_hidden::style::visually_hidden role="status" aria-live="polite" aria-atomic="true">
                {move || if focused.get() && !dismissed.get() { status.get() } else { String::new() }}
            </div>
        </form>
    }
}
