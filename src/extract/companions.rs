//! Who travels with whom: "Funaro, who is accompanied by central bank governor
//! Francisco Gros, …", "the minister was accompanied on the trip by X and Y".
//!
//! A companion goes where the person accompanied goes, so the event layer adds
//! companions to that person's visits (and to the events of the sentence that says
//! so). This module only reads the statement; `events` decides which events it
//! reaches.

use super::lexicon;
use super::mentions::{Found, Mention};
use super::{EntityKind, Sentence};
use crate::text::Token;

/// One "accompanied by" statement.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Company {
    /// The person accompanied.
    pub lead: usize,
    /// The people with them, in text order.
    pub companions: Vec<usize>,
    /// Index of the sentence that says so.
    pub sentence: usize,
}

/// Every "accompanied by" statement of the body's sentences. The person accompanied is
/// the first person the sentence names before the phrase, or, for a sentence opening
/// with "he" or "she", the person last named before it (`last_person`).
pub fn companies(text: &str, sentences: &[Sentence], body: &[bool], found: &Found) -> Vec<Company> {
    let mut out = Vec::new();
    let mut last_person: Option<usize> = None;
    for (si, s) in sentences.iter().enumerate() {
        let ms = &found.by_sentence[si];
        if body[si]
            && let Some(company) = company_in(text, &s.tokens, ms, last_person, si)
        {
            out.push(company);
        }
        if let Some(m) = ms.iter().rev().find(|m| m.kind == EntityKind::Person) {
            last_person = Some(m.entity);
        }
    }
    out
}

fn company_in(
    text: &str,
    toks: &[Token],
    ms: &[Mention],
    last_person: Option<usize>,
    sentence: usize,
) -> Option<Company> {
    let word = |i: usize| toks[i].span.of(text).to_lowercase();
    let at = (0..toks.len()).find(|&i| word(i) == "accompanied")?;
    // "accompanied by", "accompanied on the trip by": up to four words between.
    let by = (at + 1..(at + 6).min(toks.len())).find(|&i| word(i) == "by")?;
    if (at + 1..by).any(|i| toks[i].cap || matches!(word(i).as_str(), "," | ";")) {
        return None;
    }
    let lead = ms
        .iter()
        .find(|m| m.kind == EntityKind::Person && m.tok_end <= at)
        .map(|m| m.entity)
        .or_else(|| {
            matches!(word(0).as_str(), "he" | "she")
                .then_some(last_person)
                .flatten()
        })?;
    // The people named right after "by", joined by commas, "and" and their titles:
    // "by Central Bank governor Francisco Gros", "by X and Trade Minister Y".
    let mut companions = Vec::new();
    let mut from = by + 1;
    for m in ms.iter().filter(|m| m.tok_start > by) {
        // Between names: titles ("central bank governor"), never a verb or a clause.
        let joined = m.tok_start - from <= 6
            && (from..m.tok_start).all(|i| {
                let w = word(i);
                toks[i].cap
                    || toks[i].acronym
                    || matches!(
                        w.as_str(),
                        "," | "and" | "the" | "his" | "her" | "its" | "'s"
                    )
                    || lexicon::is_title_word(&w)
                    || lexicon::is_title_head(&w)
                    || (w.chars().all(char::is_alphabetic)
                        && !lexicon::is_function_word(&w)
                        && !w.ends_with("ed")
                        && !w.ends_with("ing"))
            });
        if !joined {
            break;
        }
        if m.kind == EntityKind::Person && m.entity != lead {
            companions.push(m.entity);
        }
        from = m.tok_end;
    }
    (!companions.is_empty()).then_some(Company {
        lead,
        companions,
        sentence,
    })
}
