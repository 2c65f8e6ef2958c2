//! CoNLL04 (Roth & Yih 2004) in the JSON token format: each sentence is its own document.
//!
//! Entities are scored on exact byte spans per type (Peop ↔ Person, Org ↔ Organization,
//! Loc ↔ Place or Country; `Other` is not scored), relations on `Work_For` pairs: a
//! predicted role with an organization matches a gold pair when one of the person's
//! mentions overlaps the gold head and one of the organization's mentions overlaps the
//! gold tail.

use std::path::Path;

use anyhow::Context;
use serde::{Deserialize, Serialize};

use super::{Counts, Row, match_count, micro};
use crate::extract::{self, EntityKind};
use crate::text::Span;

/// The scored entity types, in table order.
pub const TYPES: [&str; 3] = ["Peop", "Org", "Loc"];

#[derive(Debug, Clone, Deserialize)]
pub struct Sentence {
    pub tokens: Vec<String>,
    #[serde(default)]
    pub entities: Vec<GoldEntity>,
    #[serde(default)]
    pub relations: Vec<GoldRelation>,
}

#[derive(Debug, Clone, Deserialize)]
pub struct GoldEntity {
    #[serde(rename = "type")]
    pub kind: String,
    pub start: usize,
    pub end: usize,
}

#[derive(Debug, Clone, Deserialize)]
pub struct GoldRelation {
    #[serde(rename = "type")]
    pub kind: String,
    pub head: usize,
    pub tail: usize,
}

/// Reads a CoNLL04 JSON split.
pub fn load(path: &Path) -> anyhow::Result<Vec<Sentence>> {
    let raw =
        std::fs::read_to_string(path).with_context(|| format!("cannot read {}", path.display()))?;
    parse(&raw).with_context(|| format!("{} is not CoNLL04 JSON", path.display()))
}

pub fn parse(json: &str) -> anyhow::Result<Vec<Sentence>> {
    Ok(serde_json::from_str(json)?)
}

#[derive(Debug, Clone, Default, Serialize)]
pub struct Report {
    pub sentences: usize,
    /// Per type, in [`TYPES`] order.
    pub entities: Vec<(String, Counts)>,
    pub work_for: Counts,
    /// The sentences with a missed or a spurious entity, for error analysis (JSON only).
    pub errors: Vec<SentenceErrors>,
    #[serde(skip)]
    pub warnings: Vec<String>,
}

/// One sentence's entity errors: `(type, text)` of each gold entity not predicted with
/// its exact span and type, and of each predicted one not in the gold.
#[derive(Debug, Clone, Default, Serialize)]
pub struct SentenceErrors {
    pub sentence: usize,
    pub text: String,
    pub missed: Vec<(String, String)>,
    pub spurious: Vec<(String, String)>,
}

impl Report {
    pub fn entity_micro(&self) -> Counts {
        micro(self.entities.iter().map(|(_, c)| *c))
    }
    pub fn rows(&self) -> Vec<Row> {
        let mut rows: Vec<Row> = self
            .entities
            .iter()
            .map(|(t, c)| Row::new(t.clone(), *c))
            .collect();
        rows.push(Row::new("entities (micro)", self.entity_micro()));
        rows.push(Row::new("Work_For", self.work_for));
        rows
    }
}

/// The sentence's text (tokens joined by single spaces) and each token's byte span.
pub fn text_of(tokens: &[String]) -> (String, Vec<Span>) {
    let mut text = String::new();
    let mut spans = Vec::with_capacity(tokens.len());
    for (i, t) in tokens.iter().enumerate() {
        if i > 0 {
            text.push(' ');
        }
        let start = text.len();
        text.push_str(t);
        spans.push(Span::new(start, text.len()));
    }
    (text, spans)
}

fn gold_type(kind: EntityKind) -> &'static str {
    match kind {
        EntityKind::Person => "Peop",
        EntityKind::Organization => "Org",
        EntityKind::Country | EntityKind::Place => "Loc",
    }
}

fn overlaps(a: Span, b: Span) -> bool {
    a.start < b.end && b.start < a.end
}

/// What the extractor found in one sentence: typed mention spans and (person mentions,
/// organization mentions) pairs.
pub struct Predicted {
    pub mentions: Vec<(&'static str, Span)>,
    pub work_for: Vec<(Vec<Span>, Vec<Span>)>,
}

/// Runs the extractor on one text.
pub fn predict(key: &str, text: &str) -> Result<Predicted, String> {
    // Every CoNLL04 sentence is body text, however it is shaped ("( By Yang Jianbai …"
    // would otherwise read as a heading and be refused as chrome-only).
    let doc = crate::ingest::document_from_passage(key, text);
    let facts = extract::extract(&doc);
    if facts.text != text {
        return Err(format!("{key}: the document text differs from the input"));
    }
    // A nationality adjective ("Russian officials") points to its country in the graph,
    // but CoNLL04 annotates it as Other, like spaCy's NORP: it is not a Loc mention.
    let g = crate::gazetteer::gazetteer();
    let mut mentions: Vec<(&'static str, Span)> = facts
        .entities
        .iter()
        .flat_map(|e| e.mentions.iter().map(move |m| (gold_type(e.kind), *m)))
        .filter(|(t, m)| *t != "Loc" || !g.is_demonym(text.get(m.start..m.end).unwrap_or("")))
        .collect();
    mentions.sort_by_key(|(t, s)| (s.start, s.end, *t));
    mentions.dedup();
    let mut pairs: Vec<(usize, usize)> = facts
        .roles
        .iter()
        .filter_map(|r| r.organization.map(|o| (r.person, o)))
        .collect();
    pairs.sort();
    pairs.dedup();
    let work_for = pairs
        .into_iter()
        .map(|(p, o)| {
            (
                facts.entities[p].mentions.clone(),
                facts.entities[o].mentions.clone(),
            )
        })
        .collect();
    Ok(Predicted { mentions, work_for })
}

/// Scores one sentence's prediction against its gold annotation.
pub fn score_sentence(
    sentence: &Sentence,
    token_spans: &[Span],
    predicted: &Predicted,
    report: &mut Report,
) -> SentenceErrors {
    let mut errors = SentenceErrors::default();
    let text = sentence.tokens.join(" ");
    let words = |s: &Span| text.get(s.start..s.end).unwrap_or("").to_string();
    let span_of = |e: &GoldEntity| -> Option<Span> {
        if e.start >= e.end || e.end > token_spans.len() {
            return None;
        }
        Some(Span::new(
            token_spans[e.start].start,
            token_spans[e.end - 1].end,
        ))
    };
    for (ti, t) in TYPES.iter().enumerate() {
        let mut gold: Vec<Span> = sentence
            .entities
            .iter()
            .filter(|e| e.kind == *t)
            .filter_map(span_of)
            .collect();
        gold.sort_by_key(|s| (s.start, s.end));
        gold.dedup();
        let pred: Vec<Span> = predicted
            .mentions
            .iter()
            .filter(|(pt, _)| pt == t)
            .map(|(_, s)| *s)
            .collect();
        let tp = match_count(&gold, &pred, |g, p| g == p);
        errors.missed.extend(
            gold.iter()
                .filter(|g| !pred.contains(g))
                .map(|g| (t.to_string(), words(g))),
        );
        errors.spurious.extend(
            pred.iter()
                .filter(|p| !gold.contains(p))
                .map(|p| (t.to_string(), words(p))),
        );
        report.entities[ti]
            .1
            .add(Counts::new(tp, pred.len(), gold.len()));
    }
    let gold_pairs: Vec<(Span, Span)> = sentence
        .relations
        .iter()
        .filter(|r| r.kind == "Work_For")
        .filter_map(|r| {
            let h = sentence.entities.get(r.head).and_then(span_of)?;
            let t = sentence.entities.get(r.tail).and_then(span_of)?;
            Some((h, t))
        })
        .collect();
    let tp = match_count(&gold_pairs, &predicted.work_for, |(h, t), (pm, om)| {
        pm.iter().any(|m| overlaps(*m, *h)) && om.iter().any(|m| overlaps(*m, *t))
    });
    report
        .work_for
        .add(Counts::new(tp, predicted.work_for.len(), gold_pairs.len()));
    errors.text = text;
    errors
}

/// Scores every sentence (each its own document).
pub fn score(sentences: &[Sentence]) -> Report {
    let mut report = Report {
        sentences: sentences.len(),
        entities: TYPES
            .iter()
            .map(|t| (t.to_string(), Counts::default()))
            .collect(),
        ..Report::default()
    };
    for (i, s) in sentences.iter().enumerate() {
        let (text, spans) = text_of(&s.tokens);
        let predicted = match predict(&format!("conll04#{i}"), &text) {
            Ok(p) => p,
            Err(e) => {
                report.warnings.push(format!("sentence {i}: {e}"));
                Predicted {
                    mentions: Vec::new(),
                    work_for: Vec::new(),
                }
            }
        };
        let mut errors = score_sentence(s, &spans, &predicted, &mut report);
        if !errors.missed.is_empty() || !errors.spurious.is_empty() {
            errors.sentence = i;
            report.errors.push(errors);
        }
    }
    report
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_sentence_shaped_like_a_heading_is_still_scored() {
        // Title-case with no sentence punctuation: as an article this would be a
        // headline with no body, and refused.
        let text = "( By Yang Jianbai of the Economic Research Center";
        let p = predict("conll04#1", text).expect("a prediction");
        assert!(
            p.mentions
                .iter()
                .any(|(t, s)| *t == "Org" && &text[s.start..s.end] == "Economic Research Center"),
            "{:?}",
            p.mentions
        );
    }
}
