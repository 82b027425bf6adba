//! The components as the gallery shows them and the tests mount them: each
//! one's examples (`<component>/examples.rs`), and, for the server to send
//! beside them, its README and each example's code.

use leptos::prelude::*;
use serde::{Deserialize, Serialize};

/// One live example of a component.
#[derive(Clone, Copy)]
pub struct Example {
    /// Its name in URLs and tests, and its function's in `examples.rs`.
    pub id: &'static str,
    /// What it shows, in a few words.
    pub title: &'static str,
    pub view: fn() -> AnyView,
}

/// A component of the library, as the gallery lists it.
#[derive(Clone, Copy)]
pub struct Component {
    /// Its folder's name, with hyphens: `error-summary`.
    pub id: &'static str,
    /// Its name in Rust: `ErrorSummary`.
    pub name: &'static str,
    /// What it is for, in one sentence.
    pub purpose: &'static str,
    pub examples: fn() -> Vec<Example>,
}

/// What the gallery fetches to show beside a component's live examples.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Docs {
    /// The README, as HTML (made from the Markdown when the crate builds).
    pub readme: String,
    /// Each example's code, by the example's id, in the examples' order.
    pub code: Vec<(String, String)>,
}

impl Component {
    /// Its README and its examples' code. Only the server calls this, so
    /// that the texts stay out of a browser's build.
    pub fn docs(&self) -> Docs {
        let (readme, source) = texts(self.id);
        let code = (self.examples)()
            .iter()
            .map(|example| (example.id.to_owned(), function(source, example.id).to_owned()))
            .collect();
        Docs {
            readme: readme.to_owned(),
            code,
        }
    }
}

/// The function `name` of `source`, from its signature to its closing brace.
fn function<'a>(source: &'a str, name: &str) -> &'a str {
    let signature = format!("pub fn {name}()");
    let Some(start) = source.find(&signature) else {
        return "";
    };
    let end = source[start..]
        .find("\n}\n")
        .map_or(source.len(), |end| start + end + 2);
    &source[start..end]
}

/// Registers a component folder's examples: `examples![id: "Title", …]` in
/// its `examples.rs`, each `id` a `pub fn id() -> impl IntoView` there.
#[macro_export]
#[doc(hidden)]
macro_rules! examples {
    ($($id:ident: $title:literal),+ $(,)?) => {
        pub fn examples() -> Vec<$crate::gallery::Example> {
            vec![$($crate::gallery::Example {
                id: stringify!($id),
                title: $title,
                view: || leptos::prelude::IntoAny::into_any($id()),
            }),+]
        }
    };
}

/// Lists the components, and apart from them (in a function, which a
/// browser's build leaves out) their READMEs and examples' sources.
macro_rules! components {
    ($($module:ident: $id:literal, $name:literal, $purpose:literal;)+) => {
        /// Every component, in the gallery's order.
        pub const COMPONENTS: &[Component] = &[$(Component {
            id: $id,
            name: $name,
            purpose: $purpose,
            examples: crate::$module::examples::examples,
        }),+];

        /// The README (as HTML) and the `examples.rs` of component `id`.
        fn texts(id: &str) -> (&'static str, &'static str) {
            match id {
                $($id => (
                    include_str!(concat!(env!("OUT_DIR"), "/", stringify!($module), ".html")),
                    include_str!(concat!(stringify!($module), "/examples.rs")),
                ),)+
                _ => ("", ""),
            }
        }
    };
}

components! {
    accordion: "accordion", "Accordion", "Sections that open and close under their headings.";
    alert: "alert", "Alert", "A message that stands out: information, success or an error.";
    announcer: "announcer", "Announcer", "Tells screen readers what changes out of sight.";
    back_link: "back-link", "BackLink", "Leads back to the previous step of a journey.";
    breadcrumbs: "breadcrumbs", "Breadcrumbs", "Shows where a page sits, with links to its parents.";
    button: "button", "Button", "Carries out an action, or starts a procedure as a link.";
    card: "card", "Card", "An item in a list, such as a service, linking to its page.";
    character_count: "character-count", "CharacterCount", "A multi-line text box with a limit, which counts what is left.";
    choice: "choice", "Radios, Checkboxes, Select", "Asks to choose one or several options.";
    cookie_banner: "cookie-banner", "CookieBanner", "Asks whether people accept optional cookies, and confirms their choice.";
    date_input: "date-input", "DateInput", "Asks for a date as a day, a month and a year.";
    details: "details", "Details", "Extra information that opens on demand.";
    error_summary: "error-summary", "ErrorSummary", "Lists a form's problems, each a link to its field.";
    file_upload: "file-upload", "FileUpload", "Asks for a document, as a file.";
    footer: "footer", "Footer", "Ends every page: other ways to get help, and the links about the site.";
    header: "header", "Header", "Starts every page: the service's name, its sections and its languages.";
    inset_text: "inset-text", "InsetText", "Sets apart a piece of text, a quote or an example.";
    language_switcher: "language-switcher", "LanguageSwitcher", "Changes the language of the interface.";
    loading: "loading", "Loading", "Says that something is loading.";
    notification_banner: "notification-banner", "NotificationBanner", "News about the whole service or page, or a success.";
    pagination: "pagination", "Pagination", "Links to the pages of a long list.";
    panel: "panel", "Panel", "Confirms that something is done and shows what to keep.";
    password_input: "password-input", "PasswordInput", "Asks for a password, with a button that shows it.";
    phase_banner: "phase-banner", "PhaseBanner", "Says that a service is new, and asks for feedback.";
    search_field: "search-field", "SearchField", "A search box with suggestions.";
    skip_link: "skip-link", "SkipLink", "Jumps past the header to the main content.";
    summary_card: "summary-card", "SummaryCard", "A group of answers under a title, with actions about the whole group.";
    summary_list: "summary-list", "SummaryList", "Key facts, each a key and its value.";
    table: "table", "Table", "Data in rows and columns, which people can sort.";
    tabs: "tabs", "Tabs", "One of several panels of content at a time, chosen from tabs.";
    tag: "tag", "Tag", "A short label for a status or a kind.";
    task_list: "task-list", "TaskList", "The tasks of a long procedure, each with its status.";
    text_input: "text-input", "TextInput", "Asks for a line or a paragraph of text.";
    warning_text: "warning-text", "WarningText", "Warns about something people could lose, such as a fine.";
}

/// The component whose id is `id`.
pub fn component(id: &str) -> Option<&'static Component> {
    COMPONENTS.iter().find(|component| component.id == id)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_example_s_code_is_its_whole_function() {
        let source = "use a;\n\npub fn one() -> impl IntoView {\n    view! { <p>\"1\"</p> }\n}\n\npub fn two() -> impl IntoView {\n    2\n}\n";
        assert_eq!(
            function(source, "one"),
            "pub fn one() -> impl IntoView {\n    view! { <p>\"1\"</p> }\n}"
        );
        assert_eq!(function(source, "two"), "pub fn two() -> impl IntoView {\n    2\n}");
        assert_eq!(function(source, "three"), "");
    }

    #[test]
    fn every_component_has_a_readme_and_the_code_of_each_example() {
        for component in COMPONENTS {
            let docs = component.docs();
            assert!(
                docs.readme.contains("<h3>Accessibility acceptance criteria</h3>"),
                "{}",
                component.id
            );
            assert!(!docs.code.is_empty(), "{}", component.id);
            for (id, code) in &docs.code {
                assert!(code.starts_with(&format!("pub fn {id}()")), "{}: {id}", component.id);
            }
        }
    }
}
