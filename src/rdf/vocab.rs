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
        G_MONTH_DAY = "gMonthDay", STRING = "string",
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

/// Wikidata entities and GeoNames features, for `owl:sameAs`.
pub const WIKIDATA_ENTITY: &str = "http://www.wikidata.org/entity/";
pub const GEONAMES: &str = "https://sws.geonames.org/";
