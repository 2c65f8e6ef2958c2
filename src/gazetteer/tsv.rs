//! Minimal reader for the gazetteer's TSV files: one header line, no
//! quoting, `\t` between cells, `|` between several values in one cell.
//!
//! The splitting is done with plain byte loops rather than `str::split`:
//! these files are parsed at start-up in debug builds too, where the
//! generic pattern-matching machinery runs unoptimized and dominated the
//! load time.

/// The most columns any gazetteer file has.
pub(super) const MAX_COLS: usize = 10;

/// One data row: its cells, `""` past the last one.
pub(super) type Row<'a> = [&'a str; MAX_COLS];

/// Data rows (the header line and blank lines skipped), split into cells.
pub(super) fn rows(text: &str) -> impl Iterator<Item = Row<'_>> {
    let body = match text.find('\n') {
        Some(i) => &text[i + 1..],
        None => "",
    };
    Rows { rest: body }
}

struct Rows<'a> {
    rest: &'a str,
}

impl<'a> Iterator for Rows<'a> {
    type Item = Row<'a>;

    fn next(&mut self) -> Option<Row<'a>> {
        while !self.rest.is_empty() {
            let text = self.rest;
            let bytes = text.as_bytes();
            let mut row = [""; MAX_COLS];
            let mut col = 0;
            let mut start = 0;
            let mut i = 0;
            while i < bytes.len() && bytes[i] != b'\n' {
                if bytes[i] == b'\t' {
                    if col < MAX_COLS {
                        row[col] = &text[start..i];
                    }
                    col += 1;
                    start = i + 1;
                }
                i += 1;
            }
            let mut end = i;
            if end > start && bytes[end - 1] == b'\r' {
                end -= 1;
            }
            if col < MAX_COLS {
                row[col] = &text[start..end];
            }
            self.rest = if i < bytes.len() { &text[i + 1..] } else { "" };
            if end > 0 {
                return Some(row);
            }
        }
        None
    }
}

/// Split on an ASCII separator byte (`|`, `~`), keeping empty pieces.
pub(super) fn split_on(s: &str, sep: u8) -> SplitOn<'_> {
    SplitOn { rest: Some(s), sep }
}

/// Iterator returned by [`split_on`].
pub(super) struct SplitOn<'a> {
    rest: Option<&'a str>,
    sep: u8,
}

impl<'a> Iterator for SplitOn<'a> {
    type Item = &'a str;

    fn next(&mut self) -> Option<&'a str> {
        let text = self.rest?;
        let bytes = text.as_bytes();
        let mut i = 0;
        while i < bytes.len() {
            if bytes[i] == self.sep {
                self.rest = Some(&text[i + 1..]);
                return Some(&text[..i]);
            }
            i += 1;
        }
        self.rest = None;
        Some(text)
    }
}

/// Cell `i` of a row (`""` past the last cell).
pub(super) fn cell<'a>(row: &Row<'a>, i: usize) -> &'a str {
    row[i]
}

/// Cell `i` as an owned string, `None` when empty.
pub(super) fn opt(row: &Row<'_>, i: usize) -> Option<String> {
    let c = row[i];
    if c.is_empty() {
        None
    } else {
        Some(c.to_string())
    }
}

/// Cell `i` split on `|`, empty values dropped.
pub(super) fn list(row: &Row<'_>, i: usize) -> Vec<String> {
    let c = row[i];
    if c.is_empty() {
        return Vec::new();
    }
    let mut out = Vec::new();
    for v in split_on(c, b'|') {
        if !v.is_empty() {
            out.push(v.to_string());
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits_rows_and_cells() {
        let text = "a\tb\tc\n1\t\tx|y||z\r\n\n2\n";
        let rows: Vec<Row> = rows(text).collect();
        assert_eq!(rows.len(), 2);
        assert_eq!(cell(&rows[0], 0), "1");
        assert_eq!(opt(&rows[0], 1), None);
        assert_eq!(list(&rows[0], 2), vec!["x", "y", "z"]);
        assert_eq!(cell(&rows[1], 0), "2");
        assert_eq!(cell(&rows[1], 5), "");
        assert_eq!(
            split_on("a~~b", b'~').collect::<Vec<_>>(),
            vec!["a", "", "b"]
        );
        assert_eq!(split_on("", b'~').collect::<Vec<_>>(), vec![""]);
    }
}
