use std::cell::RefCell;
use std::collections::HashMap;

use ventanilla_core::api::{Page, Service, ServiceSummary};
use ventanilla_core::lang::Lang;

use super::{ApiError, get, query_string};

/// The catalogue's filters, as the `/tramites` URL and the API both spell them.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ServiceFilters {
    pub q: Option<String>,
    pub category: Option<String>,
    pub life_event: Option<String>,
    pub agency: Option<String>,
    pub channel: Option<String>,
    pub state: Option<String>,
    pub page: u32,
}

impl ServiceFilters {
    pub fn pairs(&self) -> Vec<(&'static str, String)> {
        let fields = [
            ("q", &self.q),
            ("category", &self.category),
            ("life_event", &self.life_event),
            ("agency", &self.agency),
            ("channel", &self.channel),
            ("state", &self.state),
        ];
        let mut pairs: Vec<(&'static str, String)> = fields
            .into_iter()
            .filter_map(|(k, v)| v.clone().map(|v| (k, v)))
            .collect();
        if self.page > 1 {
            pairs.push(("page", self.page.to_string()));
        }
        pairs
    }
}

/// One page of the catalogue.
pub async fn services(filters: ServiceFilters, lang: Lang) -> Result<Page<ServiceSummary>, ApiError> {
    get(&format!("/services{}", query_string(&filters.pairs())), lang).await
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
