//! Requests from the server's renderer: handed to the server's own router
//! (`ServerApi`, provided by the server for each page it renders).

use std::future::Future;
use std::pin::Pin;
use std::sync::Arc;

use leptos::prelude::use_context;

use super::Header;
use crate::api::{ApiError, read};

/// A request to the API, as the renderer makes it.
pub struct Call {
    pub method: &'static str,
    /// Path and query, from the site's root.
    pub url: String,
    pub body: Option<String>,
    pub header: Option<Header>,
}

/// The API's answer.
pub struct Answer {
    pub status: u16,
    pub body: String,
}

type Handler = dyn Fn(Call) -> Pin<Box<dyn Future<Output = Answer> + Send>> + Send + Sync;

/// The server's router, as the renderer reaches it.
#[derive(Clone)]
pub struct ServerApi(Arc<Handler>);

impl ServerApi {
    pub fn new(handler: impl Fn(Call) -> Pin<Box<dyn Future<Output = Answer> + Send>> + Send + Sync + 'static) -> Self {
        ServerApi(Arc::new(handler))
    }
}

async fn send(call: Call) -> Result<String, ApiError> {
    let api = use_context::<ServerApi>().ok_or(ApiError::Network)?;
    let answer = (api.0)(call).await;
    read(answer.status, answer.body)
}

pub async fn get(url: String) -> Result<String, ApiError> {
    send(Call {
        method: "GET",
        url,
        body: None,
        header: None,
    })
    .await
}

pub async fn post(url: String, body: String, header: Option<Header>) -> Result<String, ApiError> {
    send(Call {
        method: "POST",
        url,
        body: Some(body),
        header,
    })
    .await
}

/// The renderer never uploads: files are chosen in a browser.
pub async fn upload(_: String, _: web_sys::File, _: Option<Header>) -> Result<String, ApiError> {
    Err(ApiError::Network)
}

pub async fn delete(url: String, header: Option<Header>) -> Result<String, ApiError> {
    send(Call {
        method: "DELETE",
        url,
        body: None,
        header,
    })
    .await
}
