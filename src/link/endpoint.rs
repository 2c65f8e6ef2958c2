//! A remote SPARQL 1.1 endpoint as a knowledge base (`build --link-endpoint URL`).
//!
//! Names are looked up in batches (one query per [`BATCH`] names, by exact label,
//! untagged or `@en`), with a timeout per request. Answers — empty ones too — are
//! cached on disk next to the store, so a rebuild asks only for new names. An endpoint
//! that fails is reported once and not asked again during the build: linking goes on
//! with the other knowledge bases and the build never fails because of it.

use std::collections::{BTreeMap, BTreeSet};
use std::path::PathBuf;
use std::sync::Mutex;
use std::time::Duration;

use serde::{Deserialize, Serialize};

use super::candidates::{Candidate, ExternalId, KnowledgeBase, Lookup, NameMatch};
use super::dataset::{country_code_of_iri, kind_of_class};
use crate::gazetteer::normalize;
use crate::rdf::vocab::{rdf, rdfs, schema, schema_extra, skos, wdt};

/// Names per query.
pub const BATCH: usize = 40;

/// One subject an endpoint returned for a name.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
struct Hit {
    iri: String,
    label: String,
    main: bool,
    kinds: BTreeSet<String>,
    countries: BTreeSet<String>,
}

#[derive(Debug, Default, Serialize, Deserialize)]
struct Cache {
    endpoint: String,
    /// Name as looked up → what the endpoint returned (possibly nothing).
    names: BTreeMap<String, Vec<Hit>>,
}

/// A SPARQL endpoint with its on-disk answer cache.
pub struct Endpoint {
    url: String,
    agent: ureq::Agent,
    cache_file: Option<PathBuf>,
    cache: Mutex<Cache>,
}

impl Endpoint {
    /// `cache_dir`: where answers are kept between builds (the store's `link-cache/`).
    pub fn new(url: &str, cache_dir: Option<PathBuf>, timeout: Duration) -> Endpoint {
        let cache_file = cache_dir.map(|d| {
            let h = blake3::hash(url.as_bytes()).to_hex();
            d.join(format!("endpoint-{}.json", &h[..16]))
        });
        let cache = cache_file
            .as_ref()
            .and_then(|f| std::fs::read_to_string(f).ok())
            .and_then(|s| serde_json::from_str::<Cache>(&s).ok())
            .filter(|c| c.endpoint == url)
            .unwrap_or_else(|| Cache {
                endpoint: url.to_string(),
                names: BTreeMap::new(),
            });
        let agent = ureq::Agent::config_builder()
            .timeout_global(Some(timeout))
            .http_status_as_error(true)
            .build()
            .into();
        Endpoint {
            url: url.to_string(),
            agent,
            cache_file,
            cache: Mutex::new(cache),
        }
    }

    fn query_text(names: &[&str]) -> String {
        let mut values = String::new();
        for n in names {
            let lit = sparql_string(n);
            values.push_str(&format!("({lit} {lit}) ({lit} {lit}@en) "));
        }
        format!(
            "SELECT ?name ?s ?p ?l ?type ?country WHERE {{\n\
             VALUES (?name ?l) {{ {values}}}\n\
             ?s ?p ?l .\n\
             FILTER(?p IN (<{label}>, <{pref}>, <{alt}>, <{name}>, <{name_http}>, <{alt_name}>))\n\
             OPTIONAL {{ ?s <{typ}>|<{p31}> ?type }}\n\
             OPTIONAL {{ ?s <{p17}>|<{p27}>|<{addr}> ?country }}\n\
             }} LIMIT 5000",
            label = rdfs::LABEL.as_str(),
            pref = skos::PREF_LABEL.as_str(),
            alt = skos::ALT_LABEL.as_str(),
            name = schema::NAME.as_str(),
            name_http = schema::NAME.as_str().replace("https://", "http://"),
            alt_name = schema_extra::ALTERNATE_NAME.as_str(),
            typ = rdf::TYPE.as_str(),
            p31 = wdt::INSTANCE_OF.as_str(),
            p17 = wdt::COUNTRY.as_str(),
            p27 = wdt::CITIZENSHIP.as_str(),
            addr = schema_extra::ADDRESS_COUNTRY.as_str(),
        )
    }

    /// Asks the endpoint about a batch of names; `Err` with a message when it fails.
    fn fetch(&self, names: &[&str]) -> Result<BTreeMap<String, Vec<Hit>>, String> {
        let query = Self::query_text(names);
        let mut resp = self
            .agent
            .post(&self.url)
            .header("Accept", "application/sparql-results+json")
            .send_form([("query", query.as_str())])
            .map_err(|e| e.to_string())?;
        let body = resp
            .body_mut()
            .with_config()
            .limit(64 << 20)
            .read_to_string()
            .map_err(|e| e.to_string())?;
        let json: serde_json::Value =
            serde_json::from_str(&body).map_err(|e| format!("not SPARQL JSON results: {e}"))?;
        let rows = json
            .pointer("/results/bindings")
            .and_then(|b| b.as_array())
            .ok_or("not SPARQL JSON results: no results.bindings")?;
        let mut out: BTreeMap<String, Vec<Hit>> =
            names.iter().map(|n| (n.to_string(), Vec::new())).collect();
        let value = |row: &serde_json::Value, var: &str| -> Option<String> {
            row.get(var)?.get("value")?.as_str().map(str::to_string)
        };
        for row in rows {
            let (Some(name), Some(s), Some(p)) =
                (value(row, "name"), value(row, "s"), value(row, "p"))
            else {
                continue;
            };
            if row.pointer("/s/type").and_then(|t| t.as_str()) != Some("uri") {
                continue;
            }
            let main = p != skos::ALT_LABEL.as_str() && p != schema_extra::ALTERNATE_NAME.as_str();
            let hits = out.entry(name.clone()).or_default();
            let hit = match hits.iter_mut().find(|h| h.iri == s) {
                Some(h) => h,
                None => {
                    hits.push(Hit {
                        iri: s.clone(),
                        label: name.clone(),
                        main,
                        kinds: BTreeSet::new(),
                        countries: BTreeSet::new(),
                    });
                    hits.last_mut().expect("just pushed")
                }
            };
            hit.main |= main;
            if let Some(t) = value(row, "type") {
                hit.kinds.insert(t);
            }
            if let Some(c) = value(row, "country") {
                hit.countries.insert(c);
            }
        }
        Ok(out)
    }

    fn save(&self, cache: &Cache) -> Option<String> {
        let file = self.cache_file.as_ref()?;
        let write = || -> std::io::Result<()> {
            if let Some(d) = file.parent() {
                std::fs::create_dir_all(d)?;
            }
            let tmp = file.with_extension("json.tmp");
            std::fs::write(&tmp, serde_json::to_vec(cache)?)?;
            std::fs::rename(&tmp, file)
        };
        write()
            .err()
            .map(|e| format!("{}: cannot save the link cache: {e}", file.display()))
    }
}

fn sparql_string(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

impl KnowledgeBase for Endpoint {
    fn prefetch(&self, lookups: &[Lookup<'_>]) -> Vec<String> {
        let Ok(mut cache) = self.cache.lock() else {
            return Vec::new();
        };
        let wanted: BTreeSet<&str> = lookups
            .iter()
            .flat_map(|l| l.names.iter().map(String::as_str))
            .filter(|n| !cache.names.contains_key(*n))
            .collect();
        let wanted: Vec<&str> = wanted.into_iter().collect();
        let mut warnings = Vec::new();
        for chunk in wanted.chunks(BATCH) {
            match self.fetch(chunk) {
                Ok(answers) => cache.names.extend(answers),
                Err(e) => {
                    warnings.push(format!(
                        "link endpoint {}: {e}; linking goes on without it",
                        self.url
                    ));
                    break;
                }
            }
        }
        warnings.extend(self.save(&cache));
        warnings
    }

    fn candidates(&self, lookup: &Lookup<'_>) -> Vec<Candidate> {
        let Ok(cache) = self.cache.lock() else {
            return Vec::new();
        };
        let mut out = Vec::new();
        for name in lookup.names {
            for h in cache.names.get(name).into_iter().flatten() {
                out.push(Candidate {
                    ids: vec![ExternalId::from_iri(&h.iri)],
                    label: h.label.clone(),
                    kind: h.kinds.iter().find_map(|k| kind_of_class(k)),
                    matched: if h.main && normalize(&h.label) == normalize(name) {
                        NameMatch::Label
                    } else {
                        NameMatch::Alias
                    },
                    countries: h
                        .countries
                        .iter()
                        .filter_map(|c| country_code_of_iri(c))
                        .collect(),
                    offices: Vec::new(),
                    population: 0,
                    is_city: false,
                    is_capital: false,
                    is_world_area: false,
                    source: self.url.clone(),
                });
            }
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_escaped_in_queries() {
        let q = Endpoint::query_text(&["O\"Brien \\ Co"]);
        assert!(q.contains(r#""O\"Brien \\ Co"@en"#), "{q}");
    }

    #[test]
    fn an_endpoint_that_is_down_gives_a_warning_not_an_error() {
        // Port 9 (discard) on loopback: nothing listens there.
        let e = Endpoint::new(
            "http://127.0.0.1:9/sparql",
            None,
            Duration::from_millis(500),
        );
        let names = vec!["Some Name".to_string()];
        let w = e.prefetch(&[Lookup {
            kind: crate::extract::EntityKind::Person,
            names: &names,
        }]);
        assert_eq!(w.len(), 1, "{w:?}");
        assert!(w[0].contains("linking goes on without it"));
    }
}
