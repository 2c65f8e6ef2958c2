//! The bundled gazetteer as RDF (`newsgraph gazetteer`): every person, organization,
//! country and place with its identifiers, `skos:prefLabel` and `skos:altLabel`, so
//! users can query it and extend it, and feed it back with `build --link-with`.
//!
//! Subjects are Wikidata IRIs where the data has a QID, else GeoNames IRIs; a place
//! with both carries `owl:sameAs` to its GeoNames feature.

use std::io::Write;

use oxigraph::io::{RdfFormat, RdfSerializer};
use oxigraph::model::{Literal, NamedNode, NamedNodeRef, Triple};

use super::vocab::{self, owl, rdf, schema, schema_extra, skos, wdt};
use crate::gazetteer::{PlaceKind, gazetteer};

fn wikidata(q: &str) -> NamedNode {
    NamedNode::new_unchecked(format!("{}{q}", vocab::WIKIDATA_ENTITY))
}

fn geonames(id: u32) -> NamedNode {
    NamedNode::new_unchecked(format!("{}{id}/", vocab::GEONAMES))
}

struct Out(Vec<Triple>);

impl Out {
    fn add(&mut self, s: &NamedNode, p: NamedNodeRef<'_>, o: impl Into<oxigraph::model::Term>) {
        self.0.push(Triple::new(s.clone(), p, o));
    }
    /// `schema:addressCountry` to the Wikidata item of an ISO-coded country.
    fn country(&mut self, s: &NamedNode, iso2: Option<&str>) {
        if let Some(q) = iso2
            .and_then(|cc| gazetteer().country_by_iso2(cc))
            .and_then(|c| c.qid.as_deref())
        {
            self.add(s, schema_extra::ADDRESS_COUNTRY, wikidata(q));
        }
    }
    fn labels<'a>(&mut self, s: &NamedNode, name: &str, alts: impl IntoIterator<Item = &'a str>) {
        self.add(
            s,
            skos::PREF_LABEL,
            Literal::new_language_tagged_literal_unchecked(name, "en"),
        );
        let mut seen = vec![name];
        for a in alts {
            if !a.is_empty() && !seen.contains(&a) {
                seen.push(a);
                self.add(
                    s,
                    skos::ALT_LABEL,
                    Literal::new_language_tagged_literal_unchecked(a, "en"),
                );
            }
        }
    }
}

/// Every triple of the bundled gazetteer, in a fixed order.
pub fn triples() -> Vec<Triple> {
    let g = gazetteer();
    let mut out = Out(Vec::new());
    for c in g.countries() {
        let s = match (&c.qid, c.geonameid) {
            (Some(q), _) => wikidata(q),
            (None, Some(id)) => geonames(id),
            (None, None) => continue,
        };
        out.add(&s, rdf::TYPE, schema::COUNTRY);
        out.add(&s, rdf::TYPE, schema::PLACE);
        let alts = std::iter::once(c.official_name.as_str())
            .chain(c.alt_names.iter().map(String::as_str))
            .filter(|a| a.chars().count() > 2);
        out.labels(&s, &c.name, alts);
        if let (Some(_), Some(id)) = (&c.qid, c.geonameid) {
            out.add(&s, owl::SAME_AS, geonames(id));
        }
    }
    for p in g.all_places() {
        if p.kind == PlaceKind::Country {
            continue;
        }
        let s = match (&p.qid, p.geonameid) {
            (Some(q), _) => wikidata(q),
            (None, Some(id)) => geonames(id),
            (None, None) => continue,
        };
        let class = match p.kind {
            PlaceKind::City => schema::CITY,
            PlaceKind::Region => schema::ADMINISTRATIVE_AREA,
            PlaceKind::Sea => schema::BODY_OF_WATER,
            _ => schema::PLACE,
        };
        out.add(&s, rdf::TYPE, class);
        out.labels(&s, &p.name, p.alt_names.iter().map(String::as_str));
        if let (Some(_), Some(id)) = (&p.qid, p.geonameid) {
            out.add(&s, owl::SAME_AS, geonames(id));
        }
        out.country(&s, p.country.as_deref());
        if p.population > 0 {
            out.add(
                &s,
                wdt::POPULATION,
                Literal::new_typed_literal(p.population.to_string(), vocab::xsd::DECIMAL),
            );
        }
    }
    for o in g.all_organizations() {
        let Some(q) = &o.qid else { continue };
        let s = wikidata(q);
        out.add(&s, rdf::TYPE, schema::ORGANIZATION);
        let alts = o
            .abbreviation
            .iter()
            .chain(&o.alt_names)
            .map(String::as_str);
        out.labels(&s, &o.name, alts);
        out.country(&s, o.country.as_deref());
    }
    for p in g.all_people() {
        let s = wikidata(&p.qid);
        out.add(&s, rdf::TYPE, schema::PERSON);
        out.labels(&s, &p.name, p.alt_names.iter().map(String::as_str));
    }
    out.0
}

/// Writes the triples as Turtle (with prefixes) or N-Triples.
pub fn write(triples: &[Triple], format: RdfFormat, w: &mut dyn Write) -> std::io::Result<()> {
    let mut ser = RdfSerializer::from_format(format);
    if format == RdfFormat::Turtle {
        for (p, iri) in [
            ("wd", vocab::WIKIDATA_ENTITY),
            ("wdt", wdt::NS),
            ("skos", skos::NS),
            ("schema", schema::NS),
            ("owl", owl::NS),
        ] {
            ser = ser
                .with_prefix(p, iri)
                .map_err(|e| std::io::Error::other(e.to_string()))?;
        }
    }
    let mut s = ser.for_writer(w);
    for t in triples {
        s.serialize_triple(t.as_ref())?;
    }
    s.finish()?;
    Ok(())
}
