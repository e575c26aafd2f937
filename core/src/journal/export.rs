//! The export for a caseworker: one `age`-encrypted file that opens on an ordinary computer
//! (`age -d`), holding a readable timeline in the person's language, the attachments, and
//! every event with its hashes so the chain can be checked again.
//!
//! Inside the age stream is a tar archive:
//! ```text
//! harbour-export/README.txt               what this is and how to check it
//! harbour-export/index.html               the timeline's first page, with the check code
//! harbour-export/timeline-NNNN.html       the timeline, 500 events a page
//! harbour-export/journal/events-NNNN.jsonl  events (JSON Lines): seq, kind, entry, time,
//!                                         content (base64, when kept), content_hash, hash
//! harbour-export/attachments/<seq>-<n>-<name>
//! ```
//! Everything is written through the encryptor as it is read from the vault, page by page
//! and attachment by attachment: no plaintext touches the disk, and memory holds at most one
//! page of the timeline and one attachment.

use std::io::{self, Read, Write};

use age::secrecy::SecretString;
use rusqlite::{Connection, params};
use serde::{Deserialize, Serialize};
use sha2::Digest;

use super::chain::{self, EntryContent, EventKind};
use super::{JournalError, Moment, invalid, verify};
use crate::input::{self, Field};
use crate::l10n::{Arg, Direction, Localizer};

const ROOT: &str = "harbour-export";
const EVENTS_PER_PAGE: usize = 500;
/// What a restore accepts, so that a small file cannot demand unbounded memory or disk: one
/// page of events (each at most the text limit, in base64, with its metadata), a number of
/// archive members and a total well above any real journal on a phone.
const MAX_PAGE_BYTES: u64 = EVENTS_PER_PAGE as u64 * 256 * 1024;
const MAX_MEMBERS: u64 = 200_000;
const MAX_RESTORE_BYTES: u64 = 2 * 1024 * 1024 * 1024;
const FORMAT: &str = "harbour-journal-export-v1";

/// Who can open the export.
#[derive(Clone)]
pub enum ExportTo {
    /// Anyone with this passphrase (`age -d` asks for it).
    Passphrase(SecretString),
    /// The holder of an age identity, given its public key (`age1…`), e.g. a caseworker
    /// organisation's key set up by an outreach worker.
    Recipient(String),
}

/// An event as exported.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ExportedEvent {
    pub seq: u64,
    pub kind: u8,
    /// Hex.
    pub entry: String,
    pub at_ms: i64,
    pub offset_min: i32,
    /// Base64 of the canonical content; absent once destroyed.
    #[serde(default)]
    pub content: Option<String>,
    /// Hex.
    pub content_hash: String,
    /// Hex.
    pub hash: String,
    /// Archive paths of the attachments kept, in order.
    #[serde(default)]
    pub attachments: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ExportSummary {
    pub events: u64,
    pub attachments: u64,
    pub witness_code: String,
}

fn b64(bytes: &[u8]) -> String {
    use base64::Engine;
    base64::engine::general_purpose::STANDARD.encode(bytes)
}

fn unb64(text: &str) -> Option<Vec<u8>> {
    use base64::Engine;
    base64::engine::general_purpose::STANDARD.decode(text).ok()
}

fn tar_file<W: Write>(tar: &mut tar::Builder<W>, path: &str, size: u64, data: impl Read) -> io::Result<()> {
    let mut header = tar::Header::new_ustar();
    header.set_size(size);
    header.set_mode(0o600);
    header.set_mtime(0);
    header.set_entry_type(tar::EntryType::Regular);
    tar.append_data(&mut header, format!("{ROOT}/{path}"), data)
}

fn html_escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// A safe file name for an attachment inside the archive.
fn archive_name(seq: u64, n: usize, name: &str) -> String {
    let clean: String = name
        .chars()
        .map(|c| if c.is_alphanumeric() || c == '.' || c == '-' || c == '_' { c } else { '_' })
        .take(80)
        .collect();
    format!("attachments/{seq:06}-{n}-{clean}")
}

fn when(l: &Localizer, at_ms: i64, offset_min: i32) -> String {
    let local =
        chrono::DateTime::from_timestamp_millis(at_ms + i64::from(offset_min) * 60_000).unwrap_or_default().naive_utc();
    use chrono::{Datelike, Timelike};
    let sign = if offset_min < 0 { '-' } else { '+' };
    format!(
        "{} {} (UTC{sign}{:02}:{:02})",
        l.format_date(local.year(), local.month(), local.day()),
        l.format_time(local.hour(), local.minute()),
        offset_min.abs() / 60,
        offset_min.abs() % 60
    )
}

fn page_html(l: &Localizer, title: &str, body: &str) -> String {
    let dir = if l.direction() == Direction::RightToLeft { "rtl" } else { "ltr" };
    format!(
        "<!doctype html>\n<html lang=\"{lang}\" dir=\"{dir}\"><head><meta charset=\"utf-8\"><title>{title}</title>\
         <style>body{{font-family:sans-serif;max-width:48em;margin:2em auto;line-height:1.5}}\
         .event{{border-top:1px solid #ccc;padding:.5em 0}}.meta{{color:#555;font-size:.9em}}\
         .text{{white-space:pre-wrap}}.code{{font-family:monospace;font-size:1.3em}}</style></head><body>\n{body}\n</body></html>\n",
        lang = html_escape(&l.locale()),
        title = html_escape(title),
    )
}

struct EventRow {
    seq: u64,
    kind: i64,
    entry: Vec<u8>,
    at_ms: i64,
    offset_min: i32,
    content: Option<Vec<u8>>,
    content_hash: Vec<u8>,
    hash: Vec<u8>,
}

/// A short fingerprint of an age public key (`age1…`), for a person to read out and compare
/// with the organisation before an export goes to it: SHA-256 of the key, first 8 bytes, in
/// four groups of four hex digits. `None` if it is not an age public key.
pub fn key_fingerprint(key: &str) -> Option<String> {
    let recipient: age::x25519::Recipient = key.trim().parse().ok()?;
    let digest = sha2::Sha256::digest(recipient.to_string().as_bytes());
    let hex = hex::encode_upper(&digest[..8]);
    Some(hex.as_bytes().chunks(4).map(|c| std::str::from_utf8(c).expect("hex")).collect::<Vec<_>>().join(" "))
}

/// Writes the encrypted export of the whole journal and safety plan to `out`. The chain is
/// verified first: a journal that does not verify is not exported as if it did.
pub fn export<W: Write>(
    conn: &Connection,
    out: W,
    to: &ExportTo,
    localizer: &Localizer,
    progress: &mut dyn FnMut(u64, u64) -> bool,
) -> Result<ExportSummary, JournalError> {
    let head = verify(conn)?;
    let encryptor = match to {
        ExportTo::Passphrase(p) => age::Encryptor::with_user_passphrase(p.clone()),
        ExportTo::Recipient(key) => {
            let recipient: age::x25519::Recipient =
                key.parse().map_err(|_| invalid(Field::Recipient, input::Problem::Malformed))?;
            age::Encryptor::with_recipients(std::iter::once(&recipient as &dyn age::Recipient))
                .map_err(|_| invalid(Field::Recipient, input::Problem::Malformed))?
        }
    };
    let stream = encryptor.wrap_output(out).map_err(io_error)?;
    let mut tar = tar::Builder::new(stream);
    let l = localizer;

    let readme = format!(
        "{title}\n\nFormat: {FORMAT}\nEvents: {events}\nCheck code: {code}\n\n\
         Open index.html in a web browser to read the timeline.\n\
         journal/events-*.jsonl hold every event with its hashes; attachments/ holds the files.\n\
         Chain: h0 = SHA-256(\"harbour-journal-v1\"); h_i = SHA-256(\"HBJ1\" || h_(i-1) || seq:u64 || kind:u8 ||\n\
         entry:16 bytes || at_ms:i64 || offset_min:i32 || SHA-256(content)), integers big-endian.\n\
         The last hash must match the check code a caseworker noted, if any.\n",
        title = l.format("export-title", &[]),
        events = head.events,
        code = head.witness_code(),
    );
    tar_file(&mut tar, "README.txt", readme.len() as u64, readme.as_bytes()).map_err(io_error)?;

    let total = head.events;
    let mut done = 0u64;
    let mut attachments_written = 0u64;
    let mut page = 0usize;
    let mut index_links = String::new();
    let mut stmt = conn.prepare(
        "SELECT seq, kind, entry, at_ms, offset_min, content, content_hash, hash FROM journal_events ORDER BY seq",
    )?;
    let mut att_stmt =
        conn.prepare("SELECT id, name, size FROM journal_attachments WHERE seq = ?1 AND data IS NOT NULL ORDER BY id")?;
    let mut rows = stmt.query([])?;
    let mut batch: Vec<EventRow> = Vec::with_capacity(EVENTS_PER_PAGE);
    // Each entry's creating event, so edits and deletions can name the entry they change.
    let mut created_at: std::collections::HashMap<Vec<u8>, u64> = std::collections::HashMap::new();
    loop {
        let row = rows.next()?;
        if let Some(r) = row {
            batch.push(EventRow {
                seq: r.get::<_, i64>(0)? as u64,
                kind: r.get(1)?,
                entry: r.get(2)?,
                at_ms: r.get(3)?,
                offset_min: r.get(4)?,
                content: r.get(5)?,
                content_hash: r.get(6)?,
                hash: r.get(7)?,
            });
            if batch.len() < EVENTS_PER_PAGE {
                continue;
            }
        }
        if batch.is_empty() {
            break;
        }
        page += 1;
        let mut jsonl = String::new();
        let mut html = String::new();
        for e in batch.drain(..) {
            let mut files = Vec::new();
            let atts: Vec<(i64, String, i64)> = att_stmt
                .query_map([e.seq as i64], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?
                .collect::<Result<_, _>>()?;
            for (n, (id, name, size)) in atts.into_iter().enumerate() {
                let path = archive_name(e.seq, n, &name);
                let blob = conn.blob_open(rusqlite::MAIN_DB, "journal_attachments", "data", id, true)?;
                tar_file(&mut tar, &path, size as u64, blob).map_err(io_error)?;
                files.push(path);
                attachments_written += 1;
            }
            let changes = match EventKind::from_code(e.kind) {
                Some(EventKind::Create) => {
                    created_at.insert(e.entry.clone(), e.seq);
                    None
                }
                Some(EventKind::Revise | EventKind::Delete) => created_at.get(&e.entry).copied(),
                _ => None,
            };
            html.push_str(&event_html(l, &e, &files, changes));
            let exported = ExportedEvent {
                seq: e.seq,
                kind: e.kind as u8,
                entry: hex::encode(&e.entry),
                at_ms: e.at_ms,
                offset_min: e.offset_min,
                content: e.content.as_deref().map(b64),
                content_hash: hex::encode(&e.content_hash),
                hash: hex::encode(&e.hash),
                attachments: files,
            };
            jsonl.push_str(&serde_json::to_string(&exported).expect("an event serialises"));
            jsonl.push('\n');
            done += 1;
            if !progress(done, total) {
                return Err(JournalError::Cancelled);
            }
        }
        let name = format!("journal/events-{page:04}.jsonl");
        tar_file(&mut tar, &name, jsonl.len() as u64, jsonl.as_bytes()).map_err(io_error)?;
        let page_name = format!("timeline-{page:04}.html");
        let page_doc = page_html(l, &l.format("journal-title", &[]), &html);
        tar_file(&mut tar, &page_name, page_doc.len() as u64, page_doc.as_bytes()).map_err(io_error)?;
        index_links.push_str(&format!("<li><a href=\"{page_name}\">{page_name}</a></li>\n"));
        if row.is_none() {
            break;
        }
    }
    drop(rows);
    let plan = super::plan::get(conn)?;
    let mut plan_html = String::new();
    for section in &plan.sections {
        plan_html.push_str(&format!(
            "<h3>{}</h3><pre class=\"text\">{}</pre>\n",
            html_escape(&l.format(section.message_id(), &[])),
            html_escape(&serde_json::to_string_pretty(section).expect("serialises"))
        ));
    }
    let index = page_html(
        l,
        &l.format("journal-title", &[]),
        &format!(
            "<h1>{title}</h1>\n<p>{intro}</p>\n<p>{code_label}: <span class=\"code\">{code}</span></p>\n<ul>\n{index_links}</ul>\n<h2>{plan}</h2>\n{plan_html}",
            title = html_escape(&l.format("journal-title", &[])),
            intro =
                html_escape(&l.format("journal-count", &[("count", Arg::Number(crate::journal::count(conn)? as f64))])),
            code_label = html_escape(&l.format("journal-witness-code", &[])),
            code = html_escape(&head.witness_code()),
            plan = html_escape(&l.format("plan-title", &[])),
        ),
    );
    tar_file(&mut tar, "index.html", index.len() as u64, index.as_bytes()).map_err(io_error)?;
    let stream = tar.into_inner().map_err(io_error)?;
    stream.finish().map_err(io_error)?;
    progress(total, total);
    Ok(ExportSummary { events: head.events, attachments: attachments_written, witness_code: head.witness_code() })
}

/// One event of the timeline. `changes`: for an edit or a deletion, the event that created the
/// entry it changes, so a caseworker can follow each entry's history.
fn event_html(l: &Localizer, e: &EventRow, files: &[String], changes: Option<u64>) -> String {
    let label = match EventKind::from_code(e.kind) {
        Some(EventKind::Create) => l.format("journal-written", &[("date", Arg::Text(when(l, e.at_ms, e.offset_min)))]),
        Some(EventKind::Revise) => l.format("journal-edited", &[("date", Arg::Text(when(l, e.at_ms, e.offset_min)))]),
        Some(EventKind::Delete) => format!("{} — {}", when(l, e.at_ms, e.offset_min), l.format("journal-deleted", &[])),
        Some(EventKind::Plan) => format!("{} — {}", when(l, e.at_ms, e.offset_min), l.format("plan-title", &[])),
        None => String::new(),
    };
    let mut out = format!(
        "<div class=\"event\" id=\"e{}\"><div class=\"meta\">#{} · {}</div>\n",
        e.seq,
        e.seq,
        html_escape(&label)
    );
    if let Some(created) = changes {
        let text = l.format("export-changes-entry", &[("number", Arg::Number(created as f64))]);
        out.push_str(&format!("<div class=\"meta\"><a href=\"#e{created}\">{}</a></div>\n", html_escape(&text)));
    }
    match (EventKind::from_code(e.kind), &e.content) {
        (Some(EventKind::Create | EventKind::Revise), Some(c)) => {
            if let Some(content) = EntryContent::decode(c) {
                if let Some(cat) = &content.category {
                    out.push_str(&format!(
                        "<div class=\"meta\">{}</div>",
                        html_escape(&l.format(&format!("category-{cat}"), &[]))
                    ));
                }
                if !content.tags.is_empty() {
                    out.push_str(&format!(
                        "<div class=\"meta\">{}: {}</div>",
                        html_escape(&l.format("journal-tags", &[])),
                        html_escape(&content.tags.join(", "))
                    ));
                }
                out.push_str(&format!("<div class=\"text\">{}</div>\n", html_escape(&content.text)));
            }
        }
        (Some(EventKind::Plan), Some(c)) => {
            if let Some((section, json)) = chain::decode_plan(c) {
                out.push_str(&format!(
                    "<div class=\"meta\">{}</div><pre class=\"text\">{}</pre>",
                    html_escape(&section),
                    html_escape(&json)
                ));
            }
        }
        _ => {}
    }
    for f in files {
        out.push_str(&format!("<div><a href=\"{0}\">{0}</a></div>", html_escape(f)));
    }
    out.push_str("</div>\n");
    out
}

fn io_error(e: io::Error) -> JournalError {
    JournalError::Store(e.into())
}

/// Restores an export into an empty journal (moving to a new phone). Events, safety plan
/// and attachments are written in one transaction, and committed only if the restored chain
/// verifies. Returns the restored head.
pub fn import<R: Read>(
    conn: &mut Connection,
    input: R,
    passphrase: SecretString,
    progress: &mut dyn FnMut(u64) -> bool,
) -> Result<super::Head, JournalError> {
    import_with(conn, input, &age::scrypt::Identity::new(passphrase), progress)
}

/// [`import`] with the age identity already made: making a passphrase identity measures
/// scrypt on this machine, which the fuzzer cannot afford on every run.
pub fn import_with<R: Read>(
    conn: &mut Connection,
    input: R,
    identity: &dyn age::Identity,
    progress: &mut dyn FnMut(u64) -> bool,
) -> Result<super::Head, JournalError> {
    if super::count(conn)? > 0 || conn.query_row("SELECT count(*) FROM journal_events", [], |r| r.get::<_, i64>(0))? > 0
    {
        return Err(JournalError::NotEmpty);
    }
    let decryptor = age::Decryptor::new(io::BufReader::new(input)).map_err(decrypt_error)?;
    let reader = decryptor.decrypt(std::iter::once(identity)).map_err(decrypt_error)?;
    let mut archive = tar::Archive::new(reader);
    let tx = conn.transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?;
    // Attachment rows arrive before the event they belong to; check the link at commit.
    tx.execute_batch("PRAGMA defer_foreign_keys = ON")?;
    let mut restored = 0u64;
    // Attachment files arrive before the event list that names them; keep their rows by path.
    let mut pending: std::collections::HashMap<String, i64> = std::collections::HashMap::new();
    let (mut members, mut total) = (0u64, 0u64);
    for entry in archive.entries().map_err(damaged)? {
        let entry = entry.map_err(damaged)?;
        // Regular files only: no links, no devices, and no sparse entries, whose declared size
        // says nothing of what they expand to.
        if entry.header().entry_type() != tar::EntryType::Regular {
            return Err(JournalError::ExportDamaged);
        }
        members += 1;
        let size = entry.header().size().map_err(damaged)?;
        total = total.saturating_add(size);
        if members > MAX_MEMBERS || total > MAX_RESTORE_BYTES {
            return Err(JournalError::ExportDamaged);
        }
        let path = entry.path().map_err(damaged)?.to_string_lossy().into_owned();
        let Some(rel) = path.strip_prefix(&format!("{ROOT}/")).map(str::to_owned) else {
            return Err(JournalError::ExportDamaged);
        };
        if rel.starts_with("attachments/") {
            let data = read_capped(entry, size, super::limits::MAX_ATTACHMENT_BYTES as u64)?;
            tx.execute(
                "INSERT INTO journal_attachments (seq, name, mime, size, sha256, data) VALUES (0, '', '', ?1, ?2, ?3)",
                params![data.len() as i64, &chain::content_hash(&data)[..], data],
            )?;
            pending.insert(rel, tx.last_insert_rowid());
        } else if rel.starts_with("journal/") {
            let text = String::from_utf8(read_capped(entry, size, MAX_PAGE_BYTES)?)
                .map_err(|_| JournalError::ExportDamaged)?;
            for line in text.lines().filter(|l| !l.is_empty()) {
                let e: ExportedEvent = serde_json::from_str(line).map_err(|_| JournalError::ExportDamaged)?;
                restore_event(&tx, &e, &mut pending)?;
                restored += 1;
                if !progress(restored) {
                    return Err(JournalError::Cancelled);
                }
            }
        }
    }
    if !pending.is_empty() {
        return Err(JournalError::ExportDamaged);
    }
    tx.execute(
        "INSERT INTO journal_head (id, seq, hash) SELECT 1, seq, hash FROM journal_events ORDER BY seq DESC LIMIT 1",
        [],
    )?;
    let head = verify(&tx)?;
    tx.commit()?;
    Ok(head)
}

/// Reads a member whose header says `size` bytes, refusing it above `cap`, and never reading
/// more than it said.
fn read_capped(entry: impl Read, size: u64, cap: u64) -> Result<Vec<u8>, JournalError> {
    if size > cap {
        return Err(JournalError::ExportDamaged);
    }
    let mut data = Vec::with_capacity(size as usize);
    entry.take(size).read_to_end(&mut data).map_err(damaged)?;
    if data.len() as u64 != size {
        return Err(JournalError::ExportDamaged);
    }
    Ok(data)
}

fn restore_event(
    tx: &rusqlite::Transaction<'_>,
    e: &ExportedEvent,
    pending: &mut std::collections::HashMap<String, i64>,
) -> Result<(), JournalError> {
    let bad = || JournalError::ExportDamaged;
    let entry = hex::decode(&e.entry).map_err(|_| bad())?;
    let content = match &e.content {
        Some(c) => Some(unb64(c).ok_or_else(bad)?),
        None => None,
    };
    let content_hash = hex::decode(&e.content_hash).map_err(|_| bad())?;
    let hash = hex::decode(&e.hash).map_err(|_| bad())?;
    tx.execute(
        "INSERT INTO journal_events (seq, kind, entry, at_ms, offset_min, content, content_hash, hash) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
        params![e.seq as i64, e.kind, entry, e.at_ms, e.offset_min, content, content_hash, hash],
    )
    .map_err(|_| bad())?;
    let listed = content.as_deref().and_then(EntryContent::decode).map(|c| c.attachments).unwrap_or_default();
    for (path, r) in e.attachments.iter().zip(&listed) {
        let id = pending.remove(path).ok_or_else(bad)?;
        tx.execute(
            "UPDATE journal_attachments SET seq = ?2, name = ?3, mime = ?4 WHERE id = ?1",
            params![id, e.seq as i64, r.name, r.mime],
        )?;
    }
    if let (Some(EventKind::Plan), Some(c)) = (EventKind::from_code(i64::from(e.kind)), &content)
        && let Some((section, json)) = chain::decode_plan(c)
    {
        tx.execute(
            "INSERT INTO safety_plan (section, data) VALUES (?1, ?2) ON CONFLICT (section) DO UPDATE SET data = excluded.data",
            params![section, json],
        )?;
    }
    Ok(())
}

/// Checks an export without a vault: restores it into a throw-away in-memory database and
/// verifies the chain there. For a caseworker's computer; nothing is written to disk.
pub fn check_export<R: Read>(input: R, passphrase: SecretString) -> Result<super::Head, JournalError> {
    check_export_with(input, &age::scrypt::Identity::new(passphrase))
}

/// [`check_export`] for an export made to an organisation's key, given its identity file
/// (`AGE-SECRET-KEY-1…` lines, `#` comments allowed).
pub fn check_export_with_identity<R: Read>(input: R, identity_file: &str) -> Result<super::Head, JournalError> {
    let identities: Vec<age::x25519::Identity> = identity_file
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .map(|l| l.parse::<age::x25519::Identity>().map_err(|_| invalid(Field::Recipient, input::Problem::Malformed)))
        .collect::<Result<_, _>>()?;
    let [identity] = identities.as_slice() else {
        return Err(invalid(Field::Recipient, input::Problem::Malformed));
    };
    check_export_with(input, identity)
}

fn check_export_with<R: Read>(input: R, identity: &dyn age::Identity) -> Result<super::Head, JournalError> {
    crate::store::memory::install();
    let mut conn = Connection::open_in_memory()?;
    crate::store::migrations::migrate(&mut conn, &crate::store::schemas::VAULT)?;
    import_with(&mut conn, input, identity, &mut |_| true)
}

fn decrypt_error(e: age::DecryptError) -> JournalError {
    match e {
        age::DecryptError::NoMatchingKeys
        | age::DecryptError::DecryptionFailed
        | age::DecryptError::KeyDecryptionFailed => JournalError::WrongPassphrase,
        _ => JournalError::ExportDamaged,
    }
}

fn damaged(_: io::Error) -> JournalError {
    JournalError::ExportDamaged
}

/// Event timestamps as the journal records them, for tests and tools.
pub fn moment_of(e: &ExportedEvent) -> Moment {
    Moment { at_ms: e.at_ms, offset_min: e.offset_min }
}
