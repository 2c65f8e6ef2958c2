//! MEANTIME (NewsReader, CC BY 4.0) as training data: Wikinews articles in a NAF-like
//! XML, where tokens carry `t_id`s, `ENTITY_MENTION` markables anchor to tokens, and
//! `REFERS_TO` links each mention to an `ENTITY` typed PER, ORG, LOC, PRO, FIN or MIX.
//!
//! Two properties of the annotation shape the conversion:
//! - Only the title and the first sentences of each article are annotated in full
//!   (mentions with a `syntactic_type`); later sentences carry only the cross-document
//!   entities, so most names there are unmarked. Only the fully annotated part is used:
//!   every sentence up to the last one with a `syntactic_type` mention.
//! - Mentions are whole noun phrases ("The American computer company Apple", "Apple
//!   CEO Steve Jobs"), with names nested inside. A named-entity span is cut from each
//!   named (`NAM`, `PRE.NAM`) PER/ORG/LOC mention: leave out the names nested in it,
//!   take the capitalized runs left (joined over "of", "and", "-" …), drop leading
//!   titles and determiners, and keep the last run, the head of an English noun phrase.

use std::collections::HashMap;
use std::path::Path;

use quick_xml::Reader;
use quick_xml::events::{BytesStart, Event};

use super::gaz::{connector, name_like};
use super::{TagKind, TrainingSentence};
use crate::Error;

struct Token {
    id: String,
    sentence: u32,
    text: String,
}

struct Mention {
    id: String,
    syntactic_type: Option<String>,
    anchors: Vec<String>,
}

#[derive(Default)]
struct Document {
    tokens: Vec<Token>,
    mentions: Vec<Mention>,
    /// Entity id → ent_type.
    entity_types: HashMap<String, String>,
    /// Mention id → entity id.
    refers_to: HashMap<String, String>,
}

fn attr(e: &BytesStart<'_>, name: &[u8]) -> Option<String> {
    e.attributes()
        .flatten()
        .find(|a| a.key.as_ref() == name)
        .and_then(|a| a.unescape_value().ok().map(|v| v.into_owned()))
}

/// Reads the parts of the XML the conversion needs; everything else is skipped.
fn read_document(xml: &str) -> Result<Document, String> {
    let mut doc = Document::default();
    let mut reader = Reader::from_str(xml);
    let mut token: Option<Token> = None;
    let mut mention: Option<Mention> = None;
    let mut refers: Option<(Vec<String>, Option<String>)> = None;
    loop {
        let event = reader
            .read_event()
            .map_err(|e| format!("XML error at byte {}: {e}", reader.buffer_position()))?;
        let (e, empty) = match &event {
            Event::Start(e) => (e, false),
            Event::Empty(e) => (e, true),
            Event::Text(t) => {
                if let Some(tok) = &mut token {
                    let text = t.unescape().map_err(|e| e.to_string())?;
                    tok.text.push_str(&text);
                }
                continue;
            }
            Event::End(e) => {
                close(
                    &mut doc,
                    e.name().as_ref(),
                    &mut token,
                    &mut mention,
                    &mut refers,
                );
                continue;
            }
            Event::Eof => break,
            _ => continue,
        };
        let name = e.name().as_ref().to_vec();
        match name.as_slice() {
            b"token" => {
                token = Some(Token {
                    id: attr(e, b"t_id").unwrap_or_default(),
                    sentence: attr(e, b"sentence")
                        .and_then(|s| s.parse().ok())
                        .unwrap_or(0),
                    text: String::new(),
                });
            }
            b"ENTITY_MENTION" => {
                mention = Some(Mention {
                    id: attr(e, b"m_id").unwrap_or_default(),
                    syntactic_type: attr(e, b"syntactic_type"),
                    anchors: Vec::new(),
                });
            }
            b"token_anchor" => {
                if let (Some(m), Some(t)) = (&mut mention, attr(e, b"t_id")) {
                    m.anchors.push(t);
                }
            }
            b"ENTITY" => {
                if let (Some(id), Some(t)) = (attr(e, b"m_id"), attr(e, b"ent_type")) {
                    doc.entity_types.insert(id, t);
                }
            }
            b"REFERS_TO" => refers = Some((Vec::new(), None)),
            b"source" => {
                if let (Some((sources, _)), Some(id)) = (&mut refers, attr(e, b"m_id")) {
                    sources.push(id);
                }
            }
            b"target" => {
                if let (Some((_, target)), Some(id)) = (&mut refers, attr(e, b"m_id")) {
                    *target = Some(id);
                }
            }
            _ => {}
        }
        if empty {
            close(&mut doc, &name, &mut token, &mut mention, &mut refers);
        }
    }
    Ok(doc)
}

fn close(
    doc: &mut Document,
    name: &[u8],
    token: &mut Option<Token>,
    mention: &mut Option<Mention>,
    refers: &mut Option<(Vec<String>, Option<String>)>,
) {
    match name {
        b"token" => {
            if let Some(t) = token.take() {
                doc.tokens.push(t);
            }
        }
        b"ENTITY_MENTION" => {
            if let Some(m) = mention.take() {
                doc.mentions.push(m);
            }
        }
        b"REFERS_TO" => {
            if let Some((sources, Some(target))) = refers.take() {
                for s in sources {
                    doc.refers_to.insert(s, target.clone());
                }
            }
        }
        _ => {}
    }
}

/// A mention resolved to token indices.
struct Located {
    start: usize,
    end: usize,
    named: bool,
    kind: Option<TagKind>,
}

fn is_named(syntactic_type: Option<&str>) -> bool {
    matches!(syntactic_type, Some("NAM" | "PRE.NAM"))
}

/// Words that open a noun phrase before the name itself: determiners, honorifics and
/// titles ("The", "Mr.", "CEO", "Prime Minister").
fn leading_title(word: &str) -> bool {
    matches!(
        word.to_lowercase().as_str(),
        "the"
            | "a"
            | "an"
            | "mr."
            | "mrs."
            | "ms."
            | "dr."
            | "mr"
            | "mrs"
            | "ms"
            | "dr"
            | "sir"
            | "ceo"
            | "president"
            | "chairman"
            | "chief"
            | "executive"
            | "officer"
            | "minister"
            | "prime"
            | "secretary"
            | "director"
            | "senator"
            | "sen."
            | "governor"
            | "gov."
            | "general"
            | "gen."
            | "former"
    )
}

/// The name span of a named mention, per the module documentation; `None` when no
/// capitalized word is left.
fn name_span(words: &[String], m: &Located, nested: &[bool]) -> Option<(usize, usize)> {
    let mut runs: Vec<(usize, usize)> = Vec::new();
    let mut open: Option<usize> = None;
    for i in m.start..m.end {
        let free = !nested[i];
        let extends = open.is_some()
            && connector(&words[i])
            && i + 1 < m.end
            && !nested[i + 1]
            && name_like(&words[i + 1]);
        if free && (name_like(&words[i]) || extends) {
            open.get_or_insert(i);
        } else if let Some(s) = open.take() {
            runs.push((s, i));
        }
    }
    if let Some(s) = open {
        runs.push((s, m.end));
    }
    runs.into_iter()
        .filter_map(|(mut s, e)| {
            while s < e && leading_title(&words[s]) {
                s += 1;
            }
            (s < e).then_some((s, e))
        })
        .next_back()
}

/// Converts one MEANTIME XML document into sentences with PER/ORG/LOC spans.
pub fn parse_meantime(xml: &str) -> Result<Vec<TrainingSentence>, String> {
    let doc = read_document(xml)?;
    let index: HashMap<&str, usize> = doc
        .tokens
        .iter()
        .enumerate()
        .map(|(i, t)| (t.id.as_str(), i))
        .collect();
    let words: Vec<String> = doc
        .tokens
        .iter()
        .map(|t| t.text.trim().to_string())
        .collect();
    let mut last_annotated: Option<u32> = None;
    let mut located = Vec::new();
    for m in &doc.mentions {
        let mut at: Vec<usize> = m
            .anchors
            .iter()
            .filter_map(|a| index.get(a.as_str()).copied())
            .collect();
        at.sort_unstable();
        at.dedup();
        let (Some(&start), Some(&last)) = (at.first(), at.last()) else {
            continue;
        };
        if m.syntactic_type.is_some() {
            let s = at.iter().map(|&i| doc.tokens[i].sentence).max();
            last_annotated = last_annotated.max(s);
        }
        // Discontinuous mentions and mentions across sentences are not names.
        if last - start + 1 != at.len() || doc.tokens[start].sentence != doc.tokens[last].sentence {
            continue;
        }
        let kind = doc
            .refers_to
            .get(&m.id)
            .and_then(|e| doc.entity_types.get(e))
            .and_then(|t| match t.as_str() {
                "PER" => Some(TagKind::Person),
                "ORG" => Some(TagKind::Organization),
                "LOC" => Some(TagKind::Place),
                _ => None,
            });
        located.push(Located {
            start,
            end: last + 1,
            named: is_named(m.syntactic_type.as_deref()),
            kind,
        });
    }
    let Some(last_annotated) = last_annotated else {
        return Ok(Vec::new());
    };

    let mut spans: Vec<(usize, usize, TagKind)> = Vec::new();
    for m in located.iter().filter(|m| m.named) {
        let Some(kind) = m.kind else { continue };
        let mut nested = vec![false; words.len()];
        for n in located.iter().filter(|n| n.named) {
            if m.start <= n.start && n.end <= m.end && (n.start, n.end) != (m.start, m.end) {
                nested[n.start..n.end].iter_mut().for_each(|x| *x = true);
            }
        }
        if let Some((s, e)) = name_span(&words, m, &nested) {
            spans.push((s, e, kind));
        }
    }
    spans.sort_by_key(|&(s, e, _)| (s, std::cmp::Reverse(e)));
    spans.dedup_by_key(|&mut (s, e, _)| (s, e));

    let mut out: Vec<TrainingSentence> = Vec::new();
    let mut start = 0;
    while start < doc.tokens.len() {
        let sentence = doc.tokens[start].sentence;
        let mut end = start + 1;
        while end < doc.tokens.len() && doc.tokens[end].sentence == sentence {
            end += 1;
        }
        if sentence <= last_annotated {
            let mut taken = vec![false; end - start];
            let mut entities = Vec::new();
            for &(s, e, kind) in spans.iter().filter(|&&(s, _, _)| start <= s && s < end) {
                let (s, e) = (s - start, e.min(end) - start);
                if taken[s..e].iter().all(|t| !t) {
                    taken[s..e].iter_mut().for_each(|t| *t = true);
                    entities.push((s, e, kind));
                }
            }
            out.push(TrainingSentence {
                words: words[start..end].to_vec(),
                entities,
            });
        }
        start = end;
    }
    Ok(out)
}

/// Reads every `*.xml` file of a MEANTIME corpus folder (e.g. `corpus_airbus`), in
/// file-name order.
pub fn read_meantime_dir(dir: &Path) -> Result<Vec<TrainingSentence>, Error> {
    let io = |source| Error::Io {
        path: dir.to_path_buf(),
        source,
    };
    let mut files: Vec<_> = std::fs::read_dir(dir)
        .map_err(io)?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "xml"))
        .collect();
    files.sort();
    if files.is_empty() {
        return Err(Error::Input {
            path: dir.to_path_buf(),
            message: "no MEANTIME *.xml files in this folder".into(),
        });
    }
    let mut out = Vec::new();
    for f in files {
        let xml = std::fs::read_to_string(&f).map_err(|source| Error::Io {
            path: f.clone(),
            source,
        })?;
        let sentences = parse_meantime(&xml).map_err(|message| Error::Input {
            path: f.clone(),
            message,
        })?;
        out.extend(sentences);
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    const DOC: &str = r#"<?xml version="1.0" ?><Document doc_id="1">
<token number="0" sentence="0" t_id="1">Apple</token>
<token number="1" sentence="0" t_id="2">CEO</token>
<token number="2" sentence="0" t_id="3">Steve</token>
<token number="3" sentence="0" t_id="4">Jobs</token>
<token number="4" sentence="0" t_id="5">visits</token>
<token number="5" sentence="0" t_id="6">Wal</token>
<token number="6" sentence="0" t_id="7">-</token>
<token number="7" sentence="0" t_id="8">Mart</token>
<token number="8" sentence="1" t_id="9">The</token>
<token number="9" sentence="1" t_id="10">company</token>
<token number="10" sentence="1" t_id="11">Apple</token>
<token number="11" sentence="1" t_id="12">in</token>
<token number="12" sentence="1" t_id="13">San</token>
<token number="13" sentence="1" t_id="14">Jose</token>
<token number="14" sentence="1" t_id="15">&amp;</token>
<token number="15" sentence="2" t_id="16">Jobs</token>
<token number="16" sentence="2" t_id="17">met</token>
<token number="17" sentence="2" t_id="18">IBM</token>
<Markables>
<ENTITY_MENTION m_id="1" syntactic_type="APP"><token_anchor t_id="1"/><token_anchor t_id="2"/><token_anchor t_id="3"/><token_anchor t_id="4"/></ENTITY_MENTION>
<ENTITY_MENTION m_id="2" syntactic_type="PRE.NAM"><token_anchor t_id="1"/></ENTITY_MENTION>
<ENTITY_MENTION m_id="3" syntactic_type="NAM"><token_anchor t_id="3"/><token_anchor t_id="4"/></ENTITY_MENTION>
<ENTITY_MENTION m_id="4" syntactic_type="NAM"><token_anchor t_id="6"/><token_anchor t_id="7"/><token_anchor t_id="8"/></ENTITY_MENTION>
<ENTITY_MENTION m_id="5" syntactic_type="NAM"><token_anchor t_id="9"/><token_anchor t_id="10"/><token_anchor t_id="11"/><token_anchor t_id="12"/><token_anchor t_id="13"/><token_anchor t_id="14"/></ENTITY_MENTION>
<ENTITY_MENTION m_id="6" syntactic_type="NAM"><token_anchor t_id="13"/><token_anchor t_id="14"/></ENTITY_MENTION>
<ENTITY_MENTION m_id="7"><token_anchor t_id="16"/></ENTITY_MENTION>
<ENTITY_MENTION TAG_DESCRIPTOR="Empty_Mark" syntactic_type=""/>
<ENTITY m_id="100" ent_type="PER"/>
<ENTITY m_id="101" ent_type="ORG"/>
<ENTITY m_id="102" ent_type="LOC"/>
</Markables>
<Relations>
<REFERS_TO r_id="1"><source m_id="1"/><source m_id="3"/><source m_id="7"/><target m_id="100"/></REFERS_TO>
<REFERS_TO r_id="2"><source m_id="2"/><source m_id="4"/><source m_id="5"/><target m_id="101"/></REFERS_TO>
<REFERS_TO r_id="3"><source m_id="6"/><target m_id="102"/></REFERS_TO>
</Relations>
</Document>"#;

    #[test]
    fn names_are_cut_from_noun_phrases_and_unannotated_sentences_dropped() {
        let s = parse_meantime(DOC).unwrap();
        // Sentence 2 has only a mention without syntactic_type: not fully annotated.
        assert_eq!(s.len(), 2);
        assert_eq!(s[0].words[5..8], ["Wal", "-", "Mart"]);
        assert_eq!(
            s[0].entities,
            vec![
                (0, 1, TagKind::Organization),
                (2, 4, TagKind::Person),
                (5, 8, TagKind::Organization)
            ]
        );
        assert_eq!(s[1].words[6], "&");
        assert_eq!(
            s[1].entities,
            vec![(2, 3, TagKind::Organization), (4, 6, TagKind::Place)]
        );
    }

    #[test]
    fn broken_xml_is_an_error() {
        assert!(parse_meantime("<Document><token t_id=\"1\">a</Document>").is_err());
        assert!(parse_meantime("").unwrap().is_empty());
    }
}
