//! The graph's vocabulary as typed constants: the public contract of `VOCABULARY.md`
//! and the project's own terms from `ontology/newsgraph.ttl`. No IRI is spelled out
//! anywhere else in the code.

macro_rules! terms {
    ($ns:literal; $($name:ident = $local:literal),* $(,)?) => {
        pub const NS: &str = $ns;
        $(pub const $name: oxigraph::model::NamedNodeRef<'static> = oxigraph::model::NamedNodeRef::new_unchecked(concat!($ns, $local));)*
    };
}

pub mod rdf {
    terms!("http://www.w3.org/1999/02/22-rdf-syntax-ns#"; TYPE = "type");
}

pub mod schema {
    terms!("https://schema.org/";
        PERSON = "Person", ORGANIZATION = "Organization", GOVERNMENT_ORGANIZATION = "GovernmentOrganization",
        COUNTRY = "Country", PLACE = "Place", EVENT = "Event", NEWS_ARTICLE = "NewsArticle",
        NAME = "name", URL = "url", HEADLINE = "headline", DATE_PUBLISHED = "datePublished",
        LOCATION = "location", START_DATE = "startDate", END_DATE = "endDate", ATTENDEE = "attendee",
        EVENT_STATUS = "eventStatus", EVENT_SCHEDULED = "EventScheduled", EVENT_CANCELLED = "EventCancelled",
        MENTIONS = "mentions", POLITICAL_PARTY = "PoliticalParty", NEWS_MEDIA_ORGANIZATION = "NewsMediaOrganization",
        CORPORATION = "Corporation", CITY = "City", ADMINISTRATIVE_AREA = "AdministrativeArea",
        BODY_OF_WATER = "BodyOfWater", GOVERNMENT_BUILDING = "GovernmentBuilding",
    );
}

pub mod org {
    terms!("http://www.w3.org/ns/org#";
        MEMBERSHIP = "Membership", MEMBER = "member", ORGANIZATION = "organization", ROLE = "role",
        ROLE_CLASS = "Role", MEMBER_OF = "memberOf",
    );
}

pub mod prov {
    terms!("http://www.w3.org/ns/prov#"; WAS_DERIVED_FROM = "wasDerivedFrom");
}

pub mod skos {
    terms!("http://www.w3.org/2004/02/skos/core#"; PREF_LABEL = "prefLabel", ALT_LABEL = "altLabel");
}

pub mod owl {
    terms!("http://www.w3.org/2002/07/owl#"; SAME_AS = "sameAs");
}

pub mod oa {
    terms!("http://www.w3.org/ns/oa#";
        SPECIFIC_RESOURCE = "SpecificResource", HAS_SOURCE = "hasSource", HAS_SELECTOR = "hasSelector",
        TEXT_QUOTE_SELECTOR = "TextQuoteSelector", TEXT_POSITION_SELECTOR = "TextPositionSelector",
        EXACT = "exact", START = "start", END = "end",
    );
}

pub mod xsd {
    terms!("http://www.w3.org/2001/XMLSchema#";
        DATE = "date", DECIMAL = "decimal", NON_NEGATIVE_INTEGER = "nonNegativeInteger", TIME = "time",
        G_MONTH_DAY = "gMonthDay", G_YEAR_MONTH = "gYearMonth", G_YEAR = "gYear", STRING = "string",
    );
}

/// The project's own terms (`ontology/newsgraph.ttl`).
pub mod ng {
    terms!("https://w3id.org/newsgraph/ns#";
        MEETING = "Meeting", TALKS = "Talks", PHONE_CALL = "PhoneCall", VISIT = "Visit",
        CONFERENCE = "Conference", SUMMIT = "Summit", EVENT_HELD = "EventHeld", CHAIR = "chair",
        START_TIME = "startTime", PARTIAL_DATE = "partialDate", REPORTED_START_DATE = "reportedStartDate",
        CONFIDENCE = "confidence", CONTENT_HASH = "contentHash", SOURCE_KEY = "sourceKey",
        DATE_PUBLISHED_SOURCE = "datePublishedSource", FROM_METADATA = "FromMetadata",
        FROM_DATELINE = "FromDateline", FROM_PAGE_HEADER = "FromPageHeader", FROM_TEXT = "FromText",
        EXTRACTOR_VERSION = "extractorVersion",
    );
}

/// Terms read from users' linking datasets (`build --link-with`, `--link-endpoint`).
pub mod rdfs {
    terms!("http://www.w3.org/2000/01/rdf-schema#"; LABEL = "label");
}

pub mod foaf {
    terms!("http://xmlns.com/foaf/0.1/"; NAME = "name", PERSON = "Person", ORGANIZATION = "Organization");
}

pub mod schema_extra {
    terms!("https://schema.org/";
        ALTERNATE_NAME = "alternateName", ADDRESS_COUNTRY = "addressCountry", NATIONALITY = "nationality",
        POPULATION = "population",
    );
}

pub mod dbo {
    terms!("http://dbpedia.org/ontology/";
        PERSON = "Person", ORGANISATION = "Organisation", PLACE = "Place", COUNTRY = "country",
        POPULATION_TOTAL = "populationTotal",
    );
}

/// Wikidata's direct properties and the classes its `P31` (instance of) points to.
pub mod wdt {
    terms!("http://www.wikidata.org/prop/direct/";
        INSTANCE_OF = "P31", COUNTRY = "P17", CITIZENSHIP = "P27", POPULATION = "P1082",
    );
}

/// Wikidata classes a dataset's `P31` may point to, by the kind of entity they mean.
pub mod wd {
    terms!("http://www.wikidata.org/entity/";
        HUMAN = "Q5",
        ORGANIZATION = "Q43229", BUSINESS = "Q4830453", COMPANY = "Q783794", PUBLIC_COMPANY = "Q891723",
        INTERNATIONAL_ORGANIZATION = "Q484652", POLITICAL_PARTY = "Q7278", GOVERNMENT_AGENCY = "Q327333",
        GOVERNMENT_ORGANIZATION = "Q2659904", NONPROFIT = "Q163740", MINISTRY = "Q192350",
        CITY = "Q515", BIG_CITY = "Q1549591", CAPITAL = "Q5119", COUNTRY = "Q6256", SOVEREIGN_STATE = "Q3624078",
        HUMAN_SETTLEMENT = "Q486972", GEOGRAPHIC_REGION = "Q82794", ADMIN_REGION_1 = "Q10864048",
        US_STATE = "Q35657", TOWN = "Q3957",
    );
}

pub mod gn {
    terms!("http://www.geonames.org/ontology#"; FEATURE = "Feature", COUNTRY_CODE = "countryCode", POPULATION = "population");
}

/// Wikidata entities and GeoNames features, for `owl:sameAs`.
pub const WIKIDATA_ENTITY: &str = "http://www.wikidata.org/entity/";
pub const GEONAMES: &str = "https://sws.geonames.org/";
/// Other spellings of the same identifiers that datasets use (recognized when read).
pub const WIKIDATA_PAGE: &str = "https://www.wikidata.org/wiki/";
pub const GEONAMES_PAGE: &str = "https://www.geonames.org/";
