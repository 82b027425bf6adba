//! Compression: what a client accepts, the app's files compressed once at
//! start, and rendered pages compressed once though each answer carries its
//! own nonce.

use axum::http::{HeaderMap, header};
use brotli::enc::BrotliEncoderParams;

/// The client's `Accept-Encoding`, or nothing.
pub fn accepted_encodings(headers: &HeaderMap) -> &str {
    headers
        .get(header::ACCEPT_ENCODING)
        .and_then(|v| v.to_str().ok())
        .unwrap_or("")
}

/// Whether an `Accept-Encoding` header accepts `coding` (and not with `q=0`).
pub fn accepts(header: &str, coding: &str) -> bool {
    header.split(',').any(|part| {
        let mut pieces = part.split(';').map(str::trim);
        pieces.next() == Some(coding)
            && !pieces.any(|p| p.strip_prefix("q=").is_some_and(|q| q.parse::<f32>() == Ok(0.0)))
    })
}

pub fn brotli(bytes: &[u8]) -> Vec<u8> {
    compress(
        bytes,
        BrotliEncoderParams {
            quality: 11,
            ..Default::default()
        },
    )
}

pub fn gzip(bytes: &[u8]) -> Vec<u8> {
    use std::io::Write;
    let mut encoder = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
    encoder.write_all(bytes).expect("compressing to memory cannot fail");
    encoder.finish().expect("compressing to memory cannot fail")
}

/// A text compressed with brotli once, in the pieces between the places
/// where each answer puts something of its own (a page's nonce). Brotli's
/// concatenable streams join by plain byte concatenation: an answer
/// compresses only its own few bytes, not the page.
pub struct Spliced {
    pieces: Vec<Vec<u8>>,
}

/// Every piece must use the same window.
const WINDOW: i32 = 22;

/// Rendered pages are kept a while: worth a better compression than an
/// answer's, though not the slowest.
const PIECE_QUALITY: i32 = 9;

/// An answer's own bytes are few: the quickest quality that still makes a
/// bare stream (qualities 0 and 1 end theirs).
const FILLING_QUALITY: i32 = 2;

/// Ends a stream of concatenated pieces (an empty last meta-block).
const END: u8 = 0x03;

impl Spliced {
    /// `text` compressed in the pieces between its `marker`s.
    pub fn new(text: &str, marker: &str) -> Spliced {
        let pieces = text
            .split(marker)
            .enumerate()
            .map(|(i, piece)| concatenable(piece.as_bytes(), i == 0, PIECE_QUALITY))
            .collect();
        Spliced { pieces }
    }

    /// One brotli stream: the text with `filling` in place of every marker.
    pub fn filled(&self, filling: &str) -> Vec<u8> {
        let filling = concatenable(filling.as_bytes(), false, FILLING_QUALITY);
        let pieces: usize = self.pieces.iter().map(Vec::len).sum();
        let mut stream = Vec::with_capacity(pieces + filling.len() * self.pieces.len() + 1);
        for (i, piece) in self.pieces.iter().enumerate() {
            if i > 0 {
                stream.extend_from_slice(&filling);
            }
            stream.extend_from_slice(piece);
        }
        stream.push(END);
        stream
    }
}

/// A bare brotli stream that others can follow: the first carries the
/// stream's header, the others none and no references to the dictionary.
fn concatenable(bytes: &[u8], first: bool, quality: i32) -> Vec<u8> {
    compress(
        bytes,
        BrotliEncoderParams {
            quality,
            lgwin: WINDOW,
            bare_stream: true,
            byte_align: true,
            appendable: true,
            catable: !first,
            use_dictionary: first,
            ..Default::default()
        },
    )
}

fn compress(bytes: &[u8], params: BrotliEncoderParams) -> Vec<u8> {
    let mut out = Vec::new();
    brotli::BrotliCompress(&mut &bytes[..], &mut out, &params).expect("compressing to memory cannot fail");
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn decompress(stream: &[u8]) -> String {
        let mut out = Vec::new();
        brotli::BrotliDecompress(&mut &stream[..], &mut out).expect("a valid brotli stream");
        String::from_utf8(out).unwrap()
    }

    #[test]
    fn negotiates_encodings() {
        assert!(accepts("gzip, deflate, br", "br"));
        assert!(!accepts("gzip, br;q=0", "br"));
        assert!(accepts("gzip;q=0.5", "gzip"));
        assert!(!accepts("", "gzip"));
    }

    #[test]
    fn a_spliced_text_decompresses_with_its_filling_everywhere() {
        let page =
            "<script nonce=\"@@\">a()</script><p>Trámite del trámite del trámite</p><script nonce=\"@@\">b()</script>";
        let spliced = Spliced::new(page, "@@");
        for nonce in ["0123456789abcdef", "fedcba9876543210"] {
            assert_eq!(decompress(&spliced.filled(nonce)), page.replace("@@", nonce));
        }
    }

    #[test]
    fn markers_at_the_ends_or_side_by_side_still_splice() {
        for text in ["@@", "@@@@x", "x@@", "", "no marker"] {
            assert_eq!(
                decompress(&Spliced::new(text, "@@").filled("n")),
                text.replace("@@", "n")
            );
        }
    }
}
