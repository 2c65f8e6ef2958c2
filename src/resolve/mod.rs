//! One node per real person, organization, place and event across all articles.
//!
//! Input: every article's [`ArticleFacts`]. Output: a [`Resolved`] corpus where each
//! article-local entity and event points to a canonical one. Resolution is a pure
//! function of the set of articles (it sorts its input), so the same corpus always
//! gives the same graph, whatever order files were read in.
//!
//! - Countries are keyed by ISO code, organizations by gazetteer identity or folded
//!   name (their acronyms defined in the text join them), places by folded name,
//!   people by folded full name; a surname alone joins the one person of the corpus
//!   with that surname, if there is exactly one.
//! - Events merge when their kinds fit, places and dates do not conflict, and they share
//!   enough: people, parties, name, place, date. Two undated reports need a person or
//!   a name in common: a country and a place alone ("talks in Washington with the
//!   United States") fit too many events. A date computed from a page-header date
//!   (often the capture day, not the publication day) may yield to better-supported
//!   dates; two firmly dated events on different days never merge.

mod events;

use std::collections::{BTreeMap, BTreeSet, HashMap};

use petgraph::unionfind::UnionFind;

use crate::corpus::Corpus;
use crate::extract::roles::role_key;
use crate::extract::{ArticleFacts, DateStrength, EntityKind, EventKind, EventStatus};
use crate::text::{Span, fold_key};

pub use events::CanonEvent;

/// A canonical entity.
#[derive(Debug, Clone, PartialEq)]
pub struct CanonEntity {
    pub kind: EntityKind,
    pub name: String,
    pub alt_labels: BTreeSet<String>,
    pub country_code: Option<String>,
    /// Acts as an organization somewhere (holds members, attends).
    pub acts: bool,
}

/// A canonical person–role–organization statement.
#[derive(Debug, Clone, PartialEq)]
pub struct CanonMembership {
    pub person: usize,
    pub role: String,
    pub organization: usize,
    /// (article, evidence sentence, confidence)
    pub support: Vec<(usize, Span, f32)>,
}

/// The whole corpus, resolved.
#[derive(Debug, Default)]
pub struct Resolved {
    pub entities: Vec<CanonEntity>,
    pub memberships: Vec<CanonMembership>,
    pub events: Vec<CanonEvent>,
    /// Per article (in the order given), local entity index → canonical entity.
    pub entity_map: Vec<Vec<usize>>,
}

/// Resolve a corpus held in memory. `articles` may come in any order.
pub fn resolve(articles: &[ArticleFacts]) -> Resolved {
    resolve_corpus(articles)
}

/// The first key of an entity mention: the one every mention of it has, so a second
/// pass finds the mention's node from it alone.
fn primary_key(e: &crate::extract::Entity) -> String {
    match e.kind {
        EntityKind::Country => format!(
            "C:{}",
            e.country_code.clone().unwrap_or_else(|| fold_key(&e.name))
        ),
        EntityKind::Organization => format!("O:{}", fold_key(&e.name)),
        EntityKind::Place => format!("L:{}", fold_key(&e.name)),
        EntityKind::Person => format!("P:{}", fold_key(&e.name)),
    }
}

/// Resolve a corpus in two passes over its articles (in key order, whatever order the
/// corpus holds them in). Between passes the resolver holds what grows with the number
/// of distinct names, not with the number of articles: the name keys, the keys to join,
/// the surnames. The second pass gives each mention its node.
pub fn resolve_corpus<C: Corpus + ?Sized>(corpus: &C) -> Resolved {
    let order = corpus.key_order();

    // 1. Entities: union keys that name the same thing. Each key string is stored once
    // (in `key_ids`); what is joined is held as pairs of key numbers, once each.
    let mut key_ids: HashMap<String, usize> = HashMap::new();
    let mut intern = |k: String| -> usize {
        let n = key_ids.len();
        *key_ids.entry(k).or_insert(n)
    };
    let mut joined: BTreeSet<(usize, usize)> = BTreeSet::new();
    let mut surname_only: BTreeSet<String> = BTreeSet::new();
    // A lone surname joins the full-named person with that surname: the only one in the
    // corpus, or one named in at least four times as many articles as all the others.
    let mut by_surname: BTreeMap<String, BTreeMap<String, usize>> = BTreeMap::new();
    corpus.visit(&order, &mut |_, article| {
        for e in &article.entities {
            let mut ks = vec![intern(primary_key(e))];
            match e.kind {
                EntityKind::Organization => {
                    for a in &e.aliases {
                        ks.push(intern(format!("O:{}", fold_key(a))));
                    }
                    if let Some(o) = crate::gazetteer::gazetteer().organizations(&e.name).first()
                        && let Some(q) = &o.qid
                    {
                        ks.push(intern(format!("O:{q}")));
                    }
                }
                EntityKind::Person => {
                    // "L. Paul Bremer" is also "Paul Bremer".
                    if let Some((first, rest)) = e.name.split_once(' ')
                        && crate::text::is_initial(first)
                        && rest.contains(' ')
                    {
                        ks.push(intern(format!("P:{}", fold_key(rest))));
                    }
                    if e.name.split_whitespace().count() == 1 {
                        surname_only.insert(fold_key(&e.name));
                    } else if e.name.split_whitespace().count() >= 2 {
                        let last = crate::text::surname_key(&e.name);
                        *by_surname
                            .entry(last)
                            .or_default()
                            .entry(fold_key(&e.name))
                            .or_default() += 1;
                    }
                }
                EntityKind::Country | EntityKind::Place => {}
            }
            for w in ks.windows(2) {
                if w[0] != w[1] {
                    joined.insert((w[0].min(w[1]), w[0].max(w[1])));
                }
            }
        }
    });
    let mut uf = UnionFind::<usize>::new(key_ids.len());
    for &(a, b) in &joined {
        uf.union(a, b);
    }
    drop(joined);
    for surname in &surname_only {
        if let Some(full) = by_surname.get(surname)
            && let Some((best, n)) = full.iter().max_by(|a, b| a.1.cmp(b.1).then(b.0.cmp(a.0)))
            && *n
                >= 4 * (full.values().sum::<usize>() - n).max(1)
                    / if full.len() == 1 { 4 } else { 1 }
        {
            let full_key = format!("P:{best}");
            uf.union(key_ids[&format!("P:{surname}")], key_ids[&full_key]);
        }
    }
    drop(by_surname);
    // Canonical entities in a stable order: by their smallest key.
    let mut smallest_key: HashMap<usize, &str> = HashMap::new();
    for (k, &id) in &key_ids {
        let slot = smallest_key.entry(uf.find(id)).or_insert(k);
        if k.as_str() < *slot {
            *slot = k;
        }
    }
    let mut roots: Vec<(&str, usize)> = smallest_key.into_iter().map(|(r, k)| (k, r)).collect();
    roots.sort();
    let root_index: HashMap<usize, usize> = roots
        .iter()
        .enumerate()
        .map(|(i, (_, r))| (*r, i))
        .collect();
    // Each key's node, found in the second pass by the mention's primary key.
    let node_of_key: HashMap<&str, usize> = key_ids
        .iter()
        .map(|(k, &id)| (k.as_str(), root_index[&uf.find(id)]))
        .collect();

    // 2. The second pass: each mention's node, what the nodes are called, the roles
    // and the event reports.
    let mut entity_map: Vec<Vec<usize>> = vec![Vec::new(); corpus.len()];
    let mut names: Vec<BTreeMap<String, usize>> = vec![BTreeMap::new(); roots.len()];
    let mut entities: Vec<CanonEntity> = roots
        .iter()
        .map(|_| CanonEntity {
            kind: EntityKind::Place,
            name: String::new(),
            alt_labels: BTreeSet::new(),
            country_code: None,
            acts: false,
        })
        .collect();
    let mut kinds: Vec<BTreeMap<EntityKind, usize>> = vec![BTreeMap::new(); roots.len()];
    let mut memberships: BTreeMap<(usize, String, usize), CanonMembership> = BTreeMap::new();
    let mut orgless: Vec<(usize, String, usize, Span, f32)> = Vec::new();
    let mut reports = events::Reports::default();
    corpus.visit(&order, &mut |ai, article| {
        let map: Vec<usize> = article
            .entities
            .iter()
            .map(|e| node_of_key[primary_key(e).as_str()])
            .collect();
        for (e, &ci) in article.entities.iter().zip(&map) {
            let c = &mut entities[ci];
            *kinds[ci].entry(e.kind).or_default() += 1;
            c.acts |= e.acts;
            if c.country_code.is_none() {
                c.country_code = e.country_code.clone();
            }
            *names[ci].entry(e.name.clone()).or_default() += e.mentions.len().max(1);
            for a in &e.aliases {
                names[ci].entry(a.clone()).or_default();
            }
        }
        for r in &article.roles {
            let person = map[r.person];
            match r.organization {
                Some(o) => {
                    let org = map[o];
                    let m = memberships
                        .entry((person, role_key(&r.role), org))
                        .or_insert_with(|| CanonMembership {
                            person,
                            role: r.role.clone(),
                            organization: org,
                            support: Vec::new(),
                        });
                    m.support.push((ai, r.evidence, r.confidence));
                }
                None => orgless.push((person, role_key(&r.role), ai, r.evidence, r.confidence)),
            }
        }
        reports.add(ai, article, &map);
        entity_map[ai] = map;
    });
    drop(node_of_key);
    for (ci, c) in entities.iter_mut().enumerate() {
        c.kind = kinds[ci]
            .iter()
            .max_by_key(|(k, n)| (**n, std::cmp::Reverse(**k)))
            .map(|(k, _)| *k)
            .unwrap_or(EntityKind::Place);
        // The fullest form: most words, then most mentions, then alphabetical.
        let best = names[ci]
            .iter()
            .max_by(|a, b| {
                let wa = a.0.split_whitespace().count();
                let wb = b.0.split_whitespace().count();
                let fullest = if c.kind == EntityKind::Person || c.kind == EntityKind::Organization
                {
                    wa.cmp(&wb)
                } else {
                    std::cmp::Ordering::Equal
                };
                fullest.then(a.1.cmp(b.1)).then(b.0.cmp(a.0))
            })
            .map(|(n, _)| n.clone())
            .unwrap_or_default();
        c.alt_labels = names[ci].keys().filter(|n| **n != best).cloned().collect();
        c.name = best;
    }

    // 2b. Memberships.
    // A role stated without its organization joins the same person's same role stated with one.
    for (person, role_key, ai, span, conf) in orgless {
        let hits: Vec<(usize, String, usize)> = memberships
            .keys()
            .filter(|(p, r, _)| *p == person && *r == role_key)
            .cloned()
            .collect();
        if hits.len() == 1
            && let Some(m) = memberships.get_mut(&hits[0])
            && !m.support.iter().any(|s| s.0 == ai && s.1 == span)
        {
            m.support.push((ai, span, conf));
        }
    }
    for m in memberships.values_mut() {
        m.support.sort_by_key(|a| (a.0, a.1));
        m.support.dedup_by(|a, b| a.0 == b.0 && a.1 == b.1);
        entities[m.organization].acts = true;
    }

    // 3. Events.
    let events = reports.resolve(&entities);
    for e in &events {
        for &a in &e.attendees {
            if entities[a].kind != EntityKind::Person {
                entities[a].acts = true;
            }
        }
    }
    Resolved {
        entities,
        memberships: memberships.into_values().collect(),
        events,
        entity_map,
    }
}

/// Weight of a date report by how it was obtained.
pub(crate) fn strength_weight(s: Option<DateStrength>) -> u32 {
    match s {
        Some(DateStrength::Absolute) => 3,
        Some(DateStrength::Relative) => 2,
        Some(DateStrength::Weak) => 1,
        None => 0,
    }
}

pub(crate) fn status_rank(s: Option<EventStatus>) -> u8 {
    match s {
        Some(EventStatus::Held) => 3,
        Some(EventStatus::Cancelled) => 2,
        Some(EventStatus::Planned) => 1,
        None => 0,
    }
}

pub(crate) fn kind_rank(k: EventKind) -> u8 {
    match k {
        EventKind::Meeting => 0,
        _ => 1,
    }
}
