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
use crate::store::{Store, StoredArticle};
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
    let mut report = BuildReport::default();
    let store = Store::open(&opts.store)?;
    // Linking datasets are read first: a file the user named that cannot be read
    // stops the build before anything is written.
    let (linker, warnings) = Linker::configured(
        &opts.link_with,
        opts.link_endpoint.as_ref(),
        Some(opts.store.join("link-cache")),
    )?;
    report.warnings.extend(warnings);
    let (sources, mut errors) = ingest::discover(&opts.paths);

    let bar = if opts.progress {
        ProgressBar::with_draw_target(Some(sources.len() as u64), ProgressDrawTarget::stderr())
    } else {
        ProgressBar::hidden()
    };
    bar.set_style(
        ProgressStyle::with_template("{spinner} extracting {pos}/{len} files {wide_bar} {eta}")
            .unwrap_or_else(|_| ProgressStyle::default_bar()),
    );

    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(opts.jobs.unwrap_or(0))
        .build()
        .map_err(|e| Error::Store(e.to_string()))?;
    // Each worker reads, decodes and extracts one file; only facts come back.
    let per_file: Vec<FileResult> = pool.install(|| {
        sources
            .par_iter()
            .map(|src| {
                let (docs, mut errs) = ingest::read_source(src);
                let mut facts = Vec::with_capacity(docs.len());
                for d in &docs {
                    if let Some(f) = store.cached_facts(&d.key, Some(&d.content_hash)) {
                        facts.push((f, false));
                        continue;
                    }
                    // Extraction is meant never to fail; should a bug make it panic on
                    // some text, that article is reported and the build goes on.
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
            })
            .collect()
    });
    bar.finish_and_clear();

    let mut articles: Vec<ArticleFacts> = Vec::new();
    let mut seen: BTreeSet<String> = BTreeSet::new();
    for (facts, errs) in per_file {
        errors.extend(errs);
        for (f, fresh) in facts {
            if !seen.insert(f.key.clone()) {
                errors.push(Error::Input {
                    path: PathBuf::from(&f.path),
                    message: format!("duplicate article key {:?}: skipped", f.key),
                });
                continue;
            }
            if fresh {
                report.extracted += 1;
                store.cache_facts(&f)?;
            } else {
                report.reused += 1;
            }
            articles.push(f);
        }
    }
    report.documents = articles.len();
    // Articles stored by earlier builds and not named this time stay in the corpus.
    for key in store.manifest.articles.keys() {
        if !seen.contains(key)
            && let Some(f) = store.cached_facts(key, None)
        {
            articles.push(f);
        }
    }
    articles.sort_by(|a, b| a.key.cmp(&b.key));

    let resolved = resolve::resolve(&articles);
    let (links, link_warnings) = linker.link_all(&articles, &resolved);
    report.warnings.extend(link_warnings);
    report.linked = links.iter().filter(|l| l.is_some()).count();
    let iris = Iris::new(&opts.base_iri);
    let output = rdf::to_rdf(&articles, &resolved, &links, &iris);
    write_output(
        store,
        &articles,
        output,
        &iris.resolved_graph(),
        &mut report,
    )?;

    for e in &resolved.entities {
        match e.kind {
            EntityKind::Person => report.persons += 1,
            EntityKind::Organization => report.organizations += 1,
            EntityKind::Country | EntityKind::Place => report.places += 1,
        }
    }
    report.events = resolved.events.len();
    report.memberships = resolved.memberships.len();
    report.errors = errors;
    report.elapsed = started.elapsed();
    Ok(report)
}

/// Write what changed: each article graph in its own transaction, then the resolved
/// subjects that changed, then the manifest.
fn write_output(
    mut store: Store,
    articles: &[ArticleFacts],
    output: rdf::Output,
    graph: &oxigraph::model::NamedNode,
    report: &mut BuildReport,
) -> Result<()> {
    for (a, (graph, quads)) in articles.iter().zip(&output.articles) {
        let hash = hash_quads(quads);
        let entry = StoredArticle {
            graph: graph.as_str().to_string(),
            content_hash: a.content_hash.clone(),
            output_hash: hash,
            extractor_version: EXTRACTOR_VERSION.to_string(),
        };
        if store.manifest.articles.get(&a.key) != Some(&entry) {
            store.replace_graph(graph, quads)?;
            store.manifest.articles.insert(a.key.clone(), entry);
            report.articles_written += 1;
        }
    }
    let mut changes: Vec<(String, Vec<Quad>)> = Vec::new();
    let mut new_hashes: BTreeMap<String, String> = BTreeMap::new();
    for (subject, quads) in &output.resolved {
        let h = hash_quads(quads);
        if store.manifest.resolved.get(subject) != Some(&h) {
            changes.push((subject.clone(), quads.clone()));
        }
        new_hashes.insert(subject.clone(), h);
    }
    for old in store.manifest.resolved.keys() {
        if !new_hashes.contains_key(old) {
            changes.push((old.clone(), Vec::new()));
        }
    }
    store.replace_subjects(graph, &changes)?;
    report.resolved_subjects_written = changes.len();
    store.manifest.resolved = new_hashes;
    store.save_manifest()?;
    store.flush()?;
    report.quads = store.len()?;
    Ok(())
}
