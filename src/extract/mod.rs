//! From one article's text to its facts: entities, roles, events and dates.
//!
//! Extraction never fails on text: it returns what it found plus diagnostics. It sees one
//! article at a time and knows nothing of IRIs or the store; cross-article identity is
//! [`crate::resolve`]'s job. Every fact keeps the byte span of the sentence it came from.

pub mod companions;
pub mod coref;
pub mod events;
pub mod lexicon;
pub mod mentions;
pub mod roles;
pub mod temporal;

use serde::{Deserialize, Serialize};

use crate::ingest::{BlockKind, DateSource, Document};
use crate::text::{self, Span, Token};

/// Identifies the extractor build: the package version plus a fingerprint of the
/// extraction code and data (`build.rs`), so incremental builds re-extract whenever
/// either changes.
pub const EXTRACTOR_VERSION: &str = concat!(
    env!("CARGO_PKG_VERSION"),
    "+",
    env!("NEWSGRAPH_EXTRACTOR_HASH")
);

/// What kind of thing an entity is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum EntityKind {
    Person,
    Organization,
    /// A sovereign state: a place that also acts as a party (schema:Country).
    Country,
    Place,
}

/// A place as event matching sees it: its kind, name and ISO country code if a country.
#[derive(Debug, Clone, Copy)]
pub struct PlaceRef<'a> {
    pub kind: EntityKind,
    pub name: &'a str,
    pub country_code: Option<&'a str>,
}

impl PlaceRef<'_> {
    /// The ISO code of the country it is, or (by the gazetteer) lies in.
    fn country(&self) -> Option<String> {
        match self.kind {
            EntityKind::Country => self.country_code.map(str::to_string),
            _ => crate::gazetteer::gazetteer()
                .places(self.name)
                .first()
                .and_then(|p| p.country.clone()),
        }
    }

    /// Can two reports of one event name these two places: the same place by name, or
    /// a city and the country it lies in? Two different countries never can.
    pub fn fits(&self, other: &PlaceRef<'_>) -> bool {
        match (self.kind, other.kind) {
            (EntityKind::Country, EntityKind::Country) => {
                self.country_code.is_some() && self.country_code == other.country_code
            }
            (EntityKind::Country, _) | (_, EntityKind::Country) => {
                self.country().is_some() && self.country() == other.country()
            }
            _ => crate::text::fold_key(self.name) == crate::text::fold_key(other.name),
        }
    }
}

/// One entity as one article knows it (all its mentions merged).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Entity {
    pub kind: EntityKind,
    /// The fullest form seen in the article.
    pub name: String,
    /// Other surface forms seen.
    pub aliases: Vec<String>,
    /// ISO 3166-1 alpha-2 code, for countries.
    pub country_code: Option<String>,
    /// Byte spans of the mentions, in text order.
    pub mentions: Vec<Span>,
    /// The entity acts as a party (attends, holds members); countries then also are organizations.
    pub acts: bool,
    /// A place named as an electoral district ("the Ashfield seat", "MP for Wantage"):
    /// the town of that name is not what is meant, so it is never linked to it.
    #[serde(default)]
    pub district: bool,
    /// ISO codes of the countries a place is named in by a region or country right
    /// after it ("BIRMINGHAM, Ala.", "Ashfield, Nottinghamshire", "ALEXANDRIA, Egypt").
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub within: Vec<String>,
}

/// A person holds a role in an organization, as one sentence states it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct RoleFact {
    pub person: usize,
    /// Normalized role label ("Secretary General", "Deputy Foreign Minister").
    pub role: String,
    pub organization: Option<usize>,
    pub former: bool,
    pub evidence: Span,
    pub confidence: f32,
}

/// Event types, mapped to `ng:` subclasses of `schema:Event`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum EventKind {
    Meeting,
    Talks,
    PhoneCall,
    Visit,
    Conference,
    Summit,
}

impl EventKind {
    /// Meetings, talks, conferences and summits can be the same real event reported
    /// with different words; calls and visits are their own kind.
    pub fn compatible(self, other: EventKind) -> bool {
        use EventKind::*;
        let group = |k| match k {
            Meeting | Talks | Conference | Summit => 0,
            PhoneCall => 1,
            Visit => 2,
        };
        group(self) == group(other)
    }
    pub fn label(self) -> &'static str {
        match self {
            EventKind::Meeting => "meeting",
            EventKind::Talks => "talks",
            EventKind::PhoneCall => "phone call",
            EventKind::Visit => "visit",
            EventKind::Conference => "conference",
            EventKind::Summit => "summit",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum EventStatus {
    Planned,
    Held,
    Cancelled,
}

/// How a date was obtained, which decides how far it is trusted when articles disagree.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum DateStrength {
    /// Relative to a page-header date, which is often the capture date, not publication.
    Weak,
    /// Relative to a dateline or metadata date, or inferred year.
    Relative,
    /// Written out in full in the text.
    Absolute,
}

/// A date as the text gives it.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum EventDate {
    /// ISO date, with how it was obtained.
    Day { iso: String, strength: DateStrength },
    /// Month and day, year unknown: "--12-07".
    MonthDay { month: i8, day: i8 },
}

impl EventDate {
    pub fn iso(&self) -> Option<&str> {
        match self {
            EventDate::Day { iso, .. } => Some(iso),
            EventDate::MonthDay { .. } => None,
        }
    }
    /// The calendar day, when the date is one.
    pub fn day(&self) -> Option<jiff::civil::Date> {
        self.iso()?.parse().ok()
    }
    pub fn month_day(&self) -> (i8, i8) {
        match self {
            EventDate::Day { iso, .. } => {
                let m = iso.get(5..7).and_then(|s| s.parse().ok()).unwrap_or(0);
                let d = iso.get(8..10).and_then(|s| s.parse().ok()).unwrap_or(0);
                (m, d)
            }
            EventDate::MonthDay { month, day } => (*month, *day),
        }
    }
    pub fn strength(&self) -> Option<DateStrength> {
        match self {
            EventDate::Day { strength, .. } => Some(*strength),
            EventDate::MonthDay { .. } => None,
        }
    }
}

/// One real event as one article reports it (its mentions merged).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct EventFact {
    pub kind: EventKind,
    /// Its own name when the text gives one ("NATO-Russia Council meeting").
    pub name: Option<String>,
    pub status: Option<EventStatus>,
    pub place: Option<usize>,
    /// A venue phrase when no named place is given ("the alliance's headquarters").
    pub venue: Option<String>,
    pub date: Option<EventDate>,
    /// The month ("1986-10") or year ("1985") the text dates it to, when it gives no
    /// day: "their summit last October", "the summit in Geneva in November 1985".
    #[serde(default)]
    pub period: Option<String>,
    pub end_date: Option<String>,
    /// "09:00:00Z"
    pub time: Option<String>,
    /// Entity indices: persons and parties (organizations, countries).
    pub attendees: Vec<usize>,
    pub chair: Option<usize>,
    /// Sentences that mention the event.
    pub evidence: Vec<Span>,
    pub confidence: f32,
}

/// The publication date as resolved for the article.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PublicationDate {
    pub iso: String,
    /// "metadata", "dateline", "page-header", "text"
    pub source: String,
}

/// Everything extracted from one article.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ArticleFacts {
    pub key: String,
    pub path: String,
    pub url: Option<String>,
    pub title: Option<String>,
    pub content_hash: String,
    pub published: Option<PublicationDate>,
    /// The year the article's dates belong to when no full publication date is known.
    pub inferred_year: Option<i16>,
    pub entities: Vec<Entity>,
    pub roles: Vec<RoleFact>,
    pub events: Vec<EventFact>,
    /// A sports report (scores, fixtures, squads): its people are players and coaches
    /// more often than namesakes in public office.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub sports_report: bool,
    /// The article text, kept for evidence quotes and positions.
    pub text: String,
    pub diagnostics: Vec<String>,
}

impl ArticleFacts {
    pub fn quote(&self, span: Span) -> &str {
        self.text.get(span.start..span.end).unwrap_or("")
    }
}

/// A sentence with its tokens, the unit the extractors work on.
#[derive(Debug, Clone)]
pub struct Sentence {
    pub span: Span,
    pub tokens: Vec<Token>,
    /// Index of the block it belongs to (paragraph), for discourse scope.
    pub block: usize,
}

/// Extract the facts of one article.
/// The sentences the extractor reads: those of the title, headings and body, page
/// chrome left out. Titles and headings take part in entity recognition but are not
/// event evidence on their own: `block` tells them apart.
pub fn article_sentences(doc: &Document) -> Vec<Sentence> {
    let text = doc.text.as_str();
    let mut sentences = Vec::new();
    for (bi, block) in doc.blocks.iter().enumerate() {
        if !matches!(
            block.kind,
            BlockKind::Body | BlockKind::Title | BlockKind::Heading
        ) {
            continue;
        }
        for s in text::sentences(text, Span::new(block.start, block.end)) {
            sentences.push(Sentence {
                span: s,
                tokens: text::tokens(text, s),
                block: bi,
            });
        }
    }
    sentences
}

pub fn extract(doc: &Document) -> ArticleFacts {
    let text = doc.text.as_str();
    let sentences = article_sentences(doc);
    let body: Vec<bool> = sentences
        .iter()
        .map(|s| matches!(doc.blocks[s.block].kind, BlockKind::Body))
        .collect();

    // Dates first: the publication date anchors every relative expression.
    let (anchor, published, inferred_year, strength) = publication_anchor(doc, &sentences);

    let mut found = mentions::recognize(text, &sentences);
    let sports_report = found.sports_report;
    coref::fold_bare_kind_words(&mut found);
    coref::fold_shortened_place_adjectives(&mut found);
    let mut roles = roles::extract_roles(text, &sentences, &mut found);
    roles::complete_organizations(&mut found, &mut roles);
    roles::organizations_named_by_portfolio(&mut found, &mut roles);
    let year = anchor
        .map(|d| i32::from(d.year()))
        .or(inferred_year.map(i32::from));
    roles::offices_from_bulk_data(&mut found, &mut roles, year);
    roles::organizations_of_reported_subject(text, &sentences, &mut found, &mut roles);
    roles::organizations_of_heading_team(text, &sentences, &found, &mut roles);
    roles::organizations_of_sentence_country(text, &sentences, &found, &mut roles);
    roles::organizations_of_sentence_subject(text, &sentences, &found, &mut roles);
    coref::resolve_nominals(text, &sentences, &mut found, &roles);
    coref::resolve_organization_subjects(text, &sentences, &mut found);
    let mut events = events::extract_events(
        text,
        &sentences,
        &body,
        &mut found,
        events::DateContext {
            anchor,
            strength,
            year: inferred_year,
        },
    );
    events::bilateral_sides(text, &mut events, &roles, &found);
    let entities = drop_unused_entities(found.into_entities(), &mut roles, &mut events);
    ArticleFacts {
        key: doc.key.clone(),
        path: doc.path.display().to_string(),
        url: doc.url.clone(),
        title: doc.title.clone(),
        content_hash: doc.content_hash.clone(),
        published,
        inferred_year,
        entities,
        roles,
        events,
        sports_report,
        text: doc.text.clone(),
        diagnostics: doc.warnings.clone(),
    }
}

/// Entities left with no mention (a town name that turned out to be a company's short
/// name, a city whose only mention was its sports side) and no part in a role or event
/// are no facts of the article: dropped, and the indices of roles and events
/// renumbered. Countries stay: a capital named in the text stands for its country,
/// which is added for it.
fn drop_unused_entities(
    entities: Vec<Entity>,
    roles: &mut [RoleFact],
    events: &mut [EventFact],
) -> Vec<Entity> {
    let mut used: Vec<bool> = entities
        .iter()
        .map(|e| !e.mentions.is_empty() || e.kind == EntityKind::Country)
        .collect();
    for r in roles.iter() {
        used[r.person] = true;
        if let Some(o) = r.organization {
            used[o] = true;
        }
    }
    for e in events.iter() {
        for i in e.place.iter().chain(&e.attendees).chain(&e.chair) {
            used[*i] = true;
        }
    }
    let mut new_index = vec![usize::MAX; entities.len()];
    let mut kept = Vec::with_capacity(entities.len());
    for (i, e) in entities.into_iter().enumerate() {
        if used[i] {
            new_index[i] = kept.len();
            kept.push(e);
        }
    }
    for r in roles.iter_mut() {
        r.person = new_index[r.person];
        r.organization = r.organization.map(|o| new_index[o]);
    }
    for e in events.iter_mut() {
        e.place = e.place.map(|p| new_index[p]);
        e.chair = e.chair.map(|c| new_index[c]);
        for a in &mut e.attendees {
            *a = new_index[*a];
        }
    }
    kept
}

/// The date relative expressions are resolved against, the publication date recorded
/// for the article, the year when only that is known, and how far the anchor is trusted.
/// The day relative dates count from: the dateline's ("WELLINGTON, March 17 -") when
/// it is the metadata's day or the one either side of it, as a story filed in Asia is
/// stamped with the previous day in New York; "tomorrow" there is the 18th. Farther
/// apart, the dateline is not trusted over the metadata.
fn local_day(doc: &Document, published: jiff::civil::Date) -> jiff::civil::Date {
    let Some((_, month, day)) = crate::ingest::dateline_near_top(&doc.text, &doc.blocks) else {
        return published;
    };
    [-1i64, 0, 1]
        .into_iter()
        .filter_map(|k| published.checked_add(jiff::Span::new().days(k)).ok())
        .find(|d| d.month() == month && d.day() == day)
        .unwrap_or(published)
}

fn publication_anchor(
    doc: &Document,
    sentences: &[Sentence],
) -> (
    Option<jiff::civil::Date>,
    Option<PublicationDate>,
    Option<i16>,
    DateStrength,
) {
    let text = doc.text.as_str();
    // Year evidence from every sentence (found without an anchor).
    let mut mentions = Vec::new();
    for s in sentences {
        mentions.extend(temporal::find_temporal(s.span.of(text), None));
    }
    let inferred = temporal::infer_year(&mentions);
    if let Some(p) = doc.published {
        // A dateline without a year ("Jan. 12 (UPI) --") takes the year of the text's
        // latest full date, or the next one when that date falls later in the year: an
        // article is published after the dated events it reports.
        let latest_full = mentions
            .iter()
            .filter_map(|m| match m.value {
                temporal::TimeValue::Day(d) => Some(d),
                _ => None,
            })
            .max();
        let from_latest = latest_full.map(|d| {
            if (p.month, p.day) >= (d.month(), d.day()) {
                d.year()
            } else {
                d.year() + 1
            }
        });
        let year = p.year.or(inferred).or(from_latest);
        if let Some(y) = year
            && let Ok(published_day) = jiff::civil::Date::new(y, p.month, p.day)
        {
            let d = local_day(doc, published_day);
            let (source, strength) = match p.source {
                DateSource::Metadata => ("metadata", DateStrength::Relative),
                DateSource::Dateline => ("dateline", DateStrength::Relative),
                DateSource::PageHeader => ("page-header", DateStrength::Weak),
            };
            let source = if p.year.is_none() {
                format!("{source}+text")
            } else {
                source.into()
            };
            return (
                Some(d),
                Some(PublicationDate {
                    iso: published_day.to_string(),
                    source,
                }),
                Some(y),
                strength,
            );
        }
    }
    (None, None, inferred, DateStrength::Relative)
}
