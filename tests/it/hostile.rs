//! Bad input never hurts a build: one `newsgraph build` over a folder of hostile files
//! next to a good article, into a store already holding the seed articles. Every bad
//! input gets one error line naming it and the problem, the exit code is 3, and the
//! good article and every earlier article are still in the store.

use std::path::Path;
use std::time::Duration;

use crate::util::{build, newsgraph, repo, select};

const GOOD: &str = "Finnish Prime Minister Sanna Marin met Swedish Prime Minister Magdalena \
Andersson in Stockholm on Friday, officials said.\n\nThe two leaders discussed security in \
the Baltic region and the talks lasted two hours.\n";

/// Keys of every article the store holds.
fn article_keys(store: &Path) -> Vec<String> {
    let mut keys: Vec<String> = select(
        store,
        "SELECT DISTINCT ?k WHERE { ?d a <https://schema.org/NewsArticle> ; \
         <https://w3id.org/newsgraph/ns#sourceKey> ?k }",
    )
    .into_iter()
    .map(|r| r[0].clone())
    .collect();
    keys.sort();
    keys
}

fn write(dir: &Path, name: &str, bytes: &[u8]) {
    std::fs::write(dir.join(name), bytes).expect("write fixture");
}

/// Makes a named pipe. A pipe stands for "a file that cannot be read": permission bits
/// do not stop root (tests may run as root), but opening a pipe with no writer blocks
/// anyone forever, so reading it would hang the build rather than fail it.
fn mkfifo(path: &Path) {
    let status = std::process::Command::new("mkfifo")
        .arg(path)
        .status()
        .expect("run mkfifo");
    assert!(status.success(), "mkfifo {}", path.display());
}

#[test]
fn hostile_inputs_are_reported_one_line_each_and_hurt_nothing() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let store = tmp.path().join("store");
    build(&store, &[&repo().join("corpus")]);
    let seeds = article_keys(&store);
    assert_eq!(seeds.len(), 5, "the seed corpus is in the store: {seeds:?}");

    let dir = tmp.path().join("inbox");
    std::fs::create_dir(&dir).expect("mkdir");
    write(&dir, "good.txt", GOOD.as_bytes());
    // Accepted: these are text, only encoded or marked differently.
    write(
        &dir,
        "latin1.txt",
        b"Z\xdcRICH, March 3 - The caf\xe9 owner Ren\xe9 M\xfcller said the \x93talks\x94 \
went well.\n\nHe met Foreign Minister Ignazio Cassis on Thursday.\n",
    );
    write(&dir, "bom.txt", format!("\u{feff}{GOOD}").as_bytes());
    let mut broken_utf8 = "Zürich café owner René Müller said the talks went well.\n\n"
        .as_bytes()
        .to_vec();
    broken_utf8.extend_from_slice(b"He met the minister \xff\xfe on Thursday in Z\xc3rich.\n");
    write(&dir, "broken-utf8.txt", &broken_utf8);
    write(
        &dir,
        "feed.jsonl",
        format!(
            "{}\n{{\"title\": \"cut off\n",
            serde_json::json!({"title": "Leaders meet", "text": GOOD})
        )
        .as_bytes(),
    );

    // Refused, each with its own reason.
    let refused: &[(&str, &str)] = &[
        ("empty.txt", "empty"),
        ("scan.txt", "PDF"),
        ("picture.txt", "PNG"),
        ("archive.txt", "GZIP"),
        ("chrome-only.txt", "page chrome"),
        ("front-matter.md", "front matter"),
        ("feed.jsonl", "line 2"),
        ("pipe.txt", "named pipe"),
        ("loop", "symlink loop"),
        ("does-not-exist.txt", "No such file"),
    ];
    write(&dir, "empty.txt", b"");
    write(&dir, "scan.txt", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n");
    write(&dir, "picture.txt", b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR");
    write(
        &dir,
        "archive.txt",
        b"\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\x03",
    );
    write(
        &dir,
        "chrome-only.txt",
        b"Advertisement\n\nAdvertisement\n\nMore from World\n\n\
- Stocks rally as markets open\n- Weather: storms expected\n- Sport: late goal wins derby\n\n\
Advertisement\n",
    );
    write(
        &dir,
        "front-matter.md",
        b"---\ntitle: [unclosed\npublished: 2022-01-12\n---\n\nSome text about talks.\n",
    );
    std::fs::create_dir(dir.join("loop")).expect("mkdir");
    std::os::unix::fs::symlink("..", dir.join("loop/back")).expect("symlink");
    mkfifo(&dir.join("pipe.txt"));
    let missing = tmp.path().join("does-not-exist.txt");

    let out = newsgraph()
        .arg("build")
        .arg(&dir)
        .arg(&missing)
        .arg("--store")
        .arg(&store)
        // A build that reads the pipe never ends: fail instead of hanging the suite.
        .timeout(Duration::from_secs(600))
        .output()
        .expect("run build");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(3), "exit code 3:\n{stderr}");
    assert!(!stderr.contains("panicked"), "a panic:\n{stderr}");

    let errors: Vec<&str> = stderr.lines().filter(|l| l.starts_with("error:")).collect();
    for (name, problem) in refused {
        let lines: Vec<&&str> = errors
            .iter()
            .filter(|l| l.contains(&format!("/{name}")))
            .collect();
        assert_eq!(lines.len(), 1, "one error line for {name}:\n{stderr}");
        assert!(
            lines[0].contains(problem),
            "{name}: the line says {problem:?}: {}",
            lines[0]
        );
    }
    assert_eq!(
        errors.len(),
        refused.len(),
        "no other input is refused:\n{stderr}"
    );
    for accepted in ["good.txt", "latin1.txt", "bom.txt", "broken-utf8.txt"] {
        assert!(
            !errors.iter().any(|l| l.contains(&format!("/{accepted}:"))),
            "{accepted} is accepted:\n{stderr}"
        );
    }
    // Decoding guesses are said, naming the file.
    for (name, says) in [
        ("latin1.txt", "Windows-1252"),
        ("broken-utf8.txt", "invalid UTF-8"),
    ] {
        assert!(
            stderr
                .lines()
                .any(|l| l.starts_with("warning:") && l.contains(name) && l.contains(says)),
            "a warning for {name} saying {says}:\n{stderr}"
        );
    }

    let keys = article_keys(&store);
    for seed in &seeds {
        assert!(keys.contains(seed), "seed {seed} still stored: {keys:?}");
    }
    for key in [
        "good.txt",
        "latin1.txt",
        "bom.txt",
        "broken-utf8.txt",
        "feed.jsonl#1",
    ] {
        assert!(
            keys.contains(&key.to_string()),
            "{key} stored: {keys:?}\n{stderr}"
        );
    }
    assert_eq!(keys.len(), seeds.len() + 5, "nothing else stored: {keys:?}");

    // The Windows-1252 text was decoded, not stored as mojibake or replacement marks.
    let names: Vec<String> = select(
        &store,
        "SELECT ?n WHERE { ?p a <https://schema.org/Person> ; <https://schema.org/name> ?n }",
    )
    .into_iter()
    .map(|r| r[0].clone())
    .collect();
    assert!(
        names.iter().any(|n| n == "Sanna Marin"),
        "the good article's people: {names:?}"
    );
    assert!(
        names.iter().any(|n| n == "Jens Stoltenberg"),
        "the seed articles' people: {names:?}"
    );
    assert!(
        !names
            .iter()
            .any(|n| n.contains('Ã') || n.contains('\u{fffd}')),
        "no name is mis-decoded: {names:?}"
    );
}

/// Runs `build DIR --store STORE EXTRA…` and returns (exit code, stderr).
fn build_with(dir: &Path, store: &Path, extra: &[&str]) -> (Option<i32>, String) {
    let out = newsgraph()
        .arg("build")
        .arg(dir)
        .arg("--store")
        .arg(store)
        .args(extra)
        .timeout(Duration::from_secs(600))
        .output()
        .expect("run build");
    (
        out.status.code(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[test]
fn oversized_articles_and_lines_are_refused_quickly_with_the_limit() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let dir = tmp.path().join("inbox");
    std::fs::create_dir(&dir).expect("mkdir");
    write(&dir, "good.txt", GOOD.as_bytes());
    // 200 MiB without using the disk: a sparse file. Only its metadata is looked at.
    std::fs::File::create(dir.join("huge.txt"))
        .and_then(|f| f.set_len(200 * 1024 * 1024))
        .expect("sparse file");
    // One 5 MiB "line": a minified blob, not news text.
    let mut blob = b"Leaders met in Geneva. ".to_vec();
    blob.resize(5 * 1024 * 1024, b'x');
    blob.push(b'\n');
    write(&dir, "blob.txt", &blob);

    let store = tmp.path().join("store");
    let started = std::time::Instant::now();
    let (code, stderr) = build_with(&dir, &store, &[]);
    assert!(
        started.elapsed() < Duration::from_secs(120),
        "refusing is quick: {:?}",
        started.elapsed()
    );
    assert_eq!(code, Some(3), "{stderr}");
    let line = |name: &str| -> String {
        let lines: Vec<&str> = stderr
            .lines()
            .filter(|l| l.starts_with("error:") && l.contains(name))
            .collect();
        assert_eq!(lines.len(), 1, "one error for {name}:\n{stderr}");
        lines[0].to_string()
    };
    let huge = line("huge.txt");
    for says in ["200 MiB", "16 MiB", "--max-article-mib"] {
        assert!(huge.contains(says), "{says}: {huge}");
    }
    let blob = line("blob.txt");
    for says in ["line 1", "5 MiB", "256 KiB", "--max-line-kib"] {
        assert!(blob.contains(says), "{says}: {blob}");
    }
    assert_eq!(article_keys(&store), vec!["good.txt".to_string()]);

    // The flag lowers (or raises) the line limit: a 2 KiB line is refused under 1 KiB.
    let small = tmp.path().join("small");
    std::fs::create_dir(&small).expect("mkdir");
    write(&small, "long-line.txt", "word ".repeat(400).as_bytes());
    let (code, stderr) = build_with(&small, &tmp.path().join("store2"), &["--max-line-kib", "1"]);
    assert_eq!(code, Some(3), "{stderr}");
    assert!(
        stderr.contains("long-line.txt") && stderr.contains("1 KiB per line"),
        "{stderr}"
    );
}

/// The error lines of a build's stderr, sorted.
fn error_lines(log: &str) -> Vec<&str> {
    let mut lines: Vec<&str> = log.lines().filter(|l| l.starts_with("error:")).collect();
    lines.sort();
    lines
}

#[test]
fn a_rebuild_refuses_the_same_files_again_without_rebuilding() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let dir = tmp.path().join("inbox");
    std::fs::create_dir(&dir).expect("mkdir");
    let store = tmp.path().join("store");
    write(&dir, "good.txt", GOOD.as_bytes());
    write(&dir, "empty.txt", b"");
    write(
        &dir,
        "photo.txt",
        b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\x01\0",
    );
    // 1.5 MiB of prose: refused under a 1 MiB limit, taken without it.
    let long = GOOD.repeat(1_572_864 / GOOD.len());
    write(&dir, "long.txt", long.as_bytes());

    let (code, first) = build_with(&dir, &store, &["--max-article-mib", "1"]);
    assert_eq!(code, Some(3), "{first}");
    let refused = error_lines(&first);
    assert_eq!(refused.len(), 3, "one line per refused file: {first}");

    // Nothing changed: the same files are refused in the same words, the exit code still
    // says so, and the build stops at the check instead of reading and resolving again.
    let (code, again) = build_with(&dir, &store, &["--max-article-mib", "1", "--timings"]);
    assert_eq!(code, Some(3), "{again}");
    assert_eq!(error_lines(&again), refused, "{again}");
    let timings = again
        .lines()
        .find(|l| l.starts_with("timings:"))
        .unwrap_or_default();
    assert!(
        timings.contains("check") && !timings.contains("extract"),
        "took the full path: {again}"
    );
    assert!(
        again.contains("1 documents (0 extracted, 1 unchanged)"),
        "{again}"
    );

    // Other limits, other outcome: the long article is taken.
    let (code, relaxed) = build_with(&dir, &store, &[]);
    assert_eq!(code, Some(3), "{relaxed}");
    assert_eq!(error_lines(&relaxed).len(), 2, "{relaxed}");
    // A refused file that changes is read again.
    write(
        &dir,
        "empty.txt",
        GOOD.replace("Stockholm", "Helsinki").as_bytes(),
    );
    let (code, fixed) = build_with(&dir, &store, &[]);
    assert_eq!(code, Some(3), "{fixed}");
    assert_eq!(
        error_lines(&fixed).len(),
        1,
        "only the image is left: {fixed}"
    );
    assert!(
        fixed.contains("3 documents (1 extracted, 2 unchanged)"),
        "{fixed}"
    );
    assert_eq!(article_keys(&store).len(), 3);
}
