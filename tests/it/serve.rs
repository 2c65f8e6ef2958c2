//! `newsgraph serve` as its clients see it: the real binary on a free 127.0.0.1 port,
//! spoken to with the real `curl`, Python's SPARQLWrapper and rdflib (from the venv
//! scripts/bootstrap.sh makes), and headless Chromium driven by Playwright.

use std::fs::File;
use std::net::{TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Child, Command as Process, Stdio};
use std::sync::OnceLock;
use std::time::{Duration, Instant};

use oxigraph::io::{RdfFormat, RdfParser};

use crate::util::{build, newsgraph, repo, select};

const PEOPLE: &str = "PREFIX schema: <https://schema.org/> SELECT ?name WHERE { ?p a schema:Person ; schema:name ?name } ORDER BY ?name";
const PEOPLE_GRAPH: &str = "PREFIX schema: <https://schema.org/> CONSTRUCT { ?p schema:name ?name } WHERE { ?p a schema:Person ; schema:name ?name }";
/// A join of everything with itself three times: far more than any time limit allows.
const RUNAWAY: &str = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }";

/// An article whose evidence sentence carries markup, with a web address.
const SCRIPT_ARTICLE: &str = r#"{"title": "Kuleba in Brussels", "url": "https://example.org/news/kuleba-brussels", "published": "2022-02-07", "text": "Ukrainian Foreign Minister Dmytro Kuleba met NATO Secretary General Jens Stoltenberg in Brussels on Monday <script>window.__pwned = 1</script> to discuss security guarantees.\n\nKuleba said the talks were useful."}
"#;

/// One store of corpus/ plus the markup article, shared by the read-only tests.
fn store() -> PathBuf {
    static STORE: OnceLock<(tempfile::TempDir, PathBuf)> = OnceLock::new();
    STORE
        .get_or_init(|| {
            let dir = tempfile::tempdir().expect("tempdir");
            let article = dir.path().join("script.jsonl");
            std::fs::write(&article, SCRIPT_ARTICLE).unwrap();
            let store = dir.path().join("store");
            build(&store, &[&repo().join("corpus"), &article]);
            (dir, store)
        })
        .1
        .clone()
}

/// The names of every person, as `newsgraph query` gives them.
fn people_names() -> Vec<String> {
    select(&store(), PEOPLE)
        .into_iter()
        .map(|r| r[0].clone())
        .collect()
}

fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

/// A running `newsgraph serve`, killed on drop; its stderr goes to a file.
struct Endpoint {
    child: Child,
    port: u16,
    log: PathBuf,
    _dir: tempfile::TempDir,
}

impl Drop for Endpoint {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

impl Endpoint {
    fn start(store: &Path, args: &[&str]) -> Endpoint {
        Self::start_with_env(store, args, &[])
    }

    fn start_with_env(store: &Path, args: &[&str], env: &[(&str, &str)]) -> Endpoint {
        let dir = tempfile::tempdir().unwrap();
        let log = dir.path().join("stderr.log");
        let port = free_port();
        let mut cmd = Process::new(assert_cmd::cargo::cargo_bin("newsgraph"));
        cmd.arg("serve")
            .arg("--store")
            .arg(store)
            .arg("--bind")
            .arg(format!("127.0.0.1:{port}"))
            .args(args)
            .env_remove("NEWSGRAPH_TOKEN")
            .stdout(Stdio::null())
            .stderr(Stdio::from(File::create(&log).unwrap()));
        for (k, v) in env {
            cmd.env(k, v);
        }
        let child = cmd.spawn().expect("start newsgraph serve");
        let mut endpoint = Endpoint {
            child,
            port,
            log,
            _dir: dir,
        };
        let started = Instant::now();
        while TcpStream::connect(("127.0.0.1", port)).is_err() {
            if let Some(status) = endpoint.child.try_wait().unwrap() {
                panic!("serve exited with {status}: {}", endpoint.stderr());
            }
            assert!(
                started.elapsed() < Duration::from_secs(30),
                "serve did not listen: {}",
                endpoint.stderr()
            );
            std::thread::sleep(Duration::from_millis(50));
        }
        endpoint
    }

    fn url(&self) -> String {
        format!("http://127.0.0.1:{}/sparql", self.port)
    }

    fn base(&self) -> String {
        format!("http://127.0.0.1:{}/", self.port)
    }

    fn stderr(&self) -> String {
        std::fs::read_to_string(&self.log).unwrap_or_default()
    }
}

/// What curl received.
#[derive(Debug)]
struct Answer {
    status: u16,
    headers: String,
    body: String,
}

impl Answer {
    fn content_type(&self) -> String {
        self.header("content-type")
    }

    fn header(&self, name: &str) -> String {
        self.headers
            .lines()
            .find_map(|l| {
                let (k, v) = l.split_once(':')?;
                k.trim()
                    .eq_ignore_ascii_case(name)
                    .then(|| v.trim().to_string())
            })
            .unwrap_or_default()
    }
}

/// Run the real curl with `args`; the `curl` binary is required.
fn curl(args: &[&str]) -> Answer {
    let dir = tempfile::tempdir().unwrap();
    let headers = dir.path().join("headers");
    let out = Process::new("curl")
        .args(["-s", "-S", "--max-time", "60", "-D"])
        .arg(&headers)
        .args(args)
        .output()
        .expect("curl is required (scripts/bootstrap.sh installs it)");
    assert!(
        out.status.success(),
        "curl failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    let headers = std::fs::read_to_string(&headers).unwrap();
    let status = headers
        .lines()
        .next()
        .and_then(|l| l.split_whitespace().nth(1))
        .and_then(|s| s.parse().ok())
        .expect("status line");
    Answer {
        status,
        headers,
        body: String::from_utf8(out.stdout).expect("utf-8 body"),
    }
}

fn get(url: &str, query: &str, accept: &str) -> Answer {
    curl(&[
        "-G",
        url,
        "--data-urlencode",
        &format!("query={query}"),
        "-H",
        &format!("Accept: {accept}"),
    ])
}

fn post_form(url: &str, field: &str, text: &str, extra: &[&str]) -> Answer {
    let data = format!("{field}={text}");
    let mut args = vec![url, "--data-urlencode", &data];
    args.extend_from_slice(extra);
    curl(&args)
}

fn post_body(url: &str, content_type: &str, body: &str, extra: &[&str]) -> Answer {
    let ct = format!("Content-Type: {content_type}");
    let mut args = vec![url, "-H", &ct, "--data-binary", body];
    args.extend_from_slice(extra);
    curl(&args)
}

#[test]
fn select_answers_in_every_results_format_by_get_and_post() {
    let ep = Endpoint::start(&store(), &[]);
    let names = people_names();
    assert!(names.iter().any(|n| n == "Jens Stoltenberg"), "{names:?}");

    // JSON by GET, the default: the same people `newsgraph query` finds in the union
    // of the named graphs.
    let a = get(&ep.url(), PEOPLE, "application/sparql-results+json");
    assert_eq!(a.status, 200, "{}", a.body);
    assert_eq!(a.content_type(), "application/sparql-results+json");
    let json: serde_json::Value = serde_json::from_str(&a.body).unwrap();
    let served: Vec<String> = json["results"]["bindings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|b| b["name"]["value"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(served, names);

    // XML by GET.
    let a = get(&ep.url(), PEOPLE, "application/sparql-results+xml");
    assert_eq!(a.status, 200);
    assert_eq!(a.content_type(), "application/sparql-results+xml");
    assert!(
        a.body.contains("<literal>Jens Stoltenberg</literal>"),
        "{}",
        a.body
    );

    // CSV by a POSTed form.
    let a = post_form(&ep.url(), "query", PEOPLE, &["-H", "Accept: text/csv"]);
    assert_eq!(a.status, 200);
    assert!(a.content_type().starts_with("text/csv"));
    let lines: Vec<&str> = a.body.lines().map(str::trim_end).collect();
    assert_eq!(lines[0], "name");
    assert_eq!(lines[1..].len(), names.len());
    assert!(lines.contains(&"Jens Stoltenberg"));

    // TSV by a POSTed application/sparql-query body.
    let a = post_body(
        &ep.url(),
        "application/sparql-query",
        PEOPLE,
        &["-H", "Accept: text/tab-separated-values"],
    );
    assert_eq!(a.status, 200);
    assert!(a.content_type().starts_with("text/tab-separated-values"));
    assert!(
        a.body.lines().any(|l| l == "\"Jens Stoltenberg\""),
        "{}",
        a.body
    );

    // The format parameter overrides Accept.
    let a = curl(&[
        "-G",
        &ep.url(),
        "--data-urlencode",
        &format!("query={PEOPLE}"),
        "--data-urlencode",
        "format=csv",
        "-H",
        "Accept: application/sparql-results+json",
    ]);
    assert!(a.content_type().starts_with("text/csv"));

    // ASK.
    let a = get(
        &ep.url(),
        "ASK { ?p <https://schema.org/name> \"Jens Stoltenberg\" }",
        "application/sparql-results+json",
    );
    assert_eq!(a.status, 200);
    let json: serde_json::Value = serde_json::from_str(&a.body).unwrap();
    assert_eq!(json["boolean"], serde_json::Value::Bool(true));

    // One log line per request, without the query.
    let log = ep.stderr();
    assert!(log.contains("GET /sparql 200"), "{log}");
    assert!(log.contains("POST /sparql 200"), "{log}");
    assert!(!log.contains("Stoltenberg"), "{log}");
}

#[test]
fn a_dataset_named_by_the_query_or_the_request_replaces_the_union() {
    let ep = Endpoint::start(&store(), &[]);
    let per_graph = get(
        &ep.url(),
        "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g ORDER BY DESC(?n) LIMIT 1",
        "application/sparql-results+json",
    );
    let json: serde_json::Value = serde_json::from_str(&per_graph.body).unwrap();
    let row = &json["results"]["bindings"][0];
    let graph = row["g"]["value"].as_str().unwrap().to_string();
    let in_graph = row["n"]["value"].as_str().unwrap().to_string();
    let count = |a: Answer| a.body.lines().nth(1).unwrap_or_default().trim().to_string();
    let all = count(get(
        &ep.url(),
        "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }",
        "text/csv",
    ));
    assert!(all.parse::<u64>().unwrap() > in_graph.parse::<u64>().unwrap());
    let from = count(get(
        &ep.url(),
        &format!("SELECT (COUNT(*) AS ?n) FROM <{graph}> WHERE {{ ?s ?p ?o }}"),
        "text/csv",
    ));
    assert_eq!(from, in_graph);
    let by_parameter = count(curl(&[
        "-G",
        &ep.url(),
        "--data-urlencode",
        "query=SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }",
        "--data-urlencode",
        &format!("default-graph-uri={graph}"),
        "-H",
        "Accept: text/csv",
    ]));
    assert_eq!(by_parameter, in_graph);
}

#[test]
fn construct_answers_in_every_rdf_format() {
    let ep = Endpoint::start(&store(), &[]);
    let people = people_names().len();
    for (accept, format) in [
        ("text/turtle", RdfFormat::Turtle),
        ("application/n-triples", RdfFormat::NTriples),
        (
            "application/ld+json",
            RdfFormat::from_media_type("application/ld+json").unwrap(),
        ),
        ("application/rdf+xml", RdfFormat::RdfXml),
    ] {
        let a = post_body(
            &ep.url(),
            "application/sparql-query",
            PEOPLE_GRAPH,
            &["-H", &format!("Accept: {accept}")],
        );
        assert_eq!(a.status, 200, "{accept}: {}", a.body);
        assert!(a.content_type().starts_with(accept), "{}", a.content_type());
        let triples: Vec<_> = RdfParser::from_format(format)
            .for_slice(a.body.as_bytes())
            .collect::<Result<_, _>>()
            .unwrap_or_else(|e| panic!("{accept} does not parse: {e}\n{}", a.body));
        assert_eq!(triples.len(), people, "{accept}");
        assert!(a.body.contains("Jens Stoltenberg"), "{accept}");
    }
}

#[test]
fn formats_that_cannot_be_served_get_406() {
    let ep = Endpoint::start(&store(), &[]);
    let a = get(&ep.url(), PEOPLE_GRAPH, "text/csv");
    assert_eq!(a.status, 406);
    assert!(
        a.body.contains("text/turtle"),
        "lists what is available: {}",
        a.body
    );
    let a = get(&ep.url(), PEOPLE, "text/turtle");
    assert_eq!(a.status, 406);
    assert!(a.content_type().starts_with("text/plain"));
}

#[test]
fn a_read_only_endpoint_refuses_updates_and_keeps_the_data() {
    let ep = Endpoint::start(&store(), &[]);
    let update = "DELETE WHERE { ?p <https://schema.org/name> ?n }";
    let a = post_body(&ep.url(), "application/sparql-update", update, &[]);
    assert_eq!(a.status, 403, "{}", a.body);
    assert!(a.body.contains("read-only"));
    let a = post_form(
        &ep.url(),
        "update",
        update,
        &["-H", "Authorization: Bearer anything"],
    );
    assert_eq!(a.status, 403);
    let a = curl(&[
        "-G",
        &ep.url(),
        "--data-urlencode",
        &format!("update={update}"),
    ]);
    assert_eq!(a.status, 400);
    let a = get(&ep.url(), PEOPLE, "text/csv");
    assert_eq!(a.body.lines().count() - 1, people_names().len());
}

#[test]
fn updates_need_the_token_and_the_token_never_reaches_the_log() {
    let dir = tempfile::tempdir().unwrap();
    let article = dir.path().join("a.jsonl");
    std::fs::write(&article, SCRIPT_ARTICLE).unwrap();
    let store = dir.path().join("store");
    build(&store, &[&article]);
    let token = "correct-horse-battery-staple";
    let token_file = dir.path().join("token");
    std::fs::write(&token_file, format!("{token}\n")).unwrap();
    let ep = Endpoint::start(
        &store,
        &[
            "--allow-update",
            "--token-file",
            token_file.to_str().unwrap(),
        ],
    );
    let insert = "INSERT DATA { GRAPH <urn:x:notes> { <urn:x:a> <urn:x:says> \"added\" } }";
    let ask = "ASK { <urn:x:a> <urn:x:says> \"added\" }";

    let a = post_body(&ep.url(), "application/sparql-update", insert, &[]);
    assert_eq!(a.status, 401, "{}", a.body);
    assert_eq!(a.header("www-authenticate"), "Bearer");
    let a = post_body(
        &ep.url(),
        "application/sparql-update",
        insert,
        &["-H", "Authorization: Bearer correct-horse-battery-stapl"],
    );
    assert_eq!(a.status, 401);
    assert!(!a.body.contains(token));
    assert!(
        get(&ep.url(), ask, "application/sparql-results+json")
            .body
            .contains("false")
    );

    let bearer = format!("Authorization: Bearer {token}");
    let a = post_body(
        &ep.url(),
        "application/sparql-update",
        insert,
        &["-H", &bearer],
    );
    assert_eq!(a.status, 200, "{}", a.body);
    assert!(
        get(&ep.url(), ask, "application/sparql-results+json")
            .body
            .contains("true")
    );
    // A form-encoded update works the same way.
    let a = post_form(
        &ep.url(),
        "update",
        "DELETE DATA { GRAPH <urn:x:notes> { <urn:x:a> <urn:x:says> \"added\" } }",
        &["-H", &bearer],
    );
    assert_eq!(a.status, 200);
    assert!(
        get(&ep.url(), ask, "application/sparql-results+json")
            .body
            .contains("false")
    );

    let log = ep.stderr();
    assert!(log.contains("POST /sparql 401"), "{log}");
    assert!(!log.contains(token), "{log}");
    drop(ep);

    // The token can come from the environment too.
    let ep = Endpoint::start_with_env(&store, &["--allow-update"], &[("NEWSGRAPH_TOKEN", token)]);
    let a = post_body(
        &ep.url(),
        "application/sparql-update",
        insert,
        &["-H", &bearer],
    );
    assert_eq!(a.status, 200, "{}", a.body);
}

#[test]
fn allowing_updates_without_a_token_is_a_usage_error() {
    let out = newsgraph()
        .args([
            "serve",
            "--allow-update",
            "--bind",
            "127.0.0.1:1",
            "--store",
        ])
        .arg(store())
        .env_remove("NEWSGRAPH_TOKEN")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("needs a token"));
}

#[test]
fn a_query_past_the_time_limit_gets_503_on_time() {
    let ep = Endpoint::start(&store(), &["--timeout", "1"]);
    let started = Instant::now();
    let a = post_form(&ep.url(), "query", RUNAWAY, &[]);
    assert_eq!(a.status, 503, "{}", a.body);
    assert!(a.body.contains("time limit"), "{}", a.body);
    assert!(
        started.elapsed() < Duration::from_secs(10),
        "{:?}",
        started.elapsed()
    );
    // Sorting the same join notices the cancellation only when it is done, minutes
    // later: the client still gets its answer at the limit.
    let started = Instant::now();
    let a = post_form(
        &ep.url(),
        "query",
        "SELECT * WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i } ORDER BY ?i",
        &[],
    );
    assert_eq!(a.status, 503, "{}", a.body);
    assert!(
        started.elapsed() < Duration::from_secs(10),
        "{:?}",
        started.elapsed()
    );
    // The endpoint goes on answering.
    let a = get(&ep.url(), "ASK {}", "application/sparql-results+json");
    assert_eq!(a.status, 200);
}

#[test]
fn answers_larger_than_the_result_limit_get_422() {
    let ep = Endpoint::start(&store(), &["--max-results", "3"]);
    let a = get(&ep.url(), PEOPLE, "text/csv");
    assert_eq!(a.status, 422, "{}", a.body);
    assert!(a.body.contains("more than 3 rows"), "{}", a.body);
    let a = get(&ep.url(), PEOPLE_GRAPH, "text/turtle");
    assert_eq!(a.status, 422);
    let a = get(&ep.url(), &format!("{PEOPLE} LIMIT 3"), "text/csv");
    assert_eq!(a.status, 200);
    assert_eq!(a.body.lines().count(), 4);
}

#[test]
fn bodies_over_the_limit_get_413() {
    let ep = Endpoint::start(&store(), &["--max-body", "200"]);
    let padded = format!("{PEOPLE} # {}", "x".repeat(300));
    let a = post_body(&ep.url(), "application/sparql-query", &padded, &[]);
    assert_eq!(a.status, 413, "{}", a.body);
    assert!(a.body.contains("200 bytes"));
    // Chunked, without a Content-Length, too.
    let a = post_body(
        &ep.url(),
        "application/sparql-query",
        &padded,
        &["-H", "Transfer-Encoding: chunked"],
    );
    assert_eq!(a.status, 413, "{}", a.body);
    let a = post_body(&ep.url(), "application/sparql-query", PEOPLE, &[]);
    assert_eq!(a.status, 200);
}

#[test]
fn service_is_refused_unless_its_host_is_allowed() {
    // The remote: another endpoint over the same store.
    let remote = Endpoint::start(&store(), &[]);
    let federated = format!(
        "SELECT ?name WHERE {{ SERVICE <{}> {{ ?p a <https://schema.org/Person> ; <https://schema.org/name> ?name }} }}",
        remote.url()
    );
    let closed = Endpoint::start(&store(), &[]);
    let a = get(&closed.url(), &federated, "text/csv");
    assert_eq!(a.status, 400, "{}", a.body);
    assert!(a.body.contains("not allowed"), "{}", a.body);
    assert!(
        !remote.stderr().contains("POST /sparql"),
        "no request reached the remote"
    );

    let host = format!("127.0.0.1:{}", remote.port);
    let open = Endpoint::start(&store(), &["--allow-service", &host]);
    let a = get(&open.url(), &federated, "text/csv");
    assert_eq!(a.status, 200, "{}", a.body);
    assert_eq!(a.body.lines().count() - 1, people_names().len());
    assert!(remote.stderr().contains("POST /sparql 200"));
    // Another port on the same host is still refused.
    let elsewhere = federated.replace(&remote.port.to_string(), &closed.port.to_string());
    assert_eq!(get(&open.url(), &elsewhere, "text/csv").status, 400);
}

#[test]
fn queries_beyond_the_concurrency_cap_get_503_with_retry_after() {
    let ep = Endpoint::start(&store(), &["--max-concurrent", "1", "--timeout", "3"]);
    let url = ep.url();
    let slow = std::thread::spawn(move || post_form(&url, "query", RUNAWAY, &[]));
    std::thread::sleep(Duration::from_millis(700));
    let a = get(&ep.url(), "ASK {}", "application/sparql-results+json");
    assert_eq!(a.status, 503, "{}", a.body);
    assert_eq!(a.header("retry-after"), "1");
    assert!(a.body.contains("too many queries"));
    assert_eq!(slow.join().unwrap().status, 503);
    // The slot is free again once the cancelled evaluation has wound down.
    let started = Instant::now();
    while get(&ep.url(), "ASK {}", "application/sparql-results+json").status != 200 {
        assert!(
            started.elapsed() < Duration::from_secs(10),
            "the slot was never freed"
        );
        std::thread::sleep(Duration::from_millis(200));
    }
}

#[test]
fn clients_within_the_cap_never_get_503() {
    // As many clients as the cap, each sending its next query as soon as it has the
    // previous answer: every answer is a 200 (the slot is free before the answer goes).
    let ep = Endpoint::start(&store(), &["--max-concurrent", "3"]);
    let clients: Vec<_> = (0..3)
        .map(|_| {
            let url = ep.url();
            std::thread::spawn(move || {
                (0..15)
                    .map(|_| {
                        get(&url, "ASK { ?s ?p ?o }", "application/sparql-results+json").status
                    })
                    .collect::<Vec<u16>>()
            })
        })
        .collect();
    for c in clients {
        let statuses = c.join().unwrap();
        assert!(statuses.iter().all(|&s| s == 200), "{statuses:?}");
    }
}

#[test]
fn port_zero_serves_on_a_free_port_and_says_which() {
    let mut child = Process::new(assert_cmd::cargo::cargo_bin("newsgraph"))
        .args(["serve", "--bind", "127.0.0.1:0", "--store"])
        .arg(store())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stderr = std::io::BufReader::new(child.stderr.take().unwrap());
    let mut line = String::new();
    std::io::BufRead::read_line(&mut stderr, &mut line).unwrap();
    let url = line
        .split_whitespace()
        .find(|w| w.starts_with("http://127.0.0.1:") && !w.ends_with(":0/"))
        .unwrap_or_else(|| panic!("no address in {line:?}"))
        .to_string();
    let a = get(
        &format!("{url}sparql"),
        "ASK {}",
        "application/sparql-results+json",
    );
    let _ = child.kill();
    let _ = child.wait();
    assert_eq!(a.status, 200);
}

#[test]
fn browsers_on_other_origins_may_query() {
    let ep = Endpoint::start(&store(), &[]);
    let a = curl(&[
        "-X",
        "OPTIONS",
        &ep.url(),
        "-H",
        "Origin: https://example.org",
        "-H",
        "Access-Control-Request-Method: POST",
    ]);
    assert_eq!(a.status, 204);
    assert_eq!(a.header("access-control-allow-origin"), "*");
    // (oxhttp drops Access-Control-Allow-Methods from responses; without it a browser
    // allows the CORS-safelisted methods, GET and POST, which are all /sparql needs.)
    assert!(
        a.header("access-control-allow-headers")
            .contains("Content-Type")
    );
    let a = get(&ep.url(), "ASK {}", "application/sparql-results+json");
    assert_eq!(a.header("access-control-allow-origin"), "*");
}

#[test]
fn the_page_and_its_files_are_served_from_the_binary() {
    let ep = Endpoint::start(&store(), &[]);
    let a = curl(&[&ep.base()]);
    assert_eq!(a.status, 200);
    assert!(a.content_type().starts_with("text/html"));
    assert!(
        a.header("content-security-policy")
            .contains("script-src 'self'")
    );
    for path in ["app.js", "style.css", "vendor/cytoscape.min.js"] {
        assert_eq!(
            curl(&[&format!("{}{path}", ep.base())]).status,
            200,
            "{path}"
        );
    }
    let a = curl(&[&format!("{}examples.json", ep.base())]);
    let examples: serde_json::Value = serde_json::from_str(&a.body).unwrap();
    let talks = examples
        .as_array()
        .unwrap()
        .iter()
        .find(|e| e["name"] == "talks")
        .expect("talks example");
    let text = std::fs::read_to_string(repo().join("ontology/queries/talks.rq")).unwrap();
    assert_eq!(talks["query"].as_str().unwrap(), text);
    assert_eq!(curl(&[&format!("{}nothing-here", ep.base())]).status, 404);
}

/// The venv scripts/bootstrap.sh fills: $NEWSGRAPH_VENV or ~/.cache/newsgraph-venv.
fn venv_python() -> PathBuf {
    let venv = std::env::var_os("NEWSGRAPH_VENV")
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|h| Path::new(&h).join(".cache/newsgraph-venv")))
        .expect("NEWSGRAPH_VENV or HOME");
    let python = venv.join("bin/python");
    assert!(
        python.exists(),
        "{} is missing: run scripts/bootstrap.sh",
        python.display()
    );
    python
}

#[test]
fn python_sparql_clients_query_the_endpoint() {
    let ep = Endpoint::start(&store(), &[]);
    let out = Process::new(venv_python())
        .arg(repo().join("tests/python/sparql_clients.py"))
        .arg(ep.url())
        .arg("Jens Stoltenberg")
        .arg(people_names().len().to_string())
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}\n{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(String::from_utf8_lossy(&out.stdout).contains("SPARQLWrapper and rdflib: ok"));
}

/// playwright-core, installed by scripts/bootstrap.sh: $NEWSGRAPH_NODE or ~/.cache/newsgraph-node.
fn node_modules() -> PathBuf {
    let dir = std::env::var_os("NEWSGRAPH_NODE")
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|h| Path::new(&h).join(".cache/newsgraph-node")))
        .expect("NEWSGRAPH_NODE or HOME")
        .join("node_modules");
    assert!(
        dir.join("playwright-core").exists(),
        "playwright-core is missing in {}: run scripts/bootstrap.sh",
        dir.display()
    );
    dir
}

#[test]
fn the_page_runs_a_query_draws_the_graph_and_shows_evidence_as_text() {
    let ep = Endpoint::start(&store(), &[]);
    let chromium =
        std::env::var("NEWSGRAPH_CHROMIUM").unwrap_or_else(|_| "/usr/bin/chromium".into());
    assert!(
        Path::new(&chromium).exists(),
        "{chromium} is missing: run scripts/bootstrap.sh"
    );
    // Cargo's scratch folder for integration tests (inside the target directory).
    let shots = option_env!("CARGO_TARGET_TMPDIR")
        .map(PathBuf::from)
        .unwrap_or_else(std::env::temp_dir);
    let screenshot = shots.join("newsgraph-serve-page.png");
    let _ = std::fs::remove_file(&screenshot);
    let profile = tempfile::tempdir().unwrap();
    let out = Process::new("node")
        .arg(repo().join("tests/browser/page.js"))
        .arg(ep.base())
        .arg(&screenshot)
        .arg(profile.path())
        .arg(&chromium)
        .env("NODE_PATH", node_modules())
        .output()
        .expect("node is required (scripts/bootstrap.sh installs it)");
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success(),
        "{stdout}\n{}\n{}",
        String::from_utf8_lossy(&out.stderr),
        ep.stderr()
    );
    assert!(stdout.contains("page: ok"), "{stdout}");
    assert!(screenshot.exists());
    print!("{stdout}");
}
