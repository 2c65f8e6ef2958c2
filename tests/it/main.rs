//! Integration tests: one binary (faster links, one shared `util`).

mod corpus;
mod crash;
mod eval;
mod export;
mod hostile;
mod linking;
mod patterns;
mod properties;
mod push;
mod robustness;
mod serve;
mod sharding;
mod util;
