//! `SERVICE` under an allow-list: a federated call goes out only to a host given with
//! `--allow-service`, over ureq (Oxigraph's own HTTP client stays compiled out), with
//! no redirects (a redirect could lead anywhere) and the query time limit. Anything
//! else is refused before a connection is made: no server-side request forgery.

use std::sync::Arc;
use std::time::Duration;

use oxhttp::model::Uri;
use oxigraph::model::NamedNode;
use oxigraph::sparql::results::{
    QueryResultsFormat, QueryResultsParser, ReaderQueryResultsParserOutput,
};
use oxigraph::sparql::{DefaultServiceHandler, QuerySolutionIter};
use oxiri::Iri;
use spargebra::algebra::GraphPattern;

/// Why a SERVICE call gave no solutions.
#[derive(Debug, thiserror::Error)]
pub enum ServiceError {
    #[error(
        "SERVICE <{0}> is not allowed: this endpoint calls only hosts given with --allow-service"
    )]
    Refused(String),
    #[error("SERVICE <{iri}> failed: {message}")]
    Failed { iri: String, message: String },
}

#[derive(Clone)]
pub struct ServicePolicy {
    allowed: Arc<Vec<String>>,
    agent: ureq::Agent,
}

impl ServicePolicy {
    pub fn new(allowed_hosts: &[String], timeout: Duration) -> Self {
        let agent = ureq::Agent::config_builder()
            .timeout_global(Some(timeout))
            .max_redirects(0)
            .http_status_as_error(true)
            .build()
            .into();
        ServicePolicy {
            allowed: Arc::new(
                allowed_hosts
                    .iter()
                    .map(|h| h.trim().to_ascii_lowercase())
                    .collect(),
            ),
            agent,
        }
    }

    /// An http(s) IRI whose host (or host:port) is on the list.
    fn allows(&self, iri: &str) -> bool {
        let Ok(uri) = iri.parse::<Uri>() else {
            return false;
        };
        let (Some(scheme), Some(authority)) = (uri.scheme_str(), uri.authority()) else {
            return false;
        };
        if !matches!(scheme, "http" | "https") || authority.as_str().contains('@') {
            return false;
        }
        let host = authority.host().to_ascii_lowercase();
        let host_port = authority.as_str().to_ascii_lowercase();
        self.allowed.iter().any(|a| *a == host || *a == host_port)
    }
}

impl DefaultServiceHandler for ServicePolicy {
    type Error = ServiceError;

    fn handle(
        &self,
        service_name: &NamedNode,
        pattern: &GraphPattern,
        base_iri: Option<&Iri<String>>,
    ) -> Result<QuerySolutionIter<'static>, ServiceError> {
        let iri = service_name.as_str();
        if !self.allows(iri) {
            return Err(ServiceError::Refused(iri.to_string()));
        }
        let failed = |message: String| ServiceError::Failed {
            iri: iri.to_string(),
            message,
        };
        let query = spargebra::Query::Select {
            dataset: None,
            pattern: pattern.clone(),
            base_iri: base_iri.cloned(),
        }
        .to_string();
        let response = self
            .agent
            .post(iri)
            .header("Accept", QueryResultsFormat::Json.media_type())
            .send_form([("query", query.as_str())])
            .map_err(|e| failed(e.to_string()))?;
        let reader = response.into_body().into_reader();
        match QueryResultsParser::from_format(QueryResultsFormat::Json).for_reader(reader) {
            Ok(ReaderQueryResultsParserOutput::Solutions(solutions)) => Ok(solutions.into()),
            Ok(ReaderQueryResultsParserOutput::Boolean(_)) => {
                Err(failed("it answered a boolean to a SELECT".into()))
            }
            Err(e) => Err(failed(e.to_string())),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_listed_http_hosts_are_allowed() {
        let p = ServicePolicy::new(
            &["query.wikidata.org".into(), "127.0.0.1:9999".into()],
            Duration::from_secs(1),
        );
        assert!(p.allows("https://query.wikidata.org/sparql"));
        assert!(p.allows("http://127.0.0.1:9999/sparql"));
        assert!(!p.allows("http://127.0.0.1:8080/sparql"));
        assert!(!p.allows("http://169.254.169.254/latest/meta-data"));
        assert!(!p.allows("file:///etc/passwd"));
        assert!(!p.allows("https://query.wikidata.org.evil.example/sparql"));
        assert!(!p.allows("https://user@query.wikidata.org/sparql"));
    }
}
