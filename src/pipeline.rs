//! The build: files → facts (in parallel, cached by content hash) → one resolution over
//! every stored article → RDF → only what changed is written, article by article.

use std::collections::{BTreeMap, BTreeSet};
use std::path::PathBuf;
use std::time::{Duration, Instant};

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use oxigraph::model::Quad;
use rayon::prelude::*;

use crate::extract::{self, ArticleFacts, EXTRACTOR_VERSION, EntityKind};
use crate::ingest;
use crate::link::Linker;
use crate::rdf::{self, Iris};
use crate::resolve;
use crate::shard;
use crate::store::{LastBuild, Store, StoredArticle};
use crate::{Error, Result};

/// What `build` is asked to do.
#[derive(Debug, Clone)]
pub struct BuildOptions {
    pub paths: Vec<PathBuf>,
    pub store: PathBuf,
    /// Worker threads for extraction (None: all cores).
    pub jobs: Option<usize>,
    pub base_iri: String,
    pub progress: bool,
    /// RDF dumps to link against besides the bundled gazetteer (`--link-with`).
    pub link_with: Vec<PathBuf>,
    /// A SPARQL endpoint to link against (`--link-endpoint`), with its request timeout.
    pub link_endpoint: Option<(String, Duration)>,
    /// Size limits on each article read (`--max-article-mib`, `--max-line-kib`).
    pub limits: ingest::Limits,
}

/// What a build did.
#[derive(Debug, Default)]
pub struct BuildReport {
    pub documents: usize,
    pub extracted: usize,
    pub reused: usize,
    pub articles_written: usize,
    pub resolved_subjects_written: usize,
    pub persons: usize,
    pub organizations: usize,
    pub places: usize,
    pub events: usize,
    pub memberships: usize,
    pub quads: usize,
    /// Inputs that failed (soft errors: the rest of the build went on).
    pub errors: Vec<Error>,
    /// Things the user should know that did not stop the build (an endpoint down, …).
    pub warnings: Vec<String>,
    /// Entities linked to an external identifier.
    pub linked: usize,
    pub elapsed: Duration,
    /// Wall-clock time of each stage, in order (`build --timings`).
    pub stages: Vec<(&'static str, Duration)>,
}

/// Times consecutive stages of a run.
struct StageClock {
    last: Instant,
    stages: Vec<(&'static str, Duration)>,
}

impl StageClock {
    fn start() -> Self {
        StageClock {
            last: Instant::now(),
            stages: Vec::new(),
        }
    }

    /// Close the stage that ran since the previous call.
    fn lap(&mut self, stage: &'static str) {
        let now = Instant::now();
        self.stages.push((stage, now - self.last));
        self.last = now;
    }
}

/// Identifies the code that turns articles into the graph: extraction, resolution,
/// linking and the RDF mapping (`build.rs` fingerprints them).
pub const GRAPH_VERSION: &str =
    concat!(env!("CARGO_PKG_VERSION"), "+", env!("NEWSGRAPH_GRAPH_HASH"));

/// Everything besides the articles that decides the graph: the code and the build's
/// settings (IRI namespace, linking datasets by content, endpoint).
fn settings_fingerprint(opts: &BuildOptions) -> Result<String> {
    let mut h = blake3::Hasher::new();
    h.update(GRAPH_VERSION.as_bytes());
    h.update(b"\0");
    h.update(opts.base_iri.as_bytes());
    for path in &opts.link_with {
        h.update(b"\0with\0");
        h.update(path.to_string_lossy().as_bytes());
        let bytes = std::fs::read(path).map_err(|source| Error::Io {
            path: path.clone(),
            source,
        })?;
        h.update(blake3::hash(&bytes).as_bytes());
    }
    if let Some((url, _)) = &opts.link_endpoint {
        h.update(b"\0endpoint\0");
        h.update(url.as_bytes());
    }
    Ok(h.finalize().to_hex().to_string())
}

/// Whether every named file is an article the store holds unchanged (same bytes, same
/// extractor), decided from the files' bytes alone: no parsing, no extraction.
fn all_unchanged(store: &Store, sources: &[ingest::Source]) -> bool {
    sources
        .par_iter()
        .all(|src| unchanged(store, src).is_some())
}

/// The stored content hash of a file whose bytes are what the store extracted with this
/// extractor. JSON lines files hold several articles and always take the full path.
fn unchanged<'s>(store: &'s Store, src: &ingest::Source) -> Option<&'s str> {
    if src.path.extension().is_some_and(|e| e == "jsonl") {
        return None;
    }
    let stored = store.manifest.articles.get(&src.key)?;
    let raw = std::fs::read(&src.path).ok()?;
    (stored.extractor_version == EXTRACTOR_VERSION
        && blake3::hash(&raw).to_hex().as_str() == stored.content_hash)
        .then_some(stored.content_hash.as_str())
}

fn hash_quads(quads: &[Quad]) -> String {
    let mut h = blake3::Hasher::new();
    for q in quads {
        h.update(q.to_string().as_bytes());
        h.update(b"\n");
    }
    h.finalize().to_hex().to_string()
}

/// One file's articles (with whether each was freshly extracted) and its errors.
type FileResult = (Vec<(ArticleFacts, bool)>, Vec<Error>);

/// Build (or update) the store from the given files and folders.
pub fn build(opts: &BuildOptions) -> Result<BuildReport> {
    let started = Instant::now();
    let mut clock = StageClock::start();
    let mut report = BuildReport::default();
    let store = Store::open(&opts.store)?;
    let (sources, mut errors) = ingest::discover(&opts.paths);
    let settings = settings_fingerprint(opts)?;
    if errors.is_empty()
        && let Some(last) = &store.manifest.last_build
        && last.settings == settings
        && all_unchanged(&store, &sources)
    {
        // Same articles, same code, same settings: the stored graph is what this build
        // would write.
        report.documents = sources.len();
        report.reused = sources.len();
        report.persons = last.persons;
        report.organizations = last.organizations;
        report.places = last.places;
        report.events = last.events;
        report.memberships = last.memberships;
        report.linked = last.linked;
        report.quads = last.quads;
        clock.lap("check");
        report.stages = clock.stages;
        report.elapsed = started.elapsed();
        return Ok(report);
    }
    let linker = configure_linker(opts, &mut report)?;
    let bar = progress_bar(opts.progress, sources.len(), "extracting {pos}/{len} files");
    worker_pool(opts.jobs)?.install(|| -> Result<()> {
        let per_file = extract_sources(&store, &sources, &opts.limits, &bar)?;
        bar.finish_and_clear();
        clock.lap("read+extract");
        let mut named = Vec::new();
        for (facts, errs) in per_file {
            errors.extend(errs);
            for (f, fresh) in facts {
                if fresh {
                    report.extracted += 1;
                    // What ingest had to guess (an encoding, an unreadable date) is
                    // said once, when the article is read; reused facts stay quiet.
                    report
                        .warnings
                        .extend(f.diagnostics.iter().map(|d| format!("{}: {d}", f.path)));
                } else {
                    report.reused += 1;
                }
                named.push(f);
            }
        }
        complete(
            store,
            named,
            &linker,
            opts,
            settings,
            &mut report,
            &mut errors,
            &mut clock,
        )
    })?;
    report.errors = errors;
    report.stages = clock.stages;
    report.elapsed = started.elapsed();
    Ok(report)
}

/// Merge the facts files written by `extract --shard` into the store: the articles of
/// every shard are resolved together (and with what the store already holds) and
/// written as `build` writes them, so sharded extraction merged gives the same graph as
/// one build over the same files.
pub fn merge(opts: &BuildOptions) -> Result<BuildReport> {
    let started = Instant::now();
    let mut clock = StageClock::start();
    let mut report = BuildReport::default();
    let store = Store::open(&opts.store)?;
    let settings = settings_fingerprint(opts)?;
    let linker = configure_linker(opts, &mut report)?;
    let mut errors = Vec::new();
    worker_pool(opts.jobs)?.install(|| -> Result<()> {
        let mut named = Vec::new();
        for path in &opts.paths {
            match shard::read_facts(path) {
                Ok(facts) => named.extend(facts),
                Err(e) => errors.push(e),
            }
        }
        named
            .par_iter()
            .map(|f| store.cache_facts(f))
            .collect::<Result<Vec<()>>>()?;
        report.reused = named.len();
        clock.lap("read facts");
        complete(
            store,
            named,
            &linker,
            opts,
            settings,
            &mut report,
            &mut errors,
            &mut clock,
        )
    })?;
    report.errors = errors;
    report.stages = clock.stages;
    report.elapsed = started.elapsed();
    Ok(report)
}

/// Extract the articles of a slice of the corpus, without a store: what `extract
/// --shard` writes for a later `merge`. Returns the facts, sorted by key, and the
/// inputs that failed.
pub fn extract_shard(
    paths: &[PathBuf],
    shard: shard::Shard,
    jobs: Option<usize>,
    progress: bool,
) -> Result<(Vec<ArticleFacts>, Vec<Error>)> {
    let (sources, mut errors) = ingest::discover(paths);
    let sources: Vec<ingest::Source> = sources
        .into_iter()
        .filter(|s| shard.holds(&s.key))
        .collect();
    let bar = progress_bar(progress, sources.len(), "extracting {pos}/{len} files");
    let per_file: Vec<FileResult> = worker_pool(jobs)?.install(|| {
        sources
            .par_iter()
            .map(|src| extract_file(None, src, &ingest::Limits::default(), &bar))
            .collect()
    });
    bar.finish_and_clear();
    let mut facts = Vec::new();
    for (f, errs) in per_file {
        errors.extend(errs);
        facts.extend(f.into_iter().map(|(f, _)| f));
    }
    facts.sort_by(|a, b| a.key.cmp(&b.key));
    Ok((facts, errors))
}

fn configure_linker(opts: &BuildOptions, report: &mut BuildReport) -> Result<Linker> {
    // Linking datasets are read before anything is written: a file the user named that
    // cannot be read stops the build.
    let (linker, warnings) = Linker::configured(
        &opts.link_with,
        opts.link_endpoint.as_ref(),
        Some(opts.store.join("link-cache")),
    )?;
    report.warnings.extend(warnings);
    Ok(linker)
}

fn worker_pool(jobs: Option<usize>) -> Result<rayon::ThreadPool> {
    rayon::ThreadPoolBuilder::new()
        .num_threads(jobs.unwrap_or(0))
        .build()
        .map_err(|e| Error::Store(e.to_string()))
}

fn progress_bar(shown: bool, len: usize, message: &str) -> ProgressBar {
    let bar = if shown {
        ProgressBar::with_draw_target(Some(len as u64), ProgressDrawTarget::stderr())
    } else {
        ProgressBar::hidden()
    };
    bar.set_style(
        ProgressStyle::with_template(&format!("{{spinner}} {message} {{wide_bar}} {{eta}}"))
            .unwrap_or_else(|_| ProgressStyle::default_bar()),
    );
    bar
}

/// Read, decode and extract one file (or reuse the store's cached facts for it).
fn extract_file(
    store: Option<&Store>,
    src: &ingest::Source,
    limits: &ingest::Limits,
    bar: &ProgressBar,
) -> FileResult {
    let (docs, mut errs) = ingest::read_source_with(src, limits);
    let mut facts = Vec::with_capacity(docs.len());
    for d in &docs {
        if let Some(f) = store.and_then(|s| s.cached_facts(&d.key, Some(&d.content_hash))) {
            facts.push((f, false));
            continue;
        }
        // Extraction is meant never to fail; should a bug make it panic on some text,
        // that article is reported and the build goes on.
        match std::panic::catch_unwind(|| extract::extract(d)) {
            Ok(f) => facts.push((f, true)),
            Err(_) => errs.push(Error::Input {
                path: d.path.clone(),
                message: format!(
                    "internal error while extracting article {:?}; please report it",
                    d.key
                ),
            }),
        }
    }
    bar.inc(1);
    (facts, errs)
}

/// Extract every source in parallel; each worker also caches what it extracted.
fn extract_sources(
    store: &Store,
    sources: &[ingest::Source],
    limits: &ingest::Limits,
    bar: &ProgressBar,
) -> Result<Vec<FileResult>> {
    sources
        .par_iter()
        .map(|src| {
            // An unchanged file's facts come straight from the cache: no decoding, no
            // page-chrome pass, no extraction.
            if let Some(f) =
                unchanged(store, src).and_then(|h| store.cached_facts(&src.key, Some(h)))
            {
                bar.inc(1);
                return Ok((vec![(f, false)], Vec::new()));
            }
            let (facts, errs) = extract_file(Some(store), src, limits, bar);
            for (f, fresh) in &facts {
                if *fresh {
                    store.cache_facts(f)?;
                }
            }
            Ok((facts, errs))
        })
        .collect()
}

/// From the articles named this time to the written graph: add the articles earlier
/// builds stored, resolve all of them together, link, map to RDF, write what changed.
#[allow(clippy::too_many_arguments)]
fn complete(
    store: Store,
    named: Vec<ArticleFacts>,
    linker: &Linker,
    opts: &BuildOptions,
    settings: String,
    report: &mut BuildReport,
    errors: &mut Vec<Error>,
    clock: &mut StageClock,
) -> Result<()> {
    let mut articles: Vec<ArticleFacts> = Vec::with_capacity(named.len());
    let mut seen: BTreeSet<String> = BTreeSet::new();
    for f in named {
        if !seen.insert(f.key.clone()) {
            errors.push(Error::Input {
                path: PathBuf::from(&f.path),
                message: format!("duplicate article key {:?}: skipped", f.key),
            });
            continue;
        }
        articles.push(f);
    }
    report.documents = articles.len();
    // Articles stored by earlier builds and not named this time stay in the corpus.
    let earlier: Vec<&String> = store
        .manifest
        .articles
        .keys()
        .filter(|k| !seen.contains(*k))
        .collect();
    articles.extend(
        earlier
            .par_iter()
            .filter_map(|key| store.cached_facts(key, None))
            .collect::<Vec<_>>(),
    );
    articles.sort_by(|a, b| a.key.cmp(&b.key));
    clock.lap("cached facts");

    let resolved = resolve::resolve(&articles);
    clock.lap("resolve");
    let (links, link_warnings) = linker.link_all(&articles, &resolved);
    clock.lap("link");
    report.warnings.extend(link_warnings);
    report.linked = links.iter().filter(|l| l.is_some()).count();
    let iris = Iris::new(&opts.base_iri);
    let output = rdf::to_rdf(&articles, &resolved, &links, &iris);
    clock.lap("rdf");
    for e in &resolved.entities {
        match e.kind {
            EntityKind::Person => report.persons += 1,
            EntityKind::Organization => report.organizations += 1,
            EntityKind::Country | EntityKind::Place => report.places += 1,
        }
    }
    report.events = resolved.events.len();
    report.memberships = resolved.memberships.len();
    write_output(
        store,
        &articles,
        output,
        &iris.resolved_graph(),
        settings,
        report,
    )?;
    clock.lap("write");
    Ok(())
}

/// Articles per bulk ingestion of new graphs: a killed build loses at most the batch
/// being ingested, never part of an article.
const NEW_ARTICLES_PER_LOAD: usize = 5000;
/// Resolved subjects per bulk ingestion.
const NEW_SUBJECTS_PER_LOAD: usize = 5000;

/// Write what changed: article graphs the store already holds are replaced each in its
/// own transaction; graphs new to the store are bulk-loaded, a batch of whole articles
/// per atomic ingestion. Then the resolved subjects that changed, then the manifest.
fn write_output(
    mut store: Store,
    articles: &[ArticleFacts],
    output: rdf::Output,
    graph: &oxigraph::model::NamedNode,
    settings: String,
    report: &mut BuildReport,
) -> Result<()> {
    // From here the database may change: a build killed part-way must not let the next
    // one take the "nothing changed" shortcut on the strength of the previous build.
    if store.manifest.last_build.take().is_some() {
        store.save_manifest()?;
    }
    let hashes: Vec<String> = output
        .articles
        .par_iter()
        .map(|(_, quads)| hash_quads(quads))
        .collect();
    let mut new_articles: Vec<(&str, StoredArticle, &[Quad])> = Vec::new();
    for ((a, (graph, quads)), hash) in articles.iter().zip(&output.articles).zip(hashes) {
        let entry = StoredArticle {
            graph: graph.as_str().to_string(),
            content_hash: a.content_hash.clone(),
            output_hash: hash,
            extractor_version: EXTRACTOR_VERSION.to_string(),
        };
        if store.manifest.articles.get(&a.key) == Some(&entry) {
            continue;
        }
        // A graph left by a build killed before its manifest was saved is replaced,
        // never added to.
        if store.manifest.articles.contains_key(&a.key) || store.holds_graph(graph)? {
            store.replace_graph(graph, quads)?;
            store.manifest.articles.insert(a.key.clone(), entry);
            report.articles_written += 1;
        } else {
            new_articles.push((&a.key, entry, quads));
        }
    }
    for batch in new_articles.chunks(NEW_ARTICLES_PER_LOAD) {
        store.load_new(batch.iter().flat_map(|(_, _, quads)| quads.iter()))?;
        for (key, entry, _) in batch {
            store
                .manifest
                .articles
                .insert(key.to_string(), entry.clone());
        }
        report.articles_written += batch.len();
    }

    let subject_hashes: Vec<(&String, String)> = output
        .resolved
        .par_iter()
        .map(|(subject, quads)| (subject, hash_quads(quads)))
        .collect();
    let mut changes: Vec<(String, Vec<Quad>)> = Vec::new();
    let mut new_subjects: Vec<&[Quad]> = Vec::new();
    let mut new_hashes: BTreeMap<String, String> = BTreeMap::new();
    for (subject, h) in subject_hashes {
        if store.manifest.resolved.get(subject) != Some(&h) {
            if store.manifest.resolved.contains_key(subject)
                || store.holds_subject(graph, subject)?
            {
                changes.push((subject.clone(), output.resolved[subject].clone()));
            } else {
                new_subjects.push(&output.resolved[subject]);
            }
        }
        new_hashes.insert(subject.clone(), h);
    }
    for old in store.manifest.resolved.keys() {
        if !new_hashes.contains_key(old) {
            changes.push((old.clone(), Vec::new()));
        }
    }
    store.replace_subjects(graph, &changes)?;
    for batch in new_subjects.chunks(NEW_SUBJECTS_PER_LOAD) {
        store.load_new(batch.iter().flat_map(|quads| quads.iter()))?;
    }
    report.resolved_subjects_written = changes.len() + new_subjects.len();
    store.manifest.resolved = new_hashes;
    store.flush()?;
    report.quads = store.len()?;
    store.manifest.last_build = Some(LastBuild {
        settings,
        persons: report.persons,
        organizations: report.organizations,
        places: report.places,
        events: report.events,
        memberships: report.memberships,
        linked: report.linked,
        quads: report.quads,
    });
    store.save_manifest()?;
    Ok(())
}
