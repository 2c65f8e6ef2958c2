//! The bundled offline gazetteer: countries, places, international
//! organisations, known politicians and given names, compiled into the binary.
//!
//! The data files live in `data/gazetteer/*.tsv` and are rebuilt from public
//! bulk datasets by `python3 scripts/build_gazetteer.py ../shared/data/gazetteer`
//! (sources, licences and attribution: `data/SOURCES.md`). They are embedded
//! with [`include_str!`] and parsed once, lazily, the first time
//! [`gazetteer()`] is called; every lookup afterwards is a hash-map probe on a
//! normalized key.
//!
//! Normalization ([`normalize`]): diacritics are folded with `deunicode`,
//! letters lowercased, whitespace collapsed and a leading "the " dropped.
//! Short all-caps codes ("US", "U.S.", "NATO", "WHO", "NYC") are the
//! exception: they only match case-sensitively, so that the pronouns "us" and
//! "who" never become the United States or the World Health Organization.
//! Codes of four or more letters also match in title case ("Nato", "Opec").

pub mod offices;
mod tsv;

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};
use std::sync::LazyLock;

use tsv::{cell, list, opt, rows, split_on};

const COUNTRIES_TSV: &str = include_str!("../../data/gazetteer/countries.tsv");
const PLACES_TSV: &str = include_str!("../../data/gazetteer/places.tsv");
const ORGANIZATIONS_TSV: &str = include_str!("../../data/gazetteer/organizations.tsv");
const COMPANIES_TSV: &str = include_str!("../../data/gazetteer/companies.tsv");
const PEOPLE_TSV: &str = include_str!("../../data/gazetteer/people.tsv");
const GIVEN_NAMES_TSV: &str = include_str!("../../data/gazetteer/given_names.tsv");

static GAZETTEER: LazyLock<Gazetteer> = LazyLock::new(Gazetteer::load);

/// The process-wide gazetteer, parsed from the embedded data on first use.
pub fn gazetteer() -> &'static Gazetteer {
    &GAZETTEER
}

/// A country or territory (ISO 3166-1), from `countries.tsv`.
#[derive(Debug, Clone)]
pub struct Country {
    /// ISO 3166-1 alpha-2 code, e.g. `"US"`.
    pub iso2: String,
    /// ISO 3166-1 alpha-3 code, e.g. `"USA"`.
    pub iso3: String,
    /// Wikidata QID, e.g. `"Q30"`.
    pub qid: Option<String>,
    /// GeoNames geonameid of the country.
    pub geonameid: Option<u32>,
    /// Common English name, e.g. `"United States"`.
    pub name: String,
    /// Official name, e.g. `"United States of America"`.
    pub official_name: String,
    /// Other names and abbreviations, e.g. `"USA"`, `"U.S."`, `"America"`.
    pub alt_names: Vec<String>,
    /// English demonyms/adjectives, e.g. `"American"`.
    pub demonyms: Vec<String>,
    /// Capital city name (GeoNames spelling).
    pub capital: Option<String>,
    /// Whether the source lists it as an independent state (not a
    /// dependency or territory).
    pub independent: bool,
}

/// Coarse kind of a [`Place`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PlaceKind {
    /// A country or territory (also in [`Gazetteer::country`]).
    Country,
    /// A first-level administrative region (state, province, …).
    Region,
    /// A city (GeoNames, population ≥ 15,000).
    City,
    /// An ocean, sea, gulf, bay, strait or channel.
    Sea,
    /// Anything else: continents, world regions, physical regions.
    Other,
}

impl PlaceKind {
    fn parse(s: &str) -> PlaceKind {
        match s {
            "country" => PlaceKind::Country,
            "region" => PlaceKind::Region,
            "city" => PlaceKind::City,
            "sea" => PlaceKind::Sea,
            _ => PlaceKind::Other,
        }
    }
}

/// A named place, from `places.tsv`.
#[derive(Debug, Clone)]
pub struct Place {
    /// GeoNames geonameid, when known.
    pub geonameid: Option<u32>,
    /// Wikidata QID, when known.
    pub qid: Option<String>,
    /// Primary name.
    pub name: String,
    /// Alternate Latin-script names.
    pub alt_names: Vec<String>,
    /// Coarse kind.
    pub kind: PlaceKind,
    /// Finer feature type from the source: `"gulf"`, `"State"`,
    /// `"continent"`, `"desert"`, … (equal to the kind when not given).
    pub feature: String,
    /// ISO 3166-1 alpha-2 code of the country it lies in (or is).
    pub country: Option<String>,
    /// Population (0 when unknown).
    pub population: u64,
}

impl Place {
    /// A continent or a world region ("Asia", "Middle East", "Southern Asia").
    pub fn is_world_area(&self) -> bool {
        self.kind == PlaceKind::Other
            && matches!(
                self.feature.as_str(),
                "continent" | "world region" | "region" | "subregion" | "intermediateRegion"
            )
    }

    /// Order among places of one name: continents and world regions first (a name
    /// shared with a town means the larger area), then by population.
    fn rank(&self) -> u64 {
        if self.is_world_area() {
            u64::MAX
        } else {
            self.population
        }
    }
}

/// An organization, from `organizations.tsv`.
#[derive(Debug, Clone)]
pub struct Organization {
    /// Wikidata QID, when known.
    pub qid: Option<String>,
    /// English name.
    pub name: String,
    /// Main abbreviation, e.g. `"NATO"`.
    pub abbreviation: Option<String>,
    /// Other names and abbreviations.
    pub alt_names: Vec<String>,
    /// `"international organisation"`, `"ministry"` or `"company"` (a listed company,
    /// from `companies.tsv`).
    pub kind: String,
    /// Country code it belongs to: ISO alpha-2 for ministries, `"EU"` for EU
    /// bodies, `None` for international organisations without one.
    pub country: Option<String>,
    /// Headquarters as given by the source, e.g. `"Vienna, Austria"`.
    pub headquarters: Option<String>,
}

impl Organization {
    /// A listed company of `companies.tsv`: known by name only, with no identifier.
    pub fn is_listed_company(&self) -> bool {
        self.kind == "company"
    }
}

/// A politician from the bulk EveryPolitician/Wikidata data, `people.tsv`.
#[derive(Debug, Clone)]
pub struct KnownPerson {
    /// Wikidata QID.
    pub qid: String,
    /// English label.
    pub name: String,
    /// Other labels and generic variants of the name.
    pub alt_names: Vec<String>,
    /// Positions held, oldest first.
    pub positions: Vec<Position>,
}

/// A position held by a [`KnownPerson`].
#[derive(Debug, Clone)]
pub struct Position {
    /// English label of the position, e.g. `"Prime Minister of Norway"`.
    pub label: String,
    /// Wikidata QID of the position.
    pub qid: Option<String>,
    /// Wikidata QID of the country (jurisdiction).
    pub country_qid: Option<String>,
    /// Start date: `YYYY-MM-DD`, `YYYY-MM` or `YYYY`.
    pub start: Option<String>,
    /// End date; `None` means in office when the data was gathered (2022–23).
    pub end: Option<String>,
}

/// Counts for one given name in the bulk people data.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct GivenNameStats {
    /// Number of distinct people whose name starts with this token.
    pub count: u32,
    /// Of those, how many are recorded as male.
    pub male: u32,
    /// Of those, how many are recorded as female.
    pub female: u32,
}

/// A small, fast, non-cryptographic hasher (the FxHash mixing step) for the
/// lookup maps: the keys are the gazetteer's own names, and SipHash made
/// building the indexes in debug builds several times slower.
#[derive(Default, Clone, Copy)]
struct FxHasher(u64);

impl FxHasher {
    const SEED: u64 = 0x51_7c_c1_b7_27_22_0a_95;

    fn add(&mut self, word: u64) {
        self.0 = (self.0.rotate_left(5) ^ word).wrapping_mul(Self::SEED);
    }
}

impl Hasher for FxHasher {
    fn write(&mut self, bytes: &[u8]) {
        // Plain indexing: this runs unoptimized in debug builds, where
        // slice iterator adaptors cost a function call per step.
        let mut word: u64 = 0;
        let mut shift = 0;
        let mut i = 0;
        while i < bytes.len() {
            word |= (bytes[i] as u64) << shift;
            shift += 8;
            if shift == 64 {
                self.add(word);
                word = 0;
                shift = 0;
            }
            i += 1;
        }
        if shift != 0 {
            self.add(word);
        }
    }

    fn write_u8(&mut self, i: u8) {
        self.add(u64::from(i));
    }

    fn write_u32(&mut self, i: u32) {
        self.add(u64::from(i));
    }

    fn write_u64(&mut self, i: u64) {
        self.add(i);
    }

    fn write_usize(&mut self, i: usize) {
        self.add(i as u64);
    }

    fn finish(&self) -> u64 {
        self.0
    }
}

type Map<K, V> = HashMap<K, V, BuildHasherDefault<FxHasher>>;

/// Normalized lookup key: diacritics folded (`deunicode`), lowercase,
/// whitespace collapsed, curly apostrophes straightened, leading "the "
/// removed.
pub fn normalize(s: &str) -> String {
    let folded;
    let s = if s.is_ascii() {
        s
    } else {
        folded = deunicode::deunicode(s);
        folded.as_str()
    };
    // A plain byte loop: this runs for every name at load time, also in
    // unoptimized debug builds.
    let bytes = s.as_bytes();
    let mut out: Vec<u8> = Vec::with_capacity(bytes.len());
    let mut space = false;
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        i += 1;
        if b == b' ' || b == b'\t' || b == b'\n' || b == b'\r' || b == 0x0c {
            space = !out.is_empty();
            continue;
        }
        if space {
            out.push(b' ');
            space = false;
        }
        out.push(if b.is_ascii_uppercase() { b + 32 } else { b });
    }
    if out.starts_with(b"the ") {
        out.drain(..4);
    }
    // Only ASCII bytes were lowercased, so this is still valid UTF-8
    // (deunicode output is ASCII anyway).
    String::from_utf8(out).unwrap_or_default()
}

/// Is this surface form a code that must match case-sensitively: no
/// whitespace, no lowercase letter, at least one uppercase letter
/// ("US", "U.S.", "NATO", "EU-OSHA", "G20")?
fn is_code(s: &str) -> bool {
    if s.is_ascii() {
        let bytes = s.as_bytes();
        let mut upper = false;
        let mut i = 0;
        while i < bytes.len() {
            let b = bytes[i];
            if b.is_ascii_lowercase() || b.is_ascii_whitespace() {
                return false;
            }
            upper |= b.is_ascii_uppercase();
            i += 1;
        }
        return upper;
    }
    !s.chars().any(|c| c.is_whitespace() || c.is_lowercase()) && s.chars().any(|c| c.is_uppercase())
}

/// "NATO" → "Nato" for codes of four or more letters and nothing else.
fn title_case_code(s: &str) -> Option<String> {
    if s.chars().count() < 4 || !s.chars().all(|c| c.is_ascii_uppercase()) {
        return None;
    }
    let mut out = String::with_capacity(s.len());
    out.push_str(&s[..1]);
    out.push_str(&s[1..].to_ascii_lowercase());
    Some(out)
}

/// Drop a leading "the " / "The " (one word).
fn strip_the(s: &str) -> &str {
    let s = s.trim();
    if s.len() > 4 && s.is_char_boundary(4) && s[..4].eq_ignore_ascii_case("the ") {
        s[4..].trim_start()
    } else {
        s
    }
}

/// "Ukraine's" → "Ukraine", "Russia’s" → "Russia", "Philippines'" → "Philippines".
fn strip_possessive(s: &str) -> Option<&str> {
    for suffix in ["'s", "’s", "'S", "’S"] {
        if let Some(stem) = s.strip_suffix(suffix) {
            return Some(stem);
        }
    }
    for suffix in ["'", "’"] {
        if let Some(stem) = s.strip_suffix(suffix)
            && (stem.ends_with('s') || stem.ends_with('S'))
        {
            return Some(stem);
        }
    }
    None
}

/// A two-level index: case-sensitive codes, then normalized names.
#[derive(Default)]
struct NameIndex<T> {
    exact: Map<String, T>,
    folded: Map<String, T>,
}

impl<T: Default> NameIndex<T> {
    /// Call `f` on the slot of every key of a surface form: codes get their
    /// exact form (and title case, "Nato"), names their normalized form.
    fn for_each_slot(&mut self, surface: &str, mut f: impl FnMut(&mut T)) {
        let surface = surface.trim();
        if surface.is_empty() {
            return;
        }
        if is_code(surface) {
            if let Some(title) = title_case_code(surface) {
                f(self.exact.entry(title).or_default());
            }
            f(self.exact.entry(surface.to_string()).or_default());
        } else {
            let key = normalize(surface);
            if !key.is_empty() {
                f(self.folded.entry(key).or_default());
            }
        }
    }
}

impl<T> NameIndex<T> {
    fn with_capacity(n: usize) -> Self {
        let mut folded = Map::default();
        folded.reserve(n);
        NameIndex {
            exact: Map::default(),
            folded,
        }
    }

    /// Exact (code) match first, then the normalized name.
    fn get(&self, surface: &str) -> Option<&T> {
        let surface = surface.trim();
        self.exact
            .get(surface)
            .or_else(|| self.folded.get(&normalize(surface)))
    }

    fn map_values<U>(self, mut f: impl FnMut(T) -> U) -> NameIndex<U> {
        NameIndex {
            exact: self.exact.into_iter().map(|(k, v)| (k, f(v))).collect(),
            folded: self.folded.into_iter().map(|(k, v)| (k, f(v))).collect(),
        }
    }

    fn values_mut(&mut self) -> impl Iterator<Item = &mut T> {
        self.exact.values_mut().chain(self.folded.values_mut())
    }
}

impl NameIndex<Vec<usize>> {
    fn get_all(&self, surface: &str) -> &[usize] {
        self.get(surface).map(Vec::as_slice).unwrap_or(&[])
    }

    fn add(&mut self, surface: &str, i: usize) {
        self.for_each_slot(surface, |v| {
            if !v.contains(&i) {
                v.push(i);
            }
        });
    }
}

/// How many office holders must bear a given name for [`Gazetteer::is_common_given_name`].
const MIN_GIVEN_NAME_COUNT: u32 = 3;

/// Priority of a country name match: names beat alt names.
const TIER_NAME: u8 = 0;
const TIER_ALT: u8 = 1;

/// The parsed gazetteer with its lookup indexes. Get it with [`gazetteer()`].
pub struct Gazetteer {
    countries: Vec<Country>,
    country_names: NameIndex<Option<usize>>,
    country_demonyms: NameIndex<Option<usize>>,
    country_iso2: Map<String, usize>,
    country_qid: Map<String, usize>,
    places: Vec<Place>,
    place_names: NameIndex<Vec<usize>>,
    place_alts: NameIndex<Vec<usize>>,
    place_geonameid: Map<u32, usize>,
    organizations: Vec<Organization>,
    org_names: NameIndex<Vec<usize>>,
    people: Vec<KnownPerson>,
    people_names: Map<String, Vec<usize>>,
    people_surnames: Map<String, Vec<usize>>,
    people_qid: Map<String, usize>,
    given_names: Map<String, GivenNameStats>,
}

impl std::fmt::Debug for Gazetteer {
    /// Sizes only: the tables themselves are megabytes.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Gazetteer")
            .field("countries", &self.countries.len())
            .field("places", &self.places.len())
            .field("organizations", &self.organizations.len())
            .field("people", &self.people.len())
            .field("given_names", &self.given_names.len())
            .finish()
    }
}

impl Gazetteer {
    /// Parse the embedded data and build every index. Called once by
    /// [`gazetteer()`]; exposed for benchmarks and tests. Places and people,
    /// the two big tables, are indexed on two threads.
    pub fn load() -> Gazetteer {
        let (places, people, rest) = std::thread::scope(|scope| {
            let places = scope.spawn(PlaceTables::build);
            let people = scope.spawn(PeopleTables::build);
            let rest = (
                CountryTables::build(),
                OrgTables::build(),
                parse_given_names(GIVEN_NAMES_TSV),
            );
            (
                places.join().expect("gazetteer: place index panicked"),
                people.join().expect("gazetteer: people index panicked"),
                rest,
            )
        });
        let (c, o, given_names) = rest;
        Gazetteer {
            countries: c.countries,
            country_names: c.names,
            country_demonyms: c.demonyms,
            country_iso2: c.by_iso2,
            country_qid: c.by_qid,
            places: places.places,
            place_names: places.names,
            place_alts: places.alts,
            place_geonameid: places.by_geonameid,
            organizations: o.organizations,
            org_names: o.names,
            people: people.people,
            people_names: people.names,
            people_surnames: people.surnames,
            people_qid: people.by_qid,
            given_names,
        }
    }

    /// Country by name, official name, alt name, ISO code form ("U.S.", "US",
    /// "USA"), demonym ("Russian", "American"; also plural "Russians") or
    /// possessive ("Ukraine's", "Russia’s" with straight or curly
    /// apostrophe). Case-sensitive for short all-caps codes (so "us" the
    /// pronoun is not the US); case-insensitive otherwise. Leading "the "
    /// ignored. Forms shared by several countries ("Congo", "Congolese",
    /// "Dominican") return `None`.
    pub fn country(&self, name: &str) -> Option<&Country> {
        let s = strip_the(name);
        if s.is_empty() {
            return None;
        }
        let idx = self
            .country_index(s)
            .or_else(|| strip_possessive(s).and_then(|stem| self.country_index(stem.trim_end())))
            .or_else(|| self.plural_demonym(s))?;
        Some(&self.countries[idx])
    }

    /// Look a surface form up as a name first, then as a demonym.
    fn country_index(&self, s: &str) -> Option<usize> {
        match self.country_names.get(s) {
            Some(hit) => *hit,
            None => self.country_demonyms.get(s).copied().flatten(),
        }
    }

    /// "Russians" → Russia when "Russian" is a demonym.
    fn plural_demonym(&self, s: &str) -> Option<usize> {
        let stem = s.strip_suffix('s')?;
        if stem.is_empty() || is_code(s) {
            return None;
        }
        self.country_demonyms.get(stem).copied().flatten()
    }

    /// Country by ISO 3166-1 alpha-2 code (case-insensitive: "us" works here).
    pub fn country_by_iso2(&self, iso2: &str) -> Option<&Country> {
        self.country_iso2
            .get(&iso2.trim().to_ascii_uppercase())
            .map(|&i| &self.countries[i])
    }

    /// Country by Wikidata QID ("Q30").
    pub fn country_by_qid(&self, qid: &str) -> Option<&Country> {
        self.country_qid.get(qid).map(|&i| &self.countries[i])
    }

    /// All countries, sorted by ISO alpha-2 code.
    pub fn countries(&self) -> &[Country] {
        &self.countries
    }

    /// Is this exact surface form a demonym/adjective ("Russian",
    /// "Russians") rather than the country's name? `false` for names
    /// ("Russia"), possessives ("Russia's") and unknown words. Follows the
    /// same case rules as [`Gazetteer::country`].
    pub fn is_demonym(&self, name: &str) -> bool {
        let s = strip_the(name);
        if s.is_empty() || self.country_names.get(s).is_some() {
            return false;
        }
        self.country_demonyms.get(s).is_some()
            || s.strip_suffix('s').is_some_and(|stem| {
                !stem.is_empty() && !is_code(s) && self.country_demonyms.get(stem).is_some()
            })
    }

    /// Places with this name (exact or alternate name, case-insensitive,
    /// diacritics folded with `deunicode`; short all-caps codes such as
    /// "NYC" only case-sensitively), most populous first. Regions, seas and
    /// other areas have no population (0), so they come after cities of the
    /// same name, except continents and world regions, which come first ("Asia"
    /// is the continent before the town in the Philippines); among equal
    /// populations a primary-name match comes before an alternate-name match.
    pub fn places(&self, name: &str) -> Vec<&Place> {
        let s = strip_the(name);
        let primary = self.place_names.get_all(s);
        let alternate = self.place_alts.get_all(s);
        if alternate.is_empty() {
            // Already sorted by population.
            return primary.iter().map(|&i| &self.places[i]).collect();
        }
        let mut out: Vec<(bool, usize)> = primary.iter().map(|&i| (false, i)).collect();
        for &i in alternate {
            if !primary.contains(&i) {
                out.push((true, i));
            }
        }
        out.sort_by(|&(alt_a, a), &(alt_b, b)| {
            self.places[b]
                .rank()
                .cmp(&self.places[a].rank())
                .then(alt_a.cmp(&alt_b))
                .then(a.cmp(&b))
        });
        out.into_iter().map(|(_, i)| &self.places[i]).collect()
    }

    /// Does the name name a country or any place (without building the ranked list
    /// [`Gazetteer::places`] gives)?
    pub fn names_a_place(&self, name: &str) -> bool {
        let s = strip_the(name);
        self.country(name).is_some()
            || !self.place_names.get_all(s).is_empty()
            || !self.place_alts.get_all(s).is_empty()
    }

    /// Place by GeoNames geonameid.
    pub fn place_by_geonameid(&self, geonameid: u32) -> Option<&Place> {
        self.place_geonameid
            .get(&geonameid)
            .map(|&i| &self.places[i])
    }

    /// All places: countries, regions, cities, seas, others.
    pub fn all_places(&self) -> &[Place] {
        &self.places
    }

    /// International organizations (and the few ministries in the data) by
    /// name, abbreviation ("NATO", "OSCE", "EU") or alt name. Abbreviations
    /// are case-sensitive ("WHO" is an organization, "who" is not; "Nato"
    /// also works for codes of four or more letters). International
    /// organisations come before ministries.
    pub fn organizations(&self, name: &str) -> Vec<&Organization> {
        let s = strip_the(name);
        self.org_names
            .get_all(s)
            .iter()
            .map(|&i| &self.organizations[i])
            .collect()
    }

    /// All organizations.
    pub fn all_organizations(&self) -> &[Organization] {
        &self.organizations
    }

    /// Known people whose name or alt name equals this (case-insensitive,
    /// diacritics folded). People with more recorded positions come first.
    pub fn people(&self, name: &str) -> Vec<&KnownPerson> {
        let key = normalize(name);
        self.people_names
            .get(&key)
            .map(|v| v.iter().map(|&i| &self.people[i]).collect())
            .unwrap_or_default()
    }

    /// Known people with this surname (last token of a name, ignoring
    /// "Jr."/roman numerals and ", Baron …" style suffixes; also the first
    /// token for people of family-name-first jurisdictions such as China and
    /// Korea: "Xi", "Kim"), for "Stoltenberg" → candidates. People with more
    /// positions come first.
    pub fn people_by_surname(&self, surname: &str) -> Vec<&KnownPerson> {
        let key = normalize(surname);
        self.people_surnames
            .get(&key)
            .map(|v| v.iter().map(|&i| &self.people[i]).collect())
            .unwrap_or_default()
    }

    /// Known person by Wikidata QID.
    pub fn person_by_qid(&self, qid: &str) -> Option<&KnownPerson> {
        self.people_qid.get(qid).map(|&i| &self.people[i])
    }

    /// All known people, in QID order.
    pub fn all_people(&self) -> &[KnownPerson] {
        &self.people
    }

    /// How often this token is a given name in the bulk data (0 = never):
    /// the number of distinct people whose name starts with it.
    /// Case-insensitive, diacritics folded ("Jose" counts "José" too).
    pub fn given_name_count(&self, token: &str) -> u32 {
        self.given_name_stats(token).count
    }

    /// Is this token a given name often enough to mark a person on its own? Names
    /// borne once or twice in the bulk data ("Red", "Muslim") are more often ordinary
    /// words.
    pub fn is_common_given_name(&self, token: &str) -> bool {
        self.given_name_count(token) >= MIN_GIVEN_NAME_COUNT
    }

    /// Given-name counts split by recorded gender (zeros when unknown).
    pub fn given_name_stats(&self, token: &str) -> GivenNameStats {
        self.given_names
            .get(&normalize(token))
            .copied()
            .unwrap_or_default()
    }
}

struct CountryTables {
    countries: Vec<Country>,
    names: NameIndex<Option<usize>>,
    demonyms: NameIndex<Option<usize>>,
    by_iso2: Map<String, usize>,
    by_qid: Map<String, usize>,
}

impl CountryTables {
    fn build() -> CountryTables {
        let countries = parse_countries(COUNTRIES_TSV);
        let (names, demonyms) = index_countries(&countries);
        let by_iso2 = countries
            .iter()
            .enumerate()
            .map(|(i, c)| (c.iso2.clone(), i))
            .collect();
        let by_qid = countries
            .iter()
            .enumerate()
            .filter_map(|(i, c)| c.qid.clone().map(|q| (q, i)))
            .collect();
        CountryTables {
            countries,
            names,
            demonyms,
            by_iso2,
            by_qid,
        }
    }
}

/// A name with its umlauts written as "ae", "oe", "ue" (and "ß" as "ss"), if it has any.
fn umlauts_spelled_out(name: &str) -> Option<String> {
    if !name.contains(['ä', 'ö', 'ü', 'Ä', 'Ö', 'Ü', 'ß']) {
        return None;
    }
    let mut out = String::with_capacity(name.len() + 4);
    for c in name.chars() {
        match c {
            'ä' => out.push_str("ae"),
            'ö' => out.push_str("oe"),
            'ü' => out.push_str("ue"),
            'Ä' => out.push_str("Ae"),
            'Ö' => out.push_str("Oe"),
            'Ü' => out.push_str("Ue"),
            'ß' => out.push_str("ss"),
            c => out.push(c),
        }
    }
    Some(out)
}

struct PlaceTables {
    places: Vec<Place>,
    names: NameIndex<Vec<usize>>,
    alts: NameIndex<Vec<usize>>,
    by_geonameid: Map<u32, usize>,
}

impl PlaceTables {
    fn build() -> PlaceTables {
        let places = parse_places(PLACES_TSV);
        let mut names: NameIndex<Vec<usize>> = NameIndex::with_capacity(places.len());
        let mut alts: NameIndex<Vec<usize>> = NameIndex::with_capacity(places.len() / 2);
        let mut by_geonameid = Map::default();
        by_geonameid.reserve(places.len());
        for (i, p) in places.iter().enumerate() {
            names.add(&p.name, i);
            for a in &p.alt_names {
                alts.add(a, i);
            }
            // "Duesseldorf", "Zuerich": the German spelling without umlauts, as wire
            // copy types it.
            for n in std::iter::once(&p.name).chain(&p.alt_names) {
                if let Some(t) = umlauts_spelled_out(n) {
                    alts.add(&t, i);
                }
            }
            if let Some(g) = p.geonameid {
                // geonameids are unique in the file; keep the first anyway.
                by_geonameid.entry(g).or_insert(i);
            }
        }
        let by_population = |v: &mut Vec<usize>| {
            if v.len() > 1 {
                v.sort_by(|&a, &b| places[b].rank().cmp(&places[a].rank()).then(a.cmp(&b)))
            }
        };
        names.values_mut().for_each(by_population);
        alts.values_mut().for_each(by_population);
        PlaceTables {
            places,
            names,
            alts,
            by_geonameid,
        }
    }
}

struct OrgTables {
    organizations: Vec<Organization>,
    names: NameIndex<Vec<usize>>,
}

impl OrgTables {
    fn build() -> OrgTables {
        let mut organizations = parse_organizations(ORGANIZATIONS_TSV);
        organizations.extend(parse_organizations(COMPANIES_TSV));
        let mut names: NameIndex<Vec<usize>> = NameIndex::default();
        for (i, o) in organizations.iter().enumerate() {
            names.add(&o.name, i);
            if let Some(a) = &o.abbreviation {
                names.add(a, i);
            }
            for a in &o.alt_names {
                names.add(a, i);
            }
        }
        // International organisations before ministries, then file order.
        let rank = |v: &mut Vec<usize>| {
            v.sort_by_key(|&i| (organizations[i].kind != "international organisation", i))
        };
        names.values_mut().for_each(rank);
        OrgTables {
            organizations,
            names,
        }
    }
}

struct PeopleTables {
    people: Vec<KnownPerson>,
    names: Map<String, Vec<usize>>,
    surnames: Map<String, Vec<usize>>,
    by_qid: Map<String, usize>,
}

impl PeopleTables {
    fn build() -> PeopleTables {
        let people = parse_people(PEOPLE_TSV);
        let mut names: Map<String, Vec<usize>> = Map::default();
        names.reserve(people.len() * 2);
        let mut surnames: Map<String, Vec<usize>> = Map::default();
        surnames.reserve(people.len());
        let mut by_qid = Map::default();
        by_qid.reserve(people.len());
        for (i, p) in people.iter().enumerate() {
            by_qid.insert(p.qid.clone(), i);
            for n in std::iter::once(&p.name).chain(&p.alt_names) {
                let key = normalize(n);
                if key.is_empty() {
                    continue;
                }
                let family_first = family_name_first(p).then(|| family_first_key(&key));
                for s in surname_key(&key).into_iter().chain(family_first.flatten()) {
                    let v = surnames.entry(s).or_default();
                    if v.last() != Some(&i) {
                        v.push(i);
                    }
                }
                let v = names.entry(key).or_default();
                if v.last() != Some(&i) {
                    v.push(i);
                }
            }
        }
        // Most positions first (a rough prominence), then QID order.
        let prominence = |v: &mut Vec<usize>| {
            if v.len() > 1 {
                v.sort_by(|&a, &b| {
                    people[b]
                        .positions
                        .len()
                        .cmp(&people[a].positions.len())
                        .then(a.cmp(&b))
                });
                v.dedup();
            }
        };
        names.values_mut().for_each(prominence);
        surnames.values_mut().for_each(prominence);
        PeopleTables {
            people,
            names,
            surnames,
            by_qid,
        }
    }
}

/// Jurisdictions whose people carry family-name-first labels in Wikidata
/// ("Xi Jinping", "Moon Jae-in"): China, Taiwan, North Korea, South Korea,
/// Vietnam, Hong Kong, Macau.
const FAMILY_NAME_FIRST: [&str; 7] = ["Q148", "Q865", "Q423", "Q884", "Q881", "Q8646", "Q14773"];

/// Did this person hold a position in a family-name-first jurisdiction?
fn family_name_first(p: &KnownPerson) -> bool {
    p.positions.iter().any(|pos| {
        pos.country_qid
            .as_deref()
            .is_some_and(|q| FAMILY_NAME_FIRST.contains(&q))
    })
}

/// First token of a normalized multi-token name ("xi jinping" → "xi").
fn family_first_key(key: &str) -> Option<String> {
    let mut tokens = key.split(' ');
    let first = tokens.next()?;
    (tokens.next().is_some() && first.len() >= 2).then(|| first.to_string())
}

/// Last name token of a normalized name: "jens stoltenberg" → "stoltenberg",
/// "martin luther king jr." → "king", "mark malloch brown, baron x" → "brown".
fn surname_key(key: &str) -> Option<String> {
    let key = key.split(',').next().unwrap_or(key);
    let key = key.split(" (").next().unwrap_or(key);
    let mut tokens: Vec<&str> = key.split(' ').filter(|t| !t.is_empty()).collect();
    while let Some(last) = tokens.last() {
        let bare = last.trim_end_matches('.');
        let roman = !bare.is_empty() && bare.chars().all(|c| matches!(c, 'i' | 'v' | 'x'));
        if matches!(bare, "jr" | "sr") || roman {
            tokens.pop();
        } else {
            break;
        }
    }
    if tokens.len() < 2 {
        return None;
    }
    let last = tokens.last()?;
    if last.trim_end_matches('.').chars().count() < 2 {
        return None;
    }
    Some((*last).to_string())
}

fn index_countries(countries: &[Country]) -> (NameIndex<Option<usize>>, NameIndex<Option<usize>>) {
    // Collect (tier, index) candidates per key, then resolve: the best tier
    // wins; among several countries in that tier an independent one wins if
    // it is the only one; otherwise the form is ambiguous (None).
    let mut names: NameIndex<Vec<(u8, usize)>> = NameIndex::default();
    let mut demonyms: NameIndex<Vec<(u8, usize)>> = NameIndex::default();
    for (i, c) in countries.iter().enumerate() {
        names.for_each_slot(&c.name, |v| v.push((TIER_NAME, i)));
        names.for_each_slot(&c.official_name, |v| v.push((TIER_NAME, i)));
        for a in &c.alt_names {
            names.for_each_slot(a, |v| v.push((TIER_ALT, i)));
        }
        for d in &c.demonyms {
            demonyms.for_each_slot(d, |v| v.push((TIER_NAME, i)));
        }
        // "the Philippine government", "a Maldive island": a one-word plural name's
        // singular is its adjective, though demonym lists give only "Filipino".
        if !c.name.contains(' ')
            && let Some(stem) = c.name.strip_suffix('s')
            && stem.chars().count() >= 5
            && stem.ends_with(['a', 'e', 'o'])
        {
            demonyms.for_each_slot(stem, |v| v.push((TIER_ALT, i)));
        }
    }
    let resolve = |cands: Vec<(u8, usize)>| -> Option<usize> {
        let best = cands.iter().map(|c| c.0).min()?;
        let mut idx: Vec<usize> = cands.iter().filter(|c| c.0 == best).map(|c| c.1).collect();
        idx.sort_unstable();
        idx.dedup();
        if idx.len() == 1 {
            return Some(idx[0]);
        }
        let indep: Vec<usize> = idx
            .into_iter()
            .filter(|&i| countries[i].independent)
            .collect();
        (indep.len() == 1).then(|| indep[0])
    };
    (names.map_values(resolve), demonyms.map_values(resolve))
}

fn parse_countries(text: &str) -> Vec<Country> {
    rows(text)
        .map(|r| Country {
            iso2: cell(&r, 0).to_string(),
            iso3: cell(&r, 1).to_string(),
            qid: opt(&r, 2),
            geonameid: cell(&r, 3).parse().ok(),
            name: cell(&r, 4).to_string(),
            official_name: cell(&r, 5).to_string(),
            alt_names: list(&r, 6),
            demonyms: list(&r, 7),
            capital: opt(&r, 8),
            independent: cell(&r, 9) == "1",
        })
        .collect()
}

fn parse_places(text: &str) -> Vec<Place> {
    rows(text)
        .map(|r| {
            let kind_str = cell(&r, 4);
            let feature = match cell(&r, 5) {
                "" => kind_str.to_string(),
                f => f.to_string(),
            };
            Place {
                geonameid: cell(&r, 0).parse().ok(),
                qid: opt(&r, 1),
                name: cell(&r, 2).to_string(),
                alt_names: list(&r, 3),
                kind: PlaceKind::parse(kind_str),
                feature,
                country: opt(&r, 6),
                population: cell(&r, 7).parse().unwrap_or(0),
            }
        })
        .collect()
}

fn parse_organizations(text: &str) -> Vec<Organization> {
    rows(text)
        .map(|r| Organization {
            qid: opt(&r, 0),
            name: cell(&r, 1).to_string(),
            abbreviation: opt(&r, 2),
            alt_names: list(&r, 3),
            kind: cell(&r, 4).to_string(),
            country: opt(&r, 5),
            headquarters: opt(&r, 6),
        })
        .collect()
}

fn parse_people(text: &str) -> Vec<KnownPerson> {
    rows(text)
        .map(|r| KnownPerson {
            qid: cell(&r, 0).to_string(),
            name: cell(&r, 1).to_string(),
            alt_names: list(&r, 2),
            positions: split_on(cell(&r, 3), b'|')
                .filter(|p| !p.is_empty())
                .map(|p| {
                    let mut f = split_on(p, b'~');
                    let mut next = || f.next().filter(|s| !s.is_empty()).map(str::to_string);
                    Position {
                        label: next().unwrap_or_default(),
                        qid: next(),
                        country_qid: next(),
                        start: next(),
                        end: next(),
                    }
                })
                .collect(),
        })
        .collect()
}

fn parse_given_names(text: &str) -> Map<String, GivenNameStats> {
    let mut out: Map<String, GivenNameStats> = Map::default();
    for r in rows(text) {
        let e = out.entry(normalize(cell(&r, 0))).or_default();
        e.count += cell(&r, 1).parse().unwrap_or(0);
        e.male += cell(&r, 2).parse().unwrap_or(0);
        e.female += cell(&r, 3).parse().unwrap_or(0);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::time::Instant;

    #[test]
    fn load_time() {
        let t = Instant::now();
        let g = Gazetteer::load();
        let elapsed = t.elapsed();
        eprintln!(
            "gazetteer load: {:.1} ms ({} countries, {} places, {} organizations, {} people, {} given names)",
            elapsed.as_secs_f64() * 1000.0,
            g.countries.len(),
            g.places.len(),
            g.organizations.len(),
            g.people.len(),
            g.given_names.len()
        );
        assert_eq!(g.countries.len(), 250);
        assert!(g.places.len() > 34_000);
        assert!(g.people.len() > 18_000);
    }

    #[test]
    fn countries_by_name_code_demonym_possessive() {
        let g = gazetteer();
        for form in [
            "United States",
            "the United States",
            "United States of America",
            "U.S.",
            "US",
            "USA",
            "U.S.A.",
            "America",
            "American",
            "Americans",
            "U.S.'s",
            "America’s",
        ] {
            let c = g.country(form).unwrap_or_else(|| panic!("{form}"));
            assert_eq!(c.qid.as_deref(), Some("Q30"), "{form}");
            assert_eq!(c.iso2, "US");
        }
        for form in [
            "Russia",
            "Russian",
            "Russia’s",
            "Russia's",
            "Russian Federation",
            "RUSSIA",
        ] {
            let c = g.country(form).unwrap_or_else(|| panic!("{form}"));
            assert_eq!(c.qid.as_deref(), Some("Q159"), "{form}");
        }
        assert_eq!(g.country("Ukraine's").map(|c| c.iso2.as_str()), Some("UA"));
        assert_eq!(g.country("UK").map(|c| c.iso2.as_str()), Some("GB"));
        assert_eq!(g.country("British").map(|c| c.iso2.as_str()), Some("GB"));
        assert_eq!(
            g.country("Philippines'").map(|c| c.iso2.as_str()),
            Some("PH")
        );
        assert_eq!(
            g.country("Côte d'Ivoire").map(|c| c.iso2.as_str()),
            Some("CI")
        );
        assert_eq!(
            g.country("Cote d’Ivoire").map(|c| c.iso2.as_str()),
            Some("CI")
        );
        // The pronoun is not a country; nor are ambiguous forms.
        assert!(g.country("us").is_none());
        assert!(g.country("Us").is_none());
        assert!(g.country("Congolese").is_none());
        assert!(g.country("Congo").is_none());
        assert!(g.country("").is_none());
        assert!(g.country("Stoltenberg").is_none());
        let us = g.country_by_iso2("us").unwrap();
        assert_eq!(us.iso3, "USA");
        assert_eq!(us.geonameid, Some(6252001));
        assert!(us.demonyms.iter().any(|d| d == "American"));
        assert_eq!(g.country_by_qid("Q159").unwrap().iso2, "RU");
    }

    #[test]
    fn demonyms() {
        let g = gazetteer();
        assert!(g.is_demonym("Russian"));
        assert!(g.is_demonym("Russians"));
        assert!(g.is_demonym("American"));
        assert!(g.is_demonym("Ukrainian"));
        assert!(!g.is_demonym("Russia"));
        assert!(!g.is_demonym("Russia's"));
        assert!(!g.is_demonym("United States"));
        assert!(!g.is_demonym("Stoltenberg"));
        // A plural name's singular, which demonym lists leave out.
        assert!(g.is_demonym("Philippine"));
        assert_eq!(
            g.country("Philippine").map(|c| c.name.as_str()),
            Some("Philippines")
        );
    }

    #[test]
    fn organizations() {
        let g = gazetteer();
        let nato = g.organizations("NATO");
        assert_eq!(nato[0].qid.as_deref(), Some("Q7184"));
        assert_eq!(g.organizations("Nato")[0].qid.as_deref(), Some("Q7184"));
        assert_eq!(
            g.organizations("North Atlantic Treaty Organization")[0]
                .qid
                .as_deref(),
            Some("Q7184")
        );
        let osce = g.organizations("OSCE");
        assert_eq!(osce[0].qid.as_deref(), Some("Q81299"));
        assert_eq!(g.organizations("EU")[0].qid.as_deref(), Some("Q458"));
        assert_eq!(
            g.organizations("the European Union")[0].qid.as_deref(),
            Some("Q458")
        );
        assert_eq!(g.organizations("WHO")[0].qid.as_deref(), Some("Q7817"));
        assert!(g.organizations("who").is_empty());
        assert!(g.organizations("osce").is_empty());
    }

    #[test]
    fn first_level_regions_named_by_towns() {
        let g = gazetteer();
        let region = |n: &str| {
            g.places(n)
                .iter()
                .find(|p| p.kind == PlaceKind::Region)
                .and_then(|p| p.country.clone())
        };
        assert_eq!(region("West Midlands"), Some("GB".to_string()));
        assert_eq!(region("Haryana"), Some("IN".to_string()));
        // A division named by an English word or a generic one is left out.
        assert!(g.places("Pool").is_empty());
        assert!(
            g.places("Western")
                .iter()
                .all(|p| p.kind != PlaceKind::Region)
        );
    }

    #[test]
    fn listed_companies() {
        let g = gazetteer();
        let company = |n: &str| g.organizations(n).iter().any(|o| o.is_listed_company());
        // By name, and by the name without its legal form.
        assert!(company("Boeing"));
        assert!(company("Anglo American plc"));
        assert!(company("Anglo American"));
        assert_eq!(
            g.organizations("ABN Amro")[0].country.as_deref(),
            Some("NL")
        );
        // A one-word name that is an English word, or a short form that any firm
        // could bear, is no company on its own.
        assert!(!company("Shell"));
        assert!(!company("Next"));
        assert!(!company("National Bank"));
        assert!(!company("U.S."));
        // International organisations still come first.
        assert_eq!(
            g.organizations("NATO")[0].kind,
            "international organisation"
        );
    }

    #[test]
    fn places_most_populous_first() {
        let g = gazetteer();
        for (name, iso2) in [("Brussels", "BE"), ("Geneva", "CH"), ("Vienna", "AT")] {
            let ps = g.places(name);
            assert!(!ps.is_empty(), "{name}");
            assert!(ps[0].geonameid.is_some(), "{name}");
            assert_eq!(ps[0].kind, PlaceKind::City, "{name}");
            assert_eq!(ps[0].country.as_deref(), Some(iso2), "{name}");
            let names: Vec<_> = ps.iter().filter(|p| p.name == name).collect();
            assert!(
                names.windows(2).all(|w| w[0].population >= w[1].population),
                "{name}"
            );
        }
        // Vienna, Virginia exists too, after Vienna, Austria.
        assert!(g.places("Vienna").len() > 1);
        assert_eq!(g.places("Vienna")[0].qid.as_deref(), Some("Q1741"));
        assert_eq!(g.places("Kiev")[0].name, "Kyiv");
        // An alternate spelling of a big city outranks a small namesake.
        assert_eq!(g.places("Odessa")[0].country.as_deref(), Some("UA"));
        assert_eq!(g.places("New York")[0].qid.as_deref(), Some("Q60"));
        assert_eq!(g.places("Washington")[0].qid.as_deref(), Some("Q61"));
        assert_eq!(g.places("genève")[0].name, "Geneva");
        let black_sea = g.places("Black Sea");
        assert_eq!(black_sea[0].kind, PlaceKind::Sea);
        assert_eq!(g.places("the Black Sea")[0].kind, PlaceKind::Sea);
        assert_eq!(g.places("Germany")[0].kind, PlaceKind::Country);
        assert!(
            g.places("NYC")
                .iter()
                .any(|p| p.qid.as_deref() == Some("Q60"))
        );
        let vienna = g.places("Vienna")[0].geonameid.unwrap();
        assert_eq!(g.place_by_geonameid(vienna).unwrap().name, "Vienna");
    }

    #[test]
    fn people() {
        let g = gazetteer();
        let jens = g.people("Jens Stoltenberg");
        assert_eq!(jens.len(), 1);
        assert_eq!(jens[0].qid, "Q57665");
        assert!(jens[0].positions.iter().any(
            |p| p.qid.as_deref() == Some("Q2334076") && p.country_qid.as_deref() == Some("Q20")
        ));
        assert_eq!(g.people("jens stoltenberg")[0].qid, "Q57665");
        assert!(
            g.people_by_surname("Stoltenberg")
                .iter()
                .any(|p| p.qid == "Q57665")
        );
        assert!(
            g.people_by_surname("Xi")
                .iter()
                .any(|p| p.name == "Xi Jinping")
        );
        let putin = g.people("Vladimir Putin");
        assert_eq!(putin[0].qid, "Q7747");
        assert!(
            putin[0]
                .positions
                .iter()
                .any(|p| p.label == "President of Russia")
        );
        assert!(g.person_by_qid("Q6279").is_some());
        assert!(g.people("Nobody Inparticular").is_empty());
    }

    #[test]
    fn given_names() {
        let g = gazetteer();
        assert!(g.given_name_count("Jens") > 0);
        assert!(g.given_name_count("John") > 100);
        assert!(g.given_name_stats("Maria").female > g.given_name_stats("Maria").male);
        assert_eq!(g.given_name_count("Sir"), 0);
        assert_eq!(g.given_name_count("J."), 0);
        assert_eq!(g.given_name_count("Xyzzyq"), 0);
    }

    #[test]
    fn normalization() {
        assert_eq!(normalize("  The  Hague "), "hague");
        assert_eq!(normalize("Genève"), "geneve");
        assert_eq!(normalize("Russia’s"), "russia's");
        assert!(is_code("U.S."));
        assert!(is_code("NATO"));
        assert!(!is_code("us"));
        assert!(!is_code("New York"));
        assert_eq!(strip_possessive("Russia’s"), Some("Russia"));
        assert_eq!(surname_key("martin luther king jr."), Some("king".into()));
        assert_eq!(surname_key("elizabeth ii"), None);
    }
}
