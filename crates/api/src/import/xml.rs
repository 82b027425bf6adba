//! What the sitemap and the WXR export share: an element's text, from
//! quick-xml's events.

use quick_xml::escape::resolve_predefined_entity;
use quick_xml::events::Event;

/// Adds to `text` what `event` holds of an element's text (its characters,
/// a CDATA section, an entity); false when it holds none.
pub fn push_text(event: &Event, text: &mut String) -> Result<bool, String> {
    match event {
        Event::Text(t) => text.push_str(&t.xml10_content().map_err(|e| e.to_string())?),
        Event::CData(t) => text.push_str(&t.decode().map_err(|e| e.to_string())?),
        Event::GeneralRef(r) => match r.resolve_char_ref().map_err(|e| e.to_string())? {
            Some(c) => text.push(c),
            None => {
                let name = r.decode().map_err(|e| e.to_string())?;
                text.push_str(resolve_predefined_entity(&name).ok_or(format!("unknown entity &{name};"))?);
            }
        },
        _ => return Ok(false),
    }
    Ok(true)
}
