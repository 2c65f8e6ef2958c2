//! Shared helpers: run the real binary against a temporary store.

use std::path::{Path, PathBuf};

use assert_cmd::Command;

/// The repository root. Read at run time: `cargo test` sets it for the test process, and
/// a compile-time path would go stale when the build output is reused by a clone at
/// another path (CI keeps the target directory outside the clone).
pub fn repo() -> PathBuf {
    std::env::var_os("CARGO_MANIFEST_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")))
}

pub fn newsgraph() -> Command {
    let mut c = Command::cargo_bin("newsgraph").expect("binary");
    c.env_remove("NEWSGRAPH_STORE");
    c
}

/// Build `paths` into `store` and return the command's stderr.
pub fn build(store: &Path, paths: &[&Path]) -> String {
    let mut c = newsgraph();
    c.arg("build").args(paths).arg("--store").arg(store);
    let out = c.output().expect("run build");
    assert!(
        out.status.success(),
        "build failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stderr).into_owned()
}

/// Run a SELECT query and return its rows as TSV cells (header dropped, values plain).
pub fn select(store: &Path, query: &str) -> Vec<Vec<String>> {
    let out = newsgraph()
        .args(["query", query, "--format", "tsv", "--store"])
        .arg(store)
        .output()
        .expect("run query");
    assert!(
        out.status.success(),
        "query failed: {}\n{query}",
        String::from_utf8_lossy(&out.stderr)
    );
    let text = String::from_utf8(out.stdout).expect("utf-8");
    text.lines()
        .skip(1)
        .map(|l| l.split('\t').map(plain).collect())
        .collect()
}

/// A TSV cell as its plain value: "x"@en / "x"^^<dt> → x; <iri> → iri.
fn plain(cell: &str) -> String {
    if let Some(rest) = cell.strip_prefix('"') {
        let end = rest.rfind('"').unwrap_or(rest.len());
        return rest[..end].replace("\\\"", "\"");
    }
    cell.trim_start_matches('<')
        .trim_end_matches('>')
        .to_string()
}

pub fn export_nquads(store: &Path) -> String {
    let out = newsgraph()
        .args(["export", "--format", "nquads", "--store"])
        .arg(store)
        .output()
        .expect("run export");
    assert!(out.status.success());
    String::from_utf8(out.stdout).expect("utf-8")
}
