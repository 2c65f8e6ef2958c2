//! Size limits: what is too big to be a news article.
//!
//! A news story is tens of kilobytes and its paragraphs a few hundred bytes. A file of
//! hundreds of megabytes, or a "line" of megabytes (a minified script, a base64 blob, a
//! database dump saved as .txt), is not an article, and feeding it to the extractor
//! would cost minutes and gigabytes for facts made of noise. Such inputs are refused
//! with an error naming the file, its size and the limit; the build goes on.

use std::io::Read;
use std::path::Path;

use crate::Error;

/// The largest article file read (a .txt, .md or .html file, or one .jsonl record).
/// Saved news pages with inline scripts and styles reach a few megabytes.
pub const MAX_ARTICLE_BYTES: u64 = 16 * 1024 * 1024;

/// The longest line of an article's text (after HTML and Markdown are rendered).
/// A whole article written on one line is a few tens of kilobytes.
pub const MAX_LINE_BYTES: usize = 256 * 1024;

/// Limits on one input. The defaults are the constants above; tests use small ones.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Limits {
    pub max_article_bytes: u64,
    pub max_line_bytes: usize,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            max_article_bytes: MAX_ARTICLE_BYTES,
            max_line_bytes: MAX_LINE_BYTES,
        }
    }
}

/// A byte count for people: "200.0 MiB", "256 KiB", "812 bytes".
pub(crate) fn human(bytes: u64) -> String {
    const KIB: u64 = 1024;
    const MIB: u64 = 1024 * 1024;
    if bytes >= MIB {
        if bytes.is_multiple_of(MIB) {
            format!("{} MiB", bytes / MIB)
        } else {
            format!("{:.1} MiB", bytes as f64 / MIB as f64)
        }
    } else if bytes >= KIB {
        if bytes.is_multiple_of(KIB) {
            format!("{} KiB", bytes / KIB)
        } else {
            format!("{:.1} KiB", bytes as f64 / KIB as f64)
        }
    } else {
        format!("{bytes} bytes")
    }
}

pub(crate) fn too_big(size: u64, limit: u64) -> String {
    format!(
        "{} ({size} bytes), over the limit of {} per article: not read (raise it with --max-article-mib)",
        human(size),
        human(limit)
    )
}

/// Reads a whole article file, refusing it from its metadata before reading when it is
/// over `limit` (so a 200 MB file costs nothing), and stopping at the limit should
/// the file grow while it is read.
pub(crate) fn read_file(path: &Path, limit: u64) -> Result<Vec<u8>, Error> {
    let io = |source| Error::Io {
        path: path.to_path_buf(),
        source,
    };
    let file = open_regular_file(path)?;
    let len = file.metadata().map_err(io)?.len();
    if len > limit {
        return Err(input(path, too_big(len, limit)));
    }
    let mut raw = Vec::with_capacity(len as usize);
    file.take(limit + 1).read_to_end(&mut raw).map_err(io)?;
    if raw.len() as u64 > limit {
        return Err(input(
            path,
            format!(
                "grew past the limit of {} per article while being read: not read",
                human(limit)
            ),
        ));
    }
    Ok(raw)
}

/// Opens `path` for reading when it is a regular file. Looked at before opening:
/// opening a pipe with no writer blocks forever.
pub(crate) fn open_regular_file(path: &Path) -> Result<std::fs::File, Error> {
    let io = |source| Error::Io {
        path: path.to_path_buf(),
        source,
    };
    if !std::fs::metadata(path).map_err(io)?.is_file() {
        return Err(input(path, "not a regular file: not read".into()));
    }
    std::fs::File::open(path).map_err(io)
}

/// Refuses a record (one .jsonl line) over the article limit.
pub(crate) fn check_article(len: usize, limits: &Limits) -> Result<(), String> {
    if len as u64 > limits.max_article_bytes {
        return Err(too_big(len as u64, limits.max_article_bytes));
    }
    Ok(())
}

/// Refuses a text with a line longer than the line limit, naming the first such line.
pub(crate) fn check_lines(text: &str, limits: &Limits) -> Result<(), String> {
    // Cheap when every line is short: the text is shorter than one limit.
    if text.len() <= limits.max_line_bytes {
        return Ok(());
    }
    for (i, line) in text.split('\n').enumerate() {
        if line.len() > limits.max_line_bytes {
            return Err(format!(
                "line {} is {} long, over the limit of {} per line: a minified or encoded blob, not article text (raise it with --max-line-kib)",
                i + 1,
                human(line.len() as u64),
                human(limits.max_line_bytes as u64)
            ));
        }
    }
    Ok(())
}

fn input(path: &Path, message: String) -> Error {
    Error::Input {
        path: path.to_path_buf(),
        message,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn temp_file(name: &str) -> std::path::PathBuf {
        let dir = std::env::temp_dir().join(format!("ng-limits-{}-{name}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        dir.join(name)
    }

    #[test]
    fn huge_file_is_refused_from_its_metadata() {
        // A sparse 200 MiB file: no disk space used, and nothing is read.
        let path = temp_file("huge.txt");
        let f = std::fs::File::create(&path).unwrap();
        f.set_len(200 * 1024 * 1024).unwrap();
        let started = std::time::Instant::now();
        let err = read_file(&path, MAX_ARTICLE_BYTES).unwrap_err().to_string();
        assert!(started.elapsed() < std::time::Duration::from_secs(2));
        assert!(err.contains("huge.txt"), "{err}");
        assert!(err.contains("200 MiB"), "{err}");
        assert!(err.contains("16 MiB"), "{err}");
        let _ = std::fs::remove_file(&path);
    }

    #[test]
    fn small_limit_refuses_and_allows() {
        let path = temp_file("small.txt");
        std::fs::write(&path, b"0123456789").unwrap();
        assert!(read_file(&path, 10).is_ok());
        let err = read_file(&path, 9).unwrap_err().to_string();
        assert!(err.contains("10 bytes") && err.contains("9 bytes"), "{err}");
        let _ = std::fs::remove_file(&path);
    }

    #[cfg(unix)]
    #[test]
    fn pipe_is_not_opened() {
        let path = temp_file("pipe.txt");
        let _ = std::fs::remove_file(&path);
        let made = std::process::Command::new("mkfifo")
            .arg(&path)
            .status()
            .unwrap();
        assert!(made.success());
        // Would block forever if opened.
        let err = read_file(&path, MAX_ARTICLE_BYTES).unwrap_err().to_string();
        assert!(err.contains("not a regular file"), "{err}");
        let _ = std::fs::remove_file(&path);
    }

    #[test]
    fn long_line_is_named() {
        let limits = Limits {
            max_article_bytes: 1000,
            max_line_bytes: 8,
        };
        assert!(check_lines("short\nlines\nonly", &limits).is_ok());
        let err = check_lines("short\n0123456789\n", &limits).unwrap_err();
        assert!(err.starts_with("line 2 is 10 bytes long"), "{err}");
        assert!(err.contains("8 bytes per line"), "{err}");
        assert!(check_article(1001, &limits).is_err());
        assert!(check_article(1000, &limits).is_ok());
    }

    #[test]
    fn human_sizes() {
        assert_eq!(human(812), "812 bytes");
        assert_eq!(human(256 * 1024), "256 KiB");
        assert_eq!(human(5 * 1024 * 1024 + 1024 * 512), "5.5 MiB");
    }
}
