//! The project's annotated articles (`eval/README.md` format) as training data.
//!
//! An annotation lists each entity once with every surface form the article uses
//! ("Tony Blair | Blair"); it does not mark spans. The spans are recovered by
//! projecting the forms onto the article's tokens: the article is read and split
//! exactly as `build` reads and splits it (page chrome left out), and every run of
//! tokens that spells a form, longest form first, becomes an entity of that form's
//! kind. Everything else is outside. This is only sound for annotations that list
//! every name and every form the article uses, as the training annotations under
//! `eval/train/` do (their README says so); the development and held-out sets are
//! scored, not trained on.

use std::collections::HashMap;
use std::path::Path;

use super::{TagKind, TrainingSentence};
use crate::Error;
use crate::eval::articles::{Annotation, alternatives, load_dir};
use crate::ingest::{Source, read_source};
use crate::text::{self, Span};

/// Forms as token sequences, each with its kind. A form given under two kinds in one
/// article is ambiguous and projects nothing.
fn forms(a: &Annotation) -> Vec<(Vec<String>, TagKind)> {
    let mut by_form: HashMap<Vec<String>, Option<TagKind>> = HashMap::new();
    let lists = [
        (&a.persons, TagKind::Person),
        (&a.organizations, TagKind::Organization),
        (&a.places, TagKind::Place),
    ];
    for (entries, kind) in lists {
        for entry in entries {
            for form in alternatives(entry) {
                let words: Vec<String> = text::tokens(form, Span::new(0, form.len()))
                    .iter()
                    .map(|t| t.span.of(form).to_string())
                    .collect();
                if words.is_empty() {
                    continue;
                }
                by_form
                    .entry(words)
                    .and_modify(|k| {
                        if *k != Some(kind) {
                            *k = None;
                        }
                    })
                    .or_insert(Some(kind));
            }
        }
    }
    let mut out: Vec<(Vec<String>, TagKind)> = by_form
        .into_iter()
        .filter_map(|(w, k)| Some((w, k?)))
        .collect();
    // Longest first, then a fixed order, so projection is deterministic.
    out.sort_by(|a, b| b.0.len().cmp(&a.0.len()).then_with(|| a.0.cmp(&b.0)));
    out
}

/// Entities in one tokenized sentence: at each token the longest form that starts
/// there, left to right, without overlaps.
fn project(words: &[String], forms: &[(Vec<String>, TagKind)]) -> Vec<(usize, usize, TagKind)> {
    let mut entities = Vec::new();
    let mut i = 0;
    while i < words.len() {
        let hit = forms
            .iter()
            .find(|(f, _)| words[i..].starts_with(f.as_slice()));
        match hit {
            Some((f, kind)) => {
                entities.push((i, i + f.len(), *kind));
                i += f.len();
            }
            None => i += 1,
        }
    }
    entities
}

/// Training sentences from one annotation: the article's sentences as the extractor
/// reads them ([`crate::extract::article_sentences`]).
fn sentences_of(a: &Annotation, data_root: &Path) -> Result<Vec<TrainingSentence>, Error> {
    let path = data_root.join(&a.path);
    let src = Source {
        path: path.clone(),
        key: a.path.clone(),
    };
    let (docs, errors) = read_source(&src);
    let Some(doc) = docs.into_iter().next() else {
        return Err(errors.into_iter().next().unwrap_or(Error::Input {
            path,
            message: "no article in the file".into(),
        }));
    };
    let forms = forms(a);
    let text = doc.text.as_str();
    let mut out = Vec::new();
    for s in crate::extract::article_sentences(&doc) {
        let words: Vec<String> = s
            .tokens
            .iter()
            .map(|t| t.span.of(text).to_string())
            .collect();
        if words.is_empty() {
            continue;
        }
        let entities = project(&words, &forms);
        out.push(TrainingSentence { words, entities });
    }
    Ok(out)
}

/// Reads every annotation under `dir` and the articles they name under `data_root`.
pub fn read_annotated_articles(
    dir: &Path,
    data_root: &Path,
) -> Result<Vec<TrainingSentence>, Error> {
    let annotations = load_dir(dir).map_err(|e| Error::Input {
        path: dir.to_path_buf(),
        message: format!("{e:#}"),
    })?;
    let mut out = Vec::new();
    for a in &annotations {
        out.extend(sentences_of(a, data_root)?);
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(s: &str) -> Vec<String> {
        s.split(' ').map(str::to_string).collect()
    }

    #[test]
    fn longest_form_wins_and_ambiguous_forms_project_nothing() {
        let a = Annotation {
            path: "x.txt".into(),
            persons: vec!["Tony Blair | Blair".into(), "Jordan".into()],
            organizations: vec!["Bank of England".into()],
            places: vec!["England".into(), "Jordan".into()],
            ..Default::default()
        };
        let f = forms(&a);
        let got = project(
            &words("Mr Blair told the Bank of England that Tony Blair and Jordan met in England"),
            &f,
        );
        assert_eq!(
            got,
            vec![
                (1, 2, TagKind::Person),
                (4, 7, TagKind::Organization),
                (8, 10, TagKind::Person),
                (14, 15, TagKind::Place),
            ]
        );
    }
}
