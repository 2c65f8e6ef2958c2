//! The on-disk store: an Oxigraph (RocksDB) database plus a small manifest.
//!
//! Layout of a store directory:
//! - `oxigraph/` — the RDF database; any Oxigraph tool can open it;
//! - `facts/` — per-article extraction results (a cache: deleting it only costs time);
//! - `manifest.json` — what was written: per article its content hash and output hash,
//!   per resolved subject its output hash. It is written after the database commits,
//!   so it never claims more than the database holds.
//!
//! Each article's graph is replaced in one transaction, so a killed build leaves only
//! whole articles; re-running the build finishes the job without duplicates.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use oxigraph::model::{GraphNameRef, NamedNode, NamedNodeRef, NamedOrBlankNodeRef, Quad};
use oxigraph::store::Store as OxStore;
use serde::{Deserialize, Serialize};

use crate::extract::{ArticleFacts, EXTRACTOR_VERSION};
use crate::{Error, Result};

/// What the manifest records about one stored article.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct StoredArticle {
    pub graph: String,
    pub content_hash: String,
    pub output_hash: String,
    pub extractor_version: String,
}

#[derive(Debug, Default, Clone, Serialize, Deserialize)]
pub struct Manifest {
    /// By article key.
    pub articles: BTreeMap<String, StoredArticle>,
    /// Resolved-graph subject IRI → hash of its triples.
    pub resolved: BTreeMap<String, String>,
    /// The last build that completed: what it was made with and what it made.
    #[serde(default)]
    pub last_build: Option<LastBuild>,
    /// Files the last build named but could not take (no article text, not text at all),
    /// by source key: unchanged, they are refused again without being read twice.
    #[serde(default)]
    pub refused: BTreeMap<String, RefusedFile>,
}

/// A file a build refused, and why.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RefusedFile {
    pub content_hash: String,
    pub extractor_version: String,
    /// What was wrong with it, one message per problem (without the path).
    pub problems: Vec<String>,
}

/// A completed build, so that a rebuild with nothing changed can stop early.
#[derive(Debug, Default, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct LastBuild {
    /// Fingerprint of the code and settings that map facts to the graph.
    pub settings: String,
    pub persons: usize,
    pub organizations: usize,
    pub places: usize,
    pub events: usize,
    pub memberships: usize,
    pub linked: usize,
    pub quads: usize,
}

#[cfg(feature = "rocksdb")]
fn open_db(dir: &Path, read_only: bool) -> Result<OxStore> {
    let path = dir.join("oxigraph");
    if !read_only && !path.exists() {
        create_db(dir, &path)?;
    }
    let db = if read_only {
        OxStore::open_read_only(path)
    } else {
        OxStore::open(path)
    };
    db.map_err(|e| open_error(dir, e))
}

/// Create the database beside its place and move it there once whole: RocksDB
/// creates its column families one by one, and a build killed between two would
/// leave a database that no read-only open accepts. (A leftover of such a kill is
/// removed first.)
#[cfg(feature = "rocksdb")]
fn create_db(dir: &Path, path: &Path) -> Result<()> {
    let staging = dir.join("oxigraph.creating");
    let io = |source| Error::Io {
        path: staging.clone(),
        source,
    };
    if staging.exists() {
        std::fs::remove_dir_all(&staging).map_err(io)?;
    }
    drop(OxStore::open(&staging).map_err(|e| open_error(dir, e))?);
    std::fs::rename(&staging, path).map_err(io)
}

#[cfg(not(feature = "rocksdb"))]
fn open_db(dir: &Path, _read_only: bool) -> Result<OxStore> {
    Err(Error::Store(format!(
        "{}: this newsgraph was built without the on-disk store (cargo feature `rocksdb`)",
        dir.display()
    )))
}

/// A newsgraph store directory.
pub struct Store {
    dir: PathBuf,
    db: OxStore,
    pub manifest: Manifest,
}

impl Store {
    /// Open (creating if needed) for writing. A second writer gets a clear error.
    pub fn open(dir: &Path) -> Result<Self> {
        std::fs::create_dir_all(dir.join("facts")).map_err(|source| Error::Io {
            path: dir.to_path_buf(),
            source,
        })?;
        let db = open_db(dir, false)?;
        let manifest = read_manifest(dir);
        Ok(Store {
            dir: dir.to_path_buf(),
            db,
            manifest,
        })
    }

    /// Open an existing store for reading.
    pub fn open_read_only(dir: &Path) -> Result<Self> {
        if !dir.join("oxigraph").exists() {
            return Err(Error::Store(format!(
                "{}: no store here (run `newsgraph build` first)",
                dir.display()
            )));
        }
        let db = open_db(dir, true)?;
        let manifest = read_manifest(dir);
        Ok(Store {
            dir: dir.to_path_buf(),
            db,
            manifest,
        })
    }

    pub fn db(&self) -> &OxStore {
        &self.db
    }

    fn facts_path(&self, key: &str) -> PathBuf {
        let h = blake3::hash(key.as_bytes()).to_hex();
        self.dir.join("facts").join(format!("{}.json", &h[..32]))
    }

    /// Cached facts for `key`, if they were made from `content_hash` by this extractor.
    pub fn cached_facts(&self, key: &str, content_hash: Option<&str>) -> Option<ArticleFacts> {
        let bytes = std::fs::read(self.facts_path(key)).ok()?;
        let cached: CachedFacts = serde_json::from_slice(&bytes).ok()?;
        if cached.extractor_version != EXTRACTOR_VERSION
            || content_hash.is_some_and(|h| h != cached.facts.content_hash)
            || cached.facts.key != key
        {
            return None;
        }
        Some(cached.facts)
    }

    /// Cache an article's facts (written to a temporary file, then renamed).
    pub fn cache_facts(&self, facts: &ArticleFacts) -> Result<()> {
        let path = self.facts_path(&facts.key);
        let cached = CachedFacts {
            extractor_version: EXTRACTOR_VERSION.to_string(),
            facts: facts.clone(),
        };
        let bytes = serde_json::to_vec(&cached).map_err(|e| Error::Store(e.to_string()))?;
        write_atomic(&path, &bytes)
    }

    /// Replace one article's graph with `quads`, in one transaction.
    pub fn replace_graph(&self, graph: &NamedNode, quads: &[Quad]) -> Result<()> {
        let mut t = self.db.start_transaction().map_err(store_err)?;
        t.clear_graph(GraphNameRef::NamedNode(graph.as_ref()))
            .map_err(store_err)?;
        for q in quads {
            t.insert(q);
        }
        t.commit().map_err(store_err)
    }

    /// Whether the database holds any quad in `graph`.
    pub fn holds_graph(&self, graph: &NamedNode) -> Result<bool> {
        self.db
            .contains_named_graph(graph.as_ref())
            .map_err(store_err)
    }

    /// Whether `graph` holds any triple about `subject`.
    pub fn holds_subject(&self, graph: &NamedNode, subject: &str) -> Result<bool> {
        let s = NamedNodeRef::new_unchecked(subject);
        self.db
            .quads_for_pattern(
                Some(NamedOrBlankNodeRef::NamedNode(s)),
                None,
                None,
                Some(GraphNameRef::NamedNode(graph.as_ref())),
            )
            .next()
            .transpose()
            .map(|q| q.is_some())
            .map_err(store_err)
    }

    /// Add quads the database does not hold yet (whole graphs, or subjects new to a
    /// graph) in one atomic step. Oxigraph's bulk loader writes sorted files and
    /// ingests them all at once at commit, several times faster than transactions, and
    /// either all of `quads` is stored or none of it — so a killed build still leaves
    /// whole articles.
    pub fn load_new<'a>(&self, quads: impl IntoIterator<Item = &'a Quad>) -> Result<()> {
        let mut loader = self.db.bulk_loader();
        loader
            .load_quads(quads.into_iter().cloned())
            .map_err(store_err)?;
        loader.commit().map_err(store_err)
    }

    /// Replace the triples of the given subjects in `graph`: each batch is one transaction.
    pub fn replace_subjects(
        &self,
        graph: &NamedNode,
        changes: &[(String, Vec<Quad>)],
    ) -> Result<()> {
        for batch in changes.chunks(2000) {
            let mut t = self.db.start_transaction().map_err(store_err)?;
            for (subject, quads) in batch {
                let s = NamedNodeRef::new_unchecked(subject);
                let old: Vec<Quad> = t
                    .quads_for_pattern(
                        Some(NamedOrBlankNodeRef::NamedNode(s)),
                        None,
                        None,
                        Some(GraphNameRef::NamedNode(graph.as_ref())),
                    )
                    .collect::<std::result::Result<_, _>>()
                    .map_err(store_err)?;
                for q in &old {
                    t.remove(q);
                }
                for q in quads {
                    t.insert(q);
                }
            }
            t.commit().map_err(store_err)?;
        }
        Ok(())
    }

    /// Write the manifest (temporary file, then rename).
    pub fn save_manifest(&self) -> Result<()> {
        // Written as it is serialized: the manifest has an entry per article, and a
        // copy of it in memory would cost as much again.
        let path = self.dir.join("manifest.json");
        let tmp = path.with_extension("tmp");
        let io = |path: &Path| {
            let path = path.to_path_buf();
            move |source| Error::Io { path, source }
        };
        let file = std::fs::File::create(&tmp).map_err(io(&tmp))?;
        let mut out = std::io::BufWriter::new(file);
        serde_json::to_writer_pretty(&mut out, &self.manifest)
            .map_err(|e| Error::Store(e.to_string()))?;
        out.into_inner()
            .map_err(|e| e.into_error())
            .map_err(io(&tmp))?;
        std::fs::rename(&tmp, &path).map_err(io(&path))
    }

    /// Number of quads in the database.
    pub fn len(&self) -> Result<usize> {
        self.db.len().map_err(store_err)
    }

    pub fn is_empty(&self) -> Result<bool> {
        self.db.is_empty().map_err(store_err)
    }

    /// Make what was written durable (a no-op for an in-memory database).
    pub fn flush(&self) -> Result<()> {
        #[cfg(feature = "rocksdb")]
        self.db.flush().map_err(store_err)?;
        Ok(())
    }
}

#[derive(Serialize, Deserialize)]
struct CachedFacts {
    extractor_version: String,
    facts: ArticleFacts,
}

fn read_manifest(dir: &Path) -> Manifest {
    std::fs::read(dir.join("manifest.json"))
        .ok()
        .and_then(|b| serde_json::from_slice(&b).ok())
        .unwrap_or_default()
}

fn write_atomic(path: &Path, bytes: &[u8]) -> Result<()> {
    let tmp = path.with_extension("tmp");
    std::fs::write(&tmp, bytes).map_err(|source| Error::Io {
        path: tmp.clone(),
        source,
    })?;
    std::fs::rename(&tmp, path).map_err(|source| Error::Io {
        path: path.to_path_buf(),
        source,
    })
}

fn store_err(e: impl std::fmt::Display) -> Error {
    Error::Store(e.to_string())
}

#[cfg_attr(not(feature = "rocksdb"), allow(dead_code))]
fn open_error(dir: &Path, e: impl std::fmt::Display) -> Error {
    let msg = e.to_string();
    if msg.contains("lock")
        || msg.contains("LOCK")
        || msg.contains("Resource temporarily unavailable")
    {
        Error::Store(format!(
            "{}: the store is in use by another newsgraph process (build or serve); wait for it to finish or use another --store",
            dir.display()
        ))
    } else {
        Error::Store(format!("{}: cannot open the store: {msg}", dir.display()))
    }
}
