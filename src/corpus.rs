//! The articles that whole-corpus stages (resolution, linking, RDF mapping) run over.
//!
//! Those stages see every article, but never need all of them at once: each makes a
//! pass, or a few, over the articles in key order. A [`Corpus`] hands them out one at a
//! time. Held in memory (a slice of [`ArticleFacts`]) for small runs and tests; read back
//! from the store's facts cache a batch at a time ([`CachedCorpus`]) for a build, so a
//! build's memory does not hold the facts of the whole corpus.

use rayon::prelude::*;

use crate::extract::ArticleFacts;
use crate::store::Store;

/// Articles visited one at a time, by index. Indexes are stable for the life of the
/// corpus: the resolver's per-article results are addressed by them.
pub trait Corpus: Sync {
    fn len(&self) -> usize;

    fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The article's key: what resolution sorts by.
    fn key(&self, ai: usize) -> &str;

    /// Call `f` with each article of `order`, in that order. Facts may come without
    /// their text (see [`CachedCorpus`]). An article whose facts cannot be had is
    /// skipped, the same one on every pass, so passes agree.
    fn visit(&self, order: &[usize], f: &mut dyn FnMut(usize, &ArticleFacts));

    /// The indexes sorted by key: the order every pass takes.
    fn key_order(&self) -> Vec<usize> {
        let mut order: Vec<usize> = (0..self.len()).collect();
        order.sort_by(|&a, &b| self.key(a).cmp(self.key(b)));
        order
    }
}

impl Corpus for [ArticleFacts] {
    fn len(&self) -> usize {
        <[ArticleFacts]>::len(self)
    }

    fn key(&self, ai: usize) -> &str {
        &self[ai].key
    }

    fn visit(&self, order: &[usize], f: &mut dyn FnMut(usize, &ArticleFacts)) {
        for &ai in order {
            f(ai, &self[ai]);
        }
    }
}

impl Corpus for Vec<ArticleFacts> {
    fn len(&self) -> usize {
        self.as_slice().len()
    }

    fn key(&self, ai: usize) -> &str {
        &self[ai].key
    }

    fn visit(&self, order: &[usize], f: &mut dyn FnMut(usize, &ArticleFacts)) {
        self.as_slice().visit(order, f)
    }
}

/// Articles read on a pass from the store's facts cache, [`CachedCorpus::BATCH`] at a
/// time and in parallel: memory holds the keys of the corpus and the facts of one batch.
pub struct CachedCorpus<'s> {
    store: &'s Store,
    keys: Vec<String>,
}

impl<'s> CachedCorpus<'s> {
    /// Articles decoded per batch of a pass.
    pub const BATCH: usize = 256;

    /// The articles with these keys (sorted or not); their facts come without text.
    pub fn new(store: &'s Store, keys: Vec<String>) -> Self {
        CachedCorpus { store, keys }
    }

    /// The keys, in index order.
    pub fn into_keys(self) -> Vec<String> {
        self.keys
    }

    fn load(&self, ai: usize) -> Option<ArticleFacts> {
        let mut f = self.store.cached_facts(&self.keys[ai], None)?;
        // The text is most of an article's facts, and no pass needs it.
        f.text = String::new();
        Some(f)
    }
}

impl Corpus for CachedCorpus<'_> {
    fn len(&self) -> usize {
        self.keys.len()
    }

    fn key(&self, ai: usize) -> &str {
        &self.keys[ai]
    }

    fn visit(&self, order: &[usize], f: &mut dyn FnMut(usize, &ArticleFacts)) {
        for batch in order.chunks(Self::BATCH) {
            let loaded: Vec<Option<ArticleFacts>> =
                batch.par_iter().map(|&ai| self.load(ai)).collect();
            for (&ai, facts) in batch.iter().zip(loaded) {
                if let Some(facts) = facts {
                    f(ai, &facts);
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::resolve::{resolve, resolve_corpus};

    fn article(key: &str, text: &str) -> ArticleFacts {
        let doc = crate::ingest::document_from_text(
            key,
            std::path::Path::new(key),
            text.as_bytes(),
            "txt",
        )
        .expect("document");
        crate::extract::extract(&doc)
    }

    fn articles() -> Vec<ArticleFacts> {
        vec![
            article(
                "b.txt",
                "Foreign Minister Anna Lindqvist met Defence Minister Paul Okafor in Oslo \
                 on Tuesday. Lindqvist said the talks went well.",
            ),
            article(
                "a.txt",
                "Lindqvist, who met Okafor in Oslo, flew on to Berlin for a visit.",
            ),
            article(
                "c.txt",
                "Paul Okafor, the defence minister of Ghana, will visit Paris next week.",
            ),
        ]
    }

    #[test]
    fn a_corpus_read_back_from_the_cache_resolves_as_the_same_articles_in_memory() {
        let dir = tempfile::tempdir().expect("tempdir");
        let store = Store::open(&dir.path().join("store")).expect("store");
        let held = articles();
        for a in &held {
            store.cache_facts(a).expect("cache");
        }
        let keys = held.iter().map(|a| a.key.clone()).collect();
        let from_cache = resolve_corpus(&CachedCorpus::new(&store, keys));
        let in_memory = resolve(&held);
        assert!(
            in_memory
                .entities
                .iter()
                .any(|e| e.name == "Anna Lindqvist")
        );
        assert!(!in_memory.events.is_empty());
        assert_eq!(format!("{from_cache:?}"), format!("{in_memory:?}"));
    }

    #[test]
    fn an_article_lost_from_the_cache_is_left_out_of_every_pass_alike() {
        let dir = tempfile::tempdir().expect("tempdir");
        let store = Store::open(&dir.path().join("store")).expect("store");
        let held = articles();
        for a in &held {
            store.cache_facts(a).expect("cache");
        }
        let mut keys: Vec<String> = held.iter().map(|a| a.key.clone()).collect();
        keys.push("never-cached.txt".into());
        let corpus = CachedCorpus::new(&store, keys);
        let order = corpus.key_order();
        let mut passes = Vec::new();
        for _ in 0..2 {
            let mut seen = Vec::new();
            corpus.visit(&order, &mut |ai, f| {
                assert!(f.text.is_empty(), "a pass gets facts without their text");
                seen.push((ai, f.key.clone()));
            });
            passes.push(seen);
        }
        let keys: Vec<&str> = passes[0].iter().map(|(_, k)| k.as_str()).collect();
        assert_eq!(keys, ["a.txt", "b.txt", "c.txt"]);
        assert_eq!(passes[0], passes[1]);
        let res = resolve_corpus(&corpus);
        assert!(res.entity_map[3].is_empty());
        assert!(res.entities.iter().any(|e| e.name == "Paul Okafor"));
    }
}
