//! The HTTP status of the page being rendered on the server: 200 unless a
//! page says otherwise (the not-found page, a failed load). Only the
//! server's renderer provides it; in the browser, `set` does nothing.

use std::sync::Arc;
use std::sync::atomic::{AtomicU16, Ordering};

use leptos::prelude::use_context;

#[derive(Clone, Default)]
pub struct PageStatus(Arc<AtomicU16>);

impl PageStatus {
    pub fn get(&self) -> u16 {
        match self.0.load(Ordering::Relaxed) {
            0 => 200,
            status => status,
        }
    }
}

pub fn set(status: u16) {
    if let Some(PageStatus(current)) = use_context::<PageStatus>() {
        current.store(status, Ordering::Relaxed);
    }
}
