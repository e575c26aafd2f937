//! Numbers in the locale's own digits and decimal separator.
//!
//! Only what Harbour shows is covered: counts, minutes, days, years and percentages, all
//! small, so no grouping. The digit system follows CLDR's default for the language:
//! Arabic-Indic for `ar`, extended Arabic-Indic for `fa`, Myanmar for `my`, Latin otherwise.

use fluent_bundle::FluentValue;
use intl_memoizer::Memoizable;
use unic_langid::LanguageIdentifier;

/// A locale's way of writing numbers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct NumberStyle {
    zero: char,
    decimal: char,
}

impl NumberStyle {
    pub fn for_language(lang: &LanguageIdentifier) -> NumberStyle {
        let zero = match lang.language.as_str() {
            "ar" => '\u{0660}',
            "fa" => '\u{06F0}',
            "my" => '\u{1040}',
            _ => '0',
        };
        let decimal = match lang.language.as_str() {
            "ar" => '\u{066B}',
            "fa" => '\u{066B}',
            "es" | "ro" | "sq" | "vi" | "so" => ',',
            _ => '.',
        };
        NumberStyle { zero, decimal }
    }

    /// Rewrites ASCII digits and the decimal point of `ascii` (as Rust prints numbers).
    pub fn localize(&self, ascii: &str) -> String {
        ascii
            .chars()
            .map(|c| match c {
                '0'..='9' => char::from_u32(self.zero as u32 + (c as u32 - '0' as u32)).unwrap_or(c),
                '.' => self.decimal,
                other => other,
            })
            .collect()
    }
}

impl Memoizable for NumberStyle {
    type Args = ();
    type Error = ();

    fn construct(lang: LanguageIdentifier, _: ()) -> Result<Self, ()> {
        Ok(NumberStyle::for_language(&lang))
    }
}

/// The formatter fluent-bundle calls for every value it prints.
pub(crate) fn format_value(
    value: &FluentValue<'_>,
    memoizer: &intl_memoizer::concurrent::IntlLangMemoizer,
) -> Option<String> {
    match value {
        FluentValue::Number(n) => {
            memoizer.with_try_get::<NumberStyle, _, _>((), |style| style.localize(&n.as_string())).ok()
        }
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn digits_follow_the_language() {
        let style = |l: &str| NumberStyle::for_language(&l.parse().unwrap());
        assert_eq!(style("ar").localize("2026"), "٢٠٢٦");
        assert_eq!(style("fa").localize("15"), "۱۵");
        assert_eq!(style("my").localize("30"), "၃၀");
        assert_eq!(style("es").localize("2.5"), "2,5");
        assert_eq!(style("en").localize("2.5"), "2.5");
    }
}
