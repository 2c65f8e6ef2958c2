//! Fingerprints the code and data that decide what the extractor outputs, so that a
//! store's cached per-article facts are re-extracted whenever any of it changes
//! (a manually bumped version number is forgotten; a hash is not); and, more widely,
//! the code that turns facts into the graph, so that a rebuild with no changed input
//! is skipped only when the same code would make the same graph.

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

/// Besides extraction, everything the graph depends on.
const GRAPH_INPUTS: &[&str] = &[
    "src/resolve",
    "src/link",
    "src/rdf",
    "src/pipeline.rs",
    "src/store.rs",
];

fn fingerprint(dirs: &[&str]) -> String {
    let mut all = Vec::new();
    for d in dirs {
        println!("cargo:rerun-if-changed={d}");
        files(Path::new(d), &mut all);
    }
    all.sort();
    let mut h = blake3::Hasher::new();
    for p in &all {
        h.update(p.to_string_lossy().as_bytes());
        h.update(&std::fs::read(p).unwrap_or_default());
    }
    h.finalize().to_hex()[..16].to_string()
}

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
    println!(
        "cargo:rustc-env=NEWSGRAPH_EXTRACTOR_HASH={}",
        fingerprint(INPUTS)
    );
    let graph_inputs: Vec<&str> = INPUTS.iter().chain(GRAPH_INPUTS).copied().collect();
    println!(
        "cargo:rustc-env=NEWSGRAPH_GRAPH_HASH={}",
        fingerprint(&graph_inputs)
    );
}
