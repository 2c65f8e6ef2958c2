//! Publication dates: from metadata, from a wire-service dateline, or from a date line
//! standing alone near the top of a page.
//!
//! Only what the input states is taken. A dateline such as "Jan. 12 (UPI) --" gives a
//! month and a day but no year; the year stays `None` here and is filled in later from
//! the text, because guessing it from the file's mtime or today's date would be wrong
//! for archives.

use std::sync::LazyLock;

use regex::Regex;

use super::{Block, BlockKind, ChromeKind, DateSource, Published};

/// Month names and abbreviations, as one capture group. Case-insensitive because
/// datelines are often all caps ("MAY 3").
const MONTH: &str = r"(?i:(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?))";

static MDY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"^{MONTH}\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?(?:(?:\s*,\s*|\s+)(\d{{4}})\b)?"
    ))
    .expect("valid regex")
});
static DMY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"^(\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?{MONTH}\.?(?:,?\s+(\d{{4}})\b)?"
    ))
    .expect("valid regex")
});
static YMD: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^(\d{4})([-/.])(\d{1,2})([-/.])(\d{1,2})").expect("valid regex"));
static NUMERIC: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^(\d{1,2})[/.](\d{1,2})[/.](\d{4})").expect("valid regex"));
static COMPACT: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^(\d{4})(\d{2})(\d{2})(?:$|T)").expect("valid regex"));
static WEEKDAY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?i:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+)").expect("valid regex")
});
static DATE_PREFIX: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^(?i:(?:first\s+published|last\s+updated|published|posted|updated|date)(?:\s+on)?\s*:?\s*)",
    )
    .expect("valid regex")
});
/// What may follow a date on a line that is only a date: a time and a zone.
static TIME_TAIL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^\s*(?:(?:,|at|-|–|—|\||·|/)?\s*\d{1,2}[:.]\d{2}(?::\d{2})?\s*(?i:[ap]\.?m\.?)?\s*(?:(?:GMT|UTC)\s*[+-]?\d{0,2}(?::?\d{2})?|[A-Z]{2,5})?)?\s*$",
    )
    .expect("valid regex")
});
/// A time (and zone) before the date, with its separator.
static TIME_HEAD: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^\d{1,2}[:.]\d{2}(?::\d{2})?\s*(?i:[ap]\.?m\.?)?\s*(?:(?:GMT|UTC)\s*[+-]?\d{0,2}|[A-Z]{2,5})?\s*[,|·-]?\s+",
    )
    .expect("valid regex")
});
/// An optional place ("WASHINGTON, ", "SAN FRANCISCO, Calif., ") before the date.
const PLACE: &str = r"(?:\p{Lu}[\p{L}\p{M}.'’\- ]{1,40}(?:,\s*[\p{L}\p{M}.'’\- ]{2,30})?,\s*)?";
/// What closes a dateline: an optional agency in parentheses or slashes, then a dash
/// (or a colon, accepted only after an agency — see `dateline`).
const DATELINE_TAIL: &str = r"\s*(?:\(([^)\n]{1,40})\))?\s*(?:/[^/\n]{1,40}/\s*)?(--|—|–|-|:)";
static DATELINE_MDY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"^{PLACE}{MONTH}\.?\s+(\d{{1,2}})(?:,?\s+(\d{{4}}))?{DATELINE_TAIL}"
    ))
    .expect("valid regex")
});
static DATELINE_DMY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"^{PLACE}(\d{{1,2}})\s+{MONTH}\.?(?:,?\s+(\d{{4}}))?{DATELINE_TAIL}"
    ))
    .expect("valid regex")
});

/// A calendar date as far as it is known.
pub(crate) type Ymd = (Option<i16>, i8, i8);

/// Month number from an English month name or its abbreviation (the date module's rule).
fn month_number(name: &str) -> Option<i8> {
    crate::extract::temporal::month_num(name)
}

/// Checks ranges (and the real calendar when the year is known), so "February 30" or
/// "13/13/2020" never becomes a date.
fn valid(year: Option<i64>, month: i64, day: i64) -> Option<Ymd> {
    if !(1..=12).contains(&month) || !(1..=31).contains(&day) {
        return None;
    }
    match year {
        Some(y) => {
            if !(1800..=2200).contains(&y) {
                return None;
            }
            jiff::civil::Date::new(y as i16, month as i8, day as i8).ok()?;
            Some((Some(y as i16), month as i8, day as i8))
        }
        None => {
            // 2024 is a leap year, so February 29 passes when the year is unknown.
            jiff::civil::Date::new(2024, month as i8, day as i8).ok()?;
            Some((None, month as i8, day as i8))
        }
    }
}

fn num(s: Option<regex::Match<'_>>) -> Option<i64> {
    s.and_then(|m| m.as_str().parse().ok())
}

/// A date at the very start of `s`; returns it with the number of bytes it spans.
pub(crate) fn date_at_start(s: &str) -> Option<(Ymd, usize)> {
    if let Some(c) = YMD.captures(s) {
        let end = c.get(0)?.end();
        // "2022-01-16T10:00" is fine; "2022-01-160" is not a date.
        if s[end..].starts_with(|c: char| c.is_ascii_digit()) || c[2] != c[4] {
            return None;
        }
        return valid(num(c.get(1)), num(c.get(3))?, num(c.get(5))?).map(|d| (d, end));
    }
    if let Some(c) = COMPACT.captures(s) {
        let end = c.get(3)?.end();
        return valid(num(c.get(1)), num(c.get(2))?, num(c.get(3))?).map(|d| (d, end));
    }
    if let Some(c) = NUMERIC.captures(s) {
        let end = c.get(0)?.end();
        let (a, b) = (num(c.get(1))?, num(c.get(2))?);
        // Day-first or month-first cannot be told apart when both are ≤ 12; refuse
        // rather than guess.
        let (month, day) = match (a > 12, b > 12) {
            (true, false) => (b, a),
            (false, true) => (a, b),
            _ if a == b => (a, b),
            _ => return None,
        };
        return valid(num(c.get(3)), month, day).map(|d| (d, end));
    }
    if let Some(c) = MDY.captures(s) {
        let end = c.get(0)?.end();
        let month = month_number(c.get(1)?.as_str())?;
        return valid(num(c.get(3)), month.into(), num(c.get(2))?).map(|d| (d, end));
    }
    if let Some(c) = DMY.captures(s) {
        let end = c.get(0)?.end();
        let month = month_number(c.get(2)?.as_str())?;
        return valid(num(c.get(3)), month.into(), num(c.get(1))?).map(|d| (d, end));
    }
    None
}

/// Parses a metadata value: ISO 8601 ("2022-01-16", "2022-01-16T10:00:00-05:00"),
/// RFC 2822 ("Sun, 16 Jan 2022 10:00:00 +0000"), or written dates ("January 16, 2022").
/// The date is the one written, not converted to UTC: an article stamped
/// 23:30 in New York was published on that New York date.
pub fn parse_date(s: &str) -> Option<Published> {
    let t = s.trim();
    let t = DATE_PREFIX.find(t).map_or(t, |m| &t[m.end()..]);
    let t = WEEKDAY.find(t).map_or(t, |m| &t[m.end()..]);
    let ((year, month, day), _) = date_at_start(t)?;
    Some(Published {
        year,
        month,
        day,
        source: DateSource::Metadata,
    })
}

/// A line that is nothing but a date (optionally a weekday, a "Published:" label and
/// a time): "Sunday, January 16, 2022", "16 January 2022 10:30 GMT", "2022-01-16".
pub(crate) fn standalone_date(line: &str) -> Option<Ymd> {
    let t = line.trim();
    if t.len() > 80 || t.contains('\n') {
        return None;
    }
    let t = DATE_PREFIX.find(t).map_or(t, |m| &t[m.end()..]);
    // Some sites put the time first: "Updated 10:32 AM ET, Tue January 11, 2022".
    let t = TIME_HEAD.find(t).map_or(t, |m| &t[m.end()..]);
    let t = WEEKDAY.find(t).map_or(t, |m| &t[m.end()..]);
    let (ymd, used) = date_at_start(t)?;
    TIME_TAIL.is_match(&t[used..]).then_some(ymd)
}

/// A wire-service dateline at the start of a paragraph: "Jan. 12 (UPI) --",
/// "WASHINGTON, Jan 12 (Reuters) -", "LONDON, 12 January 2022 -". Datelines without a
/// date ("LONDON (AP) —") give nothing.
pub(crate) fn dateline(paragraph: &str) -> Option<Ymd> {
    dateline_match(paragraph).and_then(|(ymd, _)| ymd)
}

/// The byte length of a dated wire dateline opening `paragraph` ("TOKYO, March 3 -"),
/// whether or not its date is a valid one: what extraction must not read as the
/// story's own text.
pub fn dateline_len(paragraph: &str) -> Option<usize> {
    dateline_match(paragraph).map(|(_, len)| len)
}

fn dateline_match(paragraph: &str) -> Option<(Option<Ymd>, usize)> {
    let head = match paragraph.char_indices().nth(160) {
        Some((i, _)) => &paragraph[..i],
        None => paragraph,
    };
    for (re, day_group, month_group) in [(&*DATELINE_MDY, 2, 1), (&*DATELINE_DMY, 1, 2)] {
        let Some(c) = re.captures(head) else { continue };
        let has_agency = c.get(4).is_some();
        let dash = c.get(5).map_or("", |m| m.as_str());
        if dash == ":" && !has_agency {
            continue;
        }
        let ymd = month_number(c.get(month_group)?.as_str())
            .and_then(|month| valid(num(c.get(3)), month.into(), num(c.get(day_group))?));
        return Some((ymd, c.get(0)?.end()));
    }
    None
}

/// How many blocks from the top a page-header date may stand and still count.
const HEADER_REACH: usize = 6;
/// How many body paragraphs may precede the one carrying the dateline (a photo
/// caption often comes first).
const DATELINE_REACH: usize = 3;

/// The date of a dateline in one of the first body paragraphs: the day the story was
/// written where it was filed.
pub(crate) fn dateline_near_top(text: &str, blocks: &[Block]) -> Option<Ymd> {
    blocks
        .iter()
        .filter(|b| b.kind == BlockKind::Body)
        .take(DATELINE_REACH)
        .find_map(|b| dateline(text.get(b.start..b.end)?))
}

/// Picks the publication date: metadata, else a dateline in one of the first body
/// paragraphs, else a date line standing alone near the top (a `PageDate` block).
pub(crate) fn resolve(meta: Option<&str>, text: &str, blocks: &[Block]) -> Option<Published> {
    if let Some(p) = meta.and_then(parse_date) {
        return Some(p);
    }
    if let Some((year, month, day)) = dateline_near_top(text, blocks) {
        return Some(Published {
            year,
            month,
            day,
            source: DateSource::Dateline,
        });
    }
    let first_body = blocks
        .iter()
        .position(|b| b.kind == BlockKind::Body)
        .unwrap_or(blocks.len());
    blocks
        .iter()
        .take(HEADER_REACH.max(first_body))
        .take_while(|b| b.kind != BlockKind::Body)
        .filter(|b| b.kind == BlockKind::Chrome(ChromeKind::PageDate))
        .find_map(|b| standalone_date(text.get(b.start..b.end)?))
        .map(|(year, month, day)| Published {
            year,
            month,
            day,
            source: DateSource::PageHeader,
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn meta(y: i16, m: i8, d: i8) -> Option<Published> {
        Some(Published {
            year: Some(y),
            month: m,
            day: d,
            source: DateSource::Metadata,
        })
    }

    #[test]
    fn metadata_formats() {
        assert_eq!(parse_date("2021-03-04"), meta(2021, 3, 4));
        assert_eq!(parse_date("2021-03-04T23:30:00-05:00"), meta(2021, 3, 4));
        assert_eq!(
            parse_date("Thu, 4 Mar 2021 10:00:00 +0000"),
            meta(2021, 3, 4)
        );
        assert_eq!(parse_date("March 4th, 2021"), meta(2021, 3, 4));
        assert_eq!(parse_date("4 March 2021"), meta(2021, 3, 4));
        assert_eq!(parse_date("2021/03/04"), meta(2021, 3, 4));
        assert_eq!(parse_date("20210304"), meta(2021, 3, 4));
        assert_eq!(parse_date("25/12/2020"), meta(2020, 12, 25));
        assert_eq!(parse_date("03/04/2021"), None, "ambiguous day/month");
        assert_eq!(parse_date("2021-02-30"), None);
        assert_eq!(parse_date("yesterday"), None);
        assert_eq!(parse_date(""), None);
    }

    #[test]
    fn standalone_lines() {
        assert_eq!(
            standalone_date("Wednesday, March 3, 2021"),
            Some((Some(2021), 3, 3))
        );
        assert_eq!(standalone_date("June 9 , 2015"), Some((Some(2015), 6, 9)));
        assert_eq!(
            standalone_date("Published: 9 June 2015 14:05 BST"),
            Some((Some(2015), 6, 9))
        );
        assert_eq!(
            standalone_date("Sept. 9, 2015 at 2:05 p.m. ET"),
            Some((Some(2015), 9, 9))
        );
        assert_eq!(
            standalone_date("Updated 10:32 AM ET, Tue June 9, 2015"),
            Some((Some(2015), 6, 9))
        );
        assert_eq!(standalone_date("On June 9, 2015 it rained."), None);
        assert_eq!(standalone_date("June 9, 2015 was a wet day"), None);
        assert_eq!(standalone_date("Mayor resigns"), None);
    }

    #[test]
    fn datelines() {
        assert_eq!(
            dateline("Mar. 3 (AFP) -- Officials met on Tuesday."),
            Some((None, 3, 3))
        );
        assert_eq!(
            dateline("BERLIN, Oct 7 (Reuters) - The minister said."),
            Some((None, 10, 7))
        );
        assert_eq!(
            dateline("NEW YORK, Oct. 7, 2019 /PRNewswire/ -- A company said."),
            Some((Some(2019), 10, 7))
        );
        assert_eq!(
            dateline("PARIS, 7 October (AFP) — The talks ended."),
            Some((None, 10, 7))
        );
        assert_eq!(dateline("ROME (AP) — Nothing dated here."), None);
        assert_eq!(dateline("BERLIN: The minister said."), None);
        assert_eq!(dateline("May 5 was a Tuesday, she said."), None);
        assert_eq!(dateline(""), None);
    }
}
