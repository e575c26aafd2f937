//! The journal, the safety plan, and the encrypted export, for the shells.

use std::path::Path;
use std::sync::Arc;

use age::secrecy::SecretString;
use harbour_core::journal::draft::Draft;
use harbour_core::journal::export::ExportTo;
use harbour_core::journal::plan::{self, Section};
use harbour_core::journal::{EntryView, NewAttachment, NewEntry};

use crate::app::HarbourApp;
use crate::content::ProgressListener;
use crate::error::HarbourError;

#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct Attachment {
    pub id: i64,
    pub name: String,
    pub mime: String,
    pub size: u64,
}

/// An entry as it stands now. Times are UTC milliseconds plus the local offset (minutes) of
/// the phone when it was written.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct JournalEntry {
    pub id: String,
    pub written_ms: i64,
    pub written_offset_min: i32,
    pub changed_ms: i64,
    pub changed_offset_min: i32,
    pub revisions: u32,
    pub deleted: bool,
    pub text: String,
    pub tags: Vec<String>,
    pub category: Option<String>,
    pub attachments: Vec<Attachment>,
}

impl From<EntryView> for JournalEntry {
    fn from(v: EntryView) -> Self {
        JournalEntry {
            id: v.id,
            written_ms: v.written_ms,
            written_offset_min: v.written_offset_min,
            changed_ms: v.changed_ms,
            changed_offset_min: v.changed_offset_min,
            revisions: v.revisions,
            deleted: v.deleted,
            text: v.text,
            tags: v.tags,
            category: v.category,
            attachments: v
                .attachments
                .into_iter()
                .map(|a| Attachment { id: a.id, name: a.name, mime: a.mime, size: a.size })
                .collect(),
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct NewAttachmentData {
    pub name: String,
    /// A media type, e.g. `image/jpeg`.
    pub mime: String,
    pub data: Vec<u8>,
}

/// What the person writes. Category: one of pay, documents, threats, violence, movement,
/// conditions, other.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct JournalDraft {
    pub text: String,
    #[uniffi(default = [])]
    pub tags: Vec<String>,
    #[uniffi(default = None)]
    pub category: Option<String>,
    #[uniffi(default = [])]
    pub attachments: Vec<NewAttachmentData>,
}

/// The entry being written, kept as it is typed (see `save_journal_draft`). Attachments are
/// added when it is saved.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct UnsavedEntry {
    pub text: String,
    #[uniffi(default = [])]
    pub tags: Vec<String>,
    #[uniffi(default = None)]
    pub category: Option<String>,
}

impl From<UnsavedEntry> for Draft {
    fn from(d: UnsavedEntry) -> Self {
        Draft { text: d.text, tags: d.tags, category: d.category }
    }
}

impl From<Draft> for UnsavedEntry {
    fn from(d: Draft) -> Self {
        UnsavedEntry { text: d.text, tags: d.tags, category: d.category }
    }
}

impl From<JournalDraft> for NewEntry {
    fn from(d: JournalDraft) -> Self {
        NewEntry {
            text: d.text,
            tags: d.tags,
            category: d.category,
            attachments: d
                .attachments
                .into_iter()
                .map(|a| NewAttachment { name: a.name, mime: a.mime, data: a.data })
                .collect(),
        }
    }
}

/// The verified head of the journal: how many events, and the code a caseworker can note.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct JournalCheck {
    pub events: u64,
    pub witness_code: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, uniffi::Enum)]
pub enum DocumentKind {
    Passport,
    Id,
    Visa,
    Contract,
    Payslips,
    BankCard,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, uniffi::Enum)]
pub enum DocumentStatus {
    Have,
    Copy,
    Held,
}

#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct PlanDocument {
    pub document: DocumentKind,
    pub status: DocumentStatus,
    pub note: String,
}

#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct SafePerson {
    pub name: String,
    pub contact: String,
    pub code_word: String,
}

/// One section of the safety plan. Headings and prompts are the Fluent messages
/// `plan-warning-signs`, `plan-safe-people` … (with `.prompt` and `.example`).
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Enum)]
pub enum PlanSection {
    WarningSigns { items: Vec<String> },
    SafePeople { people: Vec<SafePerson> },
    SafePlaces { items: Vec<String> },
    Documents { items: Vec<PlanDocument> },
    Bag { items: Vec<String> },
    Steps { items: Vec<String> },
    Notes { text: String },
}

fn doc_to_core(d: DocumentKind) -> plan::Document {
    match d {
        DocumentKind::Passport => plan::Document::Passport,
        DocumentKind::Id => plan::Document::Id,
        DocumentKind::Visa => plan::Document::Visa,
        DocumentKind::Contract => plan::Document::Contract,
        DocumentKind::Payslips => plan::Document::Payslips,
        DocumentKind::BankCard => plan::Document::BankCard,
    }
}

fn doc_from_core(d: plan::Document) -> DocumentKind {
    match d {
        plan::Document::Passport => DocumentKind::Passport,
        plan::Document::Id => DocumentKind::Id,
        plan::Document::Visa => DocumentKind::Visa,
        plan::Document::Contract => DocumentKind::Contract,
        plan::Document::Payslips => DocumentKind::Payslips,
        plan::Document::BankCard => DocumentKind::BankCard,
    }
}

fn status_to_core(s: DocumentStatus) -> plan::DocumentStatus {
    match s {
        DocumentStatus::Have => plan::DocumentStatus::Have,
        DocumentStatus::Copy => plan::DocumentStatus::Copy,
        DocumentStatus::Held => plan::DocumentStatus::Held,
    }
}

fn status_from_core(s: plan::DocumentStatus) -> DocumentStatus {
    match s {
        plan::DocumentStatus::Have => DocumentStatus::Have,
        plan::DocumentStatus::Copy => DocumentStatus::Copy,
        plan::DocumentStatus::Held => DocumentStatus::Held,
    }
}

impl From<PlanSection> for Section {
    fn from(s: PlanSection) -> Self {
        match s {
            PlanSection::WarningSigns { items } => Section::WarningSigns(items),
            PlanSection::SafePeople { people } => Section::SafePeople(
                people
                    .into_iter()
                    .map(|p| plan::SafePerson { name: p.name, contact: p.contact, code_word: p.code_word })
                    .collect(),
            ),
            PlanSection::SafePlaces { items } => Section::SafePlaces(items),
            PlanSection::Documents { items } => Section::Documents(
                items
                    .into_iter()
                    .map(|d| plan::DocumentItem {
                        document: doc_to_core(d.document),
                        status: status_to_core(d.status),
                        note: d.note,
                    })
                    .collect(),
            ),
            PlanSection::Bag { items } => Section::Bag(items),
            PlanSection::Steps { items } => Section::Steps(items),
            PlanSection::Notes { text } => Section::Notes(text),
        }
    }
}

impl From<Section> for PlanSection {
    fn from(s: Section) -> Self {
        match s {
            Section::WarningSigns(items) => PlanSection::WarningSigns { items },
            Section::SafePeople(people) => PlanSection::SafePeople {
                people: people
                    .into_iter()
                    .map(|p| SafePerson { name: p.name, contact: p.contact, code_word: p.code_word })
                    .collect(),
            },
            Section::SafePlaces(items) => PlanSection::SafePlaces { items },
            Section::Documents(items) => PlanSection::Documents {
                items: items
                    .into_iter()
                    .map(|d| PlanDocument {
                        document: doc_from_core(d.document),
                        status: status_from_core(d.status),
                        note: d.note,
                    })
                    .collect(),
            },
            Section::Bag(items) => PlanSection::Bag { items },
            Section::Steps(items) => PlanSection::Steps { items },
            Section::Notes(text) => PlanSection::Notes { text },
        }
    }
}

/// Who can open an export.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Enum)]
pub enum ExportTarget {
    /// Anyone with this passphrase: `age -d file.age` asks for it.
    Passphrase { passphrase: String },
    /// A caseworker organisation's age public key (`age1…`).
    Recipient { age_public_key: String },
}

#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct ExportResult {
    pub events: u64,
    pub attachments: u64,
    pub witness_code: String,
}

fn report(progress: &Option<Arc<dyn ProgressListener>>, done: u64, total: u64) -> bool {
    progress.as_ref().is_none_or(|p| p.on_progress(done, total))
}

#[uniffi::export]
impl HarbourApp {
    /// Writes a new entry durably; returns its id. Needs the vault unlocked.
    pub fn journal_append(&self, draft: JournalDraft) -> Result<String, HarbourError> {
        Ok(self.core().journal_append(&draft.into())?)
    }

    /// Keeps what the person is typing, encrypted in the open journal and outside its chain,
    /// so an auto-lock or quick exit loses nothing; a blank one clears it. Call it as they
    /// type (a second or so after the last key is plenty); it also counts as activity.
    pub fn save_journal_draft(&self, draft: UnsavedEntry) -> Result<(), HarbourError> {
        Ok(self.core().journal_draft_save(&draft.into())?)
    }

    /// The entry being written when the journal last closed, to put back in the editor.
    pub fn journal_draft(&self) -> Result<Option<UnsavedEntry>, HarbourError> {
        Ok(self.core().journal_draft()?.map(Into::into))
    }

    /// Forgets the draft: after `journal_append` succeeded, or when the person discards it.
    pub fn clear_journal_draft(&self) -> Result<(), HarbourError> {
        Ok(self.core().journal_draft_clear()?)
    }

    /// Adds a revision; earlier ones are kept.
    pub fn journal_revise(&self, id: String, draft: JournalDraft) -> Result<(), HarbourError> {
        Ok(self.core().journal_revise(&id, &draft.into())?)
    }

    /// Destroys the entry's text and attachments, leaving a tombstone so the journal still
    /// verifies.
    pub fn journal_delete(&self, id: String) -> Result<(), HarbourError> {
        Ok(self.core().journal_delete(&id)?)
    }

    /// A page of entries, newest first.
    pub fn journal_list(&self, offset: u64, limit: u32) -> Result<Vec<JournalEntry>, HarbourError> {
        Ok(self.core().journal_list(offset, limit)?.into_iter().map(Into::into).collect())
    }

    pub fn journal_count(&self) -> Result<u64, HarbourError> {
        Ok(self.core().journal_count()?)
    }

    pub fn journal_entry(&self, id: String) -> Result<JournalEntry, HarbourError> {
        Ok(self.core().journal_get(&id)?.into())
    }

    pub fn journal_attachment(&self, attachment_id: i64) -> Result<Vec<u8>, HarbourError> {
        Ok(self.core().journal_attachment(attachment_id)?)
    }

    /// Checks the whole chain; `JournalBroken` names the first event that does not check out.
    pub fn journal_verify(&self) -> Result<JournalCheck, HarbourError> {
        let head = self.core().journal_verify()?;
        Ok(JournalCheck { events: head.events, witness_code: head.witness_code() })
    }

    pub fn safety_plan(&self) -> Result<Vec<PlanSection>, HarbourError> {
        Ok(self.core().plan()?.sections.into_iter().map(Into::into).collect())
    }

    /// Replaces one section; the change is journaled.
    pub fn set_safety_plan_section(&self, section: PlanSection) -> Result<(), HarbourError> {
        Ok(self.core().plan_set(&section.into())?)
    }

    /// Writes the age-encrypted export to `path` (a new file). The timeline is in the first
    /// of `locales` the app has. No plaintext is written; a failed or cancelled export leaves
    /// no file.
    pub fn journal_export(
        &self,
        path: String,
        target: ExportTarget,
        locales: Vec<String>,
        progress: Option<Arc<dyn ProgressListener>>,
    ) -> Result<ExportResult, HarbourError> {
        let to = match target {
            ExportTarget::Passphrase { passphrase } => {
                if passphrase.chars().count() < EXPORT_PASSWORD_MIN_CHARS {
                    return Err(crate::error::invalid(
                        harbour_core::input::Field::ExportPassword,
                        harbour_core::input::Problem::TooShort { min: EXPORT_PASSWORD_MIN_CHARS as u64 },
                    ));
                }
                ExportTo::Passphrase(SecretString::from(passphrase))
            }
            ExportTarget::Recipient { age_public_key } => ExportTo::Recipient(age_public_key),
        };
        let summary =
            self.core().journal_export(Path::new(&path), &to, &locales, &mut |d, t| report(&progress, d, t))?;
        Ok(ExportResult {
            events: summary.events,
            attachments: summary.attachments,
            witness_code: summary.witness_code,
        })
    }

    /// Restores an export (made with a passphrase) into this phone's empty journal, checking
    /// the chain before anything is kept.
    pub fn journal_import(
        &self,
        path: String,
        passphrase: String,
        progress: Option<Arc<dyn ProgressListener>>,
    ) -> Result<JournalCheck, HarbourError> {
        let head = self
            .core()
            .journal_import(Path::new(&path), SecretString::from(passphrase), &mut |d| report(&progress, d, 0))?;
        Ok(JournalCheck { events: head.events, witness_code: head.witness_code() })
    }
}

/// Checks an export file on any computer, without a vault: decrypts it with the passphrase
/// and verifies the chain in memory. Returns the events and the check code to compare with
/// the one noted when the export was made.
/// Shortest password an export may be locked with.
const EXPORT_PASSWORD_MIN_CHARS: usize = 8;

#[uniffi::export]
pub fn check_export(path: String, passphrase: String) -> Result<JournalCheck, HarbourError> {
    let file = open_export(&path)?;
    let head =
        harbour_core::journal::export::check_export(std::io::BufReader::new(file), SecretString::from(passphrase))
            .map_err(HarbourError::from)?;
    Ok(JournalCheck { events: head.events, witness_code: head.witness_code() })
}

/// For a caseworker: checks an export made for an organisation's key, given the contents of
/// its identity file (`AGE-SECRET-KEY-1…`, as `age-keygen` writes it).
#[uniffi::export]
pub fn check_export_with_key(path: String, identity_file: String) -> Result<JournalCheck, HarbourError> {
    let file = open_export(&path)?;
    let identity = zeroize::Zeroizing::new(identity_file);
    let head = harbour_core::journal::export::check_export_with_identity(std::io::BufReader::new(file), &identity)
        .map_err(HarbourError::from)?;
    Ok(JournalCheck { events: head.events, witness_code: head.witness_code() })
}

fn open_export(path: &str) -> Result<std::fs::File, HarbourError> {
    std::fs::File::open(path).map_err(|e| harbour_core::store::StoreError::from(e).into())
}
