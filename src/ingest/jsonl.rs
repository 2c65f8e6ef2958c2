//! JSON lines, read as a stream: one article per line, never the whole file at once.
//!
//! A feed can be gigabytes; only the record being read is held, and a record over the
//! article limit is skipped to its newline without being buffered, so memory is bounded
//! by the largest accepted record, whatever the file's size.

use std::io::{BufRead, BufReader, ErrorKind};
use std::path::Path;

use super::limits::{self, Limits};
use super::{Document, decode, formats, input_error};
use crate::Error;

/// How much of the file is looked at to tell a text feed from a binary file.
const SNIFF_BYTES: usize = 64 * 1024;

/// One line as read: its bytes, or how long it was when it was over the limit.
enum Line {
    Record(Vec<u8>),
    TooLong(u64),
}

/// Reads the next line into `buf` (without its newline), keeping at most `max` bytes:
/// the rest of a longer line is consumed and counted, not kept. `None` at end of file.
fn next_line(
    reader: &mut impl BufRead,
    buf: &mut Vec<u8>,
    max: u64,
) -> std::io::Result<Option<Line>> {
    buf.clear();
    let mut len: u64 = 0;
    let mut any = false;
    loop {
        let chunk = match reader.fill_buf() {
            Ok(c) => c,
            Err(e) if e.kind() == ErrorKind::Interrupted => continue,
            Err(e) => return Err(e),
        };
        if chunk.is_empty() {
            break;
        }
        any = true;
        let (part, done) = match chunk.iter().position(|&b| b == b'\n') {
            Some(at) => (&chunk[..at], true),
            None => (chunk, false),
        };
        len += part.len() as u64;
        if len <= max {
            buf.extend_from_slice(part);
        } else {
            buf.clear();
        }
        let used = part.len() + usize::from(done);
        reader.consume(used);
        if done {
            break;
        }
    }
    if !any {
        return Ok(None);
    }
    Ok(Some(if len > max {
        Line::TooLong(len)
    } else {
        Line::Record(std::mem::take(buf))
    }))
}

/// Reads the JSON lines file at `path` (file key `key`), giving each article to `each`
/// as soon as its line is read. Each document's key is `key#line` (1-based). Returns
/// the problems: one for a file that is not a text feed at all, else one per bad line
/// (naming it), the other lines still read.
pub(super) fn read_each(
    key: &str,
    path: &Path,
    limits: &Limits,
    each: &mut dyn FnMut(Document),
) -> Vec<Error> {
    let io = |source| Error::Io {
        path: path.to_path_buf(),
        source,
    };
    let file = match limits::open_regular_file(path) {
        Ok(f) => f,
        Err(e) => return vec![e],
    };
    let mut reader = BufReader::with_capacity(SNIFF_BYTES, file);
    // The start of the file is checked once for emptiness and binary content, so a
    // gzip renamed .jsonl gives one error, not one per "line".
    match reader.fill_buf() {
        Ok(head) => {
            if let Err(m) = decode::sniff(head) {
                return vec![input_error(path, m)];
            }
        }
        Err(e) => return vec![io(e)],
    }
    let mut errors = Vec::new();
    let mut read_any = false;
    let mut buf = Vec::new();
    let mut number = 0usize;
    loop {
        let line = match next_line(&mut reader, &mut buf, limits.max_article_bytes) {
            Ok(Some(line)) => line,
            Ok(None) => break,
            Err(e) => {
                errors.push(io(e));
                break;
            }
        };
        number += 1;
        let raw = match line {
            Line::TooLong(len) => {
                errors.push(input_error(
                    path,
                    format!(
                        "line {number}: {}",
                        limits::too_big(len, limits.max_article_bytes)
                    ),
                ));
                continue;
            }
            Line::Record(raw) => raw,
        };
        let line = raw.strip_suffix(b"\r").unwrap_or(&raw);
        let line = if number == 1 {
            line.strip_prefix(b"\xef\xbb\xbf").unwrap_or(line)
        } else {
            line
        };
        if line.iter().all(u8::is_ascii_whitespace) {
            continue;
        }
        read_any = true;
        let doc_key = format!("{key}#{number}");
        let result = decode::decode(line).and_then(|d| {
            let mut parsed = formats::parse_jsonl_record(&d.text)?;
            parsed.warnings.extend(d.warnings);
            super::build(&doc_key, path, line, parsed, limits)
        });
        match result {
            Ok(d) => each(d),
            Err(m) => errors.push(input_error(path, format!("line {number}: {m}"))),
        }
    }
    if !read_any && errors.is_empty() {
        errors.push(input_error(path, "no JSON lines"));
    }
    errors
}

#[cfg(test)]
mod tests {
    use std::io::Read;

    use super::*;

    fn lines(input: &[u8], max: u64) -> Vec<Result<Vec<u8>, u64>> {
        let mut reader = BufReader::with_capacity(7, input);
        let mut buf = Vec::new();
        let mut out = Vec::new();
        while let Some(line) = next_line(&mut reader, &mut buf, max).unwrap() {
            out.push(match line {
                Line::Record(r) => Ok(r),
                Line::TooLong(n) => Err(n),
            });
        }
        out
    }

    #[test]
    fn lines_are_split_across_buffer_refills() {
        assert_eq!(
            lines(b"first line here\n\nsecond\nlast without newline", 100),
            vec![
                Ok(b"first line here".to_vec()),
                Ok(Vec::new()),
                Ok(b"second".to_vec()),
                Ok(b"last without newline".to_vec()),
            ]
        );
        assert!(lines(b"", 100).is_empty());
    }

    #[test]
    fn a_line_over_the_limit_is_measured_not_kept() {
        assert_eq!(
            lines(b"short\nthis one is far too long\nok\n", 10),
            vec![Ok(b"short".to_vec()), Err(24), Ok(b"ok".to_vec())]
        );
    }

    #[test]
    fn a_huge_record_is_skipped_without_being_buffered() {
        // 256 MiB of one line, then a good record: read through with a 1 KiB limit.
        let huge = std::io::repeat(b'x').take(256 * 1024 * 1024);
        let tail: &[u8] = b"\n{\"text\":\"ok\"}\n";
        let mut reader = BufReader::new(huge.chain(tail));
        let mut buf = Vec::new();
        match next_line(&mut reader, &mut buf, 1024).unwrap() {
            Some(Line::TooLong(n)) => assert_eq!(n, 256 * 1024 * 1024),
            _ => panic!("the huge line should be reported as too long"),
        }
        assert!(buf.capacity() <= 64 * 1024, "kept {} bytes", buf.capacity());
        match next_line(&mut reader, &mut buf, 1024).unwrap() {
            Some(Line::Record(r)) => assert_eq!(r, b"{\"text\":\"ok\"}"),
            _ => panic!("the record after the huge line should be read"),
        }
    }
}
