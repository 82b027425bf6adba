use std::cell::RefCell;
use std::collections::HashMap;

use ventanilla_core::api::{ApiQuery, Page, Service, ServiceQuery, ServiceSummary};
use ventanilla_core::lang::Lang;

use super::{ApiError, get, query_string};

/// One page of the catalogue.
pub async fn services(query: ServiceQuery, lang: Lang) -> Result<Page<ServiceSummary>, ApiError> {
    get(&format!("/services{}", query_string(&query.pairs())), lang).await
}

thread_local! {
    /// Sheets already read: opening one again, or going back, is instant.
    static SHEETS: RefCell<HashMap<(Lang, String), Service>> = RefCell::default();
}

/// A service's sheet.
pub async fn service(slug: String, lang: Lang) -> Result<Service, ApiError> {
    let key = (lang, slug);
    if let Some(sheet) = SHEETS.with_borrow(|sheets| sheets.get(&key).cloned()) {
        return Ok(sheet);
    }
    let sheet: Service = get(&format!("/services/{}", super::encode(&key.1)), lang).await?;
    SHEETS.with_borrow_mut(|sheets| sheets.insert(key, sheet.clone()));
    Ok(sheet)
}
