//! What the agencies publish: press releases, news, programmes,
//! publications and guides. Texts come in the language asked, or in
//! Spanish when the item has no English version (`lang` says which).

use serde::{Deserialize, Serialize};

use super::{AgencyRef, NamedRef};
use crate::lang::Lang;

/// The kinds of item an agency publishes, as gob.mx has them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum ContentKind {
    /// A comunicado: numbered, dated, with its place.
    PressRelease,
    News,
    /// Acciones y programas: what it is, who it is for, how to join.
    Programme,
    /// Documents: one or more attached files.
    Publication,
    Guide,
}

impl ContentKind {
    pub const ALL: [ContentKind; 5] = [
        ContentKind::PressRelease,
        ContentKind::News,
        ContentKind::Programme,
        ContentKind::Publication,
        ContentKind::Guide,
    ];

    pub fn code(self) -> &'static str {
        match self {
            ContentKind::PressRelease => "press_release",
            ContentKind::News => "news",
            ContentKind::Programme => "programme",
            ContentKind::Publication => "publication",
            ContentKind::Guide => "guide",
        }
    }
}

/// An item as lists and feeds show it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ContentSummary {
    /// Unique among the agency's items.
    pub slug: String,
    pub kind: ContentKind,
    pub agency: AgencyRef,
    pub title: String,
    pub summary: String,
    /// The language of the texts: Spanish when English was asked and the item has none.
    pub lang: Lang,
    /// RFC 3339.
    pub first_published: String,
    /// RFC 3339: the last major change, or the first publication.
    pub updated: String,
}

/// A press release's number and place, as its heading gives them.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct PressDetails {
    /// Such as `Comunicado 015/2026`.
    pub number: String,
    pub place: String,
}

/// What a programme's page says besides its body.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ProgrammeDetails {
    pub audience: String,
    pub how_to_join: String,
}

/// A file attached to an item.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Attachment {
    pub title: String,
    /// Where to download it, on the server's origin.
    pub url: String,
    /// Such as `application/pdf`.
    pub media_type: String,
    pub size_bytes: u64,
    /// The language the file is written in.
    pub lang: Lang,
}

/// A major change after the first publication, as the public history shows it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ChangeNote {
    /// RFC 3339.
    pub at: String,
    pub note: String,
}

/// `GET /api/v1/agencies/{slug}/content/{item}`: one published item.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ContentItem {
    #[serde(flatten)]
    pub summary: ContentSummary,
    /// The body as sanitized HTML, its headings from `h2` down.
    pub body_html: String,
    /// The catalogue's categories it is about.
    pub topics: Vec<NamedRef>,
    /// The services it is about.
    pub services: Vec<NamedRef>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub press: Option<PressDetails>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub programme: Option<ProgrammeDetails>,
    pub attachments: Vec<Attachment>,
    /// Whom to ask for the files in an accessible format; there whenever files are.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub accessible_format_contact: Option<String>,
    /// The major changes after the first publication, oldest first.
    pub changes: Vec<ChangeNote>,
    /// Withdrawn: still public, with a notice of when and why.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub withdrawn: Option<Withdrawal>,
    /// Published under a previous federal administration: the page says so.
    pub previous_administration: bool,
}

/// Why an item no longer applies, and since when.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Withdrawal {
    /// RFC 3339.
    pub at: String,
    pub reason: String,
}
