//! A user-supplied RDF dump as a knowledge base (`build --link-with FILE`): any
//! N-Triples, Turtle, N-Quads, TriG or RDF/XML file whose subjects carry labels
//! (`rdfs:label`, `skos:prefLabel`, `skos:altLabel`, `schema:name`,
//! `schema:alternateName`, `foaf:name`) and, optionally, a type (`rdf:type` or
//! Wikidata's `wdt:P31`) and a country (`wdt:P17`, `wdt:P27`, `schema:addressCountry`,
//! `schema:nationality`, `dbo:country`, `gn:countryCode`). A Wikidata extract, a DBpedia
//! extract, `newsgraph gazetteer` output or a hand-written list all work.

use std::collections::HashMap;
use std::io::BufReader;
use std::path::{Path, PathBuf};

use oxigraph::io::{RdfFormat, RdfParser};
use oxigraph::model::{NamedNodeRef, NamedOrBlankNode, Term};

use super::candidates::{Candidate, ExternalId, KnowledgeBase, Lookup, NameMatch};
use crate::extract::EntityKind;
use crate::gazetteer::{gazetteer, normalize};
use crate::rdf::vocab::{dbo, foaf, gn, rdf, rdfs, schema, schema_extra, skos, wd, wdt};
use crate::{Error, Result};

#[derive(Debug, Default)]
struct Subject {
    iri: String,
    label: Option<String>,
    kind: Option<EntityKind>,
    countries: Vec<String>,
    population: u64,
}

/// The labelled subjects of one RDF file, indexed by normalized label.
#[derive(Debug)]
pub struct Dataset {
    name: String,
    subjects: Vec<Subject>,
    /// Normalized label → (subject, whether it is a main label).
    labels: HashMap<String, Vec<(usize, bool)>>,
}

/// `https://schema.org/x` and `http://schema.org/x` are the same term in practice.
fn unify_schema(iri: &str) -> std::borrow::Cow<'_, str> {
    match iri.strip_prefix("http://schema.org/") {
        Some(local) => format!("https://schema.org/{local}").into(),
        None => iri.into(),
    }
}

/// The kind of entity a class means (schema.org, FOAF, DBpedia, Wikidata, GeoNames).
pub(super) fn kind_of_class(class: &str) -> Option<EntityKind> {
    let class = unify_schema(class);
    let class = class.as_ref();
    let person = [schema::PERSON, foaf::PERSON, dbo::PERSON, wd::HUMAN];
    let organization = [
        schema::ORGANIZATION,
        schema::GOVERNMENT_ORGANIZATION,
        schema::POLITICAL_PARTY,
        schema::CORPORATION,
        foaf::ORGANIZATION,
        dbo::ORGANISATION,
        wd::ORGANIZATION,
        wd::BUSINESS,
        wd::COMPANY,
        wd::PUBLIC_COMPANY,
        wd::INTERNATIONAL_ORGANIZATION,
        wd::POLITICAL_PARTY,
        wd::GOVERNMENT_AGENCY,
        wd::GOVERNMENT_ORGANIZATION,
        wd::NONPROFIT,
        wd::MINISTRY,
    ];
    let place = [
        schema::PLACE,
        schema::COUNTRY,
        schema::CITY,
        schema::ADMINISTRATIVE_AREA,
        dbo::PLACE,
        gn::FEATURE,
        wd::CITY,
        wd::BIG_CITY,
        wd::CAPITAL,
        wd::COUNTRY,
        wd::SOVEREIGN_STATE,
        wd::HUMAN_SETTLEMENT,
        wd::GEOGRAPHIC_REGION,
        wd::ADMIN_REGION_1,
        wd::US_STATE,
        wd::TOWN,
    ];
    let is =
        |set: &[oxigraph::model::NamedNodeRef<'static>]| set.iter().any(|c| c.as_str() == class);
    if is(&person) {
        Some(EntityKind::Person)
    } else if is(&organization) {
        Some(EntityKind::Organization)
    } else if is(&place) {
        Some(EntityKind::Place)
    } else {
        None
    }
}

/// English or untagged literals only: a label in another language is not how an
/// English article names the thing.
fn english_text(t: &Term) -> Option<&str> {
    match t {
        Term::Literal(l) => match l.language() {
            None => Some(l.value()),
            Some(lang) if lang == "en" || lang.starts_with("en-") => Some(l.value()),
            Some(_) => None,
        },
        _ => None,
    }
}

/// The ISO code of a country named by an IRI (Wikidata, GeoNames, or a name at the
/// end of the IRI as DBpedia writes it).
pub(super) fn country_code_of_iri(iri: &str) -> Option<String> {
    let g = gazetteer();
    match ExternalId::from_iri(iri) {
        ExternalId::Wikidata(q) => g.country_by_qid(&q).map(|c| c.iso2.clone()),
        ExternalId::GeoNames(id) => g
            .countries()
            .iter()
            .find(|c| c.geonameid == Some(id))
            .map(|c| c.iso2.clone()),
        ExternalId::Iri(iri) => {
            let local = iri.rsplit(['/', '#']).next().unwrap_or("");
            g.country(&local.replace('_', " ")).map(|c| c.iso2.clone())
        }
    }
}

fn country_code(t: &Term) -> Option<String> {
    let g = gazetteer();
    match t {
        Term::NamedNode(n) => country_code_of_iri(n.as_str()),
        Term::Literal(l) => g
            .country_by_iso2(l.value())
            .or_else(|| g.country(l.value()))
            .map(|c| c.iso2.clone()),
        _ => None,
    }
}

impl Dataset {
    /// Reads a dump; the format comes from the file extension. Statements that do not
    /// parse are skipped and counted in the returned warnings.
    pub fn load(path: &Path) -> Result<(Dataset, Vec<String>)> {
        let ext = path
            .extension()
            .and_then(|e| e.to_str())
            .unwrap_or("")
            .to_ascii_lowercase();
        let format = RdfFormat::from_extension(&ext).ok_or_else(|| Error::Input {
            path: path.to_path_buf(),
            message: format!("unknown RDF format {ext:?}: use .nt, .ttl, .nq, .trig or .rdf"),
        })?;
        let file = std::fs::File::open(path).map_err(|source| Error::Io {
            path: path.to_path_buf(),
            source,
        })?;
        let mut ds = Dataset {
            name: path.display().to_string(),
            subjects: Vec::new(),
            labels: HashMap::new(),
        };
        let mut index: HashMap<String, usize> = HashMap::new();
        let mut bad = 0usize;
        let mut first_error = None;
        for quad in RdfParser::from_format(format).for_reader(BufReader::new(file)) {
            let quad = match quad {
                Ok(q) => q,
                Err(e) => {
                    bad += 1;
                    // Syntax errors in line-based formats are per statement; in the
                    // others the parser stops, and what was read stays usable.
                    if first_error.is_none() {
                        first_error = Some(e.to_string());
                    }
                    if bad > 1000 {
                        break;
                    }
                    continue;
                }
            };
            let NamedOrBlankNode::NamedNode(s) = &quad.subject else {
                continue;
            };
            let p = unify_schema(quad.predicate.as_str());
            let p = p.as_ref();
            let slot = |ds: &mut Dataset, index: &mut HashMap<String, usize>| -> usize {
                *index.entry(s.as_str().to_string()).or_insert_with(|| {
                    ds.subjects.push(Subject {
                        iri: s.as_str().to_string(),
                        ..Subject::default()
                    });
                    ds.subjects.len() - 1
                })
            };
            let is = |terms: &[NamedNodeRef<'static>]| terms.iter().any(|t| t.as_str() == p);
            let main_label = [rdfs::LABEL, skos::PREF_LABEL, schema::NAME, foaf::NAME];
            let alias = [skos::ALT_LABEL, schema_extra::ALTERNATE_NAME];
            if is(&main_label) || is(&alias) {
                let Some(text) = english_text(&quad.object) else {
                    continue;
                };
                let i = slot(&mut ds, &mut index);
                let mut main = is(&main_label);
                if main {
                    match &ds.subjects[i].label {
                        None => ds.subjects[i].label = Some(text.to_string()),
                        Some(l) if l != text => main = false,
                        Some(_) => {}
                    }
                }
                let key = normalize(text);
                let entry = ds.labels.entry(key).or_default();
                match entry.iter_mut().find(|(j, _)| *j == i) {
                    Some(e) => e.1 |= main,
                    None => entry.push((i, main)),
                }
            } else if is(&[rdf::TYPE, wdt::INSTANCE_OF]) {
                if let Term::NamedNode(class) = &quad.object
                    && let Some(k) = kind_of_class(class.as_str())
                {
                    let i = slot(&mut ds, &mut index);
                    ds.subjects[i].kind.get_or_insert(k);
                }
            } else if is(&[
                wdt::COUNTRY,
                wdt::CITIZENSHIP,
                schema_extra::ADDRESS_COUNTRY,
                schema_extra::NATIONALITY,
                dbo::COUNTRY,
                gn::COUNTRY_CODE,
            ]) {
                if let Some(cc) = country_code(&quad.object) {
                    let i = slot(&mut ds, &mut index);
                    if !ds.subjects[i].countries.contains(&cc) {
                        ds.subjects[i].countries.push(cc);
                    }
                }
            } else if is(&[
                wdt::POPULATION,
                schema_extra::POPULATION,
                dbo::POPULATION_TOTAL,
                gn::POPULATION,
            ]) && let Term::Literal(l) = &quad.object
                && let Ok(n) = l.value().trim_start_matches('+').parse::<f64>()
            {
                let i = slot(&mut ds, &mut index);
                ds.subjects[i].population = n.max(0.0) as u64;
            }
        }
        let mut warnings = Vec::new();
        if bad > 0 {
            warnings.push(format!(
                "{}: {bad} statement(s) could not be parsed and were skipped (first: {})",
                path.display(),
                first_error.unwrap_or_default()
            ));
        }
        if ds.labels.is_empty() {
            warnings.push(format!(
                "{}: no English or untagged labels (rdfs:label, skos:prefLabel, skos:altLabel, schema:name): nothing to link against",
                path.display()
            ));
        }
        Ok((ds, warnings))
    }
}

impl KnowledgeBase for Dataset {
    fn candidates(&self, lookup: &Lookup<'_>) -> Vec<Candidate> {
        let mut out = Vec::new();
        for name in lookup.names {
            let Some(hits) = self.labels.get(&normalize(name)) else {
                continue;
            };
            for &(i, main) in hits {
                let s = &self.subjects[i];
                let g = gazetteer();
                out.push(Candidate {
                    ids: vec![ExternalId::from_iri(&s.iri)],
                    label: s.label.clone().unwrap_or_else(|| name.clone()),
                    kind: s.kind,
                    matched: if main {
                        NameMatch::Label
                    } else {
                        NameMatch::Alias
                    },
                    countries: s.countries.clone(),
                    offices: Vec::new(),
                    population: s.population,
                    is_city: false,
                    is_capital: s.countries.iter().any(|cc| {
                        g.country_by_iso2(cc)
                            .and_then(|c| c.capital.as_deref())
                            .is_some_and(|cap| {
                                Some(normalize(cap)) == s.label.as_deref().map(normalize)
                            })
                    }),
                    is_world_area: false,
                    source: self.name.clone(),
                });
            }
        }
        out
    }
}

/// Loads every `--link-with` file; a file that cannot be read is an error (the user
/// asked for it by name).
pub fn load_all(paths: &[PathBuf]) -> Result<(Vec<Dataset>, Vec<String>)> {
    let mut out = Vec::new();
    let mut warnings = Vec::new();
    for p in paths {
        let (d, w) = Dataset::load(p)?;
        warnings.extend(w);
        out.push(d);
    }
    Ok((out, warnings))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn load(ttl: &str) -> Dataset {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("kb.ttl");
        std::fs::write(&p, ttl).unwrap();
        Dataset::load(&p).unwrap().0
    }

    #[test]
    fn labels_types_and_countries_are_read_from_a_wikidata_style_dump() {
        let ds = load(
            r#"@prefix wd: <http://www.wikidata.org/entity/> .
               @prefix wdt: <http://www.wikidata.org/prop/direct/> .
               @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
               @prefix skos: <http://www.w3.org/2004/02/skos/core#> .
               wd:Q1 rdfs:label "Ann Example"@en, "Anne Exemple"@fr ; skos:altLabel "A. Example" ;
                     wdt:P31 wd:Q5 ; wdt:P27 wd:Q142 ."#,
        );
        let lookup = Lookup {
            kind: EntityKind::Person,
            names: &["A. Example".to_string()],
        };
        let c = ds.candidates(&lookup);
        assert_eq!(c.len(), 1);
        assert_eq!(c[0].ids, vec![ExternalId::Wikidata("Q1".into())]);
        assert_eq!(c[0].label, "Ann Example");
        assert_eq!(c[0].kind, Some(EntityKind::Person));
        assert_eq!(c[0].matched, NameMatch::Alias);
        assert_eq!(c[0].countries, vec!["FR".to_string()]);
        let french = Lookup {
            kind: EntityKind::Person,
            names: &["Anne Exemple".to_string()],
        };
        assert!(
            ds.candidates(&french).is_empty(),
            "labels in other languages are not names"
        );
    }
}
