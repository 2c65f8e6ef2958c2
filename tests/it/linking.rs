//! Linking: one fixture per disambiguation pattern (against the bundled gazetteer), a
//! user dataset (`--link-with`), and a real SPARQL server (`--link-endpoint`: the
//! Oxigraph server from PyPI, installed by scripts/bootstrap.sh, on 127.0.0.1).

use std::io::Write;
use std::net::{TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Child, Command as Process, Stdio};
use std::time::{Duration, Instant};

use newsgraph::extract;
use newsgraph::ingest;
use newsgraph::link::{ExternalId, Linker};

use crate::util::{newsgraph, select};

/// Entity name → its link's short identifiers, for every entity of a one-article text.
fn links(text: &str) -> Vec<(String, Vec<String>)> {
    let doc = ingest::document_from_text(
        "fixture.txt",
        Path::new("fixture.txt"),
        text.as_bytes(),
        "txt",
    )
    .expect("document");
    let facts = vec![extract::extract(&doc)];
    let res = newsgraph::resolve::resolve(&facts);
    let (links, _) = Linker::bundled().link_all(&facts, &res);
    res.entities
        .iter()
        .zip(links)
        .map(|(e, l)| {
            (
                e.name.clone(),
                l.map(|l| l.ids.iter().map(ExternalId::short).collect())
                    .unwrap_or_default(),
            )
        })
        .collect()
}

fn link_of(text: &str, name: &str) -> Vec<String> {
    let all = links(text);
    all.iter()
        .find(|(n, _)| n == name)
        .unwrap_or_else(|| panic!("no entity {name:?} in {all:?}"))
        .1
        .clone()
}

#[test]
fn a_stated_office_that_fits_links_the_office_holder() {
    let text =
        "Canadian Immigration Minister Jason Kenney said on Monday that the rules would change.";
    assert_eq!(link_of(text, "Jason Kenney"), ["Q3162959"]);
}

#[test]
fn a_job_the_office_holder_never_had_rules_him_out() {
    // Same name as a Canadian minister in the bundled data; an analyst is someone else.
    let text = "Jason Kenney, an analyst at ING Financial Markets, said the figures were weak. \
                Canada's economy grew by 2% last year.";
    assert_eq!(link_of(text, "Jason Kenney"), Vec::<String>::new());
}

#[test]
fn a_post_in_a_body_outside_government_rules_the_office_holder_out() {
    // A chamber of commerce's director general is not the minister of the same name.
    let text = "Jason Kenney, director general of the Vantra Chamber of Commerce, said the \
                figures were weak. Canada's economy grew by 2% last year.";
    assert_eq!(link_of(text, "Jason Kenney"), Vec::<String>::new());
}

#[test]
fn a_small_town_abroad_is_not_the_place_of_a_story_about_another_country() {
    let text = "The minister spoke to party workers in Armidale on Friday. Britain's economy \
                grew by 2% last year.";
    assert_eq!(link_of(text, "Armidale"), Vec::<String>::new());
    // Named with its own country, it is linked.
    let text = "The minister spoke to party workers in Armidale on Friday. Australia's \
                economy grew by 2% last year.";
    assert!(!link_of(text, "Armidale").is_empty());
}

#[test]
fn a_place_set_off_by_its_region_lies_in_that_regions_country() {
    let text = "BIRMINGHAM, Ala., March 12 - Vantra Corp said profit rose 12 pct.";
    assert_eq!(link_of(text, "BIRMINGHAM"), ["Q79867", "geonames:4049979"]);
    // No Malvern in Pennsylvania in the bundled data: none of the others, and "Pa" is
    // no two-letter town.
    let text = "MALVERN, Pa, March 12 - Vantra Corp said it would buy Kestrel Inc.";
    assert_eq!(link_of(text, "MALVERN"), Vec::<String>::new());
    assert_eq!(link_of(text, "Pa"), Vec::<String>::new());
}

#[test]
fn a_head_of_government_named_with_the_country_is_linked() {
    let text = "British Prime Minister Tony Blair met union leaders in London on Tuesday.";
    assert_eq!(link_of(text, "Tony Blair"), ["Q9545"]);
}

#[test]
fn a_city_far_larger_than_its_namesakes_is_linked_with_both_identifiers() {
    let text = "Diplomats from both countries gathered in Geneva on Monday for a second round.";
    assert_eq!(link_of(text, "Geneva"), ["Q71", "geonames:2660646"]);
}

#[test]
fn a_dateline_names_the_city_not_the_state_of_its_name() {
    // "New York" is the state's own label and only another name of the city; named in
    // a dateline, it is the city. The same name in the text alone stays unlinked.
    let dated = "NEW YORK, March 19 - Acme Widget Inc said merger talks with Bolt Corp ended.";
    assert_eq!(link_of(dated, "NEW YORK"), ["Q60", "geonames:5128581"]);
    let undated = "Acme Widget Inc said merger talks in New York with Bolt Corp ended.";
    assert!(link_of(undated, "New York").is_empty());
}

#[test]
fn a_story_naming_many_countries_does_not_place_a_small_namesake_town() {
    // Geneva, Illinois lies in the United States, which the story names among many:
    // that is no sign of the town, and the city far larger than it wins.
    let text = "Subsidies in Japan, Canada, Australia, Brazil, Argentina and the United \
                States were studied for the trade talks now under way in Geneva.";
    assert_eq!(link_of(text, "Geneva"), ["Q71", "geonames:2660646"]);
}

#[test]
fn a_name_shared_by_several_cities_of_a_size_stays_unlinked() {
    let text = "Officials in the city of Springfield said the plant would reopen next month.";
    assert_eq!(link_of(text, "Springfield"), Vec::<String>::new());
}

#[test]
fn an_organization_by_its_abbreviation_is_linked() {
    let text = "NATO said on Friday that it would send more ships to the region.";
    assert_eq!(link_of(text, "NATO"), ["Q7184"]);
}

#[test]
fn countries_carry_wikidata_and_geonames_identifiers() {
    let text = "Ukraine's foreign minister spoke to reporters on Monday.";
    assert_eq!(link_of(text, "Ukraine"), ["Q212", "geonames:690791"]);
}

#[test]
fn a_continent_wins_over_small_towns_of_its_name() {
    let text = "The minister toured Asia and South Asia last year.";
    assert_eq!(link_of(text, "Asia"), ["Q48", "geonames:6255147"]);
}

/// A small dataset in the shape of a Wikidata extract.
const DATASET: &str = r#"
@prefix wd: <http://www.wikidata.org/entity/> .
@prefix wdt: <http://www.wikidata.org/prop/direct/> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix ex: <http://example.org/kb/> .
ex:acme rdfs:label "Acme Holdings Ltd"@en ; skos:altLabel "Acme Holdings" ; wdt:P31 wd:Q4830453 .
ex:okonkwo rdfs:label "Marta Okonkwo"@en ; wdt:P31 wd:Q5 ; wdt:P27 wd:Q1033 .
ex:other-okonkwo rdfs:label "Marta Okonkwo"@fr ; wdt:P31 wd:Q5 .
"#;

const ARTICLE: &str = "Acme Holdings Ltd said on Monday it would build a plant in Nigeria.\n\n\
Marta Okonkwo said the plant in Nigeria would employ 400 people.\n";

fn linked(store: &Path) -> Vec<(String, String)> {
    let rows = select(
        store,
        "SELECT ?n ?x WHERE { ?s <https://schema.org/name> ?n ; <http://www.w3.org/2002/07/owl#sameAs> ?x } ORDER BY ?n ?x",
    );
    rows.into_iter()
        .map(|r| (r[0].clone(), r[1].clone()))
        .collect()
}

fn expect_dataset_links(store: &Path) {
    let l = linked(store);
    assert!(
        l.contains(&(
            "Acme Holdings Ltd".into(),
            "http://example.org/kb/acme".into()
        )),
        "{l:?}"
    );
    assert!(
        l.contains(&(
            "Marta Okonkwo".into(),
            "http://example.org/kb/okonkwo".into()
        )),
        "{l:?}"
    );
    assert!(
        !l.iter().any(|(_, x)| x.ends_with("other-okonkwo")),
        "{l:?}"
    );
    // The bundled gazetteer still links the country.
    assert!(
        l.contains(&(
            "Nigeria".into(),
            "http://www.wikidata.org/entity/Q1033".into()
        )),
        "{l:?}"
    );
}

fn write_article(dir: &Path) -> PathBuf {
    let p = dir.join("acme.txt");
    std::fs::write(&p, ARTICLE).unwrap();
    p
}

#[test]
fn build_links_against_a_user_dataset_file() {
    let dir = tempfile::tempdir().unwrap();
    let kb = dir.path().join("kb.ttl");
    std::fs::write(&kb, DATASET).unwrap();
    let article = write_article(dir.path());
    let store = dir.path().join("store");
    let out = newsgraph()
        .arg("build")
        .arg(&article)
        .arg("--store")
        .arg(&store)
        .arg("--link-with")
        .arg(&kb)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    expect_dataset_links(&store);
}

#[test]
fn a_link_dataset_that_cannot_be_read_stops_the_build_with_its_name() {
    let dir = tempfile::tempdir().unwrap();
    let article = write_article(dir.path());
    let missing = dir.path().join("missing.ttl");
    let out = newsgraph()
        .arg("build")
        .arg(&article)
        .arg("--store")
        .arg(dir.path().join("store"))
        .arg("--link-with")
        .arg(&missing)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("missing.ttl"));
}

#[test]
fn the_bundled_gazetteer_is_available_as_rdf() {
    let out = newsgraph()
        .args(["gazetteer", "--format", "ntriples"])
        .output()
        .unwrap();
    assert!(out.status.success());
    let nt = String::from_utf8(out.stdout).unwrap();
    assert!(nt.contains(
        "<http://www.wikidata.org/entity/Q9545> <http://www.w3.org/2004/02/skos/core#prefLabel> \"Tony Blair\"@en ."
    ));
    assert!(nt.contains(
        "<http://www.wikidata.org/entity/Q71> <http://www.w3.org/2002/07/owl#sameAs> <https://sws.geonames.org/2660646/> ."
    ));
    assert!(nt.lines().count() > 100_000, "{} lines", nt.lines().count());
}

#[test]
fn explain_lists_candidates_with_reasons() {
    let out = newsgraph()
        .args(["link", "--explain", "Geneva", "--kind", "place", "--store"])
        .arg("/nonexistent-store")
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.contains("Q71 geonames:2660646"), "{text}");
    assert!(text.contains("geonames:4893591"), "{text}");
    assert!(text.contains("populous"), "{text}");
}

#[test]
fn explain_says_why_a_listed_company_has_no_candidate() {
    let out = newsgraph()
        .args(["link", "--explain", "Boeing", "--store"])
        .arg("/nonexistent-store")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("listed company"), "{err}");
    assert!(err.contains("--link-with"), "{err}");
}

/// The Oxigraph server binary: $NEWSGRAPH_OXIGRAPH, the project venv, or PATH.
fn oxigraph_binary() -> PathBuf {
    if let Some(p) = std::env::var_os("NEWSGRAPH_OXIGRAPH") {
        return PathBuf::from(p);
    }
    let venv = std::env::var_os("NEWSGRAPH_VENV")
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|h| Path::new(&h).join(".cache/newsgraph-venv")))
        .map(|v| v.join("bin/oxigraph"));
    if let Some(v) = venv.filter(|v| v.exists()) {
        return v;
    }
    PathBuf::from("oxigraph")
}

struct Server(Child);

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

fn start_oxigraph(dir: &Path, data: &Path) -> (Server, String) {
    let bin = oxigraph_binary();
    let db = dir.join("oxigraph-db");
    let load = Process::new(&bin)
        .args(["load", "--location"])
        .arg(&db)
        .arg("--file")
        .arg(data)
        .output()
        .unwrap_or_else(|e| {
            panic!(
                "cannot run the Oxigraph server {} ({e}); run scripts/bootstrap.sh",
                bin.display()
            )
        });
    assert!(
        load.status.success(),
        "{}",
        String::from_utf8_lossy(&load.stderr)
    );
    let port = free_port();
    let child = Process::new(&bin)
        .args(["serve-read-only", "--location"])
        .arg(&db)
        .arg("--bind")
        .arg(format!("127.0.0.1:{port}"))
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let server = Server(child);
    let started = Instant::now();
    while TcpStream::connect(("127.0.0.1", port)).is_err() {
        assert!(
            started.elapsed() < Duration::from_secs(30),
            "server did not start"
        );
        std::thread::sleep(Duration::from_millis(100));
    }
    (server, format!("http://127.0.0.1:{port}/query"))
}

fn build_with_endpoint(article: &Path, store: &Path, url: &str) -> String {
    let out = newsgraph()
        .arg("build")
        .arg(article)
        .arg("--store")
        .arg(store)
        .args(["--link-endpoint", url, "--link-timeout", "5"])
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
    assert!(out.status.success(), "{stderr}");
    stderr
}

#[test]
fn build_links_against_a_real_sparql_endpoint_and_caches_the_answers() {
    let dir = tempfile::tempdir().unwrap();
    let kb = dir.path().join("kb.ttl");
    std::fs::write(&kb, DATASET).unwrap();
    let article = write_article(dir.path());
    let store = dir.path().join("store");
    let (server, url) = start_oxigraph(dir.path(), &kb);

    let stderr = build_with_endpoint(&article, &store, &url);
    assert!(!stderr.contains("warning"), "{stderr}");
    expect_dataset_links(&store);

    // With the server gone, a rebuild of a changed article answers from the cache.
    drop(server);
    let mut f = std::fs::OpenOptions::new()
        .append(true)
        .open(&article)
        .unwrap();
    writeln!(f, "\nThe company's shares rose 3%.").unwrap();
    let stderr = build_with_endpoint(&article, &store, &url);
    assert!(!stderr.contains("warning"), "{stderr}");
    expect_dataset_links(&store);

    // A new store has no cache: the build goes on without the endpoint, and says so.
    let fresh = dir.path().join("fresh");
    let stderr = build_with_endpoint(&article, &fresh, &url);
    assert!(stderr.contains("linking goes on without it"), "{stderr}");
    let l = linked(&fresh);
    assert!(
        !l.iter().any(|(_, x)| x.starts_with("http://example.org/")),
        "{l:?}"
    );
    assert!(
        l.contains(&(
            "Nigeria".into(),
            "http://www.wikidata.org/entity/Q1033".into()
        )),
        "{l:?}"
    );
}

#[test]
fn a_town_named_as_an_electoral_district_is_not_linked_to_the_town() {
    // A large town, linked when the text means the town.
    let town = link_of("Factories in Leeds closed on Monday.", "Leeds");
    assert!(!town.is_empty(), "{town:?}");
    for text in [
        "The minister will contest Leeds at the next election.",
        "The minister said his Leeds seat was safe.",
        "Voters in the constituency of Leeds went to the polls.",
    ] {
        assert_eq!(link_of(text, "Leeds"), Vec::<String>::new(), "{text}");
    }
}

#[test]
fn a_quarter_named_in_lower_case_is_not_the_city_of_that_name() {
    // "East London" is a city in South Africa; "east London" is part of London.
    let text = "The party opened an office in east London on Monday, near the City.";
    assert_eq!(link_of(text, "east London"), Vec::<String>::new());
}

#[test]
fn a_namesake_of_an_office_holder_in_a_sports_report_is_a_player() {
    // In golf results, a name the bulk data lists for a minister is a player's: no
    // office is stated, and every article naming him is a sports report.
    let text = "Golf\n\nJason Kenney carded a 69 and tied for third place after two birdies \
                on the back nine.\n\nHis playing partner made three bogeys in the first \
                round and missed the cut by a shot.";
    assert!(link_of(text, "Jason Kenney").is_empty());
    // The same name in a story about policy is linked as before.
    let text = "Jason Kenney said on Monday that the immigration rules would change.";
    assert_eq!(link_of(text, "Jason Kenney"), ["Q3162959"]);
}
