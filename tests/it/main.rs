//! Integration tests: one binary (faster links, one shared `util`).

mod corpus;
mod eval;
mod patterns;
mod robustness;
mod util;
