//! Query latency on a built store: every example query in `ontology/queries/` (except
//! those that call a remote `SERVICE`), run in-process against the store opened
//! read-only, as `newsgraph query` and the endpoint run them. Prints a Markdown table
//! of p50 / p99 / max per query to stdout.
//!
//! ```sh
//! cargo bench --bench query_latency -- --store STORE_DIR [--runs 200]
//! ```

use std::path::PathBuf;
use std::time::{Duration, Instant};

use clap::Parser;
use newsgraph::query::{ResultFormat, run_query};
use newsgraph::store::Store;

#[derive(Parser)]
struct Args {
    /// A store built by `newsgraph build`.
    #[arg(long)]
    store: PathBuf,
    /// Timed runs per query (after one untimed warm-up run)...
    #[arg(long, default_value_t = 200)]
    runs: usize,
    /// ...or fewer when a query's runs have taken this many seconds (at least 5 runs).
    #[arg(long, default_value_t = 10.0)]
    budget: f64,
    /// Folder of .rq files.
    #[arg(long, default_value = concat!(env!("CARGO_MANIFEST_DIR"), "/ontology/queries"))]
    queries: PathBuf,
    /// Passed by `cargo bench`; ignored.
    #[arg(long, hide = true)]
    bench: bool,
}

fn percentile(sorted: &[Duration], p: f64) -> Duration {
    let i = ((sorted.len() as f64 - 1.0) * p).round() as usize;
    sorted[i.min(sorted.len() - 1)]
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}

fn main() -> anyhow::Result<()> {
    let args = Args::parse();
    let store = Store::open_read_only(&args.store)?;
    let mut files: Vec<PathBuf> = std::fs::read_dir(&args.queries)?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|e| e == "rq"))
        .collect();
    files.sort();
    println!("| query | rows | result bytes (JSON) | runs | p50 ms | p99 ms | max ms |");
    println!("| --- | ---: | ---: | ---: | ---: | ---: | ---: |");
    for file in files {
        let text = std::fs::read_to_string(&file)?;
        if text.lines().any(|l| {
            let l = l.trim_start();
            !l.starts_with('#') && l.contains("SERVICE")
        }) {
            continue;
        }
        let name = file.file_name().unwrap_or_default().to_string_lossy();
        let mut out = Vec::new();
        run_query(store.db(), &text, ResultFormat::Tsv, &mut out)?;
        let rows = out
            .split(|&b| b == b'\n')
            .filter(|l| !l.is_empty())
            .count()
            .saturating_sub(1);
        out.clear();
        run_query(store.db(), &text, ResultFormat::Json, &mut out)?;
        let bytes = out.len();
        let mut times = Vec::with_capacity(args.runs);
        let started = Instant::now();
        while times.len() < args.runs
            && (times.len() < 5 || started.elapsed().as_secs_f64() < args.budget)
        {
            out.clear();
            let t = Instant::now();
            run_query(store.db(), &text, ResultFormat::Json, &mut out)?;
            times.push(t.elapsed());
        }
        times.sort();
        println!(
            "| `{name}` | {rows} | {bytes} | {} | {:.2} | {:.2} | {:.2} |",
            times.len(),
            ms(percentile(&times, 0.5)),
            ms(percentile(&times, 0.99)),
            ms(*times.last().unwrap_or(&Duration::ZERO)),
        );
    }
    Ok(())
}
