//! What the articles say about an entity, and how well a candidate fits it.
//!
//! Scores add up from independent signals, each with its reason kept for
//! `newsgraph link --explain`: the name match; for people the offices the articles
//! state (a fitting office is strong evidence, a stated office the candidate never
//! held rules it out), the years the articles were published against the candidate's
//! terms, and the countries the articles name against the candidate's; for places
//! the countries named, capitals and population; uniqueness of the name as the last
//! resort.

use std::collections::{BTreeMap, BTreeSet};

use super::{Candidate, NameMatch, Scored};
use crate::corpus::Corpus;
use crate::extract::{ArticleFacts, EntityKind};
use crate::gazetteer::gazetteer;
use crate::gazetteer::offices::{role_fits, words};
use crate::resolve::Resolved;

/// A role an article states for a person.
#[derive(Debug, Clone, PartialEq)]
pub struct StatedRole {
    pub role: String,
    pub organization: Option<String>,
    /// ISO code of the country the role belongs to, when the organization shows one.
    pub country: Option<String>,
    /// A job rather than an office ("analyst"), or a role in a company: not a
    /// political office.
    pub private: bool,
}

/// Everything the linker knows about one canonical entity.
#[derive(Debug, Clone, PartialEq)]
pub struct Context {
    pub kind: EntityKind,
    /// The fullest name first, then the other forms.
    pub names: Vec<String>,
    pub country_code: Option<String>,
    pub roles: Vec<StatedRole>,
    /// Countries the entity's articles name (ISO code → number of articles).
    pub countries: BTreeMap<String, usize>,
    /// Publication years of the entity's articles.
    pub years: BTreeSet<i32>,
    /// Some article names it as an electoral district, not the town.
    pub district: bool,
    /// Countries the articles name right after it ("BIRMINGHAM, Ala.": US).
    pub within: BTreeSet<String>,
    /// Countries named by those of its articles that name few (a story naming ten
    /// countries says little about which one a small town of the name lies in).
    pub countries_in_focus: BTreeSet<String>,
    /// Every article naming it is a sports report.
    pub sports_only: bool,
    /// Some article files its story from it ("NEW YORK, March 19 -"): a dateline names
    /// a city, not the state or region of the same name.
    pub dateline: bool,
}

impl Context {
    /// A context with nothing but a name (for `link --explain` outside a store).
    pub fn bare(kind: EntityKind, name: &str) -> Context {
        Context {
            kind,
            names: vec![name.to_string()],
            country_code: None,
            roles: Vec::new(),
            countries: BTreeMap::new(),
            years: BTreeSet::new(),
            district: false,
            within: BTreeSet::new(),
            countries_in_focus: BTreeSet::new(),
            sports_only: false,
            dateline: false,
        }
    }
}

/// Last words of company names ("… Group", "… Bank") besides legal designators.
const COMPANY_HEADS: &[&str] = &[
    "bank",
    "group",
    "holdings",
    "airlines",
    "airways",
    "motors",
    "capital",
    "securities",
    "partners",
    "associates",
    "investments",
    "insurance",
    "energy",
    "oil",
    "steel",
    "industries",
    "technologies",
    "systems",
    "electronics",
    "pharmaceuticals",
];

/// Is the organization a company? Roles there are jobs, not political offices.
fn is_company(name: &str) -> bool {
    let words: Vec<&str> = name.split_whitespace().collect();
    crate::extract::lexicon::is_designator_tail(&words)
        || words
            .last()
            .is_some_and(|w| COMPANY_HEADS.contains(&w.to_lowercase().as_str()))
}

/// Words that make an organization a body outside government — a chamber of commerce,
/// an employers' federation, a university: its director or chairman holds a job, not a
/// public office.
const NON_GOVERNMENT_BODY_WORDS: &[&str] = &[
    "chamber",
    "chambers",
    "association",
    "federation",
    "confederation",
    "institute",
    "society",
    "foundation",
    "club",
    "university",
    "college",
];

/// Is the organization a body outside government (and not a country: "Russian
/// Federation")?
fn is_non_government_body(name: &str) -> bool {
    gazetteer().country(name).is_none()
        && words(name)
            .iter()
            .any(|w| NON_GOVERNMENT_BODY_WORDS.contains(&w.as_str()))
}

/// Jobs that are not public offices: a politician of the same name is someone else.
const PRIVATE_ROLE_HEADS: &[&str] = &[
    "analyst",
    "economist",
    "strategist",
    "trader",
    "broker",
    "banker",
    "executive",
    "ceo",
    "professor",
    "researcher",
    "correspondent",
    "editor",
    "reporter",
    "journalist",
    "coach",
    "player",
    "manager",
    "actor",
    "singer",
    "author",
    "lawyer",
    "consultant",
];

/// Is the role's last word (its head noun) in `heads`?
fn head_in(role: &str, heads: &[&str]) -> bool {
    words(role)
        .last()
        .is_some_and(|h| heads.contains(&h.as_str()))
}

fn is_private_role(role: &str) -> bool {
    head_in(role, PRIVATE_ROLE_HEADS)
}

/// The country a name shows: "Russian Foreign Ministry" → RU.
fn country_in(name: &str) -> Option<String> {
    let g = gazetteer();
    if let Some(c) = g.country(name) {
        return Some(c.iso2.clone());
    }
    if let Some(o) = g.organizations(name).first()
        && let Some(cc) = &o.country
        && cc.len() == 2
        && cc != "EU"
    {
        return Some(cc.clone());
    }
    name.split_whitespace()
        .find_map(|w| g.country(w).map(|c| c.iso2.clone()))
}

/// Is the mention `start..end` the place of a wire dateline opening a paragraph
/// ("NEW YORK, March 19 -")?
fn opens_dateline(text: &str, start: usize, end: usize) -> bool {
    let at_paragraph_start = start == 0 || text.get(..start).is_some_and(|t| t.ends_with('\n'));
    at_paragraph_start
        && text
            .get(start..)
            .and_then(crate::ingest::dateline_len)
            .is_some_and(|len| len > end - start)
}

fn year_of(f: &ArticleFacts) -> Option<i32> {
    f.published
        .as_ref()
        .and_then(|p| p.iso.get(..4))
        .and_then(|y| y.parse().ok())
        .or(f.inferred_year.map(i32::from))
}

/// One context per canonical entity, in `res.entities` order.
pub fn contexts<C: Corpus + ?Sized>(corpus: &C, res: &Resolved) -> Vec<Context> {
    let mut out: Vec<Context> = res
        .entities
        .iter()
        .map(|e| {
            let mut names = vec![e.name.clone()];
            names.extend(e.alt_labels.iter().filter(|a| **a != e.name).cloned());
            Context {
                kind: e.kind,
                names,
                country_code: e.country_code.clone(),
                roles: Vec::new(),
                countries: BTreeMap::new(),
                years: BTreeSet::new(),
                district: false,
                within: BTreeSet::new(),
                countries_in_focus: BTreeSet::new(),
                sports_only: true,
                dateline: false,
            }
        })
        .collect();
    let order: Vec<usize> = (0..corpus.len()).collect();
    corpus.visit(&order, &mut |ai, f| {
        let Some(map) = res.entity_map.get(ai) else {
            return;
        };
        let countries: BTreeSet<&str> = f
            .entities
            .iter()
            .filter(|e| e.kind == EntityKind::Country)
            .filter_map(|e| e.country_code.as_deref())
            .collect();
        let year = year_of(f);
        for (li, e) in f.entities.iter().enumerate() {
            if e.district {
                out[map[li]].district = true;
            }
            out[map[li]].within.extend(e.within.iter().cloned());
            if e.mentions
                .iter()
                .any(|m| opens_dateline(&f.text, m.start, m.end))
            {
                out[map[li]].dateline = true;
            }
        }
        let mut seen = BTreeSet::new();
        for &c in map {
            if !seen.insert(c) {
                continue;
            }
            out[c].sports_only &= f.sports_report;
            for cc in &countries {
                *out[c].countries.entry(cc.to_string()).or_default() += 1;
            }
            if countries.len() < MANY_COUNTRIES {
                out[c]
                    .countries_in_focus
                    .extend(countries.iter().map(|cc| cc.to_string()));
            }
            if let Some(y) = year {
                out[c].years.insert(y);
            }
        }
        for r in &f.roles {
            let person = map[r.person];
            let org = r.organization.map(|o| &res.entities[map[o]]);
            let stated = StatedRole {
                role: r.role.clone(),
                organization: org.map(|o| o.name.clone()),
                country: org.and_then(|o| match o.kind {
                    EntityKind::Country => o.country_code.clone(),
                    _ => country_in(&o.name),
                }),
                private: is_private_role(&r.role)
                    || org.is_some_and(|o| {
                        o.kind == EntityKind::Organization
                            && (is_company(&o.name) || is_non_government_body(&o.name))
                    }),
            };
            if !out[person].roles.contains(&stated) {
                out[person].roles.push(stated);
            }
        }
    });
    out
}

/// Titles that name a public office: stating one that a candidate never held rules the
/// candidate out.
const OFFICE_HEADS: &[&str] = &[
    "minister",
    "secretary",
    "president",
    "premier",
    "chancellor",
    "governor",
    "ambassador",
    "mayor",
    "senator",
    "congressman",
    "congresswoman",
    "commissioner",
    "mp",
    "mep",
    "king",
    "queen",
];

fn is_office(role: &str) -> bool {
    head_in(role, OFFICE_HEADS)
}

/// Heads of state and government, ministers and secretaries of state: the people news
/// names most, so a full-name match to one of them is likelier to be them.
fn is_national_office(label: &str) -> bool {
    let w = words(label);
    let has = |x: &str| w.iter().any(|y| y == x);
    (has("president") && !has("vice") && !has("deputy"))
        || has("prime")
        || has("chancellor")
        || (has("minister") && !has("deputy"))
        || (has("secretary") && has("state"))
}

fn compatible(ctx: EntityKind, cand: EntityKind) -> bool {
    match ctx {
        EntityKind::Place | EntityKind::Country => {
            matches!(cand, EntityKind::Place | EntityKind::Country)
        }
        k => k == cand,
    }
}

/// Below this population a town is not known beyond its country.
const SMALL_TOWN_POPULATION: u64 = 100_000;

/// Articles naming this many countries tell little about where a small town lies.
const MANY_COUNTRIES: usize = 4;

/// A candidate's own score and its reasons; `None` when it cannot be the entity.
pub fn score(ctx: &Context, c: &Candidate) -> Option<(f32, Vec<String>)> {
    if let Some(k) = c.kind
        && !compatible(ctx.kind, k)
    {
        return None;
    }
    let mut reasons = Vec::new();
    let mut s = match c.matched {
        // An organization's own abbreviation ("NATO") and its other recorded names
        // ("Organisation of …" / "Organization of …") name it as well as its name.
        NameMatch::Label | NameMatch::Abbreviation => 1.0,
        NameMatch::Alias if ctx.kind == EntityKind::Organization => 1.0,
        NameMatch::Alias => 0.8,
        NameMatch::Surname => 0.4,
    };
    reasons.push(format!("{:+.1} name matches ({:?})", s, c.matched));
    let shared: Vec<&String> = c
        .countries
        .iter()
        .filter(|cc| ctx.countries.contains_key(*cc))
        .collect();
    match ctx.kind {
        EntityKind::Person => {
            if !ctx.years.is_empty() && !c.offices.is_empty() {
                let active = ctx.years.iter().any(|&y| {
                    c.offices.iter().any(|o| {
                        o.start_year.is_some_and(|st| st - 2 <= y)
                            && o.end_year.is_none_or(|e| y <= e + 2)
                    })
                });
                let first = c.offices.iter().filter_map(|o| o.start_year).min();
                if active {
                    s += 0.5;
                    reasons.push("+0.5 in office around the articles' dates".into());
                } else if let Some(first) = first
                    && ctx.years.iter().all(|&y| first > y + 10)
                {
                    s -= 0.5;
                    reasons.push(format!(
                        "-0.5 first office in {first}, long after the articles"
                    ));
                }
            }
            if let Some(cc) = shared.first() {
                s += 0.5;
                reasons.push(format!(
                    "+0.5 holds office in {cc}, which the articles name"
                ));
            }
            let fitting = ctx.roles.iter().find_map(|r| {
                c.offices
                    .iter()
                    .find(|o| {
                        role_fits(&r.role, &o.label)
                            && match (&r.country, &o.country) {
                                (Some(a), Some(b)) => a == b,
                                _ => true,
                            }
                    })
                    .map(|o| (r, o))
            });
            if c.matched == NameMatch::Label
                && c.offices.iter().any(|o| is_national_office(&o.label))
            {
                s += 0.2;
                reasons.push("+0.2 held a national office (prominent)".into());
            }
            // "tying David Frost (71) for third place": in sports reports alone, a
            // person no stated office ties to a namesake in office is a player.
            if ctx.sports_only && fitting.is_none() && !c.offices.is_empty() {
                s -= 0.5;
                reasons.push("-0.5 named only in sports reports, with no office stated".into());
            }
            if let Some((r, o)) = fitting {
                s += 1.0;
                reasons.push(format!(
                    "+1.0 stated role {:?} fits office {:?}",
                    r.role, o.label
                ));
            } else if !c.offices.is_empty()
                && let Some(r) = ctx.roles.iter().find(|r| is_office(&r.role) || r.private)
            {
                s -= 1.0;
                reasons.push(format!(
                    "-1.0 stated role {:?}{} is no office it held",
                    r.role,
                    r.organization
                        .as_deref()
                        .map(|o| format!(" ({o})"))
                        .unwrap_or_default()
                ));
            }
        }
        EntityKind::Organization => {
            if !c.countries.is_empty() {
                if shared.is_empty() {
                    s -= 0.5;
                    reasons.push("-0.5 belongs to a country the articles do not name".into());
                } else {
                    s += 0.5;
                    reasons.push(format!(
                        "+0.5 belongs to {}, which the articles name",
                        shared[0]
                    ));
                }
            }
        }
        EntityKind::Place | EntityKind::Country => {
            // "BIRMINGHAM, Ala.": the country named beside the place decides; a node
            // named beside two ("ALEXANDRIA, Egypt", "ALEXANDRIA, Va.") is none of them
            // for sure.
            if !ctx.within.is_empty() {
                let [cc] = ctx.within.iter().collect::<Vec<_>>()[..] else {
                    return None;
                };
                if !c.countries.contains(cc) {
                    return None;
                }
                s += 0.5;
                reasons.push(format!("+0.5 lies in {cc}, named beside it"));
            }
            // ("Geneva" in a story naming ten countries, the United States among them,
            // is no sign of the Illinois town: a small town is known by its country
            // only where the articles name few others.)
            let small_town = c.is_city && !c.is_capital && c.population < SMALL_TOWN_POPULATION;
            let told = shared.iter().find(|cc| {
                !small_town || !ctx.within.is_empty() || ctx.countries_in_focus.contains(**cc)
            });
            if let Some(cc) = told {
                s += 0.5;
                reasons.push(format!("+0.5 lies in {cc}, which the articles name"));
            } else if shared.is_empty()
                && ctx.within.is_empty()
                && c.is_city
                && !c.is_capital
                && c.population < SMALL_TOWN_POPULATION
                && !ctx.countries.is_empty()
                && let Some(cc) = c.countries.first()
            {
                // "Ashfield, Nottinghamshire" in a story that names only Britain is not
                // the Australian suburb: a small town abroad is known only to its country.
                s -= 0.5;
                reasons.push(format!(
                    "-0.5 a small town in {cc}; the articles name other countries, not it"
                ));
            }
            if c.is_capital {
                s += 0.3;
                reasons.push("+0.3 a national capital".into());
            }
            if ctx.dateline && ctx.kind == EntityKind::Place && c.is_city {
                s += 0.5;
                reasons.push("+0.5 a city, as a dateline names".into());
            }
        }
    }
    Some((s, reasons))
}

/// Signals that compare candidates with each other: the only candidate of its name,
/// a city far more populous than every other place of that name.
pub fn relative(ctx: &Context, scored: &mut [Scored]) {
    if scored.len() == 1 {
        let c = &scored[0].candidate;
        if c.matched != NameMatch::Surname {
            // A person's name is shared by people no gazetteer lists: uniqueness alone
            // is weaker evidence for a person than for a place or an organization.
            let bonus = if ctx.kind == EntityKind::Person {
                0.3
            } else {
                0.5
            };
            scored[0].score += bonus;
            scored[0]
                .reasons
                .push(format!("+{bonus:.1} the only candidate of this name"));
        }
        return;
    }
    if matches!(ctx.kind, EntityKind::Place | EntityKind::Country) {
        // A dateline names a city: the state or region of its name ("NEW YORK") is not
        // in the running.
        let cities_only = ctx.dateline && ctx.kind == EntityKind::Place;
        let pool: Vec<usize> = (0..scored.len())
            .filter(|&i| !cities_only || scored[i].candidate.is_city)
            .collect();
        let Some(&best) = pool.iter().max_by_key(|&&i| scored[i].candidate.population) else {
            return;
        };
        let b = &scored[best].candidate;
        let others_ok = pool.iter().all(|&i| {
            let s = &scored[i];
            i == best
                || (s.candidate.population.saturating_mul(5) <= b.population
                    && (s.candidate.is_city || b.is_capital))
        });
        if b.is_city && b.population >= 100_000 && others_ok {
            scored[best].score += 0.5;
            scored[best]
                .reasons
                .push("+0.5 five times as populous as any other place of this name".into());
        }
        // "Asia": the continent, not the town of 23,000 in the Philippines.
        let areas: Vec<usize> = (0..scored.len())
            .filter(|&i| scored[i].candidate.is_world_area)
            .collect();
        if let [area] = areas[..]
            && scored.iter().enumerate().all(|(i, s)| {
                i == area || (s.candidate.is_city && s.candidate.population < 100_000)
            })
        {
            scored[area].score += 0.5;
            scored[area]
                .reasons
                .push("+0.5 a continent or world region; the towns of this name are small".into());
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn offices_are_told_from_other_roles() {
        assert!(is_office("Deputy Foreign Minister"));
        assert!(is_office("President"));
        assert!(!is_office("Leader"));
        assert!(!is_office("Spokesman"));
    }
}
