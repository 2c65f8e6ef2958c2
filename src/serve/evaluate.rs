//! A query or update evaluated under the endpoint's limits, answered in the negotiated
//! format. Answers are written to memory first: a limit that trips halfway through
//! then gives a clean error status instead of a truncated 200.

use oxhttp::model::header::{self, HeaderValue};
use oxhttp::model::{Body, Response, StatusCode};
use oxigraph::io::RdfSerializer;
use oxigraph::model::{GraphName, NamedNode, NamedOrBlankNode};
use oxigraph::sparql::results::QueryResultsSerializer;
use oxigraph::sparql::{QueryEvaluationError, QueryResults, SparqlEvaluator};
use oxigraph::store::Store as OxStore;

use super::limits::{Deadline, Limits};
use super::negotiate;
use super::protocol::{HttpError, QueryRequest};
use super::service::{ServiceError, ServicePolicy};
use crate::query::{self, PREFIXES};

/// A successful answer.
pub struct Reply {
    content_type: &'static str,
    body: Vec<u8>,
}

impl Reply {
    pub fn into_response(self) -> Response<Body> {
        let mut response = Response::builder()
            .status(StatusCode::OK)
            .body(Body::from(self.body))
            .expect("valid response");
        let h = response.headers_mut();
        h.insert(
            header::CONTENT_TYPE,
            HeaderValue::from_static(self.content_type),
        );
        // Answers depend on the Accept header.
        h.insert(header::VARY, HeaderValue::from_static("Accept"));
        response
    }
}

fn evaluator(deadline: &Deadline, services: &ServicePolicy) -> SparqlEvaluator {
    SparqlEvaluator::new()
        .with_cancellation_token(deadline.token())
        .with_default_service_handler(services.clone())
}

/// Evaluate a query with the union of all named graphs as the default graph (as
/// `newsgraph query` does), unless the request or the query names a dataset.
pub fn query(
    db: &OxStore,
    request: &QueryRequest,
    accept: Option<&str>,
    limits: &Limits,
    services: &ServicePolicy,
) -> Result<Reply, HttpError> {
    let deadline = Deadline::start(limits.timeout);
    let mut prepared = query::prepare(evaluator(&deadline, services), &request.query)
        .map_err(|e| HttpError::new(StatusCode::BAD_REQUEST, e.to_string()))?;
    if !request.default_graphs.is_empty() || !request.named_graphs.is_empty() {
        let dataset = prepared.dataset_mut();
        dataset.set_default_graph(
            request
                .default_graphs
                .iter()
                .map(|g| named_node(g).map(GraphName::from))
                .collect::<Result<_, _>>()?,
        );
        if !request.named_graphs.is_empty() {
            dataset.set_available_named_graphs(
                request
                    .named_graphs
                    .iter()
                    .map(|g| named_node(g).map(NamedOrBlankNode::from))
                    .collect::<Result<_, _>>()?,
            );
        }
    }
    let format = request.format.as_deref();
    let fail = |e| evaluation_error(e, limits);
    let write =
        |e: std::io::Error| HttpError::new(StatusCode::INTERNAL_SERVER_ERROR, e.to_string());
    let mut body = Vec::new();
    let content_type = match prepared.on_store(db).execute().map_err(fail)? {
        QueryResults::Solutions(solutions) => {
            let f = negotiate::results_format(accept, format)?;
            let vars = solutions.variables().to_vec();
            let mut w = QueryResultsSerializer::from_format(f)
                .serialize_solutions_to_writer(&mut body, vars)
                .map_err(write)?;
            for (n, s) in solutions.enumerate() {
                let s = s.map_err(fail)?;
                if n >= limits.max_results {
                    return Err(too_many(limits, "rows"));
                }
                w.serialize(&s).map_err(write)?;
            }
            w.finish().map_err(write)?;
            f.media_type()
        }
        QueryResults::Boolean(b) => {
            let f = negotiate::results_format(accept, format)?;
            QueryResultsSerializer::from_format(f)
                .serialize_boolean_to_writer(&mut body, b)
                .map_err(write)?;
            f.media_type()
        }
        QueryResults::Graph(triples) => {
            let f = negotiate::graph_format(accept, format)?;
            let mut serializer = RdfSerializer::from_format(f);
            for (p, iri) in PREFIXES {
                serializer = serializer.with_prefix(*p, *iri).map_err(|e| {
                    HttpError::new(StatusCode::INTERNAL_SERVER_ERROR, e.to_string())
                })?;
            }
            let mut w = serializer.for_writer(&mut body);
            for (n, t) in triples.enumerate() {
                let t = t.map_err(fail)?;
                if n >= limits.max_results {
                    return Err(too_many(limits, "triples"));
                }
                w.serialize_triple(&t).map_err(write)?;
            }
            w.finish().map_err(write)?;
            f.media_type()
        }
    };
    Ok(Reply { content_type, body })
}

/// Run a SPARQL Update (the caller has checked the token).
pub fn update(
    db: &OxStore,
    update: &str,
    limits: &Limits,
    services: &ServicePolicy,
) -> Result<Reply, HttpError> {
    let deadline = Deadline::start(limits.timeout);
    let prepared = query::with_prefixes(evaluator(&deadline, services))
        .map_err(|e| HttpError::new(StatusCode::INTERNAL_SERVER_ERROR, e.to_string()))?
        .parse_update(update)
        .map_err(|e| HttpError::new(StatusCode::BAD_REQUEST, format!("SPARQL: {e}")))?;
    prepared.on_store(db).execute().map_err(|e| {
        if deadline.passed() {
            timed_out(limits)
        } else {
            HttpError::new(StatusCode::BAD_REQUEST, format!("update failed: {e}"))
        }
    })?;
    Ok(Reply {
        content_type: "text/plain; charset=utf-8",
        body: b"update done\n".to_vec(),
    })
}

fn named_node(iri: &str) -> Result<NamedNode, HttpError> {
    NamedNode::new(iri).map_err(|e| {
        HttpError::new(
            StatusCode::BAD_REQUEST,
            format!("invalid graph IRI <{iri}>: {e}"),
        )
    })
}

fn too_many(limits: &Limits, what: &str) -> HttpError {
    HttpError::new(
        StatusCode::UNPROCESSABLE_ENTITY,
        format!(
            "the answer has more than {} {what} (--max-results); add a LIMIT or narrow the query",
            limits.max_results
        ),
    )
}

pub fn timed_out(limits: &Limits) -> HttpError {
    HttpError::new(
        StatusCode::SERVICE_UNAVAILABLE,
        format!(
            "the query was stopped after the time limit of {} s (--timeout)",
            limits.timeout.as_secs_f64()
        ),
    )
}

fn evaluation_error(e: QueryEvaluationError, limits: &Limits) -> HttpError {
    match e {
        QueryEvaluationError::Cancelled => timed_out(limits),
        QueryEvaluationError::Service(inner) => match inner.downcast_ref::<ServiceError>() {
            Some(refused @ ServiceError::Refused(_)) => {
                HttpError::new(StatusCode::BAD_REQUEST, refused.to_string())
            }
            Some(failed) => HttpError::new(StatusCode::BAD_GATEWAY, failed.to_string()),
            None => HttpError::new(StatusCode::BAD_GATEWAY, inner.to_string()),
        },
        QueryEvaluationError::Dataset(inner) => {
            HttpError::new(StatusCode::INTERNAL_SERVER_ERROR, format!("store: {inner}"))
        }
        other => HttpError::new(StatusCode::BAD_REQUEST, format!("SPARQL: {other}")),
    }
}
