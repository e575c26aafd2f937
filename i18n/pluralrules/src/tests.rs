use super::*;

#[test]
fn romanian_counts_past_one_hundred_are_few_as_current_cldr_says() {
    // CLDR 37 (the original crate) lacked `% 100`: 119 came out `other`.
    let ro = PluralRules::create("ro".parse::<LanguageIdentifier>().unwrap(), PluralRuleType::CARDINAL).unwrap();
    for n in 102u32..=119 {
        assert_eq!(ro.select(n), Ok(PluralCategory::FEW), "{n}");
    }
    assert_eq!(ro.select(120u32), Ok(PluralCategory::OTHER));
    assert_eq!(ro.select(1u32), Ok(PluralCategory::ONE));
    assert_eq!(ro.select("1.0"), Ok(PluralCategory::FEW), "visible fraction digits");
}

#[test]
fn operands_match_the_original_crate() {
    let ops = PluralOperands::try_from("-1.250").unwrap();
    assert_eq!((ops.i, ops.v, ops.w, ops.f, ops.t), (1, 3, 2, 250, 25));
    assert!(PluralOperands::try_from("x").is_err());
    assert_eq!(PluralOperands::try_from(2.5f64).unwrap().f, 5);
}

#[test]
fn the_starter_locales_are_offered_for_negotiation() {
    let list = PluralRules::get_locales(PluralRuleType::CARDINAL);
    for l in ["en", "sq", "vi", "ti", "ar", "so", "fa", "ro", "es", "my", "tl", "am"] {
        assert!(list.iter().any(|x| *x == l), "{l}");
    }
}

#[test]
fn deprecated_codes_get_the_rules_of_the_current_ones() {
    let cats = |l: &str| {
        let r = PluralRules::create(l.parse::<LanguageIdentifier>().unwrap(), PluralRuleType::CARDINAL).unwrap();
        (0u32..=30).map(|n| format!("{:?}", r.select(n).unwrap())).collect::<Vec<_>>()
    };
    assert_eq!(cats("tl"), cats("fil"));
    assert_eq!(cats("tl")[4], "OTHER");
    assert_eq!(cats("tl")[0], "ONE", "Tagalog 0 is `one`, not root's `other`");
    assert_eq!(cats("mo"), cats("ro"));
    assert_eq!(cats("iw"), cats("he"));
}
