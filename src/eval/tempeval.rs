//! TempEval-3 task A for the date normalizer ([`crate::extract::temporal`]): TimeML
//! (`.tml`) files read with a small parser for their flat markup, the normalizer run
//! sentence by sentence against the document creation time, and identification and
//! value scored as TempEval-3 defines them (UzZaman et al. 2013).
//!
//! - identification, relaxed: a system expression matches a gold one when their spans
//!   overlap (one-to-one);
//! - identification, strict: the spans are equal;
//! - type / value: a match on a relaxed span whose TimeML type / value string is also
//!   the gold one. P = correct/system, R = correct/gold, F1 their harmonic mean.
//!
//! Every measure is given over all TIMEX3 types and over DATE only (gold and system
//! expressions both filtered to type DATE).

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use anyhow::{Context, bail};
use jiff::civil::Date;
use serde::Serialize;

use super::{Counts, Row, match_count};
use crate::extract::temporal::find_temporal;
use crate::text::{self, Span};

/// HeidelTime's value F1 (percent) on the TempEval-3 platinum test set, the best
/// published value score of the shared task (UzZaman et al. 2013, "SemEval-2013 Task 1:
/// TempEval-3: Evaluating Time Expressions, Events, and Temporal Relations", Table 3).
pub const HEIDELTIME_VALUE_F1: f64 = 77.61;

/// One TIMEX3 of a document's text (or of the normalizer's output).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Timex {
    /// Byte span in the plain text.
    pub span: Span,
    /// DATE, TIME, DURATION or SET.
    #[serde(rename = "type")]
    pub kind: String,
    /// The TimeML value string ("1998-01-08", "P1W", "PAST_REF").
    pub value: String,
}

/// A TimeML document: the text without markup and its gold expressions.
#[derive(Debug, Clone)]
pub struct TmlDoc {
    /// The document creation time's value as written ("1998-01-08T19:30").
    pub dct_value: String,
    /// Its calendar day, the normalizer's anchor.
    pub dct: Option<Date>,
    /// The content of `<TEXT>` with tags removed and entities decoded.
    pub text: String,
    /// Gold TIMEX3s in text order, spans into `text`.
    pub timexes: Vec<Timex>,
}

/// Attributes of a start tag: `<TIMEX3 tid="t1" type="DATE">` → [("tid","t1"), …].
fn attributes(tag: &str) -> anyhow::Result<Vec<(String, String)>> {
    let mut out = Vec::new();
    let body = tag.trim_start_matches('<').trim_end_matches('>');
    let body = body.strip_suffix('/').unwrap_or(body);
    let mut rest = body
        .split_once(|c: char| c.is_whitespace())
        .map_or("", |(_, r)| r)
        .trim_start();
    while !rest.is_empty() {
        let Some((name, after)) = rest.split_once('=') else {
            bail!("malformed attribute in {tag}");
        };
        let after = after.trim_start();
        let quote = after.chars().next().filter(|c| *c == '"' || *c == '\'');
        let Some(q) = quote else {
            bail!("unquoted attribute value in {tag}");
        };
        let Some(close) = after[1..].find(q) else {
            bail!("unterminated attribute value in {tag}");
        };
        out.push((name.trim().to_string(), decode(&after[1..1 + close])));
        rest = after[close + 2..].trim_start();
    }
    Ok(out)
}

fn attr<'a>(attrs: &'a [(String, String)], name: &str) -> Option<&'a str> {
    attrs
        .iter()
        .find(|(k, _)| k == name)
        .map(|(_, v)| v.as_str())
}

/// The element name of a tag: `<TIMEX3 …>` → "TIMEX3", `</TIMEX3>` → "TIMEX3".
fn tag_name(tag: &str) -> &str {
    let t = tag.trim_start_matches('<').trim_start_matches('/');
    let end = t
        .find(|c: char| c.is_whitespace() || c == '>' || c == '/')
        .unwrap_or(t.len());
    &t[..end]
}

/// Decodes the XML entities (the five predefined and numeric references); anything
/// else is kept as written.
fn decode(s: &str) -> String {
    if !s.contains('&') {
        return s.to_string();
    }
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(i) = rest.find('&') {
        out.push_str(&rest[..i]);
        rest = &rest[i..];
        let decoded = rest.find(';').filter(|&j| j <= 10).and_then(|j| {
            let name = &rest[1..j];
            let c = match name {
                "amp" => Some('&'),
                "lt" => Some('<'),
                "gt" => Some('>'),
                "quot" => Some('"'),
                "apos" => Some('\''),
                _ => {
                    let n = if let Some(h) = name.strip_prefix("#x") {
                        u32::from_str_radix(h, 16).ok()
                    } else if let Some(d) = name.strip_prefix('#') {
                        d.parse().ok()
                    } else {
                        None
                    };
                    n.and_then(char::from_u32)
                }
            };
            c.map(|c| (c, j + 1))
        });
        match decoded {
            Some((c, len)) => {
                out.push(c);
                rest = &rest[len..];
            }
            None => {
                out.push('&');
                rest = &rest[1..];
            }
        }
    }
    out.push_str(rest);
    out
}

/// Every tag of `src` as (byte offset, tag text), comments and declarations skipped.
fn tags(src: &str) -> anyhow::Result<Vec<(usize, &str)>> {
    let mut out = Vec::new();
    let mut at = 0;
    while let Some(i) = src[at..].find('<') {
        let start = at + i;
        let Some(j) = src[start..].find('>') else {
            bail!("unterminated tag at byte {start}");
        };
        let tag = &src[start..start + j + 1];
        at = start + j + 1;
        if tag.starts_with("<!--") {
            let Some(k) = src[start..].find("-->") else {
                bail!("unterminated comment at byte {start}");
            };
            at = start + k + 3;
            continue;
        }
        if tag.starts_with("<?") || tag.starts_with("<!") {
            continue;
        }
        out.push((start, tag));
    }
    Ok(out)
}

/// Parses a TimeML document: the creation time (the TIMEX3 with
/// `functionInDocument="CREATION_TIME"`, wherever it is) and the `<TEXT>` element with
/// its TIMEX3s as byte spans of the plain text. EVENT, SIGNAL and any other inline tags
/// are dropped; empty (`<TIMEX3 …/>`) timexes are not text and are skipped.
pub fn parse_tml(src: &str) -> anyhow::Result<TmlDoc> {
    let all = tags(src)?;
    let mut dct_value = None;
    for (_, tag) in &all {
        if tag_name(tag) == "TIMEX3" && !tag.starts_with("</") {
            let attrs = attributes(tag)?;
            if attr(&attrs, "functionInDocument") == Some("CREATION_TIME") {
                dct_value = attr(&attrs, "value").map(str::to_string);
                break;
            }
        }
    }
    let dct_value = dct_value.context("no TIMEX3 with functionInDocument=\"CREATION_TIME\"")?;
    let dct = dct_value.get(..10).and_then(|d| d.parse::<Date>().ok());

    let open = all
        .iter()
        .position(|(_, t)| tag_name(t) == "TEXT" && !t.starts_with("</"))
        .context("no <TEXT> element")?;
    let mut text = String::new();
    let mut timexes = Vec::new();
    let mut pending: Option<(usize, Vec<(String, String)>)> = None;
    let mut pos = all[open].0 + all[open].1.len();
    let mut closed = false;
    for &(off, tag) in &all[open + 1..] {
        text.push_str(&decode(&src[pos..off]));
        pos = off + tag.len();
        let name = tag_name(tag);
        let is_end = tag.starts_with("</");
        if name == "TEXT" && is_end {
            closed = true;
            break;
        }
        if name != "TIMEX3" || tag.ends_with("/>") {
            continue;
        }
        if is_end {
            let Some((start, attrs)) = pending.take() else {
                bail!("</TIMEX3> without a start tag at byte {off}");
            };
            timexes.push(Timex {
                span: Span::new(start, text.len()),
                kind: attr(&attrs, "type").unwrap_or("").to_string(),
                value: attr(&attrs, "value").unwrap_or("").to_string(),
            });
        } else {
            if pending.is_some() {
                bail!("nested TIMEX3 at byte {off}");
            }
            pending = Some((text.len(), attributes(tag)?));
        }
    }
    if !closed {
        bail!("<TEXT> is not closed");
    }
    if pending.is_some() {
        bail!("TIMEX3 not closed before </TEXT>");
    }
    Ok(TmlDoc {
        dct_value,
        dct,
        text,
        timexes,
    })
}

/// The normalizer's expressions for a document: sentence by sentence, anchored on the
/// creation day.
pub fn predict(doc: &TmlDoc) -> Vec<Timex> {
    let mut out = Vec::new();
    for s in text::sentences(&doc.text, Span::new(0, doc.text.len())) {
        for e in find_temporal(s.of(&doc.text), doc.dct) {
            out.push(Timex {
                span: Span::new(s.start + e.start, s.start + e.end),
                kind: e.timeml_type.to_string(),
                value: e.timeml,
            });
        }
    }
    out
}

fn overlaps(a: Span, b: Span) -> bool {
    a.start < b.end && b.start < a.end
}

/// The four measures over one set of expressions.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct Measures {
    /// Overlapping spans.
    pub relaxed: Counts,
    /// Equal spans.
    pub strict: Counts,
    /// Overlapping spans and the same type.
    #[serde(rename = "type")]
    pub kind: Counts,
    /// Overlapping spans and the same value string.
    pub value: Counts,
}

impl Measures {
    /// Scores `predicted` against `gold` (one document).
    pub fn of(gold: &[&Timex], predicted: &[&Timex]) -> Measures {
        let (g, p) = (gold.len(), predicted.len());
        let count = |f: &dyn Fn(&Timex, &Timex) -> bool| {
            Counts::new(match_count(gold, predicted, |a, b| f(a, b)), p, g)
        };
        Measures {
            relaxed: count(&|a, b| overlaps(a.span, b.span)),
            strict: count(&|a, b| a.span == b.span),
            kind: count(&|a, b| overlaps(a.span, b.span) && a.kind == b.kind),
            value: count(&|a, b| overlaps(a.span, b.span) && a.value == b.value),
        }
    }
    fn add(&mut self, o: Measures) {
        self.relaxed.add(o.relaxed);
        self.strict.add(o.strict);
        self.kind.add(o.kind);
        self.value.add(o.value);
    }
}

/// One error, for reading: a gold expression nothing overlaps (`missed`), a system
/// expression that overlaps no gold (`spurious`), or an overlap with the wrong value
/// (`value`).
#[derive(Debug, Clone, Serialize)]
pub struct ErrorItem {
    pub document: String,
    pub kind: &'static str,
    pub gold_text: Option<String>,
    pub gold_type: Option<String>,
    pub gold_value: Option<String>,
    pub system_text: Option<String>,
    pub system_type: Option<String>,
    pub system_value: Option<String>,
    /// The creation time the document was normalized against.
    pub dct: String,
    /// The sentence the error is in (whitespace collapsed).
    pub sentence: String,
}

/// Scores and errors over a set of documents.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Report {
    pub documents: usize,
    /// Every TIMEX3 type.
    pub all: Measures,
    /// DATE only.
    pub date: Measures,
    /// HeidelTime's published value F1 on the platinum test set, for reference.
    pub reference_heideltime_value_f1: f64,
    pub errors: Vec<ErrorItem>,
    pub warnings: Vec<String>,
}

impl Report {
    /// An empty report carrying the reference figure.
    pub fn new() -> Self {
        Report {
            reference_heideltime_value_f1: HEIDELTIME_VALUE_F1,
            ..Report::default()
        }
    }

    /// Scores one document's `predicted` expressions against its gold ones.
    pub fn add_document(&mut self, name: &str, doc: &TmlDoc, predicted: &[Timex]) {
        self.documents += 1;
        let gold: Vec<&Timex> = doc.timexes.iter().collect();
        let pred: Vec<&Timex> = predicted.iter().collect();
        self.all.add(Measures::of(&gold, &pred));
        let is_date = |t: &&Timex| t.kind == "DATE";
        let gold_d: Vec<&Timex> = gold.iter().copied().filter(is_date).collect();
        let pred_d: Vec<&Timex> = pred.iter().copied().filter(is_date).collect();
        self.date.add(Measures::of(&gold_d, &pred_d));

        let sentences = text::sentences(&doc.text, Span::new(0, doc.text.len()));
        let sentence_at = |at: usize| {
            sentences
                .iter()
                .find(|s| s.start <= at && at < s.end)
                .map(|s| {
                    s.of(&doc.text)
                        .split_whitespace()
                        .collect::<Vec<_>>()
                        .join(" ")
                })
                .unwrap_or_default()
        };
        let item = |kind, g: Option<&Timex>, p: Option<&Timex>| ErrorItem {
            sentence: sentence_at(g.or(p).map_or(0, |t| t.span.start)),
            document: name.to_string(),
            kind,
            gold_text: g.map(|t| t.span.of(&doc.text).to_string()),
            gold_type: g.map(|t| t.kind.clone()),
            gold_value: g.map(|t| t.value.clone()),
            system_text: p.map(|t| t.span.of(&doc.text).to_string()),
            system_type: p.map(|t| t.kind.clone()),
            system_value: p.map(|t| t.value.clone()),
            dct: doc.dct_value.clone(),
        };
        for g in &gold {
            let over: Vec<&Timex> = pred
                .iter()
                .copied()
                .filter(|p| overlaps(g.span, p.span))
                .collect();
            match over.first() {
                None => self.errors.push(item("missed", Some(g), None)),
                Some(first) if !over.iter().any(|p| p.value == g.value) => {
                    self.errors.push(item("value", Some(g), Some(first)));
                }
                Some(_) => {}
            }
        }
        for p in &pred {
            if !gold.iter().any(|g| overlaps(g.span, p.span)) {
                self.errors.push(item("spurious", None, Some(p)));
            }
        }
    }

    /// Table rows: relaxed, strict, type and value over all types, then DATE only
    /// (where type is the relaxed score by construction, so it is left out).
    pub fn rows(&self) -> Vec<Row> {
        let (a, d) = (&self.all, &self.date);
        vec![
            Row::new("all: span relaxed", a.relaxed),
            Row::new("all: span strict", a.strict),
            Row::new("all: type", a.kind),
            Row::new("all: value", a.value),
            Row::new("DATE: span relaxed", d.relaxed),
            Row::new("DATE: span strict", d.strict),
            Row::new("DATE: value", d.value),
        ]
    }

    /// The table, a reference line and the most frequent errors by category.
    pub fn write_table(&self, out: &mut dyn std::io::Write, dir: &Path) -> std::io::Result<()> {
        writeln!(
            out,
            "TempEval-3 {}: {} documents",
            dir.display(),
            self.documents
        )?;
        super::write_table(out, &self.rows())?;
        let ours = self
            .all
            .value
            .f1()
            .map_or("-".into(), |f| format!("{:.2}", 100.0 * f));
        writeln!(
            out,
            "value F1 (all types): ours {ours}; HeidelTime {HEIDELTIME_VALUE_F1:.2} on the \
             TempEval-3 platinum test (UzZaman et al. 2013)"
        )?;
        for kind in ["missed", "spurious", "value"] {
            let mut by: BTreeMap<String, usize> = BTreeMap::new();
            let mut n = 0;
            for e in self.errors.iter().filter(|e| e.kind == kind) {
                n += 1;
                *by.entry(category(e)).or_default() += 1;
            }
            let mut by: Vec<(String, usize)> = by.into_iter().collect();
            by.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
            writeln!(out, "\n{kind}: {n} (most frequent)")?;
            for (k, c) in by.iter().take(15) {
                writeln!(out, "  {c:>5}  {k}")?;
            }
        }
        Ok(())
    }
}

/// Digits as 9: "1998-01-08" → "9999-99-99", so that errors group by shape.
fn shape(v: &str) -> String {
    v.chars()
        .map(|c| if c.is_ascii_digit() { '9' } else { c })
        .collect()
}

/// How an error is grouped in the table: by text for missed and spurious expressions
/// (lower-cased, digits as 9), by type and value shapes for wrong values.
fn category(e: &ErrorItem) -> String {
    let t = |s: &Option<String>| s.clone().unwrap_or_default();
    match e.kind {
        "missed" => format!(
            "{} \"{}\"",
            t(&e.gold_type),
            shape(&t(&e.gold_text).to_lowercase())
        ),
        "spurious" => format!(
            "{} \"{}\"",
            t(&e.system_type),
            shape(&t(&e.system_text).to_lowercase())
        ),
        _ => format!(
            "{} {} ← {} {}",
            t(&e.gold_type),
            shape(&t(&e.gold_value)),
            t(&e.system_type),
            shape(&t(&e.system_value))
        ),
    }
}

/// The `.tml` files under `dir`, in path order.
pub fn tml_files(dir: &Path) -> anyhow::Result<Vec<PathBuf>> {
    let mut files = Vec::new();
    for entry in walkdir::WalkDir::new(dir).sort_by_file_name() {
        let entry = entry.with_context(|| format!("reading {}", dir.display()))?;
        if entry.file_type().is_file() && entry.path().extension().is_some_and(|e| e == "tml") {
            files.push(entry.into_path());
        }
    }
    if files.is_empty() {
        bail!("no .tml files under {}", dir.display());
    }
    Ok(files)
}

/// Runs the normalizer on every `.tml` file under `dir` and scores it. A file that does
/// not parse is a warning and left out.
pub fn score_dir(dir: &Path) -> anyhow::Result<Report> {
    let mut report = Report::new();
    for path in tml_files(dir)? {
        let name = path
            .strip_prefix(dir)
            .unwrap_or(&path)
            .display()
            .to_string();
        let src = match std::fs::read_to_string(&path) {
            Ok(s) => s,
            Err(e) => {
                report.warnings.push(format!("{}: {e}", path.display()));
                continue;
            }
        };
        match parse_tml(&src) {
            Ok(doc) => {
                if doc.dct.is_none() {
                    report.warnings.push(format!(
                        "{}: creation time {:?} is not a date; no anchor",
                        path.display(),
                        doc.dct_value
                    ));
                }
                let predicted = predict(&doc);
                report.add_document(&name, &doc, &predicted);
            }
            Err(e) => report.warnings.push(format!("{}: {e:#}", path.display())),
        }
    }
    Ok(report)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn entities_decode() {
        assert_eq!(
            decode("AT&amp;T &lt;b&gt; &#65;&#x42; &bogus; &"),
            "AT&T <b> AB &bogus; &"
        );
    }

    #[test]
    fn attributes_parse() {
        let a = attributes(r#"<TIMEX3 tid="t1" type='DATE' value="1998-01-08"/>"#).unwrap();
        assert_eq!(attr(&a, "type"), Some("DATE"));
        assert_eq!(attr(&a, "value"), Some("1998-01-08"));
        assert!(attributes("<TIMEX3 tid=t1>").is_err());
    }
}
