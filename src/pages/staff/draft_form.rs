use leptos::prelude::*;
use ventanilla_core::api::{ContentKind, Document, Draft, Localized, PressDetails, Preview, ProgrammeDraft};
use ventanilla_core::forms::FieldError;
use ventanilla_ui::{
    Button, ButtonKind, Checkboxes, ChoiceOption, Details, ErrorSummary, FieldProblem, InsetText, Radios, TextInput,
};

use super::attachments::{AttachmentFields, Attachments, UPLOAD_ID};
use super::markdown_field::MarkdownField;
use super::{StaffForm, failed, style};
use crate::api::{self, ApiError};
use crate::i18n::{I18n, use_i18n};
use crate::pages::content_page::Item;
use crate::pages::news::kind_key;
use crate::pages::{FormRequest, message_of};
use crate::shell::{announcer, focus_when_shown};

/// The preview's heading, focused once it is shown.
const PREVIEW_ID: &str = "preview";

/// What an editor types, one signal per box; ids are the API's field names
/// with `_` for `.` (`title.es` is `title_es`).
#[derive(Clone, Copy)]
struct Fields {
    kind: RwSignal<String>,
    slug: RwSignal<String>,
    texts: [RwSignal<String>; 14],
    /// Slugs of the catalogue's categories.
    topics: RwSignal<Vec<String>>,
    attachments: RwSignal<Vec<AttachmentFields>>,
    accessible_format_contact: RwSignal<String>,
}

/// The text boxes: their ids, in the order of the form and of the API's fields.
const TEXT_IDS: [&str; 14] = [
    "title_es",
    "summary_es",
    "body_es",
    "press_number",
    "press_place",
    "programme_audience_es",
    "programme_how_to_join_es",
    "title_en",
    "summary_en",
    "body_en",
    "programme_audience_en",
    "programme_how_to_join_en",
    "change_note_es",
    "change_note_en",
];

impl Fields {
    fn new(draft: Option<&Draft>) -> Fields {
        let fields = Fields {
            kind: RwSignal::new(draft.map(|d| d.kind.code().to_owned()).unwrap_or_default()),
            slug: RwSignal::new(String::new()),
            texts: std::array::from_fn(|_| RwSignal::new(String::new())),
            topics: RwSignal::new(draft.map(|d| d.topics.clone()).unwrap_or_default()),
            attachments: RwSignal::new(
                draft
                    .map(|d| d.attachments.iter().map(AttachmentFields::new).collect())
                    .unwrap_or_default(),
            ),
            accessible_format_contact: RwSignal::new(
                draft
                    .and_then(|d| d.accessible_format_contact.clone())
                    .unwrap_or_default(),
            ),
        };
        if let Some(draft) = draft {
            let en = |text: &Localized| text.en.clone().unwrap_or_default();
            let programme = draft.programme.as_ref();
            let values = [
                draft.title.es.clone(),
                draft.summary.es.clone(),
                draft.body.es.clone(),
                draft.press.as_ref().map(|p| p.number.clone()).unwrap_or_default(),
                draft.press.as_ref().map(|p| p.place.clone()).unwrap_or_default(),
                programme.map(|p| p.audience.es.clone()).unwrap_or_default(),
                programme.map(|p| p.how_to_join.es.clone()).unwrap_or_default(),
                en(&draft.title),
                en(&draft.summary),
                en(&draft.body),
                programme.map(|p| en(&p.audience)).unwrap_or_default(),
                programme.map(|p| en(&p.how_to_join)).unwrap_or_default(),
                // A change note belongs to the version it came with.
                String::new(),
                String::new(),
            ];
            for (signal, value) in fields.texts.iter().zip(values) {
                signal.set(value);
            }
        }
        fields
    }

    fn text(self, id: &str) -> RwSignal<String> {
        let at = TEXT_IDS.iter().position(|known| *known == id).expect("a known field");
        self.texts[at]
    }

    fn kind(self) -> Option<ContentKind> {
        ContentKind::ALL
            .into_iter()
            .find(|kind| kind.code() == self.kind.get_untracked())
    }

    /// The draft as typed, as an item of `kind`.
    fn draft(self, kind: ContentKind, kept: Option<&Draft>) -> Draft {
        let typed = |id: &str| self.text(id).get_untracked().trim().to_owned();
        let both = |es: &str, en: &str| Localized {
            es: typed(es),
            en: Some(typed(en)).filter(|en| !en.is_empty()),
        };
        let note = both("change_note_es", "change_note_en");
        Draft {
            kind,
            title: both("title_es", "title_en"),
            summary: both("summary_es", "summary_en"),
            body: both("body_es", "body_en"),
            topics: self.topics.get_untracked(),
            // What this form does not edit stays as it was.
            services: kept.map(|d| d.services.clone()).unwrap_or_default(),
            press: (kind == ContentKind::PressRelease).then(|| PressDetails {
                number: typed("press_number"),
                place: typed("press_place"),
            }),
            programme: (kind == ContentKind::Programme).then(|| ProgrammeDraft {
                audience: both("programme_audience_es", "programme_audience_en"),
                how_to_join: both("programme_how_to_join_es", "programme_how_to_join_en"),
            }),
            attachments: self
                .attachments
                .get_untracked()
                .into_iter()
                .map(AttachmentFields::draft)
                .collect(),
            accessible_format_contact: Some(self.accessible_format_contact.get_untracked().trim().to_owned())
                .filter(|contact| !contact.is_empty()),
            change_note: (!note.es.is_empty()).then_some(note),
        }
    }
}

/// The id of the box an API field is typed in.
fn box_of(field: &str) -> String {
    let field = field.replace('.', "_");
    // A topic by its place in the list: the list's one box; the list of
    // files, or a file itself, the box that adds one.
    if field.starts_with("topics") {
        "topics".into()
    } else if field == "attachments" || field.ends_with("_file") {
        UPLOAD_ID.into()
    } else {
        field
    }
}

/// The message id of an API field's words: `title.es` is
/// `staff-field-title-es`; the entries of a list of slugs are the list's;
/// a file's title, `attachments.0.title.es`, is `staff-field-attachment-title-es`.
pub fn field_key(field: &str) -> String {
    let named: Vec<&str> = field
        .split('.')
        .filter(|part| !part.bytes().all(|b| b.is_ascii_digit()))
        .collect();
    let name = match named.as_slice() {
        [list @ ("topics" | "services"), ..] | [list @ "attachments"] => (*list).to_owned(),
        ["attachments", rest @ ..] => format!("attachment-{}", rest.join("-")),
        _ => named.join("-"),
    };
    format!("staff-field-{}", name.replace('_', "-"))
}

/// Problems as the form shows them, each with its field's words.
fn problems(i18n: I18n, errors: &[FieldError]) -> Vec<FieldProblem> {
    errors
        .iter()
        .map(|error| {
            let field = box_of(&error.field);
            let label = i18n.t(&field_key(&error.field));
            // Files are not written: a missing one is asked for in its own words.
            let key = match (error.field.as_str(), error.code.as_str()) {
                ("attachments", ventanilla_core::api::CONTENT_REQUIRED) => "staff-attachments-required".to_owned(),
                (_, code) => format!("staff-{}", code.replace(['.', '_'], "-")),
            };
            FieldProblem {
                message: i18n.t_with(&key, &[("field", label.into())]),
                field,
            }
        })
        .collect()
}

/// The editor: an item's kind (fixed once saved), its address (for a new
/// one), its texts in Spanish and optionally in English, and for a change
/// to a published item the note the public history shows; saved as a new
/// version, or previewed as its page would look. What was typed stays
/// whatever the server answers.
#[component]
pub fn DraftForm(
    agency: String,
    /// `None` for a new item.
    slug: Option<String>,
    kept: Option<Draft>,
    /// Whether the public reads a version: a change then has a note.
    #[prop(optional, into)]
    was_live: Signal<bool>,
    csrf: String,
    on_saved: Callback<Document>,
) -> impl IntoView {
    let i18n = use_i18n();
    let fields = Fields::new(kept.as_ref());
    let form = StaffForm::new();
    let preview = RwSignal::new(None::<Preview>);
    // The preview's own request: its problems and failures are the form's.
    let previewing = FormRequest::new();
    let say = announcer();
    let is_new = slug.is_none();
    let slug = StoredValue::new(slug);
    let (agency, csrf, kept) = (StoredValue::new(agency), StoredValue::new(csrf), StoredValue::new(kept));
    // The draft, checked here by the rules the server keeps too; the problems if it breaks one.
    let checked = move || -> Result<(String, Draft), Vec<FieldProblem>> {
        let slug = slug
            .get_value()
            .unwrap_or_else(|| fields.slug.get_untracked().trim().to_owned());
        let mut errors = Vec::new();
        let kind = fields.kind();
        if kind.is_none() {
            errors.push(FieldError {
                field: "kind".into(),
                code: ventanilla_core::api::CONTENT_REQUIRED.into(),
            });
        }
        if !ventanilla_core::api::is_slug(&slug) {
            errors.push(FieldError {
                field: "slug".into(),
                code: ventanilla_core::api::CONTENT_SLUG.into(),
            });
        }
        // Before a kind is chosen, the texts are checked as those of news, which asks nothing more.
        let draft = kept.with_value(|kept| fields.draft(kind.unwrap_or(ContentKind::News), kept.as_ref()));
        errors.extend(draft.check().err().unwrap_or_default());
        if errors.is_empty() {
            Ok((slug, draft))
        } else {
            Err(problems(i18n, &errors))
        }
    };
    let refused = move |target: StaffForm, error: ApiError| match error.field_errors() {
        Some(errors) => target.problems.set(problems(i18n, errors)),
        None => target.failure.set(Some(error)),
    };
    // The draft to send, or none when the form shows what it breaks.
    let to_send = move || match checked() {
        Err(found) => {
            form.problems.set(found);
            None
        }
        Ok(checked) => {
            form.problems.set(Vec::new());
            Some((checked, agency.get_value(), csrf.get_value()))
        }
    };
    let save = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if form.request.is_pending() {
            return;
        }
        form.failure.set(None);
        let Some(((slug, draft), agency, csrf)) = to_send() else {
            return;
        };
        form.request.send(
            async move { api::save_draft(&agency, &slug, &draft, &csrf, i18n.lang_untracked()).await },
            move |answer: Result<Document, ApiError>| match answer {
                Ok(saved) => {
                    say(i18n.t_with("staff-content-saved", &[("version", saved.version.into())]));
                    on_saved.run(saved);
                }
                Err(error) => refused(form, error),
            },
        );
    };
    let show_preview = move |_| {
        if previewing.is_pending() {
            return;
        }
        form.failure.set(None);
        let Some(((slug, draft), agency, csrf)) = to_send() else {
            return;
        };
        previewing.send(
            async move { api::preview(&agency, &slug, &draft, &csrf, i18n.lang_untracked()).await },
            move |answer: Result<Preview, ApiError>| match answer {
                Ok(shown) => {
                    preview.set(Some(shown));
                    focus_when_shown(PREVIEW_ID, move || say(i18n.t("staff-preview-shown")));
                }
                Err(error) => refused(form, error),
            },
        );
    };
    let error_of = move |id: &'static str| message_of(form.problems.into(), id);
    let text = move |id: &'static str, multiline: bool| {
        let key = format!("staff-field-{}", id.replace('_', "-"));
        let hint = format!("{key}-hint");
        view! {
            <TextInput id=id label=i18n.t(&key) hint=i18n.t(&hint) value=fields.text(id) error=error_of(id)
                multiline=multiline spellcheck=true/>
        }
    };
    let kinds = ContentKind::ALL
        .into_iter()
        .map(|kind| ChoiceOption {
            value: kind.code().to_owned(),
            label: i18n.t(kind_key(kind)),
            hint: None,
        })
        .collect();
    let kind_is = move |kind: ContentKind| move || fields.kind.get() == kind.code();
    view! {
        <ErrorSummary anchor="draft-errors" title=Signal::derive(i18n.tr("form-error-summary")) problems=form.problems/>
        {move || form.failure.get().map(failed)}
        <form method="post" novalidate on:submit=save class=style::form>
            {if is_new {
                view! {
                    <Radios id="kind" legend=Signal::derive(i18n.tr("staff-field-kind")) options=kinds value=fields.kind
                        error=error_of("kind")/>
                    <TextInput id="slug" label=i18n.t("staff-field-slug") hint=i18n.t("staff-field-slug-hint")
                        value=fields.slug error=error_of("slug") autocomplete="off" spellcheck=false/>
                }
                .into_any()
            } else {
                view! { <p>{i18n.tr("staff-field-kind")} ": " {move || fields.kind().map(|k| i18n.t(kind_key(k)))}</p> }
                    .into_any()
            }}
            {text("title_es", false)}
            {text("summary_es", true)}
            <MarkdownField id="body_es" label=Signal::derive(i18n.tr("staff-field-body-es"))
                hint=i18n.t("staff-field-body-es-hint") value=fields.text("body_es") error=error_of("body_es")/>
            <Show when=kind_is(ContentKind::PressRelease)>
                {text("press_number", false)}
                {text("press_place", false)}
            </Show>
            <Show when=kind_is(ContentKind::Programme)>
                {text("programme_audience_es", true)}
                {text("programme_how_to_join_es", true)}
            </Show>
            <Topics value=fields.topics error=error_of("topics")/>
            <Attachments agency=agency csrf=csrf files=fields.attachments contact=fields.accessible_format_contact
                problems=form.problems/>
            <Show when=move || was_live.get()>{text("change_note_es", true)}</Show>
            <Details summary=Signal::derive(i18n.tr("staff-content-english"))>
                <p>{i18n.tr("staff-content-english-hint")}</p>
                {text("title_en", false)}
                {text("summary_en", true)}
                <MarkdownField id="body_en" label=Signal::derive(i18n.tr("staff-field-body-en"))
                    hint=i18n.t("staff-field-body-en-hint") value=fields.text("body_en") error=error_of("body_en")/>
                <Show when=kind_is(ContentKind::Programme)>
                    {text("programme_audience_en", true)}
                    {text("programme_how_to_join_en", true)}
                </Show>
                <Show when=move || was_live.get()>{text("change_note_en", true)}</Show>
            </Details>
            <div class=style::who>
                <Button busy=Signal::derive(move || form.request.pending())>{i18n.tr("staff-content-save")}</Button>
                <Button kind=ButtonKind::Secondary button_type="button" on_click=Callback::new(show_preview)
                    busy=Signal::derive(move || previewing.pending())>
                    {i18n.tr("staff-content-preview")}
                </Button>
            </div>
        </form>
        {move || preview.get().map(|shown| view! {
            <section class=style::preview aria-labelledby=PREVIEW_ID>
                <h2 id=PREVIEW_ID tabindex="-1">{i18n.tr("staff-preview-title")}</h2>
                {(!shown.warnings.is_empty()).then(|| view! {
                    <InsetText>
                        <p>{i18n.tr("staff-preview-warnings")}</p>
                        <ul>
                            {problems(i18n, &shown.warnings).into_iter().map(|warning| view! {
                                <li>{warning.message}</li>
                            }).collect_view()}
                        </ul>
                    </InsetText>
                })}
                <Item item=shown.item preview=true/>
            </section>
        })}
    }
}

/// The catalogue's categories the item is about, as checkboxes.
#[component]
fn Topics(value: RwSignal<Vec<String>>, error: Signal<Option<String>>) -> impl IntoView {
    let i18n = use_i18n();
    let categories = LocalResource::new(move || api::categories(i18n.lang_untracked()));
    move || {
        categories.get().and_then(Result::ok).map(|categories| {
            let options = categories
                .into_iter()
                .map(|category| ChoiceOption {
                    value: category.slug,
                    label: category.name,
                    hint: None,
                })
                .collect();
            view! {
                <Checkboxes id="topics" legend=Signal::derive(i18n.tr("staff-field-topics"))
                    hint=i18n.t("staff-field-topics-hint") options=options value=value error=error/>
            }
        })
    }
}
