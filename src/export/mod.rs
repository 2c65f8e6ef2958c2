//! Exports of the whole store: RDF formats through Oxigraph's serializers, and a
//! drawing of people, organizations, places and events (`dot`), rendered to SVG or PNG
//! by Graphviz (`graphviz`).

pub mod dot;
pub mod graphviz;

use std::io::Write;

use oxigraph::io::{RdfFormat, RdfSerializer};
use oxigraph::store::Store as OxStore;

pub use dot::{DotOptions, NodeKind};

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
    /// Graphviz DOT of people, organizations, places, events and dates.
    Dot,
    /// The DOT drawing rendered to SVG by Graphviz (`dot` must be installed).
    Svg,
    /// The DOT drawing rendered to PNG by Graphviz (`dot` must be installed).
    Png,
}

impl ExportFormat {
    /// Whether this format is a drawing (the `--focus`, `--depth`, `--types` filters apply).
    pub fn is_drawing(self) -> bool {
        matches!(
            self,
            ExportFormat::Dot | ExportFormat::Svg | ExportFormat::Png
        )
    }
}

fn io(e: std::io::Error) -> Error {
    Error::Output(e)
}

/// Write the store in `format` to `out`; `drawing` selects what DOT, SVG and PNG show.
pub fn export(
    store: &OxStore,
    format: ExportFormat,
    drawing: &DotOptions,
    out: &mut dyn Write,
) -> Result<()> {
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
        ExportFormat::Dot => dot::write_dot(store, drawing, out)?,
        ExportFormat::Svg | ExportFormat::Png => {
            let mut source = Vec::new();
            dot::write_dot(store, drawing, &mut source)?;
            let target = if format == ExportFormat::Svg {
                "svg"
            } else {
                "png"
            };
            graphviz::render(&source, target, out)?;
        }
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
