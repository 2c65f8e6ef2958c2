//! Named-entity recognition: persons, organizations, countries and places.
//!
//! Capitalized runs of tokens are cut into pieces — gazetteer matches (countries with
//! their demonyms and codes, international organizations, places, known people), titles,
//! and names recognized by shape (given name + surname, a title before a name, an
//! organization head noun at the end, an acronym). Within the article, a surname alone
//! ("Stoltenberg") refers back to the person introduced in full.

use std::collections::{HashMap, HashSet};

use super::lexicon;
use super::{Entity, EntityKind, Sentence};
use crate::gazetteer::{Organization, PlaceKind, gazetteer};
use crate::tagger::{TagKind, Tagger};
use crate::text::{Span, Token, fold_key};

/// A recognized mention in a sentence.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Mention {
    pub entity: usize,
    pub kind: EntityKind,
    pub span: Span,
    /// Token range in the sentence.
    pub tok_start: usize,
    pub tok_end: usize,
    /// Tokens of a title right before a person's name, inside the same capitalized run.
    pub title: Option<(usize, usize)>,
}

/// The article's entities and where each sentence mentions them.
#[derive(Debug, Default)]
pub struct Found {
    entities: Vec<Entity>,
    by_key: HashMap<(EntityKind, String), usize>,
    /// Per sentence, mentions in text order.
    pub by_sentence: Vec<Vec<Mention>>,
    /// The article is a sports report (see [`is_sports_report`]).
    pub sports_report: bool,
}

impl Found {
    pub fn entity(&self, i: usize) -> &Entity {
        &self.entities[i]
    }
    pub fn entity_mut(&mut self, i: usize) -> &mut Entity {
        &mut self.entities[i]
    }
    pub fn len(&self) -> usize {
        self.entities.len()
    }
    pub fn is_empty(&self) -> bool {
        self.entities.is_empty()
    }
    pub fn into_entities(self) -> Vec<Entity> {
        self.entities
    }

    /// Find or add the entity `name` of `kind`; returns its index.
    pub fn intern(&mut self, kind: EntityKind, name: &str, key: String, span: Span) -> usize {
        if let Some(&i) = self.by_key.get(&(kind, key.clone())) {
            self.merge(i, name, span);
            return i;
        }
        let i = self.entities.len();
        self.entities.push(Entity {
            kind,
            name: name.to_string(),
            aliases: Vec::new(),
            country_code: None,
            mentions: vec![span],
            acts: false,
            district: false,
            within: Vec::new(),
        });
        self.by_key.insert((kind, key), i);
        i
    }

    /// Record a mention of entity `i` under the surface form `name`: the fuller form
    /// becomes the name (countries keep theirs), the other an alternative label.
    fn merge(&mut self, i: usize, name: &str, span: Span) {
        let e = &mut self.entities[i];
        let kind = e.kind;
        if e.name != name && !e.aliases.iter().any(|a| a == name) {
            if name.len() > e.name.len() && kind != EntityKind::Country {
                let old = std::mem::replace(&mut e.name, name.to_string());
                e.aliases.push(old);
            } else {
                e.aliases.push(name.to_string());
            }
        }
        e.mentions.push(span);
        // The form just seen finds this entity again by its own key too.
        if kind == EntityKind::Person {
            self.add_key(kind, fold_key(name), i);
        }
    }

    /// The country entity for `iso2`, added without a mention if the article has none.
    pub fn ensure_country(&mut self, iso2: &str, name: &str) -> usize {
        if let Some(&i) = self.by_key.get(&(EntityKind::Country, iso2.to_string())) {
            return i;
        }
        let i = self.entities.len();
        self.entities.push(Entity {
            kind: EntityKind::Country,
            name: name.to_string(),
            aliases: Vec::new(),
            country_code: Some(iso2.to_string()),
            mentions: Vec::new(),
            acts: false,
            district: false,
            within: Vec::new(),
        });
        self.by_key
            .insert((EntityKind::Country, iso2.to_string()), i);
        i
    }

    fn add_key(&mut self, kind: EntityKind, key: String, i: usize) {
        self.by_key.entry((kind, key)).or_insert(i);
    }

    /// Entities of `kind` matching `fits`, when exactly one does.
    fn only_one(&self, kind: EntityKind, fits: impl Fn(&Entity) -> bool) -> Option<usize> {
        let mut hits = (0..self.entities.len())
            .filter(|&i| self.entities[i].kind == kind && fits(&self.entities[i]));
        match (hits.next(), hits.next()) {
            (Some(i), None) => Some(i),
            _ => None,
        }
    }

    /// The one person whose given name is `key`, when nobody bears it as a surname.
    fn person_by_given_name(&self, key: &str) -> Option<usize> {
        let words = |e: &Entity| e.name.split_whitespace().map(fold_key).collect::<Vec<_>>();
        let surname = self.entities.iter().any(|e| {
            let w = words(e);
            e.kind == EntityKind::Person && w.len() >= 2 && w.last().is_some_and(|l| l == key)
        });
        if surname {
            return None;
        }
        self.only_one(EntityKind::Person, |e| {
            let w = words(e);
            w.len() >= 2 && w[0] == key
        })
    }

    /// The person whose surname (or given name + surname) is `key`, when exactly one fits.
    fn person_by_part(&self, part_key: &str) -> Option<usize> {
        self.only_one(EntityKind::Person, |e| {
            crate::text::surname_key(&e.name) == part_key
        })
    }
}

/// Is `acronym` (one all-capitals word) made of the initials of `name`'s capitalized
/// words, a word in capitals giving itself ("UKIP" ← "UK Independence Party")?
fn is_acronym_of(acronym: &str, name: &str) -> bool {
    let letters: String = acronym.chars().filter(|c| c.is_alphabetic()).collect();
    if letters.len() < 2
        || acronym.contains(' ')
        || !letters.chars().all(|c| c.is_uppercase())
        || !name.contains(' ')
    {
        return false;
    }
    let initials = |words: &[&str]| -> String {
        words
            .iter()
            .filter(|w| w.chars().next().is_some_and(char::is_uppercase))
            .map(|w| {
                // ("U.S." gives "US".)
                let dotted = w.contains('.') && w.chars().all(|c| c.is_uppercase() || c == '.');
                if w.len() >= 2 && w.chars().all(|c| c.is_uppercase()) || dotted {
                    w.chars().filter(|c| c.is_alphabetic()).collect()
                } else {
                    w.chars().next().map(String::from).unwrap_or_default()
                }
            })
            .collect()
    };
    let words: Vec<&str> = name.split([' ', '-']).collect();
    if initials(&words) == letters {
        return true;
    }
    // "GM" ← "General Motors Corp": nor is a company's legal form.
    let bare = words.len()
        - words
            .iter()
            .rev()
            .take_while(|w| lexicon::is_designator_tail(&[w]))
            .count();
    if bare >= 2 && bare < words.len() && initials(&words[..bare]) == letters {
        return true;
    }
    // "FDA" ← "U.S. Food and Drug Administration": the country the name opens with is
    // no part of the acronym.
    let start = words
        .iter()
        .position(|w| !(w.contains('.') || gazetteer().country(w).is_some()))
        .unwrap_or(words.len());
    if start > 0 && words.len() - start >= 2 && initials(&words[start..]) == letters {
        return true;
    }
    // "USDA" ← "U.S. Agriculture Department": the acronym of the body's formal name,
    // its head before its portfolio ("Department of Agriculture").
    let Some(head) = words
        .iter()
        .rposition(|w| matches!(*w, "Department" | "Ministry" | "Office"))
    else {
        return false;
    };
    if start >= head {
        return false;
    }
    let formal: Vec<&str> = words[..start]
        .iter()
        .chain([&words[head]])
        .chain(&words[start..head])
        .chain(&words[head + 1..])
        .copied()
        .collect();
    initials(&formal) == letters
}

/// Are the letters of `acronym` those of `name` in order, from its first ("VW" ←
/// "Volkswagen AG", "ICO" ← "International Coffee Organization")?
fn abbreviates(acronym: &str, name: &str) -> bool {
    let mut letters = acronym
        .chars()
        .filter(|c| c.is_alphabetic())
        .map(|c| c.to_ascii_lowercase());
    let mut rest = name.chars().map(|c| c.to_ascii_lowercase());
    let (Some(first), Some(name_first)) = (letters.next(), rest.next()) else {
        return false;
    };
    first == name_first
        && acronym.chars().filter(|c| c.is_alphabetic()).count() >= 2
        && letters.all(|l| rest.any(|c| c == l))
}

/// Do the words of `long` end with all the words of `short` (case-folded)?
fn ends_with_words(long: &str, short: &str) -> bool {
    let l: Vec<String> = long.split_whitespace().map(fold_key).collect();
    let s: Vec<String> = short.split_whitespace().map(fold_key).collect();
    s.len() < l.len() && l.ends_with(&s)
}

/// A piece of a capitalized run.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Piece {
    Country(usize),
    Org,
    Place,
    Person,
    Title,
    Unknown,
    Skip,
}

/// Recognize the entities of an article.
pub fn recognize(text: &str, sentences: &[Sentence]) -> Found {
    let mut found = Found::default();
    // First pass: people named in full anywhere in the article, so that a surname
    // alone earlier in the text (a headline) still resolves.
    // Words the article also writes in lower case are common nouns, not names, when
    // they turn up capitalized ("General Election" beside "the election").
    let mut common: HashSet<String> = HashSet::new();
    for s in sentences {
        for t in &s.tokens {
            let w = t.span.of(text);
            if w.chars().next().is_some_and(char::is_lowercase) {
                common.insert(w.to_string());
            }
        }
    }
    let mut plans: Vec<Vec<(usize, usize, Piece)>> = Vec::with_capacity(sentences.len());
    for s in sentences {
        plans.push(plan_sentence(text, s, &common));
    }
    join_bracketed_given_names(text, sentences, &mut plans);
    join_comma_partnerships(text, sentences, &mut plans);
    join_partners_standing_for_their_firm(text, sentences, &mut plans);
    join_possessive_company_names(text, sentences, &mut plans);
    companies_speaking_as_it(text, sentences, &common, &mut plans);
    type_alike_names(text, sentences, &mut plans);
    correct_person_pieces(text, sentences, &mut plans);
    split_person_of_country(text, sentences, &mut plans);
    drop_bare_generic_heads(text, sentences, &mut plans);
    untype_towns_with_an_article(text, sentences, &mut plans);
    compass_quarters(text, sentences, &mut plans);
    rounds_named_after_places(text, sentences, &mut plans);
    acronyms_of_things(text, sentences, &mut plans);
    split_portfolios(text, sentences, &mut plans);
    for (si, s) in sentences.iter().enumerate() {
        for &(a, b, p) in &plans[si] {
            if p == Piece::Person && b - a >= 2 {
                let span = Span::new(s.tokens[a].span.start, s.tokens[b - 1].span.end);
                add_person(&mut found, text, span);
            }
        }
    }
    // A name that one sentence shows to be an organization ("Labour MPs") is one
    // wherever the article uses it ("Labour said").
    for (si, s) in sentences.iter().enumerate() {
        for &(a, b, p) in &plans[si] {
            if p == Piece::Unknown
                && (corporate_context(text, &s.tokens, &common, a, b)
                    || speaks_as_it(text, &s.tokens, &common, a, b))
            {
                let span = Span::new(s.tokens[a].span.start, s.tokens[b - 1].span.end);
                if found.person_by_part(&fold_key(span.of(text))).is_none() {
                    add_org(&mut found, span.of(text), span);
                }
            }
        }
    }
    // Acronyms defined in brackets anywhere in the article name their organization
    // everywhere in it, before or after the definition.
    let mut defined: HashSet<String> = HashSet::new();
    let mut initials_defined: HashSet<String> = HashSet::new();
    for (si, s) in sentences.iter().enumerate() {
        for &(a, b, p) in &plans[si] {
            let t = &s.tokens;
            // ("Volkswagen AG <VOWG.F>, VW, is due to": set off by commas, when its
            // letters are the name's, in order.)
            // ("General Motors Corp <GM>": a wire story's stock ticker in angle
            // brackets is the company's, too.)
            let bracketed = b + 2 < t.len()
                && t[b + 1].acronym
                && match (t[b].span.of(text), t[b + 2].span.of(text)) {
                    ("(", ")") => true,
                    ("<", ">") => t[b + 1].span.of(text).chars().count() >= 2,
                    _ => false,
                };
            let set_off = b + 2 < t.len()
                && t[b].span.of(text) == ","
                && t[b + 1].acronym
                && t[b + 2].span.of(text) == ","
                && abbreviates(
                    t[b + 1].span.of(text),
                    &text[t[a].span.start..t[b - 1].span.end],
                );
            if p == Piece::Org && (bracketed || set_off) {
                let span = Span::new(t[a].span.start, t[b - 1].span.end);
                let i = add_org(&mut found, span.of(text), span);
                let acr = t[b + 1].span.of(text);
                defined.insert(acr.to_string());
                let first = |w: &str| w.chars().find(|c| c.is_alphanumeric());
                if first(acr)
                    .zip(first(t[a].span.of(text)))
                    .is_some_and(|(x, y)| x == y)
                {
                    initials_defined.insert(acr.to_string());
                }
                found.add_key(EntityKind::Organization, org_key(acr), i);
                found.add_key(EntityKind::Organization, fold_key(acr), i);
                if !found.entities[i].aliases.iter().any(|x| x == acr) {
                    found.entities[i].aliases.push(acr.to_string());
                }
            }
        }
    }
    // ("said ISM chairman Norbert Ore": a defined acronym the first pass left out of
    // every piece is still its organization; and "at ICO talks here", after
    // "International Coffee Organization (ICO)", is no place the statistical tagger
    // may make of it. Only an acronym that starts like its name: "BOT International
    // (HK) Ltd" names where a branch is.)
    for (s, plan) in sentences.iter().zip(plans.iter_mut()) {
        for (k, t) in s.tokens.iter().enumerate() {
            if !t.acronym || !defined.contains(t.span.of(text)) {
                continue;
            }
            if let Some(p) = plan.iter_mut().find(|p| p.0 == k && p.1 == k + 1) {
                if initials_defined.contains(t.span.of(text)) {
                    p.2 = Piece::Org;
                }
            } else if !plan.iter().any(|p| p.0 <= k && k < p.1) {
                let at = plan.partition_point(|p| p.0 < k);
                plan.insert(at, (k, k + 1, Piece::Org));
            }
        }
    }
    for e in &mut found.entities {
        e.mentions.clear();
    }
    // Words of the article's longer names ("Rogers Corp", "Handy and Harman"): one of
    // them alone is that name's short form before it is anyone's surname.
    let words_of_names: HashSet<String> = sentences
        .iter()
        .zip(&plans)
        .flat_map(|(s, plan)| {
            plan.iter()
                .filter(|p| p.1 - p.0 >= 2 && p.2 != Piece::Person)
                .flat_map(move |p| (p.0..p.1).map(move |i| fold_key(s.tokens[i].span.of(text))))
        })
        .collect();
    let sports_report = is_sports_report(text, sentences);
    found.sports_report = sports_report;
    for (si, s) in sentences.iter().enumerate() {
        let mut out = Vec::new();
        let plan = &plans[si];
        for (pi, &(a, b, piece)) in plan.iter().enumerate() {
            let mut span = Span::new(s.tokens[a].span.start, s.tokens[b - 1].span.end);
            // "Miami-based": the mention is the place's name only.
            if piece == Piece::Place
                && let Some(seat) = span.of(text).strip_suffix("-based")
            {
                span = Span::new(span.start, span.start + seat.len());
            }
            let surface = span.of(text);
            let title = if pi > 0 && plan[pi - 1].2 == Piece::Title && plan[pi - 1].1 == a {
                Some((plan[pi - 1].0, plan[pi - 1].1))
            } else {
                None
            };
            let entity = match piece {
                // ("Health Secretary Dr. John Reid": the honorific alone names no one.)
                Piece::Person if lexicon::is_in(lexicon::HONORIFICS, surface) => None,
                Piece::Person => Some((add_person(&mut found, text, span), EntityKind::Person)),
                Piece::Country(_) => add_country(&mut found, surface, span),
                Piece::Org => Some((add_org(&mut found, surface, span), EntityKind::Organization)),
                Piece::Place => match gazetteer().country(surface) {
                    Some(_) => add_country(&mut found, surface, span),
                    None => {
                        let key = fold_key(surface);
                        Some((
                            found.intern(EntityKind::Place, surface, key, span),
                            EntityKind::Place,
                        ))
                    }
                },
                Piece::Unknown => {
                    // A lone surname of someone named in full in this article.
                    let key = fold_key(surface);
                    match found.person_by_part(&key) {
                        Some(i) => {
                            found.entities[i].mentions.push(span);
                            Some((i, EntityKind::Person))
                        }
                        // A name nobody in the article bears, speaking or traded as a
                        // company is: "WorldCom said", "shares in Porsche".
                        None if corporate_context(text, &s.tokens, &common, a, b)
                            || speaks_as_it(text, &s.tokens, &common, a, b)
                            || found
                                .by_key
                                .contains_key(&(EntityKind::Organization, org_key(surface))) =>
                        {
                            Some((add_org(&mut found, surface, span), EntityKind::Organization))
                        }
                        // "Citibank", "Hypobank": one word built on "bank" names
                        // a bank.
                        None if b == a + 1 && bank_compound(surface) => {
                            Some((add_org(&mut found, surface, span), EntityKind::Organization))
                        }
                        None if lone_surname_speaker(text, &s.tokens, a, b)
                            && !words_of_names.contains(&key) =>
                        {
                            Some((add_person(&mut found, text, span), EntityKind::Person))
                        }
                        None => None,
                    }
                }
                Piece::Title | Piece::Skip => None,
            };
            if let Some((entity, kind)) = entity {
                out.push(Mention {
                    entity,
                    kind,
                    span,
                    tok_start: a,
                    tok_end: b,
                    title,
                });
            }
        }
        define_acronyms(text, s, &mut out, &mut found);
        for m in drop_sports_teams(text, s, sports_report, &mut out) {
            found.entities[m.entity].mentions.retain(|&x| x != m.span);
        }
        for m in &out {
            if electoral_district(text, s, m) {
                found.entities[m.entity].district = true;
            }
        }
        for (m, code) in places_with_their_country(text, s, &out, &found) {
            let within = &mut found.entities[m].within;
            if !within.contains(&code) {
                within.push(code);
            }
        }
        found.by_sentence.push(out);
    }
    company_short_names(text, sentences, &mut found);
    found
}

/// One capitalized word compounded on "bank" ("Citibank", "Hypobank"), that no
/// gazetteer knows as a place or surname ("Fairbank"). (Not "-banken": Norwegian
/// shoals are named so too, "the Haltenbanken tract".)
fn bank_compound(word: &str) -> bool {
    let lower = word.to_lowercase();
    let stem = lower.strip_suffix("bank");
    let g = gazetteer();
    word.chars().next().is_some_and(char::is_uppercase)
        && word.chars().skip(1).all(char::is_lowercase)
        && stem.is_some_and(|s| s.chars().count() >= 3 && s.chars().all(char::is_alphabetic))
        && g.places(word).is_empty()
        && g.people_by_surname(word).is_empty()
        && g.given_name_count(word) == 0
}

/// Is the one word `short` the first word of the company name `long` ("Aston", "Aston
/// Martin", "Kendal Motors")? Not of a public body's name ("House Intelligence
/// Committee", "Soviet Union"), nor a country or nationality ("British Airways"),
/// where the first word names something else.
fn is_company_short_name(short: &str, long: &str) -> bool {
    let rest: Vec<&str> = long.split_whitespace().skip(1).collect();
    let g = gazetteer();
    !short.contains(' ')
        && long.split_whitespace().next().map(fold_key) == Some(fold_key(short))
        && !rest.is_empty()
        && !rest
            .iter()
            .any(|w| lexicon::is_in(lexicon::INSTITUTION_HEADS, w) || lexicon::is_function_word(w))
        && g.country(short).is_none()
        && !g.is_demonym(short)
        // ("BBC" beside "BBC Radio 4", "BBC One": a broadcaster beside its station.)
        && !matches!(
            rest[0],
            "Radio" | "Television" | "TV" | "World" | "One" | "Two" | "Three" | "Four"
        )
}

/// "Aston's chief executive", "new Aston models" beside "Aston Martin": the first word
/// of a company's name, alone, is the company's short name, though a town bears it too.
/// Not where the text uses it as a place ("the factory in Aston", a dateline), nor for
/// a large city.
fn company_short_names(text: &str, sentences: &[Sentence], found: &mut Found) {
    let g = gazetteer();
    for p in 0..found.entities.len() {
        let place = &found.entities[p];
        if place.kind != EntityKind::Place
            || place.mentions.is_empty()
            || place.name.contains(' ')
            || g.places(&place.name)
                .first()
                .is_some_and(|x| x.population >= 1_000_000)
        {
            continue;
        }
        let Some(org) = found.only_one(EntityKind::Organization, |e| {
            is_company_short_name(&place.name, &e.name)
        }) else {
            continue;
        };
        let used_as_place = found.by_sentence.iter().zip(sentences).any(|(ms, s)| {
            ms.iter().any(|m| {
                m.entity == p
                    && ((m.tok_start > 0 && is_locative(s.tokens[m.tok_start - 1].span.of(text)))
                        // "MIAMI, March 22 -" beside "the Miami Herald": a wire's
                        // dateline is where the story is filed.
                        || (m.tok_start == 0
                            && crate::ingest::dateline_len(s.span.of(text)).is_some()))
            })
        });
        if used_as_place {
            continue;
        }
        for m in found.by_sentence.iter_mut().flatten() {
            if m.entity == p {
                m.entity = org;
                m.kind = EntityKind::Organization;
            }
        }
        let spans = std::mem::take(&mut found.entities[p].mentions);
        let short = found.entities[p].name.clone();
        let o = &mut found.entities[org];
        o.mentions.extend(spans);
        o.mentions.sort_by_key(|s| s.start);
        if !o.aliases.contains(&short) {
            o.aliases.push(short);
        }
    }
}

/// The folded text of tokens `a..b` of a sentence: how a piece is known across the
/// article's sentences.
fn piece_key(text: &str, s: &Sentence, a: usize, b: usize) -> String {
    fold_key(&text[s.tokens[a].span.start..s.tokens[b - 1].span.end])
}

/// "Kestrel Boerse said it held talks": two capitalized words shaped like a person's
/// name that speak of themselves as "it" are a company, when the first is no given
/// name ("John Hale said it was difficult" keeps its dummy "it" and its person).
fn companies_speaking_as_it(
    text: &str,
    sentences: &[Sentence],
    common: &HashSet<String>,
    plans: &mut [Vec<(usize, usize, Piece)>],
) {
    let g = gazetteer();
    for (s, plan) in sentences.iter().zip(plans.iter_mut()) {
        for piece in plan.iter_mut() {
            let (a, b, p) = *piece;
            if p == Piece::Person
                && g.given_name_count(s.tokens[a].span.of(text)) == 0
                && speaks_as_it(text, &s.tokens, common, a, b)
            {
                piece.2 = Piece::Org;
            }
        }
    }
}

/// One name, one type within an article: a name left untyped in one sentence takes
/// the type it has elsewhere in the article ("Pfizer" in a headline, typed by its
/// context in the body), when every typed use of it agrees. Event participants and
/// evidence count mentions, so every mention needs its type.
fn type_alike_names(text: &str, sentences: &[Sentence], plans: &mut [Vec<(usize, usize, Piece)>]) {
    let surface = |s: &Sentence, a: usize, b: usize| piece_key(text, s, a, b);
    let mut typed: HashMap<String, Option<Piece>> = HashMap::new();
    // Names of two or more words that a company's name opens before its legal form.
    let mut designated: HashSet<String> = HashSet::new();
    // Of those, the ones followed by nothing but one legal-form word ("American
    // Motors" of "American Motors Corp"; not "New York" of "New York Life Insurance
    // Co"), and no place's name.
    let mut short_forms: HashSet<String> = HashSet::new();
    let mut note = |key: String, p: Piece| {
        typed
            .entry(key)
            .and_modify(|t| {
                if *t != Some(p) {
                    *t = None;
                }
            })
            .or_insert(Some(p));
    };
    for (s, plan) in sentences.iter().zip(plans.iter()) {
        for &(a, b, p) in plan {
            if matches!(p, Piece::Org | Piece::Place) {
                note(surface(s, a, b), p);
            }
            // "Velmar Computer Inc" … "Velmar": a company's name without the words
            // ending in its designator is the company too.
            if p == Piece::Org {
                for end in a + 1..b {
                    let tail: Vec<&str> =
                        s.tokens[end..b].iter().map(|t| t.span.of(text)).collect();
                    if lexicon::is_designator_tail(&tail) {
                        note(surface(s, a, end), Piece::Org);
                        if end - a >= 2 {
                            designated.insert(surface(s, a, end));
                            let words = &text[s.tokens[a].span.start..s.tokens[end - 1].span.end];
                            if end + 1 == b
                                && gazetteer().places(words).is_empty()
                                && gazetteer().country(words).is_none()
                            {
                                short_forms.insert(surface(s, a, end));
                            }
                        }
                    }
                }
            }
        }
    }
    for (s, plan) in sentences.iter().zip(plans.iter_mut()) {
        // "Technimed said it has entered into talks" beside "Technimed Corp": a
        // sentence's first word that reads like a verb form ("-ed") was left out of
        // every piece; a company's short name it is.
        if let Some(first) = s.tokens.iter().position(|t| t.word)
            && s.tokens[first].cap
            && !s.tokens.get(first + 1).is_some_and(|t| t.cap && t.word)
            && typed.get(&surface(s, first, first + 1)) == Some(&Some(Piece::Org))
        {
            let covering = plan.iter().position(|p| p.0 <= first && first < p.1);
            match covering {
                None => {
                    let at = plan.partition_point(|p| p.0 < first);
                    plan.insert(at, (first, first + 1, Piece::Org));
                }
                Some(i) if plan[i] == (first, first + 1, Piece::Skip) => {
                    plan[i].2 = Piece::Org;
                }
                Some(_) => {}
            }
        }
        // "American Motors' board" beside "American Motors Corp": the words of a
        // company's name before its legal form are the company, though a nationality
        // opens them and the rest was left as a word of its own.
        let mut k = 0;
        while k < plan.len() {
            let a = plan[k].0;
            let whole = (2..=4).map(|n| a + n).find(|&b| {
                b <= s.tokens.len()
                    && plan[k].1 <= b
                    && short_forms.contains(&surface(s, a, b))
                    && !s
                        .tokens
                        .get(b)
                        .is_some_and(|t| t.cap && lexicon::is_designator_tail(&[t.span.of(text)]))
                    && plan
                        .iter()
                        .all(|p| p.1 <= a || p.0 >= b || (p.0 >= a && p.1 <= b))
            });
            if let Some(b) = whole
                && !(plan[k].1 == b && plan[k].2 == Piece::Org)
            {
                plan.retain(|p| p.1 <= a || p.0 >= b);
                let at = plan.partition_point(|p| p.0 < a);
                plan.insert(at, (a, b, Piece::Org));
                k = at;
            }
            k += 1;
        }
        for piece in plan.iter_mut() {
            if piece.2 == Piece::Unknown
                && let Some(Some(t)) = typed.get(&surface(s, piece.0, piece.1))
            {
                piece.2 = *t;
            }
            // "Maple Leaf had sales of …" beside "Maple Leaf Mills Ltd": what reads as a
            // given name and a surname is the company's short name.
            if piece.2 == Piece::Person
                && piece.1 - piece.0 >= 2
                && designated.contains(&surface(s, piece.0, piece.1))
            {
                piece.2 = Piece::Org;
            }
        }
    }
}

/// A person's piece of two words or more: a name in full.
fn full_person(p: &(usize, usize, Piece)) -> bool {
    p.2 == Piece::Person && p.1 - p.0 >= 2
}

/// The folded word at token `at(piece)` of every piece of the article that `keep`
/// takes: the surnames of its people, the first words of its companies.
fn piece_words(
    text: &str,
    sentences: &[Sentence],
    plans: &[Vec<(usize, usize, Piece)>],
    keep: impl Fn(&Sentence, &(usize, usize, Piece)) -> bool,
    at: impl Fn(&(usize, usize, Piece)) -> usize,
) -> HashSet<String> {
    sentences
        .iter()
        .zip(plans)
        .flat_map(|(s, plan)| {
            plan.iter()
                .filter(|p| keep(s, p))
                .map(|p| fold_key(s.tokens[at(p)].span.of(text)))
                .collect::<Vec<_>>()
        })
        .collect()
}

/// "Moody's Investors Service Inc", "Standard and Poor's Corp", "McDonald's Corp": a
/// company whose name holds a possessive, up to its legal form. Not where the
/// possessor is a place, a nation, a company or a person the article names in full
/// ("Britain's ICI Plc", "Chevron's Chevron USA Inc", "Rupert Murdoch … Murdoch's
/// News Corp").
fn join_possessive_company_names(
    text: &str,
    sentences: &[Sentence],
    plans: &mut [Vec<(usize, usize, Piece)>],
) {
    let g = gazetteer();
    let surnames = piece_words(text, sentences, plans, |_, p| full_person(p), |p| p.1 - 1);
    // First words of the article's company names ("Alleghany" of "Alleghany Corp"):
    // "Alleghany's MSL Industries Inc" is the company's unit.
    let parents = piece_words(
        text,
        sentences,
        plans,
        |_, p| p.2 == Piece::Org && p.1 - p.0 >= 2,
        |p| p.0,
    );
    for (s, plan) in sentences.iter().zip(plans.iter_mut()) {
        let t = &s.tokens;
        let word = |i: usize| t.get(i).map(|x| x.span.of(text)).unwrap_or("");
        let mut i = 0;
        while i < plan.len() {
            let (pa, pb, pp) = plan[i];
            let possessor = word(pa);
            // The name after the possessive: capitalized words up to a legal form.
            let mut b = pb + 1;
            while t.get(b).is_some_and(|x| x.cap && x.word) && b < pb + 6 {
                b += 1;
            }
            let joins = pb == pa + 1
                && matches!(word(pb), "'s" | "’s")
                && b > pb + 1
                && lexicon::is_designator_tail(&[word(b - 1)])
                && t[pa].cap
                && !t[pa].acronym
                // ("Alleghany's MSL Industries Inc", "Chevron's Chevron USA Inc": a
                // company's unit.)
                && matches!(pp, Piece::Unknown | Piece::Person | Piece::Org)
                && g.organizations(possessor).is_empty()
                && word(pb + 1) != possessor
                && plan[i + 1..]
                    .iter()
                    .take_while(|x| x.0 < b)
                    .all(|x| x.1 <= b && matches!(x.2, Piece::Unknown | Piece::Org | Piece::Skip))
                && g.country(possessor).is_none()
                && g.places(possessor).is_empty()
                && !g.is_demonym(possessor)
                && !surnames.contains(&fold_key(possessor))
                && !parents.contains(&fold_key(possessor));
            if !joins {
                i += 1;
                continue;
            }
            // ("Standard and Poor's Corp": a partner before "and" too.)
            let (mut first, mut start) = (i, pa);
            let mut k = i;
            if k >= 1 && plan[k - 1] == (pa.saturating_sub(1), pa, Piece::Skip) {
                k -= 1;
            }
            // (The partner before "and" is a name of one word, of whatever type.)
            if k >= 1
                && pa >= 2
                && word(pa - 1) == "and"
                && plan[k - 1] == (pa - 2, pa - 1, plan[k - 1].2)
                && t[pa - 2].cap
                && !t[pa - 2].acronym
            {
                first = k - 1;
                start = pa - 2;
            }
            let last = i + plan[i + 1..].iter().take_while(|x| x.0 < b).count();
            plan[first] = (start, b, Piece::Org);
            plan.drain(first + 1..=last);
            i = first + 1;
        }
    }
}

/// "Goldman, Sachs and Co", "Kidder, Peabody and Co Inc", "Holt, Rinehart and Winston
/// Inc": a partnership's name lists its partners with a comma before "and"; the partner
/// before the comma is part of the firm's name, not a name of its own. (Only a lone capitalized word before
/// the comma and a lone one before "and": "IBM, Goldman Sachs and Co" are two.)
fn join_comma_partnerships(
    text: &str,
    sentences: &[Sentence],
    plans: &mut [Vec<(usize, usize, Piece)>],
) {
    for (s, plan) in sentences.iter().zip(plans.iter_mut()) {
        let t = &s.tokens;
        let word = |i: usize| t.get(i).map(|x| x.span.of(text)).unwrap_or("");
        let mut i = 1;
        while i < plan.len() {
            let (a, b, p) = plan[i];
            let (pa, pb, pp) = plan[i - 1];
            // ("Holt, Rinehart and Winston Inc": partners, "and", a partner and a
            // legal form.)
            let partnership = p == Piece::Org
                && b >= a + 3
                && word(a + 1) == "and"
                && (matches!(word(a + 2), "Co" | "Co." | "Company" | "Sons")
                    || (b <= a + 5
                        && (a..b).all(|k| t[k].cap || word(k) == "and")
                        && lexicon::is_designator_tail(&[word(b - 1)])));
            let lone_partner = a >= 2
                && word(a - 1) == ","
                && pb == a - 1
                && pb == pa + 1
                && t[pa].cap
                && !t[pa].acronym
                && pp != Piece::Title;
            if partnership && lone_partner {
                plan[i - 1] = (pa, b, Piece::Org);
                plan.remove(i);
                continue;
            }
            // The same cut into pieces at its "and": "Holt", "Rinehart", "Winston Inc".
            let last = plan[i..]
                .iter()
                .take(3)
                .find(|&&(x, _, _)| x == b + 1)
                .copied();
            if let Some((_, zb, _)) = last
                && word(b) == "and"
                && lone_partner
                && b == a + 1
                && t[a].cap
                && zb <= b + 3
                && (b + 1..zb).all(|k| t[k].cap)
                && lexicon::is_designator_tail(&[word(zb - 1)])
            {
                plan.retain(|&(x, _, _)| x < pa || x >= zb);
                let at = plan.partition_point(|q| q.0 < pa);
                plan.insert(at, (pa, zb, Piece::Org));
                continue;
            }
            i += 1;
        }
    }
}

/// "purchased by Holt, Rinehart from CBS": the first two partners stand for the firm
/// the article names in full ("Holt, Rinehart and Winston Inc").
fn join_partners_standing_for_their_firm(
    text: &str,
    sentences: &[Sentence],
    plans: &mut [Vec<(usize, usize, Piece)>],
) {
    let firms: Vec<String> = sentences
        .iter()
        .zip(plans.iter())
        .flat_map(|(s, plan)| {
            plan.iter()
                .filter(|&&(a, b, p)| {
                    p == Piece::Org
                        && b > a + 2
                        && s.tokens.get(a + 1).is_some_and(|x| x.span.of(text) == ",")
                })
                .map(|&(a, b, _)| {
                    text[s.tokens[a].span.start..s.tokens[b - 1].span.end].to_string()
                })
        })
        .collect();
    if firms.is_empty() {
        return;
    }
    for (s, plan) in sentences.iter().zip(plans.iter_mut()) {
        let t = &s.tokens;
        let mut i = 1;
        while i < plan.len() {
            let (pa, pb, _) = plan[i - 1];
            let (a, b, _) = plan[i];
            let short = &text[t[pa].span.start..t[b - 1].span.end];
            if pb == pa + 1
                && a == pb + 1
                && b == a + 1
                && t[pb].span.of(text) == ","
                && firms.iter().any(|f| {
                    f.len() > short.len()
                        && f.starts_with(short)
                        && f[short.len()..].starts_with(' ')
                })
            {
                plan[i - 1] = (pa, b, Piece::Org);
                plan.remove(i);
                continue;
            }
            i += 1;
        }
    }
}

/// "(Brazilian Finance Minister Dilson) Funaro said": an editor's brackets inside a
/// quotation supply the title and the given name of a surname the speaker used alone.
/// The name in the brackets and the surname after them are one person.
fn join_bracketed_given_names(
    text: &str,
    sentences: &[Sentence],
    plans: &mut [Vec<(usize, usize, Piece)>],
) {
    for (s, plan) in sentences.iter().zip(plans.iter_mut()) {
        let t = &s.tokens;
        let word = |i: usize| t.get(i).map(|x| x.span.of(text)).unwrap_or("");
        let mut i = 0;
        while i < plan.len() {
            let (a, b, p) = plan[i];
            let opened = (0..a)
                .rev()
                .map(word)
                .take_while(|w| *w != ")")
                .any(|w| w == "(");
            let surname = b + 1;
            if matches!(p, Piece::Person | Piece::Unknown)
                && opened
                && word(b) == ")"
                && t.get(surname).is_some_and(|x| is_name_token(text, x))
                && !t[surname].acronym
                && (a..b).all(|k| t[k].cap)
            {
                let end = match plan.get(i + 1) {
                    // ("( Text ) Vyacheslav Chornovil": a full name after the brackets
                    // is a name of its own.)
                    Some(&(na, nb, Piece::Person | Piece::Unknown))
                        if na == surname && nb == surname + 1 =>
                    {
                        plan.remove(i + 1);
                        nb
                    }
                    Some(&(na, _, _)) if na == surname => {
                        i += 1;
                        continue;
                    }
                    _ => surname + 1,
                };
                plan[i] = (a, end, Piece::Person);
            }
            i += 1;
        }
    }
}

/// Person pieces a tagger got wrong by their own words: signs, titles or points of the
/// compass alone; a party's member or name beside the name ("Tory Liam Fox said",
/// "Blair Labour's longest-serving PM"); a month before a day ("President Felix
/// Houphouet-Boigny March 19-22"); a company's legal form or a word for a business
/// ("Raytheon Co", "Texaco Trading"). Corrected before anything else reads the pieces,
/// so no surname is learnt from them.
fn trim_person_pieces(
    text: &str,
    sentences: &[Sentence],
    plans: &mut [Vec<(usize, usize, Piece)>],
) {
    for (s, plan) in sentences.iter().zip(plans.iter_mut()) {
        for piece in plan.iter_mut() {
            if piece.2 != Piece::Person {
                continue;
            }
            // "&T" of "AT&T", "Officers said", "the South East": a piece opening on a
            // sign, a title alone, or points of the compass are no one's name.
            let first = s.tokens[piece.0].span.of(text);
            let alone = piece.1 - piece.0 == 1;
            let compass = (piece.0..piece.1).all(|i| {
                let w = s.tokens[i].span.of(text);
                COMPASS_POINTS.contains(&w)
                    || matches!(w, "North-East" | "North-West" | "South-East" | "South-West")
            });
            // ("the Criminal Justice Bill", "the Criminal Justice Act": a law's name after
            // a capitalized word, not a title and a given name.)
            let law = alone
                && matches!(first, "Bill" | "Act" | "Bills" | "Acts")
                && piece.0 > 0
                && s.tokens[piece.0 - 1].cap;
            // ("talks with Protestant and Roman Catholic officials": words describing
            // a group of people, not someone's name; a person's own people are "his
            // officials".)
            let describes_people = !alone
                && piece.0 > 0
                && s.tokens[piece.0 - 1].span.of(text) == "and"
                && s.tokens.get(piece.1).is_some_and(|t| {
                    let w = t.span.of(text);
                    !t.cap
                        && w.ends_with('s')
                        && (lexicon::singular_title(w).is_some()
                            || matches!(w, "leaders" | "officials" | "members" | "clergy"))
                });
            if !first.starts_with(char::is_alphabetic)
                || law
                || compass
                || describes_people
                || (alone
                    && (lexicon::is_title_head(first) || lexicon::singular_title(first).is_some())
                    && gazetteer().people_by_surname(first).is_empty())
            {
                piece.2 = Piece::Skip;
                continue;
            }
            // "Tory Liam Fox said", "Blair Labour's longest-serving PM": a party's
            // member or name beside a person's is not part of it.
            let party_word =
                |w: &str| lexicon::is_in(lexicon::PARTISANS, w) || matches!(w, "Labour" | "Tories");
            if piece.1 - piece.0 >= 3 && party_word(s.tokens[piece.0].span.of(text)) {
                piece.0 += 1;
            }
            if party_word(s.tokens[piece.1 - 1].span.of(text))
                && gazetteer()
                    .people_by_surname(s.tokens[piece.1 - 1].span.of(text))
                    .is_empty()
            {
                if piece.1 - piece.0 == 1 {
                    piece.2 = Piece::Skip;
                    continue;
                }
                piece.1 -= 1;
            }
            // "Vice-Premier Tian Jiyun", "Accountant Clarence Sampson": a title no one
            // has for a given name opens the role, not the name.
            if piece.1 - piece.0 >= 3
                && lexicon::is_title_word(s.tokens[piece.0].span.of(text))
                && gazetteer().given_name_count(s.tokens[piece.0].span.of(text)) == 0
            {
                piece.0 += 1;
            }
            // "Reagan Friday": a weekday after a name is the day of what it did.
            if piece.1 - piece.0 >= 2 && {
                let last = s.tokens[piece.1 - 1].span.of(text);
                last.len() > 4
                    && last.starts_with(char::is_uppercase)
                    && super::temporal::is_weekday_name(last)
            } {
                piece.1 -= 1;
            }
            // "President Felix Houphouet-Boigny March 19-22": a month before a day ends
            // the name.
            if piece.1 - piece.0 >= 3
                && is_month_name(s.tokens[piece.1 - 1].span.of(text))
                && s.tokens
                    .get(piece.1)
                    .is_some_and(|t| t.span.of(text).starts_with(|c: char| c.is_ascii_digit()))
            {
                piece.1 -= 1;
            }
            // "Raytheon Co said", "Fried. Krupp GmbH said", "lead manager Banque Paribas
            // said": a company's legal form, or a bank's name in another language, ends
            // or opens no person's name.
            let last = s.tokens[piece.1 - 1].span.of(text);
            let first = s.tokens[piece.0].span.of(text);
            // "Norstar Bancorp", "Crestmont Federal Savings", "Texaco Trading": a
            // name ending in a word for a business or a body, which no office holder
            // in the bulk data has for a surname, is an organization's.
            let business_tail = (lexicon::is_org_head(&fold_key(last))
                || lexicon::is_in(lexicon::BUSINESS_HEADS, &fold_key(last)))
                && gazetteer().people_by_surname(last).is_empty();
            // "American Cyanamid", "Der Spiegel": a nationality word or a German article,
            // no one's given name, opens no person's name.
            let foreign_head = (gazetteer().is_demonym(first)
                || matches!(first, "Der" | "Die" | "Das"))
                && gazetteer().given_name_count(first) == 0
                && gazetteer().people_by_surname(first).is_empty();
            if piece.1 - piece.0 >= 2
                && (lexicon::is_in(lexicon::COMPANY_DESIGNATORS, &fold_key(last))
                    || business_tail
                    || foreign_head
                    || matches!(first, "Banque" | "Banco" | "Banca" | "Bank"))
            {
                piece.2 = Piece::Org;
                continue;
            }
            // "Management said": such a word alone is the short form of a body's name,
            // never a person's.
            if piece.1 - piece.0 == 1 && business_tail {
                piece.2 = Piece::Skip;
                continue;
            }
        }
    }
}

/// Person pieces that name something else. A law, a plan or a product ("Public Order
/// Act") is no name at all. A firm named after its founders ("Merrill Lynch", "George
/// Wimpey") reads as a person's name: where one use of the name in the article is typed
/// as an organization, or traded or analysed as only a company is ("shares in George
/// Wimpey", "analysts at Merrill Lynch", "Arthur Andersen's revenues"), every use of it
/// is the company, unless the bulk data knows it as a person.
fn correct_person_pieces(
    text: &str,
    sentences: &[Sentence],
    plans: &mut [Vec<(usize, usize, Piece)>],
) {
    trim_person_pieces(text, sentences, plans);
    let surface = |s: &Sentence, a: usize, b: usize| piece_key(text, s, a, b);
    let mut firms: HashSet<String> = HashSet::new();
    for (s, plan) in sentences.iter().zip(plans.iter()) {
        for &(a, b, p) in plan {
            // ("Furman Selz, which …": what reads as a person's name but is "which",
            // not "who", is a firm. A name the rules could not type is a firm only
            // where an analyst works at it: before "which" or "sales" it may be a
            // bill, a ship, a constituency or a region.)
            // (Not after a person's title: "his discussions with Deputy Foreign Minister
            // Sergei Ryabkov, which lasted about eight hours" — the discussions lasted.)
            let titled = a > 0 && {
                let prev = s.tokens[a - 1].span.of(text);
                lexicon::is_title_head(&prev.to_lowercase())
                    || lexicon::is_in(lexicon::HONORIFICS, prev)
            };
            let which = s.tokens.get(b).is_some_and(|t| t.span.of(text) == ",")
                && s.tokens
                    .get(b + 1)
                    .is_some_and(|t| t.span.of(text) == "which")
                && !titled;
            if matches!(p, Piece::Person | Piece::Org | Piece::Unknown)
                && b - a >= 2
                && (p == Piece::Org
                    || (p == Piece::Person && (which || company_cue(text, &s.tokens, a, b)))
                    || analysts_firm(text, &s.tokens, a)
                    || listed_after_company_noun(text, &s.tokens, a))
                && gazetteer()
                    .people(&text[s.tokens[a].span.start..s.tokens[b - 1].span.end])
                    .is_empty()
            {
                firms.insert(surface(s, a, b));
            }
        }
    }
    // Surnames of the people the article names in full.
    let surnames = piece_words(text, sentences, plans, |_, p| full_person(p), |p| p.1 - 1);
    // Those of them whose full name opens with a known given name ("Neil Jordan", not
    // "Dynamo Moscow"): sure enough to take a country's or a city's name for them.
    let sure_surnames = piece_words(
        text,
        sentences,
        plans,
        |s, p| full_person(p) && gazetteer().is_common_given_name(s.tokens[p.0].span.of(text)),
        |p| p.1 - 1,
    );
    for (s, plan) in sentences.iter().zip(plans.iter_mut()) {
        for piece in plan.iter_mut() {
            // "Lyng's aide", "the aide to Lyng" after "Agriculture Secretary Richard
            // Lyng": the aide of the person, not the staff of an organization called Lyng.
            let word = s.tokens[piece.0].span.of(text);
            if piece.2 == Piece::Org
                && piece.1 - piece.0 == 1
                && !s.tokens[piece.0].acronym
                && surnames.contains(&fold_key(word))
                && gazetteer().organizations(word).is_empty()
            {
                piece.2 = Piece::Person;
                continue;
            }
            // "Jordan defends his film" after "director Neil Jordan", "Washington came
            // back from 1-5" after "MaliVai Washington": a lone surname of someone named
            // in full is that person, also where a country or a city bears it, unless
            // the sentence uses it as a place ("in Washington").
            let place_slot = piece.0 > 0
                && (is_locative(s.tokens[piece.0 - 1].span.of(text))
                    || matches!(
                        s.tokens[piece.0 - 1].span.of(text),
                        "to" | "from" | "near" | "across" | "via" | "outside"
                    ));
            if matches!(piece.2, Piece::Country(_) | Piece::Place)
                && piece.1 - piece.0 == 1
                && !s.tokens[piece.0].acronym
                && !word.contains('-')
                && !gazetteer().is_demonym(word)
                && !place_slot
                && sure_surnames.contains(&fold_key(word))
            {
                piece.2 = Piece::Person;
                continue;
            }
            if piece.2 == Piece::Unknown && firms.contains(&surface(s, piece.0, piece.1)) {
                piece.2 = Piece::Org;
                continue;
            }
            if piece.2 != Piece::Person {
                continue;
            }
            // "Public Order Act", "Joint Strike Fighter": a law or a product, whichever
            // step took it for a name.
            if lexicon::is_thing_head(s.tokens[piece.1 - 1].span.of(text)) && piece.1 - piece.0 >= 2
            {
                piece.2 = Piece::Skip;
            } else if s.tokens.get(piece.1).is_some_and(|t| {
                matches!(
                    t.span.of(text),
                    "airport" | "street" | "road" | "avenue" | "square" | "bridge" | "stadium"
                )
            }) {
                // "Bangkok's Don Muang airport", "the Henry Hudson bridge": a place
                // named after someone, or that reads like a person's name.
                piece.2 = Piece::Place;
            } else if firms.contains(&surface(s, piece.0, piece.1)) {
                piece.2 = Piece::Org;
            }
        }
    }
}

/// "Lib Dem Home Affairs spokesman Mark Oaten": the capitalized portfolio at the end of
/// a name, before a title in lower case, belongs to the title; the name before it is
/// the party or body.
fn split_portfolios(text: &str, sentences: &[Sentence], plans: &mut [Vec<(usize, usize, Piece)>]) {
    for (s, plan) in sentences.iter().zip(plans.iter_mut()) {
        let t = &s.tokens;
        let word = |i: usize| t[i].span.of(text);
        let mut i = 0;
        while i < plan.len() {
            let (a, b, p) = plan[i];
            let before_title = t
                .get(b)
                .is_some_and(|x| !x.cap && lexicon::is_title_head(x.span.of(text)));
            let mut c = b;
            while c > a + 1
                && lexicon::is_title_word(word(c - 1))
                && !lexicon::is_org_head(word(c - 1))
                && !lexicon::is_in(lexicon::LONE_INSTITUTIONS, word(c - 1))
            {
                c -= 1;
            }
            // What is left must name a party or a body by itself: "Lib Dem", "Labour
            // Party", a known organization, a nation ("Corporate Affairs minister" and
            // "American Chamber of Commerce president" keep their names).
            let g = gazetteer();
            let rest = &text[t[a].span.start..t[c.max(a + 1) - 1].span.end];
            let last = word(c.max(a + 1) - 1);
            let names_a_body = !g.organizations(rest).is_empty()
                || g.country(rest).is_some()
                || lexicon::is_party_name(rest)
                || lexicon::is_in(lexicon::PARTISANS, last)
                || matches!(last, "Dem" | "Dems")
                || (a..c).all(|k| t[k].acronym);
            if matches!(p, Piece::Unknown | Piece::Org)
                && before_title
                && c < b
                && names_a_body
                && !lexicon::is_title_word(word(a))
            {
                plan[i] = (a, c, p);
                plan.insert(i + 1, (c, b, Piece::Title));
                i += 1;
            }
            i += 1;
        }
    }
}

/// "the London Interbank Offered Rate (LIBOR)", "the Multi-Fibre Arrangement (MFA)":
/// an acronym defined in brackets after the name of a thing (a rate, a law, a plan)
/// names that thing wherever the article uses it, no organization.
fn acronyms_of_things(
    text: &str,
    sentences: &[Sentence],
    plans: &mut [Vec<(usize, usize, Piece)>],
) {
    let mut things: HashSet<&str> = HashSet::new();
    for s in sentences {
        let t = &s.tokens;
        for i in 1..t.len().saturating_sub(2) {
            if t[i].span.of(text) == "("
                && t[i + 1].acronym
                && t[i + 2].span.of(text) == ")"
                && t[i - 1].cap
                && lexicon::is_thing_head(&t[i - 1].span.of(text).to_lowercase())
            {
                things.insert(t[i + 1].span.of(text));
            }
        }
    }
    if things.is_empty() {
        return;
    }
    for (s, plan) in sentences.iter().zip(plans.iter_mut()) {
        for piece in plan.iter_mut() {
            if piece.1 == piece.0 + 1 && things.contains(s.tokens[piece.0].span.of(text)) {
                piece.2 = Piece::Skip;
            }
        }
    }
}

/// "the Uruguay round of trade talks", "the Tokyo Round": a place's name before
/// "round" names a round of negotiations after where it was opened, no mention of the
/// place.
fn rounds_named_after_places(
    text: &str,
    sentences: &[Sentence],
    plans: &mut [Vec<(usize, usize, Piece)>],
) {
    for (s, plan) in sentences.iter().zip(plans.iter_mut()) {
        for piece in plan.iter_mut() {
            let (_, b, p) = *piece;
            let round = s
                .tokens
                .get(b)
                .is_some_and(|t| t.span.of(text).eq_ignore_ascii_case("round"));
            if round && matches!(p, Piece::Place | Piece::Country(_)) {
                piece.2 = Piece::Skip;
            }
        }
    }
}

/// "east London", "north Wales", "south-west England": a quarter of a city or a region,
/// named by a compass word in lower case, is a place of its own ("the East End | east
/// London"). Not of a country ("southern Iraq" mentions Iraq).
fn compass_quarters(text: &str, sentences: &[Sentence], plans: &mut [Vec<(usize, usize, Piece)>]) {
    for (s, plan) in sentences.iter().zip(plans.iter_mut()) {
        for piece in plan.iter_mut() {
            let (a, b, p) = *piece;
            if p != Piece::Place || a == 0 {
                continue;
            }
            let before = s.tokens[a - 1].span.of(text);
            let compass = before
                .split('-')
                .all(|part| COMPASS_POINTS.iter().any(|c| c.to_lowercase() == part));
            if compass
                && gazetteer()
                    .country(&text[s.tokens[a].span.start..s.tokens[b - 1].span.end])
                    .is_none()
            {
                *piece = (a - 1, b, Piece::Place);
            }
        }
    }
}

/// "Committee chairman Michael Jack", "the Ministry said": a generic head noun alone,
/// capitalized, names no organization (which committee, the text said before in
/// other words). Names of one word that are names ("Parliament", "Congress") are not
/// generic heads.
fn drop_bare_generic_heads(
    text: &str,
    sentences: &[Sentence],
    plans: &mut [Vec<(usize, usize, Piece)>],
) {
    for (s, plan) in sentences.iter().zip(plans.iter_mut()) {
        for piece in plan.iter_mut() {
            let word = s.tokens[piece.0].span.of(text);
            if piece.2 == Piece::Org
                && piece.1 - piece.0 == 1
                && lexicon::is_generic_org_head(word)
                && gazetteer().organizations(word).is_empty()
            {
                piece.2 = Piece::Skip;
            }
        }
    }
}

/// "the sinking of the Belgrano in the Falklands War", "the Halifax has said": a town's
/// name the text gives an article, ending its noun phrase, names a thing called after
/// the town — a ship, a bank, a building — not the town. (Not "the Paris, Amsterdam and
/// Lisbon exchanges" nor "the Chatsworth, Calif., company", where the name goes on;
/// not a name that has its article, "The Hague".)
fn untype_towns_with_an_article(
    text: &str,
    sentences: &[Sentence],
    plans: &mut [Vec<(usize, usize, Piece)>],
) {
    let g = gazetteer();
    for (s, plan) in sentences.iter().zip(plans.iter_mut()) {
        let t = &s.tokens;
        let word = |i: usize| t.get(i).map(|x| x.span.of(text)).unwrap_or("");
        for piece in plan.iter_mut() {
            let (a, b, p) = *piece;
            if p != Piece::Place || a == 0 || word(a - 1) != "the" {
                continue;
            }
            let name = &text[t[a].span.start..t[b - 1].span.end];
            let places = g.places(name);
            let town = !places.is_empty()
                && places
                    .iter()
                    .all(|p| p.kind == PlaceKind::City && !p.name.starts_with("The "));
            let ends = b == t.len()
                || matches!(
                    word(b),
                    "." | "in"
                        | "is"
                        | "was"
                        | "has"
                        | "had"
                        | "said"
                        | "says"
                        | "which"
                        | "will"
                        | "would"
                );
            if town && ends {
                piece.2 = Piece::Unknown;
            }
        }
    }
}

/// "King Fahd of Saudi Arabia", "Queen Beatrix of the Netherlands": a person piece
/// that runs on over "of" into a country is the person and the country.
fn split_person_of_country(
    text: &str,
    sentences: &[Sentence],
    plans: &mut [Vec<(usize, usize, Piece)>],
) {
    for (s, plan) in sentences.iter().zip(plans.iter_mut()) {
        let mut out = Vec::with_capacity(plan.len());
        for &(a, b, p) in plan.iter() {
            let of = (a + 1..b.saturating_sub(1)).find(|&k| s.tokens[k].span.of(text) == "of");
            let country = of.and_then(|k| {
                let from = if s.tokens[k + 1].span.of(text).eq_ignore_ascii_case("the") {
                    k + 2
                } else {
                    k + 1
                };
                let name = Span::new(
                    s.tokens[from.min(b - 1)].span.start,
                    s.tokens[b - 1].span.end,
                );
                (from < b && gazetteer().country(name.of(text)).is_some()).then_some((k, from))
            });
            match (p, country) {
                (Piece::Person, Some((k, from))) => {
                    out.push((a, k, Piece::Person));
                    out.push((from, b, Piece::Country(0)));
                }
                _ => out.push((a, b, p)),
            }
        }
        *plan = out;
    }
}

fn is_analyst(word: &str) -> bool {
    matches!(
        word.to_lowercase().as_str(),
        "analyst" | "analysts" | "economist" | "economists" | "strategist" | "strategists"
    )
}

/// "an analyst at Raymond James", "an economist with Warburg Pincus", "analyst Tom
/// Wells of Jardine Fleming": is the name starting at token `a` the firm an analyst
/// works for?
fn analysts_firm(text: &str, toks: &[Token], a: usize) -> bool {
    let w = |i: usize| toks[i].span.of(text);
    if a < 2 {
        return false;
    }
    if matches!(w(a - 1), "at" | "from" | "with") && is_analyst(w(a - 2)) {
        return true;
    }
    let of = a - 1;
    if w(of) != "of" {
        return false;
    }
    let mut n = of;
    while n > 0 && toks[n - 1].cap && !is_analyst(w(n - 1)) && of - n < 4 {
        n -= 1;
    }
    n < of && n > 0 && is_analyst(w(n - 1))
}

/// "casino operators London Clubs International, Rank Group and Stanley Leisure": is
/// the name starting at token `a` a later item of a list that a plural word for
/// companies introduces? (The first item is the caller's: "auditors Arthur Andersen".)
fn listed_after_company_noun(text: &str, toks: &[Token], a: usize) -> bool {
    let mut i = a;
    let mut crossed = false;
    for _ in 0..8 {
        if i == 0 {
            return false;
        }
        let prev = toks[i - 1].span.of(text);
        if matches!(prev, "," | "and") {
            crossed = true;
            let mut n = i - 1;
            while n > 0 && toks[n - 1].cap && i - 1 - n < 6 {
                n -= 1;
            }
            if n == i - 1 {
                return false;
            }
            i = n;
            continue;
        }
        let lower = prev.to_lowercase();
        let singular = match lower.strip_suffix("ies") {
            Some(stem) => format!("{stem}y"),
            None => lower.strip_suffix('s').unwrap_or("").to_string(),
        };
        return crossed
            && lexicon::is_in(lexicon::COMPANY_NOUNS, &singular)
            && !matches!(singular.as_str(), "rival" | "partner" | "group");
    }
    false
}

/// Words around tokens `a..b` that only a company takes: its shares and results, an
/// analyst working at it, a stake in it, an apposition calling it a firm, its chief
/// executive named right after it.
fn company_cue(text: &str, toks: &[Token], a: usize, b: usize) -> bool {
    let w = |i: usize| {
        toks.get(i)
            .map(|t| t.span.of(text).to_lowercase())
            .unwrap_or_default()
    };
    let traded = |x: &str| lexicon::is_in(lexicon::TRADED_NOUNS, x);
    let (after, after2) = (w(b), w(b + 1));
    let before = if a > 0 { w(a - 1) } else { String::new() };
    let before2 = if a > 1 { w(a - 2) } else { String::new() };
    if matches!(after.as_str(), "'s" | "’s") && traded(&after2) {
        return true;
    }
    if traded(&after) && after != "takeover" || is_analyst(&after) {
        return true;
    }
    // "Morgan Guaranty Trust Co", "Eli Lilly and Co": the name a company's legal form
    // ends, a few capitalized words on.
    // ("Paul Volcker and International Monetary Fund head …": the designator must end
    // the name.)
    let ends_at = |i: usize| {
        lexicon::is_in(lexicon::COMPANY_DESIGNATORS, w(i).trim_end_matches('.'))
            && !toks.get(i + 1).is_some_and(|t| t.cap && t.word)
    };
    if (matches!(after.as_str(), "and" | "&")
        && matches!(after2.trim_end_matches('.'), "co" | "company" | "sons")
        && ends_at(b + 1))
        || (1..=3).any(|k| {
            (b..b + k).all(|i| toks.get(i).is_some_and(|t| t.cap && t.word)) && ends_at(b + k - 1)
        })
    {
        return true;
    }
    // "Morgan Guaranty said its …", "Eli Lilly's unit": a person says "his", has no
    // plants.
    if (matches!(after.as_str(), "said" | "says") && after2 == "its")
        || (matches!(after.as_str(), "'s" | "’s")
            && matches!(
                after2.as_str(),
                "unit"
                    | "units"
                    | "division"
                    | "parent"
                    | "affiliate"
                    | "headquarters"
                    | "plant"
                    | "plants"
                    | "factory"
                    | "employees"
                    | "board"
            ))
    {
        return true;
    }
    if matches!(before.as_str(), "in" | "of")
        && matches!(
            before2.as_str(),
            "shares" | "stake" | "stakes" | "takeover" | "owner" | "subsidiary" | "shareholders"
        )
    {
        return true;
    }
    // "auditors Arthur Andersen", "housebuilder George Wimpey" (a rival or a partner
    // may be a person).
    if lexicon::is_in(lexicon::COMPANY_NOUNS, &before)
        && !matches!(before.as_str(), "rival" | "rivals" | "partner" | "group")
    {
        return true;
    }
    if analysts_firm(text, toks, a) {
        return true;
    }
    if after == "," && appositive_company(text, toks, b + 1) {
        return true;
    }
    // "A Morgan Stanley spokesman said": "a" before a name and a title after it make
    // the name whose staff the title is; nobody is "a John Smith spokesman".
    if matches!(before.as_str(), "a" | "an")
        && !toks[b..].first().is_some_and(|t| t.cap)
        && lexicon::is_title_head(&after)
    {
        return true;
    }
    // "George Wimpey chief executive Peter Johnson".
    let mut j = b;
    while toks.get(j).is_some_and(|t| !t.cap) && lexicon::is_title_word(&w(j)) {
        j += 1;
    }
    j > b
        && matches!(
            w(j - 1).as_str(),
            "executive" | "chairman" | "chairwoman" | "boss"
        )
        && toks.get(j).is_some_and(|t| t.cap && t.word)
}

/// A month's full name ("March"; not "Marcos", not "May" the surname only because
/// it is also a month: a day must follow, which the caller checks).
fn is_month_name(word: &str) -> bool {
    matches!(
        word,
        "January"
            | "February"
            | "March"
            | "April"
            | "May"
            | "June"
            | "July"
            | "August"
            | "September"
            | "October"
            | "November"
            | "December"
    )
}

/// Verbs of a sports result: "England beat Wales", "Liverpool drew with Everton".
const RESULT_VERBS: &[&str] = &[
    "beat",
    "beats",
    "defeated",
    "defeats",
    "thrashed",
    "edged",
    "routed",
    "trounced",
    "drew",
    "draw",
    "overcame",
    "outplayed",
    "whitewashed",
    "eliminated",
    "knocked",
];

/// Nouns of sport that make "against X" a fixture, not a policy ("test", "goal",
/// "final" and "game" are left out: "sanctions against Iran after its missile test").
const SPORTS_NOUNS: &[&str] = &[
    "match",
    "matches",
    "cup",
    "semi-final",
    "quarter-final",
    "league",
    "tournament",
    "innings",
    "wicket",
    "wickets",
    "championship",
    "squad",
    "kick-off",
    "fixture",
    "friendly",
    "qualifier",
    "derby",
    "scrum",
    "striker",
    "goalkeeper",
];

/// Members of a side: "England's captain", "Wales coach".
const SQUAD_ROLES: &[&str] = &[
    "captain",
    "coach",
    "striker",
    "goalkeeper",
    "manager",
    "squad",
    "team",
    "fly-half",
    "skipper",
    "midfielder",
    "defender",
    "forward",
    "bowler",
    "batsman",
    "winger",
    "side",
    "fans",
    "supporters",
    // "Scotland great Gavin Hastings".
    "great",
    "legend",
];

/// Words only sport uses: an article with two sentences holding one of these (or a
/// score) is a sports report, where "as England beat Samoa" needs no sports noun of
/// its own ("league", "cup" and "match" are left out: "the Arab League").
const SPORTS_ONLY_NOUNS: &[&str] = &[
    "innings",
    "wicket",
    "wickets",
    "squad",
    "kick-off",
    "fixture",
    "qualifier",
    "derby",
    "scrum",
    "striker",
    "goalkeeper",
    "semi-final",
    "quarter-final",
    "midfielder",
    "defender",
    "batsman",
    "bowler",
    "fly-half",
    "touchdown",
    "penalties",
    "try-scorer",
    "semifinal",
    "semifinals",
    "quarterfinal",
    "quarterfinals",
    "semi-finals",
    "quarter-finals",
    "playoff",
    "playoffs",
    "play-off",
    "play-offs",
    "halftime",
    "half-time",
    "goalless",
    "hat-trick",
    "relegation",
    "free-kick",
    "wicketkeeper",
    "goalscorer",
    "birdie",
    "birdies",
    "bogey",
    "bogeys",
    "fairway",
    "fairways",
    "caddie",
    "inning",
    "pitcher",
    "quarterback",
    "touchdowns",
];

/// Prefixes of naval ships' names ("USS Holland", "HMS Belfast").
const SHIP_PREFIXES: &[&str] = &["uss", "hms", "hmas", "hmcs", "hmnzs", "rms"];

/// Words that, capitalized before a country's or a city's name, make a body's name of
/// a common kind: an airline ("Air France", "Air India"), a national statistics office
/// ("Statistics Canada", "Statistics Norway"), a broadcaster ("Radio Moscow").
const PLACE_NAMED_BODY_WORDS: &[&str] = &["air", "statistics", "radio", "television"];

/// Ordinals that open a company's name ("First Chicago NBD Corp", "Fifth Third
/// Bancorp"), though they open sentences as adverbs too.
const ORDINAL_FIRM_WORDS: &[&str] = &["first", "second", "third", "fifth"];

/// Points of the compass as a name's first word ("North Wales", "the South East").
const COMPASS_POINTS: &[&str] = &["North", "South", "East", "West"];
/// Their adjectives ("Southern California", "Western Sahara").
const COMPASS_ADJECTIVES: &[&str] = &["Northern", "Southern", "Eastern", "Western"];

/// Is the word a score ("24-10", "292-8")?
fn is_score(x: &str) -> bool {
    let mut parts = x.split('-');
    matches!((parts.next(), parts.next(), parts.next()), (Some(a), Some(b), None)
        if (1..=3).contains(&a.len()) && (1..=3).contains(&b.len())
            && a.chars().all(|c| c.is_ascii_digit()) && b.chars().all(|c| c.is_ascii_digit()))
}

/// Does the sentence show a score ("24-10"), not a tally of votes?
fn has_score(text: &str, toks: &[Token]) -> bool {
    // ("trading at 33-5/8": a price in eighths; "Sept 11-12", "March 11-20": days; "a
    // 4-5 pct rise": a range of figures. None of them a score.)
    let score = toks.iter().enumerate().any(|(i, t)| {
        if !is_score(t.span.of(text)) {
            return false;
        }
        let next = toks.get(i + 1).map(|n| n.span.of(text).to_lowercase());
        let prev = match i {
            0 => "",
            1 => toks[0].span.of(text),
            _ if toks[i - 1].span.of(text) == "." => toks[i - 2].span.of(text),
            _ => toks[i - 1].span.of(text),
        };
        next.as_deref().is_none_or(|n| {
            !matches!(
                n,
                "/" | "pct"
                    | "percent"
                    | "%"
                    | "dlrs"
                    | "mln"
                    | "billion"
                    | "million"
                    | "cts"
                    | "yen"
                    | "points"
                    | "years"
                    | "days"
                    | "weeks"
                    | "months"
            )
        }) && !lexicon::is_calendar_word(prev.trim_end_matches('.'))
    });
    // ("The council voted 9-6 against Britain's proposal": a tally, not a score.)
    let vote = toks.iter().any(|t| {
        let w = t.span.of(text).to_lowercase();
        w.starts_with("vote") || w == "ballot" || w == "poll"
    });
    score && !vote
}

/// Is the article a sports report (two sentences with a score or a word only sport
/// uses)?
fn is_sports_report(text: &str, sentences: &[Sentence]) -> bool {
    sentences
        .iter()
        .filter(|s| {
            has_score(text, &s.tokens)
                || s.tokens
                    .iter()
                    .any(|t| lexicon::is_in(SPORTS_ONLY_NOUNS, t.span.of(text)))
        })
        .count()
        >= 2
}

/// "England beat Wales 24-10", "Liverpool's striker", "the match against Samoa": a
/// country or city standing for its sports side is no mention of the place (it would
/// link to the place and make the place a party to a game).
fn drop_sports_teams(
    text: &str,
    s: &Sentence,
    sports_report: bool,
    out: &mut Vec<Mention>,
) -> Vec<Mention> {
    let toks = &s.tokens;
    let w = |i: usize| {
        toks.get(i)
            .map(|t| t.span.of(text).to_lowercase())
            .unwrap_or_default()
    };
    let sporting = sports_report
        || has_score(text, toks)
        || toks
            .iter()
            .any(|t| lexicon::is_in(SPORTS_NOUNS, t.span.of(text)));
    if !sporting {
        return Vec::new();
    }
    let is_place = |m: &Mention| matches!(m.kind, EntityKind::Country | EntityKind::Place);
    let person_from = |i: usize| {
        out.iter()
            .any(|m| m.kind == EntityKind::Person && m.tok_start == i)
    };
    let person_until = |i: usize| {
        out.iter()
            .any(|m| m.kind == EntityKind::Person && m.tok_end == i)
    };
    let place_until = |i: usize| out.iter().any(|m| is_place(m) && m.tok_end == i);
    let is_team = |m: &Mention| {
        if !is_place(m) {
            return false;
        }
        let (a, b) = (m.tok_start, m.tok_end);
        let after = w(b);
        let before = if a > 0 { w(a - 1) } else { String::new() };
        let member = if matches!(after.as_str(), "'s" | "’s") {
            w(b + 1)
        } else {
            after.clone()
        };
        // "Leicester 23 Bath 19", "Portsmouth 4 2 0 2": in sport, a place's name
        // before a small number is a side in a result or a table.
        let tallied = (1..=3).contains(&after.len()) && after.chars().all(|c| c.is_ascii_digit());
        // "England 292-8", "Belgium 2-1": a score right after the name.
        let scored = is_score(&after);
        // In a sports report, a country or city that is not somewhere something
        // happens ("in Paris", "from Spain", "at Lord's") is a side: "England were 200
        // for three", "Belgium's second goal", "Australia, who lead the series".
        let where_not_who = matches!(
            before.as_str(),
            "in" | "at"
                | "to"
                | "from"
                | "near"
                | "across"
                | "around"
                | "outside"
                | "inside"
                | "into"
                | "of"
                | "visit"
                | "visited"
                | "visiting"
                | "toured"
                | "touring"
                | "tour"
                | "flew"
                | "returned"
                | "born"
        );
        // ("MILWAUKEE, Wisconsin 1996-08-29": every place of the dateline.)
        let dateline = crate::ingest::dateline_len(s.span.of(text))
            .is_some_and(|n| toks[a].span.start < s.span.start + n);
        // "Australian Rodney Eyles": a nationality before a player's name is where the
        // player is from.
        // ("Chen Gang (China) beat …": a player's country in brackets after the name.)
        let nationality = person_from(b) || (before == "(" && a >= 1 && person_until(a - 1));
        // ("Augusta, Georgia": a region set off after its town says where the town is.)
        let region_of_town = before == "," && a >= 1 && place_until(a - 1);
        let side_in_report =
            sports_report && !where_not_who && !dateline && !nationality && !region_of_town;
        side_in_report
            || tallied
            || scored
            || lexicon::is_in(SQUAD_ROLES, &member)
            || lexicon::is_in(RESULT_VERBS, &after)
            || lexicon::is_in(RESULT_VERBS, &before)
            || matches!(before.as_str(), "against" | "versus" | "vs" | "v")
    };
    let mut team: Vec<bool> = out.iter().map(is_team).collect();
    // "against Sevilla and Brighton": the places listed with a side are sides too.
    let mut changed = true;
    while changed {
        changed = false;
        for i in 0..out.len() {
            if team[i] || !is_place(&out[i]) {
                continue;
            }
            let listed_with = |j: usize| {
                let (x, y) = if out[j].tok_end < out[i].tok_start {
                    (&out[j], &out[i])
                } else {
                    (&out[i], &out[j])
                };
                y.tok_start == x.tok_end + 1 && matches!(w(x.tok_end).as_str(), "and" | "," | "or")
            };
            if (0..out.len()).any(|j| team[j] && j != i && listed_with(j)) {
                team[i] = true;
                changed = true;
            }
        }
    }
    let mut kept = Vec::new();
    let mut dropped = Vec::new();
    for (m, t) in out.drain(..).zip(team) {
        if t {
            dropped.push(m);
        } else {
            kept.push(m);
        }
    }
    *out = kept;
    dropped
}

/// "BIRMINGHAM, Ala.", "MALVERN, Pa,", "ALEXANDRIA, Egypt": a place set off from a
/// region or a country right after it lies in that country. Each place mention with the
/// country's ISO code.
fn places_with_their_country(
    text: &str,
    s: &Sentence,
    out: &[Mention],
    found: &Found,
) -> Vec<(usize, String)> {
    let toks = &s.tokens;
    let g = gazetteer();
    out.iter()
        .filter(|m| m.kind == EntityKind::Place)
        .filter(|m| toks.get(m.tok_end).is_some_and(|t| t.span.of(text) == ","))
        // (Not an item of a list: "in Michigan, Tennessee, Florida and Ohio".)
        .filter(|m| m.tok_start == 0 || toks[m.tok_start - 1].span.of(text) != ",")
        .filter_map(|m| {
            let n = out.iter().find(|n| n.tok_start == m.tok_end + 1)?;
            // (A region is set off by its country, not by another region.)
            if n.kind == EntityKind::Place
                && g.places(m.span.of(text))
                    .iter()
                    .any(|p| p.kind == PlaceKind::Region)
            {
                return None;
            }
            let code = match n.kind {
                EntityKind::Country => found.entities[n.entity].country_code.clone()?,
                EntityKind::Place => {
                    // ("Pa" is a town in Burkina Faso, and Pennsylvania's "Pa.".)
                    let name = n.span.of(text).trim_end_matches('.');
                    let regions: Vec<String> = g
                        .places(name)
                        .into_iter()
                        .chain(g.places(&format!("{name}.")))
                        .filter(|p| p.kind == PlaceKind::Region)
                        .filter_map(|p| p.country.clone())
                        .collect();
                    let first = regions.first()?.clone();
                    if regions.iter().any(|c| *c != first) {
                        return None;
                    }
                    first
                }
                _ => return None,
            };
            Some((m.entity, code))
        })
        .collect()
}

/// "Defence Secretary Geoff Hoon's Ashfield seat", "the constituency of Bethnal Green",
/// "MP for Wantage", "will contest Bethnal Green": a place named as an electoral
/// district.
fn electoral_district(text: &str, s: &Sentence, m: &Mention) -> bool {
    m.kind == EntityKind::Place && district_slot(text, &s.tokens, m.tok_start, m.tok_end)
}

/// Do the words around tokens `a..b` name an electoral district ("MP for Ashfield",
/// "the Torfaen seat", "contest Bethnal Green")?
fn district_slot(text: &str, toks: &[Token], a: usize, b: usize) -> bool {
    let w = |i: usize| {
        toks.get(i)
            .map(|t| t.span.of(text).to_lowercase())
            .unwrap_or_default()
    };
    let before = |n: usize| if a >= n { w(a - n) } else { String::new() };
    let after = w(b);
    matches!(
        after.as_str(),
        "seat" | "constituency" | "by-election" | "constituents"
    ) || matches!(
        before(1).as_str(),
        "contest" | "contests" | "contesting" | "contested"
    ) || (before(1) == "for"
        && matches!(
            before(2).as_str(),
            "mp" | "candidate" | "candidates" | "member" | "msp" | "am" | "td"
        ))
        || (before(1) == "of" && matches!(before(2).as_str(), "constituency" | "seat"))
}

/// "Organization for Security and Co-operation in Europe (OSCE)": the acronym in
/// brackets right after an organization is one of its names.
fn define_acronyms(text: &str, s: &Sentence, out: &mut [Mention], found: &mut Found) {
    for w in 0..out.len() {
        let m = out[w];
        if m.kind != EntityKind::Organization {
            continue;
        }
        let t = &s.tokens;
        if m.tok_end + 2 < t.len()
            && t[m.tok_end].span.of(text) == "("
            && t[m.tok_end + 1].acronym
            && t[m.tok_end + 2].span.of(text) == ")"
        {
            let acr = t[m.tok_end + 1].span.of(text);
            let key = fold_key(acr);
            found.add_key(EntityKind::Organization, key, m.entity);
            // The bracketed acronym itself was recognized as a mention: point it here.
            if let Some(am) = out.iter_mut().find(|x| x.tok_start == m.tok_end + 1) {
                am.entity = m.entity;
                am.kind = EntityKind::Organization;
            }
            let e = &mut found.entities[m.entity];
            if !e.aliases.iter().any(|a| a == acr) {
                e.aliases.push(acr.to_string());
            }
        }
    }
}

fn add_person(found: &mut Found, text: &str, span: Span) -> usize {
    let name = clean_name(span.of(text));
    let key = fold_key(&name);
    if let Some(&i) = found.by_key.get(&(EntityKind::Person, key.clone())) {
        found.entities[i].mentions.push(span);
        return i;
    }
    // "Joe Biden" after "President Biden": same surname, the fuller form wins.
    let last = crate::text::surname_key(&name);
    // "Ms Hewitt" after "Patricia Hewitt": a surname alone is the person named in full.
    if name.split_whitespace().count() == 1
        && let Some(i) = found.person_by_part(&last)
    {
        found.entities[i].mentions.push(span);
        return i;
    }
    // "Mr Lula" after "Luiz Inacio Lula da Silva": a name of three or more words is
    // also known by a capitalized word inside it.
    if name.split_whitespace().count() == 1
        && let Some(i) = found.only_one(EntityKind::Person, |e| {
            let words: Vec<&str> = e.name.split_whitespace().collect();
            words.len() >= 3
                && words[1..words.len() - 1]
                    .iter()
                    .any(|w| w.chars().next().is_some_and(char::is_uppercase) && fold_key(w) == key)
        })
    {
        found.entities[i].mentions.push(span);
        return i;
    }
    if name.split_whitespace().count() >= 2
        && let Some(i) = found.person_by_part(&last)
    {
        let e = &found.entities[i];
        let first_existing = e.name.split_whitespace().next().map(fold_key);
        let first_new = name.split_whitespace().next().map(fold_key);
        if e.name.split_whitespace().count() == 1 || first_existing == first_new {
            return found.intern(EntityKind::Person, &name, e_key(e), span);
        }
        // "Mrs Parker Bowles" and "Camilla Parker Bowles": one name ends the other.
        let (short, long) = if e.name.len() < name.len() {
            (e.name.as_str(), name.as_str())
        } else {
            (name.as_str(), e.name.as_str())
        };
        if ends_with_words(long, short) {
            return found.intern(EntityKind::Person, &name, e_key(e), span);
        }
    }
    // "Sir Alan" after "Sir Alan Budd": a knight's given name alone is the person
    // (after any other title, "Prince Charles", it is not).
    let knighted = text[..span.start].trim_end().ends_with("Sir")
        || text[..span.start].trim_end().ends_with("Dame");
    if knighted
        && name.split_whitespace().count() == 1
        && let Some(i) = found.person_by_given_name(&key)
    {
        found.entities[i].mentions.push(span);
        return i;
    }
    found.intern(EntityKind::Person, &name, key, span)
}

fn e_key(e: &Entity) -> String {
    fold_key(&e.name)
}

fn clean_name(s: &str) -> String {
    // ("Dilson) Funaro": see `join_bracketed_given_names`.)
    s.split_whitespace()
        .map(|w| w.trim_matches(['(', ')']))
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

fn add_country(found: &mut Found, surface: &str, span: Span) -> Option<(usize, EntityKind)> {
    let c = gazetteer().country(surface)?;
    let i = found.intern(EntityKind::Country, &c.name, c.iso2.clone(), span);
    found.entities[i].country_code = Some(c.iso2.clone());
    let clean = surface
        .trim_start_matches("the ")
        .trim_start_matches("The ");
    let e = &mut found.entities[i];
    if clean != e.name && !e.aliases.iter().any(|a| a == clean) && !gazetteer().is_demonym(clean) {
        e.aliases.push(clean.to_string());
    }
    Some((i, EntityKind::Country))
}

/// A company's name without the initials that open it ("E.F. Hutton LBO Inc" →
/// "Hutton LBO Inc"); the name itself when it opens otherwise.
fn without_initials(name: &str) -> &str {
    let mut rest = name;
    while let Some((first, after)) = rest.split_once(' ') {
        let initials = first.len() >= 2
            && first.ends_with('.')
            && first
                .split('.')
                .filter(|p| !p.is_empty())
                .all(|p| p.chars().count() == 1 && p.chars().all(char::is_uppercase));
        if !initials || after.is_empty() {
            break;
        }
        rest = after;
    }
    rest
}

/// A name without the country (or its adjective) it opens with: "Treasury" of "U.S.
/// Treasury", "Foreign Ministry" of "Japanese Foreign Ministry"; none when nothing or
/// no country opens it.
fn without_country(name: &str) -> Option<&str> {
    let (first, rest) = name.split_once(' ')?;
    let g = gazetteer();
    (g.country(first).is_some() && !rest.is_empty()).then_some(rest)
}

/// Two names, the shorter first (the first of two of a length).
fn shorter_first<'a>(a: &'a str, b: &'a str) -> (&'a str, &'a str) {
    if a.len() < b.len() { (a, b) } else { (b, a) }
}

fn add_org(found: &mut Found, surface: &str, span: Span) -> usize {
    let surface = surface
        .strip_prefix("the ")
        .or_else(|| surface.strip_prefix("The "))
        .unwrap_or(surface);
    // "Reserve Bank" and "Reserve Bank of Australia": the name without its "of …"
    // complement is the same organization, when only one fits.
    let key = fold_key(surface);
    let words = |s: &str| {
        s.split_whitespace()
            .map(fold_key)
            .collect::<Vec<_>>()
            .join(" ")
    };
    let this = words(surface);
    let same = found.only_one(EntityKind::Organization, |e| {
        let other = words(&e.name);
        let (short, long) = if other.len() < this.len() {
            (other.as_str(), this.as_str())
        } else {
            (this.as_str(), other.as_str())
        };
        short.len() < long.len()
            && short.split(' ').count() >= 2
            && [" of ", " for "]
                .iter()
                .any(|c| long.strip_prefix(short).is_some_and(|r| r.starts_with(c)))
    });
    // "Apple" and "Apple Computer Inc": a company's short name is its full name
    // without the words that end in a designator, when only one fits.
    // ("Hutton LBO" and "E.F. Hutton LBO Inc": the founder's initials left out too.)
    let same = same.or_else(|| {
        found.only_one(EntityKind::Organization, |e| {
            let (short, long) = shorter_first(&e.name, surface);
            let short = words(short);
            [words(long), words(without_initials(long))]
                .iter()
                .any(|long| {
                    long.strip_prefix(short.as_str())
                        .and_then(|r| r.strip_prefix(' '))
                        .is_some_and(|rest| {
                            lexicon::is_designator_tail(&rest.split(' ').collect::<Vec<_>>())
                        })
                })
        })
    });
    // "Aston" and "Aston Martin": one word that opens a company's name is its short
    // name, when only one fits ("House" is not the "House Intelligence Committee").
    let same = same.or_else(|| {
        found.only_one(EntityKind::Organization, |e| {
            let (short, long) = shorter_first(&e.name, surface);
            is_company_short_name(short, long)
        })
    });
    // "UKIP" and "UK Independence Party": an acronym of the initials of a name the
    // article uses is that organization, when only one fits.
    let same = same.or_else(|| {
        found.only_one(EntityKind::Organization, |e| {
            is_acronym_of(surface, &e.name) || is_acronym_of(&e.name, surface)
        })
    });
    // "Treasury" and "U.S. Treasury", "Foreign Ministry" and "Soviet Foreign
    // Ministry": a body's name after the country it is of is that body, when only one
    // fits.
    let same = same.or_else(|| {
        found.only_one(EntityKind::Organization, |e| {
            let (short, long) = shorter_first(&e.name, surface);
            without_country(long).is_some_and(|rest| words(rest) == words(short))
        })
    });
    // "Lib Dems" and "Liberal Democrats": every word clipped from the full name's.
    let same = same.or_else(|| {
        found.only_one(EntityKind::Organization, |e| {
            is_clipped_form(surface, &e.name) || is_clipped_form(&e.name, surface)
        })
    });
    if let Some(i) = same {
        found.merge(i, surface, span);
        found.add_key(EntityKind::Organization, key, i);
        return i;
    }
    let i = found.intern(EntityKind::Organization, surface, org_key(surface), span);
    found.add_key(EntityKind::Organization, key, i);
    i
}

/// "Lib Dems" of "Liberal Democrats", "Lib Dem" of "Liberal Democrat": a name of two
/// or more words each of which is the start (three letters or more) of the
/// corresponding word of the other, shorter than it at least once; a plural "s"
/// aside.
fn is_clipped_form(short: &str, long: &str) -> bool {
    let s: Vec<&str> = short.split_whitespace().collect();
    let l: Vec<&str> = long.split_whitespace().collect();
    let bare = |w: &str| {
        let w = w.to_lowercase();
        w.strip_suffix('s').map(str::to_string).unwrap_or(w)
    };
    s.len() >= 2
        && s.len() == l.len()
        && s.iter().zip(&l).any(|(a, b)| bare(a).len() < bare(b).len())
        && s.iter().zip(&l).all(|(a, b)| {
            let (a, b) = (bare(a), bare(b));
            a.chars().count() >= 3 && a.chars().all(char::is_alphabetic) && b.starts_with(&a)
        })
}

/// "NOTE" → "Note": how a shouted word would be written in running text.
fn title_case(w: &str) -> String {
    let lower = w.to_lowercase();
    let mut c = lower.chars();
    c.next()
        .map(|f| f.to_uppercase().collect::<String>() + c.as_str())
        .unwrap_or_default()
}

/// Is the name at `toks[a..b]` used the way news uses a company's name?
fn corporate_context(
    text: &str,
    toks: &[Token],
    common: &HashSet<String>,
    a: usize,
    b: usize,
) -> bool {
    let w = |i: usize| {
        toks.get(i)
            .map(|t| t.span.of(text).to_lowercase())
            .unwrap_or_default()
    };
    let after = w(b);
    let after2 = w(b + 1);
    let before = if a > 0 { w(a - 1) } else { String::new() };
    let before2 = if a > 1 { w(a - 2) } else { String::new() };
    let company_noun = |x: &str| {
        lexicon::is_in(lexicon::TRADED_NOUNS, x)
            || matches!(
                x,
                "chief" | "boss" | "executives" | "bid" | "stake" | "rival" | "rivals"
            )
    };
    // "Labour MPs", "Tory manifesto", "Unison members", "Labour's majority": nouns that
    // only an organization (a party, a union, a company) has.
    let party_noun = |x: &str| {
        matches!(
            x,
            "mp" | "mps"
                | "mep"
                | "meps"
                | "leadership"
                | "candidate"
                | "candidates"
                | "manifesto"
                | "peer"
                | "peers"
                | "backbencher"
                | "backbenchers"
                | "councillor"
                | "councillors"
                | "activists"
                | "supporters"
                | "voters"
                | "members"
                | "spokesman"
                | "spokeswoman"
                | "government"
                | "conference"
                | "majority"
        )
    };
    // ("Opposition MPs", "Party chief executive X": a common noun the article also
    // writes in lower case, or a nationality, is no organization's name.)
    let one_common_word =
        b == a + 1 && (common.contains(&w(a)) || gazetteer().is_demonym(toks[a].span.of(text)));
    if !toks[a].acronym
        && !one_common_word
        && !lexicon::is_function_word(&w(a))
        && !lexicon::is_title_word(&w(a))
        && (party_noun(&after) || matches!(after.as_str(), "'s" | "’s") && party_noun(&after2))
    {
        return true;
    }
    // "Tory leader Michael Howard", "Labour MP Jane Doe": a name before a lower-case
    // title that a person's name follows is the organization the title belongs to.
    let mut j = b;
    while toks.get(j).is_some_and(|t| !t.cap) && lexicon::is_title_word(&w(j)) {
        j += 1;
    }
    if j > b
        && (lexicon::is_title_head(&w(j - 1)) || matches!(w(j - 1).as_str(), "chief" | "boss"))
        && toks.get(j).is_some_and(|t| t.cap && t.word)
        && !lexicon::is_title_word(&w(a))
        && !lexicon::is_temporal_qualifier(&w(a))
    {
        return true;
    }
    // "the official Tanjug news agency", "the Economic Information newspaper": a name
    // before the kind of medium it is (not a nationality: "the Iranian news agency").
    // One word must also speak in the article ("Tanjug said"): "the official Soviet
    // news agency" is a nationality the country lists do not hold.
    let medium = (after == "news" && matches!(after2.as_str(), "agency" | "service"))
        || matches!(after.as_str(), "newspaper" | "daily" | "weekly");
    let name = &text[toks[a].span.start..toks[b - 1].span.end];
    let named_alone = b > a + 1 || text.contains(&format!("{name} said"));
    if medium && named_alone && !gazetteer().is_demonym(name) && !one_common_word {
        return true;
    }
    (matches!(after.as_str(), "'s" | "’s") && company_noun(&after2))
        || (after == "," && appositive_company(text, toks, b + 1))
        || (after == ","
            && after2 == "which"
            && company_clause(text, toks, b + 2)
            // ("according to the Bank, which …": a head noun alone names no one.)
            && !(b == a + 1 && lexicon::is_generic_org_head(toks[a].span.of(text))))
        || company_noun(&after)
            && !matches!(after.as_str(), "chief" | "boss")
            && a > 0
            // ("Shr profit 26 cts vs loss nine cts": a results table's label and its
            // figure, not a company's profits.)
            && !is_figure(&after2)
        || (matches!(before.as_str(), "in" | "of")
            && matches!(
                before2.as_str(),
                "shares" | "stake" | "stakes" | "takeover" | "owner" | "subsidiary"
            ))
        || lexicon::is_in(lexicon::COMPANY_NOUNS, &before)
        // "the Lagardere group", "the Tesco chain": a name between "the" and a company
        // noun ("the Cooper Basin producer" produces there).
        || (before == "the"
            && lexicon::is_in(lexicon::COMPANY_NOUNS, &after)
            && !matches!(after.as_str(), "producer" | "refiner"))
}

/// "Marriott said it will break ground", "Hanson said its offer": a name that speaks
/// of itself as "it" is a company or a body, not a person. Not a common noun the
/// article also writes in lower case, people by their trade ("Economists said it
/// appeared"), a head noun
/// alone that refers back to a body named in full ("The Bank said it had acted"), a
/// party's member ("The West Virginia Democrat said it would be tough"), a word for a
/// business ("Management said it would"), nor a letter; and not before "it was", where
/// "it" stands for what follows.
fn speaks_as_it(text: &str, toks: &[Token], common: &HashSet<String>, a: usize, b: usize) -> bool {
    let w = |i: usize| toks.get(i).map(|t| t.span.of(text)).unwrap_or("");
    let one = w(a);
    // ("Bowier said it was not surprising", "X said it would be difficult": "it"
    // stands for what follows; "Pfizer said it would sell", "it was considering" speak
    // of the company.)
    let dummy_it = match w(b + 2) {
        "would" | "could" | "might" | "may" => w(b + 3) == "be",
        "was" | "is" => !w(b + 3).ends_with("ing"),
        "seemed" | "seems" | "appeared" | "appears" => true,
        _ => false,
    };
    matches!(w(b), "said" | "says" | "announced" | "reported")
        && (w(b + 1) == "its" || w(b + 1) == "it" && !dummy_it)
        && !lexicon::is_function_word(one)
        && !lexicon::is_title_word(one)
        && !(b == a + 1
            && (lexicon::is_org_head(one)
                || lexicon::is_designator_tail(&[one])
                || lexicon::is_in(lexicon::BUSINESS_HEADS, one)
                || lexicon::is_in(lexicon::COMPANY_NOUNS, one)
                || lexicon::is_in(lexicon::PARTISANS, one)
                || lexicon::singular_title(one).is_some()
                || common.contains(&one.to_lowercase())
                || one.chars().filter(|c| c.is_alphabetic()).count() < 2))
}

/// A number in digits or in words: "26", "1.05", "nine" (not "a").
fn is_figure(word: &str) -> bool {
    word.chars().next().is_some_and(|c| c.is_ascii_digit())
        || (!matches!(word, "a" | "an")
            && matches!(super::temporal::parse_num(word), Some(Some(_))))
}

/// "Chapman said from his cell", "…, said Arensberg.", "Higgins, 44, was seized": one
/// capitalized word that speaks or is given an age, and that the bulk people data
/// knows as a surname, is a person though the article never names them in full.
/// (Companies speak too: the caller tries the organization readings first.)
fn lone_surname_speaker(text: &str, toks: &[Token], a: usize, b: usize) -> bool {
    let w = |i: usize| toks.get(i).map(|t| t.span.of(text)).unwrap_or("");
    let speech = |x: &str| {
        matches!(
            x,
            "said" | "says" | "told" | "added" | "replied" | "testified" | "wrote" | "insisted"
        )
    };
    let surface = w(a);
    if b != a + 1
        || toks[a].acronym
        || surface.chars().count() < 3
        || !surface.chars().all(char::is_alphabetic)
        || lexicon::is_function_word(surface)
        || lexicon::is_title_word(surface)
        || lexicon::is_calendar_word(surface)
    {
        return false;
    }
    let next = w(b);
    let before = if a > 0 { w(a - 1) } else { "" };
    // ("Handy and Harman said", "Stet and Thomson said": the end of a firm's name.)
    if matches!(before, "and" | "&") && a >= 2 && toks[a - 2].cap {
        return false;
    }
    let speaks = speech(next) || (speech(before) && matches!(next, "." | "," | ""));
    let aged = next == ","
        && w(b + 1).chars().all(|c| c.is_ascii_digit())
        && !w(b + 1).is_empty()
        && w(b + 2) == ",";
    (speaks || aged) && !gazetteer().people_by_surname(surface).is_empty()
}

/// "Varig, Brazil's flagship airline", "Lagardere, the French media group": does an
/// apposition starting at `k` describe a company? It is a determiner, a possessive
/// name or a demonym, a few lower-case words, and a company noun that ends the phrase.
fn appositive_company(text: &str, toks: &[Token], k: usize) -> bool {
    let w = |i: usize| toks.get(i).map(|t| t.span.of(text)).unwrap_or("");
    let mut j = k;
    if matches!(w(j), "the" | "a" | "an") {
        j += 1;
    } else if toks.get(j).is_some_and(|t| t.cap) && matches!(w(j + 1), "'s" | "’s") {
        j += 2;
    }
    // A demonym or a country-name modifier: "the French media group", "a US bank";
    // a seat: "a California-based company".
    if toks.get(j).is_some_and(|t| t.cap || t.acronym)
        && (gazetteer().is_demonym(w(j))
            || gazetteer().country(w(j)).is_some()
            || w(j).ends_with("-based"))
    {
        j += 1;
    }
    // ("Eishiro Saito, chairman of the group": a title describes a person.)
    if lexicon::is_title_head(w(j)) {
        return false;
    }
    for n in j..(j + 4).min(toks.len()) {
        let t = &toks[n];
        if !t.word || t.cap || t.acronym {
            return false;
        }
        // (A rival or a partner may be a person.)
        if lexicon::is_in(lexicon::COMPANY_NOUNS, w(n))
            && !matches!(w(n), "rival" | "rivals" | "partner")
        {
            return n + 1 == toks.len()
                || !toks[n + 1].word
                || matches!(w(n + 1), "which" | "that" | "whose" | "based" | "and");
        }
    }
    false
}

/// "MG Rover, which employs 6,000 people", "Essar, which is linked with Hutchison": a
/// relative clause starting at `k` (after "which") whose verb only a business takes.
fn company_clause(text: &str, toks: &[Token], k: usize) -> bool {
    let w = |i: usize| {
        toks.get(i)
            .map(|t| t.span.of(text).to_lowercase())
            .unwrap_or_default()
    };
    let business_verb = |v: &str| {
        matches!(
            v,
            "employs"
                | "owns"
                | "makes"
                | "produces"
                | "sells"
                | "operates"
                | "manufactures"
                | "supplies"
                | "reported"
                | "allied"
                | "linked"
                | "listed"
                | "owned"
                | "controlled"
        )
    };
    // ("TARGA CAD Driver, which sells for 225 dlrs": a product; "which makes it the
    // sixth biggest": an idiom.)
    if matches!(w(k + 1).as_str(), "for" | "it") {
        return false;
    }
    business_verb(&w(k))
        || matches!(w(k).as_str(), "has" | "is" | "was") && business_verb(&w(k + 1))
}

/// The key an organization name is known by: its gazetteer identity, else its folded
/// form, a party's members in the plural or singular being one party ("Lib Dems" and
/// "Lib Dem", "the Tories" and "Conservative", "Labour Party" and "Labour").
fn org_key(surface: &str) -> String {
    match gazetteer().organizations(surface).first() {
        Some(o) => o.qid.clone().unwrap_or_else(|| fold_key(&o.name)),
        None => {
            // ("G-7", "G7" and "Group of Seven": one group.)
            if let Some(n) = group_of_states_size(surface) {
                return format!("g{n}");
            }
            // ("Labour Party" and "Labour": one party.)
            let surface = surface
                .strip_suffix(" Party")
                .filter(|rest| !rest.is_empty())
                .unwrap_or(surface);
            let (head, last) = surface.rsplit_once(' ').unwrap_or(("", surface));
            let last = fold_key(last);
            let member = match last.as_str() {
                // A Tory is a Conservative.
                "tories" | "tory" if head.is_empty() => "conservative",
                "dems" => "dem",
                plural => plural
                    .strip_suffix('s')
                    .filter(|w| lexicon::is_in(lexicon::PARTISANS, w))
                    .unwrap_or(plural),
            };
            format!("{}{member}", fold_key(head))
        }
    }
}

/// Cut each capitalized run of a sentence into typed pieces (token ranges).
/// "ST. PAUL, MINN., March 17 -", "DETROIT, MICH., March 3 -", "TRAIL, British
/// Columbia, March 17 -": the places of a wire dateline written in capitals, before
/// its date — the city, then its state or country, whatever the gazetteer knows of
/// them ("MICH" is no organization, "ST" no name of its own, "TRAIL" a place though no
/// gazetteer has it). Pushes their pieces and returns the token where the rest of the
/// sentence starts: 0 without such a dateline, or at the first place not in capitals
/// ("JACKSON, Miss., March 16 -"), which the ordinary rules read.
fn capitals_dateline_places(
    text: &str,
    toks: &[Token],
    out: &mut Vec<(usize, usize, Piece)>,
) -> usize {
    // (A dateline in capitals opens on a word in capitals; the pattern is tried only then.)
    if toks.first().is_none_or(|t| !t.acronym)
        || crate::ingest::dateline_len(&text[toks[0].span.start..]).is_none()
    {
        return 0;
    }
    let Some(date) = toks.iter().take(12).position(|t| {
        let w = t.span.of(text);
        is_month_name(&title_case(w.trim_end_matches('.')))
            || lexicon::is_calendar_word(&w.to_lowercase())
    }) else {
        return 0;
    };
    let in_capitals = |t: &Token| {
        let w = t.span.of(text);
        t.acronym && w.chars().all(|c| c.is_alphabetic() || c == '.')
            || matches!(w, "." | "-" | "'")
    };
    let mut a = 0;
    while a < date {
        let b = (a..date)
            .find(|&k| toks[k].span.of(text) == ",")
            .unwrap_or(date);
        if b == a || !(a..b).all(|k| in_capitals(&toks[k])) {
            break;
        }
        // The name without the period of an abbreviation after it ("MICH.").
        let mut end = b;
        while end > a && matches!(toks[end - 1].span.of(text), "." | "-") {
            end -= 1;
        }
        let name = &text[toks[a].span.start..toks[end.max(a + 1) - 1].span.end];
        if end == a || (a == 0 && !gazetteer().organizations(name).is_empty()) {
            break;
        }
        let piece = if a > 0 && gazetteer().country(name).is_some() {
            Piece::Country(0)
        } else {
            Piece::Place
        };
        out.push((a, end, piece));
        a = (b + 1).min(date);
    }
    if out.is_empty() { 0 } else { a }
}

fn plan_sentence(text: &str, s: &Sentence, common: &HashSet<String>) -> Vec<(usize, usize, Piece)> {
    let toks = &s.tokens;
    // A headline in capitals says nothing about which words are names.
    let letters: Vec<&Token> = toks
        .iter()
        .filter(|t| t.span.of(text).chars().any(char::is_alphabetic))
        .collect();
    if letters.len() >= 3 && letters.iter().filter(|t| t.acronym).count() * 10 >= letters.len() * 7
    {
        return Vec::new();
    }
    let mut out = Vec::new();
    let first_word = toks.iter().position(|t| t.word).unwrap_or(0);
    let mut i = capitals_dateline_places(text, toks, &mut out);
    while i < toks.len() {
        if !is_name_token(text, &toks[i]) {
            i += 1;
            continue;
        }
        if let Some(end) = state_abbreviation_end(text, toks, i) {
            out.push((i, end, Piece::Place));
            i = end;
            continue;
        }
        let start = i;
        let mut j = i + 1;
        loop {
            if j < toks.len() && is_name_token(text, &toks[j]) {
                j += 1;
            } else if j + 1 < toks.len()
                && matches!(toks[j].span.of(text), "'" | "’")
                && toks[j - 1].span.of(text).ends_with('s')
                && toks[j - 1].span.end == toks[j].span.start
                && is_name_token(text, &toks[j + 1])
                && {
                    let head = toks[j + 1].span.of(text);
                    lexicon::is_org_head(head)
                        || head.strip_suffix('s').is_some_and(lexicon::is_org_head)
                }
            {
                // "National Farmers' Union", "Japan Federation of Employers'
                // Associations": a plural's apostrophe inside a body's name.
                j += 2;
            } else if j < toks.len() && is_station_number(text, toks, j) {
                // "Channel 4 News", "BBC Radio 4": a station's number.
                j += 1;
            } else if j + 1 < toks.len()
                && toks[j].span.of(text) == "and"
                && lexicon::is_designator_tail(&[toks[j + 1].span.of(text)])
                // ("… and AB LM Ericsson": a legal form written first opens the next
                // name.)
                && !(lexicon::is_in(lexicon::COMPANY_PREFIXES, toks[j + 1].span.of(text))
                    && toks.get(j + 2).is_some_and(|t| {
                        t.cap && t.word && !lexicon::is_designator_tail(&[t.span.of(text)])
                    }))
            {
                // "Fahnestock and Co": a firm's designator after "and".
                j += 2;
            } else if j + 2 < toks.len()
                && matches!(toks[j].span.of(text), "de" | "van" | "von")
                && matches!(
                    toks[j + 1].span.of(text),
                    "la" | "los" | "las" | "der" | "den"
                )
                && is_name_token(text, &toks[j + 2])
                && !lexicon::is_org_head(toks[j - 1].span.of(text))
            {
                // "Kika de la Garza", "Ruud van der Berg": two particles before a surname.
                j += 3;
            } else if let Some(end) = trades_and_designator_end(text, toks, j) {
                // "American Telephone and Telegraph Co": two trades, one firm.
                j = end;
            } else if j + 1 < toks.len()
                && toks[j].span.of(text) == "and"
                && toks[j - 1].span.of(text) == "Savings"
                && toks[j + 1].span.of(text) == "Loan"
            {
                // "Far West Savings and Loan Association": the thrift trade's compound.
                j += 2;
            } else if let Some(end) = paired_head_noun(text, toks, start, j) {
                // "Food and Drug Administration": two nouns sharing one head.
                j = end;
            } else if j + 1 < toks.len()
                && is_connector(toks[j].span.of(text), &toks[start..j], text)
                && is_name_token(text, &toks[j + 1])
                && !(toks[j].span.of(text) == "in" && city_starts_at(text, toks, j + 1))
                // "producer spokesman Mama Mohammed of Ghana": after a title in lower
                // case the run is a person's name; "of" a country says where they are
                // from.
                && !(toks[j].span.of(text) == "of"
                    && start > 0
                    && !toks[start - 1].cap
                    && lexicon::is_title_head(toks[start - 1].span.of(text))
                    && !lexicon::is_org_head(toks[j - 1].span.of(text))
                    && gazetteer().country(toks[j + 1].span.of(text)).is_some())
                // "the Federal Reserve Bank of New York on Monday": a date is no part
                // of a name.
                && !lexicon::is_calendar_word(toks[j + 1].span.of(text))
                // "Maple Leaf Mills Ltd of Toronto": a legal form closes a company's
                // name; "of" then says where the company is.
                && !(toks[j].span.of(text) == "of"
                    && lexicon::is_closing_designator(toks[j - 1].span.of(text)))
            {
                j += 2;
            } else if j + 2 < toks.len()
                && toks[j].span.of(text) == "of"
                && toks[j + 1].span.of(text) == "the"
                && lexicon::is_org_head(toks[j - 1].span.of(text))
                && toks[j - 1].cap
                // ("Siebe Plc of the U.K.", "Cyclops Corp of the U.S.": after a legal
                // form, "of the" says where the company is.)
                && !lexicon::is_designator_tail(&[toks[j - 1].span.of(text)])
                && is_name_token(text, &toks[j + 2])
                && !lexicon::is_calendar_word(toks[j + 2].span.of(text))
                // ("Queens College of the City University of New York": a body of
                // another body named in full is two names.)
                && !(j + 2..toks.len())
                    .take_while(|&k| is_name_token(text, &toks[k]))
                    .any(|k| lexicon::is_org_head(toks[k].span.of(text)))
            {
                // "Development Bank of the Philippines", "Commission of the European
                // Communities": a body's name goes on over "of the".
                j += 3;
            } else if j + 2 < toks.len()
                && toks[j].span.of(text) == "of"
                && toks[j + 1].span.of(text) == "the"
                && lexicon::is_title_head(toks[j - 1].span.of(text))
                && is_name_token(text, &toks[j + 2])
                && is_given_name_start(text, toks, j + 3, toks.len())
            {
                // "Chancellor of the Exchequer Nigel Lawson": the title goes on.
                j += 3;
            } else {
                break;
            }
        }
        // "Coast Guard Lt. Steve Hardy": a rank or an honorific closing the run before
        // its period opens the next name and is no part of this one.
        let rank_tail = j >= start + 2
            && toks.get(j).is_some_and(|t| t.span.of(text) == ".")
            && (lexicon::is_rank(toks[j - 1].span.of(text))
                || lexicon::is_in(lexicon::HONORIFICS, toks[j - 1].span.of(text)));
        let end = if rank_tail { j - 1 } else { j };
        let pieces = segment(
            text,
            toks,
            common,
            start,
            end,
            start == first_word,
            i > 0 && is_locative(toks[i - 1].span.of(text))
                // "Chevening, Kent": after a place and a comma comes the larger place.
                || i >= 2
                    && toks[i - 1].span.of(text) == ","
                    && toks[i - 2].cap
                    && !gazetteer().places(toks[i - 2].span.of(text)).is_empty(),
        );
        // (A plural's apostrophe the segmentation split off opens no name: "ST Louis
        // Merchants' Exchange".)
        let pieces = pieces.into_iter().filter_map(|(a, b, piece)| {
            if !matches!(toks[a].span.of(text), "'" | "’") {
                return Some((a, b, piece));
            }
            // (Nor is the lone head after it a name of its own.)
            let lone_head = b == a + 2 && lexicon::is_org_head(toks[a + 1].span.of(text));
            (a + 1 < b && !lone_head).then_some((a + 1, b, piece))
        });
        out.extend(pieces);
        if rank_tail {
            out.push((j - 1, j, Piece::Skip));
        }
        i = j;
    }
    // "the Labour MP for Ashfield", "the Torfaen seat": a name no rule typed, in an
    // electoral district's slot, is that district (a place).
    // ("Available seat miles", "each Parliamentary constituency": a word before
    // "seat" or "constituency" names a district only after a determiner.)
    for p in out.iter_mut() {
        let before = if p.0 > 0 {
            toks[p.0 - 1].span.of(text).to_lowercase()
        } else {
            String::new()
        };
        let introduced = matches!(
            before.as_str(),
            "the"
                | "his"
                | "her"
                | "their"
                | "its"
                | "a"
                | "for"
                | "contest"
                | "contests"
                | "contesting"
                | "contested"
        );
        if p.2 == Piece::Unknown && introduced && district_slot(text, toks, p.0, p.1) {
            p.2 = Piece::Place;
        }
    }
    // A run right after a lower-case title ("spokesman John Kirby") or an honorific
    // ("Mr. Smith", "Ms Hewitt") is a person.
    for p in out.iter_mut() {
        if p.2 == Piece::Unknown && p.0 > 0 && p.1 - p.0 <= 4 {
            let prev = toks[p.0 - 1].span.of(text);
            let prev2 = if p.0 > 1 {
                toks[p.0 - 2].span.of(text)
            } else {
                ""
            };
            let honorific = lexicon::is_in(lexicon::HONORIFICS, prev)
                || (prev == "."
                    && (lexicon::is_in(lexicon::HONORIFICS, prev2)
                        || lexicon::is_in(lexicon::HONORIFICS, &format!("{prev2}."))));
            // ("his Turkish counterpart Emre Demir": a counterpart is a person.)
            if (prev.chars().next().is_some_and(char::is_lowercase)
                && (lexicon::is_title_head(prev) || prev == "counterpart")
                && !lexicon::is_issue_manager(prev2, prev))
                || honorific
            {
                p.2 = Piece::Person;
            }
        }
    }
    // "<Name Surname>, <Org> <title>,": an organization's office in apposition.
    let org_office_at: Vec<usize> = out
        .iter()
        .filter(|q| {
            q.2 == Piece::Org
                && toks
                    .get(q.1)
                    .is_some_and(|t| !t.cap && lexicon::is_title_head(t.span.of(text)))
        })
        .map(|q| q.0)
        .collect();
    // "<Name Surname>, <title>" and "<Name Surname> said": shape of a person.
    for p in out.iter_mut() {
        if p.2 == Piece::Unknown
            && (2..=3).contains(&(p.1 - p.0))
            && toks.get(p.1).is_some_and(|t| t.span.of(text) == ",")
            && org_office_at.contains(&(p.1 + 1))
        {
            p.2 = Piece::Person;
            continue;
        }
        // ("Kika de la Garza": particles inside a name are not its words.)
        let name_words = (p.0..p.1)
            .filter(|&i| !is_name_particle(toks[i].span.of(text)))
            .count();
        if p.2 == Piece::Unknown && (2..=3).contains(&name_words) {
            let next = toks.get(p.1).map(|t| t.span.of(text)).unwrap_or("");
            let next2 = toks.get(p.1 + 1).map(|t| t.span.of(text)).unwrap_or("");
            let prev = if p.0 > 0 {
                toks[p.0 - 1].span.of(text)
            } else {
                ""
            };
            let speech = |w: &str| {
                matches!(
                    w,
                    "said" | "says" | "told" | "added" | "explained" | "stated" | "noted" | "wrote"
                )
            };
            // (An acronym or a number word makes it a programme or a channel: "told BBC
            // One's Breakfast".)
            let channel = (p.0..p.1).any(|i| {
                toks[i].acronym
                    || lexicon::is_in(
                        &["one", "two", "three", "four", "five"],
                        toks[i].span.of(text),
                    )
            });
            // ("Andreas Adriano of Latin Trade Magazine, the …": after "of" comes
            // what the person belongs to.)
            let of_something = matches!(prev, "of" | "at") && p.0 >= 2 && toks[p.0 - 2].cap;
            // "the party's president, Arnaldo Forlani, …": a lower-case title, a comma,
            // the name.
            let after_title = prev == ","
                && p.0 >= 2
                && !toks[p.0 - 2].cap
                && lexicon::is_title_head(toks[p.0 - 2].span.of(text));
            // "Saddam Hussein's regime": what only a leader has.
            let leader = matches!(next, "'s" | "’s")
                && matches!(next2, "regime" | "presidency" | "premiership");
            // "The head of the IMF, Kristalina Georgieva, said": set off by commas
            // before a verb of saying.
            let set_off_speaker = prev == "," && next == "," && speech(next2);
            // "Saul Brandman, a California business executive, told …": an apposition
            // with "a" whose noun is a person's title.
            // (Not "Farmer Geoff Brooks, a senior member …": a sentence's first word
            // may be a common noun.)
            let titled_apposition = next == ","
                && matches!(next2, "a" | "an")
                && (p.0 != first_word || gazetteer().given_name_count(toks[p.0].span.of(text)) > 0)
                && (p.1 + 2..(p.1 + 7).min(toks.len()))
                    .take_while(|&i| {
                        toks[i].word
                            && !matches!(
                                toks[i].span.of(text),
                                "of" | "at" | "for" | "with" | "who"
                            )
                    })
                    .last()
                    .is_some_and(|i| !toks[i].cap && lexicon::is_title_head(toks[i].span.of(text)));
            if !channel
                && ((next == ","
                    && !of_something
                    && (lexicon::is_title_word(next2) || next2 == "the" || next2 == "who"))
                    || speech(next)
                    || speech(prev)
                    || after_title
                    || leader
                    || set_off_speaker
                    || titled_apposition)
            {
                p.2 = Piece::Person;
            }
        }
    }
    // Organization slots around titles: "Chevron spokesman <Person>", "president of
    // the <X>", "<X>'s chairman". An unknown name there is an organization.
    let word = |i: usize| toks.get(i).map(|t| t.span.of(text)).unwrap_or("");
    for pi in 0..out.len() {
        let (a, b, piece) = out[pi];
        if piece != Piece::Unknown {
            continue;
        }
        let next = word(b);
        let title_then_person = lexicon::is_title_word(next)
            && !toks[b].cap
            && !lexicon::is_temporal_qualifier(word(a))
            // ("Shadow home secretary David Davis": the word opens the title.)
            && (b > a + 1 || !lexicon::is_title_word(word(a)))
            && out
                .iter()
                .any(|q| q.2 == Piece::Person && q.0 > b && q.0 <= b + 4);
        // "<X>'s chairman", "<X>'s chief executive": a title head right after.
        let possessive_title = matches!(next, "'s" | "’s" | "'" | "’")
            && (1..=3).any(|n| {
                (b + 1..b + n).all(|i| lexicon::is_title_word(word(i)))
                    && lexicon::is_title_head(word(b + n))
            });
        let of_after_title = (a >= 3
            && matches!(word(a - 1), "the" | "The")
            && matches!(word(a - 2), "of" | "for" | "at")
            && lexicon::is_title_word(word(a - 3)))
            // "an analyst at Barclays Capital", "who heads Oxfam".
            || (a >= 2 && word(a - 1) == "at" && lexicon::is_title_head(word(a - 2)))
            || {
                let v = if a >= 1 && matches!(word(a - 1), "the" | "The") { a - 1 } else { a };
                v >= 2
                    && word(v - 2) == "who"
                    && matches!(word(v - 1), "heads" | "leads" | "chairs" | "runs")
            };
        // "analyst Erling Refsum at Nomura": after a titled person, "at"/"with" names
        // the employer.
        let employer_after_person = a >= 2
            && matches!(word(a - 1), "at" | "with")
            && out.iter().any(|q| {
                q.2 == Piece::Person
                    && q.1 == a - 1
                    && q.0 > 0
                    && !toks[q.0 - 1].cap
                    && lexicon::is_title_head(word(q.0 - 1))
            });
        // "Both the Conservatives and the Liberal Democrats", "the Tories said": a
        // party named by its members in the plural.
        let party_members = b == a + 1
            && word(a) != "Party"
            && lexicon::is_in(lexicon::PARTY_HEADS, word(a))
            && !toks[a].acronym;
        // "the House voted", "a House subcommittee", "House Speaker Jim Wright": the
        // legislature's chamber, named by its one word inside a sentence (not "House
        // of …", which is a longer name, nor a headline's first word).
        let chamber = b == a + 1
            && word(a) == "House"
            && a > 0
            && !toks
                .get(b)
                .is_some_and(|t| t.cap && !lexicon::is_title_word(&t.span.of(text).to_lowercase()))
            && !matches!(word(b), "of" | "'s" | "’s");
        if title_then_person
            || possessive_title
            || of_after_title
            || employer_after_person
            || party_members
            || chamber
        {
            out[pi].2 = Piece::Org;
            continue;
        }
        // "the Reagan administration": a government named after the one who leads it.
        let g = gazetteer();
        let surface = &text[toks[a].span.start..toks[b - 1].span.end];
        if b == a + 1
            && next == "administration"
            && !toks[a].acronym
            && g.country(surface).is_none()
            && !g.is_demonym(surface)
            && g.organizations(surface).is_empty()
        {
            out[pi].2 = Piece::Person;
        }
    }
    // "made by OSI Pharmaceuticals, Genentech and Roche": names listed with an
    // organization are organizations.
    for _ in 0..2 {
        for pi in 0..out.len() {
            if out[pi].2 != Piece::Unknown {
                continue;
            }
            let (a, b, _) = out[pi];
            // ("Ciriaco De Mita, Christian Democratic Party secretary": an
            // organization followed by a title is an apposition, not a list.)
            // ("The head of the IMF, Kristalina Georgieva, said": a name set off by
            // commas before a verb is an apposition, not the next item of a list.)
            let set_off = word(b) == ","
                && toks
                    .get(b + 1)
                    .is_some_and(|t| t.word && !t.cap && !matches!(word(b + 1), "and" | "or"));
            let joined_to = |q: &(usize, usize, Piece)| {
                q.2 == Piece::Org
                    && ((q.1 + 1 == a
                        && (matches!(word(q.1), "and" | "or") || word(q.1) == "," && !set_off))
                        || (b + 1 == q.0
                            && matches!(word(b), "," | "and" | "or")
                            && !(word(b) == ","
                                && lexicon::is_title_head(word(q.1))
                                && !toks.get(q.1).is_some_and(|t| t.cap))))
            };
            if out.iter().any(joined_to) {
                out[pi].2 = Piece::Org;
            }
        }
    }
    let mut out = with_tagger(text, toks, common, out);
    // A "person" made only of words the article also writes in lower case is a
    // common noun phrase ("General Election").
    for p in out.iter_mut() {
        if p.2 == Piece::Person
            && (p.0..p.1).all(|i| common.contains(&toks[i].span.of(text).to_lowercase()))
        {
            p.2 = Piece::Skip;
        }
    }
    out
}

/// "G7", "G-8", "G20": a group of states by its number of members.
fn is_group_of_states(word: &str) -> bool {
    word.strip_prefix('G')
        .map(|n| n.strip_prefix('-').unwrap_or(n))
        .is_some_and(|n| (1..=2).contains(&n.len()) && n.chars().all(|c| c.is_ascii_digit()))
}

/// The number of members a group of states is named by: "G-7", "G7", "Group of Seven".
fn group_of_states_size(name: &str) -> Option<u32> {
    if is_group_of_states(name) {
        return name.trim_start_matches(['G', '-']).parse().ok();
    }
    let number = name.strip_prefix("Group of ")?;
    const NUMBERS: &[&str] = &[
        "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
    ];
    NUMBERS
        .iter()
        .position(|w| number.eq_ignore_ascii_case(w))
        .map(|n| n as u32)
        .or_else(|| number.parse().ok())
}

/// "BEVERLY HILLS, Calif., March 17", "Patrick Leahy (D-Vt.)": a region's abbreviation
/// with its period ("Calif.", "Vt."), after the comma of a city's name or a party's
/// letter, names the region. Gives the end of the piece, period included.
fn state_abbreviation_end(text: &str, toks: &[Token], i: usize) -> Option<usize> {
    let dot = toks.get(i + 1)?;
    if i == 0 || dot.span.of(text) != "." || dot.span.start != toks[i].span.end {
        return None;
    }
    if !matches!(toks[i - 1].span.of(text), "," | "-") {
        return None;
    }
    let abbreviation = &text[toks[i].span.start..dot.span.end];
    gazetteer()
        .places(abbreviation)
        .iter()
        .any(|p| p.kind == PlaceKind::Region && p.alt_names.iter().any(|a| a == abbreviation))
        .then_some(i + 2)
}

/// How sure the statistical tagger must be before its span types a name the rules
/// left untyped (chosen on the CoNLL04 dev split and the development articles).
const TAGGER_MIN_CONFIDENCE: f32 = 0.7;

/// A lone capitalized word is a person far less often in a news article (which names
/// its people in full first) than the tagger's training sentences suggest, so it needs
/// more certainty ("Muslim", "Javelin missiles" otherwise come out as people).
const TAGGER_MIN_SINGLE_PERSON_CONFIDENCE: f32 = 0.9;

/// Names the rules could not type ("Leoncia Casalme", a company in no gazetteer) take
/// the statistical tagger's type. The rules' typed pieces always stand: the tagger
/// only fills in pieces the rules left unknown, or capitalized words they left out.
fn with_tagger(
    text: &str,
    toks: &[Token],
    common: &HashSet<String>,
    plan: Vec<(usize, usize, Piece)>,
) -> Vec<(usize, usize, Piece)> {
    let g = gazetteer();
    // The tagger only fills gaps: a sentence whose names the rules all typed (or that
    // has none) needs no tagging.
    let gaps = plan.iter().any(|&(a, b, p)| {
        p == Piece::Unknown || (p == Piece::Org && b == a + 1 && toks[a].acronym)
    });
    if !gaps {
        return plan;
    }
    let words: Vec<&str> = toks.iter().map(|t| t.span.of(text)).collect();
    let tagged = Tagger::default_model().tag(&words);
    let mut plan = plan;
    // A lone acronym the rules took for an organization, in no gazetteer, that the
    // tagger does not see as a name at all is a common noun ("GDP", "HIV", "AWOL").
    plan.retain(|&(a, b, p)| {
        !(p == Piece::Org
            && b == a + 1
            && toks[a].acronym
            && gazetteer().organizations(words[a]).is_empty()
            && !tagged.iter().any(|t| t.start <= a && a < t.end))
    });
    for t in tagged {
        if t.confidence < TAGGER_MIN_CONFIDENCE
            || t.end > toks.len()
            || !toks[t.start].cap
            || !toks[t.end - 1].cap && !toks[t.end - 1].acronym
        {
            continue;
        }
        let surface = &text[toks[t.start].span.start..toks[t.end - 1].span.end];
        // Words the article also writes in lower case are common nouns ("Stock",
        // "Young People"); adjectives of nationality are not places ("European"); a
        // given name alone is not a person the graph can name ("David").
        let singular = surface.strip_suffix('s').unwrap_or(surface);
        // ("the talks at Labour's spring conference" beside "labour affairs": one word
        // capitalized after a lower-case one and owning something is a name.)
        let owner_mid_sentence = t.end == t.start + 1
            && t.start > 0
            && toks[t.start - 1].word
            && !toks[t.start - 1].cap
            && toks
                .get(t.end)
                .is_some_and(|n| matches!(n.span.of(text), "'s" | "’s" | "'" | "’"));
        if (!owner_mid_sentence
            && (t.start..t.end).any(|i| common.contains(&toks[i].span.of(text).to_lowercase())))
            || g.is_demonym(surface)
            || (g.is_demonym(singular) && g.country(surface).is_none())
            || (t.end - t.start == 1
                && (lexicon::is_org_head(surface) || lexicon::is_place_head(surface)))
            || (t.kind == TagKind::Person
                && t.end - t.start == 1
                && (t.confidence < TAGGER_MIN_SINGLE_PERSON_CONFIDENCE
                    || g.is_common_given_name(surface)))
        {
            continue;
        }
        let overlapping: Vec<usize> = (0..plan.len())
            .filter(|&i| plan[i].0 < t.end && t.start < plan[i].1)
            .collect();
        // Only unknown pieces, or capitalized words outside any piece.
        if overlapping.iter().any(|&i| plan[i].2 != Piece::Unknown) {
            continue;
        }
        // ("Boston Review": the rules saw the place's name open a longer one; "San Juan
        // de Nicaragua": close one after a particle.)
        if t.kind == TagKind::Place
            && overlapping.iter().any(|&i| {
                plan[i].0 == t.start && plan[i].1 > t.end
                    || plan[i].0 < t.start
                        && is_name_particle(words[t.start - 1])
                        && plan[i].1 >= t.end
            })
        {
            continue;
        }
        // An unknown piece reaching past the span keeps its outside part unknown.
        let mut rest: Vec<(usize, usize, Piece)> = Vec::new();
        for &i in &overlapping {
            let (a, b, _) = plan[i];
            if a < t.start {
                rest.push((a, t.start, Piece::Unknown));
            }
            if b > t.end {
                rest.push((t.end, b, Piece::Unknown));
            }
        }
        for &i in overlapping.iter().rev() {
            plan.remove(i);
        }
        let piece = match t.kind {
            TagKind::Person => Piece::Person,
            TagKind::Organization => Piece::Org,
            TagKind::Place => Piece::Place,
        };
        plan.push((t.start, t.end, piece));
        plan.extend(rest);
        plan.sort_by_key(|p| p.0);
    }
    plan
}

/// "a meeting of the Commission for Africa in Cape Town": organizations are named
/// after continents and countries, rarely after the city they meet in. Is the longest
/// gazetteer place starting at token `k` a city?
fn city_starts_at(text: &str, toks: &[Token], k: usize) -> bool {
    (k + 1..=toks.len().min(k + 3)).rev().any(|m| {
        let s = &text[toks[k].span.start..toks[m - 1].span.end];
        gazetteer()
            .places(s)
            .first()
            .is_some_and(|p| p.kind == PlaceKind::City)
    })
}

fn is_locative(w: &str) -> bool {
    matches!(
        w,
        "in" | "at" | "from" | "to" | "near" | "outside" | "into" | "across" | "toward" | "towards"
    )
}

fn is_name_token(text: &str, t: &Token) -> bool {
    let w = t.span.of(text);
    (t.cap || t.acronym || is_arabic_article_name(w))
        && t.word
        && !w
            .chars()
            .all(|c| c.is_ascii_digit() || c == ',' || c == '.')
}

/// "al-Nahayan", "el-Sisi": a family name after the Arabic article, written in lower case.
fn is_arabic_article_name(w: &str) -> bool {
    ["al-", "el-"].iter().any(|p| {
        w.strip_prefix(p)
            .and_then(|rest| rest.chars().next())
            .is_some_and(char::is_uppercase)
    })
}

/// A name particle written either way ("De Goey", "Van Persie" as well as "de la Vega").
fn is_particle_any_case(w: &str) -> bool {
    is_name_particle(&w.to_lowercase())
}

/// Particles inside a personal name: "Zaid bin Sultan", "Charles de Gaulle".
fn is_name_particle(w: &str) -> bool {
    matches!(
        w,
        "bin"
            | "ibn"
            | "bint"
            | "al"
            | "de"
            | "del"
            | "dos"
            | "das"
            | "van"
            | "von"
            | "der"
            | "da"
            | "di"
            | "du"
            | "la"
            | "las"
            | "le"
            | "los"
    )
}

fn is_connector(w: &str, so_far: &[Token], text: &str) -> bool {
    match w {
        "of" | "for" | "to" => true,
        _ if is_name_particle(w) => true,
        // "Marks & Spencer", "Johnson & Johnson": an ampersand joins a company's name.
        "&" => true,
        // "Department for Education and Skills" goes on; "Fenwick Society and Ardley
        // Capital" are two names: a name that already ends in its head is complete
        // ("Securities and Exchange Commission": a lone head word is not a name yet).
        // "Minister of Industry and Trade Cahit Aral": the portfolio after a title's
        // "of" goes on over "and".
        "and"
            if so_far
                .iter()
                .position(|t| lexicon::is_title_head(t.span.of(text)))
                .is_some_and(|h| so_far[h + 1..].iter().any(|t| t.span.of(text) == "of")) =>
        {
            true
        }
        // ("Liberals and Social Democrats": a party's members in the plural are a
        // name of their own.)
        "and" if matches!(so_far, [one] if lexicon::is_party_members(one.span.of(text))) => false,
        "and" | "in" | "the" | "on" => {
            so_far.iter().any(|t| lexicon::is_org_head(t.span.of(text)))
                && !(so_far.len() >= 2
                    && so_far
                        .last()
                        .is_some_and(|t| lexicon::is_org_head(t.span.of(text))))
        }
        _ => false,
    }
}

/// "Yorkshire", "Oxfordshire": a county of Britain by its ending.
fn is_county_name(word: &str) -> bool {
    word.chars().next().is_some_and(char::is_uppercase)
        && word.len() >= 7
        && word.ends_with("shire")
        && word.chars().all(char::is_alphabetic)
}

/// "Channel 4", "Radio 4": is token `i` the number of a broadcaster's station?
fn is_station_number(text: &str, toks: &[Token], i: usize) -> bool {
    let w = toks[i].span.of(text);
    i > 0
        && (1..=2).contains(&w.len())
        && w.chars().all(|c| c.is_ascii_digit())
        && matches!(toks[i - 1].span.of(text), "Channel" | "Radio")
}

/// Is `toks[k..m]` (in the capitalized run ending at `b`), which only a listed company
/// of the gazetteer bears, something else here? The start of a longer name; or, as one
/// word, a town ("Dover"), a surname ("Rogers"), a given name, a word the article also
/// writes in lower case, or a two-letter code opening the sentence.
fn word_not_company(
    text: &str,
    toks: &[Token],
    common: &HashSet<String>,
    organizations: &[&Organization],
    (k, m, b): (usize, usize, usize),
) -> bool {
    let g = gazetteer();
    let s = &text[toks[k].span.start..toks[m - 1].span.end];
    if organizations.iter().any(|o| !o.is_listed_company()) {
        return false;
    }
    // "Wells Fargo Bank", "Goldman Sachs and Co": a listed company's name inside a
    // longer name is that name's start, unless a title follows ("Pfizer chief
    // executive").
    if m < b && !starts_known(text, toks, m, b) {
        return true;
    }
    // "Rohm and Haas Seed Inc", "Barclays de Zoete Wedd": the name goes on over a
    // connector to a legal form or over a particle.
    let word = |i: usize| toks.get(i).map(|t| t.span.of(text)).unwrap_or("");
    let capital = |i: usize| toks.get(i).is_some_and(|t| t.cap);
    if m == b
        && (matches!(word(b), "and" | "&")
            && (b + 2..=b + 4)
                .any(|e| (b + 1..e).all(capital) && lexicon::is_designator_tail(&[word(e - 1)]))
            || matches!(word(b), "de" | "van" | "von") && capital(b + 1))
    {
        return true;
    }
    if m != k + 1 {
        return false;
    }
    toks[k].acronym && s.len() <= 2 && k == 0
        || common.contains(&s.to_lowercase())
        || !g.places(s).is_empty()
        || !g.people_by_surname(s).is_empty()
        || g.given_name_count(s) > 0
}

/// Cut a capitalized run `toks[a..b]` into pieces.
fn segment(
    text: &str,
    toks: &[Token],
    common: &HashSet<String>,
    a: usize,
    b: usize,
    sentence_start: bool,
    after_locative: bool,
) -> Vec<(usize, usize, Piece)> {
    let g = gazetteer();
    let mut out: Vec<(usize, usize, Piece)> = Vec::new();
    let mut k = a;
    let word = |i: usize| toks[i].span.of(text);
    let joined = |x: usize, y: usize| &text[toks[x].span.start..toks[y - 1].span.end];
    // Leading function words ("The", "Following") are not part of a name.
    while k < b {
        let w = word(k);
        // ("Fostering Network" keeps its first word: the run ends in an organization noun.)
        let common_start =
            sentence_start && k == a && looks_common(w) && !lexicon::is_org_head(word(b - 1));
        let qualifier = lexicon::is_temporal_qualifier(w) && k + 1 < b;
        // "The Sunday Times", "the Sunday Telegraph": the weekly paper's day is part of
        // its name.
        if w == "Sunday" && k + 1 < b && lexicon::is_in(lexicon::NEWSPAPER_HEADS, word(k + 1)) {
            break;
        }
        // "The Hague", "The Bronx": the article is part of a place's name.
        if w == "The" && k + 1 < b && g.country(word(k + 1)).is_none() {
            let with_article = joined(k, k + 2);
            if g.places(with_article)
                .iter()
                .any(|p| p.name == with_article)
            {
                break;
            }
        }
        // ("Southern California": a compass word before a state names a region.)
        let compass_region = COMPASS_ADJECTIVES.contains(&w)
            && k + 1 < b
            && toks[k + 1].cap
            && g.places(word(k + 1))
                .iter()
                .any(|p| p.kind == PlaceKind::Region);
        if compass_region {
            break;
        }
        // "chairman Jan Berry said": a month's short name that is also a common given
        // name opens a person's name when a name, not a day, follows it (and no
        // preposition of time stands before it).
        let given_month = lexicon::is_calendar_word(w)
            && g.given_name_count(w) >= 50
            && k + 1 < b
            && !toks[k + 1].acronym
            && (a == 0
                || !matches!(
                    toks[a - 1].span.of(text).to_lowercase().as_str(),
                    "in" | "on"
                        | "since"
                        | "by"
                        | "until"
                        | "from"
                        | "of"
                        | "last"
                        | "next"
                        | "early"
                        | "late"
                        | "mid"
                        | "through"
                        | "before"
                        | "after"
                ));
        if given_month {
            break;
        }
        // "Negotiators for General Motors Corp …", "Officials of the Treasury": people
        // of a body, not part of its name.
        let people_of = k == a
            && k + 1 < b
            && lexicon::singular_title(w).is_some()
            && matches!(word(k + 1), "for" | "of" | "from" | "at");
        // ("Eastern Airlines", "Western Union": a compass adjective opening a body's
        // name is part of it.)
        let compass_body = COMPASS_ADJECTIVES.iter().any(|c| c.eq_ignore_ascii_case(w))
            && b >= k + 2
            && lexicon::is_org_head(word(b - 1));
        // ("… and First Chicago NBD Corp.": mid-sentence, a capitalized ordinal opening
        // a run that a company's legal form closes is the company's first word.)
        // ("First Boston analyst X": "First" and a city's name alone, mid-sentence, are
        // a bank's name too.)
        let first_and_place = w == "First" && b >= k + 2 && g.names_a_place(joined(k + 1, b));
        let after_article = k > a && (a..k).all(|i| matches!(word(i), "A" | "The" | "a" | "the"));
        // ("First Boston and Kidder have been advisers": no comma after the sentence's
        // "First", so no adverb.)
        let firm_word = (k == a && (!sentence_start || first_and_place) || after_article)
            && lexicon::is_in(ORDINAL_FIRM_WORDS, w)
            && b >= k + 2
            && (lexicon::is_designator_tail(&[word(b - 1)]) || first_and_place);
        if (lexicon::is_function_word(w) && !compass_body && !firm_word)
            || people_of
            || common_start
            || qualifier
            || (lexicon::is_in(lexicon::NOT_NAMES, w) && !lexicon::is_org_head(word(b - 1)))
        {
            out.push((k, k + 1, Piece::Skip));
            k += 1;
        } else {
            break;
        }
    }
    // "the Scottish Executive", "The Health and Safety Executive": "the", capitalized
    // words and "Executive" with no name after it is a body, not a title ("the Chief
    // Executive" is one).
    let first = if word(a) == "The" { a + 1 } else { a };
    if b >= first + 2
        && word(b - 1) == "Executive"
        && (first > a || a > 0 && word(a - 1) == "the")
        && !toks.get(b).is_some_and(|t| t.cap)
        && !(first..b - 1).any(|i| lexicon::is_title_word(&word(i).to_lowercase()))
    {
        out.clear();
        if first > a {
            out.push((a, first, Piece::Skip));
        }
        out.push((first, b, Piece::Org));
        return out;
    }
    // "the G8 summit", "G7 ministers", "the G-7": a group of states named by its
    // number of members.
    if b == k + 1 && is_group_of_states(word(k)) {
        out.push((k, b, Piece::Org));
        return out;
    }
    // "Marks & Spencer", "Johnson & Johnson": a run joined by an ampersand is one
    // company, whatever its parts are on their own; "BBC Radio 4", "Channel 4 News":
    // a broadcaster with its station's number is one too.
    if k + 2 < b && (k + 1..b - 1).any(|i| word(i) == "&")
        || (k + 1..b).any(|i| is_station_number(text, toks, i))
    {
        out.push((k, b, Piece::Org));
        return out;
    }
    // "Goodyear Tire and Rubber Co": the name joined over "and" by the run.
    if let Some(and) = (k + 1..b.saturating_sub(1)).find(|&i| word(i) == "and")
        && trades_and_designator_end(text, toks, and) == Some(b)
    {
        out.push((k, b, Piece::Org));
        return out;
    }
    while k < b {
        let w = word(k);
        // "Paul Volcker and U.S. Treasury Secretary James Baker": a connector left
        // between two pieces belongs to neither.
        if matches!(w, "and" | "in" | "the" | "on" | "of" | "for" | "to") {
            out.push((k, k + 1, Piece::Skip));
            k += 1;
            continue;
        }
        // "Fahnestock and Co": a name, "and", a designator ending the run is a firm.
        if b == k + 3 && word(k + 1) == "and" && lexicon::is_designator_tail(&[word(k + 2)]) {
            out.push((k, b, Piece::Org));
            k = b;
            continue;
        }
        // "Guy Mansfield QC": letters after a name are not part of it.
        if lexicon::is_post_nominal(w) && out.last().is_some_and(|p| p.2 == Piece::Person) {
            out.push((k, k + 1, Piece::Skip));
            k += 1;
            continue;
        }
        // "Ms Hewitt", "Professor Chris Woodhead", "Gen Musharraf": the honorific is not
        // part of the name.
        if (lexicon::is_in(lexicon::HONORIFICS, w) || rank_before_name(text, toks, k, b))
            && k + 1 < b
        {
            // ("Lt Col Oliver North": a rank of two words.)
            let mut first = k + 1;
            while first + 1 < b && lexicon::is_rank(word(first)) {
                first += 1;
            }
            out.push((k, first, Piece::Skip));
            let mut m = first;
            // ("Sir Anthony John Charles Meyer": up to four names after it.)
            while m < b
                && m - first < 4
                && !lexicon::is_title_word(word(m))
                && !is_lower_connector(word(m))
                && !lexicon::is_post_nominal(word(m))
            {
                m += 1;
            }
            if m > first {
                out.push((first, m, Piece::Person));
            }
            k = m;
            continue;
        }
        // "NV Philips Gloeilampenfabriek", "AB LM Ericsson", "PT Astra International":
        // a registered company form written first opens a company's name, which runs
        // to the end of the capitalized run.
        if toks[k].acronym && lexicon::is_in(lexicon::COMPANY_PREFIXES, w) && k + 1 < b {
            out.push((k, b, Piece::Org));
            k = b;
            continue;
        }
        // "USS Holland", "HMS Belfast": a naval ship's prefix makes the name after it a
        // ship's, which mentions no place.
        if lexicon::is_in(SHIP_PREFIXES, w) && toks[k].acronym && k + 1 < b {
            out.push((k, b, Piece::Skip));
            k = b;
            continue;
        }
        // "Air France", "Statistics Canada", "Radio Moscow": a body's word before a
        // country's or a place's name makes the body's name (an airline, a statistics
        // office, a broadcaster), not a mention of the place.
        if lexicon::is_in(PLACE_NAMED_BODY_WORDS, w)
            && toks[k].cap
            && let Some(m) = (k + 2..=b.min(k + 5))
                .rev()
                .find(|&m| g.names_a_place(joined(k + 1, m)))
            && !g.is_demonym(joined(k + 1, m))
        {
            out.push((k, m, Piece::Org));
            k = m;
            continue;
        }
        // "Vienna-based": the seat of what follows.
        if let Some(prefix) = w.strip_suffix("-based")
            && (!g.places(prefix).is_empty() || g.country(prefix).is_some())
        {
            out.push((k, k + 1, Piece::Place));
            k += 1;
            continue;
        }
        // Titles: "Deputy Foreign Minister", "Secretary of State for Political Affairs".
        // ("Justice Department": a title word right before an organization's head noun
        // names the portfolio of that organization, not anyone's office.)
        if lexicon::is_title_word(w)
            && !is_given_name_start(text, toks, k, b)
            && !(k + 1 < b && lexicon::is_org_head(word(k + 1)) && toks[k + 1].cap)
        {
            let mut m = k;
            let mut saw_head = false;
            while m < b {
                let wm = word(m);
                if lexicon::is_title_word(wm) {
                    saw_head |= lexicon::is_title_head(wm);
                    m += 1;
                } else if saw_head
                    && matches!(wm, "of" | "for" | "to")
                    && m + 1 < b
                    // ("Chairman of General Motors Roger Smith", "President of Brazil
                    // Jose Sarney": a known body or country after "of" is no part of
                    // the title.)
                    && !(wm == "of"
                        && (m + 2..=b.min(m + 6)).any(|n| {
                            let s = joined(m + 1, n);
                            g.country(s).is_some_and(|_| !g.is_demonym(s))
                                || !g.organizations(s).is_empty()
                        }))
                    // ("MP for Ashfield", "MSP for Glasgow Kelvin": what a member sits
                    // for is a district, no part of the title.)
                    && !(wm == "for"
                        && matches!(
                            word(m - 1).to_lowercase().as_str(),
                            "mp" | "msp" | "am" | "mep" | "td" | "member"
                        ))
                    // "Chairman of Exco International Inc": an organization's name
                    // after "of" ends the title.
                    && !lexicon::is_org_head(word(b - 1))
                    && !lexicon::is_designator_tail(&[word(b - 1)])
                {
                    // "of State", "for Political Affairs", "to NATO": the title goes on
                    // until a name starts.
                    let mut n = m + 1;
                    while n < b
                        && !matches!(word(n), "of" | "for" | "to")
                        && !is_given_name_start(text, toks, n, b)
                    {
                        n += 1;
                        if n - m > 4 {
                            break;
                        }
                    }
                    // Keep at least one token for the name when the run is "Title of X Name".
                    // ("… and Trade Cahit Aral": two, when the portfolio ran long.)
                    if n + 2 > b && b >= m + 4 {
                        n = b - 2;
                    }
                    m = n;
                } else {
                    break;
                }
            }
            // "Oona King": one title word ending the run after a name is a surname.
            let surname = m == k + 1
                && m == b
                && k > a
                && g.country(word(k - 1)).is_none()
                && !lexicon::is_title_word(word(k - 1))
                && !g.people_by_surname(w).is_empty();
            if saw_head && !surname {
                out.push((k, m, Piece::Title));
                // "Queen Elizabeth", "King Juan Carlos": after a sovereign's title, the
                // name up to "of" is a person's, though a town bears it.
                let royal = (k..m).any(|t| lexicon::is_sovereign_title(word(t)));
                let mut n = m;
                while n < b && n - m < 2 && word(n) != "of" && g.country(word(n)).is_none() {
                    n += 1;
                }
                // (A given name: "King Cross station" is no king.)
                let given = m < b && g.is_common_given_name(word(m));
                let venue_after = toks.get(b).is_some_and(|t| {
                    lexicon::is_place_head(&t.span.of(text).to_lowercase())
                        || matches!(t.span.of(text), "station" | "street" | "road" | "college")
                });
                if royal && given && !venue_after && n > m && (n == b || word(n) == "of") {
                    out.push((m, n, Piece::Person));
                    k = n;
                    continue;
                }
                k = m;
                continue;
            }
        }
        // "Latin America", "Central America": "America" with a capitalized word
        // before it in the name is a region, not the United States. "West Germany",
        // "Southern Sudan": a compass word before a country's name makes another
        // place (a region of it, or a state of the past), not the country.
        let compass = COMPASS_POINTS.contains(&word(k)) || COMPASS_ADJECTIVES.contains(&word(k));
        if k + 1 < b
            && toks[k].cap
            && g.country(word(k)).is_none()
            && !gazetteer().is_demonym(word(k))
            && !lexicon::is_title_word(word(k))
            && (word(k + 1) == "America"
                || (compass
                    // ("Southern California", "North Wales": a region of a state or
                    // of a nation too.)
                    && (g.country(word(k + 1)).is_some()
                        || is_county_name(word(k + 1))
                        // ("East Midlands MEP Robert Kilroy-Silk": the seat of an
                        // elected member.)
                        || toks
                            .get(k + 2)
                            .is_some_and(|t| lexicon::is_in(lexicon::ELECTED_MEMBERS, t.span.of(text)))
                        || g.places(word(k + 1))
                            .iter()
                            .any(|p| matches!(p.kind, PlaceKind::Region | PlaceKind::Country)))
                    && !g.is_demonym(word(k + 1))
                    && g.country(joined(k, k + 2)).is_none()
                    && g.places(joined(k, k + 2)).is_empty()))
        {
            out.push((k, k + 2, Piece::Place));
            k += 2;
            continue;
        }
        // Longest gazetteer match first.
        let mut matched = false;
        for m in (k + 1..=b.min(k + 8)).rev() {
            let s = joined(k, m);
            if !toks[m - 1].cap && !toks[m - 1].acronym {
                continue;
            }
            // "Jordan De Goey", "American Registry", "Manchester United", "London
            // Marathon": a place's one-word name followed by capitalized words that
            // start nothing known opens a longer name (a person, a club, an event, a
            // journal) and mentions no place.
            let opens_longer_name = m < b && opens_name(text, toks, m, b);
            // "Manchester City", "Hull City": a town's name and "City" closing the
            // run, which together name no place the bulk data knows ("Kansas City",
            // "Mexico City" it does), are a club.
            let club_city =
                m == k + 1 && m + 1 == b && word(m) == "City" && !g.names_a_place(joined(k, b));
            // "San Juan de Nicaragua", "Jordan da Silva": a name joined to another by a
            // lower-case particle is one longer name ("Rio de Janeiro" is a place the
            // bulk data knows, matched whole before this).
            // (Not after a given name: "Leo de Corel" is a person, though a town is
            // called Leo.)
            let particle_joined = m + 1 < b
                && matches!(word(m), "de" | "del" | "do" | "da" | "dos" | "das")
                && toks[m + 1].cap
                && !g.is_common_given_name(word(k));
            if (opens_longer_name || club_city || particle_joined) && g.names_a_place(s) {
                if club_city {
                    out.push((k, b, Piece::Org));
                    k = b;
                    matched = true;
                } else if particle_joined {
                    // The name runs over the capitalized words after the particle: no
                    // piece of it is a place on its own.
                    let mut end = m + 1;
                    while end < b && toks[end].cap {
                        end += 1;
                    }
                    out.push((k, end, Piece::Unknown));
                    k = end;
                    matched = true;
                }
                break;
            }
            if let Some(c) = g.country(s) {
                let _ = c;
                out.push((k, m, Piece::Country(0)));
                k = m;
                matched = true;
                break;
            }
            let organizations = g.organizations(s);
            if !organizations.is_empty()
                && !word_not_company(text, toks, common, &organizations, (k, m, b))
            {
                out.push((k, m, Piece::Org));
                k = m;
                matched = true;
                break;
            }
            if m - k >= 2 && !g.people(s).is_empty() {
                out.push((k, m, Piece::Person));
                k = m;
                matched = true;
                break;
            }
            // "Halifax, Nova Scotia", "Alice Springs": a place's name of two or more
            // words whose last word nobody in the bulk data bears as a surname is that
            // place, though its first word is a given name. (Not after a particle:
            // "Van Buren" is the president before it is the town.)
            let place_not_person = m - k >= 2
                && !is_name_particle(&word(k).to_lowercase())
                && !g.places(s).is_empty()
                && g.people_by_surname(word(m - 1)).is_empty();
            if is_given_name_start(text, toks, k, m) && m - k >= 2 && !place_not_person {
                continue;
            }
            if let Some(p) = g.places(s).first() {
                let single = m - k == 1;
                // "Kennedy", "Lincoln", "Warren": a town's name that office holders bear
                // as a surname is a place only where the sentence says so ("in
                // Lincoln") or when the city is a large one.
                let surname = single
                    && p.kind == PlaceKind::City
                    && p.population < 1_000_000
                    && !g.people_by_surname(s).is_empty();
                let strong = !single
                    || matches!(
                        p.kind,
                        PlaceKind::Country | PlaceKind::Region | PlaceKind::Sea
                    )
                    || (p.population >= 100_000 && !surname)
                    || after_locative
                    // ("the Labour MP for Ashfield": a district's slot.)
                    || (a == k && b == m && district_slot(text, toks, k, m));
                // "UK Independence Party": a place name right before an organization's
                // head noun is part of the organization's name.
                let names_org = m < b && lexicon::is_org_head(word(m));
                if strong
                    && !names_org
                    && !lexicon::is_title_word(s)
                    && (place_not_person || !is_given_name_start(text, toks, k, b))
                {
                    out.push((k, m, Piece::Place));
                    k = m;
                    matched = true;
                    break;
                }
            }
            if let Some(metonym) = building_metonym(s) {
                let _ = metonym;
                out.push((k, m, Piece::Place));
                k = m;
                matched = true;
                break;
            }
        }
        if matched {
            continue;
        }
        // "R. Joseph Clancy", "S. Kent Rockwell": an initial before a given name opens
        // the person's name.
        // (Not "J. Henry Schroder Wagg and Co Ltd", a firm named after a person.)
        if crate::text::is_initial(word(k))
            && is_given_name_start(text, toks, k + 1, b)
            && !lexicon::is_designator_tail(&[word(b - 1)])
        {
            k += 1;
            let first = k;
            let mut m = k + 1;
            while m < b
                && m - first < 4
                && toks[m].cap
                && !lexicon::is_title_word(word(m))
                && !lexicon::is_org_head(word(m))
            {
                m += 1;
            }
            out.push((first - 1, m, Piece::Person));
            k = m;
            continue;
        }
        // A given name followed by capitalized words: a person.
        if is_given_name_start(text, toks, k, b) {
            let mut m = k + 1;
            // A title word ends the name unless it is the run's last word: "Oona
            // King", "John Major" (a title needs a name after it).
            while m < b
                && m - k < 5
                && (!lexicon::is_title_word(word(m))
                    || m + 1 == b
                    // "Martin Luther King Jr.": a suffix closes the name.
                    || m + 2 == b && matches!(word(m + 1), "Jr" | "Jr." | "Sr" | "Sr.")
                    // "bin Sultan": after a particle comes a name.
                    || is_particle_any_case(word(m - 1))
                    || is_name_particle(word(m))
                    || is_particle_any_case(word(m)) && m + 1 < b && toks[m + 1].cap)
                && !lexicon::is_org_head(word(m))
                && !lexicon::is_place_head(word(m))
                && !lexicon::is_post_nominal(word(m))
                // ("said analyst Vadim Mitroshin The dispute …": a paragraph run on
                // without its full stop; an article closes the name.)
                && !matches!(word(m), "The" | "A" | "An" | "This" | "That" | "It" | "He" | "She")
                // "By Adrian Warner BERLIN 1996-08-30": a word in capitals after a
                // name written in lower case is the dateline's city.
                && !(toks[m].acronym && !toks[k].acronym && word(m).chars().count() >= 3)
                && (toks[m].cap && !is_lower_connector(word(m))
                    // "Zaid bin Sultan al-Nahayan".
                    || is_arabic_article_name(word(m))
                    // ("Carlos de los Reyes": two particles.)
                    || is_name_particle(word(m))
                        && m + 1 < b
                        && (toks[m + 1].cap
                            || is_name_particle(word(m + 1))
                                && m + 2 < b
                                && toks[m + 2].cap))
            {
                m += 1;
            }
            // "Merrill Lynch Capital Markets": a company named after people.
            let mut end = m;
            while end < b && toks[end].cap && !is_lower_connector(word(end)) {
                end += 1;
            }
            if lexicon::is_org_head(word(end - 1)) && end > m {
                out.push((k, end, Piece::Org));
                k = end;
                continue;
            }
            // "Morgan City", "Nelson Street": a place named after someone.
            if lexicon::is_place_head(word(end - 1)) && end >= m {
                out.push((k, end, Piece::Place));
                k = end;
                continue;
            }
            // "the Marshall Plan", "Public Order Act": a law, a plan or a prize.
            if lexicon::is_thing_head(word(end - 1)) {
                out.push((k, end, Piece::Skip));
                k = end;
                continue;
            }
            // "the Marshall Plan": a given name before a word the article writes in
            // lower case, which nobody in the bulk data bears as a surname, names a thing.
            if m - k == 2
                && common.contains(&word(k + 1).to_lowercase())
                && g.people_by_surname(word(k + 1)).is_empty()
            {
                out.push((k, m, Piece::Skip));
                k = m;
                continue;
            }
            out.push((k, m, Piece::Person));
            k = m;
            continue;
        }
        // Unknown: extend over the rest of the run unless a gazetteer piece starts.
        // It stops where a person's name starts after common nouns ("… and Families
        // Margaret Hodge"); after a name ("Booz Allen Hamilton") the name goes on.
        // ("the Environmental Audit Committee Peter Ainsworth", "Liberal Democrat Alan
        // Beith": after a body's head noun or a party member's word, a person's name
        // starts.)
        let mut m = k + 1;
        while m < b
            && !starts_known(text, toks, m, b)
            && !(is_given_name_start(text, toks, m, b)
                && ((k..m).all(|i| toks[i].acronym || common.contains(&word(i).to_lowercase()))
                    || lexicon::is_org_head(word(m - 1))
                    || lexicon::is_in(lexicon::PARTISANS, word(m - 1))))
        {
            m += 1;
        }
        out.push((k, m, Piece::Unknown));
        k = m;
    }
    out.retain(|p| p.0 < p.1);
    merge_pieces(text, toks, common, out)
}

/// "Avis Bourg Co.", "Sears Roebuck and Co", "Bank of Tokyo Ltd": capitalized words
/// that a company's legal form ends are that company's name. Not a run holding two
/// names ("Telegraph Co and Philips BV", "Siemens Co AG"), nor one that opens on
/// words the article writes in lower case or on a person ("Shares of Reynolds Metals
/// Co", "Thaddeus Paluszek of Merrill Lynch and Co").
fn designated_company(
    text: &str,
    toks: &[Token],
    common: &HashSet<String>,
    a: usize,
    b: usize,
) -> bool {
    let word = |i: usize| toks[i].span.of(text);
    if b < a + 2
        || !lexicon::is_designator_tail(&[word(b - 1)])
        || lexicon::is_designator_tail(&[word(a)])
    {
        return false;
    }
    (a + 1..b - 1).all(|i| {
        let w = word(i);
        if lexicon::is_designator_tail(&[w]) {
            return false;
        }
        match w {
            "and" | "&" => i + 2 == b,
            "of" => {
                !(a..i).all(|j| common.contains(&word(j).to_lowercase()))
                    && !is_given_name_start(text, toks, a, i)
            }
            _ => toks[i].cap || toks[i].acronym,
        }
    })
}

/// "American Telephone and Telegraph Co", "Goodyear Tire and Rubber Co": a word for a
/// trade before the "and" at `j`, and after it one to three capitalized words that a
/// company's legal form ends. Gives the end of the whole name.
fn trades_and_designator_end(text: &str, toks: &[Token], j: usize) -> Option<usize> {
    let word = |i: usize| toks[i].span.of(text);
    if j == 0 || j + 2 >= toks.len() || word(j) != "and" || !toks[j - 1].cap {
        return None;
    }
    let trade = fold_key(word(j - 1));
    // ("Interstate Bancorp and RepublicBank Corp": a bank holding's word ends a name.)
    let holding = matches!(
        trade.as_str(),
        "bancorp" | "bancorporation" | "bancshares" | "bankshares"
    );
    if holding
        || !lexicon::is_in(lexicon::BUSINESS_HEADS, &trade)
            && !lexicon::is_in(lexicon::TRADES, &trade)
    {
        return None;
    }
    (j + 2..=(j + 4).min(toks.len())).find(|&end| {
        (j + 1..end).all(|i| toks[i].cap && toks[i].word)
            && lexicon::is_designator_tail(&[word(end - 1)])
            && !toks.get(end).is_some_and(|t| t.cap && t.word)
    })
}

/// "Food and Drug Administration", "Securities and Exchange Commission": one word
/// that names nothing by itself, "and", then one or two capitalized words ending in an
/// organization's head noun that are not a known organization either. Gives the end
/// of the whole name.
fn paired_head_noun(text: &str, toks: &[Token], start: usize, j: usize) -> Option<usize> {
    let g = gazetteer();
    let word = |i: usize| toks[i].span.of(text);
    if j == start || j + 1 >= toks.len() || word(j) != "and" || toks[j - 1].acronym {
        return None;
    }
    // Only one noun before "and" ("the U.S. Food …"): "Fenwick Society and Ardley
    // Capital" are two names.
    // ("the National Aeronautics and Space Administration": a body's scope before it.)
    // ("the U.N. Economic and Social Commission": an acronym before it names whose.)
    let nouns_before = (start..j)
        .filter(|&i| !lexicon::is_function_word(word(i)) && g.country(word(i)).is_none())
        .filter(|&i| {
            toks[i].word
                && !(toks[i].acronym
                    && i + 1 < j
                    && (word(i).ends_with('.') || (i + 2 < j && word(i + 1) == ".")))
        })
        .filter(|&i| {
            !(i + 1 < j
                && matches!(
                    word(i),
                    "National" | "Federal" | "International" | "Royal" | "Central" | "Joint"
                ))
        })
        .count();
    if nouns_before != 1 {
        return None;
    }
    let first = word(j - 1);
    let known = |x: &str| {
        g.country(x).is_some()
            || g.is_demonym(x)
            || !g.organizations(x).is_empty()
            || !g.places(x).is_empty()
            || g.is_common_given_name(x)
    };
    // ("GTE Corp and United Telecommunications Inc": a legal form closes a name; "other
    // Republicans and House Budget Committee Chairman X": a party's members are a name
    // of their own.)
    if known(first) || lexicon::is_designator_tail(&[first]) || lexicon::is_party_members(first) {
        return None;
    }
    // (A tail of one word is a name of its own: "Labour and Tories"; two parties'
    // members are two names: "Liberals and Social Democrats".)
    (j + 3..=(j + 4).min(toks.len())).find(|&end| {
        (j + 1..end).all(|i| toks[i].cap && !toks[i].acronym)
            && lexicon::is_org_head(word(end - 1))
            && !(lexicon::is_party_members(first) && lexicon::is_party_members(word(end - 1)))
            && (j + 1..end - 1).all(|i| !lexicon::is_org_head(word(i)) && !known(word(i)))
            && g.organizations(&text[toks[j + 1].span.start..toks[end - 1].span.end])
                .is_empty()
    })
}

/// Do the capitalized words `toks[m..b]` after a place's name go on with that name
/// rather than start something of their own? Not in a headline, where every word is
/// capitalized; not when they are a title, a date, a known name, a person's name, a
/// large place, or an organization's head noun (whose modifier the place already is:
/// "Russian Foreign Ministry").
fn opens_name(text: &str, toks: &[Token], m: usize, b: usize) -> bool {
    let g = gazetteer();
    let w = toks[m].span.of(text);
    let large_place = |x: &str| {
        g.country(x).is_some()
            || g.places(x)
                .iter()
                .any(|p| p.kind != PlaceKind::City || p.population >= 100_000)
    };
    // "De Goey", "Van Persie", "Le Clos": a surname's particle, written capitalized,
    // with the rest of the surname after it (no title's "de facto").
    let surname_particle = |i: usize| {
        is_particle_any_case(toks[i].span.of(text))
            && toks.get(i + 1).is_some_and(|t| t.cap && !t.acronym)
            && i + 1 < b
    };
    toks[m].cap
        && !toks[m].acronym
        && !headline_case(text, toks)
        && !(m..b).any(|i| {
            if surname_particle(i) {
                return false;
            }
            let x = toks[i].span.of(text);
            let singular = x.strip_suffix('s').unwrap_or(x);
            lexicon::is_title_word(x)
                || lexicon::is_calendar_word(x)
                || toks[i].acronym
                // "U.S. House of Representatives", "U.S. Governments": an
                // institution of the place's, which the place's name qualifies.
                || lexicon::is_org_head(x)
                || lexicon::is_org_head(singular)
                || lexicon::is_in(lexicon::LONE_INSTITUTIONS, x)
                || matches!(x, "of" | "for")
                // "a Wisconsin Democrat": a party's member from the place.
                || lexicon::is_in(lexicon::PARTISANS, singular)
        })
        && !lexicon::is_function_word(w)
        && !is_lower_connector(w)
        && !w.ends_with("-based")
        && !lexicon::is_in(lexicon::HONORIFICS, w)
        && !large_place(w)
        && !starts_known(text, toks, m, b)
        && !is_given_name_start(text, toks, m, b)
        && !is_org_tail(text, toks, m, b)
}

/// Is the sentence written in title case, as headlines are (most of its longer words
/// capitalized)?
fn headline_case(text: &str, toks: &[Token]) -> bool {
    // (A sentence that ends in a full stop is prose, however many names it holds.)
    let ends_prose = toks
        .iter()
        .rev()
        .map(|t| t.span.of(text))
        .find(|w| !matches!(*w, "\"" | "'" | "”" | "’" | ")"))
        .is_some_and(|w| matches!(w, "." | "?" | "!"));
    let words: Vec<&Token> = toks
        .iter()
        .filter(|t| t.word && t.span.of(text).chars().count() > 3)
        .collect();
    !ends_prose
        && words.len() >= 3
        && words.iter().filter(|t| t.cap).count() * 10 >= words.len() * 6
}

/// Does a gazetteer entry or a title start at token `k`?
fn starts_known(text: &str, toks: &[Token], k: usize, b: usize) -> bool {
    let g = gazetteer();
    let w = toks[k].span.of(text);
    // "Oona King": a title word ending the run after a name is a surname.
    let surname = k + 1 == b && k > 0 && toks[k - 1].cap && !g.people_by_surname(w).is_empty();
    if lexicon::is_title_head(w) && !lexicon::is_org_head(w) && !surname {
        return true;
    }
    // "Federal Reserve Board Vice Chairman": title modifiers leading to a title head.
    if lexicon::is_title_word(w) && !lexicon::is_org_head(w) {
        let mut m = k + 1;
        while m < b && m <= k + 3 && lexicon::is_title_word(toks[m].span.of(text)) {
            if lexicon::is_title_head(toks[m].span.of(text)) {
                return true;
            }
            m += 1;
        }
    }
    if is_lower_connector(w) {
        return false;
    }
    (k + 1..=b.min(k + 6)).any(|m| {
        let s = &text[toks[k].span.start..toks[m - 1].span.end];
        // (A listed company's name inside a run is part of a longer name: "North
        // American International Auto Show".)
        g.country(s).is_some() && !g.is_demonym(s)
            || g.organizations(s).iter().any(|o| !o.is_listed_company())
    }) && !is_org_tail(text, toks, k, b)
}

/// Is the run from `k` to `b` ending in an organization head noun (so that a country
/// inside it is part of the organization's name, "Russian Foreign Ministry")?
fn is_org_tail(text: &str, toks: &[Token], _k: usize, b: usize) -> bool {
    lexicon::is_org_head(toks[b - 1].span.of(text))
}

fn is_lower_connector(w: &str) -> bool {
    // ("al-Oteiba" is a family name, not a connector.)
    w.chars().next().is_some_and(char::is_lowercase) && !is_arabic_article_name(w)
}

/// Does a person's name start at `k`: a known given name followed by a capitalized
/// word that is not a title or organization noun?
fn is_given_name_start(text: &str, toks: &[Token], k: usize, b: usize) -> bool {
    if k + 1 >= b.max(k + 2) || k + 1 >= toks.len() {
        return false;
    }
    let w = toks[k].span.of(text);
    let next = toks[k + 1].span.of(text);
    if !toks[k].cap || toks[k].acronym || lexicon::is_function_word(w) || lexicon::is_title_head(w)
    {
        return false;
    }
    // "La Paz", "Le Havre", "De Beers": an article or particle opening a name, though
    // a few people bear it as a given name. ("Al Gore", "Van Morrison" are people.)
    if matches!(
        w.to_lowercase().as_str(),
        "la" | "le" | "les" | "las" | "los" | "du" | "de" | "der" | "del" | "des"
    ) {
        return false;
    }
    // A title word after the given name is its surname when the run ends there
    // ("John Major"); with more after it, it is a title ("John Chairman Smith" is not).
    // "Hamad bin Jassim": a particle between given name and the next name.
    // ("Carlos de los Reyes": two particles.)
    let particle_then_name = (is_name_particle(next)
        || is_particle_any_case(next) && gazetteer().is_common_given_name(w))
        && k + 2 < b
        && (toks.get(k + 2).is_some_and(|t| t.cap)
            || (matches!(
                toks[k + 2].span.of(text),
                "la" | "los" | "las" | "der" | "den"
            ) && toks.get(k + 3).is_some_and(|t| t.cap)));
    if (!toks[k + 1].cap && !particle_then_name)
        // ("de" is a word of titles too: "chargé de affaires".)
        || (lexicon::is_title_word(next)
            && !particle_then_name
            && (k + 2 < b || toks[k + 1].acronym))
        || lexicon::is_org_head(next)
        || lexicon::is_function_word(next)
    {
        return false;
    }
    // "Zaid bin Sultan": "son of" between two names makes a person whatever the
    // given-name data says.
    if particle_then_name && matches!(next, "bin" | "ibn" | "bint") {
        return true;
    }
    let g = gazetteer();
    // ("Jordan De Goey", "Chad Le Clos": a given name that is also a country's, before a
    // surname opened by a capitalized particle.)
    let capitalized_particle = toks[k + 1].cap
        && is_particle_any_case(next)
        && k + 2 < b
        && toks.get(k + 2).is_some_and(|t| t.cap && !t.acronym);
    g.is_common_given_name(w) && (g.country(w).is_none() || capitalized_particle)
}

/// "General Musharraf", "Chief Constable Alastair McWhirter": is the word at `k` a
/// rank used as an honorific? Only when a person's name follows: a known given name,
/// or a surname office holders bear, that no organization or gazetteer name continues
/// ("General Motors", "General Assembly" are not people).
fn rank_before_name(text: &str, toks: &[Token], k: usize, b: usize) -> bool {
    if !lexicon::is_rank(toks[k].span.of(text)) || k + 1 >= b || !toks[k + 1].cap {
        return false;
    }
    let g = gazetteer();
    let next = toks[k + 1].span.of(text);
    // "Lt Col Oliver North": the rank goes on.
    if lexicon::is_rank(next) {
        return rank_before_name(text, toks, k + 1, b);
    }
    let run = &text[toks[k].span.start..toks[b - 1].span.end];
    let last = toks[b - 1].span.of(text);
    g.organizations(run).is_empty()
        && !lexicon::is_org_head(last)
        && !lexicon::is_title_word(next)
        && (is_given_name_start(text, toks, k + 1, b) || !g.people_by_surname(next).is_empty())
}

/// Sentence-initial words that are ordinary words, not names: -ing/-ly/-ed forms.
fn looks_common(w: &str) -> bool {
    let lower = w.to_lowercase();
    (lower.ends_with("ing") || lower.ends_with("ly") || lower.ends_with("ed"))
        && gazetteer().country(w).is_none()
        && gazetteer().places(w).is_empty()
}

/// Government buildings that news uses for the institution inside them.
const BUILDING_METONYMS: &[&str] = &[
    "pentagon",
    "kremlin",
    "white house",
    "elysee",
    "elysee palace",
    "downing street",
    "whitehall",
    "capitol hill",
    "zhongnanhai",
    "blue house",
    "quai d'orsay",
    "foggy bottom",
];

fn building_metonym(s: &str) -> Option<&'static str> {
    let f = deunicode::deunicode(s).to_lowercase();
    let f = f.trim_start_matches("the ");
    BUILDING_METONYMS.iter().copied().find(|m| *m == f)
}

/// Second look at a run's pieces: join a country adjective with an organization head
/// ("Russian" + "Foreign Ministry"), name unknown runs by their shape.
fn merge_pieces(
    text: &str,
    toks: &[Token],
    common: &HashSet<String>,
    pieces: Vec<(usize, usize, Piece)>,
) -> Vec<(usize, usize, Piece)> {
    let mut out: Vec<(usize, usize, Piece)> = Vec::new();
    for (a, b, p) in pieces {
        // "Central Bank of" + "Liberia": the name goes on through the connector.
        if let Some(prev) = out.last_mut() {
            // ("Development Bank of the" + "Philippines": a country named with its
            // article.)
            let last = prev.1 - 1;
            let dangling = matches!(toks[last].span.of(text), "of" | "for" | "and" | "to")
                || (toks[last].span.of(text) == "the"
                    && last > prev.0
                    && matches!(toks[last - 1].span.of(text), "of" | "for"));
            if prev.1 == a
                && dangling
                && matches!(prev.2, Piece::Org | Piece::Unknown)
                && matches!(
                    p,
                    Piece::Country(_) | Piece::Place | Piece::Org | Piece::Unknown
                )
            {
                prev.1 = b;
                prev.2 = Piece::Org;
                // "Commonwealth" + "Bank of Australia": a known name before an
                // organization's head noun is part of the name.
                let n = out.len();
                if n >= 2
                    && out[n - 2].1 == out[n - 1].0
                    && matches!(out[n - 2].2, Piece::Org | Piece::Unknown | Piece::Place)
                    && !toks[out[n - 2].0].span.of(text).ends_with("-based")
                    && lexicon::is_org_head(toks[out[n - 1].0].span.of(text))
                {
                    out[n - 2].1 = out[n - 1].1;
                    out[n - 2].2 = Piece::Org;
                    out.pop();
                }
                continue;
            }
        }
        // "Commonwealth" + "Bank of Australia": a name right before an organization that
        // starts with its head noun is part of that organization's name.
        if p == Piece::Org
            && lexicon::is_org_head(toks[a].span.of(text))
            && let Some(prev) = out.last_mut()
            && prev.1 == a
            && matches!(prev.2, Piece::Org | Piece::Unknown | Piece::Place)
            && !toks[prev.0].span.of(text).ends_with("-based")
        {
            prev.1 = b;
            prev.2 = Piece::Org;
            continue;
        }
        // "Salzgitter" + "AG", "Lyon" + "SA": a legal form right after a name makes it
        // a company, even a city's name.
        if b == a + 1
            && lexicon::is_designator_tail(&[toks[a].span.of(text)])
            && let Some(prev) = out.last_mut()
            && prev.1 == a
            && matches!(
                prev.2,
                Piece::Place | Piece::Unknown | Piece::Org | Piece::Person
            )
        {
            prev.1 = b;
            prev.2 = Piece::Org;
            continue;
        }
        let mut piece = p;
        if piece == Piece::Unknown {
            let last = toks[b - 1].span.of(text);
            let words = b - a;
            // "Foreign Ministry", "Ministry of Defence", "Organization for Security and …".
            let head_inside = words >= 3
                && (a..b - 1).any(|i| {
                    lexicon::is_org_head(toks[i].span.of(text))
                        && matches!(toks[i + 1].span.of(text), "of" | "for")
                });
            // A lone head noun is an institution only for a few ("Parliament", "Senate");
            // "the Fund", "the Agency" refer back to something named in full.
            let lone_institution = words == 1 && lexicon::is_in(lexicon::LONE_INSTITUTIONS, last);
            let ampersand = words >= 3 && (a..b).any(|i| toks[i].span.of(text) == "&");
            // ("the Lower House", "Upper House": a parliament's chamber, no building.)
            let chamber = words == 2
                && last.eq_ignore_ascii_case("house")
                && matches!(toks[a].span.of(text), "Lower" | "Upper");
            if (lexicon::is_org_head(last) && words > 1)
                || chamber
                || designated_company(text, toks, common, a, b)
                || head_inside
                || lone_institution
                || ampersand
            {
                piece = Piece::Org;
                // "Russian Foreign Ministry", "State Department": take the modifier in.
                if let Some(prev) = out.last() {
                    let seat = toks[prev.0].span.of(text).ends_with("-based");
                    if matches!(
                        prev.2,
                        Piece::Country(_) | Piece::Place | Piece::Unknown | Piece::Org
                    ) && prev.1 == a
                        && !seat
                    {
                        let (pa, _, _) = out.pop().expect("checked");
                        out.push((pa, b, Piece::Org));
                        continue;
                    }
                }
            } else if (words >= 2 && lexicon::is_place_head(last))
                // "Oxfordshire", "South Lanarkshire": a county by its English ending.
                || (words <= 2 && is_county_name(last))
                // "Straits of Hormuz", "Bay of Biscay": a natural feature named by "of".
                || (words >= 3
                    && lexicon::is_in(lexicon::FEATURE_OF_HEADS, &toks[a].span.of(text).to_lowercase())
                    && toks[a + 1].span.of(text) == "of")
            {
                piece = Piece::Place;
            } else if words == 1
                && toks[a].acronym
                && !common.contains(&toks[a].span.of(text).to_lowercase())
                && !common.contains(&title_case(toks[a].span.of(text)))
                && toks[a]
                    .span
                    .of(text)
                    .chars()
                    .filter(|c| c.is_alphabetic())
                    .count()
                    >= 2
            {
                piece = Piece::Org;
            } else if out.last().is_some_and(|p| p.2 == Piece::Title && p.1 == a)
                && words <= 4
                && !lexicon::is_org_head(last)
                && !lexicon::is_place_head(last)
            {
                piece = Piece::Person;
                // "President Musharraf of Pakistan": the connector belongs to what follows.
                if words >= 2 && is_lower_connector(last) {
                    out.push((a, b - 1, piece));
                    out.push((b - 1, b, Piece::Skip));
                    continue;
                }
            }
        }
        out.push((a, b, piece));
    }
    out
}
