//! The tagger alone against gold spans: exact-span precision, recall and F1 per kind,
//! the numbers used to choose training settings on dev data.

use std::time::{Duration, Instant};

use super::{TagKind, Tagger, TrainingSentence};
use crate::eval::{Counts, Row, micro};

const KINDS: [TagKind; 3] = [TagKind::Person, TagKind::Organization, TagKind::Place];

/// The kind's name in reports ("PER").
fn kind_name(kind: TagKind) -> &'static str {
    match kind {
        TagKind::Person => "PER",
        TagKind::Organization => "ORG",
        TagKind::Place => "LOC",
    }
}

/// Counts per kind (PER, ORG, LOC) over a set of sentences, and how long tagging took.
#[derive(Debug, Clone, Default)]
pub struct Evaluation {
    pub sentences: usize,
    pub tokens: usize,
    pub counts: [Counts; 3],
    /// Time spent in [`Tagger::tag`] alone.
    pub tagging_time: Duration,
}

impl Evaluation {
    /// Micro-averaged counts over the three kinds.
    pub fn micro(&self) -> Counts {
        micro(self.counts)
    }

    /// Table rows: PER, ORG, LOC, then the micro average.
    pub fn rows(&self) -> Vec<Row> {
        let mut rows: Vec<Row> = KINDS
            .iter()
            .zip(self.counts)
            .map(|(k, c)| Row::new(kind_name(*k), c))
            .collect();
        rows.push(Row::new("micro", self.micro()));
        rows
    }
}

/// Tags every sentence and scores exact spans against the gold entities.
pub fn evaluate(tagger: &Tagger, sentences: &[TrainingSentence]) -> Evaluation {
    let mut ev = Evaluation {
        sentences: sentences.len(),
        ..Evaluation::default()
    };
    for s in sentences {
        let words: Vec<&str> = s.words.iter().map(String::as_str).collect();
        let started = Instant::now();
        let predicted = tagger.tag(&words);
        ev.tagging_time += started.elapsed();
        ev.tokens += words.len();
        for (k, kind) in KINDS.iter().enumerate() {
            let mut gold: Vec<(usize, usize)> = s
                .entities
                .iter()
                .filter(|e| e.2 == *kind)
                .map(|e| (e.0, e.1))
                .collect();
            gold.sort_unstable();
            gold.dedup();
            let pred: Vec<(usize, usize)> = predicted
                .iter()
                .filter(|p| p.kind == *kind)
                .map(|p| (p.start, p.end))
                .collect();
            let tp = pred.iter().filter(|p| gold.contains(p)).count();
            ev.counts[k].add(Counts::new(tp, pred.len(), gold.len()));
        }
    }
    ev
}
