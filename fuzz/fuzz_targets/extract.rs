//! Text → facts: extraction never panics, and every evidence and mention span is a
//! slice of the article text (evidence quotes are exact substrings).
#![no_main]

use std::path::Path;

use libfuzzer_sys::fuzz_target;
use newsgraph::{extract, ingest};

fuzz_target!(|text: &str| {
    let Ok(doc) = ingest::document_from_text("f.txt", Path::new("f.txt"), text.as_bytes(), "txt")
    else {
        return;
    };
    let facts = extract::extract(&doc);
    let ok = |s: usize, e: usize| s <= e && facts.text.get(s..e).is_some();
    for r in &facts.roles {
        assert!(ok(r.evidence.start, r.evidence.end));
    }
    for ev in &facts.events {
        for s in &ev.evidence {
            assert!(ok(s.start, s.end));
        }
    }
    for ent in &facts.entities {
        for m in &ent.mentions {
            assert!(ok(m.start, m.end));
        }
    }
});
