//! Date and time expressions in English news text: recognition and normalization.
//!
//! No crate finds dates in running prose, so this module recognizes them with a set of
//! regular expressions (compiled once) and resolves them with `jiff` calendar arithmetic
//! against the article's publication date (the *anchor*). Values follow the TimeML /
//! TempEval-3 conventions so the recognizer can later be scored against that corpus:
//! prepositions ("on", "in", "at", "for") are not part of an expression's span, and every
//! expression carries a TimeML value string and type besides its typed [`TimeValue`].
//!
//! Recognition errs on the side of precision: a knowledge graph built from news is hurt
//! more by an invented date than by a missing one, so ambiguous tokens ("May", "March",
//! bare four-digit numbers) need supporting context before they count as dates.

use std::sync::LazyLock;

use jiff::Span;
use jiff::civil::{Date, Weekday};
use regex::{Captures, Regex, RegexSet};

/// Which way a bare weekday or relative expression points.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tense {
    /// The clause reports something that happened ("met", "said", "was").
    Past,
    /// The clause describes something ongoing ("are holding talks").
    Present,
    /// The clause announces something to come ("will meet", "is scheduled to").
    Future,
}

/// The resolved value of a temporal expression.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TimeValue {
    /// A calendar day: "2022-01-12". Also used for a day with a part of day
    /// ("Tuesday evening"), whose TimeML value then carries the part ("2022-01-11TEV").
    Day(Date),
    /// Month and day with the year unknown (no anchor): "--01-12".
    MonthDay {
        /// 1–12.
        month: i8,
        /// 1–31.
        day: i8,
    },
    /// A month of a known year: "2021-12".
    Month {
        /// The calendar year.
        year: i16,
        /// 1–12.
        month: i8,
    },
    /// A calendar year.
    Year(i16),
    /// An inclusive span of days: "this week", "recent months", "a two-day trip" with a start.
    Range {
        /// First day of the span.
        start: Date,
        /// Last day of the span (inclusive).
        end: Date,
    },
    /// A clock time, with the day it belongs to when the sentence names one.
    TimeOfDay {
        /// The day the time falls on, taken from a day expression in the same sentence.
        date: Option<Date>,
        /// 0–23.
        hour: i8,
        /// 0–59.
        minute: i8,
        /// The zone as written ("GMT", "local time"), if any.
        zone: Option<String>,
    },
    /// A date expression we recognized but cannot place (a weekday with no anchor,
    /// a duration with no start, "recently", an ambiguous "05/06/2023").
    Unresolved,
}

/// One temporal expression found in a sentence.
#[derive(Debug, Clone, PartialEq)]
pub struct TimeExpr {
    /// Byte offset of the first byte of the expression in the input string.
    pub start: usize,
    /// Byte offset one past the last byte of the expression.
    pub end: usize,
    /// The expression as written (`&input[start..end]`).
    pub text: String,
    /// The typed, resolved value.
    pub value: TimeValue,
    /// The weekday the text named, if it named one ("Wednesday January 12").
    pub weekday: Option<Weekday>,
    /// TimeML-style value string as TempEval-3 scores it: "2022-01-12", "2022-W02",
    /// "2021-12", "PAST_REF", "PRESENT_REF", "FUTURE_REF", "P2D", "XXXX-01-12" for an
    /// unknown year, "XXXX-WXX-3" for a weekday that cannot be placed.
    pub timeml: String,
    /// TimeML type: "DATE", "TIME", "DURATION", "SET".
    pub timeml_type: &'static str,
}

// ---------------------------------------------------------------------------------------
// Tense of a clause
// ---------------------------------------------------------------------------------------

// Word lists stay packed: one word per line would bury the logic.
/// Irregular past forms that news reports use; regular "-ed" forms are caught by suffix.
#[rustfmt::skip]
const PAST_WORDS: &[&str] = &[
    "met", "said", "told", "spoke", "began", "held", "was", "were", "had", "did", "took", "came",
    "went", "saw", "made", "gave", "left", "sent", "won", "lost", "got", "knew", "thought",
    "brought", "found", "became", "ran", "wrote", "led", "fled", "flew", "fell", "rose", "struck",
    "broke", "chose", "drove", "sat", "stood", "paid", "meant", "felt", "kept", "heard", "spent",
    "sought", "fought", "built", "drew", "grew", "threw", "withdrew", "shook", "ago", "last",
    "earlier", "previously", "has", "have", "didn't", "wasn't", "weren't", "hadn't",
];

/// Words that announce a future event on their own.
#[rustfmt::skip]
const FUTURE_WORDS: &[&str] = &[
    "will", "shall", "won't", "would", "may", "might", "could", "scheduled", "slated", "planned",
    "plans", "plan", "planning", "upcoming", "intends", "intend", "expects", "next", "ahead",
    "preparing", "prepares", "proposed", "tomorrow",
];

/// Adjectives ending in "-ed" that are not past-tense verbs in news prose.
#[rustfmt::skip]
const NOT_PAST_ED: &[&str] = &[
    "united", "armed", "based", "related", "limited", "detailed", "interested", "concerned",
    "unprecedented", "hundred", "alleged", "supposed", "advanced", "experienced", "renewed",
];

/// Characters that end a clause for the purpose of tense: quotes switch speaker,
/// parentheses and semicolons separate statements. Commas and periods do not, since
/// fronted dates ("On Wednesday, Blinken will …") and abbreviations ("Jan.") are common.
fn is_clause_break(c: char) -> bool {
    matches!(
        c,
        ';' | '(' | ')' | '[' | ']' | '"' | '“' | '”' | '!' | '?' | '\n'
    )
}

/// The largest char boundary not after `i` (so slicing never panics).
fn floor_boundary(s: &str, i: usize) -> usize {
    let mut i = i.min(s.len());
    while !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// Words (letters, digits and in-word apostrophes) with their byte offsets.
fn words(s: &str) -> impl Iterator<Item = (usize, &str)> {
    let mut pos = 0usize;
    std::iter::from_fn(move || {
        let rest = s.get(pos..)?;
        let skip = rest
            .char_indices()
            .find(|&(_, c)| c.is_alphanumeric())
            .map(|(i, _)| i)?;
        let begin = pos + skip;
        let tail = &s[begin..];
        let mut len = tail.len();
        let mut it = tail.char_indices().peekable();
        while let Some((i, c)) = it.next() {
            let apostrophe_inside =
                (c == '\'' || c == '’') && it.peek().is_some_and(|&(_, n)| n.is_alphabetic());
            // "18-rated", "long-planned": a compound stays one word.
            let hyphen_inside = c == '-' && it.peek().is_some_and(|&(_, n)| n.is_alphanumeric());
            if !(c.is_alphanumeric() || apostrophe_inside || hyphen_inside) {
                len = i;
                break;
            }
        }
        pos = begin + len;
        Some((begin, &s[begin..begin + len]))
    })
}

/// What tense a single word signals, given the words around it.
fn cue(prev: &str, word: &str, next: &str) -> Option<Tense> {
    // A hyphenated compound is an adjective ("18-rated games", "a long-planned
    // speech"), unless a prefix makes a verb of it ("re-elected", "co-hosted").
    if let Some((head, rest)) = word.split_once('-') {
        return match head {
            "re" | "co" | "pre" | "un" => cue(prev, rest, next),
            _ => None,
        };
    }
    if word.ends_with("'ll") || word.ends_with("’ll") {
        return Some(Tense::Future);
    }
    // Only lowercase words count: a capitalized "May" or "March" is a month, "Will" a name.
    if !word.starts_with(|c: char| c.is_lowercase()) {
        return None;
    }
    let be_present =
        matches!(word, "is" | "are" | "am") || word.ends_with("'re") || word.ends_with("’re");
    let be_past = matches!(word, "was" | "were");
    if be_present || be_past {
        if matches!(
            next,
            "scheduled"
                | "due"
                | "set"
                | "expected"
                | "slated"
                | "going"
                | "poised"
                | "likely"
                | "to"
                | "planning"
                | "preparing"
                | "hoping"
        ) {
            return Some(Tense::Future);
        }
        if be_present {
            return Some(Tense::Present);
        }
        return Some(Tense::Past);
    }
    // "gave up its own original plans to seek a stake", "discussed ONGC's plans": "plans"
    // after a determiner, a possessive or an adjective is a noun, no tense.
    if matches!(word, "plans" | "plan")
        && (prev.ends_with("'s")
            || prev.ends_with("’s")
            || matches!(
                prev,
                "its"
                    | "their"
                    | "his"
                    | "her"
                    | "our"
                    | "the"
                    | "a"
                    | "any"
                    | "these"
                    | "those"
                    | "own"
                    | "original"
                    | "earlier"
                    | "previous"
                    | "new"
                    | "such"
            ))
    {
        return None;
    }
    if FUTURE_WORDS.contains(&word) {
        return Some(Tense::Future);
    }
    // "King Fahd begins a state visit on Tuesday": the present of a schedule. (Not
    // "returns" or "leaves", mostly heard in "before he returns home".)
    if matches!(
        word,
        "begins"
            | "starts"
            | "opens"
            | "arrives"
            | "departs"
            | "resumes"
            | "meets"
            | "holds"
            | "hosts"
            | "visits"
            | "flies"
            | "travels"
            | "heads"
    ) || (word == "leaves" && next == "for")
    {
        // ("Howard leaves for Japan on Saturday": a departure's present is a schedule's.)
        return Some(Tense::Present);
    }
    // "Opec ministers meet on Monday": a plural subject's present is a schedule too.
    // (Not after "to", "not" or an auxiliary, which decide on their own.)
    if matches!(
        word,
        "meet" | "begin" | "start" | "open" | "hold" | "resume"
    ) && !prev.is_empty()
        && prev.chars().all(|c| c.is_alphabetic())
        && !matches!(
            prev,
            "to" | "not"
                | "never"
                | "and"
                | "or"
                | "did"
                | "do"
                | "does"
                | "cannot"
                | "must"
                | "should"
                | "can"
                | "let"
                | "help"
                | "would"
                | "could"
                | "will"
                | "shall"
                | "may"
                | "might"
        )
    {
        return Some(Tense::Present);
    }
    if matches!(word, "due" | "expected" | "set" | "has" | "have") && next == "to" {
        return Some(Tense::Future);
    }
    // After "be"/"been" a past form is a participle ("will be held"), and after a modal
    // "have" is perfect aspect ("will have met"): the auxiliary before them decides.
    if matches!(prev, "be" | "been" | "being") || (FUTURE_WORDS.contains(&prev) && word == "have") {
        return None;
    }
    if PAST_WORDS.contains(&word) {
        return Some(Tense::Past);
    }
    if word.len() >= 5
        && word.ends_with("ed")
        && (!word.ends_with("eed") || matches!(word, "agreed" | "freed" | "guaranteed"))
        && !NOT_PAST_ED.contains(&word)
    {
        return Some(Tense::Past);
    }
    None
}

/// Tense of the clause around byte offset `at` in `sentence`: future for "will", "'ll",
/// "is/are scheduled to", "is due to", "plans to", "is set to", "are expected to", "next";
/// present progressive "are holding" → Present; past for -ed verbs, "met", "said", "spoke",
/// "began", "held", "was/were", "last". Default Past (news reports the past).
///
/// The nearest cue wins; cues after `at` count as two words farther than cues before it,
/// since the verb governing a date usually precedes it ("met … on Monday") but a fronted
/// date ("On Wednesday, Blinken will …") has its verb after it. `at` need not be a char
/// boundary; offsets past the end are clamped.
pub fn clause_tense(sentence: &str, at: usize) -> Tense {
    let at = floor_boundary(sentence, at);
    let lo = sentence[..at]
        .char_indices()
        .rev()
        .find(|&(_, c)| is_clause_break(c))
        .map_or(0, |(i, c)| i + c.len_utf8());
    let hi = sentence[at..]
        .char_indices()
        .find(|&(_, c)| is_clause_break(c))
        .map_or(sentence.len(), |(i, _)| at + i);
    let clause = &sentence[lo..hi];
    let rel_at = at - lo;

    // Index of the first word at or after `at`, to measure distances in words.
    let anchor_idx = words(clause)
        .take_while(|&(p, w)| p + w.len() <= rel_at)
        .count();
    // "delayed its annual meeting to June 22", "postponed the talks until May": the
    // date an event is moved to lies ahead, whatever the tense of the moving.
    let before: Vec<&str> = words(clause).take(anchor_idx).map(|(_, w)| w).collect();
    if before
        .last()
        .is_some_and(|w| matches!(*w, "to" | "until" | "till"))
        && before.iter().any(|w| {
            matches!(
                w.to_lowercase().as_str(),
                "postponed" | "delayed" | "deferred" | "rescheduled" | "moved" | "adjourned"
            )
        })
    {
        return Tense::Future;
    }
    let mut best: Option<(usize, Tense)> = None;
    let mut it = words(clause).enumerate().peekable();
    let mut prev = "";
    while let Some((i, (_, w))) = it.next() {
        let next = it.peek().map_or("", |&(_, (_, n))| n);
        let c = cue(prev, w, next);
        prev = w;
        let Some(t) = c else { continue };
        let score = if i < anchor_idx {
            anchor_idx - i - 1
        } else {
            i - anchor_idx + 2
        };
        // Ties go to the earlier cue, which for equal scores is the preceding one.
        if best.is_none_or(|(b, _)| score < b) {
            best = Some((score, t));
        }
    }
    best.map_or(Tense::Past, |(_, t)| t)
}

// ---------------------------------------------------------------------------------------
// Recognition: patterns produce candidates, the longest leftmost ones win
// ---------------------------------------------------------------------------------------

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Unit {
    Minute,
    Hour,
    Day,
    Week,
    Month,
    Year,
    Decade,
}

impl Unit {
    fn parse(s: &str) -> Option<Unit> {
        let s = s.to_ascii_lowercase();
        let s = s.strip_suffix('s').unwrap_or(&s);
        Some(match s {
            "minute" => Unit::Minute,
            "hour" => Unit::Hour,
            "day" => Unit::Day,
            "week" => Unit::Week,
            "month" => Unit::Month,
            "year" => Unit::Year,
            "decade" => Unit::Decade,
            _ => return None,
        })
    }

    /// ISO 8601 / TimeML duration for `n` units ("P2D", "PT3H", "PXM" when `n` is unknown).
    fn duration(self, n: Option<i64>) -> String {
        let n = n.map_or_else(|| "X".to_string(), |n| n.to_string());
        match self {
            Unit::Minute => format!("PT{n}M"),
            Unit::Hour => format!("PT{n}H"),
            Unit::Day => format!("P{n}D"),
            Unit::Week => format!("P{n}W"),
            Unit::Month => format!("P{n}M"),
            Unit::Year => format!("P{n}Y"),
            Unit::Decade => format!("P{n}DE"),
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum PartOfDay {
    Morning,
    Afternoon,
    Evening,
    Night,
}

impl PartOfDay {
    fn parse(s: &str) -> Option<PartOfDay> {
        Some(match s.to_ascii_lowercase().as_str() {
            "morning" => PartOfDay::Morning,
            "afternoon" => PartOfDay::Afternoon,
            "evening" => PartOfDay::Evening,
            "night" | "tonight" => PartOfDay::Night,
            _ => return None,
        })
    }
    fn code(self) -> &'static str {
        match self {
            PartOfDay::Morning => "MO",
            PartOfDay::Afternoon => "AF",
            PartOfDay::Evening => "EV",
            PartOfDay::Night => "NI",
        }
    }
}

/// An explicit direction word before a weekday or month: "last", "next", "this".
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Rel {
    Last,
    Next,
    This,
}

/// What the text said, before it is placed on the calendar.
#[derive(Debug, Clone)]
enum Spec {
    /// "January 12", "12 January 2022", "2022-01-12".
    Calendar {
        year: Option<i16>,
        month: i8,
        day: i8,
    },
    /// "05/06/2023": day-first or month-first cannot be told apart.
    AmbiguousNumeric {
        year: i16,
    },
    /// "December 2021".
    MonthOfYear {
        year: i16,
        month: i8,
    },
    /// "in March", "last December".
    BareMonth {
        month: i8,
        rel: Option<Rel>,
    },
    Year(i16),
    /// "the third quarter", "fourth-quarter", "the first quarter of 2021".
    Quarter {
        n: i8,
        year: Option<i16>,
    },
    /// "the 1990s": first year of the decade.
    Decade(i16),
    /// "Wednesday", "last Wednesday", "Tuesday evening".
    Weekday {
        wd: Weekday,
        rel: Option<Rel>,
        part: Option<PartOfDay>,
    },
    /// "today" (0), "yesterday" (−1), "tomorrow" (+1), "last night" (−1, night).
    RelDay {
        offset: i64,
        part: Option<PartOfDay>,
    },
    /// "this week" (0), "last month" (−1), "next year" (+1).
    CurrentUnit {
        unit: Unit,
        offset: i64,
    },
    /// "this weekend" (Some(0)), "last weekend" (Some(−1)); "the weekend" (None: by tense).
    Weekend(Option<i64>),
    /// "earlier this month" (`later` false), "later this week" (`later` true).
    Partial {
        unit: Unit,
        later: bool,
    },
    /// "two days ago" (−2), "a week from now" (+1): from the anchor.
    Ago {
        n: i64,
        unit: Unit,
    },
    /// "two days later", "the next day": from a reference date in the sentence, or the anchor.
    /// `forward_ref`: "two days after/before X" prefers a date that follows.
    Shift {
        n: i64,
        unit: Unit,
        forward_ref: bool,
    },
    /// "recent months", "the coming days": vague past/future reference with an approximate range.
    Vague {
        unit: Unit,
        future: bool,
    },
    /// "recently", "now", "soon": "PAST_REF", "PRESENT_REF", "FUTURE_REF".
    Ref(&'static str),
    /// "for months", "a two-day trip", "the past two weeks". `dir`: −1 ends at the anchor,
    /// +1 starts at it, 0 unplaced. `adjective`: "two-day" (attaches to a start day).
    Duration {
        n: Option<i64>,
        unit: Unit,
        dir: i8,
        adjective: bool,
    },
    /// "0900 GMT", "9 a.m.", "14:00".
    Clock {
        hour: i8,
        minute: i8,
        zone: Option<String>,
    },
    /// "every week": the TimeML value.
    Set(String),
}

#[derive(Debug, Clone)]
struct Cand {
    start: usize,
    end: usize,
    spec: Spec,
    weekday: Option<Weekday>,
}

type Handler = fn(&Captures<'_>, &str) -> Option<Cand>;

const WEEKDAY_FULL: &str = "(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)";
const WEEKDAY_ANY: &str = r"(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Mon|Tues|Tue|Wed|Thurs|Thur|Thu|Fri|Sat|Sun)\b\.?";
const MONTH: &str = r"(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\b\.?";
const DAY: &str = r"(3[01]|[12][0-9]|0?[1-9])(?:st|nd|rd|th)?\b";
const YEAR: &str = r"(19[0-9]{2}|20[0-9]{2}|2100)\b";
const NUM: &str = r"(?:a\s+few|an|a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-(?:one|two|three|four|five|six|seven|eight|nine))?|hundred|several|few|many|[0-9]{1,4})";
const NUM_ADJ: &str = r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|(?:twenty|thirty|forty|fifty|sixty)(?:-(?:one|two|three|four|five|six|seven|eight|nine))?|hundred|[0-9]{1,3})";
const ZONE: &str = r"(GMT|UTC|BST|CET|CEST|EET|EEST|WET|MSK|EST|EDT|CST|CDT|MST|MDT|PST|PDT|JST|KST|AEST|AEDT|local\s+time|[A-Z][a-z]+\s+time)\b";
const DUR_MOD: &str =
    r"(?:(?:more\s+than|over|nearly|almost|about|around|at\s+least|less\s+than|up\s+to|some)\s+)";

/// Compiles a pattern with ASCII word boundaries: Unicode `\b` makes the regex engine
/// give up its fast DFA on any non-ASCII haystack, and every word the patterns anchor
/// on (month names, numbers, English function words) is ASCII anyway.
fn re(pat: &str) -> Regex {
    Regex::new(&ascii_boundaries(pat)).expect("temporal patterns are valid regexes")
}

fn ascii_boundaries(pat: &str) -> String {
    pat.replace(r"\b", r"(?-u:\b)")
}

/// Every recognizer, in priority order for candidates with identical spans.
static PATTERNS: LazyLock<Patterns> = LazyLock::new(|| {
    let p: Vec<(String, Handler)> = vec![
        (r"\b([0-9]{4})-([0-9]{2})-([0-9]{2})\b".into(), h_iso),
        (r"\b([0-9]{1,2})([./])([0-9]{1,2})([./])([0-9]{4})\b".into(), h_numeric),
        (format!(r"\b(?:{WEEKDAY_ANY},?\s+)?{MONTH}\s+{DAY}(?:,?\s+{YEAR})?"), h_mdy),
        (format!(r"\b(?:{WEEKDAY_ANY},?\s+)?(?:the\s+)?{DAY}(?:\s+of)?\s+{MONTH}(?:,?\s+{YEAR})?"), h_dmy),
        (
            format!(r"\b(?:((?i:early|late|mid))[-\s]+)?(?:((?i:last|next|this\s+past|this\s+coming|this|past|coming))\s+)?{MONTH}(?:(?:\s+of)?,?\s+{YEAR})?"),
            h_month,
        ),
        (r"\b(?:((?i:early|late|mid))[-\s]+)?(19[0-9]{2}|20[0-9]{2}|2100)(s)?\b".into(), h_year),
        (
            format!(r"\b(?:((?i:last|next|this\s+past|this\s+coming|this|coming|past))\s+)?{WEEKDAY_FULL}\b(?:\s+((?i:morning|afternoon|evening|night)))?"),
            h_weekday,
        ),
        (
            r"(?i)\b(?:the\s+day\s+(before\s+yesterday|after\s+tomorrow)|(today|tonight|yesterday|tomorrow)(?:\s+(morning|afternoon|evening|night))?|(last\s+night)|this\s+(morning|afternoon|evening))\b".into(),
            h_rel_day,
        ),
        (r"(?i)\b(this|last|next|past|coming|previous|following)\s+(week|weekend|month|year)\b".into(), h_current_unit),
        (r"(?i)\bthe\s+weekend\b".into(), h_the_weekend),
        (format!(r"(?i)\bthe\s+(past|last|next|coming|previous|following)\s+(?:({NUM})\s+)?(days?|weeks?|months?|years?|decades?|hours?)\b"), h_the_rel),
        (format!(r"(?i)\b(past|last|next|coming)\s+({NUM})\s+(days|weeks|months|years|decades|hours)\b"), h_last_n),
        (r"(?i)\b(earlier|later|early|late)\s+(this|last|next)\s+(week|month|year)\b".into(), h_partial),
        (r"(?i)\brecent\s+(days|weeks|months|years)\b".into(), h_recent),
        (
            format!(r"(?i)\b({NUM})\s+(days?|weeks?|months?|years?)\s+(ago|earlier|later|before|after|previously|from\s+now|hence)\b"),
            h_ago,
        ),
        (r"(?i)\b(recently|lately|soon|currently|nowadays|now|the\s+(?:near\s+)?future|the\s+past|these\s+days)\b".into(), h_ref),
        (format!(r"(?i)\bfor\s+({DUR_MOD}?(?:({NUM})\s+)?(days?|weeks?|months?|years?|decades?|hours?|minutes?))\b"), h_dur_for),
        (format!(r"(?i)\b({DUR_MOD})?({NUM})\s+(days?|weeks?|months?|years?|decades?|hours?|minutes?)\b"), h_dur),
        (format!(r"(?i)\b({NUM_ADJ})-(day|week|month|year|hour|minute)(?:-long)?\b"), h_dur_adj),
        (format!(r"(?i)\b(?:every|each)\s+(?:(other|{NUM})\s+)?(days?|weeks?|months?|years?|morning|evening|night)\b"), h_set),
        (format!(r"\b(?i:every|each)\s+{WEEKDAY_FULL}\b"), h_set_weekday),
        (format!(r"\b([01]?[0-9]|2[0-3]):([0-5][0-9])(?:\s*([aApP])\.?\s?[mM]\b\.?)?(?:\s*{ZONE})?"), h_clock),
        (format!(r"\b(1[0-2]|0?[1-9])(?:\.([0-5][0-9]))?\s*([aApP])\.?\s?[mM]\b\.?(?:\s*{ZONE})?"), h_ampm),
        (format!(r"\b([01][0-9]|2[0-3])([0-5][0-9])(?:\s*(?:{ZONE}|(hrs|hours|h)\b))?"), h_military),
        (r"(?i)\b(noon|midday|midnight)\b".into(), h_noon),
        (
            r"(?i)\b(first|second|third|fourth|1st|2nd|3rd|4th)[-\s]+quarter\b(?:\s+of\s+(19[0-9]{2}|20[0-9]{2}))?".into(),
            h_quarter,
        ),
    ];
    let set = RegexSet::new(p.iter().map(|(s, _)| ascii_boundaries(s)))
        .expect("temporal patterns are valid regexes");
    let list = p.into_iter().map(|(s, h)| (re(&s), h)).collect();
    Patterns { set, list }
});

/// The recognizers, and a set over all of them that tells in one pass which can match
/// (most sentences hold no date, or only one or two kinds).
struct Patterns {
    set: RegexSet,
    list: Vec<(Regex, Handler)>,
}

/// Month number from an English month name or abbreviation ("Jan.", "September").
pub fn month_num(s: &str) -> Option<i8> {
    let k = s.get(..3)?.to_ascii_lowercase();
    Some(match k.as_str() {
        "jan" => 1,
        "feb" => 2,
        "mar" => 3,
        "apr" => 4,
        "may" => 5,
        "jun" => 6,
        "jul" => 7,
        "aug" => 8,
        "sep" => 9,
        "oct" => 10,
        "nov" => 11,
        "dec" => 12,
        _ => return None,
    })
}

/// "Sunday", "Sun": the name of a weekday, written out or abbreviated.
pub fn is_weekday_name(word: &str) -> bool {
    weekday_of(word).is_some() && (word.len() <= 4 || word.to_lowercase().ends_with("day"))
}

fn weekday_of(s: &str) -> Option<Weekday> {
    let k = s.get(..3)?.to_ascii_lowercase();
    Some(match k.as_str() {
        "mon" => Weekday::Monday,
        "tue" => Weekday::Tuesday,
        "wed" => Weekday::Wednesday,
        "thu" => Weekday::Thursday,
        "fri" => Weekday::Friday,
        "sat" => Weekday::Saturday,
        "sun" => Weekday::Sunday,
        _ => return None,
    })
}

/// A number word or numeral: `Some(Some(n))`, or `Some(None)` for "several", "a few".
pub(crate) fn parse_num(s: &str) -> Option<Option<i64>> {
    #[rustfmt::skip]
    const ONES: [&str; 20] = [
        "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
        "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
        "nineteen",
    ];
    #[rustfmt::skip]
    const TENS: [&str; 8] = [
        "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
    ];
    let s = s.to_ascii_lowercase();
    if s.bytes().all(|b| b.is_ascii_digit()) {
        return s.parse().ok().map(Some);
    }
    if s == "a" || s == "an" {
        return Some(Some(1));
    }
    if s == "hundred" {
        return Some(Some(100));
    }
    if s.starts_with("a ") || matches!(s.as_str(), "few" | "several" | "many") {
        return Some(None);
    }
    let mut total = 0i64;
    for part in s.split('-') {
        if let Some(i) = ONES.iter().position(|&w| w == part) {
            total += i as i64;
        } else if let Some(i) = TENS.iter().position(|&w| w == part) {
            total += 20 + 10 * i as i64;
        } else {
            return None;
        }
    }
    Some(Some(total))
}

/// The word just before byte `i` (letters and apostrophes), skipping spaces and a hyphen.
fn prev_word(s: &str, i: usize) -> &str {
    let head = s[..i].trim_end_matches(|c: char| c.is_whitespace() || c == '-');
    let start = head
        .char_indices()
        .rev()
        .find(|&(_, c)| !(c.is_alphanumeric() || c == '\'' || c == '’'))
        .map_or(0, |(j, c)| j + c.len_utf8());
    &head[start..]
}

/// The word just after byte `i`, skipping spaces.
fn next_word(s: &str, i: usize) -> &str {
    let tail = s[i..].trim_start();
    let end = tail
        .find(|c: char| !c.is_alphabetic())
        .unwrap_or(tail.len());
    &tail[..end]
}

fn prev_char(s: &str, i: usize) -> Option<char> {
    s[..i].chars().next_back()
}

/// True when the text at `i` continues a number ("10,000", "1.5") or a measure ("%").
fn number_continues(s: &str, i: usize) -> bool {
    let mut it = s[i..].chars();
    match (it.next(), it.next()) {
        (Some(',' | '.'), Some(d)) if d.is_ascii_digit() => true,
        (Some('%' | '$'), _) => true,
        (Some(c), _) if c.is_ascii_digit() => true,
        _ => false,
    }
}

/// True when the text before `i` is part of a number or amount ("1,2", "$", "COVID-").
fn number_precedes(s: &str, i: usize) -> bool {
    matches!(prev_char(s, i), Some(c) if c.is_ascii_digit() || matches!(c, ',' | '.' | '$' | '€' | '£' | '#' | '/' | ':' | '-'))
}

fn eq_any(w: &str, list: &[&str]) -> bool {
    list.iter().any(|x| w.eq_ignore_ascii_case(x))
}

/// A full month name ends the match: a following period ends the sentence, it is not
/// an abbreviation's dot ("in June." vs "Dec. 30").
fn trim_sentence_period(s: &str, k: &mut Cand) {
    #[rustfmt::skip]
    const FULL: [&str; 12] = [
        "January", "February", "March", "April", "May", "June", "July", "August", "September",
        "October", "November", "December",
    ];
    if let Some(head) = s[k.start..k.end].strip_suffix('.')
        && FULL.iter().any(|m| head.ends_with(m))
    {
        k.end -= 1;
    }
}

fn cand(c: &Captures<'_>, spec: Spec) -> Option<Cand> {
    let m = c.get(0)?;
    Some(Cand {
        start: m.start(),
        end: m.end(),
        spec,
        weekday: None,
    })
}

/// Whether `day` can exist in `month` in some year (leap years allowed).
fn valid_month_day(month: i8, day: i8) -> bool {
    Date::new(2000, month, day).is_ok()
}

fn h_iso(c: &Captures<'_>, s: &str) -> Option<Cand> {
    let m = c.get(0)?;
    if number_precedes(s, m.start())
        || s[m.end()..].starts_with(|ch: char| ch == '-' || ch.is_ascii_digit())
    {
        return None;
    }
    let year: i16 = c[1].parse().ok()?;
    let month: i8 = c[2].parse().ok()?;
    let day: i8 = c[3].parse().ok()?;
    if !(1900..=2100).contains(&year) {
        return None;
    }
    Date::new(year, month, day).ok()?;
    cand(
        c,
        Spec::Calendar {
            year: Some(year),
            month,
            day,
        },
    )
}

fn h_numeric(c: &Captures<'_>, s: &str) -> Option<Cand> {
    let m = c.get(0)?;
    if c[2] != c[4]
        || number_precedes(s, m.start())
        || number_continues(s, m.end())
        || s[m.end()..].starts_with('/')
    {
        return None;
    }
    let a: i8 = c[1].parse().ok()?;
    let b: i8 = c[3].parse().ok()?;
    let year: i16 = c[5].parse().ok()?;
    if !(1900..=2100).contains(&year) {
        return None;
    }
    // Day-first when the first number cannot be a month, month-first when the second
    // cannot; equal numbers read the same either way.
    let (month, day) = match (a, b) {
        _ if a > 12 && b <= 12 => (b, a),
        _ if b > 12 && a <= 12 => (a, b),
        _ if a == b => (a, b),
        _ if a <= 12 && b <= 12 => return cand(c, Spec::AmbiguousNumeric { year }),
        _ => return None,
    };
    Date::new(year, month, day).ok()?;
    cand(
        c,
        Spec::Calendar {
            year: Some(year),
            month,
            day,
        },
    )
}

/// Numbers followed by these words are amounts, not days ("May 10 million").
fn amount_word(w: &str) -> bool {
    eq_any(
        w,
        &[
            "million", "billion", "thousand", "percent", "per", "trillion",
        ],
    )
}

fn h_mdy(c: &Captures<'_>, s: &str) -> Option<Cand> {
    let m = c.get(0)?;
    let month = month_num(&c[2])?;
    let day: i8 = c[3].parse().ok()?;
    let year = c.get(4).and_then(|y| y.as_str().parse().ok());
    if !valid_month_day(month, day) || number_continues(s, m.end()) {
        return None;
    }
    if year.is_none() && amount_word(next_word(s, m.end())) {
        return None;
    }
    let mut k = cand(c, Spec::Calendar { year, month, day })?;
    k.weekday = c.get(1).and_then(|w| weekday_of(w.as_str()));
    Some(k)
}

fn h_dmy(c: &Captures<'_>, s: &str) -> Option<Cand> {
    let m = c.get(0)?;
    let day: i8 = c[2].parse().ok()?;
    let month = month_num(&c[3])?;
    let year = c.get(4).and_then(|y| y.as_str().parse().ok());
    if !valid_month_day(month, day) || number_precedes(s, m.start()) || number_continues(s, m.end())
    {
        return None;
    }
    let mut k = cand(c, Spec::Calendar { year, month, day })?;
    k.weekday = c.get(1).and_then(|w| weekday_of(w.as_str()));
    trim_sentence_period(s, &mut k);
    Some(k)
}

/// Words after which a bare month name is a date ("in March", "since May").
#[rustfmt::skip]
const MONTH_CONTEXT: &[&str] = &[
    "in", "since", "by", "until", "till", "through", "throughout", "from", "to", "during",
    "before", "after", "of", "between", "and", "or", "early", "late", "mid", "end", "around",
    "last", "next", "this", "that", "each", "every", "since", "on", "as",
];

fn h_month(c: &Captures<'_>, s: &str) -> Option<Cand> {
    let m = c.get(0)?;
    let month = month_num(&c[3])?;
    if let Some(y) = c.get(4) {
        if number_continues(s, m.end()) {
            return None;
        }
        return cand(
            c,
            Spec::MonthOfYear {
                year: y.as_str().parse().ok()?,
                month,
            },
        );
    }
    let rel = c.get(2).map(|r| {
        let r = r.as_str().to_ascii_lowercase();
        if r == "last" || r.ends_with("past") {
            Rel::Last
        } else if r == "next" || r.ends_with("coming") {
            Rel::Next
        } else {
            Rel::This
        }
    });
    let name = c.get(3)?.as_str();
    let prev = prev_word(s, m.start());
    let next = next_word(s, m.end());
    let possessive = s[m.end()..].starts_with("'s") || s[m.end()..].starts_with("’s");
    // "May" and "March" are also a modal verb, a verb and a name; "April", "June" and
    // "August" are names: they need a preposition. Abbreviations likewise.
    let ambiguous = matches!(name, "May" | "March" | "April" | "June" | "August")
        || name.len() <= 4
        || name.ends_with('.');
    // A capitalized word right after a bare month makes it a name ("Jan Smith", "April Ryan").
    if next.starts_with(char::is_uppercase) && month_num(next).is_none() {
        return None;
    }
    let supported = c.get(1).is_some()
        || rel.is_some()
        || eq_any(prev, MONTH_CONTEXT)
        || (!ambiguous
            && (possessive
                || (eq_any(prev, &["the", "a", "an"])
                    && next.starts_with(|ch: char| ch.is_lowercase()))
                || next.is_empty()
                || next.starts_with(|ch: char| ch.is_lowercase())));
    if !supported {
        return None;
    }
    let mut k = cand(c, Spec::BareMonth { month, rel })?;
    trim_sentence_period(s, &mut k);
    Some(k)
}

/// Strong date prepositions: a four-digit number after these is a year.
#[rustfmt::skip]
const YEAR_CONTEXT: &[&str] = &[
    "in", "since", "of", "by", "from", "until", "till", "through", "before", "after", "during",
    "between", "circa", "year", "early", "late", "mid", "spring", "summer", "autumn", "fall",
    "winter", "throughout",
];

/// Nouns that make a preceding four-digit number a year ("the 2014 annexation").
#[rustfmt::skip]
const YEAR_EVENT_NOUNS: &[&str] = &[
    "annexation", "invasion", "election", "elections", "war", "crisis", "summit", "agreement",
    "agreements", "accord", "accords", "revolution", "uprising", "coup", "referendum", "treaty",
    "deal", "talks", "protests", "ceasefire", "conflict", "campaign", "olympics", "games", "world",
    "incursion", "offensive", "attack", "attacks", "massacre", "meeting", "visit", "budget",
    "census", "report", "pandemic", "earthquake", "vote", "poll", "declaration", "memorandum",
    "decree", "law", "constitution", "season", "tournament", "championship", "occupation",
    "takeover", "withdrawal", "operation", "crackdown", "midterms", "presidential",
    "parliamentary", "general", "strategy", "review", "protocol", "charter", "doctrine",
];

fn h_year(c: &Captures<'_>, s: &str) -> Option<Cand> {
    let m = c.get(0)?;
    let ym = c.get(2)?;
    if number_precedes(s, ym.start()) || number_continues(s, m.end()) {
        return None;
    }
    let year: i16 = ym.as_str().parse().ok()?;
    if c.get(3).is_some() {
        // "1990s" is a decade; "1995s" is not a date.
        return if year % 10 == 0 {
            cand(c, Spec::Decade(year))
        } else {
            None
        };
    }
    let prev = prev_word(s, m.start());
    let next = next_word(s, m.end());
    let after = &s[m.end()..];
    let weak_prev = eq_any(
        prev,
        &["to", "and", "or", "the", "its", "their", "his", "her"],
    ) || prev.ends_with("'s")
        || prev.ends_with("’s");
    let ends_phrase = next.is_empty() || after.starts_with("'s") || after.starts_with("’s");
    let ok = c.get(1).is_some()
        || eq_any(prev, YEAR_CONTEXT)
        || month_num(prev).is_some_and(|_| prev.len() >= 3 && prev.starts_with(char::is_uppercase))
        || eq_any(next, YEAR_EVENT_NOUNS)
        || (weak_prev && ends_phrase);
    if !ok {
        return None;
    }
    cand(c, Spec::Year(year))
}

fn parse_rel(s: &str) -> Option<Rel> {
    let r = s.to_ascii_lowercase();
    Some(if r == "last" || r.ends_with("past") {
        Rel::Last
    } else if r == "next" || r.ends_with("coming") {
        Rel::Next
    } else {
        Rel::This
    })
}

fn h_weekday(c: &Captures<'_>, s: &str) -> Option<Cand> {
    let m = c.get(0)?;
    let wd = weekday_of(&c[2])?;
    let rel = c.get(1).and_then(|r| parse_rel(r.as_str()));
    let part = c.get(3).and_then(|p| PartOfDay::parse(p.as_str()));
    // "The Sunday Times", "the Monday Club": a weekday inside a name.
    if rel.is_none()
        && part.is_none()
        && prev_word(s, m.start()).eq_ignore_ascii_case("the")
        && next_word(s, m.end()).starts_with(char::is_uppercase)
    {
        return None;
    }
    let mut k = cand(c, Spec::Weekday { wd, rel, part })?;
    k.weekday = Some(wd);
    Some(k)
}

fn h_rel_day(c: &Captures<'_>, _s: &str) -> Option<Cand> {
    let spec = if let Some(g) = c.get(1) {
        let offset = if g.as_str().to_ascii_lowercase().starts_with("before") {
            -2
        } else {
            2
        };
        Spec::RelDay { offset, part: None }
    } else if let Some(g) = c.get(2) {
        let w = g.as_str().to_ascii_lowercase();
        let offset = match w.as_str() {
            "yesterday" => -1,
            "tomorrow" => 1,
            _ => 0,
        };
        let part = c
            .get(3)
            .and_then(|p| PartOfDay::parse(p.as_str()))
            .or(PartOfDay::parse(&w));
        Spec::RelDay { offset, part }
    } else if c.get(4).is_some() {
        Spec::RelDay {
            offset: -1,
            part: Some(PartOfDay::Night),
        }
    } else {
        Spec::RelDay {
            offset: 0,
            part: c.get(5).and_then(|p| PartOfDay::parse(p.as_str())),
        }
    };
    cand(c, spec)
}

fn h_current_unit(c: &Captures<'_>, _s: &str) -> Option<Cand> {
    let w = c[1].to_ascii_lowercase();
    let unit_word = c[2].to_ascii_lowercase();
    let offset = match w.as_str() {
        "this" => 0,
        "last" | "past" | "previous" => -1,
        _ => 1,
    };
    if unit_word == "weekend" {
        return cand(c, Spec::Weekend(Some(offset)));
    }
    let unit = Unit::parse(&unit_word)?;
    // "following/previous week" is relative to the story's own time, not the anchor.
    let spec = if matches!(w.as_str(), "following" | "previous") {
        Spec::Shift {
            n: offset,
            unit,
            forward_ref: false,
        }
    } else {
        Spec::CurrentUnit { unit, offset }
    };
    cand(c, spec)
}

fn h_the_weekend(c: &Captures<'_>, _s: &str) -> Option<Cand> {
    cand(c, Spec::Weekend(None))
}

fn h_the_rel(c: &Captures<'_>, _s: &str) -> Option<Cand> {
    let w = c[1].to_ascii_lowercase();
    let unit_text = c.get(3)?.as_str();
    let unit = Unit::parse(unit_text)?;
    let plural = unit_text.ends_with(['s', 'S']);
    let n = match c.get(2) {
        Some(g) => parse_num(g.as_str())?,
        None if plural => None,
        None => Some(1),
    };
    let spec = match w.as_str() {
        "following" | "previous" => {
            let sign = if w == "following" { 1 } else { -1 };
            Spec::Shift {
                n: sign * n.unwrap_or(1),
                unit,
                forward_ref: false,
            }
        }
        // "the next day" is a date; "the last day", "the past day" are not expressions.
        _ if unit == Unit::Day && c.get(2).is_none() && !plural => {
            if w == "next" {
                Spec::Shift {
                    n: 1,
                    unit,
                    forward_ref: false,
                }
            } else {
                return None;
            }
        }
        _ => {
            let future = matches!(w.as_str(), "next" | "coming");
            if c.get(2).is_none() && plural {
                Spec::Vague { unit, future }
            } else {
                Spec::Duration {
                    n,
                    unit,
                    dir: if future { 1 } else { -1 },
                    adjective: false,
                }
            }
        }
    };
    cand(c, spec)
}

fn h_last_n(c: &Captures<'_>, _s: &str) -> Option<Cand> {
    let w = c[1].to_ascii_lowercase();
    let n = parse_num(&c[2])?;
    let unit = Unit::parse(&c[3])?;
    let dir = if matches!(w.as_str(), "next" | "coming") {
        1
    } else {
        -1
    };
    cand(
        c,
        Spec::Duration {
            n,
            unit,
            dir,
            adjective: false,
        },
    )
}

fn h_partial(c: &Captures<'_>, _s: &str) -> Option<Cand> {
    let w = c[1].to_ascii_lowercase();
    let which = c[2].to_ascii_lowercase();
    let unit = Unit::parse(&c[3])?;
    let spec = if which == "this" && matches!(w.as_str(), "earlier" | "later") {
        Spec::Partial {
            unit,
            later: w == "later",
        }
    } else {
        // "early next year", "late last month": the unit itself (TimeML keeps the modifier apart).
        let offset = match which.as_str() {
            "last" => -1,
            "next" => 1,
            _ => 0,
        };
        Spec::CurrentUnit { unit, offset }
    };
    cand(c, spec)
}

fn h_recent(c: &Captures<'_>, _s: &str) -> Option<Cand> {
    cand(
        c,
        Spec::Vague {
            unit: Unit::parse(&c[1])?,
            future: false,
        },
    )
}

fn h_ago(c: &Captures<'_>, s: &str) -> Option<Cand> {
    let m = c.get(0)?;
    if number_precedes(s, m.start()) {
        return None;
    }
    let n = parse_num(&c[1])??;
    let unit = Unit::parse(&c[2])?;
    let w = c[3].to_ascii_lowercase();
    let spec = match w.as_str() {
        "ago" => Spec::Ago { n: -n, unit },
        _ if w.ends_with("now") || w == "hence" => Spec::Ago { n, unit },
        "earlier" | "previously" => Spec::Shift {
            n: -n,
            unit,
            forward_ref: false,
        },
        "later" => Spec::Shift {
            n,
            unit,
            forward_ref: false,
        },
        "before" => Spec::Shift {
            n: -n,
            unit,
            forward_ref: true,
        },
        _ => Spec::Shift {
            n,
            unit,
            forward_ref: true,
        },
    };
    cand(c, spec)
}

fn h_ref(c: &Captures<'_>, s: &str) -> Option<Cand> {
    let m = c.get(0)?;
    let w = c[1].to_ascii_lowercase();
    let r = match w.as_str() {
        "recently" | "lately" | "the past" => "PAST_REF",
        "soon" => {
            // "as soon as", "soon after" are conjunctions/signals, not times.
            if prev_word(s, m.start()).eq_ignore_ascii_case("as")
                || eq_any(
                    next_word(s, m.end()),
                    &["after", "as", "afterwards", "thereafter"],
                )
            {
                return None;
            }
            "FUTURE_REF"
        }
        _ if w.ends_with("future") => "FUTURE_REF",
        _ => "PRESENT_REF",
    };
    cand(c, Spec::Ref(r))
}

fn h_dur_for(c: &Captures<'_>, s: &str) -> Option<Cand> {
    let g = c.get(1)?;
    let unit_text = c.get(3)?.as_str();
    let unit = Unit::parse(unit_text)?;
    let n = match c.get(2) {
        Some(x) => {
            if number_precedes(s, x.start()) {
                return None;
            }
            parse_num(x.as_str())?
        }
        // "for months" is a duration of unknown length; "for year" is not English.
        None if unit_text.ends_with(['s', 'S']) => None,
        None => return None,
    };
    Some(Cand {
        start: g.start(),
        end: g.end(),
        spec: Spec::Duration {
            n,
            unit,
            dir: 0,
            adjective: false,
        },
        weekday: None,
    })
}

fn h_dur(c: &Captures<'_>, s: &str) -> Option<Cand> {
    let num = c.get(2)?;
    if number_precedes(s, num.start()) {
        return None;
    }
    let word = num.as_str();
    // A bare "a day" is usually a rate ("twice a day") or a noun phrase, not a duration.
    if c.get(1).is_none() && (word.eq_ignore_ascii_case("a") || word.eq_ignore_ascii_case("an")) {
        return None;
    }
    let n = parse_num(word)?;
    let unit = Unit::parse(&c[3])?;
    cand(
        c,
        Spec::Duration {
            n,
            unit,
            dir: 0,
            adjective: false,
        },
    )
}

fn h_dur_adj(c: &Captures<'_>, s: &str) -> Option<Cand> {
    let m = c.get(0)?;
    let after = &s[m.end()..];
    // "50-year-old" is an age.
    if after.starts_with("-old")
        || after.trim_start().starts_with("old")
        || number_precedes(s, m.start())
    {
        return None;
    }
    let n = parse_num(&c[1])??;
    let unit = Unit::parse(&c[2])?;
    cand(
        c,
        Spec::Duration {
            n: Some(n),
            unit,
            dir: 0,
            adjective: true,
        },
    )
}

fn h_set(c: &Captures<'_>, _s: &str) -> Option<Cand> {
    let n = match c.get(1) {
        Some(g) if g.as_str().eq_ignore_ascii_case("other") => Some(2),
        Some(g) => parse_num(g.as_str())?,
        None => Some(1),
    };
    let w = c[2].to_ascii_lowercase();
    let value = match PartOfDay::parse(&w) {
        Some(p) => format!("XXXX-XX-XXT{}", p.code()),
        None => Unit::parse(&w)?.duration(n),
    };
    cand(c, Spec::Set(value))
}

fn h_set_weekday(c: &Captures<'_>, _s: &str) -> Option<Cand> {
    let wd = weekday_of(&c[1])?;
    let mut k = cand(
        c,
        Spec::Set(format!("XXXX-WXX-{}", wd.to_monday_one_offset())),
    )?;
    k.weekday = Some(wd);
    Some(k)
}

/// Hour in 24-hour form from a 12-hour reading.
fn from_12h(hour: i8, ampm: &str) -> i8 {
    let pm = ampm.eq_ignore_ascii_case("p");
    match (hour, pm) {
        (12, false) => 0,
        (h, true) if h < 12 => h + 12,
        (h, _) => h,
    }
}

fn normalize_zone(z: &str) -> String {
    z.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn h_clock(c: &Captures<'_>, s: &str) -> Option<Cand> {
    let m = c.get(0)?;
    if number_precedes(s, m.start()) || s[m.end()..].starts_with(|ch: char| ch.is_ascii_digit()) {
        return None;
    }
    let mut hour: i8 = c[1].parse().ok()?;
    let minute: i8 = c[2].parse().ok()?;
    if let Some(ap) = c.get(3) {
        if hour > 12 {
            return None;
        }
        hour = from_12h(hour, ap.as_str());
    }
    let zone = c.get(4).map(|z| normalize_zone(z.as_str()));
    cand(c, Spec::Clock { hour, minute, zone })
}

fn h_ampm(c: &Captures<'_>, s: &str) -> Option<Cand> {
    let m = c.get(0)?;
    if number_precedes(s, m.start()) {
        return None;
    }
    let hour = from_12h(c[1].parse().ok()?, &c[3]);
    let minute: i8 = c.get(2).map_or(Some(0), |g| g.as_str().parse().ok())?;
    let zone = c.get(4).map(|z| normalize_zone(z.as_str()));
    cand(c, Spec::Clock { hour, minute, zone })
}

fn h_military(c: &Captures<'_>, s: &str) -> Option<Cand> {
    let m = c.get(0)?;
    if number_precedes(s, m.start()) {
        return None;
    }
    let prev = prev_word(s, m.start());
    let zone = c.get(3).map(|z| normalize_zone(z.as_str()));
    // Without a zone, "0900" is a time only after "at" (and "at 1900" stays ambiguous).
    let ok = zone.is_some()
        || (c.get(4).is_some() && eq_any(prev, &["at", "from", "until", "by", "before", "after"]))
        || (prev.eq_ignore_ascii_case("at") && c[1].starts_with('0'));
    if !ok {
        return None;
    }
    let hour: i8 = c[1].parse().ok()?;
    let minute: i8 = c[2].parse().ok()?;
    cand(c, Spec::Clock { hour, minute, zone })
}

fn h_noon(c: &Captures<'_>, s: &str) -> Option<Cand> {
    let m = c.get(0)?;
    if !eq_any(
        prev_word(s, m.start()),
        &[
            "at", "by", "until", "before", "after", "around", "from", "till", "about",
        ],
    ) {
        return None;
    }
    let hour = if c[1].eq_ignore_ascii_case("midnight") {
        0
    } else {
        12
    };
    cand(
        c,
        Spec::Clock {
            hour,
            minute: 0,
            zone: None,
        },
    )
}

/// All candidates, overlapping ones resolved longest-leftmost (ties: pattern order).
/// "third-quarter", "the first quarter of 2021": a fiscal or calendar quarter.
fn h_quarter(c: &Captures<'_>, _s: &str) -> Option<Cand> {
    let n = match c.get(1)?.as_str().to_ascii_lowercase().as_str() {
        "first" | "1st" => 1,
        "second" | "2nd" => 2,
        "third" | "3rd" => 3,
        _ => 4,
    };
    let year = c.get(2).and_then(|y| y.as_str().parse().ok());
    cand(c, Spec::Quarter { n, year })
}

fn recognize(s: &str) -> Vec<Cand> {
    let mut all: Vec<(usize, Cand)> = Vec::new();
    let pats = &*PATTERNS;
    for pi in pats.set.matches(s).iter() {
        let (rx, h) = &pats.list[pi];
        for c in rx.captures_iter(s) {
            if let Some(k) = h(&c, s) {
                all.push((pi, k));
            }
        }
    }
    all.sort_by(|(pa, a), (pb, b)| {
        a.start
            .cmp(&b.start)
            .then(b.end.cmp(&a.end))
            .then(pa.cmp(pb))
    });
    let mut out: Vec<Cand> = Vec::with_capacity(all.len());
    for (_, k) in all {
        if out.last().is_none_or(|l| k.start >= l.end) {
            out.push(k);
        }
    }
    out
}

// ---------------------------------------------------------------------------------------
// Resolution
// ---------------------------------------------------------------------------------------

fn add_days(d: Date, n: i64) -> Option<Date> {
    d.checked_add(Span::new().try_days(n).ok()?).ok()
}

fn add_months(d: Date, n: i64) -> Option<Date> {
    d.checked_add(Span::new().try_months(n).ok()?).ok()
}

fn add_units(d: Date, n: i64, unit: Unit) -> Option<Date> {
    match unit {
        Unit::Minute | Unit::Hour => Some(d),
        Unit::Day => add_days(d, n),
        Unit::Week => add_days(d, n.checked_mul(7)?),
        Unit::Month => add_months(d, n),
        Unit::Year => add_months(d, n.checked_mul(12)?),
        Unit::Decade => add_months(d, n.checked_mul(120)?),
    }
}

fn days_between(a: Date, b: Date) -> i64 {
    a.duration_since(b).as_hours() / 24
}

fn ymd(d: Date) -> String {
    format!("{:04}-{:02}-{:02}", d.year(), d.month(), d.day())
}

fn week_of(d: Date) -> Option<(Date, Date)> {
    let monday = add_days(d, -i64::from(d.weekday().to_monday_zero_offset()))?;
    Some((monday, add_days(monday, 6)?))
}

fn week_str(d: Date) -> String {
    let w = d.iso_week_date();
    format!("{:04}-W{:02}", w.year(), w.week())
}

fn month_value(d: Date) -> (TimeValue, String) {
    (
        TimeValue::Month {
            year: d.year(),
            month: d.month(),
        },
        format!("{:04}-{:02}", d.year(), d.month()),
    )
}

/// The value of `unit` containing `d` at calendar granularity (week → range, month, year).
fn unit_value(d: Date, unit: Unit) -> Option<(TimeValue, String)> {
    Some(match unit {
        Unit::Minute | Unit::Hour | Unit::Day => (TimeValue::Day(d), ymd(d)),
        Unit::Week => {
            let (start, end) = week_of(d)?;
            (TimeValue::Range { start, end }, week_str(d))
        }
        Unit::Month => month_value(d),
        Unit::Year => (TimeValue::Year(d.year()), format!("{:04}", d.year())),
        Unit::Decade => {
            let y = d.year() - d.year().rem_euclid(10);
            (
                TimeValue::Range {
                    start: Date::new(y, 1, 1).ok()?,
                    end: Date::new(y + 9, 12, 31).ok()?,
                },
                format!("{:03}", y / 10),
            )
        }
    })
}

/// The year for a month-day without one: the anchor's year, or the adjacent year when
/// that puts the date closer to the anchor (a "December 30" in a January article is the
/// previous December). A weekday named with it picks, among those years, one it fits.
fn place_month_day(
    anchor: Date,
    month: i8,
    day: i8,
    weekday: Option<Weekday>,
    tense: Tense,
) -> Option<Date> {
    let y = anchor.year();
    let candidates = [y - 1, y, y + 1].map(|yy| Date::new(yy, month, day).ok());
    let mut nearest = candidates
        .iter()
        .flatten()
        .copied()
        .min_by_key(|d| days_between(*d, anchor).abs())?;
    // Far from the anchor either way ("was last seen Nov. 3" in May): the tense of the
    // clause says which side. Near it, the nearest date is right whatever the verb.
    if days_between(nearest, anchor).abs() > 60 {
        let side = candidates
            .iter()
            .flatten()
            .copied()
            .filter(|d| match tense {
                Tense::Past => *d <= anchor,
                Tense::Future => *d >= anchor,
                Tense::Present => true,
            });
        if let Some(d) = side.min_by_key(|d| days_between(*d, anchor).abs()) {
            nearest = d;
        }
    }
    if let Some(wd) = weekday
        && nearest.weekday() != wd
    {
        let mut fits = candidates.iter().flatten().filter(|d| d.weekday() == wd);
        if let (Some(only), None) = (fits.next(), fits.next()) {
            return Some(*only);
        }
    }
    Some(nearest)
}

/// A weekday near the anchor: before or on it for past tense, on or after it for future,
/// the closest for present. "last"/"next" always move off the anchor day itself.
fn place_weekday(anchor: Date, wd: Weekday, rel: Option<Rel>, tense: Tense) -> Option<Date> {
    let a = anchor.weekday();
    let fwd = i64::from(a.until(wd));
    let back = i64::from(wd.until(a));
    let offset = match (rel, tense) {
        (Some(Rel::Last), _) => -(if back == 0 { 7 } else { back }),
        (Some(Rel::Next), _) => {
            if fwd == 0 {
                7
            } else {
                fwd
            }
        }
        (_, Tense::Past) => -back,
        (_, Tense::Future) => fwd,
        (_, Tense::Present) => {
            if fwd <= 3 {
                fwd
            } else {
                -back
            }
        }
    };
    add_days(anchor, offset)
}

fn place_month(anchor: Date, month: i8, rel: Option<Rel>, tense: Tense) -> Option<Date> {
    let y = anchor.year();
    let am = anchor.month();
    let year = match (rel, tense) {
        (Some(Rel::Last), _) => {
            if month < am {
                y
            } else {
                y - 1
            }
        }
        (Some(Rel::Next), _) => {
            if month > am {
                y
            } else {
                y + 1
            }
        }
        (Some(Rel::This), _) => y,
        (None, Tense::Past) => {
            if month <= am {
                y
            } else {
                y - 1
            }
        }
        (None, Tense::Future) => {
            if month >= am {
                y
            } else {
                y + 1
            }
        }
        (None, Tense::Present) => {
            let diff = i32::from(month) - i32::from(am);
            if diff > 6 {
                y - 1
            } else if diff < -6 {
                y + 1
            } else {
                y
            }
        }
    };
    Date::new(year, month, 1).ok()
}

/// Saturday–Sunday of the week `d` falls in.
fn weekend_of(d: Date) -> Option<(Date, Date)> {
    let (monday, _) = week_of(d)?;
    Some((add_days(monday, 5)?, add_days(monday, 6)?))
}

struct Resolved {
    value: TimeValue,
    timeml: String,
    kind: &'static str,
}

fn resolved(value: TimeValue, timeml: String, kind: &'static str) -> Option<Resolved> {
    Some(Resolved {
        value,
        timeml,
        kind,
    })
}

/// Place one candidate. `reference` is the date a "two days later" counts from.
fn resolve(
    k: &Cand,
    anchor: Option<Date>,
    tense: Tense,
    reference: Option<Date>,
) -> Option<Resolved> {
    let unresolved =
        |timeml: String, kind: &'static str| resolved(TimeValue::Unresolved, timeml, kind);
    match &k.spec {
        Spec::Calendar {
            year: Some(y),
            month,
            day,
        } => {
            let d = Date::new(*y, *month, *day).ok()?;
            resolved(TimeValue::Day(d), ymd(d), "DATE")
        }
        Spec::Calendar {
            year: None,
            month,
            day,
        } => match anchor {
            Some(a) => {
                let d = place_month_day(a, *month, *day, k.weekday, tense)?;
                resolved(TimeValue::Day(d), ymd(d), "DATE")
            }
            None => resolved(
                TimeValue::MonthDay {
                    month: *month,
                    day: *day,
                },
                format!("XXXX-{month:02}-{day:02}"),
                "DATE",
            ),
        },
        Spec::AmbiguousNumeric { year } => unresolved(format!("{year:04}-XX-XX"), "DATE"),
        Spec::MonthOfYear { year, month } => resolved(
            TimeValue::Month {
                year: *year,
                month: *month,
            },
            format!("{year:04}-{month:02}"),
            "DATE",
        ),
        Spec::BareMonth { month, rel } => match anchor {
            Some(a) => {
                let (v, t) = month_value(place_month(a, *month, *rel, tense)?);
                resolved(v, t, "DATE")
            }
            None => unresolved(format!("XXXX-{month:02}"), "DATE"),
        },
        Spec::Year(y) => resolved(TimeValue::Year(*y), format!("{y:04}"), "DATE"),
        Spec::Quarter { n, year } => {
            // Without a year: the latest such quarter that has begun by the anchor.
            let first_month = 3 * (n - 1) + 1;
            let y = match (year, anchor) {
                (Some(y), _) => *y,
                (None, Some(a)) if a.month() >= first_month => a.year(),
                (None, Some(a)) => a.year() - 1,
                (None, None) => return unresolved(format!("XXXX-Q{n}"), "DATE"),
            };
            let start = Date::new(y, first_month, 1).ok()?;
            let end = add_days(
                Date::new(y, first_month, 1)
                    .ok()?
                    .checked_add(jiff::Span::new().months(3))
                    .ok()?,
                -1,
            )?;
            resolved(
                TimeValue::Range { start, end },
                format!("{y:04}-Q{n}"),
                "DATE",
            )
        }
        Spec::Decade(y) => {
            let (v, t) = unit_value(Date::new(*y, 1, 1).ok()?, Unit::Decade)?;
            resolved(v, t, "DATE")
        }
        Spec::Weekday { wd, rel, part } => {
            let suffix = part.map_or(String::new(), |p| format!("T{}", p.code()));
            let kind = if part.is_some() { "TIME" } else { "DATE" };
            match anchor {
                Some(a) => {
                    let d = place_weekday(a, *wd, *rel, tense)?;
                    resolved(TimeValue::Day(d), format!("{}{suffix}", ymd(d)), kind)
                }
                None => unresolved(
                    format!("XXXX-WXX-{}{suffix}", wd.to_monday_one_offset()),
                    kind,
                ),
            }
        }
        Spec::RelDay { offset, part } => {
            let suffix = part.map_or(String::new(), |p| format!("T{}", p.code()));
            let kind = if part.is_some() { "TIME" } else { "DATE" };
            match anchor {
                Some(a) => {
                    let d = add_days(a, *offset)?;
                    resolved(TimeValue::Day(d), format!("{}{suffix}", ymd(d)), kind)
                }
                None if *offset == 0 && part.is_none() => unresolved("PRESENT_REF".into(), "DATE"),
                None => unresolved(format!("XXXX-XX-XX{suffix}"), kind),
            }
        }
        Spec::CurrentUnit { unit, offset } => match anchor {
            Some(a) => {
                let (v, t) = unit_value(add_units(a, *offset, *unit)?, *unit)?;
                resolved(v, t, "DATE")
            }
            None => unresolved(unknown_of(*unit), "DATE"),
        },
        Spec::Weekend(offset) => match anchor {
            Some(a) => {
                let weeks = match offset {
                    Some(o) => *o,
                    None => {
                        let on_weekend = matches!(a.weekday(), Weekday::Saturday | Weekday::Sunday);
                        if tense == Tense::Past && !on_weekend {
                            -1
                        } else {
                            0
                        }
                    }
                };
                let d = add_days(a, weeks * 7)?;
                let (start, end) = weekend_of(d)?;
                resolved(
                    TimeValue::Range { start, end },
                    format!("{}-WE", week_str(d)),
                    "DATE",
                )
            }
            None => unresolved("XXXX-WXX-WE".into(), "DATE"),
        },
        Spec::Partial { unit, later } => match anchor {
            Some(a) => {
                let (first, last) = match unit {
                    Unit::Week => week_of(a)?,
                    Unit::Month => (a.first_of_month(), a.last_of_month()),
                    _ => (
                        Date::new(a.year(), 1, 1).ok()?,
                        Date::new(a.year(), 12, 31).ok()?,
                    ),
                };
                let (start, end) = if *later { (a, last) } else { (first, a) };
                let (_, t) = unit_value(a, *unit)?;
                resolved(TimeValue::Range { start, end }, t, "DATE")
            }
            None => unresolved(unknown_of(*unit), "DATE"),
        },
        Spec::Ago { n, unit } => match anchor {
            Some(a) => {
                let (v, t) = unit_value(add_units(a, *n, *unit)?, *unit)?;
                resolved(v, t, "DATE")
            }
            None => unresolved(unknown_of(*unit), "DATE"),
        },
        Spec::Shift { n, unit, .. } => match reference.or(anchor) {
            Some(r) => {
                let (v, t) = unit_value(add_units(r, *n, *unit)?, *unit)?;
                resolved(v, t, "DATE")
            }
            None => unresolved(unknown_of(*unit), "DATE"),
        },
        Spec::Vague { unit, future } => {
            let timeml = if *future { "FUTURE_REF" } else { "PAST_REF" }.to_string();
            match anchor {
                Some(a) => {
                    // "recent months" ≈ the last three months: the span such phrases cover in news.
                    let other = add_units(a, if *future { 3 } else { -3 }, *unit)?;
                    let (start, end) = if *future { (a, other) } else { (other, a) };
                    resolved(TimeValue::Range { start, end }, timeml, "DATE")
                }
                None => unresolved(timeml, "DATE"),
            }
        }
        Spec::Ref(r) => unresolved((*r).to_string(), "DATE"),
        Spec::Duration { n, unit, dir, .. } => {
            let timeml = unit.duration(*n);
            let calendar_unit = !matches!(unit, Unit::Minute | Unit::Hour);
            match anchor {
                Some(a) if *dir != 0 && calendar_unit => {
                    // An unknown count ("the past few weeks") spans about three units.
                    let len = n.unwrap_or(3);
                    let other = add_units(a, len.checked_mul(i64::from(*dir))?, *unit)?;
                    let (start, end) = if *dir > 0 { (a, other) } else { (other, a) };
                    resolved(TimeValue::Range { start, end }, timeml, "DURATION")
                }
                _ => unresolved(timeml, "DURATION"),
            }
        }
        Spec::Clock { hour, minute, zone } => resolved(
            TimeValue::TimeOfDay {
                date: None,
                hour: *hour,
                minute: *minute,
                zone: zone.clone(),
            },
            format!("XXXX-XX-XXT{hour:02}:{minute:02}"),
            "TIME",
        ),
        Spec::Set(v) => unresolved(v.clone(), "SET"),
    }
}

fn unknown_of(unit: Unit) -> String {
    match unit {
        Unit::Week => "XXXX-WXX".into(),
        Unit::Month => "XXXX-XX".into(),
        Unit::Year => "XXXX".into(),
        Unit::Decade => "XXX".into(),
        _ => "XXXX-XX-XX".into(),
    }
}

/// Whether the spec's direction depends on the clause tense (computed only then).
fn needs_tense(spec: &Spec) -> bool {
    matches!(
        spec,
        Spec::Weekday {
            rel: None | Some(Rel::This),
            ..
        } | Spec::BareMonth { rel: None, .. }
            | Spec::Weekend(None)
            | Spec::Calendar { year: None, .. }
    )
}

/// Find every temporal expression in `sentence` and normalize it against `anchor`
/// (the article's publication date, if known). Each expression's direction uses
/// [`clause_tense`] around it ("will meet on Wednesday" → the next Wednesday; "met
/// Wednesday" → the last one; a weekday equal to the anchor's weekday → the anchor day
/// itself).
///
/// Results are in text order and never overlap. Relative expressions without an anchor
/// come back [`TimeValue::Unresolved`] (month-days as [`TimeValue::MonthDay`]); a clock
/// time takes its day from the nearest day expression in the sentence; "a two-day trip"
/// becomes a range when the sentence names a day for it to start on.
pub fn find_temporal(sentence: &str, anchor: Option<Date>) -> Vec<TimeExpr> {
    let cands = recognize(sentence);
    if cands.is_empty() {
        return Vec::new();
    }
    // First pass: everything but shifts, which count from a date found in the first pass.
    let mut out: Vec<Option<Resolved>> = cands
        .iter()
        .map(|k| {
            if matches!(k.spec, Spec::Shift { .. }) {
                return None;
            }
            let tense = if needs_tense(&k.spec) {
                clause_tense(sentence, k.start)
            } else {
                Tense::Past
            };
            resolve(k, anchor, tense, None)
        })
        .collect();
    let day_at = |out: &[Option<Resolved>], i: usize| match out[i].as_ref().map(|r| &r.value) {
        Some(TimeValue::Day(d)) => Some(*d),
        _ => None,
    };
    for i in 0..cands.len() {
        if let Spec::Shift { forward_ref, .. } = cands[i].spec {
            let before = (0..i).rev().find_map(|j| day_at(&out, j));
            let after = (i + 1..cands.len()).find_map(|j| day_at(&out, j));
            let mut k = cands[i].clone();
            let reference = match (forward_ref, after, before) {
                // "two days after January 10": counts from the date that follows.
                (true, Some(a), _) => Some(a),
                // "on January 12, two days after talks begin": the earlier date is the
                // result, so the expression dates the clause it introduces: January 10.
                (true, None, Some(b)) => {
                    if let Spec::Shift { n, .. } = &mut k.spec {
                        *n = -*n;
                    }
                    Some(b)
                }
                // "90 days after the merger": no date to count from, so it is a length
                // of time, not a date (TimeML marks only "90 days", as a DURATION).
                (true, None, None) => {
                    if let Spec::Shift { n, unit, .. } = k.spec {
                        out[i] = resolved(
                            TimeValue::Unresolved,
                            unit.duration(Some(n.abs())),
                            "DURATION",
                        );
                    }
                    continue;
                }
                (false, _, b) => b,
            };
            out[i] = resolve(&k, anchor, Tense::Past, reference);
        }
    }
    // Clock times take the nearest day named before them, else after them.
    for i in 0..cands.len() {
        let is_clock = matches!(cands[i].spec, Spec::Clock { .. });
        let is_day_adj = matches!(
            cands[i].spec,
            Spec::Duration {
                adjective: true,
                unit: Unit::Day,
                n: Some(_),
                ..
            }
        );
        if !is_clock && !is_day_adj {
            continue;
        }
        // ("a three-day visit to the United States, said the February 22 accords": a
        // day past a saying belongs to what is said.)
        let said_between = |from: usize, to: usize| {
            sentence.get(from..to).is_some_and(|gap| {
                gap.split(|c: char| !c.is_alphabetic())
                    .any(|w| matches!(w, "said" | "says" | "told" | "tells"))
            })
        };
        let before = (0..i)
            .rev()
            .filter(|&j| !said_between(cands[j].end, cands[i].start))
            .find_map(|j| day_at(&out, j));
        let after = (i + 1..cands.len())
            .filter(|&j| !said_between(cands[i].end, cands[j].start))
            .find_map(|j| day_at(&out, j));
        let Some(r) = out[i].as_mut() else { continue };
        if is_clock {
            let day = before.or(after);
            if let (
                TimeValue::TimeOfDay {
                    date, hour, minute, ..
                },
                Some(d),
            ) = (&mut r.value, day)
            {
                *date = Some(d);
                r.timeml = format!("{}T{:02}:{:02}", ymd(d), hour, minute);
            }
        } else if let Spec::Duration { n: Some(n), .. } = cands[i].spec {
            // "a two-day trip starting Tuesday": the trip starts on the day named nearby.
            let ending = ends_today(&sentence[..cands[i].start]);
            if ending
                && let Some(end) = after.or(before).or(anchor)
                && (1..=366).contains(&n)
                && let Some(start) = add_days(end, 1 - n)
            {
                // "Clark, winding up a two-day visit to Washington, said": the visit
                // ends on the day named (or reported), so it began n - 1 days before.
                r.value = TimeValue::Range { start, end };
            } else if !ending
                && let Some(start) = after.or(before)
                && (1..=366).contains(&n)
                && let Some(end) = add_days(start, n - 1)
            {
                r.value = TimeValue::Range { start, end };
            }
        }
    }
    cands
        .into_iter()
        .zip(out)
        .filter_map(|(k, r)| {
            let r = r?;
            Some(TimeExpr {
                start: k.start,
                end: k.end,
                text: sentence[k.start..k.end].to_string(),
                value: r.value,
                weekday: k.weekday,
                timeml: r.timeml,
                timeml_type: r.kind,
            })
        })
        .collect()
}

/// Do the words before "a two-day visit" say that it ends now ("winding up a",
/// "ending his", "at the end of a")?
fn ends_today(before: &str) -> bool {
    let words: Vec<String> = before
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .rev()
        .take(4)
        .map(str::to_lowercase)
        .collect();
    let Some(det) = words.first() else {
        return false;
    };
    if !matches!(det.as_str(), "a" | "an" | "his" | "her" | "their" | "its") {
        return false;
    }
    let w = |i: usize| words.get(i).map(String::as_str).unwrap_or("");
    matches!(
        w(1),
        "ending" | "ended" | "concluding" | "concluded" | "completing" | "completed"
    ) || matches!(
        (w(2), w(1)),
        ("winding" | "wrapping" | "wound" | "wrapped", "up")
    ) || matches!((w(3), w(2), w(1)), ("the", "end", "of"))
}

/// How many years past the latest explicit year a weekday-dated month-day may fall.
/// A given month-day falls on a given weekday at least once in any 11 consecutive years.
const YEAR_WINDOW: i16 = 11;

/// For an article with no publication date: infer the year from what the text supports.
/// `mentions` are all expressions found with `anchor = None` over the whole article.
/// A month-and-day with its weekday ("Wednesday January 12") fixes the year: the year in
/// [min_year, max_year] where that date falls on that weekday (choose the earliest such
/// year ≥ the latest explicit year mentioned in the article, e.g. "in 2021" or "December
/// 16, 2021" → 2022 for a January date that is after it). Returns None when nothing
/// supports a year — never invent one.
///
/// Here min_year is the latest explicit year and max_year lies [`YEAR_WINDOW`] years
/// after it. With several weekday-dated month-days, the earliest year that fits the most
/// of them wins. Explicit years alone do not fix the article's year (a 2022 article
/// mentions "2014"), so without a weekday-dated month-day the answer is None.
pub fn infer_year(mentions: &[TimeExpr]) -> Option<i16> {
    let latest = mentions
        .iter()
        .filter_map(|m| match m.value {
            TimeValue::Day(d) => Some(d.year()),
            TimeValue::Month { year, .. } | TimeValue::Year(year) => Some(year),
            _ => None,
        })
        .max()?;
    let evidence: Vec<(i8, i8, Weekday)> = mentions
        .iter()
        .filter_map(|m| match (&m.value, m.weekday) {
            (TimeValue::MonthDay { month, day }, Some(wd)) => Some((*month, *day, wd)),
            _ => None,
        })
        .collect();
    if evidence.is_empty() {
        return None;
    }
    let mut best: Option<(usize, i16)> = None;
    for y in latest..=latest.saturating_add(YEAR_WINDOW) {
        let score = evidence
            .iter()
            .filter(|&&(m, d, wd)| Date::new(y, m, d).is_ok_and(|date| date.weekday() == wd))
            .count();
        if score > 0 && best.is_none_or(|(b, _)| score > b) {
            best = Some((score, y));
        }
    }
    best.map(|(_, y)| y)
}

/// Give year-less month-days (found with no anchor) the year `year`, e.g. from
/// [`infer_year`]. A month-day whose named weekday does not fit `year` but fits the year
/// before or after takes that year instead (a "Thursday, December 30" in an article
/// dated by a January date belongs to the previous December).
pub fn apply_year(exprs: &mut [TimeExpr], year: i16) {
    for e in exprs {
        let TimeValue::MonthDay { month, day } = e.value else {
            continue;
        };
        let fits = |y: i16| {
            Date::new(y, month, day)
                .ok()
                .filter(|d| e.weekday.is_none_or(|wd| d.weekday() == wd))
        };
        let date = fits(year)
            .or_else(|| year.checked_sub(1).and_then(fits))
            .or_else(|| year.checked_add(1).and_then(fits))
            .or_else(|| Date::new(year, month, day).ok());
        if let Some(d) = date {
            e.value = TimeValue::Day(d);
            e.timeml = ymd(d);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    const WED: Date = date(2022, 1, 12);
    const SUN: Date = date(2022, 1, 16);

    fn find(s: &str, anchor: Option<Date>) -> Vec<TimeExpr> {
        find_temporal(s, anchor)
    }

    /// The single expression found in `s`, with its text checked.
    fn one(s: &str, anchor: Option<Date>, text: &str) -> TimeExpr {
        let v = find(s, anchor);
        assert_eq!(v.len(), 1, "{s:?} → {v:#?}");
        assert_eq!(v[0].text, text, "{s:?}");
        assert_eq!(&s[v[0].start..v[0].end], text);
        v.into_iter().next().unwrap()
    }

    fn day(s: &str, anchor: Date, text: &str, want: Date) {
        let e = one(s, Some(anchor), text);
        assert_eq!(e.value, TimeValue::Day(want), "{s:?}");
    }

    #[test]
    fn past_weekday_same_as_anchor_is_anchor() {
        day("Blinken and Lavrov met Wednesday.", WED, "Wednesday", WED);
    }

    #[test]
    fn future_weekday() {
        day(
            "They will meet for talks about Ukraine Thursday.",
            WED,
            "Thursday",
            date(2022, 1, 13),
        );
    }

    #[test]
    fn past_weekday_on() {
        let e = one("Officials met in Geneva on Monday.", Some(WED), "Monday");
        assert_eq!(e.value, TimeValue::Day(date(2022, 1, 10)));
        assert_eq!(e.weekday, Some(Weekday::Monday));
        assert_eq!(e.timeml, "2022-01-10");
    }

    #[test]
    fn future_weekday_possessive_with_clock_time() {
        let v = find(
            "Sherman will be leading Wednesday's talks at 0900 GMT.",
            Some(SUN),
        );
        assert_eq!(v.len(), 2, "{v:#?}");
        assert_eq!(v[0].text, "Wednesday");
        assert_eq!(v[0].value, TimeValue::Day(date(2022, 1, 19)));
        assert_eq!(v[1].text, "0900 GMT");
        assert_eq!(
            v[1].value,
            TimeValue::TimeOfDay {
                date: Some(date(2022, 1, 19)),
                hour: 9,
                minute: 0,
                zone: Some("GMT".into())
            }
        );
        assert_eq!(v[1].timeml, "2022-01-19T09:00");
        assert_eq!(v[1].timeml_type, "TIME");
    }

    #[test]
    fn weekday_with_part_of_day() {
        let e = one(
            "The two sides spoke Tuesday evening.",
            Some(SUN),
            "Tuesday evening",
        );
        assert_eq!(e.value, TimeValue::Day(date(2022, 1, 11)));
        assert_eq!(e.timeml, "2022-01-11TEV");
        assert_eq!(e.timeml_type, "TIME");
    }

    #[test]
    fn last_and_next_weekday_move_off_anchor() {
        day(
            "They met last Wednesday.",
            WED,
            "last Wednesday",
            date(2022, 1, 5),
        );
        day(
            "They will meet next Wednesday.",
            WED,
            "next Wednesday",
            date(2022, 1, 19),
        );
    }

    #[test]
    fn future_weekday_equal_to_anchor_is_anchor() {
        day("They will meet on Wednesday.", WED, "Wednesday", WED);
    }

    #[test]
    fn present_progressive_takes_nearest_weekday() {
        day(
            "Russia and the US are holding talks on Monday.",
            SUN,
            "Monday",
            date(2022, 1, 17),
        );
    }

    #[test]
    fn month_day_abbreviated_previous_year() {
        day(
            "Putin and Biden spoke on Dec. 30.",
            WED,
            "Dec. 30",
            date(2021, 12, 30),
        );
    }

    #[test]
    fn month_day_anchor_year() {
        day(
            "Talks began on January 10 in Geneva.",
            WED,
            "January 10",
            date(2022, 1, 10),
        );
        day("He arrived Jan. 12.", WED, "Jan. 12", WED);
        day(
            "It happened on December 7.",
            date(2021, 12, 20),
            "December 7",
            date(2021, 12, 7),
        );
    }

    #[test]
    fn full_dates() {
        day(
            "The letter was sent December 16, 2021.",
            WED,
            "December 16, 2021",
            date(2021, 12, 16),
        );
        day(
            "It was signed on 12 January 2022.",
            SUN,
            "12 January 2022",
            WED,
        );
        let e = one(
            "Geneva, Wednesday, January 12, 2022 — talks",
            None,
            "Wednesday, January 12, 2022",
        );
        assert_eq!(e.value, TimeValue::Day(WED));
        assert_eq!(e.weekday, Some(Weekday::Wednesday));
        day("the 12th of January", SUN, "the 12th of January", WED);
    }

    #[test]
    fn iso_and_numeric_dates() {
        day("Published 2022-01-12 by staff.", SUN, "2022-01-12", WED);
        day("Dated 29/11/2023.", SUN, "29/11/2023", date(2023, 11, 29));
        let e = one("Dated 05/06/2023.", Some(SUN), "05/06/2023");
        assert_eq!(e.value, TimeValue::Unresolved);
        assert_eq!(e.timeml, "2023-XX-XX");
    }

    #[test]
    fn no_anchor_month_day_with_weekday() {
        let e = one(
            "The council meets Wednesday January 12 in Brussels.",
            None,
            "Wednesday January 12",
        );
        assert_eq!(e.value, TimeValue::MonthDay { month: 1, day: 12 });
        assert_eq!(e.weekday, Some(Weekday::Wednesday));
        assert_eq!(e.timeml, "XXXX-01-12");
    }

    #[test]
    fn no_anchor_weekday_is_unresolved() {
        let e = one("They met on Wednesday.", None, "Wednesday");
        assert_eq!(e.value, TimeValue::Unresolved);
        assert_eq!(e.timeml, "XXXX-WXX-3");
    }

    fn article(sentences: &[&str]) -> Vec<TimeExpr> {
        sentences.iter().flat_map(|s| find(s, None)).collect()
    }

    #[test]
    fn infer_year_from_weekday_and_explicit_year() {
        let m = article(&[
            "Russia sent its proposals on December 16, 2021.",
            "The council meets Wednesday January 12.",
        ]);
        assert_eq!(infer_year(&m), Some(2022));
        let m = article(&[
            "Russia annexed Crimea in 2014.",
            "The council meets Wednesday January 12.",
        ]);
        assert_eq!(infer_year(&m), Some(2022));
    }

    #[test]
    fn infer_year_needs_a_bound_and_evidence() {
        assert_eq!(
            infer_year(&article(&["The council meets Wednesday January 12."])),
            None
        );
        assert_eq!(
            infer_year(&article(&[
                "Talks on January 12.",
                "In 2021 tensions rose."
            ])),
            None
        );
        assert_eq!(infer_year(&[]), None);
    }

    #[test]
    fn apply_year_fills_month_days() {
        let mut m = article(&[
            "The council meets Wednesday January 12.",
            "They spoke on Thursday, December 30.",
        ]);
        apply_year(&mut m, 2022);
        assert_eq!(m[0].value, TimeValue::Day(WED));
        assert_eq!(m[1].value, TimeValue::Day(date(2021, 12, 30)));
        assert_eq!(m[1].timeml, "2021-12-30");
    }

    #[test]
    fn modal_may_and_verb_march_are_not_months() {
        assert!(find("Russia may decide to invade.", Some(WED)).is_empty());
        assert!(find("Protesters March through the city.", Some(WED)).is_empty());
        assert!(find("The Sun reported it.", Some(WED)).is_empty());
        assert!(
            find(
                "The Sunday Times said Jan Smith and April Ryan may resign.",
                Some(WED)
            )
            .is_empty()
        );
        let e = one("It was agreed in May.", Some(WED), "May");
        assert_eq!(
            e.value,
            TimeValue::Month {
                year: 2021,
                month: 5
            }
        );
        day("He will visit on May 5.", WED, "May 5", date(2022, 5, 5));
    }

    #[test]
    fn numbers_are_not_years() {
        assert!(find("Russia massed 100,000 troops near the border.", Some(WED)).is_empty());
        assert!(find("Some 30 ambassadors attended.", Some(WED)).is_empty());
        assert!(find("Around 2000 troops and $2022 were sent.", Some(WED)).is_empty());
        assert!(find("COVID-19 cases reached 1,2014.", Some(WED)).is_empty());
    }

    #[test]
    fn years_in_date_context() {
        let e = one("Russia annexed Crimea in 2014.", Some(WED), "2014");
        assert_eq!(e.value, TimeValue::Year(2014));
        assert_eq!(e.timeml, "2014");
        let e = one(
            "since Russia's 2014 annexation of Crimea",
            Some(WED),
            "2014",
        );
        assert_eq!(e.value, TimeValue::Year(2014));
        let e = one("It grew in the 1990s.", Some(WED), "1990s");
        assert_eq!(
            e.value,
            TimeValue::Range {
                start: date(1990, 1, 1),
                end: date(1999, 12, 31)
            }
        );
        assert_eq!(e.timeml, "199");
        let e = one("It fell in December 2021.", Some(WED), "December 2021");
        assert_eq!(
            e.value,
            TimeValue::Month {
                year: 2021,
                month: 12
            }
        );
    }

    #[test]
    fn today_yesterday_tomorrow() {
        day("He said today that talks failed.", WED, "today", WED);
        day(
            "He said yesterday that talks failed.",
            WED,
            "yesterday",
            date(2022, 1, 11),
        );
        day("Talks resume tomorrow.", WED, "tomorrow", date(2022, 1, 13));
        let e = one("They spoke last night.", Some(WED), "last night");
        assert_eq!(e.timeml, "2022-01-11TNI");
    }

    #[test]
    fn weeks() {
        let e = one("Talks were held this week.", Some(WED), "this week");
        assert_eq!(
            e.value,
            TimeValue::Range {
                start: date(2022, 1, 10),
                end: SUN
            }
        );
        assert_eq!(e.timeml, "2022-W02");
        let e = one("They will meet again next week.", Some(WED), "next week");
        assert_eq!(
            e.value,
            TimeValue::Range {
                start: date(2022, 1, 17),
                end: date(2022, 1, 23)
            }
        );
        assert_eq!(e.timeml, "2022-W03");
        let e = one("They met last week.", Some(WED), "last week");
        assert_eq!(
            e.value,
            TimeValue::Range {
                start: date(2022, 1, 3),
                end: date(2022, 1, 9)
            }
        );
    }

    #[test]
    fn months_and_years() {
        let e = one("They met last month.", Some(WED), "last month");
        assert_eq!(
            e.value,
            TimeValue::Month {
                year: 2021,
                month: 12
            }
        );
        assert_eq!(e.timeml, "2021-12");
        let e = one("They meet next month.", Some(WED), "next month");
        assert_eq!(
            e.value,
            TimeValue::Month {
                year: 2022,
                month: 2
            }
        );
        let e = one("Growth slowed this year.", Some(WED), "this year");
        assert_eq!(e.value, TimeValue::Year(2022));
        let e = one("Growth slowed last year.", Some(WED), "last year");
        assert_eq!(e.value, TimeValue::Year(2021));
    }

    #[test]
    fn earlier_this_month() {
        let e = one(
            "The plan was leaked earlier this month.",
            Some(WED),
            "earlier this month",
        );
        assert_eq!(
            e.value,
            TimeValue::Range {
                start: date(2022, 1, 1),
                end: WED
            }
        );
        assert_eq!(e.timeml, "2022-01");
    }

    #[test]
    fn recent_months_is_a_past_range() {
        let e = one(
            "Troops massed in recent months.",
            Some(WED),
            "recent months",
        );
        assert_eq!(
            e.value,
            TimeValue::Range {
                start: date(2021, 10, 12),
                end: WED
            }
        );
        assert_eq!(e.timeml, "PAST_REF");
    }

    #[test]
    fn for_months_is_a_duration() {
        let e = one("Tensions have risen for months.", Some(WED), "months");
        assert_eq!(e.value, TimeValue::Unresolved);
        assert_eq!(e.timeml, "PXM");
        assert_eq!(e.timeml_type, "DURATION");
        let e = one(
            "The talks lasted for more than two hours.",
            Some(WED),
            "more than two hours",
        );
        assert_eq!(e.timeml, "PT2H");
    }

    #[test]
    fn two_day_trip_is_a_duration_with_a_start() {
        let v = find(
            "Blinken will begin a two-day trip starting Tuesday.",
            Some(SUN),
        );
        assert_eq!(v.len(), 2, "{v:#?}");
        assert_eq!(v[0].text, "two-day");
        assert_eq!(v[0].timeml, "P2D");
        assert_eq!(v[0].timeml_type, "DURATION");
        assert_eq!(
            v[0].value,
            TimeValue::Range {
                start: date(2022, 1, 18),
                end: date(2022, 1, 19)
            }
        );
        let e = one("a two-day visit", Some(SUN), "two-day");
        assert_eq!(e.value, TimeValue::Unresolved);
        assert!(find("the 50-year-old minister", Some(SUN)).is_empty());
    }

    #[test]
    fn relative_shifts() {
        let v = find(
            "They met on Monday and two days later signed the deal.",
            Some(WED),
        );
        assert_eq!(v[1].text, "two days later");
        assert_eq!(v[1].value, TimeValue::Day(WED));
        // Nothing to count from: a length of time, not a date.
        let e = one(
            "Two days after the summit, troops moved.",
            Some(WED),
            "Two days after",
        );
        assert_eq!(
            (e.value, e.timeml.as_str(), e.timeml_type),
            (TimeValue::Unresolved, "P2D", "DURATION")
        );
        let v = find("Troops moved two days after January 10.", Some(WED));
        assert_eq!(
            (v[0].text.as_str(), &v[0].value),
            ("two days after", &TimeValue::Day(WED))
        );
        let v = find(
            "NATO meets Wednesday January 12, two days after talks begin.",
            Some(date(2022, 1, 4)),
        );
        assert_eq!(v[1].value, TimeValue::Day(date(2022, 1, 10)));
        let e = one(
            "The deal was signed two weeks ago.",
            Some(WED),
            "two weeks ago",
        );
        assert_eq!(
            e.value,
            TimeValue::Range {
                start: date(2021, 12, 27),
                end: date(2022, 1, 2)
            }
        );
        assert_eq!(e.timeml, "2021-W52");
        day(
            "They agreed three days ago.",
            WED,
            "three days ago",
            date(2022, 1, 9),
        );
        let e = one(
            "Talks broke down. The next day they resumed.",
            Some(WED),
            "The next day",
        );
        assert_eq!(e.value, TimeValue::Day(date(2022, 1, 13)));
    }

    #[test]
    fn ago_units() {
        let e = one("It happened two years ago.", Some(WED), "two years ago");
        assert_eq!(e.value, TimeValue::Year(2020));
    }

    #[test]
    fn bare_month_follows_tense() {
        let e = one("The summit will be held in June.", Some(WED), "June");
        assert_eq!(
            e.value,
            TimeValue::Month {
                year: 2022,
                month: 6
            }
        );
        let e = one("The summit was held in June.", Some(WED), "June");
        assert_eq!(
            e.value,
            TimeValue::Month {
                year: 2021,
                month: 6
            }
        );
        let e = one("Officials met in mid-December.", Some(WED), "mid-December");
        assert_eq!(
            e.value,
            TimeValue::Month {
                year: 2021,
                month: 12
            }
        );
    }

    #[test]
    fn clock_times() {
        let e = one("The meeting starts at 9 a.m.", Some(WED), "9 a.m.");
        assert_eq!(
            e.value,
            TimeValue::TimeOfDay {
                date: None,
                hour: 9,
                minute: 0,
                zone: None
            }
        );
        assert_eq!(e.timeml, "XXXX-XX-XXT09:00");
        let e = one("Talks open at 14:00 GMT in Geneva.", Some(WED), "14:00 GMT");
        assert_eq!(
            e.value,
            TimeValue::TimeOfDay {
                date: None,
                hour: 14,
                minute: 0,
                zone: Some("GMT".into())
            }
        );
        let e = one(
            "He spoke at 9:30 p.m. local time.",
            Some(WED),
            "9:30 p.m. local time",
        );
        assert_eq!(
            e.value,
            TimeValue::TimeOfDay {
                date: None,
                hour: 21,
                minute: 30,
                zone: Some("local time".into())
            }
        );
        let v = find("They will meet on Friday at noon.", Some(WED));
        assert_eq!(
            v[1].value,
            TimeValue::TimeOfDay {
                date: Some(date(2022, 1, 14)),
                hour: 12,
                minute: 0,
                zone: None
            }
        );
        assert!(find("The vote was 3:1 and rates rose 1.25 percent.", Some(WED)).is_empty());
    }

    #[test]
    fn refs_and_sets() {
        let e = one("Russia recently moved troops.", Some(WED), "recently");
        assert_eq!(
            (e.timeml.as_str(), e.value),
            ("PAST_REF", TimeValue::Unresolved)
        );
        assert!(find("as soon as possible", Some(WED)).is_empty());
        let e = one("They meet every week.", Some(WED), "every week");
        assert_eq!((e.timeml.as_str(), e.timeml_type), ("P1W", "SET"));
    }

    #[test]
    fn weekend() {
        let e = one(
            "They met over the weekend.",
            Some(date(2022, 1, 17)),
            "the weekend",
        );
        assert_eq!(
            e.value,
            TimeValue::Range {
                start: date(2022, 1, 15),
                end: SUN
            }
        );
        assert_eq!(e.timeml, "2022-W02-WE");
    }

    #[test]
    fn multibyte_text_has_correct_offsets() {
        let s = "Zürich’s “talks” on Wednesday — 12 January";
        let v = find(s, Some(SUN));
        assert_eq!(v.len(), 2, "{v:#?}");
        assert_eq!(&s[v[0].start..v[0].end], "Wednesday");
        assert_eq!(&s[v[1].start..v[1].end], "12 January");
        assert_eq!(v[1].value, TimeValue::Day(WED));
    }

    #[test]
    fn never_panics_on_any_slice_or_offset() {
        let s = "Zürich’s “talks” on Wednesday — 12 January, 0900 GMT; 29/11/2023 «2014» 中文 Dec. 30 – 9 a.m. ü";
        let bounds: Vec<usize> = (0..=s.len()).filter(|&i| s.is_char_boundary(i)).collect();
        for &i in &bounds {
            for &j in bounds.iter().filter(|&&j| j >= i) {
                let sub = &s[i..j];
                for e in find(sub, Some(WED)) {
                    assert_eq!(&sub[e.start..e.end], e.text);
                }
            }
        }
        for at in 0..=s.len() + 3 {
            clause_tense(s, at);
        }
        assert_eq!(clause_tense("", 5), Tense::Past);
    }

    #[test]
    fn tense_cues() {
        let t = |s: &str, w: &str| clause_tense(s, s.find(w).unwrap());
        assert_eq!(
            t("They will meet on Wednesday.", "Wednesday"),
            Tense::Future
        );
        assert_eq!(t("They'll meet on Wednesday.", "Wednesday"), Tense::Future);
        assert_eq!(
            t("Talks are scheduled to begin Monday.", "Monday"),
            Tense::Future
        );
        assert_eq!(
            t("The envoy is due to arrive Monday.", "Monday"),
            Tense::Future
        );
        assert_eq!(
            t("Russia and the US are holding talks on Monday.", "Monday"),
            Tense::Present
        );
        assert_eq!(t("They met on Monday.", "Monday"), Tense::Past);
        assert_eq!(t("Lavrov said on Monday.", "Monday"), Tense::Past);
        assert_eq!(t("They talked on Monday.", "Monday"), Tense::Past);
        assert_eq!(
            t("On Wednesday, Blinken will meet Lavrov.", "Wednesday"),
            Tense::Future
        );
        assert_eq!(t("Nothing on Monday.", "Monday"), Tense::Past);
        assert_eq!(
            t("They met Monday and will meet again Thursday.", "Thursday"),
            Tense::Future
        );
        assert_eq!(
            t("They met Monday and will meet again Thursday.", "Monday"),
            Tense::Past
        );
        assert_eq!(
            t("“We will meet on Friday,” he said.", "Friday"),
            Tense::Future
        );
        assert_eq!(t("The summit will be held in June.", "June"), Tense::Future);
        assert_eq!(t("The summit was held in June.", "June"), Tense::Past);
        assert_eq!(
            t(
                "It delayed its annual meeting to June 22 from May 14.",
                "June"
            ),
            Tense::Future
        );
        assert_eq!(
            t("The talks were postponed until May.", "May"),
            Tense::Future
        );
    }
}
