//! The trained model: a weight row per feature hash, greedy left-to-right decoding,
//! and the file format.
//!
//! Decoding is greedy rather than Viterbi because the label features look two labels
//! back and greedy decoding with an averaged perceptron loses little against exact
//! search on this task, while costing one weight lookup per feature and token.
//!
//! File format (all integers little-endian), version [`FORMAT_VERSION`]:
//!
//! ```text
//! magic            b"newsgraph-ner\n"
//! format version   u32   (also the feature templates' version)
//! label count      u8    (7: O, B-PER, I-PER, B-ORG, I-ORG, B-LOC, I-LOC)
//! temperature      f32   (softmax temperature for confidences)
//! feature count    u32
//! per feature, keys strictly increasing:
//!   key            u64   (feature hash, see features.rs)
//!   mask           u8    (bit k set: a weight for label k follows)
//!   weights        f32 × popcount(mask)
//! checksum         the first 8 bytes of the BLAKE3 hash of everything before
//! ```
//!
//! Same model ⇒ same bytes: keys are sorted and nothing else varies.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

use super::TaggedSpan;
use super::features::{self, SentenceFeatures};
use super::labels::{self, COUNT, O};
use crate::Error;

/// Bump when the file layout, the feature templates or the hash change: a model
/// trained for other features would load but tag nonsense.
pub(crate) const FORMAT_VERSION: u32 = 1;

const MAGIC: &[u8] = b"newsgraph-ner\n";
const CHECKSUM_BYTES: usize = 8;
/// Bytes of the fixed header after the magic: version, label count, temperature,
/// feature count.
const HEADER_BYTES: usize = 4 + 1 + 4 + 4;
/// No trained weight comes near this; bounding weights keeps every score finite.
const MAX_WEIGHT: f32 = 1.0e6;

/// The keys are already well-mixed hashes: hashing them again would only cost time.
#[derive(Default, Clone, Copy)]
pub(crate) struct KeyHasher(u64);

impl Hasher for KeyHasher {
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = self.0.rotate_left(8) ^ u64::from(b);
        }
    }
    fn write_u64(&mut self, n: u64) {
        self.0 = n;
    }
    fn finish(&self) -> u64 {
        self.0
    }
}

pub(crate) type KeyMap<V> = HashMap<u64, V, BuildHasherDefault<KeyHasher>>;

/// A trained named-entity tagger. Cheap to share: tagging takes `&self`.
#[derive(Clone)]
pub struct Tagger {
    weights: KeyMap<[f32; COUNT]>,
    temperature: f32,
}

impl std::fmt::Debug for Tagger {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Tagger")
            .field("features", &self.weights.len())
            .field("temperature", &self.temperature)
            .finish()
    }
}

/// One decoding step: the label chosen, the label before it, and every label's score.
pub(crate) struct Step {
    pub label: u8,
    pub prev: u8,
    pub scores: [f32; COUNT],
}

/// Softmax probability of `label` among the labels allowed after `prev`.
pub(crate) fn probability(scores: &[f32; COUNT], prev: u8, label: u8, temperature: f32) -> f32 {
    let max = (0..COUNT as u8)
        .filter(|&l| labels::allowed(prev, l))
        .map(|l| scores[l as usize])
        .fold(f32::NEG_INFINITY, f32::max);
    let sum: f32 = (0..COUNT as u8)
        .filter(|&l| labels::allowed(prev, l))
        .map(|l| ((scores[l as usize] - max) / temperature).exp())
        .sum();
    let p = ((scores[label as usize] - max) / temperature).exp() / sum;
    if p.is_finite() {
        p.clamp(0.0, 1.0)
    } else {
        0.0
    }
}

impl Tagger {
    pub(crate) fn from_weights(weights: KeyMap<[f32; COUNT]>, temperature: f32) -> Tagger {
        Tagger {
            weights,
            temperature,
        }
    }

    /// The model shipped in `data/model/ner.model`, parsed on first use.
    ///
    /// # Panics
    /// If the shipped file is not a model this build reads (a format change without
    /// retraining); the test suite loads it, so such a build never passes.
    pub fn default_model() -> &'static Tagger {
        static MODEL: std::sync::OnceLock<Tagger> = std::sync::OnceLock::new();
        MODEL.get_or_init(|| {
            Tagger::from_bytes(include_bytes!("../../data/model/ner.model")).expect(
                "data/model/ner.model does not match this build: retrain it (data/model/README.md)",
            )
        })
    }

    /// How many features carry weights.
    pub fn feature_count(&self) -> usize {
        self.weights.len()
    }

    /// The softmax temperature used for confidences.
    pub fn temperature(&self) -> f32 {
        self.temperature
    }

    pub(crate) fn set_temperature(&mut self, temperature: f32) {
        if temperature.is_finite() && temperature > 0.0 {
            self.temperature = temperature;
        }
    }

    /// The same model without weights whose magnitude is below `threshold`, and without
    /// features left with no weight: a smaller file that tags almost identically.
    pub fn pruned(&self, threshold: f32) -> Tagger {
        let weights = self
            .weights
            .iter()
            .filter_map(|(&k, w)| {
                let mut w = *w;
                for x in &mut w {
                    if x.abs() < threshold {
                        *x = 0.0;
                    }
                }
                w.iter().any(|&x| x != 0.0).then_some((k, w))
            })
            .collect();
        Tagger {
            weights,
            temperature: self.temperature,
        }
    }

    /// Adds the weights of `feats` to `scores`.
    #[inline]
    fn add(&self, feats: &[u64], scores: &mut [f32; COUNT]) {
        for f in feats {
            if let Some(w) = self.weights.get(f) {
                for (s, x) in scores.iter_mut().zip(w) {
                    *s += x;
                }
            }
        }
    }

    /// Greedy left-to-right decoding under the BIO constraint.
    pub(crate) fn decode(&self, sf: &SentenceFeatures) -> Vec<Step> {
        let mut steps = Vec::with_capacity(sf.len());
        let (mut p1, mut p2) = (O, O);
        for i in 0..sf.len() {
            let mut scores = [0.0f32; COUNT];
            self.add(sf.token(i), &mut scores);
            self.add(&sf.label_features(i, p1, p2), &mut scores);
            let label = best_allowed(p1, |l| scores[l as usize]);
            steps.push(Step {
                label,
                prev: p1,
                scores,
            });
            (p2, p1) = (p1, label);
        }
        steps
    }

    /// Tags the words of one sentence: the spans found, in order, each with the smallest
    /// of its tokens' label probabilities as its confidence. Never fails: empty, odd or
    /// huge input gives spans or none.
    pub fn tag(&self, words: &[&str]) -> Vec<TaggedSpan> {
        if words.is_empty() {
            return Vec::new();
        }
        let sf = features::extract(words);
        let steps = self.decode(&sf);
        let chosen: Vec<u8> = steps.iter().map(|s| s.label).collect();
        labels::to_spans(&chosen)
            .into_iter()
            .map(|(start, end, kind)| TaggedSpan {
                start,
                end,
                kind,
                confidence: steps[start..end]
                    .iter()
                    .map(|s| probability(&s.scores, s.prev, s.label, self.temperature))
                    .fold(1.0f32, f32::min),
            })
            .collect()
    }

    /// The model file's bytes (format in the module documentation).
    pub fn to_bytes(&self) -> Vec<u8> {
        let mut keys: Vec<u64> = self.weights.keys().copied().collect();
        keys.sort_unstable();
        let mut out = Vec::with_capacity(MAGIC.len() + HEADER_BYTES + keys.len() * 17 + 8);
        out.extend_from_slice(MAGIC);
        out.extend_from_slice(&FORMAT_VERSION.to_le_bytes());
        out.push(COUNT as u8);
        out.extend_from_slice(&self.temperature.to_le_bytes());
        out.extend_from_slice(&(keys.len() as u32).to_le_bytes());
        for k in keys {
            let w = &self.weights[&k];
            out.extend_from_slice(&k.to_le_bytes());
            let mask = w
                .iter()
                .enumerate()
                .filter(|(_, x)| **x != 0.0)
                .fold(0u8, |m, (i, _)| m | 1 << i);
            out.push(mask);
            for x in w.iter().filter(|x| **x != 0.0) {
                out.extend_from_slice(&x.to_le_bytes());
            }
        }
        let sum = blake3::hash(&out);
        out.extend_from_slice(&sum.as_bytes()[..CHECKSUM_BYTES]);
        out
    }

    /// Reads a model written by [`Tagger::to_bytes`], checking everything: magic,
    /// version, label count, checksum, key order, weight values.
    pub fn from_bytes(bytes: &[u8]) -> Result<Tagger, Error> {
        let bad = |m: String| Error::Model(m);
        let body_len = bytes
            .len()
            .checked_sub(CHECKSUM_BYTES)
            .filter(|&n| n >= MAGIC.len() + HEADER_BYTES)
            .ok_or_else(|| bad(format!("{} bytes is too short for a model", bytes.len())))?;
        let (body, sum) = bytes.split_at(body_len);
        if !body.starts_with(MAGIC) {
            return Err(bad("not a newsgraph tagger model (bad magic)".into()));
        }
        let mut r = Reader {
            bytes: body,
            pos: MAGIC.len(),
        };
        let version = r.u32()?;
        if version != FORMAT_VERSION {
            return Err(bad(format!(
                "model format version {version}, this build reads version {FORMAT_VERSION}: retrain it"
            )));
        }
        if blake3::hash(body).as_bytes()[..CHECKSUM_BYTES] != *sum {
            return Err(bad("checksum mismatch: the file is damaged".into()));
        }
        let label_count = r.u8()?;
        if usize::from(label_count) != COUNT {
            return Err(bad(format!("{label_count} labels, expected {COUNT}")));
        }
        let temperature = r.f32()?;
        if !(temperature.is_finite() && temperature > 0.0) {
            return Err(bad(format!("bad temperature {temperature}")));
        }
        let count = r.u32()? as usize;
        // Each feature takes at least 13 bytes: no allocation beyond what the file holds.
        let mut weights = KeyMap::default();
        weights.reserve(count.min(r.remaining() / 13));
        let mut last: Option<u64> = None;
        for _ in 0..count {
            let key = r.u64()?;
            if last.is_some_and(|l| l >= key) {
                return Err(bad("feature keys are not strictly increasing".into()));
            }
            last = Some(key);
            let mask = r.u8()?;
            if mask == 0 || usize::from(mask) >= 1 << COUNT {
                return Err(bad(format!("bad label mask {mask:#x}")));
            }
            let mut w = [0.0f32; COUNT];
            for (i, x) in w.iter_mut().enumerate() {
                if mask & (1 << i) != 0 {
                    let v = r.f32()?;
                    if !v.is_finite() || v.abs() > MAX_WEIGHT || v == 0.0 {
                        return Err(bad(format!("bad weight {v}")));
                    }
                    *x = v;
                }
            }
            weights.insert(key, w);
        }
        if r.remaining() != 0 {
            return Err(bad(format!(
                "{} bytes after the last feature",
                r.remaining()
            )));
        }
        Ok(Tagger {
            weights,
            temperature,
        })
    }
}

/// The highest-scoring label allowed after `prev`; ties go to the lower label (O first).
pub(crate) fn best_allowed<S: PartialOrd>(prev: u8, score: impl Fn(u8) -> S) -> u8 {
    let mut best = O;
    let mut best_score = score(O);
    for l in 1..COUNT as u8 {
        if labels::allowed(prev, l) {
            let s = score(l);
            if s > best_score {
                best = l;
                best_score = s;
            }
        }
    }
    best
}

/// A bounds-checked little-endian reader.
struct Reader<'a> {
    bytes: &'a [u8],
    pos: usize,
}

impl Reader<'_> {
    fn take<const N: usize>(&mut self) -> Result<[u8; N], Error> {
        let end = self.pos.checked_add(N).filter(|&e| e <= self.bytes.len());
        let Some(end) = end else {
            return Err(Error::Model("the file ends inside a feature".into()));
        };
        let mut out = [0u8; N];
        out.copy_from_slice(&self.bytes[self.pos..end]);
        self.pos = end;
        Ok(out)
    }
    fn u8(&mut self) -> Result<u8, Error> {
        Ok(self.take::<1>()?[0])
    }
    fn u32(&mut self) -> Result<u32, Error> {
        Ok(u32::from_le_bytes(self.take()?))
    }
    fn u64(&mut self) -> Result<u64, Error> {
        Ok(u64::from_le_bytes(self.take()?))
    }
    fn f32(&mut self) -> Result<f32, Error> {
        Ok(f32::from_le_bytes(self.take()?))
    }
    fn remaining(&self) -> usize {
        self.bytes.len() - self.pos
    }
}
