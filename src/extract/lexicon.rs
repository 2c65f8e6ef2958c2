//! Closed-class English words the extractors key on: titles, honorifics, function words,
//! organization head nouns and event triggers. These describe the language of news, not
//! any article's facts; names of people, places and organizations come from the bulk
//! gazetteer and from the shape of the text.

/// Role head nouns: a title ends in one of these ("Deputy Foreign *Minister*").
pub const TITLE_HEADS: &[&str] = &[
    "president", "vice-president", "minister", "secretary", "secretary-general", "undersecretary",
    "under-secretary", "ambassador", "envoy", "spokesman", "spokeswoman", "spokesperson",
    "chancellor", "premier", "king", "queen", "prince", "princess", "senator", "congressman",
    "congresswoman", "governor", "mayor", "chairman", "chairwoman", "chairperson", "chair",
    "chief", "director", "director-general", "commissioner", "representative", "diplomat",
    "leader", "speaker", "general", "admiral", "commander", "head", "adviser", "advisor",
    "counsellor", "counselor", "attorney-general", "judge", "justice", "ceo", "cfo", "coo",
    "founder", "co-founder", "negotiator", "coordinator", "emir", "sheikh", "pope", "cardinal",
    "archbishop", "bishop", "lawmaker", "legislator", "deputy", "envoy", "consul", "attache",
    "economist", "analyst", "strategist", "correspondent", "editor", "mp", "mep", "treasurer",
    "ombudsman", "prosecutor", "inspector", "marshal", "colonel", "captain", "lieutenant",
    "major", "sergeant", "officer", "executive", "owner", "superintendent", "rapporteur",
    "president-elect", "sultan", "monarch", "dictator", "chief of staff",
];

/// Words that modify a title head ("*Deputy Foreign* Minister", "*top* diplomat").
pub const TITLE_MODIFIERS: &[&str] = &[
    "deputy", "vice", "under", "assistant", "associate", "acting", "interim", "foreign",
    "defense", "defence", "interior", "home", "finance", "financial", "economy", "economic",
    "trade", "justice", "health", "education", "energy", "security", "national", "top",
    "senior", "chief", "first", "former", "special", "permanent", "high", "state", "political",
    "general", "executive", "principal", "press", "prime", "lead", "outgoing", "incoming",
    "new", "military", "armed", "forces", "intelligence", "cabinet", "environment", "labour",
    "labor", "agriculture", "transport", "culture", "digital", "european", "presidential",
    "parliamentary", "supreme", "grand", "regional", "federal", "lord", "managing",
    "operating", "financial", "technology", "communications", "nuclear", "climate", "veteran",
    "de", "facto", "joint", "staff", "spy", "army", "navy", "air", "force", "police", "fire",
    "treasury", "commerce", "homeland", "immigration", "housing", "science", "sports",
    "information", "development", "planning", "industry", "tourism", "water", "public",
    "works", "social", "affairs", "welfare", "family", "women", "youth", "legal", "deputy-",
];

/// Honorifics before a personal name.
pub const HONORIFICS: &[&str] = &[
    "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "sir", "dame", "lord", "lady", "prof",
    "prof.", "madam", "mme", "monsieur", "herr", "frau", "sen.", "rep.", "gov.", "gen.",
];

/// Nouns that head an organization's name ("Foreign *Ministry*", "*Council* of Europe").
pub const ORG_HEADS: &[&str] = &[
    "council", "ministry", "department", "organization", "organisation", "agency", "union",
    "party", "commission", "alliance", "bank", "court", "parliament", "assembly", "committee",
    "office", "administration", "government", "forces", "army", "navy", "institute",
    "university", "association", "federation", "group", "company", "corp", "corp.", "inc",
    "inc.", "ltd", "ltd.", "plc", "service", "services", "news", "times", "post", "journal",
    "press", "agency", "authority", "board", "bureau", "cabinet", "coalition", "congress",
    "senate", "duma", "kremlin", "pentagon", "police", "guard", "fund", "foundation", "trust",
    "industries", "holdings", "airlines", "motors", "systems", "technologies", "network",
    "broadcasting", "corporation", "secretariat", "directorate", "tribunal", "command",
    "front", "movement", "league", "treaty", "centre", "center", "programme", "program",
    "mission", "delegation", "parliament", "republic", "reserve", "exchange", "club",
];

/// Lower-case words that may sit inside a multi-word name ("Ministry *of* Defence",
/// "Organization *for* Security *and* Co-operation *in* Europe").
pub const NAME_CONNECTORS: &[&str] = &["of", "for", "and", "in", "the", "on", "de", "du", "des", "la", "le", "von", "van", "der", "den", "al", "bin", "el", "da", "di", "&"];

/// Function words and sentence adverbs: capitalized only because they start a sentence.
pub const FUNCTION_WORDS: &[&str] = &[
    "the", "a", "an", "in", "on", "at", "for", "of", "but", "and", "or", "nor", "while",
    "whilst", "despite", "since", "after", "before", "during", "following", "last", "next",
    "this", "that", "these", "those", "it", "its", "he", "she", "they", "we", "i", "you", "his",
    "her", "their", "our", "my", "your", "there", "here", "when", "where", "what", "who", "whom",
    "whose", "how", "why", "as", "if", "some", "many", "most", "all", "both", "each", "every",
    "other", "others", "such", "instead", "meanwhile", "however", "also", "even", "yet", "so",
    "still", "nobody", "none", "no", "not", "with", "without", "from", "to", "by", "about",
    "against", "among", "amid", "between", "into", "over", "under", "through", "than", "then",
    "thus", "though", "although", "because", "unless", "until", "whether", "which", "once",
    "only", "just", "already", "now", "today", "yesterday", "tomorrow", "earlier", "later",
    "is", "are", "was", "were", "be", "been", "has", "have", "had", "will", "would", "can",
    "could", "may", "might", "must", "should", "shall", "do", "does", "did", "let", "let's",
    "more", "less", "much", "several", "few", "any", "another", "one", "two", "three", "four",
    "five", "six", "seven", "eight", "nine", "ten", "asked", "according", "speaking",
    "officials", "members", "allies", "leaders", "sources", "analysts", "diplomats",
    "western", "eastern", "northern", "southern", "coming", "photo", "read", "watch", "see",
    "like", "unlike", "per", "via", "within", "across", "around", "near", "above", "below",
    "again", "indeed", "yes", "well", "anyway", "still", "perhaps", "maybe", "overall",
    "nevertheless", "nonetheless", "furthermore", "moreover", "additionally", "finally",
    "first", "second", "third", "initially", "meanwhile", "separately", "similarly",
    "otherwise", "therefore", "hence", "accordingly", "alternatively", "consequently",
    "specifically", "notably", "importantly", "ultimately", "currently", "recently",
    "previously", "originally", "eventually", "subsequently", "nearly", "almost", "about",
    "roughly", "approximately", "some", "whoever", "whatever", "everyone", "everybody",
    "someone", "somebody", "anyone", "anybody", "nothing", "something", "anything",
    "everything", "those", "sunday", "monday", "tuesday", "wednesday", "thursday", "friday",
    "saturday", "january", "february", "march", "april", "may", "june", "july", "august",
    "september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul",
    "aug", "sep", "sept", "oct", "nov", "dec",
];

/// Generic nouns that are capitalized in headlines or as sentence starts but never names.
pub const NOT_NAMES: &[&str] = &[
    "advertisement", "photo", "video", "source", "sources", "update", "updated", "breaking",
    "exclusive", "opinion", "analysis", "editorial", "comment", "home", "news", "world",
    "menu", "share", "subscribe", "follow", "reuters", "ap", "afp", "upi", "cnn", "bbc",
    "covid", "internet", "god", "article", "section", "chapter", "part", "phase", "round",
    "war", "cold", "world war", "western", "eastern", "northern", "southern", "allies", "ally",
    "nations", "gmt", "utc", "est", "edt", "cet", "cest", "bst", "pst", "pdt", "ii", "iii",
    "iv", "vi", "vii", "viii", "ix", "xi", "xii",
];

/// Pronouns that can refer back to a person.
pub const PERSON_PRONOUNS: &[&str] = &["he", "she", "him", "her", "his", "hers"];

/// Is `word` (any case) in `list`?
pub fn is_in(list: &[&str], word: &str) -> bool {
    let lower = word.to_lowercase();
    list.contains(&lower.as_str())
}

pub fn is_title_head(word: &str) -> bool {
    is_in(TITLE_HEADS, word)
}

pub fn is_title_word(word: &str) -> bool {
    is_in(TITLE_HEADS, word) || is_in(TITLE_MODIFIERS, word)
}

pub fn is_org_head(word: &str) -> bool {
    is_in(ORG_HEADS, word)
}

pub fn is_function_word(word: &str) -> bool {
    is_in(FUNCTION_WORDS, word)
}
