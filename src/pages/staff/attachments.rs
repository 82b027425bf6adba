use leptos::prelude::*;
use ventanilla_core::api::{AttachmentDraft, Localized, UPLOAD_MAX_BYTES, UPLOAD_TYPES, Upload};
use ventanilla_core::lang::Lang;
use ventanilla_ui::{Button, ButtonKind, ChoiceOption, FieldProblem, FileUpload, Radios, TextInput};

use super::style;
use crate::api::{self, ApiError};
use crate::i18n::use_i18n;
use crate::pages::{FormRequest, message_of};
use crate::shell::{announcer, focus_when_shown};

/// The file input's id; the box that problems with the list as a whole point to.
pub const UPLOAD_ID: &str = "attachment_upload";

/// One attached file as the form edits it: the file is fixed, its words are typed.
#[derive(Clone, Copy)]
pub struct AttachmentFields {
    file: StoredValue<String>,
    title_es: RwSignal<String>,
    title_en: RwSignal<String>,
    lang: RwSignal<String>,
}

impl AttachmentFields {
    pub fn new(kept: &AttachmentDraft) -> Self {
        AttachmentFields {
            file: StoredValue::new(kept.file.clone()),
            title_es: RwSignal::new(kept.title.es.clone()),
            title_en: RwSignal::new(kept.title.en.clone().unwrap_or_default()),
            lang: RwSignal::new(kept.lang.code().to_owned()),
        }
    }

    fn uploaded(upload: Upload) -> Self {
        AttachmentFields::new(&AttachmentDraft {
            title: Localized::default(),
            file: upload.file,
            lang: Lang::Es,
        })
    }

    /// The attachment as typed.
    pub fn draft(self) -> AttachmentDraft {
        let en = self.title_en.get_untracked().trim().to_owned();
        AttachmentDraft {
            title: Localized {
                es: self.title_es.get_untracked().trim().to_owned(),
                en: Some(en).filter(|en| !en.is_empty()),
            },
            file: self.file.get_value(),
            lang: Lang::parse(&self.lang.get_untracked()).unwrap_or_default(),
        }
    }
}

/// The item's files: each uploaded as soon as it is chosen, then titled and
/// its language said; with them, whom to ask for an accessible format.
#[component]
pub fn Attachments(
    agency: StoredValue<String>,
    csrf: StoredValue<String>,
    files: RwSignal<Vec<AttachmentFields>>,
    contact: RwSignal<String>,
    /// The form's problems, each at its box.
    problems: RwSignal<Vec<FieldProblem>>,
) -> impl IntoView {
    let i18n = use_i18n();
    let say = announcer();
    let uploading = FormRequest::new();
    // Why the last file chosen was not kept, until another is.
    let refused = RwSignal::new(None::<String>);
    let upload_error = Signal::derive(move || refused.get().or_else(|| message_of(problems.into(), UPLOAD_ID).get()));
    let choose = move |ev: leptos::ev::Event| {
        let input: web_sys::HtmlInputElement = event_target(&ev);
        let Some(file) = input.files().and_then(|chosen| chosen.get(0)) else {
            return;
        };
        let name = file.name();
        refused.set(None);
        say(i18n.t_with("staff-attachment-uploading", &[("file", name.clone().into())]));
        let (agency, csrf) = (agency.get_value(), csrf.get_value());
        uploading.send(
            async move { api::upload(&agency, file, &csrf, i18n.lang_untracked()).await },
            move |answer: Result<Upload, ApiError>| match answer {
                Ok(upload) => {
                    // A file is there now: the problem that asked for one is solved.
                    problems.update(|problems| problems.retain(|problem| problem.field != UPLOAD_ID));
                    let kept =
                        files.with_untracked(|files| files.iter().position(|f| f.file.get_value() == upload.file));
                    let at = kept.unwrap_or_else(|| {
                        files.update(|files| files.push(AttachmentFields::uploaded(upload)));
                        files.with_untracked(Vec::len) - 1
                    });
                    focus_when_shown(format!("attachments_{at}_title_es"), move || {
                        say(i18n.t_with("staff-attachment-uploaded", &[("file", name.into())]))
                    });
                }
                Err(error) => {
                    let message = match &error {
                        ApiError::Status { status: 413, .. } => {
                            i18n.t_with("staff-upload-too-large", &[("mb", megabytes().into())])
                        }
                        ApiError::Status { status: 415, .. } => i18n.t("staff-upload-type"),
                        other => i18n.t(other.message_key()),
                    };
                    say(message.clone());
                    refused.set(Some(message));
                }
            },
        );
    };
    let languages = move || {
        [Lang::Es, Lang::En]
            .map(|lang| ChoiceOption {
                value: lang.code().to_owned(),
                label: i18n.t(&format!("staff-field-attachment-lang-{}", lang.code())),
                hint: None,
            })
            .to_vec()
    };
    let error_of = move |id: String| message_of(problems.into(), id);
    view! {
        <fieldset class=style::attachments>
            <legend>{i18n.tr("staff-field-attachments")}</legend>
            {move || {
                files.get().into_iter().enumerate().map(|(at, attachment)| {
                    let name = attachment.file.get_value();
                    let id = move |field: &str| format!("attachments_{at}_{field}");
                    let remove = Callback::new(move |_| {
                        files.update(|files| {
                            files.remove(at);
                        });
                        let removed = attachment.file.get_value();
                        focus_when_shown(UPLOAD_ID, move || {
                            say(i18n.t_with("staff-attachment-removed", &[("file", removed.into())]))
                        });
                    });
                    view! {
                        <div class=style::attachment>
                            <p class=style::file_name>{name.clone()}</p>
                            <TextInput id=id("title_es") label=i18n.t("staff-field-attachment-title-es")
                                hint=i18n.t("staff-field-attachment-title-es-hint") value=attachment.title_es
                                error=error_of(id("title_es")) spellcheck=true/>
                            <TextInput id=id("title_en") label=i18n.t("staff-field-attachment-title-en")
                                hint=i18n.t("staff-field-attachment-title-en-hint") value=attachment.title_en
                                error=error_of(id("title_en")) spellcheck=true/>
                            <Radios id=id("lang") legend=Signal::derive(i18n.tr("staff-field-attachment-lang"))
                                options=languages() value=attachment.lang/>
                            <Button kind=ButtonKind::Secondary button_type="button" on_click=remove>
                                {i18n.t_with("staff-attachment-remove", &[("file", name.into())])}
                            </Button>
                        </div>
                    }
                }).collect_view()
            }}
            <FileUpload id=UPLOAD_ID label=Signal::derive(i18n.tr("staff-field-attachment-upload"))
                hint=i18n.t_with("staff-field-attachment-upload-hint", &[("mb", megabytes().into())])
                error=upload_error accept=accept() on_change=Callback::new(choose)/>
            <Show when=move || uploading.pending()>
                <p>{i18n.tr("staff-attachment-wait")}</p>
            </Show>
            <TextInput id="accessible_format_contact" label=i18n.t("staff-field-accessible-format-contact")
                hint=i18n.t("staff-field-accessible-format-contact-hint") value=contact
                error=message_of(problems.into(), "accessible_format_contact") autocomplete="off"/>
        </fieldset>
    }
}

/// What the file chooser offers: the kinds the server takes, by extension
/// and by media type (which also names `.jpeg`); the server still checks
/// each file's content.
fn accept() -> String {
    UPLOAD_TYPES
        .map(|(media_type, extension)| format!(".{extension},{media_type}"))
        .join(",")
}

/// The largest file taken, in the megabytes people know.
fn megabytes() -> u64 {
    (UPLOAD_MAX_BYTES / (1024 * 1024)) as u64
}
