//! The search box: one ranked answer across services, agencies, offices and
//! what the agencies published.

use serde::{Deserialize, Serialize};

/// What a hit is, so the app can link and group it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum HitKind {
    Service,
    Agency,
    Office,
    /// Something an agency published; a service that matches as well ranks above it.
    Content,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct SearchHit {
    pub kind: HitKind,
    /// The service or agency slug, the office id, or the published item's
    /// path below the agencies' (`imss/prensa/vacunacion`).
    pub id: String,
    pub title: String,
    /// A line of context: the service's or the item's agency, the office's town.
    pub subtitle: String,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct SearchResults {
    pub query: String,
    /// Best first.
    pub hits: Vec<SearchHit>,
    /// The words searched instead, when a misspelling was corrected
    /// (`pasaprote` → `pasaporte`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub searched: Option<String>,
    /// No hit has every word: these have some of them.
    #[serde(default)]
    pub partial: bool,
}
