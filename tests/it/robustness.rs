//! Extraction never panics, whatever the text: pseudo-random texts built from
//! fragments that stress tokenization, names, dates and quotes.

use newsgraph::{extract, ingest};

const FRAGMENTS: &[&str] = &[
    "Mr.",
    "Ms ",
    "U.S.",
    "NATO",
    "Secretary-General",
    " met ",
    " talks ",
    " in ",
    "Geneva",
    "Wednesday",
    "January 12",
    "Jan. 12 (UPI) --",
    "“",
    "”",
    "\"",
    "'s",
    "’s",
    ", ",
    ". ",
    "\n",
    "\n\n",
    "(",
    ")",
    "-based",
    "Vienna",
    "Zürich",
    "東京",
    "🙂",
    "\u{200b}",
    "\t",
    "said",
    "On Russia's side,",
    " two days after ",
    "Deputy Foreign Minister",
    "Alexander",
    "Fomin",
    " spokeswoman for the ",
    "Foreign Ministry",
    " – ",
    "—",
    "…",
    "2022",
    "100,000",
    "a",
    "THE END",
    "Advertisement",
    " phone call ",
    " flew to ",
    "Organization for Security (OSCE)",
];

/// A small deterministic generator (xorshift), so failures reproduce.
struct Rng(u64);
impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
}

#[test]
fn extraction_never_panics_on_mixed_fragments() {
    let mut rng = Rng(0x9e37_79b9_7f4a_7c15);
    for case in 0..1500 {
        let n = 1 + (rng.next() % 60) as usize;
        let text: String = (0..n)
            .map(|_| FRAGMENTS[(rng.next() % FRAGMENTS.len() as u64) as usize])
            .collect();
        let Ok(doc) = ingest::document_from_text(
            "fuzz.txt",
            std::path::Path::new("fuzz.txt"),
            text.as_bytes(),
            "txt",
        ) else {
            continue;
        };
        let facts = std::panic::catch_unwind(|| extract::extract(&doc));
        assert!(facts.is_ok(), "case {case} panicked on {text:?}");
        let facts = facts.unwrap_or_else(|_| unreachable!());
        // Every evidence span is a real slice of the text.
        for r in &facts.roles {
            assert!(
                facts.text.get(r.evidence.start..r.evidence.end).is_some(),
                "case {case}"
            );
        }
        for e in &facts.events {
            for s in &e.evidence {
                assert!(facts.text.get(s.start..s.end).is_some(), "case {case}");
            }
        }
    }
}
