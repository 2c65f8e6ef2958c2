//! Candidates for a name: what a knowledge base knows about each thing that could be
//! meant, and the bundled knowledge base (the gazetteer compiled into the binary).

use serde::Serialize;

use crate::extract::EntityKind;
use crate::gazetteer::{Gazetteer, PlaceKind, gazetteer};

/// An identifier in an external dataset. `rdf` turns it into an IRI.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
pub enum ExternalId {
    /// A Wikidata item, `Q…`.
    Wikidata(String),
    /// A GeoNames feature id.
    GeoNames(u32),
    /// Any other IRI (a user dataset's own subjects, DBpedia, …).
    Iri(String),
}

impl ExternalId {
    /// Recognizes Wikidata and GeoNames IRIs in their usual spellings; anything else
    /// stays an IRI.
    pub fn from_iri(iri: &str) -> ExternalId {
        use crate::rdf::vocab::{GEONAMES, GEONAMES_PAGE, WIKIDATA_ENTITY, WIKIDATA_PAGE};
        // http and https spellings alike.
        let without_scheme = |s: &'static str| s.split_once("://").map_or(s, |(_, rest)| rest);
        let rest = iri.split_once("://").map_or(iri, |(_, rest)| rest);
        for prefix in [WIKIDATA_ENTITY, WIKIDATA_PAGE].map(without_scheme) {
            if let Some(q) = rest.strip_prefix(prefix)
                && is_qid(q)
            {
                return ExternalId::Wikidata(q.to_string());
            }
        }
        for prefix in [GEONAMES, GEONAMES_PAGE].map(without_scheme) {
            if let Some(id) = rest.strip_prefix(prefix)
                && let Ok(n) = id.trim_end_matches('/').parse::<u32>()
            {
                return ExternalId::GeoNames(n);
            }
        }
        ExternalId::Iri(iri.to_string())
    }

    /// The short form used in annotations and explanations: `Q42`, `geonames:2643743`,
    /// or the IRI.
    pub fn short(&self) -> String {
        match self {
            ExternalId::Wikidata(q) => q.clone(),
            ExternalId::GeoNames(g) => format!("geonames:{g}"),
            ExternalId::Iri(i) => i.clone(),
        }
    }

    /// Parses [`ExternalId::short`]'s forms back.
    pub fn parse_short(s: &str) -> ExternalId {
        let s = s.trim();
        if is_qid(s) {
            return ExternalId::Wikidata(s.to_string());
        }
        if let Some(n) = s.strip_prefix("geonames:").and_then(|n| n.parse().ok()) {
            return ExternalId::GeoNames(n);
        }
        ExternalId::from_iri(s)
    }
}

fn is_qid(s: &str) -> bool {
    s.len() > 1 && s.starts_with('Q') && s[1..].bytes().all(|b| b.is_ascii_digit())
}

/// How the name was found in the knowledge base.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
pub enum NameMatch {
    /// The entity's name is the candidate's main label.
    Label,
    /// One of the candidate's other names.
    Alias,
    /// An abbreviation of an organization ("NATO").
    Abbreviation,
    /// Only the surname: a person the article names by surname alone.
    Surname,
}

/// An office a candidate person held, as the knowledge base records it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Office {
    pub label: String,
    /// ISO 3166-1 alpha-2 code of the office's country.
    pub country: Option<String>,
    pub start_year: Option<i32>,
    /// `None`: still held when the data was gathered.
    pub end_year: Option<i32>,
}

/// One thing a name could mean, with what the knowledge base says about it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Candidate {
    pub ids: Vec<ExternalId>,
    pub label: String,
    /// `None` when the knowledge base does not say (a user dataset without types).
    pub kind: Option<EntityKind>,
    pub matched: NameMatch,
    /// Countries it belongs to (a place's country, a ministry's, a person's offices').
    pub countries: Vec<String>,
    pub offices: Vec<Office>,
    /// Places: population (0 when unknown), whether it is a city, whether a capital.
    pub population: u64,
    pub is_city: bool,
    pub is_capital: bool,
    /// A continent or world region.
    pub is_world_area: bool,
    /// Where the candidate came from: "bundled", a file name, an endpoint URL.
    pub source: String,
}

impl Candidate {
    fn new(ids: Vec<ExternalId>, label: &str, kind: EntityKind, matched: NameMatch) -> Self {
        Candidate {
            ids,
            label: label.to_string(),
            kind: Some(kind),
            matched,
            countries: Vec::new(),
            offices: Vec::new(),
            population: 0,
            is_city: false,
            is_capital: false,
            is_world_area: false,
            source: "bundled".into(),
        }
    }

    /// Joins what another source knows about the same thing (a shared identifier).
    pub fn absorb(&mut self, other: Candidate) {
        for id in other.ids {
            if !self.ids.contains(&id) {
                self.ids.push(id);
            }
        }
        self.kind = self.kind.or(other.kind);
        self.matched = self.matched.min(other.matched);
        for c in other.countries {
            if !self.countries.contains(&c) {
                self.countries.push(c);
            }
        }
        self.offices.extend(other.offices);
        self.population = self.population.max(other.population);
        self.is_city |= other.is_city;
        self.is_capital |= other.is_capital;
        self.is_world_area |= other.is_world_area;
        if !self.source.split(", ").any(|s| s == other.source) {
            self.source = format!("{}, {}", self.source, other.source);
        }
    }
}

/// What is looked up: the entity's kind and the names the articles give it.
#[derive(Debug, Clone)]
pub struct Lookup<'a> {
    pub kind: EntityKind,
    /// The fullest name first, then the other forms.
    pub names: &'a [String],
}

/// A source of candidates.
pub trait KnowledgeBase: Send + Sync {
    /// Candidates for every name in `lookup` (duplicates allowed; the linker merges them).
    fn candidates(&self, lookup: &Lookup<'_>) -> Vec<Candidate>;
    /// Called once before linking with every lookup of the build, so that a remote
    /// source can fetch in batches. Returns warnings.
    fn prefetch(&self, _lookups: &[Lookup<'_>]) -> Vec<String> {
        Vec::new()
    }
}

/// The bundled gazetteer as a knowledge base.
pub struct Bundled;

impl KnowledgeBase for Bundled {
    fn candidates(&self, lookup: &Lookup<'_>) -> Vec<Candidate> {
        let g = gazetteer();
        let mut out = Vec::new();
        for (i, name) in lookup.names.iter().enumerate() {
            match lookup.kind {
                EntityKind::Person => people(g, name, i == 0, &mut out),
                EntityKind::Organization => organizations(g, name, &mut out),
                EntityKind::Place | EntityKind::Country => places(g, name, &mut out),
            }
        }
        out
    }
}

/// Spellings of a person's name the data may hold: as written, without the dots of
/// initials ("George W. Bush" / "George W Bush"), and with them.
fn name_variants(name: &str) -> Vec<String> {
    let mut out = vec![name.to_string()];
    let undotted = name.replace('.', "");
    if undotted != name {
        out.push(undotted);
    }
    let dotted: Vec<String> = name
        .split_whitespace()
        .map(|w| {
            if w.len() == 1 && w.chars().all(|c| c.is_uppercase()) {
                format!("{w}.")
            } else {
                w.to_string()
            }
        })
        .collect();
    let dotted = dotted.join(" ");
    if !out.contains(&dotted) {
        out.push(dotted);
    }
    out
}

fn year(date: Option<&str>) -> Option<i32> {
    date.and_then(|d| d.get(..4)).and_then(|y| y.parse().ok())
}

fn person_candidate(g: &Gazetteer, p: &crate::gazetteer::KnownPerson, m: NameMatch) -> Candidate {
    let mut c = Candidate::new(
        vec![ExternalId::Wikidata(p.qid.clone())],
        &p.name,
        EntityKind::Person,
        m,
    );
    for pos in &p.positions {
        let country = pos
            .country_qid
            .as_deref()
            .and_then(|q| g.country_by_qid(q))
            .map(|c| c.iso2.clone());
        if let Some(cc) = &country
            && !c.countries.contains(cc)
        {
            c.countries.push(cc.clone());
        }
        c.offices.push(Office {
            label: pos.label.clone(),
            country,
            start_year: year(pos.start.as_deref()),
            end_year: year(pos.end.as_deref()),
        });
    }
    c
}

fn people(g: &Gazetteer, name: &str, fullest: bool, out: &mut Vec<Candidate>) {
    let tokens = name.split_whitespace().count();
    for v in name_variants(name) {
        for p in g.people(&v) {
            let m = if crate::gazetteer::normalize(&p.name) == crate::gazetteer::normalize(&v) {
                NameMatch::Label
            } else {
                NameMatch::Alias
            };
            // A one-word alias ("Lula") is a surname-strength match.
            let m = if tokens == 1 && m == NameMatch::Alias {
                NameMatch::Surname
            } else {
                m
            };
            out.push(person_candidate(g, p, m));
        }
    }
    // Named by surname alone everywhere: anyone with that surname is a candidate.
    if fullest && tokens == 1 {
        for p in g.people_by_surname(name).into_iter().take(200) {
            out.push(person_candidate(g, p, NameMatch::Surname));
        }
    }
}

/// Is `form` an acronym ("ERIC") that `name` only matches by ignoring case ("Eric")?
fn acronym_matched_by_a_word(form: &str, name: &str) -> bool {
    let name = name.trim();
    form.chars()
        .filter(|c| c.is_alphabetic())
        .all(char::is_uppercase)
        && form.eq_ignore_ascii_case(name)
        && form != name
}

/// A single-word name that many people bear as their given name ("David", "Harper")
/// names a small town far less often than it names a person cut short.
fn given_name_of_a_small_place(g: &Gazetteer, name: &str, population: u64) -> bool {
    !name.trim().contains(' ')
        && g.is_common_given_name(name.trim())
        && population < GIVEN_NAME_PLACE_MIN_POPULATION
}

/// Below this population, a place named like a given name is not linked on its name.
const GIVEN_NAME_PLACE_MIN_POPULATION: u64 = 1_000_000;

fn organizations(g: &Gazetteer, name: &str, out: &mut Vec<Candidate>) {
    for o in g.organizations(name) {
        let Some(q) = &o.qid else { continue };
        // "Eric" is not the ERIC consortium.
        if o.abbreviation
            .iter()
            .chain(&o.alt_names)
            .any(|a| acronym_matched_by_a_word(a, name))
            && crate::gazetteer::normalize(&o.name) != crate::gazetteer::normalize(name)
        {
            continue;
        }
        let m = if crate::gazetteer::normalize(&o.name) == crate::gazetteer::normalize(name) {
            NameMatch::Label
        } else if o.abbreviation.as_deref() == Some(name.trim()) {
            NameMatch::Abbreviation
        } else {
            NameMatch::Alias
        };
        let mut c = Candidate::new(
            vec![ExternalId::Wikidata(q.clone())],
            &o.name,
            EntityKind::Organization,
            m,
        );
        if let Some(cc) = &o.country
            && cc.len() == 2
            && cc != "EU"
        {
            c.countries.push(cc.clone());
        }
        out.push(c);
    }
}

fn places(g: &Gazetteer, name: &str, out: &mut Vec<Candidate>) {
    for p in g.places(name) {
        if p.kind == PlaceKind::Country {
            continue;
        }
        let mut ids = Vec::new();
        if let Some(q) = &p.qid {
            ids.push(ExternalId::Wikidata(q.clone()));
        }
        if let Some(id) = p.geonameid {
            ids.push(ExternalId::GeoNames(id));
        }
        if ids.is_empty() {
            continue;
        }
        let m = if crate::gazetteer::normalize(&p.name) == crate::gazetteer::normalize(name) {
            NameMatch::Label
        } else {
            NameMatch::Alias
        };
        // "H" (an alias of Hanoi) is a letter, not a place; "David" is a person cut
        // short more often than the town in Panama.
        let letters = name.chars().filter(|c| c.is_alphabetic()).count();
        // ("east London" is a quarter of London, not East London in South Africa: a
        // name the text opens in lower case is a description, not that proper name.)
        let described = name.chars().next().is_some_and(char::is_lowercase)
            && p.name.chars().next().is_some_and(char::is_uppercase);
        // ("Pa", the Burkinabe town of 15,000, is Pennsylvania's "Pa." in a dateline:
        // two letters name a small town no better than they name an alias.)
        if (letters <= 2
            && (m == NameMatch::Alias || p.population < GIVEN_NAME_PLACE_MIN_POPULATION))
            || given_name_of_a_small_place(g, name, p.population)
            || described
        {
            continue;
        }
        let mut c = Candidate::new(ids, &p.name, EntityKind::Place, m);
        c.countries.extend(p.country.clone());
        c.population = p.population;
        c.is_city = p.kind == PlaceKind::City;
        c.is_world_area = p.is_world_area();
        c.is_capital = c.is_city
            && p.country
                .as_deref()
                .and_then(|cc| g.country_by_iso2(cc))
                .and_then(|c| c.capital.as_deref())
                .is_some_and(|cap| {
                    crate::gazetteer::normalize(cap) == crate::gazetteer::normalize(&p.name)
                });
        out.push(c);
    }
}

/// The identifiers of a country (Wikidata and GeoNames), by ISO code.
pub fn country_ids(iso2: &str) -> Vec<ExternalId> {
    let mut out = Vec::new();
    if let Some(c) = gazetteer().country_by_iso2(iso2) {
        if let Some(q) = &c.qid {
            out.push(ExternalId::Wikidata(q.clone()));
        }
        if let Some(g) = c.geonameid {
            out.push(ExternalId::GeoNames(g));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn external_ids_are_recognized_in_their_usual_spellings() {
        assert_eq!(
            ExternalId::from_iri("http://www.wikidata.org/entity/Q42"),
            ExternalId::Wikidata("Q42".into())
        );
        assert_eq!(
            ExternalId::from_iri("https://www.wikidata.org/wiki/Q42"),
            ExternalId::Wikidata("Q42".into())
        );
        assert_eq!(
            ExternalId::from_iri("https://sws.geonames.org/2643743/"),
            ExternalId::GeoNames(2643743)
        );
        assert_eq!(
            ExternalId::from_iri("http://dbpedia.org/resource/London"),
            ExternalId::Iri("http://dbpedia.org/resource/London".into())
        );
        assert_eq!(
            ExternalId::parse_short("geonames:2643743"),
            ExternalId::GeoNames(2643743)
        );
    }

    #[test]
    fn initials_are_tried_with_and_without_dots() {
        let v = name_variants("George W Bush");
        assert!(v.contains(&"George W. Bush".to_string()), "{v:?}");
        let v = name_variants("George W. Bush");
        assert!(v.contains(&"George W Bush".to_string()), "{v:?}");
    }

    fn bundled(kind: EntityKind, name: &str) -> Vec<Candidate> {
        let names = vec![name.to_string()];
        Bundled.candidates(&Lookup {
            kind,
            names: &names,
        })
    }

    #[test]
    fn letters_and_given_names_are_no_place_names() {
        // The bundled data lists "H" among Hanoi's names and has a town called David.
        assert!(bundled(EntityKind::Place, "H").is_empty());
        assert!(bundled(EntityKind::Place, "David").is_empty());
        assert!(!bundled(EntityKind::Place, "Hanoi").is_empty());
    }

    #[test]
    fn a_word_is_not_an_acronym_spelled_alike() {
        let by_acronym = bundled(EntityKind::Organization, "ERIC");
        let by_word = bundled(EntityKind::Organization, "Eric");
        assert!(!by_acronym.is_empty());
        assert!(
            by_word.is_empty(),
            "{:?}",
            by_word.iter().map(|c| &c.label).collect::<Vec<_>>()
        );
    }
}
