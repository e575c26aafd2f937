//! The help screens: helplines (open now first, police/immigration warned), rights and
//! resources, the self-screening check, and pack import with a progress bar.

use std::sync::Arc;

use harbour_ffi::{
    AnsweredQuestion, ArticleKind, ArticleQuery, ChannelKind, HarbourApp, Helpline, HelplineQuery, OpenStatus,
    Operator, ProgressListener, ScreeningAnswer, ScreeningLevel,
};

use crate::commands::Outcome;
use crate::input::Input;
use crate::ui::Ui;

/// The person's country: `--country`, else the saved setting.
pub fn country(app: &HarbourApp, given: Option<String>) -> Option<String> {
    given.or_else(|| app.setting("country".into()).ok().flatten()).map(|c| c.to_ascii_uppercase())
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
        OpenStatus::Unknown => String::new(),
    }
}

fn show_helpline(ui: &Ui, h: &Helpline) {
    let name = match &h.organisation {
        Some(org) => format!("{} — {org}", h.service),
        None => h.service.clone(),
    };
    println!("\n● {name}");
    let mut facts = vec![ui.text(operator_label(h.operator))];
    let open = open_label(ui, h.open);
    if !open.is_empty() {
        facts.insert(0, open);
    }
    match h.free {
        Some(true) => facts.push(ui.text("help-free")),
        Some(false) => facts.push(ui.text("help-may-cost")),
        None => {}
    }
    if !h.languages.is_empty() {
        facts.push(ui.text_with("help-languages", "languages", &h.languages.join(", ")));
    }
    if h.interpreters {
        facts.push(ui.text("help-interpreters"));
    }
    println!("  {}", facts.join(" · "));
    if h.law_enforcement {
        println!("  ⚠ {}", ui.text("operator-warning-law"));
    }
    for c in &h.channels {
        // What goes to the dialer is stripped of bidi marks; what is shown may carry them.
        let dial = harbour_ffi::strip_bidi_controls(c.dial.clone());
        let note = c.note.as_deref().map(|n| format!("  ({n})")).unwrap_or_default();
        println!("  {}: {}  [{dial}]{note}", ui.text(channel_label(c.kind)), c.display);
    }
    if h.needs_verification {
        println!("  {}", ui.text("info-not-verified"));
    }
    println!("  {}: {}", ui.text("info-source"), h.source_url);
}

pub fn helplines(app: &HarbourApp, ui: &Ui, query: HelplineQuery) -> Outcome {
    let lines = app.helplines(query.clone())?;
    if let Some(c) = &query.country {
        println!("{}", ui.text_with("help-in-country", "country", c));
    }
    println!("{}", ui.count("help-count", "count", lines.len() as f64));
    let any_open = lines.iter().any(|h| matches!(h.open, OpenStatus::Always | OpenStatus::Open { .. }));
    if !lines.is_empty() && !any_open {
        ui.say("help-none-open");
    }
    for h in &lines {
        show_helpline(ui, h);
    }
    println!("\n{}", ui.text("tips-title"));
    for tip in ["tip-call-log", "tip-phone-bill", "tip-law-lines", "tip-documents", "tip-hide"] {
        println!("  • {}", ui.text(tip));
    }
    Ok(())
}

pub fn articles(app: &HarbourApp, ui: &Ui, text: String, country: Option<String>, kind: ArticleKind) -> Outcome {
    let mut jurisdictions = Vec::new();
    if let Some(c) = country {
        jurisdictions = vec![c, "INT".into(), "INT-ILO".into(), "EU".into(), "COE".into()];
    }
    let found = app.articles(ArticleQuery {
        text,
        locales: vec![ui.translator.locale(), "en".into()],
        jurisdictions,
        kind: Some(kind),
        topics: vec![],
        limit: 20,
    })?;
    ui.say(if kind == ArticleKind::Right { "rights-title" } else { "resources-title" });
    println!("{}", ui.count("search-results", "count", found.len() as f64));
    for a in &found {
        println!("\n■ {}  [{}]", a.title, a.jurisdiction);
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

/// The self-screening check, question by question: y, n, ? (not sure) or empty to skip.
pub fn check(app: &HarbourApp, ui: &Ui, input: &mut Input, country: Option<String>) -> Outcome {
    let questions = app.screening_questions()?;
    ui.say("screening-title");
    ui.say("screening-intro");
    let mut answers = Vec::new();
    let (yes, no, unsure) = (ui.text("action-yes"), ui.text("action-no"), ui.text("action-not-sure"));
    for (i, q) in questions.iter().enumerate() {
        println!("\n{}", ui.progress("screening-progress", i + 1, questions.len()));
        println!("{}", ui.text(&q.message_id));
        let Some(line) = input.line(&format!("[y] {yes} / [n] {no} / [?] {unsure} > "))? else {
            break;
        };
        let answer = match line.trim().to_lowercase().as_str() {
            "y" | "yes" => ScreeningAnswer::Yes,
            "n" | "no" => ScreeningAnswer::No,
            "?" => ScreeningAnswer::NotSure,
            _ => continue,
        };
        answers.push(AnsweredQuestion { question_id: q.id.clone(), answer });
    }
    let outcome = app.score_screening(answers)?;
    println!("\n{}", ui.text("screening-result-title"));
    match outcome.level {
        ScreeningLevel::NoSigns => ui.say("screening-result-none"),
        ScreeningLevel::WarningSigns => {
            println!("{}", ui.count("screening-result-some", "count", outcome.warning_signs.into()))
        }
        ScreeningLevel::Urgent => ui.say("screening-result-urgent"),
    }
    if outcome.level != ScreeningLevel::NoSigns {
        println!("\n{}", ui.text("screening-result-helplines"));
        let query = HelplineQuery {
            country: country.clone(),
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
        println!("\n{}", ui.text("screening-result-rights"));
        let rights = app.articles(ArticleQuery {
            text: String::new(),
            locales: vec![ui.translator.locale(), "en".into()],
            jurisdictions: country.map(|c| vec![c, "INT".into(), "INT-ILO".into()]).unwrap_or_default(),
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

pub fn packs(app: &HarbourApp) -> Outcome {
    for p in app.installed_packs()? {
        println!("{} v{} — {} ({}…)", p.pack_id, p.version, p.title, &p.publisher[..16]);
    }
    Ok(())
}
