//! The build: files → facts (in parallel, cached by content hash) → one resolution over
//! every stored article → RDF → only what changed is written, article by article.
//!
//! Facts go to the store's facts cache as they are extracted; the whole-corpus stages
//! read them back from there a batch at a time ([`CachedCorpus`]), so the build holds the
//! keys of the corpus, never the facts of all its articles.

use std::collections::{BTreeMap, BTreeSet};
use std::path::PathBuf;
use std::time::{Duration, Instant};

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use oxigraph::model::Quad;
use rayon::prelude::*;

use crate::corpus::CachedCorpus;
use crate::extract::{self, ArticleFacts, EXTRACTOR_VERSION, EntityKind};
use crate::ingest;
use crate::link::Linker;
use crate::rdf::{self, Iris};
use crate::resolve;
use crate::shard;
use crate::store::{LastBuild, RefusedFile, Store, StoredArticle};
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
    // The size limits decide which files are taken at all.
    h.update(b"\0limits\0");
    h.update(format!("{:?}", opts.limits).as_bytes());
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

/// JSON lines files hold several articles: they always take the full path.
fn is_jsonl(path: &std::path::Path) -> bool {
    path.extension().is_some_and(|e| e == "jsonl")
}

/// The hash of a file's bytes as the manifest records it; `None` for a JSON lines file
/// or a file that cannot be read.
fn file_hash(src: &ingest::Source) -> Option<String> {
    if is_jsonl(&src.path) {
        return None;
    }
    let raw = std::fs::read(&src.path).ok()?;
    Some(blake3::hash(&raw).to_hex().to_string())
}

/// A named file whose bytes are what the last build saw, with this extractor.
enum Standing<'s> {
    /// An article the store holds; its content hash.
    Stored(&'s str),
    /// A file the last build refused.
    Refused(&'s RefusedFile),
}

/// How a file stands against the store, decided from its bytes alone (read and hashed
/// once): no parsing, no extraction. `None`: new or changed.
fn standing<'s>(store: &'s Store, src: &ingest::Source) -> Option<Standing<'s>> {
    let stored = (store.manifest.articles.get(&src.key))
        .filter(|a| a.extractor_version == EXTRACTOR_VERSION);
    let refused =
        (store.manifest.refused.get(&src.key)).filter(|r| r.extractor_version == EXTRACTOR_VERSION);
    if stored.is_none() && refused.is_none() {
        return None;
    }
    let hash = file_hash(src)?;
    match (stored, refused) {
        (Some(a), _) if a.content_hash == hash => Some(Standing::Stored(&a.content_hash)),
        (_, Some(r)) if r.content_hash == hash => Some(Standing::Refused(r)),
        _ => None,
    }
}

/// The stored content hash of a file whose bytes are what the store extracted.
fn unchanged<'s>(store: &'s Store, src: &ingest::Source) -> Option<&'s str> {
    match standing(store, src)? {
        Standing::Stored(hash) => Some(hash),
        Standing::Refused(_) => None,
    }
}

/// When every named file stands as the last build left it: the files it refused.
fn unchanged_refusals<'a, 's>(
    store: &'s Store,
    sources: &'a [ingest::Source],
) -> Option<Vec<(&'a ingest::Source, &'s RefusedFile)>> {
    let standings: Vec<Standing<'s>> = sources
        .par_iter()
        .map(|src| standing(store, src))
        .collect::<Option<_>>()?;
    Some(
        sources
            .iter()
            .zip(standings)
            .filter_map(|(src, s)| match s {
                Standing::Refused(r) => Some((src, r)),
                Standing::Stored(_) => None,
            })
            .collect(),
    )
}

/// The files of this build that gave no article, only errors, with the bytes they had:
/// the next build can refuse them again without reading them as articles. Files that
/// could not be read at all are not remembered (nothing to compare with next time).
fn refusals(sources: &[ingest::Source], per_file: &[NamedFile]) -> BTreeMap<String, RefusedFile> {
    sources
        .par_iter()
        .zip(per_file)
        .filter(|(_, (facts, errs))| facts.is_empty() && !errs.is_empty())
        .filter_map(|(src, (_, errs))| {
            let problems = errs
                .iter()
                .map(|e| match e {
                    Error::Input { message, .. } => message.clone(),
                    other => other.to_string(),
                })
                .collect();
            let refused = RefusedFile {
                content_hash: file_hash(src)?,
                extractor_version: EXTRACTOR_VERSION.to_string(),
                problems,
            };
            Some((src.key.clone(), refused))
        })
        .collect()
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

/// An article this build names; its facts are in the store's facts cache.
struct Named {
    key: String,
    path: String,
    /// Extracted by this build (not taken from the cache).
    fresh: bool,
    /// What ingest had to guess, for articles extracted now.
    diagnostics: Vec<String>,
}

impl Named {
    fn of(f: &ArticleFacts, fresh: bool) -> Self {
        Named {
            key: f.key.clone(),
            path: f.path.clone(),
            fresh,
            diagnostics: if fresh {
                f.diagnostics.clone()
            } else {
                Vec::new()
            },
        }
    }
}

type NamedFile = (Vec<Named>, Vec<Error>);

/// Build (or update) the store from the given files and folders.
pub fn build(opts: &BuildOptions) -> Result<BuildReport> {
    let started = Instant::now();
    let mut clock = StageClock::start();
    let mut report = BuildReport::default();
    let mut store = Store::open(&opts.store)?;
    let (sources, mut errors) = ingest::discover(&opts.paths);
    let settings = settings_fingerprint(opts)?;
    if errors.is_empty()
        && let Some(last) = &store.manifest.last_build
        && last.settings == settings
        && let Some(refused) = unchanged_refusals(&store, &sources)
    {
        // Same articles, same code, same settings: the stored graph is what this build
        // would write. Files refused last time are refused again, with the same words.
        for (src, r) in &refused {
            errors.extend(r.problems.iter().map(|p| Error::Input {
                path: src.path.clone(),
                message: p.clone(),
            }));
        }
        report.documents = sources.len() - refused.len();
        report.reused = report.documents;
        report.errors = errors;
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
        store.manifest.refused = refusals(&sources, &per_file);
        clock.lap("read+extract");
        let mut named = Vec::new();
        for (articles, errs) in per_file {
            errors.extend(errs);
            for a in articles {
                if a.fresh {
                    report.extracted += 1;
                    // What ingest had to guess (an encoding, an unreadable date) is
                    // said once, when the article is read; reused facts stay quiet.
                    report
                        .warnings
                        .extend(a.diagnostics.iter().map(|d| format!("{}: {d}", a.path)));
                } else {
                    report.reused += 1;
                }
                named.push(a);
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
            // One shard's facts at a time: cached, then dropped.
            match shard::read_facts(path) {
                Ok(facts) => {
                    facts
                        .par_iter()
                        .map(|f| store.cache_facts(f))
                        .collect::<Result<Vec<()>>>()?;
                    named.extend(facts.iter().map(|f| Named::of(f, false)));
                }
                Err(e) => errors.push(e),
            }
        }
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

/// Files extracted at a time by `extract --shard`: their facts are handed on in key
/// order and dropped, so memory holds one batch of articles, not the shard.
const FILES_PER_EXTRACT_BATCH: usize = 256;

/// Extract the files of one shard (`--shard I/N`: a file's shard is decided by a hash of
/// its key), handing each article's facts to `sink` in the order of the files' keys.
/// Returns how many articles were extracted and the inputs that could not be.
pub fn extract_shard(
    paths: &[PathBuf],
    shard: shard::Shard,
    jobs: Option<usize>,
    progress: bool,
    sink: &mut dyn FnMut(&ArticleFacts) -> std::io::Result<()>,
) -> Result<(usize, Vec<Error>)> {
    let (sources, mut errors) = ingest::discover(paths);
    let mut sources: Vec<ingest::Source> = sources
        .into_iter()
        .filter(|s| shard.holds(&s.key))
        .collect();
    sources.sort_by(|a, b| a.key.cmp(&b.key));
    let bar = progress_bar(progress, sources.len(), "extracting {pos}/{len} files");
    let pool = worker_pool(jobs)?;
    let mut extracted = 0;
    for batch in sources.chunks(FILES_PER_EXTRACT_BATCH) {
        let per_file: Vec<FileResult> = pool.install(|| {
            batch
                .par_iter()
                .map(|src| extract_file(None, src, &ingest::Limits::default(), &bar))
                .collect()
        });
        for (facts, errs) in per_file {
            errors.extend(errs);
            for (f, _) in facts {
                sink(&f).map_err(Error::Output)?;
                extracted += 1;
            }
        }
    }
    bar.finish_and_clear();
    Ok((extracted, errors))
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
    // Each document is extracted as soon as it is read and then dropped: a JSON lines
    // feed is never held whole, only its facts.
    let mut facts = Vec::new();
    let mut failed = Vec::new();
    let mut errs = ingest::read_source_each(src, limits, &mut |d| {
        if let Some(f) = store.and_then(|s| s.cached_facts(&d.key, Some(&d.content_hash))) {
            facts.push((f, false));
            return;
        }
        // Extraction is meant never to fail; should a bug make it panic on some text,
        // that article is reported and the build goes on.
        match std::panic::catch_unwind(|| extract::extract(&d)) {
            Ok(f) => facts.push((f, true)),
            Err(_) => failed.push(Error::Input {
                path: d.path.clone(),
                message: format!(
                    "internal error while extracting article {:?}; please report it",
                    d.key
                ),
            }),
        }
    });
    errs.extend(failed);
    bar.inc(1);
    (facts, errs)
}

/// Extract every source in parallel; each worker caches what it extracted and hands on
/// only the articles' names: their facts are read back from the cache when needed.
fn extract_sources(
    store: &Store,
    sources: &[ingest::Source],
    limits: &ingest::Limits,
    bar: &ProgressBar,
) -> Result<Vec<NamedFile>> {
    sources
        .par_iter()
        .map(|src| {
            // An unchanged file's facts come straight from the cache: no decoding, no
            // page-chrome pass, no extraction.
            if let Some(f) =
                unchanged(store, src).and_then(|h| store.cached_facts(&src.key, Some(h)))
            {
                bar.inc(1);
                return Ok((vec![Named::of(&f, false)], Vec::new()));
            }
            let (facts, errs) = extract_file(Some(store), src, limits, bar);
            let mut named = Vec::with_capacity(facts.len());
            for (f, fresh) in facts {
                if fresh {
                    store.cache_facts(&f)?;
                }
                named.push(Named::of(&f, fresh));
            }
            Ok((named, errs))
        })
        .collect()
}

/// From the articles named this time to the written graph: add the articles earlier
/// builds stored, resolve all of them together, link, map to RDF, write what changed.
#[allow(clippy::too_many_arguments)]
fn complete(
    store: Store,
    named: Vec<Named>,
    linker: &Linker,
    opts: &BuildOptions,
    settings: String,
    report: &mut BuildReport,
    errors: &mut Vec<Error>,
    clock: &mut StageClock,
) -> Result<()> {
    let mut seen: BTreeSet<String> = BTreeSet::new();
    for a in named {
        if !seen.insert(a.key.clone()) {
            errors.push(Error::Input {
                path: PathBuf::from(&a.path),
                message: format!("duplicate article key {:?}: skipped", a.key),
            });
        }
    }
    report.documents = seen.len();
    // Articles stored by earlier builds and not named this time stay in the corpus.
    seen.extend(store.manifest.articles.keys().cloned());
    let articles = CachedCorpus::new(&store, seen.into_iter().collect());
    clock.lap("cached facts");

    let resolved = resolve::resolve_corpus(&articles);
    clock.lap("resolve");
    let (links, link_warnings) = linker.link_all(&articles, &resolved);
    clock.lap("link");
    report.warnings.extend(link_warnings);
    report.linked = links.iter().filter(|l| l.is_some()).count();
    let iris = Iris::new(&opts.base_iri);
    let mapping = rdf::Mapping::new(&resolved, &links, &iris);
    let resolved_subjects = mapping.resolved_subjects();
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
    let keys = articles.into_keys();
    write_output(
        store,
        &keys,
        &mapping,
        &resolved_subjects,
        &iris.resolved_graph(),
        settings,
        report,
    )?;
    clock.lap("write");
    Ok(())
}

/// Articles mapped to RDF at a time, and per bulk ingestion of new graphs: the build
/// holds one batch's quads, never the whole corpus's, and a killed build loses at most
/// the batch being ingested, never part of an article.
const ARTICLES_PER_BATCH: usize = 1000;
/// An article's facts (with text), its graph's name and quads, and their hash.
type MadeGraph = (ArticleFacts, oxigraph::model::NamedNode, Vec<Quad>, String);

/// Resolved subjects per bulk ingestion.
const NEW_SUBJECTS_PER_LOAD: usize = 5000;

/// Write what changed: article graphs are made a batch at a time; those the store
/// already holds are replaced each in its own transaction, those new to the store are
/// bulk-loaded, a batch of whole articles per atomic ingestion. Then the resolved
/// subjects that changed, then the manifest.
fn write_output(
    mut store: Store,
    keys: &[String],
    mapping: &rdf::Mapping<'_>,
    resolved: &[(String, Vec<rdf::Part>)],
    graph: &oxigraph::model::NamedNode,
    settings: String,
    report: &mut BuildReport,
) -> Result<()> {
    // From here the database may change: a build killed part-way must not let the next
    // one take the "nothing changed" shortcut on the strength of the previous build.
    if store.manifest.last_build.take().is_some() {
        store.save_manifest()?;
    }
    let indexes: Vec<usize> = (0..keys.len()).collect();
    for batch in indexes.chunks(ARTICLES_PER_BATCH) {
        // Each article's facts are read back with their text, for the evidence quotes.
        let made: Vec<Option<MadeGraph>> = batch
            .par_iter()
            .map(|&ai| {
                let a = store.cached_facts(&keys[ai], None)?;
                let (name, quads) = mapping.article_graph(ai, &a);
                let hash = hash_quads(&quads);
                Some((a, name, quads, hash))
            })
            .collect();
        let mut new_articles: Vec<(&str, StoredArticle, &[Quad])> = Vec::new();
        for (&ai, made) in batch.iter().zip(&made) {
            let Some((a, name, quads, hash)) = made else {
                // Resolution skipped it too: its graph stays as the last build left it.
                report.warnings.push(format!(
                    "the facts cache lost article {:?}: its graph was left as it was",
                    keys[ai]
                ));
                continue;
            };
            let entry = StoredArticle {
                graph: name.as_str().to_string(),
                content_hash: a.content_hash.clone(),
                output_hash: hash.clone(),
                extractor_version: EXTRACTOR_VERSION.to_string(),
            };
            if store.manifest.articles.get(&a.key) == Some(&entry) {
                continue;
            }
            // A graph left by a build killed before its manifest was saved is replaced,
            // never added to.
            if store.manifest.articles.contains_key(&a.key) || store.holds_graph(name)? {
                store.replace_graph(name, quads)?;
                store.manifest.articles.insert(a.key.clone(), entry);
                report.articles_written += 1;
            } else {
                new_articles.push((&a.key, entry, quads));
            }
        }
        if !new_articles.is_empty() {
            store.load_new(new_articles.iter().flat_map(|(_, _, quads)| quads.iter()))?;
            report.articles_written += new_articles.len();
            for (key, entry, _) in new_articles {
                store.manifest.articles.insert(key.to_string(), entry);
            }
        }
    }

    // The resolved graph, a batch of subjects at a time: each subject's quads are made,
    // hashed and, when they changed, written; only the hashes stay.
    let mut new_hashes: BTreeMap<String, String> = BTreeMap::new();
    let mut written = 0;
    for batch in resolved.chunks(NEW_SUBJECTS_PER_LOAD) {
        let made: Vec<(Vec<Quad>, String)> = batch
            .par_iter()
            .map(|(_, parts)| {
                let quads = mapping.resolved_quads(parts);
                let hash = hash_quads(&quads);
                (quads, hash)
            })
            .collect();
        let mut changes: Vec<(String, Vec<Quad>)> = Vec::new();
        let mut new_subjects: Vec<Vec<Quad>> = Vec::new();
        for ((subject, _), (quads, h)) in batch.iter().zip(made) {
            if store.manifest.resolved.get(subject) != Some(&h) {
                if store.manifest.resolved.contains_key(subject)
                    || store.holds_subject(graph, subject)?
                {
                    changes.push((subject.clone(), quads));
                } else {
                    new_subjects.push(quads);
                }
            }
            new_hashes.insert(subject.clone(), h);
        }
        written += changes.len() + new_subjects.len();
        store.replace_subjects(graph, &changes)?;
        if !new_subjects.is_empty() {
            store.load_new(new_subjects.iter().flatten())?;
        }
    }
    let gone: Vec<(String, Vec<Quad>)> = store
        .manifest
        .resolved
        .keys()
        .filter(|old| !new_hashes.contains_key(*old))
        .map(|old| (old.clone(), Vec::new()))
        .collect();
    written += gone.len();
    store.replace_subjects(graph, &gone)?;
    report.resolved_subjects_written = written;
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
