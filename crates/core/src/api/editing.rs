//! The agencies' content as their editors write it and move it through the
//! workflow (as GOV.UK's Whitehall has it): draft, submitted for review,
//! published now or scheduled, withdrawn or unpublished; every version kept.

use serde::{Deserialize, Serialize};

use super::{ContentItem, ContentKind, PressDetails};
use crate::forms::FieldError;
use crate::lang::Lang;

/// Title, summary and body at most this long, in characters.
pub const TITLE_MAX_LENGTH: usize = 200;
pub const SUMMARY_MAX_LENGTH: usize = 500;
pub const BODY_MAX_LENGTH: usize = 100_000;
/// A slug: lower-case letters, digits and single hyphens, this long at most.
pub const SLUG_MAX_LENGTH: usize = 120;

/// Codes of the rules a draft breaks.
pub const CONTENT_REQUIRED: &str = "content.required";
pub const CONTENT_TOO_LONG: &str = "content.too_long";
/// English given for some texts and not for others: a page is in one language.
pub const CONTENT_ENGLISH_INCOMPLETE: &str = "content.english_incomplete";
pub const CONTENT_NOT_OF_KIND: &str = "content.not_of_kind";
pub const CONTENT_SLUG: &str = "content.slug";
/// A topic, service or file that the catalogue or the agency does not have.
pub const CONTENT_UNKNOWN: &str = "content.unknown";
/// An image without alt text.
pub const CONTENT_IMAGE_ALT: &str = "content.image_alt";
/// Warnings, not refusals: a link without text, a link whose text says nothing alone.
pub const CONTENT_EMPTY_LINK: &str = "content.empty_link";
pub const CONTENT_VAGUE_LINK: &str = "content.vague_link";

/// A text in Spanish, and in English when the item has an English version.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct Localized {
    pub es: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub en: Option<String>,
}

impl Localized {
    /// The text in `lang`, or in Spanish when there is no English.
    pub fn get(&self, lang: Lang) -> &str {
        match lang {
            Lang::En => self.en.as_deref().unwrap_or(&self.es),
            Lang::Es => &self.es,
        }
    }

    fn english(&self) -> Option<&str> {
        self.en.as_deref().map(str::trim).filter(|en| !en.is_empty())
    }
}

/// What a programme's page says besides its body.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct ProgrammeDraft {
    pub audience: Localized,
    pub how_to_join: Localized,
}

/// A file attached to an item, by the name it is stored under.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct AttachmentDraft {
    pub title: Localized,
    pub file: String,
    /// The language the file is written in.
    pub lang: Lang,
}

/// `POST /api/v1/staff/agencies/{agency}/content/{slug}`: an item as its
/// editor writes it, Markdown bodies and all; also how the seed and the
/// import tool write theirs. Saving it makes a new version.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct Draft {
    pub kind: ContentKind,
    pub title: Localized,
    pub summary: Localized,
    /// CommonMark.
    pub body: Localized,
    /// Slugs of the catalogue's categories.
    #[serde(default)]
    pub topics: Vec<String>,
    /// Slugs of the agency's services.
    #[serde(default)]
    pub services: Vec<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub press: Option<PressDetails>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub programme: Option<ProgrammeDraft>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub attachments: Vec<AttachmentDraft>,
    /// Whom to ask for the files in an accessible format; required with files.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub accessible_format_contact: Option<String>,
    /// What changed, for the public history, when this version is a major
    /// change of a published item; none for a minor one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub change_note: Option<Localized>,
}

impl Draft {
    /// Whether its page has an English version: every text has one.
    pub fn has_english(&self) -> bool {
        self.title.english().is_some()
    }

    /// Every rule it breaks, each at its field: Spanish texts are required
    /// and English ones all or none; a press release has its number and
    /// place, a programme says who it is for and how to join, and only they
    /// do; a publication has files, and files come with whom to ask for
    /// them in an accessible format.
    pub fn check(&self) -> Result<(), Vec<FieldError>> {
        let mut errors = Vec::new();
        let mut fail = |field: &str, code: &str| {
            errors.push(FieldError {
                field: field.into(),
                code: code.into(),
            })
        };
        let programme = self.programme.as_ref();
        let mut texts = vec![
            ("title".to_owned(), &self.title, TITLE_MAX_LENGTH),
            ("summary".to_owned(), &self.summary, SUMMARY_MAX_LENGTH),
            ("body".to_owned(), &self.body, BODY_MAX_LENGTH),
        ];
        if let Some(programme) = programme {
            texts.push(("programme.audience".to_owned(), &programme.audience, SUMMARY_MAX_LENGTH));
            texts.push((
                "programme.how_to_join".to_owned(),
                &programme.how_to_join,
                BODY_MAX_LENGTH,
            ));
        }
        for (i, file) in self.attachments.iter().enumerate() {
            texts.push((format!("attachments.{i}.title"), &file.title, TITLE_MAX_LENGTH));
        }
        let english = self.has_english();
        for (field, text, max) in texts {
            if text.es.trim().is_empty() {
                fail(&format!("{field}.es"), CONTENT_REQUIRED);
            }
            if text.es.chars().count() > max || text.en.as_deref().is_some_and(|en| en.chars().count() > max) {
                fail(&format!("{field}.es"), CONTENT_TOO_LONG);
            }
            if text.english().is_some() != english {
                fail(&format!("{field}.en"), CONTENT_ENGLISH_INCOMPLETE);
            }
        }
        let is = |kind| self.kind == kind;
        match &self.press {
            Some(press) if is(ContentKind::PressRelease) => {
                for (field, value) in [("press.number", &press.number), ("press.place", &press.place)] {
                    if value.trim().is_empty() {
                        fail(field, CONTENT_REQUIRED);
                    }
                }
            }
            Some(_) => fail("press", CONTENT_NOT_OF_KIND),
            None if is(ContentKind::PressRelease) => fail("press.number", CONTENT_REQUIRED),
            None => {}
        }
        match programme {
            Some(_) if !is(ContentKind::Programme) => fail("programme", CONTENT_NOT_OF_KIND),
            None if is(ContentKind::Programme) => fail("programme.audience.es", CONTENT_REQUIRED),
            _ => {}
        }
        if is(ContentKind::Publication) && self.attachments.is_empty() {
            fail("attachments", CONTENT_REQUIRED);
        }
        if !self.attachments.is_empty()
            && self
                .accessible_format_contact
                .as_deref()
                .is_none_or(|c| c.trim().is_empty())
        {
            fail("accessible_format_contact", CONTENT_REQUIRED);
        }
        if errors.is_empty() { Ok(()) } else { Err(errors) }
    }
}

/// Whether `slug` can name an item: lower-case letters and digits in words
/// joined by single hyphens.
pub fn is_slug(slug: &str) -> bool {
    !slug.is_empty()
        && slug.len() <= SLUG_MAX_LENGTH
        && slug
            .split('-')
            .all(|word| !word.is_empty() && word.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit()))
}

/// Where an item is in its workflow.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum Workflow {
    /// Its newest version is being written.
    Draft,
    /// Its newest version waits for a publisher.
    Submitted,
    /// Its newest version will be published at `scheduled_at`.
    Scheduled,
    /// Its newest version is the one the public reads.
    Published,
    /// Still public, with a notice saying why it no longer applies.
    Withdrawn,
    /// No longer public: its address answers 410, or 301 to its replacement.
    Unpublished,
}

impl Workflow {
    pub fn code(self) -> &'static str {
        match self {
            Workflow::Draft => "draft",
            Workflow::Submitted => "submitted",
            Workflow::Scheduled => "scheduled",
            Workflow::Published => "published",
            Workflow::Withdrawn => "withdrawn",
            Workflow::Unpublished => "unpublished",
        }
    }

    pub fn parse(code: &str) -> Option<Workflow> {
        [
            Workflow::Draft,
            Workflow::Submitted,
            Workflow::Scheduled,
            Workflow::Published,
            Workflow::Withdrawn,
            Workflow::Unpublished,
        ]
        .into_iter()
        .find(|state| state.code() == code)
    }

    /// Whether it may still be edited: not once withdrawn or unpublished.
    pub fn is_open(self) -> bool {
        !matches!(self, Workflow::Withdrawn | Workflow::Unpublished)
    }
}

/// `POST /api/v1/staff/agencies/{agency}/content/{slug}/transitions`: a
/// step of the workflow. Editors and publishers submit; only publishers do
/// the rest, and not with their own submission unless they force it (which
/// the agency's admins see, to review it afterwards).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(tag = "action", rename_all = "snake_case", deny_unknown_fields)]
pub enum Transition {
    Submit,
    Publish {
        #[serde(default)]
        force: bool,
    },
    Schedule {
        /// RFC 3339, in the future.
        at: String,
        #[serde(default)]
        force: bool,
    },
    /// Back from scheduled to submitted.
    Unschedule,
    Withdraw {
        /// The notice the page shows.
        reason: Localized,
    },
    Unpublish {
        /// A path of this site that replaces it: its address then answers 301 there.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        replacement: Option<String>,
    },
}

impl Transition {
    pub fn code(&self) -> &'static str {
        match self {
            Transition::Submit => "submit",
            Transition::Publish { .. } => "publish",
            Transition::Schedule { .. } => "schedule",
            Transition::Unschedule => "unschedule",
            Transition::Withdraw { .. } => "withdraw",
            Transition::Unpublish { .. } => "unpublish",
        }
    }

    /// Whether an editor may take it, besides a publisher.
    pub fn is_editors(&self) -> bool {
        matches!(self, Transition::Submit)
    }

    /// Whether a publisher forces it through though it is their own submission.
    pub fn forced(&self) -> bool {
        matches!(
            self,
            Transition::Publish { force: true } | Transition::Schedule { force: true, .. }
        )
    }
}

/// An item as its agency's editors list it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Document {
    pub slug: String,
    pub kind: ContentKind,
    /// The newest version's Spanish title.
    pub title: String,
    pub state: Workflow,
    /// The newest version's number, from 1.
    pub version: u32,
    /// The version the public reads, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub live_version: Option<u32>,
    /// Who submitted the newest version, while it waits or is scheduled.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub submitted_by: Option<String>,
    /// RFC 3339, when scheduled.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub scheduled_at: Option<String>,
    /// RFC 3339: the newest version's.
    pub updated_at: String,
}

/// A version, as the history lists it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Version {
    pub number: u32,
    pub author: String,
    /// RFC 3339.
    pub created_at: String,
    /// Its change note's Spanish text, for a major change.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub change_note: Option<String>,
}

/// `GET /api/v1/staff/agencies/{agency}/content/{slug}`: an item with its
/// newest version to edit and every version.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct DocumentDetail {
    #[serde(flatten)]
    pub document: Document,
    pub draft: Draft,
    /// Oldest first.
    pub versions: Vec<Version>,
}

/// `POST /api/v1/staff/agencies/{agency}/content/{slug}/preview`: a draft
/// as its page would show it, in the language asked, and what its editor
/// is warned about (links without text, or whose words say nothing alone).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Preview {
    pub item: ContentItem,
    pub warnings: Vec<FieldError>,
}

/// One line of a diff.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct DiffLine {
    pub change: LineChange,
    pub text: String,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum LineChange {
    Same,
    Added,
    Removed,
}

/// What changed in one field between two versions.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct FieldDiff {
    /// Such as `body.es`.
    pub field: String,
    pub lines: Vec<DiffLine>,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn news() -> Draft {
        Draft {
            kind: ContentKind::News,
            title: Localized {
                es: "Aviso".into(),
                en: None,
            },
            summary: Localized {
                es: "Un aviso.".into(),
                en: None,
            },
            body: Localized {
                es: "Texto.".into(),
                en: None,
            },
            topics: Vec::new(),
            services: Vec::new(),
            press: None,
            programme: None,
            attachments: Vec::new(),
            accessible_format_contact: None,
            change_note: None,
        }
    }

    fn codes(draft: &Draft) -> Vec<(String, String)> {
        draft
            .check()
            .err()
            .unwrap_or_default()
            .into_iter()
            .map(|e| (e.field, e.code))
            .collect()
    }

    fn error(field: &str, code: &str) -> (String, String) {
        (field.into(), code.into())
    }

    #[test]
    fn spanish_is_required_and_english_is_all_or_nothing() {
        assert_eq!(codes(&news()), vec![]);
        let mut draft = news();
        draft.summary.es = " ".into();
        draft.title.en = Some("Notice".into());
        assert_eq!(
            codes(&draft),
            vec![
                error("summary.es", CONTENT_REQUIRED),
                error("summary.en", CONTENT_ENGLISH_INCOMPLETE),
                error("body.en", CONTENT_ENGLISH_INCOMPLETE)
            ]
        );
        draft.title.es = "a".repeat(TITLE_MAX_LENGTH + 1);
        assert!(codes(&draft).contains(&error("title.es", CONTENT_TOO_LONG)));
    }

    #[test]
    fn each_kind_has_what_its_page_shows() {
        let mut draft = news();
        draft.kind = ContentKind::PressRelease;
        assert_eq!(codes(&draft), vec![error("press.number", CONTENT_REQUIRED)]);
        draft.press = Some(PressDetails {
            number: "Comunicado 001/2026".into(),
            place: " ".into(),
        });
        assert_eq!(codes(&draft), vec![error("press.place", CONTENT_REQUIRED)]);
        draft.kind = ContentKind::News;
        assert_eq!(codes(&draft), vec![error("press", CONTENT_NOT_OF_KIND)]);
        draft.press = None;
        draft.kind = ContentKind::Programme;
        assert_eq!(codes(&draft), vec![error("programme.audience.es", CONTENT_REQUIRED)]);
        draft.kind = ContentKind::Publication;
        assert_eq!(codes(&draft), vec![error("attachments", CONTENT_REQUIRED)]);
    }

    #[test]
    fn files_come_with_whom_to_ask_for_an_accessible_format() {
        let mut draft = news();
        draft.kind = ContentKind::Publication;
        draft.attachments.push(AttachmentDraft {
            title: Localized {
                es: "Informe".into(),
                en: None,
            },
            file: "informe.pdf".into(),
            lang: Lang::Es,
        });
        assert_eq!(
            codes(&draft),
            vec![error("accessible_format_contact", CONTENT_REQUIRED)]
        );
        draft.accessible_format_contact = Some("accesibilidad@imss.gob.mx".into());
        assert_eq!(codes(&draft), vec![]);
    }

    #[test]
    fn slugs_are_lower_case_words_and_hyphens() {
        assert!(is_slug("informe-anual-2025"));
        for bad in [
            "",
            "Informe",
            "a--b",
            "-a",
            "a-",
            "año",
            "a b",
            &"a".repeat(SLUG_MAX_LENGTH + 1),
        ] {
            assert!(!is_slug(bad), "{bad:?}");
        }
    }

    #[test]
    fn transitions_read_as_the_api_writes_them() {
        let publish: Transition = serde_json::from_str(r#"{"action":"publish"}"#).unwrap();
        assert_eq!(publish, Transition::Publish { force: false });
        assert!(serde_json::from_str::<Transition>(r#"{"action":"publish","when":1}"#).is_err());
    }
}
