//! `intl_pluralrules` 7's API over ICU4X's plural rules, so fluent-bundle selects plural
//! variants with current CLDR data (see Cargo.toml for why this crate exists).

pub mod operands;

use icu_plurals::{PluralCategory as Icu, PluralRules as IcuRules};
use unic_langid::LanguageIdentifier;

use crate::operands::PluralOperands;

#[derive(Debug, Eq, PartialEq)]
pub enum PluralCategory {
    ZERO,
    ONE,
    TWO,
    FEW,
    MANY,
    OTHER,
}

#[derive(Copy, Clone, Debug, Hash, PartialEq, Eq)]
pub enum PluralRuleType {
    ORDINAL,
    CARDINAL,
}

/// Languages with their own plural rules in CLDR, for fluent-bundle's negotiation: a
/// language outside this list is formatted with English rules, as with the original crate.
/// Taken from the original crate's tables (language subtags only; ICU4X resolves regions and
/// scripts itself).
const CARDINAL: &str = include_str!("cardinal.txt");
const ORDINAL: &str = include_str!("ordinal.txt");

/// CLDR's language aliases for the deprecated codes the original crate listed: ICU4X keeps
/// data under the current code only (Tagalog's rules are under `fil`), and without this a
/// phone reporting `tl` would get the root rules, where every number is `other`.
fn canonical(locale: &LanguageIdentifier) -> String {
    let tag = locale.to_string();
    let (language, rest) = tag.split_once('-').map_or((tag.as_str(), ""), |(l, r)| (l, r));
    let current = match language {
        "tl" => "fil",
        "mo" => "ro",
        "iw" => "he",
        "in" => "id",
        "ji" => "yi",
        "jw" => "jv",
        "sh" => "sr-Latn",
        "no" => "nb",
        other => other,
    };
    if rest.is_empty() { current.to_owned() } else { format!("{current}-{rest}") }
}

pub struct PluralRules {
    locale: LanguageIdentifier,
    rules: IcuRules,
}

impl PluralRules {
    pub fn create<L: Into<LanguageIdentifier>>(langid: L, prt: PluralRuleType) -> Result<Self, &'static str> {
        let locale = langid.into();
        let icu: icu_locale_core::Locale = canonical(&locale).parse().map_err(|_| "unknown locale")?;
        let rules = match prt {
            PluralRuleType::CARDINAL => IcuRules::try_new_cardinal((&icu).into()),
            PluralRuleType::ORDINAL => IcuRules::try_new_ordinal((&icu).into()),
        }
        .map_err(|_| "unknown locale")?;
        Ok(PluralRules { locale, rules })
    }

    pub fn select<N: TryInto<PluralOperands>>(&self, number: N) -> Result<PluralCategory, &'static str> {
        let ops = number.try_into().map_err(|_| "Argument can not be parsed to operands.")?;
        // i and the visible fraction digits (f, v) say everything CLDR's rules read.
        let text = if ops.v == 0 { ops.i.to_string() } else { format!("{}.{:0width$}", ops.i, ops.f, width = ops.v) };
        let decimal =
            fixed_decimal::Decimal::try_from_str(&text).map_err(|_| "Argument can not be parsed to operands.")?;
        Ok(match self.rules.category_for(&decimal) {
            Icu::Zero => PluralCategory::ZERO,
            Icu::One => PluralCategory::ONE,
            Icu::Two => PluralCategory::TWO,
            Icu::Few => PluralCategory::FEW,
            Icu::Many => PluralCategory::MANY,
            Icu::Other => PluralCategory::OTHER,
        })
    }

    pub fn get_locales(prt: PluralRuleType) -> Vec<LanguageIdentifier> {
        let list = match prt {
            PluralRuleType::CARDINAL => CARDINAL,
            PluralRuleType::ORDINAL => ORDINAL,
        };
        list.split_whitespace().filter_map(|l| l.parse().ok()).collect()
    }

    pub fn get_locale(&self) -> &LanguageIdentifier {
        &self.locale
    }
}

#[cfg(test)]
mod tests;
