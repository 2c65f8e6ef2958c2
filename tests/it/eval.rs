//! The evaluation scorers: arithmetic on hand-made fixtures (perfect, partial and empty
//! predictions), the CoNLL04 reader, the article-annotation parser and the TimeML reader.
//! No test reads /work/shared: every fixture is written here.

use newsgraph::eval::articles::{self, GoldEvent};
use newsgraph::eval::conll04::{self, GoldEntity, GoldRelation, Predicted, Report, Sentence};
use newsgraph::eval::tempeval::{self, Measures, Timex, TmlDoc};
use newsgraph::eval::{Counts, match_count, micro};
use newsgraph::text::Span;

use crate::util::newsgraph;

fn sentence() -> Sentence {
    // "Ann Lee works for Acme Corp in Paris ."
    conll04::parse(
        r#"[{"tokens": ["Ann", "Lee", "works", "for", "Acme", "Corp", "in", "Paris", "."],
             "entities": [{"type": "Peop", "start": 0, "end": 2},
                          {"type": "Org", "start": 4, "end": 6},
                          {"type": "Loc", "start": 7, "end": 8},
                          {"type": "Other", "start": 2, "end": 3}],
             "relations": [{"type": "Work_For", "head": 0, "tail": 1},
                           {"type": "OrgBased_In", "head": 1, "tail": 2}]}]"#,
    )
    .expect("fixture parses")
    .remove(0)
}

fn empty_report() -> Report {
    Report {
        sentences: 1,
        entities: conll04::TYPES
            .iter()
            .map(|t| (t.to_string(), Counts::default()))
            .collect(),
        ..Report::default()
    }
}

fn scored(predicted: &Predicted) -> Report {
    let s = sentence();
    let (text, spans) = conll04::text_of(&s.tokens);
    assert_eq!(text, "Ann Lee works for Acme Corp in Paris .");
    let mut r = empty_report();
    conll04::score_sentence(&s, &spans, predicted, &mut r);
    r
}

fn counts(r: &Report, t: &str) -> Counts {
    r.entities.iter().find(|(k, _)| k == t).expect("type").1
}

#[test]
fn conll04_token_offsets() {
    let (text, spans) = conll04::text_of(&["Ann".into(), "Lee".into(), ".".into()]);
    assert_eq!(text, "Ann Lee .");
    assert_eq!(
        spans,
        vec![Span::new(0, 3), Span::new(4, 7), Span::new(8, 9)]
    );
}

#[test]
fn conll04_perfect_prediction() {
    let p = Predicted {
        mentions: vec![
            ("Peop", Span::new(0, 7)),
            ("Org", Span::new(18, 27)),
            ("Loc", Span::new(31, 36)),
        ],
        work_for: vec![(vec![Span::new(0, 7)], vec![Span::new(18, 27)])],
    };
    let r = scored(&p);
    for t in conll04::TYPES {
        assert_eq!(counts(&r, t), Counts::new(1, 1, 1), "{t}");
    }
    assert_eq!(r.entity_micro(), Counts::new(3, 3, 3));
    assert_eq!(r.entity_micro().f1(), Some(1.0));
    assert_eq!(r.work_for, Counts::new(1, 1, 1));
}

#[test]
fn conll04_partial_prediction() {
    // "Lee" alone is a wrong span; "Acme Corp" typed as a place is a wrong type; Paris is
    // right. The Work_For pair only needs overlaps, so "Lee" still finds Ann Lee.
    let p = Predicted {
        mentions: vec![
            ("Peop", Span::new(4, 7)),
            ("Loc", Span::new(18, 27)),
            ("Loc", Span::new(31, 36)),
        ],
        work_for: vec![
            (vec![Span::new(4, 7)], vec![Span::new(18, 22)]),
            (vec![Span::new(4, 7)], vec![Span::new(31, 36)]),
        ],
    };
    let s = sentence();
    let (_, spans) = conll04::text_of(&s.tokens);
    let errors = conll04::score_sentence(&s, &spans, &p, &mut empty_report());
    // The errors name each wrong entity by its type and words, for error analysis.
    let pair = |t: &str, w: &str| (t.to_string(), w.to_string());
    assert_eq!(
        errors.missed,
        [pair("Peop", "Ann Lee"), pair("Org", "Acme Corp")]
    );
    assert_eq!(
        errors.spurious,
        [pair("Peop", "Lee"), pair("Loc", "Acme Corp")]
    );
    let r = scored(&p);
    assert_eq!(counts(&r, "Peop"), Counts::new(0, 1, 1));
    assert_eq!(counts(&r, "Org"), Counts::new(0, 0, 1));
    assert_eq!(counts(&r, "Loc"), Counts::new(1, 2, 1));
    let m = r.entity_micro();
    assert_eq!(m, Counts::new(1, 3, 3));
    assert_eq!(m.precision(), Some(1.0 / 3.0));
    assert_eq!(m.recall(), Some(1.0 / 3.0));
    assert_eq!(r.work_for, Counts::new(1, 2, 1));
    assert_eq!(r.work_for.precision(), Some(0.5));
    assert!((r.work_for.f1().unwrap() - 2.0 / 3.0).abs() < 1e-12);
}

#[test]
fn conll04_empty_prediction_and_empty_gold() {
    let none = Predicted {
        mentions: vec![],
        work_for: vec![],
    };
    let r = scored(&none);
    assert_eq!(r.entity_micro(), Counts::new(0, 0, 3));
    assert_eq!(r.entity_micro().precision(), None);
    assert_eq!(r.entity_micro().recall(), Some(0.0));
    assert_eq!(r.entity_micro().f1(), Some(0.0));

    // Nothing to find and nothing found: no score at all, not a perfect one.
    let s = Sentence {
        tokens: vec!["Hello".into()],
        entities: vec![],
        relations: vec![],
    };
    let mut r = empty_report();
    conll04::score_sentence(&s, &[Span::new(0, 5)], &none, &mut r);
    assert_eq!(r.entity_micro(), Counts::default());
    assert_eq!(r.entity_micro().f1(), None);
}

#[test]
fn conll04_gold_indices_out_of_range_are_ignored() {
    let s = Sentence {
        tokens: vec!["Ann".into()],
        entities: vec![GoldEntity {
            kind: "Peop".into(),
            start: 0,
            end: 5,
        }],
        relations: vec![GoldRelation {
            kind: "Work_For".into(),
            head: 0,
            tail: 9,
        }],
    };
    let mut r = empty_report();
    let none = Predicted {
        mentions: vec![],
        work_for: vec![],
    };
    conll04::score_sentence(&s, &[Span::new(0, 3)], &none, &mut r);
    assert_eq!(r.entity_micro(), Counts::default());
    assert_eq!(r.work_for, Counts::default());
}

#[test]
fn counts_sum_and_match_one_to_one() {
    let total = micro([Counts::new(1, 2, 3), Counts::new(2, 2, 2)]);
    assert_eq!(total, Counts::new(3, 4, 5));
    assert_eq!(match_count(&[1, 1, 2], &[1, 2, 3], |a, b| a == b), 2);
}

#[test]
fn conll04_command_runs_the_extractor_on_a_fixture() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("mini.json");
    std::fs::write(
        &path,
        r#"[{"tokens": ["The", "weather", "was", "fine", "."], "entities": [], "relations": []}]"#,
    )
    .expect("write");
    let out = newsgraph()
        .args(["eval", "conll04", "--format", "json"])
        .arg(&path)
        .output()
        .expect("run");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("json");
    assert_eq!(v["sentences"], 1);
    let rows = v["rows"].as_array().expect("rows");
    assert_eq!(rows.len(), 5);
    assert!(rows.iter().all(|r| r["gold"] == 0));
}

#[test]
fn annotation_parser_reads_both_event_forms() {
    let a = articles::parse(
        r#"{"path": "x/1.txt",
            "persons": ["Ann Lee"],
            "roles": [["Ann Lee", "Foreign Minister", "Ruritania"], ["Bo Li", "Chancellor", null]],
            "events": [["Talks", "Geneva", "2022-01-10", "Ann Lee", "Bo Li"],
                       {"type": "phone call", "attendees": ["Ann Lee"]},
                       ["meeting | summit", null, "--03-04"]]}"#,
    )
    .expect("parses");
    assert_eq!(a.path, "x/1.txt");
    assert_eq!(a.roles[1].2, None);
    assert_eq!(
        a.events[0],
        GoldEvent {
            kind: "talks".into(),
            place: Some("Geneva".into()),
            date: Some("2022-01-10".into()),
            attendees: vec!["Ann Lee".into(), "Bo Li".into()],
        }
    );
    assert_eq!(a.events[1].place, None);
    assert_eq!(a.events[1].attendees, vec!["Ann Lee".to_string()]);
    assert_eq!(a.events[2].kind, "meeting | summit");
    assert_eq!(a.events[2].date.as_deref(), Some("--03-04"));
}

#[test]
fn annotation_parser_rejects_mistakes() {
    for bad in [
        r#"{"path": "a.txt", "events": [["party", "Rome", null]]}"#,
        r#"{"path": "a.txt", "events": [["talks", "Rome", "10 January 2022"]]}"#,
        r#"{"path": "a.txt", "persnos": ["Ann Lee"]}"#,
        r#"{"path": "", "persons": []}"#,
        r#"{"persons": []}"#,
        r#"{"path": "a.txt", "roles": [["Ann Lee", "Minister"]]}"#,
    ] {
        assert!(articles::parse(bad).is_err(), "accepted: {bad}");
    }
}

#[test]
fn role_labels_compare_without_case_or_hyphens() {
    assert_eq!(
        articles::role_key("Deputy  Foreign-Minister"),
        articles::role_key("deputy foreign minister")
    );
    assert_eq!(articles::alternatives("A | B |"), vec!["A", "B"]);
}

#[test]
fn articles_command_scores_a_fixture_article() {
    let dir = tempfile::tempdir().expect("tempdir");
    let data = dir.path().join("data");
    let anns = dir.path().join("ann");
    std::fs::create_dir_all(data.join("news")).expect("mkdir");
    std::fs::create_dir_all(&anns).expect("mkdir");
    std::fs::write(
        data.join("news/a.txt"),
        "Ministers meet in Geneva\n\nFrench Foreign Minister Jean Dupont met German Foreign Minister Hans Weber in Geneva on Monday.\n",
    )
    .expect("write article");
    std::fs::write(
        anns.join("a.json"),
        r#"{"path": "news/a.txt", "persons": ["Jean Dupont", "Hans Weber", "Nobody Known"], "places": ["Geneva"]}"#,
    )
    .expect("write annotation");
    let out = newsgraph()
        .args(["eval", "articles", "--format", "json"])
        .arg(&anns)
        .arg("--data-root")
        .arg(&data)
        .output()
        .expect("run");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("json");
    let persons = &v["totals"][0];
    assert_eq!(persons["category"], "persons");
    assert_eq!(persons["gold"], 3);
    // The made-up third name cannot be found: recall is at most 2/3.
    assert!(persons["tp"].as_u64().expect("tp") <= 2);
    let missed = v["articles"][0]["missed"].as_array().expect("missed");
    assert!(missed.iter().any(|m| m == "persons: Nobody Known"));

    // A missing article is an error naming it.
    std::fs::write(anns.join("b.json"), r#"{"path": "news/missing.txt"}"#).expect("write");
    let out = newsgraph()
        .args(["eval", "articles"])
        .arg(&anns)
        .arg("--data-root")
        .arg(&data)
        .output()
        .expect("run");
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("missing.txt"));
}

// ---------------------------------------------------------------------------------------
// TempEval-3 (TimeML)
// ---------------------------------------------------------------------------------------

/// A TimeML file in the TempEval-3 layout: the creation time (a date-time) in `<DCT>`,
/// EVENT and SIGNAL tags and an entity inside `<TEXT>`, a TIMEX3 in the title that is
/// not text.
const TML: &str = r#"<?xml version="1.0" ?>
<TimeML>
<DOCID>TEST1</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="1998-01-08T19:30" temporalFunction="false" functionInDocument="CREATION_TIME">19980108</TIMEX3></DCT>
<TITLE>News of <TIMEX3 tid="t9" type="DATE" value="1998-01-08">today</TIMEX3></TITLE>
<TEXT>
AT&amp;T <EVENT eid="e1" class="OCCURRENCE">met</EVENT> <SIGNAL sid="s1">on</SIGNAL> <TIMEX3 tid="t1" type="DATE" value="1998-01-07" temporalFunction="true" functionInDocument="NONE" anchorTimeID="t0">Wednesday</TIMEX3>.
Talks lasted <TIMEX3 tid="t2" type="DURATION" value="P3D">three days</TIMEX3><TIMEX3 tid="t3" type="DATE" value="FUTURE_REF" anchorTimeID="t0"/>.
</TEXT>
</TimeML>
"#;

fn tml() -> TmlDoc {
    tempeval::parse_tml(TML).expect("fixture parses")
}

fn timex(doc: &TmlDoc, needle: &str, kind: &str, value: &str) -> Timex {
    let start = doc.text.find(needle).expect("needle in text");
    Timex {
        span: Span::new(start, start + needle.len()),
        kind: kind.into(),
        value: value.into(),
    }
}

#[test]
fn tempeval_parses_dct_text_and_spans() {
    let doc = tml();
    assert_eq!(doc.dct_value, "1998-01-08T19:30");
    assert_eq!(doc.dct, Some(jiff::civil::date(1998, 1, 8)));
    assert_eq!(
        doc.text,
        "\nAT&T met on Wednesday.\nTalks lasted three days.\n"
    );
    // The title's TIMEX3 is outside <TEXT>; the empty one is not text.
    assert_eq!(doc.timexes.len(), 2);
    let t = &doc.timexes[0];
    assert_eq!(t.span.of(&doc.text), "Wednesday");
    assert_eq!((t.kind.as_str(), t.value.as_str()), ("DATE", "1998-01-07"));
    assert_eq!(doc.timexes[1].span.of(&doc.text), "three days");
    assert_eq!(doc.timexes[1].value, "P3D");
}

#[test]
fn tempeval_rejects_broken_markup() {
    assert!(tempeval::parse_tml("<TEXT>no creation time</TEXT>").is_err());
    let dct = r#"<TIMEX3 tid="t0" value="1998-01-08" functionInDocument="CREATION_TIME"/>"#;
    assert!(tempeval::parse_tml(&format!("{dct}<TEXT>a <TIMEX3 value=\"x\">b</TEXT>")).is_err());
    assert!(tempeval::parse_tml(&format!("{dct}<TEXT>a</TIMEX3></TEXT>")).is_err());
    assert!(tempeval::parse_tml(&format!("{dct}<TEXT>never closed")).is_err());
    assert!(tempeval::parse_tml(dct).is_err(), "no <TEXT>");
    // A creation time that is not a date parses, without an anchor.
    let odd = r#"<TIMEX3 value="PRESENT_REF" functionInDocument="CREATION_TIME"/><TEXT>x</TEXT>"#;
    assert_eq!(tempeval::parse_tml(odd).expect("parses").dct, None);
}

#[test]
fn tempeval_perfect_prediction() {
    let doc = tml();
    let mut r = tempeval::Report::new();
    r.add_document("t.tml", &doc, &doc.timexes.clone());
    let all = Counts::new(2, 2, 2);
    assert_eq!(
        r.all,
        Measures {
            relaxed: all,
            strict: all,
            kind: all,
            value: all
        }
    );
    assert_eq!(r.date.value, Counts::new(1, 1, 1));
    assert!(r.errors.is_empty());
    assert_eq!(r.reference_heideltime_value_f1, 77.61);
}

#[test]
fn tempeval_partial_and_wrong_values() {
    let doc = tml();
    let predicted = vec![
        // Right value, span too wide: relaxed and value count, strict does not.
        timex(&doc, "on Wednesday", "DATE", "1998-01-07"),
        // Right span, wrong value and type.
        timex(&doc, "three days", "DATE", "P2D"),
        // Overlaps nothing.
        timex(&doc, "Talks", "DATE", "PRESENT_REF"),
    ];
    let mut r = tempeval::Report::new();
    r.add_document("t.tml", &doc, &predicted);
    assert_eq!(r.all.relaxed, Counts::new(2, 3, 2));
    assert_eq!(r.all.strict, Counts::new(1, 3, 2));
    assert_eq!(r.all.kind, Counts::new(1, 3, 2));
    assert_eq!(r.all.value, Counts::new(1, 3, 2));
    assert_eq!(r.all.value.precision(), Some(1.0 / 3.0));
    assert_eq!(r.all.value.recall(), Some(0.5));
    // DATE only: one gold DATE, three system DATEs; the DURATION is out.
    assert_eq!(r.date.relaxed, Counts::new(1, 3, 1));
    assert_eq!(r.date.value, Counts::new(1, 3, 1));
    let kinds: Vec<&str> = r.errors.iter().map(|e| e.kind).collect();
    assert_eq!(kinds, ["value", "spurious"]);
    assert_eq!(r.errors[0].system_value.as_deref(), Some("P2D"));

    // Nothing predicted: everything missed, precision undefined.
    let mut r = tempeval::Report::new();
    r.add_document("t.tml", &doc, &[]);
    assert_eq!(r.all.value, Counts::new(0, 0, 2));
    assert_eq!(r.all.value.precision(), None);
    assert_eq!(r.errors.iter().filter(|e| e.kind == "missed").count(), 2);
}

#[test]
fn tempeval_command_runs_the_normalizer() {
    let dir = tempfile::tempdir().expect("tempdir");
    let sub = dir.path().join("sub");
    std::fs::create_dir(&sub).expect("mkdir");
    std::fs::write(sub.join("a.tml"), TML).expect("write");
    std::fs::write(dir.path().join("notes.txt"), "not TimeML").expect("write");
    let out = newsgraph()
        .args(["eval", "tempeval", "--format", "json"])
        .arg(dir.path())
        .output()
        .expect("run");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("json");
    assert_eq!(v["report"]["documents"], 1);
    assert_eq!(v["report"]["all"]["relaxed"]["gold"], 2);
    assert_eq!(v["rows"][0]["category"], "all: span relaxed");

    let out = newsgraph()
        .args(["eval", "tempeval"])
        .arg(dir.path())
        .output()
        .expect("run");
    assert!(out.status.success());
    let table = String::from_utf8_lossy(&out.stdout);
    assert!(table.contains("DATE: value"), "{table}");
    assert!(table.contains("HeidelTime 77.61"), "{table}");

    let empty = tempfile::tempdir().expect("tempdir");
    let out = newsgraph()
        .args(["eval", "tempeval"])
        .arg(empty.path())
        .output()
        .expect("run");
    assert!(!out.status.success(), "no .tml files is an error");
}
