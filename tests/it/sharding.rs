//! Sharded extraction (`extract --shard I/N`) merged (`merge`) gives the graph one build
//! gives; a rebuild with nothing changed writes nothing.

use crate::util::{build, export_nquads, newsgraph, repo, select};

fn sorted(nquads: &str) -> Vec<String> {
    let mut lines: Vec<String> = nquads.lines().map(str::to_string).collect();
    lines.sort();
    lines
}

#[test]
fn shards_merged_equal_a_single_build() {
    let dir = tempfile::tempdir().expect("tempdir");
    let corpus = repo().join("corpus");
    let single = dir.path().join("single");
    build(&single, &[&corpus]);

    let shards = 3;
    let mut files = Vec::new();
    let mut articles_per_shard = Vec::new();
    for i in 1..=shards {
        let file = dir.path().join(format!("shard-{i}.facts"));
        let out = newsgraph()
            .args(["extract", "--shard", &format!("{i}/{shards}"), "-o"])
            .arg(&file)
            .arg(&corpus)
            .output()
            .expect("run extract");
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        assert!(out.stdout.is_empty(), "with -o, nothing goes to stdout");
        let text = std::fs::read_to_string(&file).expect("facts file");
        articles_per_shard.push(text.lines().count() - 1);
        files.push(file);
    }
    // Every article is in exactly one shard, and the work is really split.
    assert_eq!(articles_per_shard.iter().sum::<usize>(), 5);
    assert!(
        articles_per_shard.iter().filter(|&&n| n > 0).count() >= 2,
        "{articles_per_shard:?}"
    );

    let merged = dir.path().join("merged");
    let out = newsgraph()
        .arg("merge")
        .args(&files)
        .arg("--store")
        .arg(&merged)
        .output()
        .expect("run merge");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let single_quads = sorted(&export_nquads(&single));
    assert!(
        single_quads.len() > 500,
        "a real graph: {}",
        single_quads.len()
    );
    assert_eq!(single_quads, sorted(&export_nquads(&merged)));

    // The merged store is the store a build makes: building the same files over it
    // writes nothing.
    let log = build(&merged, &[&corpus]);
    assert!(log.contains("0 article graphs written"), "{log}");
}

#[test]
fn a_merge_of_some_shards_lacks_the_others_articles() {
    let dir = tempfile::tempdir().expect("tempdir");
    let corpus = repo().join("corpus");
    let file = dir.path().join("one.facts");
    let out = newsgraph()
        .args(["extract", "--shard", "1/3", "-o"])
        .arg(&file)
        .arg(&corpus)
        .output()
        .expect("run extract");
    assert!(out.status.success());
    let held = std::fs::read_to_string(&file)
        .expect("facts")
        .lines()
        .count()
        - 1;
    let store = dir.path().join("store");
    let out = newsgraph()
        .arg("merge")
        .arg(&file)
        .arg("--store")
        .arg(&store)
        .output()
        .expect("run merge");
    assert!(out.status.success());
    let articles = select(
        &store,
        "SELECT DISTINCT ?d WHERE { ?d a <https://schema.org/NewsArticle> }",
    );
    assert!(held > 0 && held < 5, "{held}");
    assert_eq!(articles.len(), held, "{articles:?}");
}

#[test]
fn a_shard_spec_out_of_range_is_a_usage_error() {
    let out = newsgraph()
        .args(["extract", "--shard", "4/3"])
        .arg(repo().join("corpus"))
        .output()
        .expect("run extract");
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("4/3"));
}

#[test]
fn a_facts_file_that_is_not_one_fails_the_merge_by_name() {
    let dir = tempfile::tempdir().expect("tempdir");
    let bogus = dir.path().join("notes.facts");
    std::fs::write(&bogus, "just some text\n").expect("write");
    let out = newsgraph()
        .arg("merge")
        .arg(&bogus)
        .arg("--store")
        .arg(dir.path().join("store"))
        .output()
        .expect("run merge");
    assert_eq!(out.status.code(), Some(3));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("notes.facts") && err.contains("not a facts file"),
        "{err}"
    );
}
