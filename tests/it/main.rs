//! Integration tests: one binary (faster links, one shared `util`).

mod corpus;
mod patterns;
mod robustness;
mod util;
