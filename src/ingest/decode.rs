//! Bytes → text: byte-order marks, UTF-8 (damaged bytes replaced), a Windows-1252
//! fallback, and binary detection.
//!
//! News captures come from everywhere: most are UTF-8, older feeds and Windows tools
//! still write Windows-1252 (a superset of Latin-1 for printable text). Anything that
//! looks like a binary file (NUL bytes, a known magic number) is refused rather than
//! decoded into garbage that the extractor would happily mine for "names".

use encoding_rs::{UTF_16BE, UTF_16LE, WINDOWS_1252};

/// Text decoded from raw bytes, with line endings normalised to `\n`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Decoded {
    pub text: String,
    pub warnings: Vec<String>,
}

/// Magic numbers of formats people are likely to drop into a folder of articles by
/// mistake. Checked before the NUL scan so the error can say what the file is.
const MAGIC: &[(&[u8], &str)] = &[
    (b"%PDF", "PDF"),
    (b"\x89PNG\r\n\x1a\n", "PNG"),
    (b"\x1f\x8b", "GZIP"),
    (b"PK\x03\x04", "ZIP"),
    (b"PK\x05\x06", "ZIP"),
    (b"GIF87a", "GIF"),
    (b"GIF89a", "GIF"),
    (b"\xff\xd8\xff", "JPEG"),
    (b"\x7fELF", "ELF"),
    (b"BZh", "BZIP2"),
    (b"\xfd7zXZ\x00", "XZ"),
    (b"\x28\xb5\x2f\xfd", "ZSTD"),
    (b"7z\xbc\xaf\x27\x1c", "7-Zip"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "OLE (old MS Office)"),
];

/// Decodes raw file bytes. The error is a message without the path; the caller adds it.
pub(crate) fn decode(raw: &[u8]) -> Result<Decoded, String> {
    if raw.is_empty() {
        return Err("empty file".into());
    }
    let mut warnings = Vec::new();

    // UTF-16 must be recognised before the NUL scan: half its bytes are NUL for ASCII.
    if let Some(rest) = raw.strip_prefix(b"\xff\xfe") {
        let (text, had_errors) = UTF_16LE.decode_without_bom_handling(rest);
        return finish_utf16(&text, had_errors, "UTF-16LE", warnings);
    }
    if let Some(rest) = raw.strip_prefix(b"\xfe\xff") {
        let (text, had_errors) = UTF_16BE.decode_without_bom_handling(rest);
        return finish_utf16(&text, had_errors, "UTF-16BE", warnings);
    }

    sniff(raw)?;

    let body = raw.strip_prefix(b"\xef\xbb\xbf").unwrap_or(raw);
    let text = match std::str::from_utf8(body) {
        Ok(s) => s.to_owned(),
        Err(e) => {
            // Only fall back when the bytes look like 8-bit text. C0 control bytes
            // other than tab/newline/carriage return/form feed mean the file is
            // something else (or corrupt), and Windows-1252 would hide that.
            if let Some(at) = body.iter().position(|&b| is_forbidden_control(b)) {
                return Err(format!(
                    "undecodable text: not valid UTF-8 (at byte {}) and control byte 0x{:02x} at offset {at}",
                    e.valid_up_to(),
                    body[at]
                ));
            }
            if mostly_utf8(body) {
                // UTF-8 text with a few damaged bytes: Windows-1252 would turn every
                // good "é" into "Ã©", so keep UTF-8 and mark only the damage.
                warnings.push(format!(
                    "invalid UTF-8 (first bad byte at offset {}); bad bytes replaced with U+FFFD",
                    e.valid_up_to()
                ));
                String::from_utf8_lossy(body).into_owned()
            } else {
                let (decoded, _, _) = WINDOWS_1252.decode(body);
                warnings.push(format!(
                    "not valid UTF-8 (first bad byte at offset {}); decoded as Windows-1252",
                    e.valid_up_to()
                ));
                decoded.into_owned()
            }
        }
    };
    finish(text, warnings)
}

/// Refuses empty input and binary content (known magic numbers, NUL bytes).
pub(crate) fn sniff(raw: &[u8]) -> Result<(), String> {
    if raw.is_empty() {
        return Err("empty file".into());
    }
    for (magic, name) in MAGIC {
        if raw.starts_with(magic) {
            return Err(format!("binary content ({name} file), not text"));
        }
    }
    if let Some(at) = raw.iter().position(|&b| b == 0) {
        return Err(format!(
            "binary content (NUL byte at offset {at}), not text"
        ));
    }
    Ok(())
}

fn finish_utf16(
    text: &str,
    had_errors: bool,
    name: &str,
    mut warnings: Vec<String>,
) -> Result<Decoded, String> {
    if had_errors {
        return Err(format!("undecodable text: invalid {name}"));
    }
    warnings.push(format!("decoded as {name}"));
    finish(text.to_owned(), warnings)
}

fn finish(text: String, warnings: Vec<String>) -> Result<Decoded, String> {
    let text = normalize_newlines(&text);
    if text.trim().is_empty() {
        return Err("empty file (only whitespace)".into());
    }
    Ok(Decoded { text, warnings })
}

/// Whether bytes that are not valid UTF-8 are UTF-8 text with some damage rather than
/// an 8-bit encoding: more well-formed multi-byte UTF-8 characters than bad sequences.
/// In Windows-1252 text a well-formed multi-byte sequence needs an accented capital
/// followed by a symbol ("Ã©"), which real text almost never has.
fn mostly_utf8(body: &[u8]) -> bool {
    let (mut good, mut bad) = (0usize, 0usize);
    for chunk in body.utf8_chunks() {
        good += chunk.valid().chars().filter(|c| !c.is_ascii()).count();
        bad += usize::from(!chunk.invalid().is_empty());
    }
    good > bad
}

fn is_forbidden_control(b: u8) -> bool {
    b < 0x20 && !matches!(b, b'\t' | b'\n' | b'\r' | 0x0c)
}

/// `\r\n` and lone `\r` become `\n`, so that every later offset counts one byte per
/// line break whatever tool wrote the file.
pub(crate) fn normalize_newlines(s: &str) -> String {
    if !s.contains('\r') {
        return s.to_owned();
    }
    let mut out = String::with_capacity(s.len());
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        if c == '\r' {
            if chars.peek() == Some(&'\n') {
                chars.next();
            }
            out.push('\n');
        } else {
            out.push(c);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn empty_is_an_error() {
        assert!(decode(b"").unwrap_err().contains("empty"));
        assert!(decode(b"  \n\t\n").unwrap_err().contains("empty"));
    }

    #[test]
    fn nul_and_magic_are_binary() {
        assert!(decode(b"abc\0def").unwrap_err().contains("binary"));
        assert!(decode(b"%PDF-1.7\n...").unwrap_err().contains("PDF"));
        assert!(
            decode(b"\x89PNG\r\n\x1a\n\0\0")
                .unwrap_err()
                .contains("PNG")
        );
        assert!(decode(b"\x1f\x8b\x08\x00").unwrap_err().contains("GZIP"));
        assert!(decode(b"PK\x03\x04xx").unwrap_err().contains("ZIP"));
    }

    #[test]
    fn bom_is_stripped() {
        let d = decode(b"\xef\xbb\xbfHello there.\n").unwrap();
        assert_eq!(d.text, "Hello there.\n");
        assert!(d.warnings.is_empty());
    }

    #[test]
    fn windows_1252_fallback_warns() {
        // 0x93/0x94 are curly quotes and 0xe9 is é in Windows-1252; invalid as UTF-8.
        let d = decode(b"The caf\xe9 said \x93no\x94.").unwrap();
        assert_eq!(d.text, "The café said \u{201c}no\u{201d}.");
        assert_eq!(d.warnings.len(), 1);
        assert!(d.warnings[0].contains("Windows-1252"));
    }

    #[test]
    fn damaged_utf8_stays_utf8() {
        let d = decode(
            "Zürich café, René: "
                .as_bytes()
                .iter()
                .chain(b"a\xffb")
                .copied()
                .collect::<Vec<u8>>()
                .as_slice(),
        )
        .unwrap();
        assert_eq!(d.text, "Zürich café, René: a\u{fffd}b");
        assert!(d.warnings[0].contains("invalid UTF-8"), "{:?}", d.warnings);
        // Plain Latin-1 (no well-formed multi-byte character) is still Windows-1252.
        assert_eq!(decode(b"Ren\xe9 M\xfcller").unwrap().text, "René Müller");
    }

    #[test]
    fn control_bytes_block_the_fallback() {
        let err = decode(b"abc\x01\xe9def").unwrap_err();
        assert!(err.contains("undecodable"), "{err}");
        // Valid UTF-8 with a stray control byte is still accepted as text.
        assert!(decode(b"ok\x01ok").is_ok());
    }

    #[test]
    fn utf16_with_bom() {
        let d = decode(b"\xff\xfeH\0i\0.\0").unwrap();
        assert_eq!(d.text, "Hi.");
        assert!(d.warnings[0].contains("UTF-16LE"));
    }

    #[test]
    fn newlines_are_normalised() {
        assert_eq!(decode(b"a\r\nb\rc\n").unwrap().text, "a\nb\nc\n");
    }
}
