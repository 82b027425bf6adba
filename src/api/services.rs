use ventanilla_core::api::{ApiQuery, Page, Service, ServiceQuery, ServiceSummary};
use ventanilla_core::lang::Lang;

use super::{ApiError, get, query_string};

/// One page of the catalogue.
pub async fn services(query: ServiceQuery, lang: Lang) -> Result<Page<ServiceSummary>, ApiError> {
    get(&format!("/services{}", query_string(&query.pairs())), lang).await
}

/// A service's sheet.
pub async fn service(slug: String, lang: Lang) -> Result<Service, ApiError> {
    if let Some(sheet) = sheets::read(lang, &slug) {
        return Ok(sheet);
    }
    let sheet: Service = get(&format!("/services/{}", super::encode(&slug)), lang).await?;
    keep_sheet(lang, &sheet);
    Ok(sheet)
}

/// Keeps a sheet for the rest of the visit, also one that came in the page
/// the server rendered: opening it again, or going back, is instant.
pub fn keep_sheet(lang: Lang, sheet: &Service) {
    sheets::keep(lang, sheet);
}

/// The sheets read in this browser tab.
#[cfg(target_arch = "wasm32")]
mod sheets {
    use std::cell::RefCell;
    use std::collections::HashMap;

    use ventanilla_core::api::Service;
    use ventanilla_core::lang::Lang;

    thread_local! {
        static SHEETS: RefCell<HashMap<(Lang, String), Service>> = RefCell::default();
    }

    pub fn read(lang: Lang, slug: &str) -> Option<Service> {
        SHEETS.with_borrow(|sheets| sheets.get(&(lang, slug.to_owned())).cloned())
    }

    pub fn keep(lang: Lang, sheet: &Service) {
        SHEETS.with_borrow_mut(|sheets| sheets.insert((lang, sheet.slug.clone()), sheet.clone()));
    }
}

/// The server keeps nothing from one page to the next: the API is the truth.
#[cfg(not(target_arch = "wasm32"))]
mod sheets {
    use ventanilla_core::api::Service;
    use ventanilla_core::lang::Lang;

    pub fn read(_: Lang, _: &str) -> Option<Service> {
        None
    }

    pub fn keep(_: Lang, _: &Service) {}
}
