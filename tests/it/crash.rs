//! `kill -9` of a build at any moment leaves a store that opens, answers queries and
//! holds only whole articles; re-running the build completes it without duplicates.

use std::collections::BTreeMap;
use std::process::{Command, Stdio};
use std::time::Duration;

use crate::util::{build, export_nquads, repo};

/// Quads by graph name (the N-Quads line's last term).
fn by_graph(nquads: &str) -> BTreeMap<String, Vec<String>> {
    let mut graphs: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for line in nquads.lines() {
        let body = line.trim_end().trim_end_matches('.').trim_end();
        let graph = body.rsplit(' ').next().unwrap_or_default().to_string();
        graphs.entry(graph).or_default().push(line.to_string());
    }
    for quads in graphs.values_mut() {
        quads.sort();
    }
    graphs
}

#[test]
fn a_killed_build_leaves_whole_articles_and_a_rerun_completes_it() {
    let dir = tempfile::tempdir().expect("tempdir");
    // Copies of the seed articles under distinct names: enough work for kills to land
    // while articles are being extracted and written.
    let corpus = dir.path().join("corpus");
    std::fs::create_dir(&corpus).expect("mkdir");
    for copy in 0..30 {
        for f in std::fs::read_dir(repo().join("corpus")).expect("corpus") {
            let f = f.expect("entry").path();
            let name = f.file_name().expect("name").to_string_lossy().into_owned();
            std::fs::copy(&f, corpus.join(format!("{copy:02}-{name}"))).expect("copy");
        }
    }
    let clean = dir.path().join("clean");
    build(&clean, &[&corpus]);
    let clean_nquads = export_nquads(&clean);
    let clean_graphs = by_graph(&clean_nquads);
    assert!(
        clean_graphs.len() > 150,
        "150 article graphs and the resolved graph"
    );

    let store = dir.path().join("killed");
    let bin = env!("CARGO_BIN_EXE_newsgraph");
    let mut killed_midway = 0;
    // (The first two land while the store is being created, on a fast machine.)
    for delay_ms in [30, 100, 300, 1200, 2500, 4000, 6000] {
        let mut child = Command::new(bin)
            .arg("build")
            .arg(&corpus)
            .arg("--store")
            .arg(&store)
            .env_remove("NEWSGRAPH_STORE")
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("spawn build");
        std::thread::sleep(Duration::from_millis(delay_ms));
        let finished = child.try_wait().expect("wait").is_some();
        child.kill().ok(); // SIGKILL
        child.wait().expect("reap");
        if !finished {
            killed_midway += 1;
        }
        if !store.join("oxigraph").exists() {
            continue;
        }
        // The store opens read-only and answers; every article graph it holds is whole.
        let now = by_graph(&export_nquads(&store));
        for (graph, quads) in &now {
            if graph.contains("/article/") {
                assert_eq!(
                    Some(quads),
                    clean_graphs.get(graph),
                    "after a kill at {delay_ms} ms, {graph} is not the whole article"
                );
            }
        }
    }
    assert!(
        killed_midway >= 2,
        "the kills landed mid-build {killed_midway} times"
    );

    let log = build(&store, &[&corpus]);
    assert!(log.contains("150 documents"), "{log}");
    let mut a: Vec<&str> = clean_nquads.lines().collect();
    let rerun = export_nquads(&store);
    let mut b: Vec<&str> = rerun.lines().collect();
    a.sort();
    b.sort();
    assert_eq!(a.len(), b.len(), "no duplicates, nothing missing");
    assert!(a == b, "the completed store equals a clean build");
}
