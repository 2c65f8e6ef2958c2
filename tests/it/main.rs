//! Integration tests: one binary (faster links, one shared `util`).

mod corpus;
mod eval;
mod linking;
mod patterns;
mod robustness;
mod serve;
mod util;
