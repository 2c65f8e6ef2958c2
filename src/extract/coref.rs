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
use crate::gazetteer::gazetteer;
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

/// Verbs of saying (and of acting on what was said) that make a sentence-opening "It" or
/// "The company" the body that speaks: "It said it is holding talks", "The company also
/// said …", "It made the statement after talks".
const SAYING: &[&str] = &[
    "said",
    "says",
    "added",
    "announced",
    "reported",
    "told",
    "stated",
    "disclosed",
    "noted",
    "confirmed",
    "made",
    "agreed",
    "expects",
    "plans",
    "declined",
    "denied",
    "warned",
];

/// Words that may stand between the subject and its saying: "The company also said",
/// "It has now said".
const BEFORE_SAYING: &[&str] = &[
    "also", "now", "later", "earlier", "has", "had", "have", "further",
];

/// What a body is called when the article names it again by its kind. Those that
/// name a kind of body ("the union", "the bank") must be the head of the name they
/// refer to; the rest ("the company", "the firm") fit any organization.
const KIND_NOUNS: &[&str] = &[
    "union",
    "bank",
    "association",
    "exchange",
    "agency",
    "ministry",
    "department",
    "commission",
    "board",
    "council",
    "federation",
    "institute",
    "fund",
];
const ANY_BODY_NOUNS: &[&str] = &["company", "firm", "group", "corporation", "concern"];

/// Add an organization mention for a sentence that opens with "It" or "The company"
/// (or "The union", "The bank" …) followed by a saying: the body that spoke in one of
/// the three sentences before (its subject, or the sayer closing it: "…, the Kenya
/// News Agency said"). A country can be "It" ("France said it … It added"), never "the
/// company". No speaking body in reach, or a kind noun no such body's name ends
/// with, and the phrase stays unresolved.
pub fn resolve_organization_subjects(text: &str, sentences: &[Sentence], found: &mut Found) {
    for si in 0..sentences.len() {
        let s = &sentences[si];
        let toks = &s.tokens;
        let Some(first) = first_word(text, s) else {
            continue;
        };
        let w0 = word(text, toks, first);
        let (end, noun) = if w0 == "It" {
            (first + 1, None)
        } else if w0 == "The"
            && let Some(n) = toks.get(first + 1).map(|t| t.span.of(text).to_lowercase())
            && (lexicon::is_in(KIND_NOUNS, &n) || lexicon::is_in(ANY_BODY_NOUNS, &n))
        {
            (first + 2, Some(n))
        } else {
            continue;
        };
        if found.by_sentence[si].iter().any(|m| m.tok_start < end) {
            continue;
        }
        if !says_at(text, toks, end) {
            continue;
        }
        let fits = |e: usize| {
            let entity = found.entity(e);
            match &noun {
                None => matches!(entity.kind, EntityKind::Organization | EntityKind::Country),
                Some(n) => {
                    entity.kind == EntityKind::Organization
                        && (lexicon::is_in(ANY_BODY_NOUNS, n)
                            || entity
                                .name
                                .split_whitespace()
                                .any(|part| part.eq_ignore_ascii_case(n)))
                }
            }
        };
        let referent = (si.saturating_sub(3)..si)
            .rev()
            .find_map(|sj| speaking_body(text, &sentences[sj], &found.by_sentence[sj]))
            .filter(|&e| fits(e));
        let Some(entity) = referent else {
            continue;
        };
        let m = Mention {
            entity,
            kind: found.entity(entity).kind,
            span: Span::new(toks[first].span.start, toks[end - 1].span.end),
            tok_start: first,
            tok_end: end,
            title: None,
        };
        let ms = &mut found.by_sentence[si];
        ms.push(m);
        ms.sort_by_key(|m| m.tok_start);
        let e = found.entity_mut(entity);
        e.mentions.push(m.span);
        e.mentions.sort();
    }
}

/// The sentence's first word, after a wire dateline and a leading "But"/"And".
fn first_word(text: &str, s: &Sentence) -> Option<usize> {
    let toks = &s.tokens;
    let dateline = crate::ingest::dateline_len(s.span.of(text)).unwrap_or(0);
    let mut i = toks
        .iter()
        .position(|t| t.span.start - s.span.start >= dateline)?;
    if matches!(word(text, toks, i), "But" | "And") {
        i += 1;
    }
    (i < toks.len()).then_some(i)
}

/// The body that speaks in a sentence: the organization or country closing it as the
/// sayer ("…, the Kenya News Agency said."), else the one it opens with, as the
/// subject of a saying ("Spendthrift Farm Inc said it will miss …").
fn speaking_body(text: &str, s: &Sentence, ms: &[Mention]) -> Option<usize> {
    let toks = &s.tokens;
    let body = |m: &&Mention| matches!(m.kind, EntityKind::Organization | EntityKind::Country);
    let closing = ms.iter().filter(body).find(|m| {
        toks.get(m.tok_end)
            .is_some_and(|t| matches!(t.span.of(text), "said" | "says" | "reported"))
            && m.tok_end + 2 >= toks.len()
            && (m.tok_start.saturating_sub(6)..m.tok_start).any(|i| word(text, toks, i) == ",")
    });
    if let Some(m) = closing {
        return Some(m.entity);
    }
    let first = first_word(text, s)?;
    let start = if word(text, toks, first) == "The" {
        first + 1
    } else {
        first
    };
    let m = ms
        .iter()
        .find(|m| m.tok_start == start || m.tok_start == first)?;
    if !body(&m) {
        return None;
    }
    says_at(text, toks, m.tok_end).then_some(m.entity)
}

/// A saying at token `from`, past an adverb or auxiliary or two ("also said", "has now
/// said").
fn says_at(text: &str, toks: &[Token], from: usize) -> bool {
    (from..toks.len().min(from + 3))
        .find(|&i| !lexicon::is_in(BEFORE_SAYING, word(text, toks, i)))
        .is_some_and(|i| lexicon::is_in(SAYING, word(text, toks, i)))
}

/// "Union secretary Ross Wilson" after "the Harbour Workers Union": a body's kind word
/// alone, capitalized ("Union", "Bank", "Commission"), is the one body of the article
/// whose name holds that word. The bare word's mentions become that body's, and the
/// bare entity is left with none (dropped at the end of extraction). Two bodies with
/// the word, or none, and it stays as it is.
pub fn fold_bare_kind_words(found: &mut Found) {
    for bare in 0..found.len() {
        let e = found.entity(bare);
        // (A party's word, "Democrats", "Republicans", names its members, not the
        // "House Budget Committee Democrats" of the same article.)
        if e.kind != EntityKind::Organization
            || e.name.contains(char::is_whitespace)
            || !lexicon::is_in(lexicon::ORG_HEADS, &e.name)
            || lexicon::is_in(lexicon::PARTY_HEADS, &e.name)
        {
            continue;
        }
        let head = e.name.clone();
        let mut holders = (0..found.len()).filter(|&o| {
            let other = found.entity(o);
            o != bare
                && other.kind == EntityKind::Organization
                && other.name.contains(char::is_whitespace)
                && other
                    .name
                    .split_whitespace()
                    .any(|w| w.eq_ignore_ascii_case(&head))
        });
        let (Some(holder), None) = (holders.next(), holders.next()) else {
            continue;
        };
        fold_into(found, bare, holder);
    }
}

/// "the Yugoslav delegation" in an article naming Yugoslavia: a one-word place that is
/// another place's name without its "-ia" or "-a" ending ("Czechoslovak",
/// "Slovak") is that place's adjective, as the bulk data's demonyms are for the
/// countries it knows; the article's states that no longer exist have no row there.
pub fn fold_shortened_place_adjectives(found: &mut Found) {
    for short in 0..found.len() {
        let e = found.entity(short);
        // (A place of its own name is no adjective: "Tunis" in an article on Tunisia.)
        if e.kind != EntityKind::Place
            || e.name.contains(char::is_whitespace)
            || e.name.len() < 4
            || !gazetteer().places(&e.name).is_empty()
            || gazetteer().country(&e.name).is_some()
        {
            continue;
        }
        let stem = e.name.to_lowercase();
        let full = (0..found.len()).find(|&o| {
            let other = found.entity(o);
            let name = other.name.to_lowercase();
            o != short
                && matches!(other.kind, EntityKind::Place | EntityKind::Country)
                && !other.mentions.is_empty()
                && name
                    .strip_prefix(stem.as_str())
                    .is_some_and(|rest| matches!(rest, "ia" | "a"))
        });
        if let Some(full) = full {
            fold_into(found, short, full);
        }
    }
}

/// Every mention of entity `from` becomes one of `to`; `from` is left with none
/// (dropped at the end of extraction).
fn fold_into(found: &mut Found, from: usize, to: usize) {
    let kind = found.entity(to).kind;
    for ms in &mut found.by_sentence {
        for m in ms.iter_mut().filter(|m| m.entity == from) {
            m.entity = to;
            m.kind = kind;
        }
    }
    let spans = std::mem::take(&mut found.entity_mut(from).mentions);
    let target = found.entity_mut(to);
    target.mentions.extend(spans);
    target.mentions.sort();
    target.mentions.dedup();
}
