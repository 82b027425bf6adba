//! The query strings the API takes, each defined once: the server reads
//! them strictly and describes them in its OpenAPI document from these
//! definitions, and the app writes its API URLs with them.

use super::{Channel, ContentKind, Status};
use crate::lang::Lang;

/// The most results a page may hold.
pub const MAX_PER_PAGE: u32 = 100;
/// Results on a page when `per_page` is not given.
pub const DEFAULT_PER_PAGE: u32 = 20;
/// Pages beyond this are refused: no list is that long.
pub const MAX_PAGE: u32 = 10_000;
/// The longest free text a query takes, in characters.
pub const MAX_TEXT: usize = 200;
/// The most hits the search box asks for.
pub const MAX_LIMIT: u32 = 50;

/// Why a parameter was refused: `code` is `parameter.rule`, as the API's
/// problem answers and the app's messages name it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct QueryError {
    pub parameter: &'static str,
    pub rule: &'static str,
    /// What would have been accepted, for people reading the answer.
    pub detail: String,
}

impl QueryError {
    pub fn code(&self) -> String {
        format!("{}.{}", self.parameter, self.rule)
    }
}

/// A value a query parameter takes: how it is read from the URL, written
/// into it, and described in the OpenAPI document.
pub trait QueryValue: Sized {
    /// Reads a value as given (decoded, never empty): the rule it broke and
    /// what is accepted, if it is not one.
    fn read(text: &str) -> Result<Self, (&'static str, String)>;
    fn write(&self) -> String;
    #[cfg(feature = "openapi")]
    fn schema() -> utoipa::openapi::schema::Schema;
}

/// A query string of the API.
pub trait ApiQuery: Sized {
    /// Every parameter it takes besides `lang`, which every operation takes.
    const NAMES: &'static [&'static str];
    /// The query from its decoded parameters (`value_of(name)`, each given
    /// at most once), or the first parameter that is not understood.
    fn read<'v>(value_of: &dyn Fn(&str) -> Option<&'v str>) -> Result<Self, QueryError>;
    /// The parameters to write into a URL, in order, without empty ones.
    fn pairs(&self) -> Vec<(&'static str, String)>;
}

/// Reads one parameter: absent is `None`, an empty value is refused (it is
/// a mistake in the caller's URL, not a filter).
pub fn read_optional<T: QueryValue>(parameter: &'static str, raw: Option<&str>) -> Result<Option<T>, QueryError> {
    match raw {
        None => Ok(None),
        Some("") => Err(QueryError {
            parameter,
            rule: "empty",
            detail: format!("leave {parameter} out rather than empty"),
        }),
        Some(text) => T::read(text).map(Some).map_err(|(rule, detail)| QueryError {
            parameter,
            rule,
            detail,
        }),
    }
}

/// Reads a parameter the operation cannot do without.
pub fn read_required<T: QueryValue>(parameter: &'static str, raw: Option<&str>) -> Result<T, QueryError> {
    read_optional(parameter, raw)?.ok_or_else(|| QueryError {
        parameter,
        rule: "required",
        detail: format!("{parameter} is required"),
    })
}

/// Declares a query: its struct, its `ApiQuery` and, for the server, its
/// OpenAPI parameters, from one list of fields with their doc comments.
/// `optional` fields are `Option`s; `required` ones are always there.
macro_rules! api_query {
    (
        $(#[$meta:meta])*
        pub struct $name:ident {
            $( $(#[doc = $doc:literal])* $presence:ident $field:ident : $ty:ty, )*
        }
    ) => {
        $(#[$meta])*
        #[derive(Clone, Debug, Default, PartialEq)]
        pub struct $name {
            $( $(#[doc = $doc])* pub $field: api_query!(@type $presence $ty), )*
        }

        impl $crate::api::ApiQuery for $name {
            const NAMES: &'static [&'static str] = &[$(stringify!($field)),*];

            #[allow(unused_variables)]
            fn read<'v>(value_of: &dyn Fn(&str) -> Option<&'v str>) -> Result<Self, $crate::api::QueryError> {
                Ok($name {
                    $( $field: api_query!(@read $presence stringify!($field), value_of(stringify!($field)))?, )*
                })
            }

            // Each field pushes its own pair, or none: one required field alone is one push.
            #[allow(unused_mut, clippy::vec_init_then_push)]
            fn pairs(&self) -> Vec<(&'static str, String)> {
                let mut pairs = Vec::new();
                $( api_query!(@write $presence pairs, stringify!($field), &self.$field); )*
                pairs
            }
        }

        #[cfg(feature = "openapi")]
        impl utoipa::IntoParams for $name {
            fn into_params(
                _: impl Fn() -> Option<utoipa::openapi::path::ParameterIn>,
            ) -> Vec<utoipa::openapi::path::Parameter> {
                vec![$(
                    $crate::api::query_parameter(
                        stringify!($field),
                        concat!($($doc),*).trim(),
                        api_query!(@required $presence),
                        <$ty as $crate::api::QueryValue>::schema(),
                    ),
                )*]
            }
        }
    };
    (@type optional $ty:ty) => { Option<$ty> };
    (@type required $ty:ty) => { $ty };
    (@read optional $name:expr, $raw:expr) => { $crate::api::read_optional($name, $raw) };
    (@read required $name:expr, $raw:expr) => { $crate::api::read_required($name, $raw) };
    (@write optional $pairs:ident, $name:expr, $value:expr) => {
        if let Some(value) = $value {
            $pairs.push(($name, $crate::api::QueryValue::write(value)));
        }
    };
    (@write required $pairs:ident, $name:expr, $value:expr) => {
        $pairs.push(($name, $crate::api::QueryValue::write($value)));
    };
    (@required optional) => { false };
    (@required required) => { true };
}

/// One parameter of the OpenAPI document, in the query.
#[cfg(feature = "openapi")]
pub fn query_parameter(
    name: &str,
    description: &str,
    required: bool,
    schema: utoipa::openapi::schema::Schema,
) -> utoipa::openapi::path::Parameter {
    use utoipa::openapi::path::{ParameterBuilder, ParameterIn};
    use utoipa::openapi::{RefOr, Required};
    ParameterBuilder::new()
        .name(name)
        .parameter_in(ParameterIn::Query)
        .description((!description.is_empty()).then_some(description))
        .required(if required { Required::True } else { Required::False })
        .schema(Some(RefOr::T(schema)))
        .build()
}

#[cfg(feature = "openapi")]
mod schema {
    use utoipa::openapi::schema::{ObjectBuilder, Schema, SchemaType, Type};

    pub fn text(max_length: usize) -> Schema {
        ObjectBuilder::new()
            .schema_type(SchemaType::Type(Type::String))
            .min_length(Some(1))
            .max_length(Some(max_length))
            .build()
            .into()
    }

    pub fn one_of(values: &[&str]) -> Schema {
        ObjectBuilder::new()
            .schema_type(SchemaType::Type(Type::String))
            .enum_values(Some(values.iter().copied()))
            .build()
            .into()
    }

    pub fn whole_number(max: u32) -> Schema {
        ObjectBuilder::new()
            .schema_type(SchemaType::Type(Type::Integer))
            .minimum(Some(1))
            .maximum(Some(max))
            .build()
            .into()
    }

    pub fn pattern(pattern: &str, example: &str) -> Schema {
        ObjectBuilder::new()
            .schema_type(SchemaType::Type(Type::String))
            .pattern(Some(pattern))
            .examples([example])
            .build()
            .into()
    }
}

/// Free text, such as a search: at most [`MAX_TEXT`] characters.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Text(pub String);

impl QueryValue for Text {
    fn read(text: &str) -> Result<Self, (&'static str, String)> {
        if text.chars().count() > MAX_TEXT {
            return Err(("length", format!("at most {MAX_TEXT} characters")));
        }
        Ok(Text(text.to_owned()))
    }
    fn write(&self) -> String {
        self.0.clone()
    }
    #[cfg(feature = "openapi")]
    fn schema() -> utoipa::openapi::schema::Schema {
        schema::text(MAX_TEXT)
    }
}

/// The name of a thing (a category, an agency, a service): lower-case
/// letters, digits and hyphens. Whether it exists is the server's to say.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Slug(pub String);

impl QueryValue for Slug {
    fn read(text: &str) -> Result<Self, (&'static str, String)> {
        let parts_ok = text
            .split('-')
            .all(|part| !part.is_empty() && part.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit()));
        if !parts_ok || text.len() > MAX_TEXT {
            return Err(("format", "lower-case letters, digits and single hyphens".into()));
        }
        Ok(Slug(text.to_owned()))
    }
    fn write(&self) -> String {
        self.0.clone()
    }
    #[cfg(feature = "openapi")]
    fn schema() -> utoipa::openapi::schema::Schema {
        use utoipa::openapi::schema::{ObjectBuilder, SchemaType, Type};
        ObjectBuilder::new()
            .schema_type(SchemaType::Type(Type::String))
            .pattern(Some("^[a-z0-9]+(-[a-z0-9]+)*$"))
            .max_length(Some(MAX_TEXT))
            .build()
            .into()
    }
}

/// A state's two-letter code, such as `JC`.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct StateCode(pub String);

impl QueryValue for StateCode {
    fn read(text: &str) -> Result<Self, (&'static str, String)> {
        if text.len() != 2 || !text.bytes().all(|b| b.is_ascii_uppercase()) {
            return Err(("format", "two capital letters, e.g. JC".into()));
        }
        Ok(StateCode(text.to_owned()))
    }
    fn write(&self) -> String {
        self.0.clone()
    }
    #[cfg(feature = "openapi")]
    fn schema() -> utoipa::openapi::schema::Schema {
        schema::pattern("^[A-Z]{2}$", "JC")
    }
}

/// A 1-based page number.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PageNumber(pub u32);

/// How many results a page holds.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PerPage(pub u32);

/// How many hits the search box wants.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Limit(pub u32);

/// A version of an item, from 1.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct VersionNumber(pub u32);

macro_rules! whole_number {
    ($name:ident, $max:expr) => {
        impl QueryValue for $name {
            fn read(text: &str) -> Result<Self, (&'static str, String)> {
                if !text.bytes().all(|b| b.is_ascii_digit()) {
                    return Err(("format", "a whole number".into()));
                }
                match text.parse::<u32>() {
                    Ok(value) if (1..=$max).contains(&value) => Ok($name(value)),
                    _ => Err(("range", format!("from 1 to {}", $max))),
                }
            }
            fn write(&self) -> String {
                self.0.to_string()
            }
            #[cfg(feature = "openapi")]
            fn schema() -> utoipa::openapi::schema::Schema {
                schema::whole_number($max)
            }
        }
    };
}

whole_number!(PageNumber, MAX_PAGE);
whole_number!(PerPage, MAX_PER_PAGE);
whole_number!(Limit, MAX_LIMIT);
whole_number!(VersionNumber, 1_000_000);

/// A point on Earth, `lat,lng` in degrees.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct LatLng {
    pub lat: f64,
    pub lng: f64,
}

impl QueryValue for LatLng {
    fn read(text: &str) -> Result<Self, (&'static str, String)> {
        let format = || ("format", "two numbers in degrees, e.g. near=19.43,-99.13".to_owned());
        let number = |part: &str| {
            let digits = part.strip_prefix('-').unwrap_or(part);
            let plain = !digits.is_empty()
                && digits.split('.').count() <= 2
                && digits
                    .split('.')
                    .all(|d| !d.is_empty() && d.bytes().all(|b| b.is_ascii_digit()));
            plain.then(|| part.parse::<f64>().ok()).flatten()
        };
        let (lat, lng) = text.split_once(',').ok_or_else(format)?;
        let (Some(lat), Some(lng)) = (number(lat), number(lng)) else {
            return Err(format());
        };
        if !(-90.0..=90.0).contains(&lat) || !(-180.0..=180.0).contains(&lng) {
            return Err(("range", "latitude from -90 to 90, longitude from -180 to 180".into()));
        }
        Ok(LatLng { lat, lng })
    }
    fn write(&self) -> String {
        format!("{:.4},{:.4}", self.lat, self.lng)
    }
    #[cfg(feature = "openapi")]
    fn schema() -> utoipa::openapi::schema::Schema {
        schema::pattern(r"^-?[0-9]+(\.[0-9]+)?,-?[0-9]+(\.[0-9]+)?$", "19.43,-99.13")
    }
}

/// Values named by a closed set of codes.
macro_rules! coded_value {
    ($name:ident) => {
        impl QueryValue for $name {
            fn read(text: &str) -> Result<Self, (&'static str, String)> {
                let codes = || $name::ALL.map(|value| value.code()).join(", ");
                $name::ALL
                    .into_iter()
                    .find(|value| value.code() == text)
                    .ok_or_else(|| ("unknown", format!("one of {}", codes())))
            }
            fn write(&self) -> String {
                self.code().to_owned()
            }
            #[cfg(feature = "openapi")]
            fn schema() -> utoipa::openapi::schema::Schema {
                schema::one_of(&$name::ALL.map(|value| value.code()))
            }
        }
    };
}

coded_value!(Channel);
coded_value!(ContentKind);
coded_value!(Lang);
coded_value!(Sort);
coded_value!(Status);

/// A calendar day, `YYYY-MM-DD`.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Day(pub String);

impl QueryValue for Day {
    fn read(text: &str) -> Result<Self, (&'static str, String)> {
        let refused = || ("format", "a day as YYYY-MM-DD".to_owned());
        let mut parts = text.split('-');
        let (Some(year), Some(month), Some(day), None) = (parts.next(), parts.next(), parts.next(), parts.next())
        else {
            return Err(refused());
        };
        let number = |part: &str, len: usize| {
            (part.len() == len && part.bytes().all(|b| b.is_ascii_digit()))
                .then(|| part.parse::<u32>().ok())
                .flatten()
        };
        match (number(year, 4), number(month, 2), number(day, 2)) {
            (Some(_), Some(1..=12), Some(1..=31)) => Ok(Day(text.to_owned())),
            _ => Err(refused()),
        }
    }
    fn write(&self) -> String {
        self.0.clone()
    }
    #[cfg(feature = "openapi")]
    fn schema() -> utoipa::openapi::schema::Schema {
        use utoipa::openapi::schema::{ObjectBuilder, SchemaType, Type};
        ObjectBuilder::new()
            .schema_type(SchemaType::Type(Type::String))
            .pattern(Some("^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$"))
            .examples(["2026-12-01"])
            .build()
            .into()
    }
}

/// The catalogue's orders.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Sort {
    /// Best match first: only with `q`.
    Relevance,
    Popularity,
    Name,
    /// Most recently updated first.
    Updated,
}

impl Sort {
    pub const ALL: [Sort; 4] = [Sort::Relevance, Sort::Popularity, Sort::Name, Sort::Updated];

    pub fn code(self) -> &'static str {
        match self {
            Sort::Relevance => "relevance",
            Sort::Popularity => "popularity",
            Sort::Name => "name",
            Sort::Updated => "updated",
        }
    }
}

api_query! {
    /// `GET /api/v1/services`: the catalogue, searched, filtered, sorted, paginated.
    pub struct ServiceQuery {
        /// Words to search, in Spanish or English; misspellings tolerated.
        optional q: Text,
        /// A category's slug.
        optional category: Slug,
        /// A life event's slug.
        optional life_event: Slug,
        /// An agency's slug.
        optional agency: Slug,
        /// How it can be done.
        optional channel: Channel,
        /// A state's code: services that can be done there, in person or remotely.
        optional state: StateCode,
        /// `relevance` (the default with `q`, and only with it), `popularity` (the default), `name` or `updated`.
        optional sort: Sort,
        /// 1-based.
        optional page: PageNumber,
        /// Default 20.
        optional per_page: PerPage,
    }
}

api_query! {
    /// `GET /api/v1/content`: what the agencies have published, newest first.
    pub struct ContentQuery {
        /// An agency's slug.
        optional agency: Slug,
        /// A category's slug: items about it.
        optional topic: Slug,
        optional kind: ContentKind,
        /// First published on this day or later (Mexico City's).
        optional from: Day,
        /// First published on this day or earlier (Mexico City's).
        optional to: Day,
        /// 1-based.
        optional page: PageNumber,
        /// Default 20.
        optional per_page: PerPage,
    }
}

api_query! {
    /// `GET /api/v1/offices`: Public Attention Centers, filtered, or nearest first.
    pub struct OfficeQuery {
        /// A state's code.
        optional state: StateCode,
        /// A municipality's name; case ignored.
        optional municipality: Text,
        /// A service's slug: the offices where it is done in person.
        optional service: Slug,
        /// An agency's slug.
        optional agency: Slug,
        /// `lat,lng` in degrees: nearest first, each with its `distance_km`.
        optional near: LatLng,
        /// 1-based.
        optional page: PageNumber,
        /// Default 20.
        optional per_page: PerPage,
    }
}

api_query! {
    /// `GET /api/v1/staff/agencies/{agency}/applications`: the agency's
    /// queue, filtered; days are Mexico City's.
    pub struct QueueQuery {
        /// A form's id: that procedure's applications.
        optional form: Slug,
        optional status: Status,
        /// Sent on this day or later.
        optional from: Day,
        /// Sent on this day or earlier.
        optional to: Day,
        /// The folio, or its start, as typed (spaces and case ignored).
        optional folio: Text,
    }
}

api_query! {
    /// `GET /api/v1/staff/agencies/{agency}/content/{slug}/diff`: what
    /// changed between two versions; by default from the live version (or
    /// the one before) to the newest.
    pub struct DiffQuery {
        optional from: VersionNumber,
        optional to: VersionNumber,
    }
}

api_query! {
    /// `POST /api/v1/staff/agencies/{agency}/files`: the name the file was
    /// uploaded with, whose words its name on the site keeps.
    pub struct UploadQuery {
        required name: Text,
    }
}

api_query! {
    /// `GET /api/v1/search`: one ranked answer for the search box.
    pub struct SearchQuery {
        /// What the person typed, even half a word.
        required q: Text,
        /// Default 10.
        optional limit: Limit,
    }
}

api_query! {
    /// The language of an answer, which every operation takes: `es` or `en`;
    /// without it, `Accept-Language`, else Spanish.
    pub struct LangQuery {
        /// `es` or `en`; without it, the `Accept-Language` header, else Spanish.
        optional lang: Lang,
    }
}

api_query! {
    /// An operation that takes no parameters but `lang`.
    pub struct NoQuery {}
}

impl ServiceQuery {
    /// Whether the query asks for a search: its text has a word to look for
    /// (punctuation alone searches nothing).
    pub fn searching(&self) -> bool {
        self.q.as_ref().is_some_and(|q| q.0.chars().any(char::is_alphanumeric))
    }

    /// The order asked for or implied; relevance needs words to search.
    pub fn sort(&self) -> Result<Sort, QueryError> {
        match self.sort {
            None if self.searching() => Ok(Sort::Relevance),
            None => Ok(Sort::Popularity),
            Some(Sort::Relevance) if !self.searching() => Err(QueryError {
                parameter: "sort",
                rule: "needs_q",
                detail: "sorting by relevance needs q".into(),
            }),
            Some(sort) => Ok(sort),
        }
    }
}

/// `page` and `per_page`, or their defaults.
pub fn pagination(page: Option<PageNumber>, per_page: Option<PerPage>) -> (u32, u32) {
    (page.map_or(1, |p| p.0), per_page.map_or(DEFAULT_PER_PAGE, |p| p.0))
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;

    fn read<Q: ApiQuery>(pairs: &[(&str, &str)]) -> Result<Q, QueryError> {
        Q::read(&|name| pairs.iter().find(|(k, _)| *k == name).map(|(_, v)| *v))
    }

    #[test]
    fn reads_what_it_writes() {
        let query = ServiceQuery {
            q: Some(Text("acta de nacimiento".into())),
            channel: Some(Channel::InPerson),
            state: Some(StateCode("JC".into())),
            page: Some(PageNumber(2)),
            ..ServiceQuery::default()
        };
        let pairs = query.pairs();
        assert_eq!(
            pairs,
            [
                ("q", "acta de nacimiento".to_owned()),
                ("channel", "in_person".to_owned()),
                ("state", "JC".to_owned()),
                ("page", "2".to_owned()),
            ]
        );
        let borrowed: Vec<(&str, &str)> = pairs.iter().map(|(k, v)| (*k, v.as_str())).collect();
        assert_eq!(read::<ServiceQuery>(&borrowed).unwrap(), query);
    }

    #[test]
    fn names_the_parameter_and_rule_it_refuses() {
        let code = |pairs: &[(&str, &str)]| read::<ServiceQuery>(pairs).unwrap_err().code();
        assert_eq!(code(&[("per_page", "101")]), "per_page.range");
        assert_eq!(code(&[("page", "0")]), "page.range");
        assert_eq!(code(&[("page", "dos")]), "page.format");
        assert_eq!(code(&[("page", "+2")]), "page.format");
        assert_eq!(code(&[("channel", "fax")]), "channel.unknown");
        assert_eq!(code(&[("category", "")]), "category.empty");
        assert_eq!(code(&[("category", "Magia")]), "category.format");
        let long = "a".repeat(MAX_TEXT + 1);
        assert_eq!(code(&[("q", &long)]), "q.length");
        let search = read::<SearchQuery>(&[]).unwrap_err();
        assert_eq!(search.code(), "q.required");
        let near = |text: &str| read::<OfficeQuery>(&[("near", text)]).map(|q| q.near);
        assert_eq!(
            near("19.43,-99.13").unwrap(),
            Some(LatLng {
                lat: 19.43,
                lng: -99.13
            })
        );
        assert_eq!(near("19.43").unwrap_err().code(), "near.format");
        assert_eq!(near("1e3,2").unwrap_err().code(), "near.format");
        assert_eq!(near("91,0").unwrap_err().code(), "near.range");
    }

    #[test]
    fn relevance_needs_words() {
        let sorting = |pairs: &[(&str, &str)]| read::<ServiceQuery>(pairs).unwrap().sort();
        assert_eq!(sorting(&[("q", "curp")]).unwrap(), Sort::Relevance);
        assert_eq!(sorting(&[]).unwrap(), Sort::Popularity);
        assert_eq!(sorting(&[("sort", "relevance")]).unwrap_err().code(), "sort.needs_q");
        assert_eq!(sorting(&[("q", "\" *")]).unwrap(), Sort::Popularity);
    }

    fn service_query() -> impl Strategy<Value = ServiceQuery> {
        (
            proptest::option::of("[ a-zñá]{0,210}"),
            proptest::option::of("[a-z0-9-]{0,12}"),
            proptest::option::of(proptest::sample::select(Channel::ALL.to_vec())),
            proptest::option::of("[A-Za-z]{1,3}"),
            proptest::option::of(0u32..12_000),
            proptest::option::of(0u32..120),
        )
            .prop_map(|(q, category, channel, state, page, per_page)| ServiceQuery {
                q: q.map(Text),
                category: category.map(Slug),
                channel,
                state: state.map(StateCode),
                page: page.map(PageNumber),
                per_page: per_page.map(PerPage),
                ..ServiceQuery::default()
            })
    }

    proptest! {
        /// The app writes its API URLs with `pairs`; the server reads them with
        /// `read`. Whatever the app writes, the server reads back the same, or
        /// refuses it for the very rule the app's value broke.
        #[test]
        fn the_server_reads_what_the_app_writes(query in service_query()) {
            let pairs = query.pairs();
            let borrowed: Vec<(&str, &str)> = pairs.iter().map(|(k, v)| (*k, v.as_str())).collect();
            match read::<ServiceQuery>(&borrowed) {
                Ok(read) => prop_assert_eq!(read, query),
                Err(error) => {
                    let (_, value) = pairs.iter().find(|(k, _)| *k == error.parameter).expect("a written parameter");
                    let broke = match error.parameter {
                        "q" => value.is_empty() || value.chars().count() > MAX_TEXT,
                        "category" => Slug::read(value).is_err() || value.is_empty(),
                        "state" => StateCode::read(value).is_err(),
                        "page" => !(1..=MAX_PAGE).contains(&query.page.unwrap().0),
                        "per_page" => !(1..=MAX_PER_PAGE).contains(&query.per_page.unwrap().0),
                        _ => false,
                    };
                    prop_assert!(broke, "refused {:?} for {}", error, value);
                }
            }
        }
    }
}
