//! The page at `/`: a query box with the project's example queries, the results as a
//! table, and the part of the graph they name drawn as a network (cytoscape, vendored
//! under `vendor/`). Everything is compiled in, so the page works with no network.
//! The script inserts values from the graph as text only (`textContent`), and the
//! Content-Security-Policy allows scripts from this server alone.

use oxhttp::model::header::{self, HeaderValue};
use oxhttp::model::{Body, Response, StatusCode};

const INDEX_HTML: &str = include_str!("page/index.html");
const APP_JS: &str = include_str!("page/app.js");
const STYLE_CSS: &str = include_str!("page/style.css");
const CYTOSCAPE_JS: &str = include_str!("vendor/cytoscape.min.js");

/// The documented example queries of `ontology/queries/`, by file name.
const EXAMPLES: &[(&str, &str)] = &[
    ("talks", include_str!("../../ontology/queries/talks.rq")),
    (
        "who-met-whom",
        include_str!("../../ontology/queries/who-met-whom.rq"),
    ),
    ("people", include_str!("../../ontology/queries/people.rq")),
    ("roles", include_str!("../../ontology/queries/roles.rq")),
    ("events", include_str!("../../ontology/queries/events.rq")),
    (
        "evidence",
        include_str!("../../ontology/queries/evidence.rq"),
    ),
    (
        "articles",
        include_str!("../../ontology/queries/articles.rq"),
    ),
    (
        "wikidata-federated",
        include_str!("../../ontology/queries/wikidata-federated.rq"),
    ),
];

const CSP: &str = "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; \
                   img-src 'self' data:; connect-src 'self'; base-uri 'none'; form-action 'none'";

pub fn index() -> Response<Body> {
    let mut r = ok(INDEX_HTML.as_bytes().to_vec(), "text/html; charset=utf-8");
    r.headers_mut().insert(
        header::CONTENT_SECURITY_POLICY,
        HeaderValue::from_static(CSP),
    );
    r
}

/// The page's other files, by path.
pub fn asset(path: &str) -> Option<Response<Body>> {
    Some(match path {
        "/app.js" => ok(APP_JS.into(), "text/javascript; charset=utf-8"),
        "/style.css" => ok(STYLE_CSS.into(), "text/css; charset=utf-8"),
        "/vendor/cytoscape.min.js" => ok(CYTOSCAPE_JS.into(), "text/javascript; charset=utf-8"),
        "/examples.json" => ok(examples_json().into_bytes(), "application/json"),
        _ => return None,
    })
}

pub fn not_found() -> Response<Body> {
    Response::builder()
        .status(StatusCode::NOT_FOUND)
        .header(header::CONTENT_TYPE, "text/plain; charset=utf-8")
        .body(Body::from(
            "not found: the endpoint is /sparql, the page is /\n",
        ))
        .expect("valid response")
}

fn examples_json() -> String {
    let list: Vec<serde_json::Value> = EXAMPLES
        .iter()
        .map(|(name, text)| serde_json::json!({ "name": name, "query": text }))
        .collect();
    serde_json::Value::Array(list).to_string()
}

fn ok(body: Vec<u8>, content_type: &'static str) -> Response<Body> {
    let mut r = Response::builder()
        .status(StatusCode::OK)
        .body(Body::from(body))
        .expect("valid response");
    let h = r.headers_mut();
    h.insert(header::CONTENT_TYPE, HeaderValue::from_static(content_type));
    h.insert(
        header::X_CONTENT_TYPE_OPTIONS,
        HeaderValue::from_static("nosniff"),
    );
    r
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_example_query_file_is_offered() {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("ontology/queries");
        let mut files: Vec<String> = std::fs::read_dir(dir)
            .unwrap()
            .filter_map(|e| {
                let p = e.unwrap().path();
                (p.extension()? == "rq")
                    .then(|| p.file_stem().unwrap().to_string_lossy().into_owned())
            })
            .collect();
        files.sort();
        let mut offered: Vec<String> = EXAMPLES.iter().map(|(n, _)| n.to_string()).collect();
        offered.sort();
        assert_eq!(files, offered);
    }
}
