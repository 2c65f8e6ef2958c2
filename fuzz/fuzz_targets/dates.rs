//! Date expressions: finding and normalizing never panics, with or without a
//! publication date to anchor them, and each expression is the text as written.
#![no_main]

use libfuzzer_sys::fuzz_target;
use newsgraph::extract::temporal;

fuzz_target!(|text: &str| {
    for anchor in [None, Some(jiff::civil::date(2022, 1, 12))] {
        for t in temporal::find_temporal(text, anchor) {
            assert_eq!(text.get(t.start..t.end), Some(t.text.as_str()));
        }
    }
});
