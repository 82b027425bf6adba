//! Every page's place in the app's URLs, written once: the router matches
//! these segments and every link is made from them, so renaming a route is
//! one change here. Paths are in Spanish, like the pages.

use ventanilla_core::api::ContentKind;

use crate::api::encode;

/// Declares each page's first segment (`segment::CATALOGUE`, for the router)
/// and its path (`CATALOGUE`, for links) from one literal.
macro_rules! pages {
    ($( $(#[doc = $doc:literal])* $name:ident = $segment:literal, )*) => {
        /// The first segment of each page's path.
        pub mod segment {
            $( $(#[doc = $doc])* pub const $name: &str = $segment; )*
        }
        $( $(#[doc = $doc])* pub const $name: &str = concat!("/", $segment); )*
    };
}

pages! {
    /// Results for what was searched (`?q=`).
    SEARCH = "buscar",
    /// The catalogue of services, and each service's sheet below it.
    CATALOGUE = "tramites",
    /// The federal agencies, and each one below it.
    AGENCIES = "dependencias",
    /// The Public Attention Centers, and each one below it.
    OFFICES = "oficinas",
    /// The accessibility statement.
    ACCESSIBILITY = "accesibilidad",
    /// The online procedures the engine renders, each below it.
    PROCEDURE = "solicitud",
    /// An application's status, with its folio and CURP.
    TRACKING = "seguimiento",
    /// The CURP lookup.
    CURP = "curp",
    /// The component library's gallery, and each component below it.
    COMPONENTS = "componentes",
    /// The agencies' side: staff sign in here, and work below it.
    STAFF = "gestion",
    /// What the agencies publish, newest first; its Atom feed below it.
    NEWS = "prensa",
}

pub const HOME: &str = "/";

/// The pages of a procedure below `/solicitud/{form}`.
pub mod procedure {
    pub const STEP: &str = "paso";
    pub const CHECK: &str = "revisar";
    pub const SENT: &str = "enviada";
}

/// The pages of the agencies' side below `/gestion`.
pub mod staff {
    /// An enrolment link's page, `/gestion/alta/{token}`.
    pub const ENROL: &str = "alta";
    /// The applications desk, `/gestion/solicitudes`.
    pub const QUEUE: &str = "solicitudes";
    /// An agency's application, `/gestion/dependencias/{agency}/solicitudes/{folio}`;
    /// alone, the agencies one manages.
    pub const AGENCY: &str = "dependencias";
    /// An agency's people, `/gestion/dependencias/{agency}/personal`.
    pub const PEOPLE: &str = "personal";
    /// An agency's audit log, `/gestion/dependencias/{agency}/bitacora`;
    /// `/gestion/bitacora`, all of it.
    pub const LOG: &str = "bitacora";
    /// An agency's content, `/gestion/dependencias/{agency}/contenido`, and
    /// each item below it by its slug.
    pub const CONTENT: &str = "contenido";
    /// In place of an item's slug: a new item.
    pub const NEW: &str = "nuevo";
}

/// The agencies one manages, each with its people and its log.
pub fn staff_agencies() -> String {
    format!("{STAFF}/{}", staff::AGENCY)
}

/// The people of `agency`, for its admins.
pub fn staff_people(agency: &str) -> String {
    format!("{STAFF}/{}/{agency}/{}", staff::AGENCY, staff::PEOPLE)
}

/// The audit log of `agency`, or all of it.
pub fn staff_log(agency: Option<&str>) -> String {
    match agency {
        Some(agency) => format!("{STAFF}/{}/{agency}/{}", staff::AGENCY, staff::LOG),
        None => format!("{STAFF}/{}", staff::LOG),
    }
}

/// The content of `agency`, for its editors and publishers.
pub fn staff_content(agency: &str) -> String {
    format!("{STAFF}/{}/{agency}/{}", staff::AGENCY, staff::CONTENT)
}

/// One item of `agency`'s content, to edit and review (`staff::NEW`: a new one).
pub fn staff_document(agency: &str, slug: &str) -> String {
    format!("{}/{slug}", staff_content(agency))
}

/// The applications desk: the queues of the agencies one works for.
pub fn staff_queue() -> String {
    format!("{STAFF}/{}", staff::QUEUE)
}

/// One application of `agency` on the desk.
pub fn staff_case(agency: &str, folio: &str) -> String {
    format!("{STAFF}/{}/{agency}/{}/{folio}", staff::AGENCY, staff::QUEUE)
}

// Slugs, ids and form ids are made of URL-safe characters (see
// `ventanilla_core::api::Slug`): they go into paths as they are.

/// A service's sheet.
pub fn service(slug: &str) -> String {
    format!("{CATALOGUE}/{slug}")
}

/// An agency's page.
pub fn agency(slug: &str) -> String {
    format!("{AGENCIES}/{slug}")
}

/// Each kind of item's segment below its agency's page, as gob.mx has them.
pub fn content_section(kind: ContentKind) -> &'static str {
    match kind {
        ContentKind::PressRelease => "prensa",
        ContentKind::News => "articulos",
        ContentKind::Programme => "programas",
        ContentKind::Publication => "documentos",
        ContentKind::Guide => "guias",
    }
}

/// The kind of item whose segment is `section`.
pub fn content_kind(section: &str) -> Option<ContentKind> {
    ContentKind::ALL
        .into_iter()
        .find(|kind| content_section(*kind) == section)
}

/// An item an agency published, at its stable URL.
pub fn content_item(agency: &str, kind: ContentKind, slug: &str) -> String {
    format!("{AGENCIES}/{agency}/{}/{slug}", content_section(kind))
}

/// A page below the agencies' by its path there, such as a search hit's
/// `imss/prensa/vacunacion`.
pub fn below_agencies(path: &str) -> String {
    format!("{AGENCIES}/{path}")
}

/// The Atom feed of what the agencies publish; the query of `/prensa`
/// (`?agency=`, `?topic=`…) narrows it the same way.
pub const NEWS_FEED: &str = "/prensa/feed.atom";

/// A Public Attention Center's page.
pub fn office(id: &str) -> String {
    format!("{OFFICES}/{id}")
}

/// A component's page in the gallery.
pub fn component(id: &str) -> String {
    format!("{COMPONENTS}/{id}")
}

/// Where the browser fetches a component's README and examples' code.
pub fn component_docs(id: &str) -> String {
    format!("{COMPONENTS}/{id}/{COMPONENT_DOCS}")
}

/// The last segment of [`component_docs`], which the server routes.
pub const COMPONENT_DOCS: &str = "docs.json";

/// The results for `text`.
pub fn search(text: &str) -> String {
    format!("{SEARCH}?q={}", encode(text))
}

/// The tracking page, with the folio filled in.
pub fn tracking(folio: &str) -> String {
    format!("{TRACKING}?folio={}", encode(folio))
}

/// The catalogue's online form id of "Consulta de la CURP".
const CURP_LOOKUP_FORM: &str = "curp-consulta";

/// Online procedures that a page of their own serves, rather than the
/// procedure engine at `/solicitud/{form}` (which renders the form
/// definitions the API holds and ends with a folio): form id → page. Looking
/// up a CURP is an instant answer from the registry, not an application.
const OWN_PAGES: [(&str, &str); 1] = [(CURP_LOOKUP_FORM, CURP)];

/// Where "Do it online" leads for a service whose online form is `form`.
pub fn online_form(form: &str) -> String {
    OWN_PAGES
        .iter()
        .find(|(id, _)| *id == form)
        .map_or_else(|| format!("{PROCEDURE}/{form}"), |(_, page)| (*page).to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_curp_lookup_is_done_on_its_own_page_and_other_forms_by_the_engine() {
        assert_eq!(online_form(CURP_LOOKUP_FORM), "/curp");
        assert_eq!(online_form("prospera"), "/solicitud/prospera");
    }

    #[test]
    fn paths_are_their_segments_under_the_root() {
        assert_eq!(CATALOGUE, format!("/{}", segment::CATALOGUE));
        assert_eq!(service("pasaporte"), "/tramites/pasaporte");
    }

    #[test]
    fn each_kind_of_content_has_its_own_section() {
        for kind in ContentKind::ALL {
            assert_eq!(content_kind(content_section(kind)), Some(kind));
        }
        assert_eq!(
            content_item("imss", ContentKind::PressRelease, "vacunacion"),
            "/dependencias/imss/prensa/vacunacion"
        );
        assert_eq!(content_kind("tramites"), None);
    }
}
