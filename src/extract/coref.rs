//! Nominal coreference: "the NATO chief", "the Russian diplomat", "the foreign
//! minister" refer back to a person the article has already named with that role.
//!
//! A definite noun phrase ending in a title head, not followed by a name (where it
//! would be a title, handled by `roles`), becomes a mention of the one person whose
//! stated role it fits: the same organization (or country) when the phrase names one,
//! the same role label when it does not. Two or more fitting people, or none, and the
//! phrase stays unresolved: a wrong attendee is worse than a missing one.

use super::lexicon;
use super::mentions::{Found, Mention};
use super::roles::role_key;
use super::{EntityKind, RoleFact, Sentence};
use crate::text::{Span, Token};

/// Title heads that name a position only through its organization: "the NATO chief"
/// is whoever leads NATO, whatever their exact title.
const GENERIC_HEADS: &[&str] = &["chief", "head", "leader", "boss", "official", "diplomat"];

/// Add a person mention for every definite title phrase that refers back to one person.
pub fn resolve_nominals(text: &str, sentences: &[Sentence], found: &mut Found, roles: &[RoleFact]) {
    for (si, s) in sentences.iter().enumerate() {
        let toks = &s.tokens;
        let mut added: Vec<Mention> = Vec::new();
        let earlier: Vec<&RoleFact> = roles
            .iter()
            .filter(|r| r.evidence.start <= s.span.start)
            .collect();
        let mut i = 0;
        while i < toks.len() {
            let Some(np) = nominal_at(text, toks, &found.by_sentence[si], i) else {
                i += 1;
                continue;
            };
            if let Some(person) = referent(text, toks, &np, &earlier, found) {
                added.push(Mention {
                    entity: person,
                    kind: EntityKind::Person,
                    span: Span::new(toks[np.start].span.start, toks[np.end - 1].span.end),
                    tok_start: np.start,
                    tok_end: np.end,
                    title: None,
                });
            }
            i = np.end;
        }
        if added.is_empty() {
            continue;
        }
        let ms = &mut found.by_sentence[si];
        for m in &added {
            // The party inside the phrase ("NATO" in "the NATO chief") is now part of
            // the person's mention, not a participant of its own.
            ms.retain(|x| x.tok_end <= m.tok_start || x.tok_start >= m.tok_end);
        }
        ms.extend(added.iter().copied());
        ms.sort_by_key(|m| m.tok_start);
        for m in added {
            let e = found.entity_mut(m.entity);
            e.mentions.push(m.span);
            e.mentions.sort();
        }
    }
}

/// A definite title phrase: tokens `start..end`, the party it names, its title words.
struct Nominal {
    start: usize,
    end: usize,
    party: Option<usize>,
    title: Vec<usize>,
}

fn word<'a>(text: &'a str, toks: &[Token], i: usize) -> &'a str {
    toks[i].span.of(text)
}

/// "the [former] [Party['s]] title-words" at token `i`, not followed by a name.
fn nominal_at(text: &str, toks: &[Token], ms: &[Mention], i: usize) -> Option<Nominal> {
    if !matches!(word(text, toks, i), "the" | "The") {
        return None;
    }
    let mut j = i + 1;
    // "the former president" is someone else than the president.
    if j < toks.len() && lexicon::is_temporal_qualifier(word(text, toks, j)) {
        return None;
    }
    let mut party = None;
    if let Some(pm) = ms.iter().find(|m| m.tok_start == j) {
        if !matches!(
            pm.kind,
            EntityKind::Organization | EntityKind::Country | EntityKind::Place
        ) {
            return None;
        }
        party = Some(pm.entity);
        j = pm.tok_end;
        if j < toks.len() && matches!(word(text, toks, j), "'s" | "’s") {
            j += 1;
        }
    }
    let title_start = j;
    while j < toks.len() {
        let w = word(text, toks, j);
        if lexicon::is_title_word(w) || lexicon::is_in(GENERIC_HEADS, w) {
            j += 1;
        } else {
            break;
        }
    }
    if j == title_start {
        return None;
    }
    let head = word(text, toks, j - 1);
    if !lexicon::is_title_head(head) && !lexicon::is_in(GENERIC_HEADS, head) {
        return None;
    }
    // A name or a mention right after makes the phrase a title ("the foreign minister
    // Sergei Lavrov"), and "of"/"for" a longer title whose organization follows.
    if j < toks.len() {
        let next = word(text, toks, j);
        if toks[j].cap
            || ms.iter().any(|m| m.tok_start == j)
            || matches!(next, "of" | "for" | "to" | "at" | "'s" | "’s" | ",")
                && ms.iter().any(|m| m.tok_start == j + 1)
        {
            return None;
        }
    }
    // "the prime minister's office": the phrase modifies something else.
    if j < toks.len() && matches!(word(text, toks, j), "'s" | "’s") {
        return None;
    }
    Some(Nominal {
        start: i,
        end: j,
        party,
        title: (title_start..j).collect(),
    })
}

/// The one person, among those with a stated role so far, the phrase fits.
fn referent(
    text: &str,
    toks: &[Token],
    np: &Nominal,
    roles: &[&RoleFact],
    found: &Found,
) -> Option<usize> {
    let words: Vec<&str> = np.title.iter().map(|&t| word(text, toks, t)).collect();
    let key = role_key(&words.join(" "));
    let head = words.last()?.to_lowercase();
    let generic = GENERIC_HEADS.contains(&head.as_str());
    let mut who: Option<usize> = None;
    for r in roles {
        if found.entity(r.person).kind != EntityKind::Person || r.former {
            continue;
        }
        let fits = match np.party {
            // "the NATO chief", "the Russian foreign minister": the organization must be
            // the role's, and the title the same or a generic head.
            Some(p) => r.organization == Some(p) && (generic || role_key(&r.role) == key),
            // "the foreign minister", "the president": the same title, wherever it
            // is held ("the minister" does not pick out a foreign minister); "the
            // Chancellor" is the Chancellor of the Exchequer.
            None => {
                let role = role_key(&r.role);
                !generic && (role == key || role.starts_with(&format!("{key}-of-")))
            }
        };
        if !fits {
            continue;
        }
        match who {
            None => who = Some(r.person),
            Some(w) if w == r.person => {}
            Some(_) => return None,
        }
    }
    who
}
