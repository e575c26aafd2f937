//! The help screens: helplines (open now first; who may hear what you say, shown before
//! every number), the emergency number, rights in the order that matters (your country, then
//! the regional bodies it belongs to, then international), the self-screening check, and
//! pack import with a progress bar.

use std::sync::Arc;

use harbour_ffi::{
    AnsweredQuestion, ArticleKind, ArticleQuery, ChannelKind, Emergency, HarbourApp, Helpline, HelplineQuery,
    LinePurpose, OpenStatus, Operator, ProgressListener, Recipient, ScreeningAnswer, ScreeningLevel, TextInfo,
};

use crate::commands::{Failure, Outcome};
use crate::input::Input;
use crate::ui::Ui;

/// The person's country: `--country`, else the saved setting. With neither, an interactive
/// session asks (and may save it); a one-shot command says how to give it. Never the world.
pub fn country(app: &HarbourApp, ui: &Ui, input: &mut Input, given: Option<String>) -> Result<String, Failure> {
    if let Some(c) = given.or_else(|| app.setting("country".into()).ok().flatten()) {
        return Ok(c.to_ascii_uppercase());
    }
    if !input.is_interactive() {
        eprintln!("{}", ui.text("country-needed"));
        return Err(Failure::NeedsCountry);
    }
    let known = app.countries()?;
    println!("{}", ui.text("country-choose"));
    println!("{}", known.iter().map(|c| ui.country_name(c)).collect::<Vec<_>>().join(", "));
    loop {
        let Some(line) = input.line(&format!("{} > ", ui.text("country-prompt")))? else {
            return Err(Failure::NeedsCountry);
        };
        let code = line.trim().to_ascii_uppercase();
        if let Some(c) = known
            .iter()
            .find(|k| **k == code)
            .or_else(|| known.iter().find(|k| ui.country_name(k).to_lowercase() == line.trim().to_lowercase()))
        {
            let _ = app.set_setting("country".into(), c.clone());
            return Ok(c.clone());
        }
        println!("{}", ui.text("country-unknown"));
    }
}

fn channel_label(kind: ChannelKind) -> &'static str {
    match kind {
        ChannelKind::Phone => "channel-phone",
        ChannelKind::Sms => "channel-sms",
        ChannelKind::Whatsapp => "channel-whatsapp",
        ChannelKind::Web => "channel-web",
        ChannelKind::Email => "channel-email",
    }
}

fn operator_label(op: Operator) -> &'static str {
    match op {
        Operator::Ngo => "operator-ngo",
        Operator::Government => "operator-government",
        Operator::Intergovernmental => "operator-intergovernmental",
        Operator::Police => "operator-police",
        Operator::Immigration => "operator-immigration",
    }
}

fn risk_label(r: Recipient) -> &'static str {
    match r {
        Recipient::Police => "risk-police",
        Recipient::Immigration => "risk-immigration",
        Recipient::EmployerAuthority => "risk-employer-authority",
        Recipient::ChildProtection => "risk-child-protection",
    }
}

fn open_label(ui: &Ui, open: OpenStatus) -> String {
    match open {
        OpenStatus::Always => ui.text("help-open-24-7"),
        OpenStatus::Open { closes_minute, .. } => format!(
            "{} · {}",
            ui.text("help-open-now"),
            ui.text_with("help-closes-at", "time", &ui.time(closes_minute))
        ),
        OpenStatus::Closed { opens_minute, .. } => format!(
            "{} · {}",
            ui.text("help-closed-now"),
            ui.text_with("help-opens-at", "time", &ui.time(opens_minute))
        ),
        OpenStatus::Unknown => ui.text("help-hours-unknown"),
    }
}

/// "Shown in English", "may be out of date", "machine translation".
pub fn text_notes(ui: &Ui, t: &TextInfo) -> Vec<String> {
    let mut out = Vec::new();
    if t.shown_in_english {
        out.push(ui.text("text-shown-in-english"));
    } else if t.stale {
        out.push(ui.text("text-may-be-out-of-date"));
    }
    if t.machine && !t.shown_in_english {
        out.push(ui.text("text-machine-translated"));
    }
    out
}

fn show_helpline(ui: &Ui, h: &Helpline) {
    let name = match &h.organisation {
        Some(org) => format!("{} — {org}", h.service),
        None => h.service.clone(),
    };
    println!("\n● {name}");
    // Who may hear what the person says comes first, before any number.
    if h.purpose == LinePurpose::Report {
        println!("  ⚠ {}", ui.text("risk-report-line"));
    }
    for r in &h.shares_with {
        println!("  ⚠ {}", ui.text(risk_label(*r)));
    }
    if h.law_enforcement {
        println!("  ⚠ {}", ui.text("operator-warning-law"));
    }
    let mut facts = vec![open_label(ui, h.open), ui.text(operator_label(h.operator))];
    match h.free {
        Some(true) => facts.push(ui.text("help-free")),
        Some(false) => facts.push(ui.text("help-may-cost")),
        None => {}
    }
    if !h.languages.is_empty() {
        let names: Vec<String> = h.languages.iter().map(|l| ui.language_name(l)).collect();
        facts.push(ui.text_with("help-languages", "languages", &names.join(", ")));
    }
    if h.interpreters {
        facts.push(ui.text("help-interpreters"));
    }
    if h.audience == harbour_ffi::Audience::Children {
        facts.push(ui.text("help-for-children"));
    }
    println!("  {}", facts.join(" · "));
    if let Some(note) = &h.note {
        println!("  {note}");
    }
    for c in &h.channels {
        // What goes to the dialer is stripped of bidi marks; what is shown may carry them.
        let dial = harbour_ffi::strip_bidi_controls(c.dial.clone());
        let note = c.note.as_deref().map(|n| format!("  ({n})")).unwrap_or_default();
        println!("  {}: {}  [{dial}]{note}", ui.text(channel_label(c.kind)), c.display);
    }
    if let Some(hours) = &h.hours_text {
        println!("  {hours}");
    }
    if h.needs_verification {
        println!("  {}", ui.text("info-not-verified"));
    }
    for n in text_notes(ui, &h.text) {
        println!("  ({n})");
    }
    println!("  {}: {}", ui.text("info-source"), h.source_url);
}

/// The emergency number line every help screen shows: the country's numbers, the caution
/// where police may be a risk, and the GSM fallback.
pub fn show_emergency(ui: &Ui, e: &Emergency) {
    let numbers: Vec<String> = e.numbers.iter().map(|n| n.display.clone()).collect();
    if numbers.is_empty() {
        let fallback: Vec<String> = e.fallback.iter().map(|n| n.display.clone()).collect();
        println!("☎ {}", ui.text_with("help-emergency", "number", &fallback.join(" / ")));
    } else {
        println!("☎ {}", ui.text_with("help-emergency", "number", &numbers.join(" / ")));
    }
    if e.police_caution {
        println!("  ⚠ {}", ui.text("help-police-caution"));
    }
    if let Some(note) = &e.note {
        println!("  {note}");
    }
    if !e.numbers.is_empty()
        && let Some(note) = &e.fallback_note
    {
        println!("  {note}");
    }
}

pub struct HelplineOptions {
    pub open_now_only: bool,
    pub exclude_law_enforcement: bool,
    pub require_language: bool,
    pub under_18: bool,
    pub nationality: Option<String>,
}

pub fn helplines(app: &HarbourApp, ui: &Ui, country: &str, options: HelplineOptions) -> Outcome {
    let languages = vec![ui.translator.locale()];
    let emergency = app.emergency(country.to_owned(), languages.clone())?;
    show_emergency(ui, &emergency);
    let query = HelplineQuery {
        country: Some(country.to_owned()),
        serving_nationality: None,
        purpose: None,
        under_18: options.under_18,
        languages: languages.clone(),
        require_language: options.require_language,
        specialty: None,
        channel: None,
        open_now_only: options.open_now_only,
        exclude_law_enforcement: options.exclude_law_enforcement,
        limit: 0,
    };
    let lines = app.helplines(query.clone())?;
    println!("\n{}", ui.text_with("help-in-country", "country", &ui.country_name(country)));
    if emergency.no_verified_line {
        println!("{}", ui.text("help-no-verified-line"));
    }
    println!("{}", ui.count("help-count", "count", lines.len() as f64));
    let open = lines.iter().filter(|h| matches!(h.open, OpenStatus::Always | OpenStatus::Open { .. })).count();
    let unknown = lines.iter().filter(|h| h.open == OpenStatus::Unknown).count();
    // "None open" only when every line is known to be closed: unknown hours may be open.
    if !lines.is_empty() && open == 0 && unknown == 0 {
        let number = emergency.numbers.first().or(emergency.fallback.first()).map(|n| n.display.clone());
        println!("{}", ui.text_with("help-none-open", "number", &number.unwrap_or_default()));
    } else if open == 0 && unknown > 0 {
        println!("{}", ui.text("help-hours-unknown-try"));
    }
    for h in &lines {
        show_helpline(ui, h);
    }
    if let Some(nationality) = options.nationality {
        let abroad = app.helplines(HelplineQuery {
            country: None,
            serving_nationality: Some(nationality.clone()),
            ..query.clone()
        })?;
        if !abroad.is_empty() {
            println!("\n{}", ui.text_with("help-for-nationals", "country", &ui.country_name(&nationality)));
            for h in abroad.iter().filter(|h| h.country != country) {
                show_helpline(ui, h);
            }
        }
    }
    let report = app.helplines(HelplineQuery { purpose: Some(LinePurpose::Report), ..query })?;
    if !report.is_empty() {
        println!("\n{}", ui.text("help-report-lines"));
        for h in &report {
            show_helpline(ui, h);
        }
    }
    tips(app, ui)
}

pub fn tips(app: &HarbourApp, ui: &Ui) -> Outcome {
    println!("\n{}", ui.text("tips-title"));
    for tip in app.safety_tips(vec![ui.translator.locale()])? {
        let notes = text_notes(ui, &tip.text);
        let notes = if notes.is_empty() { String::new() } else { format!(" ({})", notes.join("; ")) };
        println!("  • {}: {}{notes}", tip.title, tip.body);
    }
    Ok(())
}

pub fn articles(app: &HarbourApp, ui: &Ui, text: String, country: Option<String>, kind: ArticleKind) -> Outcome {
    let found = app.articles(ArticleQuery {
        text,
        locales: vec![ui.translator.locale()],
        only_in_locales: false,
        country: country.clone(),
        jurisdictions: vec![],
        kind: Some(kind),
        topics: vec![],
        limit: 20,
    })?;
    ui.say(if kind == ArticleKind::Right { "rights-title" } else { "resources-title" });
    println!("{}", ui.count("search-results", "count", found.len() as f64));
    for a in &found {
        let place =
            if a.jurisdiction.len() == 2 { ui.country_name(&a.jurisdiction) } else { ui.body_name(&a.jurisdiction) };
        println!("\n■ {}  [{place}]", a.title);
        for n in text_notes(ui, &a.text) {
            println!("  ({n})");
        }
        println!("  {}", a.body);
        if let Some(c) = &a.caveats {
            println!("  {}: {c}", ui.text("rights-caveats"));
        }
        println!("  {}: {}", ui.text("info-source"), a.source_url);
    }
    if kind == ArticleKind::Right && !found.is_empty() {
        println!("\n{}", ui.text("rights-paraphrase-note"));
    }
    if found.is_empty() {
        ui.say("search-no-results");
    }
    Ok(())
}

/// One answer, as the person would type it: the localized yes/no/not sure/skip words or
/// their numbers. `None`: not understood (asked again, never silently skipped).
/// Digits typed in another script (Arabic-Indic, Persian, Myanmar, Devanagari, Bengali…) as
/// ASCII, so "١" or "۱" or "၁" answers as "1" does.
pub fn ascii_digits(text: &str) -> String {
    const ZEROS: [u32; 8] = [0x0660, 0x06F0, 0x0966, 0x09E6, 0x0E50, 0x1040, 0x17E0, 0xFF10];
    text.chars()
        .map(|c| {
            let code = c as u32;
            ZEROS
                .iter()
                .find(|&&zero| (zero..zero + 10).contains(&code))
                .map_or(c, |zero| char::from(b'0' + (code - zero) as u8))
        })
        .collect()
}

fn answer(ui: &Ui, typed: &str) -> Option<Option<ScreeningAnswer>> {
    let t = ascii_digits(typed.trim()).to_lowercase();
    let words = |id: &str| -> Vec<String> {
        ui.text(id).split(',').map(|w| w.trim().to_lowercase()).filter(|w| !w.is_empty()).collect()
    };
    if t == "1" || words("screening-words-yes").contains(&t) {
        Some(Some(ScreeningAnswer::Yes))
    } else if t == "2" || words("screening-words-no").contains(&t) {
        Some(Some(ScreeningAnswer::No))
    } else if t == "3" || t == "?" || words("screening-words-not-sure").contains(&t) {
        Some(Some(ScreeningAnswer::NotSure))
    } else if t == "4" || words("screening-words-skip").contains(&t) {
        Some(None)
    } else {
        None
    }
}

/// The self-screening check, question by question.
pub fn check(app: &HarbourApp, ui: &Ui, input: &mut Input, country: &str) -> Outcome {
    let questions = app.screening_questions(vec![ui.translator.locale()])?;
    ui.say("screening-title");
    ui.say("screening-intro");
    let mut answers = Vec::new();
    let choices = format!(
        "1 {} · 2 {} · 3 {} · 4 {} > ",
        ui.text("action-yes"),
        ui.text("action-no"),
        ui.text("action-not-sure"),
        ui.text("screening-skip")
    );
    'questions: for (i, q) in questions.iter().enumerate() {
        println!("\n{}", ui.progress("screening-progress", i + 1, questions.len()));
        println!("{}", q.text);
        if let Some(help) = &q.help {
            println!("  {help}");
        }
        for n in text_notes(ui, &q.text_info) {
            println!("  ({n})");
        }
        loop {
            let Some(line) = input.line(&choices)? else { break 'questions };
            match answer(ui, &line) {
                Some(Some(a)) => {
                    answers.push(AnsweredQuestion { question_id: q.id.clone(), answer: a });
                    break;
                }
                Some(None) => break,
                None => println!("{}", ui.text("screening-not-understood")),
            }
        }
    }
    let outcome = app.score_screening(answers)?;
    println!("\n{}", ui.text("screening-result-title"));
    match outcome.level {
        ScreeningLevel::NoAnswers => ui.say("screening-result-no-answers"),
        ScreeningLevel::Unclear => ui.say("screening-result-unclear"),
        ScreeningLevel::NoSigns => ui.say("screening-result-none"),
        ScreeningLevel::WarningSigns => {
            println!("{}", ui.count("screening-result-some", "count", outcome.warning_signs.into()))
        }
        ScreeningLevel::Urgent => ui.say("screening-result-urgent"),
    }
    if outcome.under_18 {
        ui.say("screening-result-under-18");
    }
    let emergency = app.emergency(country.to_owned(), vec![ui.translator.locale()])?;
    if outcome.level == ScreeningLevel::Urgent {
        show_emergency(ui, &emergency);
    }
    println!("\n{}", ui.text("screening-result-helplines"));
    let query = HelplineQuery {
        country: Some(country.to_owned()),
        serving_nationality: None,
        purpose: None,
        under_18: outcome.under_18,
        languages: vec![ui.translator.locale()],
        require_language: false,
        specialty: None,
        channel: None,
        open_now_only: false,
        exclude_law_enforcement: false,
        limit: 3,
    };
    for h in app.helplines(query)? {
        show_helpline(ui, &h);
    }
    if matches!(outcome.level, ScreeningLevel::WarningSigns | ScreeningLevel::Urgent | ScreeningLevel::Unclear) {
        println!("\n{}", ui.text("screening-result-rights"));
        let rights = app.articles(ArticleQuery {
            text: String::new(),
            locales: vec![ui.translator.locale()],
            only_in_locales: false,
            country: Some(country.to_owned()),
            jurisdictions: vec![],
            kind: Some(ArticleKind::Right),
            topics: outcome.topics.clone(),
            limit: 5,
        })?;
        for a in rights {
            println!("  ■ {}  [{}]", a.title, a.jurisdiction);
        }
    }
    println!("\n{}", ui.text("screening-disclaimer"));
    Ok(())
}

struct Bar(indicatif::ProgressBar);

impl ProgressListener for Bar {
    fn on_progress(&self, done: u64, total: u64) -> bool {
        self.0.set_length(total);
        self.0.set_position(done);
        true
    }
}

pub fn import(app: &HarbourApp, ui: &Ui, path: &str) -> Outcome {
    ui.say("pack-import-title");
    let bar = indicatif::ProgressBar::new(0);
    bar.set_style(
        indicatif::ProgressStyle::with_template("{bar:40} {pos}/{len}")
            .unwrap_or_else(|_| indicatif::ProgressStyle::default_bar()),
    );
    let result = app.import_pack(path.to_owned(), Some(Arc::new(Bar(bar.clone()))));
    bar.finish_and_clear();
    let summary = result?;
    ui.say("pack-imported");
    println!("{} v{} — {} / {}", summary.title, summary.version, summary.helplines, summary.articles);
    Ok(())
}

pub fn packs(app: &HarbourApp, ui: &Ui) -> Outcome {
    for p in app.installed_packs()? {
        let version = p.version.to_string();
        let publisher = format!("{}…", &p.publisher[..16.min(p.publisher.len())]);
        println!(
            "{}",
            ui.texts(
                "packs-line",
                &[("pack", p.pack_id.as_str()), ("version", &version), ("title", &p.title), ("publisher", &publisher)]
            )
        );
    }
    Ok(())
}

/// Writes an installed pack's signed file, to pass to another phone.
pub fn share(app: &HarbourApp, ui: &Ui, pack_id: &str, out: &std::path::Path) -> Outcome {
    match app.share_pack(pack_id.to_owned())? {
        Some(bytes) => {
            std::fs::write(out, bytes)?;
            ui.say("pack-shared");
            Ok(())
        }
        None => {
            ui.say("pack-not-shareable");
            Err(Failure::NothingToShare)
        }
    }
}

#[cfg(test)]
mod digit_tests {
    #[test]
    fn digits_of_other_scripts_read_as_ascii() {
        assert_eq!(super::ascii_digits("١ ۲ ၃ ४ 5"), "1 2 3 4 5");
    }
}
