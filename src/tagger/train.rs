//! Training: the averaged perceptron, greedy decoding with the tagger's own earlier
//! decisions as history (so training sees what tagging will see), and temperature
//! calibration of the confidences.
//!
//! Weights are integers while training (every update is ±1), and averages are kept
//! lazily: each weight remembers when it last changed and adds its value times the
//! elapsed steps only then. Integers and a fixed-seed shuffle make training
//! deterministic: same sentences and iterations ⇒ same model bytes.

use rayon::prelude::*;

use super::TrainingSentence;
use super::features::{self, SentenceFeatures};
use super::labels::{self, COUNT, O};
use super::model::{self, KeyMap, Tagger};

/// One weight vector with what the lazy average needs.
#[derive(Clone, Copy, Default)]
struct Param {
    weight: [i32; COUNT],
    /// Sum of the weight over every step up to `stamp`.
    total: [i64; COUNT],
    stamp: [u64; COUNT],
}

struct Perceptron {
    index: KeyMap<usize>,
    params: Vec<Param>,
    /// Tokens seen so far: the averaging clock.
    steps: u64,
}

impl Perceptron {
    fn score(&self, feats: &[u64], scores: &mut [i64; COUNT]) {
        for f in feats {
            if let Some(&p) = self.index.get(f) {
                for (s, w) in scores.iter_mut().zip(&self.params[p].weight) {
                    *s += i64::from(*w);
                }
            }
        }
    }

    fn update(&mut self, feats: &[u64], truth: u8, guess: u8) {
        let now = self.steps;
        for &f in feats {
            let next = self.params.len();
            let p = *self.index.entry(f).or_insert(next);
            if p == next {
                self.params.push(Param::default());
            }
            let param = &mut self.params[p];
            for (label, delta) in [(truth, 1), (guess, -1)] {
                let l = usize::from(label);
                param.total[l] += (now - param.stamp[l]) as i64 * i64::from(param.weight[l]);
                param.stamp[l] = now;
                param.weight[l] += delta;
            }
        }
    }

    /// The averaged weights as a tagger (temperature 1).
    fn averaged(&self) -> Tagger {
        let now = self.steps.max(1);
        let mut weights = KeyMap::default();
        weights.reserve(self.index.len());
        for (&key, &p) in &self.index {
            let param = &self.params[p];
            let mut w = [0.0f32; COUNT];
            for (l, x) in w.iter_mut().enumerate() {
                let total = param.total[l]
                    + (now - param.stamp[l].min(now)) as i64 * i64::from(param.weight[l]);
                *x = (total as f64 / now as f64) as f32;
            }
            if w.iter().any(|&x| x != 0.0) {
                weights.insert(key, w);
            }
        }
        Tagger::from_weights(weights, 1.0)
    }
}

/// Progress after one pass over the training data.
pub struct Epoch<'a> {
    /// 1-based.
    pub iteration: usize,
    pub tokens: usize,
    /// Tokens whose greedy label was wrong during the pass.
    pub errors: usize,
    perceptron: &'a Perceptron,
}

impl Epoch<'_> {
    /// The model as it would be if training stopped now.
    pub fn averaged(&self) -> Tagger {
        self.perceptron.averaged()
    }
}

/// SplitMix64: the fixed-seed generator of the shuffle.
struct SplitMix(u64);

impl SplitMix {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }

    /// Fisher–Yates.
    fn shuffle<T>(&mut self, items: &mut [T]) {
        for i in (1..items.len()).rev() {
            let j = (self.next() % (i as u64 + 1)) as usize;
            items.swap(i, j);
        }
    }
}

/// A sentence ready for training: features and gold labels.
struct Prepared {
    feats: SentenceFeatures,
    gold: Vec<u8>,
}

fn prepare(sentences: &[TrainingSentence]) -> Vec<Prepared> {
    sentences
        .par_iter()
        .filter(|s| !s.words.is_empty())
        .map(|s| {
            let words: Vec<&str> = s.words.iter().map(String::as_str).collect();
            Prepared {
                feats: features::extract(&words),
                gold: labels::from_spans(words.len(), &s.entities),
            }
        })
        .collect()
}

/// Trains a tagger with `iterations` passes over `sentences`.
pub fn train(sentences: &[TrainingSentence], iterations: usize) -> Tagger {
    train_with_progress(sentences, iterations, |_| {})
}

/// [`train`], calling `on_epoch` after every pass (for progress and for choosing the
/// number of iterations on held-out data).
pub fn train_with_progress(
    sentences: &[TrainingSentence],
    iterations: usize,
    mut on_epoch: impl FnMut(&Epoch<'_>),
) -> Tagger {
    let data = prepare(sentences);
    let mut perceptron = Perceptron {
        index: KeyMap::default(),
        params: Vec::new(),
        steps: 0,
    };
    let mut order: Vec<usize> = (0..data.len()).collect();
    let mut rng = SplitMix(0x6e65_7773_6772_6170); // "newsgrap"
    for iteration in 1..=iterations {
        rng.shuffle(&mut order);
        let (mut tokens, mut errors) = (0, 0);
        for &s in &order {
            let Prepared { feats, gold } = &data[s];
            let (mut p1, mut p2) = (O, O);
            for (i, &truth) in gold.iter().enumerate() {
                let label_feats = feats.label_features(i, p1, p2);
                let mut scores = [0i64; COUNT];
                perceptron.score(feats.token(i), &mut scores);
                perceptron.score(&label_feats, &mut scores);
                let guess = model::best_allowed(p1, |l| scores[usize::from(l)]);
                perceptron.steps += 1;
                if guess != truth {
                    perceptron.update(feats.token(i), truth, guess);
                    perceptron.update(&label_feats, truth, guess);
                    errors += 1;
                }
                tokens += 1;
                (p2, p1) = (p1, guess);
            }
        }
        on_epoch(&Epoch {
            iteration,
            tokens,
            errors,
            perceptron: &perceptron,
        });
    }
    perceptron.averaged()
}

/// Sets the softmax temperature that makes the tagger's confidences best predict the
/// gold labels of `sentences` (held-out data: on training data the model is
/// overconfident), by minimum negative log-likelihood over a grid. Spans found do not
/// change; only their confidences do. Returns the temperature chosen.
pub fn calibrate(tagger: &mut Tagger, sentences: &[TrainingSentence]) -> f32 {
    let data = prepare(sentences);
    let steps: Vec<(model::Step, u8)> = data
        .iter()
        .flat_map(|p| {
            tagger
                .decode(&p.feats)
                .into_iter()
                .zip(p.gold.iter().copied())
        })
        .filter(|(step, gold)| labels::allowed(step.prev, *gold))
        .collect();
    if steps.is_empty() {
        return tagger.temperature();
    }
    let nll = |t: f32| -> f64 {
        steps
            .iter()
            .map(|(s, gold)| {
                let p = model::probability(&s.scores, s.prev, *gold, t);
                -f64::from(p.max(1e-9)).ln()
            })
            .sum()
    };
    let mut best = (f64::INFINITY, 1.0f32);
    for k in -20..=30 {
        let t = 1.15f32.powi(k);
        let v = nll(t);
        if v < best.0 {
            best = (v, t);
        }
    }
    tagger.set_temperature(best.1);
    best.1
}
