//! The app's own URLs speak Spanish (`/tramites?categoria=…`), the API's
//! queries English (`/api/v1/services?category=…`): each page that keeps its
//! filters in its URL maps them to its API query here, and only here.

use ventanilla_core::api::{ApiQuery, ContentKind, ContentQuery, OfficeQuery, ServiceQuery, Slug};

use crate::paths;

/// A page's URL parameters, each beside the API query parameter it carries.
pub struct UrlParams {
    pub path: &'static str,
    /// `(ours, the API's)`.
    names: &'static [(&'static str, &'static str)],
}

/// `/tramites`: the catalogue's filters and page.
pub const CATALOGUE: UrlParams = UrlParams {
    path: paths::CATALOGUE,
    names: &[
        ("q", "q"),
        ("categoria", "category"),
        ("momento", "life_event"),
        ("dependencia", "agency"),
        ("canal", "channel"),
        ("estado", "state"),
        ("pagina", "page"),
    ],
};

/// `/oficinas`: where and what to look for, and the page.
pub const OFFICES: UrlParams = UrlParams {
    path: paths::OFFICES,
    names: &[
        ("estado", "state"),
        ("municipio", "municipality"),
        ("tramite", "service"),
        ("dependencia", "agency"),
        ("cerca", "near"),
        ("pagina", "page"),
    ],
};

/// `/prensa`: what the agencies published, filtered, and the page.
pub const NEWS: UrlParams = UrlParams {
    path: paths::NEWS,
    names: &[
        ("dependencia", "agency"),
        ("tema", "topic"),
        ("tipo", "kind"),
        ("desde", "from"),
        ("hasta", "to"),
        ("pagina", "page"),
    ],
};

/// What an agency published, of one kind or of any.
pub fn news_of_agency(slug: &str, kind: Option<ContentKind>) -> String {
    NEWS.link(&ContentQuery {
        agency: Some(Slug(slug.to_owned())),
        kind,
        ..ContentQuery::default()
    })
}

/// The catalogue of one category.
pub fn catalogue_in_category(slug: &str) -> String {
    CATALOGUE.link(&ServiceQuery {
        category: Some(Slug(slug.to_owned())),
        ..ServiceQuery::default()
    })
}

/// The catalogue of one life event.
pub fn catalogue_for_life_event(slug: &str) -> String {
    CATALOGUE.link(&ServiceQuery {
        life_event: Some(Slug(slug.to_owned())),
        ..ServiceQuery::default()
    })
}

/// The offices where a service is done in person.
pub fn offices_for_service(slug: &str) -> String {
    OFFICES.link(&OfficeQuery {
        service: Some(Slug(slug.to_owned())),
        ..OfficeQuery::default()
    })
}

/// The offices of an agency.
pub fn offices_of_agency(slug: &str) -> String {
    OFFICES.link(&OfficeQuery {
        agency: Some(Slug(slug.to_owned())),
        ..OfficeQuery::default()
    })
}

impl UrlParams {
    /// The API query the URL's parameters stand for (`ours` gives each
    /// non-empty one). A value the query cannot take, such as `pagina=dos`,
    /// is left out, as a person would expect of a mistyped link.
    pub fn query<Q: ApiQuery>(&self, ours: impl Fn(&str) -> Option<String>) -> Q {
        let mut given: Vec<(&str, String)> = self
            .names
            .iter()
            .filter_map(|(our, theirs)| ours(our).map(|value| (*theirs, value)))
            .collect();
        loop {
            let read = Q::read(&|name| given.iter().find(|(k, _)| *k == name).map(|(_, v)| v.as_str()));
            match read {
                Ok(query) => return query,
                Err(refused) => given.retain(|(name, _)| *name != refused.parameter),
            }
        }
    }

    /// The URL's parameters for `query`, in our names (those it has no name
    /// for, such as `per_page`, stay out).
    pub fn pairs<Q: ApiQuery>(&self, query: &Q) -> Vec<(&'static str, String)> {
        query
            .pairs()
            .into_iter()
            .filter_map(|(theirs, value)| {
                let (our, _) = self.names.iter().find(|(_, t)| *t == theirs)?;
                Some((*our, value))
            })
            .collect()
    }

    /// This page's URL for `query`.
    pub fn link<Q: ApiQuery>(&self, query: &Q) -> String {
        self.href(&self.pairs(query))
    }

    /// This page's URL with `pairs`.
    pub fn href(&self, pairs: &[(&'static str, String)]) -> String {
        format!("{}{}", self.path, crate::api::query_string(pairs))
    }
}

#[cfg(test)]
mod tests {
    use ventanilla_core::api::{Channel, PageNumber};

    use super::*;

    #[test]
    fn maps_our_names_to_the_apis_and_back() {
        let url = [("categoria", "identidad"), ("canal", "online"), ("pagina", "2")];
        let query: ServiceQuery =
            CATALOGUE.query(|name| url.iter().find(|(k, _)| *k == name).map(|(_, v)| v.to_string()));
        assert_eq!(query.category, Some(Slug("identidad".into())));
        assert_eq!(query.channel, Some(Channel::Online));
        assert_eq!(query.page, Some(PageNumber(2)));
        let pairs: Vec<(&str, String)> = url.iter().map(|(k, v)| (*k, v.to_string())).collect();
        assert_eq!(CATALOGUE.pairs(&query), pairs);
    }

    #[test]
    fn leaves_out_what_the_api_could_not_take() {
        let url = [("pagina", "dos"), ("canal", "fax"), ("q", "pasaporte")];
        let query: ServiceQuery =
            CATALOGUE.query(|name| url.iter().find(|(k, _)| *k == name).map(|(_, v)| v.to_string()));
        assert_eq!((query.page, query.channel), (None, None));
        assert_eq!(query.q.map(|q| q.0).as_deref(), Some("pasaporte"));
    }

    #[test]
    fn links_to_filtered_lists_speak_the_pages_names() {
        assert_eq!(catalogue_in_category("identidad"), "/tramites?categoria=identidad");
        assert_eq!(offices_of_agency("imss"), "/oficinas?dependencia=imss");
    }
}
