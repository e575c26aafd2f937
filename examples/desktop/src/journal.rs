//! The private screens: journal, safety plan, export and restore. Each needs the vault open;
//! a one-shot command asks for the PIN first.

use std::sync::Arc;

use zeroize::Zeroizing;

use harbour_ffi::{
    DocumentKind, DocumentStatus, ExportTarget, HarbourApp, HarbourError, JournalDraft, JournalEntry,
    NewAttachmentData, PlanDocument, PlanSection, ProgressListener, SafePerson,
};

use crate::commands::{Failure, Outcome};
use crate::input::Input;
use crate::ui::Ui;

/// Opens the vault if it is not open yet.
pub fn ensure_unlocked(app: &HarbourApp, ui: &Ui, input: &mut Input) -> Outcome {
    if !app.status()?.unlocked {
        crate::commands::unlock(app, ui, input, false)?;
    }
    Ok(())
}

fn local_time(ui: &Ui, ms: i64, offset_min: i32) -> String {
    let secs = ms / 1000 + i64::from(offset_min) * 60;
    let days = secs.div_euclid(86_400);
    let minute = (secs.rem_euclid(86_400) / 60) as u32;
    // Civil date from days since 1970-01-01 (Howard Hinnant's algorithm).
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let month = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    let year = (yoe + era * 400 + i64::from(month <= 2)) as i32;
    format!("{} {}", ui.translator.format_date(year, month, day), ui.translator.format_time(minute / 60, minute % 60))
}

fn show_entry(ui: &Ui, e: &JournalEntry) {
    println!(
        "\n[{}] {}",
        &e.id[..8],
        ui.text_with("journal-written", "date", &local_time(ui, e.written_ms, e.written_offset_min))
    );
    if e.deleted {
        println!("  {}", ui.text("journal-deleted"));
        return;
    }
    if e.revisions > 1 {
        println!("  {}", ui.text_with("journal-edited", "date", &local_time(ui, e.changed_ms, e.changed_offset_min)));
    }
    if let Some(c) = &e.category {
        println!("  {}", ui.text(&format!("category-{c}")));
    }
    if !e.tags.is_empty() {
        println!("  {}: {}", ui.text("journal-tags"), e.tags.join(", "));
    }
    for line in e.text.lines() {
        println!("  │ {line}");
    }
    if !e.attachments.is_empty() {
        println!("  {}", ui.count("journal-attachments", "count", e.attachments.len() as f64));
    }
}

pub fn list(app: &HarbourApp, ui: &Ui, page: u64) -> Outcome {
    let offset = page.checked_mul(20).ok_or(Failure::Said("journal-page-none"))?;
    let total = app.journal_count()?;
    println!("{}", ui.count("journal-count", "count", total as f64));
    for e in app.journal_list(offset, 20)? {
        show_entry(ui, &e);
    }
    Ok(())
}

/// Reads the entry's text: lines until one with only a dot, or the end of input.
fn read_text(ui: &Ui, input: &mut Input) -> Result<String, Failure> {
    println!("{} (.)", ui.text("journal-text"));
    let mut lines = Vec::new();
    while let Some(line) = input.line("│ ")? {
        // A full stop alone ends the text, as the person's keyboard types it.
        if matches!(line.trim(), "." | "።" | "。" | "۔" | "।" | "။") {
            break;
        }
        lines.push(line);
    }
    Ok(lines.join("\n"))
}

fn attachments(files: &[String]) -> Result<Vec<NewAttachmentData>, Failure> {
    files
        .iter()
        .map(|path| {
            let data = std::fs::read(path).map_err(Failure::Input)?;
            let name = std::path::Path::new(path).file_name().unwrap_or_default().to_string_lossy().into_owned();
            let mime = match name.rsplit('.').next().map(str::to_ascii_lowercase).as_deref() {
                Some("jpg" | "jpeg") => "image/jpeg",
                Some("png") => "image/png",
                Some("pdf") => "application/pdf",
                Some("m4a") => "audio/mp4",
                Some("ogg") => "audio/ogg",
                Some("txt") => "text/plain",
                _ => "application/octet-stream",
            };
            Ok(NewAttachmentData { name, mime: mime.into(), data })
        })
        .collect()
}

pub fn write(
    app: &HarbourApp,
    ui: &Ui,
    input: &mut Input,
    tags: Vec<String>,
    category: Option<String>,
    files: &[String],
) -> Outcome {
    let text = read_text(ui, input)?;
    let id = app.journal_append(JournalDraft { text, tags, category, attachments: attachments(files)? })?;
    println!("{} [{}]", ui.text("action-done"), &id[..8]);
    Ok(())
}

/// `write` in the interactive shell: a draft that could not be saved (too long, say, or the
/// journal locked meanwhile) is kept in memory, wiped when dropped, and offered at the next
/// `write` until the person hides or leaves.
pub fn write_keeping(app: &HarbourApp, ui: &Ui, input: &mut Input, kept: &mut Option<Zeroizing<String>>) -> Outcome {
    let mut text = Zeroizing::new(String::new());
    if let Some(previous) = kept.take() {
        ui.say("journal-draft-reuse");
        for line in previous.lines() {
            println!("  │ {line}");
        }
        text.push_str(&previous);
    }
    let more = Zeroizing::new(read_text(ui, input)?);
    if !text.is_empty() && !more.is_empty() {
        text.push('\n');
    }
    text.push_str(&more);
    match app.journal_append(JournalDraft { text: text.to_string(), tags: vec![], category: None, attachments: vec![] })
    {
        Ok(id) => {
            println!("{} [{}]", ui.text("action-done"), &id[..8]);
            Ok(())
        }
        Err(e) => {
            let failure = Failure::from(e);
            crate::commands::report(ui, &failure);
            if !text.trim().is_empty() {
                *kept = Some(text);
                ui.say("journal-draft-kept");
            }
            Ok(())
        }
    }
}

/// An entry by the first characters of its id, as the list shows them.
fn resolve(app: &HarbourApp, prefix: &str) -> Result<String, Failure> {
    let count = app.journal_count()?;
    let matches: Vec<String> = app
        .journal_list(0, count.min(u32::MAX as u64) as u32)?
        .into_iter()
        .map(|e| e.id)
        .filter(|id| id.starts_with(prefix))
        .collect();
    match matches.as_slice() {
        [one] => Ok(one.clone()),
        _ => Err(HarbourError::NotFound.into()),
    }
}

pub fn edit(app: &HarbourApp, ui: &Ui, input: &mut Input, id: &str) -> Outcome {
    let id = resolve(app, id)?;
    let current = app.journal_entry(id.clone())?;
    println!("{}", ui.text("journal-edit-current"));
    for line in current.text.lines() {
        println!("  │ {line}");
    }
    println!("{}", ui.text("journal-edit-note"));
    let text = read_text(ui, input)?;
    app.journal_revise(id, JournalDraft { text, tags: current.tags, category: current.category, attachments: vec![] })?;
    ui.say("action-done");
    Ok(())
}

pub fn delete(app: &HarbourApp, ui: &Ui, input: &mut Input, id: &str) -> Outcome {
    let id = resolve(app, id)?;
    if confirmed(ui, input, "journal-delete-confirm")? {
        app.journal_delete(id)?;
        ui.say("journal-deleted");
    }
    Ok(())
}

/// Asks the question `id` and reads a yes (the word in the person's language, or `y`/`yes`).
fn confirmed(ui: &Ui, input: &mut Input, id: &str) -> Result<bool, Failure> {
    println!("{}", ui.text(id));
    let yes = ui.text("action-yes");
    let answer = input.line(&format!("[{yes}/…] "))?.unwrap_or_default();
    let answer = answer.trim();
    Ok(answer.eq_ignore_ascii_case(&yes) || answer.eq_ignore_ascii_case("y") || answer.eq_ignore_ascii_case("yes"))
}

pub fn verify(app: &HarbourApp, ui: &Ui) -> Outcome {
    let check = app.journal_verify()?;
    ui.say("journal-verify-ok");
    println!("{}: {}", ui.text("journal-witness-code"), check.witness_code);
    Ok(())
}

fn show_list(ui: &Ui, id: &str, items: &[String]) {
    println!("\n{}", ui.text(id));
    for (i, item) in items.iter().enumerate() {
        println!("  {}. {item}", i + 1);
    }
}

pub fn plan(app: &HarbourApp, ui: &Ui) -> Outcome {
    ui.say("plan-title");
    let sections = app.safety_plan()?;
    if sections.is_empty() {
        ui.say("plan-empty");
    }
    for s in sections {
        match s {
            PlanSection::WarningSigns { items } => show_list(ui, "plan-warning-signs", &items),
            PlanSection::SafePlaces { items } => show_list(ui, "plan-safe-places", &items),
            PlanSection::Bag { items } => show_list(ui, "plan-bag", &items),
            PlanSection::Steps { items } => show_list(ui, "plan-steps", &items),
            PlanSection::Notes { text } => show_list(ui, "plan-notes", &[text]),
            PlanSection::SafePeople { people } => {
                let lines: Vec<String> = people
                    .iter()
                    .map(|p| {
                        format!("{} — {} ({}: {})", p.name, p.contact, ui.text("plan-person-code-word"), p.code_word)
                    })
                    .collect();
                show_list(ui, "plan-safe-people", &lines);
            }
            PlanSection::Documents { items } => {
                let lines: Vec<String> = items
                    .iter()
                    .map(|d| {
                        let kind = match d.document {
                            DocumentKind::Passport => "plan-doc-passport",
                            DocumentKind::Id => "plan-doc-id",
                            DocumentKind::Visa => "plan-doc-visa",
                            DocumentKind::Contract => "plan-doc-contract",
                            DocumentKind::Payslips => "plan-doc-payslips",
                            DocumentKind::BankCard => "plan-doc-bank-card",
                        };
                        let status = match d.status {
                            DocumentStatus::Have => "plan-doc-have",
                            DocumentStatus::Copy => "plan-doc-copy",
                            DocumentStatus::Held => "plan-doc-held",
                        };
                        format!("{}: {} {}", ui.text(kind), ui.text(status), d.note)
                    })
                    .collect();
                show_list(ui, "plan-documents", &lines);
            }
        }
    }
    Ok(())
}

/// `plan-set <section> <item>…`: replaces a section (warning-signs, safe-places, bag, steps,
/// notes; people as "name|contact|code word"; documents as "kind|status|note").
pub fn plan_set(app: &HarbourApp, ui: &Ui, section: &str, items: Vec<String>) -> Outcome {
    // Each refusal names what this shell's command accepts, in the person's language.
    let bad = |id: &'static str| Failure::Said(id);
    let parsed = match section {
        "warning-signs" => PlanSection::WarningSigns { items },
        "safe-places" => PlanSection::SafePlaces { items },
        "bag" => PlanSection::Bag { items },
        "steps" => PlanSection::Steps { items },
        "notes" => PlanSection::Notes { text: items.join(" ") },
        "safe-people" => PlanSection::SafePeople {
            people: items
                .iter()
                .map(|i| {
                    let mut p = i.splitn(3, '|');
                    SafePerson {
                        name: p.next().unwrap_or_default().into(),
                        contact: p.next().unwrap_or_default().into(),
                        code_word: p.next().unwrap_or_default().into(),
                    }
                })
                .collect(),
        },
        "documents" => PlanSection::Documents {
            items: items
                .iter()
                .map(|i| {
                    let mut p = i.splitn(3, '|');
                    let document = match p.next().unwrap_or_default() {
                        "passport" => DocumentKind::Passport,
                        "id" => DocumentKind::Id,
                        "visa" => DocumentKind::Visa,
                        "contract" => DocumentKind::Contract,
                        "payslips" => DocumentKind::Payslips,
                        "bank-card" => DocumentKind::BankCard,
                        _ => {
                            return Err(bad("plan-set-document-kinds"));
                        }
                    };
                    let status = match p.next().unwrap_or_default() {
                        "have" => DocumentStatus::Have,
                        "copy" => DocumentStatus::Copy,
                        "held" => DocumentStatus::Held,
                        _ => return Err(bad("plan-set-document-status")),
                    };
                    Ok(PlanDocument { document, status, note: p.next().unwrap_or_default().into() })
                })
                .collect::<Result<_, _>>()?,
        },
        _ => {
            return Err(bad("plan-set-sections"));
        }
    };
    app.set_safety_plan_section(parsed)?;
    ui.say("action-done");
    Ok(())
}

struct Bar(indicatif::ProgressBar);

impl ProgressListener for Bar {
    fn on_progress(&self, done: u64, total: u64) -> bool {
        if total > 0 {
            self.0.set_length(total);
        }
        self.0.set_position(done);
        true
    }
}

fn bar() -> indicatif::ProgressBar {
    let bar = indicatif::ProgressBar::new(0);
    bar.set_style(
        indicatif::ProgressStyle::with_template("{bar:40} {pos}/{len}")
            .unwrap_or_else(|_| indicatif::ProgressStyle::default_bar()),
    );
    bar
}

pub fn export(
    app: &HarbourApp,
    ui: &Ui,
    input: &mut Input,
    path: &str,
    recipient: Option<String>,
    to_organisation: bool,
) -> Outcome {
    ui.say("export-title");
    ui.say("export-intro");
    let recipient = if to_organisation {
        match app.organisation_export_key()? {
            Some(org) => {
                let args = [("organisation", org.organisation.as_str()), ("fingerprint", org.fingerprint.as_str())];
                println!("{}", ui.texts("export-for-organisation", &args));
                Some(org.age_public_key)
            }
            None => {
                ui.say("export-no-organisation-key");
                return Err(Failure::Declined);
            }
        }
    } else {
        if let Some(key) = &recipient {
            let fingerprint = harbour_ffi::age_key_fingerprint(key.clone())?;
            println!("{}", ui.text_with("export-for-key", "fingerprint", &fingerprint));
        }
        recipient
    };
    if recipient.is_some() && !confirmed(ui, input, "export-confirm-key")? {
        return Err(Failure::Declined);
    }
    let target = match recipient {
        Some(age_public_key) => ExportTarget::Recipient { age_public_key },
        None => {
            ui.say("export-passphrase-hint");
            let passphrase = input.secret(&format!("{}: ", ui.text("export-passphrase")))?;
            let again = input.secret(&format!("{}: ", ui.text("export-passphrase-again")))?;
            if passphrase != again {
                return Err(Failure::Mismatch);
            }
            ExportTarget::Passphrase { passphrase }
        }
    };
    let progress = bar();
    let result =
        app.journal_export(path.into(), target, vec![ui.translator.locale()], Some(Arc::new(Bar(progress.clone()))));
    progress.finish_and_clear();
    let done = result?;
    ui.say("export-done");
    println!("{path} — {}: {}", ui.text("journal-witness-code"), done.witness_code);
    Ok(())
}

pub fn restore(app: &HarbourApp, ui: &Ui, input: &mut Input, path: &str) -> Outcome {
    ui.say("import-title");
    let passphrase = input.secret(&format!("{}: ", ui.text("import-passphrase")))?;
    let progress = bar();
    let result = app.journal_import(path.into(), passphrase, Some(Arc::new(Bar(progress.clone()))));
    progress.finish_and_clear();
    let check = result?;
    println!("{}", ui.count("import-done", "count", app.journal_count()? as f64));
    println!("{}: {}", ui.text("journal-witness-code"), check.witness_code);
    Ok(())
}

/// For a caseworker: checks an export with its password, or with the organisation's identity
/// file when it was made for the organisation's key.
pub fn check_export_file(ui: &Ui, input: &mut Input, path: &str, identity: Option<&std::path::Path>) -> Outcome {
    let check = match identity {
        Some(file) => {
            let key = zeroize::Zeroizing::new(std::fs::read_to_string(file)?);
            match harbour_ffi::check_export_with_key(path.into(), key.to_string()) {
                Err(HarbourError::WrongPassphrase) => return Err(Failure::Said("error-export-wrong-key")),
                other => other?,
            }
        }
        None => {
            let passphrase = input.secret(&format!("{}: ", ui.text("import-passphrase")))?;
            harbour_ffi::check_export(path.into(), passphrase)?
        }
    };
    ui.say("journal-verify-ok");
    println!("{}: {}", ui.text("journal-witness-code"), check.witness_code);
    Ok(())
}
