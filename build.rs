//! Fingerprints the code and data that decide what the extractor outputs, so that a
//! store's cached per-article facts are re-extracted whenever any of it changes
//! (a manually bumped version number is forgotten; a hash is not).

use std::path::{Path, PathBuf};

/// Everything extraction output depends on.
const INPUTS: &[&str] = &[
    "src/extract",
    "src/ingest",
    "src/text",
    "src/gazetteer",
    "src/tagger",
    "data/gazetteer",
    "data/model",
];

fn files(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for e in entries.flatten() {
        let p = e.path();
        if p.is_dir() {
            files(&p, out);
        } else {
            out.push(p);
        }
    }
}

fn main() {
    let mut all = Vec::new();
    for d in INPUTS {
        println!("cargo:rerun-if-changed={d}");
        files(Path::new(d), &mut all);
    }
    all.sort();
    let mut h = blake3::Hasher::new();
    for p in &all {
        h.update(p.to_string_lossy().as_bytes());
        h.update(&std::fs::read(p).unwrap_or_default());
    }
    let hex = h.finalize().to_hex();
    println!("cargo:rustc-env=NEWSGRAPH_EXTRACTOR_HASH={}", &hex[..16]);
}
