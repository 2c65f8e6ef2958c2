//! `newsgraph push` against real SPARQL stores started by the tests on 127.0.0.1:
//! Virtuoso Open Source (Debian `virtuoso-opensource`, Digest-authenticated endpoints)
//! and the Oxigraph server from the project venv (Graph Store Protocol at /store).
//! What the store holds afterwards is read back with SPARQL and compared, graph by
//! graph, as sets of triples (stores rewrite the text), with counts to catch duplicates.

use std::collections::{BTreeMap, BTreeSet};
use std::net::{TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Child, Command as Process, Stdio};
use std::time::{Duration, Instant};

use oxigraph::io::{RdfFormat, RdfParser};
use oxigraph::model::Term;

use crate::util::{build, export_nquads, newsgraph, repo};

/// A server process, killed when the test ends.
struct Server(Child);

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

/// Wait until `url` answers 200.
fn wait_for(url: &str, server: &mut Server, what: &str) {
    let started = Instant::now();
    loop {
        if let Ok(r) = ureq::get(url).call()
            && r.status() == 200
        {
            return;
        }
        if let Ok(Some(status)) = server.0.try_wait() {
            panic!("{what} exited before answering: {status}");
        }
        assert!(
            started.elapsed() < Duration::from_secs(60),
            "{what} did not start"
        );
        std::thread::sleep(Duration::from_millis(200));
    }
}

/// A private Virtuoso instance in `dir`: the packaged configuration with the database
/// moved into `dir` and both ports (SQL, HTTP) on free loopback ports.
fn start_virtuoso(dir: &Path) -> (Server, String) {
    let packaged = "/etc/virtuoso-opensource-7/virtuoso.ini";
    let ini = std::fs::read_to_string(packaged).unwrap_or_else(|e| {
        panic!("{packaged}: {e}; Virtuoso is required (scripts/bootstrap.sh installs it)")
    });
    let (sql, http) = (free_port(), free_port());
    let mut section = String::new();
    let mut out = String::new();
    for line in ini.lines() {
        let trimmed = line.trim_start();
        if trimmed.starts_with('[') {
            section = trimmed.to_string();
        }
        let line = if trimmed.starts_with("ServerPort") && section == "[Parameters]" {
            format!("ServerPort = 127.0.0.1:{sql}")
        } else if trimmed.starts_with("ServerPort") && section == "[HTTPServer]" {
            format!("ServerPort = 127.0.0.1:{http}")
        } else {
            line.replace(
                "/var/lib/virtuoso-opensource-7/db",
                dir.to_str().expect("utf-8 path"),
            )
        };
        out.push_str(&line);
        out.push('\n');
    }
    std::fs::create_dir_all(dir).unwrap();
    let ini_path = dir.join("virtuoso.ini");
    std::fs::write(&ini_path, out).unwrap();
    let child = Process::new("virtuoso-t")
        .arg("+configfile")
        .arg(&ini_path)
        .arg("+foreground")
        .current_dir(dir)
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("virtuoso-t is required (scripts/bootstrap.sh installs virtuoso-opensource)");
    let mut server = Server(child);
    let base = format!("http://127.0.0.1:{http}");
    wait_for(
        &format!("{base}/sparql?query=ASK%7B%7D"),
        &mut server,
        "Virtuoso",
    );
    (server, base)
}

/// The Oxigraph server binary of the project venv (or $NEWSGRAPH_OXIGRAPH).
fn oxigraph_binary() -> PathBuf {
    if let Some(p) = std::env::var_os("NEWSGRAPH_OXIGRAPH") {
        return PathBuf::from(p);
    }
    std::env::var_os("NEWSGRAPH_VENV")
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|h| Path::new(&h).join(".cache/newsgraph-venv")))
        .map(|v| v.join("bin/oxigraph"))
        .filter(|v| v.exists())
        .unwrap_or_else(|| PathBuf::from("oxigraph"))
}

fn start_oxigraph(dir: &Path) -> (Server, String) {
    let port = free_port();
    let child = Process::new(oxigraph_binary())
        .args(["serve", "--location"])
        .arg(dir.join("oxigraph-db"))
        .arg("--bind")
        .arg(format!("127.0.0.1:{port}"))
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("the Oxigraph server is required (scripts/bootstrap.sh installs it)");
    let mut server = Server(child);
    let started = Instant::now();
    while TcpStream::connect(("127.0.0.1", port)).is_err() {
        if let Ok(Some(status)) = server.0.try_wait() {
            panic!("oxigraph exited: {status}");
        }
        assert!(
            started.elapsed() < Duration::from_secs(30),
            "oxigraph did not start"
        );
        std::thread::sleep(Duration::from_millis(100));
    }
    (server, format!("http://127.0.0.1:{port}"))
}

/// A triple in a form two stores agree on: Virtuoso drops `^^xsd:string` and writes
/// decimals in their shortest form, so both are normalized.
fn canonical(s: &str, p: &str, o: &Term) -> String {
    let object = match o {
        Term::Literal(l) => {
            let dt = l.datatype().as_str();
            let value = if dt.ends_with("#decimal") {
                format!("{}", l.value().parse::<f64>().expect("decimal"))
            } else {
                l.value().to_string()
            };
            match l.language() {
                Some(lang) => format!("{value:?}@{}", lang.to_lowercase()),
                None => format!("{value:?}^^{dt}"),
            }
        }
        other => other.to_string(),
    };
    format!("<{s}> <{p}> {object}")
}

type Graphs = BTreeMap<String, BTreeSet<String>>;

/// The store's graphs, from its N-Quads export.
fn local_graphs(store: &Path) -> (Graphs, BTreeMap<String, usize>) {
    let nquads = export_nquads(store);
    let mut graphs = Graphs::new();
    let mut counts = BTreeMap::new();
    for q in RdfParser::from_format(RdfFormat::NQuads).for_slice(nquads.as_bytes()) {
        let q = q.expect("valid N-Quads");
        let g = match &q.graph_name {
            oxigraph::model::GraphName::NamedNode(n) => n.as_str().to_string(),
            other => panic!("quad outside a named graph: {other}"),
        };
        let (oxigraph::model::NamedOrBlankNode::NamedNode(s), p) = (&q.subject, &q.predicate)
        else {
            panic!("blank subject")
        };
        graphs
            .entry(g.clone())
            .or_default()
            .insert(canonical(s.as_str(), p.as_str(), &q.object));
        *counts.entry(g).or_insert(0) += 1;
    }
    (graphs, counts)
}

/// SPARQL JSON results of `query` at `endpoint`.
fn sparql(endpoint: &str, query: &str) -> Vec<serde_json::Value> {
    let mut r = ureq::post(endpoint)
        .header("Accept", "application/sparql-results+json")
        .send_form([("query", query)])
        .expect("query the store");
    let body = r.body_mut().read_to_string().unwrap();
    let json: serde_json::Value = serde_json::from_str(&body).expect("SPARQL JSON");
    json["results"]["bindings"].as_array().unwrap().clone()
}

fn json_term(v: &serde_json::Value) -> Term {
    let value = v["value"].as_str().unwrap();
    match v["type"].as_str().unwrap() {
        "uri" => oxigraph::model::NamedNode::new(value).unwrap().into(),
        _ => match (v.get("xml:lang"), v.get("datatype")) {
            (Some(lang), _) => {
                oxigraph::model::Literal::new_language_tagged_literal(value, lang.as_str().unwrap())
                    .unwrap()
                    .into()
            }
            (None, Some(dt)) => oxigraph::model::Literal::new_typed_literal(
                value,
                oxigraph::model::NamedNode::new(dt.as_str().unwrap()).unwrap(),
            )
            .into(),
            (None, None) => oxigraph::model::Literal::new_simple_literal(value).into(),
        },
    }
}

/// The remote graphs named like the local ones, and their triple counts.
fn remote_graphs(endpoint: &str, names: &[String]) -> (Graphs, BTreeMap<String, usize>) {
    let mut graphs = Graphs::new();
    let mut counts = BTreeMap::new();
    for g in names {
        let rows = sparql(
            endpoint,
            &format!("SELECT ?s ?p ?o WHERE {{ GRAPH <{g}> {{ ?s ?p ?o }} }}"),
        );
        counts.insert(g.clone(), rows.len());
        let set: BTreeSet<String> = rows
            .iter()
            .map(|r| {
                canonical(
                    r["s"]["value"].as_str().unwrap(),
                    r["p"]["value"].as_str().unwrap(),
                    &json_term(&r["o"]),
                )
            })
            .collect();
        graphs.insert(g.clone(), set);
    }
    (graphs, counts)
}

/// Run `newsgraph push` with `args`; returns (success, stderr).
fn push(store: &Path, args: &[&str], password: Option<&str>) -> (bool, String) {
    let mut c = newsgraph();
    c.arg("push").args(args).arg("--store").arg(store);
    c.env_remove("NEWSGRAPH_PUSH_PASSWORD");
    if let Some(p) = password {
        c.env("NEWSGRAPH_PUSH_PASSWORD", p);
    }
    let out = c.output().expect("run push");
    (
        out.status.success(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

/// The remote store holds exactly the local graphs, once.
fn assert_same_graphs(store: &Path, query_endpoint: &str) {
    let (local, local_counts) = local_graphs(store);
    assert!(local.len() >= 2 && local_counts.values().sum::<usize>() > 500);
    let names: Vec<String> = local.keys().cloned().collect();
    let (remote, remote_counts) = remote_graphs(query_endpoint, &names);
    for g in &names {
        let missing: Vec<_> = local[g].difference(&remote[g]).take(3).collect();
        let extra: Vec<_> = remote[g].difference(&local[g]).take(3).collect();
        assert!(
            missing.is_empty() && extra.is_empty(),
            "graph {g}: missing {missing:?}, unexpected {extra:?}"
        );
    }
    assert_eq!(
        remote_counts, local_counts,
        "triples per graph (duplicates?)"
    );
}

fn corpus_store(dir: &Path) -> PathBuf {
    let store = dir.join("store");
    build(&store, &[&repo().join("corpus")]);
    store
}

#[test]
fn push_to_virtuoso_by_graph_store_and_by_update_with_digest_auth() {
    let dir = tempfile::tempdir().unwrap();
    let store = corpus_store(dir.path());
    let graphs = local_graphs(&store).0.len();
    let (_virtuoso, base) = start_virtuoso(&dir.path().join("virtuoso"));
    let query = format!("{base}/sparql");

    // Graph Store Protocol on Virtuoso's Digest-protected CRUD endpoint.
    let gsp = format!("{base}/sparql-graph-crud-auth");
    let args = ["--graph-store", gsp.as_str(), "--user", "dba"];
    let (ok, err) = push(&store, &args, Some("dba"));
    assert!(ok, "{err}");
    assert!(
        err.contains(&format!("pushed {graphs}/{graphs} graphs")),
        "{err}"
    );
    assert_same_graphs(&store, &query);

    // Again: PUT replaces, nothing is duplicated.
    let (ok, err) = push(&store, &args, Some("dba"));
    assert!(ok, "{err}");
    assert_same_graphs(&store, &query);

    // SPARQL Update, batched, on the Digest-protected update endpoint.
    let update = format!("{base}/sparql-auth");
    let args = [
        "--endpoint",
        update.as_str(),
        "--method",
        "update",
        "--batch",
        "4",
        "--user",
        "dba",
        "--auth",
        "digest",
    ];
    let (ok, err) = push(&store, &args, Some("dba"));
    assert!(ok, "{err}");
    assert!(err.contains("SPARQL Update in 2 requests"), "{err}");
    assert_same_graphs(&store, &query);

    // A wrong password fails every graph, says so, and exits non-zero.
    let (ok, err) = push(
        &store,
        &["--graph-store", gsp.as_str(), "--user", "dba"],
        Some("wrong"),
    );
    assert!(!ok);
    assert!(err.contains("refused"), "{err}");
    assert!(err.contains(&format!("pushed 0/{graphs} graphs")), "{err}");
}

#[test]
fn push_to_the_oxigraph_server_replaces_stale_graphs_and_leaves_others() {
    let dir = tempfile::tempdir().unwrap();
    let store = corpus_store(dir.path());
    let (local, _) = local_graphs(&store);
    let (_server, base) = start_oxigraph(dir.path());
    // A stale statement in one of the graphs, and another user's graph.
    let resolved = local
        .keys()
        .find(|g| g.ends_with("/resolved"))
        .expect("resolved graph");
    let seed = format!(
        "INSERT DATA {{ GRAPH <{resolved}> {{ <urn:stale> <urn:p> \"old\" }} GRAPH <urn:other> {{ <urn:a> <urn:b> \"kept\" }} }}"
    );
    ureq::post(&format!("{base}/update"))
        .header("Content-Type", "application/sparql-update")
        .send(seed.as_bytes())
        .expect("seed the server");
    let query = format!("{base}/query");

    let (ok, err) = push(&store, &["--graph-store", &format!("{base}/store")], None);
    assert!(ok, "{err}");
    assert_same_graphs(&store, &query);

    let update = format!("{base}/update");
    let (ok, err) = push(
        &store,
        &[
            "--endpoint",
            update.as_str(),
            "--method",
            "update",
            "--batch",
            "2",
        ],
        None,
    );
    assert!(ok, "{err}");
    assert_same_graphs(&store, &query);
    let other = sparql(&query, "SELECT ?o WHERE { GRAPH <urn:other> { ?s ?p ?o } }");
    assert_eq!(
        other.len(),
        1,
        "a graph newsgraph does not own is left alone"
    );
}

#[test]
fn an_unreachable_store_is_retried_then_reported_with_a_failure_exit() {
    let dir = tempfile::tempdir().unwrap();
    let store = corpus_store(dir.path());
    let port = free_port(); // nothing listens there
    let url = format!("http://127.0.0.1:{port}/update");
    let started = Instant::now();
    let (ok, err) = push(&store, &["--endpoint", &url, "--retries", "2"], None);
    assert!(!ok);
    assert!(err.contains("after 3 attempts"), "{err}");
    assert!(err.contains("2 retried"), "{err}");
    assert!(err.contains("; 1 failed"), "{err}");
    // Backoff waited between the attempts (0.5 s then 1 s).
    assert!(started.elapsed() >= Duration::from_millis(1500));
}

/// A Graph Store stand-in that wants HTTP Basic credentials and fails each graph's first
/// PUT with 503, logging what it finally accepts (one JSON line per graph).
const FLAKY_BASIC_STORE: &str = r#"
import base64, http.server, json, sys
expected = "Basic " + base64.b64encode(b"alice:s3cret w/ spaces").decode()
seen = {}
log = open(sys.argv[2], "a")
class Handler(http.server.BaseHTTPRequestHandler):
    def answer(self, status, headers=()):
        self.send_response(status)
        for k, v in headers:
            self.send_header(k, v)
        self.send_header("Content-Length", "0")
        self.end_headers()
    def do_PUT(self):
        body = self.rfile.read(int(self.headers["Content-Length"]))
        if self.headers.get("Authorization") != expected:
            return self.answer(401, [("WWW-Authenticate", 'Basic realm="test"')])
        tries = seen.get(self.path, 0)
        seen[self.path] = tries + 1
        if tries == 0:
            return self.answer(503)
        log.write(json.dumps({"path": self.path, "type": self.headers["Content-Type"], "lines": body.count(b"\n")}) + "\n")
        log.flush()
        self.answer(204)
    def log_message(self, *args):
        pass
http.server.HTTPServer(("127.0.0.1", int(sys.argv[1])), Handler).serve_forever()
"#;

#[test]
fn basic_auth_is_answered_and_server_errors_are_retried() {
    let dir = tempfile::tempdir().unwrap();
    let store = corpus_store(dir.path());
    let (_, counts) = local_graphs(&store);
    let python = std::env::var_os("NEWSGRAPH_VENV")
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|h| Path::new(&h).join(".cache/newsgraph-venv")))
        .map(|v| v.join("bin/python"))
        .expect("venv");
    let port = free_port();
    let log = dir.path().join("accepted.jsonl");
    let child = Process::new(&python)
        .arg("-c")
        .arg(FLAKY_BASIC_STORE)
        .arg(port.to_string())
        .arg(&log)
        .spawn()
        .expect("the venv's Python is required (scripts/bootstrap.sh makes it)");
    let mut server = Server(child);
    let started = Instant::now();
    while TcpStream::connect(("127.0.0.1", port)).is_err() {
        assert!(server.0.try_wait().unwrap().is_none(), "stand-in exited");
        assert!(started.elapsed() < Duration::from_secs(30));
        std::thread::sleep(Duration::from_millis(100));
    }
    let url = format!("http://127.0.0.1:{port}/gsp");
    let args = ["--graph-store", url.as_str(), "--user", "alice"];

    let (ok, err) = push(&store, &args, Some("s3cret w/ spaces"));
    assert!(ok, "{err}");
    assert!(
        err.contains(&format!("({} retried)", counts.len())),
        "{err}"
    );
    assert!(
        !err.contains("s3cret"),
        "the password is never shown: {err}"
    );
    let accepted: Vec<serde_json::Value> = std::fs::read_to_string(&log)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    let mut by_graph = BTreeMap::new();
    for a in &accepted {
        let path = a["path"].as_str().unwrap();
        let encoded = path.strip_prefix("/gsp?graph=").expect("graph parameter");
        let iri = percent_encoding::percent_decode_str(encoded)
            .decode_utf8()
            .unwrap()
            .into_owned();
        assert_eq!(a["type"], "text/turtle; charset=utf-8");
        by_graph.insert(iri, a["lines"].as_u64().unwrap() as usize);
    }
    assert_eq!(by_graph, counts, "one PUT per graph, one line per triple");

    let (ok, err) = push(&store, &args, Some("wrong"));
    assert!(!ok);
    assert!(err.contains("refused"), "{err}");
}
