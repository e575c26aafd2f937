//! The safety plan: structured sections the person fills in, kept in the vault. Every change
//! is a journal event too, so the plan's history is tamper-evident.

use rusqlite::{Connection, OptionalExtension, params};
use serde::{Deserialize, Serialize};

use super::chain::{self, EventKind};
use super::{JournalError, Moment, append_event, invalid};
use crate::input::{self, Field};
use crate::store::StoreError;

const MAX_ITEMS: usize = 50;
const MAX_ITEM_CHARS: usize = 500;
const MAX_NOTES_CHARS: usize = 10_000;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SafePerson {
    pub name: String,
    /// How to reach them: a number, an address, a place.
    pub contact: String,
    /// A word to ask for help without others knowing.
    #[serde(default)]
    pub code_word: String,
}

/// Papers to keep or copy.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Document {
    Passport,
    Id,
    Visa,
    Contract,
    Payslips,
    BankCard,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum DocumentStatus {
    /// I have it.
    Have,
    /// I have a copy.
    Copy,
    /// Someone else has it.
    Held,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DocumentItem {
    pub document: Document,
    pub status: DocumentStatus,
    #[serde(default)]
    pub note: String,
}

/// One section's new contents.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "section", content = "data", rename_all = "kebab-case")]
pub enum Section {
    WarningSigns(Vec<String>),
    SafePeople(Vec<SafePerson>),
    SafePlaces(Vec<String>),
    Documents(Vec<DocumentItem>),
    Bag(Vec<String>),
    Steps(Vec<String>),
    Notes(String),
}

impl Section {
    pub fn name(&self) -> &'static str {
        match self {
            Section::WarningSigns(_) => "warning-signs",
            Section::SafePeople(_) => "safe-people",
            Section::SafePlaces(_) => "safe-places",
            Section::Documents(_) => "documents",
            Section::Bag(_) => "bag",
            Section::Steps(_) => "steps",
            Section::Notes(_) => "notes",
        }
    }

    /// The Fluent message of the section's heading (its `.prompt` attribute asks the question).
    pub fn message_id(&self) -> &'static str {
        match self {
            Section::WarningSigns(_) => "plan-warning-signs",
            Section::SafePeople(_) => "plan-safe-people",
            Section::SafePlaces(_) => "plan-safe-places",
            Section::Documents(_) => "plan-documents",
            Section::Bag(_) => "plan-bag",
            Section::Steps(_) => "plan-steps",
            Section::Notes(_) => "plan-notes",
        }
    }

    fn validate(&self) -> Result<(), JournalError> {
        let fail = |problem| Err(invalid(Field::SafetyPlan, problem));
        // Each item: not too long, no control characters but line breaks.
        let item = |s: &str| -> Result<(), JournalError> {
            if s.chars().count() > MAX_ITEM_CHARS {
                return fail(input::Problem::TooLong { max: MAX_ITEM_CHARS as u64 });
            }
            if s.chars().any(|c| c.is_control() && c != '\n') {
                return fail(input::Problem::BadCharacter);
            }
            Ok(())
        };
        let count =
            |n: usize| if n > MAX_ITEMS { fail(input::Problem::TooMany { max: MAX_ITEMS as u64 }) } else { Ok(()) };
        let filled = |s: &str| if s.trim().is_empty() { fail(input::Problem::Empty) } else { Ok(()) };
        match self {
            Section::WarningSigns(v) | Section::SafePlaces(v) | Section::Bag(v) | Section::Steps(v) => {
                count(v.len())?;
                v.iter().try_for_each(|s| filled(s).and_then(|()| item(s)))
            }
            Section::SafePeople(v) => {
                count(v.len())?;
                v.iter().try_for_each(|p| {
                    filled(&p.name)?;
                    [&p.name, &p.contact, &p.code_word].into_iter().try_for_each(|s| item(s))
                })
            }
            Section::Documents(v) => {
                count(v.len())?;
                v.iter().try_for_each(|d| item(&d.note))
            }
            Section::Notes(n) if n.chars().count() > MAX_NOTES_CHARS => {
                fail(input::Problem::TooLong { max: MAX_NOTES_CHARS as u64 })
            }
            Section::Notes(_) => Ok(()),
        }
    }
}

/// The whole plan as it stands (empty sections omitted).
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct SafetyPlan {
    pub sections: Vec<Section>,
    /// When it last changed (None: never written).
    pub changed: Option<Moment>,
}

fn section_entry_id(name: &str) -> [u8; 16] {
    // A stable id per section, so the chain can tell the plan's sections apart.
    let h = chain::content_hash(format!("safety-plan/{name}").as_bytes());
    h[..16].try_into().expect("16 bytes")
}

/// Replaces one section and journals the change.
pub fn set_section(conn: &mut Connection, section: &Section, at: Moment) -> Result<(), JournalError> {
    section.validate()?;
    let json = serde_json::to_string(section).expect("a section serialises");
    let tx = conn.transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?;
    append_event(
        &tx,
        EventKind::Plan,
        section_entry_id(section.name()),
        at,
        &chain::encode_plan(section.name(), &json),
    )?;
    tx.execute(
        "INSERT INTO safety_plan (section, data) VALUES (?1, ?2) ON CONFLICT (section) DO UPDATE SET data = excluded.data",
        params![section.name(), json],
    )?;
    tx.commit()?;
    Ok(())
}

pub fn get(conn: &Connection) -> Result<SafetyPlan, JournalError> {
    let mut stmt = conn.prepare_cached("SELECT data FROM safety_plan ORDER BY section")?;
    // A section that cannot be read is damage, reported — never silently left out of a plan a
    // person relies on.
    let sections = stmt
        .query_map([], |r| r.get::<_, String>(0))?
        .map(|json| serde_json::from_str(&json?).map_err(|_| JournalError::Store(StoreError::Corrupt)))
        .collect::<Result<_, _>>()?;
    let changed = conn
        .query_row("SELECT at_ms, offset_min FROM journal_events WHERE kind = 4 ORDER BY seq DESC LIMIT 1", [], |r| {
            Ok(Moment { at_ms: r.get(0)?, offset_min: r.get(1)? })
        })
        .optional()?;
    Ok(SafetyPlan { sections, changed })
}
