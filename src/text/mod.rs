//! Sentences and tokens with byte offsets into the article text.
//!
//! Everything downstream points back into the original text by byte range, so that
//! evidence quotes are exact substrings of the article. Character offsets (what Web
//! Annotation's `TextPositionSelector` counts) are computed from byte offsets by
//! [`char_offset`] only where they are written out.

use unicode_segmentation::UnicodeSegmentation;

/// A byte range into the article text.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize, serde::Deserialize,
)]
pub struct Span {
    pub start: usize,
    pub end: usize,
}

impl Span {
    pub fn new(start: usize, end: usize) -> Self {
        Span { start, end }
    }
    pub fn of<'a>(&self, text: &'a str) -> &'a str {
        &text[self.start..self.end]
    }
    pub fn contains(&self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }
}

/// One word or punctuation mark.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Token {
    pub span: Span,
    /// Starts with an upper-case letter.
    pub cap: bool,
    /// Two or more letters, all upper case ("NATO", "U.S.").
    pub acronym: bool,
    /// Contains at least one letter or digit.
    pub word: bool,
}

/// Abbreviations after which a period does not end a sentence. Titles, months,
/// initials and a few Latin forms: closed-class English, not corpus data.
const ABBREVIATIONS: &[&str] = &[
    "Mr", "Mrs", "Ms", "Dr", "Prof", "Sen", "Rep", "Gov", "Gen", "Lt", "Col", "Capt", "Maj", "Sgt",
    "Adm", "Cmdr", "Rev", "St", "Sr", "Jr", "Mt", "Ft", "No", "Jan", "Feb", "Mar", "Apr", "Jun",
    "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "Inc", "Corp", "Co", "Ltd", "vs", "etc",
    "approx", "Pres", "Amb", "Min", "Sens", "Reps", "Govs",
];

/// Split `text[range]` into sentences. Newlines that end a line without sentence
/// punctuation also end the sentence (headlines, list items).
pub fn sentences(text: &str, range: Span) -> Vec<Span> {
    let block = &text[range.start..range.end];
    let mut raw: Vec<Span> = Vec::new();
    for (i, s) in block.split_sentence_bound_indices() {
        // Lines are hard boundaries: UAX#29 joins lines that lack a final period.
        let mut off = 0;
        for line in s.split_inclusive('\n') {
            let start = range.start + i + off;
            off += line.len();
            push_trimmed(text, Span::new(start, start + line.len()), &mut raw);
        }
    }
    // Re-join splits made after an abbreviation or an initial ("U.S.", "J. Smith").
    let mut out: Vec<Span> = Vec::new();
    for s in raw {
        if let Some(prev) = out.last_mut() {
            let between = &text[prev.end..s.start];
            if !between.contains('\n') && ends_with_abbreviation(&text[prev.start..prev.end]) {
                prev.end = s.end;
                continue;
            }
        }
        out.push(s);
    }
    out
}

fn push_trimmed(text: &str, span: Span, out: &mut Vec<Span>) {
    let s = &text[span.start..span.end];
    let lead = s.len() - s.trim_start().len();
    let trail = s.len() - s.trim_end().len();
    if lead + trail < s.len() {
        out.push(Span::new(span.start + lead, span.end - trail));
    }
}

fn ends_with_abbreviation(sentence: &str) -> bool {
    let Some(body) = sentence.strip_suffix('.') else {
        return false;
    };
    let last = body
        .rsplit(|c: char| c.is_whitespace() || c == '(' || c == '“' || c == '"')
        .next()
        .unwrap_or("");
    if ABBREVIATIONS.contains(&last) {
        return true;
    }
    // "ST. PAUL, MINN., March 17 -": a wire dateline in capitals abbreviates too.
    if last.len() >= 2
        && last.chars().all(|c| c.is_ascii_uppercase())
        && last != "NO"
        && ABBREVIATIONS.iter().any(|a| a.eq_ignore_ascii_case(last))
    {
        return true;
    }
    // "at 9 a.m. Tuesday": times of day rarely end a news sentence.
    if matches!(last, "a.m" | "p.m" | "A.M" | "P.M") {
        return true;
    }
    // Initials and dotted acronyms: "J", "U.S", "U.N".
    let letters: Vec<char> = last.chars().filter(|c| *c != '.').collect();
    !letters.is_empty()
        && letters.len() <= 3
        && letters.iter().all(|c| c.is_uppercase())
        && (letters.len() == 1 || last.contains('.'))
}

/// Tokenize a sentence. Keeps "U.S." and "Secretary-General" whole and splits the
/// possessive "'s" off as its own token.
pub fn tokens(text: &str, sentence: Span) -> Vec<Token> {
    let s = &text[sentence.start..sentence.end];
    let mut spans: Vec<Span> = Vec::new();
    for (i, w) in s.split_word_bound_indices() {
        if w.trim().is_empty() {
            continue;
        }
        let start = sentence.start + i;
        spans.push(Span::new(start, start + w.len()));
    }
    let mut merged: Vec<Span> = Vec::new();
    let mut i = 0;
    while i < spans.len() {
        let mut cur = spans[i];
        i += 1;
        // Dotted acronyms: U . S . → "U.S."
        while i + 1 < spans.len()
            && &text[spans[i].start..spans[i].end] == "."
            && spans[i].start == cur.end
            && is_single_upper(text[cur.start..cur.end].rsplit('.').next().unwrap_or(""))
            && spans[i + 1].start == spans[i].end
            && is_single_upper(&text[spans[i + 1].start..spans[i + 1].end])
        {
            cur.end = spans[i + 1].end;
            i += 2;
        }
        if i < spans.len()
            && &text[spans[i].start..spans[i].end] == "."
            && spans[i].start == cur.end
            && text[cur.start..cur.end].contains('.')
        {
            cur.end = spans[i].end;
            i += 1;
        }
        // An initial inside a name ("John F. Kennedy") or a name suffix ("Jr."): the
        // period belongs to the word when a capitalized word follows.
        if i + 1 < spans.len()
            && &text[spans[i].start..spans[i].end] == "."
            && spans[i].start == cur.end
            && (is_single_upper(&text[cur.start..cur.end])
                || matches!(&text[cur.start..cur.end], "Jr" | "Sr" | "St"))
            && text[spans[i + 1].start..spans[i + 1].end]
                .chars()
                .next()
                .is_some_and(char::is_uppercase)
        {
            cur.end = spans[i].end;
            i += 1;
        }
        // Hyphenated compounds: Secretary - General → one token. Not "ex-" before a
        // name ("ex-Downing Street media chief"): the name stays a word of its own.
        let ex_before_name = |cur: Span, i: usize| {
            text[cur.start..cur.end].eq_ignore_ascii_case("ex")
                && text[spans[i + 1].start..spans[i + 1].end]
                    .chars()
                    .next()
                    .is_some_and(char::is_uppercase)
        };
        // "(D-Vt.)", "R-Calif.": a party's letter before a state's abbreviation is a
        // word of its own, so the state can be named.
        let party_before_state = |cur: Span, i: usize| {
            matches!(&text[cur.start..cur.end], "D" | "R" | "I")
                && i + 2 < spans.len()
                && &text[spans[i + 2].start..spans[i + 2].end] == "."
        };
        while i + 1 < spans.len()
            && !ex_before_name(cur, i)
            && !party_before_state(cur, i)
            && matches!(&text[spans[i].start..spans[i].end], "-" | "‑")
            && spans[i].start == cur.end
            && spans[i + 1].start == spans[i].end
            && text[spans[i + 1].start..spans[i + 1].end]
                .chars()
                .next()
                .is_some_and(char::is_alphanumeric)
        {
            cur.end = spans[i + 1].end;
            i += 2;
        }
        merged.push(cur);
    }
    let mut out = Vec::with_capacity(merged.len() + 4);
    for sp in merged {
        let w = &text[sp.start..sp.end];
        for suffix in ["'s", "’s", "'", "’"] {
            if w.len() > suffix.len() + 1
                && w.ends_with(suffix)
                && (suffix.len() > 1 || w.ends_with("s'") || w.ends_with("s’"))
            {
                let cut = sp.end - suffix.len();
                out.push(make_token(text, Span::new(sp.start, cut)));
                out.push(make_token(text, Span::new(cut, sp.end)));
                break;
            }
        }
        if out.last().is_none_or(|t: &Token| t.span.end != sp.end) {
            out.push(make_token(text, sp));
        }
    }
    out
}

fn is_single_upper(s: &str) -> bool {
    let mut c = s.chars();
    matches!((c.next(), c.next()), (Some(a), None) if a.is_uppercase())
}

fn make_token(text: &str, span: Span) -> Token {
    let w = &text[span.start..span.end];
    let first = w.chars().next();
    let letters = w.chars().filter(|c| c.is_alphabetic()).count();
    Token {
        span,
        cap: first.is_some_and(char::is_uppercase),
        acronym: letters >= 2
            && w.chars()
                .filter(|c| c.is_alphabetic())
                .all(char::is_uppercase),
        word: w.chars().any(char::is_alphanumeric),
    }
}

/// Character (Unicode scalar) offset of byte offset `byte` in `text`.
pub fn char_offset(text: &str, byte: usize) -> usize {
    text[..byte].chars().count()
}

/// A name's initial: one capital letter and its period ("R." in "R. Joseph Clancy").
pub fn is_initial(word: &str) -> bool {
    word.len() == 2 && word.ends_with('.') && word.starts_with(|c: char| c.is_ascii_uppercase())
}

/// A key for matching names: ASCII-folded, lower case, letters and digits only.
/// "Secretary-General" and "Secretary General" share a key; so do "Co-operation"
/// and "Cooperation".
pub fn fold_key(s: &str) -> String {
    deunicode::deunicode(s)
        .chars()
        .filter(char::is_ascii_alphanumeric)
        .map(|c| c.to_ascii_lowercase())
        .collect()
}

/// The folded key of a person's surname: the last word of the name.
pub fn surname_key(name: &str) -> String {
    name.split_whitespace()
        .last()
        .map(fold_key)
        .unwrap_or_default()
}

/// A slug for IRIs: ASCII-folded, lower case, words joined by '-'.
pub fn slug(s: &str) -> String {
    let folded = deunicode::deunicode(s).to_ascii_lowercase();
    let mut out = String::with_capacity(folded.len());
    for c in folded.chars() {
        if c.is_ascii_alphanumeric() {
            out.push(c);
        } else if !out.ends_with('-') && !out.is_empty() {
            out.push('-');
        }
    }
    while out.ends_with('-') {
        out.pop();
    }
    if out.is_empty() {
        out.push('x');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sents(t: &str) -> Vec<&str> {
        sentences(t, Span::new(0, t.len()))
            .iter()
            .map(|s| s.of(t))
            .collect()
    }
    fn toks(t: &str) -> Vec<&str> {
        tokens(t, Span::new(0, t.len()))
            .iter()
            .map(|s| s.span.of(t))
            .collect()
    }

    #[test]
    fn abbreviations_do_not_end_sentences() {
        assert_eq!(
            sents("The U.S. envoy met Mr. Smith on Jan. 12 in Oslo. Then he left."),
            vec![
                "The U.S. envoy met Mr. Smith on Jan. 12 in Oslo.",
                "Then he left."
            ]
        );
    }

    #[test]
    fn lines_without_punctuation_are_separate_sentences() {
        assert_eq!(
            sents("Headline One\nHeadline Two\n"),
            vec!["Headline One", "Headline Two"]
        );
    }

    #[test]
    fn initials_are_one_capital_and_a_period() {
        assert!(is_initial("R."));
        assert!(!is_initial("Rt."));
        assert!(!is_initial("r."));
        assert!(!is_initial("U.S."));
    }

    #[test]
    fn tokens_keep_acronyms_and_compounds_and_split_possessives() {
        assert_eq!(
            toks("U.S. Secretary-General met Norway’s envoy."),
            vec![
                "U.S.",
                "Secretary-General",
                "met",
                "Norway",
                "’s",
                "envoy",
                "."
            ]
        );
    }

    #[test]
    fn keys_fold_hyphens_case_and_accents() {
        assert_eq!(fold_key("Co-operation"), fold_key("Cooperation"));
        assert_eq!(fold_key("Zürich"), "zurich");
        assert_eq!(slug("Jens  Stoltenberg!"), "jens-stoltenberg");
    }
}
