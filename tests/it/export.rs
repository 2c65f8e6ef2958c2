//! Exports through the real binary: the DOT drawing rendered by the real Graphviz
//! (`dot`, installed by scripts/bootstrap.sh), its filters, SVG/PNG output, and the RDF
//! formats parsed back by an independent parser (Python rdflib in the project venv).
//! A hostile-name fixture (quotes, backslashes, newlines, `<script>`, control characters,
//! non-ASCII letters) checks that names survive every format.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};
use std::process::{Command as Process, Stdio};
use std::sync::OnceLock;

use newsgraph::rdf::vocab::{org, rdf, schema, skos, xsd};
use oxigraph::model::{GraphName, Literal, NamedNode, Quad, Term};

use crate::util::{build, newsgraph, repo, select};

/// One store built from corpus/ for the read-only tests of this module.
fn corpus_store() -> PathBuf {
    static STORE: OnceLock<(tempfile::TempDir, PathBuf)> = OnceLock::new();
    STORE
        .get_or_init(|| {
            let dir = tempfile::tempdir().expect("tempdir");
            let store = dir.path().join("store");
            build(&store, &[&repo().join("corpus")]);
            (dir, store)
        })
        .1
        .clone()
}

/// Names no extractor would produce but a linked dataset or an odd source can carry.
const PERSON_QUOTES: &str = r#"Anna "Nan" O'Neil \ Back\slash"#;
const PERSON_LINES: &str = "Line One\nLine Two";
const ORG_SCRIPT: &str = r#"<script>alert("x")</script> & Co"#;
const PLACE_LETTERS: &str = "Zürich–Ødegård Łódź 東京";
const EVENT_CONTROL: &str = "Tab\there bell\u{7}end";
const ROLE_QUOTES: &str = r#"Chief "Officer" \ Deputy"#;

fn hostile_names() -> [&'static str; 5] {
    [
        PERSON_QUOTES,
        PERSON_LINES,
        ORG_SCRIPT,
        PLACE_LETTERS,
        EVENT_CONTROL,
    ]
}

/// How Graphviz draws a name: control characters other than line breaks become spaces.
fn drawn(name: &str) -> String {
    name.chars()
        .map(|c| if c.is_control() && c != '\n' { ' ' } else { c })
        .collect()
}

/// A store (the on-disk layout `newsgraph` reads) holding one small graph whose names
/// are hostile, written with Oxigraph directly.
fn hostile_store(dir: &Path) -> PathBuf {
    let store = dir.join("hostile-store");
    std::fs::create_dir_all(&store).expect("store dir");
    let db = oxigraph::store::Store::open(store.join("oxigraph")).expect("open store");
    let base = "https://w3id.org/newsgraph/id/";
    let iri = |s: &str| NamedNode::new(format!("{base}{s}")).expect("iri");
    let graph = GraphName::NamedNode(iri("graph/resolved"));
    let (person, person2, orgn, place, event, membership, role) = (
        iri("person/anna"),
        iri("person/lines"),
        iri("organization/script"),
        iri("place/letters"),
        iri("event/control"),
        iri("membership/anna"),
        iri("role/chief"),
    );
    let name = |n: &str| Term::from(Literal::new_simple_literal(n));
    let link = |s: &NamedNode, p: oxigraph::model::NamedNodeRef<'_>, o: &NamedNode| {
        Quad::new(s.clone(), p, o.clone(), graph.clone())
    };
    let quads = vec![
        link(&person, rdf::TYPE, &schema::PERSON.into_owned()),
        Quad::new(
            person.clone(),
            schema::NAME,
            name(PERSON_QUOTES),
            graph.clone(),
        ),
        link(&person2, rdf::TYPE, &schema::PERSON.into_owned()),
        Quad::new(
            person2.clone(),
            schema::NAME,
            name(PERSON_LINES),
            graph.clone(),
        ),
        link(&orgn, rdf::TYPE, &schema::ORGANIZATION.into_owned()),
        Quad::new(orgn.clone(), schema::NAME, name(ORG_SCRIPT), graph.clone()),
        link(&place, rdf::TYPE, &schema::PLACE.into_owned()),
        Quad::new(
            place.clone(),
            schema::NAME,
            name(PLACE_LETTERS),
            graph.clone(),
        ),
        link(&event, rdf::TYPE, &schema::EVENT.into_owned()),
        Quad::new(
            event.clone(),
            schema::NAME,
            name(EVENT_CONTROL),
            graph.clone(),
        ),
        link(&event, schema::ATTENDEE, &person),
        link(&event, schema::ATTENDEE, &person2),
        link(&event, schema::LOCATION, &place),
        Quad::new(
            event.clone(),
            schema::START_DATE,
            Literal::new_typed_literal("2024-05-06", xsd::DATE),
            graph.clone(),
        ),
        link(&membership, rdf::TYPE, &org::MEMBERSHIP.into_owned()),
        link(&membership, org::MEMBER, &person),
        link(&membership, org::ORGANIZATION, &orgn),
        link(&membership, org::ROLE, &role),
        link(&role, rdf::TYPE, &org::ROLE_CLASS.into_owned()),
        Quad::new(
            role.clone(),
            skos::PREF_LABEL,
            Literal::new_language_tagged_literal(ROLE_QUOTES, "en").expect("literal"),
            graph.clone(),
        ),
        link(&person, org::MEMBER_OF, &orgn),
    ];
    db.extend(quads).expect("insert");
    db.flush().expect("flush");
    store
}

/// Run `newsgraph export` and return stdout, asserting success.
fn export(store: &Path, args: &[&str]) -> Vec<u8> {
    let out = newsgraph()
        .arg("export")
        .args(args)
        .arg("--store")
        .arg(store)
        .output()
        .expect("run export");
    assert!(
        out.status.success(),
        "export {args:?} failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    out.stdout
}

/// What an SVG drawn by Graphviz shows: each node's kind (its class) and label, and
/// each edge as (from label, edge label, to label).
#[derive(Debug, Default)]
struct Svg {
    nodes: BTreeMap<String, (String, String)>,
    edges: BTreeSet<(String, String, String)>,
}

impl Svg {
    fn labels(&self) -> BTreeSet<String> {
        self.nodes.values().map(|(_, l)| l.clone()).collect()
    }

    fn kinds(&self) -> BTreeSet<String> {
        self.nodes.values().map(|(k, _)| k.clone()).collect()
    }

    fn has_edge(&self, from: &str, label: &str, to: &str) -> bool {
        self.edges
            .contains(&(from.to_string(), label.to_string(), to.to_string()))
    }

    fn neighbours(&self, of: &str) -> BTreeSet<String> {
        self.edges
            .iter()
            .filter_map(|(a, _, b)| {
                if a == of {
                    Some(b.clone())
                } else if b == of {
                    Some(a.clone())
                } else {
                    None
                }
            })
            .collect()
    }
}

/// Parse Graphviz's SVG: `<g class="node KIND"><title>ID</title>…<text>line</text>…</g>`
/// and `<g class="edge"><title>A->B</title>…<text>label</text></g>`.
fn parse_svg(svg: &str) -> Svg {
    use quick_xml::events::Event;
    let mut reader = quick_xml::Reader::from_str(svg);
    let mut groups: Vec<(String, String, Vec<String>)> = Vec::new();
    let mut current: Option<(String, String, Vec<String>)> = None;
    let mut in_title = false;
    let mut in_text = false;
    loop {
        match reader.read_event().expect("SVG parses as XML") {
            Event::Start(e) if e.name().as_ref() == b"g" => {
                let class = e
                    .try_get_attribute("class")
                    .ok()
                    .flatten()
                    .map(|a| a.unescape_value().expect("attribute").into_owned())
                    .unwrap_or_default();
                if class.starts_with("node") || class.starts_with("edge") {
                    current = Some((class, String::new(), Vec::new()));
                }
            }
            Event::End(e) if e.name().as_ref() == b"g" => {
                if let Some(g) = current.take() {
                    groups.push(g);
                }
            }
            Event::Start(e) if e.name().as_ref() == b"title" => in_title = true,
            Event::End(e) if e.name().as_ref() == b"title" => in_title = false,
            Event::Start(e) if e.name().as_ref() == b"text" => {
                in_text = true;
                if let Some(g) = current.as_mut() {
                    g.2.push(String::new());
                }
            }
            Event::End(e) if e.name().as_ref() == b"text" => in_text = false,
            Event::Text(t) => {
                let text = t.unescape().expect("text").into_owned();
                if let Some(g) = current.as_mut() {
                    if in_title {
                        g.1.push_str(&text);
                    } else if in_text {
                        g.2.last_mut().expect("text element").push_str(&text);
                    }
                }
            }
            Event::Eof => break,
            _ => {}
        }
    }
    let mut out = Svg::default();
    for (class, title, lines) in &groups {
        if let Some(kind) = class.strip_prefix("node") {
            out.nodes
                .insert(title.clone(), (kind.trim().to_string(), lines.join("\n")));
        }
    }
    for (class, title, lines) in &groups {
        if class.starts_with("edge") {
            let (a, b) = title.split_once("->").expect("edge title A->B");
            let label = |id: &str| out.nodes[id].1.clone();
            let edge = (label(a), lines.join("\n"), label(b));
            out.edges.insert(edge);
        }
    }
    out
}

/// Render DOT with the real Graphviz and read what it drew.
fn render(dot: &[u8]) -> Svg {
    let mut child = Process::new("dot")
        .arg("-Tsvg")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("Graphviz `dot` is required (scripts/bootstrap.sh installs it)");
    use std::io::Write;
    child.stdin.take().unwrap().write_all(dot).unwrap();
    let out = child.wait_with_output().unwrap();
    assert!(
        out.status.success(),
        "dot rejected the export: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    parse_svg(&String::from_utf8(out.stdout).expect("utf-8 SVG"))
}

fn draw(store: &Path, args: &[&str]) -> Svg {
    let mut all = vec!["--format", "dot"];
    all.extend_from_slice(args);
    render(&export(store, &all))
}

#[test]
fn the_corpus_drawing_shows_who_met_where_when_and_in_which_role() {
    let svg = draw(&corpus_store(), &[]);
    let meeting = "NATO-Russia Council meeting";
    assert!(
        svg.has_edge("Jens Stoltenberg", "attended", meeting),
        "{svg:#?}"
    );
    assert!(svg.has_edge(meeting, "located in", "Brussels"), "{svg:#?}");
    assert!(svg.has_edge(meeting, "on date", "2022-01-12"), "{svg:#?}");
    assert!(
        svg.has_edge("Jens Stoltenberg", "Secretary General", "NATO"),
        "{svg:#?}"
    );
    assert_eq!(
        svg.nodes.values().find(|(_, l)| l == meeting).unwrap().0,
        "event"
    );
    assert_eq!(
        svg.nodes.values().find(|(_, l)| l == "Brussels").unwrap().0,
        "place"
    );
    // Every person who attended an event is drawn, as a person.
    let attendees = select(
        &corpus_store(),
        "PREFIX schema: <https://schema.org/> SELECT DISTINCT ?n WHERE { ?e schema:attendee ?p . ?p a schema:Person ; schema:name ?n }",
    );
    assert!(attendees.len() >= 5, "{attendees:?}");
    for row in attendees {
        let node = svg.nodes.values().find(|(_, l)| *l == row[0]);
        assert_eq!(node.map(|n| n.0.as_str()), Some("person"), "{}", row[0]);
    }
}

#[test]
fn focus_and_depth_draw_the_neighbourhood_of_one_entity() {
    let store = corpus_store();
    let full = draw(&store, &[]);
    let near = draw(&store, &["--focus", "jens stoltenberg", "--depth", "1"]);
    let wider = draw(&store, &["--focus", "Jens Stoltenberg", "--depth", "2"]);
    // Depth 1: the focus and exactly its neighbours in the full drawing.
    let mut expected = full.neighbours("Jens Stoltenberg");
    expected.insert("Jens Stoltenberg".into());
    assert_eq!(near.labels(), expected);
    assert!(near.labels().contains("NATO-Russia Council meeting"));
    assert!(!near.labels().contains("Brussels"), "two hops away");
    // Depth 2 adds the neighbours' neighbours, and is still a part of the whole.
    assert!(near.labels().is_subset(&wider.labels()));
    assert!(wider.labels().contains("Brussels"));
    assert!(wider.labels().is_subset(&full.labels()));
    assert!(wider.labels().len() < full.labels().len());
    // A surname alone finds the one person of that name.
    assert_eq!(
        draw(&store, &["--focus", "Stoltenberg"]).labels(),
        near.labels()
    );
}

#[test]
fn types_keep_only_the_kinds_asked_for() {
    let svg = draw(&corpus_store(), &["--types", "person,event"]);
    assert_eq!(
        svg.kinds(),
        BTreeSet::from(["person".to_string(), "event".to_string()])
    );
    assert!(svg.has_edge(
        "Jens Stoltenberg",
        "attended",
        "NATO-Russia Council meeting"
    ));
    assert!(svg.edges.iter().all(|(_, label, _)| label == "attended"));
    let places = draw(&corpus_store(), &["--types", "event,place"]);
    assert!(places.has_edge("NATO-Russia Council meeting", "located in", "Brussels"));
    assert!(!places.kinds().contains("person"));
}

#[test]
fn a_focus_that_names_nothing_fails_with_close_names() {
    let out = newsgraph()
        .args([
            "export",
            "--format",
            "dot",
            "--focus",
            "Stoltenbreg",
            "--store",
        ])
        .arg(corpus_store())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(4));
    assert!(out.stdout.is_empty());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("no entity named \"Stoltenbreg\""), "{err}");
    assert!(err.contains("Jens Stoltenberg"), "{err}");
}

#[test]
fn hostile_names_are_escaped_so_graphviz_draws_them_as_they_are() {
    let dir = tempfile::tempdir().unwrap();
    let store = hostile_store(dir.path());
    let svg = draw(&store, &[]);
    for name in hostile_names() {
        assert!(
            svg.labels().contains(&drawn(name)),
            "{name:?} not drawn as such: {:?}",
            svg.labels()
        );
    }
    assert!(
        svg.has_edge(PERSON_QUOTES, ROLE_QUOTES, ORG_SCRIPT),
        "{svg:#?}"
    );
    assert!(svg.has_edge(PERSON_LINES, "attended", &drawn(EVENT_CONTROL)));
}

#[test]
fn svg_and_png_are_rendered_to_a_file_by_graphviz() {
    let dir = tempfile::tempdir().unwrap();
    let svg_file = dir.path().join("graph.svg");
    let png_file = dir.path().join("graph.png");
    let store = corpus_store();
    export(
        &store,
        &[
            "--format",
            "svg",
            "--focus",
            "NATO",
            "-o",
            svg_file.to_str().unwrap(),
        ],
    );
    export(
        &store,
        &["--format", "png", "-o", png_file.to_str().unwrap()],
    );
    let svg = parse_svg(&std::fs::read_to_string(&svg_file).unwrap());
    assert!(svg.has_edge("Jens Stoltenberg", "Secretary General", "NATO"));
    let png = std::fs::read(&png_file).unwrap();
    assert!(png.starts_with(b"\x89PNG\r\n\x1a\n") && png.len() > 1000);
}

#[test]
fn rendering_without_graphviz_says_how_to_install_it() {
    let empty = tempfile::tempdir().unwrap();
    let out = newsgraph()
        .env("PATH", empty.path())
        .args(["export", "--format", "svg", "--store"])
        .arg(corpus_store())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(5));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("apt-get install graphviz"), "{err}");
}

/// The project venv's Python (scripts/bootstrap.sh makes it, with rdflib).
fn python() -> PathBuf {
    let venv = std::env::var_os("NEWSGRAPH_VENV")
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|h| Path::new(&h).join(".cache/newsgraph-venv")))
        .expect("NEWSGRAPH_VENV or HOME");
    let bin = venv.join("bin/python");
    assert!(
        bin.exists(),
        "{} is missing: run scripts/bootstrap.sh",
        bin.display()
    );
    bin
}

/// rdflib parses each export; per format, the statement count and every `schema:name`.
const RDFLIB_READ: &str = r#"
import csv, json, sys, rdflib
work = sys.argv[1]
name = rdflib.URIRef("https://schema.org/name")
out = {}
for fmt, parser in [("turtle", "turtle"), ("nquads", "nquads"), ("trig", "trig"), ("jsonld", "json-ld")]:
    ds = rdflib.Dataset()
    ds.parse(f"{work}/graph.{fmt}", format=parser)
    quads = [q for q in ds.quads((None, None, None, None))]
    names = sorted({str(o) for s, p, o, g in quads if p == name})
    out[fmt] = {"count": len(quads), "names": names}
with open(f"{work}/names.csv", newline="", encoding="utf-8") as f:
    rows = list(csv.reader(f))
out["csv"] = {"count": len(rows) - 1, "names": sorted(r[0] for r in rows[1:])}
print(json.dumps(out))
"#;

/// Export every RDF format and the names as CSV, and read them back with rdflib.
fn read_back_with_rdflib(store: &Path, dir: &Path) -> serde_json::Value {
    for fmt in ["turtle", "nquads", "trig", "jsonld"] {
        let file = dir.join(format!("graph.{fmt}"));
        export(store, &["--format", fmt, "-o", file.to_str().unwrap()]);
    }
    let csv = newsgraph()
        .args([
            "query",
            "SELECT DISTINCT ?n WHERE { ?x schema:name ?n } ORDER BY ?n",
            "--format",
            "csv",
            "--store",
        ])
        .arg(store)
        .output()
        .unwrap();
    assert!(csv.status.success());
    std::fs::write(dir.join("names.csv"), &csv.stdout).unwrap();
    let out = Process::new(python())
        .arg("-c")
        .arg(RDFLIB_READ)
        .arg(dir)
        .output()
        .expect("run python");
    assert!(
        out.status.success(),
        "rdflib failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).expect("JSON from the script")
}

fn count(store: &Path, query: &str) -> u64 {
    select(store, query)[0][0].parse().expect("a count")
}

/// Quads in the store, and distinct triples over all graphs (what Turtle and JSON-LD,
/// which merge the graphs, hold).
fn store_counts(store: &Path) -> (u64, u64) {
    (
        count(
            store,
            "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }",
        ),
        count(
            store,
            "SELECT (COUNT(*) AS ?n) WHERE { SELECT DISTINCT ?s ?p ?o WHERE { GRAPH ?g { ?s ?p ?o } } }",
        ),
    )
}

fn check_counts(read: &serde_json::Value, store: &Path) {
    let (quads, triples) = store_counts(store);
    assert!(triples > 0);
    for (fmt, expected) in [
        ("nquads", quads),
        ("trig", quads),
        ("turtle", triples),
        ("jsonld", triples),
    ] {
        assert_eq!(read[fmt]["count"].as_u64(), Some(expected), "{fmt}");
    }
}

#[test]
fn rdflib_reads_every_corpus_export_with_all_its_statements() {
    let dir = tempfile::tempdir().unwrap();
    let store = corpus_store();
    let read = read_back_with_rdflib(&store, dir.path());
    check_counts(&read, &store);
    assert!(
        read["turtle"]["names"]
            .as_array()
            .unwrap()
            .iter()
            .any(|n| n == "Jens Stoltenberg")
    );
}

#[test]
fn hostile_names_survive_turtle_nquads_trig_jsonld_and_csv_exactly() {
    let dir = tempfile::tempdir().unwrap();
    let store = hostile_store(dir.path());
    let read = read_back_with_rdflib(&store, dir.path());
    check_counts(&read, &store);
    let mut expected: Vec<&str> = hostile_names().to_vec();
    expected.sort();
    for fmt in ["turtle", "nquads", "trig", "jsonld", "csv"] {
        let names: Vec<&str> = read[fmt]["names"]
            .as_array()
            .unwrap()
            .iter()
            .map(|n| n.as_str().unwrap())
            .collect();
        assert_eq!(names, expected, "{fmt}");
    }
}

#[test]
fn an_event_s_span_of_days_is_its_start_and_end_date_in_the_graph() {
    let dir = tempfile::tempdir().expect("tempdir");
    let article = dir.path().join("trip.md");
    std::fs::write(
        &article,
        "---\ntitle: Trip\npublished: 1987-03-20\n---\nOSLO, March 20 - Prime Minister Tor \
         Varga will visit Japan from March 31 to April 2.\n",
    )
    .expect("write article");
    let store = dir.path().join("store");
    crate::util::build(&store, &[&article]);
    let rows = crate::util::select(
        &store,
        "PREFIX schema: <https://schema.org/> SELECT ?start ?end WHERE { \
         ?e a schema:Event ; schema:startDate ?start ; schema:endDate ?end }",
    );
    assert_eq!(
        rows,
        vec![vec!["1987-03-31".to_string(), "1987-04-02".to_string()]],
        "{rows:?}"
    );
}
