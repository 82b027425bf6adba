//! `POST /api/v1/staff/agencies/{agency}/files`: a file an editor attaches
//! to what the agency publishes. Its kind is judged by its content, never
//! by its name; its name on the site is made from what it holds.

use serde::{Deserialize, Serialize};

use crate::text::fold;

/// The largest file taken: a publication's PDF or spreadsheet, not a video.
pub const UPLOAD_MAX_BYTES: usize = 10 * 1024 * 1024;

/// The kinds of file taken, by media type, with the extension their name on
/// the site ends in: documents and spreadsheets to download, images for
/// bodies.
pub const UPLOAD_TYPES: [(&str, &str); 7] = [
    ("application/pdf", "pdf"),
    (
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        "xlsx",
    ),
    ("application/vnd.oasis.opendocument.spreadsheet", "ods"),
    (
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        "docx",
    ),
    ("application/vnd.oasis.opendocument.text", "odt"),
    ("image/png", "png"),
    ("image/jpeg", "jpg"),
];

/// The extension of a kind of file taken, which is how people name the
/// kind (a link says "PDF" or "XLSX").
pub fn extension_of(media_type: &str) -> Option<&'static str> {
    UPLOAD_TYPES
        .into_iter()
        .find(|(taken, _)| *taken == media_type)
        .map(|(_, extension)| extension)
}

/// An uploaded file, as a draft's attachment names it (`file`).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Upload {
    /// Its name on the site, for a draft's `attachments[].file`.
    pub file: String,
    /// Where it is downloaded, on the server's origin.
    pub url: String,
    /// As its content says, such as `application/pdf`.
    pub media_type: String,
    pub size_bytes: u64,
}

/// The name a file has on the site: the start of its content's SHA-256 (the
/// same file uploaded twice is one file; two files never share a name),
/// then the words of the name it was uploaded with, then the extension of
/// its kind: `3f2a9c1b0d4e5f67-informe-anual-2026.pdf`.
pub fn upload_name(sha256_hex: &str, uploaded_as: &str, extension: &str) -> String {
    // A browser sends the file's name; some send its path.
    let base = uploaded_as.rsplit(['/', '\\']).next().unwrap_or_default();
    let stem = base.rsplit_once('.').map_or(base, |(stem, _)| stem);
    let words: Vec<String> = fold(stem)
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|word| !word.is_empty())
        .take(8)
        .map(str::to_owned)
        .collect();
    let hash = &sha256_hex[..16.min(sha256_hex.len())];
    match words.is_empty() {
        true => format!("{hash}.{extension}"),
        false => format!("{hash}-{}.{extension}", words.join("-")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_name_is_its_hash_its_words_and_its_kind() {
        let hash = "3f2a9c1b0d4e5f6789abcdef";
        assert_eq!(
            upload_name(hash, "Informe Anual 2026 (versión final).PDF", "pdf"),
            "3f2a9c1b0d4e5f67-informe-anual-2026-version-final.pdf"
        );
        // The name's extension is not believed: the content's kind is.
        assert_eq!(
            upload_name(hash, "foto.pdf.exe", "png"),
            "3f2a9c1b0d4e5f67-foto-pdf.png"
        );
        assert_eq!(
            upload_name(hash, "../../etc/passwd", "pdf"),
            "3f2a9c1b0d4e5f67-passwd.pdf"
        );
        assert_eq!(
            upload_name(hash, "C:\\Mis documentos\\Año 2026.xlsx", "xlsx"),
            "3f2a9c1b0d4e5f67-ano-2026.xlsx"
        );
        assert_eq!(upload_name(hash, "¿?.pdf", "pdf"), "3f2a9c1b0d4e5f67.pdf");
    }
}
