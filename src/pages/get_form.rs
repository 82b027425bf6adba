use std::sync::Arc;

/// For a GET `<Form>`'s `on_form_data`: leptos adds the button pressed as a
/// field even when it has no name, so the address would end in `&=`; a
/// browser sends only the named fields.
pub fn named_fields_only() -> Arc<dyn Fn(&web_sys::FormData)> {
    Arc::new(|data| data.delete(""))
}
