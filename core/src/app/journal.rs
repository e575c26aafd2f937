//! The journal and safety plan through the facade: every call needs the vault unlocked, and
//! a lock during a long export or import stops it.

use std::fs::{File, OpenOptions};
use std::io::{Read, Write};
use std::path::Path;
use std::sync::atomic::{AtomicBool, Ordering};

use age::secrecy::SecretString;

use super::{AppError, Harbour};
use crate::journal::draft::{self, Draft};
use crate::journal::export::{self, ExportSummary, ExportTo};
use crate::journal::plan::{SafetyPlan, Section};
use crate::journal::{self, EntryView, Head, JournalError, Moment, NewEntry};

impl Harbour {
    pub fn journal_append(&self, entry: &NewEntry) -> Result<String, AppError> {
        self.with_vault(|v| Ok(journal::append(v.store.conn_mut(), entry, Moment::now())?))
    }

    /// Keeps the entry being written (see [`crate::journal::draft`]); the shell calls this as
    /// the person types, so a lock loses nothing. Counts as activity, as typing is.
    pub fn journal_draft_save(&self, draft: &Draft) -> Result<(), AppError> {
        self.with_vault(|v| Ok(draft::save(v.store.conn(), draft)?))
    }

    /// The entry being written when the journal last closed, if any.
    pub fn journal_draft(&self) -> Result<Option<Draft>, AppError> {
        self.with_vault(|v| Ok(draft::get(v.store.conn())?))
    }

    /// Forgets the draft (saved as an entry, or thrown away), and checkpoints so its text is
    /// not left in the write-ahead log.
    pub fn journal_draft_clear(&self) -> Result<(), AppError> {
        self.with_vault(|v| {
            draft::clear(v.store.conn())?;
            v.store.checkpoint()?;
            Ok(())
        })
    }

    pub fn journal_revise(&self, id: &str, entry: &NewEntry) -> Result<(), AppError> {
        self.with_vault(|v| Ok(journal::revise(v.store.conn_mut(), id, entry, Moment::now())?))
    }

    /// Deletes an entry and checkpoints, so its text is gone from the database and the WAL.
    pub fn journal_delete(&self, id: &str) -> Result<(), AppError> {
        self.with_vault(|v| {
            journal::delete(v.store.conn_mut(), id, Moment::now())?;
            v.store.checkpoint()?;
            Ok(())
        })
    }

    pub fn journal_list(&self, offset: u64, limit: u32) -> Result<Vec<EntryView>, AppError> {
        self.with_vault(|v| Ok(journal::list(v.store.conn(), offset, limit)?))
    }

    pub fn journal_count(&self) -> Result<u64, AppError> {
        self.with_vault(|v| Ok(journal::count(v.store.conn())?))
    }

    pub fn journal_get(&self, id: &str) -> Result<EntryView, AppError> {
        self.with_vault(|v| Ok(journal::get(v.store.conn(), id)?))
    }

    pub fn journal_attachment(&self, attachment_id: i64) -> Result<Vec<u8>, AppError> {
        self.with_vault(|v| Ok(journal::attachment(v.store.conn(), attachment_id)?))
    }

    pub fn journal_verify(&self) -> Result<Head, AppError> {
        self.with_vault(|v| Ok(journal::verify(v.store.conn())?))
    }

    pub fn plan(&self) -> Result<SafetyPlan, AppError> {
        self.with_vault(|v| Ok(journal::plan::get(v.store.conn())?))
    }

    pub fn plan_set(&self, section: &Section) -> Result<(), AppError> {
        self.with_vault(|v| Ok(journal::plan::set_section(v.store.conn_mut(), section, Moment::now())?))
    }

    /// Writes the encrypted export to `path` (which must not exist yet). On any failure,
    /// including a lock during the export, the partial file is removed.
    pub fn journal_export(
        &self,
        path: &Path,
        to: &ExportTo,
        preferences: &[String],
        progress: &mut dyn FnMut(u64, u64) -> bool,
    ) -> Result<ExportSummary, AppError> {
        let localizer = self.localizer(preferences)?;
        let file = OpenOptions::new().write(true).create_new(true).open(path).map_err(io)?;
        let result = self.with_vault_stoppable(|v, stop| {
            // Every chunk written checks the lock, so a quick exit stops the export between
            // chunks, inside an attachment or age's encryption too.
            let out = Stoppable { inner: std::io::BufWriter::new(&file), stop };
            Ok(export::export(v.store.conn(), out, to, &localizer, progress)?)
        });
        let result = result.and_then(|summary| {
            file.sync_all().map_err(io)?;
            Ok(summary)
        });
        if result.is_err() {
            drop(file);
            let _ = std::fs::remove_file(path);
        }
        result
    }

    /// Restores an export into this (empty) journal.
    pub fn journal_import(
        &self,
        path: &Path,
        passphrase: SecretString,
        progress: &mut dyn FnMut(u64) -> bool,
    ) -> Result<Head, AppError> {
        let file = File::open(path).map_err(io)?;
        self.with_vault_stoppable(|v, stop| {
            let input = Stoppable { inner: std::io::BufReader::new(file), stop };
            let head = export::import(v.store.conn_mut(), input, passphrase, progress)?;
            v.store.checkpoint()?;
            Ok(head)
        })
    }
}

/// A reader or writer that fails once the session's lock flag is set.
struct Stoppable<'a, T> {
    inner: T,
    stop: &'a AtomicBool,
}

impl<T> Stoppable<'_, T> {
    fn check(&self) -> std::io::Result<()> {
        if self.stop.load(Ordering::SeqCst) {
            // Not `Interrupted`: `write_all` and `read_exact` would retry that.
            return Err(std::io::Error::other("locked"));
        }
        Ok(())
    }
}

impl<T: Write> Write for Stoppable<'_, T> {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.check()?;
        self.inner.write(buf)
    }

    fn flush(&mut self) -> std::io::Result<()> {
        self.check()?;
        self.inner.flush()
    }
}

impl<T: Read> Read for Stoppable<'_, T> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        self.check()?;
        self.inner.read(buf)
    }
}

fn io(e: std::io::Error) -> AppError {
    AppError::Journal(JournalError::Store(e.into()))
}

#[cfg(test)]
#[path = "draft_tests.rs"]
mod draft_tests;
