//! Property tests of the text pipeline: whatever bytes or text come in, ingest and
//! extraction do not panic, and every span they hand out is a slice of the article
//! text on character boundaries (evidence quotes are exact substrings).

use std::path::Path;

use newsgraph::extract::{self, temporal};
use newsgraph::ingest;
use proptest::prelude::*;

/// Pieces of news text that exercise names, titles, dates, quotes and markup, mixed
/// with arbitrary characters so that spans land next to multi-byte ones.
const FRAGMENTS: &[&str] = &[
    "Mr. ",
    "U.S. ",
    "NATO ",
    "Secretary-General ",
    "Jens Stoltenberg",
    " met ",
    " said ",
    "Foreign Minister ",
    "Sergei Lavrov",
    " in ",
    "Geneva",
    " on Wednesday",
    "January 12, 2022",
    "Jan. 12 (UPI) -- ",
    "“",
    "”",
    "'s ",
    ". ",
    ", ",
    "\n",
    "\n\n",
    "Zürich",
    "東京",
    "🙂",
    "\u{200b}",
    "\u{feff}",
    "Advertisement\n",
    "---\n",
    "# ",
    "<p>",
    "</p>",
    "- ",
    "last week",
    "next Monday",
    "2021-12-30",
    " will meet ",
    "talks",
    "(",
    ")",
];

fn texts() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        3 => proptest::sample::select(FRAGMENTS).prop_map(str::to_owned),
        1 => any::<String>().prop_map(|s| s.chars().take(6).collect()),
    ];
    proptest::collection::vec(piece, 0..48).prop_map(|v| v.concat())
}

fn byte_inputs() -> impl Strategy<Value = Vec<u8>> {
    prop_oneof![
        texts().prop_map(String::into_bytes),
        proptest::collection::vec(any::<u8>(), 0..256),
        // Text with damaged bytes spliced in: the UTF-8 / Windows-1252 decision.
        (
            texts(),
            proptest::collection::vec(0x80u8..=0xff, 1..4),
            any::<prop::sample::Index>()
        )
            .prop_map(|(t, bad, at)| {
                let mut b = t.into_bytes();
                let at = at.index(b.len() + 1);
                b.splice(at..at, bad);
                b
            }),
    ]
}

fn slice_ok(text: &str, start: usize, end: usize) -> bool {
    start <= end && text.get(start..end).is_some()
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 64, ..ProptestConfig::default() })]

    #[test]
    fn ingest_takes_any_bytes_and_blocks_are_slices(raw in byte_inputs()) {
        for format in ["txt", "md", "html"] {
            if let Ok(doc) = ingest::document_from_text("p", Path::new("p"), &raw, format) {
                prop_assert!(!doc.text.trim().is_empty());
                for b in &doc.blocks {
                    prop_assert!(slice_ok(&doc.text, b.start, b.end), "block {}..{} of {:?}", b.start, b.end, doc.text);
                }
            }
        }
    }

    #[test]
    fn jsonl_files_take_any_bytes(raw in byte_inputs()) {
        let dir = tempfile::tempdir().expect("tempdir");
        let path = dir.path().join("feed.jsonl");
        std::fs::write(&path, &raw).expect("write");
        let src = ingest::Source { path: path.clone(), key: "feed.jsonl".into() };
        let (docs, errors) = ingest::read_source(&src);
        // Every error names the file; every document came from a line of it.
        for e in &errors {
            prop_assert!(e.to_string().contains("feed.jsonl"), "{e}");
        }
        for d in &docs {
            prop_assert!(d.key.starts_with("feed.jsonl#"));
        }
    }

    #[test]
    fn extraction_never_panics_and_evidence_is_exact_text(text in texts()) {
        let Ok(doc) = ingest::document_from_text("p.txt", Path::new("p.txt"), text.as_bytes(), "txt") else {
            return Ok(());
        };
        let facts = extract::extract(&doc);
        prop_assert_eq!(&facts.text, &doc.text);
        for r in &facts.roles {
            prop_assert!(slice_ok(&facts.text, r.evidence.start, r.evidence.end));
            prop_assert_eq!(facts.quote(r.evidence), &facts.text[r.evidence.start..r.evidence.end]);
        }
        for e in &facts.events {
            for s in &e.evidence {
                prop_assert!(slice_ok(&facts.text, s.start, s.end));
            }
            for &i in e.attendees.iter().chain(e.chair.iter()).chain(e.place.iter()) {
                prop_assert!(i < facts.entities.len());
            }
        }
        for ent in &facts.entities {
            for m in &ent.mentions {
                prop_assert!(slice_ok(&facts.text, m.start, m.end), "mention of {}", ent.name);
            }
        }
    }

    #[test]
    fn dates_are_found_as_written(text in texts(), anchored in any::<bool>()) {
        let anchor = anchored.then(|| jiff::civil::date(2022, 1, 12));
        for t in temporal::find_temporal(&text, anchor) {
            prop_assert!(slice_ok(&text, t.start, t.end));
            prop_assert_eq!(&text[t.start..t.end], t.text.as_str());
        }
    }
}
