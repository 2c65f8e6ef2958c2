//! Offices: whether a role as news states it ("Foreign Minister") fits an office as
//! the bulk data records it ("Minister of Foreign Affairs of Russia"). Shared by
//! extraction (an office's country for a role stated without one) and linking (a
//! fitting office is evidence for a candidate).

use std::collections::BTreeSet;

/// The content words of a label, lower-cased, with US and British spellings made one.
pub(crate) fn words(s: &str) -> Vec<String> {
    s.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(|w| match w.to_lowercase().as_str() {
            "defense" => "defence".to_string(),
            "labor" => "labour".to_string(),
            other => other.to_string(),
        })
        .filter(|w| !matches!(w.as_str(), "the" | "of" | "for" | "and" | "a" | "to"))
        .collect()
}

/// Does a stated role fit a recorded office? Every word of the role must appear in the
/// office's label ("Foreign Minister" / "Minister of Foreign Affairs"); "MP" fits a
/// parliament membership.
pub fn role_fits(role: &str, office: &str) -> bool {
    let office_words: BTreeSet<String> = words(office).into_iter().collect();
    let role_words = words(role);
    if role_words.is_empty() {
        return false;
    }
    role_words.iter().all(|w| match w.as_str() {
        "mp" => {
            office_words.contains("member")
                && [
                    "parliament",
                    "commons",
                    "assembly",
                    "dail",
                    "bundestag",
                    "duma",
                ]
                .iter()
                .any(|p| office_words.contains(*p))
        }
        "mep" => office_words.contains("european") && office_words.contains("parliament"),
        "premier" => office_words.contains("premier") || office_words.contains("prime"),
        "foreign" => office_words.contains("foreign") || office_words.contains("external"),
        // A deputy or vice office is a separate office.
        w => office_words.contains(w),
    }) && (office_words.contains("deputy") == role_words.iter().any(|w| w == "deputy"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn roles_fit_offices_in_other_word_orders() {
        assert!(role_fits(
            "Foreign Minister",
            "Minister of Foreign Affairs of Russia"
        ));
        assert!(role_fits(
            "Prime Minister",
            "Prime Minister of the United Kingdom"
        ));
        assert!(role_fits(
            "Treasury Secretary",
            "United States Secretary of the Treasury"
        ));
        assert!(role_fits(
            "Defense Secretary",
            "Secretary of State for Defence"
        ));
        assert!(role_fits(
            "MP",
            "member of the House of Commons of the United Kingdom"
        ));
        assert!(!role_fits("Deputy Defence Minister", "Minister of Defence"));
        assert!(!role_fits("Defence Minister", "Deputy Minister of Defence"));
        assert!(!role_fits("Foreign Minister", "member of the State Duma"));
    }
}
