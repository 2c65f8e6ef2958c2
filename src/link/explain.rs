//! `newsgraph link --explain NAME`: the linker's decision for the entities of a store
//! that bear a name, with every candidate, its score and the reasons — or, when the
//! store has no such entity, for the bare name with no context.

use serde::Serialize;

use super::{Context, Decision, Linker, Lookup, evidence};
use crate::extract::EntityKind;
use crate::resolve;
use crate::store::Store;

/// One explained entity.
#[derive(Debug, Serialize)]
pub struct Explained {
    pub name: String,
    pub kind: EntityKind,
    /// Roles the articles state for it, as "role (organization)".
    pub roles: Vec<String>,
    /// Countries its articles name, with the number of articles.
    pub countries: Vec<(String, usize)>,
    pub years: Vec<i32>,
    /// Whether the entity is in the store (else only its name was looked up).
    pub in_store: bool,
    pub decision: Decision,
}

fn same_name(ctx: &Context, name: &str) -> bool {
    let key = crate::gazetteer::normalize(name);
    ctx.names
        .iter()
        .any(|n| crate::gazetteer::normalize(n) == key)
}

/// Explains how `name` is linked. `store` may be absent; `kind` limits the kinds looked
/// at (all when `None`).
pub fn explain(
    linker: &Linker,
    store: Option<&Store>,
    name: &str,
    kind: Option<EntityKind>,
) -> (Vec<Explained>, Vec<String>) {
    let mut contexts: Vec<Context> = Vec::new();
    if let Some(store) = store {
        let articles: Vec<_> = store
            .manifest
            .articles
            .keys()
            .filter_map(|k| store.cached_facts(k, None))
            .collect();
        let res = resolve::resolve(&articles);
        contexts = evidence::contexts(&articles, &res)
            .into_iter()
            .filter(|c| same_name(c, name) && kind.is_none_or(|k| k == c.kind))
            .collect();
    }
    let in_store = !contexts.is_empty();
    if !in_store {
        let kinds = match kind {
            Some(k) => vec![k],
            None => vec![
                EntityKind::Person,
                EntityKind::Organization,
                EntityKind::Place,
            ],
        };
        contexts = kinds.into_iter().map(|k| Context::bare(k, name)).collect();
    }
    let lookups: Vec<Lookup<'_>> = contexts
        .iter()
        .map(|c| Lookup {
            kind: c.kind,
            names: &c.names,
        })
        .collect();
    let warnings = linker.prefetch(&lookups);
    let out = contexts
        .iter()
        .map(|c| Explained {
            name: c.names[0].clone(),
            kind: c.kind,
            roles: c
                .roles
                .iter()
                .map(|r| match &r.organization {
                    Some(o) => format!("{} ({o})", r.role),
                    None => r.role.clone(),
                })
                .collect(),
            countries: c.countries.iter().map(|(k, v)| (k.clone(), *v)).collect(),
            years: c.years.iter().copied().collect(),
            in_store,
            decision: linker.decide(c),
        })
        .filter(|e| in_store || !e.decision.candidates.is_empty() || kind.is_some())
        .collect();
    (out, warnings)
}
