//! Stand-off annotations of whole articles (one JSON file per article; the format is
//! documented in `eval/README.md`) and their scorer.
//!
//! The scorer runs the real pipeline (ingest, extract, then one resolution over every
//! annotated article) and compares by name: a predicted entity matches an expected name
//! when its canonical name or one of its alternative labels equals it, ignoring case.
//! Every comparison is one-to-one (a prediction matches at most one expected item).

use std::collections::BTreeSet;
use std::io::Write;
use std::path::{Path, PathBuf};

use anyhow::{Context, bail};
use serde::{Deserialize, Serialize};

use super::{Counts, Row, micro, write_table};
use crate::extract::{ArticleFacts, EntityKind};
use crate::link::Link;
use crate::resolve::{CanonEntity, Resolved};

/// One annotated article.
#[derive(Debug, Clone, Default, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Annotation {
    /// The article, relative to the data root ("bbc-news/politics/015.txt").
    pub path: String,
    /// Free text for the annotator (ignored by the scorer).
    #[serde(default)]
    pub note: Option<String>,
    #[serde(default)]
    pub persons: Vec<String>,
    #[serde(default)]
    pub organizations: Vec<String>,
    /// Places and countries.
    #[serde(default)]
    pub places: Vec<String>,
    /// [person, role label, organization or null].
    #[serde(default)]
    pub roles: Vec<(String, String, Option<String>)>,
    #[serde(default)]
    pub events: Vec<GoldEvent>,
    /// Expected links, by entity (as written in `persons`, `organizations` or `places`):
    /// the identifiers ("Q64 | geonames:2950159", any of them counts) or `null` when the
    /// bundled data has the name but not this entity.
    #[serde(default)]
    pub links: std::collections::BTreeMap<String, Option<String>>,
    /// Where the annotation was read from (set by [`load_dir`]).
    #[serde(skip)]
    pub file: PathBuf,
}

/// An expected event: `["talks", "Chevening", "2005-01-12", "Jack Straw", …]` or the
/// same as an object with `type`, `place`, `date` and `attendees`.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(try_from = "RawEvent")]
pub struct GoldEvent {
    /// meeting, talks, phone call, visit, conference or summit.
    pub kind: String,
    pub place: Option<String>,
    /// "YYYY-MM-DD", or "--MM-DD" when the article gives no year; `None` when undated.
    pub date: Option<String>,
    pub attendees: Vec<String>,
}

/// The event types the extractor knows, as written in annotations.
pub const EVENT_TYPES: [&str; 6] = [
    "meeting",
    "talks",
    "phone call",
    "visit",
    "conference",
    "summit",
];

#[derive(Deserialize)]
#[serde(untagged)]
enum RawEvent {
    List(Vec<Option<String>>),
    Object {
        #[serde(rename = "type")]
        kind: String,
        #[serde(default)]
        place: Option<String>,
        #[serde(default)]
        date: Option<String>,
        #[serde(default)]
        attendees: Vec<String>,
    },
}

impl TryFrom<RawEvent> for GoldEvent {
    type Error = String;
    fn try_from(raw: RawEvent) -> Result<Self, String> {
        let (kind, place, date, attendees) = match raw {
            RawEvent::List(items) => {
                let mut it = items.into_iter();
                let kind = it
                    .next()
                    .flatten()
                    .ok_or("an event list starts with its type")?;
                let place = it.next().flatten();
                let date = it.next().flatten();
                let attendees = it
                    .map(|a| a.ok_or("attendees cannot be null"))
                    .collect::<Result<Vec<_>, _>>()?;
                (kind, place, date, attendees)
            }
            RawEvent::Object {
                kind,
                place,
                date,
                attendees,
            } => (kind, place, date, attendees),
        };
        let kind = alternatives(&kind.to_lowercase()).join(" | ");
        for k in alternatives(&kind) {
            if !EVENT_TYPES.contains(&k) {
                return Err(format!(
                    "unknown event type {k:?} (expected one of {})",
                    EVENT_TYPES.join(", ")
                ));
            }
        }
        if let Some(d) = &date
            && !valid_date(d)
        {
            return Err(format!(
                "event date {d:?} is neither YYYY-MM-DD nor --MM-DD"
            ));
        }
        Ok(GoldEvent {
            kind,
            place,
            date,
            attendees,
        })
    }
}

fn valid_date(d: &str) -> bool {
    let b = d.as_bytes();
    let digits = |r: std::ops::Range<usize>| b[r].iter().all(u8::is_ascii_digit);
    match b.len() {
        10 => digits(0..4) && b[4] == b'-' && digits(5..7) && b[7] == b'-' && digits(8..10),
        7 => b[0..2] == *b"--" && digits(2..4) && b[4] == b'-' && digits(5..7),
        _ => false,
    }
}

/// Parses one annotation file's text.
pub fn parse(json: &str) -> anyhow::Result<Annotation> {
    let a: Annotation = serde_json::from_str(json)?;
    if a.path.trim().is_empty() {
        bail!("\"path\" is empty");
    }
    Ok(a)
}

/// Reads every `*.json` file under `dir` (recursively, in path order).
pub fn load_dir(dir: &Path) -> anyhow::Result<Vec<Annotation>> {
    let mut files = Vec::new();
    for entry in walkdir::WalkDir::new(dir).sort_by_file_name() {
        let entry = entry.with_context(|| format!("cannot list {}", dir.display()))?;
        if entry.file_type().is_file() && entry.path().extension().is_some_and(|e| e == "json") {
            files.push(entry.into_path());
        }
    }
    if files.is_empty() {
        bail!("no annotation files (*.json) under {}", dir.display());
    }
    files
        .into_iter()
        .map(|f| {
            let text = std::fs::read_to_string(&f)
                .with_context(|| format!("cannot read {}", f.display()))?;
            let mut a = parse(&text).with_context(|| format!("{}", f.display()))?;
            a.file = f;
            Ok(a)
        })
        .collect()
}

/// The categories scored, in table order.
pub const CATEGORIES: [&str; 7] = [
    "persons",
    "organizations",
    "places",
    "roles",
    "events",
    "attendees",
    "links",
];

/// One article's results.
#[derive(Debug, Clone, Default, Serialize)]
pub struct ArticleReport {
    pub path: String,
    /// Per category, in [`CATEGORIES`] order.
    pub counts: Vec<(String, Counts)>,
    /// Events aligned on type and place, and how many of those have the expected date.
    pub dates_correct: usize,
    pub dates_aligned: usize,
    /// Expected items not found, as "category: item".
    pub missed: Vec<String>,
    /// Predictions that match nothing expected, as "category: item".
    pub spurious: Vec<String>,
}

#[derive(Debug, Clone, Default, Serialize)]
pub struct Report {
    pub articles: Vec<ArticleReport>,
    pub totals: Vec<Row>,
    pub dates_correct: usize,
    pub dates_aligned: usize,
    #[serde(skip)]
    pub warnings: Vec<String>,
}

impl Report {
    pub fn write_table(&self, out: &mut dyn Write) -> std::io::Result<()> {
        writeln!(out, "{} annotated articles", self.articles.len())?;
        write_table(out, &self.totals)?;
        writeln!(
            out,
            "date accuracy (events aligned on type and place): {}/{}",
            self.dates_correct, self.dates_aligned
        )?;
        for a in &self.articles {
            writeln!(out)?;
            let cells: Vec<String> = a
                .counts
                .iter()
                .map(|(c, n)| format!("{c} {}/{}/{}", n.tp, n.gold, n.predicted))
                .collect();
            writeln!(out, "{} (tp/gold/pred): {}", a.path, cells.join(", "))?;
            for m in &a.missed {
                writeln!(out, "  missed   {m}")?;
            }
            for s in &a.spurious {
                writeln!(out, "  spurious {s}")?;
            }
        }
        Ok(())
    }
}

/// Case-, space- and hyphen-insensitive form of a role label.
pub fn role_key(label: &str) -> String {
    label
        .to_lowercase()
        .replace(['-', '‐', '–'], " ")
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

fn name_key(name: &str) -> String {
    name.to_lowercase()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// The alternatives of an expected value written "A | B": ["A", "B"].
pub fn alternatives(value: &str) -> Vec<&str> {
    value
        .split('|')
        .map(str::trim)
        .filter(|v| !v.is_empty())
        .collect()
}

/// A canonical entity matches an expected name ("A" or "A | B | …", any of them) by its
/// name or an alternative label.
pub fn entity_matches(e: &CanonEntity, name: &str) -> bool {
    alternatives(name).into_iter().any(|n| {
        let k = name_key(n);
        name_key(&e.name) == k || e.alt_labels.iter().any(|l| name_key(l) == k)
    })
}

/// The annotated entity a role's, an event's or an attendee's name stands for: "Finance
/// Ministry" written for the entry "Finance Ministry | Japanese Finance Ministry" takes
/// every form of that entry besides its own. A name that is a form of no entry, or of
/// two, stays as written.
fn entry_of(ann: &Annotation, name: &str) -> String {
    let keys: Vec<String> = alternatives(name).into_iter().map(name_key).collect();
    let mut entries = ann
        .persons
        .iter()
        .chain(&ann.organizations)
        .chain(&ann.places)
        .filter(|e| {
            alternatives(e)
                .into_iter()
                .any(|f| keys.contains(&name_key(f)))
        });
    match (entries.next(), entries.next()) {
        (Some(entry), None) => format!("{name} | {entry}"),
        _ => name.to_string(),
    }
}

/// Runs the pipeline on the annotated articles and scores it.
pub fn score(annotations: &[Annotation], data_root: &Path) -> anyhow::Result<Report> {
    let mut facts = Vec::with_capacity(annotations.len());
    let mut texts = Vec::with_capacity(annotations.len());
    let mut warnings = Vec::new();
    for a in annotations {
        let path = data_root.join(&a.path);
        let src = crate::ingest::Source {
            path: path.clone(),
            key: a.path.clone(),
        };
        let (docs, errs) = crate::ingest::read_source(&src);
        warnings.extend(errs.iter().map(|e| e.to_string()));
        let Some(doc) = docs.first() else {
            bail!(
                "{}: the article {} could not be read",
                a.file.display(),
                path.display()
            );
        };
        if docs.len() > 1 {
            warnings.push(format!(
                "{}: {} articles in the file, the first is scored",
                a.path,
                docs.len()
            ));
        }
        facts.push(crate::extract::extract(doc));
        texts.push(doc.text.clone());
    }
    let resolved = crate::resolve::resolve(&facts);
    let (links, link_warnings) = crate::link::Linker::bundled().link_all(&facts, &resolved);
    warnings.extend(link_warnings);
    Ok(score_resolved(
        annotations,
        &facts,
        &texts,
        &resolved,
        &links,
        warnings,
    ))
}

/// Scores already extracted and resolved articles (`facts[i]` belongs to `annotations[i]`).
pub fn score_resolved(
    annotations: &[Annotation],
    facts: &[ArticleFacts],
    texts: &[String],
    resolved: &Resolved,
    links: &[Option<Link>],
    warnings: Vec<String>,
) -> Report {
    let mut report = Report {
        warnings,
        ..Report::default()
    };
    for (ai, ((ann, f), text)) in annotations.iter().zip(facts).zip(texts).enumerate() {
        report
            .articles
            .push(score_article(ai, ann, f, text, resolved, links));
    }
    report.totals = CATEGORIES
        .iter()
        .enumerate()
        .map(|(ci, c)| Row::new(*c, micro(report.articles.iter().map(|a| a.counts[ci].1))))
        .collect();
    let entity_total = micro(report.totals[..3].iter().map(|r| r.counts));
    report
        .totals
        .insert(3, Row::new("entities (micro)", entity_total));
    report.dates_correct = report.articles.iter().map(|a| a.dates_correct).sum();
    report.dates_aligned = report.articles.iter().map(|a| a.dates_aligned).sum();
    report
}

/// Which entity kinds a category counts.
type KindFilter = fn(EntityKind) -> bool;

/// Does the article name this country only by its adjective or demonym ("Armenians",
/// "British ministers")? The annotations follow CoNLL's convention that nationality
/// words are not place names, so such a country is not scored as a place (the graph
/// still links the mention to the country).
fn named_only_by_demonym(f: &ArticleFacts, text: &str, local: &[usize]) -> bool {
    let g = crate::gazetteer::gazetteer();
    local.iter().all(|&l| {
        let e = &f.entities[l];
        e.kind == EntityKind::Country
            && e.mentions.iter().all(|m| {
                let surface = text.get(m.start..m.end).unwrap_or("");
                let singular = surface.strip_suffix('s').unwrap_or(surface);
                // ("the Philippines": a country's own plural name, whose singular is
                // its adjective, names it.)
                g.is_demonym(surface) || (g.is_demonym(singular) && g.country(surface).is_none())
            })
    })
}

fn score_article(
    ai: usize,
    ann: &Annotation,
    f: &ArticleFacts,
    text: &str,
    r: &Resolved,
    links: &[Option<Link>],
) -> ArticleReport {
    let ents = &r.entities;
    let mut out = ArticleReport {
        path: ann.path.clone(),
        ..ArticleReport::default()
    };
    let local: BTreeSet<usize> = r
        .entity_map
        .get(ai)
        .into_iter()
        .flatten()
        .copied()
        .collect();
    let name = |c: usize| ents[c].name.clone();

    // Entities.
    let groups: [(&str, &[String], KindFilter); 3] = [
        ("persons", &ann.persons, |k| k == EntityKind::Person),
        ("organizations", &ann.organizations, |k| {
            k == EntityKind::Organization
        }),
        ("places", &ann.places, |k| {
            matches!(k, EntityKind::Place | EntityKind::Country)
        }),
    ];
    for (cat, gold, is_kind) in groups {
        let pred: Vec<usize> = local
            .iter()
            .copied()
            .filter(|&c| is_kind(ents[c].kind))
            .filter(|&c| {
                cat != "places" || {
                    let forms: Vec<usize> = (0..f.entities.len())
                        .filter(|&l| r.entity_map[ai][l] == c)
                        .collect();
                    forms.is_empty() || !named_only_by_demonym(f, text, &forms)
                }
            })
            .collect();
        let (tp, missed, spurious) = align(gold, &pred, |g, &p| entity_matches(&ents[p], g));
        out.counts
            .push((cat.into(), Counts::new(tp, pred.len(), gold.len())));
        out.missed
            .extend(missed.iter().map(|&i| format!("{cat}: {}", gold[i])));
        out.spurious.extend(
            spurious
                .iter()
                .map(|&i| format!("{cat}: {}", name(pred[i]))),
        );
    }

    // Roles, as the article states them, with canonical names.
    let map = |l: usize| r.entity_map[ai][l];
    let mut pred_roles: Vec<(usize, String, Option<usize>)> = f
        .roles
        .iter()
        .map(|x| (map(x.person), role_key(&x.role), x.organization.map(map)))
        .collect();
    pred_roles.sort();
    pred_roles.dedup();
    let (tp, missed, spurious) = align(&ann.roles, &pred_roles, |(gp, gr, go), (pp, pr, po)| {
        entity_matches(&ents[*pp], &entry_of(ann, gp))
            && alternatives(gr).into_iter().any(|a| role_key(a) == *pr)
            && match (go, po) {
                (None, None) => true,
                (Some(g), Some(p)) => entity_matches(&ents[*p], &entry_of(ann, g)),
                _ => false,
            }
    });
    out.counts.push((
        "roles".into(),
        Counts::new(tp, pred_roles.len(), ann.roles.len()),
    ));
    out.missed.extend(missed.iter().map(|&i| {
        let (p, l, o) = &ann.roles[i];
        format!("roles: ({p}; {l}; {})", o.as_deref().unwrap_or("-"))
    }));
    out.spurious.extend(spurious.iter().map(|&i| {
        let (p, l, o) = &pred_roles[i];
        format!(
            "roles: ({}; {l}; {})",
            name(*p),
            o.map(name).unwrap_or_else(|| "-".into())
        )
    }));

    // Events: aligned on type and place (preferring the same date), then scored.
    let pred_events: Vec<usize> = r
        .events
        .iter()
        .enumerate()
        .filter(|(_, e)| e.support.iter().any(|s| s.article == ai))
        .map(|(i, _)| i)
        .collect();
    let date_of = |e: usize| -> Option<String> {
        let ev = &r.events[e];
        ev.start_date
            .clone()
            .or_else(|| ev.partial_date.map(|(m, d)| format!("--{m:02}-{d:02}")))
    };
    let same_frame = |g: &GoldEvent, p: usize| {
        let ev = &r.events[p];
        alternatives(&g.kind).contains(&ev.kind.label())
            && match (&g.place, ev.place) {
                (None, None) => true,
                (Some(n), Some(pl)) => entity_matches(&ents[pl], &entry_of(ann, n)),
                // A venue the graph names as the event's location ("Chevening").
                (Some(n), None) => ev.venue.as_deref().is_some_and(|v| {
                    alternatives(n)
                        .iter()
                        .any(|a| crate::text::fold_key(a) == crate::text::fold_key(v))
                }),
                _ => false,
            }
    };
    let mut used = vec![false; pred_events.len()];
    let mut pairs: Vec<(usize, usize)> = Vec::new();
    let mut gold_done = vec![false; ann.events.len()];
    for same_date in [true, false] {
        for (gi, g) in ann.events.iter().enumerate() {
            if gold_done[gi] {
                continue;
            }
            let hit = (0..pred_events.len()).find(|&pi| {
                !used[pi]
                    && same_frame(g, pred_events[pi])
                    && (!same_date || date_of(pred_events[pi]) == g.date)
            });
            if let Some(pi) = hit {
                used[pi] = true;
                gold_done[gi] = true;
                pairs.push((gi, pi));
            }
        }
    }
    let dated = pairs
        .iter()
        .filter(|(gi, pi)| date_of(pred_events[*pi]) == ann.events[*gi].date)
        .count();
    out.counts.push((
        "events".into(),
        Counts::new(dated, pred_events.len(), ann.events.len()),
    ));
    out.dates_aligned = pairs.len();
    out.dates_correct = dated;
    let describe_pred = |p: usize| {
        let ev = &r.events[p];
        format!(
            "events: ({}; {}; {})",
            ev.kind.label(),
            ev.place
                .map(name)
                .or_else(|| ev.venue.clone())
                .unwrap_or_else(|| "-".into()),
            date_of(p).unwrap_or_else(|| "-".into())
        )
    };
    for (gi, g) in ann.events.iter().enumerate() {
        let aligned = pairs.iter().find(|(x, _)| *x == gi);
        let ok = aligned.is_some_and(|(_, pi)| date_of(pred_events[*pi]) == g.date);
        if !ok {
            let mut m = format!(
                "events: ({}; {}; {})",
                g.kind,
                g.place.as_deref().unwrap_or("-"),
                g.date.as_deref().unwrap_or("-")
            );
            if let Some((_, pi)) = aligned {
                m.push_str(&format!(
                    " (found with date {})",
                    date_of(pred_events[*pi]).unwrap_or_else(|| "-".into())
                ));
            }
            out.missed.push(m);
        }
    }
    for (pi, &p) in pred_events.iter().enumerate() {
        if !used[pi] {
            out.spurious.push(describe_pred(p));
        }
    }

    // Attendees of aligned events; attendees of unaligned events all count as errors.
    let mut att = Counts::new(
        0,
        pred_events
            .iter()
            .map(|&p| r.events[p].attendees.len())
            .sum(),
        ann.events.iter().map(|g| g.attendees.len()).sum(),
    );
    for (gi, pi) in &pairs {
        let g = &ann.events[*gi];
        let pred: Vec<usize> = r.events[pred_events[*pi]]
            .attendees
            .iter()
            .copied()
            .collect();
        let (tp, missed, spurious) = align(&g.attendees, &pred, |n, &p| {
            entity_matches(&ents[p], &entry_of(ann, n))
        });
        att.tp += tp;
        out.missed.extend(
            missed
                .iter()
                .map(|&i| format!("attendees: {} ({})", g.attendees[i], g.kind)),
        );
        out.spurious.extend(
            spurious
                .iter()
                .map(|&i| format!("attendees: {} ({})", name(pred[i]), g.kind)),
        );
    }
    out.counts.push(("attendees".into(), att));
    score_links(ann, &local, r, links, &mut out);
    debug_assert_eq!(
        out.counts
            .iter()
            .map(|(c, _)| c.as_str())
            .collect::<Vec<_>>(),
        CATEGORIES
    );
    out
}

/// Links of the article's entities against the expected ones. A link on an entity the
/// annotation lists is right when every identifier it carries is among the expected
/// ones; a link where none is expected (`null`, or no entry because the bundled data
/// has no candidate) is wrong. Entities the annotation does not list are not scored.
fn score_links(
    ann: &Annotation,
    local: &BTreeSet<usize>,
    r: &Resolved,
    links: &[Option<Link>],
    out: &mut ArticleReport,
) {
    let ents = &r.entities;
    let gold_some = ann.links.values().filter(|v| v.is_some()).count();
    let listed: Vec<&String> = ann
        .persons
        .iter()
        .chain(&ann.organizations)
        .chain(&ann.places)
        .collect();
    let mut counts = Counts::new(0, 0, gold_some);
    let mut found: BTreeSet<&str> = BTreeSet::new();
    for &c in local {
        let Some(Some(link)) = links.get(c) else {
            continue;
        };
        let ids: Vec<String> = link.ids.iter().map(|i| i.short()).collect();
        let Some(entity) = listed.iter().find(|g| entity_matches(&ents[c], g)) else {
            continue;
        };
        if found.contains(entity.as_str()) {
            continue;
        }
        counts.predicted += 1;
        match ann.links.get(entity.as_str()) {
            Some(Some(gold)) => {
                let accepted = alternatives(gold);
                if ids.iter().all(|i| accepted.contains(&i.as_str())) {
                    counts.tp += 1;
                    found.insert(entity.as_str());
                } else {
                    out.spurious.push(format!(
                        "links: {} → {} (expected {gold})",
                        ents[c].name,
                        ids.join(" ")
                    ));
                }
            }
            Some(None) => out.spurious.push(format!(
                "links: {} → {} (expected none)",
                ents[c].name,
                ids.join(" ")
            )),
            None => out.spurious.push(format!(
                "links: {} → {} (no candidate expected)",
                ents[c].name,
                ids.join(" ")
            )),
        }
    }
    for (name, gold) in &ann.links {
        if let Some(g) = gold
            && !found.contains(name.as_str())
        {
            out.missed.push(format!("links: {name} ({g})"));
        }
    }
    out.counts.push(("links".into(), counts));
}

/// Greedy one-to-one alignment: (matches, unmatched gold indices, unmatched predictions).
fn align<G, P>(
    gold: &[G],
    pred: &[P],
    matches: impl Fn(&G, &P) -> bool,
) -> (usize, Vec<usize>, Vec<usize>) {
    let mut used = vec![false; pred.len()];
    let mut missed = Vec::new();
    for (gi, g) in gold.iter().enumerate() {
        match (0..pred.len()).find(|&i| !used[i] && matches(g, &pred[i])) {
            Some(i) => used[i] = true,
            None => missed.push(gi),
        }
    }
    let spurious: Vec<usize> = (0..pred.len()).filter(|&i| !used[i]).collect();
    (gold.len() - missed.len(), missed, spurious)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::eval::match_count;

    #[test]
    fn align_agrees_with_match_count() {
        let gold = ["a", "b", "b"];
        let pred = ["b", "c"];
        let (tp, missed, spurious) = align(&gold, &pred, |g, p| g == p);
        assert_eq!(tp, match_count(&gold, &pred, |g, p| g == p));
        assert_eq!((tp, missed, spurious), (1, vec![0, 2], vec![1]));
    }

    #[test]
    fn a_short_form_stands_for_its_entry() {
        let ann: Annotation = serde_json::from_str(
            r#"{"path": "a.txt", "organizations": ["Finance Ministry | Japanese Finance Ministry"],
                "persons": ["Ann Lee", "Tom Lee"]}"#,
        )
        .unwrap();
        let forms = entry_of(&ann, "Finance Ministry");
        assert!(alternatives(&forms).contains(&"Japanese Finance Ministry"));
        // "Lee" is a form of no entry as written; "Ann Lee" is one entry's own.
        assert_eq!(entry_of(&ann, "Lee"), "Lee");
        assert_eq!(entry_of(&ann, "Ann Lee"), "Ann Lee | Ann Lee");
    }

    #[test]
    fn dates_are_validated() {
        assert!(valid_date("2005-01-12"));
        assert!(valid_date("--01-12"));
        assert!(!valid_date("12 January 2005"));
    }
}
