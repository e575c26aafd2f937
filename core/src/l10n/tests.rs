use super::*;

fn lang(s: &str) -> LanguageIdentifier {
    s.parse().unwrap()
}

fn sources(files: &[(&str, &str)]) -> Vec<(String, String)> {
    files.iter().map(|(f, s)| ((*f).to_owned(), (*s).to_owned())).collect()
}

/// Variables each reference message uses, so every message can be formatted with values.
fn reference_messages() -> Vec<(String, Option<String>, Vec<String>)> {
    let mut out = Vec::new();
    for (_, source) in embedded(REFERENCE).unwrap().files {
        let resource = fluent_syntax::parser::parse(*source).expect("the reference parses cleanly");
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
