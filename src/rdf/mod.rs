//! From resolved facts to RDF quads: IRI minting and the mapping onto the public
//! vocabulary. Only this module (and [`crate::store`]) knows IRIs and `oxigraph::model`.
//!
//! Graph layout — every triple lives in exactly one named graph, so that the union
//! default graph never counts a fact twice:
//! - one graph per article, named by the article's IRI: the `schema:NewsArticle`, the
//!   evidence resources with their selectors, and the `prov:wasDerivedFrom` links from
//!   memberships and events to that article;
//! - the graph `…/graph/resolved`: the canonical persons, organizations, places, roles,
//!   memberships and events, merged over all articles.

pub mod gazetteer;
pub mod vocab;

use std::collections::{BTreeMap, HashSet};

use rayon::prelude::*;

use oxigraph::model::{GraphName, Literal, NamedNode, NamedNodeRef, NamedOrBlankNode, Quad, Term};

use crate::extract::{ArticleFacts, EXTRACTOR_VERSION, EntityKind, EventKind, EventStatus};
use crate::gazetteer::{PlaceKind, gazetteer};
use crate::resolve::Resolved;
use crate::text::{Span, char_offset, slug};
use vocab::{ng, oa, org, owl, prov, rdf, schema, skos, xsd};

/// Default namespace of minted IRIs.
pub const DEFAULT_BASE: &str = "https://w3id.org/newsgraph/id/";

/// Mints the IRIs of a build.
#[derive(Debug, Clone)]
pub struct Iris {
    base: String,
}

impl Default for Iris {
    fn default() -> Self {
        Iris::new(DEFAULT_BASE)
    }
}

impl Iris {
    pub fn new(base: &str) -> Self {
        Iris {
            base: base.to_string(),
        }
    }
    fn node(&self, path: &str) -> NamedNode {
        NamedNode::new_unchecked(format!("{}{}", self.base, path))
    }
    /// The article's IRI, also the name of its graph. The key is percent-encoded, so
    /// distinct keys never share an IRI.
    pub fn article(&self, key: &str) -> NamedNode {
        self.node(&format!("article/{}", encode_path(key)))
    }
    pub fn resolved_graph(&self) -> NamedNode {
        self.node("graph/resolved")
    }
    /// One evidence resource per (article, sentence, supported fact): a sentence can
    /// support several facts, each with its own reported values.
    fn evidence(&self, key: &str, span: Span, fact: &NamedNode) -> NamedNode {
        let tail = fact.as_str().rsplit('/').next().unwrap_or("");
        self.node(&format!(
            "evidence/{}/{}-{}/{}",
            encode_path(key),
            span.start,
            span.end,
            tail
        ))
    }
}

/// Percent-encode everything but unreserved characters and '/'.
fn encode_path(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b'_' | b'~' | b'/') {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// What one subject of the resolved graph is made from: its quads are made when they
/// are written, from these.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Part {
    /// An entity's types, names and links.
    Entity(usize),
    /// A membership's person is a member of its organization.
    MemberOf(usize),
    /// The role of a membership: the first membership of each role.
    Role(usize),
    /// A membership's own statements.
    Membership(usize),
    Event(usize),
    /// The named venue of an event that has no place entity.
    Venue(usize),
}

/// The quads of a build, graph by graph.
#[derive(Debug, Default)]
pub struct Output {
    /// Per article (same order as the input): its graph name and quads.
    pub articles: Vec<(NamedNode, Vec<Quad>)>,
    /// The resolved graph's quads, grouped by subject for incremental replacement.
    pub resolved: BTreeMap<String, Vec<Quad>>,
}

struct Writer<'a> {
    graph: GraphName,
    quads: &'a mut Vec<Quad>,
}

impl Writer<'_> {
    fn add(&mut self, s: &NamedNode, p: NamedNodeRef<'_>, o: impl Into<Term>) {
        self.quads.push(Quad::new(
            NamedOrBlankNode::NamedNode(s.clone()),
            p.into_owned(),
            o.into(),
            self.graph.clone(),
        ));
    }
    fn typ(&mut self, s: &NamedNode, class: NamedNodeRef<'_>) {
        self.add(s, rdf::TYPE, class.into_owned());
    }
}

fn date_literal(iso: &str) -> Literal {
    Literal::new_typed_literal(iso, xsd::DATE)
}

fn decimal(x: f32) -> Literal {
    Literal::new_typed_literal(format!("{:.2}", x.clamp(0.0, 1.0)), xsd::DECIMAL)
}

/// Map a resolved corpus onto RDF, every graph at once (see [`Mapping`] to make article
/// graphs a batch at a time).
/// `links[i]` are the external identifiers of `res.entities[i]` (see [`crate::link`]).
pub fn to_rdf(
    articles: &[ArticleFacts],
    res: &Resolved,
    links: &[Option<crate::link::Link>],
    iris: &Iris,
) -> Output {
    let mapping = Mapping::new(res, links, iris);
    Output {
        articles: (0..articles.len())
            .into_par_iter()
            .map(|ai| mapping.article_graph(ai, &articles[ai]))
            .collect(),
        resolved: mapping.resolved_graph(),
    }
}

/// A resolved corpus ready to be mapped onto RDF: the resolved graph (entities, roles,
/// memberships, events) and each article's graph (the article node, what it mentions,
/// the evidence it gives for memberships and events) can be made separately, so that a
/// build holds the quads of one batch of articles at a time, not of the whole corpus.
pub struct Mapping<'a> {
    res: &'a Resolved,
    links: &'a [Option<crate::link::Link>],
    iris: &'a Iris,
    entity_iris: Vec<NamedNode>,
    event_iris: Vec<NamedNode>,
    /// Per article: the memberships it supports (index into `res.memberships`) and where.
    membership_support: Vec<Vec<(usize, Span)>>,
    /// Per article: the events it supports (index into `res.events`, into its `support`).
    event_support: Vec<Vec<(usize, usize)>>,
}

impl<'a> Mapping<'a> {
    pub fn new(res: &'a Resolved, links: &'a [Option<crate::link::Link>], iris: &'a Iris) -> Self {
        let articles = res.entity_map.len();
        let mut membership_support = vec![Vec::new(); articles];
        for (mi, m) in res.memberships.iter().enumerate() {
            for &(ai, span, _) in &m.support {
                membership_support[ai].push((mi, span));
            }
        }
        let mut event_support = vec![Vec::new(); articles];
        for (ei, e) in res.events.iter().enumerate() {
            for (si, sup) in e.support.iter().enumerate() {
                event_support[sup.article].push((ei, si));
            }
        }
        Mapping {
            res,
            links,
            iris,
            entity_iris: mint_entities(res, iris),
            event_iris: mint_events(res, iris),
            membership_support,
            event_support,
        }
    }

    /// The resolved graph's quads, grouped by subject (for incremental replacement), each
    /// group in canonical order. A build does not hold them all: it takes
    /// [`Mapping::resolved_subjects`] and makes each subject's quads when it writes them.
    pub fn resolved_graph(&self) -> BTreeMap<String, Vec<Quad>> {
        self.resolved_subjects()
            .into_par_iter()
            .map(|(subject, parts)| {
                let quads = self.resolved_quads(&parts);
                (subject, quads)
            })
            .collect()
    }

    /// The subjects of the resolved graph, sorted, each with the parts of the resolved
    /// corpus its quads come from: an index far smaller than the quads.
    pub fn resolved_subjects(&self) -> Vec<(String, Vec<Part>)> {
        let res = self.res;
        let mut subjects: BTreeMap<String, Vec<Part>> = BTreeMap::new();
        let mut add = |n: &NamedNode, part: Part| {
            subjects
                .entry(n.as_str().to_string())
                .or_default()
                .push(part);
        };
        for (i, iri) in self.entity_iris.iter().enumerate() {
            add(iri, Part::Entity(i));
        }
        let mut roles_done: HashSet<String> = HashSet::new();
        for (mi, m) in res.memberships.iter().enumerate() {
            let role = self.role_iri(m);
            if roles_done.insert(role.as_str().to_string()) {
                add(&role, Part::Role(mi));
            }
            add(&self.membership_iri(m), Part::Membership(mi));
            add(&self.entity_iris[m.person], Part::MemberOf(mi));
        }
        for (i, e) in res.events.iter().enumerate() {
            add(&self.event_iris[i], Part::Event(i));
            if e.place.is_none()
                && let Some(v) = &e.venue
            {
                add(&self.venue_iri(v), Part::Venue(i));
            }
        }
        subjects.into_iter().collect()
    }

    fn role_iri(&self, m: &crate::resolve::CanonMembership) -> NamedNode {
        self.iris
            .node(&format!("role/{}", role_label_for_key(&m.role)))
    }

    fn membership_iri(&self, m: &crate::resolve::CanonMembership) -> NamedNode {
        membership_iri(
            self.iris,
            &self.entity_iris[m.person],
            &m.role,
            &self.entity_iris[m.organization],
        )
    }

    fn venue_iri(&self, venue: &str) -> NamedNode {
        self.iris.node(&format!("place/venue-{}", slug(venue)))
    }

    /// One subject's quads, in canonical order, from its parts (see
    /// [`Mapping::resolved_subjects`]).
    pub fn resolved_quads(&self, parts: &[Part]) -> Vec<Quad> {
        let (res, links) = (self.res, self.links);
        let (entity_iris, event_iris) = (&self.entity_iris, &self.event_iris);
        let mut quads: Vec<Quad> = Vec::new();
        let mut w = Writer {
            graph: GraphName::NamedNode(self.iris.resolved_graph()),
            quads: &mut quads,
        };
        for &part in parts {
            match part {
                Part::Entity(i) => {
                    let (e, s) = (&res.entities[i], &entity_iris[i]);
                    match e.kind {
                        EntityKind::Person => w.typ(s, schema::PERSON),
                        EntityKind::Organization => w.typ(s, schema::ORGANIZATION),
                        EntityKind::Place => w.typ(s, schema::PLACE),
                        EntityKind::Country => {
                            w.typ(s, schema::COUNTRY);
                            w.typ(s, schema::PLACE);
                        }
                    }
                    if e.acts && matches!(e.kind, EntityKind::Country | EntityKind::Place) {
                        w.typ(s, schema::ORGANIZATION);
                    }
                    if let Some(sub) = subtype(e) {
                        w.typ(s, sub);
                    }
                    w.add(s, schema::NAME, Literal::new_simple_literal(&e.name));
                    for a in &e.alt_labels {
                        w.add(s, skos::ALT_LABEL, Literal::new_simple_literal(a));
                    }
                    if let Some(Some(link)) = links.get(i) {
                        for id in &link.ids {
                            if let Some(target) = external_iri(id) {
                                w.add(s, owl::SAME_AS, target);
                            }
                        }
                    }
                }
                Part::Role(mi) => {
                    let m = &res.memberships[mi];
                    let role = self.role_iri(m);
                    w.typ(&role, org::ROLE_CLASS);
                    w.add(
                        &role,
                        skos::PREF_LABEL,
                        Literal::new_language_tagged_literal_unchecked(&m.role, "en"),
                    );
                }
                Part::Membership(mi) => {
                    let m = &res.memberships[mi];
                    let (p, o) = (&entity_iris[m.person], &entity_iris[m.organization]);
                    let mi = self.membership_iri(m);
                    w.typ(&mi, org::MEMBERSHIP);
                    w.add(&mi, org::MEMBER, p.clone());
                    w.add(&mi, org::ORGANIZATION, o.clone());
                    w.add(&mi, org::ROLE, self.role_iri(m));
                    let conf = m.support.iter().map(|s| s.2).fold(0.0f32, f32::max)
                        + 0.05 * (m.support.len() as f32 - 1.0);
                    w.add(&mi, ng::CONFIDENCE, decimal(conf.min(0.99)));
                }
                Part::MemberOf(mi) => {
                    let m = &res.memberships[mi];
                    let (p, o) = (&entity_iris[m.person], &entity_iris[m.organization]);
                    w.add(p, org::MEMBER_OF, o.clone());
                }
                Part::Event(i) => self.event_quads(&mut w, i, &event_iris[i]),
                Part::Venue(i) => {
                    if let Some(v) = &res.events[i].venue {
                        let venue = self.venue_iri(v);
                        w.typ(&venue, schema::PLACE);
                        w.add(&venue, schema::NAME, Literal::new_simple_literal(v));
                    }
                }
            }
        }
        canonical(&mut quads);
        quads
    }

    fn event_quads(&self, w: &mut Writer<'_>, i: usize, s: &NamedNode) {
        let e = &self.res.events[i];
        let entity_iris = &self.entity_iris;
        w.typ(s, schema::EVENT);
        w.typ(s, event_class(e.kind));
        w.add(s, schema::NAME, Literal::new_simple_literal(&e.name));
        if let Some(p) = e.place {
            w.add(s, schema::LOCATION, entity_iris[p].clone());
        } else if let Some(v) = &e.venue {
            w.add(s, schema::LOCATION, self.venue_iri(v));
        }
        if let Some(d) = &e.start_date {
            w.add(s, schema::START_DATE, date_literal(d));
        }
        if let Some(d) = &e.end_date {
            w.add(s, schema::END_DATE, date_literal(d));
        }
        if let Some((m, d)) = e.partial_date {
            w.add(
                s,
                ng::PARTIAL_DATE,
                Literal::new_typed_literal(format!("--{m:02}-{d:02}"), xsd::G_MONTH_DAY),
            );
        }
        if let Some(p) = &e.period {
            let datatype = if p.len() == 4 {
                xsd::G_YEAR
            } else {
                xsd::G_YEAR_MONTH
            };
            w.add(
                s,
                ng::PARTIAL_DATE,
                Literal::new_typed_literal(p.as_str(), datatype),
            );
        }
        if let Some(t) = &e.time {
            w.add(s, ng::START_TIME, Literal::new_typed_literal(t, xsd::TIME));
        }
        if let Some(st) = e.status {
            let status = match st {
                EventStatus::Planned => schema::EVENT_SCHEDULED,
                EventStatus::Held => ng::EVENT_HELD,
                EventStatus::Cancelled => schema::EVENT_CANCELLED,
            };
            w.add(s, schema::EVENT_STATUS, status.into_owned());
        }
        for &a in &e.attendees {
            w.add(s, schema::ATTENDEE, entity_iris[a].clone());
        }
        if let Some(c) = e.chair {
            w.add(s, ng::CHAIR, entity_iris[c].clone());
        }
        w.add(s, ng::CONFIDENCE, decimal(e.confidence));
    }

    /// One article's graph name and quads, in canonical order. `a` is the article
    /// (index `ai` of the resolved corpus) with its text, for the evidence quotes and
    /// positions.
    pub fn article_graph(&self, ai: usize, a: &ArticleFacts) -> (NamedNode, Vec<Quad>) {
        let (text, iris) = (a.text.as_str(), self.iris);
        let doc = iris.article(&a.key);
        let mut quads = Vec::new();
        let mut w = Writer {
            graph: GraphName::NamedNode(doc.clone()),
            quads: &mut quads,
        };
        article_node(&mut w, &doc, a);
        let mut mentioned: Vec<&NamedNode> = self.res.entity_map[ai]
            .iter()
            .map(|&c| &self.entity_iris[c])
            .collect();
        mentioned.sort();
        mentioned.dedup();
        for m in mentioned {
            w.add(&doc, schema::MENTIONS, m.clone());
        }
        for &(mi, span) in &self.membership_support[ai] {
            let m = &self.res.memberships[mi];
            let fact = membership_iri(
                iris,
                &self.entity_iris[m.person],
                &m.role,
                &self.entity_iris[m.organization],
            );
            w.add(&fact, prov::WAS_DERIVED_FROM, doc.clone());
            let ev = evidence(&mut w, iris, &a.key, text, &doc, span, &fact);
            w.add(&fact, prov::WAS_DERIVED_FROM, ev);
        }
        for &(ei, si) in &self.event_support[ai] {
            let s = &self.event_iris[ei];
            let sup = &self.res.events[ei].support[si];
            w.add(s, prov::WAS_DERIVED_FROM, doc.clone());
            for &span in &sup.evidence {
                let ev = evidence(&mut w, iris, &a.key, text, &doc, span, s);
                if let Some(d) = &sup.reported_date {
                    w.add(&ev, ng::REPORTED_START_DATE, date_literal(d));
                }
                w.add(s, prov::WAS_DERIVED_FROM, ev);
            }
        }
        canonical(&mut quads);
        (doc, quads)
    }
}

/// Sorting by the N-Quads form makes each graph's output (and its hash) canonical; the
/// key is computed once per quad.
fn canonical(quads: &mut Vec<Quad>) {
    quads.sort_by_cached_key(ToString::to_string);
    quads.dedup();
}

fn article_node(w: &mut Writer<'_>, doc: &NamedNode, a: &ArticleFacts) {
    w.typ(doc, schema::NEWS_ARTICLE);
    let url = a.url.clone().unwrap_or_else(|| file_url(&a.path));
    if let Ok(u) = NamedNode::new(url) {
        w.add(doc, schema::URL, u);
    }
    if let Some(t) = &a.title {
        w.add(doc, schema::HEADLINE, Literal::new_simple_literal(t));
    }
    if let Some(p) = &a.published {
        w.add(doc, schema::DATE_PUBLISHED, date_literal(&p.iso));
        let src = match p.source.split('+').next().unwrap_or("") {
            "metadata" => ng::FROM_METADATA,
            "dateline" => ng::FROM_DATELINE,
            "page-header" => ng::FROM_PAGE_HEADER,
            _ => ng::FROM_TEXT,
        };
        w.add(doc, ng::DATE_PUBLISHED_SOURCE, src.into_owned());
    }
    w.add(
        doc,
        ng::CONTENT_HASH,
        Literal::new_simple_literal(&a.content_hash),
    );
    w.add(doc, ng::SOURCE_KEY, Literal::new_simple_literal(&a.key));
    w.add(
        doc,
        ng::EXTRACTOR_VERSION,
        Literal::new_simple_literal(EXTRACTOR_VERSION),
    );
}

/// A `file:` URL for a path, absolute where the file system can tell.
fn file_url(path: &str) -> String {
    let abs = std::fs::canonicalize(path)
        .map(|p| p.display().to_string())
        .unwrap_or_else(|_| path.to_string());
    let mut out = String::from("file://");
    if !abs.starts_with('/') {
        out.push('/');
    }
    out.push_str(&encode_path(&abs));
    out
}

/// The evidence resource for one sentence of one article, with its two selectors.
fn evidence(
    w: &mut Writer<'_>,
    iris: &Iris,
    key: &str,
    text: &str,
    doc: &NamedNode,
    span: Span,
    fact: &NamedNode,
) -> NamedNode {
    let ev = iris.evidence(key, span, fact);
    let quote = NamedNode::new_unchecked(format!("{}#quote", ev.as_str()));
    let pos = NamedNode::new_unchecked(format!("{}#position", ev.as_str()));
    w.typ(&ev, oa::SPECIFIC_RESOURCE);
    w.add(&ev, oa::HAS_SOURCE, doc.clone());
    w.add(&ev, oa::HAS_SELECTOR, quote.clone());
    w.add(&ev, oa::HAS_SELECTOR, pos.clone());
    w.typ(&quote, oa::TEXT_QUOTE_SELECTOR);
    w.add(
        &quote,
        oa::EXACT,
        Literal::new_simple_literal(text.get(span.start..span.end).unwrap_or("")),
    );
    w.typ(&pos, oa::TEXT_POSITION_SELECTOR);
    // Web Annotation counts characters; spans are bytes.
    let start = text
        .get(..span.start)
        .map(|_| char_offset(text, span.start))
        .unwrap_or(0);
    let end = text
        .get(..span.end)
        .map(|_| char_offset(text, span.end))
        .unwrap_or(0);
    w.add(
        &pos,
        oa::START,
        Literal::new_typed_literal(start.to_string(), xsd::NON_NEGATIVE_INTEGER),
    );
    w.add(
        &pos,
        oa::END,
        Literal::new_typed_literal(end.to_string(), xsd::NON_NEGATIVE_INTEGER),
    );
    ev
}

/// A more specific schema.org type from the name's head noun or the gazetteer's kind.
fn subtype(e: &crate::resolve::CanonEntity) -> Option<NamedNodeRef<'static>> {
    let last = e
        .name
        .split_whitespace()
        .last()
        .unwrap_or("")
        .to_lowercase();
    match e.kind {
        EntityKind::Organization => {
            let head = |words: &[&str]| words.contains(&last.as_str());
            if head(&[
                "ministry",
                "department",
                "government",
                "administration",
                "office",
                "cabinet",
                "kremlin",
                "pentagon",
                "senate",
                "congress",
                "parliament",
                "duma",
                "assembly",
            ]) {
                Some(schema::GOVERNMENT_ORGANIZATION)
            } else if crate::extract::lexicon::is_party_name(&e.name) {
                Some(schema::POLITICAL_PARTY)
            } else if head(&[
                "news",
                "times",
                "post",
                "journal",
                "press",
                "broadcasting",
                "tribune",
                "herald",
                "gazette",
                "telegraph",
            ]) {
                Some(schema::NEWS_MEDIA_ORGANIZATION)
            } else if head(&[
                "corp", "corp.", "inc", "inc.", "ltd", "ltd.", "plc", "company", "holdings",
                "group", "bank", "airlines", "motors",
            ]) {
                Some(schema::CORPORATION)
            } else {
                None
            }
        }
        EntityKind::Place => {
            let places = gazetteer().places(&e.name);
            match places.first().map(|p| p.kind) {
                Some(PlaceKind::City) => Some(schema::CITY),
                Some(PlaceKind::Region) => Some(schema::ADMINISTRATIVE_AREA),
                Some(PlaceKind::Sea) => Some(schema::BODY_OF_WATER),
                _ if matches!(
                    last.as_str(),
                    "pentagon" | "kremlin" | "house" | "palace" | "street"
                ) =>
                {
                    Some(schema::GOVERNMENT_BUILDING)
                }
                _ => None,
            }
        }
        _ => None,
    }
}

fn event_class(k: EventKind) -> NamedNodeRef<'static> {
    match k {
        EventKind::Meeting => ng::MEETING,
        EventKind::Talks => ng::TALKS,
        EventKind::PhoneCall => ng::PHONE_CALL,
        EventKind::Visit => ng::VISIT,
        EventKind::Conference => ng::CONFERENCE,
        EventKind::Summit => ng::SUMMIT,
    }
}

/// Spelling variants of one role share an IRI: mint it from the folded form.
fn role_label_for_key(label: &str) -> String {
    crate::extract::roles::role_key(label)
}

fn membership_iri(iris: &Iris, person: &NamedNode, role: &str, org: &NamedNode) -> NamedNode {
    let tail = |n: &NamedNode| n.as_str().rsplit('/').next().unwrap_or("").to_string();
    iris.node(&format!(
        "membership/{}--{}--{}",
        tail(person),
        role_label_for_key(role),
        tail(org)
    ))
}

/// Stable entity IRIs: kind + slug of the name (countries by ISO code); a numeric
/// suffix separates distinct entities that would share one.
fn mint_entities(res: &Resolved, iris: &Iris) -> Vec<NamedNode> {
    let mut used: HashSet<String> = HashSet::new();
    res.entities
        .iter()
        .map(|e| {
            let base = match e.kind {
                EntityKind::Person => format!("person/{}", slug(&e.name)),
                EntityKind::Organization => format!("org/{}", slug(&e.name)),
                EntityKind::Place => format!("place/{}", slug(&e.name)),
                EntityKind::Country => format!(
                    "country/{}",
                    e.country_code
                        .as_deref()
                        .map(str::to_lowercase)
                        .unwrap_or_else(|| slug(&e.name))
                ),
            };
            iris.node(&unique_path(&mut used, base))
        })
        .collect()
}

/// `base`, or `base-2`, `base-3`… when another node already took it.
fn unique_path(used: &mut HashSet<String>, base: String) -> String {
    let mut path = base.clone();
    let mut n = 2;
    while !used.insert(path.clone()) {
        path = format!("{base}-{n}");
        n += 1;
    }
    path
}

fn mint_events(res: &Resolved, iris: &Iris) -> Vec<NamedNode> {
    let mut used: HashSet<String> = HashSet::new();
    res.events
        .iter()
        .map(|e| {
            let date = e
                .start_date
                .clone()
                .or(e.partial_date.map(|(m, d)| format!("{m:02}-{d:02}")))
                .or(e.period.clone())
                .unwrap_or_else(|| "undated".into());
            let base = format!("event/{date}-{}", slug(&e.name));
            iris.node(&unique_path(&mut used, base))
        })
        .collect()
}

/// Links that cannot be wrong: countries by ISO code. People, organizations and
/// places wait for the linker, which weighs the article's context.
/// The IRI of an external identifier: Wikidata always as
/// `http://www.wikidata.org/entity/Q…`, GeoNames as `https://sws.geonames.org/ID/`.
pub fn external_iri(id: &crate::link::ExternalId) -> Option<NamedNode> {
    use crate::link::ExternalId;
    match id {
        ExternalId::Wikidata(q) => Some(NamedNode::new_unchecked(format!(
            "{}{q}",
            vocab::WIKIDATA_ENTITY
        ))),
        ExternalId::GeoNames(g) => {
            Some(NamedNode::new_unchecked(format!("{}{g}/", vocab::GEONAMES)))
        }
        ExternalId::Iri(iri) => NamedNode::new(iri.as_str()).ok(),
    }
}
