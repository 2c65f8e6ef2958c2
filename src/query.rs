//! SPARQL over the store, with the union of all named graphs as the default graph,
//! and the output formats of `newsgraph query`.

use std::io::Write;

use oxigraph::io::{RdfFormat, RdfSerializer};
use oxigraph::model::Term;
use oxigraph::sparql::results::{QueryResultsFormat, QueryResultsSerializer};
use oxigraph::sparql::{PreparedSparqlQuery, QueryResults, SparqlEvaluator};
use oxigraph::store::Store as OxStore;

use crate::{Error, Result};

/// Output formats for query results.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum ResultFormat {
    /// Aligned columns for people.
    Table,
    Csv,
    Tsv,
    /// SPARQL 1.1 Query Results JSON.
    Json,
    /// SPARQL Query Results XML.
    Xml,
}

/// Prefixes every query gets for free (declared ones override them).
pub const PREFIXES: &[(&str, &str)] = &[
    ("schema", "https://schema.org/"),
    ("org", "http://www.w3.org/ns/org#"),
    ("prov", "http://www.w3.org/ns/prov#"),
    ("skos", "http://www.w3.org/2004/02/skos/core#"),
    ("owl", "http://www.w3.org/2002/07/owl#"),
    ("xsd", "http://www.w3.org/2001/XMLSchema#"),
    ("oa", "http://www.w3.org/ns/oa#"),
    ("wd", "http://www.wikidata.org/entity/"),
    ("rdf", "http://www.w3.org/1999/02/22-rdf-syntax-ns#"),
    ("rdfs", "http://www.w3.org/2000/01/rdf-schema#"),
    ("ng", "https://w3id.org/newsgraph/ns#"),
];

/// Evaluate `query` against the store and write the results to `out`.
/// CONSTRUCT and DESCRIBE results are written as Turtle whatever `format` says.
pub fn run_query(
    store: &OxStore,
    query: &str,
    format: ResultFormat,
    out: &mut dyn Write,
) -> Result<()> {
    // Built without Oxigraph's HTTP client, SERVICE cannot reach the network: a local
    // query never makes requests by surprise.
    let prepared = prepare(SparqlEvaluator::new(), query)?;
    let results = prepared
        .on_store(store)
        .execute()
        .map_err(|e| Error::Sparql(e.to_string()))?;
    let io = Error::Output;
    match results {
        QueryResults::Solutions(solutions) => {
            let vars = solutions.variables().to_vec();
            if format == ResultFormat::Table {
                let mut rows: Vec<Vec<String>> = Vec::new();
                for s in solutions {
                    let s = s.map_err(|e| Error::Sparql(e.to_string()))?;
                    rows.push(
                        vars.iter()
                            .map(|v| s.get(v).map(display_term).unwrap_or_default())
                            .collect(),
                    );
                }
                let header: Vec<String> = vars.iter().map(|v| v.as_str().to_string()).collect();
                write_table(out, &header, &rows).map_err(io)?;
            } else {
                let mut w = QueryResultsSerializer::from_format(results_format(format))
                    .serialize_solutions_to_writer(out, vars)
                    .map_err(io)?;
                for s in solutions {
                    let s = s.map_err(|e| Error::Sparql(e.to_string()))?;
                    w.serialize(&s).map_err(io)?;
                }
                w.finish().map_err(io)?;
            }
        }
        QueryResults::Boolean(b) => {
            if format == ResultFormat::Table {
                writeln!(out, "{b}").map_err(io)?;
            } else {
                QueryResultsSerializer::from_format(results_format(format))
                    .serialize_boolean_to_writer(out, b)
                    .map_err(io)?;
            }
        }
        QueryResults::Graph(triples) => {
            let mut ser = RdfSerializer::from_format(RdfFormat::Turtle);
            for (p, iri) in PREFIXES {
                ser = ser
                    .with_prefix(*p, *iri)
                    .map_err(|e| Error::Sparql(e.to_string()))?;
            }
            let mut w = ser.for_writer(out);
            for t in triples {
                let t = t.map_err(|e| Error::Sparql(e.to_string()))?;
                w.serialize_triple(&t).map_err(io)?;
            }
            w.finish().map_err(io)?;
        }
    }
    Ok(())
}

/// `evaluator` with the predeclared [`PREFIXES`].
pub fn with_prefixes(mut evaluator: SparqlEvaluator) -> Result<SparqlEvaluator> {
    for (p, iri) in PREFIXES {
        evaluator = evaluator
            .with_prefix(*p, *iri)
            .map_err(|e| Error::Sparql(e.to_string()))?;
    }
    Ok(evaluator)
}

/// Parse `query` with the predeclared prefixes and the union of all named graphs as the
/// default graph (unless the query names its own dataset with FROM / FROM NAMED): what
/// `newsgraph query` and `newsgraph serve` both evaluate.
pub fn prepare(evaluator: SparqlEvaluator, query: &str) -> Result<PreparedSparqlQuery> {
    let mut prepared = with_prefixes(evaluator)?
        .parse_query(query)
        .map_err(|e| Error::Sparql(e.to_string()))?;
    if prepared.dataset().is_default_dataset() {
        prepared.dataset_mut().set_default_graph_as_union();
    }
    Ok(prepared)
}

fn results_format(f: ResultFormat) -> QueryResultsFormat {
    match f {
        ResultFormat::Csv => QueryResultsFormat::Csv,
        ResultFormat::Tsv => QueryResultsFormat::Tsv,
        ResultFormat::Xml => QueryResultsFormat::Xml,
        ResultFormat::Json | ResultFormat::Table => QueryResultsFormat::Json,
    }
}

/// A term as a person reads it: literals by their value, IRIs in full.
pub fn display_term(t: &Term) -> String {
    match t {
        Term::Literal(l) => l.value().to_string(),
        Term::NamedNode(n) => n.as_str().to_string(),
        other => other.to_string(),
    }
}

/// Aligned columns; control characters in values are shown escaped so that a value
/// can never break the table's layout.
pub fn write_table(
    out: &mut dyn Write,
    header: &[String],
    rows: &[Vec<String>],
) -> std::io::Result<()> {
    let clean = |s: &str| {
        s.chars()
            .flat_map(|c| {
                if c.is_control() {
                    c.escape_default().collect::<Vec<_>>()
                } else {
                    vec![c]
                }
            })
            .collect::<String>()
    };
    let rows: Vec<Vec<String>> = rows
        .iter()
        .map(|r| r.iter().map(|c| clean(c)).collect())
        .collect();
    let mut widths: Vec<usize> = header.iter().map(|h| h.chars().count()).collect();
    for r in &rows {
        for (i, c) in r.iter().enumerate() {
            widths[i] = widths[i].max(c.chars().count());
        }
    }
    let line = |out: &mut dyn Write, cells: &[String]| -> std::io::Result<()> {
        let mut s = String::new();
        for (i, c) in cells.iter().enumerate() {
            if i > 0 {
                s.push_str(" | ");
            }
            s.push_str(c);
            if i + 1 < cells.len() {
                s.push_str(&" ".repeat(widths[i] - c.chars().count()));
            }
        }
        writeln!(out, "{}", s.trim_end())
    };
    line(out, header)?;
    let sep: Vec<String> = widths.iter().map(|w| "-".repeat(*w)).collect();
    writeln!(out, "{}", sep.join("-+-"))?;
    for r in &rows {
        line(out, r)?;
    }
    Ok(())
}
