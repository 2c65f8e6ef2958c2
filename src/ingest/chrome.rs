//! Block segmentation and chrome classification.
//!
//! Web captures mix the article with page furniture: advertisement markers, lists of
//! other headlines, author biographies, "READ MORE:" teasers, subscribe prompts, link
//! lists under "Latest …" labels, breadcrumbs, date bars. Facts mined from those
//! would be wrong (a headline from another story is not a statement of this one), so
//! every block is labelled, and only Title/Heading/Body go to the extractor.
//!
//! Everything here keys on the *shape* of the text — length, casing, punctuation,
//! pronoun density, position, repetition — plus a few small vocabularies of furniture
//! words ("advertisement", "subscribe", "related"). Never on particular sentences.

use std::collections::{BTreeMap, HashSet};
use std::sync::LazyLock;

use regex::Regex;

use super::formats::LineHint;
use super::pubdate;
use super::{Block, BlockKind, ChromeKind};

/// A block before classification: a trimmed byte range and what markup said.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Segment {
    pub start: usize,
    pub end: usize,
    /// Spans more than one line (a hard-wrapped paragraph).
    pub multiline: bool,
    pub heading: bool,
    pub link_only: bool,
}

// ---------------------------------------------------------------- segmentation

/// Words after which a line cannot end a sentence: seeing one at a line end means
/// the paragraph was hard-wrapped.
const FUNCTION_WORDS: &[&str] = &[
    "a", "an", "the", "and", "or", "but", "nor", "of", "in", "on", "at", "to", "for", "by", "with",
    "from", "as", "that", "which", "who", "whose", "than", "into", "onto", "about", "after",
    "before", "over", "under", "between", "its", "his", "her", "their", "our", "your", "is", "are",
    "was", "were", "be", "been", "has", "have", "had", "will", "would", "said", "says", "this",
    "these", "those",
];

/// Closing quotes and brackets, looked through when reading a line's last mark.
const CLOSERS: &[char] = &['"', '\'', '”', '’', '»', ')', ']', '\u{a0}'];

fn last_mark(s: &str) -> Option<char> {
    s.trim_end()
        .trim_end_matches(CLOSERS)
        .trim_end()
        .chars()
        .last()
}

/// Ends like a sentence: `.`, `!`, `?`, `…` (possibly inside closing quotes).
fn ends_sentence(s: &str) -> bool {
    matches!(last_mark(s), Some('.' | '!' | '?' | '…'))
}

fn ends_period(s: &str) -> bool {
    matches!(last_mark(s), Some('.' | ';' | ','))
}

/// A line break that can only be mid-sentence: the next line opens with a
/// lowercase word ("iPhone" doesn't count), or the line ends with a comma, an
/// open bracket or a function word. Such lines are joined in any paragraph.
fn is_strong_continuation(prev: &str, next: &str) -> bool {
    if ends_sentence(prev) {
        return false;
    }
    let first_word = next.split_whitespace().next().unwrap_or("");
    if first_word.chars().next().is_some_and(char::is_lowercase)
        && !first_word.chars().any(char::is_uppercase)
    {
        return true;
    }
    let p = prev.trim_end();
    if p.ends_with([',', ';', '(', '/', '&']) {
        return true;
    }
    let last = p.rsplit(char::is_whitespace).next().unwrap_or("");
    // Only a lowercase function word: "…Ukraine as" wraps, a list item ending in
    // "A" or "The" (rare) does not.
    last.chars().all(char::is_lowercase) && FUNCTION_WORDS.contains(&last)
}

/// A line break that may be mid-sentence (weaker: also a digit or dash), used to
/// judge whether a whole paragraph is hard-wrapped.
fn is_continuation(prev: &str, next: &str) -> bool {
    if ends_sentence(prev) {
        return false;
    }
    let next_first = next.trim_start().chars().next();
    if next_first.is_some_and(|c| c.is_lowercase() || c.is_ascii_digit()) {
        return true;
    }
    let p = prev.trim_end();
    if p.ends_with([',', ';', '-', '–', '—', '(', '/', '&']) {
        return true;
    }
    let last = p
        .rsplit(char::is_whitespace)
        .next()
        .unwrap_or("")
        .to_lowercase();
    FUNCTION_WORDS.contains(&last.as_str())
}

fn trim_range(text: &str, start: usize, end: usize) -> (usize, usize) {
    let s = &text[start..end];
    let lead = s.len() - s.trim_start().len();
    let trail = s.len() - s.trim_end().len();
    (start + lead, (end - trail).max(start + lead))
}

fn indent(line: &str) -> usize {
    line.len() - line.trim_start().len()
}

/// Splits `text` into blocks: paragraphs are separated by blank lines; inside a
/// paragraph, each line is its own block unless the paragraph reads as
/// hard-wrapped prose (many line ends mid-sentence), in which case lines join and
/// only sentence-final, short or indented line ends split.
pub(crate) fn segment(text: &str, hints: &BTreeMap<usize, LineHint>) -> Vec<Segment> {
    // (start, end) of every line, without the '\n'.
    let mut lines = Vec::new();
    let mut pos = 0;
    for l in text.split('\n') {
        lines.push((pos, pos + l.len()));
        pos += l.len() + 1;
    }
    let mut out = Vec::new();
    let mut para: Vec<(usize, usize)> = Vec::new();
    for &(s, e) in lines
        .iter()
        .chain(std::iter::once(&(text.len(), text.len())))
    {
        if text[s..e].trim().is_empty() {
            if !para.is_empty() {
                segment_paragraph(text, &para, hints, &mut out);
                para.clear();
            }
        } else {
            para.push((s, e));
        }
    }
    out
}

fn hint_at(text: &str, hints: &BTreeMap<usize, LineHint>, (s, e): (usize, usize)) -> LineHint {
    let (ts, _) = trim_range(text, s, e);
    hints.get(&ts).copied().unwrap_or_default()
}

fn segment_paragraph(
    text: &str,
    para: &[(usize, usize)],
    hints: &BTreeMap<usize, LineHint>,
    out: &mut Vec<Segment>,
) {
    let line = |i: usize| &text[para[i].0..para[i].1];
    let breaks = para.len().saturating_sub(1);
    let continuations = (0..breaks)
        .filter(|&i| is_continuation(line(i), line(i + 1)))
        .count();
    let width = (0..para.len())
        .map(|i| line(i).trim().chars().count())
        .max()
        .unwrap_or(0);
    // Wire copy wraps at a fixed width and breaks paragraphs by indentation, so
    // many of its line ends fall before a capitalised name ("…said it named
    // Norman / McInnis as…"). Regular line widths well under a paragraph's length,
    // plus at least one clear mid-sentence break, also mean wrapped prose — unless
    // the lines are title case, as headline lists are.
    let regular_width = breaks >= 2 && width <= 100 && {
        let near_full = (0..breaks)
            .filter(|&i| line(i).trim().chars().count() * 4 >= width * 3)
            .count();
        let title_case = (0..para.len())
            .map(|i| title_case_ratio(line(i)))
            .sum::<f32>()
            / para.len() as f32;
        near_full * 10 >= breaks * 6 && title_case < 0.75
    };
    let wrapped =
        breaks > 0 && (continuations * 10 >= breaks * 4 || continuations >= 1 && regular_width);
    let base_indent = (0..para.len()).map(|i| indent(line(i))).min().unwrap_or(0);

    let mut group_start = 0;
    for i in 0..para.len() {
        let last = i + 1 == para.len();
        let split_after = last || {
            let next_hint = hint_at(text, hints, para[i + 1]);
            let this_hint = hint_at(text, hints, para[i]);
            if next_hint.own_block || this_hint.own_block {
                true
            } else if !wrapped {
                !is_strong_continuation(line(i), line(i + 1))
            } else {
                let prev = line(i);
                let next = line(i + 1);
                // In wrapped prose a new paragraph shows as a sentence end followed
                // by an indented line or a visibly short line.
                ends_sentence(prev)
                    && (indent(next) > base_indent || prev.trim().chars().count() * 4 < width * 3)
            }
        };
        if split_after {
            let (s, e) = trim_range(text, para[group_start].0, para[i].1);
            let chunk = &text[s..e];
            if chunk.chars().any(char::is_alphanumeric) {
                let h = hint_at(text, hints, para[group_start]);
                out.push(Segment {
                    start: s,
                    end: e,
                    multiline: i > group_start,
                    heading: h.heading,
                    link_only: h.link_only,
                });
            }
            group_start = i + 1;
        }
    }
}

// ---------------------------------------------------------------- features

fn words(s: &str) -> Vec<&str> {
    s.split_whitespace().collect()
}

/// A word reduced to its letters/digits/apostrophes, lowercased.
fn bare(w: &str) -> String {
    w.trim_matches(|c: char| !c.is_alphanumeric())
        .replace('’', "'")
        .to_lowercase()
}

/// Lowercase words that title case leaves in lower case.
const SMALL_WORDS: &[&str] = &[
    "a", "an", "the", "and", "or", "but", "nor", "of", "in", "on", "at", "to", "for", "by", "with",
    "as", "from", "over", "amid", "after", "into", "onto", "vs", "via", "per", "than", "up", "out",
    "off", "is", "are", "be", "its", "de", "la", "del", "van", "von",
];

/// Share of the non-small words that start with a capital or a digit.
fn title_case_ratio(s: &str) -> f32 {
    let mut caps = 0;
    let mut total = 0;
    for w in s.split_whitespace() {
        let core = w.trim_start_matches(|c: char| !c.is_alphanumeric());
        let Some(first) = core.chars().next() else {
            continue;
        };
        if first.is_lowercase() && SMALL_WORDS.contains(&bare(core).as_str()) {
            continue;
        }
        total += 1;
        if first.is_uppercase() || first.is_numeric() {
            caps += 1;
        }
    }
    if total == 0 {
        0.0
    } else {
        caps as f32 / total as f32
    }
}

/// A row of figures ("Revs 13.9 mln vs 11.2 mln"): at least 25 % of its words
/// hold a digit. Tables are article content, never headlines or headings.
fn digit_heavy(s: &str) -> bool {
    let w = words(s);
    let digits = w
        .iter()
        .filter(|x| x.chars().any(|c| c.is_ascii_digit()))
        .count();
    digits > 0 && digits * 4 >= w.len()
}

/// A line shaped like a headline in a list: 3–25 words, no sentence-final period,
/// mostly capitalised words, not a byline.
fn headline_like(seg: &Segment, s: &str) -> bool {
    let n = words(s).len();
    !seg.multiline
        && (3..=25).contains(&n)
        && !ends_period(s)
        && !matches!(last_mark(s), Some(':'))
        && !s.starts_with("By ")
        && !digit_heavy(s)
        && title_case_ratio(s) >= 0.6
}

/// Short and unpunctuated: a label, a heading, or a list item.
fn short_unpunctuated(seg: &Segment, s: &str, max_words: usize) -> bool {
    !seg.multiline && words(s).len() <= max_words && !ends_period(s)
}

// ---------------------------------------------------------------- intrinsic rules

/// Words that make a very short line (≤ 3 words) an advertisement marker.
const AD_WORDS: &[&str] = &[
    "advertisement",
    "advertisements",
    "advert",
    "adverts",
    "advertising",
    "sponsored",
    "ad",
    "ads",
    "promoted",
];
/// Words that make a short line (≤ 6 words) an advertisement marker; "ad" alone
/// is too common in headings ("Ad spending slows") to count there.
const AD_WORDS_LONG: &[&str] = &["advertisement", "advertisements", "sponsored"];

/// "Advertisement", "- Advertisement -", "Story continues below advertisement".
fn is_advertisement(s: &str) -> bool {
    let w: Vec<String> = words(s)
        .iter()
        .map(|x| bare(x))
        .filter(|x| !x.is_empty())
        .collect();
    if w.len() >= 3 && ends_sentence(s) {
        return false;
    }
    (w.len() <= 3 && w.iter().any(|x| AD_WORDS.contains(&x.as_str())))
        || (w.len() <= 6 && w.iter().any(|x| AD_WORDS_LONG.contains(&x.as_str())))
}

static LABEL_COLON: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^\s*([\p{L}' ’]{2,30}?)\s*[:|»›]\s*\S").expect("valid regex"));

/// Words that make a line-opening label a teaser for another page.
const TEASER_CUES: &[&str] = &[
    "read",
    "more",
    "also",
    "watch",
    "listen",
    "see",
    "related",
    "recommended",
    "miss",
    "video",
    "videos",
    "photos",
    "gallery",
    "click",
    "trending",
    "popular",
    "podcast",
];
/// Mixed-case teaser labels, matched whole.
const TEASER_LABELS: &[&str] = &[
    "read more",
    "read also",
    "also read",
    "see also",
    "related",
    "watch",
    "listen",
    "must read",
    "recommended",
    "related article",
    "related story",
    "related content",
    "don't miss",
    "more on this",
    "you may also like",
    "you might also like",
    "continue reading",
];

/// "READ MORE: …", "ALSO READ: …", "Watch: …" — an all-caps (or well-known) label
/// with a colon that points at another page. "WASHINGTON: …" has no teaser word.
fn is_teaser(seg: &Segment, s: &str) -> bool {
    if seg.multiline || words(s).len() > 60 {
        return false;
    }
    // A bare "Read more" / "Continue reading" line; a bare "Related" is a section
    // label instead, judged by what follows it.
    let whole = bare(s).replace('’', "'");
    if words(s).len() <= 4
        && TEASER_LABELS.contains(&whole.as_str())
        && ["read", "continue", "miss"]
            .iter()
            .any(|w| whole.contains(w))
    {
        return true;
    }
    let Some(c) = LABEL_COLON.captures(s) else {
        return false;
    };
    let label = c[1].trim();
    let lower = label.replace('’', "'").to_lowercase();
    let all_caps = label.chars().any(char::is_alphabetic) && !label.chars().any(char::is_lowercase);
    let cue = lower.split_whitespace().any(|w| TEASER_CUES.contains(&w));
    (all_caps && cue && label.chars().filter(|c| c.is_alphabetic()).count() >= 4)
        || TEASER_LABELS.contains(&lower.as_str())
}

const IMPERATIVES: &[&str] = &[
    "subscribe",
    "follow",
    "share",
    "sign",
    "get",
    "join",
    "download",
    "like",
    "click",
    "tap",
    "connect",
    "stay",
    "register",
    "donate",
    "support",
    "install",
    "bookmark",
    "activate",
    "turn",
    "enable",
    "receive",
    "never",
    "don't",
    "enter",
];
const PROMPT_CUES: &[&str] = &[
    "inbox",
    "newsletter",
    "e-mail",
    "email",
    "notifications",
    "follow us",
    "like us",
    "our channel",
    "our app",
    "social media",
    "social networks",
    "facebook",
    "twitter",
    "instagram",
    "youtube",
    "telegram",
    "whatsapp",
    "tiktok",
    "linkedin",
    "sign up",
    "subscribe",
    "subscription",
    "alerts",
    "podcast",
    "rss",
    "updates",
];
/// Words that address the reader: a prompt talks to "you" about "our" channel.
const ADDRESS_WORDS: &[&str] = &["you", "your", "us", "our", "free", "now", "here", "today"];

/// "Subscribe to our channel", "Sign up for our newsletter", "Get the daily news in
/// your inbox": a clause opening with an imperative verb, naming a channel, and
/// addressing the reader — all in the same clause, outside quotation marks.
fn is_share_prompt(s: &str) -> bool {
    if words(s).len() > 50 || s.starts_with(['"', '“']) {
        return false;
    }
    s.split(['.', '!', '?', ':', ';', '|', '•', '–', '—'])
        .flat_map(|c| c.split(" - "))
        .any(|clause| {
            let lower = clause.replace('’', "'").to_lowercase();
            let ws: Vec<String> = lower.split_whitespace().map(bare).collect();
            let Some(first) = ws.first() else {
                return false;
            };
            IMPERATIVES.contains(&first.as_str())
                && PROMPT_CUES.iter().any(|c| lower.contains(c))
                && ws.iter().any(|w| ADDRESS_WORDS.contains(&w.as_str()))
        })
}

static BREADCRUMB: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^Home(?:\s*[>»›/|·]|\p{Lu})").expect("valid regex"));

/// Breadcrumbs ("Home › World › Europe", or glued "HomeWorld News…" when the
/// separators were images) and copyright lines.
fn is_navigation(seg: &Segment, s: &str) -> bool {
    if seg.multiline {
        return false;
    }
    let n = words(s).len();
    if n <= 30 && BREADCRUMB.is_match(s) {
        return true;
    }
    let separators = s.matches(['»', '›']).count() + s.matches(" > ").count();
    if n <= 20 && separators >= 2 && !ends_period(s) {
        return true;
    }
    let lower = s.to_lowercase();
    n <= 25
        && (s.starts_with('©')
            || lower.starts_with("copyright ©")
            || lower.starts_with("copyright (c)")
            || lower.contains("all rights reserved"))
}

static GLUED_DATE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"\p{L}\d{1,2}[/.]\d{1,2}[/.]\d{2,4}|\d{1,2}[/.]\d{1,2}[/.]\d{4}\p{L}|\p{L}\d{4}-\d{2}-\d{2}|\d{4}-\d{2}-\d{2}\p{L}",
    )
    .expect("valid regex")
});
static LEADING_DATE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:\S+\s+){0,3}?(?:\d{1,2}[/.]\d{1,2}[/.]\d{2,4}|\d{4}-\d{2}-\d{2})\s*\S")
        .expect("valid regex")
});

/// "Category29/11/2023Headline": a section word, a date and a headline glued
/// together, as text extraction leaves teaser cards.
fn is_glued_date_link(seg: &Segment, s: &str) -> bool {
    !seg.multiline && words(s).len() <= 40 && GLUED_DATE.find(s).is_some_and(|m| m.start() <= 60)
}

/// A line opening with a numeric date (within its first few words).
fn is_date_led(seg: &Segment, s: &str) -> bool {
    !seg.multiline && words(s).len() <= 30 && LEADING_DATE.is_match(s)
}

// ---------------------------------------------------------------- author bios

const FIRST_PERSON: &[&str] = &[
    "i", "i'm", "i've", "i'd", "i'll", "me", "my", "mine", "myself",
];
/// Words that mark a first-person passage as a writer's biography: the trade
/// itself. Matched as whole words ("authorities" is not "author"). Career words
/// alone ("graduate", "career") also appear in readers' comments, so they don't count.
const BIO_TRADE_WORDS: &[&str] = &[
    "journalist",
    "journalists",
    "journalism",
    "journalistic",
    "reporter",
    "reporters",
    "writer",
    "writers",
    "editor",
    "editors",
    "author",
    "authors",
    "columnist",
    "correspondent",
    "newspaper",
    "newspapers",
    "biography",
    "blogger",
];
/// Self-introductions that mark a biography as well.
const BIO_PHRASES: &[&str] = &["introduce myself", "my name is"];

/// (first-person words outside quotation marks, all words).
fn first_person_count(s: &str) -> (usize, usize) {
    let mut in_quote = false;
    let mut count = 0;
    let mut total = 0;
    let mut word = String::new();
    let mut flush = |word: &mut String, in_quote: bool| {
        if !word.is_empty() {
            total += 1;
            if !in_quote && FIRST_PERSON.contains(&bare(word).as_str()) {
                count += 1;
            }
            word.clear();
        }
    };
    for c in s.chars() {
        match c {
            '“' => {
                flush(&mut word, in_quote);
                in_quote = true;
            }
            '”' => {
                flush(&mut word, in_quote);
                in_quote = false;
            }
            '"' => {
                flush(&mut word, in_quote);
                in_quote = !in_quote;
            }
            c if c.is_whitespace() => flush(&mut word, in_quote),
            c => word.push(c),
        }
    }
    flush(&mut word, in_quote);
    (count, total)
}

fn first_person_dense(s: &str) -> bool {
    let (fp, total) = first_person_count(s);
    total >= 8 && fp >= 2 && fp * 100 >= total * 4
}

fn has_bio_cue(s: &str) -> bool {
    let lower = s.replace('’', "'").to_lowercase();
    BIO_PHRASES.iter().any(|p| lower.contains(p))
        || lower
            .split_whitespace()
            .any(|w| BIO_TRADE_WORDS.contains(&bare(w).as_str()))
}

// ---------------------------------------------------------------- labels

/// Section-label vocabulary for link lists ("Recent Articles", "Latest entries").
const LIST_LABEL_WORDS: &[&str] = &[
    "recent",
    "related",
    "latest",
    "more",
    "popular",
    "trending",
    "top",
    "suggested",
    "recommended",
    "stories",
    "articles",
    "posts",
    "entries",
    "headlines",
    "news",
    "videos",
    "comments",
    "tags",
    "categories",
    "topics",
    "picks",
    "read",
    "newsletter",
    "archives",
    "archive",
    "author",
    "profile",
    "about",
    "also",
    "like",
    "bio",
];
/// Menu and footer vocabulary ("No menu items!", "Privacy Policy", "DMCA / …").
const NAV_LABEL_WORDS: &[&str] = &[
    "menu",
    "navigation",
    "skip",
    "toggle",
    "login",
    "log",
    "sign",
    "search",
    "privacy",
    "cookie",
    "cookies",
    "terms",
    "copyright",
    "dmca",
    "disclaimer",
    "contact",
    "correction",
    "corrections",
    "notice",
    "advertise",
    "home",
    "sitemap",
    "rss",
    "imprint",
];

/// A short line made of furniture vocabulary. Whether it is chrome depends on what
/// follows (see `classify`): "Latest news" over body text is a sub-heading.
fn label_kind(seg: &Segment, s: &str) -> Option<ChromeKind> {
    if !short_unpunctuated(seg, s, 5) || ends_sentence(s) && !s.trim_end().ends_with('!') {
        return None;
    }
    let ws: Vec<String> = words(s).iter().map(|w| bare(w)).collect();
    if ws.iter().any(|w| NAV_LABEL_WORDS.contains(&w.as_str())) {
        Some(ChromeKind::Navigation)
    } else if ws.iter().any(|w| LIST_LABEL_WORDS.contains(&w.as_str())) {
        Some(ChromeKind::LinkList)
    } else {
        None
    }
}

/// Whitespace-collapsed text without list bullets or trailing punctuation, for
/// spotting repeats ("Title" and "Title." are the same block).
fn normalized(s: &str) -> String {
    let t = s
        .trim()
        .trim_start_matches(['•', '-', '*', '–', '—', '·', ' ', '\u{a0}'])
        .trim_end_matches(['.', ' ', '\u{a0}', '\t']);
    t.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Whether a block can be the article's title when no metadata names one.
fn title_like(seg: &Segment, s: &str) -> bool {
    let n = words(s).len();
    !seg.multiline
        && (2..20).contains(&n)
        && !ends_period(s)
        && !matches!(last_mark(s), Some(':'))
        && !s.starts_with("By ")
        && s.chars().any(char::is_alphabetic)
}

/// Substantial prose: the kind of block a heading introduces.
fn prose(seg: &Segment, s: &str) -> bool {
    seg.multiline || words(s).len() >= 8 || ends_sentence(s)
}

// ---------------------------------------------------------------- classification

/// How many blocks from the top a title is looked for when metadata gives none.
const TITLE_REACH: usize = 8;

/// Labels each segment. `meta_title` is the title from front matter/HTML, used to
/// find the title block; without it the first non-chrome headline-shaped line is
/// the title.
pub(crate) fn classify(text: &str, segs: &[Segment], meta_title: Option<&str>) -> Vec<Block> {
    let n = segs.len();
    let s: Vec<&str> = segs.iter().map(|g| &text[g.start..g.end]).collect();
    let mut kind: Vec<Option<BlockKind>> = vec![None; n];
    let chrome = |k: ChromeKind| Some(BlockKind::Chrome(k));
    let is_chrome = |k: &Option<BlockKind>| matches!(k, Some(BlockKind::Chrome(_)));

    // 1. Rules that need nothing but the block itself.
    for i in 0..n {
        let (g, t) = (&segs[i], s[i]);
        kind[i] = if is_advertisement(t) {
            chrome(ChromeKind::Advertisement)
        } else if pubdate::standalone_date(t).is_some() {
            chrome(ChromeKind::PageDate)
        } else if is_teaser(g, t) {
            chrome(ChromeKind::Teaser)
        } else if is_share_prompt(t) {
            chrome(ChromeKind::SharePrompt)
        } else if is_navigation(g, t) {
            chrome(ChromeKind::Navigation)
        } else if is_glued_date_link(g, t) {
            chrome(ChromeKind::LinkList)
        } else if pubdate::dateline_len(t).is_some() {
            // A wire dateline ("BLUE BELL, Pa., March 2 - …") opens the story's own
            // text, however short the item: never a heading or a list.
            Some(BlockKind::Body)
        } else {
            None
        };
    }

    // 2. Author biographies: runs of first-person paragraphs, one of which talks
    //    about the writer's trade. Quotes ("I don't think…", he said) don't count.
    let mut i = 0;
    while i < n {
        if kind[i].is_some() || !first_person_dense(s[i]) {
            i += 1;
            continue;
        }
        let start = i;
        while i < n && kind[i].is_none() && first_person_dense(s[i]) {
            i += 1;
        }
        if (start..i).any(|j| has_bio_cue(s[j])) {
            for k in &mut kind[start..i] {
                *k = chrome(ChromeKind::AuthorBio);
            }
        }
    }

    // 3. Runs: date-led lines (≥ 2), link-only lines (≥ 2), title-case headlines (≥ 3).
    mark_runs(&mut kind, 2, ChromeKind::LinkList, |i| {
        is_date_led(&segs[i], s[i])
    });
    mark_runs(&mut kind, 2, ChromeKind::LinkList, |i| {
        segs[i].link_only && !segs[i].heading && words(s[i]).len() <= 25
    });
    // (Not the first block: that is the title's place; see step 6.)
    mark_runs(&mut kind, 3, ChromeKind::HeadlineList, |i| {
        i > 0 && headline_like(&segs[i], s[i])
    });

    // 4. Exact repeats of an earlier block (a title echoed by the page, a caption
    //    printed twice). Very short lines are left to the other rules.
    let mut seen = HashSet::new();
    for i in 0..n {
        let norm = normalized(s[i]);
        let fresh = seen.insert(norm.clone());
        if kind[i].is_none() && !fresh && norm.split_whitespace().count() >= 3 {
            kind[i] = chrome(ChromeKind::Duplicate);
        }
    }

    // 5. Labels, from the end back, so that a label above another label above a
    //    list is seen as part of the furniture: a label is chrome when what
    //    follows it is chrome (or nothing).
    for i in (0..n).rev() {
        if kind[i].is_some() {
            continue;
        }
        let Some(k) = label_kind(&segs[i], s[i]) else {
            continue;
        };
        let next = kind.get(i + 1).copied().flatten();
        if i + 1 == n || matches!(next, Some(BlockKind::Chrome(_))) {
            kind[i] = match next {
                Some(BlockKind::Chrome(ChromeKind::AuthorBio)) => chrome(ChromeKind::AuthorBio),
                _ => chrome(k),
            };
        }
    }

    // 6. Short unpunctuated runs (any casing) closing the page, or right under a
    //    label, are lists of links too.
    // chrome_from[j]: every block from j to the end is chrome.
    let mut chrome_from = vec![true; n + 1];
    for j in (0..n).rev() {
        chrome_from[j] = chrome_from[j + 1] && is_chrome(&kind[j]);
    }
    // The first block is left out: a document's first line is its title far more
    // often than the top of a link list, and tables of figures are content.
    let listy = |i: usize| i > 0 && short_unpunctuated(&segs[i], s[i], 25) && !digit_heavy(s[i]);
    let mut i = 0;
    while i < n {
        if kind[i].is_some() || !listy(i) {
            i += 1;
            continue;
        }
        let start = i;
        while i < n && kind[i].is_none() && listy(i) {
            i += 1;
        }
        let tail = chrome_from[i];
        // The label may open the run itself ("Related" over its items), or stand
        // just before it, already marked.
        let own_label = label_kind(&segs[start], s[start]);
        let items = if own_label.is_some() {
            start + 1
        } else {
            start
        };
        let under_label = own_label.is_some()
            || start > 0
                && is_chrome(&kind[start - 1])
                && label_kind(&segs[start - 1], s[start - 1]).is_some();
        if i - items >= 3 && (tail || under_label) {
            for k in &mut kind[items..i] {
                *k = chrome(ChromeKind::HeadlineList);
            }
            if let Some(l) = own_label {
                kind[start] = chrome(l);
            }
        } else if i - start >= 3 && tail {
            for k in &mut kind[start..i] {
                *k = chrome(ChromeKind::HeadlineList);
            }
        }
    }

    // 7. The title.
    let title_at = find_title(&kind, segs, &s, meta_title);
    if let Some(t) = title_at {
        kind[t] = Some(BlockKind::Title);
        // Section kickers and stray menu words above the title.
        for i in 0..t {
            if kind[i].is_none() && short_unpunctuated(&segs[i], s[i], 5) {
                kind[i] = chrome(ChromeKind::Navigation);
            }
        }
    }

    // 8. Short unpunctuated lines with nothing but chrome after them: a heading
    //    with no text under it is a label of the page, not of the article.
    for i in (0..n).rev() {
        if kind[i].is_none()
            && short_unpunctuated(&segs[i], s[i], 6)
            && !ends_sentence(s[i])
            && !digit_heavy(s[i])
            && title_case_ratio(s[i]) >= 0.5
        {
            kind[i] = chrome(ChromeKind::LinkList);
        }
        if !is_chrome(&kind[i]) {
            break;
        }
    }

    // 9. Headings and body.
    for i in 0..n {
        if kind[i].is_some() {
            continue;
        }
        let (g, t) = (&segs[i], s[i]);
        let next_prose = (i + 1..n)
            .find(|&j| kind[j] != chrome(ChromeKind::Advertisement))
            .is_some_and(|j| !is_chrome(&kind[j]) && prose(&segs[j], s[j]));
        // List items ("- Raised the tax threshold") are body; so are stray
        // lowercase fragments of broken captures.
        let heading_shape = !g.multiline
            && !t.starts_with(['-', '•', '*', '–', '—', '·'])
            && !t
                .chars()
                .find(|c| c.is_alphabetic())
                .is_some_and(char::is_lowercase)
            && !ends_period(t)
            && !ends_sentence(t)
            && !digit_heavy(t)
            && !t
                .rsplit(char::is_whitespace)
                .next()
                .is_some_and(|w| FUNCTION_WORDS.contains(&w.to_lowercase().as_str()))
            && words(t).len() <= 12
            && t.chars().any(char::is_alphabetic);
        kind[i] = if (g.heading && !g.multiline && words(t).len() <= 25)
            || (heading_shape && next_prose)
        {
            Some(BlockKind::Heading)
        } else {
            Some(BlockKind::Body)
        };
    }

    segs.iter()
        .zip(kind)
        .map(|(g, k)| Block {
            start: g.start,
            end: g.end,
            kind: k.unwrap_or(BlockKind::Body),
        })
        .collect()
}

/// Marks maximal runs of ≥ `min` consecutive unlabelled blocks satisfying `pred`.
fn mark_runs(
    kind: &mut [Option<BlockKind>],
    min: usize,
    as_kind: ChromeKind,
    pred: impl Fn(usize) -> bool,
) {
    let n = kind.len();
    let mut i = 0;
    while i < n {
        if kind[i].is_some() || !pred(i) {
            i += 1;
            continue;
        }
        let start = i;
        while i < n && kind[i].is_none() && pred(i) {
            i += 1;
        }
        if i - start >= min {
            for k in &mut kind[start..i] {
                *k = Some(BlockKind::Chrome(as_kind));
            }
        }
    }
}

fn find_title(
    kind: &[Option<BlockKind>],
    segs: &[Segment],
    s: &[&str],
    meta_title: Option<&str>,
) -> Option<usize> {
    let open = |i: usize| kind[i].is_none();
    if let Some(meta) = meta_title.map(normalized).filter(|m| !m.is_empty()) {
        let found = (0..segs.len()).take(TITLE_REACH * 2).find(|&i| {
            if !open(i) || segs[i].multiline {
                return false;
            }
            let b = normalized(s[i]);
            // "Title | Site" in metadata against "Title" on the page.
            b == meta
                || (b.len() >= 8
                    && meta.starts_with(&b)
                    && meta[b.len()..]
                        .trim_start()
                        .starts_with(['|', '-', '–', '—', ':', '·']))
        });
        if found.is_some() {
            return found;
        }
    }
    // Otherwise the first block that isn't chrome, if it is shaped like a headline.
    let first = (0..segs.len()).take(TITLE_REACH).find(|&i| open(i))?;
    title_like(&segs[first], s[first]).then_some(first)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Segments and classifies plain text; returns (block text, kind) pairs.
    fn run(text: &str) -> Vec<(String, BlockKind)> {
        let segs = segment(text, &BTreeMap::new());
        classify(text, &segs, None)
            .into_iter()
            .map(|b| (text[b.start..b.end].to_owned(), b.kind))
            .collect()
    }

    fn kind_of(blocks: &[(String, BlockKind)], needle: &str) -> BlockKind {
        blocks
            .iter()
            .find(|(t, _)| t.contains(needle))
            .unwrap_or_else(|| panic!("no block containing {needle:?} in {blocks:#?}"))
            .1
    }

    const BODY1: &str = "The harbour authority approved a new ferry schedule on Thursday after months of complaints from commuters.";
    const BODY2: &str =
        "Officials said the change would add four crossings a day and cost less than expected.";

    #[test]
    fn segmentation_splits_items_and_joins_wrapped_prose() {
        let text = "Alpha line ends here.\nBeta line ends here.\n\nThe committee met in the\nold town hall and agreed,\nafter a long debate, to\nrenew the lease.\n    A second paragraph starts\nhere with an indent.";
        let segs = segment(text, &BTreeMap::new());
        let got: Vec<&str> = segs.iter().map(|g| &text[g.start..g.end]).collect();
        assert_eq!(
            got,
            vec![
                "Alpha line ends here.",
                "Beta line ends here.",
                "The committee met in the\nold town hall and agreed,\nafter a long debate, to\nrenew the lease.",
                "A second paragraph starts\nhere with an indent.",
            ]
        );
    }

    #[test]
    fn punctuation_only_lines_make_no_block() {
        let b = run(&format!("{BODY1}\n\n,\n\n{BODY2}"));
        assert_eq!(b.len(), 2);
    }

    #[test]
    fn advertisement_lines() {
        let b = run(&format!(
            "{BODY1}\n\n— Advertisement —\n\n{BODY2}\n\nADVERTISEMENT\n\nStory continues below advertisement\n\nAd spending fell sharply last quarter across the region, the survey found."
        ));
        assert_eq!(
            kind_of(&b, "— Advertisement"),
            BlockKind::Chrome(ChromeKind::Advertisement)
        );
        assert_eq!(
            kind_of(&b, "ADVERTISEMENT"),
            BlockKind::Chrome(ChromeKind::Advertisement)
        );
        assert_eq!(
            kind_of(&b, "continues below"),
            BlockKind::Chrome(ChromeKind::Advertisement)
        );
        assert_eq!(kind_of(&b, "Ad spending"), BlockKind::Body);
        let b = run(&format!("{BODY1}\n\nSearch ads revenue slows\n\n{BODY2}"));
        assert_eq!(kind_of(&b, "Search ads"), BlockKind::Heading);
    }

    #[test]
    fn headline_list_of_title_case_lines() {
        let b = run(&format!(
            "{BODY1}\n{BODY2}\n\nMinister Unveils Plan to Expand Rail Network by 2030\nFlooding Forces Evacuations in Three Coastal Towns\nCentral Bank Holds Rates Steady Amid Inflation Worries\n"
        ));
        assert_eq!(
            kind_of(&b, "Minister Unveils"),
            BlockKind::Chrome(ChromeKind::HeadlineList)
        );
        assert_eq!(
            kind_of(&b, "Flooding Forces"),
            BlockKind::Chrome(ChromeKind::HeadlineList)
        );
        assert_eq!(
            kind_of(&b, "Central Bank"),
            BlockKind::Chrome(ChromeKind::HeadlineList)
        );
        assert_eq!(kind_of(&b, "harbour"), BlockKind::Body);
        // Two title-case lines are not a list.
        let b = run(&format!(
            "{BODY1}\n\nMinister Unveils Plan to Expand Rail\n\nFlooding Forces Evacuations in Towns\n\n{BODY2}"
        ));
        assert!(
            !b.iter()
                .any(|(_, k)| *k == BlockKind::Chrome(ChromeKind::HeadlineList))
        );
    }

    #[test]
    fn author_bio_paragraphs() {
        let b = run(&format!(
            "{BODY1}\n\n“I never expected this,” said one commuter. “My mornings will be easier and I am grateful to me mum.”\n\nAbout the author\n\nHello, I am a freelance reporter based in the north. My work has taken me to four continents and I love my job.\n\nWhen I am not writing, my time goes to my garden and my two dogs, who keep me busy."
        ));
        assert_eq!(
            kind_of(&b, "freelance reporter"),
            BlockKind::Chrome(ChromeKind::AuthorBio)
        );
        assert_eq!(
            kind_of(&b, "my garden"),
            BlockKind::Chrome(ChromeKind::AuthorBio)
        );
        assert_eq!(
            kind_of(&b, "About the author"),
            BlockKind::Chrome(ChromeKind::AuthorBio)
        );
        // First person inside quotation marks is a quote, not a bio.
        assert_eq!(kind_of(&b, "never expected"), BlockKind::Body);
    }

    #[test]
    fn readers_first_person_comments_are_not_bios() {
        let b = run(&format!(
            "{BODY1}\n\nAs a graduate on a low wage, I welcome any rise I can get. My rent went up twice this year and my savings are gone.\n\nI run a small shop and my costs keep rising; I think the authorities should help me more.\n\n{BODY2}"
        ));
        assert_eq!(kind_of(&b, "As a graduate"), BlockKind::Body);
        assert_eq!(kind_of(&b, "small shop"), BlockKind::Body);
    }

    #[test]
    fn list_items_and_fragments_are_body_not_headings() {
        let b = run(&format!(
            "{BODY1}\n\n- Raised the tax threshold for small firms\n- Froze fuel duty\n\nwas\n\n{BODY2}"
        ));
        assert_eq!(kind_of(&b, "- Raised"), BlockKind::Body);
        assert_eq!(kind_of(&b, "- Froze"), BlockKind::Body);
        assert_eq!(kind_of(&b, "was"), BlockKind::Body);
    }

    #[test]
    fn teaser_lines() {
        let b = run(&format!(
            "{BODY1}\n\nALSO READ: Ferry operator posts record profit\n\nRead more: How the old schedule worked\n\nLONDON: {BODY2}\n\nWATCH: Harbour master explains the timetable"
        ));
        assert_eq!(
            kind_of(&b, "ALSO READ"),
            BlockKind::Chrome(ChromeKind::Teaser)
        );
        assert_eq!(
            kind_of(&b, "Read more:"),
            BlockKind::Chrome(ChromeKind::Teaser)
        );
        assert_eq!(kind_of(&b, "WATCH:"), BlockKind::Chrome(ChromeKind::Teaser));
        assert_eq!(kind_of(&b, "LONDON:"), BlockKind::Body);
    }

    #[test]
    fn share_prompts() {
        let b = run(&format!(
            "{BODY1}\n\nNever miss a story - sign up for our free newsletter\n\nLike what you read? Follow us on Instagram and turn on notifications.\n\nShe said she would follow the money and post the results on Twitter.\n\n{BODY2}"
        ));
        assert_eq!(
            kind_of(&b, "sign up for"),
            BlockKind::Chrome(ChromeKind::SharePrompt)
        );
        assert_eq!(
            kind_of(&b, "Follow us"),
            BlockKind::Chrome(ChromeKind::SharePrompt)
        );
        assert_eq!(kind_of(&b, "follow the money"), BlockKind::Body);
    }

    #[test]
    fn link_list_labels_and_dated_links() {
        let b = run(&format!(
            "{BODY1}\n{BODY2}\nMore from this section\nSport03/02/2021Local team wins the regional cup final\nBusiness03/02/2021Bakery chain opens its tenth shop in the city"
        ));
        assert_eq!(
            kind_of(&b, "More from"),
            BlockKind::Chrome(ChromeKind::LinkList)
        );
        assert_eq!(
            kind_of(&b, "Sport03"),
            BlockKind::Chrome(ChromeKind::LinkList)
        );
        assert_eq!(
            kind_of(&b, "Business03"),
            BlockKind::Chrome(ChromeKind::LinkList)
        );
        assert_eq!(kind_of(&b, "harbour"), BlockKind::Body);

        let b = run(&format!("{BODY1}\n\nPopular Now\n\nTrending topics"));
        assert_eq!(
            kind_of(&b, "Popular Now"),
            BlockKind::Chrome(ChromeKind::LinkList)
        );
        assert_eq!(
            kind_of(&b, "Trending topics"),
            BlockKind::Chrome(ChromeKind::LinkList)
        );
    }

    #[test]
    fn label_words_over_body_make_a_heading() {
        let b = run(&format!("{BODY1}\n\nThe latest figures\n\n{BODY2}"));
        assert_eq!(kind_of(&b, "latest figures"), BlockKind::Heading);
        let b = run(&format!("{BODY1}\n\nWhat the council wants\n\n{BODY2}"));
        assert_eq!(kind_of(&b, "council wants"), BlockKind::Heading);
    }

    #[test]
    fn navigation_and_page_date() {
        let b = run(&format!(
            "Tuesday, March 2, 2021\nOpen the menu\nHomeLocal NewsFerry timetable changes approved\n\nFerry timetable changes approved\n\n{BODY1}\n\nNews › Local › Transport\n\n{BODY2}\n\n© 2021 Harbour Gazette. All rights reserved."
        ));
        assert_eq!(
            kind_of(&b, "Tuesday"),
            BlockKind::Chrome(ChromeKind::PageDate)
        );
        assert_eq!(
            kind_of(&b, "menu"),
            BlockKind::Chrome(ChromeKind::Navigation)
        );
        assert_eq!(
            kind_of(&b, "HomeLocal"),
            BlockKind::Chrome(ChromeKind::Navigation)
        );
        assert_eq!(
            kind_of(&b, "News ›"),
            BlockKind::Chrome(ChromeKind::Navigation)
        );
        assert_eq!(kind_of(&b, "©"), BlockKind::Chrome(ChromeKind::Navigation));
        assert_eq!(
            b[3],
            ("Ferry timetable changes approved".into(), BlockKind::Title)
        );
    }

    #[test]
    fn duplicates_and_captions() {
        let caption = "A ferry leaves the harbour at dawn on Monday, its deck crowded with commuters. Photo by a staff photographer";
        let b = run(&format!(
            "Ferry timetable changes approved\n\n{caption}\n{caption}\n\n{BODY1}\n\nFerry timetable changes approved."
        ));
        assert_eq!(b[0].1, BlockKind::Title);
        assert_eq!(b[1].1, BlockKind::Body, "a photo caption stays body");
        assert_eq!(b[2].1, BlockKind::Chrome(ChromeKind::Duplicate));
        assert_eq!(b[4].1, BlockKind::Chrome(ChromeKind::Duplicate));
    }

    #[test]
    fn one_line_paragraphs_stay_body() {
        let b = run(&format!(
            "{BODY1}\n\nHe declined to comment.\n\n{BODY2}\n\nThe vote passed 7-2."
        ));
        assert_eq!(kind_of(&b, "declined"), BlockKind::Body);
        assert_eq!(kind_of(&b, "7-2"), BlockKind::Body);
    }

    #[test]
    fn title_from_first_line_only_when_headline_shaped() {
        let b = run(&format!("{BODY1}\n{BODY2}"));
        assert!(b.iter().all(|(_, k)| *k == BlockKind::Body));
        let b = run(&format!("Harbour gets new ferry schedule\n{BODY1}"));
        assert_eq!(b[0].1, BlockKind::Title);
    }

    #[test]
    fn meta_title_finds_its_block() {
        let text = format!("Kicker\n\nFerry timetable changes approved\n\n{BODY1}");
        let segs = segment(&text, &BTreeMap::new());
        let blocks = classify(
            &text,
            &segs,
            Some("Ferry timetable changes approved | Gazette"),
        );
        assert_eq!(blocks[1].kind, BlockKind::Title);
        assert_eq!(blocks[0].kind, BlockKind::Chrome(ChromeKind::Navigation));
    }

    #[test]
    fn hard_wrapped_wire_copy_is_body() {
        let text = "OFFICIAL NAMED\n\nDENVER, March 3 - Acme Corp said it named Janet\nOkafor as chief of its Mountain Freight unit, succeeding Paul\nReyes, who retired in February.\n    Okafor, former head of Plains Logistics, most recently\nwas an adviser to the regional trucking industry.\n";
        let b = run(text);
        assert_eq!(b.len(), 3, "{b:#?}");
        assert_eq!(b[0].1, BlockKind::Title);
        assert!(b[1].0.starts_with("DENVER") && b[1].0.ends_with("February."));
        assert_eq!(b[1].1, BlockKind::Body);
        assert_eq!(b[2].1, BlockKind::Body);

        let text = "Showers fell across the growing region during the week,\nrelieving a dry spell that began in early January, the\ngrowers' association said in its weekly report.\n    Deliveries for the week totalled 155,000 bags, against\n120,000 a year earlier, it said.\n";
        let b = run(text);
        assert_eq!(b.len(), 2, "{b:#?}");
        assert!(b.iter().all(|(_, k)| *k == BlockKind::Body));
    }

    #[test]
    fn never_panics_on_odd_input() {
        for t in [
            "",
            "\n\n\n",
            "“",
            "\u{a0}\u{a0}",
            "a\n\u{a0}\nb",
            "READ MORE:",
            "Home",
            "••••",
            "I I I I I I I I I my my",
            "Jan. 99 (X) --",
            "x\r\ny",
        ] {
            let segs = segment(t, &BTreeMap::new());
            let _ = classify(t, &segs, Some(t));
        }
    }
}
