//! Entity linking on ELEVANT benchmark files (JSON lines: `text`, `evaluation_span`,
//! `labels` with character spans and Wikidata QIDs), e.g. News-Fair v2.
//!
//! Each article runs through the real pipeline (ingest as plain text, extract,
//! resolve, link with the bundled gazetteer). Every mention of a linked entity inside
//! the evaluation span is one prediction (its character span and QID).
//!
//! Scored on named entities, as ELEVANT reports them: gold labels with a QID that are
//! not coreference mentions, not quantities or dates, and whose text starts with a
//! capital letter; predictions likewise only on mentions that start with a capital
//! letter (a nominal "the president" the coreference step found is not one). A prediction is right when a named gold label has exactly its span
//! and QID. A prediction on the exact span of a gold label that is not scored (a
//! coreference or lower-case mention) is ignored; every other prediction is an error.
//! Recall is also given restricted to gold entities whose QID is in the bundled data.

use std::collections::HashSet;
use std::path::Path;

use anyhow::Context;
use serde::{Deserialize, Serialize};

use super::Counts;
use crate::link::{ExternalId, Linker};

#[derive(Debug, Deserialize)]
struct Article {
    id: serde_json::Value,
    text: String,
    #[serde(default)]
    evaluation_span: Option<(usize, usize)>,
    #[serde(default)]
    labels: Vec<Label>,
}

#[derive(Debug, Deserialize)]
struct Label {
    span: (usize, usize),
    entity_id: String,
    #[serde(default, rename = "type")]
    kind: String,
    #[serde(default)]
    coref: bool,
}

/// The figures of one benchmark file.
#[derive(Debug, Default, Serialize)]
pub struct Report {
    pub articles: usize,
    /// Named entities, all of them.
    pub named: Counts,
    /// Named entities whose QID is in the bundled data: `tp` and `gold` only (recall).
    pub named_in_bundled_data: Counts,
    /// Wrong links, as "QID predicted ≠ QID expected: text".
    pub errors: Vec<String>,
    #[serde(skip)]
    pub warnings: Vec<String>,
}

fn bundled_qids() -> HashSet<String> {
    let g = crate::gazetteer::gazetteer();
    let mut out = HashSet::new();
    out.extend(g.countries().iter().filter_map(|c| c.qid.clone()));
    out.extend(g.all_places().iter().filter_map(|p| p.qid.clone()));
    out.extend(g.all_organizations().iter().filter_map(|o| o.qid.clone()));
    out.extend(g.all_people().iter().map(|p| p.qid.clone()));
    out
}

fn is_named(text: &str, l: &Label) -> bool {
    l.entity_id.starts_with('Q')
        && !l.coref
        && !matches!(l.kind.as_str(), "QUANTITY" | "DATETIME")
        && text
            .chars()
            .skip(l.span.0)
            .find(|c| !c.is_whitespace())
            .is_some_and(char::is_uppercase)
}

/// Scores a benchmark file.
pub fn score(path: &Path) -> anyhow::Result<Report> {
    let body =
        std::fs::read_to_string(path).with_context(|| format!("cannot read {}", path.display()))?;
    let known = bundled_qids();
    let linker = Linker::bundled();
    let mut report = Report::default();
    for (n, line) in body.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        let a: Article = serde_json::from_str(line)
            .with_context(|| format!("{}: line {}", path.display(), n + 1))?;
        report.articles += 1;
        let key = format!("elevant-{}", a.id);
        let doc = match crate::ingest::document_from_text(&key, path, a.text.as_bytes(), "txt") {
            Ok(d) => d,
            Err(e) => {
                report.warnings.push(e.to_string());
                continue;
            }
        };
        if doc.text != a.text {
            report.warnings.push(format!(
                "{key}: the text changed in ingest; offsets may not match"
            ));
        }
        let facts = crate::extract::extract(&doc);
        let resolved = crate::resolve::resolve(std::slice::from_ref(&facts));
        let (links, _) = linker.link_all(std::slice::from_ref(&facts), &resolved);
        // Byte offset → character offset.
        let chars: Vec<usize> = doc.text.char_indices().map(|(b, _)| b).collect();
        let to_char = |b: usize| chars.partition_point(|&x| x < b);
        let (lo, hi) = a.evaluation_span.unwrap_or((0, usize::MAX));
        let mut predicted: Vec<((usize, usize), String)> = Vec::new();
        for (li, e) in facts.entities.iter().enumerate() {
            let canon = resolved.entity_map[0][li];
            let Some(Some(link)) = links.get(canon) else {
                continue;
            };
            let Some(qid) = link.ids.iter().find_map(|id| match id {
                ExternalId::Wikidata(q) => Some(q.clone()),
                _ => None,
            }) else {
                continue;
            };
            for m in &e.mentions {
                let span = (to_char(m.start), to_char(m.end));
                // Named mentions only, as for the gold labels: "the president" found
                // by coreference is a nominal mention, scored in no category here.
                let named = doc.text[m.start..m.end]
                    .chars()
                    .find(|c| !c.is_whitespace())
                    .is_some_and(char::is_uppercase);
                if named
                    && span.0 >= lo
                    && span.1 <= hi
                    && !predicted.iter().any(|(s, _)| *s == span)
                {
                    predicted.push((span, qid.clone()));
                }
            }
        }
        let in_span = |l: &&Label| l.span.0 >= lo && l.span.1 <= hi;
        let gold: Vec<&Label> = a
            .labels
            .iter()
            .filter(in_span)
            .filter(|l| is_named(&a.text, l))
            .collect();
        let unscored: HashSet<(usize, usize)> = a
            .labels
            .iter()
            .filter(in_span)
            .filter(|l| !is_named(&a.text, l))
            .map(|l| l.span)
            .collect();
        let mut tp = 0;
        let mut tp_known = 0;
        let mut counted = 0;
        for (span, qid) in &predicted {
            match gold.iter().find(|g| g.span == *span) {
                Some(g) if g.entity_id == *qid => {
                    tp += 1;
                    counted += 1;
                    if known.contains(&g.entity_id) {
                        tp_known += 1;
                    }
                }
                Some(g) => {
                    counted += 1;
                    let text: String = a.text.chars().skip(span.0).take(span.1 - span.0).collect();
                    report
                        .errors
                        .push(format!("{qid} ≠ {}: {text} ({key})", g.entity_id));
                }
                None if unscored.contains(span) => {}
                None => {
                    counted += 1;
                    let text: String = a.text.chars().skip(span.0).take(span.1 - span.0).collect();
                    report
                        .errors
                        .push(format!("{qid} where nothing is expected: {text} ({key})"));
                }
            }
        }
        report.named.add(Counts::new(tp, counted, gold.len()));
        let gold_known = gold.iter().filter(|g| known.contains(&g.entity_id)).count();
        // Recall only: predictions are not split by where their QID comes from.
        report.named_in_bundled_data.tp += tp_known;
        report.named_in_bundled_data.gold += gold_known;
    }
    Ok(report)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_capitalized_non_coreference_labels_with_a_qid_are_named() {
        let text = "Paris said he met the president.";
        let l = |span, id: &str, coref| Label {
            span,
            entity_id: id.into(),
            kind: "Q5".into(),
            coref,
        };
        assert!(is_named(text, &l((0, 5), "Q90", false)));
        assert!(!is_named(text, &l((11, 13), "Q90", true)));
        assert!(!is_named(text, &l((22, 31), "Q30461", false)));
        assert!(!is_named(text, &l((0, 5), "<NIL>", false)));
    }
}
