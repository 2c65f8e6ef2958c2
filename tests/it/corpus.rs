//! The facts the seed articles in `corpus/` state, checked through the real binary and
//! the real on-disk store. Each test fails if a fact is missing or a wrong one appears.

use std::path::PathBuf;
use std::sync::OnceLock;

use crate::util::{build, export_nquads, newsgraph, repo, select};

/// One store built from corpus/ for all read-only tests.
fn store() -> PathBuf {
    static STORE: OnceLock<(tempfile::TempDir, PathBuf)> = OnceLock::new();
    STORE
        .get_or_init(|| {
            let dir = tempfile::tempdir().expect("tempdir");
            let store = dir.path().join("store");
            build(&store, &[&repo().join("corpus")]);
            (dir, store)
        })
        .1
        .clone()
}

const PREFIXES: &str = "PREFIX schema: <https://schema.org/> PREFIX org: <http://www.w3.org/ns/org#> PREFIX prov: <http://www.w3.org/ns/prov#> PREFIX skos: <http://www.w3.org/2004/02/skos/core#> PREFIX oa: <http://www.w3.org/ns/oa#> ";

/// Events at `place` on `date` and their attendees' names.
fn events_at(place: &str, date: &str) -> Vec<(String, Vec<String>)> {
    let q = format!(
        "{PREFIXES} SELECT ?e ?who WHERE {{ ?e a schema:Event ; schema:location/schema:name \"{place}\" ; schema:startDate ?d . FILTER(STR(?d) = \"{date}\") OPTIONAL {{ ?e schema:attendee/schema:name ?who }} }}"
    );
    let mut out: Vec<(String, Vec<String>)> = Vec::new();
    for row in select(&store(), &q) {
        let who = row.get(1).cloned().unwrap_or_default();
        match out.iter_mut().find(|(e, _)| *e == row[0]) {
            Some((_, v)) => v.push(who),
            None => out.push((row[0].clone(), vec![who])),
        }
    }
    out
}

#[test]
fn nato_russia_council_meeting_is_one_event_with_its_attendees() {
    let events = events_at("Brussels", "2022-01-12");
    assert_eq!(
        events.len(),
        1,
        "one event node for the Brussels meeting: {events:?}"
    );
    let who = &events[0].1;
    for name in ["Jens Stoltenberg", "Alexander Grushko", "Alexander Fomin"] {
        assert!(who.iter().any(|w| w == name), "{name} attended: {who:?}");
    }
}

#[test]
fn brussels_meeting_is_derived_from_every_article_reporting_it() {
    let q = format!(
        "{PREFIXES} SELECT DISTINCT ?key WHERE {{ ?e a schema:Event ; schema:location/schema:name \"Brussels\" ; prov:wasDerivedFrom ?d . ?d a schema:NewsArticle ; <https://w3id.org/newsgraph/ns#sourceKey> ?key }}"
    );
    let mut keys: Vec<String> = select(&store(), &q)
        .into_iter()
        .map(|r| r[0].clone())
        .collect();
    keys.sort();
    let prefixes: Vec<&str> = keys.iter().map(|k| &k[..3]).collect();
    assert_eq!(prefixes, ["000", "001", "002", "003", "004"], "{keys:?}");
}

#[test]
fn geneva_talks_are_one_event_with_sherman_and_ryabkov() {
    let events = events_at("Geneva", "2022-01-10");
    assert_eq!(events.len(), 1, "{events:?}");
    for name in ["Wendy Sherman", "Sergei Ryabkov"] {
        assert!(
            events[0].1.iter().any(|w| w == name),
            "{name}: {:?}",
            events[0].1
        );
    }
}

#[test]
fn osce_talks_in_vienna_are_an_event() {
    let events = events_at("Vienna", "2022-01-13");
    assert_eq!(events.len(), 1, "{events:?}");
}

fn roles() -> Vec<(String, String, String)> {
    let q = format!(
        "{PREFIXES} SELECT ?p ?r ?o WHERE {{ ?m a org:Membership ; org:member/schema:name ?p ; org:role/skos:prefLabel ?r ; org:organization/schema:name ?o }}"
    );
    select(&store(), &q)
        .into_iter()
        .map(|r| (r[0].clone(), r[1].clone(), r[2].clone()))
        .collect()
}

#[test]
fn roles_stated_in_the_articles_are_memberships() {
    let roles = roles();
    let has = |p: &str, r: &str, o: &str| roles.iter().any(|(a, b, c)| a == p && b == r && c == o);
    assert!(
        has("Jens Stoltenberg", "Secretary General", "NATO"),
        "{roles:#?}"
    );
    assert!(
        has("Sergei Ryabkov", "Deputy Foreign Minister", "Russia"),
        "{roles:#?}"
    );
    assert!(
        has("Julianne Smith", "Ambassador to NATO", "United States"),
        "{roles:#?}"
    );
    assert!(
        has("Maria Zakharova", "Spokeswoman", "Russian Foreign Ministry"),
        "{roles:#?}"
    );
    assert!(has("Vladimir Putin", "President", "Russia"), "{roles:#?}");
    assert!(
        has("Dmytro Kuleba", "Foreign Minister", "Ukraine"),
        "{roles:#?}"
    );
    assert!(has("John Kirby", "Spokesman", "Pentagon"), "{roles:#?}");
    assert!(
        has("Alexander Grushko", "Deputy Foreign Minister", "Russia"),
        "{roles:#?}"
    );
}

#[test]
fn one_role_node_for_spelling_variants() {
    // "Secretary-General" and "Secretary General" are one role.
    let q = format!("{PREFIXES} SELECT ?l WHERE {{ ?r a org:Role ; skos:prefLabel ?l }}");
    let labels: Vec<String> = select(&store(), &q)
        .into_iter()
        .map(|r| r[0].to_lowercase().replace('-', " "))
        .collect();
    let n = labels.iter().filter(|l| *l == "secretary general").count();
    assert_eq!(n, 1, "{labels:?}");
}

fn person_names() -> Vec<String> {
    let q = format!("{PREFIXES} SELECT ?n WHERE {{ ?p a schema:Person ; schema:name ?n }}");
    select(&store(), &q)
        .into_iter()
        .map(|r| r[0].clone())
        .collect()
}

#[test]
fn page_chrome_names_are_not_people_of_the_graph() {
    // Headline lists, the author bio and READ MORE teasers name people the articles
    // are not about.
    let names = person_names();
    for chrome in [
        "Trump",
        "Jimmy Lai",
        "Nathan Rivera",
        "Rand Paul",
        "Fauci",
        "Troy Edgar",
        "Lukashenko",
        "Maduro",
    ] {
        assert!(
            !names.iter().any(|n| n.contains(chrome)),
            "{chrome} must not be a person: {names:?}"
        );
    }
}

#[test]
fn no_person_node_is_a_non_person() {
    let names = person_names();
    assert!(
        names.len() >= 12,
        "the articles name at least 12 people: {names:?}"
    );
    for bad in [
        "Attack Kills",
        "Javelin",
        "Kiev",
        "Instagram",
        "Moscow",
        "Kremlin",
        "Geneva",
        "Secretary",
    ] {
        assert!(
            !names.iter().any(|n| n.contains(bad)),
            "{bad} is not a person: {names:?}"
        );
    }
}

#[test]
fn people_are_named_in_full_once() {
    let names = person_names();
    for full in [
        "Jens Stoltenberg",
        "Sergei Ryabkov",
        "Wendy Sherman",
        "Joe Biden",
        "Vladimir Putin",
        "Antony Blinken",
        "Josep Borrell",
        "Ned Price",
        "Victoria Nuland",
        "Volodymyr Zelenskiy",
    ] {
        assert_eq!(
            names.iter().filter(|n| *n == full).count(),
            1,
            "{full}: {names:?}"
        );
    }
    for short in [
        "Stoltenberg",
        "Sherman",
        "Biden",
        "Putin",
        "Blinken",
        "Borrell",
        "Ryabkov",
    ] {
        assert!(
            !names.iter().any(|n| n == short),
            "{short} alone must join the full name: {names:?}"
        );
    }
}

#[test]
fn every_event_and_membership_has_an_evidence_quote_from_its_article() {
    let q = format!(
        "{PREFIXES} SELECT ?x WHERE {{ {{ ?x a schema:Event }} UNION {{ ?x a org:Membership }} FILTER NOT EXISTS {{ ?x prov:wasDerivedFrom ?ev . ?ev oa:hasSource ?d ; oa:hasSelector/oa:exact ?quote . ?x prov:wasDerivedFrom ?d }} }}"
    );
    assert!(select(&store(), &q).is_empty());
    let count = format!(
        "{PREFIXES} SELECT (COUNT(*) AS ?n) WHERE {{ ?x prov:wasDerivedFrom/oa:hasSelector/oa:exact ?q }}"
    );
    let n: usize = select(&store(), &count)[0][0].parse().unwrap_or(0);
    assert!(n > 20, "evidence quotes: {n}");
}

#[test]
fn evidence_quotes_are_exact_substrings_of_the_articles() {
    let q = format!(
        "{PREFIXES} SELECT ?key ?quote WHERE {{ ?ev oa:hasSource ?d ; oa:hasSelector/oa:exact ?quote . ?d <https://w3id.org/newsgraph/ns#sourceKey> ?key }}"
    );
    let rows = select(&store(), &q);
    assert!(!rows.is_empty());
    for r in rows {
        let text = std::fs::read_to_string(repo().join("corpus").join(&r[0])).expect("article");
        let quote = r[1]
            .replace("\\n", "\n")
            .replace("\\t", "\t")
            .replace("\\\\", "\\");
        assert!(text.contains(&quote), "{} does not contain {quote:?}", r[0]);
    }
}

#[test]
fn talks_query_answers_who_attended_which_talk() {
    let out = newsgraph()
        .args(["query", "-f"])
        .arg(repo().join("ontology/queries/talks.rq"))
        .arg("--store")
        .arg(store())
        .output()
        .expect("run");
    assert!(out.status.success());
    let table = String::from_utf8(out.stdout).expect("utf-8");
    let line = table
        .lines()
        .find(|l| l.contains("2022-01-12") && l.contains("Alexander Fomin"))
        .unwrap_or_default();
    assert!(line.contains("Brussels"), "{table}");
}

#[test]
fn rebuilding_the_same_corpus_changes_nothing() {
    let dir = tempfile::tempdir().expect("tempdir");
    let store = dir.path().join("store");
    build(&store, &[&repo().join("corpus")]);
    let first = export_nquads(&store);
    let log = build(&store, &[&repo().join("corpus")]);
    assert!(
        log.contains("0 extracted") && log.contains("0 article graphs written"),
        "{log}"
    );
    assert_eq!(first, export_nquads(&store));
    let mut lines: Vec<&str> = first.lines().collect();
    let n = lines.len();
    lines.sort();
    lines.dedup();
    assert_eq!(n, lines.len(), "no duplicate quads");
}

#[test]
fn a_changed_article_replaces_its_statements() {
    let dir = tempfile::tempdir().expect("tempdir");
    let corpus = dir.path().join("corpus");
    std::fs::create_dir(&corpus).expect("mkdir");
    for f in std::fs::read_dir(repo().join("corpus")).expect("corpus") {
        let f = f.expect("entry").path();
        std::fs::copy(&f, corpus.join(f.file_name().expect("name"))).expect("copy");
    }
    let store = dir.path().join("store");
    build(&store, &[&corpus]);
    let q = format!("{PREFIXES} SELECT ?n WHERE {{ ?p a schema:Person ; schema:name ?n }}");
    assert!(select(&store, &q).iter().any(|r| r[0] == "Maria Zakharova"));
    // Rewrite article 002 without its Zakharova sentence.
    let path = corpus.join("002_f4ca3fa2ac2a72da.txt");
    let text = std::fs::read_to_string(&path).expect("read");
    let edited: String = text
        .lines()
        .filter(|l| !l.contains("Zakharova"))
        .map(|l| format!("{l}\n"))
        .collect();
    std::fs::write(&path, edited).expect("write");
    let log = build(&store, &[&corpus]);
    assert!(log.contains("1 extracted"), "{log}");
    assert!(!select(&store, &q).iter().any(|r| r[0] == "Maria Zakharova"));
}

#[test]
fn query_formats_are_standard() {
    let out = newsgraph()
        .args([
            "query",
            "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }",
            "--format",
            "json",
            "--store",
        ])
        .arg(store())
        .output()
        .expect("run");
    assert!(out.status.success());
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("SPARQL JSON");
    assert_eq!(v["head"]["vars"][0], "n");
    let n: usize = v["results"]["bindings"][0]["n"]["value"]
        .as_str()
        .unwrap_or("0")
        .parse()
        .unwrap_or(0);
    assert!(n > 200, "{n} triples");
}

#[test]
fn export_formats_parse_back() {
    for (fmt, rdf) in [
        ("turtle", oxigraph::io::RdfFormat::Turtle),
        ("nquads", oxigraph::io::RdfFormat::NQuads),
        ("trig", oxigraph::io::RdfFormat::TriG),
    ] {
        let out = newsgraph()
            .args(["export", "--format", fmt, "--store"])
            .arg(store())
            .output()
            .expect("run");
        assert!(out.status.success());
        let n = oxigraph::io::RdfParser::from_format(rdf)
            .for_slice(&out.stdout)
            .count();
        assert!(n > 200, "{fmt}: {n}");
    }
    let out = newsgraph()
        .args(["export", "--format", "dot", "--store"])
        .arg(store())
        .output()
        .expect("run");
    let dot = String::from_utf8(out.stdout).expect("utf-8");
    assert!(dot.starts_with("digraph") && dot.contains("Jens Stoltenberg"));
}

#[test]
fn missing_store_is_a_clear_error() {
    let dir = tempfile::tempdir().expect("tempdir");
    let out = newsgraph()
        .args(["query", "ASK {}", "--store"])
        .arg(dir.path().join("nope"))
        .output()
        .expect("run");
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("no store here"));
}

/// (name, Wikidata QID) of every linked entity.
fn wikidata_links() -> Vec<(String, String)> {
    let q = "PREFIX schema: <https://schema.org/> PREFIX owl: <http://www.w3.org/2002/07/owl#> \
             SELECT ?n ?x WHERE { ?s schema:name ?n ; owl:sameAs ?x \
             FILTER(STRSTARTS(STR(?x), \"http://www.wikidata.org/entity/\")) }";
    select(&store(), q)
        .into_iter()
        .map(|r| {
            let qid = r[1].rsplit('/').next().unwrap_or_default().to_string();
            (r[0].clone(), qid)
        })
        .collect()
}

#[test]
fn entities_in_the_bundled_data_are_linked_to_wikidata() {
    let links = wikidata_links();
    for (name, qid) in [
        ("Jens Stoltenberg", "Q57665"),
        ("Vladimir Putin", "Q7747"),
        ("Joe Biden", "Q6279"),
        ("Antony Blinken", "Q7821917"),
        ("Wendy Sherman", "Q4169153"),
        ("NATO", "Q7184"),
        ("Geneva", "Q71"),
        ("Brussels", "Q239"),
        ("Russia", "Q159"),
    ] {
        assert!(
            links.iter().any(|(n, q)| n == name && q == qid),
            "{name} not linked to {qid}: {links:?}"
        );
    }
}

#[test]
fn every_wikidata_link_is_to_an_item_of_that_name_and_one_per_entity() {
    let links = wikidata_links();
    assert!(links.len() >= 20, "{links:?}");
    let g = newsgraph::gazetteer::gazetteer();
    for (name, qid) in &links {
        assert_eq!(
            links.iter().filter(|(n, _)| n == name).count(),
            1,
            "{name} has several Wikidata links: {links:?}"
        );
        if let Some(p) = g.person_by_qid(qid) {
            let key = newsgraph::gazetteer::normalize(name);
            assert!(
                newsgraph::gazetteer::normalize(&p.name) == key
                    || p.alt_names
                        .iter()
                        .any(|a| newsgraph::gazetteer::normalize(a) == key),
                "{name} linked to {qid}, which is {}",
                p.name
            );
        }
    }
}

#[test]
fn an_event_dated_only_to_a_month_carries_that_month_as_its_partial_date() {
    let dir = tempfile::tempdir().expect("tempdir");
    let article = dir.path().join("summit.md");
    std::fs::write(
        &article,
        "---\npublished: 1987-03-03\n---\nWASHINGTON, March 3 - President Ronald Reagan said \
         the draft followed the formula he agreed upon with Mikhail Gorbachev at their summit \
         meeting last October in Reykjavik.\n",
    )
    .expect("write");
    let store = dir.path().join("store");
    build(&store, &[&article]);
    let rows = select(
        &store,
        "PREFIX schema: <https://schema.org/>
         PREFIX ng: <https://w3id.org/newsgraph/ns#>
         PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
         SELECT ?d WHERE { ?e a schema:Event ; ng:partialDate ?d .
                           FILTER(datatype(?d) = xsd:gYearMonth)
                           FILTER NOT EXISTS { ?e schema:startDate ?s } }",
    );
    assert_eq!(rows, [["1986-10"]]);
}
