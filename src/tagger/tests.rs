//! Behaviour of the tagger as a whole: training on a toy set, the file round trip,
//! determinism, and the shipped model on a known sentence and on garbage.

use super::*;

fn sentence(text: &str, entities: &[(usize, usize, TagKind)]) -> TrainingSentence {
    TrainingSentence {
        words: text.split_whitespace().map(str::to_string).collect(),
        entities: entities.to_vec(),
    }
}

/// A toy corpus: people who visit places and work for organizations.
fn toy_corpus() -> Vec<TrainingSentence> {
    use TagKind::*;
    let people = [
        "John Smith",
        "Anna Keller",
        "Peter Brown",
        "Maria Lopez",
        "David Miller",
        "Laura Weiss",
    ];
    let places = ["Paris", "Madrid", "Chicago", "Vienna", "Toronto", "Munich"];
    let orgs = [
        "Acme Corp",
        "Globex Inc",
        "Initech Corp",
        "Umbrella Inc",
        "Hooli Corp",
        "Vandelay Inc",
    ];
    let mut out = Vec::new();
    for i in 0..people.len() {
        let (p, l, o) = (people[i], places[(i + 1) % 6], orgs[(i + 2) % 6]);
        out.push(sentence(
            &format!("{p} visited {l} on Monday ."),
            &[(0, 2, Person), (3, 4, Place)],
        ));
        out.push(sentence(
            &format!("{p} works for {o} in {l} ."),
            &[(0, 2, Person), (4, 6, Organization), (7, 8, Place)],
        ));
        out.push(sentence(
            &format!("The company {o} said profits rose ."),
            &[(2, 4, Organization)],
        ));
        out.push(sentence("It was a quiet week in the market .", &[]));
    }
    out
}

fn spans(tagger: &Tagger, text: &str) -> Vec<(usize, usize, TagKind)> {
    let words: Vec<&str> = text.split_whitespace().collect();
    tagger
        .tag(&words)
        .iter()
        .map(|s| (s.start, s.end, s.kind))
        .collect()
}

#[test]
fn a_toy_model_tags_an_analogous_sentence() {
    let tagger = train(&toy_corpus(), 10);
    assert_eq!(
        spans(&tagger, "Sarah Olsen visited Oslo on Monday ."),
        vec![(0, 2, TagKind::Person), (3, 4, TagKind::Place)]
    );
    assert_eq!(
        spans(&tagger, "Sarah Olsen works for Wayne Corp in Oslo ."),
        vec![
            (0, 2, TagKind::Person),
            (4, 6, TagKind::Organization),
            (7, 8, TagKind::Place)
        ]
    );
}

#[test]
fn bytes_round_trip_and_damage_is_detected() {
    let mut tagger = train(&toy_corpus(), 5);
    calibrate(&mut tagger, &toy_corpus());
    let bytes = tagger.to_bytes();
    let back = Tagger::from_bytes(&bytes).unwrap();
    assert_eq!(back.to_bytes(), bytes);
    assert_eq!(back.feature_count(), tagger.feature_count());
    let words = ["Anna", "Keller", "visited", "Chicago", "."];
    assert_eq!(back.tag(&words), tagger.tag(&words));

    assert!(Tagger::from_bytes(&[]).is_err());
    assert!(Tagger::from_bytes(&bytes[..bytes.len() - 1]).is_err());
    let mut flipped = bytes.clone();
    let mid = flipped.len() / 2;
    flipped[mid] ^= 0x40;
    assert!(Tagger::from_bytes(&flipped).is_err());
    let mut other_version = bytes.clone();
    other_version[14] = other_version[14].wrapping_add(1);
    let err = Tagger::from_bytes(&other_version).unwrap_err().to_string();
    assert!(err.contains("version"), "{err}");
}

#[test]
fn training_is_deterministic() {
    let corpus = toy_corpus();
    assert_eq!(train(&corpus, 4).to_bytes(), train(&corpus, 4).to_bytes());
}

#[test]
fn pruning_keeps_the_decisions_of_a_toy_model() {
    let tagger = train(&toy_corpus(), 10);
    let pruned = tagger.pruned(0.05);
    assert!(pruned.feature_count() <= tagger.feature_count());
    let text = "Maria Lopez visited Vienna on Monday .";
    assert_eq!(spans(&pruned, text), spans(&tagger, text));
}

#[test]
fn the_shipped_model_finds_people_and_a_place() {
    let words: Vec<&str> = "Prime Minister Tony Blair met Gerhard Schroeder in Berlin on Monday ."
        .split(' ')
        .collect();
    let found = Tagger::default_model().tag(&words);
    let got: Vec<(usize, usize, TagKind)> =
        found.iter().map(|s| (s.start, s.end, s.kind)).collect();
    assert!(got.contains(&(2, 4, TagKind::Person)), "{found:?}");
    assert!(got.contains(&(5, 7, TagKind::Person)), "{found:?}");
    assert!(got.contains(&(8, 9, TagKind::Place)), "{found:?}");
    for s in &found {
        assert!(s.confidence > 0.0 && s.confidence <= 1.0, "{s:?}");
    }
}

#[test]
fn the_shipped_model_survives_garbage() {
    let model = Tagger::default_model();
    let huge = "Ab".repeat(50_000);
    let caps = "É".repeat(10_000);
    let many: Vec<&str> = std::iter::repeat_n("Berlin", 5_000).collect();
    let inputs: Vec<Vec<&str>> = vec![
        vec![],
        vec![""],
        vec!["", "", ""],
        vec![&huge, "Berlin", &caps],
        vec![
            "\u{0}",
            "\u{FEFF}",
            "\u{0301}",
            "\u{200B}",
            "🦀",
            "İstanbul",
            "ß",
            "ǅ",
        ],
        vec!["(", "``", "--", ".", ",", "''", ")"],
        vec!["of", "and", "the", "-", "&"],
        vec![
            "U.S.",
            "NATO",
            "1994",
            "12,000",
            "F-16",
            "iPhone",
            "McDonald's",
        ],
        many,
    ];
    for words in inputs {
        for s in model.tag(&words) {
            assert!(s.start < s.end && s.end <= words.len(), "{s:?}");
            assert!((0.0..=1.0).contains(&s.confidence), "{s:?}");
        }
    }
}
