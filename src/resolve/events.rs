//! Cross-article event resolution: one node per real meeting, talk, call or visit.

use std::collections::{BTreeMap, BTreeSet};

use super::{CanonEntity, kind_rank, status_rank, strength_weight};
use crate::extract::events::periods_fit;
use crate::extract::{
    ArticleFacts, DateStrength, EntityKind, EventDate, EventFact, EventKind, EventStatus,
};
use crate::text::{Span, fold_key};

/// One article's report of a canonical event.
#[derive(Debug, Clone, PartialEq)]
pub struct EventSupport {
    pub article: usize,
    /// Index of the event in the article's facts.
    pub event: usize,
    pub evidence: Vec<Span>,
    /// The start date as this article reports it.
    pub reported_date: Option<String>,
}

/// A canonical event.
#[derive(Debug, Clone, PartialEq)]
pub struct CanonEvent {
    pub kind: EventKind,
    pub name: String,
    pub status: Option<EventStatus>,
    pub place: Option<usize>,
    pub venue: Option<String>,
    pub start_date: Option<String>,
    /// Its last day, when a report that starts it on `start_date` gives a span.
    pub end_date: Option<String>,
    /// (month, day) when no article gives the year.
    pub partial_date: Option<(i8, i8)>,
    /// The month ("1986-10") or year ("1985") the reports date it to, when none gives
    /// a day.
    pub period: Option<String>,
    pub time: Option<String>,
    pub attendees: BTreeSet<usize>,
    pub chair: Option<usize>,
    pub support: Vec<EventSupport>,
    pub confidence: f32,
}

struct Cand {
    article: usize,
    /// The article's key, which orders reports.
    key: String,
    event: usize,
    /// The report as the article gives it, its people and places as canonical nodes.
    fact: EventFact,
    kind: EventKind,
    name: Option<String>,
    place: Option<usize>,
    date: Option<EventDate>,
    period: Option<String>,
    attendees: BTreeSet<usize>,
    /// The day the article was published, which an undated report held (planned) is
    /// on or before (after).
    published: Option<jiff::civil::Date>,
}

struct Cluster {
    members: Vec<usize>,
    articles: BTreeSet<usize>,
    names: BTreeSet<String>,
    places: BTreeSet<usize>,
    dates: Vec<EventDate>,
    periods: BTreeSet<String>,
    attendees: BTreeSet<usize>,
    kind: EventKind,
    /// The earliest publication day of an undated report told as held, and the latest
    /// of one told as planned: the event's day is on or before the first, on or after
    /// the second.
    held_by: Option<jiff::civil::Date>,
    planned_from: Option<jiff::civil::Date>,
}

/// Every article's event reports, gathered on the resolver's second pass. Reports are
/// few beside mentions, and each is kept whole until events are resolved.
#[derive(Default)]
pub struct Reports {
    cands: Vec<Cand>,
}

impl Reports {
    /// Add an article's reports; `map` takes its entities to canonical nodes.
    pub fn add(&mut self, ai: usize, article: &ArticleFacts, map: &[usize]) {
        for (ei, e) in article.events.iter().enumerate() {
            let mut fact = e.clone();
            fact.attendees = e.attendees.iter().map(|&a| map[a]).collect();
            fact.place = e.place.map(|p| map[p]);
            fact.chair = e.chair.map(|x| map[x]);
            self.cands.push(Cand {
                article: ai,
                key: article.key.clone(),
                event: ei,
                kind: e.kind,
                name: e.name.as_ref().map(|n| fold_key(n)),
                place: fact.place,
                date: e.date.clone(),
                period: e.period.clone(),
                attendees: fact.attendees.iter().copied().collect(),
                published: article.published.as_ref().and_then(|p| p.iso.parse().ok()),
                fact,
            });
        }
    }

    /// One canonical event per real event, from the reports gathered.
    pub fn resolve(self, entities: &[CanonEntity]) -> Vec<CanonEvent> {
        resolve_events(self.cands, entities)
    }
}

fn resolve_events(cands: Vec<Cand>, entities: &[CanonEntity]) -> Vec<CanonEvent> {
    // Seed clusters with the best-anchored reports first, so that vaguer ones join them.
    let mut idx: Vec<usize> = (0..cands.len()).collect();
    idx.sort_by_key(|&i| {
        let c = &cands[i];
        (
            std::cmp::Reverse(c.name.is_some()),
            std::cmp::Reverse(strength_weight(
                c.date.as_ref().and_then(EventDate::strength),
            )),
            std::cmp::Reverse(c.place.is_some()),
            std::cmp::Reverse(c.attendees.len()),
            c.key.clone(),
            c.event,
        )
    });
    let mut clusters: Vec<Cluster> = Vec::new();
    for i in idx {
        let c = &cands[i];
        let mut best: Option<(i32, usize)> = None;
        for (ci, cl) in clusters.iter().enumerate() {
            if cl.articles.contains(&c.article) || !cl.kind.compatible(c.kind) {
                continue;
            }
            if let Some(n) = &c.name
                && !cl.names.is_empty()
                && !cl.names.contains(n)
            {
                continue;
            }
            if let Some(p) = c.place
                && !cl.places.is_empty()
                && !cl.places.iter().all(|&q| places_fit(entities, p, q))
            {
                continue;
            }
            if !dates_fit(&c.date, &cl.dates) {
                continue;
            }
            // "talks in Washington" held, told undated in a story of March 3, are not
            // talks dated April 9 by another story (nor talks still planned then ones
            // dated before it).
            let (held_by, planned_from) = undated_bounds(c);
            // (`from` comes more than a day before `to`.)
            let apart = |from: Option<jiff::civil::Date>, to: Option<jiff::civil::Date>| {
                from.zip(to)
                    .is_some_and(|(f, t)| f.until(t).is_ok_and(|s| s.get_days() > 1))
            };
            if cl
                .dates
                .iter()
                .filter_map(EventDate::day)
                .any(|d| apart(held_by, Some(d)) || apart(Some(d), planned_from))
                || c.date
                    .as_ref()
                    .and_then(EventDate::day)
                    .is_some_and(|d| apart(cl.held_by, Some(d)) || apart(Some(d), cl.planned_from))
            {
                continue;
            }
            // "their summit last October" and "the summit in November 1985".
            let (period, date) = (c.period.as_deref(), c.date.as_ref());
            if !cl
                .periods
                .iter()
                .all(|p| periods_fit(period, date, Some(p), None))
                || !cl
                    .dates
                    .iter()
                    .all(|d| periods_fit(period, date, None, Some(d)))
            {
                continue;
            }
            let shared_persons = c
                .attendees
                .iter()
                .filter(|a| cl.attendees.contains(a) && entities[**a].kind == EntityKind::Person)
                .count() as i32;
            let shared_parties = c
                .attendees
                .iter()
                .filter(|a| cl.attendees.contains(a) && entities[**a].kind != EntityKind::Person)
                .count() as i32;
            let same_name = c.name.as_ref().is_some_and(|n| cl.names.contains(n));
            // Undated reports from two articles that share only a country or an
            // organization and a place ("talks in Washington with the United States")
            // are as likely two events as one: they need a person or a name in common.
            if c.date.is_none() && cl.dates.is_empty() && shared_persons == 0 && !same_name {
                continue;
            }
            // Two reports that each name people, none of them the other's, nor a
            // party in common, are two meetings that fell on one day in one city ("a
            // special meeting between importing and exporting countries" and "talks
            // this morning with Funaro", both in London).
            let person = |a: &usize| entities[*a].kind == EntityKind::Person;
            if shared_persons == 0
                && shared_parties == 0
                && !same_name
                && c.attendees.iter().any(person)
                && cl.attendees.iter().any(person)
            {
                continue;
            }
            // Two reports that share one person, each naming another the other does
            // not, are that person's two meetings ("Shultz met Clark" and "Shultz met
            // Howe", both in Washington that day), as within one article.
            let c_names_another = c
                .attendees
                .iter()
                .any(|a| person(a) && !cl.attendees.contains(a));
            let cl_names_another = cl
                .attendees
                .iter()
                .any(|a| person(a) && !c.attendees.contains(a));
            // (Not when they share a body or two parties: "the NATO-Russia Council",
            // told once with Grushko and once with Ryabkov beside Stoltenberg.)
            let shared_body = c
                .attendees
                .iter()
                .any(|a| cl.attendees.contains(a) && entities[*a].kind == EntityKind::Organization);
            if !same_name
                && !shared_body
                && shared_parties <= 1
                && shared_persons <= 1
                && c.attendees.iter().filter(|a| person(a)).count() >= 2
                && cl.attendees.iter().filter(|a| person(a)).count() >= 2
                && c_names_another
                && cl_names_another
            {
                continue;
            }
            let mut score = 2 * shared_persons + shared_parties;
            if same_name {
                score += 3;
            }
            if c.place.is_some_and(|p| cl.places.contains(&p)) {
                score += 2;
            }
            if let Some(d) = c.date.as_ref().and_then(|d| d.iso())
                && cl.dates.iter().any(|x| x.iso() == Some(d))
            {
                score += 2;
            }
            if score >= 3 && best.is_none_or(|(s, _)| score > s) {
                best = Some((score, ci));
            }
        }
        let ci = match best {
            Some((_, ci)) => ci,
            None => {
                clusters.push(Cluster {
                    members: Vec::new(),
                    articles: BTreeSet::new(),
                    names: BTreeSet::new(),
                    places: BTreeSet::new(),
                    dates: Vec::new(),
                    periods: BTreeSet::new(),
                    attendees: BTreeSet::new(),
                    kind: c.kind,
                    held_by: None,
                    planned_from: None,
                });
                clusters.len() - 1
            }
        };
        let cl = &mut clusters[ci];
        cl.members.push(i);
        cl.articles.insert(c.article);
        if let Some(n) = &c.name {
            cl.names.insert(n.clone());
        }
        if let Some(p) = c.place {
            cl.places.insert(p);
        }
        if let Some(d) = &c.date {
            cl.dates.push(d.clone());
        }
        if let Some(p) = &c.period {
            cl.periods.insert(p.clone());
        }
        cl.attendees.extend(c.attendees.iter().copied());
        let (held_by, planned_from) = undated_bounds(c);
        cl.held_by = cl.held_by.into_iter().chain(held_by).min();
        cl.planned_from = cl.planned_from.into_iter().chain(planned_from).max();
        if kind_rank(c.kind) > kind_rank(cl.kind) {
            cl.kind = c.kind;
        }
    }
    let mut out: Vec<CanonEvent> = clusters
        .iter()
        .map(|cl| build(cl, &cands, entities))
        .collect();
    out.sort_by(|a, b| {
        (a.start_date.clone(), a.name.clone()).cmp(&(b.start_date.clone(), b.name.clone()))
    });
    out
}

/// The publication day an undated report is held by, or planned from.
fn undated_bounds(c: &Cand) -> (Option<jiff::civil::Date>, Option<jiff::civil::Date>) {
    if c.date.is_some() || c.period.is_some() {
        return (None, None);
    }
    match c.fact.status {
        Some(EventStatus::Held) => (c.published, None),
        Some(EventStatus::Planned) => (None, c.published),
        _ => (None, None),
    }
}

/// Two places fit when they are the same, or one is the country the other lies in.
fn places_fit(entities: &[CanonEntity], a: usize, b: usize) -> bool {
    let r = |i: usize| {
        let e = &entities[i];
        crate::extract::PlaceRef {
            kind: e.kind,
            name: &e.name,
            country_code: e.country_code.as_deref(),
        }
    };
    // Canonical places are already one node per name: distinct nodes only fit as a city
    // and its country.
    a == b
        || (r(a).kind == EntityKind::Country) != (r(b).kind == EntityKind::Country)
            && r(a).fits(&r(b))
}

/// A firm date must equal every firm date of the cluster; a weak one may be up to a
/// week off (it was computed from a page date that is often not the publication date).
fn dates_fit(d: &Option<EventDate>, dates: &[EventDate]) -> bool {
    let Some(d) = d else { return true };
    for x in dates {
        match (d.iso(), x.iso()) {
            (Some(a), Some(b)) if a != b => {
                let weak = d.strength() == Some(DateStrength::Weak)
                    || x.strength() == Some(DateStrength::Weak);
                let (Some(da), Some(db)) = (d.day(), x.day()) else {
                    return false;
                };
                let gap = (da - db).get_days().abs();
                if !(weak && gap <= 7) {
                    return false;
                }
            }
            (Some(_), Some(_)) => {}
            _ => {
                if d.month_day() != x.month_day() {
                    return false;
                }
            }
        }
    }
    true
}

fn build(cl: &Cluster, cands: &[Cand], entities: &[CanonEntity]) -> CanonEvent {
    let mut members = cl.members.clone();
    members.sort_by(|&a, &b| {
        (cands[a].key.as_str(), cands[a].event).cmp(&(cands[b].key.as_str(), cands[b].event))
    });
    let mut names: BTreeMap<String, usize> = BTreeMap::new();
    let mut date_votes: BTreeMap<String, u32> = BTreeMap::new();
    let mut partial: Option<(i8, i8)> = None;
    let mut periods: BTreeMap<String, usize> = BTreeMap::new();
    let mut places: BTreeMap<usize, usize> = BTreeMap::new();
    let mut status = None;
    let mut time = None;
    let mut chair = None;
    let mut venue = None;
    let mut attendees: Vec<usize> = Vec::new();
    let mut support = Vec::new();
    let mut confidence: f32 = 0.0;
    for &m in &members {
        let c = &cands[m];
        let e = &c.fact;
        if let Some(n) = &e.name {
            *names.entry(n.clone()).or_default() += 1;
        }
        match &e.date {
            Some(d @ EventDate::Day { iso, .. }) => {
                *date_votes.entry(iso.clone()).or_default() += strength_weight(d.strength())
            }
            Some(EventDate::MonthDay { month, day }) => partial = Some((*month, *day)),
            None => {}
        }
        if let Some(p) = &e.period {
            *periods.entry(p.clone()).or_default() += 1;
        }
        if let Some(p) = c.place {
            *places.entry(p).or_default() += 1;
        }
        if status_rank(e.status) > status_rank(status) {
            status = e.status;
        }
        time = time.or(e.time.clone());
        chair = chair.or(e.chair);
        venue = venue.or(e.venue.clone());
        for &ca in &e.attendees {
            if !attendees.contains(&ca) {
                attendees.push(ca);
            }
        }
        support.push(EventSupport {
            article: c.article,
            event: c.event,
            evidence: e.evidence.clone(),
            reported_date: e.date.as_ref().and_then(|d| d.iso().map(String::from)),
        });
        confidence = confidence.max(e.confidence);
    }
    let start_date = date_votes
        .iter()
        .max_by(|a, b| a.1.cmp(b.1).then(b.0.cmp(a.0)))
        .map(|(d, _)| d.clone());
    if start_date.is_some() {
        partial = None;
    }
    // The span's end from a report that agrees on the start.
    let end_date = members
        .iter()
        .map(|&m| &cands[m].fact)
        .filter(|e| e.date.as_ref().and_then(EventDate::iso) == start_date.as_deref())
        .filter_map(|e| e.end_date.clone())
        .filter(|end| {
            start_date
                .as_deref()
                .is_some_and(|start| end.as_str() > start)
        })
        .max();
    // The most precise period reported, then the most reported ("1986-10" over "1986").
    let period = periods
        .iter()
        .max_by(|a, b| {
            a.0.len()
                .cmp(&b.0.len())
                .then(a.1.cmp(b.1))
                .then(b.0.cmp(a.0))
        })
        .map(|(p, _)| p.clone())
        .filter(|_| start_date.is_none() && partial.is_none());
    // The most specific place: a city over its country, then the most reported.
    let place = places
        .iter()
        .max_by(|a, b| {
            let city = |p: &usize| entities[*p].kind != EntityKind::Country;
            city(a.0)
                .cmp(&city(b.0))
                .then(a.1.cmp(b.1))
                .then(b.0.cmp(a.0))
        })
        .map(|(p, _)| *p);
    let own_name = names
        .iter()
        .max_by(|a, b| {
            a.1.cmp(b.1)
                .then(a.0.len().cmp(&b.0.len()))
                .then(b.0.cmp(a.0))
        })
        .map(|(n, _)| n.clone());
    let name = own_name.unwrap_or_else(|| built_name(cl.kind, &attendees, place, entities));
    // More independent reports, more confidence.
    let n = cl.articles.len() as f32;
    let confidence = (confidence + 0.05 * (n - 1.0)).min(0.99);
    CanonEvent {
        kind: cl.kind,
        name,
        status,
        place,
        venue,
        start_date,
        end_date,
        partial_date: partial,
        period,
        time,
        attendees: attendees.into_iter().collect(),
        chair,
        support,
        confidence,
    }
}

/// "Russia–United States talks in Geneva", "Biden–Putin phone call".
fn built_name(
    kind: EventKind,
    attendees: &[usize],
    place: Option<usize>,
    entities: &[CanonEntity],
) -> String {
    let parties: Vec<&str> = attendees
        .iter()
        .filter(|a| entities[**a].kind != EntityKind::Person)
        .map(|a| entities[*a].name.as_str())
        .take(3)
        .collect();
    let persons: Vec<&str> = attendees
        .iter()
        .filter(|a| entities[**a].kind == EntityKind::Person)
        .map(|a| entities[*a].name.split_whitespace().last().unwrap_or(""))
        .take(2)
        .collect();
    let who = if parties.len() >= 2 {
        parties.join("–")
    } else if !persons.is_empty() {
        persons.join("–")
    } else {
        parties.join("–")
    };
    let mut name = if who.is_empty() {
        kind.label().to_string()
    } else {
        format!("{who} {}", kind.label())
    };
    if let Some(p) = place {
        let prep = if kind == EventKind::Visit { "to" } else { "in" };
        name = format!("{name} {prep} {}", entities[p].name);
    }
    let mut c = name.chars();
    c.next()
        .map(|f| f.to_uppercase().collect::<String>() + c.as_str())
        .unwrap_or_default()
}
