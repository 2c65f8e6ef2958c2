//! One small hand-written fixture per language pattern: the text, and the facts the
//! extractor must find in it. Names are made up or generic on purpose.

use newsgraph::extract::{self, ArticleFacts, EntityKind, EventKind, EventStatus};
use newsgraph::ingest;

fn facts(text: &str) -> ArticleFacts {
    let doc = ingest::document_from_text(
        "fixture.txt",
        std::path::Path::new("fixture.txt"),
        text.as_bytes(),
        "txt",
    )
    .expect("document");
    extract::extract(&doc)
}

/// Facts of a Markdown article, front matter (a publication date) included.
fn facts_md(text: &str) -> ArticleFacts {
    let doc = ingest::document_from_text(
        "fixture.md",
        std::path::Path::new("fixture.md"),
        text.as_bytes(),
        "md",
    )
    .expect("document");
    extract::extract(&doc)
}

/// The first event of a kind, or a failure showing all of them.
fn event_of(
    evs: &[newsgraph::extract::EventFact],
    kind: EventKind,
) -> &newsgraph::extract::EventFact {
    evs.iter()
        .find(|e| e.kind == kind)
        .unwrap_or_else(|| panic!("no {kind:?} in {evs:?}"))
}

/// The event of `kind` held at the place named `place`.
fn event_at<'a>(
    f: &'a ArticleFacts,
    kind: EventKind,
    place: &str,
) -> &'a newsgraph::extract::EventFact {
    f.events
        .iter()
        .find(|e| e.kind == kind && e.place.is_some_and(|p| name(f, p) == place))
        .unwrap_or_else(|| panic!("no {kind:?} at {place}: {:?}", f.events))
}

/// Names of the entities of one kind, in the article's order.
fn names_of(f: &ArticleFacts, kind: EntityKind) -> Vec<&str> {
    f.entities
        .iter()
        .filter(|e| e.kind == kind)
        .map(|e| e.name.as_str())
        .collect()
}

fn name(f: &ArticleFacts, i: usize) -> &str {
    &f.entities[i].name
}

/// (person, role, organization) triples found.
fn roles(text: &str) -> Vec<(String, String, String)> {
    let f = facts(text);
    f.roles
        .iter()
        .map(|r| {
            (
                name(&f, r.person).to_string(),
                r.role.clone(),
                r.organization
                    .map(|o| name(&f, o).to_string())
                    .unwrap_or_default(),
            )
        })
        .collect()
}

/// Does `person` hold `role` (whatever the organization) among the roles found?
fn holds(found: &[(String, String, String)], person: &str, role: &str) -> bool {
    found.iter().any(|(p, r, _)| p == person && r == role)
}

fn check_role(text: &str, person: &str, role: &str, org: &str) {
    let found = roles(text);
    assert!(
        found
            .iter()
            .any(|(p, r, o)| p == person && r == role && o == org),
        "expected ({person}, {role}, {org}) in {text:?}\nfound {found:?}"
    );
}

#[test]
fn org_title_name() {
    check_role(
        "The plan was backed by NATO Secretary-General Anders Halvorsen on Monday.",
        "Anders Halvorsen",
        "Secretary General",
        "NATO",
    );
}

#[test]
fn demonym_title_name() {
    check_role(
        "Talks stalled, Norwegian Deputy Foreign Minister Kari Lindqvist said.",
        "Kari Lindqvist",
        "Deputy Foreign Minister",
        "Norway",
    );
}

#[test]
fn possessive_country_title_name() {
    check_role(
        "The proposal came from Poland's Foreign Minister Marek Kowalczyk last week.",
        "Marek Kowalczyk",
        "Foreign Minister",
        "Poland",
    );
}

/// "the country's vice president": the party is the country named just before.
#[test]
fn the_country_s_title_name_takes_the_country_named_before() {
    check_role(
        "Talks to rescue Portugal's largest bank stalled. However, the country's finance minister Ana Duarte said a deal was close.",
        "Ana Duarte",
        "Finance Minister",
        "Portugal",
    );
    check_role(
        "Shares in Hexagon Motors fell. The firm's chief executive Paul Grady said sales would recover.",
        "Paul Grady",
        "Chief Executive",
        "Hexagon Motors",
    );
}

#[test]
fn name_comma_title_for_org() {
    check_role(
        "Anna Petrova, spokeswoman for the Bulgarian Foreign Ministry, denied the report.",
        "Anna Petrova",
        "Spokeswoman",
        "Bulgarian Foreign Ministry",
    );
}

#[test]
fn name_comma_org_possessive_title() {
    check_role(
        "Peter Holm, the European Union's top diplomat, arrived on Friday.",
        "Peter Holm",
        "Top Diplomat",
        "European Union",
    );
}

#[test]
fn country_title_to_org_name() {
    check_role(
        "U.S. Ambassador to NATO Laura Bennett said the alliance was united.",
        "Laura Bennett",
        "Ambassador to NATO",
        "United States",
    );
}

#[test]
fn lower_case_title_after_org() {
    check_role(
        "Pentagon spokesman Mark Ellison said on Monday that nothing had changed.",
        "Mark Ellison",
        "Spokesman",
        "Pentagon",
    );
}

#[test]
fn title_of_country_comma_name() {
    check_role(
        "The Secretary of State of the United States, Daniel Moore, spoke to allies.",
        "Daniel Moore",
        "Secretary of State",
        "United States",
    );
}

#[test]
fn side_gives_the_organization() {
    check_role(
        "On Finland's side, senior officials including Deputy Defense Minister Olli Virtanen were present.",
        "Olli Virtanen",
        "Deputy Defense Minister",
        "Finland",
    );
}

#[test]
fn surname_refers_back_within_the_article() {
    let f = facts(
        "Norwegian Foreign Minister Kari Lindqvist arrived in Oslo.\nLindqvist said the talks went well.",
    );
    let people = names_of(&f, EntityKind::Person);
    assert_eq!(people, ["Kari Lindqvist"]);
}

#[test]
fn acronym_defined_in_brackets_joins_its_organization() {
    let f = facts(
        "Delegates met at the Vienna-based Organization for Security and Cooperation in Europe (OSCE) on Tuesday. The OSCE said little.",
    );
    let orgs: Vec<&ArticleFactsEntity> = f
        .entities
        .iter()
        .filter(|e| e.kind == EntityKind::Organization)
        .collect();
    assert_eq!(orgs.len(), 1, "{orgs:?}");
    assert!(orgs[0].aliases.iter().any(|a| a == "OSCE"));
}

type ArticleFactsEntity = newsgraph::extract::Entity;

fn events(text: &str) -> (ArticleFacts, Vec<newsgraph::extract::EventFact>) {
    let f = facts(text);
    let e = f.events.clone();
    (f, e)
}

fn attendee_names(f: &ArticleFacts, e: &newsgraph::extract::EventFact) -> Vec<String> {
    e.attendees
        .iter()
        .map(|&a| name(f, a).to_string())
        .collect()
}

/// Are all these people or parties among the event's attendees?
fn attends(f: &ArticleFacts, e: &newsgraph::extract::EventFact, who: &[&str]) -> bool {
    let names = attendee_names(f, e);
    who.iter().all(|w| names.iter().any(|n| n == w))
}

#[test]
fn met_in_place_on_weekday_with_dateline() {
    let (f, ev) = events(
        "Oslo, March 3 (Wire) -- Swedish Prime Minister Lena Berg met Finnish President Juha Koskinen in Helsinki on Monday.\nMore follows.",
    );
    assert_eq!(ev.len(), 1, "{ev:?}");
    let names = attendee_names(&f, &ev[0]);
    assert!(
        names.contains(&"Lena Berg".to_string()) && names.contains(&"Juha Koskinen".to_string()),
        "{names:?}"
    );
    assert_eq!(ev[0].place.map(|p| name(&f, p)), Some("Helsinki"));
}

#[test]
fn future_meeting_with_weekday_and_month_day() {
    let (f, ev) = events(
        "The Arctic Council meeting is scheduled for Wednesday January 12 in Reykjavik, the council said in 2021.",
    );
    assert_eq!(ev.len(), 1, "{ev:?}");
    assert_eq!(ev[0].name.as_deref(), Some("Arctic Council meeting"));
    assert_eq!(ev[0].place.map(|p| name(&f, p)), Some("Reykjavik"));
    assert_eq!(
        ev[0].date.as_ref().and_then(|d| d.iso()),
        Some("2022-01-12")
    );
    assert_eq!(ev[0].status, Some(extract::EventStatus::Planned));
}

#[test]
fn presence_sentence_adds_attendees_to_the_current_meeting() {
    let (f, ev) = events(
        "Officials from the European Union and Norway are holding talks in Oslo this week.\nOn Norway's side, senior officials including Deputy Foreign Minister Ola Hansen and State Secretary Kari Dahl were present.",
    );
    assert_eq!(ev.len(), 1, "{ev:?}");
    let names = attendee_names(&f, &ev[0]);
    assert!(
        names.contains(&"Ola Hansen".to_string()) && names.contains(&"Kari Dahl".to_string()),
        "{names:?}"
    );
}

#[test]
fn after_clause_is_its_own_meeting_with_the_subject() {
    let (f, ev) = events(
        "Swedish Foreign Minister Lena Berg will attend the Oslo talks, after meeting with Danish Foreign Minister Jens Holm in Copenhagen.",
    );
    let copenhagen = ev
        .iter()
        .find(|e| e.place.map(|p| name(&f, p)) == Some("Copenhagen"))
        .expect("Copenhagen meeting");
    let names = attendee_names(&f, copenhagen);
    assert!(
        names.contains(&"Lena Berg".to_string()) && names.contains(&"Jens Holm".to_string()),
        "{names:?}"
    );
}

#[test]
fn phone_call_with_date() {
    let (f, ev) = events(
        "During the first call on December 7, President Anna Kowal warned President Ivan Petrov about sanctions.",
    );
    assert_eq!(ev.len(), 1, "{ev:?}");
    assert_eq!(ev[0].kind, EventKind::PhoneCall);
    let names = attendee_names(&f, &ev[0]);
    assert!(
        names.contains(&"Anna Kowal".to_string()) && names.contains(&"Ivan Petrov".to_string()),
        "{names:?}"
    );
}

#[test]
fn reporting_speaker_is_not_an_attendee() {
    let (f, ev) = events(
        "Anna Petrova, spokeswoman for the Bulgarian Foreign Ministry, confirmed that Bulgarian officials will attend the Balkan Council meeting in Sofia.",
    );
    assert_eq!(ev.len(), 1, "{ev:?}");
    let names = attendee_names(&f, &ev[0]);
    assert!(!names.contains(&"Anna Petrova".to_string()), "{names:?}");
}

#[test]
fn quoted_meetings_are_not_events() {
    let (_, ev) = events(
        "“I don't think we can expect these meetings to resolve all issues,” the minister said.",
    );
    assert!(ev.is_empty(), "{ev:?}");
}

#[test]
fn visit_by_flying_to_a_country() {
    let (f, ev) = events(
        "Peter Holm, the European Union's top diplomat, flew to Moldova on Tuesday for a two-day trip.",
    );
    assert_eq!(ev.len(), 1, "{ev:?}");
    assert_eq!(ev[0].kind, EventKind::Visit);
    assert_eq!(ev[0].place.map(|p| name(&f, p)), Some("Moldova"));
}

#[test]
fn middle_initials_stay_inside_the_name() {
    let f = facts("Former president John F. Kennedy visited Dallas in 1963.");
    let people = names_of(&f, EntityKind::Person);
    assert_eq!(people, ["John F. Kennedy"]);
}

#[test]
fn a_place_named_after_someone_is_a_place() {
    let f = facts("The storm hit Morgan City on Tuesday.");
    assert!(
        f.entities
            .iter()
            .any(|e| e.name == "Morgan City" && e.kind == EntityKind::Place),
        "{:?}",
        f.entities
    );
    assert!(!f.entities.iter().any(|e| e.kind == EntityKind::Person));
}

#[test]
fn he_is_the_man_last_named() {
    let (f, ev) = events(
        "Swedish Foreign Minister Lars Berg arrived on Monday.\nHe met Danish Foreign Minister Mette Holm in Copenhagen.",
    );
    assert_eq!(ev.len(), 1, "{ev:?}");
    let names = attendee_names(&f, &ev[0]);
    assert!(
        names.contains(&"Lars Berg".to_string()) && names.contains(&"Mette Holm".to_string()),
        "{names:?}"
    );
}

#[test]
fn quarters_are_the_latest_one_begun() {
    let anchor = jiff::civil::date(1989, 11, 1);
    let t = newsgraph::extract::temporal::find_temporal(
        "Profit rose 12% in the third quarter.",
        Some(anchor),
    );
    assert_eq!(
        t.iter().map(|x| x.timeml.as_str()).collect::<Vec<_>>(),
        ["1989-Q3"]
    );
    let t = newsgraph::extract::temporal::find_temporal(
        "Fourth-quarter sales fell.",
        Some(jiff::civil::date(1990, 2, 5)),
    );
    assert_eq!(
        t.iter().map(|x| x.timeml.as_str()).collect::<Vec<_>>(),
        ["1989-Q4"]
    );
}

#[test]
fn a_lone_name_traded_like_a_company_is_an_organization() {
    let f = facts(
        "Investors sold shares in Vantrox after the results.\nVantrox's profits fell by a third.",
    );
    assert!(
        f.entities
            .iter()
            .any(|e| e.name == "Vantrox" && e.kind == EntityKind::Organization),
        "{:?}",
        f.entities
    );
}

#[test]
fn pronoun_subject_chairs_a_named_meeting_in_a_city() {
    let (f, ev) = events(
        "Finance Minister Lars Berg flew to Kenya on Monday.\nHe will visit a school in Nairobi before chairing a meeting of the Council for Africa in Cape Town.",
    );
    let meeting = ev
        .iter()
        .find(|e| e.kind == EventKind::Meeting)
        .expect("the meeting");
    assert_eq!(meeting.name.as_deref(), Some("Council for Africa meeting"));
    assert_eq!(meeting.place.map(|p| name(&f, p)), Some("Cape Town"));
    assert!(attendee_names(&f, meeting).contains(&"Lars Berg".to_string()));
}

#[test]
fn announcing_something_at_a_meeting_puts_you_there() {
    let (f, ev) =
        events("Anna Kowal announced her resignation at a public meeting in Gdansk last week.");
    assert_eq!(ev.len(), 1, "{ev:?}");
    assert!(attendee_names(&f, &ev[0]).contains(&"Anna Kowal".to_string()));
}

#[test]
fn spelling_variants_of_a_role_are_one_role() {
    use newsgraph::extract::roles::role_key;
    assert_eq!(
        role_key("Deputy Defence Minister"),
        role_key("deputy defense minister")
    );
    assert_eq!(role_key("Secretary-General"), role_key("Secretary General"));
    assert_ne!(role_key("Defence Secretary"), role_key("Foreign Secretary"));
}

#[test]
fn nominal_with_organization_refers_to_its_role_holder() {
    let (f, ev) = events(
        "NATO Secretary-General Anders Halvorsen warned of new risks on Monday. \
         On Tuesday the NATO chief met Finnish President Juha Koskinen in Helsinki.",
    );
    assert_eq!(ev.len(), 1, "{ev:?}");
    let names = attendee_names(&f, &ev[0]);
    assert!(
        names.contains(&"Anders Halvorsen".to_string())
            && names.contains(&"Juha Koskinen".to_string()),
        "{names:?}"
    );
    assert!(!names.contains(&"NATO".to_string()), "{names:?}");
}

#[test]
fn nominal_title_refers_to_the_one_holder_of_that_title() {
    let (f, ev) = events(
        "Estonian Foreign Minister Kaja Tamm criticised the plan. \
         Later the foreign minister met Latvian Prime Minister Ivars Ozols in Riga.",
    );
    assert_eq!(ev.len(), 1, "{ev:?}");
    let names = attendee_names(&f, &ev[0]);
    assert!(names.contains(&"Kaja Tamm".to_string()), "{names:?}");
}

#[test]
fn ambiguous_nominal_stays_unresolved() {
    let (f, ev) = events(
        "Estonian Foreign Minister Kaja Tamm and Latvian Foreign Minister Edgars Kalns spoke. \
         Later the foreign minister met Lithuanian Prime Minister Rasa Vaitkute in Vilnius.",
    );
    for e in &ev {
        let names = attendee_names(&f, e);
        assert!(
            !names.contains(&"Kaja Tamm".to_string())
                || !names.contains(&"Rasa Vaitkute".to_string()),
            "{names:?}"
        );
    }
}

fn has(f: &ArticleFacts, name: &str, kind: EntityKind) -> bool {
    f.entities
        .iter()
        .any(|e| e.kind == kind && (e.name == name || e.aliases.iter().any(|a| a == name)))
}

fn assert_no_person(text: &str) {
    let f = facts(text);
    assert!(
        !f.entities.iter().any(|e| e.kind == EntityKind::Person),
        "{:?}",
        f.entities
    );
}

#[test]
fn name_before_party_nouns_is_an_organization_everywhere_in_the_article() {
    let f = facts(
        "Veltrop said the plan had failed. Veltrop MPs voted against it, and the \
         Veltrop manifesto was silent.",
    );
    assert!(
        has(&f, "Veltrop", EntityKind::Organization),
        "{:?}",
        f.entities
    );
    assert!(!has(&f, "Veltrop", EntityKind::Person), "{:?}", f.entities);
}

#[test]
fn party_before_lower_case_title_and_name() {
    check_role(
        "Yesterday Verdant leader Ola Nordmann rejected the budget.",
        "Ola Nordmann",
        "Leader",
        "Verdant",
    );
}

#[test]
fn plural_possessive_in_apposition() {
    check_role(
        "Anna Lindqvist, the Free Democrats' transport spokeswoman, said so.",
        "Anna Lindqvist",
        "Transport Spokeswoman",
        "Free Democrats",
    );
}

#[test]
fn known_name_before_an_organization_head_is_one_organization() {
    check_role(
        "Peter Olsen, chief economist at the Commonwealth Bank of Australia, said growth slowed.",
        "Peter Olsen",
        "Chief Economist",
        "Commonwealth Bank of Australia",
    );
}

#[test]
fn short_organization_name_is_the_full_one() {
    let f = facts(
        "The Reserve Bank of Freedonia raised rates. The Reserve Bank said inflation was high.",
    );
    let banks: Vec<_> = f
        .entities
        .iter()
        .filter(|e| e.kind == EntityKind::Organization && e.name.contains("Reserve Bank"))
        .collect();
    assert_eq!(banks.len(), 1, "{banks:?}");
    assert_eq!(banks[0].name, "Reserve Bank of Freedonia");
}

#[test]
fn knights_given_name_and_surname_forms_are_one_person() {
    let f = facts(
        "Sir Alan Whitcombe led the inquiry. Sir Alan's findings were published. \
         Mrs Parker Holt thanked him, and Jane Parker Holt later resigned.",
    );
    let people = names_of(&f, EntityKind::Person);
    assert_eq!(
        people,
        vec!["Alan Whitcombe", "Jane Parker Holt"],
        "{:?}",
        f.entities
    );
}

#[test]
fn nobility_titles_name_people_but_make_no_role() {
    let found = roles("Prince Edmund and Princess Beatrix arrived in Oslo on Monday.");
    assert!(found.is_empty(), "{found:?}");
    let f = facts("Prince Edmund and Princess Beatrix arrived in Oslo on Monday.");
    assert!(has(&f, "Edmund", EntityKind::Person), "{:?}", f.entities);
}

#[test]
fn lower_case_major_is_an_adjective() {
    assert_no_person("The first major Norse group met on Monday.");
}

#[test]
fn title_at_unknown_company() {
    check_role(
        "Greta Holm, a senior analyst at Fjordvik Capital, said shares fell.",
        "Greta Holm",
        "Senior Analyst",
        "Fjordvik Capital",
    );
}

#[test]
fn relative_clause_with_a_verb_of_office() {
    check_role(
        "Sarah Lindgren, who heads the Baltic Food Council, said supplies were short.",
        "Sarah Lindgren",
        "Head",
        "Baltic Food Council",
    );
}

#[test]
fn speech_verb_before_a_channel_is_not_a_person() {
    assert_no_person("The minister told BBC One's morning programme he was confident.");
}

#[test]
fn town_named_like_a_surname_is_a_place_only_where_the_sentence_says_so() {
    let f = facts("The plan was praised by Warren and criticised by Richardson.");
    assert!(
        !f.entities.iter().any(|e| e.kind == EntityKind::Place),
        "{:?}",
        f.entities
    );
    let f = facts("The senators met in Richardson on Monday.");
    assert!(has(&f, "Richardson", EntityKind::Place), "{:?}", f.entities);
}

#[test]
fn common_noun_acronyms_are_not_organizations() {
    let f = facts("Growth in GDP slowed to 2% as HIV cases rose, the ministry said on Monday.");
    assert!(
        !f.entities
            .iter()
            .any(|e| e.kind == EntityKind::Organization && (e.name == "GDP" || e.name == "HIV")),
        "{:?}",
        f.entities
    );
}

#[test]
fn relative_clause_without_comma_and_bare_possessive() {
    check_role(
        "He was joined by Ivo Brandt who is now Nordlys' deputy leader.",
        "Ivo Brandt",
        "Deputy Leader",
        "Nordlys",
    );
}

#[test]
fn professor_at_institution() {
    check_role(
        "\"It is a setback,\" said Carl Jensen, a professor at Aalborg Law School.",
        "Carl Jensen",
        "Professor",
        "Aalborg Law School",
    );
}

#[test]
fn title_name_then_employer() {
    check_role(
        "\"Demand is weak,\" said analyst Ola Brekke at Fjellstad.",
        "Ola Brekke",
        "Analyst",
        "Fjellstad",
    );
}

#[test]
fn company_noun_between_preposition_and_employer() {
    check_role(
        "\"We see risks,\" said Nils Aune, analyst at brokers Vintermark.",
        "Nils Aune",
        "Analyst",
        "Vintermark",
    );
}

#[test]
fn ampersand_joins_a_company_name() {
    let f = facts("Shares in Hagen & Hagen rose after the deal was approved.");
    assert!(
        has(&f, "Hagen & Hagen", EntityKind::Organization),
        "{:?}",
        f.entities
    );
}

#[test]
fn acronym_before_a_name_is_not_part_of_it() {
    let f = facts("The co-head of aerospace group NLAG Philippe Morel is to leave his post.");
    assert!(
        has(&f, "Philippe Morel", EntityKind::Person),
        "{:?}",
        f.entities
    );
}

#[test]
fn names_listed_with_an_organization_are_organizations() {
    let f = facts("The drug is made by Velcor Industries, Brandlund and Ostara.");
    for n in ["Brandlund", "Ostara"] {
        assert!(
            has(&f, n, EntityKind::Organization),
            "{n}: {:?}",
            f.entities
        );
    }
}

#[test]
fn acronym_of_an_organization_named_in_the_article_is_that_organization() {
    let f = facts("He left the UK Freedom Alliance last year. UKFA said he was wrong.");
    let orgs: Vec<_> = f
        .entities
        .iter()
        .filter(|e| e.kind == EntityKind::Organization)
        .collect();
    assert_eq!(orgs.len(), 1, "{orgs:?}");
    assert_eq!(orgs[0].name, "UK Freedom Alliance");
}

#[test]
fn place_name_before_an_organization_head_is_part_of_the_organization() {
    let f = facts("He studied at the Geneva School of Economics before joining the firm.");
    assert!(
        has(&f, "Geneva School of Economics", EntityKind::Organization),
        "{:?}",
        f.entities
    );
    assert!(!has(&f, "Geneva", EntityKind::Place), "{:?}", f.entities);
}

#[test]
fn prefixed_titles_and_an_honorific_before_the_name() {
    check_role(
        "Conservative co-chairman Anton Berg said the plan would fail.",
        "Anton Berg",
        "Co Chairman",
        "Conservative",
    );
    check_role(
        "Meanwhile Verdant chief executive Lord Halvard suggested a delay.",
        "Halvard",
        "Chief Executive",
        "Verdant",
    );
}

#[test]
fn title_word_ending_a_given_name_run_is_a_surname() {
    let f = facts("Former prime minister John Major said he backed the plan.");
    assert!(
        has(&f, "John Major", EntityKind::Person),
        "{:?}",
        f.entities
    );
}

#[test]
fn apposition_headed_by_a_company_noun_makes_an_organization() {
    let f = facts("Ministers may step in to save Cardova, Peru's flagship airline, this week.");
    assert!(
        has(&f, "Cardova", EntityKind::Organization),
        "{:?}",
        f.entities
    );
    let f = facts("The deal was agreed by Meltrand, the French media group, on Monday.");
    assert!(
        has(&f, "Meltrand", EntityKind::Organization),
        "{:?}",
        f.entities
    );
}

#[test]
fn company_designators_end_organization_names() {
    let f = facts("The study was run by the Fenwick Society and Ardley Capital.");
    for n in ["Fenwick Society", "Ardley Capital"] {
        assert!(
            has(&f, n, EntityKind::Organization),
            "{n}: {:?}",
            f.entities
        );
    }
}

#[test]
fn common_nouns_between_a_possessive_party_and_the_title_belong_to_the_title() {
    check_role(
        "Chile's port authority chief Ramon Ortega said the strike was over.",
        "Ramon Ortega",
        "Port Authority Chief",
        "Chile",
    );
}

#[test]
fn an_organization_the_title_is_of_beats_a_nationality_modifier() {
    check_role(
        "Karl Brenner, the Austrian co-head of Veltrop Holdings, will step down.",
        "Karl Brenner",
        "Co Head",
        "Veltrop Holdings",
    );
}

#[test]
fn ranks_and_peerages_before_a_surname_are_not_part_of_the_name() {
    let f = facts(
        "Helena Marsh opened the debate. Baroness Marsh said reform was overdue. \
         General Musharraf arrived later, and Gen Musharraf told reporters he was pleased.",
    );
    let people = names_of(&f, EntityKind::Person);
    assert!(people.contains(&"Helena Marsh"), "{people:?}");
    assert!(people.contains(&"Musharraf"), "{people:?}");
    assert!(
        !people
            .iter()
            .any(|p| p.starts_with("Baroness") || p.starts_with("Gen")),
        "{people:?}"
    );
    // A rank before an organization's name is part of that name.
    let f = facts("General Motors said sales rose.");
    assert!(
        !f.entities.iter().any(|e| e.kind == EntityKind::Person),
        "{:?}",
        f.entities
    );
}

#[test]
fn post_nominal_letters_are_not_part_of_the_name() {
    let f = facts("The chairman of the Bar Council, Tobias Wrenfield QC, warned of the risk.");
    assert!(
        has(&f, "Tobias Wrenfield", EntityKind::Person),
        "{:?}",
        f.entities
    );
    assert!(
        !f.entities.iter().any(|e| e.name.contains("QC")),
        "{:?}",
        f.entities
    );
}

#[test]
fn a_firm_named_after_people_is_an_organization_where_it_is_traded() {
    let f = facts(
        "Analysts at Harvey Lindqvist said the outlook was weak. \
         Harvey Lindqvist expects rates to rise.",
    );
    assert!(
        has(&f, "Harvey Lindqvist", EntityKind::Organization),
        "{:?}",
        f.entities
    );
    assert!(
        !f.entities.iter().any(|e| e.kind == EntityKind::Person),
        "{:?}",
        f.entities
    );
}

#[test]
fn laws_and_plans_named_after_people_are_not_people() {
    assert_no_person("The protesters were charged under the Public Order Act last year.");
    assert_no_person("Critics compared the scheme to the Marshall Plan.");
}

#[test]
fn title_word_after_a_rare_given_name_is_a_surname() {
    let f = facts("Labour MP Orla King said she would stand again.");
    assert!(has(&f, "Orla King", EntityKind::Person), "{:?}", f.entities);
}

#[test]
fn possessive_description_with_modifiers_names_the_earlier_organization() {
    check_role(
        "The Central Bank of Norland froze the accounts. \"We have no assets left,\" \
         the central bank's vice president Ander Valsgaard said.",
        "Ander Valsgaard",
        "Vice President",
        "Central Bank of Norland",
    );
    check_role(
        "The Federation of Dairy Farmers (FDF) backed the plan. Moira Tennant, the \
         organisation's president, said it was fair.",
        "Moira Tennant",
        "President",
        "Federation of Dairy Farmers",
    );
}

#[test]
fn a_region_after_for_in_a_fronted_title_is_the_brief() {
    check_role(
        "Madrid is represented by Spain's director general for Europe, Jose Luis Arrate.",
        "Jose Luis Arrate",
        "Director General",
        "Spain",
    );
}

#[test]
fn an_event_with_no_place_in_the_text_is_at_the_datelines_city() {
    let (f, ev) = events(
        "Trade dispute\n\nOSLO, March 3 - Trade Minister Per Lund held talks with his \
         counterpart Anna Kowal yesterday, officials said.",
    );
    let talks = ev
        .iter()
        .find(|e| e.kind == EventKind::Talks)
        .expect("the talks");
    assert_eq!(talks.place.map(|p| name(&f, p)), Some("OSLO"));
    // A call is not placed at the dateline: the callers are elsewhere.
    let (_, ev) = events(
        "Trade dispute\n\nOSLO, March 3 - Per Lund spoke by phone with Anna Kowal \
         yesterday, officials said.",
    );
    assert!(
        ev.iter()
            .all(|e| e.kind != EventKind::PhoneCall || e.place.is_none()),
        "{ev:?}"
    );
}

#[test]
fn negotiations_between_bodies_are_not_placed_at_the_dateline() {
    // Talks with no date and no place: held at the dateline when people sit on both
    // sides, nowhere in particular when bodies negotiate.
    let (f, ev) = events(
        "Debt\n\nOSLO, March 3 - The central bank has paid its arrears after talks \
         with the World Bank and the International Monetary Fund, a spokesman said.",
    );
    assert!(
        ev.iter()
            .filter(|e| e.kind == EventKind::Talks)
            .all(|e| e.place.is_none()),
        "{:?}",
        ev.iter()
            .map(|e| e.place.map(|p| name(&f, p)))
            .collect::<Vec<_>>()
    );
    let (f, ev) = events(
        "Trade\n\nOSLO, March 3 - Trade Minister Per Lund spoke at a news conference \
         after two days of talks with Agriculture Ministry officials.",
    );
    let talks = ev
        .iter()
        .find(|e| e.kind == EventKind::Talks)
        .expect("the talks");
    assert_eq!(talks.place.map(|p| name(&f, p)), Some("OSLO"));
}

#[test]
fn a_leading_pronoun_is_the_subject_of_an_after_meeting_clause() {
    let (f, ev) = events(
        "Energy Minister Tarmo Vell said supply was ample.\n\nHe told reporters after \
         meeting with President Aino Kask that prices would recover.",
    );
    let meeting = ev
        .iter()
        .find(|e| e.kind == EventKind::Meeting)
        .expect("the meeting");
    let who = attendee_names(&f, meeting);
    assert!(who.contains(&"Tarmo Vell".to_string()), "{who:?}");
    assert!(who.contains(&"Aino Kask".to_string()), "{who:?}");
}

#[test]
fn an_acronym_in_brackets_between_organization_and_title() {
    check_role(
        "Norland Grain Institute (NGI) President Odd Rime said the harvest was late.",
        "Odd Rime",
        "President",
        "Norland Grain Institute",
    );
}

#[test]
fn a_companys_short_name_is_its_registered_name() {
    let f = facts(
        "Velmar Computer Inc unveiled two machines. Velmar Chairman Ivo Strand said \
         sales would rise.",
    );
    let orgs = names_of(&f, EntityKind::Organization);
    assert_eq!(orgs, ["Velmar Computer Inc"], "{:?}", f.entities);
    check_role(
        "Velmar Computer Inc unveiled two machines. Velmar Chairman Ivo Strand said \
         sales would rise.",
        "Ivo Strand",
        "Chairman",
        "Velmar Computer Inc",
    );
}

#[test]
fn title_of_the_office_then_name() {
    check_role(
        "LONDON, March 2 - British Chancellor of the Exchequer Tom Harwell said he would meet bankers.",
        "Tom Harwell",
        "Chancellor of the Exchequer",
        "United Kingdom",
    );
}

#[test]
fn portfolio_word_between_demonym_and_title() {
    check_role(
        "Iranian Oil Minister Reza Kermani arrived in the capital on Tuesday.",
        "Reza Kermani",
        "Oil Minister",
        "Iran",
    );
}

#[test]
fn title_modifier_after_organization_is_not_part_of_its_name() {
    check_role(
        "National Grain Board Vice Chairman Mark Dalton said prices would rise.",
        "Mark Dalton",
        "Vice Chairman",
        "National Grain Board",
    );
}

#[test]
fn capitalized_title_of_a_company_in_apposition() {
    check_role(
        "Prices will fall, said Richard Lowe, Chairman of Fenwick Trading Inc.",
        "Richard Lowe",
        "Chairman",
        "Fenwick Trading Inc",
    );
}

#[test]
fn brief_in_lower_case_then_the_organization() {
    check_role(
        "Paul Brandt, director of industry affairs for the National Poultry Association, said exports fell.",
        "Paul Brandt",
        "Director of Industry Affairs",
        "National Poultry Association",
    );
}

#[test]
fn a_connector_between_two_titled_names_belongs_to_neither() {
    let text = "He met Grain Board Chairman Alan Rowe and U.S. Treasury Secretary Mark Pell.";
    check_role(text, "Mark Pell", "Treasury Secretary", "United States");
    let f = facts(text);
    assert!(
        f.entities.iter().all(|e| !e.name.starts_with("and ")),
        "{:?}",
        f.entities.iter().map(|e| &e.name).collect::<Vec<_>>()
    );
}

#[test]
fn a_title_before_the_next_name_in_a_list_is_not_an_apposition() {
    let found = roles("She met Bank Governor Anne Holt, Finance Minister Peter Lund and others.");
    assert!(holds(&found, "Peter Lund", "Finance Minister"), "{found:?}");
    assert!(!holds(&found, "Anne Holt", "Finance Minister"), "{found:?}");
}

#[test]
fn under_before_a_capitalized_title_is_a_preposition() {
    let found = roles("The party will not serve under Foreign Minister Carlo Benedetti again.");
    assert!(
        holds(&found, "Carlo Benedetti", "Foreign Minister"),
        "{found:?}"
    );
}

#[test]
fn a_date_after_an_organization_is_not_part_of_its_name() {
    let f = facts("Officials met the Federal Reserve Bank of Boston on Monday to discuss rates.");
    let names: Vec<&str> = f.entities.iter().map(|e| e.name.as_str()).collect();
    assert!(names.iter().all(|n| !n.contains("Monday")), "{names:?}");
    assert!(
        names.contains(&"Federal Reserve Bank of Boston"),
        "{names:?}"
    );
}

#[test]
fn a_role_restated_without_its_organization_keeps_it() {
    let found = roles(
        "U.S. Trade Representative Jane Moss arrived on Monday.\n\n\
         Trade Representative Jane Moss said the talks would go on.",
    );
    assert!(
        found
            .iter()
            .filter(|(p, _, _)| p == "Jane Moss")
            .all(|(_, r, o)| r == "Trade Representative" && o == "United States"),
        "{found:?}"
    );
}

#[test]
fn a_country_standing_for_its_sports_side_is_no_mention_of_the_place() {
    let f = facts(
        "England beat Wales 24-10 in the final at Twickenham on Saturday.\n\n\
         Ministers from Wales met in Cardiff on Monday.",
    );
    let mentions = |n: &str| {
        f.entities
            .iter()
            .filter(|e| e.name == n)
            .map(|e| e.mentions.len())
            .sum::<usize>()
    };
    assert_eq!(mentions("England"), 0, "{:?}", f.entities);
    assert_eq!(mentions("Wales"), 1, "{:?}", f.entities);
}

#[test]
fn a_journey_to_a_list_of_countries_is_a_visit_to_each() {
    let (f, evs) = events(
        "PARIS, March 2 - Finance Minister Anna Lindqvist arrived in Paris on Monday.\n\n\
         After travelling this week to Spain, Portugal and Greece, Lindqvist hopes to visit Canada and Japan next week.",
    );
    let visited: Vec<&str> = evs
        .iter()
        .filter(|e| e.kind == EventKind::Visit)
        .filter_map(|e| e.place.map(|p| f.entities[p].name.as_str()))
        .collect();
    for place in ["Spain", "Portugal", "Greece", "Canada", "Japan"] {
        assert!(visited.contains(&place), "{place} missing from {visited:?}");
    }
    for e in evs.iter().filter(|e| e.kind == EventKind::Visit) {
        let names = attendee_names(&f, e);
        assert!(names.contains(&"Anna Lindqvist".to_string()), "{names:?}");
        assert!(
            !names.iter().any(|n| n == "Canada" || n == "Spain"),
            "{names:?}"
        );
    }
}

#[test]
fn visited_with_a_place_as_object_places_the_visit() {
    let (f, evs) = events(
        "LONDON, March 2 - Trade Minister Ole Brandt met bankers in London on Monday.\n\n\
         Brandt last week visited Washington as part of his trip.",
    );
    assert!(
        evs.iter().any(|e| e.kind == EventKind::Visit
            && e.place.is_some_and(|p| f.entities[p].name == "Washington")
            && attendee_names(&f, e).contains(&"Ole Brandt".to_string())),
        "{evs:?}"
    );
}

#[test]
fn a_news_conference_is_a_conference() {
    let (f, evs) = events(
        "GENEVA, March 3 - Trade Minister Ole Brandt told a news conference in Geneva on Tuesday that talks would resume.",
    );
    assert!(
        evs.iter().any(|e| e.kind == EventKind::Conference
            && e.place
                .is_some_and(|p| f.entities[p].name.eq_ignore_ascii_case("Geneva"))
            && attendee_names(&f, e).contains(&"Ole Brandt".to_string())),
        "{evs:?}"
    );
}

#[test]
fn abbreviated_offices_before_a_name_are_roles() {
    check_role(
        "Sen. Jane Holloway, a Montana Democrat, said the bill would pass.",
        "Jane Holloway",
        "Senator",
        "",
    );
    check_role(
        "Rep. Hal Brewer (R-Nebr.) said the administration should push harder.",
        "Hal Brewer",
        "Representative",
        "",
    );
    let found = roles("Gov. Mark Ellison and Lt. Gov. Stan Rudd met on Monday.");
    assert!(holds(&found, "Mark Ellison", "Governor"), "{found:?}");
    assert!(!holds(&found, "Stan Rudd", "Governor"), "{found:?}");
}

#[test]
fn a_call_given_one_person_is_with_the_party_of_all_their_other_calls() {
    let (f, evs) = events(
        "During the first call on December 7, President Tom Hale spoke by phone with Premier Ivan Dorn.\n\n\
         And during the most recent call on Dec. 30, Hale reiterated his concerns.",
    );
    let calls: Vec<_> = evs
        .iter()
        .filter(|e| e.kind == EventKind::PhoneCall)
        .collect();
    assert_eq!(calls.len(), 2, "{evs:?}");
    for c in calls {
        let names = attendee_names(&f, c);
        assert!(
            names.contains(&"Tom Hale".to_string()) && names.contains(&"Ivan Dorn".to_string()),
            "{names:?}"
        );
    }
}

#[test]
fn a_call_of_someone_who_called_several_parties_stays_as_told() {
    let (f, evs) = events(
        "WASHINGTON, March 10, 2022 - On Monday President Tom Hale spoke by phone with Premier Ivan Dorn.\n\n\
         On Tuesday Hale spoke by phone with Chancellor Eva Lind.\n\n\
         In a third call on Wednesday, Hale repeated his warning.",
    );
    let calls: Vec<_> = evs
        .iter()
        .filter(|e| e.kind == EventKind::PhoneCall)
        .collect();
    assert_eq!(calls.len(), 3, "{evs:?}");
    for c in calls {
        let names = attendee_names(&f, c);
        assert!(
            !(names.contains(&"Ivan Dorn".to_string()) && names.contains(&"Eva Lind".to_string())),
            "{names:?}"
        );
    }
    assert!(
        evs.iter()
            .any(|e| attendee_names(&f, e) == vec!["Tom Hale".to_string()]),
        "the third call keeps only Hale: {evs:?}"
    );
}

#[test]
fn a_country_in_a_vote_or_a_policy_stays_a_place() {
    for text in [
        "The council voted 9-6 against Britain's proposal on Monday.",
        "Sanctions against Iran were widened after its missile test.",
    ] {
        let f = facts(text);
        let mentioned = f
            .entities
            .iter()
            .filter(|e| e.name == "United Kingdom" || e.name == "Iran")
            .map(|e| e.mentions.len())
            .sum::<usize>();
        assert_eq!(mentioned, 1, "{text}: {:?}", f.entities);
    }
}

#[test]
fn a_portfolio_with_and_after_the_titles_of() {
    check_role(
        "The agency quoted Turkish Minister of Industry and Trade Kemal Ozan as saying exports would rise.",
        "Kemal Ozan",
        "Minister of Industry and Trade",
        "Türkiye",
    );
}

#[test]
fn lower_case_title_of_portfolio_before_a_name() {
    check_role(
        "JOHANNESBURG, March 6 - South Africa's director-general of finance Pieter Louw said he was optimistic.",
        "Pieter Louw",
        "Director General of Finance",
        "South Africa",
    );
}

#[test]
fn name_comma_organization_title_is_a_person_in_apposition() {
    check_role(
        "It would accept only Marco Benedetti, Christian Democratic Party secretary, for the job.",
        "Marco Benedetti",
        "Secretary",
        "Christian Democratic Party",
    );
}

#[test]
fn and_co_ends_a_firms_name() {
    check_role(
        "Analyst Stanley Webb of Fahnestock and Co said the shares were cheap.",
        "Stanley Webb",
        "Analyst",
        "Fahnestock and Co",
    );
}

#[test]
fn a_meeting_there_is_no_need_for_is_no_event() {
    let (f, evs) = events(
        "OSLO, March 3 - Oil Minister Arne Dahl said after meeting with Prime Minister Kari Lund that there was no need for an emergency Opec meeting.",
    );
    assert!(
        evs.iter().any(|e| e.kind == EventKind::Meeting
            && attendee_names(&f, e).contains(&"Kari Lund".to_string())),
        "{evs:?}"
    );
    assert!(
        !evs.iter().any(|e| attendee_names(&f, e)
            .iter()
            .any(|n| n.contains("Opec") || n.contains("OPEC"))),
        "{evs:?}"
    );
    let (_, none) = events("The ministers said there would be no talks with the rebels.");
    assert!(none.is_empty(), "{none:?}");
}

#[test]
fn visiting_before_a_title_names_the_visitor_not_the_place() {
    let (f, evs) = events(
        "SEOUL, May 4 - Seoul has agreed to cut tariffs, visiting Canadian Trade Minister Paul Tremblay told reporters.",
    );
    let visit = event_of(&evs, EventKind::Visit);
    assert!(
        attendee_names(&f, visit).contains(&"Paul Tremblay".to_string()),
        "{evs:?}"
    );
    assert!(
        visit
            .place
            .is_none_or(|p| !f.entities[p].name.contains("Canad")),
        "{:?}",
        visit.place.map(|p| &f.entities[p].name)
    );
}

#[test]
fn the_dateline_places_what_happens_here_not_what_is_due_next_month() {
    let text = "---\npublished: 2021-06-09\n---\nVIENNA, June 9 - Finance Minister Petra Holm said talks with Treasury Secretary Jon Reyes are due next month. Holm said sentiment had changed since her visit here last year with Trade Minister Ida Berg.\n";
    let f = facts_md(text);
    let evs = f.events.clone();
    let place_of = |e: &newsgraph::extract::EventFact| e.place.map(|p| name(&f, p).to_string());
    let talks = evs.iter().find(|e| e.kind == EventKind::Talks);
    assert!(
        talks.is_none_or(|t| place_of(t).is_none()),
        "talks due next month are not placed at the dateline: {evs:?}"
    );
    let visit = event_of(&evs, EventKind::Visit);
    assert_eq!(place_of(visit).as_deref(), Some("VIENNA"), "{evs:?}");
}

#[test]
fn said_at_a_news_conference_is_its_own_event_with_the_speaker() {
    let (f, evs) = events(
        "OTTAWA, March 3 - Farm Commissioner Luc Marchand, in Ottawa for talks with Trade Minister Ann Price, said at a news conference that the tax would go.",
    );
    let conference = event_of(&evs, EventKind::Conference);
    assert_eq!(
        attendee_names(&f, conference),
        vec!["Luc Marchand".to_string()]
    );
    let talks = event_of(&evs, EventKind::Talks);
    assert!(
        attends(&f, talks, &["Luc Marchand", "Ann Price"]),
        "{:?}",
        attendee_names(&f, talks)
    );
}

#[test]
fn a_meeting_in_two_cities_is_two_meetings_but_a_town_and_its_county_is_one() {
    let (f, evs) = events(
        "Chairman Tom Reese and Vice President Amy Cole are meeting with fund managers in Chicago and Denver this week.",
    );
    let mut places: Vec<&str> = evs
        .iter()
        .filter(|e| e.kind == EventKind::Meeting)
        .filter_map(|e| e.place.map(|p| name(&f, p)))
        .collect();
    places.sort();
    assert_eq!(places, vec!["Chicago", "Denver"], "{evs:?}");
    let (f, evs) = events(
        "Party leader Dan Hurst announced his decision at a public meeting in Hinckley, Leicestershire, last week.",
    );
    let places: Vec<&str> = evs
        .iter()
        .filter_map(|e| e.place.map(|p| name(&f, p)))
        .collect();
    assert_eq!(places, vec!["Hinckley"], "{evs:?}");
}

#[test]
fn organizations_listed_as_the_subject_of_held_a_meeting_are_its_parties() {
    let (f, evs) = events(
        "An official said the National Security Council, the Treasury and State departments and other agencies held a meeting on Monday to discuss the debt.",
    );
    let meeting = event_of(&evs, EventKind::Meeting);
    assert!(
        attends(&f, meeting, &["National Security Council", "Treasury"]),
        "{:?}",
        attendee_names(&f, meeting)
    );
}

#[test]
fn they_after_two_people_named_together_are_both_attendees() {
    let (f, evs) = events(
        "Finance Minister Rui Matos and central bank governor Ana Lopes flew home on Friday. They will meet with bankers in Zurich next week.",
    );
    let meeting = event_of(&evs, EventKind::Meeting);
    assert!(
        attends(&f, meeting, &["Rui Matos", "Ana Lopes"]),
        "{:?}",
        attendee_names(&f, meeting)
    );
}

#[test]
fn arabic_names_keep_their_particles_and_family_name() {
    let f = facts(
        "Emirati President Sheikh Khalid bin Tariq al-Hamdan met Oil Minister Saeed Omar al-Kaabi. Hamad bin Faisal al-Thani said the talks went well.",
    );
    let persons = names_of(&f, EntityKind::Person);
    for full in [
        "Khalid bin Tariq al-Hamdan",
        "Saeed Omar al-Kaabi",
        "Hamad bin Faisal al-Thani",
    ] {
        assert!(persons.contains(&full), "{full} in {persons:?}");
    }
    assert!(holds(
        &roles(&f.text),
        "Saeed Omar al-Kaabi",
        "Oil Minister"
    ));
}

#[test]
fn a_news_agency_named_in_the_text_is_an_organization() {
    let f = facts(
        "Finance Minister Lena Holt told Reuters in an interview that the budget would pass.",
    );
    assert!(
        f.entities
            .iter()
            .any(|e| e.kind == EntityKind::Organization && e.name == "Reuters"),
        "{:?}",
        f.entities
    );
}

#[test]
fn a_surname_in_an_organization_slot_is_the_person_named_in_full() {
    let f = facts(
        "Farm Secretary Walter Brandt said no offer was planned. \"There is no talk of it,\" the aide to Brandt said. Brandt's spokesman agreed.",
    );
    assert!(
        !f.entities
            .iter()
            .any(|e| e.kind == EntityKind::Organization && e.name == "Brandt"),
        "{:?}",
        f.entities
    );
    let brandt = f
        .entities
        .iter()
        .find(|e| e.name == "Walter Brandt")
        .expect("person");
    assert!(brandt.mentions.len() >= 3, "{brandt:?}");
}

#[test]
fn a_visit_last_week_is_not_dated_by_the_tour_that_ended_last_night() {
    let text = "---\npublished: 1987-03-06\n---\nLONDON, March 6 - Finance Minister Rui Matos last night concluded a tour of European capitals.\n\nMatos and central bank president Ana Lopes last week visited Washington to explain the moratorium.\n";
    let f = facts_md(text);
    let washington = f
        .events
        .iter()
        .find(|e| e.place.is_some_and(|p| name(&f, p) == "Washington"))
        .unwrap_or_else(|| panic!("{:?}", f.events));
    assert_eq!(washington.date, None, "{washington:?}");
}

#[test]
fn an_indefinite_meeting_dated_to_a_day_is_an_event() {
    let text = "---\npublished: 1987-03-03\n---\nLONDON, March 3 - A special meeting of importing and exporting countries ended in deadlock late yesterday. Jon Ross, a delegate to the talks, said they had failed.\n";
    let f = facts_md(text);
    assert!(
        f.events.iter().any(|e| e
            .date
            .as_ref()
            .and_then(|d| d.iso())
            .is_some_and(|d| d == "1987-03-02")
            && attendee_names(&f, e).contains(&"Jon Ross".to_string())),
        "{:?}",
        f.events
    );
}

#[test]
fn a_company_form_written_first_opens_a_company_name() {
    let f = facts(
        "The contract went to NV Philips Gloeilampenfabriek and AB LM Ericsson, a spokesman said.",
    );
    for name in ["NV Philips Gloeilampenfabriek", "AB LM Ericsson"] {
        assert!(
            f.entities
                .iter()
                .any(|e| e.kind == EntityKind::Organization && e.name == name),
            "{name}: {:?}",
            f.entities
        );
    }
}

#[test]
fn a_town_name_opening_a_company_name_is_the_company_short_name() {
    let f = facts(
        "Kendal Motors said sales rose. Kendal's chief executive Tom Reese said new Kendal models would be built at the plant in Leeds.",
    );
    let company = f
        .entities
        .iter()
        .find(|e| e.name == "Kendal Motors")
        .unwrap_or_else(|| panic!("{:?}", f.entities));
    assert_eq!(company.kind, EntityKind::Organization);
    assert_eq!(company.mentions.len(), 3, "{company:?}");
    assert!(
        !f.entities
            .iter()
            .any(|e| e.name == "Kendal" && e.kind == EntityKind::Place),
        "{:?}",
        f.entities
    );
    // A place where the text uses it as one stays a place.
    let f = facts("Kendal Motors said it would build a plant in Kendal next year.");
    assert!(
        f.entities
            .iter()
            .any(|e| e.name == "Kendal" && e.kind == EntityKind::Place),
        "{:?}",
        f.entities
    );
}

#[test]
fn a_rank_of_two_words_is_not_part_of_the_name() {
    let f = facts("Lt Col Dale Sutter testified on Monday that Lt. Gen. Sam Hardy knew.");
    let persons = names_of(&f, EntityKind::Person);
    assert!(persons.contains(&"Dale Sutter"), "{persons:?}");
    assert!(persons.contains(&"Sam Hardy"), "{persons:?}");
}

#[test]
fn a_name_before_administration_is_the_person_who_leads_it() {
    let f = facts(
        "The Harmon administration said on Monday it would not act, and the US administration agreed.",
    );
    assert!(
        f.entities
            .iter()
            .any(|e| e.kind == EntityKind::Person && e.name == "Harmon"),
        "{:?}",
        f.entities
    );
    assert!(
        !f.entities
            .iter()
            .any(|e| e.kind == EntityKind::Person && e.name == "US"),
        "{:?}",
        f.entities
    );
}

#[test]
fn the_day_of_the_saying_does_not_date_the_journey_reported() {
    let text = "---\npublished: 1987-03-09\n---\nWASHINGTON, March 9 - President Tom Harmon said on Friday that Secretary of State Ann Price would go to Moscow next month.\n";
    let f = facts_md(text);
    let visit = f
        .events
        .iter()
        .find(|e| e.kind == EventKind::Visit)
        .unwrap_or_else(|| panic!("{:?}", f.events));
    assert_eq!(visit.place.map(|p| name(&f, p)), Some("Moscow"));
    assert_eq!(visit.date, None, "{visit:?}");
    assert!(
        attendee_names(&f, visit).contains(&"Ann Price".to_string()),
        "{visit:?}"
    );
}

#[test]
fn the_head_of_an_of_title_refers_to_its_holder() {
    let (f, evs) = events(
        "LONDON, March 2 - Chancellor of the Exchequer Nigel Lawson has told Finance Minister Rui Matos that the banks must decide. The spokesman said the Chancellor had stressed in talks this morning with Matos the need for a plan.",
    );
    let talks = event_of(&evs, EventKind::Talks);
    let names = attendee_names(&f, talks);
    assert!(names.contains(&"Nigel Lawson".to_string()), "{names:?}");
}

#[test]
fn ex_before_a_name_leaves_the_name_whole() {
    check_role(
        "Ex-Downing Street media chief Alan Crane said the plan had failed.",
        "Alan Crane",
        "Media Chief",
        "Downing Street",
    );
}

#[test]
fn the_central_bank_s_title_takes_no_nearer_firm() {
    let found = roles(
        "Libya has lifted the freeze, officials told Reuters on Monday. \"The assets are free,\" the central bank's vice president Omar Haddad said.",
    );
    assert!(
        found
            .iter()
            .any(|(p, r, o)| p == "Omar Haddad" && r == "Vice President" && o.is_empty()),
        "{found:?}"
    );
}

#[test]
fn a_counterpart_holds_the_same_office_in_its_own_country() {
    check_role(
        "Foreign Minister Anna Berg met her French counterpart Paul Duval in Paris on Monday.",
        "Paul Duval",
        "Foreign Minister",
        "France",
    );
}

#[test]
fn while_on_a_trip_puts_the_subject_on_the_trip() {
    let (f, evs) = events(
        "Chancellor Tom Reese's decision to announce the budget date while on a trip to China was sensible, an adviser said.",
    );
    let visit = event_of(&evs, EventKind::Visit);
    assert_eq!(visit.place.map(|p| name(&f, p)), Some("China"));
    assert!(
        attendee_names(&f, visit).contains(&"Tom Reese".to_string()),
        "{visit:?}"
    );
}

#[test]
fn two_days_of_talks_are_one_event() {
    let (f, evs) =
        events("Two days of talks between Spain and Britain began in Madrid on Wednesday.");
    let talks = event_of(&evs, EventKind::Talks);
    assert_eq!(talks.place.map(|p| name(&f, p)), Some("Madrid"));
    let names = attendee_names(&f, talks);
    assert!(names.contains(&"Spain".to_string()), "{names:?}");
}

/// The text's entities of these names have these numbers of mentions.
fn mentions_are(text: &str, expected: &[(&str, usize)]) {
    let f = facts(text);
    for &(name, n) in expected {
        assert_eq!(mention_count(&f, name), n, "{name}: {:?}", f.entities);
    }
}

/// Mentions of an entity named `n` (all entities of that name).
fn mention_count(f: &ArticleFacts, n: &str) -> usize {
    f.entities
        .iter()
        .filter(|e| e.name == n)
        .map(|e| e.mentions.len())
        .sum()
}

#[test]
fn a_place_opening_a_longer_name_is_no_mention_of_the_place() {
    mentions_are(
        "Fans of Chester Rovers travelled to the Leeds Marathon on Sunday. \
         Delegates met in Leeds on Monday.",
        &[("Leeds", 1), ("Chester", 0)],
    );
}

#[test]
fn a_place_before_a_title_or_an_organization_stays_a_place() {
    mentions_are(
        "Boston Mayor Anna Reyes spoke to the Ohio Democrat. \
         The U.S. House of Representatives voted on Tuesday.",
        &[("Boston", 1), ("Ohio", 1), ("United States", 1)],
    );
}

#[test]
fn two_nouns_sharing_an_organization_head_are_one_name() {
    let f = facts(
        "The Food and Drug Administration and the Fish and Wildlife Service agreed. \
         Labour and Tories clashed.",
    );
    let orgs = names_of(&f, EntityKind::Organization);
    assert!(orgs.contains(&"Food and Drug Administration"), "{orgs:?}");
    assert!(orgs.contains(&"Fish and Wildlife Service"), "{orgs:?}");
    assert!(!orgs.contains(&"Labour and Tories"), "{orgs:?}");
}

#[test]
fn a_seat_before_based_is_a_mention_of_the_place_name_only() {
    let text = "The Miami-based centre said the storm had weakened.";
    let f = facts(text);
    let miami = f
        .entities
        .iter()
        .find(|e| e.name == "Miami")
        .unwrap_or_else(|| panic!("{:?}", f.entities));
    let m = miami.mentions[0];
    assert_eq!(&text[m.start..m.end], "Miami");
}

#[test]
fn in_a_sports_report_sides_listed_together_are_all_sides() {
    mentions_are(
        "The striker scored twice in the derby.\n\n\
         The goalkeeper was dropped after defeats against Leeds and Newcastle.\n\n\
         Ministers met in Newcastle on Monday.",
        &[("Leeds", 0), ("Newcastle", 1)],
    );
}

#[test]
fn a_country_name_that_opens_a_person_s_name_is_the_person() {
    let f = facts("The coach said Jordan Smith has improved.");
    assert!(
        f.entities
            .iter()
            .any(|e| e.kind == EntityKind::Person && e.name == "Jordan Smith"),
        "{:?}",
        f.entities
    );
    assert_eq!(mention_count(&f, "Jordan"), 0, "{:?}", f.entities);
}

/// (person, role, organization) triples of a Markdown article with front matter.
fn roles_md(text: &str) -> Vec<(String, String, String)> {
    let f = facts_md(text);
    f.roles
        .iter()
        .map(|r| {
            (
                f.entities[r.person].name.clone(),
                r.role.clone(),
                r.organization
                    .map(|o| f.entities[o].name.clone())
                    .unwrap_or_default(),
            )
        })
        .collect()
}

#[test]
fn a_role_stated_without_its_country_takes_the_office_holders_country() {
    // The bundled office-holder data: the person held that office that year.
    let found = roles_md(
        "---\npublished: 2019-05-07\n---\nPrime Minister Jacinda Ardern said on Tuesday the bill would pass.\n",
    );
    assert!(
        found.contains(&(
            "Jacinda Ardern".into(),
            "Prime Minister".into(),
            "New Zealand".into()
        )),
        "{found:?}"
    );
    // Years before the office: no country is guessed.
    let found = roles_md(
        "---\npublished: 2009-05-07\n---\nPrime Minister Jacinda Ardern said on Tuesday the bill would pass.\n",
    );
    assert!(found.iter().all(|(_, _, o)| o.is_empty()), "{found:?}");
}

#[test]
fn a_lone_surname_a_country_bears_is_the_person_named_in_full() {
    let f = facts(
        "Director Neil Jordan spoke on Friday.\n\n\
         Jordan defends the decision to make the film, a friend said.\n\n\
         Ministers flew to Jordan on Monday.",
    );
    let neil = f
        .entities
        .iter()
        .find(|e| e.name == "Neil Jordan")
        .unwrap_or_else(|| panic!("{:?}", f.entities));
    assert_eq!(neil.mentions.len(), 2, "{:?}", f.entities);
    assert_eq!(mention_count(&f, "Jordan"), 1, "{:?}", f.entities);
}

#[test]
fn a_dateline_city_in_capitals_is_no_part_of_the_byline_name() {
    // (A wire story flattened to one line: byline, dateline, text.)
    let f = facts("Adrian Walker BERLIN 1996-08-30 Athletes met in Berlin on Friday.");
    assert!(
        f.entities
            .iter()
            .all(|e| e.kind != EntityKind::Person || !e.name.contains("BERLIN")),
        "{:?}",
        f.entities
    );
}

#[test]
fn a_place_before_a_score_is_a_sports_side() {
    mentions_are(
        "Close of play in the match on Saturday: Leeds 292-8, Derby 250 all out.\n\n\
         Officials met in Derby on Monday.",
        &[("Leeds", 0), ("Derby", 1)],
    );
}

#[test]
fn a_name_between_the_and_a_company_noun_is_a_company() {
    let f = facts(
        "He will return to the Valtrane group, which owns a third of the venture. \
         Orvella, a California-based company, pleaded guilty.",
    );
    for n in ["Valtrane", "Orvella"] {
        assert!(
            f.entities
                .iter()
                .any(|e| e.kind == EntityKind::Organization && e.name == n),
            "{n}: {:?}",
            f.entities
        );
    }
}

#[test]
fn a_name_between_a_and_a_title_is_the_organization_of_the_title() {
    let f = facts("A Morgan Hallam spokesman said the offering had been approved.");
    assert!(
        f.entities
            .iter()
            .any(|e| e.kind == EntityKind::Organization && e.name == "Morgan Hallam"),
        "{:?}",
        f.entities
    );
    assert!(
        f.entities.iter().all(|e| e.kind != EntityKind::Person),
        "{:?}",
        f.entities
    );
}

#[test]
fn a_visitor_here_for_talks_with_unnamed_officials_meets_the_host_country() {
    let (f, evs) = events(
        "WASHINGTON, March 3 - Trade Minister Jan Peeters, here for talks with \
         Administration officials, said a textile bill would cause retaliation.",
    );
    let talks = event_of(&evs, EventKind::Talks);
    assert!(
        attends(&f, talks, &["Jan Peeters", "United States"]),
        "{talks:?}"
    );
}

#[test]
fn undated_talks_in_two_articles_sharing_only_a_country_stay_two_events() {
    let a = facts(
        "WASHINGTON, March 3 - Trade Minister Jan Peeters, here for talks with \
         Administration officials, said a textile bill would cause retaliation.",
    );
    let b = facts(
        "WASHINGTON, March 2 - Farm aide Tom Beck said talks here with the United \
         States had not touched on new wheat subsidies.",
    );
    assert_eq!(talks_across(a, b), 2);
}

/// How many talks two articles make once resolved together (the second under another
/// key).
fn talks_across(a: ArticleFacts, mut b: ArticleFacts) -> usize {
    b.key = "other.txt".into();
    let res = newsgraph::resolve::resolve(&[a, b]);
    res.events
        .iter()
        .filter(|e| e.kind == EventKind::Talks)
        .count()
}

#[test]
fn a_name_after_a_lower_case_title_and_a_comma_is_a_person() {
    let f = facts(
        "The coalition would accept only the party's president, Arnaldo Vellini, for the job.",
    );
    assert!(
        has(&f, "Arnaldo Vellini", EntityKind::Person),
        "{:?}",
        f.entities
    );
}

#[test]
fn a_name_with_a_regime_is_a_person() {
    // (Neither name is a known given name: only the regime says it is a person's.)
    let f = facts("He was said to have taken money from Zubran Halabi's regime in the 1990s.");
    assert!(
        has(&f, "Zubran Halabi", EntityKind::Person),
        "{:?}",
        f.entities
    );
}

#[test]
fn org_possessive_title_comma_name_comma() {
    check_role(
        "Ruritania's foreign minister, Pavel Orlov, said the talks had failed.",
        "Pavel Orlov",
        "Foreign Minister",
        "Ruritania",
    );
    check_role(
        "Exco International's chairman, Tom Reese, said profits would rise.",
        "Tom Reese",
        "Chairman",
        "Exco International",
    );
    // Not an apposition: the name is the subject of the next clause.
    assert!(roles("Asked about the president, Tom Reese said no.").is_empty());
}

#[test]
fn the_title_of_the_org_comma_name_comma() {
    check_role(
        "The head of the Monetary Agency, Kristel Varga, said growth would slow.",
        "Kristel Varga",
        "Head",
        "Monetary Agency",
    );
}

#[test]
fn title_name_of_country() {
    check_role(
        "Chancellor Otto Brenner of Germany said growth would slow.",
        "Otto Brenner",
        "Chancellor",
        "Germany",
    );
}

#[test]
fn meet_his_counterpart_is_a_meeting() {
    let (f, evs) = events(
        "Foreign Minister Pavel Orlov is due to meet his Turkish counterpart Emre Demir in Antalya on Thursday.",
    );
    let meeting = event_of(&evs, EventKind::Meeting);
    assert_eq!(meeting.place.map(|p| name(&f, p)), Some("Antalya"));
    assert!(
        attends(&f, meeting, &["Pavel Orlov", "Emre Demir"]),
        "{meeting:?}"
    );
    // Meeting a target is no meeting.
    let (_, evs) = events("The company failed to meet the target on Thursday, Pavel Orlov said.");
    assert!(evs.is_empty(), "{evs:?}");
}

#[test]
fn a_host_receiving_someone_meets_them() {
    let (f, evs) =
        events("Chancellor Otto Brenner hosted President Paul Duval in Berlin on Friday.");
    let meeting = event_of(&evs, EventKind::Meeting);
    assert_eq!(meeting.place.map(|p| name(&f, p)), Some("Berlin"));
    assert!(
        attends(&f, meeting, &["Otto Brenner", "Paul Duval"]),
        "{meeting:?}"
    );
    let (_, evs) = events("The city hosted a dinner for donors on Friday.");
    assert!(evs.is_empty(), "{evs:?}");
}

#[test]
fn a_journey_goes_where_it_is_headed_and_a_trip_to_a_list_is_one_visit_per_place() {
    let (f, evs) = facts_md_events(
        "---\npublished: 1987-03-05\n---\nLIMA, March 5 - Peruvian Finance Minister Tomas Arana said on Monday he was hopeful.\n\nArana, who is in Rome today, will fly to Osaka on Sunday, after having completed a week-long trip to the United States, France and Switzerland.\n",
    );
    let places: Vec<&str> = evs
        .iter()
        .filter(|e| e.kind == EventKind::Visit)
        .filter_map(|e| e.place.map(|p| name(&f, p)))
        .collect();
    // ("who is in Rome today": a stay told in passing, its own visit.)
    for want in ["Rome", "Osaka", "United States", "France", "Switzerland"] {
        assert!(places.contains(&want), "{want} missing from {places:?}");
    }
    let rome = evs
        .iter()
        .find(|e| e.place.is_some_and(|p| name(&f, p) == "Rome"))
        .unwrap();
    assert_eq!(
        rome.date.as_ref().and_then(|d| d.iso()),
        Some("1987-03-05"),
        "{rome:?}"
    );
    let osaka = evs
        .iter()
        .find(|e| e.place.is_some_and(|p| name(&f, p) == "Osaka"))
        .unwrap();
    assert_eq!(
        osaka.date.as_ref().and_then(|d| d.iso()),
        Some("1987-03-08"),
        "the day of the flight, not of the aside: {osaka:?}"
    );
    assert!(attends(&f, osaka, &["Tomas Arana"]), "{osaka:?}");
}

#[test]
fn a_city_named_later_refines_the_country_of_the_same_journey() {
    let (f, evs) = facts_md_events(
        "---\npublished: 1987-03-05\n---\nLIMA, March 5 - Peruvian Finance Minister Tomas Arana will extend his tour, flying to Japan for talks with bankers.\n\nArana will fly to Osaka on Sunday.\n",
    );
    let visit = event_of(&evs, EventKind::Visit);
    assert_eq!(visit.place.map(|p| name(&f, p)), Some("Osaka"), "{evs:?}");
}

fn facts_md_events(text: &str) -> (ArticleFacts, Vec<newsgraph::extract::EventFact>) {
    let f = facts_md(text);
    let e = f.events.clone();
    (f, e)
}

#[test]
fn an_editors_brackets_complete_a_surname_into_one_person() {
    let f = facts(
        "\"(Peruvian Finance Minister Tomas) Arana's visit has brought the spotlight back,\" one banker said. Arana declined to comment.",
    );
    let people = names_of(&f, EntityKind::Person);
    assert_eq!(people, ["Tomas Arana"]);
    check_role(
        "\"(Peruvian Finance Minister Tomas) Arana's visit has brought the spotlight back,\" one banker said.",
        "Tomas Arana",
        "Finance Minister",
        "Peru",
    );
}

#[test]
fn america_qualified_by_a_capitalized_word_is_a_region_not_the_united_states() {
    let f = facts(
        "Debt problems in Latin America and Central America worry bankers, the minister said in America.",
    );
    let places = names_of(&f, EntityKind::Place);
    assert!(places.contains(&"Latin America"), "{places:?}");
    let f2 = facts(
        "The minister visited West Germany, North Korea and France. North American sales fell.",
    );
    let names: Vec<(&str, EntityKind)> = f2
        .entities
        .iter()
        .map(|e| (e.name.as_str(), e.kind))
        .collect();
    assert!(
        names.contains(&("West Germany", EntityKind::Place)),
        "{names:?}"
    );
    assert!(
        names.contains(&("North Korea", EntityKind::Country)),
        "{names:?}"
    );
    assert!(
        !names
            .iter()
            .any(|(n, _)| *n == "Germany" || *n == "North American"),
        "{names:?}"
    );
    assert!(places.contains(&"Central America"), "{places:?}");
    let us = f
        .entities
        .iter()
        .find(|e| e.kind == EntityKind::Country)
        .expect("the bare 'America' is the United States");
    assert_eq!(us.mentions.len(), 1, "{us:?}");
}

#[test]
fn talks_with_people_left_unnamed_still_have_two_sides() {
    let (f, evs) = events("President Paolo Ferri will hold talks with party leaders.");
    let talks = event_of(&evs, EventKind::Talks);
    assert!(attends(&f, talks, &["Paolo Ferri"]), "{talks:?}");
    let (f, evs) =
        events("President Paolo Ferri meets political leaders to discuss a new government.");
    let meeting = event_of(&evs, EventKind::Meeting);
    assert!(attends(&f, meeting, &["Paolo Ferri"]), "{meeting:?}");
    // A plural before another noun is no one met.
    let (_, evs) = events("The company failed to meet analysts' expectations, Paolo Ferri said.");
    assert!(evs.is_empty(), "{evs:?}");
}

#[test]
fn the_body_a_participant_serves_is_named_for_the_person_not_as_a_party() {
    let (f, evs) = events(
        "Treasury Secretary Tomas Arana held talks with U.S. Treasury Secretary Paul Reed and Monetary Fund head Ana Ruiz on Monday.",
    );
    let talks = event_of(&evs, EventKind::Talks);
    assert!(
        attends(&f, talks, &["Tomas Arana", "Paul Reed", "Ana Ruiz"]),
        "{talks:?}"
    );
    let names = attendee_names(&f, talks);
    assert!(!names.iter().any(|n| n == "United States"), "{names:?}");
    // Named without a person, a body is a party.
    let (f, evs) = events("Brazil held talks with the IMF on Monday.");
    let talks = event_of(&evs, EventKind::Talks);
    assert!(attends(&f, talks, &["Brazil", "IMF"]), "{talks:?}");
}

#[test]
fn setting_off_for_a_place_is_a_visit_there() {
    for (text, place) in [
        (
            "Secretary of State Paul Reed left for Osaka on Sunday.",
            "Osaka",
        ),
        ("Chancellor Otto Brenner heads to Osaka next week.", "Osaka"),
        (
            "Finance Minister Tomas Arana spoke on Monday. Talking before his departure for Osaka, he said the plan stood.",
            "Osaka",
        ),
    ] {
        let (f, evs) = events(text);
        let visit = event_of(&evs, EventKind::Visit);
        assert_eq!(visit.place.map(|p| name(&f, p)), Some(place), "{text}");
        assert_eq!(visit.attendees.len(), 1, "{text}: {visit:?}");
    }
    let (_, evs) = events("The minister said the company would leave for good.");
    assert!(evs.is_empty(), "{evs:?}");
}

#[test]
fn world_regions_are_places_whole() {
    let f = facts("The envoy toured the Middle East and South Asia last year.");
    let places = names_of(&f, EntityKind::Place);
    assert!(places.contains(&"Middle East"), "{places:?}");
    assert!(places.contains(&"South Asia"), "{places:?}");
    assert!(!places.contains(&"Asia"), "{places:?}");
}

#[test]
fn a_stay_in_a_place_and_its_arrival_are_one_visit() {
    let (f, evs) = facts_md_events(
        "---\npublished: 1987-03-11\n---\nLIMA, March 11 - Oil Minister Tomas Arana is in the United Arab Emirates to discuss oil prices, officials said. Arana arrived last night after a stopover in Riyadh.\n",
    );
    let visit = evs
        .iter()
        .find(|e| {
            e.place
                .is_some_and(|p| name(&f, p) == "United Arab Emirates")
        })
        .unwrap_or_else(|| panic!("{evs:?}"));
    assert_eq!(visit.kind, EventKind::Visit);
    assert!(attends(&f, visit, &["Tomas Arana"]), "{visit:?}");
    assert_eq!(
        visit.date.as_ref().and_then(|d| d.iso()),
        Some("1987-03-10")
    );
    // A company "in talks" stays in no place.
    let (_, evs) = events("The company Acme Holdings is in talks with banks.");
    assert!(evs.iter().all(|e| e.kind != EventKind::Visit), "{evs:?}");
}

#[test]
fn a_defined_acronym_and_a_modifier_before_the_title_give_the_organization() {
    check_role(
        "The Institute for Supply Management (ISM) index fell. Prices rose, said ISM survey chairman Paul Reed.",
        "Paul Reed",
        "Survey Chairman",
        "Institute for Supply Management",
    );
    check_role(
        "The Institute for Supply Management (ISM) index fell. Prices rose, said ISM chairman Paul Reed.",
        "Paul Reed",
        "Chairman",
        "Institute for Supply Management",
    );
}

#[test]
fn an_honorific_between_title_and_name_and_a_plural_title_before_a_list() {
    check_role(
        "Health Secretary Dr John Reed appealed for calm.",
        "John Reed",
        "Health Secretary",
        "",
    );
    let f = facts("Britain's Health Secretary Dr. John Reed appealed for calm.");
    let people = names_of(&f, EntityKind::Person);
    assert_eq!(people, ["John Reed"], "the honorific alone names no one");
    check_role(
        "EU foreign ministers Paul Reed and Anna Berg met in Brussels.",
        "Anna Berg",
        "Foreign Minister",
        "EU",
    );
    check_role(
        "EU foreign ministers Paul Reed and Anna Berg met in Brussels.",
        "Paul Reed",
        "Foreign Minister",
        "EU",
    );
    // A singular title is the first name's only.
    let r = roles("Prime Minister Paul Reed and Anna Berg met.");
    assert!(!r.iter().any(|(p, _, _)| p == "Anna Berg"), "{r:?}");
}

#[test]
fn member_is_a_title() {
    let r = roles("Critics included senior shadow cabinet members Paul Reed and Anna Berg.");
    assert!(
        holds(&r, "Anna Berg", "Senior Shadow Cabinet Member"),
        "{r:?}"
    );
    check_role(
        "London Assembly member Paul Reed said the plan was flawed.",
        "Paul Reed",
        "Member",
        "London Assembly",
    );
}

#[test]
fn an_apposition_with_a_possessive_pronoun_and_two_briefs() {
    check_role(
        "Michael Hart praised Tim Yeo. Mr Yeo, his transport and environment spokesman, said the plan was wrong.",
        "Tim Yeo",
        "Transport and Environment Spokesman",
        "",
    );
    let r = roles("Tim Yeo, his friend, said the plan was wrong.");
    assert!(r.is_empty(), "{r:?}");
}

#[test]
fn a_plural_title_set_off_before_one_name_is_that_persons() {
    check_role(
        "He was joined by one of the party's two London Assembly members, Paul Reed who is now deputy leader.",
        "Paul Reed",
        "Member",
        "London Assembly",
    );
    let r = roles("Among the critics were the ministers, Paul Reed said.");
    assert!(r.is_empty(), "{r:?}");
}

#[test]
fn the_gathering_a_journey_goes_to_is_its_own_event_there() {
    let (f, evs) = events(
        "Prime Minister Paul Reed visited the region on Monday before flying to Osaka to attend a regional forum conference of foreign ministers.",
    );
    let conference = event_of(&evs, EventKind::Conference);
    assert_eq!(
        conference.place.map(|p| name(&f, p)),
        Some("Osaka"),
        "{evs:?}"
    );
    assert!(attends(&f, conference, &["Paul Reed"]), "{conference:?}");
    let visit = event_of(&evs, EventKind::Visit);
    assert!(attends(&f, visit, &["Paul Reed"]), "{visit:?}");
}

#[test]
fn a_lower_case_brief_after_the_titles_for_goes_with_the_title() {
    check_role(
        "Assistant Secretary of Defence for international security policy Paul Reed said so.",
        "Paul Reed",
        "Assistant Secretary of Defence for International Security Policy",
        "",
    );
    let r = roles("The plan was approved by Congress for two years Paul Reed said.");
    assert!(r.is_empty(), "{r:?}");
}

#[test]
fn a_companion_goes_on_every_visit_of_the_trip() {
    let (f, ev) = events(
        "Debt tour\n\nLIMA, March 5 - Finance Minister Jorge Salas will fly to Tokyo on \
         Sunday, after a week-long trip to France and Italy. Salas, who is accompanied by \
         central bank governor Rosa Vidal, met only with government officials.",
    );
    let visits: Vec<_> = ev.iter().filter(|e| e.kind == EventKind::Visit).collect();
    assert!(visits.len() >= 3, "{ev:?}");
    for v in visits {
        assert!(
            attends(&f, v, &["Jorge Salas", "Rosa Vidal"]),
            "{:?}",
            attendee_names(&f, v)
        );
    }
}

#[test]
fn someone_accompanied_in_the_sentence_takes_the_companion_to_the_meeting() {
    let (f, ev) = events(
        "Talks\n\nCAIRO, March 5 - Foreign Minister Jan Lund, accompanied by Trade \
         Minister Per Berg and his deputy Ola Nes, met President Ali Musa on Monday.",
    );
    let meeting = ev
        .iter()
        .find(|e| e.attendees.iter().any(|&a| name(&f, a) == "Ali Musa"))
        .expect("the meeting");
    assert!(
        attends(
            &f,
            meeting,
            &["Jan Lund", "Per Berg", "Ola Nes", "Ali Musa"]
        ),
        "{:?}",
        attendee_names(&f, meeting)
    );
}

#[test]
fn a_meeting_still_to_come_is_held_where_the_visitor_is_not_where_he_met_before() {
    let text = "---\npublished: 1990-03-11\n---\nABU DHABI, March 11 - Oil Minister Jan Holm \
                is in the United Arab Emirates to discuss oil prices, officials said.\n\n\
                He will meet President Omar Saleh.\n\n\
                Holm arrived last night after a brief stop in Riyadh, where he met Oil \
                Minister Ali Nasser.\n";
    let f = facts_md(text);
    let with_saleh = f
        .events
        .iter()
        .find(|e| e.attendees.iter().any(|&a| name(&f, a) == "Omar Saleh"))
        .unwrap_or_else(|| panic!("no meeting with Saleh: {:?}", f.events));
    let names = attendee_names(&f, with_saleh);
    assert!(!names.iter().any(|n| n == "Ali Nasser"), "{names:?}");
    assert_eq!(
        with_saleh.place.map(|p| name(&f, p)),
        Some("United Arab Emirates"),
        "{:?}",
        f.events
    );
}

#[test]
fn a_stopover_is_a_visit_and_a_where_clause_holds_its_own_meeting() {
    let text = "---\npublished: 1990-03-11\n---\nABU DHABI, March 11 - Oil Minister Jan Holm \
                is in the United Arab Emirates to discuss oil prices.\n\n\
                He will meet Energy Minister Omar Saleh.\n\n\
                Holm arrived last night after a brief stopover in Riyadh, where he met \
                Finance Minister Ali Nasser.\n";
    let f = facts_md(text);
    let at_riyadh = |kind: EventKind| event_at(&f, kind, "Riyadh");
    let stop = at_riyadh(EventKind::Visit);
    assert_eq!(attendee_names(&f, stop), ["Jan Holm"]);
    let meeting = at_riyadh(EventKind::Meeting);
    let mut names = attendee_names(&f, meeting);
    names.sort();
    // "he" is Holm, the sentence's subject, not Saleh, the person last named before it.
    assert_eq!(names, ["Ali Nasser", "Jan Holm"]);
}

#[test]
fn a_journey_someone_decided_on_is_still_to_come() {
    // Published on a Friday: the Sunday of a trip decided on is the next one.
    let text = "---\npublished: 1990-03-09\n---\nLIMA, March 9 - Finance Minister Jorge Salas \
                has decided to extend his tour, flying on Sunday to Tokyo.\n";
    let f = facts_md(text);
    let trip = event_of(&f.events, EventKind::Visit);
    assert_eq!(
        trip.date.as_ref().and_then(|d| d.iso()),
        Some("1990-03-11"),
        "{trip:?}"
    );
}

#[test]
fn another_stop_set_off_by_a_comma_is_its_own_visit_and_not_the_tour_just_ended() {
    let text = "---\npublished: 1990-03-09\n---\nLIMA, March 9 - Finance Minister Jorge Salas \
                last night concluded this week's tour of European capitals.\n\n\
                Salas will fly on Sunday to Tokyo to see bankers, with a possible visit \
                to Canada before he returns home.\n";
    let f = facts_md(text);
    let visit_to = |place: &str| event_at(&f, EventKind::Visit, place);
    assert_eq!(
        visit_to("Tokyo").date.as_ref().and_then(|d| d.iso()),
        Some("1990-03-11")
    );
    let canada = visit_to("Canada");
    assert_eq!(canada.date, None, "the Sunday is Tokyo's");
    assert_eq!(
        canada.status,
        Some(newsgraph::extract::EventStatus::Planned)
    );
}

#[test]
fn habits_and_ways_of_speaking_are_no_events() {
    // What someone suggests others do is not an event they attend.
    let (_, ev) = events(
        "Party chief executive Lord Rennard suggested Labour was avoiding news \
         conferences in London because it wanted less scrutiny.",
    );
    assert!(ev.is_empty(), "{ev:?}");
    // A visit to nowhere named, on no day.
    let (_, ev) = events(
        "Since leaving office, former spokesman Alan Crane has toured the country with \
         his one man show.",
    );
    assert!(ev.is_empty(), "{ev:?}");
}

#[test]
fn a_visit_earlier_this_year_is_not_placed_at_the_dateline() {
    let text = "---\npublished: 1987-03-12\n---\nRIYADH, March 12 - Norway and Egypt agreed \
                to help after Oil Minister Hisham Nazer visited them earlier this year.\n";
    let f = facts_md(text);
    assert!(
        f.events
            .iter()
            .all(|e| e.place.is_none_or(|p| name(&f, p) != "RIYADH")),
        "{:?}",
        f.events
    );
}

#[test]
fn his_visit_on_a_day_still_to_come_is_his_and_planned() {
    let text = "---\npublished: 1987-04-10\n---\nTOKYO, April 10 - Prime Minister Yasuhiro \
                Nakasone said he had instructed his party to prepare a package in time for \
                his one-week visit to Washington starting on April 29.\n";
    let f = facts_md(text);
    let visit = event_of(&f.events, EventKind::Visit);
    assert_eq!(attendee_names(&f, visit), ["Yasuhiro Nakasone"]);
    assert_eq!(visit.status, Some(newsgraph::extract::EventStatus::Planned));
    assert_eq!(
        visit.date.as_ref().and_then(|d| d.iso()),
        Some("1987-04-29")
    );
}

#[test]
fn summits_in_different_months_stay_apart_and_keep_their_month() {
    let text = "---\npublished: 1987-03-03\n---\nWASHINGTON, March 3 - President Ronald \
                Reagan said the draft followed the formula he agreed upon with Mikhail \
                Gorbachev at their summit meeting last October in Reykjavik.\n\n\
                Reagan said the offer was consistent with the Soviet position at the \
                earlier Reagan-Gorbachev summit in Geneva in November 1985.\n";
    let f = facts_md(text);
    let summit_in = |place: &str| {
        f.events
            .iter()
            .find(|e| e.place.is_some_and(|p| name(&f, p) == place))
            .unwrap_or_else(|| panic!("no summit in {place}: {:?}", f.events))
    };
    assert_eq!(summit_in("Reykjavik").period.as_deref(), Some("1986-10"));
    assert_eq!(summit_in("Geneva").period.as_deref(), Some("1985-11"));
    // Across articles too: a report of one does not join the other.
    let other = facts_md(
        "---\npublished: 1987-03-04\n---\nMOSCOW, March 4 - Mikhail Gorbachev recalled \
         the summit with Ronald Reagan in November 1985.\n",
    );
    let mut other = other;
    other.key = "other.md".into();
    let res = newsgraph::resolve::resolve(&[f.clone(), other]);
    let periods: Vec<_> = res
        .events
        .iter()
        .filter_map(|e| e.period.as_deref())
        .collect();
    assert!(periods.contains(&"1986-10"), "{periods:?}");
    assert!(periods.contains(&"1985-11"), "{periods:?}");
}

#[test]
fn sides_joined_by_a_hyphen_attend() {
    let (f, ev) = events(
        "TOKYO, March 3 - U.S.-Japan trade talks in Tokyo resumed on Monday, officials said.",
    );
    let talks = event_of(&ev, EventKind::Talks);
    assert!(
        attends(&f, talks, &["United States", "Japan"]),
        "{:?}",
        attendee_names(&f, talks)
    );
    let (f, ev) = events(
        "Ronald Reagan said Mikhail Gorbachev had made an offer. The Reagan-Gorbachev \
         summit in Geneva was a success, he said.",
    );
    let summit = event_of(&ev, EventKind::Summit);
    assert!(
        attends(&f, summit, &["Ronald Reagan", "Mikhail Gorbachev"]),
        "{:?}",
        attendee_names(&f, summit)
    );
}

#[test]
fn the_one_who_says_he_will_meet_someone_attends() {
    let (f, ev) = events(
        "TOKYO, April 3 - Agriculture Minister Mutsuki Kato said he will meet U.S. \
         Agriculture Secretary Richard Lyng here on April 17.",
    );
    let meeting = event_of(&ev, EventKind::Meeting);
    assert!(
        attends(&f, meeting, &["Mutsuki Kato", "Richard Lyng"]),
        "{:?}",
        attendee_names(&f, meeting)
    );
}

#[test]
fn a_body_naming_its_board_meeting_attends_and_a_demand_met_is_no_meeting() {
    let f = facts_md(
        "---\npublished: 1987-04-01\n---\nLONDON, April 1 - The International Coffee \
         Organization executive board meeting will end tomorrow, delegates said.\n",
    );
    let meeting = event_of(&f.events, EventKind::Meeting);
    assert!(
        attends(&f, meeting, &["International Coffee Organization"]),
        "{:?}",
        attendee_names(&f, meeting)
    );
    let (_, ev) = events(
        "SYDNEY, April 3 - Commitments to the Pipeline Authority can be met with spare gas \
         available for sale, Santos Ltd said.",
    );
    assert!(ev.is_empty(), "{ev:?}");
}

#[test]
fn a_state_visit_within_the_week_is_to_the_dateline_and_its_talks_are_held_there() {
    let text = "---\npublished: 1987-03-22\n---\nLONDON, March 22 - King Fahd of Saudi Arabia \
                begins a four-day state visit on Tuesday.\n\n\
                The Saudi leader will hold talks with Prime Minister Margaret Thatcher \
                during the visit.\n";
    let f = facts_md(text);
    assert!(
        names_of(&f, EntityKind::Person).contains(&"Fahd"),
        "{:?}",
        f.entities
    );
    assert!(
        f.roles.iter().any(|r| name(&f, r.person) == "Fahd"
            && r.organization
                .is_some_and(|o| name(&f, o) == "Saudi Arabia")),
        "{:?}",
        f.roles
    );
    let visit = event_of(&f.events, EventKind::Visit);
    assert_eq!(visit.place.map(|p| name(&f, p)), Some("LONDON"));
    assert_eq!(visit.status, Some(newsgraph::extract::EventStatus::Planned));
    let talks = event_of(&f.events, EventKind::Talks);
    assert_eq!(
        talks.place.map(|p| name(&f, p)),
        Some("LONDON"),
        "{talks:?}"
    );
}

#[test]
fn a_named_venue_and_those_who_represent_the_sides_at_it() {
    let (f, ev) = events(
        "Two days of talks on the future of the islands begin at Tom Hale's country \
         residence on Wednesday. Officials at the two-day summit at the foreign \
         secretary's official Kent house, Chevening, will plan a new forum. Chief \
         Minister Peter Caruana will represent the islanders, while Europe Director \
         Dominick Chilcott will represent the UK.",
    );
    let talks = ev
        .iter()
        .find(|e| e.kind == EventKind::Talks)
        .unwrap_or_else(|| panic!("no talks: {ev:?}"));
    assert_eq!(talks.venue.as_deref(), Some("Chevening"));
    assert!(
        attends(&f, talks, &["Peter Caruana", "Dominick Chilcott"]),
        "{:?}",
        attendee_names(&f, talks)
    );
}

#[test]
fn a_body_that_meets_attends_and_one_who_answers_a_question_about_it_does_not() {
    let (f, ev) = events(
        "Asked whether a rescue was likely following a meeting of the country's Congress \
         to discuss the crisis, Vice President Jose Alencar replied that it was not.",
    );
    let meeting = event_of(&ev, EventKind::Meeting);
    assert_eq!(attendee_names(&f, meeting), ["Congress"]);
}

#[test]
fn a_generic_head_noun_alone_names_no_organization() {
    let f = facts(
        "The environment select committee said the bill was sloppy. Committee chairman \
         Michael Jack said the law always arouses powerful emotions.",
    );
    assert!(
        !names_of(&f, EntityKind::Organization).contains(&"Committee"),
        "{:?}",
        f.entities
    );
    assert!(
        f.roles
            .iter()
            .any(|r| name(&f, r.person) == "Michael Jack" && r.organization.is_none()),
        "{:?}",
        f.roles
    );
}

#[test]
fn a_rank_before_the_country_and_a_leader_of_the_majority_keep_their_titles() {
    let f = facts(
        "Assistant U.S. Treasury Secretary David Mulford said the package was safe. Senate \
         Majority Leader Robert Dole spoke later.",
    );
    let role_of = |who: &str| {
        f.roles
            .iter()
            .find(|r| name(&f, r.person) == who)
            .unwrap_or_else(|| panic!("no role of {who}: {:?}", f.roles))
    };
    assert_eq!(
        role_of("David Mulford").role,
        "Assistant Treasury Secretary"
    );
    let dole = role_of("Robert Dole");
    assert_eq!(dole.role, "Majority Leader");
    assert_eq!(dole.organization.map(|o| name(&f, o)), Some("Senate"));
}

#[test]
fn a_sovereign_named_like_a_town_is_a_person() {
    let f = facts("The Saudi leader will meet Queen Elizabeth and Prince Philip during the visit.");
    let persons = names_of(&f, EntityKind::Person);
    assert!(persons.contains(&"Elizabeth"), "{:?}", f.entities);
    assert!(
        !names_of(&f, EntityKind::Place).contains(&"Elizabeth"),
        "{:?}",
        f.entities
    );
}

#[test]
fn a_visit_is_the_visitors_and_an_aside_keeps_its_own_people_and_day() {
    let text = "---\npublished: 1987-03-03\n---\nTOKYO, March 3 - The U.S. wants Japan to \
                cut import controls, visiting U.S. Under-Secretary of State Allen Wallis \
                told Eishiro Saito, a spokesman said.\n\n\
                Finance Minister Dilson Funaro, who is in Rome today, will fly to Tokyo \
                on Sunday after talks with Paolo Conti.\n";
    let f = facts_md(text);
    let visit_to = |place: &str| event_at(&f, EventKind::Visit, place);
    assert_eq!(attendee_names(&f, visit_to("TOKYO")), ["Allen Wallis"]);
    let rome = visit_to("Rome");
    assert!(
        !attendee_names(&f, rome).contains(&"Paolo Conti".to_string()),
        "{:?}",
        attendee_names(&f, rome)
    );
    assert_eq!(rome.date.as_ref().and_then(|d| d.iso()), Some("1987-03-03"));
}

#[test]
fn the_city_of_a_visit_each_briefs_dateline_and_a_conference_only_thought_of() {
    let f = facts_md(
        "---\npublished: 1987-04-07\n---\nBAGHDAD, April 7 - President Saddam Hussein \
         visited the northern city of Mosul today to attend celebrations.\n",
    );
    let visit = event_of(&f.events, EventKind::Visit);
    assert_eq!(visit.place.map(|p| name(&f, p)), Some("Mosul"));
    let f = facts(
        "Mideast digest\n\nWASHINGTON - Prime Minister Zaid al-Rifai said he had made \
         progress in talks with Secretary of State George Shultz on the possibility of \
         convening an international conference on peace.\n\nROME - Foreign Minister \
         Shimon Peres met Palestinian leader Hanna Siniora here.\n",
    );
    assert!(
        f.events.iter().all(|e| e.kind != EventKind::Conference),
        "{:?}",
        f.events
    );
    let meeting = f
        .events
        .iter()
        .find(|e| e.attendees.iter().any(|&a| name(&f, a) == "Shimon Peres"))
        .unwrap_or_else(|| panic!("no meeting of Peres: {:?}", f.events));
    assert_eq!(meeting.place.map(|p| name(&f, p)), Some("ROME"));
}

#[test]
fn an_invitation_to_visit_is_planned_and_goes_to_the_country_named() {
    let (f, ev) = events(
        "Chief of Staff Howard Baker noted President Ronald Reagan's invitation to Kremlin \
         chief Mikhail Gorbachev to visit the United States was still on the table.",
    );
    let visit = event_of(&ev, EventKind::Visit);
    assert_eq!(visit.place.map(|p| name(&f, p)), Some("United States"));
    assert_eq!(visit.status, Some(newsgraph::extract::EventStatus::Planned));
}

#[test]
fn a_visit_by_someone_is_theirs_and_is_dated_by_its_own_day_not_the_announcement() {
    let (f, ev) = events(
        "Prime Minister Margaret Thatcher told the daily al-Sharq al-Awsat in an interview \
         coinciding with a visit to London by King Fahd that prices were a matter for \
         the companies.",
    );
    let visit = event_of(&ev, EventKind::Visit);
    assert_eq!(attendee_names(&f, visit), ["Fahd"]);
    let f = facts_md(
        "---\npublished: 1987-03-27\n---\nTOKYO, March 27 - Prime Minister Yasuhiro \
         Nakasone has told his party to draft a package in early April in time for his \
         visit to Washington starting on April 29.\n\nThe government announced today Nakasone will visit \
         Washington on April 29 for a week to discuss trade with President Ronald \
         Reagan.\n",
    );
    let visits: Vec<_> = f
        .events
        .iter()
        .filter(|e| e.kind == EventKind::Visit)
        .collect();
    assert_eq!(visits.len(), 1, "{visits:?}");
    assert_eq!(
        visits[0].date.as_ref().and_then(|d| d.iso()),
        Some("1987-04-29")
    );
}

#[test]
fn leaving_tomorrow_for_a_city_is_a_visit_there_and_appeals_and_suggestions_are_no_events() {
    let f = facts_md(
        "---\npublished: 1987-03-03\n---\nBONN, March 3 - Finance Minister Dilson Funaro \
         would leave early tomorrow morning for Zurich after meeting Finance Minister \
         Gerhard Stoltenberg this evening, sources said.\n\nFunaro has rejected suggestions \
         for negotiations with the International Monetary Fund.\n\nA banker backed a call \
         from Funaro for a change in the committee.\n",
    );
    let zurich = f
        .events
        .iter()
        .find(|e| e.kind == EventKind::Visit)
        .unwrap_or_else(|| panic!("no visit: {:?}", f.events));
    assert_eq!(zurich.place.map(|p| name(&f, p)), Some("Zurich"));
    assert_eq!(
        zurich.date.as_ref().and_then(|d| d.iso()),
        Some("1987-03-04")
    );
    let meeting = f
        .events
        .iter()
        .find(|e| {
            e.attendees
                .iter()
                .any(|&a| name(&f, a) == "Gerhard Stoltenberg")
        })
        .unwrap_or_else(|| panic!("no meeting: {:?}", f.events));
    assert_eq!(meeting.place.map(|p| name(&f, p)), Some("BONN"));
    assert!(
        f.events.iter().all(|e| e.kind != EventKind::PhoneCall
            && !e
                .attendees
                .iter()
                .any(|&a| name(&f, a) == "International Monetary Fund")),
        "{:?}",
        f.events
    );
}

#[test]
fn a_nationality_word_is_no_location_of_a_visit() {
    let (f, ev) = events(
        "President Pervez Musharraf spoke a few hours before visiting the Pakistani \
         community in Manchester.",
    );
    let visit = event_of(&ev, EventKind::Visit);
    assert_eq!(visit.place.map(|p| name(&f, p)), Some("Manchester"));
}

#[test]
fn whom_he_met_an_official_of_a_nationality_and_a_second_thing_noted() {
    let f = facts(
        "World Bank president Barber Conable spoke on Thursday. He said that he expected \
         Finance Minister Dilson Funaro, who he met with last week, to return for further \
         discussion.",
    );
    let meeting = event_of(&f.events, EventKind::Meeting);
    let mut names = attendee_names(&f, meeting);
    names.sort();
    assert_eq!(names, ["Barber Conable", "Dilson Funaro"]);
    let f = facts(
        "She noted trade representative Clayton Yeutter met with a senior Korean official \
         last week on the beef issue, and that Yeutter and Agriculture Secretary Richard \
         Lyng will visit Tokyo in April for discussions on farm trade.",
    );
    let meeting = event_of(&f.events, EventKind::Meeting);
    assert_eq!(attendee_names(&f, meeting), ["Clayton Yeutter"]);
    let visit = event_of(&f.events, EventKind::Visit);
    assert_eq!(visit.place.map(|p| name(&f, p)), Some("Tokyo"));
}

#[test]
fn a_telephone_interview_from_a_city_is_a_call_of_the_one_interviewed() {
    let (f, ev) = events(
        "Treasury Secretary Daniel Marx told a local radio station in a telephone \
         interview from New York that the banks disagreed.",
    );
    let call = event_of(&ev, EventKind::PhoneCall);
    assert_eq!(attendee_names(&f, call), ["Daniel Marx"]);
    assert_eq!(call.place.map(|p| name(&f, p)), Some("New York"));
}

#[test]
fn every_item_of_a_list_after_with_is_a_party() {
    let (f, ev) = events(
        "TOKYO, April 20 - Trade official Ann Carney spoke after informal talks with the \
         U.S., Japanese and Canadian trade ministers here.",
    );
    let talks = event_of(&ev, EventKind::Talks);
    assert!(
        attends(&f, talks, &["United States", "Japan", "Canada"]),
        "{:?}",
        attendee_names(&f, talks)
    );
}

#[test]
fn a_companys_legal_form_is_no_persons_name_and_a_datelines_city_is_a_place() {
    let f = facts(
        "JACKSON, Miss., March 16 - Raytheon Co said its unit won a contract. Lead manager \
         Banque Paribas said the bond was priced.",
    );
    let persons = names_of(&f, EntityKind::Person);
    assert!(persons.is_empty(), "{persons:?}");
    let orgs = names_of(&f, EntityKind::Organization);
    assert!(
        orgs.contains(&"Raytheon Co") && orgs.contains(&"Banque Paribas"),
        "{orgs:?}"
    );
    assert!(!orgs.contains(&"JACKSON"), "{orgs:?}");
    assert!(
        names_of(&f, EntityKind::Place).contains(&"JACKSON"),
        "{:?}",
        f.entities
    );
}

#[test]
fn a_calling_before_a_name_is_no_part_of_it() {
    let f = facts(
        "NEW YORK, March 13 - Investor Martin Sosnoff said he was disappointed. Bankers \
         Trust Co said it raised its prime rate.",
    );
    let persons = names_of(&f, EntityKind::Person);
    assert_eq!(persons, ["Martin Sosnoff"]);
    assert!(
        names_of(&f, EntityKind::Organization).contains(&"Bankers Trust Co"),
        "{:?}",
        f.entities
    );
}

#[test]
fn a_place_set_before_the_first_comma_places_the_meeting_after_it() {
    let (f, ev) = events(
        "Finance Minister Dilson Funaro will fly to Japan. In Tokyo, however, he is due to \
         meet private bankers, the sources said.",
    );
    let meeting = event_of(&ev, EventKind::Meeting);
    assert_eq!(meeting.place.map(|p| name(&f, p)), Some("Tokyo"));
}

#[test]
fn places_described_before_their_names_are_each_visited() {
    let (f, evs) = facts_md_events(
        "---\npublished: 1987-03-11\n---\nLAGOS, March 11 - Oil Minister Tomas Arana said prices must hold.\n\nArana also visited OPEC members Gabon, Algeria and Libya. Last year he toured its neighbours Chad and Niger.\n",
    );
    let places: Vec<&str> = evs
        .iter()
        .filter(|e| e.kind == EventKind::Visit)
        .filter_map(|e| e.place.map(|p| name(&f, p)))
        .collect();
    for want in ["Gabon", "Algeria", "Libya", "Chad", "Niger"] {
        assert!(places.contains(&want), "{want} missing from {places:?}");
    }
    assert!(!places.contains(&"Lagos"), "{places:?}");
}

#[test]
fn a_bilateral_meeting_has_sides_though_only_one_is_named() {
    let (f, evs) = facts_md_events(
        "---\npublished: 1987-03-03\n---\nOSLO, March 3 - Norway wants lower tariffs, visiting Trade Under-Secretary Tomas Arana said.\n\nArana, who is attending a bilateral trade meeting, made the remark to reporters.\n",
    );
    let meeting = evs
        .iter()
        .find(|e| e.kind == EventKind::Meeting)
        .unwrap_or_else(|| panic!("no meeting in {evs:?}"));
    let who: Vec<&str> = meeting.attendees.iter().map(|&a| name(&f, a)).collect();
    assert_eq!(who, ["Tomas Arana"]);
    assert_eq!(meeting.place.map(|p| name(&f, p)), Some("OSLO"));
}

#[test]
fn a_name_ending_in_a_word_for_a_business_is_no_persons() {
    let f = facts(
        "DENVER, March 16 - Halvorsen Bancorp said it agreed to buy Lindgren Federal Savings \
         for 40 mln dlrs. Talbot Trading said it was not approached. Analyst Maria Lindgren \
         said the price was fair.",
    );
    let persons = names_of(&f, EntityKind::Person);
    assert_eq!(persons, ["Maria Lindgren"]);
    let orgs = names_of(&f, EntityKind::Organization);
    for want in ["Halvorsen Bancorp", "Talbot Trading"] {
        assert!(orgs.contains(&want), "{want} missing from {orgs:?}");
    }
}

#[test]
fn a_firm_named_after_its_founder_is_known_by_its_legal_form_or_its_plants() {
    let f = facts(
        "NEW YORK, March 16 - Harold T. Wexley and Co raised its estimate for the bid. \
         Dana Holt said its plants in Ohio were shut. Grant Abel met Federal Reserve chief \
         Lorna Pike and International Monetary Fund head Tom Reyes.",
    );
    let persons = names_of(&f, EntityKind::Person);
    for firm in ["Harold T. Wexley", "Dana Holt"] {
        assert!(!persons.contains(&firm), "{firm} in {persons:?}");
    }
    // ("Pike and International Monetary Fund": a designator that does not end the name
    // says nothing.)
    for want in ["Grant Abel", "Lorna Pike", "Tom Reyes"] {
        assert!(persons.contains(&want), "{want} missing from {persons:?}");
    }
}

#[test]
fn a_month_before_a_day_ends_a_persons_name() {
    let f = facts(
        "LOME, March 17 - Offices will close for the funeral of a sister of President \
         Etienne Mbaye-Diallo March 19-22, officials said.",
    );
    let persons = names_of(&f, EntityKind::Person);
    assert_eq!(persons, ["Etienne Mbaye-Diallo"]);
}

#[test]
fn newspapers_broadcasters_and_business_words_make_no_persons() {
    let f = facts(
        "PEKING, March 16 - The Harbin Daily said the plant would close, and Yantai Radio \
         said 400 jobs would go. Sutton Management said it would appeal. Management said \
         talks were planned, spokesman Li Wen said.",
    );
    let persons = names_of(&f, EntityKind::Person);
    assert_eq!(persons, ["Li Wen"]);
}

#[test]
fn a_nationality_word_or_a_german_article_opens_no_persons_name() {
    let f = facts(
        "BONN, March 16 - The magazine Der Spiegel reported that the chemicals maker American \
         Cyanamid would bid, and analyst Karl Brenner said the price was high. Die Welt said \
         the same.",
    );
    let persons = names_of(&f, EntityKind::Person);
    assert_eq!(persons, ["Karl Brenner"]);
}

#[test]
fn a_party_word_beside_a_name_is_not_part_of_it() {
    let f = facts(
        "LONDON - Tory Alan Pettigrew said the plan would fail. Backbencher Susan Ravel \
         agreed. Mr Ravel is Labour's longest-serving MP, and Labour said it would listen.",
    );
    let persons = names_of(&f, EntityKind::Person);
    assert!(persons.contains(&"Alan Pettigrew"), "{persons:?}");
    assert!(persons.contains(&"Susan Ravel"), "{persons:?}");
    assert!(
        !persons
            .iter()
            .any(|p| p.contains("Tory") || p.contains("Labour")),
        "{persons:?}"
    );
}

#[test]
fn signs_titles_alone_and_compass_points_are_no_persons_names() {
    let f = facts(
        "Assets are concentrated in London and the South East, the figures indicate. \
         Norcom currently employs 16,000 people while AB&T employs 4,700. It marks the end \
         of AB&T, which was founded in 1895. House of Lords law lords ruled against the \
         measures last week, Peter Penhallow said.",
    );
    let persons = names_of(&f, EntityKind::Person);
    assert_eq!(persons, ["Peter Penhallow"]);
}

#[test]
fn a_title_before_a_name_and_a_weekday_after_it_are_not_part_of_it() {
    let f = facts(
        "PEKING, March 16 - Vice-Premier Wu Lanfang met the delegation, and President \
         Harlan Friday said the deal was near. Dunmore Canada Limited said it would bid.",
    );
    let persons = names_of(&f, EntityKind::Person);
    assert!(persons.contains(&"Wu Lanfang"), "{persons:?}");
    assert!(persons.contains(&"Harlan"), "{persons:?}");
    assert!(
        !persons
            .iter()
            .any(|p| p.contains("Vice-Premier") || p.contains("Friday") || p.contains("Limited")),
        "{persons:?}"
    );
}

#[test]
fn a_portfolio_before_department_a_service_branch_and_a_legal_form_make_organizations() {
    let f = facts(
        "WASHINGTON, March 3 - The Justice Department declined to comment, and the Navy \
         said the jets were downed. The rig was leased from Harlow Vance Co. of Folsom. \
         Kenmore Tire and Rubber Co said it would bid, and so did Interstate Bancorp and \
         RepublicBank Corp.",
    );
    let orgs = names_of(&f, EntityKind::Organization);
    assert!(!orgs.iter().any(|o| o.contains("Bancorp and")), "{orgs:?}");
    for want in [
        "Justice Department",
        "Navy",
        "Harlow Vance Co",
        "Kenmore Tire and Rubber Co",
    ] {
        assert!(orgs.contains(&want), "{want} missing from {orgs:?}");
    }
}

#[test]
fn a_suffix_a_bracket_and_a_rank_before_a_period_are_read_with_the_names_around_them() {
    let f = facts(
        "MEMPHIS, Jan. 14 - The nation will observe the birthday of Martin Luther King Jr., \
         who was shot on a balcony of the Lorraine Motel. ( Text ) Vyacheslav Chornovil \
         said so. Survivors had little air, said Coast Guard Lt. Steve Hardy, and Admiral \
         Igor Khmelnov of the Pacific Fleet agreed.",
    );
    let persons = names_of(&f, EntityKind::Person);
    for want in [
        "Martin Luther King Jr",
        "Vyacheslav Chornovil",
        "Steve Hardy",
        "Igor Khmelnov",
    ] {
        assert!(persons.contains(&want), "{want} missing from {persons:?}");
    }
    assert_eq!(persons.len(), 4, "{persons:?}");
    let orgs = names_of(&f, EntityKind::Organization);
    for want in ["Coast Guard", "Pacific Fleet"] {
        assert!(orgs.contains(&want), "{want} missing from {orgs:?}");
    }
    assert!(
        names_of(&f, EntityKind::Place).contains(&"Lorraine Motel"),
        "{:?}",
        f.entities
    );
}

#[test]
fn two_particles_inside_a_name_and_an_abbreviated_honorific_make_a_person() {
    let f = facts(
        "WASHINGTON, March 18 - Following meetings with House Agriculture Committee \
         Chairman Lino de la Vega, the groups issued a statement. Sen. Orwin Tamblyn \
         agreed.",
    );
    let persons = names_of(&f, EntityKind::Person);
    for want in ["Lino de la Vega", "Orwin Tamblyn"] {
        assert!(persons.contains(&want), "{want} missing from {persons:?}");
    }
}

#[test]
fn a_compass_word_before_a_state_names_a_region_and_the_hague_keeps_its_article() {
    let f = facts(
        "LOS ANGELES, Oct 3 - Fires burned across Southern California on Monday, and \
         officials in North Wales and The Hague sent help.",
    );
    let places = names_of(&f, EntityKind::Place);
    for want in ["Southern California", "North Wales", "The Hague"] {
        assert!(places.contains(&want), "{want} missing from {places:?}");
    }
    assert!(!places.contains(&"California"), "{places:?}");
}

#[test]
fn an_opening_phrases_talks_are_the_main_subjects_and_unnamed_speakers_meet_the_one_named() {
    let f = facts(
        "JAKARTA, March 23 - After talks with President Suharto, Prime Minister Alden \
         Marsh said Jakarta would do more.\n\nSpeaking to reporters after a meeting with \
         Finance Minister Radius Prawiro, he said reform would go on.\n\nSenators said \
         after a private meeting with Commerce Secretary Colin Brandt that sanctions \
         were likely.",
    );
    let with = |who: &str, other: &str| {
        f.events.iter().any(|e| {
            let names = attendee_names(&f, e);
            names.iter().any(|n| n == who) && (other.is_empty() || names.iter().any(|n| n == other))
        })
    };
    assert!(with("Suharto", "Alden Marsh"), "{:?}", f.events);
    assert!(with("Radius Prawiro", "Alden Marsh"), "{:?}", f.events);
    assert!(with("Colin Brandt", ""), "{:?}", f.events);
}

#[test]
fn a_body_meeting_attends_and_unnamed_bodies_across_the_table_are_the_other_side() {
    let f = facts(
        "BOSTON, May 4 - Trade Secretary Orla Venn will brief a scheduled meeting of \
         the Joint Harbour Council on Thursday.\n\nKestrel Motor Co has held preliminary \
         talks with two companies about a venture, a spokesman said.\n\nFinance \
         ministers will attend the three-day meeting here of the Meridian Development \
         Bank.",
    );
    let with = |who: &str| {
        f.events
            .iter()
            .any(|e| attendee_names(&f, e).iter().any(|n| n == who))
    };
    assert!(with("Joint Harbour Council"), "{:?}", f.events);
    assert!(with("Kestrel Motor Co"), "{:?}", f.events);
    assert!(with("Meridian Development Bank"), "{:?}", f.events);
}

#[test]
fn a_denied_verb_holds_no_event_and_a_speaker_to_delegates_attends() {
    let f = facts(
        "LONDON, May 4 - The Harbour Party will not hold a daily news conference in \
         London.\n\nTrade Minister Orla Venn told delegates at the informal meeting of \
         trade ministers in Taupo that farm support must fall.",
    );
    assert!(
        f.events.iter().all(|e| e.kind != EventKind::Conference),
        "{:?}",
        f.events
    );
    let meeting = event_of(&f.events, EventKind::Meeting);
    assert!(attends(&f, meeting, &["Orla Venn"]), "{:?}", f.events);
}

#[test]
fn a_wire_dateline_stays_a_place_beside_a_company_named_for_it() {
    let f = facts(
        "MIAMI, March 22 - Treasury Secretary Orla Venn wrote in the Miami Herald that \
         debt relief would hurt growth.",
    );
    let places = names_of(&f, EntityKind::Place);
    assert!(places.contains(&"MIAMI"), "{places:?}");
}

#[test]
fn an_event_told_as_a_repeat_is_another_event() {
    let f = facts(
        "LONDON, March 2 - Finance Minister Orla Venn held talks with Chancellor Piet \
         Marran on Monday.\n\nMarran would state his position when the two meet again \
         next month in Washington, Venn said.",
    );
    let places: Vec<&str> = f
        .events
        .iter()
        .filter_map(|e| e.place.map(|p| name(&f, p)))
        .collect();
    assert!(places.contains(&"Washington"), "{:?}", f.events);
    assert!(places.contains(&"LONDON"), "{:?}", f.events);
}

#[test]
fn talks_a_week_away_in_another_city_are_not_those_held_where_the_story_is_filed() {
    let f = facts_md(
        "---\npublished: 1987-03-02\n---\n\nLONDON, March 2 - Finance Minister Orla Venn \
         rejected the plan.\n\nVenn was \
         reacting to a statement following his talks with Chancellor Piet Marran.\n\n\
         Venn said his talks in Washington last week were aimed at official support.",
    );
    assert!(
        !f.events.iter().any(|e| {
            e.place.is_some_and(|p| name(&f, p) == "Washington") && attends(&f, e, &["Piet Marran"])
        }),
        "{:?}",
        f.events
    );
}

#[test]
fn what_a_relative_clause_tells_does_not_make_the_subject_a_mere_reporter() {
    let f = facts(
        "WASHINGTON, March 2 - Finance Minister Orla Venn, who told reporters here that \
         she wanted a political discussion with industrial nations, held discussions here \
         on Friday with Treasury Secretary Jon Baird.",
    );
    assert!(
        f.events
            .iter()
            .any(|e| attends(&f, e, &["Orla Venn", "Jon Baird"])),
        "{:?}",
        f.events
    );
}

#[test]
fn a_journey_made_to_talk_is_talks_of_their_own_at_its_destination() {
    let f = facts_md(
        "---\npublished: 1987-03-06\n---\n\nLONDON, March 6 - Finance Minister Orla Venn \
         ended a tour of Europe.\n\nVenn has decided to extend the tour, flying on Sunday \
         to Tokyo to talk to government officials, with a possible visit to Canada before \
         returning home.\n\nTalking to reporters, Venn said the tour went well.",
    );
    let at = |kind: EventKind, place: &str| {
        f.events
            .iter()
            .find(|e| e.kind == kind && e.place.is_some_and(|p| name(&f, p) == place))
    };
    let talks = at(EventKind::Talks, "Tokyo").unwrap_or_else(|| panic!("{:?}", f.events));
    assert!(attends(&f, talks, &["Orla Venn"]), "{:?}", f.events);
    // The Sunday is the flight's, not the talks'.
    assert!(talks.date.is_none(), "{:?}", talks);
    assert!(at(EventKind::Visit, "Tokyo").is_some(), "{:?}", f.events);
    assert!(at(EventKind::Visit, "Canada").is_some(), "{:?}", f.events);
    // Talking to reporters is no talks.
    assert_eq!(
        f.events
            .iter()
            .filter(|e| e.kind == EventKind::Talks)
            .count(),
        1,
        "{:?}",
        f.events
    );
}

#[test]
fn talks_planned_for_a_month_to_come_need_only_one_named_side() {
    let f = facts_md(
        "---\npublished: 1987-03-06\n---\n\nPRETORIA, March 6 - Finance director-general \
         Orla Venn said he was optimistic about reaching agreement with foreign bank \
         creditors in debt renegotiation talks scheduled to begin next month.\n\nPiet \
         Marran said at a meeting that last year's profit rose.",
    );
    let talks = event_of(&f.events, EventKind::Talks);
    assert!(attends(&f, talks, &["Orla Venn"]), "{:?}", f.events);
    // A past year beside a meeting dates the profit, not the meeting, which has no
    // other side, place or day to tell it by.
    assert!(
        f.events.iter().all(|e| e.kind != EventKind::Meeting),
        "{:?}",
        f.events
    );
}

#[test]
fn a_bodys_organ_and_an_adverb_leave_the_body_the_subject_of_its_meeting() {
    let f = facts(
        "Harbour Union's executive was due to meet on Wednesday in any case.\n\nThe \
         Kestrel Motor Co is holding specially scheduled talks with two companies.",
    );
    let with = |who: &str| {
        f.events
            .iter()
            .any(|e| attendee_names(&f, e).iter().any(|n| n == who))
    };
    assert!(with("Harbour Union"), "{:?}", f.events);
    assert!(with("Kestrel Motor Co"), "{:?}", f.events);
}

#[test]
fn described_parties_meeting_here_and_a_press_conference_are_found() {
    let f = facts_md(
        "---\npublished: 1987-03-18\n---\n\nMANAGUA, March 18 - Talks are underway \
         between financially troubled Nicaragua and the International Monetary Fund.\n\n\
         Representatives from Brazil, Colombia and Mexico will meet here Friday to discuss \
         coffee prices, an official said.\n\nFinance Minister Orla Venn told a press \
         conference that the currency would float.",
    );
    let talks = event_of(&f.events, EventKind::Talks);
    assert!(
        attends(&f, talks, &["Nicaragua", "International Monetary Fund"]),
        "{:?}",
        f.events
    );
    let meeting = event_of(&f.events, EventKind::Meeting);
    assert!(
        attends(&f, meeting, &["Brazil", "Colombia", "Mexico"]),
        "{:?}",
        f.events
    );
    let conference = event_of(&f.events, EventKind::Conference);
    assert!(attends(&f, conference, &["Orla Venn"]), "{:?}", f.events);
}

#[test]
fn a_body_that_says_it_holds_talks_takes_part_in_them() {
    let f = facts(
        "WAYNE, Pa., March 18 - Kestrel Motor Co said it terminated merger talks with \
         Harbour Tools Inc.\n\nPARIS, March 18 - France said it was continuing \
         negotiations with Iran.\n\nThe EU has also announced that it will start \
         accession talks with Croatia in April.",
    );
    let with = |a: &str, b: &str| f.events.iter().any(|e| attends(&f, e, &[a, b]));
    assert!(
        with("Kestrel Motor Co", "Harbour Tools Inc"),
        "{:?}",
        f.events
    );
    assert!(with("France", "Iran"), "{:?}", f.events);
    assert!(with("EU", "Croatia"), "{:?}", f.events);
}

#[test]
fn a_known_surname_that_speaks_or_is_given_an_age_is_a_person_unless_a_name_holds_it() {
    let f = facts(
        "Higgins, 44, was seized while assigned to a peacekeeping force.\n\nThe skeleton \
         has yielded the first hyoid bone, said Chapman.\n\nFord Motor Co raised prices. \
         Ford said demand was strong.",
    );
    let persons = names_of(&f, EntityKind::Person);
    for want in ["Higgins", "Chapman"] {
        assert!(persons.contains(&want), "{want} missing from {persons:?}");
    }
    assert!(!persons.contains(&"Ford"), "{persons:?}");
}

#[test]
fn asian_and_nordic_legal_forms_end_a_company_name() {
    let f = facts(
        "KUALA LUMPUR, March 18 - Airod Sdn Bhd signed a deal with Nippon Kogaku KK and \
         Amer Yhtyma Oyj on Monday.",
    );
    let orgs = names_of(&f, EntityKind::Organization);
    for want in ["Airod Sdn Bhd", "Nippon Kogaku KK", "Amer Yhtyma Oyj"] {
        assert!(orgs.contains(&want), "{want} missing from {orgs:?}");
    }
}

#[test]
fn meeting_bodies_across_the_table_is_a_meeting() {
    let f =
        facts("ZURICH, March 23 - Banking secretary Orla Venn will meet regulators in Bern today.");
    let meeting = event_of(&f.events, EventKind::Meeting);
    assert!(attends(&f, meeting, &["Orla Venn"]), "{:?}", f.events);
}

#[test]
fn one_speaker_makes_a_news_conference() {
    let f = facts("Prime Minister Orla Venn told his monthly news conference the veto would stay.");
    let conference = event_of(&f.events, EventKind::Conference);
    assert!(attends(&f, conference, &["Orla Venn"]), "{:?}", f.events);
}

#[test]
fn calling_on_someone_is_meeting_them_and_la_paz_is_a_place() {
    let f = facts(
        "Climate change was discussed when Senator Orla Venn recently visited Mr Piet \
         Marran.\n\nAn IMF team would visit La Paz shortly, and a minister flew to Le Havre.",
    );
    let meeting = event_of(&f.events, EventKind::Meeting);
    assert!(
        attends(&f, meeting, &["Orla Venn", "Piet Marran"]),
        "{:?}",
        f.events
    );
    let places = names_of(&f, EntityKind::Place);
    for want in ["La Paz", "Le Havre"] {
        assert!(places.contains(&want), "{want} missing from {places:?}");
    }
    assert!(!names_of(&f, EntityKind::Person).contains(&"La Paz"));
}

#[test]
fn whoever_chairs_a_meeting_had_others_to_chair() {
    let f =
        facts("Reports said Home Secretary Orla Venn chaired a meeting to discuss visa delays.");
    let meeting = event_of(&f.events, EventKind::Meeting);
    assert!(attends(&f, meeting, &["Orla Venn"]), "{:?}", f.events);
    assert!(meeting.chair.is_some(), "{:?}", f.events);
}

#[test]
fn meeting_the_representatives_of_a_plural_is_a_meeting_and_meeting_expectations_is_not() {
    let f = facts(
        "Last week Ms Orla Venn and First Minister Piet Marran met supporters' \
         representatives from both clubs.\n\nThe results of Kestrel Motor Co met analysts' \
         expectations.",
    );
    assert_eq!(f.events.len(), 1, "{:?}", f.events);
    assert!(
        attends(&f, &f.events[0], &["Orla Venn", "Piet Marran"]),
        "{:?}",
        f.events
    );
}

#[test]
fn in_a_sports_report_a_country_that_is_not_somewhere_is_a_side() {
    let f = facts(
        "England were 200 for three when the innings closed in London.\n\nPakistan took \
         two wickets before lunch, and Australia play at home on Thursday.",
    );
    // (A side's name is no mention of the country.)
    let mentioned: Vec<&str> = f
        .entities
        .iter()
        .filter(|e| !e.mentions.is_empty())
        .map(|e| e.name.as_str())
        .collect();
    for side in ["England", "Pakistan", "Australia"] {
        assert!(!mentioned.contains(&side), "{side} in {mentioned:?}");
    }
    let places = names_of(&f, EntityKind::Place);
    assert!(places.contains(&"London"), "{places:?}");
    // Prices in eighths and spans of days are no scores: this is no sports report.
    let g = facts(
        "WASHINGTON, March 23 - Shares fell to 33-5/8 on Sept. 11-12, and the United \
         States said so.\n\nCar sales in the March 11-20 period fell, Germany said.",
    );
    let countries = names_of(&g, EntityKind::Country);
    for place in ["United States", "Germany"] {
        assert!(
            countries.contains(&place),
            "{place} missing from {countries:?}"
        );
    }
}

#[test]
fn a_speaker_to_an_audience_attends_and_the_company_said_to_talk_is_a_side() {
    let f = facts(
        "Finance Secretary Orla Venn told the meeting he had kept his promise.\n\nGovernor \
         Piet Marran told an Arab exchange dealers conference the bank would act.\n\n\
         HOUSTON, March 26 - Kestrel Motor Co chairman Jon Baird said the company had \
         ended talks with Harbour Tools Inc about a sale.",
    );
    let meeting = event_of(&f.events, EventKind::Meeting);
    assert!(attends(&f, meeting, &["Orla Venn"]), "{:?}", f.events);
    let conference = event_of(&f.events, EventKind::Conference);
    assert!(attends(&f, conference, &["Piet Marran"]), "{:?}", f.events);
    let talks = event_of(&f.events, EventKind::Talks);
    assert!(
        attends(&f, talks, &["Kestrel Motor Co", "Harbour Tools Inc"]),
        "{:?}",
        f.events
    );
}

#[test]
fn a_meeting_verb_in_the_present_with_a_time_is_a_schedule() {
    // 1987-04-01 was a Wednesday: "meets on Monday" is the Monday to come.
    let f = facts_md(
        "---\npublished: 1987-04-01\n---\nLONDON, April 1 - Delegates said the Tarvo \
         Cocoa Organization council meets on Monday.\n\nThe Vell Ministers Group meets \
         every month in Geneva.\n",
    );
    let meeting = event_of(&f.events, EventKind::Meeting);
    assert!(
        attends(&f, meeting, &["Tarvo Cocoa Organization"]),
        "{:?}",
        f.events
    );
    assert_eq!(
        meeting.date.as_ref().and_then(|d| d.iso()),
        Some("1987-04-06")
    );
    assert_eq!(
        meeting.status,
        Some(newsgraph::extract::EventStatus::Planned)
    );
    assert_eq!(
        f.events.len(),
        1,
        "a monthly habit is no meeting: {:?}",
        f.events
    );
}

#[test]
fn talks_between_a_named_side_and_unnamed_lenders_timed_after_a_saying() {
    let f = facts_md(
        "---\npublished: 1987-04-01\n---\nNEW YORK, April 1 - Harlan Trust said talks \
         between Velmora Mining Corp and its creditor banks will resume next week.\n",
    );
    let talks = event_of(&f.events, EventKind::Talks);
    assert!(
        attends(&f, talks, &["Velmora Mining Corp"]),
        "{:?}",
        f.events
    );
    assert_eq!(
        talks.status,
        Some(newsgraph::extract::EventStatus::Planned),
        "the saying is past, the talks to come"
    );
}

#[test]
fn a_body_holds_its_meetings_with_another_next_week_and_a_visit_in_the_present_is_planned() {
    let f = facts_md(
        "---\npublished: 1987-04-01\n---\nLONDON, April 1 - The Harlan Fund holds its \
         semi-annual meetings with the Vell Development Bank next week.\n\nPrime Minister \
         Orla Venn visits West Germany next week, and trade will figure high on the \
         agenda.\n",
    );
    let meeting = event_of(&f.events, EventKind::Meeting);
    assert!(
        attends(&f, meeting, &["Harlan Fund", "Vell Development Bank"]),
        "{:?}",
        f.events
    );
    assert_eq!(
        meeting.status,
        Some(newsgraph::extract::EventStatus::Planned)
    );
    let visit = event_of(&f.events, EventKind::Visit);
    assert_eq!(visit.status, Some(newsgraph::extract::EventStatus::Planned));
}

#[test]
fn the_subject_that_ended_a_round_of_talks_attends_and_a_named_round_does_not() {
    let f = facts(
        "LUSAKA, April 1 - Zambia has just completed a new round of talks with the \
         International Monetary Fund on its exchange system.\n\nTAUPO, March 23 - \
         Pressure is needed if the current Uruguay round of talks is to succeed, \
         Trade Minister Orla Venn said.",
    );
    let talks = event_of(&f.events, EventKind::Talks);
    assert!(
        attends(&f, talks, &["Zambia", "International Monetary Fund"]),
        "{:?}",
        f.events
    );
    // (The round named after Uruguay mentions no country at all.)
    assert!(
        f.events
            .iter()
            .all(|e| e.attendees.iter().all(|&a| name(&f, a) != "Uruguay")),
        "{:?}",
        f.events
    );
}

#[test]
fn a_speaker_in_a_meeting_attends_it_and_a_passive_announcement_has_no_speaker() {
    let f = facts(
        "TOKYO, April 1 - Officials of the Federation of Harlan Industries (Harlanren) \
         said in a meeting with government officials the Government should issue \
         bonds.\n\nROME, April 1 - Results of Vell Airways (owned by Vell Holdings Spa) \
         are expected to be announced at an annual shareholders meeting in May.",
    );
    let meeting = event_of(&f.events, EventKind::Meeting);
    assert!(
        attends(&f, meeting, &["Federation of Harlan Industries"]),
        "{:?}",
        f.events
    );
    let holding = f
        .entities
        .iter()
        .position(|e| e.name == "Vell Holdings Spa")
        .expect("a company");
    assert!(
        f.events.iter().all(|e| !e.attendees.contains(&holding)),
        "{:?}",
        f.events
    );
}

#[test]
fn talks_a_body_holds_with_no_one_across_the_table_are_its_meeting() {
    let f = facts(
        "Union merger\n\nThe Harlan Workers Union is due to meet in any case, although \
         the Vell Transport Union is holding specially scheduled talks.",
    );
    assert!(
        f.events
            .iter()
            .any(|e| e.kind == EventKind::Meeting && attends(&f, e, &["Vell Transport Union"])),
        "{:?}",
        f.events
    );
}

#[test]
fn a_meeting_told_in_a_relative_clause_is_not_the_talks_around_it() {
    let f = facts(
        "TOKYO, March 3 - Under-Secretary Peter Morgan, who is attending a bilateral \
         trade meeting, made the remark yesterday in talks with Harold Vell.",
    );
    let talks = event_of(&f.events, EventKind::Talks);
    assert!(
        attends(&f, talks, &["Peter Morgan", "Harold Vell"]),
        "{:?}",
        f.events
    );
    let meeting = event_of(&f.events, EventKind::Meeting);
    assert!(attends(&f, meeting, &["Peter Morgan"]), "{:?}", f.events);
}

#[test]
fn an_apposition_describing_then_giving_a_title_after_and() {
    check_role(
        "\"This could be crucial,\" said Rep. Harold Vell, a Wisconsin Democrat and member \
         of the House Intelligence Committee.",
        "Harold Vell",
        "Member",
        "House Intelligence Committee",
    );
}

#[test]
fn a_general_manager_holds_a_role_and_a_bond_issues_lead_manager_is_a_firm() {
    check_role(
        "HONG KONG, April 2 - \"Banks will follow,\" said Loh Tan Vell, general manager \
         of Harlan Union Bank Ltd.",
        "Loh Tan Vell",
        "General Manager",
        "Harlan Union Bank Ltd",
    );
    let f = facts(
        "LONDON, April 2 - The bond issue is priced at par, said lead manager Harlan \
         Vellbank.",
    );
    assert!(f.roles.is_empty(), "{:?}", f.roles);
    assert!(
        names_of(&f, EntityKind::Person).is_empty(),
        "{:?}",
        names_of(&f, EntityKind::Person)
    );
}

#[test]
fn an_apposition_gives_the_field_before_the_title_and_may_say_also() {
    check_role(
        "\"Prices will test 90 cents,\" said Harold Vell, coffee analyst with Harlan \
         Futures Inc.",
        "Harold Vell",
        "Coffee Analyst",
        "Harlan Futures Inc",
    );
    let found = roles(
        "BELGRADE, April 1 - Janez Orlic, also a Deputy Prime Minister, said the \
         country expected a deal.",
    );
    assert!(
        holds(&found, "Janez Orlic", "Deputy Prime Minister"),
        "{found:?}"
    );
    let found =
        roles("Harold Vell, formerly head of corporate finance at Harlan Bank Corp, joins.");
    assert!(
        found.iter().all(|(_, r, _)| !r.starts_with("Formerly")),
        "{found:?}"
    );
}

#[test]
fn a_title_set_off_by_a_comma_before_an_honorific_or_post_nominal_letters() {
    let found = roles(
        "The Tory finance spokesman, Harold Vell MSP, said the tax was a disguise. \
         Enrolments hardly changed, said the council's chief executive, Sir Peter \
         Orlic.",
    );
    assert!(
        holds(&found, "Harold Vell", "Finance Spokesman"),
        "{found:?}"
    );
    assert!(holds(&found, "Peter Orlic", "Chief Executive"), "{found:?}");
    check_role(
        "Harold Vell, EU foreign policy chief, says phone-tap evidence works.",
        "Harold Vell",
        "Foreign Policy Chief",
        "EU",
    );
}

#[test]
fn a_sentence_opening_title_word_is_no_organization_and_compound_titles_hold() {
    let f = facts(
        "Sport plans\n\nShadow spokesman for sport Harold Vell said the plan was wrong. \
         Finance minister Peter Orlic agreed.",
    );
    let orgs = names_of(&f, EntityKind::Organization);
    assert!(orgs.is_empty(), "{orgs:?}");
    let found = roles(
        "Shadow spokesman for sport Harold Vell said the plan was wrong. Peter Orlic, \
         vice president-treasurer of the World Bank, said bonds rose.",
    );
    assert!(
        holds(&found, "Harold Vell", "Shadow Spokesman for Sport"),
        "{found:?}"
    );
    assert!(
        holds(&found, "Peter Orlic", "Vice President Treasurer"),
        "{found:?}"
    );
}

#[test]
fn an_apposition_without_its_comma_or_after_a_name_suffix() {
    check_role(
        "Silver could rise to nine dlrs, Harold Vell chairman of Harlan Mining Co told \
         Reuters.",
        "Harold Vell",
        "Chairman",
        "Harlan Mining Co",
    );
    check_role(
        "NEW YORK, April 3 - Peter Orlic Jr., president of Harlan Media Inc, told \
         analysts it would grow.",
        "Peter Orlic Jr",
        "President",
        "Harlan Media Inc",
    );
}

#[test]
fn a_person_named_or_elected_to_an_office_holds_it() {
    check_role(
        "CHICAGO, March 26 - Harlan Publishing said it has named Peter Orlic president \
         effective April.",
        "Peter Orlic",
        "President",
        "Harlan Publishing",
    );
    check_role(
        "LOS ANGELES, March 31 - Vell Motors Corp's Harlan Aircraft Co said it named \
         Harold Vell as chairman and chief executive officer, succeeding Tom Orlic.",
        "Harold Vell",
        "Chief Executive Officer",
        "Harlan Aircraft Co",
    );
    let found = roles(
        "LOS ANGELES, March 31 - Harlan Aircraft Co said it named Harold Vell as \
         chairman, succeeding Tom Orlic.",
    );
    assert!(
        !found.iter().any(|(p, _, _)| p == "Tom Orlic"),
        "the one succeeded is not named to the office: {found:?}"
    );
}

#[test]
fn two_offices_joined_by_and_are_two_roles() {
    let found = roles(
        "Harold Vell, president and chief executive officer of Harlan Media Inc, said \
         sales rose. Peter Orlic, his transport and environment spokesman, agreed, and \
         chief Colombian delegate Tomas Arana left.",
    );
    assert!(holds(&found, "Harold Vell", "President"), "{found:?}");
    assert!(
        holds(&found, "Harold Vell", "Chief Executive Officer"),
        "{found:?}"
    );
    assert!(
        holds(&found, "Peter Orlic", "Transport and Environment Spokesman"),
        "{found:?}"
    );
    assert!(holds(&found, "Tomas Arana", "Delegate"), "{found:?}");
}

#[test]
fn a_given_name_spelt_like_a_month_opens_a_name_before_a_surname() {
    let found = roles("Police Federation chairman Jan Orlic said officers should act.");
    assert!(holds(&found, "Jan Orlic", "Chairman"), "{found:?}");
    let f = facts("Prices rose on Jan 12 and fell in Jan. Harold Vell said so.");
    assert_eq!(names_of(&f, EntityKind::Person), ["Harold Vell"]);
}

#[test]
fn a_partys_members_in_the_plural_and_singular_are_one_party() {
    let f = facts(
        "ID cards\n\nLib Dems have pledged to oppose the bill. Lib Dem home affairs \
         spokesman Harold Vell called it a waste, and Tory MPs agreed with the Tories' \
         leader.",
    );
    let orgs = names_of(&f, EntityKind::Organization);
    assert_eq!(orgs.len(), 2, "{orgs:?}");
}

#[test]
fn both_countries_are_the_two_just_named_and_as_well_as_goes_on_with_a_list() {
    let f = facts(
        "Bus link\n\nIndia and Pakistan agreed to a bus link. The service was one of \
         several announcements made after a meeting of foreign ministers of both \
         countries in Islamabad on Wednesday.",
    );
    let meeting = event_of(&f.events, EventKind::Meeting);
    assert!(
        attends(&f, meeting, &["India", "Pakistan"]),
        "{:?}",
        f.events
    );
    let f = facts(
        "Games\n\nThe government is holding a further meeting on Friday with industry \
         and retail representatives as well as the Harlan Board of Film Ratings to \
         discuss labelling.",
    );
    let meeting = event_of(&f.events, EventKind::Meeting);
    assert!(
        attends(&f, meeting, &["Harlan Board of Film Ratings"]),
        "{:?}",
        f.events
    );
}

#[test]
fn the_people_of_parties_for_or_from_them_are_those_parties() {
    let f = facts(
        "DETROIT, March 27 - Negotiators for Harlan Motors Corp and the United Vell \
         Workers resumed talks in search of a local contract.",
    );
    let talks = event_of(&f.events, EventKind::Talks);
    assert!(
        attends(&f, talks, &["Harlan Motors Corp", "United Vell Workers"]),
        "{:?}",
        f.events
    );
    let f = facts(
        "MANAGUA, March 22 - A meeting of coffee producers ended with a call for \
         continued talks. The meeting was attended by representatives from Brazil, \
         Mexico, Guatemala and Honduras.",
    );
    let meeting = event_of(&f.events, EventKind::Meeting);
    assert!(
        attends(&f, meeting, &["Brazil", "Mexico", "Guatemala", "Honduras"]),
        "{:?}",
        f.events
    );
}

#[test]
fn a_body_that_votes_or_decides_at_a_meeting_attends_it() {
    let f = facts(
        "WASHINGTON, March 26 - The Harlan Communications Commission voted at a meeting \
         to ease a requirement on cable firms.",
    );
    let meeting = event_of(&f.events, EventKind::Meeting);
    assert!(
        attends(&f, meeting, &["Harlan Communications Commission"]),
        "{:?}",
        f.events
    );
}

#[test]
fn a_meeting_owned_by_a_plural_has_unnamed_others() {
    let f = facts(
        "LONDON, March 27 - \"We are close,\" producer spokesman Peter Orlic of Ghana told \
         Reuters after a producers' meeting.",
    );
    let meeting = event_of(&f.events, EventKind::Meeting);
    assert!(attends(&f, meeting, &["Peter Orlic"]), "{:?}", f.events);
}

#[test]
fn a_titled_apposition_describes_a_person_and_of_a_country_says_where_from() {
    let f = facts(
        "LONDON, March 27 - Eiko Tanabe, chairman of the group, told Reuters prices \
         would rise. Producer spokesman Kwame Mensah of Ghana agreed.",
    );
    let people = names_of(&f, EntityKind::Person);
    assert!(people.contains(&"Eiko Tanabe"), "{people:?}");
    assert!(people.contains(&"Kwame Mensah"), "{people:?}");
    let orgs = names_of(&f, EntityKind::Organization);
    assert!(
        !orgs
            .iter()
            .any(|o| o.contains("Tanabe") || o.contains("Mensah")),
        "{orgs:?}"
    );
}

#[test]
fn a_laws_name_is_no_person() {
    let f = facts(
        "Sentencing\n\nThe measures came at a late stage of the Criminal Justice Bill. \
         The Criminal Justice Act sent a clear signal, Bill Orlic said.",
    );
    assert_eq!(names_of(&f, EntityKind::Person), ["Bill Orlic"]);
}

#[test]
fn a_company_that_says_it_is_in_a_round_of_negotiations_with_counted_workers() {
    let f = facts(
        "TORONTO, March 17 - Harlan Mining Ltd said it was in the second round of \
         negotiations with about 3,200 unionized workers at its smelter.",
    );
    let talks = event_of(&f.events, EventKind::Talks);
    assert!(attends(&f, talks, &["Harlan Mining Ltd"]), "{:?}", f.events);
}

#[test]
fn a_wire_datelines_city_in_capitals_is_a_place_though_no_gazetteer_knows_it() {
    let f = facts("VELLBROOK FALLS, N.J., March 17 - Harlan Labs Inc said sales rose.");
    let places = names_of(&f, EntityKind::Place);
    assert!(places.contains(&"VELLBROOK FALLS"), "{places:?}");
    let orgs = names_of(&f, EntityKind::Organization);
    assert_eq!(orgs, ["Harlan Labs Inc"]);
}

#[test]
fn a_titles_capitalized_brief_before_a_comma_and_the_name() {
    let found = roles(
        "OTTAWA, March 26 - Earlier this week Minister of State for Finance, Harold Vell, \
         said progress was being made. Director of Public Prosecutions, Peter Orlic QC, \
         said the principle stands.",
    );
    assert!(
        holds(&found, "Harold Vell", "Minister of State for Finance"),
        "{found:?}"
    );
    assert!(
        holds(&found, "Peter Orlic", "Director of Public Prosecutions"),
        "{found:?}"
    );
}

#[test]
fn the_pm_is_a_title_not_an_organization() {
    let f = facts(
        "Talks\n\nThe PM said he was bound to tell Mr Harold Vell that his colleagues \
         would not agree.",
    );
    let orgs = names_of(&f, EntityKind::Organization);
    assert!(orgs.is_empty(), "{orgs:?}");
}

#[test]
fn a_party_named_by_its_members_is_one_party_with_its_other_names() {
    let f = facts(
        "Election\n\nBoth the Conservatives and the Greens have chosen candidates. \
         Conservative leader Harold Vell said the Tories would win, and the Labour Party \
         said Labour would not.",
    );
    let orgs = names_of(&f, EntityKind::Organization);
    assert_eq!(orgs.len(), 3, "{orgs:?}");
    assert!(orgs.contains(&"Greens"), "{orgs:?}");
    assert!(orgs.contains(&"Labour Party"), "{orgs:?}");
}

#[test]
fn a_legal_form_closes_a_company_name_and_its_short_form_is_no_person() {
    let f = facts(
        "Sale\n\nCarla Dunmore Ltd of Toronto said it sold a mill. Carla Dunmore had \
         sales of 40 mln dlrs last year.",
    );
    let orgs = names_of(&f, EntityKind::Organization);
    assert_eq!(orgs, vec!["Carla Dunmore Ltd"], "{orgs:?}");
    assert!(
        names_of(&f, EntityKind::Person).is_empty(),
        "{:?}",
        f.entities
    );
    assert!(names_of(&f, EntityKind::Place).contains(&"Toronto"));
}

#[test]
fn a_name_that_speaks_of_itself_as_it_is_an_organization() {
    let f = facts(
        "Stores\n\nHollis said it will open two stores next year. Economists said it \
         appeared demand was weak, and Management said it would report soon. Tarvik said \
         it would sell a plant; Dorval said it would be difficult.",
    );
    let orgs = names_of(&f, EntityKind::Organization);
    assert_eq!(orgs, vec!["Hollis", "Tarvik"], "{orgs:?}");
    assert!(
        names_of(&f, EntityKind::Person).is_empty(),
        "{:?}",
        f.entities
    );
}

#[test]
fn natural_features_and_regions_are_places_not_people() {
    let f = facts(
        "Shipping\n\nTankers waited near the Straits of Kelmar while the company built \
         a plant near Truro, Nova Scotia.",
    );
    let places = names_of(&f, EntityKind::Place);
    assert!(places.contains(&"Straits of Kelmar"), "{places:?}");
    assert!(places.contains(&"Nova Scotia"), "{places:?}");
    assert!(
        names_of(&f, EntityKind::Person).is_empty(),
        "{:?}",
        f.entities
    );
}

#[test]
fn the_firm_an_analyst_works_for_is_an_organization_not_a_person() {
    let text = "Shares\n\nSteven Dorval, an analyst with Harlan Pike, said the shares rose. \
                Analyst Tom Wessel of Martin Gable said prices fell.";
    let f = facts(text);
    let orgs = names_of(&f, EntityKind::Organization);
    assert!(orgs.contains(&"Harlan Pike"), "{orgs:?}");
    assert!(orgs.contains(&"Martin Gable"), "{orgs:?}");
    let people = names_of(&f, EntityKind::Person);
    assert_eq!(people, vec!["Steven Dorval", "Tom Wessel"], "{people:?}");
    check_role(text, "Tom Wessel", "Analyst", "Martin Gable");
    let listed = facts(
        "Shares\n\nShares in casino operators Kelmar Clubs International, Vell Group and \
         Stanley Orrin fell.",
    );
    let orgs = names_of(&listed, EntityKind::Organization);
    assert!(orgs.contains(&"Stanley Orrin"), "{orgs:?}");
}

#[test]
fn swedish_and_plural_legal_forms_end_company_names_and_airports_are_places() {
    let f = facts(
        "Deal\n\nAnders Lindqvist Verktyg AB said it bought Harold Vell Cos. Travellers \
         waited at Kelmar's Don Pavo airport.",
    );
    let orgs = names_of(&f, EntityKind::Organization);
    assert!(orgs.contains(&"Anders Lindqvist Verktyg AB"), "{orgs:?}");
    assert!(orgs.contains(&"Harold Vell Cos"), "{orgs:?}");
    assert!(
        names_of(&f, EntityKind::Place).contains(&"Don Pavo"),
        "{:?}",
        f.entities
    );
    assert!(
        names_of(&f, EntityKind::Person).is_empty(),
        "{:?}",
        f.entities
    );
}

#[test]
fn offices_left_and_held_before_are_former_roles() {
    let f = facts(
        "Changes\n\nKelmar Labs Inc said Harold Vell has resigned as president of the \
         company and Tom Wessel resigned as treasurer. Peter Orlic, formerly chief \
         executive, will act as adviser. \"Sales are weak,\" said Anna Berg, Vell Power \
         group vice president.",
    );
    let role = |person: &str, label: &str| {
        f.roles
            .iter()
            .find(|r| name(&f, r.person) == person && r.role.eq_ignore_ascii_case(label))
    };
    let vell = role("Harold Vell", "President").expect("Vell's office");
    assert!(vell.former);
    assert_eq!(
        vell.organization.map(|o| name(&f, o)),
        Some("Kelmar Labs Inc")
    );
    assert!(
        role("Tom Wessel", "Treasurer").is_some_and(|r| r.former),
        "{:?}",
        f.roles
    );
    assert!(
        role("Peter Orlic", "Chief Executive").is_some_and(|r| r.former),
        "{:?}",
        f.roles
    );
    let berg = role("Anna Berg", "Group Vice President").expect("Berg's office");
    assert!(!berg.former);
    assert_eq!(berg.organization.map(|o| name(&f, o)), Some("Vell Power"));
}

#[test]
fn the_body_whose_board_meets_attends_the_meeting() {
    let f = facts_md(
        "---\npublished: 1987-04-01\n---\nLONDON, April 1 - The executive board of the \
         Kelmar Growers Association met in London without result.\n",
    );
    let e = event_of(&f.events, EventKind::Meeting);
    assert!(
        attends(&f, e, &["Kelmar Growers Association"]),
        "{:?}",
        f.events
    );
}

#[test]
fn a_dateline_in_capitals_names_its_city_and_state_as_places() {
    let f = facts_md(
        "---\npublished: 1987-03-17\n---\nST. KELMAR, MINN., March 17 - Vell Corp said it \
         sold a plant.\n",
    );
    let places = names_of(&f, EntityKind::Place);
    assert!(places.contains(&"ST. KELMAR"), "{places:?}");
    assert!(places.contains(&"MINN"), "{places:?}");
    let orgs = names_of(&f, EntityKind::Organization);
    assert_eq!(orgs, vec!["Vell Corp"], "{orgs:?}");
}

#[test]
fn a_results_table_label_is_no_company() {
    let f = facts_md(
        "---\npublished: 1987-03-17\n---\nHOUSTON, March 17 - Shr profit six cts vs profit \
         17 cts\n\nNet profit 1.2 mln vs 3.4 mln\n",
    );
    let orgs = names_of(&f, EntityKind::Organization);
    assert!(orgs.is_empty(), "{orgs:?}");
}

#[test]
fn a_savings_and_loan_association_is_one_name() {
    let f = facts("Thrift\n\nKelmar Federal Savings and Loan Association said it was sold.");
    let orgs = names_of(&f, EntityKind::Organization);
    assert_eq!(
        orgs,
        vec!["Kelmar Federal Savings and Loan Association"],
        "{orgs:?}"
    );
}

#[test]
fn a_partnership_named_with_a_comma_is_one_firm() {
    let f = facts(
        "Deal\n\nThe issue is led by Harlan, Vell and Co and Orrin, Pike and Co Inc, while \
         IBM and Kelmar Dorval and Co said nothing.",
    );
    let orgs = names_of(&f, EntityKind::Organization);
    assert!(orgs.contains(&"Harlan, Vell and Co"), "{orgs:?}");
    assert!(orgs.contains(&"Orrin, Pike and Co Inc"), "{orgs:?}");
    assert!(
        !orgs.contains(&"Harlan") && !orgs.contains(&"Orrin"),
        "{orgs:?}"
    );
}

#[test]
fn a_company_name_may_hold_a_possessive() {
    let f = facts(
        "Ratings\n\nKelby's Ratings Service Inc and Dorn and Vell's Corp cut ratings, while \
         Britain's Orrin Plc did not. Pike Corp said Pike's Tarn Industries Inc grew.",
    );
    let orgs = names_of(&f, EntityKind::Organization);
    assert!(orgs.contains(&"Kelby's Ratings Service Inc"), "{orgs:?}");
    assert!(orgs.contains(&"Dorn and Vell's Corp"), "{orgs:?}");
    assert!(orgs.contains(&"Orrin Plc"), "{orgs:?}");
    assert!(orgs.contains(&"Tarn Industries Inc"), "{orgs:?}");
}

#[test]
fn a_word_inside_a_long_name_refers_to_its_bearer() {
    let f = facts(
        "Oil\n\nMinister Arturo Delgado Perrin said output fell. Speaking later, Delgado \
         said income dropped, and Mr Delgado's aides agreed.",
    );
    let people = names_of(&f, EntityKind::Person);
    assert_eq!(people, vec!["Arturo Delgado Perrin"], "{people:?}");
}

#[test]
fn a_sunday_paper_keeps_its_day_in_its_name() {
    let f = facts(
        "Papers\n\nThe Sunday Times said on Sunday Mr Vell would resign, and the Sunday \
         Telegraph agreed.",
    );
    let orgs = names_of(&f, EntityKind::Organization);
    assert_eq!(orgs, vec!["Sunday Times", "Sunday Telegraph"], "{orgs:?}");
}

#[test]
fn a_broadcaster_station_with_its_number_is_one_organization() {
    let f = facts(
        "Radio\n\nThe BBC said the vote was fair. Mr Vell told BBC Radio 4's Today \
         programme and Channel 4 News that he would stay.",
    );
    let orgs = names_of(&f, EntityKind::Organization);
    assert!(orgs.contains(&"BBC"), "{orgs:?}");
    assert!(orgs.contains(&"BBC Radio 4"), "{orgs:?}");
    assert!(orgs.contains(&"Channel 4 News"), "{orgs:?}");
}

#[test]
fn a_clipped_party_name_is_the_party() {
    let f = facts("Vote\n\nThe Progressive Democratic Party said the Prog Dem Party would win.");
    let orgs = names_of(&f, EntityKind::Organization);
    assert_eq!(orgs, vec!["Progressive Democratic Party"], "{orgs:?}");
}

#[test]
fn the_cabinet_alone_names_no_organization() {
    let f = facts("Budget\n\nMr Harold Vell told the Cabinet that the Treasury would pay.");
    let orgs = names_of(&f, EntityKind::Organization);
    assert_eq!(orgs, vec!["Treasury"], "{orgs:?}");
}

#[test]
fn a_compass_quarter_of_a_city_or_region_is_a_place_of_its_own() {
    let f =
        facts("Homes\n\nHe lives in east London, near north Wales, and served in southern Iraq.");
    let places = names_of(&f, EntityKind::Place);
    assert!(places.contains(&"east London"), "{places:?}");
    assert!(places.contains(&"north Wales"), "{places:?}");
    assert!(
        names_of(&f, EntityKind::Country).contains(&"Iraq"),
        "{:?}",
        f.entities
    );
}

#[test]
fn a_county_is_known_by_its_ending() {
    let f = facts("Seat\n\nHe defends Normanton in West Kelbyshire and farms in Dornshire.");
    let places = names_of(&f, EntityKind::Place);
    assert!(places.contains(&"West Kelbyshire"), "{places:?}");
    assert!(places.contains(&"Dornshire"), "{places:?}");
}

#[test]
fn an_elected_member_s_seat_is_a_place_not_the_body_of_the_office() {
    let text = "Party\n\nEast Kelmar MEP Harold Vell said Labour MP Anna Berg agreed.";
    let f = facts(text);
    assert!(
        names_of(&f, EntityKind::Place).contains(&"East Kelmar"),
        "{:?}",
        f.entities
    );
    let found = roles(text);
    assert!(
        found
            .iter()
            .any(|(p, r, o)| p == "Harold Vell" && r == "MEP" && o.is_empty()),
        "{found:?}"
    );
    check_role(text, "Anna Berg", "MP", "Labour");
}

#[test]
fn an_apposition_after_an_age_and_a_boss_before_a_name_give_roles() {
    let text = "Vote\n\nHarold Vell, 58, MP for Kelmar, defected. Electoral Board boss Anna \
                Berg said turnout would rise.";
    let found = roles(text);
    assert!(holds(&found, "Harold Vell", "MP"), "{found:?}");
    check_role(text, "Anna Berg", "Boss", "Electoral Board");
}

#[test]
fn a_person_s_name_starts_after_a_body_or_a_party_word_and_a_portfolio_joins_the_title() {
    let text = "Housing\n\nThe head of the Kelmar Support Agency Harold Vell spoke. Liberal \
                Democrat Anna Berg agreed. Lib Dem Home Affairs spokesman Tom Orrin said \
                it was wrong.";
    let f = facts(text);
    let people = names_of(&f, EntityKind::Person);
    assert!(people.contains(&"Harold Vell"), "{people:?}");
    assert!(people.contains(&"Anna Berg"), "{people:?}");
    let orgs = names_of(&f, EntityKind::Organization);
    assert!(orgs.contains(&"Kelmar Support Agency"), "{orgs:?}");
    assert!(orgs.contains(&"Lib Dem"), "{orgs:?}");
    check_role(text, "Tom Orrin", "Home Affairs Spokesman", "Lib Dem");
}

#[test]
fn a_common_noun_before_a_members_word_is_no_organization() {
    let f = facts(
        "Bill\n\nOpposition MPs are angry that the opposition has only two days, and \
         Labour MPs agree.",
    );
    let orgs = names_of(&f, EntityKind::Organization);
    assert_eq!(orgs, vec!["Labour"], "{orgs:?}");
}

#[test]
fn he_refers_to_the_previous_sentence_s_subject_or_speaker_not_its_last_name() {
    // The subject comes first; a sentence opening with "He" keeps its referent.
    let (f, ev) = events(
        "Visit\n\nGen Tomas Varga held talks with Peter Lund on Monday. He arrived in \
         Norland on Sunday after flying from Kestia, where he met President Omar Haddad. \
         He is due to visit the university in Ostrava on Tuesday.",
    );
    let visit = event_at(&f, EventKind::Visit, "Ostrava");
    assert!(attends(&f, visit, &["Tomas Varga"]), "{ev:?}");
    assert!(!attends(&f, visit, &["Omar Haddad"]), "{ev:?}");
    // "…, X said." at the end of a wire sentence: X is who spoke, and "he" next.
    let (f, ev) = events(
        "Talks\n\nA deal is near after talks yesterday with Trade Secretary Paul Kemp, \
         Finance Minister Rafael Ortiz said. He will visit Ostrava next week.",
    );
    let visit = event_of(&ev, EventKind::Visit);
    assert!(attends(&f, visit, &["Rafael Ortiz"]), "{ev:?}");
    assert!(!attends(&f, visit, &["Paul Kemp"]), "{ev:?}");
}

#[test]
fn a_possessive_after_a_that_clause_is_its_subject_s() {
    let (f, ev) = events(
        "Trips\n\nMr Lund denied that Mr Varga had been sidelined, saying his recent \
         visit to Ostrava was planned.",
    );
    let visit = event_of(&ev, EventKind::Visit);
    assert!(attends(&f, visit, &["Varga"]), "{ev:?}");
    assert!(!attends(&f, visit, &["Lund"]), "{ev:?}");
}

#[test]
fn talks_by_telephone_and_one_person_calling_another_are_phone_calls() {
    let (f, ev) = events(
        "OSTRAVA, March 3 - Finance Minister Tomas Varga said he recently talked with \
         Treasury Secretary Peter Lund over the telephone.\nMore follows.",
    );
    let call = event_of(&ev, EventKind::PhoneCall);
    assert!(attends(&f, call, &["Tomas Varga", "Peter Lund"]), "{ev:?}");
    assert!(call.place.is_none(), "a call has no place: {ev:?}");
    assert!(!ev.iter().any(|e| e.kind == EventKind::Talks), "{ev:?}");
    let (f, ev) = events(
        "Warning\n\nTreasury Secretary Peter Lund and Finance Minister Tomas Varga \
         disagree. The paper reported Lund called Varga early this week to warn him.",
    );
    let call = event_of(&ev, EventKind::PhoneCall);
    assert!(attends(&f, call, &["Peter Lund", "Tomas Varga"]), "{ev:?}");
    // Naming, judging and appealing are no calls.
    for text in [
        "Plans\n\nMr Lund called Mr Varga a liar on Monday.",
        "Plans\n\nMr Lund called Mr Varga's plan reckless.",
        "Plans\n\nMr Lund called on Mr Varga to resign.",
        "Plans\n\nThe firm, called Varga Holdings, is for sale.",
    ] {
        let (_, ev) = events(text);
        assert!(ev.is_empty(), "{text}: {ev:?}");
    }
}

#[test]
fn an_opening_participle_phrase_is_a_clause_of_its_own() {
    // The people of the main clause's talks were not at the opening phrase's news
    // conference, nor is its date theirs.
    let (f, ev) = facts_md_events(
        "---\ntitle: Prosecutor speaks\npublished: 1987-04-01\n---\nOSTRAVA, April 1 - \
         Speaking to reporters after a press conference called to announce an indictment, \
         State Attorney Peter Lund said he had talks at the Castle with chief of staff \
         Tomas Varga last month.\n",
    );
    let conference = event_of(&ev, EventKind::Conference);
    assert!(attends(&f, conference, &["Peter Lund"]), "{ev:?}");
    assert!(!attends(&f, conference, &["Tomas Varga"]), "{ev:?}");
    let talks = event_of(&ev, EventKind::Talks);
    assert!(attends(&f, talks, &["Peter Lund", "Tomas Varga"]), "{ev:?}");
    // "a meeting for securities analysts": the audience is unnamed, the speaker there.
    let (f, ev) = facts_md_events(
        "---\ntitle: Growth seen\npublished: 1987-03-27\n---\nOSTRAVA, March 27 - Kelmar \
         Corp said sales will grow.\n\nSpeaking at a meeting for securities analysts, \
         Peter Lund, Kelmar's chairman, said growth would be about 8.5 pct a year.\n",
    );
    let meeting = event_of(&ev, EventKind::Meeting);
    assert!(attends(&f, meeting, &["Peter Lund"]), "{ev:?}");
}

#[test]
fn what_is_said_at_a_news_conference_does_not_date_it() {
    let (_, ev) = facts_md_events(
        "---\ntitle: Bank results\npublished: 1987-03-18\n---\nOSTRAVA, March 18 - Kelmar \
         Bank expects a modest rise.\n\nChairman Peter Lund told a news conference that \
         last year's 34 pct rise in profit was due to domestic business.\n",
    );
    let conference = event_of(&ev, EventKind::Conference);
    assert_eq!(conference.period, None, "{ev:?}");
    assert!(
        conference.place.is_some(),
        "held where the story is filed: {ev:?}"
    );
}

#[test]
fn the_seat_of_a_company_the_talks_are_about_is_not_their_place() {
    let (f, ev) = events(
        "Deal\n\nMr Peter Lund said he is optimistic about the negotiations with Kelmar \
         Corp to buy Tricil Ltd, a Lyon-based waste company.",
    );
    assert!(
        !ev.iter()
            .any(|e| e.place.is_some_and(|p| name(&f, p) == "Lyon")),
        "{ev:?}"
    );
}

#[test]
fn met_unnamed_people_last_night_and_months_of_talks_are_no_second_event() {
    let (_, ev) = facts_md_events(
        "---\ntitle: Debt\npublished: 1987-03-23\n---\nOSTRAVA, March 23 - Central banker \
         Tomas Varga met bankers last night to begin what officials predict will be months \
         of extremely tough negotiations.\n",
    );
    assert_eq!(ev.len(), 1, "{ev:?}");
    assert_eq!(ev[0].kind, EventKind::Meeting, "{ev:?}");
    assert_eq!(ev[0].status, Some(EventStatus::Held), "{ev:?}");
}

#[test]
fn a_date_that_modifies_another_noun_after_the_event_does_not_date_it() {
    let (_, ev) = facts_md_events(
        "---\ntitle: Chips\npublished: 1987-03-23\n---\nOSTRAVA, March 23 - Senator Anna Berg met \
         with Commerce Secretary Peter Lund to discuss alleged violations of a September \
         1986 agreement on chips.\n",
    );
    let meeting = event_of(&ev, EventKind::Meeting);
    assert_eq!(meeting.period, None, "{ev:?}");
}

#[test]
fn meeting_two_different_people_is_two_events_and_where_places_its_aside() {
    let (f, ev) = events(
        "Visit\n\nGen Tomas Varga held talks with Prime Minister Peter Lund on Monday. He \
         arrived on Sunday night after flying from Canada, where he met President Omar \
         Haddad.",
    );
    let talks = event_of(&ev, EventKind::Talks);
    assert!(attends(&f, talks, &["Tomas Varga", "Peter Lund"]), "{ev:?}");
    assert!(!attends(&f, talks, &["Omar Haddad"]), "{ev:?}");
    let meeting = event_at(&f, EventKind::Meeting, "Canada");
    assert!(
        attends(&f, meeting, &["Tomas Varga", "Omar Haddad"]),
        "{ev:?}"
    );
}

#[test]
fn a_meeting_told_in_the_past_perfect_is_not_placed_at_the_dateline() {
    let (f, ev) = facts_md_events(
        "---\ntitle: Debt\npublished: 1987-03-02\n---\nOSLO, March 2 - Finance Minister \
         Tomas Varga said his talks with U.S. officials had brought no new arrangement.\n\n\
         He had earlier met Federal Reserve Chairman Peter Lund and Treasury Secretary \
         Omar Haddad.\n",
    );
    let meeting = ev
        .iter()
        .find(|e| attends(&f, e, &["Peter Lund"]))
        .unwrap_or_else(|| panic!("{ev:?}"));
    assert!(
        meeting.place.is_none_or(|p| name(&f, p) != "OSLO"),
        "{ev:?}"
    );
}

#[test]
fn whose_thing_or_aide_after_the_event_word_is_no_attendee() {
    let (f, ev) = events(
        "Feud\n\nMinisters faced discontent at Monday's meeting of the Kelmar Labour Group \
         over claims made in journalist Peter Lund's new book.",
    );
    let meeting = event_of(&ev, EventKind::Meeting);
    assert!(attends(&f, meeting, &["Kelmar Labour Group"]), "{ev:?}");
    assert!(!attends(&f, meeting, &["Peter Lund"]), "{ev:?}");
}

#[test]
fn the_talks_refer_back_past_another_event_to_the_last_talks() {
    let (_, ev) = facts_md_events(
        "---\ntitle: Debt\npublished: 1987-03-02\n---\nOSLO, March 2 - Chancellor Peter \
         Lund held talks this morning with Finance Minister Tomas Varga.\n\nVarga had \
         earlier met Federal Reserve Chairman Omar Haddad and Treasury Secretary Anna Berg.\n\n\
         The spokesman pointed out that today's talks had been at the minister's request.\n",
    );
    let talks: Vec<_> = ev.iter().filter(|e| e.kind == EventKind::Talks).collect();
    assert_eq!(talks.len(), 1, "{ev:?}");
    assert_eq!(talks[0].evidence.len(), 2, "{ev:?}");
}

#[test]
fn the_words_said_at_a_meeting_start_where_its_phrase_ends() {
    let (_, ev) = facts_md_events(
        "---\ntitle: Results\npublished: 1987-03-27\n---\nOSTRAVA, March 27 - Chairman \
         Peter Lund told the annual meeting the group was satisfied with profit in the half \
         year to September 30.\n",
    );
    let meeting = event_of(&ev, EventKind::Meeting);
    assert_eq!(meeting.date, None, "{ev:?}");
    let (_, ev) = facts_md_events(
        "---\ntitle: Tax\npublished: 1987-04-02\n---\nOSTRAVA, April 2 - Prime Minister \
         Peter Lund told a meeting of supporters of his ruling Kelmar Party today the tax \
         should be amended.\n",
    );
    let meeting = event_of(&ev, EventKind::Meeting);
    assert!(
        matches!(&meeting.date, Some(newsgraph::extract::EventDate::Day { iso, .. }) if iso == "1987-04-02"),
        "{ev:?}"
    );
}

#[test]
fn a_legal_form_in_capitals_after_a_place_name_makes_a_company() {
    let f = facts(
        "Steel\n\nKelmar is talking with the steel group Lyon AG on buying its stake. \
         Oslo AB said it agreed.",
    );
    let orgs = names_of(&f, EntityKind::Organization);
    assert!(orgs.contains(&"Lyon AG"), "{orgs:?}");
    assert!(orgs.contains(&"Oslo AB"), "{orgs:?}");
    let places = names_of(&f, EntityKind::Place);
    assert!(!places.contains(&"Lyon"), "{places:?}");
    assert!(!orgs.contains(&"AG"), "{orgs:?}");
}

#[test]
fn a_speaker_during_a_visit_is_the_visitor_and_hoping_to_meet_is_planned() {
    let (f, ev) = facts_md_events(
        "---\ntitle: Subs\npublished: 1987-03-18\n---\nOSTRAVA, March 18 - Defence \
         Secretary Peter Lund said during a visit to Saudi Arabia last month that the \
         kingdom was evaluating all proposals.\n\nPrime Minister Tomas Varga hopes to meet \
         President Omar Haddad soon, officials said.\n",
    );
    let visit = event_at(&f, EventKind::Visit, "Saudi Arabia");
    assert!(attends(&f, visit, &["Peter Lund"]), "{ev:?}");
    assert_eq!(visit.period.as_deref(), Some("1987-02"), "{ev:?}");
    let meeting = event_of(&ev, EventKind::Meeting);
    assert_eq!(meeting.status, Some(EventStatus::Planned), "{ev:?}");
}

#[test]
fn a_defined_acronym_stays_its_organization_and_going_to_a_company_is_no_trip() {
    let f = facts(
        "Coffee\n\nRobusta coffee futures dipped sharply to lows yesterday, given the lack \
         of progress towards a new Istel Coffee Organization (ICO) export quota accord. \
         Futures fell when the lack of new debate on quotas at ICO talks here confirmed \
         expectations, they said.",
    );
    let places = names_of(&f, EntityKind::Place);
    assert!(!places.contains(&"ICO"), "{places:?}");
    let (_, ev) = events(
        "Sale\n\nCommission President Peter Lund called last month for control to go to \
         West Germany's Siemens AG.",
    );
    assert!(!ev.iter().any(|e| e.kind == EventKind::Visit), "{ev:?}");
}

#[test]
fn where_he_met_someone_on_a_stop_is_its_own_event_with_the_clause_subject() {
    let (f, ev) = events(
        "Tour\n\nMr Peter Lund held talks with Prime Minister Omar Haddad and President Anna \
         Berg. Before visiting Norway, Mr Lund made a surprise visit to Iraq, where he met \
         leaders in Baghdad.",
    );
    let talks = event_of(&ev, EventKind::Talks);
    assert!(
        talks.place.is_none_or(|p| name(&f, p) != "Baghdad"),
        "{ev:?}"
    );
    let meeting = event_at(&f, EventKind::Meeting, "Baghdad");
    assert!(attends(&f, meeting, &["Peter Lund"]), "{ev:?}");
    assert!(!attends(&f, meeting, &["Omar Haddad"]), "{ev:?}");
}

#[test]
fn who_the_words_said_at_a_news_conference_speak_of_was_not_there() {
    let (f, ev) = events(
        "Inquiry\n\nCommittee chairman Peter Lund told a news conference they would hold off \
         for 90 days before hearing testimony from Tomas Varga and Omar Haddad.",
    );
    let conference = event_of(&ev, EventKind::Conference);
    assert!(attends(&f, conference, &["Peter Lund"]), "{ev:?}");
    assert!(!attends(&f, conference, &["Tomas Varga"]), "{ev:?}");
}

#[test]
fn a_german_place_name_spelled_without_umlauts_is_that_place() {
    let f = facts(
        "Rates\n\nComments by bank president Peter Lund at a private seminar in Duesseldorf \
         two weeks ago hinted at a cut. Traders in Zuerich agreed.",
    );
    let places = names_of(&f, EntityKind::Place);
    assert!(places.contains(&"Duesseldorf"), "{places:?}");
    assert!(places.contains(&"Zuerich"), "{places:?}");
}

#[test]
fn a_nationality_after_the_traveller_s_possessive_is_where_the_trip_goes() {
    let (f, ev) = events(
        "Trip\n\nPrime Minister Peter Lund returned from her Chinese trip on Monday. \
         President Tomas Varga's Japanese visit was a success.",
    );
    let china = event_at(&f, EventKind::Visit, "China");
    assert!(attends(&f, china, &["Peter Lund"]), "{ev:?}");
    let japan = event_at(&f, EventKind::Visit, "Japan");
    assert!(attends(&f, japan, &["Tomas Varga"]), "{ev:?}");
    // Who travels, when the trip goes somewhere named.
    let (f, ev) = events("Trip\n\nThe Chinese visit to Norway by Premier Tomas Varga ended.");
    assert!(
        !ev.iter()
            .any(|e| e.place.is_some_and(|p| name(&f, p) == "China")),
        "{ev:?}"
    );
}

#[test]
fn the_phrase_of_an_event_spoken_at_runs_through_its_prepositions() {
    // "with his counterpart on Tuesday" is the talks' own phrase, not what was said.
    let (_, ev) = facts_md_events(
        "---\ntitle: Talks\npublished: 1987-03-20\n---\nOSTRAVA, March 20 - Foreign Minister \
         Peter Lund said during talks with his counterpart on Tuesday that ties would \
         improve.\n",
    );
    let talks = event_of(&ev, EventKind::Talks);
    assert!(
        matches!(&talks.date, Some(newsgraph::extract::EventDate::Day { iso, .. }) if iso == "1987-03-17"),
        "{ev:?}"
    );
}

#[test]
fn parties_members_are_named_apart_and_the_sides_an_unnamed_side_includes_attend() {
    let (f, ev) = events(
        "Coalition\n\nPresident Peter Lund is holding talks with party leaders, including the \
         opposition Communists and the junior coalition members, Republicans, Liberals and \
         Social Democrats.",
    );
    let orgs = names_of(&f, EntityKind::Organization);
    for party in ["Communists", "Liberals", "Social Democrats"] {
        assert!(orgs.contains(&party), "{orgs:?}");
    }
    assert!(!orgs.contains(&"Liberals and Social Democrats"), "{orgs:?}");
    let talks = event_of(&ev, EventKind::Talks);
    assert!(
        attends(
            &f,
            talks,
            &[
                "Peter Lund",
                "Communists",
                "Republicans",
                "Social Democrats"
            ]
        ),
        "{ev:?}"
    );
}

#[test]
fn a_delegation_of_a_region_s_councils_visiting_someone_meets_them_nowhere_named() {
    let (f, ev) = events(
        "Settlement\n\nFinance Minister Anna Berg said it was a good deal. On Monday, a \
         delegation of north Wales councils visited Ms Berg to lobby for funds.",
    );
    let meeting = event_of(&ev, EventKind::Meeting);
    assert!(attends(&f, meeting, &["Anna Berg"]), "{ev:?}");
    assert!(meeting.place.is_none(), "{ev:?}");
    assert!(!attends(&f, meeting, &["north Wales"]), "{ev:?}");
}

#[test]
fn a_listed_company_is_an_organization_without_a_cue() {
    // The bulk list of listed companies (data/gazetteer/companies.tsv) names it.
    let f = facts(
        "Contract\n\nThe army gave the contract to Halliburton last year, Mark Lane said. \
         Critics said Boeing and Renault had been passed over.",
    );
    let orgs = names_of(&f, EntityKind::Organization);
    for company in ["Halliburton", "Boeing", "Renault"] {
        assert!(orgs.contains(&company), "{orgs:?}");
    }
}

#[test]
fn a_listed_company_s_name_opening_a_longer_name_is_that_name() {
    let f = facts(
        "Show\n\nThe car was shown at the North American International Auto Show in \
         Detroit. Lenders include Sumitomo Finance (Asia) Ltd and Barclays de Zoete Wedd.",
    );
    let orgs = names_of(&f, EntityKind::Organization);
    for part in ["American International", "Sumitomo", "Barclays"] {
        assert!(!orgs.contains(&part), "{orgs:?}");
    }
}

#[test]
fn a_listed_company_s_one_word_name_that_is_a_town_or_a_surname_stays_so() {
    // "Berkeley" (Berkeley Group) is a town; "Hartford" (The Hartford) is a city.
    let f = facts(
        "Campus\n\nStudents at Berkeley marched on Monday. HARTFORD, Conn., March 3 - \
         The governor spoke.",
    );
    let orgs = names_of(&f, EntityKind::Organization);
    assert!(
        !orgs
            .iter()
            .any(|o| matches!(*o, "Berkeley" | "HARTFORD" | "Hartford")),
        "{orgs:?}"
    );
}

#[test]
fn a_regulator_or_watchdog_before_a_name_makes_it_a_body_and_a_forum_is_one() {
    let f = facts(
        "Ruling\n\nThe move comes after telecoms regulator Telcomar said in November that \
         the firm must open its network. The finding comes in a report published on \
         Thursday by the Global Energy Forum.",
    );
    let orgs = names_of(&f, EntityKind::Organization);
    for body in ["Telcomar", "Global Energy Forum"] {
        assert!(orgs.contains(&body), "{orgs:?}");
    }
}

#[test]
fn the_house_of_lords_and_a_nation_s_executive_are_bodies() {
    let f = facts(
        "Ruling\n\nMark Dean quit when the government ignored a House of Lords ruling. \
         Law Lords ruled last month that the detention was unlawful. The Northern \
         Ireland Executive has seconded 11 staff, and Chief Executive Anna Holt said the \
         Scottish Executive would too.",
    );
    let orgs = names_of(&f, EntityKind::Organization);
    for body in [
        "House of Lords",
        "Law Lords",
        "Northern Ireland Executive",
        "Scottish Executive",
    ] {
        assert!(orgs.contains(&body), "{orgs:?}");
    }
    assert!(names_of(&f, EntityKind::Person).contains(&"Anna Holt"));
}

#[test]
fn a_state_s_newswire_abbreviation_after_a_city_or_a_party_letter_is_a_place() {
    let f = facts_md(
        "---\ntitle: Bill\npublished: 1987-03-03\n---\nBEAVER FALLS, Calif., March 3 - The \
         measure, sponsored by Senator Carl Dobbs (D-Vt.) and Sen. Ann Pruitt, R-Mont., \
         would pass, staff said.",
    );
    let places = names_of(&f, EntityKind::Place);
    for state in ["Calif.", "Vt.", "Mont."] {
        assert!(places.contains(&state), "{places:?}");
    }
    let people = names_of(&f, EntityKind::Person);
    assert!(
        people.contains(&"Carl Dobbs") && people.contains(&"Ann Pruitt"),
        "{people:?}"
    );
}

#[test]
fn a_community_heads_an_organization_s_name() {
    let f = facts(
        "Levy\n\nHe said the Danish Trade Community would act on vegetable oils, Finance \
         Minister Ole Brandt said.",
    );
    let orgs = names_of(&f, EntityKind::Organization);
    assert!(orgs.contains(&"Danish Trade Community"), "{orgs:?}");
    assert!(
        names_of(&f, EntityKind::Country).is_empty(),
        "{:?}",
        f.entities
    );
}

#[test]
fn the_house_alone_inside_a_sentence_is_the_legislature_s_chamber() {
    let f = facts(
        "Debt\n\nTreasury Secretary Hal Dorsey told a House foreign affairs subcommittee \
         that the plan would work. The resolution will be introduced in the House next \
         week. Manor House in Kent was sold.",
    );
    let orgs = names_of(&f, EntityKind::Organization);
    assert!(orgs.contains(&"House"), "{orgs:?}");
    assert!(!orgs.contains(&"Manor House"), "{orgs:?}");
}

#[test]
fn a_name_a_business_clause_or_an_oil_producer_apposition_describes_is_a_company() {
    let f = facts(
        "Oil\n\nKelvar has strong links with Dostoneft, Russia's fourth-biggest oil \
         producer. Last year, Brannock Motors, which employs more than 6,000 people, made \
         cars. The market is led by Vantra, which is linked with Kelvar. According to the \
         Bank, which makes it the sixth biggest debtor, the Quarro Desk Driver, which sells \
         for 225 dlrs, failed.",
    );
    let orgs = names_of(&f, EntityKind::Organization);
    for company in ["Dostoneft", "Brannock Motors", "Vantra"] {
        assert!(orgs.contains(&company), "{orgs:?}");
    }
    for not_company in ["Bank", "Quarro Desk Driver"] {
        assert!(!orgs.contains(&not_company), "{orgs:?}");
    }
}

#[test]
fn an_initial_before_a_given_name_opens_a_person_s_name_known_also_without_it() {
    let a = facts(
        "Appointment\n\nCarrow Industries Inc said it named R. Joseph Calloway as president. \
         Tom Vance, a California business executive, told the board it was a good choice.",
    );
    let people = names_of(&a, EntityKind::Person);
    for person in ["R. Joseph Calloway", "Tom Vance"] {
        assert!(people.contains(&person), "{people:?}");
    }
    let mut b = facts("Board\n\nJoseph Calloway said on Monday that sales rose.");
    b.key = "other.txt".into();
    let res = newsgraph::resolve::resolve(&[a, b]);
    let calloways = res
        .entities
        .iter()
        .filter(|e| e.kind == EntityKind::Person && e.name.contains("Calloway"))
        .count();
    assert_eq!(calloways, 1, "{:?}", res.entities);
}

#[test]
fn a_speaker_telling_reporters_following_a_meeting_was_at_it_and_so_were_unnamed_speakers() {
    let (f, ev) = events(
        "OTTAWA, March 20 - Finance Minister Tom Hackett told reporters following a \
         six-hour meeting with Trade Minister Ella Voss that he was optimistic.",
    );
    let meeting = event_of(&ev, EventKind::Meeting);
    assert!(
        attends(&f, meeting, &["Tom Hackett", "Ella Voss"]),
        "{ev:?}"
    );
    let (_, ev) = events(
        "WASHINGTON, March 20 - The United States will likely impose sanctions soon on \
         imports of microchips, senators said today after a private meeting with Commerce \
         Secretary Hal Brandt.",
    );
    assert!(ev.iter().any(|e| e.kind == EventKind::Meeting), "{ev:?}");
}

#[test]
fn a_speaker_is_not_at_a_body_s_own_meeting_nor_one_between_named_sides() {
    let (f, ev) = events(
        "Airline\n\nAsked whether a rescue was on the cards following a meeting of the \
         country's Congress, vice president Jose Almeida replied: \"No.\" Carl Nissen said \
         that following a meeting between Gemmco and the Bank of Freedonia on March 3, \
         Gemmco submitted a note.",
    );
    for e in &ev {
        let names = attendee_names(&f, e);
        assert!(
            !names
                .iter()
                .any(|n| n == "Jose Almeida" || n == "Carl Nissen"),
            "{ev:?}"
        );
    }
}

#[test]
fn a_company_speaking_of_itself_holds_its_after_clause_s_talks_and_its_plans_are_a_noun() {
    let (f, ev) = facts_md_events(
        "---\ntitle: Stake\npublished: 1987-03-20\n---\nBONN, March 20 - Brannock AG said it \
         decided to give up its own original plans to seek a majority stake in Vantra \
         after holding talks with the government in Bonn.",
    );
    let talks = event_of(&ev, EventKind::Talks);
    assert!(attends(&f, talks, &["Brannock AG"]), "{ev:?}");
    assert_eq!(talks.status, Some(EventStatus::Held), "{ev:?}");
}

#[test]
fn talks_only_urged_or_called_for_are_no_event_but_a_proposed_dated_meeting_is_planned() {
    let (_, ev) = events(
        "LONDON, March 30 - Nicaraguan Trade Minister Luis Arce was in London to brief \
         coffee producers. He urged continued negotiations among coffee producers to pave \
         the way for a coffee export quota agreement by September. Senator Ann Kell called \
         for a summit of producers in Rome.",
    );
    assert!(
        !ev.iter()
            .any(|e| matches!(e.kind, EventKind::Talks | EventKind::Summit)),
        "{ev:?}"
    );
    let (_, ev) = facts_md_events(
        "---\ntitle: Korea\npublished: 1987-03-30\n---\nSEOUL, March 30 - North Korea said \
         it agreed to a South Korean proposal for talks between the prime ministers of the \
         two countries, and proposed a preparatory meeting on April 23.",
    );
    let meeting = event_of(&ev, EventKind::Meeting);
    assert_eq!(meeting.status, Some(EventStatus::Planned), "{ev:?}");
}

#[test]
fn a_trip_a_person_s_possessive_owns_is_not_the_trip_of_those_named_before() {
    let (f, ev) = events(
        "TOKYO, March 27 - Foreign Ministry officials tried to separate the dispute from \
         Prime Minister Kenji Arata's planned trip to Washington at the end of April.",
    );
    let visit = event_of(&ev, EventKind::Visit);
    assert_eq!(
        attendee_names(&f, visit),
        vec!["Kenji Arata".to_string()],
        "{ev:?}"
    );
}

#[test]
fn a_relative_clause_s_subject_or_another_noun_s_agent_after_the_event_is_not_there() {
    let (f, ev) = events(
        "Feud\n\nMr Dunn, meanwhile, is visiting Tanzania and Kenya to highlight the plight \
         of many Africans hit by famine - issues which Mr Hale has also spoken out on. The \
         rumours were fuelled by Mr Hale's decision to hold his monthly news conference at \
         the same time as a long-planned speech by Mr Dunn on poverty.",
    );
    for e in &ev {
        let names = attendee_names(&f, e);
        match e.kind {
            EventKind::Visit => assert_eq!(names, vec!["Dunn".to_string()], "{ev:?}"),
            EventKind::Conference => assert_eq!(names, vec!["Hale".to_string()], "{ev:?}"),
            _ => {}
        }
    }
    assert!(ev.iter().any(|e| e.kind == EventKind::Conference), "{ev:?}");
}

#[test]
fn a_lawyer_representing_a_person_states_no_presence_at_the_event_before() {
    let (f, ev) = events(
        "Camp\n\nThe four Britons freed from custody met Azmat Cole in Guantanamo Bay on \
         Monday. But Louise Brand, the lawyer representing Mr Abbott and Mr Marr, said the \
         families would be reunited with the men.",
    );
    for e in &ev {
        let names = attendee_names(&f, e);
        assert!(!names.iter().any(|n| n == "Louise Brand"), "{ev:?}");
    }
    assert!(!ev.is_empty());
}

#[test]
fn an_event_said_to_be_ahead_is_planned_and_a_hyphenated_adjective_is_no_past_tense() {
    let (_, ev) = events(
        "Games\n\nAhead of Sunday's meeting in London, Ms Jane Holt said she was proud of \
         the games industry.",
    );
    let meeting = event_of(&ev, EventKind::Meeting);
    assert_eq!(meeting.status, Some(EventStatus::Planned), "{ev:?}");
    let (_, ev) = events(
        "Games\n\nMinister Jane Holt is expected to call for the ban on the sale of 18-rated \
         games to be enforced better at a meeting with retailer Tom Pike in London.",
    );
    let meeting = event_of(&ev, EventKind::Meeting);
    assert_eq!(meeting.status, Some(EventStatus::Planned), "{ev:?}");
}

#[test]
fn a_person_s_whereabouts_set_off_by_commas_hold_the_event_told_there() {
    let (f, ev) = facts_md_events(
        "---\ntitle: Food\npublished: 1987-03-30\n---\nBRASILIA, March 30 - Edouard Sauer, in \
         Brazil for talks with agriculture officials, said he invited President Jose Sarto \
         to make the opening speech at the Day of Food in Rome October 16.",
    );
    let talks = event_of(&ev, EventKind::Talks);
    assert_eq!(
        attendee_names(&f, talks),
        vec!["Edouard Sauer".to_string()],
        "{ev:?}"
    );
    assert!(talks.date.is_none(), "{ev:?}");
}

#[test]
fn a_group_of_states_named_by_its_number_is_one_organization() {
    let f = facts(
        "Summit\n\nMore details will be drawn up in time for the G8 summit in July. G7 \
         ministers called for more flexibility. The Group of Seven met in Paris, and the \
         G-7 will meet again.",
    );
    let orgs = names_of(&f, EntityKind::Organization);
    assert!(orgs.contains(&"G8"), "{orgs:?}");
    let seven: Vec<_> = f
        .entities
        .iter()
        .filter(|e| e.kind == EntityKind::Organization && e.name != "G8")
        .collect();
    assert_eq!(seven.len(), 1, "{seven:?}");
}

#[test]
fn what_a_member_sits_for_or_a_seat_is_named_by_is_a_district_place() {
    let f = facts(
        "Seat\n\nGeoff Harte, the Labour MP for Ashfield, said he would stand again. She will \
         contest the Torfaen seat. He won the Clwyd North West constituency in 2001. \
         Available seat miles fell.",
    );
    let places = names_of(&f, EntityKind::Place);
    for district in ["Ashfield", "Torfaen", "Clwyd North West"] {
        assert!(places.contains(&district), "{places:?}");
    }
    assert!(!places.contains(&"Available"), "{places:?}");
    assert!(
        f.entities
            .iter()
            .filter(|e| e.kind == EntityKind::Place)
            .all(|e| e.district),
        "{:?}",
        f.entities
    );
}

#[test]
fn a_portfolio_of_two_words_joined_by_and_and_a_body_s_spokesman() {
    let text = "Roles\n\nHis retirement was announced by Work and Pensions Secretary Alan \
                Smythe in November. Trade and Industry Minister Hajime Tamaki spoke. \
                Salvation Army spokesman Jon Lomas said it was bad. Armed Forces Minister \
                Adam Ingle agreed.";
    check_role(text, "Alan Smythe", "Work and Pensions Secretary", "");
    check_role(text, "Hajime Tamaki", "Trade and Industry Minister", "");
    check_role(text, "Jon Lomas", "Spokesman", "Salvation Army");
    check_role(text, "Adam Ingle", "Armed Forces Minister", "");
}

#[test]
fn a_company_s_saying_names_its_officer_and_titles_keep_their_own_words() {
    let text = "Roles\n\nVantra Power Co said director Arnold Jonsen has been named \
                president. Lu Ming, economic professor at Kestrel University, told the \
                paper it was late. Speaking at a meeting for securities analysts, Doug \
                Danvers, Westcorp's chairman, said sales would grow. We hope to see changes, \
                visiting President of Brazil Jose Sarto said.";
    check_role(text, "Arnold Jonsen", "Director", "Vantra Power Co");
    check_role(text, "Lu Ming", "Economic Professor", "Kestrel University");
    check_role(text, "Doug Danvers", "Chairman", "Westcorp");
    check_role(text, "Jose Sarto", "President", "Brazil");
    assert!(!holds(&roles(text), "Doug Danvers", "Analyst"));
}

#[test]
fn a_trip_referred_to_as_a_possessor_does_not_make_a_planned_trip_held() {
    let (_, ev) = facts_md_events(
        "---\ntitle: Chips\npublished: 1987-03-27\n---\nTOKYO, March 27 - Officials tried to \
         separate the dispute from Prime Minister Kenji Arata's planned trip to Washington \
         at the end of April.\n\nThe government is studying measures to defuse anger and \
         ensure the trip's success, they said.",
    );
    let visit = event_of(&ev, EventKind::Visit);
    assert_eq!(visit.status, Some(EventStatus::Planned), "{ev:?}");
}

#[test]
fn the_two_are_the_last_two_people_named() {
    let (f, ev) = facts_md_events(
        "---\ntitle: Fish\npublished: 1987-03-02\n---\nOSLO, March 2 - Finance Minister Tor \
         Varga said Ilse Brandt had made no commitments.\n\nBrandt would state her position \
         when the two meet next month in Bergen, Varga said.",
    );
    let meeting = event_at(&f, EventKind::Meeting, "Bergen");
    assert!(
        attends(&f, meeting, &["Tor Varga", "Ilse Brandt"]),
        "{:?}",
        attendee_names(&f, meeting)
    );
    assert_eq!(meeting.status, Some(EventStatus::Planned), "{ev:?}");
}

#[test]
fn a_gathering_met_for_is_the_meeting_itself_however_long_its_name() {
    let (f, ev) = facts_md_events(
        "---\ntitle: Fish\npublished: 1987-03-02\n---\nOSLO, March 2 - Finance Minister Tor \
         Varga held talks with Ilse Brandt in Bergen last week.\n\nBrandt will state her \
         position when she meets Varga next month for the Nordic Fisheries Council and \
         Baltic Investment Bank spring meetings in Bergen.",
    );
    let talks = event_at(&f, EventKind::Talks, "Bergen");
    assert_eq!(talks.status, Some(EventStatus::Held), "{ev:?}");
    assert_eq!(talks.evidence.len(), 1, "{ev:?}");
    let meeting = event_at(&f, EventKind::Meeting, "Bergen");
    assert!(
        attends(
            &f,
            meeting,
            &[
                "Tor Varga",
                "Ilse Brandt",
                "Nordic Fisheries Council",
                "Baltic Investment Bank"
            ]
        ),
        "{:?}",
        attendee_names(&f, meeting)
    );
    assert_eq!(meeting.status, Some(EventStatus::Planned), "{ev:?}");
    assert_eq!(ev.len(), 2, "{ev:?}");
}

#[test]
fn talks_last_week_and_meetings_next_month_in_one_city_are_two_events() {
    let (f, ev) = facts_md_events(
        "---\ntitle: Fish\npublished: 1987-03-02\n---\nOSLO, March 2 - Finance Minister Tor \
         Varga said his talks in Bergen last week were aimed at gaining support.\n\nIlse \
         Brandt said the spring meetings of the Nordic Fisheries Council in Bergen next month \
         would discuss quotas.",
    );
    let in_bergen: Vec<_> = f
        .events
        .iter()
        .filter(|e| e.place.is_some_and(|p| name(&f, p) == "Bergen"))
        .collect();
    assert_eq!(in_bergen.len(), 2, "{ev:?}");
}

#[test]
fn a_deadline_does_not_date_the_meeting_that_sets_it() {
    let (f, ev) = facts_md_events(
        "---\ntitle: Fish\npublished: 1987-03-02\n---\nOSLO, March 2 - Nordfisk chairman Ole \
         Lund held a meeting with Ilse Brandt in Bergen at which a decision on quotas was \
         put off until next June.",
    );
    let meeting = event_at(&f, EventKind::Meeting, "Bergen");
    assert_eq!(meeting.status, Some(EventStatus::Held), "{ev:?}");
    assert_eq!(meeting.period, None, "{ev:?}");
}

#[test]
fn a_time_owned_by_another_event_s_name_does_not_date_the_call() {
    let (_, ev) = facts_md_events(
        "---\ntitle: Fish\npublished: 1987-03-05\n---\nOSLO, March 5 - Finance Minister Tor \
         Varga called Ilse Brandt early this week to warn her next week's Nordic Council \
         talks would fail.",
    );
    let call = event_of(&ev, EventKind::PhoneCall);
    assert_eq!(call.status, Some(EventStatus::Held), "{ev:?}");
}

#[test]
fn a_visit_later_this_month_is_still_to_come() {
    let (_, ev) = facts_md_events(
        "---\ntitle: Fish\npublished: 1987-04-02\n---\nOSLO, April 2 - Farm Minister Tor \
         Varga said he and Trade Representative Ilse Brandt, during a visit to Japan later \
         this month, will demand an end to the quota by April 1988.",
    );
    let visit = event_of(&ev, EventKind::Visit);
    assert_eq!(visit.status, Some(EventStatus::Planned), "{ev:?}");
    assert_ne!(visit.period.as_deref(), Some("1988-04"), "{ev:?}");
}

#[test]
fn a_body_whose_meeting_is_named_for_it_attends() {
    let (f, ev) = facts_md_events(
        "---\ntitle: Fish\npublished: 1987-04-08\n---\nOSLO, April 8 - Dealers waited for \
         this week's Nordic Fisheries Council meeting in Bergen.",
    );
    let meeting = event_at(&f, EventKind::Meeting, "Bergen");
    assert!(
        attends(&f, meeting, &["Nordic Fisheries Council"]),
        "{ev:?}"
    );
}

#[test]
fn people_in_what_is_disclosed_after_the_event_s_phrase_do_not_attend() {
    let (f, ev) = facts_md_events(
        "---\ntitle: Proxy\npublished: 1987-04-08\n---\nDETROIT, April 8 - Vantra Motor Co \
         disclosed in its proxy statement for its May 14 annual meeting in Detroit that \
         directors Arnold Jonsen and Mary Kell are retiring from its board.",
    );
    let meeting = event_of(&ev, EventKind::Meeting);
    let names = attendee_names(&f, meeting);
    assert!(
        !names
            .iter()
            .any(|n| n == "Arnold Jonsen" || n == "Mary Kell"),
        "{ev:?} {names:?}"
    );
}

#[test]
fn a_body_whose_meeting_it_is_by_possessive_attends() {
    let (f, ev) = facts_md_events(
        "---\ntitle: Proxy\npublished: 1987-04-08\n---\nDETROIT, April 8 - Shareholders \
         will vote at Vantra Motor Co's May 14 annual meeting in Detroit.\n\nKestrel Mining \
         Ltd said its annual meeting will be held in Toledo.",
    );
    let annual = ev
        .iter()
        .find(|e| e.date.as_ref().and_then(|d| d.iso()) == Some("1987-05-14"))
        .unwrap_or_else(|| panic!("no meeting on May 14: {ev:?}"));
    assert!(attends(&f, annual, &["Vantra Motor Co"]), "{ev:?}");
    let toledo = event_at(&f, EventKind::Meeting, "Toledo");
    assert!(attends(&f, toledo, &["Kestrel Mining Ltd"]), "{ev:?}");
}

#[test]
fn plans_owned_by_a_name_are_a_noun_not_a_future() {
    let (_, ev) = events(
        "Oil\n\nOil minister Ravi Menon discussed Kestrel Oil's plans during a trip to Moscow \
         last year.",
    );
    let visit = event_of(&ev, EventKind::Visit);
    assert_eq!(visit.status, Some(EventStatus::Held), "{ev:?}");
}

#[test]
fn names_keep_their_particles() {
    let f = facts(
        "Names\n\nHe quoted chief financial director Carlos del Rosario as saying so. Maria de \
         los Heras spoke. Ana dos Santos and Jorge de los Reyes left. Shares in Banca \
         Popolare del Tirreno SpA rose.",
    );
    let persons = names_of(&f, EntityKind::Person);
    for want in [
        "Carlos del Rosario",
        "Maria de los Heras",
        "Ana dos Santos",
        "Jorge de los Reyes",
    ] {
        assert!(persons.contains(&want), "{want}: {persons:?}");
    }
    assert!(
        names_of(&f, EntityKind::Organization).contains(&"Banca Popolare del Tirreno SpA"),
        "{:?}",
        f.entities
    );
}

#[test]
fn one_word_built_on_bank_names_a_bank() {
    let f = facts(
        "Banks\n\nVestabank's treasury head Tom Hale told reporters. He once worked for \
         Kornbank in Munich.",
    );
    let orgs = names_of(&f, EntityKind::Organization);
    assert!(orgs.contains(&"Vestabank"), "{:?}", f.entities);
    assert!(orgs.contains(&"Kornbank"), "{:?}", f.entities);
}

#[test]
fn its_officer_and_an_officer_named_after_it_said_belong_to_the_company() {
    let text = "Firms\n\nVantra Telephone Corp said Tom Hale, its founder and president, \
                resigned. It said Ann Wells, executive vice president, has been elected \
                president.";
    check_role(text, "Tom Hale", "Founder", "Vantra Telephone Corp");
    check_role(text, "Tom Hale", "President", "Vantra Telephone Corp");
    check_role(
        text,
        "Ann Wells",
        "Executive Vice President",
        "Vantra Telephone Corp",
    );
}

#[test]
fn a_plural_s_apostrophe_stays_inside_a_body_s_name() {
    let f = facts(
        "Unions\n\nBumpei Otsuki, president of the Kanto Federation of Employers' \
         Associations, spoke. The Highland Farmers' Union and the Toilers' Party agreed.",
    );
    let orgs = names_of(&f, EntityKind::Organization);
    for want in [
        "Kanto Federation of Employers' Associations",
        "Highland Farmers' Union",
        "Toilers' Party",
    ] {
        assert!(orgs.contains(&want), "{want}: {orgs:?}");
    }
}

#[test]
fn offices_joined_by_and_and_bodies_described_in_lower_case_keep_their_organization() {
    let text = "Roles\n\n\"Fine,\" said Nortel president and chief executive Bill Owens. Ken \
                Perks, an analyst at research firm RetailWorks LLC, spoke. Kurt Barns, \
                president of industry forecaster Retail Group Inc, said no. Tom Hale, chief \
                economist for the region at Vantra Bank, agreed. Rob Watt, a program manager \
                at the U.S. National Timber and Paper Administration, said so.";
    check_role(text, "Bill Owens", "President", "Nortel");
    check_role(text, "Bill Owens", "Chief Executive", "Nortel");
    check_role(text, "Ken Perks", "Analyst", "RetailWorks LLC");
    check_role(text, "Kurt Barns", "President", "Retail Group Inc");
    check_role(text, "Tom Hale", "Chief Economist", "Vantra Bank");
    let found = roles(text);
    assert!(
        found
            .iter()
            .any(|(p, _, o)| p == "Rob Watt"
                && o.contains("National Timber and Paper Administration")),
        "{found:?}"
    );
}

#[test]
fn a_run_on_paragraph_s_article_closes_a_name() {
    let f = facts(
        "Risks\n\n\"The risks are real,\" said Vantra analyst Ivan Mitrov The dispute is \
         old.",
    );
    assert!(
        names_of(&f, EntityKind::Person).contains(&"Ivan Mitrov"),
        "{:?}",
        f.entities
    );
}

#[test]
fn portfolios_in_the_plural_and_in_a_comma_list_stay_in_the_title() {
    let text = "Roles\n\nSchools Minister Tom Pike said so. Her call was backed by Culture, \
                Media and Sport Secretary Ann Lowe. Pensions Minister Ivor Marsh agreed. \
                Work and Pensions Secretary Alan Pratt spoke. He noted that Baker and \
                Treasury Secretary James Cole agreed.";
    check_role(text, "Tom Pike", "Schools Minister", "");
    check_role(text, "Ann Lowe", "Culture, Media and Sport Secretary", "");
    check_role(text, "Ivor Marsh", "Pensions Minister", "");
    check_role(text, "Alan Pratt", "Work and Pensions Secretary", "");
    check_role(text, "James Cole", "Treasury Secretary", "");
}

#[test]
fn the_meeting_told_in_the_past_is_not_the_summit_still_planned() {
    let (_, ev) = events(
        "Clubs\n\nLast week Ms Ann Lowe and First Minister Tom Pike met club \
         representatives to discuss the issue.\n\nThey plan to hold an anti-sectarian \
         summit next month with officials from the clubs.\n\nMs Lowe described Friday's \
         meeting as very productive.",
    );
    let summit = event_of(&ev, EventKind::Summit);
    assert_eq!(summit.status, Some(EventStatus::Planned), "{ev:?}");
    assert_eq!(summit.evidence.len(), 1, "{ev:?}");
}

#[test]
fn a_bilateral_meeting_has_the_visitor_s_country_and_the_host_s_as_sides() {
    let (f, ev) = facts_md_events(
        "---\ntitle: Trade\npublished: 1987-03-03\n---\nOSLO, March 3 - Swedish \
         Trade Minister Lena Berg told reporters Norway must cut tariffs.\n\nBerg, who is \
         attending a bilateral trade meeting, made the remark yesterday in talks with Tor \
         Varga.",
    );
    let meeting = event_of(&ev, EventKind::Meeting);
    assert!(
        attends(&f, meeting, &["Lena Berg", "Sweden", "Norway"]),
        "{ev:?}"
    );
    let talks = event_of(&ev, EventKind::Talks);
    assert!(!attends(&f, talks, &["Sweden"]), "{ev:?}");
}

#[test]
fn a_span_of_days_gives_the_event_its_last_day() {
    let (_, ev) = facts_md_events(
        "---\ntitle: Trip\npublished: 1987-03-20\n---\nOSLO, March 20 - Prime Minister Tor \
         Varga will visit Japan from March 31 to April 2.\n\nLena Berg will make a three-day \
         visit to Sweden starting on Monday.",
    );
    let end_of = |place_day: &str| {
        ev.iter()
            .find(|e| e.date.as_ref().and_then(|d| d.iso()) == Some(place_day))
            .unwrap_or_else(|| panic!("no event on {place_day}: {ev:?}"))
            .end_date
            .clone()
    };
    assert_eq!(
        end_of("1987-03-31").as_deref(),
        Some("1987-04-02"),
        "{ev:?}"
    );
    assert_eq!(
        end_of("1987-03-23").as_deref(),
        Some("1987-03-25"),
        "{ev:?}"
    );
}

#[test]
fn two_nouns_sharing_a_body_s_head_after_a_scope_or_a_portfolio_word() {
    let f = facts(
        "Bodies\n\nHowe spoke to the U.N. Grain and Seed Council on Monday. The Economic \
         and Social Board met. He said Vantra Corp and Kestrel Mining Inc agreed to merge.",
    );
    let orgs = names_of(&f, EntityKind::Organization);
    assert!(
        orgs.iter().any(|o| o.ends_with("Grain and Seed Council")),
        "{orgs:?}"
    );
    assert!(orgs.contains(&"Economic and Social Board"), "{orgs:?}");
    assert!(orgs.contains(&"Vantra Corp"), "{orgs:?}");
    assert!(orgs.contains(&"Kestrel Mining Inc"), "{orgs:?}");
}

#[test]
fn preparing_to_visit_is_a_visit_still_to_come() {
    let (_, ev) = events(
        "Trip\n\nPrime Minister Kenji Arata prepares to visit Washington at the end of the \
         month for talks with Tom Hale.",
    );
    let visit = event_of(&ev, EventKind::Visit);
    assert_eq!(visit.status, Some(EventStatus::Planned), "{ev:?}");
}

#[test]
fn a_journey_made_for_talks_is_the_trip_and_the_talks_at_its_destination() {
    let (f, ev) = facts_md_events(
        "---\npublished: 1987-03-09\n---\nWASHINGTON, March 9 - The president said that \
         Foreign Minister Ana Lind would go to Oslo next month for talks on fishing rights.",
    );
    let at = |kind: EventKind| {
        ev.iter()
            .find(|e| e.kind == kind && e.place.is_some_and(|p| name(&f, p) == "Oslo"))
            .unwrap_or_else(|| panic!("no {kind:?} in Oslo: {ev:?}"))
    };
    assert!(attends(&f, at(EventKind::Visit), &["Ana Lind"]), "{ev:?}");
    let talks = at(EventKind::Talks);
    assert!(attends(&f, talks, &["Ana Lind"]), "{ev:?}");
    assert_eq!(talks.status, Some(EventStatus::Planned), "{ev:?}");
}

#[test]
fn his_talks_with_another_country_are_not_the_talks_held_where_the_story_is_filed() {
    let (f, ev) = facts_md_events(
        "---\npublished: 1987-03-02\n---\nROME, March 2 - Italian Treasury Minister Piero \
         Galli has told Chile's Finance Minister Hugo Rivas that the debt is a matter for the \
         banks.\n\nGalli emphasised in talks this morning with Rivas the need for a plan.\n\n\
         Rivas said on Friday that his talks with U.S. officials had resulted in no new \
         arrangement.",
    );
    let talks: Vec<_> = ev.iter().filter(|e| e.kind == EventKind::Talks).collect();
    assert_eq!(talks.len(), 2, "{ev:?}");
    let rome = talks
        .iter()
        .find(|e| attends(&f, e, &["Piero Galli"]))
        .unwrap_or_else(|| panic!("{ev:?}"));
    assert!(attends(&f, rome, &["Hugo Rivas"]), "{ev:?}");
    assert!(!attends(&f, rome, &["United States"]), "{ev:?}");
    assert!(
        talks
            .iter()
            .any(|e| attends(&f, e, &["Hugo Rivas", "United States"])),
        "{ev:?}"
    );
}

#[test]
fn a_country_acting_at_talks_takes_part_in_them() {
    let (f, ev) = facts_md_events(
        "---\npublished: 1987-03-03\n---\nOSLO, March 3 - Prime Minister Tor Varga said \
         Norway would offer a draft treaty on fishing quotas at talks with Iceland in \
         Geneva tomorrow.",
    );
    let talks = event_of(&ev, EventKind::Talks);
    assert!(attends(&f, talks, &["Norway", "Iceland"]), "{ev:?}");
}

#[test]
fn what_is_negotiated_and_the_day_of_an_offer_are_not_an_event_s() {
    let (f, ev) = facts_md_events(
        "---\npublished: 1987-03-03\n---\nOSLO, March 3 - Prime Minister Tor Varga met \
         President Ivar Lund of Iceland.\n\nVarga said Lund's new offer Saturday ending the \
         linkage of the three areas of negotiations was consistent with the Icelandic \
         position at the earlier Varga-Lund summit in Geneva in November 1985.",
    );
    // The areas negotiated are no talks.
    assert!(ev.iter().all(|e| e.kind != EventKind::Talks), "{ev:?}");
    let summit = event_of(&ev, EventKind::Summit);
    // The Saturday is the offer's; the summit's own month is its time.
    assert!(summit.date.is_none(), "{summit:?}");
    assert_eq!(summit.period.as_deref(), Some("1985-11"), "{summit:?}");
    // "the Icelandic position" describes a position, not a side at the summit.
    assert!(!attends(&f, summit, &["Iceland"]), "{ev:?}");
    assert!(attends(&f, summit, &["Tor Varga", "Ivar Lund"]), "{ev:?}");
}

#[test]
fn a_source_quoted_after_the_sides_and_a_country_describing_a_side_are_no_sides() {
    let (f, ev) = events(
        "Merger\n\nTelvara Corp has held preliminary merger discussions with Brinco Inc, \
         Zentrix Inc quoted sources as saying. Kestrel Bank said it is still in talks with UK bank \
         Ashdown over the sale.",
    );
    let with = |side: &str| {
        ev.iter()
            .find(|e| attends(&f, e, &[side]))
            .unwrap_or_else(|| panic!("no event with {side}: {ev:?}"))
    };
    let merger = with("Brinco Inc");
    assert!(attends(&f, merger, &["Telvara Corp"]), "{ev:?}");
    assert!(!attends(&f, merger, &["Zentrix Inc"]), "{ev:?}");
    let sale = with("Ashdown");
    assert!(attends(&f, sale, &["Kestrel Bank"]), "{ev:?}");
    assert!(!attends(&f, sale, &["United Kingdom"]), "{ev:?}");
}

#[test]
fn leaving_for_a_place_on_a_weekday_is_a_departure_still_to_come() {
    let (f, ev) = facts_md_events(
        "---\npublished: 1987-04-01\n---\nLONDON, April 1 - Trade minister Tom Hale leaves \
         for Japan on Saturday.",
    );
    let trip = event_at(&f, EventKind::Visit, "Japan");
    assert_eq!(trip.status, Some(EventStatus::Planned), "{ev:?}");
    assert_eq!(
        trip.date.as_ref().and_then(|d| d.iso()),
        Some("1987-04-04"),
        "{ev:?}"
    );
}

#[test]
fn a_titled_name_before_which_is_still_a_person() {
    let f = facts(
        "Talks\n\nLena Berg said that in her discussions with Deputy Foreign Minister Ivo \
         Markov, which lasted about eight hours, she set out the costs. Markov said no \
         progress had been made.",
    );
    let persons = names_of(&f, EntityKind::Person);
    assert!(persons.contains(&"Ivo Markov"), "{persons:?}");
    assert!(
        !names_of(&f, EntityKind::Organization).contains(&"Ivo Markov"),
        "{:?}",
        f.entities
    );
}

#[test]
fn a_company_called_it_or_the_company_holds_the_talks_it_speaks_of() {
    let f = facts_md(
        "---\npublished: 1987-03-13\n---\nDALTON, Ga., March 13 - Farrow Mills Inc said it \
         will miss an interest payment on its notes.\n\nIt said it is currently holding talks \
         with its creditors about a possible debt restructuring.\n\nThe company also said it \
         is holding talks with its bank creditors.",
    );
    let talks: Vec<_> = f
        .events
        .iter()
        .filter(|e| e.kind == EventKind::Talks)
        .collect();
    assert_eq!(talks.len(), 2, "{:?}", f.events);
    assert!(
        talks.iter().all(|e| attends(&f, e, &["Farrow Mills Inc"])),
        "{:?}",
        f.events
    );
}

#[test]
fn a_body_named_again_by_another_kind_of_body_is_not_it() {
    // "The union" is no name for a company: the phrase stays unresolved.
    let f = facts_md(
        "---\npublished: 1987-03-13\n---\nDALTON, Ga., March 13 - Farrow Mills Inc said it \
         will close a plant.\n\nThe union said it is holding talks with its members.",
    );
    assert!(
        f.events
            .iter()
            .all(|e| !attends(&f, e, &["Farrow Mills Inc"])),
        "{:?}",
        f.events
    );
}

#[test]
fn talks_with_underwriters_have_an_unnamed_side() {
    let (f, ev) = events(
        "Offer\n\nBrandt Thermal Corp said it has entered into talks with underwriters on a \
         possible public sale of a stake in its unit.",
    );
    let talks = event_of(&ev, EventKind::Talks);
    assert!(attends(&f, talks, &["Brandt Thermal Corp"]), "{ev:?}");
}

#[test]
fn a_statement_made_after_talks_is_the_speakers_and_a_place_in_the_topic_is_not_theirs() {
    let f = facts_md(
        "---\npublished: 1987-03-13\n---\nWASHINGTON, March 13 - The Trade Office said all \
         Canadian mills pay the surcharge.\n\nIt made the statement after talks with Canadian \
         officials about rumors in Canada that some mills were not paying.",
    );
    let talks = event_of(&f.events, EventKind::Talks);
    assert!(
        attends(&f, talks, &["Trade Office", "Canada"]),
        "{:?}",
        f.events
    );
    assert!(talks.place.is_none(), "{talks:?}");
}

#[test]
fn tomorrow_counts_from_the_datelines_day_when_the_metadata_is_a_day_behind() {
    // Stamped in New York on the 16th, written in Wellington on the 17th.
    let f = facts_md(
        "---\npublished: 1987-03-16\n---\nWELLINGTON, March 17 - The Dock Workers Union said \
         its national executive will meet here tomorrow to decide its next moves.",
    );
    let meeting = event_of(&f.events, EventKind::Meeting);
    assert_eq!(
        meeting.date.as_ref().and_then(|d| d.iso()),
        Some("1987-03-18"),
        "{:?}",
        f.events
    );
    // The publication date stays the metadata's.
    assert_eq!(
        f.published.as_ref().map(|p| p.iso.as_str()),
        Some("1987-03-16")
    );
}

#[test]
fn two_meetings_on_one_day_in_one_city_with_no_one_in_common_stay_two() {
    let a = facts_md(
        "---\npublished: 1987-03-02\n---\nLONDON, March 2 - Finance Minister Rui Tavares \
         held talks in London today with Chancellor Ned Carver.",
    );
    let b = facts_md(
        "---\npublished: 1987-03-02\n---\nLONDON, March 2 - Trade Minister Ivo Brandt held \
         talks in London today with Commissioner Karl Mohr.",
    );
    assert_eq!(talks_across(a, b), 2);
}

#[test]
fn a_name_or_a_day_ends_the_topic_and_the_place_after_it_is_the_talks() {
    let f = facts_md(
        "---\npublished: 2022-01-10\n---\nRuritania and the Baltic Council will also meet for \
         talks about Borduria Thursday in Vienna.",
    );
    let talks = event_at(&f, EventKind::Talks, "Vienna");
    assert!(attends(&f, talks, &["Baltic Council"]), "{:?}", f.events);
}

#[test]
fn its_title_before_a_name_is_the_speaking_bodys_office() {
    check_role(
        "The Allied Textile Workers said its vice president Tom Reade met officials of \
         Local 12 this morning.",
        "Tom Reade",
        "Vice President",
        "Allied Textile Workers",
    );
}

#[test]
fn whose_title_before_a_name_is_the_office_of_the_body_before_it() {
    check_role(
        "The issue will recur in talks with Brazil, whose finance minister Paulo Sena has \
         suggested separate negotiations.",
        "Paulo Sena",
        "Finance Minister",
        "Brazil",
    );
}

#[test]
fn a_bodys_kind_word_alone_is_the_one_body_named_with_it() {
    check_role(
        "The Dock Hands Union told reporters the dispute is not settled. \"We will consider \
         further action,\" Union secretary Ron Tate said in a radio interview.",
        "Ron Tate",
        "Secretary",
        "Dock Hands Union",
    );
}

#[test]
fn a_compass_adjective_opening_a_bodys_name_is_part_of_it() {
    let f =
        facts("A rash of firings set the stage for a war between Eastern Airlines and its unions.");
    assert!(
        names_of(&f, EntityKind::Organization).contains(&"Eastern Airlines"),
        "{:?}",
        f.entities
    );
}

#[test]
fn a_title_whose_field_names_a_body_of_its_sentence_is_that_bodys() {
    check_role(
        "The Banking Commission is reviewing the capital ratio, banking commissioner Colin \
         Ashby said.",
        "Colin Ashby",
        "Banking Commissioner",
        "Banking Commission",
    );
}

#[test]
fn a_word_capitalized_mid_sentence_owning_something_is_a_name_though_written_in_lower_case_too() {
    let text = "Five unions will hold private talks with Deputy Prime Minister Ned Harker at \
                Labour's spring conference in Gateshead, said the paper's labour affairs \
                correspondent.";
    let f = facts(text);
    assert!(
        names_of(&f, EntityKind::Organization).contains(&"Labour"),
        "{:?}",
        f.entities
    );
    // The conference is Labour's; the minister's office is not.
    let found = roles(text);
    assert!(
        found
            .iter()
            .any(|(p, _, o)| p == "Ned Harker" && o.is_empty()),
        "{found:?}"
    );
}

#[test]
fn a_two_word_name_speaking_of_itself_as_it_is_a_company() {
    let (f, ev) = events("Kestrel Boerse said it held talks with Brinco Corp last week.");
    assert!(
        names_of(&f, EntityKind::Organization).contains(&"Kestrel Boerse"),
        "{:?}",
        f.entities
    );
    let talks = event_of(&ev, EventKind::Talks);
    assert!(
        attends(&f, talks, &["Kestrel Boerse", "Brinco Corp"]),
        "{ev:?}"
    );
    // A person's "it" that stands for what follows stays a person's.
    let g = facts("John Hale said it was difficult to say.");
    assert!(
        names_of(&g, EntityKind::Person).contains(&"John Hale"),
        "{:?}",
        g.entities
    );
}

#[test]
fn a_body_a_relative_clause_meets_on_holds_the_meeting() {
    let f = facts_md(
        "---\npublished: 1987-03-16\n---\nLONDON, March 16 - The final decision will be left \
         with the Kestrel Exchange board, which will meet at the end of this month, he said.",
    );
    let meeting = event_of(&f.events, EventKind::Meeting);
    assert!(
        attends(&f, meeting, &["Kestrel Exchange"]),
        "{:?}",
        f.events
    );
    assert_eq!(meeting.status, Some(EventStatus::Planned), "{meeting:?}");
}

#[test]
fn a_meeting_with_senior_union_figures_has_an_unnamed_side() {
    let (f, ev) = events(
        "Unions\n\nDeputy Prime Minister Ned Hale held a private meeting with senior union \
         figures last week.",
    );
    let meeting = event_of(&ev, EventKind::Meeting);
    assert!(attends(&f, meeting, &["Ned Hale"]), "{ev:?}");
}

#[test]
fn capitalized_words_describing_a_group_of_people_are_no_persons_name() {
    let f = facts(
        "Kestrel banks are holding talks with Protestant and Roman Catholic officials to hear \
         church complaints.",
    );
    assert!(
        !names_of(&f, EntityKind::Person).contains(&"Roman Catholic"),
        "{:?}",
        f.entities
    );
}

#[test]
fn a_word_describing_the_next_party_keeps_the_list_and_a_city_describing_a_noun_is_no_side() {
    let (f, ev) = events(
        "Bourse\n\nVantra Corp has said it will bid. Both Kestrel Boerse AG and rival Vantra Corp \
         held talks with the London market last week.",
    );
    let talks = event_of(&ev, EventKind::Talks);
    assert!(
        attends(&f, talks, &["Kestrel Boerse AG", "Vantra Corp"]),
        "{ev:?}"
    );
    assert!(!attends(&f, talks, &["United Kingdom"]), "{ev:?}");
    assert!(!attends(&f, talks, &["London"]), "{ev:?}");
}

#[test]
fn a_partys_word_alone_is_not_folded_into_a_committee_named_with_it() {
    let f = facts(
        "Budget\n\nThe dispute among House Budget Committee Democrats and Republicans went on. \
         \"The Democrats have refused to present a budget,\" Kestrel said.",
    );
    let orgs = names_of(&f, EntityKind::Organization);
    assert!(orgs.contains(&"Democrats"), "{orgs:?}");
}

#[test]
fn a_speaker_named_in_apposition_is_no_side_and_a_classifying_possessive_is_a_new_meeting() {
    let (f, ev) = facts_md_events(
        "---\npublished: 1987-04-03\n---\nLONDON, April 3 - Kestrel Bank is holding talks with \
         Nigeria, the head of Kestrel's debt division, Gerry Voss, said.\n\nVoss told a \
         businessmen's meeting that certain criteria would apply.",
    );
    let talks = event_of(&ev, EventKind::Talks);
    assert!(attends(&f, talks, &["Kestrel Bank", "Nigeria"]), "{ev:?}");
    assert!(!attends(&f, talks, &["Gerry Voss"]), "{ev:?}");
    let meeting = event_of(&ev, EventKind::Meeting);
    assert!(attends(&f, meeting, &["Gerry Voss"]), "{ev:?}");
}

#[test]
fn a_closing_attributions_its_is_the_clauses_subject() {
    let found = roles("Kestrel Bank is holding talks with Nigeria, its treasurer Gerry Voss said.");
    assert!(
        found.contains(&(
            "Gerry Voss".to_string(),
            "Treasurer".to_string(),
            "Kestrel Bank".to_string()
        )),
        "{found:?}"
    );
}

#[test]
fn a_bodys_people_described_by_their_portfolio_meet_for_it() {
    let (f, ev) = events("Farm\n\nVantra Union farm ministers will meet in Oslo on Friday.");
    let meeting = event_of(&ev, EventKind::Meeting);
    assert!(attends(&f, meeting, &["Vantra Union"]), "{ev:?}");
}

#[test]
fn a_participles_phrase_after_the_subject_keeps_it_a_side_and_places_nothing() {
    let (f, ev) = events(
        "Loans\n\nKestrel Corp, seeking fresh loans in Ohio, has been negotiating with Vantra \
         Bank since February.",
    );
    let talks = event_of(&ev, EventKind::Talks);
    assert!(
        attends(&f, talks, &["Kestrel Corp", "Vantra Bank"]),
        "{ev:?}"
    );
    assert_eq!(talks.place, None, "{ev:?}");
}

#[test]
fn visits_by_different_people_to_one_city_are_two_and_whom_a_journey_meets_is_in_the_talks() {
    let (f, ev) = facts_md_events(
        "---\npublished: 1987-04-07\n---\nOSLO, April 7 - The plan will be explained this week \
         when Finance Minister Per Vollan visits Washington for the meetings with the IMF, a \
         party official said.\n\nThe plan will be ready before Prime Minister Anna Berg leaves \
         for Washington on April 29 for talks with President Tom Hale, he said.",
    );
    let visits: Vec<_> = ev.iter().filter(|e| e.kind == EventKind::Visit).collect();
    assert_eq!(visits.len(), 2, "{ev:?}");
    for v in &visits {
        assert!(!attends(&f, v, &["Tom Hale"]), "{ev:?}");
        assert!(!attends(&f, v, &["IMF"]), "{ev:?}");
    }
    let talks = event_of(&ev, EventKind::Talks);
    assert!(attends(&f, talks, &["Anna Berg", "Tom Hale"]), "{ev:?}");
    assert!(!attends(&f, talks, &["Per Vollan"]), "{ev:?}");
    let meeting = event_of(&ev, EventKind::Meeting);
    assert!(attends(&f, meeting, &["Per Vollan", "IMF"]), "{ev:?}");
}

#[test]
fn a_preposition_ending_in_ing_opens_no_participles_phrase() {
    let (f, ev) = events(
        "Beef\n\nTom Hale said he and Trade Representative Per Vollan, during a visit to Japan \
         later this month, will demand an end to the quota.",
    );
    let visit = event_of(&ev, EventKind::Visit);
    assert!(attends(&f, visit, &["Tom Hale", "Per Vollan"]), "{ev:?}");
}

#[test]
fn a_place_name_without_its_ending_is_that_places_adjective() {
    let (f, ev) = facts_md_events(
        "---\npublished: 1987-03-31\n---\nBELGRADE, March 31 - Yugoslavia has reached an \
         agreement with Western creditors.\n\nThe agency said the agreement was reached in \
         Paris today in talks between Yugoslav delegation headed by Finance Minister Per Vollan \
         and 16 Western creditor countries.",
    );
    let places = names_of(&f, EntityKind::Place);
    assert!(!places.contains(&"Yugoslav"), "{places:?}");
    let talks = event_of(&ev, EventKind::Talks);
    assert!(attends(&f, talks, &["Yugoslavia", "Per Vollan"]), "{ev:?}");
}

#[test]
fn a_meeting_during_a_trip_is_its_own_event_with_the_bodies_whose_officials_are_met() {
    let (f, ev) = facts_md_events(
        "---\npublished: 1987-04-03\n---\nLONDON, April 3 - Minister Tom Hale leaves for \
         Japan tomorrow.\n\nDuring the trip Hale will meet officials in the Vantra Stock \
         Exchange, the Kestrel Ministry, and Trade Minister Per Vollan.",
    );
    let visit = event_of(&ev, EventKind::Visit);
    assert!(attends(&f, visit, &["Tom Hale"]), "{ev:?}");
    assert!(!attends(&f, visit, &["Per Vollan"]), "{ev:?}");
    let meeting = event_of(&ev, EventKind::Meeting);
    assert!(
        attends(
            &f,
            meeting,
            &["Tom Hale", "Per Vollan", "Vantra Stock Exchange"]
        ),
        "{ev:?}"
    );
}

#[test]
fn an_object_pronoun_of_the_events_phrase_is_the_person_named_before_and_an_audience_is_no_talks() {
    let (f, ev) = facts_md_events(
        "---\npublished: 1987-03-31\n---\nOSLO, March 31 - Prime Minister Anna Berg said she \
         and Premier Tom Hale had set targets during talks earlier today.\n\nEarlier, she told \
         a meeting of Swedish and Danish businessmen that trade would rise.\n\nThe two were \
         joined for the signing by Karl Vollan, who had nine hours of talks with her yesterday.",
    );
    let meeting = event_of(&ev, EventKind::Meeting);
    assert!(attends(&f, meeting, &["Anna Berg"]), "{ev:?}");
    let with_vollan = ev
        .iter()
        .find(|e| e.kind == EventKind::Talks && attends(&f, e, &["Karl Vollan"]))
        .unwrap_or_else(|| panic!("{ev:?}"));
    assert!(attends(&f, with_vollan, &["Anna Berg"]), "{ev:?}");
}

#[test]
fn the_head_of_a_bodys_unit_holds_the_office_in_the_body() {
    let found = roles(
        "Kestrel Bank is holding talks with Nigeria, the head of Kestrel Bank's international \
         debt division, Gerry Voss, said.",
    );
    assert!(
        found.contains(&(
            "Gerry Voss".to_string(),
            "Head".to_string(),
            "Kestrel Bank".to_string()
        )),
        "{found:?}"
    );
}

#[test]
fn a_body_opening_the_main_clause_after_an_opening_meeting_phrase_held_it() {
    let (f, ev) = events(
        "Merger\n\nFollowing a meeting yesterday with Vantra Corp officials and investment \
         bankers, Kestrel Corp said, it is today delivering a letter to the Vantra board.",
    );
    let meeting = event_of(&ev, EventKind::Meeting);
    assert!(
        attends(&f, meeting, &["Kestrel Corp", "Vantra Corp"]),
        "{ev:?}"
    );
}

#[test]
fn an_acronym_set_off_by_commas_names_the_body_and_its_described_board_meets_for_it() {
    let (f, ev) = facts_md_events(
        "---\npublished: 1987-04-08\n---\nOSLO, April 8 - Kestrelwerk AG <KEST.F>, KW, is due \
         to announce its dividend tomorrow.\n\nA spokesman said KW's supervisory board will \
         meet tomorrow to discuss the payout.",
    );
    let orgs = names_of(&f, EntityKind::Organization);
    assert_eq!(orgs, vec!["Kestrelwerk AG"], "{:?}", f.entities);
    let meeting = event_of(&ev, EventKind::Meeting);
    assert!(attends(&f, meeting, &["Kestrelwerk AG"]), "{ev:?}");
}

#[test]
fn a_definite_report_refers_to_the_last_event_of_its_own_kind_first() {
    let (f, ev) = facts_md_events(
        "---\npublished: 1987-03-30\n---\nWASHINGTON, March 30 - The United States does not \
         expect the executive board meeting of the Vantra Coffee Organization, VCO, to call \
         for a new round of negotiations, a U.S. official said.\n\nThe official, a member of \
         the U.S. delegation to VCO talks earlier this year, said no new talks are \
         expected.\n\nThe VCO executive board meets tomorrow in London.",
    );
    let meetings: Vec<_> = ev.iter().filter(|e| e.kind == EventKind::Meeting).collect();
    assert_eq!(meetings.len(), 1, "{ev:?}");
    assert!(
        attends(&f, meetings[0], &["Vantra Coffee Organization"]),
        "{ev:?}"
    );
    assert!(
        ev.iter()
            .all(|e| e.kind != EventKind::Talks || e.place.is_none()),
        "{ev:?}"
    );
}

#[test]
fn the_other_side_of_a_relation_the_talks_are_about_is_no_side() {
    let (f, ev) = events(
        "Trade\n\nForeign Secretary Tom Hale and Secretary of State Karl Vollan plan to \
         discuss the growing crisis in trade relations with Japan in talks in Washington.",
    );
    let talks = event_of(&ev, EventKind::Talks);
    assert!(attends(&f, talks, &["Tom Hale", "Karl Vollan"]), "{ev:?}");
    assert!(!attends(&f, talks, &["Japan"]), "{ev:?}");
}

#[test]
fn a_visit_ended_by_leaving_a_place_was_there_and_a_possessive_country_of_a_minister_is_his() {
    let (f, ev) = facts_md_events(
        "---\npublished: 1987-04-09\n---\nLONDON, April 9 - Minister Tom Hale repeated the \
         threat before leaving Tokyo yesterday at the end of a four-day visit.\n\nIt said Bank \
         President Karl Vollan at a meeting with Sri Lanka's Finance Minister Anna Berg in \
         Washington also emphasised reform.",
    );
    let visit = event_of(&ev, EventKind::Visit);
    assert_eq!(visit.place.map(|p| name(&f, p)), Some("Tokyo"), "{ev:?}");
    let meeting = event_of(&ev, EventKind::Meeting);
    assert!(
        attends(&f, meeting, &["Karl Vollan", "Anna Berg"]),
        "{ev:?}"
    );
    assert!(!attends(&f, meeting, &["Sri Lanka"]), "{ev:?}");
}

#[test]
fn talks_with_unnamed_stockholders_are_the_bodys() {
    let (f, ev) = events("Bid\n\nThe Kestrel Group said it had talks with other stockholders.");
    let talks = event_of(&ev, EventKind::Talks);
    assert!(attends(&f, talks, &["Kestrel Group"]), "{ev:?}");
}

#[test]
fn a_speaker_speaks_for_the_one_country_or_opening_body_his_sentence_makes_its_subject() {
    let found = roles(
        "Auction\n\nZambia will retain its auction system despite the suspension, President \
         Tom Hale said.\n\nFinance Minister Karl Vollan said that in the coming talks South \
         Africa would give a fair deal to all creditors.\n\nKestrel Corp will close two plants, \
         chairman Anna Berg said.\n\nJapan has agreed to open its market, U.S. Trade \
         Representative Lars Moen said.\n\nMarketing Minister Ivo Dane said the Vantra Board \
         had run up arrears.",
    );
    let org = |p: &str| {
        found
            .iter()
            .find(|(q, _, _)| q == p)
            .map(|(_, _, o)| o.as_str())
            .unwrap_or_else(|| panic!("no role of {p}: {found:?}"))
    };
    assert_eq!(org("Tom Hale"), "Zambia", "{found:?}");
    assert_eq!(org("Karl Vollan"), "South Africa", "{found:?}");
    assert_eq!(org("Anna Berg"), "Kestrel Corp", "{found:?}");
    // Two countries: the role keeps the one its title names.
    assert_eq!(org("Lars Moen"), "United States", "{found:?}");
    // A minister does not hold office in the board he speaks of.
    assert_eq!(org("Ivo Dane"), "", "{found:?}");
}

#[test]
fn a_delegation_opening_the_main_clause_held_the_talks_of_the_opening_phrase() {
    let (f, ev) = facts_md_events(
        "---\npublished: 1987-04-13\n---\nTOKYO, April 13 - In separate talks with Finance \
         Minister Tom Hale, the U.S. delegation also urged Japan to open its bond market, a \
         ministry spokesman said.",
    );
    let talks = event_of(&ev, EventKind::Talks);
    assert!(attends(&f, talks, &["Tom Hale", "United States"]), "{ev:?}");
    assert_eq!(talks.place.map(|p| name(&f, p)), Some("TOKYO"), "{ev:?}");
}

#[test]
fn the_day_talks_end_on_ends_them_and_a_later_event_of_the_clause_owns_the_days_after_it() {
    let (f, ev) = facts_md_events(
        "---\npublished: 1987-04-13\n---\nMOSCOW, April 13 - Secretary of State Tom Hale and \
         Foreign Minister Karl Vollan met today in a Moscow mansion.\n\nU.S. officials have \
         been optimistic about progress at the talks, which are scheduled to end Wednesday.",
    );
    let talks: Vec<_> = ev
        .iter()
        .filter(|e| matches!(e.kind, EventKind::Talks | EventKind::Meeting))
        .collect();
    assert_eq!(talks.len(), 1, "{ev:?}");
    assert!(
        matches!(&talks[0].date, Some(newsgraph::extract::EventDate::Day { iso, .. }) if iso == "1987-04-13"),
        "{ev:?}"
    );
    assert_eq!(talks[0].end_date.as_deref(), Some("1987-04-15"), "{ev:?}");
    assert!(
        attends(&f, talks[0], &["Tom Hale", "Karl Vollan"]),
        "{ev:?}"
    );

    let (f, ev) = facts_md_events(
        "---\npublished: 1987-04-11\n---\nTOKYO, April 11 - Anna Berg said Japan was ready to \
         continue trade talks with the United States despite its failure to convince America \
         during two days of emergency talks which ended in Washington yesterday.",
    );
    let talks = event_at(&f, EventKind::Talks, "Washington");
    assert!(
        matches!(&talks.date, Some(newsgraph::extract::EventDate::Day { iso, .. }) if iso == "1987-04-09"),
        "{ev:?}"
    );
    assert_eq!(talks.end_date.as_deref(), Some("1987-04-10"), "{ev:?}");
    // The talks still to continue are not dated by the ones that ended.
    assert!(
        ev.iter().all(|e| e.date.is_none() || e.place.is_some()),
        "{ev:?}"
    );
}

#[test]
fn talks_a_persons_possessive_owns_are_that_persons_not_the_clauses_first_event() {
    let (f, ev) = facts_md_events(
        "---\npublished: 1987-04-17\n---\nTOKYO, April 17 - Party chairman Tom Hale will visit \
         the U.S. on April 19.\n\nHale's visit is to prepare for Prime Minister Karl Vollan's \
         talks with President Lars Moen later this month.",
    );
    let visit = event_of(&ev, EventKind::Visit);
    assert_eq!(attendee_names(&f, visit), vec!["Tom Hale"], "{ev:?}");
    let talks = event_of(&ev, EventKind::Talks);
    assert!(attends(&f, talks, &["Karl Vollan", "Lars Moen"]), "{ev:?}");
    assert!(!attends(&f, talks, &["Tom Hale"]), "{ev:?}");
}

#[test]
fn talking_to_a_body_after_its_description_is_talks_with_it() {
    let (f, ev) = events(
        "Funds\n\nThe Vantra Finance Corporation is talking to state investment holding company \
         Kestrel Nasional Bhd about joint ventures.",
    );
    let talks = event_of(&ev, EventKind::Talks);
    assert!(
        attends(
            &f,
            talks,
            &["Vantra Finance Corporation", "Kestrel Nasional Bhd"]
        ),
        "{ev:?}"
    );
}

#[test]
fn what_represents_a_thing_states_no_presence_and_arriving_in_a_city_is_a_visit() {
    let (f, ev) = facts_md_events(
        "---\npublished: 1987-04-13\n---\nMOSCOW, April 13 - Secretary of State Tom Hale went \
         into a closed-door meeting with Foreign Minister Karl Vollan after arriving in Moscow \
         from Helsinki.\n\nThe proposals of President Lars Moen represent a hardening of the \
         U.S. position.\n\nHale is expected to protest about a spying ring at the U.S. Embassy \
         and which has cast a shadow over his talks.",
    );
    let meeting = ev
        .iter()
        .find(|e| matches!(e.kind, EventKind::Meeting | EventKind::Talks))
        .unwrap_or_else(|| panic!("no meeting: {ev:?}"));
    assert!(attends(&f, meeting, &["Tom Hale", "Karl Vollan"]), "{ev:?}");
    assert!(!attends(&f, meeting, &["Lars Moen"]), "{ev:?}");
    assert!(
        ev.iter()
            .all(|e| e.venue.as_deref().is_none_or(|v| !v.contains("Embassy"))),
        "{ev:?}"
    );
    let visit = event_of(&ev, EventKind::Visit);
    assert_eq!(visit.place.map(|p| name(&f, p)), Some("MOSCOW"), "{ev:?}");
}

#[test]
fn undated_talks_held_before_a_story_was_filed_are_not_talks_another_story_dates_after_it() {
    let a = facts_md(
        "---\npublished: 1987-03-03\n---\nWASHINGTON, March 3 - Trade Minister Jan Peeters \
         held talks in Washington with Trade Representative Karl Vollan.",
    );
    let b = facts_md(
        "---\npublished: 1987-04-11\n---\nTOKYO, April 11 - Trade Minister Jan Peeters said \
         two days of talks with Trade Representative Karl Vollan ended in Washington \
         yesterday.",
    );
    assert_eq!(talks_across(a.clone(), b.clone()), 2);
    // Told as still to come, the same talks are one event.
    let c = facts_md(
        "---\npublished: 1987-04-03\n---\nWASHINGTON, April 3 - Trade Minister Jan Peeters \
         will hold talks in Washington with Trade Representative Karl Vollan.",
    );
    assert_eq!(talks_across(c, b), 1);
}

#[test]
fn the_leaders_of_a_list_of_countries_are_each_countrys_side() {
    let (f, ev) = facts_md_events(
        "---\npublished: 1987-06-01\n---\nWASHINGTON, June 1 - President Tom Hale will meet \
         the leaders of Britain, France, Italy, Canada and Japan at the economic summit, which \
         will take place in Venice June 8-10.",
    );
    let summit = event_of(&ev, EventKind::Summit);
    assert!(
        attends(
            &f,
            summit,
            &[
                "Tom Hale",
                "United Kingdom",
                "France",
                "Italy",
                "Canada",
                "Japan"
            ]
        ),
        "{:?}",
        attendee_names(&f, summit)
    );
}

#[test]
fn a_rank_hyphened_to_its_field_is_one_title_and_executives_of_a_company_are_its_side() {
    let found = roles(
        "Talks\n\nDeputy ministers, including Japanese Vice-Finance Minister Tom Hale, will \
         attend.",
    );
    assert!(
        found
            .iter()
            .any(|(p, r, o)| p == "Tom Hale" && r == "Vice Finance Minister" && o == "Japan"),
        "{found:?}"
    );
    let (f, ev) = facts_md_events(
        "---\npublished: 1987-04-21\n---\nOTTAWA, April 21 - Party leader Karl Vollan said he \
         will meet with senior executives of Kestrel Petroleum Ltd in Calgary tomorrow.",
    );
    let meeting = event_of(&ev, EventKind::Meeting);
    assert!(
        attends(&f, meeting, &["Karl Vollan", "Kestrel Petroleum Ltd"]),
        "{ev:?}"
    );
}

#[test]
fn a_visit_a_meeting_opens_is_its_own_by_whom_it_names_and_the_subject_makes_the_tour_he_speaks_during()
 {
    let (f, ev) = facts_md_events(
        "---\npublished: 1987-04-17\n---\nTOKYO, April 17 - Agriculture Secretary Tom Hale \
         met Karl Vollan today. The meeting with Vollan opened a 12-day visit to Japan by \
         Hale.",
    );
    let visit = event_of(&ev, EventKind::Visit);
    assert_eq!(visit.place.map(|p| name(&f, p)), Some("Japan"), "{ev:?}");
    assert!(attends(&f, visit, &["Tom Hale"]), "{ev:?}");
    let meeting = event_of(&ev, EventKind::Meeting);
    assert!(attends(&f, meeting, &["Tom Hale", "Karl Vollan"]), "{ev:?}");

    let (f, ev) = facts_md_events(
        "---\npublished: 1987-04-28\n---\nTOKYO, April 28 - Agriculture Secretary Tom Hale \
         insisted during the week-long tour here that beef is a high priority.",
    );
    let tour = event_of(&ev, EventKind::Visit);
    assert!(attends(&f, tour, &["Tom Hale"]), "{ev:?}");
    assert_eq!(tour.place.map(|p| name(&f, p)), Some("TOKYO"), "{ev:?}");
}

#[test]
fn a_clause_joined_by_but_shares_the_subject_before_and_another_round_is_the_subjects() {
    let (f, ev) = facts_md_events(
        "---\npublished: 1987-04-27\n---\nTOKYO, April 27 - Kestrel Coals Ltd and Japanese \
         steelmakers failed to agree on a base price, but will hold another round of talks \
         next month, officials said.\n\nVantra Corp will hold another round of talks with \
         Gregg Mining Co in late May.",
    );
    let talks: Vec<_> = ev.iter().filter(|e| e.kind == EventKind::Talks).collect();
    assert!(
        talks.iter().any(|t| attends(&f, t, &["Kestrel Coals Ltd"])),
        "{ev:?}"
    );
    assert!(
        talks
            .iter()
            .any(|t| attends(&f, t, &["Vantra Corp", "Gregg Mining Co"])),
        "{ev:?}"
    );
}

#[test]
fn an_office_about_to_be_held_is_a_title_and_a_bodys_people_after_its_bracketed_acronym_are_its() {
    let found = roles(
        "Call\n\nReagan said Japanese Prime Minister-designate Tom Hale called him on Tuesday.",
    );
    assert!(
        found
            .iter()
            .any(|(p, r, o)| p == "Tom Hale" && r == "Prime Minister Designate" && o == "Japan"),
        "{found:?}"
    );
    let (f, ev) = facts_md_events(
        "---\npublished: 1987-10-20\n---\nLUXEMBOURG, Oct 20 - Vantra Farm Council (VFC) \
         agriculture ministers gave their support to a new scheme at a meeting in Luxembourg \
         on Tuesday, minister Karl Vollan told journalists.",
    );
    let meeting = event_of(&ev, EventKind::Meeting);
    assert!(attends(&f, meeting, &["Vantra Farm Council"]), "{ev:?}");
}

#[test]
fn a_summit_to_take_place_somewhere_is_held_there_and_whoever_announces_it_does_not_attend() {
    let (f, ev) = facts_md_events(
        "---\npublished: 1987-03-26\n---\nLIMA, March 26 - Peruvian president Alvaro Quispe \
         will propose to neighbouring countries a summit meeting with Chilean President Mario \
         Rojas to take place in Ecuador in May, foreign minister Luis Tamayo announced.",
    );
    let summit = event_of(&ev, EventKind::Summit);
    assert_eq!(summit.place.map(|p| name(&f, p)), Some("Ecuador"), "{ev:?}");
    assert!(attends(&f, summit, &["Mario Rojas"]), "{ev:?}");
    assert!(
        !attendee_names(&f, summit).contains(&"Luis Tamayo".to_string()),
        "{ev:?}"
    );
}

#[test]
fn a_date_naming_another_thing_after_a_saying_does_not_start_a_visit() {
    let (f, ev) = facts_md_events(
        "---\npublished: 1987-03-30\n---\nNEW YORK, March 30 - Spanish Prime Minister Mario \
         Ortega, on the first day of a three-day visit to the United States, said the February \
         22 Madrid accords should serve as a basis for a new mechanism.",
    );
    let visit = event_of(&ev, EventKind::Visit);
    assert_eq!(
        visit.place.map(|p| name(&f, p)),
        Some("United States"),
        "{ev:?}"
    );
    assert_ne!(
        visit.date.as_ref().and_then(|d| d.iso()),
        Some("1987-02-22"),
        "{ev:?}"
    );
}

#[test]
fn those_who_head_a_countrys_team_hold_its_offices() {
    let found = roles(
        "Talks\n\nIf the talks succeed, the Nigerian team, headed by Finance Minister Abu \
         Danjuma and Budget Director Sani Bello, will hold similar talks in Paris, the sources \
         said.",
    );
    for person in ["Abu Danjuma", "Sani Bello"] {
        assert!(
            found.iter().any(|(p, _, o)| p == person && o == "Nigeria"),
            "{person}: {found:?}"
        );
    }
}

#[test]
fn a_public_office_with_no_organization_is_the_one_country_its_sentence_makes_a_subject_or_adjective()
 {
    let found = roles(
        "Debt\n\nBrazilian business leaders attending a weekend meeting with President Carlos \
         Mendes called on the government to seek help from the International Monetary Fund.\n\n\
         The United States will impose sanctions on imports of Japanese microchips, senators \
         said after a meeting with Commerce Secretary Tom Hale.",
    );
    assert!(
        found
            .iter()
            .any(|(p, _, o)| p == "Carlos Mendes" && o == "Brazil"),
        "{found:?}"
    );
    assert!(
        found
            .iter()
            .any(|(p, _, o)| p == "Tom Hale" && o == "United States"),
        "{found:?}"
    );
    // A country after a preposition, or one of a story's two, is no office's.
    let found = roles(
        "Debt\n\nFinance Minister James Vollan arrived in Chile for talks with Peruvian \
         bankers.\n\nPrime Minister Anna Berg has agreed to meet a senior official for the outlawed South \
         African organization.",
    );
    assert!(found.iter().all(|(_, _, o)| o.is_empty()), "{found:?}");
}

#[test]
fn talks_only_sought_are_no_event() {
    let (_, ev) = facts_md_events(
        "---\npublished: 1987-04-03\n---\nBONN, April 3 - After Peru imposed a moratorium in \
         February, Finance Minister Luis Tamayo sought to involve foreign governments in \
         rescheduling talks with banks.\n\nVantra Corp has sought talks with its creditors.",
    );
    assert!(ev.iter().all(|e| e.kind != EventKind::Talks), "{ev:?}");
}

#[test]
fn a_place_set_off_by_a_region_or_a_country_is_placed_in_that_country() {
    let f = facts(
        "BIRMINGHAM, Ala., March 12 - Vantra Corp said it sold plants in Michigan, \
         Tennessee, Florida and Ohio, and one in Kingston, Jamaica.",
    );
    let within = |n: &str| {
        f.entities
            .iter()
            .find(|e| e.name == n)
            .map(|e| e.within.clone())
            .unwrap_or_else(|| panic!("no {n}: {:?}", f.entities))
    };
    assert_eq!(within("BIRMINGHAM"), ["US"]);
    assert_eq!(within("Kingston"), ["JM"]);
    // Items of a list of regions set off nothing.
    assert!(within("Tennessee").is_empty());
    assert!(within("Florida").is_empty());
}

#[test]
fn partners_listed_before_a_legal_form_are_one_firm_and_its_first_two_stand_for_it() {
    let f = facts(
        "Vantra Corp said it agreed to buy the software unit of Holt, Rinehart and Winston \
         Inc. Sales of the unit, which had been bought by Holt, Rinehart from CBS, fell.",
    );
    let orgs = names_of(&f, EntityKind::Organization);
    assert!(orgs.contains(&"Holt, Rinehart and Winston Inc"), "{orgs:?}");
    assert!(
        names_of(&f, EntityKind::Place).is_empty(),
        "{:?}",
        f.entities
    );
}

#[test]
fn a_towns_name_given_an_article_and_ending_its_phrase_is_no_town() {
    let f = facts(
        "She was asked about the sinking of the Belgrano in the Falklands War.\n\n\
         Euronext combines the Paris, Amsterdam and Lisbon exchanges.",
    );
    let places = names_of(&f, EntityKind::Place);
    assert!(!places.contains(&"Belgrano"), "{places:?}");
    assert!(
        places.contains(&"Paris") && places.contains(&"Lisbon"),
        "{places:?}"
    );
}

#[test]
fn a_place_inside_a_longer_name_is_no_mention_of_the_place() {
    let f = facts(
        "Names\n\nForward Jordan De Goey trained on Tuesday, the club said. About 100 Air \
         France workers marched in Paris, and Statistics Canada said sales rose. The USS Holland \
         sailed from Norfolk. The storm hit the town of San Juan de Nicaragua on Friday. \
         Buyers include Vell Capital and First Chicago NBD Corp.",
    );
    let mentioned: Vec<(EntityKind, &str)> = f
        .entities
        .iter()
        .filter(|e| !e.mentions.is_empty())
        .map(|e| (e.kind, e.name.as_str()))
        .collect();
    for place in ["Jordan", "France", "Canada", "Netherlands", "San Juan"] {
        assert!(
            !mentioned
                .iter()
                .any(|(k, n)| matches!(k, EntityKind::Country | EntityKind::Place) && *n == place),
            "{place} in {mentioned:?}"
        );
    }
    let persons = names_of(&f, EntityKind::Person);
    assert!(persons.contains(&"Jordan De Goey"), "{persons:?}");
    let orgs = names_of(&f, EntityKind::Organization);
    for org in ["Air France", "Statistics Canada", "First Chicago NBD Corp"] {
        assert!(orgs.contains(&org), "{org}: {orgs:?}");
    }
    // ("Paris" on its own is still the city.)
    assert!(names_of(&f, EntityKind::Place).contains(&"Paris"));
    // A bank named "First" and a city, with its article; a given name before a
    // particle is a person's, though a town bears it.
    let g = facts(
        "Banks

The issue was led by First Halden Corp. A First Boston analyst said so,          quoting Leo de Marny of Vellbank's research department.",
    );
    assert!(
        !names_of(&g, EntityKind::Place).contains(&"Boston"),
        "{:?}",
        g.entities
    );
    assert!(
        names_of(&g, EntityKind::Person).contains(&"Leo de Marny"),
        "{:?}",
        g.entities
    );
}

#[test]
fn a_town_with_city_after_it_is_a_club_unless_the_pair_is_a_city() {
    let f = facts(
        "Football\n\nManchester City signed a striker from Hull City on Monday. Fans flew \
         in from Mexico City.",
    );
    let orgs = names_of(&f, EntityKind::Organization);
    for club in ["Manchester City", "Hull City"] {
        assert!(orgs.contains(&club), "{club}: {:?}", f.entities);
    }
    let places = names_of(&f, EntityKind::Place);
    assert!(places.contains(&"Mexico City"), "{places:?}");
    assert!(!places.contains(&"Manchester"), "{places:?}");
}

#[test]
fn in_a_sports_report_a_nationality_before_a_player_is_no_side() {
    let f = facts(
        "Squash\n\nTop seed Omar Farid beat Australian Rodney Kemp 15-9 15-3 in the \
         semifinal.\n\nKemp, who lost in the semifinals last year, said the final was \
         Farid's.",
    );
    let countries = names_of(&f, EntityKind::Country);
    assert!(countries.contains(&"Australia"), "{:?}", f.entities);
}

fn day_is(e: &newsgraph::extract::EventFact, iso: &str) -> bool {
    matches!(&e.date, Some(newsgraph::extract::EventDate::Day { iso: d, .. }) if d == iso)
}

#[test]
fn a_plural_abbreviated_office_before_a_list_of_members_is_each_ones() {
    let text = "---\npublished: 1987-03-11\n---\nWASHINGTON, March 11 - Foreign Minister Jon \
                Hale today held discussions with Treasury Secretary Ann Cole and Democratic \
                Sens. Tom Reed of Ohio, Paul Dunn of Iowa and Mark Ives of Maine.\n";
    let f = facts_md(text);
    let talks = event_of(&f.events, EventKind::Talks);
    assert!(
        attends(
            &f,
            talks,
            &["Jon Hale", "Ann Cole", "Tom Reed", "Paul Dunn", "Mark Ives"]
        ),
        "{:?}",
        attendee_names(&f, talks)
    );
    for senator in ["Tom Reed", "Paul Dunn", "Mark Ives"] {
        assert!(
            f.roles
                .iter()
                .any(|r| name(&f, r.person) == senator && r.role == "Senator"),
            "{senator}: {:?}",
            f.roles
        );
    }
}

#[test]
fn a_title_with_its_department_before_the_next_name_is_no_apposition() {
    let found = roles(
        "He held talks with Vice President Tom Reed, Secretary of State Ann Cole and \
         Commerce Secretary Paul Dunn.",
    );
    assert!(holds(&found, "Tom Reed", "Vice President"), "{found:?}");
    assert!(holds(&found, "Ann Cole", "Secretary of State"), "{found:?}");
    assert!(
        !found
            .iter()
            .any(|(p, r, _)| p == "Tom Reed" && r.contains("Secretary")),
        "{found:?}"
    );
}

#[test]
fn a_visit_being_wound_up_began_its_length_before_the_day_of_the_report() {
    let (f, ev) = facts_md_events(
        "---\npublished: 1987-03-11\n---\nWASHINGTON, March 11 - Foreign Minister Jon Hale, \
         winding up a two-day visit to Washington, said he expected action on acid rain.\n",
    );
    let visit = event_of(&ev, EventKind::Visit);
    assert!(day_is(visit, "1987-03-10"), "{ev:?}");
    assert!(attends(&f, visit, &["Jon Hale"]), "{ev:?}");
}

#[test]
fn a_visit_to_the_site_goes_where_an_earlier_place_named_that_site() {
    let (f, ev) = facts_md_events(
        "---\npublished: 1987-03-12\n---\nPARIS, March 12 - Vell Chemicals Corp is to build a \
         plant in the new Rotterdam enterprise zone, an official said.\n\nHe said the plan was \
         announced by Industry Minister Paul Aubert during a visit to the zone today.\n",
    );
    let visit = event_of(&ev, EventKind::Visit);
    assert_eq!(
        visit.place.map(|p| name(&f, p)),
        Some("Rotterdam"),
        "{ev:?}"
    );
}

#[test]
fn further_talks_to_be_held_with_someone_named_are_an_event() {
    let (f, ev) = facts_md_events(
        "---\npublished: 1987-03-13\n---\nWASHINGTON, March 13 - Chief of staff Howard Lamb \
         said so.\n\nLamb said that he plans to have further talks with other Republicans and \
         House Budget Committee Chairman Will Greer before the White House decides.\n",
    );
    let talks = event_of(&ev, EventKind::Talks);
    assert!(attends(&f, talks, &["Howard Lamb", "Will Greer"]), "{ev:?}");
    // (A party's members and the committee after "and" are two names.)
    let orgs = names_of(&f, EntityKind::Organization);
    assert!(orgs.contains(&"House Budget Committee"), "{orgs:?}");
    // Talks only hoped for are still none.
    let (_, ev) = facts_md_events(
        "---\npublished: 1987-03-13\n---\nWASHINGTON, March 13 - Further talks are needed, \
         Lamb said.\n",
    );
    assert!(ev.is_empty(), "{ev:?}");
}

#[test]
fn a_portfolio_of_affairs_and_a_title_with_two_briefs_are_whole_titles() {
    let found = roles(
        "Corporate Affairs Minister Ann Cole said so. Japanese vice-minister of finance for \
         international affairs Taro Sato told the conference he was ready.",
    );
    assert!(
        holds(&found, "Ann Cole", "Corporate Affairs Minister"),
        "{found:?}"
    );
    assert!(
        found.iter().any(|(p, r, o)| p == "Taro Sato"
            && r.to_lowercase().starts_with("vice minister of finance")
            && o == "Japan"),
        "{found:?}"
    );
}

#[test]
fn an_aside_saying_when_a_visit_starts_dates_it() {
    let (_, ev) = facts_md_events(
        "---\npublished: 1987-03-13\n---\nLONDON, March 13 - Trade Minister Ann Cole said \
         another issue she would raise during a visit to Japan, starting on April 13, was \
         access for banks.\n",
    );
    let visit = event_of(&ev, EventKind::Visit);
    assert!(day_is(visit, "1987-04-13"), "{ev:?}");
}

#[test]
fn the_two_sides_are_the_sides_of_the_talks_told_before() {
    let (f, ev) = facts_md_events(
        "---\npublished: 1987-03-12\n---\nNEW YORK, March 12 - Debt talks between the \
         Philippine government and its bank advisory committee were poised after a brief \
         meeting between the two sides today, bankers said.\n\nThe two sides will meet again \
         on Friday.\n",
    );
    let meetings: Vec<_> = ev.iter().filter(|e| e.kind == EventKind::Meeting).collect();
    assert_eq!(meetings.len(), 2, "{ev:?}");
    for m in meetings {
        assert!(attends(&f, m, &["Philippines"]), "{ev:?}");
    }
}

#[test]
fn talks_whose_course_the_verb_tells_are_under_way_with_the_side_named() {
    let (f, ev) = facts_md_events(
        "---\npublished: 1987-03-12\n---\nNEW YORK, March 12 - For example, bankers say \
         financing talks with Argentina are proving tough.\n",
    );
    let talks = event_of(&ev, EventKind::Talks);
    assert!(attends(&f, talks, &["Argentina"]), "{ev:?}");
    // Untimed talks only spoken of are still none.
    let (_, ev) = facts_md_events(
        "---\npublished: 1987-03-12\n---\nNEW YORK, March 12 - It would help along \
         negotiations between Brazil and the banks.\n",
    );
    assert!(ev.is_empty(), "{ev:?}");
}

#[test]
fn a_day_before_a_clauses_but_dates_what_that_clause_tells() {
    let (_, ev) = facts_md_events(
        "---\npublished: 1987-03-12\n---\nNEW YORK, March 12 - The loan is due to be signed \
         on March 20, but bankers see a need to act, with crucial negotiations with Brazil \
         starting next week.\n",
    );
    assert!(!ev.iter().any(|e| day_is(e, "1987-03-20")), "{ev:?}");
}

#[test]
fn one_persons_talks_with_two_others_told_in_two_articles_stay_two_events() {
    let a = facts_md(
        "---\npublished: 1987-03-10\n---\nWASHINGTON, March 10 - Secretary of State Tom Hale \
         held talks today with Foreign Minister Jon Berg and Trade Minister Ann Lind.\n",
    );
    let b = facts_md(
        "---\npublished: 1987-03-10\n---\nWASHINGTON, March 10 - Secretary of State Tom Hale \
         held talks today with Foreign Secretary Paul Grey and Defence Minister Ian Ross.\n",
    );
    assert_eq!(talks_across(a.clone(), b), 2);
    // Two reports of one meeting that share two people are one event.
    let c = facts_md(
        "---\npublished: 1987-03-10\n---\nWASHINGTON, March 10 - Tom Hale, Jon Berg and \
         Ann Lind held talks today on trade.\n",
    );
    assert_eq!(talks_across(a, c), 1);
}

#[test]
fn an_officer_in_lower_case_holds_office_in_the_organization_the_sentence_is_about() {
    let found = roles(
        "PARIS, March 23 - French sugar group Vellor SA, which is half owned by Italy's \
         Gruppo Ranni, is to raise its capital, president Jean-Luc Marrot told analysts.",
    );
    assert!(
        found
            .iter()
            .any(|(p, r, o)| p == "Jean-Luc Marrot" && r == "President" && o == "Vellor SA"),
        "{found:?}"
    );
    let found = roles(
        "MIAMI, March 12 - Halden Savings said Corvo Holdings also had talks with chairman \
         Morris Tandy on the purchase of his shares.",
    );
    assert!(
        found
            .iter()
            .any(|(p, _, o)| p == "Morris Tandy" && o == "Halden Savings"),
        "{found:?}"
    );
}

#[test]
fn a_body_named_of_the_country_keeps_the_country_in_its_name() {
    // "of the" before a country that takes the article goes on in a body's name, as
    // "of" does before one that does not ("Development Bank of Japan"); after a legal
    // form it says where the company is.
    let f = facts(
        "The loan will help the Halden Bank of the Philippines (HBP) and the Morvia \
         Institute of the Arts. Siebe Plc of the U.K. said so.",
    );
    let orgs = names_of(&f, EntityKind::Organization);
    assert!(orgs.contains(&"Halden Bank of the Philippines"), "{orgs:?}");
    assert!(orgs.contains(&"Morvia Institute of the Arts"), "{orgs:?}");
    assert!(orgs.contains(&"Siebe Plc"), "{orgs:?}");
    let hbp = f
        .entities
        .iter()
        .find(|e| e.name == "Halden Bank of the Philippines")
        .unwrap();
    assert!(hbp.aliases.contains(&"HBP".to_string()), "{:?}", f.entities);
    assert!(!names_of(&f, EntityKind::Country).contains(&"Philippines"));
    assert!(names_of(&f, EntityKind::Country).contains(&"United Kingdom"));
    // A body of another body named in full is two names.
    let g = facts("She teaches at Velmor College of the Halden University of Texas.");
    let orgs = names_of(&g, EntityKind::Organization);
    assert!(orgs.contains(&"Velmor College"), "{orgs:?}");
}

#[test]
fn a_company_name_without_its_legal_form_is_the_company_though_a_nationality_opens_it() {
    // "Nigerian Motors" after "Nigerian Motors Corp" is the company, not Nigeria and a
    // word; but "New York" of "New York Life Insurance Co" stays the city.
    let f = facts(
        "Nigerian Motors Corp said its directors met today. Nigerian Motors' board \
         voted to postpone its annual meeting.\n\nNEW YORK, March 3 - New York Life \
         Insurance Co said it agreed.",
    );
    let orgs = names_of(&f, EntityKind::Organization);
    assert!(orgs.contains(&"Nigerian Motors Corp"), "{orgs:?}");
    let motors = f
        .entities
        .iter()
        .find(|e| e.name == "Nigerian Motors Corp")
        .unwrap();
    assert_eq!(motors.mentions.len(), 2, "{:?}", f.entities);
    assert!(!names_of(&f, EntityKind::Country).contains(&"Nigeria"));
    assert!(names_of(&f, EntityKind::Place).contains(&"NEW YORK"));
}

#[test]
fn its_own_meeting_is_the_meeting_of_the_body_the_sentence_opens_with() {
    let f = facts(
        "The Halden Fund is expected to approve a loan for the Philippines at a meeting \
         of its executive board today in Washington.",
    );
    let e = event_of(&f.events, EventKind::Meeting);
    let who: Vec<&str> = e.attendees.iter().map(|&a| name(&f, a)).collect();
    assert_eq!(who, ["Halden Fund"]);
    let g = facts("Velmor Corp said its board voted to postpone its annual shareholders meeting.");
    let e = event_of(&g.events, EventKind::Meeting);
    let who: Vec<&str> = e.attendees.iter().map(|&a| name(&g, a)).collect();
    assert_eq!(who, ["Velmor Corp"]);
}

#[test]
fn a_gloss_in_brackets_between_the_organization_and_the_title() {
    check_role(
        "Rates may fall, Velmorbank (central bank) president Anna Berg told bankers.",
        "Anna Berg",
        "President",
        "Velmorbank",
    );
}

#[test]
fn the_body_headed_or_chaired_by_a_person() {
    check_role(
        "The Halden Trust, set up in January, is headed by banker and businessman David Reyes.",
        "David Reyes",
        "Head",
        "Halden Trust",
    );
    check_role(
        "The Velmor Commission, chaired by Anna Berg, will report in May.",
        "Anna Berg",
        "Chairman",
        "Velmor Commission",
    );
    // The committee's chair, not the fund's.
    let found = roles("The committee of the Velmor Fund, chaired by Anna Berg, met today.");
    assert!(
        !found
            .iter()
            .any(|(p, _, o)| p == "Anna Berg" && o == "Velmor Fund"),
        "{found:?}"
    );
}

#[test]
fn a_country_after_a_preposition_is_no_reported_subject_for_the_speaker() {
    // "companies in Canada have begun": Canada is no subject of the clause, so the
    // speaker's office is not Canada's.
    let found = roles(
        "Undersecretary of Trade Tom Reed said that companies in Canada have begun paying \
         the charge.",
    );
    assert!(
        holds(&found, "Tom Reed", "Undersecretary of Trade"),
        "{found:?}"
    );
    assert!(
        !found
            .iter()
            .any(|(p, _, o)| p == "Tom Reed" && o == "Canada"),
        "{found:?}"
    );
    check_role(
        "Finance Minister Tom Reed said that Canada would give a fair deal.",
        "Tom Reed",
        "Finance Minister",
        "Canada",
    );
}

#[test]
fn a_visit_to_a_site_described_but_not_named_is_not_at_the_dateline() {
    let text = "---\npublished: 1987-03-12\n---\nQUITO, March 12 - Debts will be paid, \
                President Tomas Arana said during a visit to the quake zone today.\n";
    let f = facts_md(text);
    let visit = event_of(&f.events, EventKind::Visit);
    assert_eq!(visit.place, None, "{:?}", f.events);
    // A visit with no destination at all, near the day the story is filed, is to
    // where it is filed.
    let text = "---\npublished: 1987-03-12\n---\nQUITO, March 12 - Debts will be paid, \
                President Tomas Arana said during a visit today.\n";
    let f = facts_md(text);
    let visit = event_of(&f.events, EventKind::Visit);
    assert_eq!(
        visit.place.map(|p| name(&f, p)),
        Some("QUITO"),
        "{:?}",
        f.events
    );
}

#[test]
fn a_company_short_name_leaves_out_the_founders_initials_and_an_unnamed_body_holds_talks() {
    let f = facts(
        "The group is studying the offer made by J.K. Velmor Capital Inc but has not \
         decided. The group said it has held talks with the Velmor Capital group before.",
    );
    let orgs = names_of(&f, EntityKind::Organization);
    assert_eq!(orgs, ["J.K. Velmor Capital Inc"], "{:?}", f.entities);
    let talks = event_of(&f.events, EventKind::Talks);
    let who: Vec<&str> = talks.attendees.iter().map(|&a| name(&f, a)).collect();
    assert_eq!(who, ["J.K. Velmor Capital Inc"]);
}

#[test]
fn a_company_saying_talks_with_a_side_ended_held_them() {
    let f =
        facts("Velmor Medical Inc said merger talks with Halden HMO Corp have been terminated.");
    let talks = event_of(&f.events, EventKind::Talks);
    let mut who: Vec<&str> = talks.attendees.iter().map(|&a| name(&f, a)).collect();
    who.sort();
    assert_eq!(who, ["Halden HMO Corp", "Velmor Medical Inc"]);
    // A proposal to talk is no talks.
    let g = facts("Earlier this year, Velmor Holdings suggested holding talks with Halden Plc.");
    assert!(g.events.is_empty(), "{:?}", g.events);
}

#[test]
fn a_stock_ticker_in_angle_brackets_is_the_company_before_it() {
    let f = facts(
        "The union picked Ford over Velmor Motors Corp <VM> as the lead company.\n\n\
         VM was named the lead company in the last round of talks.",
    );
    let orgs = names_of(&f, EntityKind::Organization);
    assert!(orgs.contains(&"Velmor Motors Corp"), "{orgs:?}");
    assert!(!orgs.contains(&"VM"), "{orgs:?}");
}

#[test]
fn a_round_of_negotiations_named_after_a_place_mentions_no_place() {
    let f = facts(
        "The results will be used in the Uruguay round of global trade talks now under way \
         in Geneva, and Chile backs them.",
    );
    let places = names_of(&f, EntityKind::Place);
    let countries = names_of(&f, EntityKind::Country);
    assert!(!countries.contains(&"Uruguay"), "{countries:?}");
    assert!(countries.contains(&"Chile"), "{countries:?}");
    assert!(places.contains(&"Geneva"), "{places:?}");
}

#[test]
fn an_acronym_of_a_departments_formal_name_is_the_department() {
    // "USDA": the U.S. Department of Agriculture, the article's "U.S. Agriculture
    // Department".
    let f = facts(
        "The U.S. Agriculture Department published a study. The USDA study found \
         subsidies higher.",
    );
    let orgs = names_of(&f, EntityKind::Organization);
    assert_eq!(orgs, ["U.S. Agriculture Department"], "{:?}", f.entities);
    // "FDA": the country the name opens with is no letter of the acronym.
    let g = facts(
        "Velmor Corp said it has received U.S. Food and Drug Administration approval. \
         The test is the first to be approved by the FDA.",
    );
    let orgs = names_of(&g, EntityKind::Organization);
    assert_eq!(
        orgs,
        ["Velmor Corp", "U.S. Food and Drug Administration"],
        "{:?}",
        g.entities
    );
    // "HM": nor is a company's legal form.
    let h = facts("Halden Motors Corp said sales fell. HM said it would cut output.");
    assert_eq!(
        names_of(&h, EntityKind::Organization),
        ["Halden Motors Corp"],
        "{:?}",
        h.entities
    );
}

#[test]
fn a_parliaments_lower_or_upper_house_is_an_organization() {
    let f = facts(
        "He told a Lower House budget committee the budget may grow.\n\nThe Upper House \
         will vote on the bill.",
    );
    let orgs = names_of(&f, EntityKind::Organization);
    assert!(
        orgs.contains(&"Lower House") && orgs.contains(&"Upper House"),
        "{orgs:?}"
    );
    assert!(
        names_of(&f, EntityKind::Place).is_empty(),
        "{:?}",
        f.entities
    );
}

#[test]
fn a_name_before_the_kind_of_medium_it_is_is_an_organization() {
    // One word must also speak on its own: "the official Soviet news agency" is a
    // nationality no country list holds.
    let f = facts(
        "The official Velmorpress news agency said the agreement was reached.\n\nThe \
         Iranian news agency did not report it. Velmorpress said the talks would go on. \
         The official Halden news agency gave no figures.",
    );
    let orgs = names_of(&f, EntityKind::Organization);
    assert_eq!(orgs, ["Velmorpress"], "{:?}", f.entities);
    let g = facts("The official Economic Report newspaper said output will fall.");
    assert_eq!(
        names_of(&g, EntityKind::Organization),
        ["Economic Report"],
        "{:?}",
        g.entities
    );
}

#[test]
fn a_company_short_name_opening_a_sentence_reads_like_a_verb_form_and_holds_talks() {
    // "Velmored" opens its sentence and ends like a verb's form ("Reported"); beside
    // "Velmored Corp" it is the company, and its talks with unnamed companies in
    // quotation marks are held.
    let f = facts(
        "Velmored Corp said it got approval.\n\nVelmored said it has entered into talks \
         with \"several major pharmaceutical companies\" on the marketing of the test.",
    );
    let e = f
        .entities
        .iter()
        .find(|e| e.name == "Velmored Corp")
        .unwrap();
    assert_eq!(e.mentions.len(), 2, "{:?}", f.entities);
    let talks = event_of(&f.events, EventKind::Talks);
    let who: Vec<&str> = talks.attendees.iter().map(|&a| name(&f, a)).collect();
    assert_eq!(who, ["Velmored Corp"]);
}

#[test]
fn a_time_of_day_beside_a_weekday_is_on_that_weekday() {
    let text = "---\npublished: 1987-03-24\n---\nOTTAWA, March 24 - Energy Minister Tom \
                Reed will hold a news conference at noon est Wednesday, his office said.\n";
    let f = facts_md(text);
    let conference = event_of(&f.events, EventKind::Conference);
    assert_eq!(
        conference.date,
        Some(newsgraph::extract::EventDate::Day {
            iso: "1987-03-25".into(),
            strength: newsgraph::extract::DateStrength::Relative,
        }),
        "{:?}",
        f.events
    );
}

#[test]
fn a_bodys_name_after_its_country_is_the_body_named_alone() {
    let f = facts(
        "Sources said the U.S. Treasury would be asked. Treasury officials are urging banks \
         to act. The Japanese Food Agency bought wheat, a Food Agency official said.",
    );
    assert_eq!(
        names_of(&f, EntityKind::Organization),
        ["U.S. Treasury", "Japanese Food Agency"],
        "{:?}",
        f.entities
    );
}

#[test]
fn an_acronym_defined_for_a_rate_or_a_law_names_no_organization() {
    let f = facts(
        "Manila wants to pay the Halden Interbank Offered Rate (HIBOR) in cash and a \
         margin above HIBOR in notes.",
    );
    assert!(
        names_of(&f, EntityKind::Organization).is_empty(),
        "{:?}",
        f.entities
    );
}
