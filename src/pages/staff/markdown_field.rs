use leptos::prelude::*;
use ventanilla_ui::{TextInput, Width};
use wasm_bindgen::JsCast;

use crate::i18n::use_i18n;
use crate::shell::announcer;

stylance::import_crate_style!(style, "src/pages/staff/markdown_field.module.css");

/// What the buttons insert: the button's words and the Markdown, by message id.
const INSERTS: [(&str, &str); 5] = [
    ("staff-md-heading", "staff-md-heading-text"),
    ("staff-md-list", "staff-md-list-text"),
    ("staff-md-link", "staff-md-link-text"),
    ("staff-md-table", "staff-md-table-text"),
    ("staff-md-image", "staff-md-image-text"),
];

/// A Markdown body: a large text box, then buttons that insert a heading,
/// a list, a link, a table or an image where its cursor was, give the
/// focus back to the box with the cursor after what they inserted, and
/// say what they inserted.
#[component]
pub fn MarkdownField(
    #[prop(into)] id: String,
    #[prop(into)] label: Signal<String>,
    #[prop(into)] hint: String,
    value: RwSignal<String>,
    #[prop(into)] error: Signal<Option<String>>,
) -> impl IntoView {
    let i18n = use_i18n();
    let say = announcer();
    let buttons = INSERTS.map(|(words, markdown)| {
        let id = id.clone();
        let insert = move |_| {
            let text = format!("\n{}\n", i18n.t(markdown));
            let cursor = insert_at_cursor(&id, value, &text);
            say(i18n.t_with("staff-md-inserted", &[("what", i18n.t(words).into())]));
            focus_at(&id, cursor);
        };
        view! { <button type="button" class=style::tool on:click=insert>{i18n.tr(words)}</button> }
    });
    view! {
        <TextInput id=id.clone() label=label hint=hint value=value error=error multiline=true rows=16
            width=Width::Full spellcheck=true/>
        <div role="group" aria-label=move || i18n.t_with("staff-md-tools", &[("field", label.get().into())])
            class=style::tools>
            <span class=style::tools_label aria-hidden="true">{i18n.tr("staff-md-insert")}</span>
            {buttons.into_iter().collect_view()}
        </div>
    }
}

/// The text box `id`, if the page has it.
fn text_box(id: &str) -> Option<web_sys::HtmlTextAreaElement> {
    document().get_element_by_id(id)?.dyn_into().ok()
}

/// Puts `text` in place of the box's selection (at its cursor when none);
/// where the cursor goes after it, in UTF-16 units as the browser counts.
fn insert_at_cursor(id: &str, value: RwSignal<String>, text: &str) -> u32 {
    let mut units: Vec<u16> = value.get_untracked().encode_utf16().collect();
    let end_of_text = units.len() as u32;
    let (start, end) = text_box(id).map_or((end_of_text, end_of_text), |field| {
        let at = |position: Result<Option<u32>, _>| position.ok().flatten().unwrap_or(end_of_text);
        (at(field.selection_start()), at(field.selection_end()))
    });
    let start = start.min(end_of_text) as usize;
    let end = (end.min(end_of_text) as usize).max(start);
    let inserted: Vec<u16> = text.encode_utf16().collect();
    let cursor = (start + inserted.len()) as u32;
    units.splice(start..end, inserted);
    value.set(String::from_utf16_lossy(&units));
    cursor
}

fn focus_at(id: &str, cursor: u32) {
    let id = id.to_owned();
    request_animation_frame(move || {
        if let Some(field) = text_box(&id) {
            let _ = field.focus();
            let _ = field.set_selection_range(cursor, cursor);
        }
    });
}
