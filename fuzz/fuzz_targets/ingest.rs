//! Bytes → documents: any file content, as each format, decodes or is refused with an
//! error; never a panic, and every block is a slice of the text.
#![no_main]

use std::path::Path;

use libfuzzer_sys::fuzz_target;
use newsgraph::ingest;

fuzz_target!(|raw: &[u8]| {
    for format in ["txt", "md", "html"] {
        if let Ok(doc) = ingest::document_from_text("f", Path::new("f"), raw, format) {
            for b in &doc.blocks {
                assert!(doc.text.get(b.start..b.end).is_some(), "block {}..{}", b.start, b.end);
            }
        }
    }
});
