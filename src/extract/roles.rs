//! Who holds which role where: person–role–organization statements.
//!
//! The patterns news uses:
//! - before the name: "NATO Secretary-General Jens Stoltenberg", "Russian Deputy Foreign
//!   Minister Sergei Ryabkov", "Ukraine's Foreign Minister Dmytro Kuleba", "Pentagon
//!   spokesman John Kirby", "U.S. Ambassador to NATO Julianne Smith";
//! - after the name: "Maria Zakharova, spokeswoman for the Russian Foreign Ministry",
//!   "Josep Borrell, the European Union's top diplomat", "X, who is the … of …";
//! - a title phrase then the name: "The Secretary of State of the United States, Antony Blinken".
//!
//! When no organization is named, a sentence-level side ("On Russia's side, …") supplies it.

use std::collections::BTreeSet;

use super::lexicon;
use super::mentions::{Found, Mention};
use super::{EntityKind, RoleFact, Sentence};
use crate::gazetteer::{gazetteer, offices};
use crate::text::{Span, Token};

/// Extract role statements from every sentence.
pub fn extract_roles(text: &str, sentences: &[Sentence], found: &mut Found) -> Vec<RoleFact> {
    let mut out: Vec<RoleFact> = Vec::new();
    for (si, s) in sentences.iter().enumerate() {
        let ms = found.by_sentence[si].clone();
        let side = side_party(text, s, &ms);
        for (mi, m) in ms.iter().enumerate() {
            if m.kind != EntityKind::Person {
                continue;
            }
            let before = prenominal(text, s, &ms, mi)
                .or_else(|| title_then_name(text, s, &ms, mi))
                .or_else(|| {
                    // "… ministers Paul Reed, Anna Berg and Tomas Arana": the later names
                    // of the list take the plural title before the first.
                    let first = list_start(text, s, &ms, mi)?;
                    let found = prenominal(text, s, &ms, first)?;
                    let &head = found.0.last()?;
                    lexicon::singular_title(word(text, &s.tokens, head)).map(|_| found)
                });
            let after = appositive(text, s, &ms, mi).or_else(|| appointed(text, s, &ms, mi));
            // ("Sens. Ann Hale and Tom Reed": a plural abbreviation before the list is
            // each one's.)
            let abbreviated = abbreviated_office(text, &s.tokens, m.tok_start).or_else(|| {
                let first = list_start(text, s, &ms, mi)?;
                plural_abbreviated_office(text, &s.tokens, ms[first].tok_start)
            });
            let offices = before
                .into_iter()
                .chain(after)
                .flat_map(|(title, org, conf)| {
                    split_offices(text, &s.tokens, &title)
                        .into_iter()
                        .map(move |part| (part, org, conf))
                });
            for (title_toks, org, conf) in offices {
                let (label, former) = normalize_title(text, &s.tokens, &title_toks);
                if label.is_empty() || label.split(' ').all(lexicon::is_nobility_title) {
                    continue;
                }
                // ("said lead manager Morgan Stanley": a bank's part in a bond issue.)
                let mut last_two = label.rsplit(' ');
                let head = last_two.next().unwrap_or("");
                if lexicon::is_issue_manager(last_two.next().unwrap_or(""), head) {
                    continue;
                }
                // ("East Midlands MEP X": the place is the member's seat, not the body
                // the member sits in.)
                let seat = |o: &usize| {
                    lexicon::is_in(lexicon::ELECTED_MEMBERS, head)
                        && found.entity(*o).kind == EntityKind::Place
                };
                let organization = org
                    .filter(|o| !seat(o))
                    .or(side)
                    .or_else(|| possessive_antecedent(text, sentences, found, si, &title_toks))
                    .or_else(|| owner_by_pronoun(text, sentences, found, si, m, &title_toks));
                if let Some(o) = organization {
                    found.entity_mut(o).acts = true;
                }
                let fact = RoleFact {
                    person: m.entity,
                    role: label,
                    organization,
                    former,
                    evidence: s.span,
                    confidence: if organization.is_some() { conf } else { 0.5 },
                };
                if !out.iter().any(|f| {
                    f.person == fact.person
                        && f.role == fact.role
                        && f.organization == fact.organization
                        && f.evidence == fact.evidence
                }) {
                    out.push(fact);
                }
            }
            if let Some((label, org)) = headed_by(text, s, &ms, mi)
                && !out.iter().any(|f| {
                    f.person == m.entity && f.evidence == s.span && f.organization == Some(org)
                })
            {
                found.entity_mut(org).acts = true;
                out.push(RoleFact {
                    person: m.entity,
                    role: label.to_string(),
                    organization: Some(org),
                    former: false,
                    evidence: s.span,
                    confidence: 0.8,
                });
            }
            if let Some(label) = abbreviated
                && !out
                    .iter()
                    .any(|f| f.person == m.entity && f.evidence == s.span && f.role == label)
            {
                out.push(RoleFact {
                    person: m.entity,
                    role: label.to_string(),
                    organization: side,
                    former: false,
                    evidence: s.span,
                    confidence: 0.6,
                });
            }
        }
    }
    let counterparts = counterpart_roles(text, sentences, found, &out);
    out.extend(counterparts);
    out
}

/// "Brazilian Finance Minister Dilson Funaro and his West German counterpart Gerhard
/// Stoltenberg": a counterpart holds the same office as the person it is the
/// counterpart of (the nearest person before it in the sentence with a role), in the
/// country a nationality word before "counterpart" names, if any.
fn counterpart_roles(
    text: &str,
    sentences: &[Sentence],
    found: &Found,
    roles: &[RoleFact],
) -> Vec<RoleFact> {
    let mut out = Vec::new();
    for (si, s) in sentences.iter().enumerate() {
        let toks = &s.tokens;
        let ms = &found.by_sentence[si];
        for (ci, t) in toks.iter().enumerate() {
            if !t.span.of(text).eq_ignore_ascii_case("counterpart") {
                continue;
            }
            let Some(holder) = ms
                .iter()
                .find(|m| m.kind == EntityKind::Person && m.tok_start == ci + 1)
            else {
                continue;
            };
            let Some(of) = ms
                .iter()
                .filter(|m| m.kind == EntityKind::Person && m.tok_end <= ci)
                .rev()
                .find_map(|m| {
                    roles
                        .iter()
                        .find(|r| r.person == m.entity && r.evidence == s.span && !r.former)
                })
            else {
                continue;
            };
            if of.person == holder.entity || roles.iter().any(|r| r.person == holder.entity) {
                continue;
            }
            // "his West German counterpart": the country between the possessive and
            // the noun.
            let country = ms
                .iter()
                .find(|m| {
                    m.kind == EntityKind::Country
                        && m.tok_end == ci
                        && m.tok_start > 0
                        && matches!(
                            toks[m.tok_start - 1].span.of(text).to_lowercase().as_str(),
                            "his" | "her" | "their" | "its"
                        )
                })
                .map(|m| m.entity);
            out.push(RoleFact {
                person: holder.entity,
                role: of.role.clone(),
                organization: country,
                former: false,
                evidence: s.span,
                confidence: 0.6,
            });
        }
    }
    out
}

/// "Sen. John Melcher", "Rep. Hal Daub", "Gov. Mario Cuomo": an office written as an
/// abbreviation before the name (read as an honorific by entity recognition).
fn abbreviated_office(text: &str, toks: &[Token], start: usize) -> Option<&'static str> {
    let w = |i: usize| toks[i].span.of(text);
    if start == 0 || !w(start - 1).ends_with('.') {
        return None;
    }
    // "Sen." as one token, or "Sen" then ".".
    let at = if w(start - 1) == "." {
        start.checked_sub(2)?
    } else {
        start - 1
    };
    let before = |k: usize| at.checked_sub(k).map(|i| w(i).trim_end_matches('.'));
    // "Lt. Gov." is another office.
    let lieutenant = matches!(before(1), Some("Lt" | "Lieut"))
        || (before(1) == Some("") && matches!(before(2), Some("Lt" | "Lieut")));
    match w(at).trim_end_matches('.') {
        "Sen" | "Sens" => Some("Senator"),
        "Rep" | "Reps" => Some("Representative"),
        "Gov" | "Govs" if !lieutenant => Some("Governor"),
        _ => None,
    }
}

/// "Sens. Ann Hale and Tom Reed": the plural abbreviation of an office before a list.
fn plural_abbreviated_office(text: &str, toks: &[Token], start: usize) -> Option<&'static str> {
    let at = start.checked_sub(1)?;
    let at = if toks[at].span.of(text) == "." {
        at.checked_sub(1)?
    } else {
        at
    };
    matches!(
        toks[at].span.of(text).trim_end_matches('.'),
        "Sens" | "Reps" | "Govs"
    )
    .then(|| abbreviated_office(text, toks, start))
    .flatten()
}

type Found3 = (Vec<usize>, Option<usize>, f32);

/// What kind of party a definite description before a title names: "the country's
/// vice president", "the firm's chief executive", "the party's chairman".
fn described_kind(noun: &str) -> Option<EntityKind> {
    let lower = noun.to_lowercase();
    match lower.as_str() {
        "country" | "nation" => Some(EntityKind::Country),
        "party" | "union" | "club" | "organisation" | "organization" | "agency" | "network"
        | "business" | "paper" | "producer" => Some(EntityKind::Organization),
        _ if lexicon::is_in(lexicon::COMPANY_NOUNS, &lower) => Some(EntityKind::Organization),
        _ => None,
    }
}

/// How many sentences back "the country's" may look for the country it means.
const POSSESSIVE_ANTECEDENT_WINDOW: usize = 3;

/// "Brazil's flagship airline … the country's vice president Jose Alencar": the party of
/// a title introduced by "the <noun>'s" is the nearest earlier mention of that kind,
/// in this sentence before the title or in the few sentences before it.
fn possessive_antecedent(
    text: &str,
    sentences: &[Sentence],
    found: &Found,
    si: usize,
    title: &[usize],
) -> Option<usize> {
    let toks = &sentences[si].tokens;
    let &first = title.first()?;
    if first < 3 || !matches!(word(text, toks, first - 1), "'s" | "’s") {
        return None;
    }
    let noun = word(text, toks, first - 2);
    let kind = described_kind(noun)?;
    // "the bank's", "the central bank's", "the state-owned oil firm's": up to two
    // lower-case modifiers between the article and the noun.
    let det = (first.saturating_sub(5)..first - 2)
        .rev()
        .take_while(|&k| toks[k].word && !toks[k].cap || matches!(word(text, toks, k), "The"))
        .find(|&k| matches!(word(text, toks, k), "the" | "The"))?;
    let is_party_noun = noun.eq_ignore_ascii_case("party");
    let fits = |m: &Mention| {
        m.kind == kind && (!is_party_noun || lexicon::is_party_name(&found.entity(m.entity).name))
    };
    // The candidates, nearest first: this sentence before the description, then the
    // sentences before it.
    let here = found.by_sentence[si]
        .iter()
        .rev()
        .filter(|m| m.tok_end <= det);
    let before = (si.saturating_sub(POSSESSIVE_ANTECEDENT_WINDOW)..si)
        .rev()
        .flat_map(|k| found.by_sentence[k].iter().rev());
    let candidates: Vec<&Mention> = here.chain(before).filter(|m| fits(m)).collect();
    // "the central bank's" means the Central Bank of Libya over a nearer company.
    let named = |m: &Mention| {
        found
            .entity(m.entity)
            .name
            .split(|c: char| !c.is_alphanumeric())
            .any(|w| w.eq_ignore_ascii_case(noun))
    };
    // A central bank is no company: without one named, "the central bank's" takes no
    // nearer firm or news agency.
    let central_bank = noun.eq_ignore_ascii_case("bank")
        && word(text, toks, first - 3).eq_ignore_ascii_case("central");
    let named_one = candidates.iter().find(|m| named(m));
    if central_bank {
        return named_one.map(|m| m.entity);
    }
    named_one.or(candidates.first()).map(|m| m.entity)
}

/// "Vantra Corp said Tom Hale, its founder, resigned", "It said Ann Wells, executive
/// vice president, was elected": the body "its" or the speaking "It" stands for — the
/// nearest one before in the sentence, else the first one of the nearest sentence
/// before that names one.
fn owner_by_pronoun(
    text: &str,
    sentences: &[Sentence],
    found: &Found,
    si: usize,
    person: &Mention,
    title: &[usize],
) -> Option<usize> {
    let toks = &sentences[si].tokens;
    let at = |k: usize| toks.get(k).map(|t| t.span.of(text)).unwrap_or("");
    // "Brazil, whose finance minister Dilson Funaro has suggested": the body before
    // the relative holds the office.
    let first = title.first().copied().unwrap_or(person.tok_start);
    if first >= 3 && first < person.tok_start && at(first - 1) == "whose" && at(first - 2) == "," {
        return found.by_sentence[si]
            .iter()
            .find(|m| m.tok_end == first - 2)
            .filter(|m| matches!(m.kind, EntityKind::Organization | EntityKind::Country))
            .map(|m| m.entity);
    }
    // "The UAW said its vice president Donald Ephlin met …": "its" before the title.
    let its_before = first >= 1 && first < person.tok_start && at(first - 1) == "its";
    let its = (at(person.tok_end) == "," && at(person.tok_end + 1) == "its") || its_before;
    // ("It said X, executive vice president, …", "It said president Y": a title with
    // no owner of its own, after the name or right after the saying, in a sentence the
    // company opens speaking as "It". Not "It said … to SGL chairman Z".)
    let said_at = (1..3).find(|&k| matches!(at(k), "said" | "says" | "added" | "announced"));
    let speaking_it = at(0) == "It"
        && said_at.is_some_and(|v| {
            title.first().is_some_and(|&t| {
                (t > person.tok_end && at(person.tok_end) == ",")
                    // (In lower case, a company's officer; "It said President Reagan"
                    // names the country's.)
                    || (t == v + 1 && !toks[t].cap)
            })
        });
    if !its && !speaking_it {
        return None;
    }
    let body = |m: &&Mention| matches!(m.kind, EntityKind::Organization | EntityKind::Country);
    // "Kestrel Bank is holding talks with Nigeria, its treasurer Y said": a closing
    // attribution's "its" is the clause's subject, the first body it names (not one
    // in the possessive, "Britain's Export Credits Guarantee Department"), not the
    // last body before it.
    let closing_attribution = its_before
        && first >= 2
        && at(first - 2) == ","
        && matches!(at(person.tok_end), "said" | "says" | "added")
        && matches!(at(person.tok_end + 1), "." | "");
    if closing_attribution
        && let Some(m) = found.by_sentence[si]
            .iter()
            .filter(|m| m.tok_end + 2 <= first && !matches!(at(m.tok_end), "'s" | "’s"))
            .find(|m| m.kind == EntityKind::Organization)
    {
        return Some(m.entity);
    }
    if its
        && let Some(m) = found.by_sentence[si]
            .iter()
            .rev()
            .filter(|m| m.tok_end <= person.tok_start)
            .find(body)
    {
        return Some(m.entity);
    }
    (si.saturating_sub(POSSESSIVE_ANTECEDENT_WINDOW)..si)
        .rev()
        .find_map(|k| found.by_sentence[k].iter().find(body))
        .map(|m| m.entity)
}

/// The first person of a list of people ("Paul Reed, Anna Berg and Tomas Arana") that
/// the person `mi` ends, if `mi` is not the first.
fn list_start(text: &str, s: &Sentence, ms: &[Mention], mi: usize) -> Option<usize> {
    let toks = &s.tokens;
    let mut k = mi;
    loop {
        let at = ms[k].tok_start;
        let mut j = at;
        while j > 0 && matches!(word(text, toks, j - 1), "," | "and") {
            j -= 1;
        }
        if j == at {
            break;
        }
        // ("Sens. Ann Hale of Ohio, Tom Reed of Iowa and …": a member's state after each
        // name.)
        let person_ending_at = |end: usize| {
            ms[..k]
                .iter()
                .rposition(|p| p.tok_end == end && p.kind == EntityKind::Person)
        };
        let from_state = ms[..k]
            .iter()
            .find(|p| {
                p.tok_end == j
                    && is_party(p)
                    && p.tok_start >= 2
                    && word(text, toks, p.tok_start - 1) == "of"
            })
            .and_then(|p| person_ending_at(p.tok_start - 1));
        match person_ending_at(j).or(from_state) {
            Some(p) => k = p,
            None => break,
        }
    }
    (k != mi).then_some(k)
}

fn word<'a>(text: &'a str, toks: &[Token], i: usize) -> &'a str {
    toks[i].span.of(text)
}

fn mention_ending_at(ms: &[Mention], tok_end: usize) -> Option<&Mention> {
    ms.iter().find(|m| m.tok_end == tok_end)
}

fn mention_starting_at(ms: &[Mention], tok_start: usize) -> Option<&Mention> {
    ms.iter().find(|m| m.tok_start == tok_start)
}

fn is_party(m: &Mention) -> bool {
    matches!(
        m.kind,
        EntityKind::Organization | EntityKind::Country | EntityKind::Place
    )
}

/// "its chief executive, Sir Howard Newby.", "Scottish Finance Minister, Tom McCabe
/// MSP, said": the comma of a title set off before a name (over an honorific), when
/// the name (with its post-nominal letters) is closed off in turn.
fn comma_before_name(text: &str, toks: &[Token], m: &Mention) -> Option<usize> {
    let mut k = m.tok_start;
    if k >= 1 && lexicon::is_in(lexicon::HONORIFICS, word(text, toks, k - 1)) {
        k -= 1;
    } else if k >= 2
        && word(text, toks, k - 1) == "."
        && lexicon::is_in(lexicon::HONORIFICS, word(text, toks, k - 2))
    {
        k -= 2;
    }
    if k < 2 || word(text, toks, k - 1) != "," {
        return None;
    }
    let mut end = m.tok_end;
    while end < toks.len() && lexicon::is_post_nominal(word(text, toks, end)) {
        end += 1;
    }
    matches!(
        toks.get(end).map(|t| t.span.of(text)),
        Some(",") | Some(".") | Some("who") | None
    )
    .then_some(k - 1)
}

/// "Minister of State for Finance", "Director of Corporate Strategy" ending at
/// `end`: capitalized words and their "of"/"for" back to a capitalized title head
/// right before an "of" or "for"; the head's token.
fn capitalized_brief_start(text: &str, toks: &[Token], end: usize) -> Option<usize> {
    let mut k = end;
    while k >= 2 && end - k < 6 {
        let w = word(text, toks, k - 1);
        if matches!(w, "of" | "for") {
            let head = k - 2;
            if toks[head].cap && lexicon::is_title_head(word(text, toks, head)) {
                return (end - k >= 1).then_some(head);
            }
        } else if !toks[k - 1].cap || !toks[k - 1].word {
            return None;
        }
        k -= 1;
    }
    None
}

/// Title words right before the name, and the organization before them.
fn prenominal(text: &str, s: &Sentence, ms: &[Mention], mi: usize) -> Option<Found3> {
    let toks = &s.tokens;
    let m = &ms[mi];
    let mut i = m.tok_start;
    let mut title: Vec<usize> = Vec::new();
    let mut org_in_title: Option<usize> = None;
    // A title inside the same capitalized run ("Ambassador to NATO Julianne Smith").
    if let Some((ta, tb)) = m.title {
        // "Chairman of General Motors Roger Smith", "President of Brazil Jose Sarney":
        // the body after the title's "of" is the organization, not the title's words.
        let of_body = ms.iter().find(|pm| {
            is_party(pm)
                && pm.tok_start > ta + 1
                && pm.tok_end <= tb
                && word(text, toks, pm.tok_start - 1) == "of"
        });
        match of_body {
            Some(pm) => {
                title.extend(ta..pm.tok_start - 1);
                org_in_title = Some(pm.entity);
            }
            None => title.extend(ta..tb),
        }
        i = ta;
    } else if let Some(comma) = comma_before_name(text, toks, m)
        && let Some(head) = capitalized_brief_start(text, toks, comma)
    {
        // "Federal Minister of State for Finance, Tom Hockin, said", "Cable and Wireless
        // Director of Corporate Strategy, Jonathan Solomon,": a title's capitalized
        // brief before the comma.
        title.extend(head + 1..comma);
        i = head + 1;
    } else if let Some(comma) = comma_before_name(text, toks, m)
        && comma >= 1
        && (lexicon::is_title_word(word(text, toks, comma - 1))
            // ("a meeting for securities analysts, Douglas Danforth, Westinghouse's
            // chairman": a plural before one name is no apposition; before a list of
            // names it is each one's.)
            || lexicon::singular_title(word(text, toks, comma - 1)).is_some()
                && (toks.get(m.tok_end).is_some_and(|t| t.span.of(text) == "and")
                    // ("one of UKIP's two London Assembly members, Damien Hockney").
                    || (comma.saturating_sub(12)..comma.saturating_sub(1)).any(|k| {
                        word(text, toks, k).eq_ignore_ascii_case("one")
                            && word(text, toks, k + 1) == "of"
                    })))
    {
        // "Ukraine's foreign minister, Dmytro Kuleba, said": the title and the name in
        // apposition, the name closed off by a comma ("Asked about the president,
        // Smith said" is no apposition).
        i = comma;
    }
    // "Health Secretary Dr John Reid": an honorific between the title and the name.
    if m.title.is_none() {
        let skip = if i >= 2 && lexicon::is_in(lexicon::HONORIFICS, word(text, toks, i - 1)) {
            1
        } else if i >= 3
            && word(text, toks, i - 1) == "."
            && lexicon::is_in(lexicon::HONORIFICS, word(text, toks, i - 2))
        {
            2
        } else {
            0
        };
        if skip > 0 && lexicon::is_title_word(word(text, toks, i - skip - 1)) {
            i -= skip;
        }
    }
    // "Assistant Secretary of Defence for international security policy Richard
    // Perle": a brief in lower case after "for" or "of" goes with the title before it.
    if m.title.is_none() {
        // ("vice-minister of finance for international affairs Toyoo Gyohten": two
        // briefs, one after the other.)
        let mut from = i;
        for _ in 0..2 {
            let mut j = from;
            while j > 0
                && from - j < 4
                && toks[j - 1].word
                && !toks[j - 1].cap
                && (!lexicon::is_function_word(word(text, toks, j - 1))
                    // ("chairman of the executive committee Shepard Broad".)
                    || (word(text, toks, j - 1) == "the"
                        && j < from
                        && j >= 2
                        && matches!(word(text, toks, j - 2), "of" | "for")))
            {
                j -= 1;
            }
            if !(j < from && j >= 2 && matches!(word(text, toks, j - 1), "for" | "of")) {
                break;
            }
            // ("Shadow spokesman for sport Hugh Robertson": the title in lower case too.)
            if toks[j - 2].cap || lexicon::is_title_head(word(text, toks, j - 2)) {
                title.extend(j - 1..i);
                i = j - 1;
                break;
            }
            from = j - 1;
        }
    }
    while i > 0 {
        let w = word(text, toks, i - 1);
        // "Corporate Affairs Minister", "Veterans Affairs Secretary": whose affairs the
        // portfolio covers is part of it.
        if title
            .first()
            .is_some_and(|&t| word(text, toks, t) == "Affairs")
            && toks[i - 1].cap
            && !toks[i - 1].acronym
            && !lexicon::is_org_head(w)
            && !lexicon::is_function_word(w)
            && !ms
                .iter()
                .any(|pm| pm.tok_start < i && i - 1 < pm.tok_end && pm.kind != EntityKind::Country)
        {
            title.insert(0, i - 1);
            i -= 1;
            continue;
        }
        // "Secretary of Defence": a capitalized department after a title's "of".
        if toks[i - 1].cap
            && !title.is_empty()
            && i >= 3
            && word(text, toks, i - 2) == "of"
            && lexicon::is_title_head(word(text, toks, i - 3))
        {
            title.insert(0, i - 1);
            i -= 1;
            continue;
        }
        // "serve under Foreign Minister Giulio Andreotti": "under" in lower case before
        // a capitalized title is the preposition.
        let preposition = w == "under" && toks[i].cap;
        // ("foreign ministers Paul Reed and Anna Berg": a plural title right before
        // the names of a list is each one's.)
        let plural_head = title.is_empty() && lexicon::singular_title(w).is_some();
        // ("Salvation Army spokesman Jonathan Lomax": the last word of an organization's
        // name is the organization's, though it can be a title's word.)
        // (A minister's or secretary's portfolio may be named like a body: "Armed
        // Forces Minister", "Chief Cabinet Secretary".)
        let ends_org = !title.is_empty()
            && !title.last().is_some_and(|&t| {
                matches!(
                    word(text, toks, t).to_lowercase().as_str(),
                    "minister" | "secretary"
                )
            })
            && mention_ending_at(ms, i).is_some_and(|pm| {
                pm.kind == EntityKind::Organization && pm.tok_end - pm.tok_start >= 2
            });
        // "Work and Pensions Secretary Alan Smith", "Trade and Industry Secretary": two
        // capitalized portfolio words joined by "and" before the capitalized title.
        let portfolio_word = |t: usize| {
            toks[t].cap
                && !toks[t].acronym
                && !ms.iter().any(|pm| pm.tok_start <= t && t < pm.tok_end)
        };
        // ("Work and Pensions Secretary": after a portfolio word, any capitalized word
        // is the other portfolio.)
        let after_portfolio = title.len() >= 2
            && title
                .first()
                .is_some_and(|&t| toks[t].cap && !lexicon::is_title_head(word(text, toks, t)));
        if w == "and"
            && i >= 2
            && portfolio_word(i - 2)
            && (lexicon::is_title_word(word(text, toks, i - 2))
                // ("noted that Baker and Treasury Secretary James Baker": a surname
                // several office holders bear; "Work" is one's.)
                || (after_portfolio
                    && gazetteer().people_by_surname(word(text, toks, i - 2)).len() < 2
                    && gazetteer().given_name_count(word(text, toks, i - 2)) == 0))
            && !lexicon::is_org_head(word(text, toks, i - 2))
            && title.first().is_some_and(|&t| toks[t].cap)
        {
            title.insert(0, i - 1);
            title.insert(0, i - 2);
            i -= 2;
            continue;
        }
        if i >= 3
            && portfolio_word(i - 1)
            && word(text, toks, i - 2) == "and"
            && portfolio_word(i - 3)
            && title.first().is_some_and(|&t| toks[t].cap)
        {
            title.splice(0..0, i - 3..i);
            i -= 3;
            continue;
        }
        // "Culture, Media and Sport Secretary Tessa Jowell": a third portfolio before a
        // comma, when the title already joins two with "and".
        if w == ","
            && i >= 2
            && portfolio_word(i - 2)
            && lexicon::is_title_word(word(text, toks, i - 2))
            && !lexicon::is_org_head(word(text, toks, i - 2))
            && title.first().is_some_and(|&t| toks[t].cap)
            && title.iter().take(3).any(|&t| word(text, toks, t) == "and")
        {
            title.insert(0, i - 1);
            title.insert(0, i - 2);
            i -= 2;
            continue;
        }
        // "Nortel president and chief executive Bill Owens": two offices in lower case
        // joined by "and", each the person's.
        if w == "and"
            && i >= 2
            && !toks[i - 2].cap
            && lexicon::is_title_head(word(text, toks, i - 2))
            && title.first().is_some_and(|&t| !toks[t].cap)
        {
            title.insert(0, i - 1);
            i -= 1;
            continue;
        }
        if (lexicon::is_title_word(w) || plural_head) && !preposition && !ends_org {
            title.insert(0, i - 1);
            i -= 1;
            continue;
        }
        // "to NATO", "of State": an organization inside the title phrase.
        if let Some(pm) = mention_ending_at(ms, i)
            && pm.tok_start >= 2
            && is_party(pm)
        {
            let conn = word(text, toks, pm.tok_start - 1);
            if matches!(conn, "to" | "of" | "for")
                && lexicon::is_title_word(word(text, toks, pm.tok_start - 2))
            {
                // "director general for Europe": a region names the brief, not the
                // organization.
                if conn != "to" && pm.kind != EntityKind::Place {
                    org_in_title = Some(pm.entity);
                }
                // ("Chairman of General Motors", "President of Brazil": an
                // organization or country after "of" is the role's, no word of its
                // label.)
                let of_organization = conn == "of"
                    && matches!(pm.kind, EntityKind::Organization | EntityKind::Country);
                if !of_organization {
                    for t in (pm.tok_start - 1..pm.tok_end).rev() {
                        title.insert(0, t);
                    }
                }
                i = pm.tok_start - 1;
                continue;
            }
        }
        // ("director-general of finance Chris Stals": in lower case too.)
        if matches!(w, "of" | "for")
            && i >= 2
            && lexicon::is_title_head(word(text, toks, i - 2))
            && title
                .first()
                .is_some_and(|&t| toks[t].cap || lexicon::is_title_word(word(text, toks, t)))
        {
            title.insert(0, i - 1);
            i -= 1;
            continue;
        }
        break;
    }
    if !title.iter().any(|&t| {
        lexicon::is_title_head(word(text, toks, t))
            || lexicon::singular_title(word(text, toks, t)).is_some()
    }) {
        return None;
    }
    // "Brazil's airport authority chief Carlos Wilson", "Britain's Europe Director X":
    // between a possessive party and the title, common nouns and a region name are
    // part of the title.
    let mut k = i;
    let mut modifiers: Vec<usize> = Vec::new();
    while k > 0 && modifiers.len() < 3 {
        if let Some(pm) = mention_ending_at(ms, k).filter(|pm| pm.kind == EntityKind::Place) {
            modifiers.splice(0..0, pm.tok_start..pm.tok_end);
            k = pm.tok_start;
            continue;
        }
        let t = &toks[k - 1];
        let w = word(text, toks, k - 1);
        // ("Magma Power Co said director Arnold Johnson": a verb is no modifier.)
        let verb = APPOINTING.contains(&w)
            || matches!(
                w,
                "said" | "says" | "told" | "announced" | "added" | "is" | "was" | "has" | "had"
            );
        if t.cap
            || t.acronym
            || !t.word
            || verb
            || lexicon::is_function_word(w)
            || matches!(w, "'s" | "’s")
        {
            break;
        }
        modifiers.insert(0, k - 1);
        k -= 1;
    }
    // ("ISM survey chairman Norbert Ore": the same without the possessive.)
    if !modifiers.is_empty()
        && ((k >= 2
            && matches!(word(text, toks, k - 1), "'s" | "’s")
            && mention_ending_at(ms, k - 1).is_some_and(is_party))
            || mention_ending_at(ms, k).is_some_and(is_party))
    {
        modifiers.extend(title);
        title = modifiers;
        i = k;
    }
    // The organization right before the title, possibly with a possessive.
    let mut j = i;
    if j > 0 && matches!(word(text, toks, j - 1), "'s" | "’s" | "'" | "’") {
        j -= 1;
    }
    // "Brazilian Coffee Institute (IBC) President Jorio Dauster": an acronym in
    // brackets between the organization and the title.
    if j >= 3
        && word(text, toks, j - 1) == ")"
        && word(text, toks, j - 3) == "("
        && toks[j - 2].acronym
    {
        j -= 3;
    } else if j >= 3 && word(text, toks, j - 1) == ")" {
        // "Bundesbank (central bank) president Karl Otto Poehl": a gloss in lower case
        // in brackets, too.
        if let Some(open) = (j.saturating_sub(6)..j - 2)
            .rev()
            .find(|&k| word(text, toks, k) == "(")
            && (open + 1..j - 1).all(|k| toks[k].word && !toks[k].cap)
        {
            j = open;
        }
    }
    // "Magma Power Co said director Arnold Johnson": a company's own officer, named
    // by the company's saying.
    let said_by = (j >= 2 && matches!(word(text, toks, j - 1), "said" | "says"))
        .then(|| mention_ending_at(ms, j - 1))
        .flatten()
        .filter(|pm| pm.kind == EntityKind::Organization);
    let org_mention = mention_ending_at(ms, j)
        .filter(|pm| is_party(pm))
        .or(said_by);
    // "Assistant U.S. Treasury Secretary David Mulford": a rank before the
    // organization is the title's.
    if let Some(pm) = org_mention
        && pm.tok_start >= 1
        && matches!(
            word(text, toks, pm.tok_start - 1),
            "Assistant" | "Deputy" | "Vice" | "Under" | "Acting" | "Associate"
        )
    {
        title.insert(0, pm.tok_start - 1);
    }
    let org = org_mention.map(|pm| pm.entity);
    // "analyst Erling Refsum at Nomura", "analyst Stanley Fishman of Fahnestock and Co":
    // the employer after the name.
    let employer = || {
        let mut j = m.tok_end;
        if j < toks.len() && matches!(word(text, toks, j), "at" | "with" | "of") {
            j += 1;
            if j < toks.len() && matches!(word(text, toks, j), "the" | "The") {
                j += 1;
            }
            // ("Chancellor Olaf Scholz of Germany": a country after "of".)
            let of = word(text, toks, m.tok_end) == "of";
            // ("Minister X at Labour's spring conference": the body owns what comes
            // after it, not the person.)
            return mention_starting_at(ms, j)
                .filter(|pm| {
                    pm.kind == EntityKind::Organization || of && pm.kind == EntityKind::Country
                })
                .filter(|pm| {
                    !toks
                        .get(pm.tok_end)
                        .is_some_and(|t| matches!(t.span.of(text), "'s" | "’s" | "'" | "’"))
                })
                .map(|pm| pm.entity);
        }
        None
    };
    let org = org.or(org_in_title).or_else(employer);
    let conf = if org.is_some() { 0.9 } else { 0.7 };
    Some((title, org, conf))
}

/// "The trust, set up in January, is headed by banker David Reyes", "the committee,
/// chaired by Anna Berg,": the body that is headed or chaired by the person, named
/// as the sentence's subject or right before the comma. Only with no title before the
/// name (a title there states the role itself).
fn headed_by(text: &str, s: &Sentence, ms: &[Mention], mi: usize) -> Option<(&'static str, usize)> {
    let toks = &s.tokens;
    let m = &ms[mi];
    // Back from the name over lower-case describing words ("banker and businessman").
    let mut k = m.tok_start;
    while k > 0
        && m.tok_start - k < 4
        && toks[k - 1].word
        && !toks[k - 1].cap
        && word(text, toks, k - 1) != "by"
    {
        k -= 1;
    }
    if k < 2 || word(text, toks, k - 1) != "by" || m.title.is_some() {
        return None;
    }
    let label = match word(text, toks, k - 2) {
        "headed" => "Head",
        "chaired" => "Chairman",
        _ => return None,
    };
    let verb = k - 2;
    let body = |x: &&Mention| x.kind == EntityKind::Organization && x.tok_end <= verb;
    let first = (0..verb).find(|&i| toks[i].word)?;
    let subject = ms.iter().filter(body).find(|x| {
        x.tok_start == first
            || (x.tok_start == first + 1 && word(text, toks, first).eq_ignore_ascii_case("the"))
    });
    // ("The committee of the Velmor Fund, chaired by X": the committee's chair, not
    // the fund's.)
    let set_off = ms.iter().filter(body).rfind(|x| {
        toks.get(x.tok_end).is_some_and(|t| t.span.of(text) == ",")
            && x.tok_end + 1 == verb
            && !(1..=2)
                .any(|back| x.tok_start >= back && word(text, toks, x.tok_start - back) == "of")
    });
    let org = subject.or(set_off)?;
    // ("The trust is headed by X": nothing but the verb's auxiliaries and asides in
    // commas between the body and "headed".)
    let after_body = (org.tok_end..verb).all(|i| {
        let w = word(text, toks, i);
        matches!(
            w,
            "is" | "was" | "will" | "be" | "has" | "been" | "now" | ","
        )
    }) || word(text, toks, verb - 1) == ","
        || matches!(word(text, toks, verb - 1), "is" | "was" | "be" | "been");
    after_body.then_some((label, org.entity))
}

/// A body's units: "the head of its debt division".
const UNIT_NOUNS: &[&str] = &[
    "division",
    "department",
    "unit",
    "arm",
    "branch",
    "section",
    "office",
    "bureau",
    "desk",
    "subsidiary",
];

/// "The Secretary of State of the United States, Antony Blinken".
fn title_then_name(text: &str, s: &Sentence, ms: &[Mention], mi: usize) -> Option<Found3> {
    let toks = &s.tokens;
    let m = &ms[mi];
    if m.tok_start < 3 || word(text, toks, m.tok_start - 1) != "," {
        return None;
    }
    // ("the head of ECGD's international debt division, Gerry Breach": a unit of the
    // body, named by its possessive.)
    let unit_of = || {
        let unit = m.tok_start - 2;
        if !UNIT_NOUNS.contains(&word(text, toks, unit)) {
            return None;
        }
        let owner_end = (unit.saturating_sub(4)..unit)
            .rev()
            .find(|&k| matches!(word(text, toks, k), "'s" | "’s"))?;
        (owner_end + 1..unit)
            .all(|k| toks[k].word && !toks[k].cap)
            .then(|| mention_ending_at(ms, owner_end))
            .flatten()
            .filter(|pm| is_party(pm))
    };
    let org = mention_ending_at(ms, m.tok_start - 1)
        .filter(|pm| is_party(pm))
        .or_else(unit_of)?;
    let mut i = org.tok_start;
    if i > 0 && matches!(word(text, toks, i - 1), "the" | "The") {
        i -= 1;
    }
    if i == 0 || !matches!(word(text, toks, i - 1), "of" | "for") {
        return None;
    }
    let brief = word(text, toks, i - 1) == "for" && org.kind == EntityKind::Place;
    i -= 1;
    let mut title = Vec::new();
    while i > 0 {
        let w = word(text, toks, i - 1);
        if lexicon::is_title_word(w)
            || (matches!(w, "of" | "for") && !title.is_empty())
            || (toks[i - 1].cap && !title.is_empty() && !lexicon::is_function_word(w))
        {
            title.insert(0, i - 1);
            i -= 1;
        } else {
            break;
        }
    }
    if title
        .first()
        .is_some_and(|&t| matches!(word(text, toks, t), "of" | "for"))
    {
        title.remove(0);
    }
    if !title
        .iter()
        .any(|&t| lexicon::is_title_head(word(text, toks, t)))
    {
        return None;
    }
    // "Spain's director general for Europe, Jose Maria Pons": a region after "for" is
    // the brief; the party is the possessive before the title, if any.
    if brief {
        let &first = title.first()?;
        let owner = (first >= 2 && matches!(word(text, toks, first - 1), "'s" | "’s"))
            .then(|| mention_ending_at(ms, first - 1).filter(|pm| is_party(pm)))
            .flatten()
            .map(|pm| pm.entity);
        return Some((title, owner, if owner.is_some() { 0.85 } else { 0.6 }));
    }
    Some((title, Some(org.entity), 0.85))
}

/// "<Person>, [who is] [the] [Org's] <title> [of|for|at] [the] <Org>".
fn appositive(text: &str, s: &Sentence, ms: &[Mention], mi: usize) -> Option<Found3> {
    let toks = &s.tokens;
    let m = &ms[mi];
    let mut i = m.tok_end;
    // "N.J. Nicholas Jr., president of Time Inc": the suffix's period before the comma.
    if i + 1 < toks.len() && word(text, toks, i) == "." && word(text, toks, i + 1) == "," {
        i += 1;
    }
    // "Robert Jackson, 58, MP for Wantage": an age set off before the apposition.
    if i + 2 < toks.len()
        && word(text, toks, i) == ","
        && word(text, toks, i + 1).chars().all(|c| c.is_ascii_digit())
        && word(text, toks, i + 2) == ","
    {
        i += 2;
    }
    // "X, the …", and "X who is now …" without the comma.
    let who_next = i < toks.len() && word(text, toks, i) == "who";
    // "Mike Boswell chairman of Sunshine Mining Co told Reuters": a lower-case title
    // right after the name, without the comma, when "of" an organization follows.
    let bare = i < toks.len() && !toks[i].cap && lexicon::is_title_word(word(text, toks, i));
    if i >= toks.len() || (word(text, toks, i) != "," && !who_next && !bare) {
        return None;
    }
    if !who_next && !bare {
        i += 1;
    }
    if i + 1 < toks.len()
        && word(text, toks, i) == "who"
        && matches!(
            word(text, toks, i + 1),
            "is" | "was" | "has" | "had" | "serves"
        )
    {
        i += 2;
        if i < toks.len() && matches!(word(text, toks, i), "now" | "currently" | "also") {
            i += 1;
        }
        if i < toks.len() && word(text, toks, i) == "been" {
            i += 1;
        }
        if i < toks.len() && word(text, toks, i) == "as" {
            i += 1;
        }
    }
    // "X, who heads the World Food Programme": the verb states the role.
    if i + 1 < toks.len() && word(text, toks, i) == "who" {
        let verb = word(text, toks, i + 1);
        let label = match verb {
            "heads" | "headed" => Some("Head"),
            "leads" | "led" => Some("Leader"),
            "chairs" | "chaired" => Some("Chair"),
            _ => None,
        };
        if let Some(_label) = label {
            let mut j = i + 2;
            if j < toks.len() && matches!(word(text, toks, j), "the" | "The") {
                j += 1;
            }
            if let Some(pm) = mention_starting_at(ms, j).filter(|pm| is_party(pm)) {
                return Some((vec![i + 1], Some(pm.entity), 0.8));
            }
        }
    }
    // "Janez Zemljaric, also a Deputy Prime Minister, said".
    if i + 1 < toks.len() && word(text, toks, i) == "also" {
        i += 1;
    }
    // "Leonard Hecht, formerly chief executive, will act as …": an office held before,
    // the adverb kept in the title so that the role is marked former.
    let formerly = (i + 1 < toks.len() && is_former_marker(word(text, toks, i))).then(|| {
        i += 1;
        i - 1
    });
    // ("Mr Yeo, his environment spokesman, said": a possessive pronoun too.)
    if i < toks.len()
        && matches!(
            word(text, toks, i),
            "the" | "a" | "an" | "his" | "her" | "their" | "its"
        )
    {
        i += 1;
    }
    // "Rep. X, a Wisconsin Democrat and member of the House Intelligence Committee":
    // a description that holds no title, then "and" and the title.
    if let Some(and) = (i..toks.len().min(i + 4)).find(|&k| word(text, toks, k) == "and")
        && and > i
        && and + 1 < toks.len()
        && lexicon::is_title_word(word(text, toks, and + 1))
        && (i..and).all(|k| {
            let w = word(text, toks, k);
            toks[k].word && !lexicon::is_title_word(w) && !lexicon::is_function_word(w)
        })
    {
        i = and + 1;
    }
    // "X, the organisation's president": the description names the party, which
    // `possessive_antecedent` finds from the title.
    if i + 1 < toks.len()
        && !toks[i].cap
        && described_kind(word(text, toks, i)).is_some()
        && matches!(word(text, toks, i + 1), "'s" | "’s")
    {
        i += 2;
    }
    // "[the] European Union's top diplomat", "Russia's deputy foreign minister".
    let mut org = None;
    // A bare modifier ("the German co-head of EADS") yields to an organization the
    // title is "of".
    let mut org_is_modifier = false;
    if let Some(pm) = mention_starting_at(ms, i).filter(|pm| is_party(pm)) {
        let after = pm.tok_end;
        // "the Liberal Democrats' foreign affairs spokesman": a plural's bare apostrophe.
        if after < toks.len() && matches!(word(text, toks, after), "'s" | "’s" | "'" | "’") {
            org = Some(pm.entity);
            i = after + 1;
        } else if pm.kind != EntityKind::Person {
            // "Pentagon spokesman" as an apposition.
            org = Some(pm.entity);
            org_is_modifier = pm.kind == EntityKind::Country;
            i = after;
        }
    }
    let start = i;
    // "a financial markets economist with Marine Midland Banks", "coffee analyst with
    // Elders Futures": up to two lower-case words of the field before the title.
    let field_end = (i..toks.len().min(i + 2))
        .take_while(|&k| {
            let w = word(text, toks, k);
            toks[k].word
                && w.chars().all(|c| c.is_ascii_lowercase())
                && !lexicon::is_function_word(w)
                && !lexicon::is_title_word(w)
                && !lexicon::is_temporal_qualifier(w)
                // ("formerly head", "elected chairman", "current president": how or
                // when, not the field.)
                && !w.ends_with("ly")
                && !w.ends_with("ed")
                && !matches!(w, "current" | "new" | "now")
        })
        .last()
        .map_or(i, |k| k + 1);
    // ("Sealed Power group vice president": the field before a title's modifier.)
    if field_end > i
        && field_end < toks.len()
        && lexicon::is_title_word(word(text, toks, field_end))
        && !toks[field_end].cap
    {
        i = field_end;
    }
    i = title_run_end(text, toks, start, i, true);
    let mut title: Vec<usize> = formerly.into_iter().chain(start..i).collect();
    if !title
        .iter()
        .any(|&t| lexicon::is_title_head(word(text, toks, t)))
    {
        return None;
    }
    // "Volcker, Treasury Secretary James Baker and others": a title followed by a name
    // is that name's, in a list, not an apposition.
    // ("Vice President George Bush, Secretary of State George Shultz": the title the
    // next name's mention holds, however long.)
    if ms.iter().any(|p| {
        p.kind == EntityKind::Person
            && (p.tok_start == i || p.title.is_some_and(|(a, b)| a <= start && start < b))
    }) {
        return None;
    }
    // "director of industry affairs for the National Cattlemens Association": a brief
    // in lower case after "of", then the organization. ("chief economist for the
    // region at Societe Generale": a region as the brief, kept out of the title.)
    if i + 2 < toks.len() && matches!(word(text, toks, i), "of" | "for") {
        let of = word(text, toks, i) == "of";
        let from = if !of && word(text, toks, i + 1) == "the" {
            i + 2
        } else {
            i + 1
        };
        let brief_end = (from..toks.len().min(from + 4))
            .take_while(|&t| {
                let w = word(text, toks, t);
                toks[t].word && !toks[t].cap && !lexicon::is_function_word(w) || matches!(w, "and")
            })
            .last()
            .map(|t| t + 1);
        if let Some(e) = brief_end
            && e < toks.len()
            && (if of {
                matches!(word(text, toks, e), "for" | "at")
            } else {
                word(text, toks, e) == "at"
            })
        {
            if of {
                title.extend(i..e);
            }
            i = e;
        }
    }
    // "… for the Russian Foreign Ministry", "… of NATO", "… to NATO", "… at brokers X".
    if i < toks.len() && matches!(word(text, toks, i), "of" | "for" | "at" | "to" | "with") {
        let conn = word(text, toks, i);
        let mut j = i + 1;
        if j < toks.len() && matches!(word(text, toks, j), "the" | "The") {
            j += 1;
        }
        if j < toks.len() && lexicon::is_in(lexicon::COMPANY_NOUNS, word(text, toks, j)) {
            j += 1;
        }
        // ("an analyst at research firm RetailMetrics LLC", "president of industry
        // forecaster Retail Consulting Group": lower-case words describing the body.)
        if mention_starting_at(ms, j).is_none() {
            let described = (j..toks.len().min(j + 3))
                .take_while(|&t| {
                    let w = word(text, toks, t);
                    toks[t].word
                        && !toks[t].cap
                        && w.chars().all(|c| c.is_alphabetic() || c == '-')
                        && !lexicon::is_function_word(w)
                })
                .last()
                .map(|t| t + 1);
            if let Some(e) = described
                && mention_starting_at(ms, e).is_some_and(|pm| pm.kind == EntityKind::Organization)
            {
                j = e;
            }
        }
        // ("at the U.S. National Aeronautics and Space Administration": the body the
        // country's name qualifies.)
        let pm = mention_starting_at(ms, j).map(|pm| match mention_starting_at(ms, pm.tok_end) {
            Some(next)
                if pm.kind == EntityKind::Country && next.kind == EntityKind::Organization =>
            {
                next
            }
            _ => pm,
        });
        if let Some(pm) = pm.filter(|pm| is_party(pm)) {
            if conn == "to" {
                title.extend(i..pm.tok_end);
                title.retain(|&t| !matches!(word(text, toks, t), "the" | "The"));
            } else if org.is_none() || org_is_modifier && pm.kind == EntityKind::Organization {
                org = Some(pm.entity);
            }
        }
    }
    if bare && org.is_none() {
        return None;
    }
    let conf = if org.is_some() { 0.85 } else { 0.6 };
    Some((title, org, conf))
}

/// "president and chief executive officer", "assistant trade representative and
/// delegate": two offices joined by "and" are two roles, each with its own head
/// ("Transport and Environment Spokesman", "Secretary for Trade and Industry" stay one).
fn split_offices(text: &str, toks: &[Token], title: &[usize]) -> Vec<Vec<usize>> {
    let parts: Vec<Vec<usize>> = title
        .split(|&t| toks[t].span.of(text).eq_ignore_ascii_case("and"))
        .map(<[usize]>::to_vec)
        .collect();
    let has_head = |part: &Vec<usize>| {
        part.iter()
            .any(|&t| lexicon::is_title_head(toks[t].span.of(text)))
    };
    if parts.len() > 1 && parts.iter().all(has_head) {
        // ("formerly president and chief executive": both offices were held.)
        let lead = title
            .first()
            .filter(|&&t| is_former_marker(toks[t].span.of(text)));
        parts
            .into_iter()
            .enumerate()
            .map(|(n, mut part)| {
                if n > 0
                    && let Some(&l) = lead
                {
                    part.insert(0, l);
                }
                part
            })
            .collect()
    } else {
        vec![title.to_vec()]
    }
}

/// Where a title that opens at `start` ends, reading on from `from`: title words, a
/// second office after "and" ("his transport and environment spokesman", "chairman
/// and chief executive"), and with `fields`, lower-case words of the field right
/// before a head ("EU foreign policy chief").
fn title_run_end(text: &str, toks: &[Token], start: usize, from: usize, fields: bool) -> usize {
    let field_word = |k: usize| {
        let w = word(text, toks, k);
        fields
            && k > start
            && toks[k].word
            && w.chars().all(|c| c.is_ascii_lowercase())
            && !lexicon::is_function_word(w)
            && toks
                .get(k + 1)
                .is_some_and(|t| !t.cap && lexicon::is_title_head(t.span.of(text)))
    };
    let mut i = from;
    while i < toks.len()
        && (lexicon::is_title_word(word(text, toks, i))
            || field_word(i)
            || (i > start
                && word(text, toks, i) == "and"
                && i + 1 < toks.len()
                && lexicon::is_title_word(word(text, toks, i + 1))))
    {
        i += 1;
    }
    i
}

/// Verbs that put someone in an office: "named X president", "X was elected chairman".
const APPOINTING: &[&str] = &[
    "named",
    "names",
    "appointed",
    "appoints",
    "elected",
    "elects",
    "promoted",
    "nominated",
];

/// Verbs of leaving an office, before "as" and the office: "X resigned as treasurer",
/// "X has stepped down as chairman", "X will retire as president".
const LEAVING: &[&str] = &[
    "resigned", "resigns", "resign", "retired", "retires", "retire", "stepped", "steps", "step",
    "quit", "quits",
];

/// "Ameritech Publishing said it has named Barry Allen president", "shareholders
/// elected Ian M. Cumming as chairman", "X was named chief executive of Y": the
/// office someone is put in, of the organization after "of", else of the one the
/// sentence opens with (the body that appoints). Also the office someone leaves: "X
/// has resigned as president of the company".
fn appointed(text: &str, s: &Sentence, ms: &[Mention], mi: usize) -> Option<Found3> {
    let toks = &s.tokens;
    let m = &ms[mi];
    let active = m.tok_start >= 1 && lexicon::is_in(APPOINTING, word(text, toks, m.tok_start - 1));
    let mut i = m.tok_end;
    let mut verb = m.tok_start.saturating_sub(1);
    // The verb of an office left in the past, kept in the title to mark it former.
    let mut left = None;
    if !active {
        // "X was named", "X has been appointed".
        let mut k = i;
        while k < toks.len()
            && matches!(
                word(text, toks, k),
                "was" | "is" | "has" | "had" | "been" | "be" | "will"
            )
        {
            k += 1;
        }
        if k >= toks.len() {
            return None;
        }
        let leaving = lexicon::is_in(LEAVING, word(text, toks, k));
        if !(k > i && lexicon::is_in(APPOINTING, word(text, toks, k)) || leaving) {
            return None;
        }
        verb = k;
        i = k + 1;
        if leaving {
            // "stepped down as chairman", "resigned as treasurer": the office left.
            if i < toks.len() && word(text, toks, i) == "down" {
                i += 1;
            }
            if i >= toks.len() || word(text, toks, i) != "as" {
                return None;
            }
            if is_former_marker(word(text, toks, k)) {
                left = Some(k);
            }
        }
    }
    if i < toks.len() && word(text, toks, i) == "as" {
        i += 1;
    }
    if i < toks.len() && matches!(word(text, toks, i), "its" | "the" | "a" | "an") {
        i += 1;
    }
    let start = i;
    let i = title_run_end(text, toks, start, i, false);
    let title: Vec<usize> = left.into_iter().chain(start..i).collect();
    if !title
        .iter()
        .any(|&t| lexicon::is_title_head(word(text, toks, t)))
    {
        return None;
    }
    // ("named X president, succeeding Y": only the one named.)
    let mut org = None;
    if i + 1 < toks.len() && word(text, toks, i) == "of" {
        let mut j = i + 1;
        if matches!(word(text, toks, j), "the" | "The") {
            j += 1;
        }
        org = mention_starting_at(ms, j)
            .filter(|pm| is_party(pm))
            .map(|pm| pm.entity);
    }
    // ("General Motors Corp's Hughes Aircraft Co said it named…": the owner's
    // possessive names whose unit appoints.)
    let org = org.or_else(|| {
        ms.iter()
            .find(|x| {
                x.kind == EntityKind::Organization
                    && x.tok_end <= verb.min(m.tok_start)
                    && !matches!(word(text, toks, x.tok_end), "'s" | "’s")
            })
            .map(|x| x.entity)
    });
    Some((title, org, if org.is_some() { 0.75 } else { 0.5 }))
}

/// "On Russia's side, …", "on the Ukrainian side": the party the sentence's people act for.
fn side_party(text: &str, s: &Sentence, ms: &[Mention]) -> Option<usize> {
    let toks = &s.tokens;
    for m in ms {
        if m.kind != EntityKind::Country && m.kind != EntityKind::Organization {
            continue;
        }
        let mut e = m.tok_end;
        if e < toks.len() && matches!(word(text, toks, e), "'s" | "’s") {
            e += 1;
        }
        if e < toks.len() && word(text, toks, e) == "side" {
            return Some(m.entity);
        }
        if m.tok_start >= 2
            && word(text, toks, m.tok_start - 1) == "of"
            && word(text, toks, m.tok_start - 2) == "side"
        {
            return Some(m.entity);
        }
    }
    None
}

/// The identity of a role label: case, hyphens and British/American spellings folded,
/// so "Deputy Defence Minister" and "deputy defense minister" are one role while each
/// label keeps the spelling its article used.
pub fn role_key(label: &str) -> String {
    let words: Vec<String> = label
        .split(|c: char| c.is_whitespace() || c == '-')
        .filter(|w| !w.is_empty())
        .map(|w| match w.to_lowercase().as_str() {
            "defence" => "defense".to_string(),
            "programme" => "program".to_string(),
            "labour" => "labor".to_string(),
            other => other.to_string(),
        })
        .collect();
    crate::text::slug(&words.join(" "))
}

/// A role label from title tokens: words capitalized, hyphens as spaces, "former"
/// dropped (and reported), British spellings folded to one form.
/// Words in or before a title that say the office is no longer held: "former
/// president", "formerly chief executive", "resigned as treasurer".
fn is_former_marker(word: &str) -> bool {
    lexicon::is_in(
        &[
            "former",
            "then",
            "ex",
            "outgoing",
            "formerly",
            "previously",
            "resigned",
            "resigns",
            "retired",
            "retires",
            "stepped",
            "steps",
            "quit",
            "quits",
        ],
        word,
    )
}

fn normalize_title(text: &str, toks: &[Token], title: &[usize]) -> (String, bool) {
    let mut words: Vec<String> = Vec::new();
    let mut former = false;
    for &t in title {
        let w = toks[t].span.of(text);
        for part in w.split(['-', '‑']) {
            let lower = part.to_lowercase();
            match lower.as_str() {
                _ if is_former_marker(&lower) => {
                    former = true;
                    continue;
                }
                // ("Chancellor of the Exchequer" keeps its article.)
                "the" if words.last().is_some_and(|w| w == "of") => {}
                "the" | "new" | "incoming" => continue,
                _ => {}
            }
            // A role stated by its verb ("who heads X"); a plural title before a list
            // of names is each one's ("foreign ministers X and Y").
            let lower = match lower.as_str() {
                "heads" | "headed" => "head".to_string(),
                "leads" | "led" => "leader".to_string(),
                "chairs" | "chaired" => "chair".to_string(),
                _ if Some(&t) == title.last() => lexicon::singular_title(&lower).unwrap_or(lower),
                _ => lower,
            };
            if matches!(lower.as_str(), "of" | "for" | "to" | "and" | "in" | "the") {
                words.push(lower);
            } else if toks[t].acronym {
                words.push(part.to_string());
            } else {
                let mut c = lower.chars();
                let cap = c
                    .next()
                    .map(|f| f.to_uppercase().collect::<String>() + c.as_str())
                    .unwrap_or_default();
                words.push(cap);
            }
        }
    }
    // "chief executive Lord Rennard": an honorific right before the name is not part
    // of the role. ("economic professor at Soochow University": in lower case it is
    // the role.)
    let honorific_last = title.last().is_some_and(|&t| toks[t].cap);
    while words.last().is_some_and(|w| {
        matches!(w.as_str(), "of" | "for" | "to" | "and" | "in")
            || (words.len() > 1
                && honorific_last
                && (lexicon::is_in(lexicon::HONORIFICS, w) || w.eq_ignore_ascii_case("sheikh")))
    }) {
        words.pop();
    }
    while words
        .first()
        .is_some_and(|w| matches!(w.as_str(), "of" | "for" | "to" | "and" | "in"))
    {
        words.remove(0);
    }
    // ("Culture, Media and Sport Secretary": a portfolio's comma keeps to its word.)
    (words.join(" ").replace(" ,", ","), former)
}

/// "U.S. Treasury Secretary James Baker … Treasury Secretary James Baker said": a role
/// stated again without its organization is the one the article gave it with one (the
/// same person and label). A role whose organization the article never names keeps
/// none: the country of a wire dateline or a country named nearby is too often another
/// party's ("British Trade Secretary Paul Channon" in a story filed from Washington).
pub fn complete_organizations(found: &mut Found, roles: &mut Vec<RoleFact>) {
    let snapshot = roles.clone();
    for role in roles.iter_mut().filter(|r| r.organization.is_none()) {
        let stated = snapshot.iter().find(|r| {
            r.person == role.person
                && r.organization.is_some()
                && role_key(&r.role) == role_key(&role.role)
        });
        if let Some(o) = stated.and_then(|r| r.organization) {
            role.organization = Some(o);
            found.entity_mut(o).acts = true;
        }
    }
    // Completed roles may now repeat one the sentence already stated.
    let mut seen: Vec<(usize, String, Option<usize>, crate::text::Span)> = Vec::new();
    roles.retain(|r| {
        let key = (r.person, role_key(&r.role), r.organization, r.evidence);
        if seen.contains(&key) {
            false
        } else {
            seen.push(key);
            true
        }
    });
}

/// Heads of the titles of a state's public offices, held for a country.
const PUBLIC_OFFICE_HEADS: &[&str] = &[
    "minister",
    "president",
    "premier",
    "secretary",
    "undersecretary",
    "chancellor",
    "ambassador",
    "envoy",
    "representative",
    "leader",
    "king",
    "queen",
];

/// "Zambia will retain its auction system, President Kenneth Kaunda said", "Finance
/// Minister X said that South Africa would give a fair deal": a speaker whose title
/// names no organization speaks for the one body the sentence names, when that body is
/// the subject of a clause (a finite verb follows it). A country takes only a public
/// office; a company or other body any other title, when it opens the sentence. A second body in the sentence ("…, U.S.
/// Trade Representative X said of Japan") leaves the role as stated.
pub fn organizations_of_reported_subject(
    text: &str,
    sentences: &[Sentence],
    found: &mut Found,
    roles: &mut [RoleFact],
) {
    for role in roles.iter_mut().filter(|r| awaits_organization(r)) {
        let Some((si, person)) = role_sentence(sentences, found, role) else {
            continue;
        };
        let toks = &sentences[si].tokens;
        let at = |k: usize| toks.get(k).map(|t| t.span.of(text)).unwrap_or("");
        let mentions = &found.by_sentence[si];
        let speech = |k: usize| lexicon::is_in(lexicon::SPEECH_VERBS, at(k));
        let speaks = (person.tok_end..person.tok_end + 3).any(speech)
            || (person.tok_start.saturating_sub(4)..person.tok_start).any(speech);
        if !speaks {
            continue;
        }
        let bodies: BTreeSet<usize> = mentions
            .iter()
            .filter(|m| matches!(m.kind, EntityKind::Organization | EntityKind::Country))
            .map(|m| m.entity)
            .collect();
        let [body] = bodies.into_iter().collect::<Vec<_>>()[..] else {
            continue;
        };
        // ("said that companies in Canada have begun paying": after a preposition the
        // body is no subject, though a verb follows it.)
        let subject = mentions.iter().any(|m| {
            let next = at(m.tok_end);
            let governed = m.tok_start > 0
                && lexicon::is_in(GOVERNING_WORDS, &at(m.tok_start - 1).to_lowercase());
            m.entity == body && opens_clause(next) && !governed
        });
        let head = title_head(&role.role);
        // (A company's or committee's officer speaks for the body only when it opens
        // the sentence he closes: "Committee chairman X said: \"The DCA has had …\""
        // speaks of another body, "Marketing Minister X said the CMB had" of one his
        // ministry oversees.)
        let fits = match found.entity(body).kind {
            EntityKind::Country => lexicon::is_in(PUBLIC_OFFICE_HEADS, &head),
            _ => {
                !lexicon::is_in(PUBLIC_OFFICE_HEADS, &head)
                    && mentions.iter().any(|m| {
                        m.entity == body && m.tok_start <= 1 && m.tok_end <= person.tok_start
                    })
            }
        };
        if subject && fits {
            role.organization = Some(body);
            found.entity_mut(body).acts = true;
        }
    }
}

/// Words that make a country named after them a place gone to, dealt with or spoken
/// of, not the one whose office a title is: "talks with Japan", "imports of Japanese
/// chips", "arrived in China", "visited Canada".
const GOVERNING_WORDS: &[&str] = &[
    "to",
    "in",
    "into",
    "from",
    "for",
    "at",
    "with",
    "against",
    "on",
    "of",
    "by",
    "toward",
    "towards",
    "between",
    "across",
    "over",
    "than",
    "via",
    "like",
    "including",
    "among",
    "about",
    "visit",
    "visits",
    "visited",
    "visiting",
    "toured",
    "touring",
    "and",
    "or",
];

/// "Brazilian business leaders attending a meeting with President Jose Sarney called on
/// the government …", "The United States will impose sanctions on imports of Japanese
/// microchips, senators said after a meeting with Commerce Secretary Malcolm Baldrige": a
/// public office stated with no organization is the office of the one country its
/// sentence names neither as a place gone to or dealt with (after a preposition or a
/// verb of travel) nor as another holder's country. Not for someone the bulk data
/// records in another country's offices.
pub fn organizations_of_sentence_country(
    text: &str,
    sentences: &[Sentence],
    found: &Found,
    roles: &mut [RoleFact],
) {
    let taken: Vec<(Span, usize, usize)> = roles
        .iter()
        .filter_map(|r| r.organization.map(|o| (r.evidence, r.person, o)))
        .collect();
    let mut chosen: Vec<(usize, usize)> = Vec::new();
    for (ri, role) in roles.iter().enumerate() {
        if !awaits_organization(role) {
            continue;
        }
        // (Not "leader" or "representative": a party's or a house's as often.)
        let head = title_head(&role.role);
        if !lexicon::is_in(PUBLIC_OFFICE_HEADS, &head)
            || matches!(head.as_str(), "leader" | "representative")
        {
            continue;
        }
        // ("…, president Jean-Marc Vernes told analysts": a lone "president" in lower
        // case heads a company as often as a state.)
        if role.role.eq_ignore_ascii_case("president")
            && !text[role.evidence.start..role.evidence.end].contains("President")
        {
            continue;
        }
        let Some((si, person)) = role_sentence(sentences, found, role) else {
            continue;
        };
        let toks = &sentences[si].tokens;
        let at = |k: usize| {
            toks.get(k)
                .map(|t| t.span.of(text).to_lowercase())
                .unwrap_or_default()
        };
        let named: BTreeSet<usize> = found.by_sentence[si]
            .iter()
            .filter(|m| m.kind == EntityKind::Country)
            .filter(|m| {
                // Back over a few lower-case modifiers to their determiner ("for the
                // outlawed South African organization"; not "leading Indonesian
                // ministers", with none).
                let k = (m.tok_start.saturating_sub(3)..m.tok_start)
                    .rev()
                    .take_while(|&i| toks[i].word && !toks[i].cap)
                    .find(|&i| matches!(at(i).as_str(), "the" | "a" | "an"))
                    .unwrap_or(m.tok_start);
                let governed =
                    k > 0 && (lexicon::is_in(GOVERNING_WORDS, &at(k - 1)) || at(k - 1) == ",");
                // ("Treasury Secretary James Baker said Brazil should …": what he says
                // is of another country as often as of his own.)
                let said_after = m.tok_start > person.tok_end
                    && (person.tok_end..m.tok_start)
                        .any(|i| lexicon::is_in(lexicon::SPEECH_VERBS, &at(i)));
                // A nationality word, a possessive, or a clause's subject.
                let next = at(m.tok_end);
                let adjective = gazetteer().is_demonym(m.span.of(text));
                !governed && !said_after && (adjective || opens_clause(&next))
            })
            .map(|m| m.entity)
            .filter(|&c| {
                !taken
                    .iter()
                    .any(|&(ev, p, o)| ev == role.evidence && p != role.person && o == c)
            })
            .collect();
        let [country] = named.into_iter().collect::<Vec<_>>()[..] else {
            continue;
        };
        let Some(code) = found.entity(country).country_code.clone() else {
            continue;
        };
        let g = gazetteer();
        let serves_elsewhere = g.people(&found.entity(role.person).name).iter().any(|p| {
            !p.positions.is_empty()
                && p.positions.iter().all(|o| {
                    o.country_qid
                        .as_deref()
                        .and_then(|q| g.country_by_qid(q))
                        .is_some_and(|c| c.iso2 != code)
                })
        });
        if !serves_elsewhere {
            chosen.push((ri, country));
        }
    }
    // ("President Reagan is expected to tell Prime Minister Nakasone that the U.S.
    // will …": the country of two holders in one sentence is neither's for sure.)
    for &(ri, country) in &chosen {
        let shared = chosen.iter().any(|&(rj, c)| {
            c == country
                && roles[rj].evidence == roles[ri].evidence
                && roles[rj].person != roles[ri].person
        });
        if !shared {
            roles[ri].organization = Some(country);
        }
    }
}

/// The sentence a role is stated in and the mention of its holder there.
fn role_sentence(
    sentences: &[Sentence],
    found: &Found,
    role: &RoleFact,
) -> Option<(usize, Mention)> {
    let si = sentences.iter().position(|s| s.span == role.evidence)?;
    let person = *found.by_sentence[si]
        .iter()
        .find(|m| m.entity == role.person)?;
    Some((si, person))
}

/// A role stated with no organization, and current: one the sentence-level rules may
/// give an organization.
fn awaits_organization(role: &RoleFact) -> bool {
    role.organization.is_none() && !role.former
}

/// Heads of a company's or a body's offices, written in lower case before a name
/// ("president Jean-Marc Vernes", "chairman Morris Broad").
const OFFICER_HEADS: &[&str] = &[
    "chairman",
    "president",
    "executive",
    "director",
    "treasurer",
];

/// "Beghin-Say … is to raise its capital, president Jean-Marc Vernes told analysts",
/// "American Savings said Knoll had talks with chairman Morris Broad": an officer's
/// title written in lower case, with no organization, in a sentence whose subject is an
/// organization, is an office of that organization. (Not for a namesake of an office
/// holder in the bulk data, whose "president" is a state's as often.)
pub fn organizations_of_sentence_subject(
    text: &str,
    sentences: &[Sentence],
    found: &Found,
    roles: &mut [RoleFact],
) {
    for role in roles.iter_mut().filter(|r| awaits_organization(r)) {
        if !lexicon::is_in(OFFICER_HEADS, &title_head(&role.role)) {
            continue;
        }
        let Some((si, person)) = role_sentence(sentences, found, role) else {
            continue;
        };
        let s = &sentences[si];
        let toks = &s.tokens;
        // The title right before the name, in lower case.
        if person.tok_start == 0
            || toks[person.tok_start - 1].cap
            || !lexicon::is_title_word(toks[person.tok_start - 1].span.of(text))
        {
            continue;
        }
        if !gazetteer()
            .people(&found.entity(role.person).name)
            .is_empty()
        {
            continue;
        }
        // The sentence's first words after its dateline.
        let body_from =
            crate::ingest::dateline_len(s.span.of(text)).map_or(s.span.start, |n| s.span.start + n);
        let Some(first) = toks
            .iter()
            .position(|t| t.span.start >= body_from && t.word)
        else {
            continue;
        };
        // ("French sugar group Beghin-Say, which …": words describing the subject.)
        let ms = &found.by_sentence[si];
        let describing = |i: usize| {
            let w = toks[i].span.of(text);
            w == "The"
                || (toks[i].word && !toks[i].cap && w.chars().all(|c| c.is_ascii_lowercase()))
                || ms.iter().any(|m| {
                    m.kind == EntityKind::Country
                        && m.tok_start <= i
                        && i < m.tok_end
                        && gazetteer().is_demonym(m.span.of(text))
                })
        };
        let Some(subject) = ms
            .iter()
            .filter(|m| m.tok_start >= first && m.tok_start <= first + 5)
            .find(|m| m.kind != EntityKind::Country || !gazetteer().is_demonym(m.span.of(text)))
            .filter(|m| (first..m.tok_start).all(describing))
        else {
            continue;
        };
        let next = toks
            .get(subject.tok_end)
            .map(|t| t.span.of(text).to_lowercase())
            .unwrap_or_default();
        if subject.kind == EntityKind::Organization
            && subject.entity != role.person
            && (matches!(next.as_str(), "said" | "says" | ",") || opens_clause(&next))
        {
            role.organization = Some(subject.entity);
        }
    }
}

/// A title's head noun, in lower case: "Secretary of State" → "secretary".
fn title_head(role: &str) -> String {
    role.split(' ')
        .take_while(|w| !matches!(*w, "of" | "for" | "to"))
        .last()
        .unwrap_or("")
        .to_lowercase()
}

/// Does the word after a name make that name a clause's subject ("Zambia will", "The
/// United States imposed")?
fn opens_clause(next: &str) -> bool {
    lexicon::is_in(lexicon::FINITE_AUXILIARIES, next)
        || (next.ends_with("ed") && next.chars().all(|c| c.is_ascii_lowercase()))
}

/// "the Nigerian team, headed by Finance Minister X and Central Bank Governor Y": the
/// titles of those who head a country's team are that country's offices.
pub fn organizations_of_heading_team(
    text: &str,
    sentences: &[Sentence],
    found: &Found,
    roles: &mut [RoleFact],
) {
    for role in roles.iter_mut().filter(|r| awaits_organization(r)) {
        if let Some((si, person)) = role_sentence(sentences, found, role) {
            role.organization =
                team_headed(text, &sentences[si].tokens, &found.by_sentence[si], &person);
        }
    }
}

/// Groups a country sends, whose heads hold its offices.
const NATIONAL_GROUPS: &[&str] = &["team", "delegation", "mission", "side", "group"];

/// The country whose team the person heads: "the <Nationality> team, headed by <title>
/// <name> and <title> <person>".
fn team_headed(
    text: &str,
    toks: &[Token],
    mentions: &[Mention],
    person: &Mention,
) -> Option<usize> {
    let at = |k: usize| toks.get(k).map(|t| t.span.of(text)).unwrap_or("");
    // Back from the name over titles, names and "and" of the list to "headed by".
    let mut k = person.tok_start;
    while k > 0 && (toks[k - 1].cap || at(k - 1) == "and" || at(k - 1) == ",") {
        k -= 1;
    }
    if k < 2 || at(k - 1) != "by" || !matches!(at(k - 2), "headed" | "led") {
        return None;
    }
    let mut g = k - 2;
    if g > 0 && at(g - 1) == "," {
        g -= 1;
    }
    if g == 0 || !NATIONAL_GROUPS.contains(&at(g - 1)) {
        return None;
    }
    mentions
        .iter()
        .find(|m| m.kind == EntityKind::Country && m.tok_end == g - 1)
        .map(|m| m.entity)
}

/// Words of a title that rank its holder, not name the office's field.
const RANK_WORDS: &[&str] = &[
    "of",
    "for",
    "the",
    "deputy",
    "vice",
    "assistant",
    "chief",
    "senior",
    "junior",
    "acting",
    "under",
    "general",
    "executive",
    "managing",
    "first",
    "second",
    "principal",
    "associate",
    "special",
    "former",
    "state",
];

/// Heads of a government body's name, the kind of body a portfolio is run from.
const PORTFOLIO_BODIES: &[&str] = &[
    "department",
    "ministry",
    "commission",
    "office",
    "agency",
    "board",
    "bureau",
    "authority",
    "service",
    "administration",
];

/// "The Banking Commission is reviewing …, banking commissioner Robert Fell said": a
/// role with no organization whose field words all name one government body of its
/// sentence is that body's. (Named only in another sentence, the body is the reader's
/// inference, not what the text states.)
pub fn organizations_named_by_portfolio(found: &mut Found, roles: &mut [RoleFact]) {
    for role in roles.iter_mut().filter(|r| awaits_organization(r)) {
        let field: Vec<String> = role
            .role
            .split_whitespace()
            .map(str::to_lowercase)
            .filter(|w| !lexicon::is_title_head(w) && !lexicon::is_in(RANK_WORDS, w))
            .collect();
        if field.is_empty() {
            continue;
        }
        let mut bodies = (0..found.len()).filter(|&o| {
            let e = found.entity(o);
            let words: Vec<String> = e.name.split_whitespace().map(str::to_lowercase).collect();
            e.kind == EntityKind::Organization
                && words.iter().any(|w| lexicon::is_in(PORTFOLIO_BODIES, w))
                && field.iter().all(|f| words.contains(f))
                && e.mentions.iter().any(|&m| role.evidence.contains(m))
        });
        if let (Some(body), None) = (bodies.next(), bodies.next()) {
            role.organization = Some(body);
            found.entity_mut(body).acts = true;
        }
    }
}

/// "Finance Minister Edouard Balladur", "President Reagan": a role stated with no
/// organization takes the country of the office the bulk data records for the person,
/// when every person of that name (or of that surname and initial, spellings differ)
/// holding a
/// fitting office around the article's year held it for one and the same country. The
/// text gives the role; the data only says whose it is. No year, no completion: an
/// office held once is no evidence of the one meant now.
pub fn offices_from_bulk_data(found: &mut Found, roles: &mut [RoleFact], year: Option<i32>) {
    let Some(year) = year else {
        return;
    };
    let g = gazetteer();
    let year_of = |d: &Option<String>| d.as_deref().and_then(|d| d.get(..4)?.parse::<i32>().ok());
    for role in roles.iter_mut().filter(|r| awaits_organization(r)) {
        let name = found.entity(role.person).name.clone();
        let mut people = g.people(&name);
        if people.is_empty() {
            // "Sergei Lavrov" recorded as "Sergey Lavrov": the surname, and the given
            // name's initial when the text gives one.
            let surname = name.rsplit(' ').next().unwrap_or(&name);
            let initial = name.contains(' ').then(|| name.chars().next()).flatten();
            people = g
                .people_by_surname(surname)
                .into_iter()
                .filter(|p| initial.is_none_or(|i| p.name.starts_with(i)))
                .collect();
        }
        let countries: BTreeSet<&str> = people
            .iter()
            .flat_map(|p| &p.positions)
            .filter(|o| {
                offices::role_fits(&role.role, &o.label)
                    && year_of(&o.start).is_some_and(|s| s <= year + 1)
                    && year_of(&o.end).is_none_or(|e| year <= e + 1)
            })
            .filter_map(|o| o.country_qid.as_deref())
            .collect();
        let [qid] = countries.into_iter().collect::<Vec<_>>()[..] else {
            continue;
        };
        let Some(country) = g.country_by_qid(qid) else {
            continue;
        };
        let o = found.ensure_country(&country.iso2, &country.name);
        role.organization = Some(o);
        found.entity_mut(o).acts = true;
    }
}
