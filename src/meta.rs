//! What `<head>` says of every page besides its title: its description, its
//! canonical URL and the same page in each language (`?lang=`, which the
//! server honours on any URL), for search engines and link previews; and
//! the links of the language switch, which lead to the same URLs.

use ventanilla_core::lang::Lang;

/// The page's URL without `lang`: the same page serves both languages.
pub fn canonical(path: &str, search: &str) -> String {
    let query: Vec<&str> = search
        .trim_start_matches('?')
        .split('&')
        .filter(|pair| !pair.is_empty() && !pair.starts_with("lang="))
        .collect();
    if query.is_empty() {
        path.to_owned()
    } else {
        format!("{path}?{}", query.join("&"))
    }
}

/// `url` in `lang`: the server renders any page in the `lang` it is asked.
pub fn in_lang(url: &str, lang: Lang) -> String {
    let separator = if url.contains('?') { '&' } else { '?' };
    format!("{url}{separator}lang={}", lang.code())
}

/// The links of `<head>` for the page at `url` (path and query) of the
/// site at `origin`, with its description in `lang`. Written by the server:
/// crawlers and link previews read the page as it arrives.
pub fn head(origin: &str, url: &str, description: &str) -> String {
    let (path, search) = url.split_once('?').unwrap_or((url, ""));
    let page = escape(&format!("{origin}{}", canonical(path, search)));
    let mut head = format!(
        "<meta name=\"description\" content=\"{}\"><link rel=\"canonical\" href=\"{page}\">",
        escape(description)
    );
    for lang in Lang::ALL {
        let href = escape(&in_lang(&format!("{origin}{}", canonical(path, search)), lang));
        head += &format!("<link rel=\"alternate\" hreflang=\"{}\" href=\"{href}\">", lang.tag());
    }
    head + &format!("<link rel=\"alternate\" hreflang=\"x-default\" href=\"{page}\">")
}

/// Text made safe inside HTML, in an element or an attribute.
pub fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('"', "&quot;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_canonical_url_drops_only_the_language() {
        assert_eq!(canonical("/tramites", "?lang=en&pagina=2"), "/tramites?pagina=2");
        assert_eq!(
            canonical("/tramites/consulta-curp", "lang=es"),
            "/tramites/consulta-curp"
        );
        assert_eq!(canonical("/buscar", "?q=acta"), "/buscar?q=acta");
        assert_eq!(in_lang("/buscar?q=acta", Lang::En), "/buscar?q=acta&lang=en");
    }

    #[test]
    fn the_head_names_the_page_in_each_language() {
        let head = head(
            "https://ventanilla.gob.mx",
            "/buscar?q=acta&lang=en",
            "Trámites \"y\" servicios",
        );
        assert!(head.contains(r#"<meta name="description" content="Trámites &quot;y&quot; servicios">"#));
        assert!(head.contains(r#"<link rel="canonical" href="https://ventanilla.gob.mx/buscar?q=acta">"#));
        assert!(head.contains(r#"hreflang="es-MX" href="https://ventanilla.gob.mx/buscar?q=acta&amp;lang=es""#));
        assert!(head.contains(r#"hreflang="en" href="https://ventanilla.gob.mx/buscar?q=acta&amp;lang=en""#));
        assert!(head.contains(r#"hreflang="x-default" href="https://ventanilla.gob.mx/buscar?q=acta""#));
    }
}
