//! newsgraph: news articles in, a knowledge graph of people, roles, organizations,
//! places and meetings out — every fact traceable to the sentence it came from.
//!
//! The pipeline, one module per stage (see `ARCHITECTURE.md`):
//! [`ingest`] → [`text`] → [`extract`] → [`resolve`] → [`rdf`] → [`store`] → [`query`] / [`export`].

pub mod cli;
pub mod corpus;
pub mod error;
pub mod eval;
pub mod export;
pub mod extract;
pub mod gazetteer;
pub mod ingest;
pub mod link;
pub mod pipeline;
pub mod push;
pub mod query;
pub mod rdf;
pub mod resolve;
pub mod serve;
pub mod shard;
pub mod store;
pub mod tagger;
pub mod text;

pub use error::{Error, Result};
