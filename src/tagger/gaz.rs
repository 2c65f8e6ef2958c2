//! Gazetteer membership of a sentence's words, as bits per token.
//!
//! A statistical tagger trained on a few thousand sentences has seen few names; the
//! gazetteer has seen tens of thousands. Its membership features are what carry the
//! model to names and places that never occur in the training text, so every
//! capitalized n-gram of up to [`MAX_WORDS`] words is looked up in each table, and the
//! tokens it covers are marked as its first (B) or a later (I) word. Given names and
//! known surnames are single-word features.

use crate::gazetteer::{Gazetteer, gazetteer};

/// The longest n-gram looked up ("Bosnia and Herzegovina", "Central Bank of the
/// Russian Federation" is cut, but its parts still match).
pub(crate) const MAX_WORDS: usize = 5;

/// No gazetteer name has a word this long; longer tokens are not looked up.
const MAX_WORD_BYTES: usize = 40;

/// Entry classes: each has a B bit (`2 * class`) and an I bit (`2 * class + 1`).
const COUNTRY: u32 = 0;
const DEMONYM: u32 = 1;
const PLACE: u32 = 2;
const ORGANIZATION: u32 = 3;
const PERSON: u32 = 4;
/// Single-word bits.
const GIVEN_RARE: u32 = 10;
const GIVEN_COMMON: u32 = 11;
const GIVEN_FREQUENT: u32 = 12;
const SURNAME: u32 = 13;

/// Starts with an upper-case letter: only such words start or end a gazetteer match.
pub(crate) fn name_like(word: &str) -> bool {
    word.chars().next().is_some_and(char::is_uppercase)
}

/// Lower-case words that may stand inside a name ("Bank of England", "Rio de Janeiro").
pub(crate) fn connector(word: &str) -> bool {
    matches!(
        word,
        "of" | "and"
            | "&"
            | "de"
            | "del"
            | "da"
            | "do"
            | "la"
            | "le"
            | "du"
            | "der"
            | "von"
            | "van"
            | "the"
            | "for"
            | "on"
            | "al"
            | "el"
            | "-"
    )
}

/// Which tables hold this name.
fn classes(g: &Gazetteer, name: &str) -> u32 {
    let mut found = 0;
    if g.country(name).is_some() {
        found |= 1 << if g.is_demonym(name) { DEMONYM } else { COUNTRY };
    }
    if !g.places(name).is_empty() {
        found |= 1 << PLACE;
    }
    // (Listed companies are left to the rules, which know when a company's name is
    // only the start of a longer one: "Sumitomo Finance (Asia) Ltd".)
    if g.organizations(name).iter().any(|o| !o.is_listed_company()) {
        found |= 1 << ORGANIZATION;
    }
    if !g.people(name).is_empty() {
        found |= 1 << PERSON;
    }
    found
}

/// Gazetteer bits for each word (bit numbers as in the constants above).
pub(crate) fn bits(words: &[&str]) -> Vec<u32> {
    let g = gazetteer();
    let mut bits = vec![0u32; words.len()];
    let mut name = String::new();
    for i in 0..words.len() {
        let first = words[i];
        if !name_like(first) || first.len() > MAX_WORD_BYTES {
            continue;
        }
        let given = g.given_name_count(first);
        if given > 0 {
            bits[i] |= 1
                << match given {
                    1..=9 => GIVEN_RARE,
                    10..=99 => GIVEN_COMMON,
                    _ => GIVEN_FREQUENT,
                };
        }
        if !g.people_by_surname(first).is_empty() {
            bits[i] |= 1 << SURNAME;
        }
        name.clear();
        for j in i..words.len().min(i + MAX_WORDS) {
            let w = words[j];
            let inner = j > i && connector(w);
            if w.len() > MAX_WORD_BYTES || !(name_like(w) || inner) {
                break;
            }
            if j > i {
                name.push(' ');
            }
            name.push_str(w);
            if inner {
                continue;
            }
            let mut found = classes(g, &name);
            while found != 0 {
                let class = found.trailing_zeros();
                found &= found - 1;
                bits[i] |= 1 << (2 * class);
                for b in &mut bits[i + 1..=j] {
                    *b |= 1 << (2 * class + 1);
                }
            }
        }
    }
    bits
}

#[cfg(test)]
mod tests {
    use super::*;

    fn has(bits: u32, bit: u32) -> bool {
        bits & (1 << bit) != 0
    }

    #[test]
    fn names_places_and_countries_are_marked() {
        let words = [
            "Tony", "Blair", "flew", "to", "New", "York", "and", "Germany", ".",
        ];
        let b = bits(&words);
        assert!(has(b[0], GIVEN_FREQUENT) || has(b[0], GIVEN_COMMON));
        assert!(has(b[1], SURNAME));
        assert!(has(b[4], 2 * PLACE) && has(b[5], 2 * PLACE + 1));
        assert!(has(b[7], 2 * COUNTRY));
        assert_eq!(b[2], 0);
        assert_eq!(b[8], 0);
    }

    #[test]
    fn odd_input_is_harmless() {
        assert!(bits(&[]).is_empty());
        let long = "X".repeat(10_000);
        let b = bits(&["", "\u{0301}", &long, "Ünïcödé", "of", "-"]);
        assert_eq!(b.len(), 6);
    }
}
