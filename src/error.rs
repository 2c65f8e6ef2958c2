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
    /// A tagger model file that cannot be read (damaged, or for another format version).
    #[error("tagger model: {0}")]
    Model(String),
    /// `export --focus` names no entity of the store; `suggestions` are close names.
    #[error("no entity named {name:?} in the store{}", close_names(.suggestions))]
    NoSuchEntity {
        name: String,
        suggestions: Vec<String>,
    },
    /// A program the command needs is not installed.
    #[error("{program} is not installed: {hint}")]
    MissingTool { program: String, hint: String },
    /// An installed external renderer (Graphviz) failed.
    #[error("rendering: {0}")]
    Render(String),
    /// A push to a SPARQL store could not be set up (bad URL, options).
    #[error("push: {0}")]
    Push(String),
    /// Writing results or exports failed (a closed pipe among others).
    #[error("writing output: {0}")]
    Output(#[source] std::io::Error),
    /// The SPARQL endpoint could not start (address in use, unreadable token file…).
    #[error("serve: {0}")]
    Serve(String),
}

fn close_names(names: &[String]) -> String {
    if names.is_empty() {
        String::new()
    } else {
        let quoted: Vec<String> = names.iter().map(|n| format!("{n:?}")).collect();
        format!("; close names: {}", quoted.join(", "))
    }
}

pub type Result<T, E = Error> = std::result::Result<T, E>;
