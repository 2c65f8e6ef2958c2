//! Entity linking: each canonical entity to its identifiers in external datasets
//! (Wikidata, GeoNames, a user's own dump or SPARQL endpoint), only when what the
//! articles say about it makes one candidate clearly right. A wrong link is worse than
//! none, so the decision needs evidence beyond the name.
//!
//! - [`candidates`]: the candidate model and the bundled gazetteer as a knowledge base.
//! - [`dataset`]: a user-supplied RDF dump as a knowledge base (`build --link-with`).
//! - [`endpoint`]: a remote SPARQL 1.1 endpoint as a knowledge base, batched and cached
//!   on disk (`build --link-endpoint`).
//! - [`evidence`]: what the articles say about an entity (roles, countries, years) and
//!   how well a candidate fits it.

pub mod candidates;
pub mod dataset;
pub mod endpoint;
pub mod evidence;
pub mod explain;

use serde::Serialize;

pub use candidates::{Bundled, Candidate, ExternalId, KnowledgeBase, Lookup, NameMatch};
pub use evidence::Context;

use crate::extract::EntityKind;
use crate::resolve::Resolved;

/// A link is made only when the best candidate scores at least this …
pub const MIN_SCORE: f32 = 1.5;
/// … and at least this much more than the next one.
pub const MIN_MARGIN: f32 = 0.5;

/// The identifiers an entity is linked to, and how sure the linker is.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Link {
    pub ids: Vec<ExternalId>,
    pub confidence: f32,
}

/// A candidate with its score and the reasons for it.
#[derive(Debug, Clone, Serialize)]
pub struct Scored {
    pub candidate: Candidate,
    pub score: f32,
    pub reasons: Vec<String>,
}

/// The linker's decision for one entity, with every candidate it weighed.
#[derive(Debug, Clone, Serialize)]
pub struct Decision {
    /// Best first.
    pub candidates: Vec<Scored>,
    pub link: Option<Link>,
    /// Why there is no link, when there is none.
    pub abstain: Option<String>,
}

/// Candidates from several knowledge bases, merged and weighed against the articles.
pub struct Linker {
    kbs: Vec<Box<dyn KnowledgeBase>>,
}

impl Default for Linker {
    fn default() -> Self {
        Linker::bundled()
    }
}

impl Linker {
    /// The bundled gazetteer only: offline, always available.
    pub fn bundled() -> Self {
        Linker {
            kbs: vec![Box::new(Bundled)],
        }
    }

    /// The bundled gazetteer, the given RDF dumps and the endpoint (with its answer
    /// cache in `cache_dir`). A dump that cannot be read is an error; warnings come back.
    pub fn configured(
        link_with: &[std::path::PathBuf],
        endpoint: Option<&(String, std::time::Duration)>,
        cache_dir: Option<std::path::PathBuf>,
    ) -> crate::Result<(Linker, Vec<String>)> {
        let mut linker = Linker::bundled();
        let (datasets, warnings) = dataset::load_all(link_with)?;
        for d in datasets {
            linker = linker.with(Box::new(d));
        }
        if let Some((url, timeout)) = endpoint {
            linker = linker.with(Box::new(endpoint::Endpoint::new(url, cache_dir, *timeout)));
        }
        Ok((linker, warnings))
    }

    /// Adds a knowledge base; its candidates join the bundled ones (merged when they
    /// share an identifier).
    pub fn with(mut self, kb: Box<dyn KnowledgeBase>) -> Self {
        self.kbs.push(kb);
        self
    }

    /// Every candidate for the entity, merged across knowledge bases.
    pub fn candidates(&self, lookup: &Lookup<'_>) -> Vec<Candidate> {
        let mut merged: Vec<Candidate> = Vec::new();
        for kb in &self.kbs {
            for c in kb.candidates(lookup) {
                match merged
                    .iter_mut()
                    .find(|m| m.ids.iter().any(|id| c.ids.contains(id)))
                {
                    Some(m) => m.absorb(c),
                    None => merged.push(c),
                }
            }
        }
        merged
    }

    /// Lets remote knowledge bases fetch what these lookups need, in batches.
    pub fn prefetch(&self, lookups: &[Lookup<'_>]) -> Vec<String> {
        self.kbs
            .iter()
            .flat_map(|kb| kb.prefetch(lookups))
            .collect()
    }

    /// Weighs the candidates for one entity and decides.
    pub fn decide(&self, ctx: &Context) -> Decision {
        if ctx.kind == EntityKind::Country {
            // Countries are identified by their ISO code when they are recognized.
            let ids = ctx
                .country_code
                .as_deref()
                .map(candidates::country_ids)
                .unwrap_or_default();
            let link = (!ids.is_empty()).then_some(Link {
                ids,
                confidence: 0.99,
            });
            return Decision {
                candidates: Vec::new(),
                abstain: link.is_none().then(|| "not a recognized country".into()),
                link,
            };
        }
        if ctx.district && ctx.kind == EntityKind::Place {
            return Decision {
                candidates: Vec::new(),
                abstain: Some("named as an electoral district, not the town".into()),
                link: None,
            };
        }
        let lookup = Lookup {
            kind: ctx.kind,
            names: &ctx.names,
        };
        let mut scored: Vec<Scored> = self
            .candidates(&lookup)
            .into_iter()
            .filter_map(|c| {
                let (score, reasons) = evidence::score(ctx, &c)?;
                Some(Scored {
                    candidate: c,
                    score,
                    reasons,
                })
            })
            .collect();
        evidence::relative(ctx, &mut scored);
        scored.sort_by(|a, b| {
            b.score
                .total_cmp(&a.score)
                .then_with(|| a.candidate.ids.cmp(&b.candidate.ids))
        });
        let (link, abstain) = match scored.as_slice() {
            [] => (None, Some("no candidate".to_string())),
            [best, rest @ ..] => {
                let next = rest.first().map_or(0.0, |s| s.score);
                if best.score < MIN_SCORE {
                    (
                        None,
                        Some(format!("best score {:.2} is below {MIN_SCORE}", best.score)),
                    )
                } else if best.score - next < MIN_MARGIN {
                    (
                        None,
                        Some(format!(
                            "best score {:.2} is within {MIN_MARGIN} of the next ({next:.2})",
                            best.score
                        )),
                    )
                } else {
                    let confidence =
                        (0.6 + 0.1 * (best.score - MIN_SCORE) + 0.1 * (best.score - next))
                            .min(0.99);
                    (
                        Some(Link {
                            ids: best.candidate.ids.clone(),
                            confidence,
                        }),
                        None,
                    )
                }
            }
        };
        Decision {
            candidates: scored,
            link,
            abstain,
        }
    }

    /// Links every canonical entity; `result[i]` belongs to `res.entities[i]`. Returns
    /// warnings from the knowledge bases (an endpoint that is down, …) beside them.
    pub fn link_all<C: crate::corpus::Corpus + ?Sized>(
        &self,
        corpus: &C,
        res: &Resolved,
    ) -> (Vec<Option<Link>>, Vec<String>) {
        let contexts = evidence::contexts(corpus, res);
        let lookups: Vec<Lookup<'_>> = contexts
            .iter()
            .filter(|c| c.kind != EntityKind::Country)
            .map(|c| Lookup {
                kind: c.kind,
                names: &c.names,
            })
            .collect();
        let warnings = self.prefetch(&lookups);
        let links = contexts.iter().map(|c| self.decide(c).link).collect();
        (links, warnings)
    }
}
