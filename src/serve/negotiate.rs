//! Content negotiation: the Accept header (or a `format` parameter) against the formats
//! the endpoint writes. SELECT and ASK results and graphs (CONSTRUCT, DESCRIBE) have
//! separate lists; the first entry of each is what a client that accepts anything gets.

use oxhttp::model::StatusCode;
use oxigraph::io::RdfFormat;
use oxigraph::sparql::results::QueryResultsFormat;

use super::protocol::HttpError;

/// Media types for SELECT / ASK results, in the server's order of preference.
const RESULT_TYPES: &[(&str, &str)] = &[
    ("application/sparql-results+json", "json"),
    ("application/sparql-results+xml", "xml"),
    ("text/csv", "csv"),
    ("text/tab-separated-values", "tsv"),
    ("application/json", "json"),
    ("application/xml", "xml"),
    ("text/xml", "xml"),
];

/// Media types for graphs, in the server's order of preference.
const GRAPH_TYPES: &[(&str, &str)] = &[
    ("text/turtle", "turtle"),
    ("application/n-triples", "ntriples"),
    ("application/ld+json", "jsonld"),
    ("application/rdf+xml", "rdfxml"),
    ("text/plain", "ntriples"),
];

/// The short names `format=` accepts, besides media types.
const SHORT_NAMES: &[(&str, &str)] = &[
    ("ttl", "turtle"),
    ("nt", "ntriples"),
    ("n-triples", "ntriples"),
    ("json-ld", "jsonld"),
    ("rdf", "rdfxml"),
    ("rdf/xml", "rdfxml"),
];

/// Choose the results format for SELECT / ASK.
pub fn results_format(
    accept: Option<&str>,
    format: Option<&str>,
) -> Result<QueryResultsFormat, HttpError> {
    let media = choose(RESULT_TYPES, accept, format, "SELECT and ASK results")?;
    let format = QueryResultsFormat::from_media_type(canonical(RESULT_TYPES, media))
        .expect("every listed type is a results format");
    Ok(format)
}

/// Choose the RDF format for CONSTRUCT / DESCRIBE.
pub fn graph_format(accept: Option<&str>, format: Option<&str>) -> Result<RdfFormat, HttpError> {
    let media = choose(
        GRAPH_TYPES,
        accept,
        format,
        "CONSTRUCT and DESCRIBE results",
    )?;
    let format = RdfFormat::from_media_type(canonical(GRAPH_TYPES, media))
        .expect("every listed type is an RDF format");
    Ok(format)
}

/// The first (canonical) media type listed for the same format as `media`.
fn canonical(list: &[(&'static str, &'static str)], media: &str) -> &'static str {
    let name = list
        .iter()
        .find(|(m, _)| *m == media)
        .map(|(_, n)| *n)
        .unwrap_or_default();
    list.iter()
        .find(|(_, n)| *n == name)
        .map(|(m, _)| *m)
        .unwrap_or(list[0].0)
}

fn choose(
    list: &[(&'static str, &'static str)],
    accept: Option<&str>,
    format: Option<&str>,
    what: &str,
) -> Result<&'static str, HttpError> {
    let offered = || {
        let mut names: Vec<&str> = Vec::new();
        for (m, _) in list {
            names.push(m);
        }
        names.join(", ")
    };
    if let Some(f) = format.map(str::trim).filter(|f| !f.is_empty()) {
        let f = f.to_ascii_lowercase();
        let name = SHORT_NAMES
            .iter()
            .find(|(short, _)| *short == f)
            .map_or(f.as_str(), |(_, n)| *n);
        return list
            .iter()
            .find(|(m, n)| *m == f || *n == name)
            .map(|(m, _)| *m)
            .ok_or_else(|| {
                HttpError::new(
                    StatusCode::NOT_ACCEPTABLE,
                    format!(
                        "format={f} cannot be given for {what}; available: {}",
                        offered()
                    ),
                )
            });
    }
    let Some(accept) = accept.map(str::trim).filter(|a| !a.is_empty()) else {
        return Ok(list[0].0);
    };
    let ranges = parse_accept(accept);
    // For each offered type, the quality of the most specific range that matches it;
    // the best quality wins, ties go to the server's order.
    let mut best: Option<(f32, &'static str)> = None;
    for (media, _) in list {
        let q = ranges
            .iter()
            .filter(|r| r.matches(media))
            .max_by_key(|r| r.specificity())
            .map_or(0.0, |r| r.q);
        if q > 0.0 && best.is_none_or(|(bq, _)| q > bq) {
            best = Some((q, media));
        }
    }
    best.map(|(_, m)| m).ok_or_else(|| {
        HttpError::new(
            StatusCode::NOT_ACCEPTABLE,
            format!("cannot serve {what} as {accept}; available: {}", offered()),
        )
    })
}

struct MediaRange {
    kind: String,
    subtype: String,
    q: f32,
}

impl MediaRange {
    fn matches(&self, media: &str) -> bool {
        let (kind, subtype) = media.split_once('/').unwrap_or((media, ""));
        (self.kind == "*" || self.kind == kind) && (self.subtype == "*" || self.subtype == subtype)
    }

    fn specificity(&self) -> u8 {
        u8::from(self.kind != "*") + u8::from(self.subtype != "*")
    }
}

fn parse_accept(accept: &str) -> Vec<MediaRange> {
    accept
        .split(',')
        .filter_map(|item| {
            let mut parts = item.split(';');
            let range = parts.next()?.trim().to_ascii_lowercase();
            let (kind, subtype) = range.split_once('/')?;
            let q = parts
                .filter_map(|p| p.trim().strip_prefix("q="))
                .find_map(|v| v.trim().parse::<f32>().ok())
                .unwrap_or(1.0);
            Some(MediaRange {
                kind: kind.trim().to_string(),
                subtype: subtype.trim().to_string(),
                q,
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quality_and_specificity_decide() {
        let f =
            results_format(Some("text/csv;q=0.5, application/sparql-results+xml"), None).unwrap();
        assert_eq!(f, QueryResultsFormat::Xml);
        // A browser's Accept: XML (q=0.9) beats the wildcard (q=0.8).
        let f = results_format(
            Some("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"),
            None,
        )
        .unwrap();
        assert_eq!(f, QueryResultsFormat::Xml);
        // An explicit q=0 excludes a type a wildcard would allow.
        let f = results_format(Some("*/*, application/sparql-results+json;q=0"), None).unwrap();
        assert_eq!(f, QueryResultsFormat::Xml);
    }

    #[test]
    fn the_format_parameter_overrides_accept() {
        let f = graph_format(Some("text/turtle"), Some("nt")).unwrap();
        assert_eq!(f, RdfFormat::NTriples);
        assert!(results_format(None, Some("turtle")).is_err());
    }

    #[test]
    fn nothing_acceptable_is_406() {
        let e = graph_format(Some("text/csv"), None).unwrap_err();
        assert_eq!(e.status, StatusCode::NOT_ACCEPTABLE);
    }
}
