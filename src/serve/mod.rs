//! `newsgraph serve`: the store as a SPARQL 1.1 Protocol endpoint at `/sparql`, and a
//! page at `/` to query the graph and explore it as a network.
//!
//! The HTTP server is oxhttp (one thread per connection, as in Oxigraph's own server).
//! Every query runs under [`Limits`]; the store is opened read-only unless updates are
//! allowed with a token ([`UpdateToken`]); `SERVICE` reaches only allowed hosts.

mod auth;
mod evaluate;
mod limits;
mod negotiate;
mod page;
mod protocol;
mod service;

use std::net::SocketAddr;
use std::path::Path;
use std::sync::Arc;
use std::sync::mpsc::RecvTimeoutError;
use std::time::{Duration, Instant};

use oxhttp::model::header::{self, HeaderValue};
use oxhttp::model::{Body, Method, Request, Response, StatusCode};

pub use auth::UpdateToken;
pub use limits::Limits;

use crate::store::Store;
use crate::{Error, Result};
use protocol::{HttpError, Operation};

/// How the endpoint is set up.
#[derive(Debug)]
pub struct ServeOptions {
    pub bind: SocketAddr,
    pub limits: Limits,
    /// SPARQL Update is accepted with this bearer token; `None`: the endpoint is read-only.
    pub update_token: Option<UpdateToken>,
    /// Hosts `SERVICE` may call (exact host names, or `host:port`).
    pub allowed_service_hosts: Vec<String>,
}

/// One answered request, for the log. Never carries the query or any header.
pub struct RequestLog<'a> {
    pub method: &'a str,
    pub path: &'a str,
    pub status: u16,
    pub elapsed: Duration,
}

/// A started endpoint.
pub struct Running {
    server: oxhttp::ListeningServer,
    pub url: String,
}

impl Running {
    /// Serve until the process ends.
    pub fn join(self) -> Result<()> {
        self.server
            .join()
            .map_err(|e| Error::Serve(format!("server stopped: {e}")))
    }
}

type Logger = Box<dyn Fn(&RequestLog<'_>) + Send + Sync>;

struct Endpoint {
    store: Store,
    options: ServeOptions,
    gate: limits::Gate,
    services: service::ServicePolicy,
    log: Logger,
}

/// Open the store and start listening; `log` is called once per request.
pub fn start(
    store_dir: &Path,
    options: ServeOptions,
    log: impl Fn(&RequestLog<'_>) + Send + Sync + 'static,
) -> Result<Running> {
    // Writing is opened only when updates are allowed: a read-only endpoint cannot change
    // the store whatever it is sent, and leaves it free for `build`.
    let store = if options.update_token.is_some() {
        Store::open(store_dir)?
    } else {
        Store::open_read_only(store_dir)?
    };
    let services =
        service::ServicePolicy::new(&options.allowed_service_hosts, options.limits.timeout);
    let gate = limits::Gate::new(options.limits.max_concurrent);
    let bind = concrete_address(options.bind)?;
    // Connections beyond the query cap still get their 503 quickly; past this bound the
    // listener waits instead of starting threads without limit.
    let max_connections = options.limits.max_concurrent.saturating_mul(4).max(16);
    // Idle keep-alive connections and slow clients are dropped after the query time
    // limit plus a margin.
    let socket_timeout = options.limits.timeout + Duration::from_secs(30);
    let endpoint = Arc::new(Endpoint {
        store,
        options,
        gate,
        services,
        log: Box::new(log),
    });
    let server = oxhttp::Server::new(move |request| endpoint.answer(request))
        .bind(bind)
        .with_server_name(concat!("newsgraph/", env!("CARGO_PKG_VERSION")))
        .map_err(|e| Error::Serve(e.to_string()))?
        .with_global_timeout(socket_timeout)
        .with_max_concurrent_connections(max_connections)
        .spawn()
        .map_err(|e| Error::Serve(format!("cannot listen on {bind}: {e}")))?;
    Ok(Running {
        server,
        url: format!("http://{bind}/"),
    })
}

/// Port 0 asks for any free port: find one now, so that the address printed is the one
/// served.
fn concrete_address(bind: SocketAddr) -> Result<SocketAddr> {
    if bind.port() != 0 {
        return Ok(bind);
    }
    std::net::TcpListener::bind(bind)
        .and_then(|l| l.local_addr())
        .map_err(|e| Error::Serve(format!("cannot listen on {bind}: {e}")))
}

impl Endpoint {
    fn answer(&self, request: &mut Request<Body>) -> Response<Body> {
        let started = Instant::now();
        let method = request.method().clone();
        let path = request.uri().path().to_string();
        let response = match (method.clone(), path.as_str()) {
            (Method::OPTIONS, "/sparql") => with_cors(preflight()),
            (Method::GET | Method::POST, "/sparql") => with_cors(
                self.sparql(request)
                    .unwrap_or_else(HttpError::into_response),
            ),
            (_, "/sparql") => with_cors(
                HttpError::new(StatusCode::METHOD_NOT_ALLOWED, "use GET or POST at /sparql")
                    .with_header(header::ALLOW, "GET, POST, OPTIONS")
                    .into_response(),
            ),
            (Method::GET | Method::HEAD, "/" | "/index.html") => page::index(),
            (Method::GET | Method::HEAD, p) => page::asset(p).unwrap_or_else(page::not_found),
            _ => page::not_found(),
        };
        (self.log)(&RequestLog {
            method: method.as_str(),
            path: &path,
            status: response.status().as_u16(),
            elapsed: started.elapsed(),
        });
        response
    }

    fn sparql(&self, request: &mut Request<Body>) -> Result<Response<Body>, HttpError> {
        let operation = protocol::read_operation(request, self.options.limits.max_body)?;
        let limits = &self.options.limits;
        let slot = self.gate.enter().ok_or_else(|| {
            HttpError::new(
                StatusCode::SERVICE_UNAVAILABLE,
                format!(
                    "too many queries at once (--max-concurrent {}); try again shortly",
                    limits.max_concurrent
                ),
            )
            .with_header(header::RETRY_AFTER, "1")
        })?;
        let is_update = matches!(operation, Operation::Update(_));
        if is_update {
            self.authorize_update(request)?;
        }
        let accept = request
            .headers()
            .get(header::ACCEPT)
            .and_then(|v| v.to_str().ok())
            .map(str::to_string);
        // The evaluation runs on its own thread so that the client gets its 503 at the
        // time limit even when Oxigraph cannot stop at once (a sort of a huge
        // intermediate result checks the cancellation only when it is done); the slot
        // stays taken until the work really ends, so such queries still count.
        let db = self.store.db().clone();
        let services = self.services.clone();
        let worker_limits = limits.clone();
        let (done, answer) = std::sync::mpsc::sync_channel(1);
        std::thread::spawn(move || {
            let reply = match operation {
                Operation::Query(query) => {
                    evaluate::query(&db, &query, accept.as_deref(), &worker_limits, &services)
                }
                Operation::Update(update) => {
                    evaluate::update(&db, &update, &worker_limits, &services)
                }
            };
            // The slot is given back before the answer goes out: a client that sends its
            // next query as soon as it has this answer must find the slot free.
            drop(slot);
            let _ = done.send(reply);
        });
        // An update is waited for to the end: answering 503 while it might still
        // commit would tell its client the wrong outcome.
        let outcome = if is_update {
            answer.recv().map_err(|_| RecvTimeoutError::Disconnected)
        } else {
            answer.recv_timeout(limits.timeout + Duration::from_millis(500))
        };
        let reply = match outcome {
            Ok(reply) => reply?,
            Err(RecvTimeoutError::Timeout) => return Err(evaluate::timed_out(limits)),
            Err(RecvTimeoutError::Disconnected) => {
                return Err(HttpError::new(
                    StatusCode::INTERNAL_SERVER_ERROR,
                    "the evaluation stopped unexpectedly",
                ));
            }
        };
        Ok(reply.into_response())
    }

    /// 403 when updates are off; 401 when the bearer token is missing or wrong.
    fn authorize_update(&self, request: &Request<Body>) -> Result<(), HttpError> {
        let Some(token) = &self.options.update_token else {
            return Err(HttpError::new(
                StatusCode::FORBIDDEN,
                "this endpoint is read-only (start it with --allow-update and a token to accept SPARQL Update)",
            ));
        };
        let given = request
            .headers()
            .get(header::AUTHORIZATION)
            .map(HeaderValue::as_bytes);
        if token.accepts(given) {
            Ok(())
        } else {
            Err(HttpError::new(
                StatusCode::UNAUTHORIZED,
                "SPARQL Update needs the endpoint's token as `Authorization: Bearer <token>`",
            )
            .with_header(header::WWW_AUTHENTICATE, "Bearer"))
        }
    }
}

/// Browser clients on other origins may query (read-only by default; updates still need
/// the token, which a page can only send if its user has it).
fn with_cors(mut response: Response<Body>) -> Response<Body> {
    let h = response.headers_mut();
    h.insert(
        header::ACCESS_CONTROL_ALLOW_ORIGIN,
        HeaderValue::from_static("*"),
    );
    h.insert(
        header::ACCESS_CONTROL_EXPOSE_HEADERS,
        HeaderValue::from_static("Content-Type, Retry-After"),
    );
    response
}

/// The answer to a CORS preflight. (oxhttp leaves Access-Control-Allow-Methods out of
/// every response; browsers then allow the CORS-safelisted GET and POST, which is all
/// `/sparql` takes. Allow-Headers is what lets them send `application/sparql-query`
/// bodies and an Authorization header.)
fn preflight() -> Response<Body> {
    let mut response = Response::builder()
        .status(StatusCode::NO_CONTENT)
        .body(Body::empty())
        .expect("static response");
    let h = response.headers_mut();
    h.insert(
        header::ACCESS_CONTROL_ALLOW_METHODS,
        HeaderValue::from_static("GET, POST, OPTIONS"),
    );
    h.insert(
        header::ACCESS_CONTROL_ALLOW_HEADERS,
        HeaderValue::from_static("Accept, Content-Type, Authorization"),
    );
    h.insert(
        header::ACCESS_CONTROL_MAX_AGE,
        HeaderValue::from_static("86400"),
    );
    response
}
