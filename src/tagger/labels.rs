//! The BIO label set and its one grammatical rule. Labels are small integers so that
//! the weight tables are plain arrays indexed by label.

use super::TagKind;

/// How many labels there are: O and B-/I- for each of the three kinds.
pub(crate) const COUNT: usize = 7;

/// Outside any entity.
pub(crate) const O: u8 = 0;

/// The label of a token at the beginning (`inside == false`) or inside a span of `kind`.
pub(crate) fn label(kind: TagKind, inside: bool) -> u8 {
    let base = match kind {
        TagKind::Person => 1,
        TagKind::Organization => 3,
        TagKind::Place => 5,
    };
    base + u8::from(inside)
}

/// The kind of a B- or I- label; `None` for O (and anything out of range).
pub(crate) fn kind(label: u8) -> Option<TagKind> {
    match label {
        1 | 2 => Some(TagKind::Person),
        3 | 4 => Some(TagKind::Organization),
        5 | 6 => Some(TagKind::Place),
        _ => None,
    }
}

/// Is this an I- label?
pub(crate) fn is_inside(label: u8) -> bool {
    matches!(label, 2 | 4 | 6)
}

/// BIO's only constraint: I-X continues a span of X, so it may follow B-X or I-X and
/// nothing else. Decoding never proposes a label that breaks it, so every output
/// sequence reads back as well-formed spans.
pub(crate) fn allowed(prev: u8, next: u8) -> bool {
    !is_inside(next) || (prev != O && kind(prev) == kind(next))
}

/// BIO labels for `len` tokens from spans (start, end exclusive). Spans that are empty,
/// out of range or overlap an earlier span are skipped: the labels are always valid.
pub(crate) fn from_spans(len: usize, spans: &[(usize, usize, TagKind)]) -> Vec<u8> {
    let mut labels = vec![O; len];
    for &(start, end, kind) in spans {
        if start >= end || end > len || labels[start..end].iter().any(|&l| l != O) {
            continue;
        }
        labels[start] = label(kind, false);
        for l in &mut labels[start + 1..end] {
            *l = label(kind, true);
        }
    }
    labels
}

/// Spans (start, end exclusive, kind) from BIO labels. A stray I-X (which decoding
/// never produces) opens a span like B-X would.
pub(crate) fn to_spans(labels: &[u8]) -> Vec<(usize, usize, TagKind)> {
    let mut spans = Vec::new();
    let mut open: Option<(usize, TagKind)> = None;
    for (i, &l) in labels.iter().enumerate() {
        let k = kind(l);
        let continues = is_inside(l) && open.is_some_and(|(_, ok)| Some(ok) == k);
        if continues {
            continue;
        }
        if let Some((s, ok)) = open.take() {
            spans.push((s, i, ok));
        }
        if let Some(k) = k {
            open = Some((i, k));
        }
    }
    if let Some((s, k)) = open {
        spans.push((s, labels.len(), k));
    }
    spans
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spans_round_trip_through_labels() {
        let spans = vec![(0, 2, TagKind::Person), (3, 4, TagKind::Place)];
        let labels = from_spans(5, &spans);
        assert_eq!(labels, vec![1, 2, O, 5, O]);
        assert_eq!(to_spans(&labels), spans);
    }

    #[test]
    fn bad_spans_are_skipped_and_stray_inside_opens() {
        let labels = from_spans(
            3,
            &[
                (0, 2, TagKind::Organization),
                (1, 3, TagKind::Person),
                (2, 9, TagKind::Place),
            ],
        );
        assert_eq!(labels, vec![3, 4, O]);
        assert_eq!(
            to_spans(&[O, 2, 2, 4]),
            vec![(1, 3, TagKind::Person), (3, 4, TagKind::Organization)]
        );
    }

    #[test]
    fn inside_only_continues_its_own_kind() {
        assert!(allowed(1, 2));
        assert!(allowed(2, 2));
        assert!(!allowed(O, 2));
        assert!(!allowed(3, 2));
        assert!(allowed(4, 1));
    }
}
