//! The journal and the safety plan, in the vault: append-only, tamper-evident, and leaving
//! the phone only encrypted ([`export`]).
//!
//! Every change is an event in a hash chain ([`chain`]). Editing an entry adds a revision
//! (earlier ones stay); deleting adds a tombstone and destroys the entry's text and
//! attachments (with `secure_delete` on, then a TRUNCATE checkpoint by the caller), keeping
//! only their hashes so the chain still verifies.

pub mod chain;
pub mod draft;
pub mod export;
pub mod plan;

use chrono::{DateTime, FixedOffset};
use rusqlite::{Connection, OptionalExtension, Transaction, params};

use crate::input::{self, Field, Invalid};
use crate::secret::fill_random;
use crate::store::StoreError;
use chain::{AttachmentRef, EntryContent, EventKind, Hash, Link};

/// Limits on what one entry may hold.
pub mod limits {
    pub const MAX_TEXT_BYTES: usize = 100_000;
    pub const MAX_TAGS: usize = 16;
    pub const MAX_TAG_CHARS: usize = 32;
    pub const MAX_ATTACHMENTS: usize = 16;
    pub const MAX_ATTACHMENT_BYTES: usize = 10 * 1024 * 1024;
    pub const MAX_EVENT_ATTACHMENT_BYTES: usize = 40 * 1024 * 1024;
    pub const MAX_NAME_CHARS: usize = 128;
}

/// Kinds of event a person can file an entry under.
pub const CATEGORIES: &[&str] = &["pay", "documents", "threats", "violence", "movement", "conditions", "other"];

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum JournalError {
    /// Bad input: nothing was written. Names the value and what is wrong, never echoes it.
    #[error(transparent)]
    InvalidInput(#[from] Invalid),
    #[error("no such entry")]
    NotFound,
    #[error("the entry was deleted")]
    Deleted,
    /// The journal already has entries (an export is restored only into an empty journal).
    #[error("the journal is not empty")]
    NotEmpty,
    #[error("the journal does not verify: {0}")]
    Broken(#[from] Broken),
    #[error("that passphrase does not open this file")]
    WrongPassphrase,
    #[error("the file is damaged or incomplete")]
    ExportDamaged,
    #[error("cancelled")]
    Cancelled,
    #[error(transparent)]
    Store(#[from] StoreError),
}

impl From<rusqlite::Error> for JournalError {
    fn from(e: rusqlite::Error) -> Self {
        JournalError::Store(e.into())
    }
}

fn invalid(field: Field, problem: input::Problem) -> JournalError {
    JournalError::InvalidInput(Invalid::new(field, problem))
}

/// Where the chain first fails.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{problem} at event {seq}")]
pub struct Broken {
    /// The first event that does not check out (for a cut-off end: the first missing one).
    pub seq: u64,
    pub problem: Problem,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum Problem {
    #[error("an event is missing or out of order")]
    Missing,
    #[error("the content was changed")]
    ContentChanged,
    #[error("an attachment was changed")]
    AttachmentChanged,
    #[error("the record was changed")]
    LinkChanged,
    #[error("events were cut off the end")]
    Truncated,
}

/// The verified head of the chain.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Head {
    pub events: u64,
    pub hash: Hash,
}

impl Head {
    pub fn witness_code(&self) -> String {
        chain::witness_code(self.events, &self.hash)
    }
}

/// A file to keep with an entry.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewAttachment {
    pub name: String,
    pub mime: String,
    pub data: Vec<u8>,
}

/// What a person writes.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct NewEntry {
    pub text: String,
    pub tags: Vec<String>,
    pub category: Option<String>,
    pub attachments: Vec<NewAttachment>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AttachmentView {
    pub id: i64,
    pub name: String,
    pub mime: String,
    pub size: u64,
}

/// An entry as it stands now.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EntryView {
    /// 32 hex characters.
    pub id: String,
    pub written_ms: i64,
    pub written_offset_min: i32,
    /// When the latest revision (or the deletion) was made.
    pub changed_ms: i64,
    pub changed_offset_min: i32,
    pub revisions: u32,
    pub deleted: bool,
    /// Empty once deleted.
    pub text: String,
    pub tags: Vec<String>,
    pub category: Option<String>,
    pub attachments: Vec<AttachmentView>,
}

/// A moment as the journal records it: UTC plus the local offset at the time.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Moment {
    pub at_ms: i64,
    pub offset_min: i32,
}

impl From<DateTime<FixedOffset>> for Moment {
    fn from(t: DateTime<FixedOffset>) -> Self {
        Moment { at_ms: t.timestamp_millis(), offset_min: t.offset().local_minus_utc() / 60 }
    }
}

impl Moment {
    /// Now, with this device's current UTC offset.
    pub fn now() -> Moment {
        chrono::Local::now().fixed_offset().into()
    }
}

fn parse_id(id: &str) -> Result<[u8; 16], JournalError> {
    let bytes = hex::decode(id).map_err(|_| invalid(Field::EntryId, input::Problem::Malformed))?;
    bytes.try_into().map_err(|_| invalid(Field::EntryId, input::Problem::Malformed))
}

fn check_name(field: Field, name: &str, max: usize) -> Result<(), JournalError> {
    let chars = name.chars().count();
    if chars == 0 {
        return Err(invalid(field, input::Problem::Empty));
    }
    if chars > max {
        return Err(invalid(field, input::Problem::TooLong { max: max as u64 }));
    }
    if name.chars().any(|c| c.is_control() || c == '/' || c == '\\') {
        return Err(invalid(field, input::Problem::BadCharacter));
    }
    Ok(())
}

/// Checks and normalises what a person wrote; nothing is stored if this fails.
fn prepare(entry: &NewEntry) -> Result<(Vec<String>, Option<String>), JournalError> {
    if entry.text.trim().is_empty() {
        return Err(invalid(Field::Text, input::Problem::Empty));
    }
    if entry.text.len() > limits::MAX_TEXT_BYTES {
        return Err(invalid(Field::Text, input::Problem::TooLarge { max_bytes: limits::MAX_TEXT_BYTES as u64 }));
    }
    let mut tags: Vec<String> = entry.tags.iter().map(|t| t.trim().to_owned()).collect();
    tags.sort();
    tags.dedup();
    if tags.len() > limits::MAX_TAGS {
        return Err(invalid(Field::Tags, input::Problem::TooMany { max: limits::MAX_TAGS as u64 }));
    }
    for t in &tags {
        let ok = !t.is_empty()
            && t.chars().count() <= limits::MAX_TAG_CHARS
            && t.chars().all(|c| c.is_alphanumeric() || c == '-' || c == '_' || c == ' ');
        if !ok {
            return Err(invalid(Field::Tags, input::Problem::TooLong { max: limits::MAX_TAG_CHARS as u64 }));
        }
    }
    if let Some(c) = &entry.category
        && !CATEGORIES.contains(&c.as_str())
    {
        return Err(invalid(Field::Category, input::Problem::Unknown));
    }
    if entry.attachments.len() > limits::MAX_ATTACHMENTS {
        return Err(invalid(Field::Attachments, input::Problem::TooMany { max: limits::MAX_ATTACHMENTS as u64 }));
    }
    let mut total = 0usize;
    for a in &entry.attachments {
        check_name(Field::AttachmentName, &a.name, limits::MAX_NAME_CHARS)?;
        let mime_ok = a.mime.len() <= 100
            && a.mime.split_once('/').is_some_and(|(t, s)| !t.is_empty() && !s.is_empty())
            && a.mime.bytes().all(|b| b.is_ascii_graphic());
        if !mime_ok {
            return Err(invalid(Field::AttachmentType, input::Problem::Malformed));
        }
        if a.data.is_empty() {
            return Err(invalid(Field::Attachment, input::Problem::Empty));
        }
        if a.data.len() > limits::MAX_ATTACHMENT_BYTES {
            return Err(invalid(
                Field::Attachment,
                input::Problem::TooLarge { max_bytes: limits::MAX_ATTACHMENT_BYTES as u64 },
            ));
        }
        total += a.data.len();
    }
    if total > limits::MAX_EVENT_ATTACHMENT_BYTES {
        return Err(invalid(
            Field::Attachments,
            input::Problem::TooLarge { max_bytes: limits::MAX_EVENT_ATTACHMENT_BYTES as u64 },
        ));
    }
    Ok((tags, entry.category.clone()))
}

/// The current head (seq, hash), or the genesis.
fn head(tx: &Connection) -> Result<(u64, Hash), JournalError> {
    let row: Option<(i64, Vec<u8>)> = tx
        .query_row("SELECT seq, hash FROM journal_head WHERE id = 1", [], |r| Ok((r.get(0)?, r.get(1)?)))
        .optional()?;
    Ok(match row {
        Some((seq, hash)) => (seq as u64, hash.try_into().map_err(|_| StoreError::Corrupt)?),
        None => (0, chain::genesis()),
    })
}

/// Appends one event and moves the head, inside the caller's transaction.
fn append_event(
    tx: &Transaction<'_>,
    kind: EventKind,
    entry: [u8; 16],
    at: Moment,
    content: &[u8],
) -> Result<u64, JournalError> {
    let (prev_seq, prev_hash) = head(tx)?;
    let link = Link {
        seq: prev_seq + 1,
        kind,
        entry,
        at_ms: at.at_ms,
        offset_min: at.offset_min,
        content_hash: chain::content_hash(content),
    };
    let hash = chain::link_hash(&prev_hash, &link);
    tx.execute(
        "INSERT INTO journal_events (seq, kind, entry, at_ms, offset_min, content, content_hash, hash) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
        params![link.seq as i64, kind as u8, &entry[..], at.at_ms, at.offset_min, content, &link.content_hash[..], &hash[..]],
    )?;
    tx.execute(
        "INSERT INTO journal_head (id, seq, hash) VALUES (1, ?1, ?2) ON CONFLICT (id) DO UPDATE SET seq = excluded.seq, hash = excluded.hash",
        params![link.seq as i64, &hash[..]],
    )?;
    Ok(link.seq)
}

fn write_entry_event(
    tx: &Transaction<'_>,
    kind: EventKind,
    id: [u8; 16],
    entry: &NewEntry,
    at: Moment,
) -> Result<u64, JournalError> {
    let (tags, category) = prepare(entry)?;
    let attachments: Vec<AttachmentRef> = entry
        .attachments
        .iter()
        .map(|a| AttachmentRef {
            sha256: chain::content_hash(&a.data),
            size: a.data.len() as u64,
            name: a.name.clone(),
            mime: a.mime.clone(),
        })
        .collect();
    let content = EntryContent { text: entry.text.clone(), tags, category, attachments }.encode();
    let seq = append_event(tx, kind, id, at, &content)?;
    for (a, r) in entry.attachments.iter().zip(EntryContent::decode(&content).expect("just encoded").attachments) {
        tx.execute(
            "INSERT INTO journal_attachments (seq, name, mime, size, sha256, data) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
            params![seq as i64, a.name, a.mime, a.data.len() as i64, &r.sha256[..], a.data],
        )?;
    }
    Ok(seq)
}

/// Writes a new entry durably (the vault runs with `synchronous = FULL`); returns its id.
pub fn append(conn: &mut Connection, entry: &NewEntry, at: Moment) -> Result<String, JournalError> {
    prepare(entry)?;
    let mut id = [0u8; 16];
    fill_random(&mut id);
    let tx = conn.transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?;
    write_entry_event(&tx, EventKind::Create, id, entry, at)?;
    tx.commit()?;
    Ok(hex::encode(id))
}

/// Whether the entry exists (`NotFound` if not) and is deleted: its last event a tombstone.
fn entry_state(conn: &Connection, id: &[u8; 16]) -> Result<bool, JournalError> {
    conn.query_row("SELECT kind = 3 FROM journal_events WHERE entry = ?1 ORDER BY seq DESC LIMIT 1", [&id[..]], |r| {
        r.get::<_, bool>(0)
    })
    .optional()?
    .ok_or(JournalError::NotFound)
}

/// Adds a revision: new text, tags and category, and any new attachments. Earlier revisions
/// are kept.
pub fn revise(conn: &mut Connection, id: &str, entry: &NewEntry, at: Moment) -> Result<(), JournalError> {
    let id = parse_id(id)?;
    prepare(entry)?;
    let tx = conn.transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?;
    if entry_state(&tx, &id)? {
        return Err(JournalError::Deleted);
    }
    write_entry_event(&tx, EventKind::Revise, id, entry, at)?;
    tx.commit()?;
    Ok(())
}

/// Deletes an entry: a tombstone is appended and the text and attachments of every earlier
/// event of the entry are destroyed. Call [`crate::store::Store::checkpoint`] afterwards so
/// nothing of them is left in the WAL.
pub fn delete(conn: &mut Connection, id: &str, at: Moment) -> Result<(), JournalError> {
    let id = parse_id(id)?;
    let tx = conn.transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?;
    if entry_state(&tx, &id)? {
        return Err(JournalError::Deleted);
    }
    tx.execute(
        "UPDATE journal_attachments SET data = NULL, name = '', mime = ''
         WHERE seq IN (SELECT seq FROM journal_events WHERE entry = ?1)",
        [&id[..]],
    )?;
    tx.execute("UPDATE journal_events SET content = NULL WHERE entry = ?1", [&id[..]])?;
    append_event(&tx, EventKind::Delete, id, at, &[])?;
    tx.commit()?;
    Ok(())
}

/// Number of entries (deleted ones included: they show as "deleted").
pub fn count(conn: &Connection) -> Result<u64, JournalError> {
    Ok(conn.query_row("SELECT count(*) FROM journal_events WHERE kind = 1", [], |r| r.get::<_, i64>(0))? as u64)
}

/// A page of entries, newest first.
pub fn list(conn: &Connection, offset: u64, limit: u32) -> Result<Vec<EntryView>, JournalError> {
    let mut stmt = conn.prepare_cached(
        "SELECT entry FROM journal_events INDEXED BY journal_creates WHERE kind = 1 ORDER BY seq DESC LIMIT ?1 OFFSET ?2",
    )?;
    let ids: Vec<Vec<u8>> =
        stmt.query_map(params![i64::from(limit), offset as i64], |r| r.get(0))?.collect::<Result<_, _>>()?;
    ids.iter().map(|id| load(conn, id)).collect()
}

/// One entry as it stands.
pub fn get(conn: &Connection, id: &str) -> Result<EntryView, JournalError> {
    let id = parse_id(id)?;
    entry_state(conn, &id)?;
    load(conn, &id)
}

/// (seq, kind, at_ms, offset_min, content) of one event.
type EventRow = (i64, i64, i64, i32, Option<Vec<u8>>);

fn load(conn: &Connection, id: &[u8]) -> Result<EntryView, JournalError> {
    let mut stmt = conn.prepare_cached(
        "SELECT seq, kind, at_ms, offset_min, content FROM journal_events WHERE entry = ?1 ORDER BY seq",
    )?;
    let events: Vec<EventRow> = stmt
        .query_map([id], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?)))?
        .collect::<Result<_, _>>()?;
    let (first, last) = (events.first().ok_or(JournalError::NotFound)?, events.last().ok_or(JournalError::NotFound)?);
    let deleted = EventKind::from_code(last.1) == Some(EventKind::Delete);
    let latest = events.iter().rev().find_map(|e| e.4.as_deref().and_then(EntryContent::decode));
    let mut view = EntryView {
        id: hex::encode(id),
        written_ms: first.2,
        written_offset_min: first.3,
        changed_ms: last.2,
        changed_offset_min: last.3,
        revisions: events.iter().filter(|e| e.1 != EventKind::Delete as i64).count() as u32,
        deleted,
        text: String::new(),
        tags: Vec::new(),
        category: None,
        attachments: Vec::new(),
    };
    if !deleted && let Some(content) = latest {
        view.text = content.text;
        view.tags = content.tags;
        view.category = content.category;
        let mut stmt = conn.prepare_cached(
            "SELECT a.id, a.name, a.mime, a.size FROM journal_attachments a JOIN journal_events e ON e.seq = a.seq
             WHERE e.entry = ?1 AND a.data IS NOT NULL ORDER BY a.id",
        )?;
        view.attachments = stmt
            .query_map([id], |r| {
                Ok(AttachmentView { id: r.get(0)?, name: r.get(1)?, mime: r.get(2)?, size: r.get::<_, i64>(3)? as u64 })
            })?
            .collect::<Result<_, _>>()?;
    }
    Ok(view)
}

/// The bytes of an attachment.
pub fn attachment(conn: &Connection, attachment_id: i64) -> Result<Vec<u8>, JournalError> {
    let data: Option<Option<Vec<u8>>> = conn
        .query_row("SELECT data FROM journal_attachments WHERE id = ?1", [attachment_id], |r| r.get(0))
        .optional()?;
    match data {
        Some(Some(d)) => Ok(d),
        Some(None) => Err(JournalError::Deleted),
        None => Err(JournalError::NotFound),
    }
}

/// Checks the whole chain: every event present and in order, every content and attachment
/// matching its hash, every link matching, and the head matching the last event.
pub fn verify(conn: &Connection) -> Result<Head, JournalError> {
    let mut prev = chain::genesis();
    let mut expected = 1u64;
    let mut stmt = conn.prepare(
        "SELECT seq, kind, entry, at_ms, offset_min, content, content_hash, hash FROM journal_events ORDER BY seq",
    )?;
    let mut attachments =
        conn.prepare_cached("SELECT sha256, size, data FROM journal_attachments WHERE seq = ?1 ORDER BY id")?;
    let mut rows = stmt.query([])?;
    while let Some(r) = rows.next()? {
        let seq = r.get::<_, i64>(0)? as u64;
        if seq != expected {
            return Err(Broken { seq: expected, problem: Problem::Missing }.into());
        }
        let broken = |problem| JournalError::Broken(Broken { seq, problem });
        let kind = EventKind::from_code(r.get(1)?).ok_or_else(|| broken(Problem::LinkChanged))?;
        let entry: [u8; 16] = r.get::<_, Vec<u8>>(2)?.try_into().map_err(|_| broken(Problem::LinkChanged))?;
        let content: Option<Vec<u8>> = r.get(5)?;
        let content_hash: Hash = r.get::<_, Vec<u8>>(6)?.try_into().map_err(|_| broken(Problem::LinkChanged))?;
        let stored: Hash = r.get::<_, Vec<u8>>(7)?.try_into().map_err(|_| broken(Problem::LinkChanged))?;
        let listed = match &content {
            Some(c) => {
                if chain::content_hash(c) != content_hash {
                    return Err(broken(Problem::ContentChanged));
                }
                match kind {
                    EventKind::Create | EventKind::Revise => {
                        EntryContent::decode(c).ok_or_else(|| broken(Problem::ContentChanged))?.attachments
                    }
                    _ => Vec::new(),
                }
            }
            None => Vec::new(),
        };
        // Attachments still held must be exactly those the content lists, unchanged.
        let held: Vec<(Vec<u8>, i64, Option<Vec<u8>>)> = attachments
            .query_map([seq as i64], |a| Ok((a.get(0)?, a.get(1)?, a.get(2)?)))?
            .collect::<Result<_, _>>()?;
        if content.is_some() {
            let matches = held.len() == listed.len()
                && held.iter().zip(&listed).all(|((sha, size, data), l)| {
                    sha[..] == l.sha256
                        && *size as u64 == l.size
                        && data.as_deref().is_some_and(|d| chain::content_hash(d) == l.sha256)
                });
            if !matches {
                return Err(broken(Problem::AttachmentChanged));
            }
        } else if held.iter().any(|(_, _, d)| d.is_some()) {
            return Err(broken(Problem::AttachmentChanged));
        }
        let link = Link { seq, kind, entry, at_ms: r.get(3)?, offset_min: r.get(4)?, content_hash };
        prev = chain::link_hash(&prev, &link);
        if prev != stored {
            return Err(broken(Problem::LinkChanged));
        }
        expected += 1;
    }
    let events = expected - 1;
    let (head_seq, head_hash) = head(conn)?;
    if head_seq > events {
        return Err(Broken { seq: events + 1, problem: Problem::Truncated }.into());
    }
    if head_seq < events || (events > 0 && head_hash != prev) {
        return Err(Broken { seq: head_seq.max(1), problem: Problem::LinkChanged }.into());
    }
    Ok(Head { events, hash: prev })
}

#[cfg(test)]
mod tests;
