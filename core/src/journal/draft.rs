//! The entry being written, kept in the vault as it is typed, so that an auto-lock, a quick
//! exit or a killed app loses nothing and shows nothing: it is in the unlocked journal's own
//! encrypted store (a second PIN's session keeps its own), outside the hash chain until the
//! person saves it as an entry. One draft per journal; saving a new one replaces it.

use rusqlite::{Connection, OptionalExtension};
use serde::{Deserialize, Serialize};

use super::{CATEGORIES, JournalError, invalid, limits};
use crate::input::{Field, Problem};

/// The settings row the draft lives in (the vault's `settings` table).
pub(crate) const SETTING: &str = "journal.draft";

/// What the person has typed so far. Attachments are added when the entry is saved.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Draft {
    pub text: String,
    #[serde(default)]
    pub tags: Vec<String>,
    #[serde(default)]
    pub category: Option<String>,
}

impl Draft {
    fn is_blank(&self) -> bool {
        self.text.trim().is_empty() && self.tags.is_empty() && self.category.is_none()
    }
}

/// Keeps `draft`, replacing the last one; a blank draft clears it. Checked as an entry's text
/// and category are (too long or an unknown category: an error, the kept draft unchanged),
/// except that it may be empty.
pub fn save(conn: &Connection, draft: &Draft) -> Result<(), JournalError> {
    if draft.text.len() > limits::MAX_TEXT_BYTES {
        return Err(invalid(Field::Text, Problem::TooLarge { max_bytes: limits::MAX_TEXT_BYTES as u64 }));
    }
    if draft.tags.len() > limits::MAX_TAGS {
        return Err(invalid(Field::Tags, Problem::TooMany { max: limits::MAX_TAGS as u64 }));
    }
    if draft.tags.iter().any(|t| t.chars().count() > limits::MAX_TAG_CHARS) {
        return Err(invalid(Field::Tags, Problem::TooLong { max: limits::MAX_TAG_CHARS as u64 }));
    }
    if let Some(c) = &draft.category
        && !CATEGORIES.contains(&c.as_str())
    {
        return Err(invalid(Field::Category, Problem::Unknown));
    }
    if draft.is_blank() {
        return clear(conn);
    }
    let value = serde_json::to_string(draft).map_err(|_| invalid(Field::Text, Problem::Malformed))?;
    conn.execute(
        "INSERT INTO settings (key, value) VALUES (?1, ?2) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        [SETTING, value.as_str()],
    )?;
    Ok(())
}

/// The kept draft, if any. A row that does not decode (damage) reads as no draft: a draft is
/// a convenience, and the journal must still open.
pub fn get(conn: &Connection) -> Result<Option<Draft>, JournalError> {
    let value: Option<String> =
        conn.query_row("SELECT value FROM settings WHERE key = ?1", [SETTING], |r| r.get(0)).optional()?;
    Ok(value.and_then(|v| serde_json::from_str(&v).ok()))
}

/// Forgets the draft. The caller checkpoints, so its text leaves the write-ahead log too.
pub fn clear(conn: &Connection) -> Result<(), JournalError> {
    conn.execute("DELETE FROM settings WHERE key = ?1", [SETTING])?;
    Ok(())
}
