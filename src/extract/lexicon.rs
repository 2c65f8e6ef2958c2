//! Closed-class English words the extractors key on: titles, honorifics, function words,
//! organization head nouns and event triggers. These describe the language of news, not
//! any article's facts; names of people, places and organizations come from the bulk
//! gazetteer and from the shape of the text.

/// Role head nouns: a title ends in one of these ("Deputy Foreign *Minister*").
pub const TITLE_HEADS: &[&str] = &[
    "president",
    "vice-president",
    "minister",
    "secretary",
    "secretary-general",
    "undersecretary",
    "under-secretary",
    "ambassador",
    "envoy",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "chancellor",
    "premier",
    "king",
    "queen",
    "prince",
    "princess",
    "senator",
    "congressman",
    "congresswoman",
    "governor",
    "mayor",
    "chairman",
    "chairwoman",
    "chairperson",
    "chair",
    "chief",
    // "Electoral Commission boss Sam Younger".
    "boss",
    "director",
    "director-general",
    "commissioner",
    "representative",
    "diplomat",
    "leader",
    "speaker",
    "admiral",
    "commander",
    "head",
    "adviser",
    "advisor",
    "counsellor",
    "counselor",
    "attorney-general",
    "judge",
    "justice",
    "ceo",
    "cfo",
    "coo",
    "founder",
    "co-founder",
    "negotiator",
    "coordinator",
    "emir",
    "sheikh",
    "pope",
    "cardinal",
    "archbishop",
    "bishop",
    "lawmaker",
    "legislator",
    "deputy",
    "envoy",
    "delegate",
    "consul",
    "attache",
    "economist",
    "analyst",
    "strategist",
    "manager",
    "correspondent",
    "editor",
    "mp",
    "mps",
    // "the PM", "PM Tony Blair": the prime minister.
    "pm",
    "meps",
    "mep",
    "member",
    "backbencher",
    "treasurer",
    "ombudsman",
    "prosecutor",
    "inspector",
    "marshal",
    "colonel",
    "captain",
    "lieutenant",
    "major",
    "sergeant",
    "officer",
    "executive",
    "owner",
    "superintendent",
    "rapporteur",
    "president-elect",
    "sultan",
    "monarch",
    "dictator",
    "solicitor",
    "lawyer",
    "barrister",
    "attorney",
    "aide",
    "professor",
    "lecturer",
    "chief of staff",
    // Callings the wires put before a name ("Investor Martin Sosnoff said").
    "investor",
    "financier",
    "banker",
    "tycoon",
    "businessman",
    "businesswoman",
    "entrepreneur",
];

/// Words that modify a title head ("*Deputy Foreign* Minister", "*top* diplomat").
pub const TITLE_MODIFIERS: &[&str] = &[
    "local",
    "government",
    "prosecuting",
    "district",
    "main",
    "county",
    "city",
    "deputy",
    "vice",
    "under",
    "assistant",
    "associate",
    "acting",
    "interim",
    "foreign",
    "defense",
    "defence",
    "interior",
    "home",
    "finance",
    "financial",
    "economy",
    "economic",
    "trade",
    "justice",
    "health",
    "education",
    "energy",
    "security",
    "national",
    "top",
    "senior",
    "chief",
    "first",
    "former",
    "special",
    "permanent",
    "high",
    "state",
    "political",
    "general",
    "executive",
    "principal",
    "press",
    "prime",
    "lead",
    // "Shadow spokesman for sport", "shadow chancellor": the opposition's bench.
    "shadow",
    "outgoing",
    "incoming",
    "new",
    "military",
    "armed",
    "forces",
    "intelligence",
    "cabinet",
    "environment",
    "labor",
    "agriculture",
    "transport",
    "culture",
    "digital",
    "european",
    "presidential",
    "parliamentary",
    "supreme",
    "grand",
    "regional",
    "federal",
    "lord",
    "managing",
    "operating",
    "financial",
    "technology",
    "communications",
    "nuclear",
    "climate",
    "veteran",
    "de",
    "facto",
    "joint",
    "staff",
    "spy",
    "army",
    "navy",
    "air",
    "force",
    "police",
    "fire",
    "treasury",
    "commerce",
    "homeland",
    "immigration",
    "housing",
    "science",
    "sports",
    "information",
    "development",
    "planning",
    "industry",
    "tourism",
    "water",
    "public",
    "works",
    "social",
    "affairs",
    "welfare",
    "family",
    "women",
    "youth",
    "legal",
    "shadow",
    "media",
    "international",
    "campaign",
    "election",
    "elections",
    "constitutional",
    "deputy-",
    // Portfolios: "Oil Minister", "Chief Foreign Debt Negotiator", "Arms Control
    // Negotiator", "Schools Minister", "Pensions Minister".
    "schools",
    "pensions",
    "universities",
    "prisons",
    "policing",
    "skills",
    "arts",
    "heritage",
    "sport",
    "oil",
    "petroleum",
    "mines",
    "mining",
    "fisheries",
    "employment",
    "budget",
    "revenue",
    "customs",
    "telecommunications",
    "posts",
    "railways",
    "aviation",
    "shipping",
    "banking",
    "debt",
    "arms",
    "control",
    "disarmament",
    // Offices of a legislature and of law: "Senate Majority Leader", "Surgeon General".
    "majority",
    "minority",
    "surgeon",
    "solicitor",
    "postmaster",
    "inspector",
];

/// Month and weekday names: dates, never parts of a name (and function words, for
/// `is_function_word`).
pub const CALENDAR_WORDS: &[&str] = &[
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
    "jan",
    "feb",
    "mar",
    "apr",
    "jun",
    "jul",
    "aug",
    "sep",
    "sept",
    "oct",
    "nov",
    "dec",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
];

/// "on Monday", "in March": a date follows, not the rest of a name.
pub fn is_calendar_word(word: &str) -> bool {
    is_in(CALENDAR_WORDS, word.trim_end_matches('.'))
}

/// Honorifics before a personal name.
pub const HONORIFICS: &[&str] = &[
    "mr",
    "mr.",
    "mrs",
    "mrs.",
    "ms",
    "ms.",
    "dr",
    "dr.",
    "sir",
    "dame",
    "lord",
    "lady",
    "prof",
    "prof.",
    "professor",
    "madam",
    "mme",
    "monsieur",
    "herr",
    "frau",
    "sen.",
    "sens.",
    "rep.",
    "reps.",
    "gov.",
    "gen.",
    "mister",
    "miss",
    "baroness",
    "viscount",
    "viscountess",
    "countess",
];

/// Nouns that head an organization's name ("Foreign *Ministry*", "*Council* of Europe").
pub const ORG_HEADS: &[&str] = &[
    // Newspaper name heads ("Daily Telegraph", "Sunday Mirror").
    "telegraph",
    "gazette",
    "tribune",
    "chronicle",
    "herald",
    "observer",
    "mail",
    "mirror",
    "express",
    "prison",
    "hospital",
    "school",
    "college",
    "academy",
    "museum",
    "markets",
    "securities",
    "partners",
    "investments",
    "associates",
    "brothers",
    "corps",
    "commons",
    // "House of Lords", "the Law Lords".
    "lords",
    "chambers",
    "chamber",
    "council",
    "ministry",
    "department",
    "organization",
    "organisation",
    "agency",
    "union",
    // "United Auto Workers", "Transport Workers": a union named for its members.
    "workers",
    "commission",
    "alliance",
    "bank",
    "court",
    "parliament",
    "assembly",
    "committee",
    "office",
    "administration",
    "government",
    "forces",
    "army",
    "navy",
    "institute",
    "university",
    "association",
    "federation",
    "group",
    "company",
    "corp",
    "corp.",
    "inc",
    "inc.",
    "ltd",
    "ltd.",
    "plc",
    "service",
    "services",
    "news",
    "times",
    "post",
    "journal",
    "press",
    "agency",
    "authority",
    "board",
    "bureau",
    "cabinet",
    "coalition",
    "congress",
    "senate",
    "duma",
    "kremlin",
    "pentagon",
    "police",
    "guard",
    "fund",
    "foundation",
    "trust",
    "industries",
    // Company and body designators ("OSI Pharmaceuticals", "MMC Capital", "Hansard
    // Society", "Scots Guards", "British Retail Consortium").
    "pharmaceuticals",
    "airways",
    "communications",
    "capital",
    "funds",
    "consortium",
    "society",
    "guards",
    "laboratories",
    "labs",
    "enterprises",
    "petroleum",
    "insurance",
    "electronics",
    "holdings",
    "airlines",
    "motors",
    "systems",
    "technologies",
    "network",
    "broadcasting",
    "corporation",
    "secretariat",
    "directorate",
    "tribunal",
    "command",
    "fleet",
    "front",
    "movement",
    "league",
    "treaty",
    "centre",
    "center",
    "programme",
    "program",
    "mission",
    "delegation",
    "parliament",
    "republic",
    "reserve",
    "exchange",
    "club",
    // Bodies and firms named by what they do ("Human Rights Watch", "Age Concern",
    // "Circuit City Stores", "Land Registry", "Scottish Power", "Fiat Auto").
    "watch",
    "archives",
    "concern",
    "stores",
    "registry",
    "fellowship",
    "committees",
    "power",
    "auto",
    "international",
    // "World Economic Forum".
    "forum",
    // "European Community", "East African Community".
    "community",
];

/// "Computer Inc" in "Apple Computer Inc": up to three words ending in a company
/// designator, which a company's short name leaves out.
pub fn is_designator_tail(words: &[&str]) -> bool {
    (1..=3).contains(&words.len())
        && words
            .last()
            .is_some_and(|w| is_in(COMPANY_DESIGNATORS, &crate::text::fold_key(w)))
}

/// Nouns only a company has, right after its name or its possessive: "shares in
/// Porsche", "Arthur Andersen's revenues".
pub const TRADED_NOUNS: &[&str] = &[
    "shares",
    "share",
    "stock",
    "profits",
    "profit",
    "revenues",
    "revenue",
    "sales",
    "shareholders",
    "subsidiary",
    "takeover",
];

/// Words for what a business does or sells, that end its name ("Norstar Bancorp",
/// "Texaco Trading", "Perry Drug", "Advertising Age"), compared in folded lower case.
pub const BUSINESS_HEADS: &[&str] = &[
    "bancorp",
    "bancorporation",
    "bancshares",
    "bankshares",
    "savings",
    "lines",
    "lease",
    "leasing",
    "trading",
    "drug",
    "drugs",
    "photo",
    "nuclear",
    "electric",
    "creations",
    "division",
    "departments",
    "revenue",
    "bulletin",
    "weekly",
    "monthly",
    "banking",
    "energy",
    "chemical",
    "chemicals",
    "foods",
    "mining",
    "resources",
    "financial",
    "realty",
    "properties",
    "products",
    "computers",
    "software",
    "utilities",
    "railroad",
    "railway",
    "shipping",
    "abroad",
    "oil",
    "gas",
    "management",
    "brands",
    "graphics",
    "research",
    "tool",
    "tools",
    "automation",
    "development",
    "kits",
    "inspectorate",
    // Newspapers, broadcasters and places of business ("China Daily", "Tehran Radio",
    // "Peking Review", "Walt Disney World", "Memorial Gardens").
    "daily",
    "radio",
    "review",
    "gardens",
    "world",
    "station",
    "round",
    "institution",
    "publishing",
    "publications",
    "engineering",
    "works",
    "mines",
    "consultants",
    "acquisition",
    "notes",
    "intelligence",
    "basin",
    "lords",
    "games",
    "campaign",
];

/// Trades a company's name may pair with "and" before its legal form ("American
/// Telephone and Telegraph Co", "Aetna Casualty and Surety Co"), beside
/// [`BUSINESS_HEADS`].
pub const TRADES: &[&str] = &[
    "telephone",
    "telegraph",
    "tire",
    "rubber",
    "casualty",
    "surety",
    "light",
    "power",
    "water",
    "steel",
    "iron",
    "coal",
    "tea",
    "pacific",
    "atlantic",
    "marine",
    "fire",
    "life",
    "insurance",
    "trust",
    "savings",
    "loan",
    "manufacturing",
    "supply",
];

/// Words that end a company's registered name ("Apple Computer Inc", "Exco
/// International plc"), compared in folded lower case.
pub const COMPANY_DESIGNATORS: &[&str] = &[
    "inc",
    "corp",
    "co",
    "ltd",
    "plc",
    "llc",
    "ag",
    "sa",
    "nv",
    "spa",
    "gmbh",
    "bv",
    "cos",
    "group",
    "holdings",
    "corporation",
    "company",
    "industries",
    "international",
    "incorporated",
    "limited",
    "lp",
    "l.p",
    "bhd",
    "berhad",
    "pty",
    "pte",
    "oy",
    "oyj",
    "asa",
    "kk",
    "srl",
    "sarl",
    "ab",
];

/// A legal form that ends a company's name: nothing after it, not even "of" a place,
/// belongs to it ("Maple Leaf Mills Ltd of Toronto"). Not "Co" or "Corp", which a name
/// may go on from ("Aluminum Co of America"), nor the words that also name a group or
/// a trade ("Holdings", "International").
pub fn is_closing_designator(word: &str) -> bool {
    let w = crate::text::fold_key(word);
    is_in(COMPANY_DESIGNATORS, &w)
        && !matches!(
            w.as_str(),
            "co" | "cos"
                | "corp"
                | "corporation"
                | "company"
                | "group"
                | "holdings"
                | "industries"
                | "international"
                | "sa"
                | "lp"
                | "pty"
                | "pte"
        )
}

/// Heads of the names of public bodies and associations, whose first word names
/// something else ("House Intelligence Committee", "Soviet Union", "Treasury
/// Department"), unlike a company's ("Aston Martin", "Kendal Motors").
pub const INSTITUTION_HEADS: &[&str] = &[
    "committee",
    "committees",
    "union",
    "council",
    "department",
    "ministry",
    "office",
    "party",
    "commission",
    "court",
    "assembly",
    "agency",
    "authority",
    "board",
    "bureau",
    "service",
    "parliament",
    "government",
    "congress",
    "federation",
    "association",
    "organisation",
    "organization",
    "institute",
    "university",
    "school",
    "college",
    "league",
    "movement",
    "front",
];

/// Company forms written before the name ("NV Philips", "AB Volvo", "PT Astra",
/// "OAO Gazprom"), compared in folded lower case.
pub const COMPANY_PREFIXES: &[&str] = &["nv", "ab", "pt", "oao", "ooo", "zao", "pjsc", "ojsc"];

/// Nouns that end the name of a law, a plan, a prize or a product: such a name is
/// neither a person nor an organization ("Public Order Act", "the Marshall Plan",
/// "Joint Strike Fighter", "Nobel Prize").
pub const THING_HEADS: &[&str] = &[
    "act",
    "bill",
    "plan",
    "doctrine",
    "fighter",
    "prize",
    "award",
    "awards",
    "cup",
    "trophy",
    "directive",
    "accord",
    "accords",
    "protocol",
    "amendment",
    "statute",
    "report",
    "index",
    "scheme",
    "strategy",
    "charter",
    "declaration",
    "lecture",
    "rate",
];

pub fn is_thing_head(word: &str) -> bool {
    is_in(THING_HEADS, word)
}

/// Letters after a person's name that are not part of it: ranks, honours, degrees
/// ("Guy Mansfield QC", "Jane Doe MP").
pub const POST_NOMINALS: &[&str] = &[
    "qc", "kc", "mp", "mep", "msp", "am", "mla", "obe", "mbe", "cbe", "kbe", "dbe", "phd",
];

pub fn is_post_nominal(word: &str) -> bool {
    is_in(POST_NOMINALS, word)
}

/// Military and police ranks before a surname ("General Musharraf", "Gen Musharraf",
/// "Colonel Gaddafi"). They are honorifics only before a person's name: "General
/// Motors" and "Captain Morgan" rum are not people, so the caller checks the name.
pub const RANKS: &[&str] = &[
    "general",
    "gen",
    "gen.",
    "colonel",
    "col",
    "col.",
    "lieutenant",
    "lt",
    "lt.",
    "captain",
    "capt",
    "capt.",
    "admiral",
    "adm",
    "adm.",
    "brigadier",
    "sergeant",
    "sgt",
    "sgt.",
    "corporal",
    "cpl",
    "constable",
    "inspector",
    "detective",
    "superintendent",
    "marshal",
];

pub fn is_rank(word: &str) -> bool {
    is_in(RANKS, word)
}

/// Plural nouns that name political parties ("Liberal Democrats", "the Tories").
pub const PARTY_HEADS: &[&str] = &[
    "party",
    "democrats",
    "republicans",
    "conservatives",
    "socialists",
    "communists",
    "nationalists",
    "unionists",
    "greens",
    "liberals",
    "tories",
];

/// Is this organization name a political party's: its last word a party noun
/// ("Labour Party", "Liberal Democrats", "Tories")?
pub fn is_party_name(name: &str) -> bool {
    name.split_whitespace()
        .last()
        .is_some_and(|w| is_in(PARTY_HEADS, w))
}

/// Nouns that end a place's name ("Morgan City", "Cameron Parish", "Nelson Street").
pub const PLACE_HEADS: &[&str] = &[
    "city",
    "county",
    "counties",
    "parish",
    "street",
    "avenue",
    "road",
    "district",
    "province",
    "beach",
    "island",
    "islands",
    "river",
    "lake",
    "mountain",
    "mountains",
    "valley",
    "bay",
    "square",
    "park",
    "bridge",
    "airport",
    "harbour",
    "harbor",
    "peninsula",
    "strait",
    "gulf",
    "canal",
    "desert",
    "coast",
    "heights",
    "hills",
    "township",
    "borough",
    "village",
    "oblast",
    "region",
    "prefecture",
    "hotel",
    "motel",
    "inn",
    "theatre",
    "theater",
    "castle",
    "chapel",
    "palace",
    "cathedral",
    "church",
    "stadium",
    "house",
    "abbey",
    "mosque",
    "temple",
];

/// Natural features named by "of" after their head noun: "Straits of Hormuz",
/// "Gulf of Mexico", "Isle of Wight", "Cape of Good Hope".
pub const FEATURE_OF_HEADS: &[&str] = &[
    "strait", "straits", "gulf", "bay", "sea", "isle", "isles", "island", "islands", "lake",
    "cape", "mount", "mouth",
];

pub fn is_place_head(word: &str) -> bool {
    is_in(PLACE_HEADS, word)
}

/// Titles of elected members, written after the seat they hold ("Sedgefield MP",
/// "East Midlands MEP").
pub const ELECTED_MEMBERS: &[&str] = &["mp", "mep", "msp", "mla", "am"];

/// Last words of newspapers' names ("The Sunday Times", "Sunday Mirror").
pub const NEWSPAPER_HEADS: &[&str] = &[
    "times",
    "telegraph",
    "express",
    "mirror",
    "herald",
    "post",
    "mail",
    "people",
    "independent",
    "tribune",
    "star",
    "observer",
];

/// Organization head nouns that name an institution on their own.
pub const LONE_INSTITUTIONS: &[&str] = &[
    "parliament",
    "congress",
    "senate",
    "duma",
    "knesset",
    "bundestag",
    "kremlin",
    "pentagon",
    "politburo",
    "interpol",
    "europol",
    // A country's armed services, named by their branch ("the Navy said").
    "navy",
    "army",
    // Westminster institutions and newspapers known by one word after "the".
    "commons",
    "lords",
    "treasury",
    "guardian",
    "observer",
    "times",
    "telegraph",
];

/// Lower-case words that may sit inside a multi-word name ("Ministry *of* Defence",
/// "Organization *for* Security *and* Co-operation *in* Europe").
pub const NAME_CONNECTORS: &[&str] = &[
    "of", "for", "and", "in", "the", "on", "de", "del", "du", "des", "la", "las", "le", "los",
    "von", "van", "der", "den", "al", "bin", "el", "da", "di", "dos", "das", "&",
];

/// Function words and sentence adverbs: capitalized only because they start a sentence.
pub const FUNCTION_WORDS: &[&str] = &[
    "the",
    "a",
    "an",
    "in",
    "on",
    "at",
    "for",
    "of",
    "but",
    "and",
    "or",
    "nor",
    "while",
    "whilst",
    "despite",
    "since",
    "after",
    "before",
    "during",
    "following",
    "last",
    "next",
    "this",
    "that",
    "these",
    "those",
    "it",
    "its",
    "he",
    "she",
    "they",
    "we",
    "i",
    "you",
    "his",
    "her",
    "their",
    "our",
    "my",
    "your",
    "there",
    "here",
    "when",
    "where",
    "what",
    "who",
    "whom",
    "whose",
    "how",
    "why",
    "as",
    "if",
    "some",
    "many",
    "most",
    "all",
    "both",
    "each",
    "every",
    "other",
    "others",
    "such",
    "instead",
    "meanwhile",
    "however",
    "also",
    "even",
    "yet",
    "so",
    "still",
    "nobody",
    "none",
    "no",
    "not",
    "with",
    "without",
    "from",
    "to",
    "by",
    "about",
    "against",
    "among",
    "amid",
    "between",
    "into",
    "over",
    "under",
    "through",
    "than",
    "then",
    "thus",
    "though",
    "although",
    "because",
    "unless",
    "until",
    "whether",
    "which",
    "once",
    "only",
    "just",
    "already",
    "now",
    "today",
    "yesterday",
    "tomorrow",
    "earlier",
    "later",
    "is",
    "are",
    "was",
    "were",
    "be",
    "been",
    "has",
    "have",
    "had",
    "will",
    "would",
    "can",
    "could",
    "may",
    "might",
    "must",
    "should",
    "shall",
    "do",
    "does",
    "did",
    "let",
    "let's",
    "more",
    "less",
    "much",
    "several",
    "few",
    "any",
    "another",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "asked",
    "according",
    "speaking",
    "officials",
    "members",
    "allies",
    "leaders",
    "sources",
    "analysts",
    "diplomats",
    "western",
    "eastern",
    "northern",
    "southern",
    "coming",
    "photo",
    "read",
    "watch",
    "see",
    "like",
    "unlike",
    "per",
    "via",
    "within",
    "across",
    "around",
    "near",
    "above",
    "below",
    "again",
    "indeed",
    "yes",
    "well",
    "anyway",
    "still",
    "perhaps",
    "maybe",
    "overall",
    "nevertheless",
    "nonetheless",
    "furthermore",
    "moreover",
    "additionally",
    "finally",
    "first",
    "second",
    "third",
    "initially",
    "meanwhile",
    "separately",
    "similarly",
    "otherwise",
    "therefore",
    "hence",
    "accordingly",
    "alternatively",
    "consequently",
    "specifically",
    "notably",
    "importantly",
    "ultimately",
    "currently",
    "recently",
    "previously",
    "originally",
    "eventually",
    "subsequently",
    "nearly",
    "almost",
    "about",
    "roughly",
    "approximately",
    "some",
    "whoever",
    "whatever",
    "everyone",
    "everybody",
    "someone",
    "somebody",
    "anyone",
    "anybody",
    "nothing",
    "something",
    "anything",
    "everything",
    "those",
    // (Month and weekday names too: `CALENDAR_WORDS`.)
];

/// Generic nouns that are capitalized in headlines or as sentence starts but never names.
pub const NOT_NAMES: &[&str] = &[
    "advertisement",
    "photo",
    "video",
    "source",
    "sources",
    "update",
    "updated",
    "breaking",
    "exclusive",
    "opinion",
    "analysis",
    "editorial",
    "comment",
    "news",
    "world",
    "menu",
    "share",
    "subscribe",
    "follow",
    "reuter",
    "note",
    "covid",
    "internet",
    "god",
    "article",
    "section",
    "chapter",
    "part",
    "phase",
    "round",
    "war",
    "cold",
    "world war",
    "western",
    "eastern",
    "northern",
    "southern",
    "allies",
    "ally",
    "nations",
    "gmt",
    "utc",
    "est",
    "edt",
    "cet",
    "cest",
    "bst",
    "pst",
    "pdt",
    "ii",
    "iii",
    "iv",
    "vi",
    "vii",
    "viii",
    "ix",
    "xi",
    "xii",
];

/// Pronouns that can refer back to a person.
pub const PERSON_PRONOUNS: &[&str] = &["he", "she", "him", "her", "his", "hers"];

/// Common nouns for a kind of company, right before its name: "brokers Jefferies",
/// "carmaker Porsche".
pub const COMPANY_NOUNS: &[&str] = &[
    "rival",
    "rivals",
    "carmaker",
    "airline",
    "carrier",
    "bank",
    "lender",
    "firm",
    "company",
    "group",
    "retailer",
    "giant",
    "broadcaster",
    "newspaper",
    "insurer",
    "telecoms",
    "operator",
    "broker",
    "brokers",
    "brokerage",
    "drugmaker",
    "maker",
    "manufacturer",
    "supplier",
    "chain",
    "conglomerate",
    "consultancy",
    "consultants",
    "partner",
    "auditor",
    "auditors",
    "housebuilder",
    "brewer",
    "supermarket",
    "chemist",
    "exchange",
    "bourse",
    // Bodies that oversee a trade: "telecoms regulator Ofcom", "media watchdog Ofcom".
    "regulator",
    "watchdog",
    // "oil producer Surgutneftegas", "Russia's fourth-biggest oil producer".
    "producer",
    "refiner",
];

/// Nouns for a party's members ("a Wisconsin Democrat"), in the singular.
pub const PARTISANS: &[&str] = &[
    "democrat",
    "republican",
    "conservative",
    "liberal",
    "socialist",
    "communist",
    "tory",
    "nationalist",
    "unionist",
    "loyalist",
    "separatist",
    "green",
];

/// "Liberals", "Social Democrats"' last word: a party's members in the plural.
pub fn is_party_members(word: &str) -> bool {
    word.strip_suffix('s').is_some_and(|w| is_in(PARTISANS, w))
}

/// Is `word` (any case) in `list`?
pub fn is_in(list: &[&str], word: &str) -> bool {
    let lower = word.to_lowercase();
    list.contains(&lower.as_str())
}

/// "ministers" → "minister", "secretaries" → "secretary": the singular of a plural
/// title head, if it is one.
pub fn singular_title(word: &str) -> Option<String> {
    let lower = word.to_lowercase();
    let one = match lower.strip_suffix("ies") {
        Some(stem) => format!("{stem}y"),
        None => lower.strip_suffix('s')?.to_string(),
    };
    (one.len() > 2 && is_title_head(&one)).then_some(one)
}

pub fn is_title_head(word: &str) -> bool {
    // In lower case "major" is the adjective ("a major Muslim group"), not the rank.
    // ("Prime Minister-designate": the office about to be held.)
    let bare = strip_title_prefix(word);
    let bare = ["-designate", "-Designate", "-elect", "-Elect"]
        .iter()
        .find_map(|sfx| bare.strip_suffix(sfx))
        .unwrap_or(bare);
    word != "major"
        && (is_in(TITLE_HEADS, bare)
            // "vice president-treasurer": two offices held as one.
            || bare.split_once('-').is_some_and(|(a, b)| {
                (is_in(TITLE_HEADS, a) || is_in(TITLE_MODIFIERS, a)) && is_in(TITLE_HEADS, b)
            }))
}

/// "lead manager Societe Generale", "sole manager Goldman, Sachs", "co-manager X": a
/// bank's part in a bond issue, which a firm holds, not a person.
pub fn is_issue_manager(before: &str, title: &str) -> bool {
    let title = title.to_lowercase();
    matches!(
        title.as_str(),
        "co-manager" | "co-managers" | "lead-manager"
    ) || (matches!(title.as_str(), "manager" | "managers")
        && matches!(
            before.to_lowercase().as_str(),
            "lead" | "sole" | "joint" | "co-lead" | "co" | "book" | "issue"
        ))
}

/// "ex-minister", "co-chairman": the title after a prefix.
fn strip_title_prefix(word: &str) -> &str {
    ["ex-", "Ex-", "co-", "Co-"]
        .iter()
        .find_map(|p| word.strip_prefix(p))
        .filter(|rest| !rest.is_empty())
        .unwrap_or(word)
}

/// A sovereign's or heir's title, before which a name is a person's though a town
/// bears it ("Queen Elizabeth", "King Juan Carlos").
pub fn is_sovereign_title(word: &str) -> bool {
    is_in(
        &[
            "king", "queen", "prince", "princess", "emperor", "empress", "sultan", "emir",
            "sheikh", "pope",
        ],
        word,
    )
}

/// Organization head nouns that, alone and capitalized, name no organization in
/// particular ("Committee chairman X", "the Ministry said").
pub fn is_generic_org_head(word: &str) -> bool {
    is_in(
        &[
            "committee",
            "board",
            "ministry",
            "department",
            "commission",
            "agency",
            "office",
            "bank",
            "court",
            "group",
            "company",
            "authority",
            "bureau",
            "institute",
            "chamber",
            // "the Cabinet": which country's, the text said before.
            "cabinet",
        ],
        word,
    )
}

/// Titles of nobility: they name a person ("Prince Charles") but are not a position
/// held in an organization, so they make no role.
pub fn is_nobility_title(word: &str) -> bool {
    is_in(
        &[
            "prince", "princess", "duke", "duchess", "lord", "lady", "consort", "baron",
            "baroness", "earl", "countess",
        ],
        word,
    )
}

pub fn is_title_word(word: &str) -> bool {
    // "ex-chief", "co-chairman": a prefix before a title word.
    let bare = strip_title_prefix(word);
    is_in(TITLE_HEADS, bare)
        || is_in(TITLE_MODIFIERS, bare)
        || is_title_head(bare)
        // "Vice-Finance Minister": a rank joined to the office's field.
        || word.split_once('-').is_some_and(|(rank, field)| {
            matches!(rank.to_lowercase().as_str(), "vice" | "deputy" | "under")
                && field.starts_with(char::is_alphabetic)
        })
}

/// Words that only qualify whoever or whatever follows: "Former WorldCom chief".
pub fn is_temporal_qualifier(word: &str) -> bool {
    is_in(
        &[
            "former", "then", "ex", "late", "acting", "outgoing", "incoming", "future",
        ],
        word,
    )
}

pub fn is_org_head(word: &str) -> bool {
    is_in(ORG_HEADS, word) || is_in(PARTY_HEADS, word)
}

pub fn is_function_word(word: &str) -> bool {
    is_in(FUNCTION_WORDS, word) || is_in(CALENDAR_WORDS, word)
}

/// Nouns for a group of countries or places, set before their names ("OPEC members
/// Gabon and Algeria", "its neighbours Chad and Niger").
const PLACE_GROUP_NOUNS: &[&str] = &[
    "members",
    "member",
    "neighbours",
    "neighbors",
    "neighbour",
    "neighbor",
    "allies",
    "ally",
    "partners",
    "partner",
    "countries",
    "states",
    "nations",
    "capitals",
    "republics",
    "emirates",
];

/// Where a description of places before the names at `name_start` begins ("OPEC members"
/// in "visited OPEC members Gabon"): a group noun right before the names, after at most
/// two modifiers (capitalized, or "fellow", "other", "neighbouring"). `None` when there
/// is none.
pub fn group_description_start(
    words: &[String],
    toks: &[crate::text::Token],
    name_start: usize,
) -> Option<usize> {
    let head = name_start.checked_sub(1)?;
    if !PLACE_GROUP_NOUNS.contains(&words[head].as_str()) || toks[head].cap {
        return None;
    }
    let mut start = head;
    while start > 0
        && head - start < 2
        && (toks[start - 1].cap
            || matches!(
                words[start - 1].as_str(),
                "fellow" | "neighbouring" | "neighboring" | "other"
            ))
    {
        start -= 1;
    }
    Some(start)
}

/// Verbs that introduce reported words even without "that".
pub const SPEECH_VERBS: &[&str] = &[
    "said",
    "says",
    "say",
    "told",
    "tells",
    "added",
    "stated",
    "noted",
    "claimed",
    "claims",
    "insisted",
    "explained",
    "believes",
    "warned",
    "suggested",
    "suggests",
    "argued",
    "argues",
    "admitted",
    "acknowledged",
    "conceded",
    "predicted",
    "according",
];

/// Verbs that make a clause finite: an opening phrase has none.
pub const FINITE_AUXILIARIES: &[&str] = &[
    "will", "would", "has", "have", "had", "is", "are", "was", "were", "can", "could", "should",
    "may", "might", "must", "said", "says",
];
