//! Input formats → plain article text plus whatever metadata the format carries.
//!
//! Plain text is kept byte for byte. Markdown and HTML are rendered to plain text
//! with one line per paragraph-level element, blank lines between paragraphs, and
//! line hints (heading, link-only, separate item) that markup gives for free and
//! the chrome classifier would otherwise have to guess.

use std::collections::BTreeMap;
use std::sync::LazyLock;

use regex::Regex;
use scraper::{ElementRef, Html, Node};

/// What markup says about one output line, keyed by the line's start offset.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(crate) struct LineHint {
    /// An `<h1>`…`<h6>` or a Markdown heading.
    pub heading: bool,
    /// All (≥ 90 %) of the line's text is link text: typical of link lists.
    pub link_only: bool,
    /// The line is its own item (list item, HTML block): never join it to the line
    /// before, however the wrapping heuristics read it.
    pub own_block: bool,
}

/// A format's rendering: text, line hints and metadata (all optional).
#[derive(Debug, Clone, Default)]
pub(crate) struct Parsed {
    pub text: String,
    pub hints: BTreeMap<usize, LineHint>,
    pub title: Option<String>,
    pub url: Option<String>,
    /// The raw published value; parsed by `pubdate`, which warns if it cannot.
    pub published: Option<String>,
    pub source: Option<String>,
    pub warnings: Vec<String>,
}

/// Builds rendered text line by line, recording hints at each line's offset.
#[derive(Default)]
struct Builder {
    text: String,
    hints: BTreeMap<usize, LineHint>,
    pending_paragraph: bool,
}

impl Builder {
    fn line(&mut self, s: &str, hint: LineHint) {
        let s = s.trim();
        if s.is_empty() {
            return;
        }
        if !self.text.is_empty() {
            self.text.push('\n');
            if self.pending_paragraph {
                self.text.push('\n');
            }
        }
        self.pending_paragraph = false;
        let start = self.text.len();
        self.text.push_str(s);
        if hint != LineHint::default() {
            self.hints.insert(start, hint);
        }
    }

    fn paragraph(&mut self) {
        self.pending_paragraph = true;
    }

    fn into_parsed(self) -> Parsed {
        Parsed {
            text: self.text,
            hints: self.hints,
            ..Parsed::default()
        }
    }
}

/// Plain text: nothing to render, no metadata.
pub(crate) fn parse_txt(text: String) -> Parsed {
    Parsed {
        text,
        ..Parsed::default()
    }
}

// ---------------------------------------------------------------- Markdown

static HTML_COMMENT: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?s)<!--.*?-->").expect("valid regex"));
static ATX: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^\s{0,3}(#{1,6})\s+(.*?)(?:\s+#+)?\s*$").expect("valid regex"));
static SETEXT: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^\s{0,3}(?:=+|-+)\s*$").expect("valid regex"));
static RULE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\s{0,3}(?:(?:-\s*){3,}|(?:\*\s*){3,}|(?:_\s*){3,})$").expect("valid regex")
});
static REF_DEF: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^\s{0,3}\[[^\]]+\]:\s*\S+").expect("valid regex"));
static LIST_ITEM: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^\s*(?:[-*+•]|\d{1,3}[.)])\s+(.*)$").expect("valid regex"));
static TABLE_SEP: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^\s*\|?[\s:|-]*-[\s:|-]*\|?\s*$").expect("valid regex"));
static IMAGE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"!\[[^\]]*\]\([^)]*\)").expect("valid regex"));
static LINK: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\[([^\]]*)\](?:\([^)]*\)|\[[^\]]*\])").expect("valid regex"));
static AUTOLINK: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"<((?:https?|mailto):[^>\s]+)>").expect("valid regex"));
static INLINE_TAG: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"</?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?/?>").expect("valid regex"));
/// A wire ticker with its exchange's suffix ("<VOWG.F>", "<BP.L>"), which is no HTML
/// tag either: dropped before punctuation, which still ends the name before it. (Before
/// a word it is kept: "Dresdner Bank AG <DRSD.F> and Commerzbank AG" needs it between
/// the two names.)
static EXCHANGE_TICKER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\s*<[A-Z][A-Z0-9]{0,7}\.[A-Z]{1,3}>([,.;:)])").expect("valid regex")
});
static CODE: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"`+([^`]+)`+").expect("valid regex"));
static STRONG: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(\*\*|__)(\S(?:.*?\S)?)(\*\*|__)").expect("valid regex"));
static EM_STAR: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\*(\S(?:[^*]*?\S)?)\*").expect("valid regex"));
static EM_UNDERSCORE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(^|[^\p{L}\p{N}_])_(\S(?:[^_]*?\S)?)_($|[^\p{L}\p{N}_])").expect("valid regex")
});
static ESCAPE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\\([\\`*_{}\[\]()#+\-.!>|])").expect("valid regex"));

/// Splits off YAML front matter (`---` … `---` or `...`). `Ok(None)` when there is
/// none; `Err` when it starts but is unterminated or not a YAML mapping.
fn front_matter(text: &str) -> Result<Option<(serde_norway::Mapping, &str)>, String> {
    let first_end = text.find('\n').unwrap_or(text.len());
    if text[..first_end].trim_end() != "---" {
        return Ok(None);
    }
    let mut pos = (first_end + 1).min(text.len());
    let body_start = pos;
    while pos < text.len() {
        let end = text[pos..].find('\n').map_or(text.len(), |i| pos + i);
        let line = text[pos..end].trim_end();
        if line == "---" || line == "..." {
            let yaml = &text[body_start..pos];
            let rest = &text[(end + 1).min(text.len())..];
            if yaml.trim().is_empty() {
                return Ok(Some((serde_norway::Mapping::new(), rest)));
            }
            let value: serde_norway::Value =
                serde_norway::from_str(yaml).map_err(|e| format!("malformed front matter: {e}"))?;
            return match value {
                serde_norway::Value::Mapping(m) => Ok(Some((m, rest))),
                serde_norway::Value::Null => Ok(Some((serde_norway::Mapping::new(), rest))),
                _ => Err("malformed front matter: expected `key: value` pairs".into()),
            };
        }
        pos = end + 1;
    }
    Err("malformed front matter: no closing `---` line".into())
}

fn yaml_string(map: &serde_norway::Mapping, keys: &[&str]) -> Option<String> {
    keys.iter().find_map(|k| match map.get(*k)? {
        serde_norway::Value::String(s) => Some(s.trim().to_owned()).filter(|s| !s.is_empty()),
        serde_norway::Value::Number(n) => Some(n.to_string()),
        _ => None,
    })
}

/// Markdown, with optional YAML front matter (`title`, `url`, `published`/`date`,
/// `source`). The body is rendered to plain text: markup removed, code blocks
/// dropped, headings and list items marked.
pub(crate) fn parse_md(text: &str) -> Result<Parsed, String> {
    let (meta, body) = match front_matter(text)? {
        Some((m, rest)) => (Some(m), rest),
        None => (None, text),
    };
    let body = HTML_COMMENT.replace_all(body, "");
    let lines: Vec<&str> = body.lines().collect();
    let mut b = Builder::default();
    let mut fence: Option<&str> = None;
    let mut i = 0;
    while i < lines.len() {
        let line = lines[i];
        let trimmed = line.trim();
        i += 1;
        if let Some(f) = fence {
            if trimmed.starts_with(f) {
                fence = None;
                b.paragraph();
            }
            continue;
        }
        if trimmed.starts_with("```") || trimmed.starts_with("~~~") {
            // Code is not article prose; dropped whole.
            fence = Some(&trimmed[..3]);
            b.paragraph();
            continue;
        }
        if trimmed.is_empty() || RULE.is_match(line) || REF_DEF.is_match(line) {
            b.paragraph();
            continue;
        }
        let heading = LineHint {
            heading: true,
            own_block: true,
            ..LineHint::default()
        };
        if let Some(c) = ATX.captures(line) {
            b.paragraph();
            b.line(&inline_md(&c[2]), heading);
            b.paragraph();
            continue;
        }
        if i < lines.len()
            && SETEXT.is_match(lines[i])
            && !LIST_ITEM.is_match(line)
            && !lines[i].trim().is_empty()
        {
            b.paragraph();
            b.line(&inline_md(trimmed), heading);
            b.paragraph();
            i += 1;
            continue;
        }
        let unquoted = trimmed.trim_start_matches(['>', ' ']);
        if unquoted.is_empty() {
            b.paragraph();
            continue;
        }
        if unquoted.starts_with('|') || unquoted.ends_with('|') && unquoted.contains(" | ") {
            if TABLE_SEP.is_match(unquoted) {
                continue;
            }
            let cells: Vec<&str> = unquoted
                .trim_matches('|')
                .split('|')
                .map(str::trim)
                .collect();
            b.line(
                &inline_md(&cells.join(" | ")),
                LineHint {
                    own_block: true,
                    ..LineHint::default()
                },
            );
            continue;
        }
        let (content, own_block) = match LIST_ITEM.captures(unquoted) {
            Some(c) => (c.get(1).map_or("", |m| m.as_str()), true),
            None => (unquoted, false),
        };
        let link_only = is_md_link_only(content);
        b.line(
            &inline_md(content),
            LineHint {
                heading: false,
                link_only,
                own_block: own_block || link_only,
            },
        );
    }
    let mut parsed = b.into_parsed();
    if let Some(m) = meta {
        parsed.title = yaml_string(&m, &["title", "headline"]);
        parsed.url = yaml_string(&m, &["url", "link", "canonical", "canonical_url"]);
        parsed.published = yaml_string(
            &m,
            &["published", "date", "published_at", "pubdate", "pubDate"],
        );
        parsed.source = yaml_string(&m, &["source", "publisher", "site"]);
    }
    Ok(parsed)
}

/// True when everything but the links on the line is punctuation or separators.
fn is_md_link_only(line: &str) -> bool {
    let without_images = IMAGE.replace_all(line, "");
    if !LINK.is_match(&without_images) {
        return false;
    }
    let rest = LINK.replace_all(&without_images, "");
    !rest.chars().any(char::is_alphanumeric)
}

/// Strips inline Markdown: images, link targets, inline HTML, code ticks, emphasis.
fn inline_md(s: &str) -> String {
    let s = IMAGE.replace_all(s, "");
    let s = LINK.replace_all(&s, "$1");
    let s = AUTOLINK.replace_all(&s, "$1");
    let s = INLINE_TAG.replace_all(&s, |c: &regex::Captures<'_>| markup_or_name(&c[0]));
    let s = EXCHANGE_TICKER.replace_all(&s, "$1");
    let s = CODE.replace_all(&s, "$1");
    let s = STRONG.replace_all(&s, "$2");
    let s = EM_STAR.replace_all(&s, "$1");
    let s = EM_UNDERSCORE.replace_all(&s, "$1$2$3");
    let s = ESCAPE.replace_all(&s, "$1");
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// What an inline tag leaves in the text. Wire copy marks company names with angle
/// brackets ("<Bell Resources Ltd> said"), which Markdown reads as an HTML tag: a
/// bracketed run of several words that is no HTML element, with no attribute
/// syntax, is that name; an HTML tag, or a lone bracketed ticker ("<TFB>"), is dropped.
fn markup_or_name(tag: &str) -> String {
    let inner = tag.trim_start_matches('<').trim_end_matches('>');
    let element = inner
        .trim_start_matches('/')
        .split(|c: char| c.is_whitespace() || c == '/')
        .next()
        .unwrap_or("")
        .to_ascii_lowercase();
    let name_like = !HTML_ELEMENTS.contains(&element.as_str())
        && inner.split_whitespace().count() >= 2
        && !inner.contains(['=', '/', '"', '\''])
        && inner.starts_with(|c: char| c.is_uppercase());
    if name_like {
        format!(" {inner} ")
    } else {
        String::new()
    }
}

/// HTML element names Markdown text carries inline.
const HTML_ELEMENTS: &[&str] = &[
    "a",
    "abbr",
    "address",
    "article",
    "aside",
    "audio",
    "b",
    "bdi",
    "bdo",
    "big",
    "blink",
    "blockquote",
    "br",
    "button",
    "caption",
    "center",
    "cite",
    "code",
    "col",
    "dd",
    "del",
    "details",
    "dfn",
    "div",
    "dl",
    "dt",
    "em",
    "embed",
    "figcaption",
    "figure",
    "font",
    "footer",
    "form",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "header",
    "hr",
    "i",
    "iframe",
    "img",
    "input",
    "ins",
    "kbd",
    "label",
    "li",
    "link",
    "main",
    "mark",
    "meta",
    "nav",
    "nobr",
    "noscript",
    "ol",
    "option",
    "p",
    "picture",
    "pre",
    "q",
    "s",
    "samp",
    "script",
    "section",
    "select",
    "small",
    "source",
    "span",
    "strike",
    "strong",
    "style",
    "sub",
    "summary",
    "sup",
    "table",
    "tbody",
    "td",
    "textarea",
    "tfoot",
    "th",
    "thead",
    "time",
    "tr",
    "tt",
    "u",
    "ul",
    "var",
    "video",
    "wbr",
];

// ---------------------------------------------------------------- HTML

/// Elements whose content is never article text.
const SKIP_TAGS: &[&str] = &[
    "script", "style", "noscript", "template", "nav", "header", "footer", "aside", "form",
    "iframe", "svg", "math", "button", "select", "option", "textarea", "input", "canvas", "object",
    "embed", "head", "menu", "dialog", "audio", "video", "map",
];
/// ARIA landmarks that mark page furniture.
const SKIP_ROLES: &[&str] = &[
    "navigation",
    "banner",
    "contentinfo",
    "complementary",
    "search",
    "dialog",
    "alertdialog",
    "menu",
    "menubar",
];
/// Class/id words (whole tokens after splitting on `-`, `_`, spaces) that name
/// page furniture on most news sites.
const SKIP_CLASS_TOKENS: &[&str] = &[
    "breadcrumb",
    "breadcrumbs",
    "sidebar",
    "cookie",
    "cookies",
    "newsletter",
    "share",
    "sharing",
    "social",
    "related",
    "advert",
    "advertisement",
    "ads",
    "ad",
    "promo",
    "subscribe",
    "comments",
    "paywall",
];
/// Elements after which a paragraph ends (blank line in the output).
const PARAGRAPH_TAGS: &[&str] = &[
    "p",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "blockquote",
    "figcaption",
    "figure",
    "pre",
    "table",
    "ul",
    "ol",
    "dl",
    "section",
    "article",
    "main",
    "div",
    "details",
    "hgroup",
    "address",
    "body",
];
/// Elements that end a line but not a paragraph: items of one list stay one
/// paragraph so that runs of headlines are seen as runs.
const LINE_TAGS: &[&str] = &["li", "dt", "dd", "tr", "br", "hr", "summary", "caption"];

fn is_skipped(el: &scraper::node::Element) -> bool {
    let name = el.name();
    if SKIP_TAGS.contains(&name) || el.attr("hidden").is_some() {
        return true;
    }
    if el
        .attr("aria-hidden")
        .is_some_and(|v| v.eq_ignore_ascii_case("true"))
    {
        return true;
    }
    if el
        .attr("role")
        .is_some_and(|r| SKIP_ROLES.contains(&r.trim().to_ascii_lowercase().as_str()))
    {
        return true;
    }
    if el.attr("style").is_some_and(|s| {
        let s: String = s.chars().filter(|c| !c.is_whitespace()).collect();
        s.to_ascii_lowercase().contains("display:none")
    }) {
        return true;
    }
    // The root-level <body>/<article>/<main> keep their text even if a site puts an
    // odd class on them; only inner furniture is dropped.
    if matches!(name, "body" | "html" | "article" | "main") {
        return false;
    }
    let tokens = el
        .attr("class")
        .into_iter()
        .chain(el.attr("id"))
        .flat_map(|v| v.split(|c: char| !c.is_ascii_alphanumeric()))
        .map(str::to_ascii_lowercase);
    let mut skip = false;
    for t in tokens {
        if SKIP_CLASS_TOKENS.contains(&t.as_str()) {
            skip = true;
            break;
        }
    }
    skip
}

/// Collapses whitespace runs into single spaces (HTML rendering rules).
fn collapse(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn element_text(el: ElementRef<'_>) -> String {
    collapse(&el.text().collect::<String>())
}

/// The current output line while walking the tree.
#[derive(Default)]
struct HtmlLine {
    text: String,
    link_chars: usize,
    total_chars: usize,
    heading: bool,
}

impl HtmlLine {
    fn push(&mut self, s: &str, in_link: bool, in_heading: bool) {
        if s.trim().is_empty() {
            if !self.text.is_empty() && !self.text.ends_with(' ') {
                self.text.push(' ');
            }
            return;
        }
        if s.starts_with(char::is_whitespace) && !self.text.is_empty() && !self.text.ends_with(' ')
        {
            self.text.push(' ');
        }
        let c = collapse(s);
        let n = c.chars().filter(|c| c.is_alphanumeric()).count();
        self.total_chars += n;
        if in_link {
            self.link_chars += n;
        }
        self.heading |= in_heading;
        self.text.push_str(&c);
        if s.ends_with(char::is_whitespace) {
            self.text.push(' ');
        }
    }

    fn flush(&mut self, b: &mut Builder) {
        let line = std::mem::take(self);
        if line.total_chars == 0 {
            return;
        }
        b.line(
            &line.text,
            LineHint {
                heading: line.heading,
                link_only: line.link_chars * 10 >= line.total_chars * 9,
                own_block: true,
            },
        );
    }
}

/// HTML: main text from `<article>` (the largest), else `<main>`, else `<body>`,
/// without scripts, styles, navigation, headers, footers and asides. Title from
/// the page's `<h1>`/`og:title`/`<title>`, URL from the canonical link, date from
/// `article:published_time`, `datePublished` or `<time datetime>`.
pub(crate) fn parse_html(text: &str) -> Parsed {
    let doc = Html::parse_document(text);

    let mut title_tag = None;
    let mut first_h1 = None;
    let mut meta: BTreeMap<String, String> = BTreeMap::new();
    let mut canonical = None;
    let mut ld_published = None;
    let mut articles = Vec::new();
    let mut main = None;
    let mut body = None;
    for node in doc.tree.nodes() {
        let Some(el) = ElementRef::wrap(node) else {
            continue;
        };
        let v = el.value();
        match v.name() {
            "title" if title_tag.is_none() => {
                title_tag = Some(element_text(el)).filter(|t| !t.is_empty());
            }
            "h1" if first_h1.is_none() => {
                first_h1 = Some(element_text(el)).filter(|t| !t.is_empty());
            }
            "meta" => {
                let key = v
                    .attr("property")
                    .or_else(|| v.attr("name"))
                    .or_else(|| v.attr("itemprop"));
                if let (Some(k), Some(c)) = (key, v.attr("content")) {
                    meta.entry(k.trim().to_ascii_lowercase())
                        .or_insert_with(|| c.trim().to_owned());
                }
            }
            "link" if canonical.is_none() => {
                if v.attr("rel").is_some_and(|r| {
                    r.split_whitespace()
                        .any(|t| t.eq_ignore_ascii_case("canonical"))
                }) {
                    canonical = v.attr("href").map(|h| h.trim().to_owned());
                }
            }
            "script" if ld_published.is_none() => {
                if v.attr("type").is_some_and(|t| t.contains("ld+json")) {
                    ld_published = ld_json_date(&el.text().collect::<String>());
                }
            }
            "article" => articles.push(el),
            "main" if main.is_none() => main = Some(el),
            "body" if body.is_none() => body = Some(el),
            _ => {
                if main.is_none()
                    && v.attr("role")
                        .is_some_and(|r| r.eq_ignore_ascii_case("main"))
                {
                    main = Some(el);
                }
            }
        }
    }
    // Listing pages hold many small <article>s; the story is the one with most text.
    let root = articles
        .into_iter()
        .max_by_key(|a| a.text().map(str::len).sum::<usize>())
        .or(main)
        .or(body);

    let mut b = Builder::default();
    let mut time_datetime = None;
    if let Some(root) = root {
        walk(root, &mut b, &mut time_datetime);
    }

    let mut parsed = b.into_parsed();
    let og_title = meta.get("og:title").cloned().filter(|t| !t.is_empty());
    // The <h1> is the cleanest title when the page's other titles agree with it;
    // <title> usually carries " | Site name".
    parsed.title = match (&first_h1, &og_title, &title_tag) {
        (Some(h), og, t)
            if og.as_ref().is_some_and(|o| o.contains(h.as_str()))
                || t.as_ref().is_some_and(|t| t.contains(h.as_str())) =>
        {
            Some(h.clone())
        }
        (_, Some(og), _) => Some(og.clone()),
        (_, None, Some(t)) => Some(t.clone()),
        (h, None, None) => h.clone(),
    };
    parsed.url = canonical
        .filter(|u| !u.is_empty())
        .or_else(|| meta.get("og:url").cloned());
    parsed.source = meta.get("og:site_name").cloned();
    parsed.published = [
        "article:published_time",
        "datepublished",
        "og:published_time",
        "pubdate",
        "publishdate",
        "publish-date",
        "dc.date.issued",
        "dcterms.date",
        "dc.date",
        "date",
        "parsely-pub-date",
        "sailthru.date",
    ]
    .iter()
    .find_map(|k| meta.get(*k).cloned())
    .or(ld_published)
    .or(time_datetime);
    parsed
}

/// Renders the subtree under `root` into `b`. Iterative (explicit cursor), so a
/// page nested ten thousand `<div>`s deep cannot overflow the stack.
fn walk(root: ElementRef<'_>, b: &mut Builder, time_datetime: &mut Option<String>) {
    let mut line = HtmlLine::default();
    let mut link_depth = 0usize;
    let mut heading_depth = 0usize;
    let root_id = root.id();
    let mut node = *root;
    'outer: loop {
        // Open `node`.
        let mut descend = true;
        match node.value() {
            Node::Text(t) => line.push(t, link_depth > 0, heading_depth > 0),
            Node::Element(el) => {
                if node.id() != root_id && is_skipped(el) {
                    descend = false;
                } else {
                    let name = el.name();
                    if name == "time" && time_datetime.is_none() {
                        *time_datetime = el.attr("datetime").map(|d| d.trim().to_owned());
                    }
                    if PARAGRAPH_TAGS.contains(&name) || LINE_TAGS.contains(&name) {
                        line.flush(b);
                        if PARAGRAPH_TAGS.contains(&name) {
                            b.paragraph();
                        }
                    }
                    if matches!(name, "td" | "th") && !line.text.is_empty() {
                        line.text.push_str(" | ");
                    }
                    if name == "a" {
                        link_depth += 1;
                    }
                    if matches!(name, "h1" | "h2" | "h3" | "h4" | "h5" | "h6") {
                        heading_depth += 1;
                    }
                }
            }
            _ => descend = false,
        }
        if descend && let Some(child) = node.first_child() {
            node = child;
            continue;
        }
        // Close `node` and every ancestor whose last child this was.
        loop {
            if let Node::Element(el) = node.value()
                && (descend || node.id() == root_id || !is_skipped(el))
            {
                let name = el.name();
                if name == "a" {
                    link_depth = link_depth.saturating_sub(1);
                }
                if matches!(name, "h1" | "h2" | "h3" | "h4" | "h5" | "h6") {
                    heading_depth = heading_depth.saturating_sub(1);
                }
                if PARAGRAPH_TAGS.contains(&name) || LINE_TAGS.contains(&name) {
                    line.flush(b);
                    if PARAGRAPH_TAGS.contains(&name) {
                        b.paragraph();
                    }
                }
            }
            if node.id() == root_id {
                break 'outer;
            }
            descend = true;
            if let Some(next) = node.next_sibling() {
                node = next;
                continue 'outer;
            }
            match node.parent() {
                Some(p) => node = p,
                None => break 'outer,
            }
        }
    }
    line.flush(b);
}

static LD_DATE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r#""datePublished"\s*:\s*"([^"]{4,40})""#).expect("valid regex"));

/// `datePublished` from JSON-LD, found by pattern: the blocks are often invalid
/// JSON, and only this one field is wanted.
fn ld_json_date(s: &str) -> Option<String> {
    LD_DATE.captures(s).map(|c| c[1].to_owned())
}

// ---------------------------------------------------------------- JSON lines

/// One JSON-lines record: an object with `text` (or `html`) and optional `title`,
/// `url`, `published` (string, or Unix seconds), `source`, `format` ("txt"/"md"/"html").
pub(crate) fn parse_jsonl_record(line: &str) -> Result<Parsed, String> {
    let value: serde_json::Value =
        serde_json::from_str(line).map_err(|e| format!("invalid JSON: {e}"))?;
    let obj = value
        .as_object()
        .ok_or_else(|| "expected a JSON object".to_owned())?;
    let field = |k: &str| {
        obj.get(k)
            .and_then(|v| v.as_str())
            .map(str::trim)
            .filter(|s| !s.is_empty())
            .map(str::to_owned)
    };
    let format = field("format").unwrap_or_else(|| "txt".into());
    let mut parsed = match (obj.get("text"), obj.get("html")) {
        (_, Some(serde_json::Value::String(h))) if !obj.contains_key("text") => parse_html(h),
        (Some(serde_json::Value::String(t)), _) => {
            let t = super::decode::normalize_newlines(t);
            match format.to_ascii_lowercase().as_str() {
                "md" | "markdown" => parse_md(&t)?,
                "html" | "htm" => parse_html(&t),
                _ => parse_txt(t),
            }
        }
        (Some(_), _) => return Err("\"text\" is not a string".into()),
        _ => return Err("missing \"text\" field".into()),
    };
    if parsed.text.trim().is_empty() {
        return Err("empty \"text\"".into());
    }
    if let Some(t) = field("title") {
        parsed.title = Some(t);
    }
    if let Some(u) = field("url") {
        parsed.url = Some(u);
    }
    if let Some(s) = field("source") {
        parsed.source = Some(s);
    }
    match obj.get("published") {
        Some(serde_json::Value::String(s)) if !s.trim().is_empty() => {
            parsed.published = Some(s.trim().to_owned());
        }
        Some(serde_json::Value::Number(n)) => {
            // Unix seconds; the date is taken in UTC as no zone is given.
            if let Some(ts) = n
                .as_i64()
                .and_then(|s| jiff::Timestamp::from_second(s).ok())
            {
                let d = ts.to_zoned(jiff::tz::TimeZone::UTC).date();
                parsed.published = Some(d.to_string());
            }
        }
        _ => {}
    }
    Ok(parsed)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn md_front_matter_and_markup() {
        let md = "---\ntitle: \"Mayor opens bridge\"\nurl: https://example.org/a\npublished: 2020-05-06\nsource: Example Gazette\n---\n# Mayor opens bridge\n\nThe **new** bridge, built by [Acme Ltd](https://acme.example), opened on *Tuesday*.\n\n```\ncode();\n```\n\n- first item\n- second item\n";
        let p = parse_md(md).unwrap();
        assert_eq!(p.title.as_deref(), Some("Mayor opens bridge"));
        assert_eq!(p.url.as_deref(), Some("https://example.org/a"));
        assert_eq!(p.published.as_deref(), Some("2020-05-06"));
        assert_eq!(p.source.as_deref(), Some("Example Gazette"));
        assert_eq!(
            p.text,
            "Mayor opens bridge\n\nThe new bridge, built by Acme Ltd, opened on Tuesday.\n\nfirst item\nsecond item"
        );
        assert!(p.hints[&0].heading);
        assert!(!p.text.contains("code"));
    }

    #[test]
    fn md_wire_company_brackets_keep_the_name_and_html_tags_go() {
        let md = "<Bell Resources Ltd> said it bought <b>shares</b> of Taft Broadcasting <TFB> \
                  from <span class=\"x\">Equiticorp Tasman Ltd</span>.\n";
        let p = parse_md(md).unwrap();
        assert_eq!(
            p.text,
            "Bell Resources Ltd said it bought shares of Taft Broadcasting from Equiticorp Tasman Ltd."
        );
    }

    #[test]
    fn md_wire_ticker_with_an_exchange_suffix_goes() {
        let p = parse_md("Volkswagen AG <VOWG.F>, VW, is due to report.\n").unwrap();
        assert_eq!(p.text, "Volkswagen AG, VW, is due to report.");
    }

    #[test]
    fn md_front_matter_errors() {
        assert!(
            parse_md("---\ntitle: x\nno end\n")
                .unwrap_err()
                .contains("front matter")
        );
        assert!(
            parse_md("---\ntitle: [unclosed\n---\nBody.\n")
                .unwrap_err()
                .contains("front matter")
        );
        assert!(parse_md("---\n- a\n- b\n---\nBody.\n").is_err());
        // No front matter at all is fine.
        assert_eq!(parse_md("Just text.\n").unwrap().text, "Just text.");
    }

    #[test]
    fn md_link_only_lines() {
        let p = parse_md("[One story](/a)\n[Another story](/b)\n").unwrap();
        assert!(p.hints.values().all(|h| h.link_only));
    }

    #[test]
    fn html_main_text() {
        let html = r#"<!doctype html><html><head><title>Council votes | The Daily</title>
<meta property="article:published_time" content="2019-07-02T08:00:00+02:00">
<link rel="canonical" href="https://daily.example/council">
<script>var secret = "do not show";</script><style>p { color: red }</style></head>
<body><nav><a href="/">Home</a><a href="/x">World</a></nav>
<header><p>Site banner</p></header>
<article><h1>Council votes</h1>
<p>The council voted on <b>Monday</b> to fund the <a href="/p">new park</a>.</p>
<h2>What comes next</h2>
<p>Work starts in spring.</p>
<figure><img src="x.jpg"><figcaption>The park site, seen from the river.</figcaption></figure>
<script>alert("nope")</script>
<div class="share-tools">Share this on Twitter</div>
<ul><li><a href="/1">Other Story One</a></li><li><a href="/2">Other Story Two</a></li></ul>
</article><footer>Copyright</footer></body></html>"#;
        let p = parse_html(html);
        assert_eq!(p.title.as_deref(), Some("Council votes"));
        assert_eq!(p.url.as_deref(), Some("https://daily.example/council"));
        assert_eq!(p.published.as_deref(), Some("2019-07-02T08:00:00+02:00"));
        assert!(!p.text.contains("secret"), "{}", p.text);
        assert!(!p.text.contains("nope"));
        assert!(!p.text.contains("color"));
        assert!(!p.text.contains("Site banner"));
        assert!(!p.text.contains("Share this"));
        assert!(!p.text.contains("Copyright"));
        assert!(
            p.text
                .contains("The council voted on Monday to fund the new park."),
            "{}",
            p.text
        );
        assert!(p.text.contains("The park site, seen from the river."));
        let h2 = p.text.find("What comes next").unwrap();
        assert!(p.hints[&h2].heading);
        let li = p.text.find("Other Story One").unwrap();
        assert!(p.hints[&li].link_only);
    }

    #[test]
    fn html_time_and_deep_nesting() {
        let mut html =
            String::from("<body><p><time datetime=\"2018-03-01\">1 March</time> Text here.</p>");
        for _ in 0..5000 {
            html.push_str("<div>");
        }
        html.push_str("deep");
        let p = parse_html(&html);
        assert_eq!(p.published.as_deref(), Some("2018-03-01"));
        assert!(p.text.contains("deep"));
    }

    #[test]
    fn jsonl_records() {
        let p = parse_jsonl_record(
            r#"{"text":"Body one.\r\nMore.","title":"T","url":"u","published":"2020-01-02"}"#,
        )
        .unwrap();
        assert_eq!(p.text, "Body one.\nMore.");
        assert_eq!(p.title.as_deref(), Some("T"));
        assert!(
            parse_jsonl_record("{bad")
                .unwrap_err()
                .contains("invalid JSON")
        );
        assert!(
            parse_jsonl_record(r#"{"title":"x"}"#)
                .unwrap_err()
                .contains("text")
        );
        assert!(parse_jsonl_record("[1,2]").is_err());
        let p = parse_jsonl_record(r#"{"text":"x y z.","published":1600000000}"#).unwrap();
        assert_eq!(p.published.as_deref(), Some("2020-09-13"));
    }
}
