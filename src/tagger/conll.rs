//! CoNLL04 (Roth & Yih 2004) as training data: the JSON token format that `eval`
//! scores against, with `Peop`, `Org` and `Loc` as the three kinds and `Other` (dates,
//! nationalities, products…) left outside any entity.

use std::path::Path;

use super::{TagKind, TrainingSentence};
use crate::Error;
use crate::eval::conll04::Sentence;

/// The kind a CoNLL04 entity type maps to; `None` for `Other` and anything unknown.
fn kind(conll_type: &str) -> Option<TagKind> {
    match conll_type {
        "Peop" => Some(TagKind::Person),
        "Org" => Some(TagKind::Organization),
        "Loc" => Some(TagKind::Place),
        _ => None,
    }
}

/// Sentences from a CoNLL04 JSON string.
pub fn parse_conll04(json: &str) -> Result<Vec<TrainingSentence>, String> {
    let sentences: Vec<Sentence> = serde_json::from_str(json).map_err(|e| e.to_string())?;
    Ok(sentences
        .into_iter()
        .map(|s| TrainingSentence {
            entities: s
                .entities
                .iter()
                .filter_map(|e| Some((e.start, e.end, kind(&e.kind)?)))
                .filter(|&(start, end, _)| start < end && end <= s.tokens.len())
                .collect(),
            words: s.tokens,
        })
        .collect())
}

/// Reads a CoNLL04 JSON split (e.g. `conll04_train.json`).
pub fn read_conll04(path: &Path) -> Result<Vec<TrainingSentence>, Error> {
    let json = std::fs::read_to_string(path).map_err(|source| Error::Io {
        path: path.to_path_buf(),
        source,
    })?;
    parse_conll04(&json).map_err(|message| Error::Input {
        path: path.to_path_buf(),
        message: format!("not CoNLL04 JSON: {message}"),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn types_map_and_other_is_dropped() {
        let json = r#"[{"tokens": ["Bruno", "Pusterla", "of", "the", "Italian", "Agricultural", "Confederation", "in", "Rome"],
            "entities": [{"type": "Peop", "start": 0, "end": 2}, {"type": "Other", "start": 4, "end": 5},
                         {"type": "Org", "start": 4, "end": 7}, {"type": "Loc", "start": 8, "end": 9},
                         {"type": "Loc", "start": 8, "end": 12}],
            "relations": []}]"#;
        let s = parse_conll04(json).unwrap();
        assert_eq!(s.len(), 1);
        assert_eq!(
            s[0].entities,
            vec![
                (0, 2, TagKind::Person),
                (4, 7, TagKind::Organization),
                (8, 9, TagKind::Place)
            ]
        );
        assert!(parse_conll04("{").is_err());
    }
}
