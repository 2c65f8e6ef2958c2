//! The drawing: people, organizations, places, events and dates as a `petgraph` graph,
//! cut down to what the user asked for (`--focus`, `--depth`, `--types`), written as
//! Graphviz DOT with typed shapes and colours and labelled edges.
//!
//! petgraph inserts attribute strings verbatim, so every name goes through
//! [`quoted`], which escapes it for a DOT quoted string.

use std::collections::{BTreeMap, BTreeSet, HashMap, VecDeque};
use std::fmt;
use std::io::Write;

use oxigraph::model::Term;
use oxigraph::sparql::{QueryResults, QuerySolution, SparqlEvaluator};
use oxigraph::store::Store as OxStore;
use petgraph::dot::{Config, Dot};
use petgraph::graph::{DiGraph, NodeIndex};
use petgraph::visit::EdgeRef;

use crate::rdf::vocab::{org, schema, skos};
use crate::{Error, Result};

/// What a node of the drawing is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, clap::ValueEnum)]
pub enum NodeKind {
    Person,
    Organization,
    Place,
    Event,
    /// An event's start date (`schema:startDate`), shared by the events of that day.
    Date,
}

impl NodeKind {
    fn name(self) -> &'static str {
        match self {
            NodeKind::Person => "person",
            NodeKind::Organization => "organization",
            NodeKind::Place => "place",
            NodeKind::Event => "event",
            NodeKind::Date => "date",
        }
    }

    /// Shape and colour; fixed words only (nothing from the data goes here).
    fn style(self) -> &'static str {
        match self {
            NodeKind::Person => "shape=ellipse style=filled fillcolor=\"#cfe2ff\"",
            NodeKind::Organization => "shape=hexagon style=filled fillcolor=\"#e2d9f3\"",
            NodeKind::Place => "shape=house style=filled fillcolor=\"#d4edda\"",
            NodeKind::Event => "shape=box style=\"rounded,filled\" fillcolor=\"#ffe5b4\"",
            NodeKind::Date => "shape=note style=filled fillcolor=\"#f1f3f5\"",
        }
    }
}

/// What to draw. The default draws everything.
#[derive(Debug, Clone, Default)]
pub struct DotOptions {
    /// Only the neighbourhood of the entities with this name (or other name), any case.
    pub focus: Option<String>,
    /// Hops from the focus (1 = its direct neighbours).
    pub depth: usize,
    /// Only nodes of these kinds (the focus is always drawn). Empty: all kinds.
    pub types: Vec<NodeKind>,
}

/// A node of the drawing.
#[derive(Debug, Clone)]
struct DrawNode {
    label: String,
    kind: NodeKind,
    /// Other names (`skos:altLabel`), for matching `--focus`.
    other_names: Vec<String>,
}

impl fmt::Display for DrawNode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.label)
    }
}

/// `s` as a DOT quoted string that Graphviz draws as `s`: quotes and backslashes are
/// escaped, a line break becomes `\n` (a centred line), and other control characters,
/// which no DOT escape can carry, are drawn as spaces.
pub fn quoted(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\r' if chars.peek() == Some(&'\n') => {}
            '\n' | '\r' => out.push_str("\\n"),
            c if c.is_control() => out.push(' '),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// Write the drawing of `store` as DOT.
pub fn write_dot(store: &OxStore, options: &DotOptions, out: &mut dyn Write) -> Result<()> {
    let graph = drawing(store)?;
    let graph = select(graph, options)?;
    let node_attrs = |_: &DiGraph<DrawNode, String>, (_, n): (NodeIndex, &DrawNode)| {
        format!(
            "label={} {} class={}",
            quoted(&n.label),
            n.kind.style(),
            n.kind.name()
        )
    };
    let edge_attrs = |_: &DiGraph<DrawNode, String>, e: petgraph::graph::EdgeReference<String>| {
        format!("label={} fontsize=10 color=\"#6c757d\"", quoted(e.weight()))
    };
    let dot = Dot::with_attr_getters(
        &graph,
        &[
            Config::GraphContentOnly,
            Config::NodeNoLabel,
            Config::EdgeNoLabel,
        ],
        &edge_attrs,
        &node_attrs,
    );
    let io = Error::Output;
    writeln!(out, "digraph newsgraph {{").map_err(io)?;
    writeln!(out, "    rankdir=LR;").map_err(io)?;
    writeln!(out, "    charset=\"UTF-8\";").map_err(io)?;
    write!(out, "{dot}").map_err(io)?;
    writeln!(out, "}}").map_err(io)?;
    Ok(())
}

fn solutions(store: &OxStore, query: &str) -> Result<Vec<QuerySolution>> {
    let sparql = |e: &dyn fmt::Display| Error::Sparql(e.to_string());
    let mut prepared = SparqlEvaluator::new()
        .parse_query(query)
        .map_err(|e| sparql(&e))?;
    prepared.dataset_mut().set_default_graph_as_union();
    let QueryResults::Solutions(sols) =
        prepared.on_store(store).execute().map_err(|e| sparql(&e))?
    else {
        return Err(Error::Sparql("expected solutions".into()));
    };
    sols.map(|s| s.map_err(|e| sparql(&e))).collect()
}

/// A term as text: a literal's value, an IRI without brackets.
fn text(s: &QuerySolution, var: &str) -> Option<String> {
    match s.get(var)? {
        Term::Literal(l) => Some(l.value().to_string()),
        Term::NamedNode(n) => Some(n.as_str().to_string()),
        t => Some(t.to_string()),
    }
}

/// The whole drawing: every named person, organization, place and event, dates, and
/// the relations between them, in a stable order.
fn drawing(store: &OxStore) -> Result<DiGraph<DrawNode, String>> {
    let nodes_query = format!(
        "SELECT ?n ?type ?name WHERE {{ ?n a ?type ; <{name}> ?name . \
         VALUES ?type {{ <{person}> <{organization}> <{place}> <{country}> <{event}> }} }}",
        name = schema::NAME.as_str(),
        person = schema::PERSON.as_str(),
        organization = schema::ORGANIZATION.as_str(),
        place = schema::PLACE.as_str(),
        country = schema::COUNTRY.as_str(),
        event = schema::EVENT.as_str(),
    );
    // Per node: its types (kind decided below) and its name (the smallest, if several).
    let mut found: BTreeMap<String, (BTreeSet<String>, String)> = BTreeMap::new();
    for s in solutions(store, &nodes_query)? {
        let (Some(n), Some(t), Some(name)) = (text(&s, "n"), text(&s, "type"), text(&s, "name"))
        else {
            continue;
        };
        let entry = found
            .entry(n)
            .or_insert_with(|| (BTreeSet::new(), name.clone()));
        entry.0.insert(t);
        if name < entry.1 {
            entry.1 = name;
        }
    }
    let kind_of = |types: &BTreeSet<String>| {
        let has = |t: oxigraph::model::NamedNodeRef<'_>| types.contains(t.as_str());
        if has(schema::PERSON) {
            NodeKind::Person
        } else if has(schema::EVENT) {
            NodeKind::Event
        } else if has(schema::ORGANIZATION) {
            NodeKind::Organization
        } else {
            NodeKind::Place
        }
    };
    let mut graph: DiGraph<DrawNode, String> = DiGraph::new();
    let mut index: HashMap<String, NodeIndex> = HashMap::new();
    for (iri, (types, label)) in &found {
        let i = graph.add_node(DrawNode {
            label: label.clone(),
            kind: kind_of(types),
            other_names: Vec::new(),
        });
        index.insert(iri.clone(), i);
    }
    let alt_query = format!(
        "SELECT DISTINCT ?n ?alt WHERE {{ ?n <{alt}> ?alt }} ORDER BY ?n ?alt",
        alt = skos::ALT_LABEL.as_str()
    );
    for s in solutions(store, &alt_query)? {
        if let (Some(n), Some(alt)) = (text(&s, "n"), text(&s, "alt"))
            && let Some(&i) = index.get(&n)
        {
            graph[i].other_names.push(alt);
        }
    }

    // Relations: a person's role in an organization (labelled with the role; plain
    // membership as "member of"), who attended what, where and when events were held.
    let edges_query = format!(
        "SELECT DISTINCT ?s ?label ?o WHERE {{
          {{ ?m a <{membership}> ; <{member}> ?s ; <{organization}> ?o ; <{role}>/<{pref}> ?label }}
          UNION {{ ?s <{member_of}> ?o .
                   FILTER NOT EXISTS {{ ?m <{member}> ?s ; <{organization}> ?o ; <{role}> ?r }}
                   BIND(\"member of\" AS ?label) }}
          UNION {{ ?o <{attendee}> ?s . BIND(\"attended\" AS ?label) }}
          UNION {{ ?s a <{event}> ; <{location}> ?o . BIND(\"located in\" AS ?label) }}
          UNION {{ ?s a <{event}> ; <{start}> ?o . BIND(\"on date\" AS ?label) }}
        }}",
        membership = org::MEMBERSHIP.as_str(),
        member = org::MEMBER.as_str(),
        organization = org::ORGANIZATION.as_str(),
        role = org::ROLE.as_str(),
        pref = skos::PREF_LABEL.as_str(),
        member_of = org::MEMBER_OF.as_str(),
        attendee = schema::ATTENDEE.as_str(),
        event = schema::EVENT.as_str(),
        location = schema::LOCATION.as_str(),
        start = schema::START_DATE.as_str(),
    );
    let mut edges: Vec<(String, String, String, bool)> = Vec::new();
    for s in solutions(store, &edges_query)? {
        let (Some(from), Some(label), Some(to)) = (text(&s, "s"), text(&s, "label"), text(&s, "o"))
        else {
            continue;
        };
        let is_date = matches!(s.get("o"), Some(Term::Literal(_)));
        edges.push((from, label, to, is_date));
    }
    edges.sort();
    for (from, label, to, is_date) in edges {
        let Some(&a) = index.get(&from) else { continue };
        let b = if is_date {
            // Date nodes are keyed apart from IRIs so a date never merges with an entity.
            *index.entry(format!("date:{to}")).or_insert_with(|| {
                graph.add_node(DrawNode {
                    label: to.clone(),
                    kind: NodeKind::Date,
                    other_names: Vec::new(),
                })
            })
        } else {
            match index.get(&to) {
                Some(&b) => b,
                None => continue,
            }
        };
        graph.add_edge(a, b, label);
    }
    Ok(graph)
}

/// Fold a name for matching: case and surrounding space do not matter.
fn fold(s: &str) -> String {
    s.trim().to_lowercase()
}

/// The nodes named `name` (its name or another name, any case); failing that, the one
/// entity whose name ends with those words ("Stoltenberg" for "Jens Stoltenberg").
/// Otherwise the error lists the closest names.
fn focus_nodes(graph: &DiGraph<DrawNode, String>, name: &str) -> Result<Vec<NodeIndex>> {
    let wanted = fold(name);
    let entities = || {
        graph
            .node_indices()
            .filter(|&i| graph[i].kind != NodeKind::Date)
    };
    let hits: Vec<NodeIndex> = entities()
        .filter(|&i| {
            let n = &graph[i];
            fold(&n.label) == wanted || n.other_names.iter().any(|o| fold(o) == wanted)
        })
        .collect();
    if !hits.is_empty() {
        return Ok(hits);
    }
    let suffix = format!(" {wanted}");
    let ending: Vec<NodeIndex> = entities()
        .filter(|&i| !wanted.is_empty() && fold(&graph[i].label).ends_with(&suffix))
        .collect();
    if ending.len() == 1 {
        return Ok(ending);
    }
    // Close names: names ending with the words asked for, then names spelled alike as a
    // whole or word by word.
    let mut scored: Vec<(f64, &str)> = entities()
        .map(|i| {
            let label = graph[i].label.as_str();
            let folded = fold(label);
            let score = if ending.contains(&i) {
                1.0
            } else {
                folded
                    .split_whitespace()
                    .map(|w| strsim::jaro_winkler(w, &wanted))
                    .fold(strsim::jaro_winkler(&folded, &wanted), f64::max)
            };
            (score, label)
        })
        .filter(|(score, _)| *score >= 0.85)
        .collect();
    scored.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(b.1)));
    let mut suggestions: Vec<String> = Vec::new();
    for (_, label) in scored {
        if !suggestions.iter().any(|s| s == label) && suggestions.len() < 5 {
            suggestions.push(label.to_string());
        }
    }
    Err(Error::NoSuchEntity {
        name: name.to_string(),
        suggestions,
    })
}

/// The nodes within `depth` hops of `start`, edges taken in either direction. Dates are
/// reached but not walked through: two events on one day are not neighbours.
fn neighbourhood(
    graph: &DiGraph<DrawNode, String>,
    start: &[NodeIndex],
    depth: usize,
) -> BTreeSet<NodeIndex> {
    let mut seen: BTreeSet<NodeIndex> = start.iter().copied().collect();
    let mut queue: VecDeque<(NodeIndex, usize)> = start.iter().map(|&i| (i, 0)).collect();
    while let Some((i, d)) = queue.pop_front() {
        if d == depth || (graph[i].kind == NodeKind::Date && d > 0) {
            continue;
        }
        for j in graph.neighbors_undirected(i) {
            if seen.insert(j) {
                queue.push_back((j, d + 1));
            }
        }
    }
    seen
}

/// The part of the drawing the options ask for. Nodes left without any edge are not
/// drawn, except the focus.
fn select(
    graph: DiGraph<DrawNode, String>,
    options: &DotOptions,
) -> Result<DiGraph<DrawNode, String>> {
    let focus = match &options.focus {
        Some(name) => focus_nodes(&graph, name)?,
        None => Vec::new(),
    };
    let mut keep: BTreeSet<NodeIndex> = if focus.is_empty() {
        graph.node_indices().collect()
    } else {
        neighbourhood(&graph, &focus, options.depth)
    };
    if !options.types.is_empty() {
        keep.retain(|i| focus.contains(i) || options.types.contains(&graph[*i].kind));
    }
    let linked: BTreeSet<NodeIndex> = graph
        .edge_references()
        .filter(|e| keep.contains(&e.source()) && keep.contains(&e.target()))
        .flat_map(|e| [e.source(), e.target()])
        .collect();
    keep.retain(|i| focus.contains(i) || linked.contains(i));
    Ok(graph.filter_map(
        |i, n| keep.contains(&i).then(|| n.clone()),
        |_, e| Some(e.clone()),
    ))
}

#[cfg(test)]
mod tests {
    use super::quoted;

    #[test]
    fn quoted_escapes_what_dot_would_misread() {
        assert_eq!(quoted(r#"a "b" \c"#), r#""a \"b\" \\c""#);
        assert_eq!(quoted("one\r\ntwo\nthree"), r#""one\ntwo\nthree""#);
        assert_eq!(quoted("bell\u{7}"), "\"bell \"");
        assert_eq!(quoted("<script>Ødegård"), "\"<script>Ødegård\"");
    }
}
