//! What the tagger sees of a token: features of the word, its neighbours and the
//! gazetteer, each hashed to a `u64` so that no feature string is ever built or kept.
//!
//! Features that do not depend on earlier decisions are computed once per sentence
//! ([`extract`]); the few that look at the labels already chosen for the previous two
//! tokens are hashed on the fly ([`SentenceFeatures::label_features`]). Hashing makes
//! the model file free of the training text (it stores hashes and weights only) and
//! keeps lookups to one integer probe. The hash and the templates are part of the model
//! format: changing either means bumping [`super::model::FORMAT_VERSION`] and retraining.

use super::gaz;

/// Template ids: each feature is the hash of its template and its value, so equal
/// values under different templates never share a weight.
mod t {
    pub const BIAS: u64 = 1;
    pub const WORD: u64 = 2;
    pub const SHAPE: u64 = 3;
    pub const SHORT_SHAPE: u64 = 4;
    pub const FLAG: u64 = 5;
    pub const PREFIX: u64 = 6;
    pub const SUFFIX: u64 = 7;
    pub const WORD_AT: u64 = 8;
    pub const SHAPE_AT: u64 = 9;
    pub const BIGRAM_LEFT: u64 = 10;
    pub const BIGRAM_RIGHT: u64 = 11;
    pub const SHAPE_TRIGRAM: u64 = 12;
    pub const INITIAL_SHAPE: u64 = 13;
    pub const GAZ: u64 = 14;
    pub const GAZ_PREV: u64 = 15;
    pub const GAZ_NEXT: u64 = 16;
    pub const PREV_LABEL: u64 = 17;
    pub const PREV_TWO_LABELS: u64 = 18;
    pub const PREV_LABEL_WORD: u64 = 19;
    pub const PREV_LABEL_SHAPE: u64 = 20;
    pub const PREV_LABEL_GAZ: u64 = 21;
    pub const INITIAL_WORD: u64 = 22;
    pub const RUN_FIRST: u64 = 23;
    pub const RUN_LAST: u64 = 24;
    pub const RUN_POSITION: u64 = 25;
}

/// Boolean properties of a word, one feature each when true.
mod flag {
    pub const CAPITALIZED: u64 = 1;
    pub const ALL_CAPS: u64 = 2;
    pub const HAS_DIGIT: u64 = 3;
    pub const HAS_HYPHEN: u64 = 4;
    pub const HAS_PERIOD: u64 = 5;
    pub const INITIAL: u64 = 6;
    pub const INITIAL_CAPITALIZED: u64 = 7;
}

/// Stand-ins for the words and shapes beyond the sentence's ends.
const BEFORE_START: u64 = 0x5354_4152_5400_0001;
const AFTER_END: u64 = 0x454e_4400_0000_0002;

/// One step of the FxHash mix.
#[inline]
fn mix(h: u64, w: u64) -> u64 {
    (h.rotate_left(5) ^ w).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95)
}

/// MurmurHash3's 64-bit finalizer: every input bit reaches the high bits that the
/// hash table's control bytes use.
#[inline]
fn finish(mut h: u64) -> u64 {
    h ^= h >> 33;
    h = h.wrapping_mul(0xff51_afd7_ed55_8ccd);
    h ^= h >> 33;
    h = h.wrapping_mul(0xc4ce_b9fe_1a85_ec53);
    h ^ (h >> 33)
}

/// Hash of a template and a byte string (length included, so padding is unambiguous).
fn hash_bytes(template: u64, bytes: &[u8]) -> u64 {
    let mut h = mix(template, bytes.len() as u64);
    let mut chunks = bytes.chunks_exact(8);
    for c in &mut chunks {
        let mut word = [0u8; 8];
        word.copy_from_slice(c);
        h = mix(h, u64::from_le_bytes(word));
    }
    let rest = chunks.remainder();
    if !rest.is_empty() {
        let mut word = [0u8; 8];
        word[..rest.len()].copy_from_slice(rest);
        h = mix(h, u64::from_le_bytes(word));
    }
    finish(h)
}

/// Hash of a template and up to three integers.
#[inline]
fn hash3(template: u64, a: u64, b: u64, c: u64) -> u64 {
    finish(mix(mix(mix(mix(0x9e37_79b9_7f4a_7c15, template), a), b), c))
}

/// The coarse shape of a word: "Xxxx", "XX", "X", "xx", "d", "p" (no letter or digit),
/// or "mixed" ("iPhone", "McCain", "G20").
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Shape {
    Title = 1,
    Caps = 2,
    Letter = 3,
    Lower = 4,
    Digits = 5,
    Punct = 6,
    Mixed = 7,
}

/// What one pass over a word's characters tells.
struct WordInfo {
    shape: Shape,
    /// Collins' short shape: X, x and d for character classes, other characters as
    /// themselves, runs of one class collapsed ("Xx", "X.X.", "d,d", "xXx"); at most
    /// 16 classes kept.
    short_shape: String,
    capitalized: bool,
    has_digit: bool,
    has_hyphen: bool,
    has_period: bool,
    /// Has a letter or digit: not punctuation.
    is_word: bool,
}

fn word_info(word: &str) -> WordInfo {
    let (mut upper, mut lower, mut digits, mut letters) = (0usize, 0usize, 0usize, 0usize);
    let mut first_upper = false;
    let (mut has_hyphen, mut has_period) = (false, false);
    let mut short_shape = String::new();
    let mut classes = 0;
    let mut last: Option<char> = None;
    for (i, c) in word.chars().enumerate() {
        let class = if c.is_uppercase() {
            upper += 1;
            letters += 1;
            'X'
        } else if c.is_alphabetic() {
            if c.is_lowercase() {
                lower += 1;
            }
            letters += 1;
            'x'
        } else if c.is_numeric() {
            digits += 1;
            'd'
        } else {
            has_hyphen |= c == '-' || c == '‐' || c == '–';
            has_period |= c == '.';
            c
        };
        if i == 0 {
            first_upper = class == 'X';
        }
        if last != Some(class) && classes < 16 {
            short_shape.push(class);
            classes += 1;
        }
        last = Some(class);
    }
    let shape = if letters == 0 {
        if digits > 0 {
            Shape::Digits
        } else {
            Shape::Punct
        }
    } else if digits > 0 {
        Shape::Mixed
    } else if lower == 0 && upper > 0 {
        if upper == 1 {
            Shape::Letter
        } else {
            Shape::Caps
        }
    } else if upper == 0 {
        Shape::Lower
    } else if first_upper && upper == 1 {
        Shape::Title
    } else {
        Shape::Mixed
    };
    WordInfo {
        shape,
        short_shape,
        capitalized: first_upper,
        has_digit: digits > 0,
        has_hyphen,
        has_period,
        is_word: letters + digits > 0,
    }
}

/// The form a word is known by: lowercased, with numbers folded into classes
/// ("1994" and "2001" are both a year) so that weights learnt for one number apply
/// to all.
fn normal_form(word: &str, info: &WordInfo) -> String {
    if info.shape == Shape::Digits {
        let digits = word.chars().filter(|c| c.is_ascii_digit()).count();
        return if digits == 4 && word.len() == 4 {
            "!YEAR".into()
        } else {
            "!NUM".into()
        };
    }
    word.to_lowercase()
}

/// Capitalized runs: maximal spans of capitalized words, joined over the connectors
/// names contain ("Bank of England", "Rio de Janeiro"). Per token, the run it is in.
fn capitalized_runs(words: &[&str], infos: &[WordInfo]) -> Vec<Option<(usize, usize)>> {
    let n = words.len();
    let mut runs = vec![None; n];
    let mut i = 0;
    while i < n {
        if !infos[i].capitalized {
            i += 1;
            continue;
        }
        let start = i;
        let mut end = i + 1;
        loop {
            if end < n && infos[end].capitalized {
                end += 1;
            } else if end + 1 < n && gaz::connector(words[end]) && infos[end + 1].capitalized {
                end += 2;
            } else {
                break;
            }
        }
        for r in &mut runs[start..end] {
            *r = Some((start, end));
        }
        i = end;
    }
    runs
}

/// Every static feature of every token of a sentence, plus what the label features need.
pub(crate) struct SentenceFeatures {
    feats: Vec<u64>,
    /// Token `i`'s features are `feats[offsets[i]..offsets[i + 1]]`.
    offsets: Vec<usize>,
    /// Per token: the hashes its normal form and coarse shape are known by, and its
    /// gazetteer bits, for the conjunctions with the previous label.
    words: Vec<u64>,
    shapes: Vec<u64>,
    gaz: Vec<u32>,
}

impl SentenceFeatures {
    pub(crate) fn len(&self) -> usize {
        self.words.len()
    }

    /// The static features of token `i`.
    pub(crate) fn token(&self, i: usize) -> &[u64] {
        &self.feats[self.offsets[i]..self.offsets[i + 1]]
    }

    /// Features of token `i` given the labels chosen for the two tokens before it
    /// (`labels::O` before the start of the sentence).
    pub(crate) fn label_features(&self, i: usize, p1: u8, p2: u8) -> [u64; 5] {
        let (p1, p2) = (u64::from(p1), u64::from(p2));
        [
            hash3(t::PREV_LABEL, p1, 0, 0),
            hash3(t::PREV_TWO_LABELS, p1, p2, 0),
            hash3(t::PREV_LABEL_WORD, p1, self.words[i], 0),
            hash3(t::PREV_LABEL_SHAPE, p1, self.shapes[i], 0),
            hash3(t::PREV_LABEL_GAZ, p1, u64::from(self.gaz[i]), 0),
        ]
    }
}

/// The first `n` characters of `s`, if it has more than `n`.
fn prefix(s: &str, n: usize) -> Option<&str> {
    let (end, _) = s.char_indices().nth(n)?;
    Some(&s[..end])
}

/// The last `n` characters of `s`, if it has more than `n`.
fn suffix(s: &str, n: usize) -> Option<&str> {
    let (start, _) = s.char_indices().rev().nth(n.checked_sub(1)?)?;
    (start > 0).then(|| &s[start..])
}

/// Computes the static features of every token.
pub(crate) fn extract(words: &[&str]) -> SentenceFeatures {
    let n = words.len();
    let infos: Vec<WordInfo> = words.iter().map(|w| word_info(w)).collect();
    let forms: Vec<String> = words
        .iter()
        .zip(&infos)
        .map(|(w, info)| normal_form(w, info))
        .collect();
    let word_ids: Vec<u64> = forms.iter().map(|f| hash_bytes(0, f.as_bytes())).collect();
    let shape_ids: Vec<u64> = infos.iter().map(|i| i.shape as u64).collect();
    let gaz = gaz::bits(words);
    let runs = capitalized_runs(words, &infos);
    let word_at = |i: isize| padded(&word_ids, i);
    let shape_at = |i: isize| padded(&shape_ids, i);

    // Tokens up to the first word (opening quotes, dashes) are all sentence-initial.
    let first_word = infos.iter().position(|i| i.is_word).unwrap_or(n);
    let mut feats = Vec::with_capacity(n * 36);
    let mut offsets = Vec::with_capacity(n + 1);
    offsets.push(0);
    for i in 0..n {
        let info = &infos[i];
        let form = forms[i].as_str();
        let at = i as isize;
        feats.push(hash3(t::BIAS, 0, 0, 0));
        feats.push(hash3(t::WORD, word_ids[i], 0, 0));
        feats.push(hash3(t::SHAPE, shape_ids[i], 0, 0));
        feats.push(hash_bytes(t::SHORT_SHAPE, info.short_shape.as_bytes()));
        let initial = i <= first_word;
        for (on, f) in [
            (info.capitalized, flag::CAPITALIZED),
            (info.shape == Shape::Caps, flag::ALL_CAPS),
            (info.has_digit, flag::HAS_DIGIT),
            (info.has_hyphen, flag::HAS_HYPHEN),
            (info.has_period, flag::HAS_PERIOD),
            (initial, flag::INITIAL),
            (initial && info.capitalized, flag::INITIAL_CAPITALIZED),
        ] {
            if on {
                feats.push(hash3(t::FLAG, f, 0, 0));
            }
        }
        if info.shape != Shape::Digits {
            for len in 1..=4 {
                if let Some(p) = prefix(form, len) {
                    feats.push(hash_bytes(t::PREFIX + 100 * len as u64, p.as_bytes()));
                }
                if let Some(s) = suffix(form, len) {
                    feats.push(hash_bytes(t::SUFFIX + 100 * len as u64, s.as_bytes()));
                }
            }
        }
        for d in [-2isize, -1, 1, 2] {
            let rel = d as u64;
            feats.push(hash3(t::WORD_AT, rel, word_at(at + d), 0));
            feats.push(hash3(t::SHAPE_AT, rel, shape_at(at + d), 0));
        }
        feats.push(hash3(t::BIGRAM_LEFT, word_at(at - 1), word_ids[i], 0));
        feats.push(hash3(t::BIGRAM_RIGHT, word_ids[i], word_at(at + 1), 0));
        feats.push(hash3(
            t::SHAPE_TRIGRAM,
            shape_at(at - 1),
            shape_ids[i],
            shape_at(at + 1),
        ));
        if initial {
            feats.push(hash3(t::INITIAL_SHAPE, shape_ids[i], 0, 0));
            feats.push(hash3(t::INITIAL_WORD, word_ids[i], 0, 0));
        }
        if let Some((start, end)) = runs[i] {
            // The run's last word says most about its kind ("Party", "Inc.", "River"),
            // its first word too ("University of …", "Lake …").
            feats.push(hash3(t::RUN_FIRST, word_ids[start], 0, 0));
            feats.push(hash3(t::RUN_LAST, word_ids[end - 1], 0, 0));
            let len = (end - start).min(4) as u64;
            let position = match (i == start, i + 1 == end) {
                (true, true) => 0,
                (true, false) => 1,
                (false, true) => 2,
                (false, false) => 3,
            };
            feats.push(hash3(t::RUN_POSITION, len, position, 0));
        }
        for (template, bits) in [
            (t::GAZ, gaz[i]),
            (t::GAZ_PREV, if i > 0 { gaz[i - 1] } else { 0 }),
            (t::GAZ_NEXT, gaz.get(i + 1).copied().unwrap_or(0)),
        ] {
            let mut rest = bits;
            while rest != 0 {
                let bit = rest.trailing_zeros();
                rest &= rest - 1;
                feats.push(hash3(template, u64::from(bit), 0, 0));
            }
        }
        offsets.push(feats.len());
    }
    SentenceFeatures {
        feats,
        offsets,
        words: word_ids,
        shapes: shape_ids,
        gaz,
    }
}

/// The id at position `i`, or a padding id distinct for each position before the
/// sentence's start or after its end.
fn padded(ids: &[u64], i: isize) -> u64 {
    if i < 0 {
        BEFORE_START.wrapping_add(i as u64)
    } else {
        ids.get(i as usize)
            .copied()
            .unwrap_or(AFTER_END.wrapping_add(i as u64))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn shape(w: &str) -> Shape {
        word_info(w).shape
    }

    #[test]
    fn coarse_shapes() {
        assert_eq!(shape("Berlin"), Shape::Title);
        assert_eq!(shape("NATO"), Shape::Caps);
        assert_eq!(shape("U.S."), Shape::Caps);
        assert_eq!(shape("A"), Shape::Letter);
        assert_eq!(shape("met"), Shape::Lower);
        assert_eq!(shape("1,994"), Shape::Digits);
        assert_eq!(shape("--"), Shape::Punct);
        assert_eq!(shape("iPhone"), Shape::Mixed);
        assert_eq!(shape("G20"), Shape::Mixed);
        assert_eq!(shape("Éric"), Shape::Title);
        assert_eq!(word_info("U.S.").short_shape, "X.X.");
        assert_eq!(word_info("Schroeder").short_shape, "Xx");
    }

    #[test]
    fn affixes_count_characters() {
        assert_eq!(prefix("zürich", 2), Some("zü"));
        assert_eq!(suffix("zürich", 5), Some("ürich"));
        assert_eq!(suffix("ab", 2), None);
        assert_eq!(prefix("ab", 2), None);
        assert_eq!(suffix("", 1), None);
    }

    #[test]
    fn numbers_share_a_form() {
        assert_eq!(normal_form("1994", &word_info("1994")), "!YEAR");
        assert_eq!(normal_form("12,000", &word_info("12,000")), "!NUM");
        assert_eq!(normal_form("Berlin", &word_info("Berlin")), "berlin");
    }

    #[test]
    fn every_token_gets_features() {
        let f = extract(&["Tony", "Blair", "met", "", "\u{0301}", "in", "Berlin"]);
        assert_eq!(f.len(), 7);
        for i in 0..f.len() {
            assert!(f.token(i).len() > 10);
            let _ = f.label_features(i, 1, 0);
        }
        assert_eq!(extract(&[]).len(), 0);
    }
}
