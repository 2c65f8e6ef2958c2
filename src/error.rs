//! The library's error type. Every variant that concerns a file names it.

use std::path::PathBuf;

/// Errors surfaced by the library. The CLI adds context with `anyhow`.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error("{path}: {message}")]
    Input { path: PathBuf, message: String },
    #[error("{path}: {source}")]
    Io {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    #[error("store: {0}")]
    Store(String),
    #[error("SPARQL: {0}")]
    Sparql(String),
}

pub type Result<T, E = Error> = std::result::Result<T, E>;
