//! Small durable file operations shared by the vault files.

use std::fs::{self, File, OpenOptions};
use std::io::{self, Write};
use std::path::Path;

use crate::failpoint::disk;

/// Replaces `path` with `bytes` so that after a crash the file holds either the old or the
/// new contents, never a mix: write a sibling, flush it to disk, rename over, flush the
/// directory entry.
pub(crate) fn write_atomic(path: &Path, bytes: &[u8]) -> io::Result<()> {
    let tmp = temp_sibling(path);
    let written = (|| -> io::Result<()> {
        let mut file = OpenOptions::new().write(true).create_new(true).open(&tmp)?;
        file.write_all(bytes)?;
        file.sync_all()?;
        disk::event(disk::Event::Synced(&tmp));
        fs::rename(&tmp, path)?;
        disk::event(disk::Event::Renamed(&tmp, path));
        Ok(())
    })();
    if written.is_err() {
        let _ = fs::remove_file(&tmp);
    }
    written?;
    sync_dir(path)
}

/// Rewrites a small fixed-size file in place when it exists at `bytes`' length — no new block
/// is needed, so it works on a full disk — and atomically otherwise. For records whose
/// readers treat a torn write as damage (the attempt counter, the epoch), never for data.
pub(crate) fn write_small_in_place(path: &Path, bytes: &[u8]) -> io::Result<()> {
    match OpenOptions::new().write(true).open(path) {
        Ok(mut file) if file.metadata()?.len() == bytes.len() as u64 => {
            file.write_all(bytes)?;
            file.sync_all()?;
            disk::event(disk::Event::Synced(path));
            Ok(())
        }
        Ok(_) => write_atomic(path, bytes),
        Err(e) if e.kind() == io::ErrorKind::NotFound => write_atomic(path, bytes),
        Err(e) => Err(e),
    }
}

/// A sibling of `path` no other writer picks: the process id and random bytes in the name,
/// so two processes (or threads) replacing the same file never write into one temp file.
pub(crate) fn temp_sibling(path: &Path) -> std::path::PathBuf {
    let mut random = [0u8; 8];
    crate::secret::fill_random(&mut random);
    let mut name = path.as_os_str().to_owned();
    name.push(format!(".{}.{}.tmp", std::process::id(), hex::encode(random)));
    name.into()
}

/// Overwrites every byte of the open `file` with random bytes, in place, and flushes: old
/// contents overwritten where they lie, as far as the storage allows (a best effort on
/// flash). The file may already be unlinked (replaced by a new one under its name).
pub(crate) fn overwrite_with_random(file: &std::fs::File) -> io::Result<()> {
    use std::io::{Seek, SeekFrom};
    let len = file.metadata()?.len();
    let mut file = file;
    file.seek(SeekFrom::Start(0))?;
    let mut chunk = vec![0u8; 64 * 1024];
    let mut left = len;
    while left > 0 {
        let n = left.min(chunk.len() as u64) as usize;
        crate::secret::fill_random(&mut chunk[..n]);
        file.write_all(&chunk[..n])?;
        left -= n as u64;
    }
    file.sync_all()
}

/// Sets `path`'s modification time to now (and flushes), without changing its contents.
pub(crate) fn touch(path: &Path) -> io::Result<()> {
    match OpenOptions::new().write(true).open(path) {
        Ok(file) => {
            file.set_modified(std::time::SystemTime::now())?;
            file.sync_all()
        }
        Err(e) if e.kind() == io::ErrorKind::NotFound => Ok(()),
        Err(e) => Err(e),
    }
}

/// Flushes the directory holding `path`, making a rename or unlink in it durable.
pub(crate) fn sync_dir(path: &Path) -> io::Result<()> {
    let dir = path.parent().filter(|p| !p.as_os_str().is_empty()).unwrap_or(Path::new("."));
    // Directories cannot be opened for syncing on every platform; where they cannot, the
    // rename is as durable as the OS makes it.
    match File::open(dir) {
        Ok(d) => {
            d.sync_all().or_else(|e| if cfg!(windows) { Ok(()) } else { Err(e) })?;
            disk::event(disk::Event::DirSynced(dir));
            Ok(())
        }
        Err(_) if cfg!(windows) => Ok(()),
        Err(e) => Err(e),
    }
}

/// Reads a whole file, mapping "not there" to `None`.
pub(crate) fn read_optional(path: &Path) -> io::Result<Option<Vec<u8>>> {
    match fs::read(path) {
        Ok(bytes) => Ok(Some(bytes)),
        Err(e) if e.kind() == io::ErrorKind::NotFound => Ok(None),
        Err(e) => Err(e),
    }
}

/// Removes a file if it exists.
pub(crate) fn remove_if_exists(path: &Path) -> io::Result<()> {
    match fs::remove_file(path) {
        Ok(()) => {
            disk::event(disk::Event::Removed(path));
            Ok(())
        }
        Err(e) if e.kind() == io::ErrorKind::NotFound => Ok(()),
        Err(e) => Err(e),
    }
}
