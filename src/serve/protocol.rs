//! The SPARQL 1.1 Protocol's request forms: a query by GET (`?query=`), by POST as a form
//! or as `application/sparql-query`; an update by POST as a form (`update=`) or as
//! `application/sparql-update`. Plus the plain-text HTTP errors every limit answers with.

use std::io::Read;

use oxhttp::model::header::{self, HeaderName, HeaderValue};
use oxhttp::model::{Body, Method, Request, Response, StatusCode};

/// An HTTP error answer: a status and a plain-text message for people.
#[derive(Debug)]
pub struct HttpError {
    pub status: StatusCode,
    pub message: String,
    headers: Vec<(HeaderName, HeaderValue)>,
}

impl HttpError {
    pub fn new(status: StatusCode, message: impl Into<String>) -> Self {
        HttpError {
            status,
            message: message.into(),
            headers: Vec::new(),
        }
    }

    pub fn with_header(mut self, name: HeaderName, value: &'static str) -> Self {
        self.headers.push((name, HeaderValue::from_static(value)));
        self
    }

    pub fn into_response(self) -> Response<Body> {
        let mut response = Response::builder()
            .status(self.status)
            .header(header::CONTENT_TYPE, "text/plain; charset=utf-8")
            .body(Body::from(format!("{}\n", self.message)))
            .expect("valid response");
        for (name, value) in self.headers {
            response.headers_mut().insert(name, value);
        }
        response
    }
}

/// What a request to `/sparql` asks for.
#[derive(Debug)]
pub enum Operation {
    Query(QueryRequest),
    Update(String),
}

#[derive(Debug, Default)]
pub struct QueryRequest {
    pub query: String,
    /// `default-graph-uri` parameters: replace the union default graph.
    pub default_graphs: Vec<String>,
    /// `named-graph-uri` parameters.
    pub named_graphs: Vec<String>,
    /// `format=` (a short name or a media type): overrides the Accept header.
    pub format: Option<String>,
}

/// Read the operation from the URL and (for POST) the body, which may be at most
/// `max_body` bytes.
pub fn read_operation(
    request: &mut Request<Body>,
    max_body: usize,
) -> Result<Operation, HttpError> {
    let url_params = params(request.uri().query().unwrap_or("").as_bytes());
    if request.method() == Method::GET {
        if has(&url_params, "update") {
            return Err(HttpError::new(
                StatusCode::BAD_REQUEST,
                "SPARQL Update must be sent with POST",
            ));
        }
        return query_from(&url_params, None);
    }
    let media_type = request
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .map(|v| {
            v.split(';')
                .next()
                .unwrap_or("")
                .trim()
                .to_ascii_lowercase()
        })
        .unwrap_or_default();
    match media_type.as_str() {
        "application/x-www-form-urlencoded" => {
            let body = read_body(request, max_body)?;
            let mut all = params(&body);
            if has(&all, "update") {
                if has(&all, "query") {
                    return Err(HttpError::new(
                        StatusCode::BAD_REQUEST,
                        "give either query= or update=, not both",
                    ));
                }
                return Ok(Operation::Update(first(&all, "update").unwrap_or_default()));
            }
            all.extend(url_params);
            query_from(&all, None)
        }
        "application/sparql-query" => {
            let text = utf8(read_body(request, max_body)?)?;
            query_from(&url_params, Some(text))
        }
        "application/sparql-update" => Ok(Operation::Update(utf8(read_body(request, max_body)?)?)),
        "" => Err(HttpError::new(
            StatusCode::UNSUPPORTED_MEDIA_TYPE,
            "a POST to /sparql needs a Content-Type: application/sparql-query, application/sparql-update or application/x-www-form-urlencoded",
        )),
        other => Err(HttpError::new(
            StatusCode::UNSUPPORTED_MEDIA_TYPE,
            format!(
                "unsupported Content-Type {other}: use application/sparql-query, application/sparql-update or application/x-www-form-urlencoded"
            ),
        )),
    }
}

fn query_from(params: &[(String, String)], body: Option<String>) -> Result<Operation, HttpError> {
    let query = match body.or_else(|| first(params, "query")) {
        Some(q) => q,
        None => {
            return Err(HttpError::new(
                StatusCode::BAD_REQUEST,
                "missing query: send ?query=… (GET), a query= form field or an application/sparql-query body (POST)",
            ));
        }
    };
    let all = |name: &str| -> Vec<String> {
        params
            .iter()
            .filter(|(k, _)| k == name)
            .map(|(_, v)| v.clone())
            .collect()
    };
    Ok(Operation::Query(QueryRequest {
        query,
        default_graphs: all("default-graph-uri"),
        named_graphs: all("named-graph-uri"),
        format: first(params, "format"),
    }))
}

/// The body, refused with 413 as soon as it is known to exceed `max_body`: from its
/// Content-Length before reading, or while reading a chunked body.
fn read_body(request: &mut Request<Body>, max_body: usize) -> Result<Vec<u8>, HttpError> {
    let too_large = || {
        HttpError::new(
            StatusCode::PAYLOAD_TOO_LARGE,
            format!("the request body is larger than the limit of {max_body} bytes (--max-body)"),
        )
    };
    let body = request.body_mut();
    if body.len().is_some_and(|n| n > max_body as u64) {
        return Err(too_large());
    }
    let mut bytes = Vec::new();
    body.take(max_body as u64 + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| {
            HttpError::new(
                StatusCode::BAD_REQUEST,
                format!("cannot read the request body: {e}"),
            )
        })?;
    if bytes.len() > max_body {
        return Err(too_large());
    }
    Ok(bytes)
}

fn utf8(bytes: Vec<u8>) -> Result<String, HttpError> {
    String::from_utf8(bytes)
        .map_err(|_| HttpError::new(StatusCode::BAD_REQUEST, "the request body is not UTF-8"))
}

fn params(encoded: &[u8]) -> Vec<(String, String)> {
    form_urlencoded::parse(encoded)
        .map(|(k, v)| (k.into_owned(), v.into_owned()))
        .collect()
}

fn has(params: &[(String, String)], name: &str) -> bool {
    params.iter().any(|(k, _)| k == name)
}

fn first(params: &[(String, String)], name: &str) -> Option<String> {
    params
        .iter()
        .find(|(k, _)| k == name)
        .map(|(_, v)| v.clone())
}
