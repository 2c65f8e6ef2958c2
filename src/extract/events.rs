//! Meetings, talks, calls and visits: who took part, where and when.
//!
//! A trigger word ("met", "talks", "phone call", "flew to … for a trip") opens an event
//! mention. Each sentence is cut into clauses ("…, after meeting with X in Geneva" is its
//! own clause with the main subject carried over), and each clause gives its mention the
//! people and parties in participant positions, a place, a date and a status. Mentions of
//! one article are then clustered: "the meeting", "his discussions with X", "Wednesday's
//! talks" join the event they refer to.

use jiff::civil::Date;

use super::companions;
use super::lexicon;
use super::mentions::{Found, Mention};
use super::temporal::{self, Tense, TimeValue};
use super::{
    DateStrength, EntityKind, EventDate, EventFact, EventKind, EventStatus, RoleFact, Sentence,
};
use crate::gazetteer::gazetteer;
use crate::text::{Span, Token};

/// What relative dates are resolved against.
#[derive(Debug, Clone, Copy)]
pub struct DateContext {
    pub anchor: Option<Date>,
    pub strength: DateStrength,
    /// The article's year, when known without a full publication date.
    pub year: Option<i16>,
}

/// One event mention in one clause.
#[derive(Debug, Clone)]
struct EventMention {
    kind: EventKind,
    name: Option<String>,
    definite: bool,
    status: Option<EventStatus>,
    place: Option<usize>,
    venue: Option<String>,
    date: Option<EventDate>,
    /// Its last day, when the clause gives a span of days ("from March 31 to April 2",
    /// "a two-day visit starting Tuesday").
    end_date: Option<Date>,
    /// The month or year the clause dates it to, when it gives no day.
    period: Option<String>,
    time: Option<String>,
    persons: Vec<usize>,
    parties: Vec<usize>,
    chair: Option<usize>,
    sentence: Span,
    /// The relative clause set off by commas it is told in, if any ("Wallis, who is
    /// attending a trade meeting, made the remark in talks with Saito").
    aside: Option<usize>,
    /// Its clause dates it to a week, month or year away from publication ("last
    /// week", "due next month"), though to no day.
    away_from_publication: bool,
    /// Which side of publication that week, month or year lies on, when the clause
    /// says: "last week" is before, "next month" after.
    away_before: bool,
    away_after: bool,
    /// Its clause is in the past tense ("met", "held talks").
    past: bool,
    /// Its clause places it "here": at the dateline's city, whenever it was.
    here: bool,
    /// It goes to a site the text describes without naming ("a visit to the quake
    /// zone"): somewhere other than the dateline's city.
    to_described_site: bool,
    /// Told in an aside that places it ("Iraq, where he met leaders in Baghdad"):
    /// news of a stop of its own, not more on an event told before.
    placed_by_where: bool,
    /// Its other side is officials of no named government ("talks with
    /// Administration officials"): those of the country it is held in.
    host_officials: bool,
    /// Its other side is people it does not name ("talks with party leaders",
    /// "meets political leaders"): one named participant is enough.
    unnamed_others: bool,
    /// It is told as a repeat ("will meet again", "another meeting", "a second round
    /// of talks"): an event other than those already reported.
    again: bool,
    /// Someone spoke to it as an audience ("told a meeting of businessmen"): a
    /// gathering of its own, not more on talks told before.
    addressed: bool,
    /// Its day is the one it ends on ("talks, scheduled to end on Wednesday"): another
    /// report may give an earlier start.
    ends: bool,
    /// Its other side is people, named or not ("talks with Reagan Administration
    /// officials"), rather than bodies ("talks with commercial banks").
    people_across: bool,
    /// Its sides are "the two sides" of the event told before ("a brief meeting
    /// between the two sides", "The two sides will meet again").
    two_sides: bool,
}

impl EventMention {
    fn has_anchor(&self) -> bool {
        self.name.is_some()
            || self.place.is_some()
            || self.date.is_some()
            || !self.persons.is_empty()
            || !self.parties.is_empty()
    }
}

/// Extract the article's events, one per real event it reports.
pub fn extract_events(
    text: &str,
    sentences: &[Sentence],
    body: &[bool],
    found: &mut Found,
    ctx: DateContext,
) -> Vec<EventFact> {
    let mut clusters: Vec<EventFact> = Vec::new();
    let mut hints: Vec<DatelineHints> = Vec::new();
    // Where each cluster was told: (sentence start, relative clause).
    let mut told_in: Vec<Vec<(usize, Option<usize>)>> = Vec::new();
    let mut last: Option<usize> = None;
    ensure_capital_countries(found);
    ensure_hyphenated_countries(text, sentences, found);
    let filed_from = dateline_place(text, sentences, body, found);
    for (si, s) in sentences.iter().enumerate() {
        if !body[si] {
            continue;
        }
        let ms = found.by_sentence[si].clone();
        let antecedents = Antecedents::before(text, sentences, found, si);
        let mentions = sentence_events(text, s, &ms, found, ctx, antecedents);
        if mentions.is_empty() {
            // "X and Y were present": attendance stated without a trigger joins the
            // event being talked about.
            if let Some(c) = last
                && states_presence(text, &s.tokens, &ms)
            {
                let persons: Vec<usize> = ms
                    .iter()
                    .filter(|m| m.kind == EntityKind::Person)
                    .map(|m| m.entity)
                    .collect();
                if !persons.is_empty() {
                    let side = side_of(text, s, &ms);
                    let ev = &mut clusters[c];
                    for p in persons.into_iter().chain(side) {
                        push_unique(&mut ev.attendees, p);
                    }
                    push_unique_span(&mut ev.evidence, s.span);
                }
            }
            continue;
        }
        let both = both_countries(text, sentences, found, si);
        for mut m in mentions {
            // "Debt talks between the Philippine government and its banks … after a
            // brief meeting between the two sides": the sides of the event told before.
            if m.two_sides
                && m.parties.is_empty()
                && m.persons.is_empty()
                && let Some(c) = last
            {
                for &p in &clusters[c].attendees {
                    if matches!(
                        found.entity(p).kind,
                        EntityKind::Country | EntityKind::Organization
                    ) {
                        push_unique(&mut m.parties, p);
                    }
                }
            }
            if let Some((x, y)) = both {
                push_unique(&mut m.parties, x);
                push_unique(&mut m.parties, y);
            }
            if let Some(c) = assign(
                &clusters, &hints, &told_in, &m, last, found, ctx.anchor, filed_from,
            ) {
                // "flying to Japan …, will fly to Tokyo on Sunday": the city in the
                // country is the more precise place of the same journey.
                let refines = |e: &EventFact| {
                    e.place.zip(m.place).is_some_and(|(have, new)| {
                        found.entity(have).kind == EntityKind::Country
                            && found.entity(new).kind == EntityKind::Place
                            && country_of_place(found, new) == Some(have)
                    })
                };
                if refines(&clusters[c]) {
                    clusters[c].place = m.place;
                }
                merge_into(&mut clusters[c], &m);
                hints[c].away |= m.away_from_publication;
                hints[c].away_before |= m.away_before;
                hints[c].away_after |= m.away_after;
                hints[c].here |= m.here;
                hints[c].to_described_site |= m.to_described_site;
                hints[c].host_officials |= m.host_officials;
                hints[c].people_across |= m.people_across;
                hints[c].past |= m.past;
                hints[c].unnamed_others |= m.unnamed_others;
                hints[c].addressed |= m.addressed;
                told_in[c].push((m.sentence.start, m.aside));
                last = Some(c);
            } else if m.has_anchor()
                && (m.definite
                    || m.persons.len() + m.parties.len() >= 1
                    || m.place.is_some()
                    || m.name.is_some()
                    // "A special meeting … ended late yesterday": dated to a day, it
                    // is one meeting in particular.
                    || matches!(m.date, Some(EventDate::Day { .. })))
            {
                clusters.push(new_event(&m));
                hints.push(DatelineHints {
                    away: m.away_from_publication,
                    away_before: m.away_before,
                    away_after: m.away_after,
                    here: m.here,
                    to_described_site: m.to_described_site,
                    host_officials: m.host_officials,
                    people_across: m.people_across,
                    past: m.past,
                    unnamed_others: m.unnamed_others,
                    addressed: m.addressed,
                });
                told_in.push(vec![(m.sentence.start, m.aside)]);
                last = Some(clusters.len() - 1);
            }
        }
    }
    meetings_on_the_visit(&mut clusters, &hints, ctx.anchor);
    // "TOKYO, March 3 - … made the remark yesterday in talks with Saito": a wire story
    // reports from where its events happen. An event held around the publication day
    // with no place in the text is placed at the dateline's city, and so is one the
    // text places "here"; one dated a week, month or year away ("talks due next
    // month", "met last week") is not.
    if let Some(first_city) = dateline_place(text, sentences, body, found) {
        // A digest of briefs ("ROME - … WASHINGTON - …"): each brief's own dateline.
        let later = later_datelines(text, sentences, body, found);
        for (e, hint) in clusters.iter_mut().zip(&hints) {
            let starts = e.evidence.first().map_or(0, |sp| sp.start);
            let city = later
                .iter()
                .rev()
                .find(|(at, _)| *at <= starts)
                .map_or(first_city, |&(_, c)| c);
            let around_publication = match &e.date {
                // "King Fahd begins a four-day state visit on Tuesday": a visit that
                // names no destination, within the week, is to where the story is filed.
                Some(EventDate::Day { .. }) if e.kind == EventKind::Visit => {
                    days_after_publication(&e.date, ctx.anchor).is_some_and(|n| n.abs() <= 7)
                }
                Some(EventDate::Day { .. }) => near_publication(&e.date, ctx.anchor),
                None | Some(EventDate::MonthDay { .. }) => {
                    !hint.away
                        && e.status == Some(EventStatus::Held)
                        && (!matches!(e.kind, EventKind::Talks | EventKind::Meeting)
                            || met_in_person(e, hint, found))
                }
            };
            if e.place.is_none()
                && e.venue.is_none()
                && e.kind != EventKind::PhoneCall
                && !hint.to_described_site
                && (around_publication || hint.here)
            {
                e.place = Some(city);
            }
        }
    }
    meetings_during_the_visit(&mut clusters, text);
    // A day still to come makes the event planned, whatever tense its other reports
    // take ("begins a state visit on Tuesday … the trip follows several visits").
    for e in &mut clusters {
        if e.status == Some(EventStatus::Held) && still_to_come(&e.date, ctx.anchor) {
            e.status = Some(EventStatus::Planned);
        }
    }
    // "De Croo, here for talks with Administration officials": a visitor "here" meeting
    // officials of no named government meets those of the dateline's country. (Not
    // elsewhere: talks in Geneva "with senior officials" are rarely with the Swiss.)
    for (e, hint) in clusters.iter_mut().zip(&hints) {
        if hint.host_officials
            && hint.here
            && let Some(p) = e.place
            && let Some(country) = country_of_place(found, p)
        {
            push_unique(&mut e.attendees, country);
        }
    }
    series_partners(&mut clusters, found);
    // "Funaro, who is accompanied by central bank governor Francisco Gros, …": a
    // companion goes where the person goes, on every visit of the trip not dated away
    // from it, and takes part in what the sentence itself reports.
    for company in companions::companies(text, sentences, body, found) {
        let said_in = sentences[company.sentence].span;
        for (e, hint) in clusters.iter_mut().zip(&hints) {
            let in_sentence = e.evidence.contains(&said_in);
            let on_trip = e.kind == EventKind::Visit && !hint.away;
            if e.attendees.contains(&company.lead) && (in_sentence || on_trip) {
                for &p in &company.companions {
                    push_unique(&mut e.attendees, p);
                }
            }
        }
    }
    // An event needs at least two participants (one of them may go unnamed: "talks
    // with party leaders"), or a place, a day or a month away with one.
    let mut hint = hints.iter();
    clusters.retain(|e| {
        let h = hint.next();
        let others = h.is_some_and(|h| h.unnamed_others);
        // "talks scheduled to begin next month": a month still to come. (A past month
        // told beside an event often dates something else: "told a news conference
        // that last year's profit rose".)
        let month_away = e.period.as_deref().zip(ctx.anchor).is_some_and(|(p, d)| {
            let published = format!("{:04}-{:02}", d.year(), d.month());
            published.get(..p.len()).is_some_and(|q| p > q)
        });
        let n = e.attendees.len();
        // "has toured the country with his show": a visit to nowhere named, on no
        // day, is a way of speaking.
        // (But "a visit to the quake zone" goes somewhere the text describes.)
        if e.kind == EventKind::Visit
            && e.place.is_none()
            && e.venue.is_none()
            && e.date.is_none()
            && !h.is_some_and(|h| h.to_described_site && n >= 1)
        {
            return false;
        }
        let placed = e.place.is_some() || e.venue.is_some();
        // "a meeting of the country's Congress": a body meeting is an event of its own.
        let body_meets = n == 1
            && matches!(
                e.kind,
                EventKind::Meeting | EventKind::Conference | EventKind::Summit
            )
            && found.entity(e.attendees[0]).kind == EntityKind::Organization;
        // "Mr Blair told his monthly news conference": one speaker is a conference's
        // whole cast.
        let spoke_at_conference =
            n >= 1 && e.kind == EventKind::Conference && e.status == Some(EventStatus::Held);
        let to_site = h.is_some_and(|h| h.to_described_site);
        e.name.is_some()
            || body_meets
            || spoke_at_conference
            || (n >= 1 && to_site)
            || n >= 2
            || (n >= 1 && (others || placed || e.date.is_some() || month_away))
            || (placed && e.date.is_some())
    });
    for e in &clusters {
        for &a in &e.attendees {
            if found.entity(a).kind != EntityKind::Person {
                found.entity_mut(a).acts = true;
            }
        }
    }
    clusters
}

/// "a meeting of foreign ministers of both countries in Islamabad" after "India and
/// Pakistan agreed …": the two countries the sentence or the two before it name, when
/// they name exactly two and the sentence speaks of "both countries" or "the two
/// countries".
fn both_countries(
    text: &str,
    sentences: &[Sentence],
    found: &Found,
    si: usize,
) -> Option<(usize, usize)> {
    let s = &sentences[si];
    let lower = s.span.of(text).to_lowercase();
    if ![
        "both countries",
        "the two countries",
        "both nations",
        "the two nations",
        "both governments",
        "the two governments",
    ]
    .iter()
    .any(|p| lower.contains(p))
    {
        return None;
    }
    let mut countries: Vec<usize> = Vec::new();
    let from = si.saturating_sub(2);
    for (sentence, ms) in sentences[from..=si]
        .iter()
        .zip(&found.by_sentence[from..=si])
    {
        // ("TAUPO, New Zealand, March 24 -": where the story is filed from.)
        let dateline_end =
            sentence.span.start + crate::ingest::dateline_len(sentence.span.of(text)).unwrap_or(0);
        for m in ms
            .iter()
            .filter(|m| m.kind == EntityKind::Country && m.span.start >= dateline_end)
        {
            push_unique(&mut countries, m.entity);
        }
    }
    match countries[..] {
        [x, y] => Some((x, y)),
        _ => None,
    }
}

/// "During the first call on December 7, Biden refused … And during the most recent
/// call on Dec. 30, Biden reiterated …": a call the text gives one person for is
/// another of the calls the article reports that person making, when all of them were
/// with the same party. A call of someone who spoke to several parties stays as told.
fn series_partners(clusters: &mut [EventFact], found: &Found) {
    let is_person = |a: &usize| found.entity(*a).kind == EntityKind::Person;
    for i in 0..clusters.len() {
        let e = &clusters[i];
        if e.kind != EventKind::PhoneCall || e.attendees.len() != 1 || !is_person(&e.attendees[0]) {
            continue;
        }
        let caller = e.attendees[0];
        let mut partners: Option<Vec<usize>> = None;
        let mut same = true;
        for (j, other) in clusters.iter().enumerate() {
            if j == i || other.kind != EventKind::PhoneCall || !other.attendees.contains(&caller) {
                continue;
            }
            let mut rest: Vec<usize> = other
                .attendees
                .iter()
                .copied()
                .filter(|&a| a != caller)
                .collect();
            rest.sort_unstable();
            if rest.is_empty() {
                continue;
            }
            match &partners {
                None => partners = Some(rest),
                Some(p) if *p == rest => {}
                Some(_) => same = false,
            }
        }
        if same && let Some(p) = partners {
            clusters[i].attendees.extend(p);
        }
    }
}

/// "X is in the UAE to discuss oil prices. He will meet the UAE president …": talks or
/// a meeting the text places nowhere, of someone on a visit around publication, are
/// held where that visit is. Only with one such visit: on a tour, which stop is
/// unknown.
fn meetings_on_the_visit(
    clusters: &mut [EventFact],
    hints: &[DatelineHints],
    anchor: Option<Date>,
) {
    let current: Vec<(usize, Vec<usize>)> = clusters
        .iter()
        .zip(hints)
        // (Where the visitor is now: not a journey still to come, "would leave early
        // tomorrow for Zurich".)
        .filter(|(e, h)| {
            e.kind == EventKind::Visit
                && !h.away
                && e.place.is_some()
                && e.status != Some(EventStatus::Planned)
                && days_after_publication(&e.date, anchor).is_some_and(|n| (-1..=0).contains(&n))
        })
        .map(|(e, _)| (e.place.unwrap_or_default(), e.attendees.clone()))
        .collect();
    for (e, h) in clusters.iter_mut().zip(hints) {
        if !matches!(e.kind, EventKind::Talks | EventKind::Meeting)
            || e.place.is_some()
            || e.venue.is_some()
            || h.away
            || e.date
                .as_ref()
                .is_some_and(|_| !near_publication(&e.date, anchor))
        {
            continue;
        }
        let mut on_visit = current
            .iter()
            .filter(|(_, visitors)| visitors.iter().any(|v| e.attendees.contains(v)));
        if let (Some((place, _)), None) = (on_visit.next(), on_visit.next()) {
            e.place = Some(*place);
        }
    }
}

/// "The Saudi leader will hold talks with Prime Minister Thatcher … during the visit":
/// talks the text places nowhere but during a visit of one of their people are held
/// where that visit is (the last such visit told before them).
fn meetings_during_the_visit(clusters: &mut [EventFact], text: &str) {
    for i in 0..clusters.len() {
        let e = &clusters[i];
        if !matches!(e.kind, EventKind::Talks | EventKind::Meeting)
            || e.place.is_some()
            || e.venue.is_some()
            || !e.evidence.iter().any(|sp| during_a_visit(sp.of(text)))
        {
            continue;
        }
        let visit = clusters[..i].iter().rev().find(|v| {
            v.kind == EventKind::Visit
                && v.place.is_some()
                && v.attendees.iter().any(|a| e.attendees.contains(a))
        });
        if let Some(place) = visit.and_then(|v| v.place) {
            clusters[i].place = Some(place);
        }
    }
}

/// "during the visit", "during his two-day trip", "during her stay".
fn during_a_visit(sentence: &str) -> bool {
    word_then_noun(sentence, "during", 4, &["visit", "trip", "stay", "tour"])
}

/// Does `word` occur with one of `nouns` among the `within` words after it?
fn word_then_noun(sentence: &str, word: &str, within: usize, nouns: &[&str]) -> bool {
    let words: Vec<String> = sentence
        .split(|c: char| !c.is_alphanumeric() && c != '-')
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect();
    words.iter().enumerate().any(|(i, w)| {
        w == word
            && words[i + 1..]
                .iter()
                .take(within)
                .any(|x| nouns.contains(&x.as_str()))
    })
}

/// Undated talks are a meeting of people, not a negotiation between bodies, when
/// people sit on both sides: two named persons ("after meeting with President
/// Suharto"), or one meeting people the text leaves unnamed ("talks with
/// Administration officials"). "Progress in talks with commercial banks" and "talks
/// with the World Bank" are negotiations, held nowhere the dateline can say.
fn met_in_person(e: &EventFact, hint: &DatelineHints, found: &Found) -> bool {
    let persons = e
        .attendees
        .iter()
        .filter(|&&a| found.entity(a).kind == EntityKind::Person)
        .count();
    persons >= 2 || (persons == 1 && (hint.people_across || hint.unnamed_others))
}

/// The city of a wire dateline opening the body ("TOKYO, March 3 -", "LONDON -"): a
/// place named first in one of the first body sentences, then a dash, or the place of a
/// dated dateline as ingest reads it (`ingest::dateline_len`).
fn dateline_place(
    text: &str,
    sentences: &[Sentence],
    body: &[bool],
    found: &Found,
) -> Option<usize> {
    // The headline comes first; the dateline opens one of the next sentences.
    (0..sentences.len())
        .filter(|&si| body[si])
        .take(3)
        .find_map(|si| dateline_at(text, &sentences[si], &found.by_sentence[si]))
}

/// Datelines after the story's first, written in capitals as wires write them
/// ("ROME - Israeli Foreign Minister …"): where each brief of a digest starts, and its
/// city.
fn later_datelines(
    text: &str,
    sentences: &[Sentence],
    body: &[bool],
    found: &Found,
) -> Vec<(usize, usize)> {
    let first = (0..sentences.len())
        .filter(|&si| body[si])
        .take(3)
        .find(|&si| dateline_at(text, &sentences[si], &found.by_sentence[si]).is_some());
    (0..sentences.len())
        .filter(|&si| body[si] && Some(si) > first)
        .filter_map(|si| {
            let s = &sentences[si];
            let city = dateline_at(text, s, &found.by_sentence[si])?;
            let capitals = s.tokens.first().is_some_and(|t| {
                let w = t.span.of(text);
                w.chars().any(char::is_alphabetic) && !w.chars().any(char::is_lowercase)
            });
            capitals.then_some((s.span.start, city))
        })
        .collect()
}

fn dateline_at(text: &str, s: &Sentence, ms: &[Mention]) -> Option<usize> {
    let toks = &s.tokens;
    let m = ms
        .iter()
        .find(|m| m.tok_start == 0 && matches!(m.kind, EntityKind::Place | EntityKind::Country))?;
    // "LONDON - …" has no date; "TOKYO, March 3 -" is a dated dateline.
    let dash_next = toks
        .get(m.tok_end)
        .is_some_and(|t| matches!(t.span.of(text), "-" | "--" | "—" | "–"));
    let dated = crate::ingest::dateline_len(s.span.of(text))
        .is_some_and(|len| m.span.end - s.span.start <= len);
    (dash_next || dated).then_some(m.entity)
}

fn push_unique(v: &mut Vec<usize>, x: usize) {
    if !v.contains(&x) {
        v.push(x);
    }
}

fn push_unique_span(v: &mut Vec<Span>, x: Span) {
    if !v.contains(&x) {
        v.push(x);
    }
}

fn new_event(m: &EventMention) -> EventFact {
    let mut e = EventFact {
        kind: m.kind,
        name: None,
        status: None,
        place: None,
        venue: None,
        date: None,
        period: None,
        end_date: None,
        time: None,
        attendees: Vec::new(),
        chair: None,
        evidence: Vec::new(),
        confidence: 0.8,
    };
    merge_into(&mut e, m);
    e
}

/// A day `end` an event that starts on `start` may end on: the same day or up to two
/// weeks after.
fn ends_after(start: &EventDate, end: &EventDate) -> bool {
    match (start.day(), end.day()) {
        (Some(a), Some(b)) => a <= b && a.until(b).is_ok_and(|span| span.get_days() <= 14),
        _ => false,
    }
}

fn merge_into(e: &mut EventFact, m: &EventMention) {
    if e.name.is_none() {
        e.name = m.name.clone();
    }
    // A more specific kind wins over "meeting".
    if e.kind == EventKind::Meeting && m.kind != EventKind::Meeting && m.kind.compatible(e.kind) {
        e.kind = m.kind;
    }
    if m.status.is_some() && e.status != Some(EventStatus::Held) {
        e.status = m.status;
    }
    if e.place.is_none() {
        e.place = m.place;
    }
    // A venue's name ("Chevening") over a description of it ("Jack Straw's country
    // residence").
    let named = |v: &str| {
        v.split_whitespace()
            .all(|w| w.starts_with(char::is_uppercase))
    };
    if e.venue.is_none()
        || (m.venue.as_deref().is_some_and(named) && !e.venue.as_deref().is_some_and(named))
    {
        e.venue = m.venue.clone().or(e.venue.take());
    }
    // "met today … the talks, scheduled to end on Wednesday": the day it ends.
    if m.ends
        && let (Some(start), Some(end)) = (&e.date, &m.date)
        && ends_after(start, end)
    {
        e.end_date = end.iso().map(str::to_string);
        push_unique_span(&mut e.evidence, m.sentence);
        for &p in m.persons.iter().chain(&m.parties) {
            push_unique(&mut e.attendees, p);
        }
        return;
    }
    match (&e.date, &m.date) {
        (None, Some(d)) => e.date = Some(d.clone()),
        (Some(EventDate::MonthDay { .. }), Some(d @ EventDate::Day { .. })) => {
            e.date = Some(d.clone())
        }
        (
            Some(EventDate::Day { strength: a, .. }),
            Some(d @ EventDate::Day { strength: b, .. }),
        ) if b > a => e.date = Some(d.clone()),
        _ => {}
    }
    if e.period.is_none() && e.date.is_none() {
        e.period = m.period.clone();
    }
    // The span's end, when it ends after the day the event starts.
    if e.end_date.is_none()
        && let (Some(start), Some(end)) = (e.date.as_ref().and_then(EventDate::iso), m.end_date)
        && start.parse::<Date>().is_ok_and(|d| d < end)
    {
        e.end_date = Some(end.to_string());
    }
    if e.date.is_some() {
        e.period = None;
    }
    if e.time.is_none() {
        e.time = m.time.clone();
    }
    for &p in m.persons.iter().chain(&m.parties) {
        push_unique(&mut e.attendees, p);
    }
    if e.chair.is_none() {
        e.chair = m.chair;
    }
    push_unique_span(&mut e.evidence, m.sentence);
}

/// "said at", "spoke at", "announced at": the word at `i` tells where someone spoke;
/// "said in a meeting with …" too, when the trigger at `ti` is the noun right after.
fn speaks_at(words: &[String], i: usize, ti: usize) -> bool {
    (lexicon::SPEECH_VERBS.contains(&words[i].as_str())
        || matches!(
            words[i].as_str(),
            // ("The Federal Communications Commission voted at a meeting to ease…")
            "announced" | "spoke" | "speaking" | "voted" | "decided" | "approved" | "adopted"
        ))
        && words.get(i + 1).is_some_and(|w| {
            w == "at"
                // ("said during a visit to Saudi Arabia", "said on a trip to Japan")
                || (w == "during" && ti <= i + 4)
                || (w == "on"
                    && ti <= i + 4
                    && words
                        .get(i + 2)
                        .is_some_and(|d| matches!(d.as_str(), "a" | "an" | "his" | "her" | "their")))
                || (w == "in" && ti > i + 2 && ti <= i + 4 && words[i + 2] != "that")
        })
}

/// "the earlier Reagan-Gorbachev summit", "U.S.-Japan trade talks": two names joined
/// by a hyphen into one word, up to two words before the trigger. A side is a
/// surname of one person the article names in full, or a country the article knows
/// (`ensure_hyphenated_countries`).
fn hyphenated_sides(
    text: &str,
    toks: &[Token],
    found: &Found,
    ti: usize,
) -> Vec<(usize, EntityKind)> {
    let side = |w: &str| -> Option<(usize, EntityKind)> {
        let mut persons = (0..found.len()).filter(|&i| {
            let e = found.entity(i);
            e.kind == EntityKind::Person
                && e.name.contains(' ')
                && e.name.rsplit(' ').next() == Some(w)
        });
        if let (Some(p), None) = (persons.next(), persons.next()) {
            return Some((p, EntityKind::Person));
        }
        country_entity(found, &gazetteer().country(w)?.iso2).map(|i| (i, EntityKind::Country))
    };
    for k in ti.saturating_sub(2)..ti {
        if (k + 1..ti).any(|i| toks[i].cap) || !toks[k].cap {
            continue;
        }
        let Some((x, y)) = hyphen_pair(toks[k].span.of(text)) else {
            continue;
        };
        if let (Some(x), Some(y)) = (side(x), side(y))
            && x.0 != y.0
        {
            return vec![x, y];
        }
    }
    Vec::new()
}

/// "Reagan-Gorbachev" → ("Reagan", "Gorbachev"): two capitalized names.
fn hyphen_pair(word: &str) -> Option<(&str, &str)> {
    let (x, y) = word.split_once(['-', '‑', '–'])?;
    let cap = |s: &str| s.chars().next().is_some_and(char::is_uppercase) && !s.contains('-');
    (cap(x) && cap(y)).then_some((x, y))
}

/// Countries joined by a hyphen ("U.S.-Japan", "Iran-Iraq") stand for themselves as
/// parties: make sure each exists as an entity to stand in.
fn ensure_hyphenated_countries(text: &str, sentences: &[Sentence], found: &mut Found) {
    let g = gazetteer();
    for s in sentences {
        for t in &s.tokens {
            let Some((x, y)) = hyphen_pair(t.span.of(text)) else {
                continue;
            };
            if let (Some(a), Some(b)) = (g.country(x), g.country(y)) {
                found.ensure_country(&a.iso2, &a.name);
                found.ensure_country(&b.iso2, &b.name);
            }
        }
    }
}

/// Two triggers of one clause this many words apart or more report two events.
const FAR_APART: usize = 10;

/// "meet again next month for the IMF and World Bank spring meetings": the trigger at
/// `ti` names the gathering the one at `tj` meets for, however long its name.
fn gathering_met_for(words: &[String], tj: usize, ti: usize) -> bool {
    // (Not "the board meeting of the ICO, to call for a new round of negotiations":
    // what a meeting calls for is another event.)
    (tj + 1..ti)
        .rev()
        .find(|&i| words[i] == "for")
        .is_some_and(|f| {
            f - tj <= 5
                && words[tj + 1..ti].iter().all(|w| {
                    !matches!(
                        w.as_str(),
                        "," | ";" | "to" | "that" | "which" | "who" | "said" | "call" | "calls"
                    )
                })
        })
}

/// What the reports of one event say about its relation to the dateline, and about
/// participants they do not name.
#[derive(Debug, Clone, Copy)]
struct DatelineHints {
    /// Some report dates it a week, month or year away from publication.
    away: bool,
    /// Some report dates it to a week, month or year before (after) publication.
    away_before: bool,
    away_after: bool,
    /// Some report places it "here".
    here: bool,
    /// Some report sends it to a site described, not named.
    to_described_site: bool,
    /// Some report meets officials of no named government.
    host_officials: bool,
    /// Some report meets people across the table, named or not.
    people_across: bool,
    /// Some report is in the past tense.
    past: bool,
    /// Some report gives it participants it does not name.
    unnamed_others: bool,
    /// One of its reports is an audience addressed ("told a meeting of …").
    addressed: bool,
}

/// A time that has not begun at publication ("next week", "in September", a day
/// other than the day itself), or one no anchor places: what a schedule's present
/// points to. Today, this week and this month are under way.
fn not_yet_begun(value: &TimeValue, anchor: Option<Date>) -> bool {
    match (value, anchor) {
        (TimeValue::MonthDay { .. }, _) => true,
        (TimeValue::Day(_) | TimeValue::Month { .. } | TimeValue::Range { .. }, None) => true,
        (TimeValue::Day(d), Some(p)) => *d != p,
        (TimeValue::Month { year, month }, Some(p)) => (*year, *month) > (p.year(), p.month()),
        (TimeValue::Range { start, .. }, Some(p)) => *start > p,
        (TimeValue::TimeOfDay { date, .. }, _) => date.is_some_and(|d| Some(d) != anchor),
        _ => false,
    }
}

/// "Sunday", "on Sunday": a weekday and nothing that fixes its week.
fn bare_weekday(expression: &str) -> bool {
    let words: Vec<String> = expression
        .split_whitespace()
        .map(|w| {
            w.trim_matches(|c: char| !c.is_alphanumeric())
                .to_lowercase()
        })
        .filter(|w| !w.is_empty() && w != "on")
        .collect();
    words.len() == 1 && temporal::is_weekday_name(&words[0])
}

/// "earlier this year", "later this month".
fn earlier_or_later(expression: &str) -> bool {
    expression.split_whitespace().any(|w| {
        let w = w.to_lowercase();
        w == "earlier" || w == "later"
    })
}

/// A day within one day of publication.
fn within_a_day(anchor: Date, d: Date) -> bool {
    anchor.until(d).is_ok_and(|span| span.get_days().abs() <= 1)
}

/// How many days after publication the date is (negative: before), when it is a day.
fn days_after_publication(date: &Option<EventDate>, anchor: Option<Date>) -> Option<i64> {
    match (date, anchor) {
        (Some(EventDate::Day { iso, .. }), Some(anchor)) => {
            let d = iso.parse::<Date>().ok()?;
            anchor.until(d).ok().map(|span| i64::from(span.get_days()))
        }
        _ => None,
    }
}

/// The date is a day within one day of publication.
fn near_publication(date: &Option<EventDate>, anchor: Option<Date>) -> bool {
    days_after_publication(date, anchor).is_some_and(|n| n.abs() <= 1)
}

/// The date is a day more than a day after publication.
fn still_to_come(date: &Option<EventDate>, anchor: Option<Date>) -> bool {
    days_after_publication(date, anchor).is_some_and(|n| n > 1)
}

/// Which existing event does this mention refer to, if any?
#[allow(clippy::too_many_arguments)]
fn assign(
    clusters: &[EventFact],
    hints: &[DatelineHints],
    told_in: &[Vec<(usize, Option<usize>)>],
    m: &EventMention,
    last: Option<usize>,
    found: &Found,
    anchor: Option<Date>,
    filed_from: Option<usize>,
) -> Option<usize> {
    if m.again {
        return None;
    }
    let mut best: Option<(i32, usize)> = None;
    // Another report of cluster `i`, as far as time, place and sides tell.
    let fits = |i: usize| {
        compatible(&clusters[i], &hints[i], m, found, anchor, filed_from)
            && !talks_with_another_country(&clusters[i], &hints[i], m, found, filed_from)
    };
    for (i, c) in clusters.iter().enumerate().rev() {
        if !fits(i) {
            continue;
        }
        // Within one sentence, a meeting told in a relative clause and talks told
        // around it are two events, unless the text refers back ("the meeting"). (Of
        // one kind, they are one: "Funaro, who is in Rome today, … completed a trip
        // to … Italy".)
        if !m.definite
            && c.kind != m.kind
            && told_in[i]
                .iter()
                .any(|&(start, aside)| start == m.sentence.start && aside != m.aside)
        {
            continue;
        }
        // "X held talks with A on Monday. … where he met B": someone each report
        // names and the other does not — X met two people, at two events.
        let own = |ps: &[usize], others: &[usize]| {
            ps.iter()
                .any(|p| !others.contains(p) && found.entity(*p).kind == EntityKind::Person)
        };
        let persons_of_c: Vec<usize> = c
            .attendees
            .iter()
            .copied()
            .filter(|&p| found.entity(p).kind == EntityKind::Person)
            .collect();
        if !m.definite
            && m.persons.len() >= 2
            && persons_of_c.len() >= 2
            && own(&m.persons, &persons_of_c)
            && own(&persons_of_c, &m.persons)
        {
            continue;
        }
        // "Miyazawa visits Washington this week … before Nakasone leaves for Washington
        // on April 29": visits by different people are different journeys.
        if !m.definite
            && !m.persons.is_empty()
            && !persons_of_c.is_empty()
            && m.persons.iter().all(|p| !persons_of_c.contains(p))
        {
            continue;
        }
        // "She and Ryzhkov set targets during talks today. … Earlier, she told a
        // meeting of Soviet and British businessmen": an audience addressed is not the
        // talks.
        if (m.addressed || hints[i].addressed) && !m.definite && c.kind != m.kind {
            continue;
        }
        let shared_persons = m.persons.iter().filter(|p| c.attendees.contains(p)).count() as i32;
        if m.placed_by_where && !m.definite && shared_persons < 2 {
            continue;
        }
        let shared_parties = m.parties.iter().filter(|p| c.attendees.contains(p)).count() as i32;
        let mut score = 2 * shared_persons + shared_parties;
        if m.place.is_some() && c.place.is_some() {
            score += 2;
        }
        if m.name.is_some() && m.name == c.name {
            score += 3;
        }
        if m.date.is_some() && c.date.is_some() {
            score += 1;
        }
        if best.is_none_or(|(s, _)| score > s) {
            best = Some((score, i));
        }
    }
    match best {
        Some((s, i)) if s >= 2 => Some(i),
        // "the meeting", "the discussions", "the meeting of the <Council>": the event
        // last spoken of, if nothing the mention says contradicts it.
        // Else the last one of its kind: "He had earlier met X. … today's talks had
        // been at his request" are the talks told before the meeting.
        // ("The ICO executive board meeting … ICO talks earlier this year … The ICO
        // executive board meets tomorrow": one of its own kind first, when the last is
        // of another.)
        _ if m.definite => last
            .filter(|&l| fits(l) && clusters[l].kind == m.kind)
            .or_else(|| {
                (0..clusters.len())
                    .rev()
                    .find(|&i| clusters[i].kind == m.kind && fits(i))
            })
            .or(last.filter(|&l| fits(l))),
        _ => None,
    }
}

/// "talks this morning with Lawson [filed from LONDON] … his talks with U.S. officials":
/// one of an event's people, with a country on the other side that the event, held in
/// another country (its place, or the dateline's for an event near the filing day),
/// lacks, while the event has a person the mention does not name, is at talks with
/// someone else, even told as "his talks".
fn talks_with_another_country(
    c: &EventFact,
    c_hints: &DatelineHints,
    m: &EventMention,
    found: &Found,
    filed_from: Option<usize>,
) -> bool {
    // An event told with no place of its own, near the day the story is filed, is
    // held where the story is filed.
    let place = c.place.or(filed_from.filter(|_| !c_hints.away));
    let Some(home) = place.and_then(|p| country_of_place(found, p)) else {
        return false;
    };
    let another_country = m.parties.iter().any(|&p| {
        p != home && found.entity(p).kind == EntityKind::Country && !c.attendees.contains(&p)
    });
    let someone_else = c
        .attendees
        .iter()
        .any(|p| !m.persons.contains(p) && found.entity(*p).kind == EntityKind::Person);
    // (One of the event's people is the mention's: "his talks".)
    let shared = m.persons.iter().any(|p| c.attendees.contains(p));
    another_country && m.place.is_none() && someone_else && shared
}

/// May mention `m` be another report of cluster `c`, whose reports say `c_hints`?
fn compatible(
    c: &EventFact,
    c_hints: &DatelineHints,
    m: &EventMention,
    found: &Found,
    anchor: Option<Date>,
    filed_from: Option<usize>,
) -> bool {
    if !c.kind.compatible(m.kind) {
        return false;
    }
    // "LONDON - … following his talks with Lawson … his talks in Washington last
    // week": an event told without place or day in a wire story is held where and
    // when the story is filed, so talks a week away in another city are others.
    if let Some(city) = filed_from
        && c.place.is_none()
        && c.date.is_none()
        && c.period.is_none()
        && !c_hints.away
        && m.away_from_publication
        && m.place.is_some_and(|p| !places_compatible(found, p, city))
    {
        return false;
    }
    // "visited Washington last week" is not the trip that ended last night, nor "the
    // summit last October" the offer made on Saturday.
    if (m.away_from_publication && near_publication(&c.date, anchor))
        || (c_hints.away && near_publication(&m.date, anchor))
    {
        return false;
    }
    // "his talks in Washington last week … when the two meet again next month for
    // the spring meetings in Washington": one before publication and one after are
    // two events. (Unless the text refers back with no month of its own: "the
    // announcement of his visit", in a sentence another time of which dates the
    // announcement.)
    if (!m.definite || m.period.is_some())
        && ((m.away_before && c_hints.away_after) || (m.away_after && c_hints.away_before))
    {
        return false;
    }
    // "He will meet the UAE president … He met the Saudi oil minister in Riyadh": a
    // meeting still to come is not one the same report says took place, unless the
    // text refers back to it ("the meeting").
    let planned = |s: Option<EventStatus>| s == Some(EventStatus::Planned);
    let held = |s: Option<EventStatus>| s == Some(EventStatus::Held);
    if !m.definite
        && ((planned(c.status) && m.past && held(m.status))
            || (held(c.status) && c_hints.past && planned(m.status)))
    {
        return false;
    }
    // ("They plan to hold a summit next month … described Friday's meeting as very
    // productive": "the meeting" told in the past is not the summit still planned.)
    if m.definite
        && c.kind != m.kind
        && planned(c.status)
        && !c_hints.past
        && m.past
        && held(m.status)
    {
        return false;
    }
    // "in Washington for talks …, said at a news conference": within one report, a
    // conference is its own event, not another word for the talks or meeting.
    let conference = |k| k == EventKind::Conference;
    if conference(c.kind) != conference(m.kind) && ![c.kind, m.kind].contains(&EventKind::Summit) {
        return false;
    }
    if let (Some(a), Some(b)) = (&c.name, &m.name)
        && crate::text::fold_key(a) != crate::text::fold_key(b)
    {
        return false;
    }
    if let (Some(a), Some(b)) = (c.place, m.place)
        && !places_compatible(found, a, b)
    {
        return false;
    }
    if let (Some(a), Some(b)) = (&c.date, &m.date)
        && a.month_day() != b.month_day()
        && !(m.ends && ends_after(a, b))
    {
        return false;
    }
    // "their summit last October" is not "the summit in Geneva in November 1985", nor
    // the offer made on Saturday.
    periods_fit(
        c.period.as_deref(),
        c.date.as_ref(),
        m.period.as_deref(),
        m.date.as_ref(),
    )
}

/// Two reports fit in time when their months or years do not differ, and a day one
/// gives falls in the period the other gives.
pub fn periods_fit(
    period_a: Option<&str>,
    date_a: Option<&EventDate>,
    period_b: Option<&str>,
    date_b: Option<&EventDate>,
) -> bool {
    let within = |period: &str, date: Option<&EventDate>| {
        date.and_then(EventDate::iso)
            .is_none_or(|iso| iso.starts_with(period))
    };
    match (period_a, period_b) {
        (Some(a), Some(b)) if !a.starts_with(b) && !b.starts_with(a) => false,
        _ => {
            period_a.is_none_or(|p| within(p, date_b)) && period_b.is_none_or(|p| within(p, date_a))
        }
    }
}

/// The same place, or a city and the country it lies in.
pub fn places_compatible(found: &Found, a: usize, b: usize) -> bool {
    let r = |i: usize| {
        let e = found.entity(i);
        super::PlaceRef {
            kind: e.kind,
            name: &e.name,
            country_code: e.country_code.as_deref(),
        }
    };
    a == b || r(a).fits(&r(b))
}

/// Trigger words and the event kind they open.
fn trigger_kind(text: &str, toks: &[Token], i: usize) -> Option<(EventKind, bool)> {
    let w = toks[i].span.of(text).to_lowercase();
    let prev = if i > 0 {
        toks[i - 1].span.of(text).to_lowercase()
    } else {
        String::new()
    };
    let next = toks
        .get(i + 1)
        .map(|t| t.span.of(text).to_lowercase())
        .unwrap_or_default();
    // ("The ICO council meets in September", "Reagan visits Tokyo": a verb's "-s" is no
    // plural.)
    let verb_after_name = i > 0 && toks[i - 1].cap && matches!(w.as_str(), "visits" | "hosts");
    let plural = w.ends_with('s')
        && !verb_after_name
        && !matches!(
            w.as_str(),
            "talks" | "discussions" | "negotiations" | "consultations" | "meets"
        );
    let kind = match w.as_str() {
        "meet" | "meets" | "met" | "meeting" | "meetings" => {
            // "commitments can be met from reserves", "was met with criticism": a
            // demand met, not people.
            if w == "met"
                && matches!(
                    prev.as_str(),
                    "be" | "been" | "being" | "is" | "are" | "was" | "were"
                )
                && (!matches!(next.as_str(), "with" | "by" | "at")
                    || (next == "with" && !toks.get(i + 2).is_some_and(|t| t.cap)))
            {
                return None;
            }
            // "meet demands", "met the target": not meetings.
            if matches!(w.as_str(), "meet" | "meets" | "met")
                && !matches!(
                    next.as_str(),
                    "with"
                        | "for"
                        | "in"
                        | "at"
                        | "on"
                        | "."
                        | ","
                        | "again"
                        | "directly"
                        | "here"
                        | "there"
                        | "briefly"
                        | "informally"
                        | "secretly"
                        | "jointly"
                        | "regularly"
                        | "face"
                        | "privately"
                        | "separately"
                        | "twice"
                        | "today"
                        | "tomorrow"
                        | "yesterday"
                        | "next"
                        | "this"
                        | "last"
                        | "later"
                        | "monday"
                        | "tuesday"
                        | "wednesday"
                        | "thursday"
                        | "friday"
                        | "saturday"
                        | "sunday"
                )
                && !toks.get(i + 1).is_some_and(|t| t.cap)
                && !meets_someone(text, toks, i)
            {
                return None;
            }
            EventKind::Meeting
        }
        "talks" | "discussions" | "discussion" | "negotiations" | "consultations" => {
            if prev == "peace" && next.is_empty() {
                return None;
            }
            // ("plans to have further talks with X", "held fresh talks with Y": held,
            // or to be held, with someone named.)
            let held_with = matches!(
                prev.as_str(),
                "further" | "more" | "new" | "fresh" | "direct"
            ) && i >= 2
                && matches!(
                    toks[i - 2].span.of(text).to_lowercase().as_str(),
                    "have" | "has" | "had" | "having" | "hold" | "holds" | "held" | "holding"
                )
                && next == "with"
                && (i + 2..toks.len().min(i + 5)).any(|k| toks[k].cap);
            if matches!(
                prev.as_str(),
                "further"
                    | "future"
                    | "more"
                    | "possible"
                    | "potential"
                    | "any"
                    | "no"
                    | "new"
                    | "fresh"
                    | "direct"
            ) && !held_with
            {
                return None;
            }
            // "a series of talks", "a week of discussions", "months of extremely tough
            // negotiations": many events, none in particular. ("The three areas of
            // negotiations": what is negotiated, no event.)
            let mut j = i;
            while j > 0 && i - j < 3 && is_prenominal_modifier(text, &toks[j - 1]) {
                j -= 1;
            }
            let lower = |k: usize| toks[k].span.of(text).to_lowercase();
            if j >= 2
                && lower(j - 1) == "of"
                && matches!(
                    lower(j - 2).as_str(),
                    "series"
                        | "week"
                        | "weeks"
                        | "months"
                        | "years"
                        | "number"
                        | "lot"
                        | "area"
                        | "areas"
                        | "aspect"
                        | "aspects"
                        | "field"
                        | "fields"
                        | "subject"
                        | "subjects"
                        | "topic"
                        | "topics"
                )
            {
                return None;
            }
            EventKind::Talks
        }
        // "Scholz hosted Macron in Berlin", "will host his French counterpart": a
        // host receiving someone meets them.
        "hosted" | "hosts" | "host" | "hosting" => {
            let someone = toks
                .get(i + 1)
                .is_some_and(|t| t.cap && !lexicon::is_calendar_word(t.span.of(text)))
                || meets_someone(text, toks, i);
            // ("host" is the verb only after "will" or "to": "the host country".)
            let verb = w != "host" || matches!(prev.as_str(), "will" | "to");
            if !someone || !verb {
                return None;
            }
            EventKind::Meeting
        }
        "summit" | "summits" => EventKind::Summit,
        // ("A news conference" is one too: someone spoke to the press at a place and
        // time.)
        "conference" | "videoconference" | "conferences" | "seminar" | "symposium" => {
            if next == "call" {
                EventKind::PhoneCall
            } else {
                EventKind::Conference
            }
        }
        "call" | "calls" | "phone" | "telephone" | "phoned" | "telephoned" => {
            // ("in a telephone interview": a call with the reporter, who is no party.)
            if matches!(w.as_str(), "phone" | "telephone")
                && !matches!(
                    next.as_str(),
                    "call" | "conversation" | "talks" | "interview"
                )
                && prev != "by"
                // ("talked over the telephone", "on the phone")
                && !(prev == "the"
                    && i >= 2
                    && matches!(toks[i - 2].span.of(text), "over" | "on"))
            {
                return None;
            }
            // "call" is a noun in a noun phrase ("a phone call", "the most recent
            // high-stakes call"), not the verb of "called for".
            if matches!(w.as_str(), "call" | "calls")
                && !matches!(
                    prev.as_str(),
                    "phone" | "telephone" | "video" | "conference"
                )
                && determiner_before(text, toks, i).is_none()
            {
                return None;
            }
            if matches!(next.as_str(), "for" | "to") && matches!(w.as_str(), "call" | "calls") {
                return None;
            }
            // "a call from Funaro for a change in the committee": an appeal.
            if matches!(w.as_str(), "call" | "calls")
                && !matches!(
                    prev.as_str(),
                    "phone" | "telephone" | "video" | "conference"
                )
                && (i + 2..toks.len().min(i + 7)).any(|j| {
                    toks[j].span.of(text) == "for"
                        && toks
                            .get(j + 1)
                            .is_some_and(|t| matches!(t.span.of(text), "a" | "an" | "the"))
                })
            {
                return None;
            }
            if prev == "phone" && w == "call" {
                // "phone call": the trigger is "phone"
                return None;
            }
            EventKind::PhoneCall
        }
        // "Baker called Miyazawa early this week to warn him", "she rang him": one
        // person calling another ("called on X to", "called X a liar", "called X's
        // plan" and "a firm called X" are no calls).
        "called" | "rang" => {
            let caller = matches!(prev.as_str(), "he" | "she")
                || (i >= 1
                    && toks[i - 1].cap
                    && !toks[i - 1].acronym
                    && !lexicon::is_function_word(&prev));
            let callee_end = if matches!(next.as_str(), "him" | "her") {
                Some(i + 2)
            } else {
                let end = (i + 1..toks.len())
                    .take_while(|&j| {
                        toks[j].cap
                            && !toks[j].acronym
                            && !lexicon::is_calendar_word(toks[j].span.of(text))
                    })
                    .last()
                    .map(|j| j + 1);
                end.filter(|&e| e >= i + 2)
            };
            let named_after = callee_end
                .and_then(|e| toks.get(e))
                .map(|t| t.span.of(text));
            // What may follow the one called: when, why, or the sentence's end.
            let call_follows = |a: &str| {
                lexicon::is_calendar_word(a)
                    || matches!(
                        a.to_lowercase().as_str(),
                        "to" | "on"
                            | "last"
                            | "this"
                            | "early"
                            | "late"
                            | "earlier"
                            | "yesterday"
                            | "today"
                            | "from"
                            | "after"
                            | "before"
                            | "at"
                            | "in"
                            | "and"
                            | "twice"
                            | "again"
                            | "recently"
                            | "shortly"
                            | "."
                            | ","
                    )
            };
            if !caller || callee_end.is_none() || !named_after.is_none_or(call_follows) {
                return None;
            }
            EventKind::PhoneCall
        }
        "visit" | "visits" | "visited" | "visiting" | "trip" | "trips" | "tour" => EventKind::Visit,
        // "after a brief stopover in Riyadh", "during his stay in Paris": a stop at a
        // named place ("stay in power" names none).
        "stopover" | "stop" | "stay" => {
            if next != "in" || !toks.get(i + 2).is_some_and(|t| t.cap) {
                return None;
            }
            EventKind::Visit
        }
        // "would go to Moscow next month": a journey to a named place ("is going to
        // announce" is no journey).
        "go" | "goes" | "went" | "going" => {
            if next != "to" || !toks.get(i + 2).is_some_and(|t| t.cap) {
                return None;
            }
            // ("called for control to go to West Germany's Siemens AG": to a
            // company, not a journey.)
            let name_end = (i + 2..toks.len())
                .find(|&j| !toks[j].cap)
                .unwrap_or(toks.len());
            if toks
                .get(name_end)
                .is_some_and(|t| matches!(t.span.of(text), "'s" | "’s"))
            {
                return None;
            }
            EventKind::Visit
        }
        // "left for Moscow on Sunday", "before his departure for Paris", "heads to
        // Tokyo": setting off for a named place.
        "left" | "leaves" | "leave" | "leaving" | "departed" | "departs" | "departure"
        | "heads" | "headed" | "heading" => {
            let towards = if w.starts_with("head") { "to" } else { "for" };
            // ("would leave early tomorrow morning for Zurich": a few lower-case words
            // of time between.)
            let at = (i + 1..toks.len().min(i + 5))
                .take_while(|&j| {
                    let t = toks[j].span.of(text);
                    t == towards || (!toks[j].cap && t.chars().all(char::is_alphabetic))
                })
                .find(|&j| toks[j].span.of(text) == towards);
            if at.is_none_or(|j| !toks.get(j + 1).is_some_and(|t| t.cap)) {
                return None;
            }
            EventKind::Visit
        }
        // "Funaro, who is in Rome today, …", "Aqazadeh is in the United Arab Emirates
        // to discuss oil prices": someone's stay in a named place.
        "is" | "was" | "are" | "were"
            if (prev == "who" || (i >= 2 && toks[i - 1].cap && !toks[i - 1].acronym))
                && next == "in"
                && (toks.get(i + 2).is_some_and(|t| t.cap)
                    || (toks.get(i + 2).is_some_and(|t| t.span.of(text) == "the")
                        && toks.get(i + 3).is_some_and(|t| t.cap))) =>
        {
            EventKind::Visit
        }
        "flew" | "travelled" | "traveled" | "arrived" | "arriving" | "arrives" => {
            // ("arrived last night", "arrived here on Monday": the arrival of a visit
            // the text places elsewhere.)
            let arrival_when = w.starts_with("arriv")
                && matches!(
                    next.as_str(),
                    "here" | "last" | "yesterday" | "today" | "on" | "late" | "early"
                );
            if !matches!(next.as_str(), "to" | "in" | "into") && !arrival_when {
                return None;
            }
            EventKind::Visit
        }
        // "flying to Tokyo to talk to government officials", "negotiating with the
        // steering committee", "conferred with Baker": the verbs of talks, with
        // someone other than the press.
        "talk" | "talked" | "talking" | "negotiate" | "negotiated" | "negotiating" | "confer"
        | "conferred" | "conferring" => {
            let with = if w.starts_with("talk") {
                matches!(next.as_str(), "to" | "with")
            } else {
                next == "with"
            };
            let press = (i + 2..toks.len().min(i + 5)).any(|j| {
                matches!(
                    toks[j].span.of(text).to_lowercase().as_str(),
                    "reporters"
                        | "journalists"
                        | "press"
                        | "newsmen"
                        | "media"
                        | "reuters"
                        | "newspaper"
                        | "television"
                        | "radio"
                        | "interviewer"
                )
            });
            // ("talking to state investment holding company Permodalan Nasional Bhd":
            // a description may stand before the name.)
            let someone = (i + 2..toks.len().min(i + 8))
                .take_while(|&j| !matches!(toks[j].span.of(text), "," | ";" | "." | "about"))
                .any(|j| {
                    let t = toks[j].span.of(text);
                    (toks[j].cap && !lexicon::is_calendar_word(t))
                        || names_a_side(t)
                        || matches!(t, "committee" | "creditors" | "government" | "counterpart")
                });
            if !with || press || !someone {
                return None;
            }
            if w.starts_with("confer") {
                EventKind::Meeting
            } else {
                EventKind::Talks
            }
        }
        // "flying on Sunday to Tokyo", "after travelling this week to France": a
        // journey to a place named a few words on.
        "fly" | "flies" | "flying" | "travel" | "travels" | "travelling" | "traveling"
        | "toured" | "touring" => {
            let to_soon = (i + 1..toks.len().min(i + 5))
                .map(|j| toks[j].span.of(text))
                .take_while(|w| !matches!(*w, "," | ";" | "."))
                .any(|w| w == "to");
            if !to_soon && !matches!(w.as_str(), "toured" | "touring") {
                return None;
            }
            EventKind::Visit
        }
        _ => return None,
    };
    if negated_noun_phrase(text, toks, i) {
        return None;
    }
    Some((kind, plural))
}

/// Is a token of sentence `s` inside one of its direct quotations?
fn quotation_test(text: &str, s: &Sentence) -> impl Fn(&Token) -> bool {
    let quotes = quoted_ranges(s.span.of(text));
    let start = s.span.start;
    move |t: &Token| {
        let off = t.span.start - start;
        quotes.iter().any(|&(a, b)| a < off && off < b)
    }
}

/// Byte ranges of direct quotations: triggers inside them are someone's words, not
/// the report of an event.
fn quoted_ranges(s: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut open: Option<usize> = None;
    for (i, c) in s.char_indices() {
        match c {
            '“' => open = Some(i),
            '”' => {
                if let Some(o) = open.take() {
                    out.push((o, i));
                }
            }
            '"' => match open.take() {
                Some(o) => out.push((o, i)),
                None => open = Some(i),
            },
            _ => {}
        }
    }
    out
}

/// Words that open an introductory phrase ("During the call on December 7, …").
const INTRO_WORDS: &[&str] = &[
    "following",
    "after",
    "before",
    "during",
    "despite",
    "amid",
    "ahead",
    "in",
    "at",
];
const CLAUSE_BREAKS: &[&str] = &[
    "after",
    "before",
    "while",
    "whereas",
    "follows",
    "followed",
    "follow",
    "following",
    "ahead",
    "since",
];
const REPORTING: &[&str] = &[
    "said",
    "says",
    "say",
    "confirmed",
    "confirms",
    "announced",
    "announces",
    "told",
    "tells",
    "added",
    "stated",
    "states",
    "state",
    "noted",
    "warned",
    "reported",
    "believes",
    "according",
    "claimed",
    "claims",
    "insisted",
    "explained",
];
/// Verbs that make what follows their "that" a disclosure, however far from the verb.
const DISCLOSING: &[&str] = &[
    "disclosed",
    "discloses",
    "revealed",
    "reveals",
    "announced",
    "announces",
    "reported",
    "reports",
    "said",
    "says",
    "stated",
    "states",
];
/// People who speak as a group, unnamed ("Senators said after …").
/// Bodies a sentence may open with, unnamed, after naming them before ("The group
/// said it …").
const UNNAMED_BODIES: &[&str] = &[
    "group",
    "company",
    "union",
    "firm",
    "consortium",
    "bank",
    "agency",
];
const SPEAKER_GROUPS: &[&str] = &[
    "senators",
    "lawmakers",
    "legislators",
    "congressmen",
    "delegates",
    "executives",
    "bankers",
    "participants",
];
/// Words of a relative clause that says where an event was held ("which ended in",
/// "that will be held in", "which took place in").
const HELD_VERBS: &[&str] = &[
    "was", "were", "is", "are", "will", "be", "been", "being", "held", "ended", "ends", "end",
    "began", "begins", "begin", "opened", "opens", "open", "closed", "took", "take", "takes",
    "place", "started", "starts",
];
/// Words that make the day after them the one an event ends on.
const ENDING_WORDS: &[&str] = &[
    "end",
    "ends",
    "ended",
    "ending",
    "close",
    "closes",
    "closed",
    "closing",
    "conclude",
    "concludes",
    "concluded",
    "until",
];
/// Nouns of a standing relation, whose "with" names its other side, not the event's:
/// "trade relations with Japan", "its surplus with the United States".
const RELATION_NOUNS: &[&str] = &[
    "relations",
    "ties",
    "surplus",
    "surpluses",
    "deficit",
    "deficits",
    "imbalance",
    "dispute",
    "disputes",
    "conflict",
    "war",
    "rivalry",
];
/// Prepositions that end like a participle ("Yeutter, during a visit to Japan, will").
const ING_PREPOSITIONS: &[&str] = &[
    "during",
    "including",
    "regarding",
    "concerning",
    "following",
    "according",
    "excluding",
    "notwithstanding",
    "pending",
    "barring",
];
const PARTY_NOUNS: &[&str] = &[
    "officials",
    "official",
    "delegation",
    "delegations",
    "diplomats",
    "negotiators",
    "counterpart",
    "counterparts",
    "side",
    "team",
    "ministers",
    "leaders",
    "executives",
    "envoys",
    "representatives",
    "delegates",
    "ambassadors",
    "government",
    "military",
    "generals",
];
/// Where a person receives visitors: "talks at Mr Putin's residence".
const RESIDENCES: &[&str] = &[
    "home",
    "house",
    "residence",
    "ranch",
    "dacha",
    "estate",
    "farm",
    "palace",
    "office",
    "offices",
    "villa",
    "retreat",
];
/// The organs through which a body meets: "the ICO executive board", "the OPEC
/// ministerial committee".
const ORGANS: &[&str] = &[
    "executive",
    "executives",
    "board",
    "council",
    "committee",
    "ministerial",
    "governing",
    "steering",
    "directors",
    "governors",
    "members",
    "member",
    "states",
    "countries",
];
const SUBJECT_FILLERS: &[&str] = &[
    "and",
    ",",
    "the",
    "officials",
    // "the Treasury and State departments and other agencies held a meeting"
    "departments",
    "ministries",
    "agencies",
    // "NATO held a meeting", "The IMF will hold its meeting with the World Bank"
    "a",
    "an",
    "its",
    "their",
    "is",
    "are",
    "was",
    "were",
    "will",
    "would",
    "be",
    "been",
    "have",
    "has",
    "had",
    "also",
    "now",
    "directly",
    "reportedly",
    "later",
    "again",
    "still",
    "to",
    "set",
    "scheduled",
    "expected",
    "due",
    "going",
    "planning",
    "plan",
    "plans",
    "began",
    "begin",
    "begins",
    "started",
    "start",
    "held",
    "hold",
    "holding",
    "holds",
    "continue",
    "continued",
    "continuing",
    "resuming",
    "conducting",
    "conducted",
    "resume",
    "resumed",
    // "Zambia has just completed a new round of talks with the IMF"
    "completed",
    "concluded",
    "ended",
    "opened",
    "finished",
    "just",
    "already",
    "round",
    "rounds",
    "of",
    "new",
    "fresh",
    "another",
    "further",
    "second",
    "third",
    "latest",
    "final",
    "other",
    "top",
    "senior",
    "delegations",
    "delegation",
    "diplomats",
    "ministers",
    "leaders",
    "finally",
    "then",
    "not",
    "could",
    "may",
    "might",
    "should",
    "shall",
    "can",
    "did",
    "do",
    "does",
    "agreed",
    "preparing",
    "prepare",
    "set",
    "first",
    "traveling",
    "travelling",
    "who",
    "both",
    "once",
    "formally",
];

/// Event mentions of one sentence.
fn sentence_events(
    text: &str,
    s: &Sentence,
    ms: &[Mention],
    found: &Found,
    ctx: DateContext,
    antecedents: Antecedents,
) -> Vec<EventMention> {
    let toks = &s.tokens;
    let stext = s.span.of(text);
    let in_quote = quotation_test(text, s);
    // Triggers.
    let mut triggers: Vec<(usize, EventKind, bool)> = Vec::new();
    for i in 0..toks.len() {
        if in_quote(&toks[i]) {
            continue;
        }
        if let Some((k, plural)) = trigger_kind(text, toks, i) {
            triggers.push((i, k, plural));
        }
    }
    if triggers.is_empty() {
        return Vec::new();
    }
    let words: Vec<String> = toks
        .iter()
        .map(|t| t.span.of(text).to_lowercase())
        .collect();
    // The sentence's own first word: after a wire dateline ("WASHINGTON, March 20 -",
    // which opens the first sentence) and a leading conjunction.
    let after_dateline = crate::ingest::dateline_len(stext)
        .and_then(|len| toks.iter().position(|t| t.span.start - s.span.start >= len))
        .unwrap_or(0);
    let first_word = if words
        .get(after_dateline)
        .is_some_and(|w| matches!(w.as_str(), "and" | "but" | "yet"))
    {
        after_dateline + 1
    } else {
        after_dateline
    };
    // ("During the trip Howard will meet officials in X, Y and Z": a phrase with its
    // own verb before the first comma is the main clause, not an opening phrase.)
    let finite_before_comma = (first_word..toks.len())
        .take_while(|&i| words[i] != ",")
        .any(|i| lexicon::FINITE_AUXILIARIES.contains(&words[i].as_str()));
    let opens_with_intro = words
        .get(first_word)
        .is_some_and(|f| INTRO_WORDS.contains(&f.as_str()))
        && !finite_before_comma;
    // Clause boundaries.
    let mut bounds = vec![0usize];
    for i in 1..toks.len() {
        let w = words[i].as_str();
        let prev = words[i - 1].as_str();
        let unit_before = matches!(
            prev,
            "day"
                | "days"
                | "week"
                | "weeks"
                | "month"
                | "months"
                | "hours"
                | "shortly"
                | "soon"
                | "just"
                | "right"
                | "immediately"
        );
        let is_break = (CLAUSE_BREAKS.contains(&w) && !(w == "following" && i == first_word) && !unit_before)
                || w == ";"
                || (w == ","
                    && i + 2 < toks.len()
                    && words[i + 1].chars().all(|c| c.is_ascii_alphabetic())
                    && number_word(&words[i + 1]).is_some()
                    && words[i + 2].starts_with("day"))
                // "She noted X met Y last week, and that X and Z will visit Tokyo": a
                // second thing noted.
                || (w == ","
                    && words.get(i + 1).is_some_and(|n| n == "and")
                    && words.get(i + 2).is_some_and(|n| n == "that"));
        // An opening phrase ("Following the talks …, Russian officials …") is its own clause.
        let intro = w == "," && bounds.len() == 1 && i > first_word && opens_with_intro;
        if (is_break && prev != "the") || intro {
            bounds.push(if w == "," || w == ";" { i + 1 } else { i });
        }
    }
    bounds.push(toks.len());
    bounds.dedup();

    // "After talks with President Suharto, Prime Minister Hawke said", "Speaking to
    // reporters after talks with Suharto, he said": an opening phrase up to the first
    // comma, then the main clause, whose subject is the sentence's.
    let opening = !finite_before_comma
        && words.get(first_word).is_some_and(|f| {
            matches!(f.as_str(), "after" | "before" | "during" | "following")
                || (f.ends_with("ing") && toks[first_word].cap && f.len() > 5)
        });
    let main_start = opening
        .then(|| {
            (first_word..toks.len())
                .take_while(|&i| !matches!(words[i].as_str(), ";" | "\"" | "“"))
                .find(|&i| words[i] == ",")
                .map(|i| i + 1)
        })
        .flatten()
        .filter(|&i| {
            ms.iter()
                .any(|m| m.kind == EntityKind::Person && m.tok_start >= i)
                || words[i..]
                    .iter()
                    .take(3)
                    .any(|w| matches!(w.as_str(), "he" | "she" | "they"))
        })
        .unwrap_or(0);
    // ("Speaking to reporters after a news conference called to announce X, Y said he
    // had talks with Z": the opening phrase ends at its comma, and Z was not at the
    // news conference.)
    if main_start > 0 && !bounds.contains(&main_start) {
        bounds.push(main_start);
        bounds.sort_unstable();
    }
    let clause_of = |i: usize| {
        bounds
            .windows(2)
            .position(|w| w[0] <= i && i < w[1])
            .unwrap_or(0)
    };
    // The sentence's subject: its first person, or the person a leading "He"/"She"
    // refers to.
    let leading_pronoun = words[main_start..]
        .iter()
        .take(3)
        .enumerate()
        .find_map(|(i, w)| match w.as_str() {
            "he" => Some((main_start + i, Gender::Male)),
            "she" => Some((main_start + i, Gender::Female)),
            "they" => Some((main_start + i, Gender::Plural)),
            _ => None,
        });
    // "He told reporters after meeting with President Suharto": the pronoun is the
    // subject, not the first name after it. "They" can be two people.
    let first_person = ms
        .iter()
        .find(|m| m.kind == EntityKind::Person && m.tok_start >= main_start);
    let subjects: Vec<usize> = match (first_person, leading_pronoun) {
        (Some(m), Some((pi, _))) if m.tok_start < pi => vec![m.entity],
        (_, Some((_, g))) => {
            let referents = antecedents.of(g);
            if referents.is_empty() {
                first_person.map(|m| m.entity).into_iter().collect()
            } else {
                referents
            }
        }
        (Some(m), None) => vec![m.entity],
        (None, None) => Vec::new(),
    };
    let subject = subjects.first().copied();
    // A wire dateline's date ("OSLO, March 3 -") is when the story was filed, not when
    // its events happened.
    let dateline_end = crate::ingest::dateline_len(stext).unwrap_or(0);
    let temporals: Vec<_> = temporal::find_temporal(stext, ctx.anchor)
        .into_iter()
        .filter(|t| t.start >= dateline_end)
        .collect();
    // Relative clauses set off by commas ("Funaro, who is in Rome today, will fly to
    // Tokyo", "a stopover in Riyadh, where he met …"): an event told inside one is not
    // the event of the clause around it.
    // ("Saouma, in Brazil for talks with agriculture officials, said he invited
    // Sarney to Rome October 16": a person's whereabouts set off by commas too.)
    let whereabouts = |i: usize| {
        matches!(words[i + 1].as_str(), "in" | "here")
            && ms
                .iter()
                .any(|m| m.kind == EntityKind::Person && m.tok_end == i)
            && (i + 2..toks.len())
                .take_while(|&j| words[j] != ",")
                .any(|j| words[j] == "for")
    };
    // ("Argentina, seeking fresh loans in New York, has been negotiating": a
    // participle's phrase after a name.)
    let participle_after_name = |i: usize| {
        is_participle(&words[i + 1])
            && ms.iter().any(|m| m.tok_end == i)
            && (i + 2..toks.len()).any(|j| words[j] == ",")
    };
    let asides: Vec<(usize, usize)> = (0..toks.len().saturating_sub(1))
        .filter(|&i| {
            words[i] == ","
                && (matches!(words[i + 1].as_str(), "who" | "which" | "where")
                    || whereabouts(i)
                    || participle_after_name(i))
        })
        .map(|i| {
            let end = (i + 1..toks.len())
                .find(|&j| matches!(words[j].as_str(), "," | ";"))
                .unwrap_or(toks.len());
            (i, end)
        })
        .collect();
    let aside_of = |i: usize| asides.iter().position(|&(from, to)| from <= i && i < to);
    // "During the trip": a journey's trigger told as the time of something else.
    let told_during = |t: usize| (t.saturating_sub(3)..t).any(|i| words[i] == "during");
    // What a journey is made for: "for talks", "to meet", "for the meetings".
    let is_purpose = |ti: usize, kind: EventKind| {
        matches!(kind, EventKind::Talks | EventKind::Meeting)
            && ti >= 1
            && (words[ti - 1] == "to"
                || words[ti - 1] == "for"
                || (ti >= 2
                    && words[ti - 2] == "for"
                    && matches!(
                        words[ti - 1].as_str(),
                        "a" | "the" | "further" | "more" | "new"
                    )))
    };
    // "Abe's visit is to prepare for Nakasone's talks with Reagan": an event a
    // person's possessive owns is that person's, not more of the clause's first.
    let owned_by_person = |t: usize| {
        t >= 2
            && matches!(words[t - 1].as_str(), "'s" | "’s")
            && ms
                .iter()
                .any(|x| x.kind == EntityKind::Person && x.tok_end == t - 1)
    };
    let mut out: Vec<((usize, Option<usize>), EventMention)> = Vec::new();
    let mut prev_date: Option<Date> = None;
    for &(ti, kind, plural) in &triggers {
        let c = clause_of(ti);
        let group = (c, aside_of(ti));
        let (a, b) = (bounds[c], bounds[c + 1]);
        // Several triggers in one clause ("meet for talks") are one event, unless the
        // second is where someone spoke ("in Washington for talks, said at a news
        // conference").
        let spoken_at = kind == EventKind::Conference
            && triggers
                .iter()
                .rev()
                .find(|(tj, _, _)| *tj < ti && clause_of(*tj) == c)
                .is_some_and(|&(tj, _, _)| {
                    (tj..ti).any(|i| lexicon::SPEECH_VERBS.contains(&words[i].as_str()))
                });
        // "flying to Auckland to attend a conference": the gathering a journey goes to
        // is an event of its own, held where the journey goes.
        // So is what a journey is made to do: "flying on Sunday to Tokyo to talk to
        // government officials".
        let attends = matches!(
            kind,
            EventKind::Conference | EventKind::Summit | EventKind::Meeting
        ) && (ti.saturating_sub(6)..ti)
            .any(|i| matches!(words[i].as_str(), "attend" | "attending"));
        // And talks a journey is made for: "would go to Moscow next month for talks on
        // arms control" is a trip and the talks held there.
        // "During the trip Howard will meet officials …": a meeting told as held
        // during a journey is held on it, an event of its own.
        let during_journey = matches!(kind, EventKind::Talks | EventKind::Meeting)
            && triggers
                .iter()
                .rev()
                .find(|(tj, _, _)| *tj < ti && clause_of(*tj) == c)
                .is_some_and(|&(tj, k, _)| {
                    k == EventKind::Visit
                        && told_during(tj)
                        && !(tj + 1..ti).any(|i| matches!(words[i].as_str(), "for" | "to"))
                });
        let purpose = is_purpose(ti, kind) || during_journey;
        let journey_to = if attends || purpose {
            out.iter()
                .rev()
                .find(|(g, m)| *g == group && m.kind == EventKind::Visit)
                .map(|(_, m)| m.place)
        } else {
            None
        };
        // "flying on Sunday to Tokyo …, with a possible visit to Canada": a journey
        // set off by a comma, to a place of its own, is another stop. And a trigger
        // far from the clause's first ("… three areas of negotiations … was consistent
        // with the position at the earlier summit in Geneva in November 1985") is
        // another event, not a second word for the first; so are talks a person's
        // possessive owns and a journey a meeting opens (below).
        let previous = triggers
            .iter()
            .rev()
            .find(|(tj, _, _)| *tj < ti && clause_of(*tj) == c);
        let previous_journey = triggers
            .iter()
            .rev()
            .find(|(tj, k, _)| *tj < ti && clause_of(*tj) == c && *k == EventKind::Visit);
        let next_event_at = triggers
            .iter()
            .find(|(tj, _, _)| *tj > ti && clause_of(*tj) == c)
            .map(|&(tj, _, _)| tj)
            .filter(|&tj| tj - ti > FAR_APART && !gathering_met_for(&words, ti, tj));
        let another_event = previous_journey.is_some_and(|&(tj, _, _)| {
            kind == EventKind::Visit
                && words.get(ti + 1).is_some_and(|w| w == "to")
                && toks.get(ti + 2).is_some_and(|t| t.cap)
                && (tj..ti).any(|i| words[i] == ",")
        }) || previous
            .is_some_and(|&(tj, _, _)| ti - tj > FAR_APART && !gathering_met_for(&words, tj, ti))
            || (previous.is_some() && owned_by_person(ti))
            // "The meeting with Kato opened a 12-day visit to Japan by Lyng": a journey
            // a meeting or talks open or close is an event of its own.
            || (kind == EventKind::Visit
                && previous.is_some_and(|&(tj, k, _)| {
                    matches!(k, EventKind::Meeting | EventKind::Talks)
                        && (tj + 1..ti).any(|i| {
                            matches!(
                                words[i].as_str(),
                                "opened" | "opens" | "began" | "begins" | "started" | "starts"
                                    | "ended" | "ends" | "closed" | "closes" | "concluded"
                            )
                        })
                }));
        if !spoken_at
            && journey_to.is_none()
            && !another_event
            && let Some((_, last)) = out.iter_mut().rev().find(|(g, _)| *g == group)
        {
            // "meet … for the IMF and World Bank spring meetings": the bodies whose
            // gathering it is take part.
            if let Some(&(tj, _, _)) = previous
                && gathering_met_for(&words, tj, ti)
            {
                for x in ms.iter().filter(|x| {
                    x.tok_start > tj
                        && x.tok_end <= ti
                        && matches!(x.kind, EntityKind::Organization)
                        && words[x.tok_start.saturating_sub(2)..x.tok_start]
                            .iter()
                            .any(|w| matches!(w.as_str(), "for" | "the" | "and"))
                }) {
                    push_unique(&mut last.parties, party_entity(found, x));
                }
            }
            if kind == EventKind::Talks && last.kind == EventKind::Meeting {
                last.kind = EventKind::Talks;
            }
            // "talked with X by telephone", "spoke with Y over the phone": the talks
            // were a call.
            if kind == EventKind::PhoneCall
                && matches!(last.kind, EventKind::Talks | EventKind::Meeting)
                && matches!(words[ti - 1].as_str(), "by" | "the")
            {
                last.kind = EventKind::PhoneCall;
            }
            continue;
        }
        // (A "press conference" is a news conference, as news calls it.)
        if (a..b).filter(|&i| i + 1 != ti).any(|i| {
            matches!(
                words[i].as_str(),
                "reporters" | "journalists" | "press" | "media"
            )
        }) && matches!(kind, EventKind::PhoneCall | EventKind::Conference)
        {
            continue;
        }
        // "the talks", "Wednesday's talks", "the NATO-Russia Council meeting": a
        // determiner before the noun phrase that ends in the trigger.
        let det = determiner_before(text, toks, ti)
            .map(str::to_lowercase)
            .unwrap_or_default();
        // "his talks", "his one-week visit": the owner's pronoun opens the phrase.
        let prev_w = if matches!(det.as_str(), "his" | "her" | "their") {
            det.as_str()
        } else if ti > 0 {
            words[ti - 1].as_str()
        } else {
            ""
        };
        let possessive_pronoun = matches!(prev_w, "his" | "her" | "their" | "its");
        // "told a businessmen's meeting": a possessive that classifies, after "a", is
        // no particular meeting already told.
        let classifying_possessive = (1..=3).any(|back| {
            ti > back + 1
                && matches!(words[ti - back].as_str(), "'s" | "’s")
                && (ti - back - 1..ti - back).all(|k| !toks[k].cap)
                && matches!(words[ti - back - 2].as_str(), "a" | "an")
        });
        let definite = !classifying_possessive
            && (matches!(
                det.as_str(),
                "the" | "this" | "that" | "these" | "those" | "'s" | "’s"
            ) || possessive_pronoun
                || matches!(prev_w, "'s" | "’s")
                || (ti >= 2 && matches!(words[ti - 2].as_str(), "the" | "'s" | "’s")));
        let mut m = EventMention {
            kind,
            name: None,
            definite,
            status: None,
            place: None,
            venue: None,
            date: None,
            end_date: None,
            period: None,
            time: None,
            persons: Vec::new(),
            parties: Vec::new(),
            chair: None,
            sentence: s.span,
            aside: group.1,
            away_from_publication: false,
            away_before: false,
            away_after: false,
            past: false,
            here: false,
            to_described_site: false,
            placed_by_where: false,
            host_officials: false,
            people_across: false,
            unnamed_others: false,
            again: false,
            addressed: false,
            ends: false,
            two_sides: false,
        };
        // "Senator McCain recently visited Mr Blair": calling on someone is meeting
        // them, wherever it was.
        if kind == EventKind::Visit
            && matches!(words[ti].as_str(), "visit" | "visits" | "visited")
            && ms.iter().any(|x| {
                x.kind == EntityKind::Person
                    && (x.tok_start == ti + 1
                        || (x.tok_start == ti + 2
                            && lexicon::is_in(lexicon::HONORIFICS, toks[ti + 1].span.of(text))))
            })
        {
            m.kind = EventKind::Meeting;
        }
        // Own name: "<Council> meeting" or "meeting of the <Council>".
        m.name = event_name(text, toks, ms, ti, found);
        // "leaves for Washington on April 29 for talks with President Reagan": whom the
        // journey is made to meet takes part in the talks, not in the journey.
        let purpose_next = triggers
            .iter()
            .find(|&&(tj, k, _)| {
                tj > ti
                    && clause_of(tj) == c
                    && ((kind == EventKind::Visit
                        && (is_purpose(tj, k)
                            || (matches!(k, EventKind::Talks | EventKind::Meeting)
                                && told_during(ti))))
                        || owned_by_person(tj))
            })
            .map(|&(tj, _, _)| tj)
            .unwrap_or(b);
        // Mentions inside a quotation are the speaker's words, not the report's facts.
        let in_clause: Vec<&Mention> = ms
            .iter()
            .filter(|x| {
                x.tok_start >= a
                    && x.tok_end <= b
                    && (x.tok_end <= ti || x.tok_start < purpose_next)
                    && !in_quote(&toks[x.tok_start])
            })
            // The people of a relative clause are its own event's, not the main
            // clause's ("a stopover in Riyadh, where he met X": X made no stopover).
            .filter(|x| match group.1 {
                // An aside's own mentions, and what its "who" or "where" refers to
                // ("Wallis, who is attending …", "Riyadh, where he met …").
                Some(k) => {
                    let (from, to) = asides[k];
                    (x.tok_start > from && x.tok_end <= to) || x.tok_end == from
                }
                None => aside_of(x.tok_start).is_none(),
            })
            .collect();
        // The event's own phrase ends where another clause-like phrase starts after the
        // trigger ("negotiations with Moscow | to increase transparency … in Europe").
        let talk_verb = matches!(words[ti].as_str(), "talk" | "talked" | "talking");
        let phrase_end = (ti + 1..b)
            .find(|&i| {
                // ("with X as well as Y": "as" going on with the list.)
                let as_well_as = words[i] == "as"
                    && (words.get(i + 1).is_some_and(|w| w == "well")
                        || (i >= 2 && words[i - 1] == "well" && words[i - 2] == "as"));
                (matches!(
                    words[i].as_str(),
                    "that"
                        | "which"
                        | "who"
                        | "because"
                        | "as"
                        | "while"
                        | "amid"
                        | "despite"
                        | "if"
                        | "where"
                ) && !as_well_as)
                    || (words[i] == "to"
                        && !in_clause.iter().any(|x| x.tok_start == i + 1)
                        && words.get(i + 1).is_none_or(|w| w != "the")
                        // ("talking to holding company Kestrel Bhd")
                        && !(i == ti + 1 && talk_verb))
            })
            .unwrap_or(b);
        // Place: "in Geneva", "Vienna-based", "Brussels talks", "flew to Ukraine".
        let mut place_end: Option<usize> = None;
        let visitor_at = visitor_after(toks, &words, ms, ti);
        for x in &in_clause {
            if !matches!(x.kind, EntityKind::Place | EntityKind::Country) {
                continue;
            }
            // "visiting U.S. Trade Representative X": the country is the visitor's.
            if visitor_at.is_some_and(|p| x.tok_start > ti && x.tok_start < p) {
                continue;
            }
            // "visiting the Pakistani community in Manchester": a nationality word is
            // no location.
            // ("her Chinese trip", "Mr Lund's Japanese visit": a nationality right
            // after the traveller's possessive is where the trip goes; in "the Chinese
            // visit to Britain" it is who travels.)
            let owned_nationality = kind == EventKind::Visit
                && x.tok_end == ti
                && x.tok_start >= 1
                && matches!(
                    words[x.tok_start - 1].as_str(),
                    "his" | "her" | "their" | "'s" | "’s"
                )
                && words
                    .get(ti + 1)
                    .is_none_or(|w| !matches!(w.as_str(), "to" | "of" | "by"));
            if gazetteer().is_demonym(x.span.of(text)) && !owned_nationality {
                continue;
            }
            // "Kremlin chief Mikhail Gorbachev": a place naming someone's office.
            if x.tok_end != ti
                && words.get(x.tok_end).is_some_and(|w| {
                    lexicon::is_title_head(w) || matches!(w.as_str(), "chief" | "boss")
                })
            {
                continue;
            }
            // ("a trip to the United States": the article is not the preposition.)
            let mut before = match x.tok_start {
                0 => "",
                1 => words[0].as_str(),
                k if words[k - 1] == "the" => words[k - 2].as_str(),
                k => words[k - 1].as_str(),
            };
            // "visited the northern city of Mosul", "in the port of Gdansk": the
            // preposition before the place noun's phrase.
            if before == "of"
                && x.tok_start >= 3
                && matches!(
                    words[x.tok_start - 2].as_str(),
                    "city"
                        | "town"
                        | "port"
                        | "village"
                        | "capital"
                        | "island"
                        | "province"
                        | "region"
                        | "resort"
                )
                && let Some(the) = (x.tok_start.saturating_sub(6)..x.tok_start - 2)
                    .rev()
                    .find(|&i| words[i] == "the")
                && the >= 1
                && (the + 1..x.tok_start - 2).all(|i| !toks[i].cap)
            {
                before = words[the - 1].as_str();
            }
            // "visited OPEC members Gabon, Algeria and Libya", "toured the neighbouring
            // states of …": a short description of the places stands between the
            // verb and the names.
            if let Some(d) = lexicon::group_description_start(&words, toks, x.tok_start) {
                before = match d {
                    0 => "",
                    k if k >= 2 && matches!(words[k - 1].as_str(), "the" | "its" | "their") => {
                        words[k - 2].as_str()
                    }
                    k => words[k - 1].as_str(),
                };
            }
            // ("Geneva arms talks"; not "a delegation of north Wales councils visited
            // Ms Essex", where the word between is the verb's subject.)
            let verb_trigger = words[ti].ends_with("ed")
                || matches!(
                    words[ti].as_str(),
                    "met" | "meet" | "meets" | "visits" | "hosts"
                );
            let modifier = x.tok_end == ti
                || (x.tok_end + 1 == ti && words[x.tok_end] != "and" && !verb_trigger);
            // "two days of talks which ended in Washington yesterday", "a summit with
            // X to take place in Venezuela": a relative or infinitive clause saying
            // where it is held.
            let held_in_relative = x.tok_start >= phrase_end + 3
                && x.tok_start <= phrase_end + 6
                && matches!(words[phrase_end].as_str(), "which" | "that" | "to")
                && matches!(before, "in" | "at")
                && words[phrase_end + 1..x.tok_start - 1]
                    .iter()
                    .all(|w| HELD_VERBS.contains(&w.as_str()));
            let near = (x.tok_start > ti && x.tok_end <= phrase_end)
                || held_in_relative
                || (x.tok_end <= ti
                    && ti - x.tok_end <= 8
                    && !(x.tok_end..ti).any(|i| REPORTING.contains(&words[i].as_str()))
                    // ("a spying network at the U.S. Embassy and which has cast a shadow
                    // over his talks": a relative clause stands between.)
                    && !(x.tok_end..ti).any(|i| matches!(words[i].as_str(), "which" | "who")));
            // "talks with Canadian officials about rumors in Canada": a place inside
            // the talks' topic is where the topic is, not where they were held.
            // (Not "talks about Ukraine Thursday in Vienna": a name or a day ends the
            // topic, and the place after it is the talks'.)
            let in_topic = x.tok_start > ti + 2
                && (ti + 1..x.tok_start - 1).any(|k| {
                    matches!(words[k].as_str(), "about" | "concerning" | "regarding")
                        && (k + 1..x.tok_start - 1).all(|i| {
                            !toks[i].cap
                                && words[i].chars().all(char::is_alphabetic)
                                && !lexicon::is_calendar_word(&words[i])
                        })
                });
            let locative = near
                && !in_topic
                && (matches!(before, "in" | "at")
                    || (matches!(
                        before,
                        "to" | "visit" | "visits" | "visited" | "visiting" | "toured" | "touring"
                    ) && kind == EventKind::Visit)
                    // "left for Moscow": the place right after the trigger's "for".
                    || (before == "for"
                        && kind == EventKind::Visit
                        && x.tok_start > ti
                        && x.tok_start <= ti + 6));
            let after_place = x.tok_start >= 2
                && words[x.tok_start - 1] == ","
                && in_clause
                    .iter()
                    .any(|y| y.tok_end + 1 == x.tok_start && matches!(y.kind, EntityKind::Place));
            // ("a U.S. visit": the country a visit is named for is where it goes.)
            let visited_country = modifier
                && x.tok_end == ti
                && kind == EventKind::Visit
                && x.kind == EntityKind::Country
                && (!gazetteer().is_demonym(x.span.of(text)) || owned_nationality);
            if (locative || (modifier && x.kind == EntityKind::Place) || visited_country)
                && !after_place
            {
                // "X, who is in Rome today, will fly to Tokyo": a journey's place is
                // where it goes, not where the traveller is.
                let destination = kind == EventKind::Visit
                    && matches!(
                        before,
                        "to" | "for" | "visit" | "visits" | "visited" | "visiting"
                    )
                    && x.tok_start > ti;
                let better = match m.place {
                    None => true,
                    // A city in the country named is the more precise place.
                    Some(p) => {
                        (found.entity(p).kind == EntityKind::Country
                            && x.kind == EntityKind::Place
                            && places_compatible(found, p, x.entity))
                            || (destination && place_end.is_some_and(|e| e <= ti))
                    }
                };
                if better {
                    m.place = Some(x.entity);
                    place_end = Some(x.tok_end);
                }
            }
        }
        // "travelling to France, Germany and Italy", "hopes to visit Canada and Japan",
        // "are meeting with investors in New York and Boston": one event per place of
        // the list.
        let mut more_places: Vec<usize> = Vec::new();
        if let Some(mut end) = place_end {
            // Whether the last place was joined by "and": "Hinckley, Leicestershire" is
            // one place and its county, not a list.
            let mut closed = false;
            loop {
                let gap = |n: usize| (end..end + n).map(|i| words.get(i).map(String::as_str));
                // (A list runs over the commas that bound clauses.)
                let next = ms.iter().find(|x| {
                    matches!(x.kind, EntityKind::Place | EntityKind::Country)
                        && ((x.tok_start == end + 1
                            && gap(1).all(|w| matches!(w, Some("," | "and"))))
                            || (x.tok_start == end + 2 && gap(2).eq([Some(","), Some("and")])))
                });
                match next {
                    Some(x) if Some(x.entity) != m.place && !more_places.contains(&x.entity) => {
                        closed = words[x.tok_start - 1] == "and";
                        more_places.push(x.entity);
                        end = x.tok_end;
                    }
                    _ => break,
                }
            }
            if !closed {
                more_places.clear();
            }
        }
        // "flying from the United States, where he met President Bush": an aside
        // opened by "where" happens at the place it follows.
        let where_aside = group
            .1
            .map(|k| asides[k].0)
            .filter(|&at| words.get(at + 1).is_some_and(|w| w == "where"));
        m.placed_by_where = where_aside.is_some();
        if m.place.is_none()
            && let Some(at) = where_aside
        {
            m.place = ms
                .iter()
                .find(|x| {
                    x.tok_end == at
                        && matches!(x.kind, EntityKind::Place | EntityKind::Country)
                        && !gazetteer().is_demonym(x.span.of(text))
                })
                .map(|x| x.entity);
        }
        if m.place.is_none() {
            // "the Vienna-based Organization for …": the organization's seat.
            // ("negotiations to buy Tricil Ltd, a Toronto-based company": the seat of
            // a company the talks are about is not where they are held.)
            if let Some(x) = ms.iter().find(|x| {
                x.tok_start >= a
                    && x.tok_start < b
                    && words[x.tok_start].ends_with("-based")
                    && (x.tok_start < ti
                        || (x.tok_start >= 2
                            && words[x.tok_start - 1] == "the"
                            && words[x.tok_start - 2] == "of"
                            && x.tok_start - 2 == ti + 1))
            }) {
                m.place = Some(x.entity);
            }
        }
        if m.place.is_none() {
            m.place = journey_to.flatten();
        }
        // "before leaving Tokyo yesterday at the end of a four-day visit": where a
        // visit ends by leaving is where it was.
        if m.place.is_none() && kind == EventKind::Visit {
            m.place = in_clause
                .iter()
                .find(|x| {
                    matches!(x.kind, EntityKind::Place | EntityKind::Country)
                        && x.tok_start >= 1
                        && x.tok_end < ti
                        && matches!(
                            words[x.tok_start - 1].as_str(),
                            "leaving" | "left" | "leaves" | "departing"
                        )
                        && (x.tok_end..ti).any(|i| words[i] == "end")
                })
                .map(|x| x.entity);
        }
        // "the Dunkirk enterprise zone … during a visit to the zone today": a visit to
        // "the <noun>" goes where an earlier place's name described that noun.
        if m.place.is_none() && kind == EventKind::Visit {
            m.place = visited_description(text, s, &words, ti, found);
            m.to_described_site = m.place.is_none() && described_site(s, &words, ti);
        }
        // "In Tokyo, however, he is due to meet private bankers": a place set before
        // the sentence's first comma places what follows.
        if m.place.is_none() && words.first().is_some_and(|w| w == "in") {
            m.place = ms
                .iter()
                .find(|x| {
                    x.tok_start == 1
                        && matches!(x.kind, EntityKind::Place | EntityKind::Country)
                        && words.get(x.tok_end).is_some_and(|w| w == ",")
                        && x.tok_end < ti
                        && !gazetteer().is_demonym(x.span.of(text))
                })
                .map(|x| x.entity);
        }
        if m.place.is_none() {
            m.venue = venue(text, toks, &words, a, b, ti);
        }
        // "X told a news conference that …", "Y said at the meeting that …": the
        // trigger is where words were spoken; what follows the "that" is their content.
        let content_at = (ti >= 2
            && (ti.saturating_sub(4).max(a)..ti).any(|i| {
                speaks_at(&words, i, ti)
                    // ("told a news conference", not "told reporters he talks with":
                    // the event is whom the words were told to.)
                    || (matches!(words[i].as_str(), "told" | "tells" | "addressed")
                        && (i + 1..ti).all(|j| {
                            !toks[j].cap
                                && !matches!(
                                    words[j].as_str(),
                                    "he" | "she" | "they" | "it" | "we" | "i" | "that"
                                )
                        }))
            }))
        .then(|| {
            // ("told the annual meeting the group was satisfied with profits to
            // September 30": without a "that", the words said start where the
            // event's own phrase — "of the X Association", "here on Monday" — ends.)
            (ti + 1..b)
                .find(|&k| {
                    let w = words[k].as_str();
                    let own = toks[k].cap
                        || lexicon::is_calendar_word(w)
                        || matches!(
                            w,
                            "on" | "in"
                                | "at"
                                | "of"
                                | "to"
                                | "with"
                                | "between"
                                | "and"
                                | "here"
                                | "there"
                                | "today"
                                | "yesterday"
                                | "tonight"
                                | "late"
                                | "early"
                                | "last"
                                | "this"
                                | "earlier"
                                | "later"
                                | ","
                        )
                        || (w == "the" && toks.get(k + 1).is_some_and(|t| t.cap))
                        // "a meeting of supporters of his ruling party today", "during
                        // talks with his counterpart on Tuesday", "a visit to the
                        // northern city of Mosul": up to two words after a preposition
                        // of the event's phrase.
                        || ((1..=2).any(|d| {
                            k >= ti + 1 + d
                                && matches!(
                                    words[k - d].as_str(),
                                    "of" | "with" | "between" | "to" | "in" | "at" | "on"
                                )
                        }) && (matches!(w, "the" | "a" | "an" | "his" | "her" | "its" | "their")
                            || (w.chars().all(char::is_alphabetic)
                                && !lexicon::is_function_word(w))));
                    !own
                })
                .unwrap_or(b)
        })
        .filter(|&k| k < b)
        // "The company disclosed in its proxy statement for the May 14 annual meeting
        // that directors X and Y are retiring": a disclosure's "that" after the event's
        // phrase opens what was disclosed, not who was there.
        .or_else(|| {
            (a..ti)
                .any(|i| DISCLOSING.contains(&words[i].as_str()))
                .then(|| (ti + 1..b).find(|&k| words[k] == "that"))
                .flatten()
        });
        let content_from = content_at.map(|k| toks[k].span.start - s.span.start);
        // Where the event's own words end for reading its tense and days: at the words
        // said, or after an expression begun before them ("last month").
        let own_end = content_from.map(|c| {
            temporals
                .iter()
                .filter(|t| t.start < c)
                .map(|t| t.end)
                .fold(c, usize::max)
        });
        // Participants.
        // A reporting verb frames the event as someone's words only when it introduces
        // them ("X confirmed that … will attend", "X said the talks …"); "X announced
        // his decision at a meeting" puts X at the meeting.
        // "X told an Arab exchange dealers conference", "X told the meeting": X speaks
        // at the event, to an audience; a name between is whom X told, not the event.
        let addresses_the_event = |i: usize| {
            (matches!(words[i].as_str(), "told" | "tells" | "addressed") || speaks_at(&words, i, ti))
                && ti > i
                && ti - i <= 6
                // ("told Reuters in a telephone interview": Reuters is whom X told.)
                && !toks[i + 1].cap
                && (i + 1..ti).all(|k| {
                    words[k] != "that"
                        && !ms.iter().any(|x| {
                            x.kind == EntityKind::Person && x.tok_start <= k && k < x.tok_end
                        })
                })
        };
        let report_at = (a..b)
            // ("Funaro, who told reporters here that …, held discussions": what a
            // relative clause tells frames nothing outside it.)
            .filter(|&i| aside_of(i).is_none() || aside_of(i) == group.1)
            .filter(|&i| {
                let w = words[i].as_str();
                // "X told a news conference", "X told delegates at the informal
                // meeting": X speaks at the event, not about it.
                // "X said at a news conference": X speaks there too.
                !addresses_the_event(i)
                    && (lexicon::SPEECH_VERBS.contains(&w)
                        || (REPORTING.contains(&w)
                            && words.get(i + 1).is_some_and(|n| n == "that")))
            })
            .collect::<Vec<_>>();
        let according =
            (a..b.saturating_sub(1)).find(|&i| words[i] == "according" && words[i + 1] == "to");
        for x in &in_clause {
            if Some(x.entity) == m.place || more_places.contains(&x.entity) {
                continue;
            }
            let before = if x.tok_start > 0 {
                words[x.tok_start - 1].as_str()
            } else {
                ""
            };
            let before2 = if x.tok_start > 1 {
                words[x.tok_start - 2].as_str()
            } else {
                ""
            };
            // "told a news conference they would hear testimony from North": who the
            // words said there speak of was not there.
            if content_at.is_some_and(|k| x.tok_start >= k) {
                continue;
            }
            // Sources and credits: "according to X", "courtesy of X".
            if according.is_some_and(|i| i < x.tok_start)
                || (before == "by" && before2 == "courtesy")
            {
                continue;
            }
            // The reporter of an event is not its attendee: "X confirmed that … will attend".
            if report_at.iter().any(|&r| x.tok_end <= r && r < ti) {
                continue;
            }
            // "Asked whether … following a meeting of Congress, Mr Alencar replied":
            // the one who speaks after the event's phrase, past a comma, only speaks;
            // so does one named in apposition ("…, the head of its debt division,
            // Gerry Breach, said").
            let speaks_next = |k: usize| {
                words.get(k).is_some_and(|w| {
                    lexicon::SPEECH_VERBS.contains(&w.as_str())
                        || REPORTING.contains(&w.as_str())
                        || w == "replied"
                })
            };
            if x.kind == EntityKind::Person
                && x.tok_start > ti
                && (ti..x.tok_start).any(|i| words[i] == ",")
                && (speaks_next(x.tok_end)
                    // (Not the apposition of the event's own phrase: "a statement by
                    // the conference's president, Minister X, said".)
                    || (words.get(x.tok_end).is_some_and(|w| w == ",")
                        && speaks_next(x.tok_end + 1)
                        && (ti..x.tok_start).filter(|&i| words[i] == ",").count() >= 2))
            {
                continue;
            }
            // "a meeting over claims made in journalist Robert Peston's new book", "met
            // Mr Blair's spokesman": whose thing (or aide) it is; no one at the event.
            // (Not "talks at Mr Putin's residence": the host is there.)
            if x.kind == EntityKind::Person
                && x.tok_start > ti
                && words
                    .get(x.tok_end)
                    .is_some_and(|w| matches!(w.as_str(), "'s" | "’s"))
                && !words[x.tok_end + 1..]
                    .iter()
                    .take(3)
                    .any(|w| RESIDENCES.contains(&w.as_str()))
            {
                continue;
            }
            // "- issues which Mr Blair has also spoken out on": the subject of a
            // relative clause after the event's word speaks of something else; and "at
            // the same time as a long-planned speech by Mr Brown": the agent of another
            // noun. (Not "a visit by X", "talks attended by X".)
            if x.kind == EntityKind::Person && x.tok_start > ti + 1 {
                let mut p = x.tok_start - 1;
                while p > ti && lexicon::is_in(lexicon::HONORIFICS, words[p].trim_end_matches('.'))
                {
                    p -= 1;
                }
                let relative = matches!(words[p].as_str(), "which" | "whom" | "whose");
                let agent_of_other = words[p] == "by"
                    && p >= 1
                    && p - 1 > ti
                    && !toks[p - 1].cap
                    && words[p - 1].chars().all(char::is_alphabetic)
                    && !words[p - 1].ends_with("ed")
                    && trigger_kind(text, toks, p - 1).is_none();
                if relative || agent_of_other {
                    continue;
                }
            }
            // "the Biden administration": a name used as a modifier.
            let next = words.get(x.tok_end).map(String::as_str).unwrap_or("");
            if x.kind == EntityKind::Person
                && matches!(
                    next,
                    "administration"
                        | "government"
                        | "camp"
                        | "era"
                        | "aides"
                        | "campaign"
                        | "allies"
                        | "team"
                )
            {
                continue;
            }
            match x.kind {
                EntityKind::Person => push_unique(&mut m.persons, x.entity),
                EntityKind::Organization | EntityKind::Country | EntityKind::Place => {
                    // ("the NATO-Russia Council meeting", like "a meeting of the
                    // Economic Policy Council", is that body's own meeting: the body
                    // attends.)
                    // "U.S. Treasury Secretary James Baker", "IMF head Michel Camdessus":
                    // the body a participant serves is named for the person, who is
                    // the one there.
                    let affiliation = in_clause.iter().any(|y| {
                        y.kind == EntityKind::Person
                            && y.tok_start > x.tok_end
                            && y.tok_start <= x.tok_end + 5
                            && (x.tok_end..y.tok_start).any(|i| lexicon::is_title_head(&words[i]))
                            && (x.tok_end..y.tok_start).all(|i| {
                                let w = words[i].as_str();
                                lexicon::is_title_word(w)
                                    || lexicon::is_title_head(w)
                                    // ("Sri Lanka's Finance Minister Ronnie de Mel")
                                    || (i == x.tok_end && matches!(w, "'s" | "’s"))
                                    || matches!(w, "(" | ")")
                                    || toks[i].acronym
                            })
                    });
                    // ("Foreign Ministry officials tried to separate it from Nakasone's
                    // planned trip": a journey a person's possessive owns is that
                    // person's, not of those named before the possessor.)
                    let owned_trip = kind == EventKind::Visit
                        && in_clause.iter().any(|y| {
                            y.kind == EntityKind::Person
                                && y.tok_start >= x.tok_end
                                && y.tok_end < ti
                                && matches!(words[y.tok_end].as_str(), "'s" | "’s")
                                && (y.tok_end + 1..ti).all(|i| !toks[i].cap)
                        });
                    if !affiliation
                        && !owned_trip
                        && is_party_position(text, toks, &words, x, &in_clause, ti, a, phrase_end)
                    {
                        let party = party_entity(found, x);
                        if Some(party) != m.place {
                            push_unique(&mut m.parties, party);
                        }
                    }
                }
            }
        }
        // "the Reagan-Gorbachev summit", "U.S.-Japan talks": the sides joined by a
        // hyphen before the trigger.
        for (entity, kind) in hyphenated_sides(text, toks, found, ti) {
            if kind == EntityKind::Person {
                push_unique(&mut m.persons, entity);
            } else if Some(entity) != m.place {
                push_unique(&mut m.parties, entity);
            }
        }
        // "During the first call on December 7, Biden …": the main clause's people
        // are the intro phrase's participants.
        // (Not to the journey when what it is made for is told after it: "During the
        // trip Howard will meet officials in X, Y and Z" — they are at the meeting.)
        if c == 0 && bounds.len() > 2 && opens_with_intro && purpose_next == b {
            let (c1a, c1b) = (bounds[1], bounds[2]);
            // Up to the reported content: "Biden told Zelenskiy | that …".
            let content = (c1a..c1b)
                .find(|&i| matches!(words[i].as_str(), "that" | "“" | "\"" | ":"))
                .unwrap_or(c1b);
            for x in ms.iter().filter(|x| {
                x.tok_start >= c1a
                    && x.tok_end <= content
                    && x.kind == EntityKind::Person
                    && !in_quote(&toks[x.tok_start])
            }) {
                let next = words.get(x.tok_end).map(String::as_str).unwrap_or("");
                if !matches!(next, "administration" | "government")
                    && !according_before(&words, c1a, x.tok_start)
                {
                    push_unique(&mut m.persons, x.entity);
                }
            }
            // "In separate talks with X, the U.S. delegation urged …": a group opening
            // the main clause held them, its country a side when the text names one.
            if words[c1a] == "the"
                && let Some(k) = (c1a + 1..(c1a + 4).min(c1b)).find(|&k| {
                    names_people(&words[k].to_lowercase()) || words[k].eq_ignore_ascii_case("group")
                })
                && (c1a + 1..k)
                    .all(|i| !toks[i].cap || ms.iter().any(|x| x.tok_start <= i && i < x.tok_end))
            {
                // (People sat on that side: the dateline may place the talks.)
                m.people_across = true;
                match ms
                    .iter()
                    .find(|x| x.kind == EntityKind::Country && x.tok_start > c1a && x.tok_end <= k)
                {
                    Some(country) => push_unique(&mut m.parties, country.entity),
                    None => m.unnamed_others = true,
                }
            }
            // "Following a meeting yesterday with Borg-Warner officials, GAF said, it
            // is …": a body opening the main clause, speaking, held it.
            if let Some(body) = ms.iter().find(|x| {
                x.kind == EntityKind::Organization
                    && (x.tok_start == c1a
                        || (x.tok_start == c1a + 1 && matches!(words[c1a].as_str(), "the")))
                    && words
                        .get(x.tok_end)
                        .is_some_and(|w| lexicon::SPEECH_VERBS.contains(&w.as_str()))
            }) && m.persons.is_empty()
            {
                push_unique(&mut m.parties, body.entity);
            }
        }
        // The last person or body of a kind the clause names up to a saying at `r`:
        // who says it.
        let sayer = |kind: EntityKind, r: usize| {
            in_clause
                .iter()
                .rev()
                .find(|x| x.kind == kind && x.tok_end <= r)
                .map(|x| x.entity)
        };
        // "Kato said he will meet Lyng": the pronoun right after the saying is the
        // one who says it, though the saying itself puts no one at the event.
        let speaker_pronoun = report_at.iter().find_map(|&r| {
            let next = (r + 1..ti).find(|&i| words[i] != "that")?;
            if !matches!(words[next].as_str(), "he" | "she") || r + 3 < next {
                return None;
            }
            sayer(EntityKind::Person, r)
        });
        if let Some(speaker) = speaker_pronoun {
            push_unique(&mut m.persons, speaker);
        }
        // What stands between a saying's subject and the trigger is lower-case words
        // only ("it is in negotiations", "the company had ended talks").
        let plain_until_trigger = |from: usize| {
            (from..ti).all(|i| !toks[i].cap && words[i].chars().all(char::is_alphabetic))
        };
        // "USX Corp chairman David Roderick said the company had ended talks with BP",
        // "USX said in December the company had held formal discussions": "the
        // company" after the saying is the company whose officer speaks.
        let said_of_company = |r: usize| {
            let mut k = r + 1;
            if words
                .get(k)
                .is_some_and(|w| matches!(w.as_str(), "in" | "on" | "last"))
                && toks
                    .get(k + 1)
                    .is_some_and(|t| t.cap || lexicon::is_calendar_word(&words[k + 1]))
            {
                k += 2;
            } else if words
                .get(k)
                .is_some_and(|w| matches!(w.as_str(), "today" | "yesterday"))
            {
                k += 1;
            }
            if words.get(k).is_some_and(|w| w == "that") {
                k += 1;
            }
            let company = words.get(k).is_some_and(|w| w == "the")
                && words.get(k + 1).is_some_and(|w| {
                    matches!(
                        w.as_str(),
                        "company" | "group" | "firm" | "bank" | "corporation"
                    )
                });
            (company && k + 1 < ti && ti - (k + 1) <= 6).then_some(k + 1)
        };
        let company_said = report_at.iter().find_map(|&r| {
            let noun = said_of_company(r)?;
            if !plain_until_trigger(noun + 1) {
                return None;
            }
            sayer(EntityKind::Organization, r)
        });
        if let Some(company) = company_said {
            push_unique(&mut m.parties, company);
        }
        // "PacifiCare Health Systems Inc said it is in negotiations to acquire …",
        // "France said it was continuing negotiations with Iran": the body that
        // speaks, named right before its saying, is what "it" holds the talks.
        let speaking_body = report_at.iter().find_map(|&r| {
            let it = (r + 1..=ti).find(|&i| words[i] != "that")?;
            // ("Cominco Ltd said it was in the second round of negotiations with…";
            // "Vantra Motor Co said its annual meeting will be held in Toledo".)
            // ("Prime Medical Services Inc said merger talks with National HMO Corp
            // were terminated": a company's saying of its own talks with a side it
            // names.)
            // ("suggested holding talks with Norcros": a proposal, not talks.)
            let own_talks = kind == EventKind::Talks
                && matches!(words[r].as_str(), "said" | "says")
                && !(it..ti).any(|i| words[i].ends_with("ing"))
                && r + 2 >= it
                && ti - it <= 2
                && (it..ti)
                    .all(|i| !toks[i].cap && toks[i].word && !lexicon::is_function_word(&words[i]))
                && words.get(ti + 1).is_some_and(|w| w == "with");
            if !own_talks
                && (!matches!(words[it].as_str(), "it" | "its")
                    || r + 3 < it
                    || ti - it > 8
                    || !plain_until_trigger(it + 1))
            {
                return None;
            }
            in_clause
                .iter()
                .find(|x| {
                    matches!(x.kind, EntityKind::Organization | EntityKind::Country)
                        && x.tok_end <= r
                        && r - x.tok_end <= 3
                        // ("The EU has also announced that it will start talks".)
                        && (x.tok_end..r).all(|i| {
                            matches!(
                                words[i].as_str(),
                                "has" | "have" | "had" | "also" | "now" | "already" | "formally"
                                    | "officially" | "previously" | "earlier"
                            )
                        })
                })
                .map(|x| party_entity(found, x))
        });
        if let Some(body) = speaking_body {
            push_unique(&mut m.parties, body);
        }
        // "left with the BIFFEX board, which will meet at the end of this month": the
        // one a relative clause's meeting verb opens on is who meets (a body's board,
        // council or committee is the body).
        if let Some(k) = group.1
            && words[asides[k].0 + 1] == "which"
            && matches!(words[ti].as_str(), "meet" | "meets" | "met")
            && ti <= asides[k].0 + 4
        {
            let comma = asides[k].0;
            let end = if comma >= 1
                && matches!(
                    words[comma - 1].as_str(),
                    "board" | "council" | "committee" | "executive" | "directors"
                ) {
                comma - 1
            } else {
                comma
            };
            if let Some(x) = ms.iter().find(|x| {
                x.tok_end == end && matches!(x.kind, EntityKind::Organization | EntityKind::Country)
            }) {
                push_unique(&mut m.parties, party_entity(found, x));
            }
        }
        // "He met X in Y": the person last named, when the pronoun's gender fits.
        // (In "Funaro, who he met last week", Funaro is whom he met: the pronoun is
        // read after the relative's antecedent.)
        let aside_start = group.1.map(|k| asides[k].0);
        let from = aside_start.unwrap_or(a);
        if speaker_pronoun.is_none()
            && !in_clause
                .iter()
                .any(|x| x.kind == EntityKind::Person && x.tok_end <= ti && x.tok_start >= from)
        {
            let pronoun = (from..ti).find_map(|i| match words[i].as_str() {
                "he" => Some(Gender::Male),
                "she" => Some(Gender::Female),
                "they" => Some(Gender::Plural),
                _ => None,
            });
            // "X arrived after a stopover in Riyadh, where he met Y": a pronoun in a
            // later clause is the sentence's subject, named before that clause.
            // ("He said he expected Funaro, who he met last week, …": the subject is
            // the one the leading "He" refers to.)
            // ("Before visiting Israel, Mr Blair made a visit to Iraq, where he met
            // leaders": named in the aside's own clause, before the aside.)
            let named_before = if leading_pronoun
                .is_some_and(|(pi, _)| pi < a || (aside_start.is_some() && pi < from))
            {
                subject
            } else {
                first_person
                    .filter(|f| f.tok_end <= from && !in_quote(&toks[f.tok_start]))
                    .map(|f| f.entity)
            };
            // ("Vogel said Bangemann had contacted him from New Zealand, where he is
            // attending a meeting": the one named before a saying only says it.)
            let said_between = aside_start.is_some()
                && named_before.is_some()
                && first_person.is_some_and(|f| {
                    (f.tok_end..from).any(|i| lexicon::SPEECH_VERBS.contains(&words[i].as_str()))
                });
            let referents = match (pronoun, named_before) {
                _ if said_between => Vec::new(),
                (Some(Gender::Male | Gender::Female), Some(subject)) => vec![subject],
                (Some(g), _) => antecedents.of(g),
                (None, _) => Vec::new(),
            };
            for p in referents {
                push_unique(&mut m.persons, p);
            }
        }
        // "Gorbachev, who had nine hours of talks with her yesterday", "met him": an
        // object pronoun of the event's phrase is the last person of that gender named
        // before it, in the sentence or the two before, who is not already there.
        if let Some(p) = (ti + 1..phrase_end.min(ti + 4)).find(|&i| {
            (i == ti + 1 || words[i - 1] == "with") && object_pronoun(&words, i).is_some()
        }) {
            let female = object_pronoun(&words, p) == Some(Gender::Female);
            let here = ms
                .iter()
                .rev()
                .filter(|x| x.kind == EntityKind::Person && x.tok_end <= p)
                .map(|x| x.entity);
            let before = antecedents.recent.iter().copied();
            if let Some(referent) = here.chain(before).find(|&e| {
                let (male_fits, female_fits) = gender_fits(found, e);
                (if female { female_fits } else { male_fits }) && !m.persons.contains(&e)
            }) {
                push_unique(&mut m.persons, referent);
            }
        }
        // "Lawson would state his position when the two meet again": "the two" are the
        // last two people named, in this sentence or the two before.
        if let Some(at) = the_two_before(&words, a, ti) {
            let named_here = ms
                .iter()
                .rev()
                .filter(|x| {
                    x.kind == EntityKind::Person && x.tok_end <= at && !in_quote(&toks[x.tok_start])
                })
                .map(|x| x.entity);
            let earlier = antecedents.recent.iter().copied();
            let mut two: Vec<usize> = Vec::new();
            for p in named_here.chain(earlier) {
                if two.len() < 2 && !two.contains(&p) {
                    two.push(p);
                }
            }
            if two.len() == 2 {
                for p in two {
                    push_unique(&mut m.persons, p);
                }
            }
        }
        // "Talking before his departure for Paris, he said": with no one named in the
        // sentence, "his" is the person last named.
        if possessive_pronoun && subjects.is_empty() && m.persons.is_empty() {
            let gender = match prev_w {
                "his" => Some(Gender::Male),
                "her" => Some(Gender::Female),
                "their" => Some(Gender::Plural),
                _ => None,
            };
            for p in gender.map(|g| antecedents.of(g)).unwrap_or_default() {
                push_unique(&mut m.persons, p);
            }
        }
        // "He denied that Mr Brown was sidelined, saying his recent travels …": a
        // possessive after a clause that opens with a person ("that Mr Brown") is that
        // person's, not the sentence subject's.
        let embedded_owner = possessive_pronoun
            .then(|| {
                ms.iter().rfind(|x| {
                    x.kind == EntityKind::Person
                        && x.tok_end <= ti
                        && !in_quote(&toks[x.tok_start])
                        && (1..=2).any(|back| {
                            x.tok_start >= back
                                && matches!(words[x.tok_start - back].as_str(), "that" | "whether")
                                && (back == 1
                                    || lexicon::is_in(
                                        lexicon::HONORIFICS,
                                        toks[x.tok_start - 1].span.of(text),
                                    ))
                        })
                })
            })
            .flatten()
            .filter(|x| !subjects.contains(&x.entity));
        if let Some(owner) = embedded_owner {
            // The main clause's people before the owner only speak of the event.
            m.persons.retain(|&p| {
                p == owner.entity || ms.iter().any(|x| x.entity == p && x.tok_start > ti)
            });
            push_unique(&mut m.persons, owner.entity);
        }
        // "his discussions with X", "after meeting with X": the sentence's subject takes part.
        if !subjects.is_empty() && embedded_owner.is_none() {
            let clause_has_subject = in_clause
                .iter()
                .any(|x| x.kind == EntityKind::Person && x.tok_end <= ti);
            // "X, in Washington for talks, said at a news conference": the speaker is there.
            let spoke_at = (a..ti).any(|i| speaks_at(&words, i, ti));
            // ("After talks with Suharto, Hawke said": the opening phrase's event is
            // the main clause subject's.)
            let in_opening = ti < main_start;
            // ("following a meeting of the country's Congress, Mr Alencar replied": a
            // body's own meeting is not the speaker's.)
            // (But "before chairing a meeting of the Commission" attends it, and "after
            // a meeting of UMOA finance ministers" is its people's.)
            let body_meeting = !spoke_at
                && !in_opening
                && ti >= 2
                && matches!(words[ti - 1].as_str(), "a" | "the")
                && matches!(words[ti - 2].as_str(), "after" | "following" | "before")
                && words.get(ti + 1).is_some_and(|w| w == "of")
                && ms.iter().find(|x| x.tok_start > ti + 1).is_some_and(|x| {
                    x.kind == EntityKind::Organization
                        && x.tok_start <= ti + 5
                        && words
                            .get(x.tok_end)
                            .is_none_or(|w| !names_people(w) && !lexicon::is_title_word(w))
                });
            // ("said that following a meeting between GEMMA and the Bank": the sides
            // are named.)
            let sides_named =
                !spoke_at && !in_opening && words.get(ti + 1).is_some_and(|w| w == "between");
            if !(body_meeting || sides_named)
                && (possessive_pronoun
                    || (!clause_has_subject
                        && (spoke_at
                            || in_opening
                            || (c > 0
                                && (matches!(
                                    words[a].as_str(),
                                    "after" | "before" | "while" | "during" | "following"
                                ) || words.get(a + 1).is_some_and(|w| w.ends_with("ing")))))))
            {
                for &subj in &subjects {
                    push_unique(&mut m.persons, subj);
                }
            }
        }
        // "Salzgitter said it decided to give up its plans after holding talks with the
        // government in Bonn": a company that speaks of itself as "it" is the subject
        // its later "after"/"following" clause's talks are held by.
        if subjects.is_empty()
            && c > 0
            && matches!(words[a].as_str(), "after" | "following")
            && !in_clause.iter().any(|x| x.tok_end <= ti)
            && let Some(org) = ms
                .iter()
                .filter(|x| x.tok_end <= a)
                .find(|x| matches!(x.kind, EntityKind::Person | EntityKind::Organization))
                .filter(|x| {
                    x.kind == EntityKind::Organization
                        && (matches!(
                            words.get(x.tok_end).map(String::as_str),
                            Some("said" | "says")
                        ) && matches!(
                            words.get(x.tok_end + 1).map(String::as_str),
                            Some("it" | "its")
                        )
                            // ("It made the statement after talks with Canadian
                            // officials": the body opening the sentence acts.)
                            || (x.tok_start == first_word
                                && matches!(
                                    words.get(x.tok_end).map(String::as_str),
                                    Some("made" | "issued" | "announced" | "released")
                                )))
                })
        {
            push_unique(&mut m.parties, org.entity);
        }
        // "The World Bank is expected to approve the loan at a meeting of its executive
        // board", "American Motors' board voted to postpone its annual shareholders
        // meeting": "its" meeting or organ is the body the sentence opens with.
        if m.parties.is_empty()
            && m.persons.is_empty()
            && its_own_meeting(&toks[..], &words, ti)
            && let Some(body) = ms.iter().find(|x| {
                x.kind == EntityKind::Organization
                    && x.tok_end <= ti
                    && (x.tok_start == first_word
                        || (x.tok_start == first_word + 1 && words[first_word] == "the"))
            })
            && !ms.iter().any(|x| {
                x.kind == EntityKind::Person && x.tok_start < ti && !in_quote(&toks[x.tok_start])
            })
        {
            push_unique(&mut m.parties, body.entity);
        }
        // The other people of the clause were at the first event ("for talks with Y"),
        // not where the speaker spoke.
        if spoken_at && let Some(speaker) = subject {
            m.persons = vec![speaker];
            m.parties.clear();
        }
        // "In a telephone interview, Lacy said", "Marx told a radio station in a
        // telephone interview from New York": the one interviewed is on the call.
        if kind == EventKind::PhoneCall && words.get(ti + 1).is_some_and(|w| w == "interview") {
            let speaker = subject.or_else(|| {
                ms.iter()
                    .find(|x| x.kind == EntityKind::Person && !in_quote(&toks[x.tok_start]))
                    .map(|x| x.entity)
            });
            m.persons = speaker.into_iter().collect();
            m.parties.clear();
            if m.place.is_none()
                && let Some(from) = (ti + 2..toks.len().min(ti + 4)).find(|&i| words[i] == "from")
            {
                m.place = ms
                    .iter()
                    .find(|x| {
                        x.tok_start == from + 1
                            && matches!(x.kind, EntityKind::Place | EntityKind::Country)
                    })
                    .map(|x| x.entity);
            }
        }
        // "coinciding with a visit to London by King Fahd": the visit is the one's it
        // is by.
        if kind == EventKind::Visit {
            let by = (ti + 1..phrase_end.min(ti + 8)).find(|&i| words[i] == "by");
            if let Some(visitor) = by.and_then(|i| {
                in_clause.iter().find(|x| {
                    x.kind == EntityKind::Person && x.tok_start > i && x.tok_start <= i + 4
                })
            }) {
                m.persons = vec![visitor.entity];
                m.parties.clear();
            }
        }
        // "visiting U.S. Under-Secretary Allen Wallis told Eishiro Saito": the visit is
        // the visitor's; whom he told is no party to it.
        if let Some(p) = visitor_at
            && let Some(visitor) = ms.iter().find(|x| x.tok_start == p)
        {
            m.persons = vec![visitor.entity];
            m.parties.clear();
        }
        // Chair: "X is presiding over the discussions", "chaired by X".
        for i in a..b {
            if matches!(
                words[i].as_str(),
                "presiding"
                    | "presided"
                    | "chaired"
                    | "chairing"
                    | "chairs"
                    | "hosted"
                    | "hosting"
                    | "hosts"
            ) {
                let who = if words.get(i + 1).is_some_and(|w| w == "by") {
                    in_clause
                        .iter()
                        .find(|x| x.kind == EntityKind::Person && x.tok_start > i)
                        .map(|x| x.entity)
                } else {
                    in_clause
                        .iter()
                        .rev()
                        .find(|x| x.kind == EntityKind::Person && x.tok_end <= i)
                        .map(|x| x.entity)
                };
                if who.is_some() {
                    m.chair = who;
                    // ("Mr Blunkett chaired a meeting to discuss delays": there were
                    // others in the room to chair.)
                    m.unnamed_others = true;
                }
            }
        }
        // Date and time.
        let clause_span = (
            toks[a].span.start - s.span.start,
            toks[b - 1].span.end - s.span.start,
        );
        // "visiting Canadian Trade Minister X told reporters": whatever the clause
        // around it says, the visitor is here now.
        // "have now decided to extend their tour, flying on Sunday to Tokyo": what
        // someone decided, agreed or plans to do is still to come. (Only for the event:
        // as a cue for normalizing dates in general it costs more than it gains.)
        let intended = (a..ti).any(|i| {
            matches!(
                words[i].as_str(),
                "decided"
                    | "agreed"
                    | "planned"
                    | "plans"
                    | "intends"
                    | "promised"
                    | "pledged"
                    | "hopes"
                    | "hope"
                    | "wants"
                    | "want"
                    | "aims"
                    | "seeks"
                    | "wishes"
                    | "offered"
                    | "offers"
            ) && words.get(i + 1).is_some_and(|w| w == "to")
        })
            // "Reagan's invitation to Gorbachev to visit the United States".
            || (ti >= 1
                && words[ti - 1] == "to"
                && (a..ti).any(|i| {
                    matches!(words[i].as_str(), "invitation" | "invited" | "invites" | "invite")
                }));
        let tense = if visitor_at.is_some() {
            Tense::Present
        } else if intended {
            Tense::Future
        } else if let Some(from) = said_before_noun(text, toks, &words, a, ti) {
            // "Morgan said talks between Brazil and its banks will proceed": the saying
            // is not the talks' verb, which comes after them.
            let from = toks[from].span.end - s.span.start;
            temporal::clause_tense(&stext[from..], toks[ti].span.start - s.span.start - from)
        } else {
            // (Up to the words said there, when the event is where they were said.)
            let own = &stext[..own_end.unwrap_or(stext.len())];
            temporal::clause_tense(own, toks[ti].span.start - s.span.start)
        };
        // "The ICO council meets in September", "Opec ministers meet on Monday", "The
        // IMF holds meetings next week": the present with a time after the trigger
        // (not today's) is a schedule, still to come ("Cossiga meets political
        // leaders" with none is today's); with "every" or "regularly" it is a habit,
        // no one meeting.
        let trigger_end = toks[ti].span.end - s.span.start;
        let clause_end = toks[b - 1].span.end - s.span.start;
        let schedule = tense == Tense::Present
            && visitor_at.is_none()
            && temporals.iter().any(|t| {
                t.start >= trigger_end && t.end <= clause_end && not_yet_begun(&t.value, ctx.anchor)
            })
            // ("Funaro, who is in Rome today, will fly to Tokyo on Sunday": today's.)
            && !temporals.iter().any(|t| {
                t.start >= clause_span.0
                    && t.end <= clause_end
                    && matches!((&t.value, ctx.anchor), (TimeValue::Day(d), Some(p)) if *d == p)
            });
        if schedule
            && words[a..b].iter().any(|w| {
                matches!(
                    w.as_str(),
                    "every"
                        | "regularly"
                        | "usually"
                        | "normally"
                        | "monthly"
                        | "weekly"
                        | "annually"
                        | "routinely"
                )
            })
        {
            continue;
        }
        // "Ahead of Sunday's meeting in London, Ms Hewitt said", "in the run-up to the
        // summit": an event the saying comes before is still to come.
        let ahead_of = (ti.saturating_sub(6).max(a)..ti).any(|i| {
            (words[i] == "ahead" && words.get(i + 1).is_some_and(|w| w == "of"))
                || (words[i] == "run-up" && words.get(i + 1).is_some_and(|w| w == "to"))
        }) && (ti.saturating_sub(6).max(a)..ti)
            .all(|i| !lexicon::SPEECH_VERBS.contains(&words[i].as_str()));
        let tense = if schedule || ahead_of {
            Tense::Future
        } else {
            tense
        };
        m.past = tense == Tense::Past;
        // "Reagan said on Friday that Shultz would go to Moscow": the day of the
        // saying, before its "that", is not the day of the event reported after it.
        let reported_from = (a..ti)
            .rev()
            .find(|&i| {
                words[i] == "that"
                    && (a..i).any(|j| lexicon::SPEECH_VERBS.contains(&words[j].as_str()))
            })
            .map(|i| toks[i].span.start - s.span.start);
        // "Funaro, who is in Rome today, will fly to Tokyo on Sunday": a relative
        // clause that does not hold the trigger dates something else.
        let other_asides: Vec<(usize, usize)> = asides
            .iter()
            .map(|&(from, to)| (from.max(a), to.min(b)))
            .filter(|&(from, to)| from < to && !(from..to).contains(&ti))
            // ("a visit to Japan, starting on April 13, …": an aside right after the
            // trigger's phrase that says when it starts dates it.)
            .filter(|&(from, _)| {
                !(from > ti
                    && from <= ti + 6
                    && words.get(from + 1).is_some_and(|w| {
                        matches!(w.as_str(), "starting" | "beginning" | "opening" | "lasting")
                    }))
            })
            // ("the talks, which are scheduled to end Wednesday": a relative clause
            // on the trigger itself, telling when it is held, dates the event; not
            // "the talks, which were announced yesterday".)
            .filter(|&(from, to)| {
                let verb = (from + 2..to).find(|&i| {
                    !matches!(
                        words[i].as_str(),
                        "is" | "are" | "was" | "were" | "will" | "be" | "been" | "being" | "now"
                    )
                });
                !(from == ti + 1
                    && words[from + 1] == "which"
                    && verb.is_some_and(|v| {
                        HELD_VERBS.contains(&words[v].as_str())
                            || matches!(words[v].as_str(), "scheduled" | "due" | "expected")
                    }))
            })
            .map(|(from, to)| {
                (
                    toks[from].span.start - s.span.start,
                    toks[to - 1].span.end - s.span.start,
                )
            })
            .collect();
        let own_aside = group.1.map(|k| {
            let (from, to) = asides[k];
            (
                toks[from].span.start - s.span.start,
                toks[to.min(toks.len()) - 1].span.end - s.span.start,
            )
        });
        // "flying on Sunday to Tokyo to talk to officials": the day of the journey is
        // not the day of what it is made to do.
        let purpose_from = purpose.then(|| toks[ti - 1].span.start - s.span.start);
        // ("said during talks on Tuesday that ties would improve": the day is read
        // with the tense of the saying, not of the words said.)
        let own_temporals = own_end.map(|cut| {
            temporal::find_temporal(&stext[..cut], ctx.anchor)
                .into_iter()
                .filter(|t| t.start >= dateline_end)
                .collect::<Vec<_>>()
        });
        // Where the day that dates the event ends, for a span's last day after it.
        let mut day_until: Option<usize> = None;
        // ("a news conference at noon Wednesday": the day of a time of day told
        // alone is the last resort, after the day named beside it.)
        let mut day_of_time: Option<Date> = None;
        for t in own_temporals.as_ref().unwrap_or(&temporals) {
            if t.start < clause_span.0 || t.end > clause_span.1 {
                continue;
            }
            if purpose_from.is_some_and(|p| t.end <= p) {
                continue;
            }
            if own_aside.is_some_and(|(from, to)| t.start < from || t.end > to) {
                continue;
            }
            if other_asides
                .iter()
                .any(|&(from, to)| from <= t.start && t.end <= to)
            {
                continue;
            }
            if reported_from.is_some_and(|from| t.end <= from) {
                continue;
            }
            // "Wagner told a news conference that last year's profit rose": what is
            // said there, after its "that", dates something else.
            if content_from.is_some_and(|from| t.start >= from) {
                continue;
            }
            if t.start > toks[ti].span.end - s.span.start && dates_another_noun(text, s, toks, t) {
                continue;
            }
            // "the issue was put off until next June", "will demand an end to quotas by
            // April 1988": a deadline is not when the event is held.
            if deadline(text, s, toks, t) {
                continue;
            }
            // "called Miyazawa to warn him next week's Group of Seven talks would fail":
            // a time owned by another event's name dates that event.
            if possessive_of_another_event(text, s, toks, t, ti) {
                continue;
            }
            // "Gorbachev's new offer Saturday … was consistent with the Soviet position at
            // the earlier summit in Geneva": the day of a statement named before the
            // trigger is the statement's.
            if act_dated_before(text, s, toks, t, ti) {
                continue;
            }
            // "The government announced today Nakasone will visit Washington on April
            // 29": the day right after the saying, before the event, is the saying's.
            let trigger_at = toks[ti].span.start - s.span.start;
            if t.end <= trigger_at
                && (a..ti).any(|i| {
                    let w = words[i].as_str();
                    (lexicon::SPEECH_VERBS.contains(&w) || matches!(w, "announced" | "reported"))
                        && stext
                            .get(toks[i].span.end - s.span.start..t.start)
                            .is_some_and(|between| matches!(between.trim(), "" | "on"))
                })
            {
                continue;
            }
            // "The package is due to be signed on March 20, but … with crucial
            // negotiations with Brazil about to start": a day before a clause's "but"
            // dates what that clause tells, not the event after it.
            // (Only when the event's own words set it apart in time: "about to start",
            // "next week"; "ministers are today taking a look …, but diplomats expect no
            // agreement at the two days of talks" are today's talks.)
            let own_time = (ti + 1..b.min(ti + 9)).any(|i| {
                matches!(
                    words[i].as_str(),
                    "about"
                        | "next"
                        | "later"
                        | "soon"
                        | "starting"
                        | "due"
                        | "upcoming"
                        | "late"
                        | "early"
                )
            });
            if own_time
                && t.end <= trigger_at
                && stext
                    .get(t.end..trigger_at)
                    .is_some_and(|between| between.contains(", but ") || between.contains("; "))
            {
                continue;
            }
            // Another stop of a journey, or another event of the clause, is dated by
            // what follows it only.
            if another_event && t.start < toks[ti].span.start - s.span.start {
                continue;
            }
            // "ready to continue trade talks with X despite … two days of emergency
            // talks which ended yesterday": a later trigger of the clause, far enough
            // to be another event, is dated by what follows it.
            if next_event_at.is_some_and(|tj| t.start >= toks[tj].span.start - s.span.start) {
                continue;
            }
            match &t.value {
                TimeValue::Day(d) => {
                    let strength = if explicit_full_date(&t.text) {
                        DateStrength::Absolute
                    } else {
                        ctx.strength
                    };
                    // A bare weekday of an event still to come is the next one.
                    let d = match ctx.anchor {
                        Some(anchor)
                            if tense == Tense::Future && *d < anchor && bare_weekday(&t.text) =>
                        {
                            d.checked_add(jiff::Span::new().days(7)).unwrap_or(*d)
                        }
                        _ => *d,
                    };
                    // "talks, scheduled to end on Wednesday", "two days of talks which
                    // ended in Washington yesterday": the day it ends on.
                    let trigger_end = toks[ti].span.end - s.span.start;
                    let ends_then = (ti + 1..b).any(|k| {
                        let at = toks[k].span.start - s.span.start;
                        at < t.start && ENDING_WORDS.contains(&words[k].as_str())
                    }) && t.start > trigger_end;
                    // ("two days of talks": how many days end on it.)
                    let days = (ti.saturating_sub(5).max(a + 1)..ti)
                        .find(|&j| {
                            words[j] == "days" && words.get(j + 1).is_some_and(|w| w == "of")
                        })
                        .and_then(|j| number_word(&words[j - 1]))
                        .filter(|&n| (2..=14).contains(&n));
                    if ends_then && m.date.is_none() {
                        let start = days.and_then(|n| {
                            d.checked_sub(jiff::Span::new().days(i64::from(n) - 1)).ok()
                        });
                        m.date = Some(EventDate::Day {
                            iso: start.unwrap_or(d).to_string(),
                            strength,
                        });
                        if start.is_some() {
                            m.end_date = Some(d);
                        } else {
                            m.ends = true;
                        }
                        day_until = Some(t.end);
                    } else if m.date.is_none() {
                        m.date = Some(EventDate::Day {
                            iso: d.to_string(),
                            strength,
                        });
                        day_until = Some(t.end);
                    } else if let (Some(from), Some(EventDate::Day { iso, .. })) =
                        (day_until, &m.date)
                        && let Ok(first) = iso.parse::<Date>()
                        && first < d
                        && first.until(d).is_ok_and(|span| span.get_days() <= 31)
                        && stext.get(from..t.start).is_some_and(|between| {
                            matches!(
                                between.trim(),
                                "to" | "until" | "through" | "till" | "-" | "–" | "and"
                            )
                        })
                    {
                        // "from March 31 to April 2": the span's last day.
                        m.end_date = Some(d);
                    }
                }
                TimeValue::MonthDay { month, day } if m.date.is_none() => {
                    m.date = Some(
                        match ctx.year.and_then(|y| Date::new(y, *month, *day).ok()) {
                            Some(d) => EventDate::Day {
                                iso: d.to_string(),
                                strength: DateStrength::Relative,
                            },
                            None => EventDate::MonthDay {
                                month: *month,
                                day: *day,
                            },
                        },
                    );
                }
                TimeValue::Month { year, month } => {
                    if let Some(d) = ctx.anchor {
                        let side = (*year, *month).cmp(&(d.year(), d.month()));
                        m.away_before |= side.is_lt();
                        m.away_after |= side.is_gt();
                    }
                    m.away_from_publication |= ctx
                        .anchor
                        .is_some_and(|d| d.year() != *year || d.month() != *month);
                    if m.period.is_none() {
                        m.period = Some(format!("{year:04}-{month:02}"));
                    }
                }
                TimeValue::Year(year) => {
                    if let Some(d) = ctx.anchor {
                        m.away_before |= *year < d.year();
                        m.away_after |= *year > d.year();
                    }
                    m.away_from_publication |= ctx.anchor.is_some_and(|d| d.year() != *year);
                    if m.period.is_none() {
                        m.period = Some(format!("{year:04}"));
                    }
                }
                // "a two-day visit starting Tuesday": a span of days from a named one.
                // (Not "over the next few days", "in the past few months": no day
                // named.)
                TimeValue::Range { start, end }
                    if t.timeml_type == "DURATION" && t.text.to_lowercase().ends_with("-day") =>
                {
                    if m.date.is_none() {
                        m.date = Some(EventDate::Day {
                            iso: start.to_string(),
                            strength: ctx.strength,
                        });
                    }
                    if *end > *start {
                        m.end_date = Some(*end);
                    }
                }
                TimeValue::Range { start, end } => {
                    // (A weekend or a night touching the publication day is around
                    // it; "last week" in Monday's paper is not.)
                    let short = (*end - *start).get_days() < 6;
                    if let Some(d) = ctx.anchor {
                        m.away_before |= *end < d && !(short && within_a_day(d, *end));
                        m.away_after |= *start > d && !(short && within_a_day(d, *start));
                    }
                    // ("during a visit to Japan later this month": after publication.)
                    let lower = t.text.to_lowercase();
                    m.away_after |= lower.contains("later this");
                    m.away_before |= lower.contains("earlier this");
                    m.away_from_publication |= ctx.anchor.is_some_and(|d| {
                        (d < *start || d > *end)
                            && !(short && (within_a_day(d, *start) || within_a_day(d, *end)))
                    });
                    // "earlier this year", "later this month" (not "earlier this week").
                    m.away_from_publication |= earlier_or_later(&t.text)
                        && start.until(*end).is_ok_and(|span| span.get_days() > 7);
                }
                TimeValue::TimeOfDay {
                    date,
                    hour,
                    minute,
                    zone,
                } => {
                    m.time = Some(format_time(*hour, *minute, zone.as_deref()));
                    day_of_time = day_of_time.or(*date);
                }
                _ => {}
            }
        }
        if let (None, Some(d)) = (&m.date, day_of_time) {
            m.date = Some(EventDate::Day {
                iso: d.to_string(),
                strength: ctx.strength,
            });
        }
        // A day dates the event; a month or year beside it dates something else.
        if m.date.is_some() {
            m.period = None;
            m.away_before = false;
            m.away_after = false;
        }
        // "He had earlier met Volcker and Baker": the past before the story's past,
        // undated, is not where and when the story is filed.
        m.away_from_publication |= m.date.is_none()
            && ti >= 2
            && (ti.saturating_sub(3).max(a)..ti).any(|i| words[i] == "had")
            && (ti.saturating_sub(3).max(a)..ti)
                .any(|i| matches!(words[i].as_str(), "earlier" | "previously" | "already"));
        m.here = words[a..b].iter().any(|w| w == "here");
        m.again = told_as_repeat(&words, ti, b);
        let two_sides_at = |i: usize| {
            words.get(i).is_some_and(|w| w == "the")
                && words.get(i + 1).is_some_and(|w| w == "two")
                && words.get(i + 2).is_some_and(|w| w == "sides")
        };
        m.two_sides = the_two_before(&words, a, ti).is_some_and(two_sides_at)
            || (words.get(ti + 1).is_some_and(|w| w == "between") && two_sides_at(ti + 2));
        m.host_officials = with_unnamed_officials(&words, ms, ti, phrase_end);
        m.people_across |= with_people(&words, ti, phrase_end);
        m.unnamed_others |= with_unnamed_people(text, toks, &words, ms, ti, phrase_end);
        // (Talks between a named side and an unnamed one are an event when the clause
        // times them: "will proceed next week". Untimed, they are often a way of
        // speaking: "would help along negotiations between Brazil and the banks".)
        m.unnamed_others |= between_named_and_unnamed(toks, &words, ms, ti, phrase_end)
            && temporals.iter().any(|t| {
                t.start >= toks[ti].span.end - s.span.start
                    && t.end <= toks[b - 1].span.end - s.span.start
            });
        // "Financing talks with Argentina are proving tough", "Talks with the union
        // resumed": talks that are the clause's subject and whose course the verb tells
        // are under way, between the side named and an unnamed one.
        m.unnamed_others |=
            matches!(kind, EventKind::Talks) && talks_under_way(toks, &words, ms, a, ti);
        // ("Ongpin told the meeting he had kept his promise": there was an audience.)
        m.addressed = matches!(
            kind,
            EventKind::Meeting | EventKind::Conference | EventKind::Summit
        ) && (a..ti).any(|i| {
            matches!(words[i].as_str(), "told" | "tells" | "addressed") && addresses_the_event(i)
        });
        m.unnamed_others |= m.addressed;
        // "Senators said today after a private meeting with Baldrige", "… imports
        // of microchips, U.S. senators said today after …": the unnamed people who
        // speak met the one named.
        let speaker_group = |w: &String| names_people(w) || SPEAKER_GROUPS.contains(&w.as_str());
        let unnamed_speakers = (first_word..a).any(|i| {
            lexicon::SPEECH_VERBS.contains(&words[i].as_str())
                && (i.saturating_sub(2).max(first_word)..i).any(|j| speaker_group(&words[j]))
                && !ms
                    .iter()
                    .any(|x| x.kind == EntityKind::Person && x.tok_end <= a && x.tok_start + 3 >= i)
        }) && matches!(words[a].as_str(), "after" | "following");
        m.unnamed_others |= unnamed_speakers;
        // "The group said it has held talks with the Hutton LBO group": a body the
        // sentence opens with but does not name holds the talks with the one named.
        let unnamed_body = words.get(first_word).is_some_and(|w| w == "the")
            && words
                .get(first_word + 1)
                .is_some_and(|w| UNNAMED_BODIES.contains(&w.as_str()))
            && words
                .get(first_word + 2)
                .is_some_and(|w| lexicon::SPEECH_VERBS.contains(&w.as_str()))
            && words.get(first_word + 3).is_some_and(|w| w == "it")
            && first_word + 3 < ti
            && !ms.iter().any(|x| x.tok_end <= ti);
        m.unnamed_others |= unnamed_body;
        // "a delegation of north Wales councils visited Ms Essex": an unnamed group
        // is the subject of the meeting verb.
        m.unnamed_others |= matches!(
            words[ti].as_str(),
            "met" | "meet" | "meets" | "visited" | "visit" | "visits"
        ) && (ti.saturating_sub(6).max(a)..ti).any(|i| {
            PARTY_NOUNS.contains(&words[i].as_str())
                && !ms
                    .iter()
                    .any(|x| x.kind == EntityKind::Person && x.tok_start > i && x.tok_end <= ti)
        });
        // "two days after <event>": dated from the event of the previous clause.
        if m.date.is_none()
            && c > 0
            && let Some(n) = words.get(a).and_then(|w| number_word(w))
        {
            let dir = words.get(a + 2).map(String::as_str);
            if let (Some(base), Some(dir)) = (prev_date, dir) {
                let days = if dir == "after" {
                    -(n as i64)
                } else {
                    n as i64
                };
                if let Ok(d) = base.checked_add(jiff::Span::new().days(days)) {
                    m.date = Some(EventDate::Day {
                        iso: d.to_string(),
                        strength: DateStrength::Relative,
                    });
                }
            }
        }
        if let Some(EventDate::Day { iso, .. }) = &m.date {
            prev_date = iso.parse().ok();
        }
        m.status = Some(
            if words[a..b].iter().any(|w| {
                matches!(
                    w.as_str(),
                    "cancelled" | "canceled" | "postponed" | "scrapped"
                )
            }) {
                EventStatus::Cancelled
            } else {
                // "his one-week visit to Washington starting on April 29", told on April
                // 10: a day still to come is planned, whatever the tense.
                match tense {
                    Tense::Future => EventStatus::Planned,
                    _ if still_to_come(&m.date, ctx.anchor) => EventStatus::Planned,
                    // ("was speaking before hosting a meeting … this weekend": a week
                    // or month after publication is still to come too.)
                    _ if m.away_after => EventStatus::Planned,
                    _ => EventStatus::Held,
                }
            },
        );
        // "to ensure the trip's success": a journey as a possessor is only referred
        // to; it says nothing of whether it took place.
        if m.kind == EventKind::Visit
            && words
                .get(ti + 1)
                .is_some_and(|w| matches!(w.as_str(), "'s" | "’s"))
            && m.date.is_none()
            && m.period.is_none()
        {
            m.status = None;
        }
        // "the TGWU is holding specially scheduled talks": talks a body holds with no
        // one across the table are its own meeting.
        if m.kind == EventKind::Talks
            && m.persons.is_empty()
            && !m.unnamed_others
            && let [body] = m.parties[..]
            && found.entity(body).kind == EntityKind::Organization
            && (ti.saturating_sub(3).max(a)..ti)
                .any(|i| matches!(words[i].as_str(), "hold" | "holds" | "holding" | "held"))
            && words
                .get(ti + 1)
                .is_none_or(|w| !matches!(w.as_str(), "with" | "between" | "on" | "about"))
        {
            m.kind = EventKind::Meeting;
        }
        // "Quintette Coals Ltd and Japanese steelmakers failed to agree on a price, but
        // agreed to have another round of talks": a clause joined by ", but" or ", and"
        // that starts with its verb shares the subject of the clause before.
        let clause_start = a.max(first_word);
        if let Some(j) = (clause_start + 2..ti).find(|&j| {
            matches!(words[j].as_str(), "but" | "and")
                && words[j - 1] == ","
                && words.get(j + 1).is_some_and(|w| {
                    (w.ends_with("ed") && !toks[j + 1].cap)
                        || lexicon::is_in(lexicon::FINITE_AUXILIARIES, w)
                })
        }) && !ms.iter().any(|x| x.tok_start > j && x.tok_start < ti)
            && let Some(x) = ms.iter().find(|x| {
                x.tok_start == clause_start
                    || (x.tok_start == clause_start + 1 && words[clause_start] == "the")
            })
            && x.kind != EntityKind::Place
        {
            if x.kind == EntityKind::Person {
                push_unique(&mut m.persons, x.entity);
            } else {
                push_unique(&mut m.parties, party_entity(found, x));
            }
        }
        if kind == EventKind::Visit {
            // "a 12-day visit to Japan by Lyng": who makes the journey, after "by".
            if let Some(by) = (ti + 1..phrase_end.min(ti + 6)).find(|&i| words[i] == "by")
                && let Some(x) = ms
                    .iter()
                    .find(|x| x.tok_start == by + 1 && x.kind == EntityKind::Person)
            {
                push_unique(&mut m.persons, x.entity);
            }
            // "Lyng insisted during the week-long tour here": the one the clause is
            // about makes the journey it is told during.
            if m.persons.is_empty()
                && told_during(ti)
                && let Some(subj) = in_clause
                    .iter()
                    .find(|x| x.kind == EntityKind::Person && x.tok_end <= ti)
            {
                push_unique(&mut m.persons, subj.entity);
            }
        }
        // ("Abe's visit is to prepare for Nakasone's talks with Reagan": the owner and
        // the people after him hold them, not those named before.)
        if owned_by_person(ti) {
            let owner = ms.iter().find(|x| x.tok_end == ti - 1).map(|x| x.tok_start);
            m.persons.retain(|&p| {
                ms.iter()
                    .any(|x| x.entity == p && owner.is_some_and(|o| x.tok_start >= o))
            });
        }
        // A plural common noun ("meetings", "calls") is generic unless someone is named,
        // or two parties and a time ("The IMF holds its semi-annual meetings with the
        // World Bank next week").
        let parties_timed = m.parties.len() >= 2
            && words.get(ti + 1).is_some_and(|w| w == "with")
            && temporals.iter().any(|t| {
                t.start >= toks[a].span.start - s.span.start
                    && t.end <= toks[b - 1].span.end - s.span.start
            });
        if plural && m.persons.is_empty() && m.name.is_none() && !parties_timed {
            continue;
        }
        for &p in &more_places {
            let mut other = m.clone();
            other.place = Some(p);
            out.push((group, other));
        }
        out.push((group, m));
    }
    out.into_iter().map(|(_, m)| m).collect()
}

/// The determiner that opens the noun phrase ending at token `end`, walking back over
/// names and modifiers ("the most recent high-stakes call", "the NATO-Russia Council
/// meeting"); None when a verb, preposition or clause boundary comes first.
/// "a September 1986 agreement", "last year's 34 pct rise": a time expression that
/// modifies a noun other than an event's dates that thing, not the event (told after the
/// event's word: "met to discuss a September 1986 agreement"). (It must open
/// a noun phrase after a determiner, or be a possessive; "Monday's meeting" and "the
/// March 3 talks" date their event.)
/// Verbs telling the course of talks that are under way ("are proving tough",
/// "resumed", "broke down").
const COURSE_VERBS: &[&str] = &[
    "resumed",
    "resume",
    "resumes",
    "continued",
    "continue",
    "continues",
    "continuing",
    "ended",
    "ends",
    "broke",
    "stalled",
    "collapsed",
    "began",
    "begin",
    "begins",
    "opened",
    "proving",
    "proved",
    "proceeded",
    "proceeding",
    "suspended",
    "adjourned",
    "dragged",
    "dragging",
];

/// "Financing talks with Argentina are proving tough": the talks, with a side after
/// "with", open their clause (after words describing them), and a verb of their course
/// follows the phrase.
fn talks_under_way(toks: &[Token], words: &[String], ms: &[Mention], a: usize, ti: usize) -> bool {
    // (The clause may be what someone says: "they say financing talks …".)
    let from = (a..ti)
        .rev()
        .find(|&i| {
            matches!(words[i].as_str(), "," | "that" | "but" | "and")
                || lexicon::SPEECH_VERBS.contains(&words[i].as_str())
        })
        .map_or(a, |i| i + 1);
    let opens_clause = ti - from <= 2
        && (from..ti).all(|i| {
            words[i] == "the"
                || (words[i].chars().all(|c| c.is_alphabetic() || c == '-')
                    && !lexicon::is_function_word(&words[i]))
        });
    let Some(side) = ms
        .iter()
        .find(|x| x.tok_start >= ti + 2 && x.tok_start <= ti + 4 && x.kind != EntityKind::Place)
    else {
        return false;
    };
    let with_side = words.get(ti + 1).is_some_and(|w| w == "with")
        && (ti + 2..side.tok_start).all(|i| words[i] == "the" || toks[i].cap);
    let mut v = side.tok_end;
    if words.get(v).is_some_and(|w| {
        matches!(
            w.as_str(),
            "are" | "were" | "is" | "was" | "have" | "has" | "had"
        )
    }) {
        v += 1;
    }
    opens_clause
        && with_side
        && words
            .get(v)
            .is_some_and(|w| COURSE_VERBS.contains(&w.as_str()))
}

/// Lower-case nouns a place's name describes that a later "visit to the <noun>" may
/// take up ("the Dunkirk enterprise zone … a visit to the zone"): sites, not people.
const VISITED_SITE_NOUNS: &[&str] = &[
    "zone", "plant", "factory", "site", "port", "mine", "refinery", "base", "works", "area",
    "project", "region", "shipyard", "yard", "complex", "field", "facility",
];

/// The word after "to the" within two words of the trigger at `ti` ("a visit to the
/// zone"), where the text says what the trigger goes to.
fn after_to_the(words: &[String], ti: usize) -> Option<usize> {
    let at = (ti + 1..words.len().min(ti + 3)).find(|&i| words[i] == "to")?;
    words
        .get(at + 1)
        .is_some_and(|w| w == "the")
        .then_some(at + 2)
}

/// "during a visit to the quake zone", "a visit to the plant": the trigger at `ti` goes
/// to "the" and a site noun, after at most two other words in lower case.
fn described_site(s: &Sentence, words: &[String], ti: usize) -> bool {
    let Some(first) = after_to_the(words, ti) else {
        return false;
    };
    (first..words.len().min(first + 3))
        .take_while(|&i| !s.tokens[i].cap && s.tokens[i].word)
        .any(|i| {
            VISITED_SITE_NOUNS.contains(&words[i].as_str())
                && s.tokens.get(i + 1).is_none_or(|t| !t.cap)
        })
}

/// "during a visit to the zone": the place whose name came before that noun earlier in
/// the article ("the recently-created Dunkirk enterprise zone"), the last one.
fn visited_description(
    text: &str,
    s: &Sentence,
    words: &[String],
    ti: usize,
    found: &Found,
) -> Option<usize> {
    let at = after_to_the(words, ti)?;
    let noun = words.get(at)?;
    if !VISITED_SITE_NOUNS.contains(&noun.as_str()) || s.tokens[at].cap {
        return None;
    }
    let trigger_at = s.tokens[ti].span.start;
    found
        .by_sentence
        .iter()
        .flatten()
        .filter(|x| {
            x.kind == EntityKind::Place
                && x.span.end <= trigger_at
                && !gazetteer().is_demonym(x.span.of(text))
        })
        .filter(|x| {
            // Up to two lower-case words between the name and the noun.
            let next: Vec<&str> = text[x.span.end..].split_whitespace().take(3).collect();
            (0..next.len()).any(|k| {
                next[..k]
                    .iter()
                    .all(|w| w.chars().all(|c| c.is_ascii_lowercase() || c == '-'))
                    && next[k].trim_end_matches(|c: char| !c.is_alphanumeric()) == noun
            })
        })
        .max_by_key(|x| x.span.end)
        .map(|x| x.entity)
}

fn dates_another_noun(text: &str, s: &Sentence, toks: &[Token], t: &temporal::TimeExpr) -> bool {
    let at = |off: usize| token_from(s, toks, off);
    let Some(mut next) = at(t.end) else {
        return false;
    };
    let possessive = matches!(toks[next].span.of(text), "'s" | "’s");
    if possessive {
        next += 1;
    }
    let Some(first) = at(t.start) else {
        return false;
    };
    let determined = first > 0
        && matches!(
            toks[first - 1].span.of(text).to_lowercase().as_str(),
            "a" | "an" | "the" | "its" | "their" | "his" | "her"
        );
    if !possessive && !determined {
        return false;
    }
    // The noun phrase after it: words and figures ("regular meeting", "34 pct rise",
    // "the February 22 Paris accords"). It dates another thing when a lower-case word
    // heads it and none of them is an event's word.
    let phrase: Vec<usize> = (next..toks.len().min(next + 5))
        .take_while(|&k| {
            let w = toks[k].span.of(text);
            !lexicon::is_function_word(w)
                && !lexicon::is_calendar_word(&w.to_lowercase())
                && (w.chars().all(|c| c.is_alphabetic() || c == '-')
                    || w.chars()
                        .all(|c| c.is_ascii_digit() || c == '.' || c == ','))
        })
        .collect();
    phrase
        .iter()
        .any(|&k| !toks[k].cap && toks[k].span.of(text).chars().all(char::is_alphabetic))
        && phrase
            .iter()
            .all(|&k| trigger_kind(text, toks, k).is_none())
}

/// The time expression is a deadline: "until next June", "by April 1988", "till the
/// end of the month".
fn deadline(text: &str, s: &Sentence, toks: &[Token], t: &temporal::TimeExpr) -> bool {
    let Some(first) = token_from(s, toks, t.start) else {
        return false;
    };
    let word = |k: usize| toks[k].span.of(text).to_lowercase();
    let own = word(first);
    matches!(own.as_str(), "until" | "till" | "by")
        || (first > 0 && matches!(word(first - 1).as_str(), "until" | "till" | "by"))
        || (first >= 3
            && word(first - 1) == "of"
            && word(first - 2) == "end"
            && (matches!(word(first - 3).as_str(), "by" | "until" | "till")
                || (first >= 4
                    && word(first - 3) == "the"
                    && matches!(word(first - 4).as_str(), "by" | "until" | "till"))))
}

/// The first token of the sentence at or after byte offset `off` of its text.
fn token_from(s: &Sentence, toks: &[Token], off: usize) -> Option<usize> {
    toks.iter().position(|k| k.span.start - s.span.start >= off)
}

/// "next week's Group of Seven talks" seen from another trigger: the possessive time
/// names when a different event of the sentence is held.
fn possessive_of_another_event(
    text: &str,
    s: &Sentence,
    toks: &[Token],
    t: &temporal::TimeExpr,
    ti: usize,
) -> bool {
    let Some(next) = token_from(s, toks, t.end) else {
        return false;
    };
    if !matches!(toks[next].span.of(text), "'s" | "’s") {
        return false;
    }
    (next + 1..toks.len().min(next + 7))
        .take_while(|&k| {
            let w = toks[k].span.of(text);
            w.chars().all(|c| c.is_alphanumeric() || c == '-')
                && !matches!(w, "was" | "is" | "would" | "will")
        })
        .any(|k| k != ti && trigger_kind(text, toks, k).is_some())
}

/// "Gorbachev's new offer Saturday", "the announcement Monday": a time right after a
/// noun of saying or deciding, with its determiner, before the trigger at `ti`.
fn act_dated_before(
    text: &str,
    s: &Sentence,
    toks: &[Token],
    t: &temporal::TimeExpr,
    ti: usize,
) -> bool {
    const ACTS: &[&str] = &[
        "offer",
        "proposal",
        "announcement",
        "statement",
        "decision",
        "speech",
        "remarks",
        "comments",
        "letter",
        "message",
        "appeal",
        "warning",
        "report",
        "vote",
    ];
    let Some(first) = token_from(s, toks, t.start) else {
        return false;
    };
    first > 0
        && first < ti
        && ACTS.contains(&toks[first - 1].span.of(text).to_lowercase().as_str())
        && determiner_before(text, toks, first - 1).is_some()
}

fn determiner_before<'a>(text: &'a str, toks: &[Token], end: usize) -> Option<&'a str> {
    const DETERMINERS: &[&str] = &[
        "the", "a", "an", "this", "that", "these", "those", "his", "her", "their", "its", "'s",
        "’s",
    ];
    let mut j = end;
    while j > 0 && end - j < 5 {
        let w = toks[j - 1].span.of(text);
        if DETERMINERS.contains(&w.to_lowercase().as_str()) {
            return Some(w);
        }
        if !is_prenominal_modifier(text, &toks[j - 1]) {
            return None;
        }
        j -= 1;
    }
    None
}

/// "no talks", "no need for an emergency Opec meeting", "will not hold a news
/// conference": the noun phrase of the trigger at `at` opens with "no", is what there
/// is "no need (plan, reason) for", or is the object of a denied verb, so the text
/// says the event is not happening.
fn negated_noun_phrase(text: &str, toks: &[Token], at: usize) -> bool {
    let lower = |j: usize| toks[j].span.of(text).to_lowercase();
    let mut j = at;
    while j > 0 && at - j < 5 && is_prenominal_modifier(text, &toks[j - 1]) {
        j -= 1;
    }
    if j > 0 && lower(j - 1) == "no" {
        return true;
    }
    if j > 0 && matches!(lower(j - 1).as_str(), "a" | "an" | "any" | "the") {
        j -= 1;
    }
    // "Labour will not hold a daily news conference", "did not attend the meeting":
    // the verb that would bring the event about is denied.
    if j >= 2
        && matches!(
            lower(j - 1).as_str(),
            "hold" | "have" | "attend" | "plan" | "seek" | "call" | "convene" | "host"
        )
        && matches!(lower(j - 2).as_str(), "not" | "never" | "n't")
    {
        return true;
    }
    // "the possibility of convening an international conference", "the idea of a
    // summit": an event only thought of.
    if j >= 2
        && matches!(lower(j - 1).as_str(), "convening" | "holding" | "calling")
        && j >= 3
        && lower(j - 2) == "of"
        && matches!(
            lower(j - 3).as_str(),
            "possibility" | "idea" | "prospect" | "question"
        )
    {
        return true;
    }
    if j >= 2
        && lower(j - 1) == "of"
        && matches!(lower(j - 2).as_str(), "possibility" | "idea" | "prospect")
    {
        return true;
    }
    // "He urged continued negotiations among producers", "called for a summit": an
    // event only asked for. (A proposed one is often dated, and planned: "proposed a
    // preparatory meeting on April 23".)
    let mut k = j;
    if k > 0
        && matches!(
            lower(k - 1).as_str(),
            "continued" | "further" | "renewed" | "new"
        )
    {
        k -= 1;
    }
    if k >= 1
        && matches!(
            lower(k - 1).as_str(),
            "urged"
                | "urges"
                | "urging"
                | "demanded"
                | "demands"
                | "demanding"
                | "suggested"
                | "suggests"
        )
    {
        return true;
    }
    if k >= 2
        && lower(k - 1) == "for"
        && matches!(
            lower(k - 2).as_str(),
            "called" | "calls" | "calling" | "call"
        )
    {
        return true;
    }
    // "sought talks with the banks", "sought to involve foreign governments in
    // rescheduling talks": an event only tried for.
    // ("sought" passes for a modifier above: counted from the trigger itself.)
    let mut p = at;
    while p > 0
        && matches!(
            lower(p - 1).as_str(),
            "a" | "an" | "the" | "new" | "further" | "fresh"
        )
    {
        p -= 1;
    }
    if p >= 1
        && matches!(
            lower(p - 1).as_str(),
            "sought" | "seeks" | "seeking" | "requested" | "requests" | "requesting"
        )
    {
        return true;
    }
    // (Over a gerund: "in rescheduling talks".)
    let k = if p >= 2 && lower(p - 1).ends_with("ing") {
        p - 1
    } else {
        p
    };
    if k >= 1 && matches!(lower(k - 1).as_str(), "in" | "into") {
        let tried = (k.saturating_sub(7)..k - 1)
            .rev()
            .take_while(|&i| lower(i) != ",")
            .any(|i| {
                i >= 1
                    && lower(i) == "to"
                    && matches!(
                        lower(i - 1).as_str(),
                        "sought" | "seeks" | "seeking" | "tried" | "tries" | "trying" | "attempted"
                    )
            });
        if tried {
            return true;
        }
    }
    // "has rejected suggestions for negotiations with the IMF".
    if j >= 2
        && lower(j - 1) == "for"
        && matches!(
            lower(j - 2).as_str(),
            "suggestion" | "suggestions" | "proposal" | "proposals" | "calls" | "demands"
        )
    {
        return true;
    }
    j >= 3
        && lower(j - 1) == "for"
        && matches!(
            lower(j - 2).as_str(),
            "need" | "plan" | "plans" | "reason" | "call"
        )
        && lower(j - 3) == "no"
}

/// "Morgan said talks between …", "officials said the recent talks …": the speech verb
/// right before a trigger noun (over its determiner and modifiers), whose tense is the
/// saying's, not the event's.
fn said_before_noun(
    text: &str,
    toks: &[Token],
    words: &[String],
    a: usize,
    ti: usize,
) -> Option<usize> {
    if !matches!(
        words[ti].as_str(),
        "talks" | "negotiations" | "discussions" | "consultations" | "meeting" | "meetings"
    ) {
        return None;
    }
    let verb = (a..ti)
        .rev()
        .take_while(|&i| {
            lexicon::SPEECH_VERBS.contains(&words[i].as_str())
                || matches!(words[i].as_str(), "the" | "that" | "new" | "further")
                || is_prenominal_modifier(text, &toks[i])
        })
        .find(|&i| lexicon::SPEECH_VERBS.contains(&words[i].as_str()))?;
    // Only when something follows the noun to carry the event's own verb.
    (ti + 1 < toks.len()).then_some(verb)
}

/// A word that can stand between a determiner and its noun: a name, an acronym, or a
/// lower-case adjective or noun (not a participle, preposition, conjunction, verb or
/// determiner).
fn is_prenominal_modifier(text: &str, tok: &Token) -> bool {
    let w = tok.span.of(text);
    let lower = w.to_lowercase();
    tok.cap
        || tok.acronym
        || (w.chars().all(|c| c.is_lowercase() || c == '-')
            && !lower.ends_with("ing")
            && !lower.ends_with("ed")
            && !matches!(
                lower.as_str(),
                "in" | "on"
                    | "at"
                    | "of"
                    | "for"
                    | "with"
                    | "to"
                    | "by"
                    | "from"
                    | "and"
                    | "or"
                    | "but"
                    | "is"
                    | "are"
                    | "was"
                    | "were"
                    | "be"
                    | "been"
                    | "will"
                    | "would"
                    | "has"
                    | "have"
                    | "had"
                    | "said"
                    | "says"
                    | "held"
                    | "began"
                    | "met"
                    | "no"
                    | "a"
                    | "an"
                    | "any"
                    | "the"
            ))
}

/// "visiting U.S. Agriculture Secretary Richard Lyng", "the visiting Polish leader X":
/// "visiting" used as an adjective names the visitor, not the place visited. The token
/// where that person's name starts, when the words between are a title phrase.
fn visitor_after(toks: &[Token], words: &[String], ms: &[Mention], ti: usize) -> Option<usize> {
    if words[ti] != "visiting" {
        return None;
    }
    for j in ti + 1..toks.len().min(ti + 9) {
        if ms
            .iter()
            .any(|x| x.kind == EntityKind::Person && x.tok_start == j)
        {
            return (j > ti + 1).then_some(j);
        }
        let title_word = toks[j].cap
            || toks[j].acronym
            || matches!(words[j].as_str(), "of" | "the" | "and" | "for")
            || lexicon::is_title_word(&words[j]);
        if !title_word {
            return None;
        }
    }
    None
}

/// Is there an "according to" between `from` and `to`?
fn according_before(words: &[String], from: usize, to: usize) -> bool {
    (from..to).any(|i| words[i] == "according")
}

fn format_time(hour: i8, minute: i8, zone: Option<&str>) -> String {
    let z = match zone {
        Some("GMT") | Some("UTC") | Some("Z") => "Z",
        _ => "",
    };
    format!("{hour:02}:{minute:02}:00{z}")
}

fn explicit_full_date(s: &str) -> bool {
    s.chars().filter(|c| c.is_ascii_digit()).count() >= 5
}

fn number_word(w: &str) -> Option<u32> {
    Some(match w {
        "one" | "1" => 1,
        "two" | "2" => 2,
        "three" | "3" => 3,
        "four" | "4" => 4,
        "five" | "5" => 5,
        "six" | "6" => 6,
        "seven" | "7" => 7,
        _ => return None,
    })
}

/// "at the alliance's headquarters": a venue given by a common noun.
fn venue(
    text: &str,
    toks: &[Token],
    words: &[String],
    a: usize,
    b: usize,
    trigger: usize,
) -> Option<String> {
    const VENUES: &[&str] = &[
        "headquarters",
        "hq",
        "palace",
        "embassy",
        "residence",
        "building",
        "hotel",
        "house",
        "office",
        "ministry",
        "airport",
        "base",
    ];
    for i in a..b {
        if words[i] != "at" {
            continue;
        }
        for j in i + 1..(i + 9).min(b) {
            // "Officials at the two-day summit at …": the event itself is no venue.
            if j == trigger {
                break;
            }
            // ("a spying network at the U.S. Embassy and which has cast a shadow over
            // his talks": a relative clause stands between the venue and the event.)
            let (from, to) = if j < trigger {
                (j, trigger)
            } else {
                (trigger, i)
            };
            if VENUES.contains(&words[j].as_str())
                && (from..to).any(|k| matches!(words[k].as_str(), "which" | "who"))
            {
                break;
            }
            if VENUES.contains(&words[j].as_str()) {
                // "at the foreign secretary's official Kent house, Chevening,": the
                // name set off after the noun is the venue's.
                if words.get(j + 1).is_some_and(|w| w == ",") {
                    let name_end = (j + 2..b.min(j + 6))
                        .take_while(|&k| toks[k].cap && !toks[k].acronym)
                        .last();
                    if let Some(e) = name_end
                        && words
                            .get(e + 1)
                            .is_some_and(|w| matches!(w.as_str(), "," | "."))
                    {
                        return Some(text[toks[j + 2].span.start..toks[e].span.end].to_string());
                    }
                }
                return Some(text[toks[i + 1].span.start..toks[j].span.end].to_string());
            }
            if matches!(words[j].as_str(), "," | "." | "on" | "in") {
                break;
            }
        }
    }
    None
}

/// "NATO-Russia Council meeting", "the meeting of the NATO-Russia Council".
fn event_name(
    text: &str,
    toks: &[Token],
    ms: &[Mention],
    ti: usize,
    found: &Found,
) -> Option<String> {
    let trigger = toks[ti].span.of(text).to_lowercase();
    let named = |m: &Mention| {
        m.kind == EntityKind::Organization && {
            let n = found.entity(m.entity).name.to_lowercase();
            [
                "council",
                "summit",
                "assembly",
                "forum",
                "conference",
                "commission",
                "group",
                "committee",
            ]
            .iter()
            .any(|h| n.split_whitespace().any(|w| w == *h))
        }
    };
    if let Some(m) = ms.iter().find(|m| m.tok_end == ti && named(m)) {
        return Some(format!("{} {}", m.span.of(text), trigger));
    }
    if ti + 3 < toks.len() && toks[ti + 1].span.of(text) == "of" {
        let j = if toks[ti + 2].span.of(text) == "the" {
            ti + 3
        } else {
            ti + 2
        };
        if let Some(m) = ms.iter().find(|m| m.tok_start == j && named(m)) {
            return Some(format!("{} {}", m.span.of(text), trigger));
        }
    }
    None
}

/// "when the two meet again next month", "another meeting", "a second round of
/// talks": the trigger at `ti` is told as a repeat of an event, not as that event.
fn told_as_repeat(words: &[String], ti: usize, end: usize) -> bool {
    let again_after = (ti + 1..(ti + 3).min(end)).any(|i| words[i] == "again");
    let repeat_before = (ti.saturating_sub(4)..ti)
        .rev()
        .take_while(|&i| !matches!(words[i].as_str(), "," | ";" | "the" | "a" | "an"))
        .any(|i| {
            matches!(
                words[i].as_str(),
                "another" | "second" | "third" | "fourth" | "fifth" | "next" | "fresh" | "new"
            ) && words.get(i + 1).is_none_or(|n| {
                !matches!(
                    n.as_str(),
                    "week" | "week's" | "month" | "month's" | "year" | "year's"
                )
            })
        });
    again_after || repeat_before
}

/// "a meeting of the Council", "the three-day meeting here of the Inter-American
/// Development Bank": the "of" that opens the phrase of the body meeting.
/// "its annual shareholders meeting", "a meeting of its executive board": is the
/// event at trigger `ti` "its" own, with only lower-case describing words between?
fn its_own_meeting(toks: &[Token], words: &[String], ti: usize) -> bool {
    let plain = |i: usize| {
        !toks[i].cap
            && words[i].chars().all(|c| c.is_alphabetic() || c == '-')
            && !lexicon::is_function_word(&words[i])
    };
    let before = (1..=4)
        .filter(|&back| back <= ti)
        .find(|&back| words[ti - back] == "its")
        .is_some_and(|back| (ti - back + 1..ti).all(plain));
    let after = of_after_trigger(words, ti).is_some_and(|of| {
        words.get(of + 1).is_some_and(|w| w == "its")
            && (of + 2..(of + 5).min(words.len())).any(|i| {
                matches!(
                    words[i].as_str(),
                    "board" | "directors" | "shareholders" | "members"
                ) && (of + 2..i).all(plain)
            })
    });
    before || after
}

fn of_after_trigger(words: &[String], ti: usize) -> Option<usize> {
    match words.get(ti + 1).map(String::as_str) {
        Some("of") => Some(ti + 1),
        Some("here" | "there") if words.get(ti + 2).is_some_and(|w| w == "of") => Some(ti + 2),
        _ => None,
    }
}

/// Is this organization or country mention in a participant position for the trigger?
#[allow(clippy::too_many_arguments)]
fn is_party_position(
    text: &str,
    toks: &[Token],
    words: &[String],
    x: &Mention,
    others: &[&Mention],
    ti: usize,
    a: usize,
    phrase_end: usize,
) -> bool {
    // ("a delegation of north Wales councils": a place before a plural describes an
    // unnamed side.)
    if x.kind == EntityKind::Place
        && toks.get(x.tok_end).is_some_and(|t| {
            let w = t.span.of(text);
            !t.cap && w.len() > 3 && w.ends_with('s')
        })
    {
        return false;
    }
    // Skip a determiner: "between the US and Russia"; and the words describing the
    // party: "between financially troubled Zaire and the IMF".
    // Inside another name of the clause.
    let covered = |i: usize| others.iter().any(|o| o.tok_start <= i && i < o.tok_end);
    let mut bi = x.tok_start;
    let describing = |i: usize| {
        words[i].len() > 2
            && words[i].chars().all(|c| c.is_lowercase() || c == '-')
            && !lexicon::is_function_word(&words[i])
            && !PARTY_NOUNS.contains(&words[i].as_str())
    };
    // ("talking to state investment holding company Kestrel Bhd": up to four.)
    let mut k = bi;
    while k > 0 && bi - k < 4 && describing(k - 1) {
        k -= 1;
    }
    // ("talks with UK bank Barclays": the country that describes the name, too.)
    if k < bi
        && (k..bi).all(|i| !toks[i].cap)
        && let Some(country) = others
            .iter()
            .find(|o| o.kind == EntityKind::Country && o.tok_end == k)
    {
        k = country.tok_start;
    }
    // ("is talking to Kestrel Bhd": the one talked to is a side.)
    let talked_to = matches!(words[ti].as_str(), "talk" | "talked" | "talking")
        && words[k.saturating_sub(1)] == "to";
    if k < bi && k > 0 && (matches!(words[k - 1].as_str(), "with" | "between") || talked_to) {
        bi = k;
    }
    if bi > 0 && matches!(words[bi - 1].as_str(), "the" | "its" | "their") {
        bi -= 1;
    }
    let before = if bi > 0 { words[bi - 1].as_str() } else { "" };
    // "talks with UK bank Barclays": a country before the words describing another
    // name is part of that name's description, not a side of its own.
    if x.kind == EntityKind::Country
        && let Some(next) = others
            .iter()
            .filter(|o| o.tok_start > x.tok_end && o.kind != EntityKind::Country)
            .min_by_key(|o| o.tok_start)
        && next.tok_start <= x.tok_end + 3
        && (x.tok_end..next.tok_start).all(|i| !toks[i].cap && describing(i))
    {
        return false;
    }
    let near_after = x.tok_start > ti && x.tok_end <= phrase_end;
    // "a meeting of the country's Congress": the body that meets.
    if x.kind == EntityKind::Organization
        && let Some(of) = of_after_trigger(words, ti)
        && x.tok_start > of
        && x.tok_start <= of + 4
        && (of + 1..x.tok_start).all(|i| {
            matches!(words[i].as_str(), "the" | "its" | "their" | "'s" | "’s")
                || (!toks[i].cap && words.get(i + 1).is_some_and(|n| n == "'s" || n == "’s"))
        })
    {
        return true;
    }
    let after = words.get(x.tok_end).map(String::as_str).unwrap_or("");
    let after2 = words.get(x.tok_end + 1).map(String::as_str).unwrap_or("");
    // "at Vantra Motor Co's May 14 annual meeting", "OPEC's spring meeting": the body
    // whose own meeting it is, whatever preposition comes before.
    if matches!(x.kind, EntityKind::Organization | EntityKind::Country)
        && matches!(after, "'s" | "’s")
        && x.tok_end < ti
        && ti - x.tok_end <= 5
        && (x.tok_end + 1..ti).all(|i| {
            let w = words[i].as_str();
            lexicon::is_calendar_word(w)
                || w.chars().all(|c| c.is_ascii_digit())
                || (!toks[i].cap
                    && w.chars().all(|c| c.is_alphabetic() || c == '-')
                    && !lexicon::is_function_word(w))
        })
    {
        return true;
    }
    // "The executive board of the International Coffee Organization met in London": the
    // body whose organ is the trigger's subject.
    if before == "of"
        && x.kind == EntityKind::Organization
        && bi >= 2
        && bi - 2 >= a
        && ORGANS.contains(&words[bi - 2].as_str())
        && x.tok_end <= ti
        && (x.tok_end..ti).all(|i| {
            SUBJECT_FILLERS.contains(&words[i].as_str())
                || matches!(
                    words[i].as_str(),
                    "will" | "would" | "is" | "was" | "has" | "had"
                )
        })
    {
        return true;
    }
    if matches!(
        before,
        "over"
            | "about"
            | "regarding"
            | "concerning"
            | "on"
            | "against"
            | "invade"
            | "invading"
            | "of"
            | "into"
            | "in"
            | "at"
            | "near"
            | "to"
    ) && !(talked_to && bi == ti + 2)
    {
        // "officials from NATO" and "counterparts in NATO countries" aside, a
        // preposition other than with/between makes it a topic or a place.
        // ("meet officials in the Tokyo Stock Exchange": a body's people, too.)
        let from_officials = (before == "of"
            || (before == "in" && x.kind == EntityKind::Organization))
            && bi >= 2
            && PARTY_NOUNS.contains(&words[bi - 2].as_str());
        if !from_officials {
            return false;
        }
    }
    // ("consistent with the Soviet position at the earlier summit": before the trigger,
    // a name describing another noun is no side.)
    let describes_another_noun = x.tok_end < ti
        && toks.get(x.tok_end).is_some_and(|t| !t.cap)
        && describing(x.tok_end)
        && x.tok_end + 1 < ti;
    // ("held talks with the London market": a city describing the noun after it is no
    // side, nor the country it would stand for.)
    let city_describing = x.kind == EntityKind::Place
        && x.tok_start > ti
        && toks.get(x.tok_end).is_some_and(|t| !t.cap)
        && describing(x.tok_end);
    // ("discuss the growing crisis in trade relations with Japan": the other side of
    // a relation the talks are about.)
    let relation_of_topic =
        before == "with" && bi >= 2 && RELATION_NOUNS.contains(&words[bi - 2].as_str());
    if (matches!(before, "with" | "between") || (talked_to && bi == ti + 2))
        && (near_after || (x.tok_end <= ti && !describes_another_noun))
        && !city_describing
        && !relation_of_topic
    {
        return true;
    }
    // "talks with party leaders, including the opposition Communists and the junior
    // coalition members -- Republicans, Liberals and Social Democrats": the sides the
    // unnamed ones include.
    if near_after
        && let Some(including) = (ti + 1..x.tok_start)
            .rev()
            .find(|&i| words[i] == "including")
        && words.get(ti + 1).is_some_and(|w| w == "with")
        && (including + 1..x.tok_start).all(|i| {
            covered(i)
                || matches!(words[i].as_str(), "," | "--" | "-")
                || (!toks[i].cap
                    && words[i].chars().all(char::is_alphabetic)
                    && !lexicon::SPEECH_VERBS.contains(&words[i].as_str())
                    && !matches!(
                        words[i].as_str(),
                        "is" | "are" | "was" | "were" | "will" | "would" | "to"
                    ))
        })
    {
        return true;
    }
    // "officials from NATO", "Negotiators for General Motors Corp", "Ministers from
    // member states Ecuador, Mexico …": the people of a party.
    let mut gi = bi;
    while gi >= 2
        && bi - gi < 2
        && matches!(
            words[gi - 1].as_str(),
            "member" | "states" | "countries" | "nations"
        )
    {
        gi -= 1;
    }
    // ("meet officials of the Tokyo Stock Exchange", "officials in the Ministry of
    // Finance".)
    let people_of = |at: usize| {
        at >= 2
            && (matches!(words[at - 1].as_str(), "from" | "for" | "of")
                || (words[at - 1] == "in" && x.kind == EntityKind::Organization))
            && PARTY_NOUNS.contains(&words[at - 2].as_str())
    };
    if people_of(gi) {
        return true;
    }
    // "the leaders of Britain, France, West Germany and Japan": each body of the list
    // whose first the people are of.
    let mut first = x.tok_start;
    while first >= 2
        && matches!(words[first - 1].as_str(), "," | "and")
        && let Some(prev) = others.iter().find(|o| {
            o.tok_end == first - 1
                && matches!(
                    o.kind,
                    EntityKind::Country | EntityKind::Organization | EntityKind::Place
                )
        })
    {
        first = prev.tok_start;
    }
    if first < x.tok_start
        && matches!(x.kind, EntityKind::Country | EntityKind::Place)
        && first >= 2
        && words[first - 1] == "of"
        && PARTY_NOUNS.contains(&words[first - 2].as_str())
    {
        return true;
    }
    // "Officials of the Federation of Economic Organisations (Keidanren) said in a
    // meeting with government officials", "X Corp told a meeting of union officials":
    // the body that speaks at the meeting.
    let speaks_to_it = |i: usize| {
        speaks_at(words, i, ti)
            || (matches!(words[i].as_str(), "told" | "tells" | "addressed")
                && ti - i <= 3
                && !toks[i + 1].cap)
    };
    let in_brackets =
        |i: usize| i > 0 && words[i - 1] == "(" && words.get(i + 1).is_some_and(|w| w == ")");
    if x.tok_end <= ti
        && x.tok_start >= a
        && let Some(verb) = (x.tok_end..ti).find(|&i| speaks_to_it(i))
        // ("results are expected to be announced at a meeting": no one speaks.)
        && (verb == 0
            || !matches!(
                words[verb - 1].as_str(),
                "be" | "been" | "being" | "is" | "are" | "was" | "were"
            ))
        && (x.tok_end..verb).all(|i| {
            covered(i)
                || words[i].chars().all(|c| !c.is_alphanumeric())
                || in_brackets(i)
                || SUBJECT_FILLERS.contains(&words[i].as_str())
        })
    {
        return true;
    }
    // "OPEC ministers will meet", "EC farm ministers will meet": the body's people.
    // ("European Community (EC) agriculture ministers gave their support … at a
    // meeting": the body's acronym in brackets between.)
    let bracketed = after == "(" && words.get(x.tok_end + 2).is_some_and(|w| w == ")");
    let people_after_acronym = bracketed
        && words.get(x.tok_end + 3).is_some_and(|w| {
            PARTY_NOUNS.contains(&w.as_str())
                || (describing(x.tok_end + 3)
                    && words
                        .get(x.tok_end + 4)
                        .is_some_and(|n| PARTY_NOUNS.contains(&n.as_str())))
        });
    if PARTY_NOUNS.contains(&after)
        || people_after_acronym
        || (x.kind == EntityKind::Organization
            && x.tok_end + 1 < ti
            && describing(x.tok_end)
            && !toks[x.tok_end].cap
            && PARTY_NOUNS.contains(&after2))
        || (after == "and"
            && PARTY_NOUNS
                .iter()
                .any(|p| words.get(x.tok_end + 2).is_some_and(|w| w == p)))
    {
        return true;
    }
    if matches!(after, "'s" | "’s") && (x.tok_end + 1 == ti || PARTY_NOUNS.contains(&after2)) {
        return true;
    }
    // Organization naming the meeting ("the NATO meeting", "the International Coffee
    // Organization executive board meeting").
    if x.kind == EntityKind::Organization
        && x.tok_end <= ti
        && ti - x.tok_end <= 3
        && (x.tok_end..ti).all(|i| {
            !toks[i].cap
                && words[i].chars().all(char::is_alphabetic)
                && !lexicon::is_function_word(&words[i])
        })
    {
        return true;
    }
    // "NATO and Russia are holding talks": the trigger's subject. (Not the name of a
    // round: "the Uruguay round of talks".)
    if x.tok_end <= ti
        && x.tok_start >= a
        && words
            .get(x.tok_end)
            .is_none_or(|w| w != "round" && w != "rounds")
    {
        // "Ford has held preliminary talks": adjectives of the trigger's noun phrase,
        // right after a filler such as "held" or "a".
        let mut modifiers = ti;
        while modifiers > x.tok_end
            && ti - modifiers < 3
            && !SUBJECT_FILLERS.contains(&words[modifiers - 1].as_str())
            && words[modifiers - 1]
                .chars()
                .all(|c| c.is_lowercase() || c == '-')
            && !lexicon::is_function_word(&words[modifiers - 1])
            && is_prenominal_modifier(text, &toks[modifiers - 1])
        {
            modifiers -= 1;
        }
        if modifiers > x.tok_end && !SUBJECT_FILLERS.contains(&words[modifiers - 1].as_str()) {
            modifiers = ti;
        }
        // "The ICO executive board will meet": one of the body's own organs.
        // ("Amicus's executive was due to meet".)
        // ("VW's supervisory board will meet": a word or two describing the organ.)
        let mut organ_end = x.tok_end;
        if words.get(organ_end).is_some_and(|w| w == "'s" || w == "’s")
            && let Some(organ) = (organ_end + 1..(organ_end + 4).min(modifiers))
                .take_while(|&i| !toks[i].cap && words[i].chars().all(char::is_alphabetic))
                .find(|&i| ORGANS.contains(&words[i].as_str()))
        {
            organ_end = organ;
        }
        while organ_end < modifiers && ORGANS.contains(&words[organ_end].as_str()) {
            organ_end += 1;
        }
        // "Argentina, seeking 2.15 bln dlrs in fresh loans, has been negotiating with
        // …": a participle's phrase set off by commas after the subject.
        if words.get(organ_end).is_some_and(|w| w == ",")
            && words.get(organ_end + 1).is_some_and(|w| is_participle(w))
            && let Some(close) = (organ_end + 2..modifiers).find(|&i| words[i] == ",")
            && (organ_end + 2..close).all(|i| !matches!(words[i].as_str(), "said" | "says"))
        {
            organ_end = close + 1;
        }
        if (organ_end..modifiers).all(|i| {
            let w = words[i].as_str();
            covered(i)
                || SUBJECT_FILLERS.contains(&w)
                // "is holding specially scheduled talks": an adverb.
                || (w.len() > 4 && w.ends_with("ly") && w.chars().all(|c| c.is_lowercase()))
                // "Deutsche Boerse and rival Euronext held talks": a word describing
                // the next party of the list.
                || (i > organ_end && words[i - 1] == "and" && describing(i) && covered(i + 1))
                || w.chars().all(|c| !c.is_alphanumeric())
                || is_party_word(w)
        }) {
            return true;
        }
    }
    // "The United States would offer a draft treaty at talks with the Soviet Union": the
    // subject of a clause that acts at the event, opening its clause or the words said.
    if matches!(x.kind, EntityKind::Country | EntityKind::Organization)
        && x.tok_end < ti
        && x.tok_start >= a
        && (bi == a
            || (bi > a
                && matches!(
                    words[bi - 1].as_str(),
                    "said" | "says" | "that" | "-" | "--"
                )))
        && let Some(at) = (x.tok_end..ti)
            .rev()
            .take(4)
            .find(|&i| matches!(words[i].as_str(), "at" | "during"))
        && (at + 1..ti).all(|i| matches!(words[i].as_str(), "the" | "a" | "an") || describing(i))
        && words.get(x.tok_end).is_some_and(|w| {
            matches!(
                w.as_str(),
                "will"
                    | "would"
                    | "is"
                    | "are"
                    | "was"
                    | "were"
                    | "has"
                    | "had"
                    | "plans"
                    | "intends"
            )
        })
        && at - x.tok_end <= 12
        && (x.tok_end..at).all(|i| {
            !covered(i)
                && !matches!(
                    words[i].as_str(),
                    "," | ";" | "that" | "which" | "who" | "and"
                )
        })
    {
        return true;
    }
    // "and Russia" continuing a list of parties after "with"/"between" ("talks with the
    // U.S., Japanese and European Community trade ministers"): every item of the list
    // from the "with" on is a party.
    // ("a meeting with industry and retail representatives as well as the British
    // Board of Film Classification": "as well as" continues the list too.)
    let as_well_as = before == "as" && bi >= 3 && words[bi - 2] == "well" && words[bi - 3] == "as";
    // ("held merger discussions with MCI, Reuters quoted sources as saying": a name
    // after the comma that reports is the source, not one more side.)
    let reports =
        REPORTING.contains(&after) || lexicon::SPEECH_VERBS.contains(&after) || after == "quoted";
    if (matches!(before, "and" | ",") || as_well_as)
        && !(before == "," && reports)
        && x.tok_start >= 3
        && (near_after || x.tok_end <= ti)
    {
        let Some(with) = (a..x.tok_start).rev().find(|&i| {
            matches!(words[i].as_str(), "with" | "between")
                || (matches!(words[i].as_str(), "from" | "for")
                    && i >= 1
                    && PARTY_NOUNS.contains(&words[i - 1].as_str()))
        }) else {
            return false;
        };
        // ("with Treasury Secretary James Baker and Democratic Sens. Ann Hale of Ohio,
        // Tom Reed of Iowa and …": the titles before the names, the partisan word and
        // each member's state are parts of the list too.)
        let titled = |i: usize| {
            others
                .iter()
                .any(|o| o.title.is_some_and(|(p, q)| p <= i && i < q))
        };
        let state_of_member = |i: usize| {
            words[i] == "of"
                && others
                    .iter()
                    .any(|o| o.kind == EntityKind::Person && o.tok_end == i)
                && others.iter().any(|o| {
                    matches!(o.kind, EntityKind::Place | EntityKind::Country)
                        && o.tok_start == i + 1
                })
        };
        let member_word = |i: usize| {
            toks[i].cap
                && (lexicon::singular_title(words[i].trim_end_matches('.')).is_some()
                    || lexicon::is_in(lexicon::PARTISANS, words[i].trim_end_matches("ic")))
        };
        return (with + 1..x.tok_start).all(|i| {
            covered(i)
                || titled(i)
                || state_of_member(i)
                || member_word(i)
                || words[i] == "."
                || matches!(
                    words[i].as_str(),
                    "," | "and" | "the" | "its" | "their" | "member" | "states"
                )
                || (as_well_as
                    && (matches!(words[i].as_str(), "as" | "well") || names_a_side(&words[i])))
                || (i < with + 4 && describing(i))
        });
    }
    false
}

fn is_party_word(w: &str) -> bool {
    let g = gazetteer();
    g.country(w).is_some() || !g.organizations(w).is_empty()
}

/// A capital city in party position stands for its country ("talks between Washington
/// and Moscow").
fn party_entity(found: &Found, x: &Mention) -> usize {
    if x.kind == EntityKind::Place {
        let name = &found.entity(x.entity).name;
        if let Some(c) = found_country_with_capital(found, name) {
            return c;
        }
    }
    x.entity
}

/// "meet his Turkish counterpart", "met the president", "meet their French
/// colleagues": a determiner after the verb, then (past a nationality) a title or a
/// word for the other side. ("Meet the target", "met their obligations" are not
/// meetings.)
fn meets_someone(text: &str, toks: &[Token], i: usize) -> bool {
    let w = |j: usize| {
        toks.get(j)
            .map(|t| t.span.of(text).to_lowercase())
            .unwrap_or_default()
    };
    if !matches!(
        w(i + 1).as_str(),
        "the" | "his" | "her" | "their" | "its" | "a"
    ) {
        // "meets political leaders", "will meet former presidents": a plural word for
        // people, after at most one lower-case modifier.
        let lower = |j: usize| {
            toks.get(j)
                .is_some_and(|t| !t.cap && t.span.of(text).chars().all(char::is_alphabetic))
        };
        // ("meet analysts' expectations": the plural modifies the noun after it.)
        let ends_phrase = |j: usize| {
            let x = w(j);
            x.is_empty()
                || !x.chars().all(char::is_alphabetic) && !matches!(x.as_str(), "'" | "’")
                || matches!(
                    x.as_str(),
                    "to" | "on"
                        | "in"
                        | "at"
                        | "from"
                        | "and"
                        | "for"
                        | "who"
                        | "with"
                        | "of"
                        | "today"
                        | "tomorrow"
                        | "yesterday"
                        | "next"
                        | "last"
                        | "earlier"
                        | "this"
                        | "later"
                        | "before"
                        | "after"
                        | "during"
                        | "here"
                )
        };
        // ("when they meet regulators today": bodies across the table count too.)
        // "met supporters' representatives": the people the plural's apostrophe
        // leads to.
        let owners_people = lower(i + 1)
            && matches!(w(i + 2).as_str(), "'" | "’")
            && lower(i + 3)
            && names_a_side(&w(i + 3));
        return owners_people
            || (lower(i + 1) && names_a_side(&w(i + 1)) && ends_phrase(i + 2))
            || (lower(i + 1) && lower(i + 2) && names_a_side(&w(i + 2)) && ends_phrase(i + 3));
    }
    (i + 2..i + 5).any(|j| {
        let x = w(j);
        lexicon::is_title_head(&x)
            || PARTY_NOUNS.contains(&x.as_str())
            || matches!(x.as_str(), "colleague" | "colleagues")
    })
}

/// "talks with party leaders", "meets political leaders", "to meet former
/// presidents": right after the trigger (and "with"), up to two lower-case words
/// naming no entity, then a plural word for people.
fn with_unnamed_people(
    text: &str,
    toks: &[Token],
    words: &[String],
    ms: &[Mention],
    ti: usize,
    end: usize,
) -> bool {
    if matches!(words[ti].as_str(), "meet" | "meets" | "met") && meets_someone(text, toks, ti) {
        return true;
    }
    // "attending a bilateral trade meeting": the meeting has sides the text need not
    // name.
    if (ti.saturating_sub(4)..ti)
        .rev()
        .take_while(|&i| !matches!(words[i].as_str(), "," | ";"))
        .any(|i| {
            matches!(
                words[i].as_str(),
                "bilateral" | "trilateral" | "multilateral" | "two-way" | "three-way" | "four-way"
            )
        })
    {
        return true;
    }
    let named = |i: usize| ms.iter().any(|m| m.tok_start <= i && i < m.tok_end);
    // "after a producers' meeting", "the ministers' talks": whose meeting it is, unnamed.
    if ti >= 2 && matches!(words[ti - 1].as_str(), "'" | "’") && names_a_side(&words[ti - 2]) {
        return true;
    }
    // "the informal meeting of trade ministers", "a meeting for securities analysts":
    // the people who meet, unnamed.
    if words.get(ti + 1).is_some_and(|w| w == "of" || w == "for")
        && (ti + 2..(ti + 5).min(end))
            .take_while(|&i| !named(i) && words[i].chars().all(char::is_alphabetic))
            .any(|i| names_people(&words[i]))
    {
        return true;
    }
    // ("a further meeting on Friday with industry and retail representatives": the
    // day may stand between the trigger and its "with".)
    let day_between = |k: usize| {
        k == ti + 3 && words[ti + 1] == "on" && lexicon::is_calendar_word(&words[ti + 2])
    };
    let Some(with) = (ti + 1..(ti + 4).min(end))
        .find(|&k| words[k] == "with")
        .filter(|&k| k == ti + 1 || day_between(k))
    else {
        return false;
    };
    // ("met with a senior Korean official": a nationality word no country is named by.)
    // ("with about 3,200 unionized workers": a count of them too.)
    // ("talks with \"several major pharmaceutical companies\"": in quotation marks.)
    let quoted = words
        .get(with + 1)
        .is_some_and(|w| matches!(w.as_str(), "\"" | "“" | "'" | "‘"));
    let with = if quoted { with + 1 } else { with };
    (with + 1..(with + 6).min(end))
        .take_while(|&i| {
            let w = &words[i];
            !named(i)
                && (!toks[i].cap || i > with + 1)
                && (w.chars().all(char::is_alphabetic)
                    || w.chars().all(|c| c.is_ascii_digit() || c == ','))
        })
        .any(|i| names_a_side(&words[i]) || public_figures(words, i))
}

/// "senior union figures", "opposition figures": people of standing, not numbers.
fn public_figures(words: &[String], i: usize) -> bool {
    words[i] == "figures"
        && i > 0
        && matches!(
            words[i - 1].as_str(),
            "senior"
                | "union"
                | "opposition"
                | "party"
                | "business"
                | "community"
                | "leading"
                | "political"
                | "government"
                | "religious"
                | "industry"
        )
}

/// "talks between Brazil and commercial bank lenders": one side named, the other a
/// plural word within three lower-case words after the "and".
fn between_named_and_unnamed(
    toks: &[Token],
    words: &[String],
    ms: &[Mention],
    ti: usize,
    end: usize,
) -> bool {
    if words.get(ti + 1).is_none_or(|w| w != "between") {
        return false;
    }
    let named = |i: usize| ms.iter().any(|m| m.tok_start <= i && i < m.tok_end);
    let Some(and) = (ti + 2..end.min(ti + 10))
        .take_while(|&i| named(i) || matches!(words[i].as_str(), "the" | "its" | "their"))
        .last()
        .map(|i| i + 1)
        .filter(|&i| words.get(i).is_some_and(|w| w == "and") && named(i - 1))
    else {
        return false;
    };
    (and + 1..(and + 5).min(end))
        .take_while(|&i| !named(i) && !toks[i].cap && words[i].chars().all(char::is_alphabetic))
        .any(|i| names_a_side(&words[i]))
}

/// Plural words for the bodies across the table that news often leaves unnamed:
/// "held preliminary talks with two companies", "negotiating with creditor banks".
const UNNAMED_COUNTERPARTIES: &[&str] = &[
    "companies",
    "firms",
    "banks",
    "creditors",
    "lenders",
    "unions",
    "investors",
    "buyers",
    "suitors",
    "bidders",
    "producers",
    "exporters",
    "importers",
    "partners",
    "governments",
    "regulators",
    "bankers",
    "underwriters",
    "institutions",
    "bondholders",
    "noteholders",
    "suppliers",
    "customers",
    "dealers",
    "advisers",
    "shareholders",
    "stockholders",
    "analysts",
    "workers",
];

/// "talks with Reagan Administration officials", "talks with Soviet counterparts":
/// right after the trigger, "with" and, within five words, a word for people.
fn with_people(words: &[String], ti: usize, end: usize) -> bool {
    words.get(ti + 1).is_some_and(|w| w == "with")
        && (ti + 2..(ti + 7).min(end)).any(|i| names_people(&words[i]))
}

/// A plural word for the people of a side: "officials", "leaders", "presidents".
fn names_people(word: &str) -> bool {
    PARTY_NOUNS.contains(&word) || lexicon::singular_title(word).is_some()
}

/// A plural word for a side left unnamed, its people or its bodies: "officials",
/// "companies", "regulators".
fn names_a_side(word: &str) -> bool {
    names_people(word) || UNNAMED_COUNTERPARTIES.contains(&word)
}

/// "talks with Administration officials", "met government ministers": right after
/// the trigger, "with" and up to three words naming no entity, then officials.
fn with_unnamed_officials(words: &[String], ms: &[Mention], ti: usize, end: usize) -> bool {
    if words.get(ti + 1).is_none_or(|w| w != "with") {
        return false;
    }
    let named = |i: usize| ms.iter().any(|m| m.tok_start <= i && i < m.tok_end);
    (ti + 2..(ti + 6).min(end))
        .take_while(|&i| !named(i) && words[i] != "and")
        .any(|i| {
            matches!(
                words[i].as_str(),
                "officials" | "ministers" | "representatives"
            )
        })
}

/// The country entity of the article for an event's place: the place itself when it
/// is a country, else the country the gazetteer puts the city in, when the article
/// names that country too.
fn country_of_place(found: &Found, place: usize) -> Option<usize> {
    let e = found.entity(place);
    if e.kind == EntityKind::Country {
        return Some(place);
    }
    let iso = gazetteer()
        .places(&e.name)
        .into_iter()
        .max_by_key(|p| p.population)?
        .country
        .clone()?;
    country_entity(found, &iso)
}

/// "Wallis, who is attending a bilateral trade meeting" in Tokyo, Wallis a U.S.
/// official: the two sides of a bilateral meeting or talks are the country an
/// attendee holds office for and the country it is held in.
pub fn bilateral_sides(text: &str, events: &mut [EventFact], roles: &[RoleFact], found: &Found) {
    for e in events.iter_mut() {
        if !matches!(e.kind, EventKind::Meeting | EventKind::Talks) {
            continue;
        }
        // ("bilateral trade meeting": the word qualifies this event's own noun.)
        let nouns: &[&str] = if e.kind == EventKind::Meeting {
            &["meeting", "meetings"]
        } else {
            &["talks", "negotiations", "discussions"]
        };
        let bilateral = e
            .evidence
            .iter()
            .any(|span| word_then_noun(span.of(text), "bilateral", 3, nouns));
        let Some(host) = e.place.and_then(|p| country_of_place(found, p)) else {
            continue;
        };
        if !bilateral {
            continue;
        }
        let visiting: Vec<usize> = roles
            .iter()
            .filter(|r| e.attendees.contains(&r.person))
            .filter_map(|r| r.organization)
            .filter(|&o| o != host && found.entity(o).kind == EntityKind::Country)
            .collect();
        if let [side, ..] = visiting[..] {
            push_unique(&mut e.attendees, side);
            push_unique(&mut e.attendees, host);
        }
    }
}

/// The article's entity for the country of this ISO code, if it has one.
fn country_entity(found: &Found, iso2: &str) -> Option<usize> {
    (0..found.len()).find(|&i| {
        found.entity(i).kind == EntityKind::Country
            && found.entity(i).country_code.as_deref() == Some(iso2)
    })
}

fn found_country_with_capital(found: &Found, city: &str) -> Option<usize> {
    let g = gazetteer();
    let places = g.places(city);
    let p = places.first()?;
    let iso = p.country.as_deref()?;
    let c = g.country_by_iso2(iso)?;
    if !c.capital.as_deref().is_some_and(|cap| {
        cap.split('|')
            .any(|x| crate::text::fold_key(x) == crate::text::fold_key(city))
    }) {
        return None;
    }
    country_entity(found, iso)
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Gender {
    Male,
    Female,
    Plural,
}

/// The people "he", "she" and "they" can refer to, from the last two sentences before
/// this one: in each, the speaker of a reporting verb ("…, X said.") or else the first
/// person named, whose given name fits the pronoun (from the bulk given-name data), as
/// the subject usually comes first ("Gen X held talks with Y on Monday. He arrived …":
/// X); a sentence opening
/// with the pronoun keeps the referent it had ("He arrived …, where he met Z. He is due
/// to …": still X). For "they", the last pair of people named together ("Funaro and
/// central bank president Francisco Gros"), if any.
#[derive(Debug, Clone, Default)]
struct Antecedents {
    he: Option<usize>,
    she: Option<usize>,
    they: Option<(usize, usize)>,
    /// The people named in the three sentences before, the last named first.
    recent: Vec<usize>,
}

impl Antecedents {
    fn before(text: &str, sentences: &[Sentence], found: &Found, si: usize) -> Self {
        let mut out = Antecedents::default();
        // Only the last two sentences: farther back, a pronoun is a guess.
        let from = si.saturating_sub(2);
        for (ms, sentence) in found.by_sentence[from..si].iter().zip(&sentences[from..si]) {
            let toks = &sentence.tokens;
            let in_quote = quotation_test(text, sentence);
            let persons: Vec<&Mention> = ms
                .iter()
                .filter(|m| m.kind == EntityKind::Person && !in_quote(&toks[m.tok_start]))
                .collect();
            let opens_with = |pronoun: &str| {
                toks.iter()
                    .take(3)
                    .any(|t| t.span.of(text).eq_ignore_ascii_case(pronoun))
                    && persons.first().is_none_or(|m| m.tok_start > 3)
            };
            let fits = |m: &Mention| gender_fits(found, m.entity);
            let pick = |keep: bool, want: fn((bool, bool)) -> bool| -> Option<usize> {
                if keep {
                    return None;
                }
                let fitting: Vec<&&Mention> = persons.iter().filter(|m| want(fits(m))).collect();
                let speaker = fitting.iter().find(|m| {
                    toks.get(m.tok_end)
                        .is_some_and(|t| lexicon::SPEECH_VERBS.contains(&t.span.of(text)))
                });
                speaker.or(fitting.first()).map(|m| m.entity)
            };
            let he = pick(opens_with("he") && out.he.is_some(), |f| f.0);
            let she = pick(opens_with("she") && out.she.is_some(), |f| f.1);
            out.he = he.or(out.he);
            out.she = she.or(out.she);
            for w in persons.windows(2) {
                if w[0].entity != w[1].entity
                    && joined_by_and(text, toks, w[0].tok_end, w[1].tok_start)
                {
                    out.they = Some((w[0].entity, w[1].entity));
                }
            }
        }
        for (ms, sentence) in found.by_sentence[si.saturating_sub(3)..si]
            .iter()
            .zip(&sentences[si.saturating_sub(3)..si])
            .rev()
        {
            let in_quote = quotation_test(text, sentence);
            for m in ms.iter().rev() {
                if m.kind == EntityKind::Person
                    && !in_quote(&sentence.tokens[m.tok_start])
                    && !out.recent.contains(&m.entity)
                {
                    out.recent.push(m.entity);
                }
            }
        }
        out
    }
    /// The people the pronoun stands for.
    fn of(&self, g: Gender) -> Vec<usize> {
        match g {
            Gender::Male => self.he.into_iter().collect(),
            Gender::Female => self.she.into_iter().collect(),
            Gender::Plural => self.they.map(|(a, b)| vec![a, b]).unwrap_or_default(),
        }
    }
}

/// Whether a person may be "he" and whether "she", by the given name's records (a
/// name of neither, or of both, may be either).
fn gender_fits(found: &Found, person: usize) -> (bool, bool) {
    let first = found
        .entity(person)
        .name
        .split_whitespace()
        .next()
        .unwrap_or("");
    let st = gazetteer().given_name_stats(first);
    let male = st.male > 0 && st.female == 0;
    let female = st.female > 0 && st.male == 0;
    (male || !female, female || !male)
}

/// A present participle opening a phrase ("seeking", not "during" or "including").
fn is_participle(w: &str) -> bool {
    w.len() > 4
        && w.ends_with("ing")
        && w.chars().all(|c| c.is_ascii_lowercase())
        && !ING_PREPOSITIONS.contains(&w)
}

/// "him", or "her" as an object ("talks with her yesterday", not "with her
/// counterpart"): the pronoun's gender.
fn object_pronoun(words: &[String], i: usize) -> Option<Gender> {
    match words[i].as_str() {
        "him" => Some(Gender::Male),
        "her" => {
            let next = words.get(i + 1).map(String::as_str).unwrap_or("");
            let object = !next.chars().any(char::is_alphanumeric)
                || lexicon::is_function_word(next)
                || lexicon::is_calendar_word(next)
                || matches!(
                    next,
                    "today" | "yesterday" | "tomorrow" | "tonight" | "last" | "next"
                );
            object.then_some(Gender::Female)
        }
        _ => None,
    }
}

/// "the two meet", "the two leaders will meet", "the two men are to hold talks": where
/// "the two" opens the subject of the trigger at `ti`, within the clause from `a`.
fn the_two_before(words: &[String], a: usize, ti: usize) -> Option<usize> {
    let at = (a..ti)
        .rev()
        .take(5)
        .find(|&i| words[i] == "two" && i > a && words[i - 1] == "the")?;
    let rest = &words[at + 1..ti];
    let people = |w: &str| names_people(w) || matches!(w, "men" | "women" | "sides" | "ministers");
    let aux = |w: &str| {
        matches!(
            w,
            "will"
                | "would"
                | "are"
                | "were"
                | "to"
                | "again"
                | "also"
                | "have"
                | "had"
                | "last"
                | "later"
                | "then"
                | "first"
                | "can"
                | "could"
                | "should"
                | "may"
                | "might"
        )
    };
    let ok = match rest.split_first() {
        Some((w, tail)) if people(w) => tail.iter().all(|w| aux(w)),
        _ => rest.iter().all(|w| aux(w)),
    };
    ok.then_some(at - 1)
}

/// "X and Y", "X and central bank president Y": the words between two names are "and"
/// and a title phrase, with no punctuation or verb.
fn joined_by_and(text: &str, toks: &[Token], from: usize, to: usize) -> bool {
    if from >= to || to - from > 6 || !toks[from].span.of(text).eq_ignore_ascii_case("and") {
        return false;
    }
    toks[from + 1..to].iter().all(|t| {
        let w = t.span.of(text);
        t.cap
            || t.acronym
            || (w.chars().all(|c| c.is_lowercase() || c == '-')
                && !lexicon::is_function_word(w)
                && !w.ends_with("ed"))
    })
}

/// Capitals can stand for their country as a party ("talks between Washington and
/// Moscow"): make sure the country exists as an entity to stand in.
fn ensure_capital_countries(found: &mut Found) {
    let g = gazetteer();
    let places: Vec<String> = (0..found.len())
        .filter(|&i| found.entity(i).kind == EntityKind::Place)
        .map(|i| found.entity(i).name.clone())
        .collect();
    for name in places {
        let Some(p) = g.places(&name).into_iter().next() else {
            continue;
        };
        let Some(c) = p.country.as_deref().and_then(|iso| g.country_by_iso2(iso)) else {
            continue;
        };
        if c.capital.as_deref().is_some_and(|cap| {
            cap.split('|')
                .any(|x| crate::text::fold_key(x) == crate::text::fold_key(&name))
        }) {
            found.ensure_country(&c.iso2, &c.name);
        }
    }
}

fn states_presence(text: &str, toks: &[Token], ms: &[Mention]) -> bool {
    let words: Vec<String> = toks
        .iter()
        .map(|t| t.span.of(text).to_lowercase())
        .collect();
    // ("the lawyer representing Mr Abbasi": one who acts for a person is no side at
    // an event.)
    let represents_a_person = |i: usize| {
        ms.iter()
            .find(|m| m.tok_start > i)
            .is_some_and(|m| m.kind == EntityKind::Person && m.tok_start <= i + 2)
    };
    // ("the proposals represent a hardening", "represents about 5 pct": what stands
    // for a thing or an amount.)
    let represents_a_thing = |i: usize| {
        words.get(i + 1).is_some_and(|w| {
            matches!(
                w.as_str(),
                "a" | "an" | "about" | "only" | "nearly" | "almost" | "more" | "less" | "some"
            ) || w.starts_with(|c: char| c.is_ascii_digit())
        })
    };
    words.windows(2).any(|w| {
        matches!(
            (w[0].as_str(), w[1].as_str()),
            ("were" | "was" | "are" | "is", "present") | ("took", "part") | ("also", "attended")
        )
    }) || words.iter().enumerate().any(|(i, w)| {
        matches!(w.as_str(), "attended" | "participated")
            || matches!(w.as_str(), "represent" | "representing" | "represented")
                && !represents_a_person(i)
                && !represents_a_thing(i)
    })
}

fn side_of(text: &str, s: &Sentence, ms: &[Mention]) -> Option<usize> {
    let toks = &s.tokens;
    for m in ms {
        if m.kind != EntityKind::Country && m.kind != EntityKind::Organization {
            continue;
        }
        let mut e = m.tok_end;
        if e < toks.len() && matches!(toks[e].span.of(text), "'s" | "’s") {
            e += 1;
        }
        if e < toks.len() && toks[e].span.of(text) == "side" {
            return Some(m.entity);
        }
    }
    None
}
