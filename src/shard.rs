//! Sharded extraction: which slice of a corpus a shard holds, and the facts files
//! shards write (`extract --shard I/N`) and `merge` reads.
//!
//! Extraction is the costly, per-article part of a build; resolution needs every
//! article at once. So a shard writes each article's extracted facts, not its final
//! graph, and `merge` resolves all shards together: the merged store is the store one
//! `build` over the same files would make.
//!
//! A facts file is JSON lines: a header naming the format and the extractor version,
//! then one article per line. Facts from another extractor version are refused, since
//! mixing versions would make a graph no single build makes.

use std::io::{BufRead, BufReader, Write};
use std::path::Path;
use std::str::FromStr;

use serde::{Deserialize, Serialize};

use crate::extract::{ArticleFacts, EXTRACTOR_VERSION};
use crate::{Error, Result};

/// Shard `index` of `count` (1-based, as written on the command line: `2/8`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Shard {
    pub index: u64,
    pub count: u64,
}

impl Shard {
    /// Whether the article or file with this key belongs to the shard. Decided by a
    /// hash of the key, so a file keeps its shard when others are added or removed and
    /// every machine agrees without coordination.
    pub fn holds(&self, key: &str) -> bool {
        let h = blake3::hash(key.as_bytes());
        let mut first = [0u8; 8];
        first.copy_from_slice(&h.as_bytes()[..8]);
        u64::from_le_bytes(first) % self.count == self.index - 1
    }
}

impl FromStr for Shard {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        let bad = || format!("{s:?}: expected I/N with 1 <= I <= N, e.g. 1/4");
        let (i, n) = s.split_once('/').ok_or_else(bad)?;
        let index: u64 = i.trim().parse().map_err(|_| bad())?;
        let count: u64 = n.trim().parse().map_err(|_| bad())?;
        if index == 0 || count == 0 || index > count {
            return Err(bad());
        }
        Ok(Shard { index, count })
    }
}

const FORMAT: &str = "newsgraph-facts";

#[derive(Serialize, Deserialize)]
struct Header {
    format: String,
    extractor_version: String,
}

/// Writes a facts file one article at a time: the header first, then a line per article.
pub struct FactsWriter<W: Write> {
    out: W,
}

impl<W: Write> FactsWriter<W> {
    pub fn new(mut out: W) -> std::io::Result<Self> {
        let header = Header {
            format: FORMAT.to_string(),
            extractor_version: EXTRACTOR_VERSION.to_string(),
        };
        serde_json::to_writer(&mut out, &header)?;
        out.write_all(b"\n")?;
        Ok(FactsWriter { out })
    }

    pub fn write(&mut self, facts: &ArticleFacts) -> std::io::Result<()> {
        serde_json::to_writer(&mut self.out, facts)?;
        self.out.write_all(b"\n")
    }

    /// Flush and give back the writer.
    pub fn finish(mut self) -> std::io::Result<W> {
        self.out.flush()?;
        Ok(self.out)
    }
}

/// Read a facts file written by this version of newsgraph.
pub fn read_facts(path: &Path) -> Result<Vec<ArticleFacts>> {
    let bad = |message: String| Error::Input {
        path: path.to_path_buf(),
        message,
    };
    let file = std::fs::File::open(path).map_err(|source| Error::Io {
        path: path.to_path_buf(),
        source,
    })?;
    let mut lines = BufReader::new(file).lines();
    let first = match lines.next() {
        Some(Ok(l)) => l,
        Some(Err(e)) => return Err(bad(format!("cannot be read: {e}"))),
        None => return Err(bad("empty file: not a facts file".into())),
    };
    let header: Header = serde_json::from_str(&first)
        .ok()
        .filter(|h: &Header| h.format == FORMAT)
        .ok_or_else(|| bad("not a facts file written by `newsgraph extract --shard`".into()))?;
    if header.extractor_version != EXTRACTOR_VERSION {
        return Err(bad(format!(
            "written by extractor {}, this newsgraph is {}: extract the shard again with this version",
            header.extractor_version, EXTRACTOR_VERSION
        )));
    }
    let mut facts = Vec::new();
    for (i, line) in lines.enumerate() {
        let line = line.map_err(|e| bad(format!("line {}: cannot be read: {e}", i + 2)))?;
        if line.trim().is_empty() {
            continue;
        }
        let f: ArticleFacts = serde_json::from_str(&line)
            .map_err(|e| bad(format!("line {}: not an article's facts: {e}", i + 2)))?;
        facts.push(f);
    }
    Ok(facts)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shard_specs_parse_and_reject_nonsense() {
        assert_eq!("2/8".parse(), Ok(Shard { index: 2, count: 8 }));
        for bad in ["0/4", "5/4", "1/0", "1", "a/b", ""] {
            assert!(bad.parse::<Shard>().is_err(), "{bad}");
        }
    }

    #[test]
    fn every_key_is_in_exactly_one_shard() {
        let count = 5;
        for k in 0..500 {
            let key = format!("folder/article-{k}.txt");
            let holders = (1..=count)
                .filter(|&index| Shard { index, count }.holds(&key))
                .count();
            assert_eq!(holders, 1, "{key}");
        }
    }

    #[test]
    fn a_facts_file_from_another_extractor_is_refused() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("old.facts");
        std::fs::write(
            &path,
            "{\"format\":\"newsgraph-facts\",\"extractor_version\":\"0.0.1+0000\"}\n",
        )
        .unwrap();
        let e = read_facts(&path).unwrap_err().to_string();
        assert!(e.contains("old.facts") && e.contains("0.0.1+0000"), "{e}");
        std::fs::write(&path, "hello\n").unwrap();
        assert!(read_facts(&path).is_err());
    }
}
