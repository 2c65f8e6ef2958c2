//! Exports of the whole store: RDF formats through Oxigraph's serializers, and a DOT
//! drawing of people, organizations, places and events built with `petgraph`.

use std::collections::HashMap;
use std::io::Write;

use oxigraph::io::{RdfFormat, RdfSerializer};
use oxigraph::model::Term;
use oxigraph::sparql::{QueryResults, SparqlEvaluator};
use oxigraph::store::Store as OxStore;
use petgraph::dot::{Config, Dot};
use petgraph::graph::{DiGraph, NodeIndex};

use crate::query::PREFIXES;
use crate::{Error, Result};

/// Export formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum ExportFormat {
    /// All graphs merged into one Turtle document.
    Turtle,
    /// N-Quads: one line per quad, with its named graph.
    Nquads,
    /// TriG: Turtle with named graphs.
    Trig,
    /// JSON-LD with an @context mapping the vocabulary prefixes.
    Jsonld,
    /// Graphviz DOT of people, organizations, places and events.
    Dot,
}

fn io(e: std::io::Error) -> Error {
    Error::Output(e)
}

/// Write the store in `format` to `out`.
pub fn export(store: &OxStore, format: ExportFormat, out: &mut dyn Write) -> Result<()> {
    match format {
        ExportFormat::Nquads | ExportFormat::Trig => {
            let f = if format == ExportFormat::Nquads {
                RdfFormat::NQuads
            } else {
                RdfFormat::TriG
            };
            let mut ser = RdfSerializer::from_format(f);
            if f == RdfFormat::TriG {
                ser = with_prefixes(ser)?;
            }
            let mut w = ser.for_writer(out);
            for q in sorted_quads(store)? {
                w.serialize_quad(&q).map_err(io)?;
            }
            w.finish().map_err(io)?;
        }
        ExportFormat::Turtle => {
            let mut w =
                with_prefixes(RdfSerializer::from_format(RdfFormat::Turtle))?.for_writer(out);
            for q in sorted_quads(store)? {
                w.serialize_triple(q.as_ref()).map_err(io)?;
            }
            w.finish().map_err(io)?;
        }
        ExportFormat::Jsonld => {
            // The @context maps the vocabulary prefixes, so JSON-LD tools compact it.
            let mut ser = oxjsonld::JsonLdSerializer::new();
            for (p, iri) in PREFIXES {
                ser = ser
                    .with_prefix(*p, *iri)
                    .map_err(|e| Error::Store(e.to_string()))?;
            }
            let mut w = ser.for_writer(out);
            for q in sorted_quads(store)? {
                let t = q.as_ref();
                w.serialize_quad(oxigraph::model::QuadRef::new(
                    t.subject,
                    t.predicate,
                    t.object,
                    oxigraph::model::GraphNameRef::DefaultGraph,
                ))
                .map_err(io)?;
            }
            w.finish().map_err(io)?;
        }
        ExportFormat::Dot => write_dot(store, out)?,
    }
    Ok(())
}

fn with_prefixes(mut ser: RdfSerializer) -> Result<RdfSerializer> {
    for (p, iri) in PREFIXES {
        ser = ser
            .with_prefix(*p, *iri)
            .map_err(|e| Error::Store(e.to_string()))?;
    }
    Ok(ser)
}

/// Every quad, in a stable order (exports are diffable and deterministic).
fn sorted_quads(store: &OxStore) -> Result<Vec<oxigraph::model::Quad>> {
    let mut quads: Vec<oxigraph::model::Quad> = store
        .iter()
        .collect::<std::result::Result<_, _>>()
        .map_err(|e| Error::Store(e.to_string()))?;
    quads.retain(|q| !q.graph_name.is_default_graph());
    quads.sort_by_cached_key(|q| q.to_string());
    Ok(quads)
}

/// A node of the drawing.
#[derive(Debug, Clone)]
struct DotNode {
    label: String,
    kind: &'static str,
}

impl std::fmt::Display for DotNode {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.label)
    }
}

const EDGES: &str = r#"
PREFIX schema: <https://schema.org/>
PREFIX org: <http://www.w3.org/ns/org#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
SELECT ?s ?sname ?skind ?label ?o ?oname ?okind WHERE {
  {
    ?m a org:Membership ; org:member ?s ; org:organization ?o ; org:role/skos:prefLabel ?label .
    BIND("person" AS ?skind) BIND("org" AS ?okind)
  } UNION {
    ?s a schema:Event ; schema:attendee ?o . BIND("attended by" AS ?label) BIND("event" AS ?skind)
    OPTIONAL { ?o a schema:Person . BIND("person" AS ?okp) }
    BIND(COALESCE(?okp, "org") AS ?okind)
  } UNION {
    ?s a schema:Event ; schema:location ?o . BIND("located in" AS ?label) BIND("event" AS ?skind) BIND("place" AS ?okind)
  }
  ?s schema:name ?sn . ?o schema:name ?oname .
  OPTIONAL { ?s schema:startDate ?d }
  BIND(IF(BOUND(?d), CONCAT(STR(?sn), "\n", STR(?d)), STR(?sn)) AS ?sname)
}"#;

fn write_dot(store: &OxStore, out: &mut dyn Write) -> Result<()> {
    let mut prepared = SparqlEvaluator::new()
        .parse_query(EDGES)
        .map_err(|e| Error::Sparql(e.to_string()))?;
    prepared.dataset_mut().set_default_graph_as_union();
    let QueryResults::Solutions(sols) = prepared
        .on_store(store)
        .execute()
        .map_err(|e| Error::Sparql(e.to_string()))?
    else {
        return Err(Error::Sparql("unexpected result".into()));
    };
    let mut rows: Vec<[String; 7]> = Vec::new();
    for s in sols {
        let s = s.map_err(|e| Error::Sparql(e.to_string()))?;
        let get = |v: &str| match s.get(v) {
            Some(Term::Literal(l)) => l.value().to_string(),
            Some(Term::NamedNode(n)) => n.as_str().to_string(),
            Some(t) => t.to_string(),
            None => String::new(),
        };
        rows.push([
            get("s"),
            get("sname"),
            get("skind"),
            get("label"),
            get("o"),
            get("oname"),
            get("okind"),
        ]);
    }
    rows.sort();
    rows.dedup();
    let mut g: DiGraph<DotNode, String> = DiGraph::new();
    let mut index: HashMap<String, NodeIndex> = HashMap::new();
    let mut node =
        |g: &mut DiGraph<DotNode, String>, iri: &str, label: &str, kind: &str| -> NodeIndex {
            *index.entry(iri.to_string()).or_insert_with(|| {
                let kind = match kind {
                    "person" => "person",
                    "event" => "event",
                    "place" => "place",
                    _ => "org",
                };
                g.add_node(DotNode {
                    label: label.to_string(),
                    kind,
                })
            })
        };
    for r in &rows {
        let a = node(&mut g, &r[0], &r[1], &r[2]);
        let b = node(&mut g, &r[4], &r[5], &r[6]);
        g.add_edge(a, b, r[3].clone());
    }
    // Attribute strings are inserted verbatim by petgraph: only fixed words go there;
    // every name goes through the escaped label.
    let node_attrs = |_: &DiGraph<DotNode, String>, (_, n): (NodeIndex, &DotNode)| -> String {
        match n.kind {
            "person" => "shape=ellipse style=filled fillcolor=\"#cfe2ff\"".to_string(),
            "event" => "shape=box style=\"rounded,filled\" fillcolor=\"#ffe5b4\"".to_string(),
            "place" => "shape=house style=filled fillcolor=\"#d4edda\"".to_string(),
            _ => "shape=hexagon style=filled fillcolor=\"#e2d9f3\"".to_string(),
        }
    };
    let dot = Dot::with_attr_getters(
        &g,
        &[Config::GraphContentOnly],
        &|_, _| String::new(),
        &node_attrs,
    );
    writeln!(out, "digraph newsgraph {{").map_err(io)?;
    writeln!(out, "    rankdir=LR;").map_err(io)?;
    write!(out, "{dot}").map_err(io)?;
    writeln!(out, "}}").map_err(io)?;
    Ok(())
}
