//! A small statistical named-entity tagger: people, organizations and places in a
//! tokenized sentence, with a confidence per span.
//!
//! The rule-based extractor finds names by capitalization, the gazetteer and language
//! patterns; this tagger adds what a model learns from annotated news text (which
//! contexts make a capitalized word a person, an organization or a place), for the
//! extractor to combine with its rules. It is an averaged perceptron (Collins 2002, in
//! the style of Honnibal's greedy taggers) over BIO labels, decoded greedily from left
//! to right:
//!
//! - [`features`]: hashed word, shape, affix, context and previous-label features;
//!   [`gaz`]: gazetteer membership, which carries the model to unseen names.
//! - [`model`]: the [`Tagger`], decoding, and the versioned binary model file.
//! - [`train()`]: deterministic training (fixed-seed shuffle, integer weights) and
//!   confidence calibration.
//! - [`conll`], [`meantime`], [`articles`]: training data readers; [`score`]: exact-span evaluation.
//!
//! The shipped model, `data/model/ner.model`, is compiled in and parsed once
//! ([`Tagger::default_model`]); `newsgraph train` rebuilds it (`data/model/README.md`).

pub mod articles;
pub mod conll;
mod features;
mod gaz;
mod labels;
pub mod meantime;
mod model;
pub mod score;
mod train;

#[cfg(test)]
mod tests;

use std::path::Path;

pub use articles::read_annotated_articles;
pub use conll::{parse_conll04, read_conll04};
pub use meantime::{parse_meantime, read_meantime_dir};
pub use model::Tagger;
pub use score::{Evaluation, evaluate};
pub use train::{Epoch, calibrate, train, train_with_progress};

/// What a span names.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum TagKind {
    Person,
    Organization,
    Place,
}

/// A span of tokens the tagger labelled.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct TaggedSpan {
    /// First token.
    pub start: usize,
    /// One past the last token.
    pub end: usize,
    pub kind: TagKind,
    /// In 0..=1: the smallest of the span's tokens' label probabilities (a softmax
    /// over label scores, calibrated on held-out data when the model was trained).
    pub confidence: f32,
}

/// A tokenized sentence with its gold entities, for training and evaluation.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct TrainingSentence {
    pub words: Vec<String>,
    /// (start, end exclusive, kind) in token indices. Entities that overlap an earlier
    /// one or fall outside the sentence are ignored.
    pub entities: Vec<(usize, usize, TagKind)>,
}

/// Gold sentences from a path: a MEANTIME corpus folder (`*.xml`) or a CoNLL04 JSON file.
pub fn read_gold(path: &Path) -> Result<Vec<TrainingSentence>, crate::Error> {
    if path.is_dir() {
        read_meantime_dir(path)
    } else {
        read_conll04(path)
    }
}
