//! Which plural categories a locale's numbers fall into (CLDR cardinal rules), and whether
//! a select expression covers them.

use std::collections::BTreeMap;

use intl_pluralrules::{PluralCategory, PluralRuleType, PluralRules};
use unic_langid::LanguageIdentifier;

pub const CATEGORIES: [&str; 6] = ["zero", "one", "two", "few", "many", "other"];

fn name(c: PluralCategory) -> &'static str {
    match c {
        PluralCategory::ZERO => "zero",
        PluralCategory::ONE => "one",
        PluralCategory::TWO => "two",
        PluralCategory::FEW => "few",
        PluralCategory::MANY => "many",
        PluralCategory::OTHER => "other",
    }
}

/// Each category the locale uses for whole numbers, with the numbers (0–1000) in it.
/// `None` if no rules are known for the language.
pub fn integer_categories(lang: &LanguageIdentifier) -> Option<BTreeMap<&'static str, Vec<u32>>> {
    let rules = PluralRules::create(lang.clone(), PluralRuleType::CARDINAL).ok()?;
    let mut out: BTreeMap<&'static str, Vec<u32>> = BTreeMap::new();
    for n in 0..=1000u32 {
        let category = rules.select(n).ok()?;
        out.entry(name(category)).or_default().push(n);
    }
    Some(out)
}

/// Every category the locale uses, for whole numbers or decimals (0–1000, and 0.0–10.0 with
/// one and two fraction digits), with an example number of each.
pub fn all_categories(lang: &LanguageIdentifier) -> Option<BTreeMap<&'static str, String>> {
    let rules = PluralRules::create(lang.clone(), PluralRuleType::CARDINAL).ok()?;
    let mut out: BTreeMap<&'static str, String> = BTreeMap::new();
    let numbers = (0..=1000u32)
        .map(|n| n.to_string())
        .chain((0..=100u32).map(|t| format!("{}.{}", t / 10, t % 10)))
        .chain((0..=1000u32).map(|h| format!("{}.{:02}", h / 100, h % 100)));
    for n in numbers {
        let category = rules.select(n.as_str()).ok()?;
        out.entry(name(category)).or_insert(n);
    }
    Some(out)
}

/// Categories not covered by `keys` (category names or exact numbers).
pub fn missing(categories: &BTreeMap<&'static str, Vec<u32>>, keys: &[String]) -> Vec<(&'static str, u32)> {
    let exact: Vec<u32> = keys.iter().filter_map(|k| k.parse().ok()).collect();
    categories
        .iter()
        .filter(|(cat, numbers)| !keys.iter().any(|k| k == *cat) && !numbers.iter().all(|n| exact.contains(n)))
        .map(|(cat, numbers)| (*cat, numbers.iter().copied().find(|n| !exact.contains(n)).unwrap_or(0)))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cats(l: &str) -> Vec<&'static str> {
        integer_categories(&l.parse().unwrap()).unwrap().into_keys().collect()
    }

    #[test]
    fn categories_per_language() {
        assert_eq!(cats("ar"), ["few", "many", "one", "other", "two", "zero"]);
        assert_eq!(cats("ro"), ["few", "one", "other"]);
        // CLDR 49 gave Vietnamese `one` (CLDR-14273); Burmese still has `other` only.
        assert_eq!(cats("vi"), ["one", "other"]);
        assert_eq!(cats("my"), ["other"]);
        assert_eq!(cats("en"), ["one", "other"]);
    }

    #[test]
    fn decimal_only_categories_are_known() {
        let ro = all_categories(&"ro".parse().unwrap()).unwrap();
        assert_eq!(ro.keys().copied().collect::<Vec<_>>(), ["few", "one", "other"]);
        let fa = all_categories(&"fa".parse().unwrap()).unwrap();
        assert!(!fa.contains_key("few") && !fa.contains_key("many"));
    }

    #[test]
    fn exact_numbers_can_cover_a_category() {
        let ar = integer_categories(&"ar".parse().unwrap()).unwrap();
        let keys: Vec<String> = ["0", "one", "two", "few", "many", "other"].map(String::from).to_vec();
        assert!(missing(&ar, &keys).is_empty(), "[0] covers zero in Arabic");
        let keys: Vec<String> = ["one", "other"].map(String::from).to_vec();
        let gaps: Vec<&str> = missing(&ar, &keys).into_iter().map(|(c, _)| c).collect();
        assert_eq!(gaps, ["few", "many", "two", "zero"]);
    }
}
