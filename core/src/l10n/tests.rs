use super::*;

fn lang(s: &str) -> LanguageIdentifier {
    s.parse().unwrap()
}

fn sources(files: &[(&str, &str)]) -> Vec<(String, String)> {
    files.iter().map(|(f, s)| ((*f).to_owned(), (*s).to_owned())).collect()
}

#[test]
fn every_locale_file_is_compiled_in_whole() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../i18n/locales");
    for locale in EMBEDDED {
        let sources = locale.sources();
        assert_eq!(sources.len(), locale.files.len(), "{}: a file does not inflate", locale.id);
        for (name, source) in sources {
            let on_disk = std::fs::read_to_string(root.join(locale.id).join(name)).unwrap();
            assert!(source == on_disk, "{}/{name} differs from the file in i18n/locales", locale.id);
        }
    }
}

/// Variables each reference message uses, so every message can be formatted with values.
fn reference_messages() -> Vec<(String, Option<String>, Vec<String>)> {
    let mut out = Vec::new();
    for (_, source) in embedded(REFERENCE).unwrap().sources() {
        let resource = fluent_syntax::parser::parse(source.as_str()).expect("the reference parses cleanly");
        for entry in resource.body {
            if let ast::Entry::Message(m) = entry {
                let vars = |p: &ast::Pattern<&str>| {
                    let mut v = Vec::new();
                    collect_vars(p, &mut v);
                    v
                };
                if let Some(value) = &m.value {
                    out.push((m.id.name.to_owned(), None, vars(value)));
                }
                for a in &m.attributes {
                    out.push((m.id.name.to_owned(), Some(a.id.name.to_owned()), vars(&a.value)));
                }
            }
        }
    }
    out
}

fn collect_vars(pattern: &ast::Pattern<&str>, out: &mut Vec<String>) {
    for element in &pattern.elements {
        if let ast::PatternElement::Placeable { expression } = element {
            collect_expr_vars(expression, out);
        }
    }
}

fn collect_expr_vars(expr: &ast::Expression<&str>, out: &mut Vec<String>) {
    match expr {
        ast::Expression::Select { selector, variants } => {
            if let ast::InlineExpression::VariableReference { id } = selector {
                out.push(id.name.to_owned());
            }
            for v in variants {
                collect_vars(&v.value, out);
            }
        }
        ast::Expression::Inline(ast::InlineExpression::VariableReference { id }) => out.push(id.name.to_owned()),
        ast::Expression::Inline(ast::InlineExpression::Placeable { expression }) => collect_expr_vars(expression, out),
        _ => {}
    }
}

#[test]
fn every_reference_message_formats_in_every_locale_without_errors() {
    let messages = reference_messages();
    assert!(messages.len() > 200);
    for info in available_locales() {
        let localizer = Localizer::new(std::slice::from_ref(&info.id));
        assert_eq!(localizer.locale(), info.id);
        let first = &localizer.chain[0];
        for (id, attr, vars) in &messages {
            let args: Vec<(&str, Arg)> = vars.iter().map(|v| (v.as_str(), Arg::Number(3.0))).collect();
            let text = match attr {
                None => localizer.try_format(id, &args),
                Some(a) => localizer.try_format_attribute(id, a, &args),
            }
            .unwrap_or_else(|| panic!("{}: {id} formats to nothing", info.id));
            assert!(!text.trim().is_empty(), "{}: {id} is empty", info.id);
            assert!(!text.contains(id.as_str()), "{}: {id} shows its raw id", info.id);
            // Where the locale has the message, its own text must format cleanly.
            if let Some(message) = first.get_message(id) {
                let pattern = match attr {
                    None => message.value(),
                    Some(a) => message.get_attribute(a).map(|x| x.value()),
                };
                if let Some(pattern) = pattern {
                    let mut errors = Vec::new();
                    first.format_pattern(pattern, Some(&to_fluent_args(&args)), &mut errors);
                    assert!(errors.is_empty(), "{}: {id}{attr:?}: {errors:?}", info.id);
                }
            }
        }
        assert!(localizer.problems().is_empty(), "{}: {:?}", info.id, localizer.problems());
    }
}

#[test]
fn the_reference_is_complete_and_drafts_say_so() {
    let locales = available_locales();
    let en = locales.iter().find(|l| l.id == "en").unwrap();
    assert_eq!(en.completeness, 100);
    assert!(!en.machine_drafted);
    let ar = locales.iter().find(|l| l.id == "ar").unwrap();
    assert!(ar.machine_drafted && !ar.reviewed, "drafted text is honest about being a draft");
    assert_eq!(ar.direction, Direction::RightToLeft);
}

#[test]
fn negotiation_follows_preferences_and_aliases() {
    let n = |tags: &[&str]| negotiate(&tags.iter().map(|s| s.to_string()).collect::<Vec<_>>());
    assert_eq!(n(&["ar-EG", "en-GB"]), "ar");
    assert_eq!(n(&["pt-BR", "es-MX"]), "es");
    assert_eq!(n(&["fil-PH"]), "tl");
    assert_eq!(n(&["prs-AF"]), "fa");
    assert_eq!(n(&["de-DE"]), "en");
    assert_eq!(n(&[]), "en");
    let chain: Vec<String> = negotiate_chain(&["ti-ER".into()], &[]).iter().map(|l| l.to_string()).collect();
    assert_eq!(chain, ["ti", "en"]);
}

#[test]
fn arabic_plurals_pick_the_right_variants() {
    let ar = sources(&[(
        "t.ftl",
        "t = { $n ->\n    [zero] Z\n    [one] O\n    [two] T\n    [few] F\n    [many] M\n   *[other] X\n}\n",
    )]);
    let l = Localizer::from_sources([(lang("ar"), ar)], None);
    let got: Vec<String> = [0, 1, 2, 3, 11, 100]
        .iter()
        .map(|&n| strip_bidi_controls(&l.format("t", &[("n", Arg::from(n as i64))])))
        .collect();
    assert_eq!(got, ["Z", "O", "T", "F", "M", "X"]);
    // The shipped Arabic uses distinct forms for those numbers too.
    let shipped = Localizer::new(&["ar".into()]);
    let forms: BTreeSet<String> =
        [1, 2, 3, 11, 100].iter().map(|&n| shipped.format("pin-attempts", &[("count", Arg::from(n as i64))])).collect();
    assert_eq!(forms.len(), 5, "Arabic pin-attempts should differ for 1, 2, 3, 11, 100: {forms:?}");
}

#[test]
fn a_phone_number_in_arabic_is_isolated_and_the_dial_helper_strips_it() {
    let l = Localizer::new(&["ar".into()]);
    let text = l.format("help-emergency", &[("number", Arg::from("+44 800 121 700"))]);
    assert!(text.contains("\u{2068}+44 800 121 700\u{2069}"), "{text:?}");
    assert_eq!(strip_bidi_controls("\u{2068}+44 800 121 700\u{2069}"), "+44 800 121 700");
    // Left-to-right locales are not cluttered with isolation marks.
    let en = Localizer::new(&["en".into()]).format("help-emergency", &[("number", Arg::from("999"))]);
    assert!(!en.chars().any(is_bidi_control));
}

#[test]
fn numbers_use_the_locale_digits() {
    let fa = Localizer::new(&["fa".into()]);
    let text = fa.format("pin-attempts", &[("count", Arg::from(5i64))]);
    assert!(text.contains('۵'), "{text}");
}

#[test]
fn broken_messages_fall_back_while_good_ones_in_the_same_file_show() {
    let broken = sources(&[("broken.ftl", "nav-help = Bonne aide\nnav-rights = { $\naction-save = Garder\n")]);
    let en = sources(&[("app.ftl", "nav-help = Get help\nnav-rights = Your rights\naction-save = Save\n")]);
    let l = Localizer::from_sources([(lang("fr"), broken), (lang("en"), en)], None);
    assert_eq!(l.format("nav-help", &[]), "Bonne aide");
    assert_eq!(l.format("nav-rights", &[]), "Your rights");
    assert_eq!(l.format("action-save", &[]), "Garder");
    assert!(!l.problems().is_empty());
}

#[test]
fn a_message_with_an_unknown_variable_falls_back() {
    let xx = sources(&[("a.ftl", "greet = Hallo { $nmae }\n")]);
    let en = sources(&[("a.ftl", "greet = Hello { $name }\n")]);
    let l = Localizer::from_sources([(lang("de"), xx), (lang("en"), en)], None);
    assert_eq!(l.format("greet", &[("name", Arg::from("Amal"))]), "Hello Amal");
}

#[test]
fn deep_nesting_is_refused_without_crashing() {
    let deep = format!("a = {}x{}\nb = fine\n", "{".repeat(100_000), "}".repeat(100_000));
    let l = Localizer::from_sources([(lang("en"), sources(&[("deep.ftl", &deep)]))], None);
    assert_eq!(l.try_format("b", &[]), None, "the whole file is refused");
    assert_eq!(l.problems().len(), 1);
}

#[test]
fn pack_translations_override_and_add() {
    let extra = [ExtraResource {
        locale: "es".into(),
        source: "rights-title = Sus derechos (paquete)\nnew-article = Nuevo\n".into(),
    }];
    let l = Localizer::build(&["es".into()], &extra, None);
    assert_eq!(l.format("rights-title", &[]), "Sus derechos (paquete)");
    assert_eq!(l.format("new-article", &[]), "Nuevo");
}

#[test]
fn missing_everywhere_is_empty_not_the_id() {
    let l = Localizer::new(&["en".into()]);
    assert_eq!(l.format("no-such-message", &[]), "");
    assert_eq!(l.try_format("no-such-message", &[]), None);
}

#[test]
fn dates_and_times_in_the_locale() {
    let en = Localizer::new(&["en".into()]);
    assert_eq!(en.format_date(2026, 11, 29), "29 November 2026");
    assert_eq!(en.format_time(9, 5), "09:05");
    let fa = Localizer::new(&["fa".into()]);
    assert_eq!(fa.format_time(21, 30), "۲۱:۳۰");
    let fa_date = strip_bidi_controls(&fa.format_date(2026, 11, 29));
    assert!(fa_date.contains("۲۰۲۶") && fa_date.contains("۲۹"), "{fa_date}");
}

/// A `"` in variant text is text, not the start of a string literal: the guard must still
/// see the braces after it. (It used to skip them, and the parser overflowed the stack.)
fn quote_in_variant_then_deep_nesting() -> String {
    format!("said = {{ $n ->\n    *[other] She said \"stop\n}}\ndeep = {}x{}\n", "{".repeat(20_000), "}".repeat(20_000))
}

#[test]
fn a_quote_in_variant_text_does_not_hide_deep_nesting_from_the_guard() {
    let source = quote_in_variant_then_deep_nesting();
    // Before the fix this aborted the process (stack overflow in fluent-syntax).
    let loc = Localizer::from_sources([(lang("en"), sources(&[("hostile.ftl", &source)]))], None);
    assert!(loc.problems().iter().any(|p| p.what.contains("nested")), "{:?}", loc.problems());
    assert!(nests_deeper_than(&source, MAX_NESTING));
}

#[test]
fn string_literals_in_placeables_still_hide_their_braces() {
    // `{"{"}` is how Fluent writes a literal brace: a hundred of them are not nesting.
    let literal_braces = format!("a = {}\n", "{\"{\"}".repeat(100));
    assert!(!nests_deeper_than(&literal_braces, MAX_NESTING));
    // Quotes in top-level text and in variants are text.
    let text = "b = Say \"{ $x }\" { $n ->\n  [one] \"one\" { \"}\" }\n *[other] \"many\n}\n";
    assert!(!nests_deeper_than(text, 4));
    // A string literal cannot span lines: a stray quote in an expression ends at the line.
    let stray = format!("c = {{ \"abc\n{}\n", "{".repeat(40));
    assert!(nests_deeper_than(&stray, MAX_NESTING));
}

#[test]
fn deeply_nested_call_arguments_are_refused_without_crashing() {
    // fluent-syntax recurses into call arguments as it does into placeables.
    let calls = format!("a = {{ {}$x{} }}\nb = fine\n", "NUMBER(".repeat(50_000), ")".repeat(50_000));
    let loc = Localizer::from_sources([(lang("en"), sources(&[("calls.ftl", &calls)]))], None);
    assert!(loc.problems().iter().any(|p| p.what.contains("nested")), "{:?}", loc.problems());
}

#[test]
fn romanian_plurals_at_run_time_follow_current_cldr() {
    // fluent-bundle's own data (CLDR 37) put 102–119 in `other` ("119 de linii").
    let ftl = "lines = { $n ->\n    [one] o linie\n    [few] { $n } linii\n   *[other] { $n } de linii\n}\n";
    let l = Localizer::from_sources([(lang("ro"), sources(&[("ro.ftl", ftl)]))], None);
    let say = |n: i64| l.format("lines", &[("n", Arg::from(n))]);
    assert_eq!(say(1), "o linie");
    assert_eq!(say(119), "119 linii");
    assert_eq!(say(101), "101 linii");
    assert_eq!(say(120), "120 de linii");
    assert_eq!(say(2), "2 linii");
}

#[test]
fn the_bidi_pseudo_locale_is_right_to_left_and_isolated() {
    let l = Localizer::new(&["ar-XB".into()]);
    assert_eq!(l.direction(), Direction::RightToLeft);
    let text = l.format("help-in-country", &[("country", Arg::from("GB"))]);
    // The whole message is a right-to-left isolate …
    assert!(text.starts_with('\u{2067}') && text.ends_with('\u{2069}'), "{text:?}");
    // … each English word is forced right-to-left …
    assert!(text.contains("\u{202E}Helplines\u{202C}"), "{text:?}");
    // … and the value is isolated, untouched, so "GB" still reads "GB".
    assert!(text.contains("\u{2068}GB\u{2069}"), "{text:?}");
    assert_eq!(strip_bidi_controls(&text), "Helplines in GB");
}

#[test]
fn a_bom_at_the_start_of_a_file_is_ignored() {
    let l =
        Localizer::from_sources([(lang("en"), sources(&[("bom.ftl", "\u{FEFF}first = One\nsecond = Two\n")]))], None);
    assert!(l.problems().is_empty(), "{:?}", l.problems());
    assert_eq!(l.format("first", &[]), "One", "the first message is not lost");
}

#[test]
fn hitting_the_placeable_limit_is_an_error_with_the_partial_text() {
    let mut ftl = String::from("lol0 = LOL\n");
    for i in 1..=9 {
        ftl.push_str(&format!("lol{i} = {}\n", vec![format!("{{ lol{} }}", i - 1); 10].join(" ")));
    }
    let l = Localizer::from_sources([(lang("en"), sources(&[("lol.ftl", &ftl)]))], None);
    match l.format_checked("lol9", &[]) {
        Err(FormatError::TooManyPlaceables { partial }) => assert!(partial.starts_with("LOL"), "{partial:.40}"),
        other => panic!("expected the limit to be reported, got {:?}", other.map(|t| t.len())),
    }
    assert_eq!(l.format_checked("lol0", &[]), Ok("LOL".into()));
    assert_eq!(l.format_checked("none", &[]), Err(FormatError::Missing));
}

#[test]
fn a_hostile_translation_falls_back_to_a_clean_english_message() {
    let mut ar = String::from("lol0 = LOL\n");
    for i in 1..=9 {
        ar.push_str(&format!("lol{i} = {}\n", vec![format!("{{ lol{} }}", i - 1); 10].join(" ")));
    }
    let l = Localizer::from_sources(
        [(lang("ar"), sources(&[("ar.ftl", &ar)])), (lang("en"), sources(&[("en.ftl", "lol9 = fine\n")]))],
        None,
    );
    assert_eq!(l.format_checked("lol9", &[]), Ok("fine".into()));
}
