//! `newsgraph push`: copies the store's named graphs (one per article, plus the resolved
//! graph) to a SPARQL 1.1 store.
//!
//! Two ways to send, both idempotent (pushing twice leaves one copy of each graph):
//! - the Graph Store HTTP Protocol: one `PUT ?graph=<iri>` per graph, which replaces it;
//! - SPARQL 1.1 Update: `DROP SILENT GRAPH <g> ; INSERT DATA { GRAPH <g> { … } }`,
//!   several graphs per request.
//!
//! Transient failures (no connection, timeouts, HTTP 5xx and 429) are retried with
//! exponential backoff a bounded number of times; a graph that still fails is reported
//! and the others are sent. Authentication answers the server's challenge with HTTP
//! Basic or Digest (Virtuoso's authenticated endpoints use Digest).

use std::io::Read;
use std::time::{Duration, Instant};

use base64::Engine;
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use oxigraph::io::{RdfFormat, RdfSerializer};
use oxigraph::model::{GraphNameRef, NamedNode, NamedOrBlankNode, Quad};
use oxigraph::store::Store as OxStore;
use percent_encoding::{NON_ALPHANUMERIC, utf8_percent_encode};

use crate::{Error, Result};

/// How graphs are sent.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Method {
    /// Graph Store HTTP Protocol: `PUT <graph-store>?graph=<iri>` per graph.
    Gsp,
    /// SPARQL 1.1 Update: `DROP SILENT GRAPH` then `INSERT DATA`, batched.
    Update,
}

/// Which HTTP authentication scheme to use with `--user`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum AuthScheme {
    /// Whatever the server asks for in its 401 answer (Basic or Digest).
    Auto,
    /// HTTP Basic, sent with the first request.
    Basic,
    /// HTTP Digest (RFC 7616), answering the server's challenge.
    Digest,
}

/// A user name and password for the target store.
#[derive(Clone)]
pub struct Credentials {
    pub user: String,
    pub password: String,
    pub scheme: AuthScheme,
}

impl std::fmt::Debug for Credentials {
    // The password never reaches a log or an error message.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Credentials")
            .field("user", &self.user)
            .field("scheme", &self.scheme)
            .finish_non_exhaustive()
    }
}

/// What to push where, and how.
#[derive(Debug, Clone)]
pub struct PushOptions {
    /// The Graph Store endpoint (`Method::Gsp`) or the update endpoint (`Method::Update`).
    pub url: String,
    pub method: Method,
    pub credentials: Option<Credentials>,
    /// Graphs per update request (`Method::Update`).
    pub batch: usize,
    /// Further attempts after a transient failure.
    pub retries: u32,
    /// Limit for each request, connection to last byte.
    pub timeout: Duration,
    /// Show a progress bar on stderr.
    pub progress: bool,
}

/// An update request is closed once it holds this many bytes (a larger graph goes alone):
/// stores limit request sizes, and a smaller request loses less to a failure.
const MAX_UPDATE_BYTES: usize = 4 << 20;

/// What a push did.
#[derive(Debug, Default, Clone)]
pub struct PushReport {
    /// Graphs in the store.
    pub graphs: usize,
    /// Graphs the target accepted.
    pub graphs_sent: usize,
    /// Triples in the graphs the target accepted.
    pub triples: usize,
    /// Bytes of the request bodies the target accepted.
    pub bytes: u64,
    /// Requests made (an authentication challenge and its answer count as one).
    pub requests: usize,
    /// Requests repeated after a transient failure.
    pub retries: usize,
    /// One line per graph (or batch) that could not be sent, with the reason.
    pub failures: Vec<String>,
    pub elapsed: Duration,
}

/// One named graph, serialized as N-Triples.
struct GraphBody {
    iri: NamedNode,
    triples: usize,
    ntriples: Vec<u8>,
}

/// Push every named graph of `store` to the target.
pub fn push(store: &OxStore, options: &PushOptions) -> Result<PushReport> {
    let started = Instant::now();
    check_url(&options.url)?;
    let graphs = read_graphs(store)?;
    let mut report = PushReport {
        graphs: graphs.len(),
        ..PushReport::default()
    };
    let bar = if options.progress {
        ProgressBar::with_draw_target(Some(graphs.len() as u64), ProgressDrawTarget::stderr())
    } else {
        ProgressBar::hidden()
    };
    bar.set_style(
        ProgressStyle::with_template("{spinner} pushing {pos}/{len} graphs {wide_bar} {eta}")
            .unwrap_or_else(|_| ProgressStyle::default_bar()),
    );
    let mut client = Client::new(options);
    for batch in batches(&graphs, options) {
        let (method, url, content_type, body) = match options.method {
            Method::Gsp => (
                "PUT",
                graph_url(&options.url, batch[0].iri.as_str()),
                // N-Triples is a subset of Turtle; `text/turtle` is the one type every
                // Graph Store implementation accepts.
                "text/turtle; charset=utf-8",
                batch[0].ntriples.clone(),
            ),
            Method::Update => (
                "POST",
                options.url.clone(),
                "application/sparql-update; charset=utf-8",
                update_text(batch),
            ),
        };
        match client.send(method, &url, content_type, &body, &mut report) {
            Ok(()) => {
                report.graphs_sent += batch.len();
                report.triples += batch.iter().map(|g| g.triples).sum::<usize>();
            }
            Err(reason) => report
                .failures
                .push(format!("{}: {reason}", describe(batch))),
        }
        bar.inc(batch.len() as u64);
    }
    bar.finish_and_clear();
    report.elapsed = started.elapsed();
    Ok(report)
}

fn check_url(url: &str) -> Result<()> {
    let rest = url
        .strip_prefix("http://")
        .or_else(|| url.strip_prefix("https://"));
    match rest {
        Some(r) if !r.is_empty() && !r.starts_with('/') => Ok(()),
        _ => Err(Error::Push(format!(
            "{url:?} is not an http:// or https:// URL"
        ))),
    }
}

/// Every named graph with its triples, sorted, so the same store sends the same bytes.
fn read_graphs(store: &OxStore) -> Result<Vec<GraphBody>> {
    let store_err = |e: &dyn std::fmt::Display| Error::Store(e.to_string());
    let mut names: Vec<NamedNode> = Vec::new();
    for g in store.named_graphs() {
        // The store mints only IRIs for graphs; a blank graph name cannot be addressed.
        if let NamedOrBlankNode::NamedNode(n) = g.map_err(|e| store_err(&e))? {
            names.push(n);
        }
    }
    names.sort();
    let mut out = Vec::with_capacity(names.len());
    for iri in names {
        let mut quads: Vec<Quad> = store
            .quads_for_pattern(
                None,
                None,
                None,
                Some(GraphNameRef::NamedNode(iri.as_ref())),
            )
            .collect::<std::result::Result<_, _>>()
            .map_err(|e| store_err(&e))?;
        quads.sort_by_cached_key(|q| q.to_string());
        let mut w = RdfSerializer::from_format(RdfFormat::NTriples).for_writer(Vec::new());
        for q in &quads {
            w.serialize_triple(q.as_ref()).map_err(Error::Output)?;
        }
        let ntriples = w.finish().map_err(Error::Output)?;
        out.push(GraphBody {
            iri,
            triples: quads.len(),
            ntriples,
        });
    }
    Ok(out)
}

/// Requests to make: one graph each for the Graph Store Protocol; for updates, up to
/// `batch` graphs as long as the request stays under `MAX_UPDATE_BYTES`.
fn batches<'a>(graphs: &'a [GraphBody], options: &PushOptions) -> Vec<&'a [GraphBody]> {
    let per_request = match options.method {
        Method::Gsp => 1,
        Method::Update => options.batch.max(1),
    };
    let mut out = Vec::new();
    let mut start = 0;
    let mut bytes = 0;
    for (i, g) in graphs.iter().enumerate() {
        let full =
            i - start == per_request || (i > start && bytes + g.ntriples.len() > MAX_UPDATE_BYTES);
        if full {
            out.push(&graphs[start..i]);
            start = i;
            bytes = 0;
        }
        bytes += g.ntriples.len();
    }
    if start < graphs.len() {
        out.push(&graphs[start..]);
    }
    out
}

/// `url` with `graph=<iri>` added to its query string.
fn graph_url(url: &str, iri: &str) -> String {
    let sep = if url.contains('?') { '&' } else { '?' };
    format!(
        "{url}{sep}graph={}",
        utf8_percent_encode(iri, NON_ALPHANUMERIC)
    )
}

/// One update that replaces each graph of the batch. N-Triples lines are valid triples
/// inside `INSERT DATA`.
fn update_text(batch: &[GraphBody]) -> Vec<u8> {
    let mut text = Vec::new();
    for (i, g) in batch.iter().enumerate() {
        if i > 0 {
            text.extend_from_slice(b" ;\n");
        }
        let iri = g.iri.as_str();
        text.extend_from_slice(
            format!("DROP SILENT GRAPH <{iri}> ;\nINSERT DATA {{ GRAPH <{iri}> {{\n").as_bytes(),
        );
        text.extend_from_slice(&g.ntriples);
        text.extend_from_slice(b"} }");
    }
    text.push(b'\n');
    text
}

fn describe(batch: &[GraphBody]) -> String {
    match batch {
        [one] => format!("graph <{}>", one.iri.as_str()),
        [first, rest @ ..] => format!("graphs <{}> and {} more", first.iri.as_str(), rest.len()),
        [] => "no graph".into(),
    }
}

/// The answer to a server's authentication challenge, kept for the next requests.
enum Challenge {
    Basic,
    Digest(Box<digest_auth::WwwAuthenticateHeader>),
}

/// HTTP with retries and authentication.
struct Client {
    agent: ureq::Agent,
    credentials: Option<Credentials>,
    challenge: Option<Challenge>,
    retries: u32,
}

/// Longest wait between two attempts.
const MAX_BACKOFF: Duration = Duration::from_secs(8);

impl Client {
    fn new(options: &PushOptions) -> Self {
        let agent = ureq::Agent::config_builder()
            .timeout_global(Some(options.timeout))
            // Error statuses are read here: their body says what the store did not like.
            .http_status_as_error(false)
            .build()
            .into();
        let challenge = match &options.credentials {
            Some(c) if c.scheme == AuthScheme::Basic => Some(Challenge::Basic),
            _ => None,
        };
        Client {
            agent,
            credentials: options.credentials.clone(),
            challenge,
            retries: options.retries,
        }
    }

    /// The `Authorization` header for this request, if there are credentials and the
    /// server's scheme is known.
    fn authorization(
        &mut self,
        method: &str,
        url: &str,
        body: &[u8],
    ) -> std::result::Result<Option<String>, String> {
        let (Some(c), Some(challenge)) = (&self.credentials, &mut self.challenge) else {
            return Ok(None);
        };
        match challenge {
            Challenge::Basic => {
                let token = base64::engine::general_purpose::STANDARD
                    .encode(format!("{}:{}", c.user, c.password));
                Ok(Some(format!("Basic {token}")))
            }
            Challenge::Digest(header) => {
                let context = digest_auth::AuthContext::new_with_method(
                    c.user.as_str(),
                    c.password.as_str(),
                    request_target(url),
                    Some(body),
                    digest_auth::HttpMethod::from(method),
                );
                header
                    .respond(&context)
                    .map(|h| Some(h.to_header_string()))
                    .map_err(|e| format!("cannot answer the Digest challenge: {e}"))
            }
        }
    }

    /// Take the scheme from a 401 answer; an error says why it cannot be answered.
    fn learn_challenge(&mut self, headers: &[String]) -> std::result::Result<(), String> {
        let Some(c) = &self.credentials else {
            return Err(
                "HTTP 401 Unauthorized: the store wants a user (--user, --password)".into(),
            );
        };
        let starts = |h: &str, scheme: &str| {
            h.len() >= scheme.len() && h[..scheme.len()].eq_ignore_ascii_case(scheme)
        };
        let digest = headers.iter().find(|h| starts(h, "digest"));
        let basic = headers.iter().any(|h| starts(h, "basic"));
        match (c.scheme, digest, basic) {
            (AuthScheme::Auto | AuthScheme::Digest, Some(h), _) => {
                let parsed = digest_auth::parse(h)
                    .map_err(|e| format!("unreadable Digest challenge {h:?}: {e}"))?;
                self.challenge = Some(Challenge::Digest(Box::new(parsed)));
                Ok(())
            }
            (AuthScheme::Auto | AuthScheme::Basic, _, true) => {
                self.challenge = Some(Challenge::Basic);
                Ok(())
            }
            _ => Err(format!(
                "HTTP 401 Unauthorized: the store asks for {} authentication",
                if headers.is_empty() {
                    "an unknown".to_string()
                } else {
                    headers.join(" or ")
                }
            )),
        }
    }

    /// Send one request until it succeeds, fails for good, or runs out of retries.
    fn send(
        &mut self,
        method: &str,
        url: &str,
        content_type: &str,
        body: &[u8],
        report: &mut PushReport,
    ) -> std::result::Result<(), String> {
        let mut attempt: u32 = 0;
        // A server may answer with a new challenge (a stale Digest nonce): answer twice at most.
        let mut auth_rounds = 0;
        loop {
            let authorization = self.authorization(method, url, body)?;
            let mut request = match method {
                "PUT" => self.agent.put(url),
                _ => self.agent.post(url),
            }
            .header("Content-Type", content_type);
            if let Some(a) = &authorization {
                request = request.header("Authorization", a);
            }
            report.requests += 1;
            let transient = match request.send(body) {
                Ok(mut response) => {
                    let status = response.status().as_u16();
                    if (200..300).contains(&status) {
                        report.bytes += body.len() as u64;
                        return Ok(());
                    }
                    if status == 401 && auth_rounds < 2 && self.credentials.is_some() {
                        let headers: Vec<String> = response
                            .headers()
                            .get_all("www-authenticate")
                            .iter()
                            .filter_map(|h| h.to_str().ok().map(str::to_string))
                            .collect();
                        // Credentials already sent and refused with the same scheme: wrong.
                        if authorization.is_some() && auth_rounds > 0 {
                            return Err("HTTP 401 Unauthorized: user or password refused".into());
                        }
                        self.learn_challenge(&headers)?;
                        // The challenge round trip is part of this request, not another.
                        report.requests -= 1;
                        auth_rounds += 1;
                        continue;
                    }
                    let text = body_excerpt(response.body_mut().as_reader());
                    let message = format!("HTTP {status}: {text}");
                    if status == 401 {
                        return Err(if self.credentials.is_some() {
                            "HTTP 401 Unauthorized: user or password refused".into()
                        } else {
                            format!("{message} (give --user and --password)")
                        });
                    }
                    if status >= 500 || status == 429 {
                        message
                    } else {
                        return Err(message);
                    }
                }
                Err(e) => e.to_string(),
            };
            if attempt >= self.retries {
                return Err(if attempt == 0 {
                    transient
                } else {
                    format!("{transient} (after {} attempts)", attempt + 1)
                });
            }
            attempt += 1;
            report.retries += 1;
            std::thread::sleep(backoff(attempt));
        }
    }
}

/// Wait before attempt `n` (1-based): 0.5 s, 1 s, 2 s, … up to `MAX_BACKOFF`.
fn backoff(n: u32) -> Duration {
    (Duration::from_millis(250) * 2u32.saturating_pow(n.min(16))).min(MAX_BACKOFF)
}

/// The first few hundred characters of an error answer, on one line.
fn body_excerpt(reader: impl Read) -> String {
    let mut bytes = Vec::new();
    let _ = reader.take(2048).read_to_end(&mut bytes);
    let text = String::from_utf8_lossy(&bytes);
    let one_line: String = text.split_whitespace().collect::<Vec<_>>().join(" ");
    one_line.chars().take(300).collect()
}

/// The path and query of `url` (what Digest authentication signs as `uri`).
fn request_target(url: &str) -> &str {
    let after_scheme = url.find("://").map(|i| &url[i + 3..]).unwrap_or(url);
    match after_scheme.find('/') {
        Some(i) => &after_scheme[i..],
        None => "/",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn graph_urls_encode_the_iri_and_keep_existing_parameters() {
        assert_eq!(
            graph_url("http://h/ds/data", "https://w3id.org/x/a b#c"),
            "http://h/ds/data?graph=https%3A%2F%2Fw3id%2Eorg%2Fx%2Fa%20b%23c"
        );
        assert!(graph_url("http://h/crud?x=1", "urn:g").starts_with("http://h/crud?x=1&graph="));
    }

    #[test]
    fn digest_signs_the_path_and_query() {
        assert_eq!(request_target("http://h:8890/a/b?graph=x"), "/a/b?graph=x");
        assert_eq!(request_target("http://h:8890"), "/");
    }

    #[test]
    fn backoff_doubles_up_to_a_ceiling() {
        assert_eq!(backoff(1), Duration::from_millis(500));
        assert_eq!(backoff(2), Duration::from_secs(1));
        assert_eq!(backoff(30), MAX_BACKOFF);
    }

    #[test]
    fn update_batches_close_at_the_graph_count() {
        let g = |n: &str| GraphBody {
            iri: NamedNode::new(format!("urn:{n}")).unwrap(),
            triples: 1,
            ntriples: b"<urn:s> <urn:p> <urn:o> .\n".to_vec(),
        };
        let graphs = vec![g("a"), g("b"), g("c")];
        let options = PushOptions {
            url: "http://h/update".into(),
            method: Method::Update,
            credentials: None,
            batch: 2,
            retries: 0,
            timeout: Duration::from_secs(1),
            progress: false,
        };
        let sizes: Vec<usize> = batches(&graphs, &options).iter().map(|b| b.len()).collect();
        assert_eq!(sizes, [2, 1]);
        let text = String::from_utf8(update_text(&graphs[..2])).unwrap();
        assert!(text.starts_with("DROP SILENT GRAPH <urn:a> ;\nINSERT DATA { GRAPH <urn:a> {\n"));
        assert!(text.contains(" ;\nDROP SILENT GRAPH <urn:b> ;"));
    }
}
