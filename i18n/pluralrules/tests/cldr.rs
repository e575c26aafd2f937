//! Selection for every starter locale checked against CLDR's own rules and sample values
//! (`cldr-plurals.txt`): each sample lands in its category, and every integer 0–200 and
//! every decimal 0.0–20.0 (one and two visible digits) lands where the rule text says —
//! evaluated here by a small interpreter of CLDR's rule syntax, independent of ICU4X.

use intl_pluralrules::{PluralCategory, PluralRuleType, PluralRules};

struct Rule {
    locales: Vec<String>,
    category: String,
    condition: String,
    samples: Vec<String>,
}

fn rules() -> Vec<Rule> {
    include_str!("cldr-plurals.txt")
        .lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .map(|line| {
            let (locales, rest) = line.split_once(' ').unwrap();
            let (category, rest) = rest.split_once(' ').unwrap();
            let (condition, samples) = rest.split_once('@').map_or((rest, ""), |(c, s)| (c, s));
            let samples = format!("@{samples}")
                .split('@')
                .flat_map(|part| {
                    let part = part.trim_start_matches("integer").trim_start_matches("decimal");
                    part.split(',').map(str::trim).filter(|s| !s.is_empty()).flat_map(expand).collect::<Vec<_>>()
                })
                .collect();
            Rule {
                locales: locales.split(',').map(String::from).collect(),
                category: category.into(),
                condition: condition.trim().into(),
                samples,
            }
        })
        .collect()
}

/// `2~16` and `0.0~1.5` (steps of the last digit) as CLDR writes ranges.
fn expand(sample: &str) -> Vec<String> {
    let Some((from, to)) = sample.split_once('~') else { return vec![sample.to_owned()] };
    let digits = from.split_once('.').map_or(0, |(_, f)| f.len());
    let scale = 10u64.pow(digits as u32);
    let as_units = |s: &str| -> u64 {
        let (i, f) = s.split_once('.').unwrap_or((s, ""));
        i.parse::<u64>().unwrap() * scale + if f.is_empty() { 0 } else { f.parse::<u64>().unwrap() }
    };
    (as_units(from)..=as_units(to))
        .map(|u| if digits == 0 { u.to_string() } else { format!("{}.{:0w$}", u / scale, u % scale, w = digits) })
        .collect()
}

/// CLDR operands of a decimal written as text.
fn operands(s: &str) -> [(char, f64); 7] {
    let (int, frac) = s.split_once('.').unwrap_or((s, ""));
    let trimmed = frac.trim_end_matches('0');
    let n: f64 = s.parse().unwrap();
    let num = |t: &str| if t.is_empty() { 0.0 } else { t.parse::<f64>().unwrap() };
    [
        ('n', n),
        ('i', num(int)),
        ('v', frac.len() as f64),
        ('w', trimmed.len() as f64),
        ('f', num(frac)),
        ('t', num(trimmed)),
        ('e', 0.0),
    ]
}

/// Evaluates a CLDR condition: `or` of `and` of relations `x [% m] (=|!=) list`, list items
/// numbers or `a..b` ranges.
fn holds(condition: &str, s: &str) -> bool {
    let ops = operands(s);
    let value = |name: char| ops.iter().find(|(c, _)| *c == name).unwrap().1;
    condition.split(" or ").any(|conj| {
        conj.split(" and ").all(|rel| {
            let (lhs, negated, list) = match rel.split_once(" != ") {
                Some((l, r)) => (l, true, r),
                None => {
                    let (l, r) = rel.split_once(" = ").unwrap();
                    (l, false, r)
                }
            };
            let mut x = value(lhs.trim().chars().next().unwrap());
            if let Some((_, m)) = lhs.split_once('%') {
                x %= m.trim().parse::<f64>().unwrap();
            }
            let within = list.split(',').any(|item| match item.trim().split_once("..") {
                Some((a, b)) => x.fract() == 0.0 && (a.parse().unwrap()..=b.parse().unwrap()).contains(&x),
                None => x == item.trim().parse::<f64>().unwrap(),
            });
            within != negated
        })
    })
}

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

/// The starter locales whose rule text is in `cldr-plurals.txt` (Vietnamese: see there).
const LOCALES: [&str; 11] = ["en", "sq", "ti", "ar", "so", "fa", "ro", "es", "my", "tl", "am"];

fn select(locale: &str, number: &str) -> &'static str {
    let rules =
        PluralRules::create(locale.parse::<unic_langid::LanguageIdentifier>().unwrap(), PluralRuleType::CARDINAL)
            .unwrap();
    name(rules.select(number).unwrap())
}

/// What CLDR's rule text says for `number` in `locale`: the first rule whose condition holds
/// (`other` has none).
fn expected(all: &[Rule], locale: &str, number: &str) -> String {
    let mine: Vec<&Rule> = all.iter().filter(|r| r.locales.iter().any(|l| l == locale)).collect();
    assert!(!mine.is_empty(), "no rules for {locale}");
    mine.iter()
        .find(|r| !r.condition.is_empty() && holds(&r.condition, number))
        .map_or_else(|| "other".to_owned(), |r| r.category.clone())
}

#[test]
fn every_cldr_sample_value_selects_its_category() {
    let all = rules();
    let mut checked = 0;
    for rule in &all {
        for locale in &rule.locales {
            for sample in &rule.samples {
                assert_eq!(select(locale, sample), rule.category, "{locale} {sample}");
                assert_eq!(expected(&all, locale, sample), rule.category, "the oracle itself, {locale} {sample}");
                checked += 1;
            }
        }
    }
    assert!(checked > 500, "{checked}");
}

#[test]
fn integers_to_200_and_decimals_to_20_follow_the_rules_in_every_starter_locale() {
    let all = rules();
    for locale in LOCALES {
        let mut numbers: Vec<String> = (0..=200).map(|n| n.to_string()).collect();
        numbers.extend((0..=200).map(|t| format!("{}.{}", t / 10, t % 10)));
        numbers.extend((0..=2000).step_by(7).map(|h| format!("{}.{:02}", h / 100, h % 100)));
        for n in &numbers {
            assert_eq!(select(locale, n), expected(&all, locale, n), "{locale} {n}");
        }
    }
}

#[test]
fn vietnamese_has_the_one_category_cldr_49_added_and_counts_from_two_are_other() {
    assert_eq!(select("vi", "1"), "one");
    for n in 2..=200 {
        assert_eq!(select("vi", &n.to_string()), "other", "{n}");
    }
}
