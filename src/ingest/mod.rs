//! Ingest: files in, clean [`Document`]s out.
//!
//! [`discover`] walks the paths the user gave and assigns every article a stable key;
//! [`read_source`] decodes a file ([`decode`]), renders its format ([`formats`]),
//! splits it into blocks and labels page furniture as chrome ([`chrome`]), and finds
//! the publication date ([`pubdate`]). Downstream stages read only
//! [`Document::content_blocks`], so headlines of other stories, author biographies
//! and subscribe prompts never become facts.

mod chrome;
mod decode;
mod formats;
mod jsonl;
mod limits;
mod pubdate;

use std::collections::HashSet;
use std::path::{Path, PathBuf};

use crate::Error;

pub use limits::{Limits, MAX_ARTICLE_BYTES, MAX_LINE_BYTES};
pub(crate) use pubdate::dateline_near_top;
pub use pubdate::{dateline_len, parse_date};

/// One article, decoded. All offsets in `blocks` are byte offsets into `text`.
#[derive(Debug, Clone)]
pub struct Document {
    /// Stable key: the path relative to the root folder given by the user
    /// ("000_x.txt", "sub/a.md"); for a file given directly, its file name; for JSON
    /// lines "feed.jsonl#12" (1-based line). Used to mint stable IRIs: the same file
    /// under the same root always gets the same key.
    pub key: String,
    /// Where the article was read from (for in-memory text, what the caller passed).
    pub path: PathBuf,
    /// The article's URL, when the input states one (front matter, canonical link,
    /// JSON field).
    pub url: Option<String>,
    /// The headline: from metadata, else the Title block's text.
    pub title: Option<String>,
    /// The publisher or feed the input names (front matter/JSON `source`,
    /// `og:site_name`).
    pub source: Option<String>,
    /// The clean article text (for Markdown and HTML, the rendered text).
    pub text: String,
    /// Every block of `text` in order, chrome included, so that what was dropped
    /// can be shown. Lines holding no letter or digit form no block.
    pub blocks: Vec<Block>,
    /// The publication date as far as the input states it.
    pub published: Option<Published>,
    /// blake3 hex of the raw input bytes of this article (the line, for JSON lines).
    pub content_hash: String,
    /// Non-fatal problems (e.g. "decoded as Windows-1252").
    pub warnings: Vec<String>,
}

/// A paragraph or line of the text: `text[start..end]`, trimmed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Block {
    /// Byte offset of the first character.
    pub start: usize,
    /// Byte offset just past the last character.
    pub end: usize,
    /// What the block is.
    pub kind: BlockKind,
}

/// What a block is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BlockKind {
    /// The article's headline.
    Title,
    /// A sub-heading inside the article body.
    Heading,
    /// Article text: paragraphs, quotes, photo captions.
    Body,
    /// Page furniture, not part of the article.
    Chrome(ChromeKind),
}

impl BlockKind {
    /// True for page furniture.
    pub fn is_chrome(self) -> bool {
        matches!(self, BlockKind::Chrome(_))
    }
}

/// Kinds of page furniture.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ChromeKind {
    /// "Advertisement" markers.
    Advertisement,
    /// A list of headlines of other stories.
    HeadlineList,
    /// The writer's biography in the first person.
    AuthorBio,
    /// "READ MORE: …" and similar pointers to other pages.
    Teaser,
    /// Subscribe/follow/share prompts.
    SharePrompt,
    /// Section labels ("Related Stories") and lists of links.
    LinkList,
    /// Menus, breadcrumbs, footers, copyright lines.
    Navigation,
    /// An exact repeat of an earlier block.
    Duplicate,
    /// A date standing alone on a line (the page's date bar).
    PageDate,
}

/// Publication date as far as the input states it; the year may be unknown (a
/// dateline "Jan. 12 (UPI) --" has none) and is filled later from the text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Published {
    /// The year, when stated.
    pub year: Option<i16>,
    /// 1–12.
    pub month: i8,
    /// 1–31 (checked against the month, and the year when known).
    pub day: i8,
    /// Where the date came from.
    pub source: DateSource,
}

/// Where a publication date came from, most trusted first.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DateSource {
    /// Front matter, HTML meta/`<time>`, or a JSON field.
    Metadata,
    /// A wire-service dateline opening the body ("WASHINGTON, Jan 12 (Reuters) -").
    Dateline,
    /// A date line standing alone near the top of the page.
    PageHeader,
}

/// A file found by `discover`, with its stable key.
#[derive(Debug, Clone)]
pub struct Source {
    /// The file.
    pub path: PathBuf,
    /// Its stable key (see [`Document::key`]).
    pub key: String,
}

impl Document {
    /// The body blocks' byte ranges (Title/Heading/Body, never Chrome), for the extractor.
    pub fn content_blocks(&self) -> impl Iterator<Item = &Block> {
        self.blocks.iter().filter(|b| !b.kind.is_chrome())
    }

    /// The text of one block (empty if the block does not belong to this document).
    pub fn block_text(&self, block: &Block) -> &str {
        self.text.get(block.start..block.end).unwrap_or("")
    }
}

/// File extensions read, lowercase.
const EXTENSIONS: &[&str] = &["txt", "md", "markdown", "html", "htm", "jsonl"];

fn extension(path: &Path) -> Option<String> {
    path.extension()
        .and_then(|e| e.to_str())
        .map(str::to_ascii_lowercase)
}

fn supported(path: &Path) -> bool {
    extension(path).is_some_and(|e| EXTENSIONS.contains(&e.as_str()))
}

/// A relative path as a key: components joined with '/', whatever the platform.
fn key_of(rel: &Path) -> String {
    rel.components()
        .map(|c| c.as_os_str().to_string_lossy())
        .collect::<Vec<_>>()
        .join("/")
}

fn is_hidden(entry: &walkdir::DirEntry) -> bool {
    entry.depth() > 0
        && entry
            .file_name()
            .to_str()
            .is_some_and(|n| n.starts_with('.'))
}

/// Walk files and folders (sorted, deterministic; follow symlinks but detect loops;
/// only .txt, .md, .markdown, .html, .htm, .jsonl). Paths that don't exist or can't be
/// walked become errors; the rest goes on.
///
/// Inside folders, hidden entries (".git") and other extensions are skipped
/// silently; a file named directly with another extension is an error. A file
/// reached twice (named twice, or through a symlink) is listed once. If two roots
/// yield the same key for different files, the later one is prefixed with its root
/// folder's name so that keys stay unique.
pub fn discover(paths: &[PathBuf]) -> (Vec<Source>, Vec<Error>) {
    let mut sources = Vec::new();
    let mut errors = Vec::new();
    let mut seen_files = HashSet::new();
    let mut seen_keys = HashSet::new();
    let mut add = |path: PathBuf, key: String, root: &Path, sources: &mut Vec<Source>| {
        let canonical = std::fs::canonicalize(&path).unwrap_or_else(|_| path.clone());
        if !seen_files.insert(canonical) {
            return;
        }
        let mut key = key;
        if seen_keys.contains(&key) {
            // A file named directly is told apart by its folder's name.
            let folder = if root.is_file() {
                root.parent()
            } else {
                Some(root)
            };
            let root_name = folder
                .and_then(Path::file_name)
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_else(|| "root".into());
            let base = format!("{root_name}/{key}");
            key = base.clone();
            let mut n = 2;
            while seen_keys.contains(&key) {
                key = format!("{base}~{n}");
                n += 1;
            }
        }
        seen_keys.insert(key.clone());
        sources.push(Source { path, key });
    };

    for root in paths {
        let meta = match std::fs::metadata(root) {
            Ok(m) => m,
            Err(source) => {
                errors.push(Error::Io {
                    path: root.clone(),
                    source,
                });
                continue;
            }
        };
        if meta.is_file() {
            if !supported(root) {
                errors.push(Error::Input {
                    path: root.clone(),
                    message: format!(
                        "unsupported file type (expected one of: .{})",
                        EXTENSIONS.join(", .")
                    ),
                });
                continue;
            }
            let key = root
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_else(|| root.to_string_lossy().into_owned());
            add(root.clone(), key, root, &mut sources);
        } else if meta.is_dir() {
            let walker = walkdir::WalkDir::new(root)
                .follow_links(true)
                .sort_by_file_name()
                .into_iter()
                .filter_entry(|e| !is_hidden(e));
            for entry in walker {
                let entry = match entry {
                    Ok(e) => e,
                    Err(e) => {
                        let path = e.path().map_or_else(|| root.clone(), Path::to_path_buf);
                        errors.push(match e.loop_ancestor() {
                            Some(anc) => Error::Input {
                                path,
                                message: format!(
                                    "symlink loop back to {} (not followed)",
                                    anc.display()
                                ),
                            },
                            None => match e.into_io_error() {
                                Some(source) => Error::Io { path, source },
                                None => Error::Input {
                                    path,
                                    message: "cannot be walked".into(),
                                },
                            },
                        });
                        continue;
                    }
                };
                if !supported(entry.path()) || entry.file_type().is_dir() {
                    continue;
                }
                if !entry.file_type().is_file() {
                    // A pipe or device named like an article is reported, never opened:
                    // opening a pipe with no writer would block the build forever.
                    errors.push(Error::Input {
                        path: entry.path().to_path_buf(),
                        message: format!(
                            "{}, not a regular file: not read",
                            kind_of(entry.file_type())
                        ),
                    });
                    continue;
                }
                let rel = entry.path().strip_prefix(root).unwrap_or(entry.path());
                add(entry.path().to_path_buf(), key_of(rel), root, &mut sources);
            }
        } else {
            errors.push(Error::Input {
                path: root.clone(),
                message: format!(
                    "{}, not a regular file or folder: not read",
                    kind_of(meta.file_type())
                ),
            });
        }
    }
    (sources, errors)
}

/// What a file that is neither a regular file nor a folder is, for messages.
fn kind_of(t: std::fs::FileType) -> &'static str {
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt;
        if t.is_fifo() {
            return "a named pipe";
        }
        if t.is_socket() {
            return "a socket";
        }
        if t.is_block_device() || t.is_char_device() {
            return "a device";
        }
    }
    let _ = t;
    "a special file"
}

/// Read one source into its documents (one, or many for .jsonl). Errors name the
/// file: empty file, binary content (NUL bytes, PDF/PNG/GZIP/ZIP magic), undecodable
/// text, malformed front matter. Malformed JSON lines are skipped, each with its own
/// error naming the line, and the other lines still become documents.
/// Files and lines over the default [`Limits`] are refused.
pub fn read_source(src: &Source) -> (Vec<Document>, Vec<Error>) {
    read_source_with(src, &Limits::default())
}

/// [`read_source`] under the given size limits.
pub fn read_source_with(src: &Source, limits: &Limits) -> (Vec<Document>, Vec<Error>) {
    let mut docs = Vec::new();
    let errors = read_source_each(src, limits, &mut |d| docs.push(d));
    (docs, errors)
}

/// Reads one source, giving each document to `each` as soon as it is read, and returns
/// the problems. A file over the article limit is refused from its metadata, before
/// anything is read; a .jsonl file is streamed a record at a time, each record checked
/// against the limit, so no more than one record is held however big the file is.
pub fn read_source_each(
    src: &Source,
    limits: &Limits,
    each: &mut dyn FnMut(Document),
) -> Vec<Error> {
    let ext = extension(&src.path).unwrap_or_default();
    if ext == "jsonl" {
        return jsonl::read_each(&src.key, &src.path, limits, each);
    }
    let raw = match limits::read_file(&src.path, limits.max_article_bytes) {
        Ok(r) => r,
        Err(e) => return vec![e],
    };
    match document_from_text_with(&src.key, &src.path, &raw, &ext, limits) {
        Ok(d) => {
            each(d);
            Vec::new()
        }
        Err(e) => vec![e],
    }
}

fn input_error(path: &Path, message: impl Into<String>) -> Error {
    Error::Input {
        path: path.to_path_buf(),
        message: message.into(),
    }
}

/// Build a document from text already in memory (tests, `newsgraph extract`),
/// `format` = "txt" | "md" | "html" ("text", "markdown" and "htm" are accepted too).
pub fn document_from_text(
    key: &str,
    path: &Path,
    raw: &[u8],
    format: &str,
) -> Result<Document, Error> {
    document_from_text_with(key, path, raw, format, &Limits::default())
}

/// [`document_from_text`] under the given size limits.
pub fn document_from_text_with(
    key: &str,
    path: &Path,
    raw: &[u8],
    format: &str,
    limits: &Limits,
) -> Result<Document, Error> {
    limits::check_article(raw.len(), limits).map_err(|m| input_error(path, m))?;
    let decoded = decode::decode(raw).map_err(|m| input_error(path, m))?;
    let mut parsed = match format.to_ascii_lowercase().as_str() {
        "txt" | "text" => formats::parse_txt(decoded.text),
        "md" | "markdown" => formats::parse_md(&decoded.text).map_err(|m| input_error(path, m))?,
        "html" | "htm" => formats::parse_html(&decoded.text),
        other => {
            return Err(input_error(
                path,
                format!("unknown format {other:?} (expected txt, md or html)"),
            ));
        }
    };
    parsed.warnings.splice(0..0, decoded.warnings);
    build(key, path, raw, parsed, limits).map_err(|m| input_error(path, m))
}

/// A text known to be one passage of an article's body (a sentence of an annotated
/// corpus): no page-chrome classification, no date, one body block. Scorers use it,
/// where the shape of a lone sentence must not make it a headline.
pub fn document_from_passage(key: &str, text: &str) -> Document {
    let start = text.len() - text.trim_start().len();
    let end = text.trim_end().len().max(start);
    Document {
        key: key.to_owned(),
        path: PathBuf::from(key),
        url: None,
        title: None,
        source: None,
        content_hash: blake3::hash(text.as_bytes()).to_hex().to_string(),
        text: text.to_owned(),
        blocks: vec![Block {
            start,
            end,
            kind: BlockKind::Body,
        }],
        published: None,
        warnings: Vec::new(),
    }
}

/// Segments, classifies and dates a rendered article.
fn build(
    key: &str,
    path: &Path,
    raw: &[u8],
    parsed: formats::Parsed,
    limits: &Limits,
) -> Result<Document, String> {
    let formats::Parsed {
        text,
        hints,
        title,
        url,
        published,
        source,
        mut warnings,
    } = parsed;
    if text.trim().is_empty() {
        return Err("no article text found".into());
    }
    // Checked on the rendered text, so a minified HTML page (one long source line)
    // passes while a blob in its text does not.
    limits::check_lines(&text, limits)?;
    let segments = chrome::segment(&text, &hints);
    let blocks = chrome::classify(&text, &segments, title.as_deref());
    let date = pubdate::resolve(published.as_deref(), &text, &blocks);
    if let Some(p) = &published
        && pubdate::parse_date(p).is_none()
    {
        warnings.push(format!("could not read the published date {p:?}"));
    }
    if !blocks.iter().any(|b| b.kind == BlockKind::Body) {
        // Only page chrome (ads, headline lists) or headings: nothing for the
        // extractors, and storing it would add an empty article to the graph.
        return Err(
            "no article text: every block is page chrome (ads, headline lists, links) or a heading"
                .into(),
        );
    }
    let title = title.or_else(|| {
        blocks.iter().find(|b| b.kind == BlockKind::Title).map(|b| {
            text[b.start..b.end]
                .split_whitespace()
                .collect::<Vec<_>>()
                .join(" ")
        })
    });
    Ok(Document {
        key: key.to_owned(),
        path: path.to_path_buf(),
        url,
        title,
        source,
        content_hash: blake3::hash(raw).to_hex().to_string(),
        text,
        blocks,
        published: date,
        warnings,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    const C000: &str = include_str!("../../corpus/000_3987df38c696286d.txt");
    const C001: &str = include_str!("../../corpus/001_a3ade2848682c1a3.txt");
    const C002: &str = include_str!("../../corpus/002_f4ca3fa2ac2a72da.txt");
    const C003: &str = include_str!("../../corpus/003_fcefe6c8ac20c6ea.txt");
    const C004: &str = include_str!("../../corpus/004_ee19dd30892550bb.txt");

    fn doc(text: &str) -> Document {
        document_from_text("t.txt", Path::new("t.txt"), text.as_bytes(), "txt").unwrap()
    }

    /// (block text, kind) for every block.
    fn blocks(d: &Document) -> Vec<(&str, BlockKind)> {
        d.blocks.iter().map(|b| (d.block_text(b), b.kind)).collect()
    }

    fn kind_of(d: &Document, starts_with: &str) -> BlockKind {
        d.blocks
            .iter()
            .find(|b| d.block_text(b).starts_with(starts_with))
            .unwrap_or_else(|| panic!("no block starting {starts_with:?}: {:#?}", blocks(d)))
            .kind
    }

    fn chrome(k: ChromeKind) -> BlockKind {
        BlockKind::Chrome(k)
    }

    #[test]
    fn corpus_000_trailing_headline_list() {
        let d = doc(C000);
        let b = blocks(&d);
        // The article: every line up to the blank lines, each a Body block.
        let (body, rest) = C000.split_once("\n\n").unwrap();
        let body_lines = body.lines().count();
        assert!(body_lines >= 5);
        for (t, k) in &b[..body_lines] {
            assert_eq!(*k, BlockKind::Body, "{t}");
        }
        // The headline list: every remaining line.
        let list_lines = rest.lines().filter(|l| !l.trim().is_empty()).count();
        assert!(list_lines >= 10);
        assert_eq!(b.len(), body_lines + list_lines);
        for (t, k) in &b[body_lines..] {
            assert_eq!(*k, chrome(ChromeKind::HeadlineList), "{t}");
        }
        assert_eq!(
            d.title, None,
            "the first line is a sentence, not a headline"
        );
    }

    #[test]
    fn corpus_001_advertisements_and_tail() {
        let d = doc(C001);
        let ads: Vec<_> = d
            .blocks
            .iter()
            .filter(|b| d.block_text(b).contains("Advertisement"))
            .collect();
        assert!(ads.len() >= 5);
        for a in ads {
            assert_eq!(a.kind, chrome(ChromeKind::Advertisement));
        }
        assert_eq!(kind_of(&d, "Stay on top"), chrome(ChromeKind::SharePrompt));
        assert_eq!(kind_of(&d, "Recent Articles"), chrome(ChromeKind::LinkList));
        assert_eq!(kind_of(&d, "Related Stories"), chrome(ChromeKind::LinkList));
        assert_eq!(kind_of(&d, "DMCA"), chrome(ChromeKind::Navigation));
        assert_eq!(kind_of(&d, "WASHINGTON:"), BlockKind::Body);
        assert_eq!(d.blocks[0].kind, BlockKind::Title);
        assert_eq!(
            d.title.as_deref(),
            Some("NATO set to meet with Russia as world powers seek to ease tensions over Ukraine")
        );
        // No chrome in the middle of the article except the ad markers (and the
        // repeat of a summary bullet).
        let last_body = d
            .blocks
            .iter()
            .rposition(|b| b.kind == BlockKind::Body)
            .unwrap();
        assert!(d.block_text(&d.blocks[last_body]).contains("Kirby said"));
        for b in &d.blocks[1..last_body] {
            assert!(
                matches!(
                    b.kind,
                    BlockKind::Body
                        | BlockKind::Chrome(ChromeKind::Advertisement)
                        | BlockKind::Chrome(ChromeKind::Duplicate)
                ),
                "{:?} {}",
                b.kind,
                d.block_text(b)
            );
        }
        assert_eq!(d.published, None, "\"WASHINGTON:\" carries no date");
    }

    #[test]
    fn corpus_002_bio_latest_entries_and_subheading() {
        let d = doc(C002);
        assert_eq!(d.blocks[0].kind, BlockKind::Title);
        assert_eq!(kind_of(&d, "The EU's position"), BlockKind::Heading);
        assert_eq!(kind_of(&d, "Connect with"), chrome(ChromeKind::SharePrompt));
        assert_eq!(kind_of(&d, "Author Profile"), chrome(ChromeKind::AuthorBio));
        let bio_start = C002.find("- Allow me").unwrap();
        let latest = C002.find("Latest entries").unwrap();
        let bio: Vec<_> = d
            .blocks
            .iter()
            .filter(|b| b.start >= bio_start && b.start < latest)
            .collect();
        assert!(bio.len() >= 5);
        for b in bio {
            assert_eq!(b.kind, chrome(ChromeKind::AuthorBio), "{}", d.block_text(b));
        }
        let tail: Vec<_> = d.blocks.iter().filter(|b| b.start >= latest).collect();
        assert!(tail.len() >= 4);
        assert_eq!(tail[0].kind, chrome(ChromeKind::LinkList));
        for b in tail {
            assert!(b.kind.is_chrome(), "{}", d.block_text(b));
        }
        // Everything between the title and the prompt is article.
        let prompt = C002.find("Connect with").unwrap();
        for b in d.blocks.iter().filter(|b| b.start > 0 && b.start < prompt) {
            assert!(!b.kind.is_chrome(), "{}", d.block_text(b));
        }
    }

    #[test]
    fn corpus_003_dateline_and_duplicate_caption() {
        let d = doc(C003);
        assert_eq!(
            d.published,
            Some(Published {
                year: None,
                month: 1,
                day: 12,
                source: DateSource::Dateline
            })
        );
        assert_eq!(d.blocks[0].kind, chrome(ChromeKind::Advertisement));
        assert_eq!(d.blocks[1].kind, BlockKind::Title);
        assert_eq!(
            d.blocks[2].kind,
            BlockKind::Body,
            "the photo caption stays body"
        );
        assert_eq!(d.blocks[3].kind, chrome(ChromeKind::Duplicate));
        assert_eq!(kind_of(&d, "Jan. 12 (UPI)"), BlockKind::Body);
        assert_eq!(
            kind_of(&d, "Latest Headlines"),
            chrome(ChromeKind::LinkList)
        );
        let ads = d
            .blocks
            .iter()
            .filter(|b| d.block_text(b) == "Advertisement")
            .count();
        assert_eq!(ads, 3);
    }

    #[test]
    fn corpus_004_page_date_teaser_breadcrumb() {
        let d = doc(C004);
        assert_eq!(
            d.published,
            Some(Published {
                year: Some(2022),
                month: 1,
                day: 16,
                source: DateSource::PageHeader
            })
        );
        assert_eq!(d.blocks[0].kind, chrome(ChromeKind::PageDate));
        assert_eq!(d.blocks[1].kind, chrome(ChromeKind::Navigation));
        assert_eq!(d.blocks[2].kind, chrome(ChromeKind::Navigation));
        assert_eq!(d.blocks[3].kind, BlockKind::Title);
        assert_eq!(d.blocks[4].kind, chrome(ChromeKind::Duplicate));
        assert_eq!(kind_of(&d, "READ MORE:"), chrome(ChromeKind::Teaser));
        assert_eq!(
            kind_of(&d, "Suggested for you"),
            chrome(ChromeKind::LinkList)
        );
        assert_eq!(kind_of(&d, "Recent Stories"), chrome(ChromeKind::LinkList));
        assert_eq!(kind_of(&d, "Let"), BlockKind::Body);
        assert_eq!(
            d.title.as_deref(),
            Some("Russia will set new security demands at the NATO meeting")
        );
    }

    #[test]
    fn corpus_content_blocks_are_never_chrome() {
        for text in [C000, C001, C002, C003, C004] {
            let d = doc(text);
            assert!(d.content_blocks().all(|b| !b.kind.is_chrome()));
            assert!(d.content_blocks().any(|b| b.kind == BlockKind::Body));
            for b in &d.blocks {
                assert!(b.start < b.end && b.end <= d.text.len());
                assert_eq!(d.block_text(b), d.block_text(b).trim());
            }
            assert!(d.warnings.is_empty(), "{:?}", d.warnings);
        }
    }

    #[test]
    fn errors_name_the_file() {
        let p = Path::new("dir/a.txt");
        let e = document_from_text("a.txt", p, b"", "txt").unwrap_err();
        assert!(e.to_string().starts_with("dir/a.txt: empty"), "{e}");
        let e = document_from_text("a.txt", p, b"ab\0cd", "txt").unwrap_err();
        assert!(e.to_string().contains("binary"), "{e}");
        let e = document_from_text("a.txt", p, b"%PDF-1.4 xx", "txt").unwrap_err();
        assert!(e.to_string().contains("PDF"), "{e}");
        let e = document_from_text("a.md", p, b"---\ntitle: x\n", "md").unwrap_err();
        assert!(e.to_string().contains("front matter"), "{e}");
        let e = document_from_text("a", p, b"text", "pdf").unwrap_err();
        assert!(e.to_string().contains("unknown format"), "{e}");
    }

    #[test]
    fn bom_and_windows_1252() {
        let d =
            document_from_text("a", Path::new("a"), b"\xef\xbb\xbfA short note.", "txt").unwrap();
        assert_eq!(d.text, "A short note.");
        assert!(d.warnings.is_empty());
        let raw = b"The mayor of Montr\xe9al spoke on Monday.";
        let d = document_from_text("a", Path::new("a"), raw, "txt").unwrap();
        assert!(d.text.contains("Montréal"));
        assert!(d.warnings.iter().any(|w| w.contains("Windows-1252")));
        assert_eq!(d.content_hash, blake3::hash(raw).to_hex().to_string());
    }

    #[test]
    fn markdown_front_matter() {
        let md = "---\ntitle: Bridge reopens after repairs\nurl: https://news.example/bridge\npublished: 2023-04-05\nsource: Example News\n---\n\n# Bridge reopens after repairs\n\nThe river bridge reopened to traffic on Wednesday after six months of repairs, the city said.\n\n## Costs\n\nThe work cost more than planned, officials said at a briefing.\n";
        let d = document_from_text("b.md", Path::new("b.md"), md.as_bytes(), "md").unwrap();
        assert_eq!(d.title.as_deref(), Some("Bridge reopens after repairs"));
        assert_eq!(d.url.as_deref(), Some("https://news.example/bridge"));
        assert_eq!(d.source.as_deref(), Some("Example News"));
        assert_eq!(
            d.published,
            Some(Published {
                year: Some(2023),
                month: 4,
                day: 5,
                source: DateSource::Metadata
            })
        );
        let kinds: Vec<_> = d.blocks.iter().map(|b| b.kind).collect();
        assert_eq!(
            kinds,
            vec![
                BlockKind::Title,
                BlockKind::Body,
                BlockKind::Heading,
                BlockKind::Body
            ]
        );
    }

    #[test]
    fn html_document() {
        let html = "<html><head><title>Port strike ends - Coast Times</title><meta property=\"article:published_time\" content=\"2021-11-30T06:00:00Z\"><script>var tracking = 'xyz';</script></head><body><nav>Home World Sport</nav><article><h1>Port strike ends</h1><p>Dock workers returned to work on Tuesday after a deal on pay was reached.</p><p>ALSO READ: <a href=\"/x\">Shipping costs climb</a></p><p>The union said members backed the deal.</p></article></body></html>";
        let d = document_from_text("p.html", Path::new("p.html"), html.as_bytes(), "html").unwrap();
        assert_eq!(d.title.as_deref(), Some("Port strike ends"));
        assert!(!d.text.contains("tracking"));
        assert!(!d.text.contains("Sport"));
        assert_eq!(d.blocks[0].kind, BlockKind::Title);
        assert_eq!(kind_of(&d, "ALSO READ"), chrome(ChromeKind::Teaser));
        assert_eq!(kind_of(&d, "Dock workers"), BlockKind::Body);
        assert_eq!(
            d.published.map(|p| (p.year, p.month, p.day)),
            Some((Some(2021), 11, 30))
        );
    }

    #[test]
    fn markdown_related_list_and_wrapped_prose() {
        let md = "Officials meet\n\nLONDON (AP) — Officials met on Tuesday to discuss\nthe budget and agreed on a plan\nfor the coming year.\n\nRelated\n\n- Markets rally on budget hopes\n- Opposition criticises plan\n- What the budget means for you\n";
        let d = document_from_text("m.md", Path::new("m.md"), md.as_bytes(), "md").unwrap();
        let b = blocks(&d);
        assert_eq!(b[0], ("Officials meet", BlockKind::Title));
        assert_eq!(b[1].1, BlockKind::Body);
        assert!(
            b[1].0.ends_with("coming year."),
            "wrapped lines join: {b:?}"
        );
        assert_eq!(b[2], ("Related", chrome(ChromeKind::LinkList)));
        for (t, k) in &b[3..] {
            assert_eq!(*k, chrome(ChromeKind::HeadlineList), "{t}");
        }
        assert_eq!(d.published, None, "a dateline without a date gives none");
    }

    #[test]
    fn html_page_without_semantic_markup() {
        let html = r#"<html><head><title>Rail strike called off | Morning Post</title></head><body>
<div><span>Wednesday, June 14, 2023</span></div>
<div class="crumbs"><a>Home</a> › <a>News</a> › <a>Transport</a></div>
<h1>Rail strike called off</h1>
<p>A national rail strike planned for Thursday has been called off after a provisional agreement was reached.</p>
<p>Advertisement</p>
<h2>What happens next</h2>
<p>Members will vote over the next three weeks, the union said.</p>
<p><strong>Sign up for our morning briefing and get the news in your inbox</strong></p>
<h3>More on this story</h3>
<ul><li><a href="/a">Commuters brace for week of disruption</a></li><li><a href="/b">Union sets out demands in letter</a></li></ul>
<div>© 2023 Morning Post. All rights reserved.</div></body></html>"#;
        let d = document_from_text("r.html", Path::new("r.html"), html.as_bytes(), "html").unwrap();
        let kinds: Vec<_> = d.blocks.iter().map(|b| b.kind).collect();
        assert_eq!(
            kinds,
            vec![
                chrome(ChromeKind::PageDate),
                chrome(ChromeKind::Navigation),
                BlockKind::Title,
                BlockKind::Body,
                chrome(ChromeKind::Advertisement),
                BlockKind::Heading,
                BlockKind::Body,
                chrome(ChromeKind::SharePrompt),
                chrome(ChromeKind::LinkList),
                chrome(ChromeKind::LinkList),
                chrome(ChromeKind::LinkList),
                chrome(ChromeKind::Navigation),
            ],
            "{:#?}",
            blocks(&d)
        );
        // No metadata date, so the page's date bar is used.
        assert_eq!(d.published.map(|p| p.source), Some(DateSource::PageHeader));
    }

    fn temp_dir(name: &str) -> PathBuf {
        let dir =
            std::env::temp_dir().join(format!("newsgraph-ingest-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        dir
    }

    #[test]
    fn jsonl_bad_line_is_one_error() {
        let dir = temp_dir("jsonl");
        let path = dir.join("feed.jsonl");
        std::fs::write(
            &path,
            "{\"text\":\"First story text here.\",\"title\":\"One\"}\n{not json\n\n{\"text\":\"Third story text.\",\"published\":\"2020-02-03\"}\n",
        )
        .unwrap();
        let (docs, errors) = read_source(&Source {
            path: path.clone(),
            key: "feed.jsonl".into(),
        });
        assert_eq!(docs.len(), 2);
        assert_eq!(errors.len(), 1);
        assert!(errors[0].to_string().contains("line 2"), "{}", errors[0]);
        assert_eq!(docs[0].key, "feed.jsonl#1");
        assert_eq!(docs[1].key, "feed.jsonl#4");
        assert_eq!(docs[0].title.as_deref(), Some("One"));
        assert_eq!(
            docs[1].content_hash,
            blake3::hash(b"{\"text\":\"Third story text.\",\"published\":\"2020-02-03\"}")
                .to_hex()
                .to_string()
        );
        assert_eq!(
            docs[1].published.map(|p| p.source),
            Some(DateSource::Metadata)
        );
        let _ = std::fs::remove_dir_all(&dir);
    }

    #[test]
    fn discover_is_sorted_keyed_and_reports_missing() {
        let dir = temp_dir("discover");
        std::fs::create_dir_all(dir.join("sub")).unwrap();
        std::fs::create_dir_all(dir.join(".hidden")).unwrap();
        for f in [
            "b.txt",
            "a.md",
            "sub/c.html",
            "skip.pdf",
            ".hidden/x.txt",
            "d.jsonl",
        ] {
            std::fs::write(dir.join(f), "Some text.").unwrap();
        }
        let missing = dir.join("nope");
        let (sources, errors) = discover(&[dir.clone(), missing.clone(), dir.join("b.txt")]);
        let keys: Vec<_> = sources.iter().map(|s| s.key.as_str()).collect();
        assert_eq!(keys, vec!["a.md", "b.txt", "d.jsonl", "sub/c.html"]);
        assert_eq!(errors.len(), 1);
        assert!(errors[0].to_string().contains("nope"));
        // A file named directly is keyed by its name.
        let (sources, _) = discover(&[dir.join("sub/c.html")]);
        assert_eq!(sources[0].key, "c.html");
        let (_, errors) = discover(&[dir.join("skip.pdf")]);
        assert!(errors[0].to_string().contains("unsupported"));
        // The same key from two roots: the later one is told apart by its folder.
        let other = dir.join("sub");
        std::fs::write(other.join("b.txt"), "Other text.").unwrap();
        let (sources, _) = discover(&[dir.join("b.txt"), other.join("b.txt")]);
        let keys: Vec<_> = sources.iter().map(|s| s.key.as_str()).collect();
        assert_eq!(keys, vec!["b.txt", "sub/b.txt"]);
        let _ = std::fs::remove_dir_all(&dir);
    }

    #[cfg(unix)]
    #[test]
    fn discover_survives_symlink_loops() {
        let dir = temp_dir("loop");
        std::fs::create_dir_all(dir.join("a")).unwrap();
        std::fs::write(dir.join("a/x.txt"), "Text.").unwrap();
        std::os::unix::fs::symlink(&dir, dir.join("a/back")).unwrap();
        let (sources, errors) = discover(std::slice::from_ref(&dir));
        assert_eq!(sources.len(), 1);
        assert_eq!(sources[0].key, "a/x.txt");
        assert!(
            errors.iter().any(|e| e.to_string().contains("loop")),
            "{errors:?}"
        );
        let _ = std::fs::remove_dir_all(&dir);
    }

    #[test]
    fn never_panics_on_arbitrary_bytes() {
        // A cheap deterministic generator: varied bytes, markup and newlines.
        let mut state: u64 = 0x9e37_79b9_7f4a_7c15;
        let alphabet: &[&[u8]] = &[
            b"a",
            b"Z",
            b" ",
            b"\n",
            b"\n\n",
            b".",
            b"\xe2\x80\x9c",
            b"\xe2\x80\x9d",
            b"<p>",
            b"</p>",
            b"<a>",
            b"---\n",
            b"# ",
            b"READ MORE: ",
            b"I ",
            b"my ",
            b"Home",
            b"12/01/2022",
            b"Jan. 12 (UPI) -- ",
            b"\xc3",
            b"\xa0",
            b"\r",
            b"\"",
            b"[x](y)",
            b"\xff",
        ];
        for _ in 0..300 {
            let mut raw = Vec::new();
            for _ in 0..(state % 60) {
                state ^= state << 13;
                state ^= state >> 7;
                state ^= state << 17;
                raw.extend_from_slice(alphabet[(state % alphabet.len() as u64) as usize]);
            }
            for fmt in ["txt", "md", "html"] {
                let _ = document_from_text("k", Path::new("k"), &raw, fmt);
            }
        }
    }
}
