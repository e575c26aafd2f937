use std::ffi::{CString, c_int};
use std::path::{Path, PathBuf};

use rusqlite::{Connection, InterruptHandle, OpenFlags};
use zeroize::Zeroizing;

use super::{Schema, StoreError, migrations};
use crate::secret::{KEY_LEN, SecretKey};

/// How hard a commit waits for the disk.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Durability {
    /// `synchronous = FULL`: a commit that returned survives power loss. For the journal.
    Full,
    /// `synchronous = NORMAL`: in WAL mode a crash cannot corrupt the database, but the last
    /// commits before a power cut may be lost. For content that can be re-imported.
    Normal,
}

/// Per-store tuning.
#[derive(Debug, Clone, Copy)]
pub struct StoreOptions {
    pub durability: Durability,
    /// Page-cache size. Decrypting a page costs far more than reading it, so an encrypted
    /// store wants its working set cached (SPEC §5: 2 MB cache 5.4× slower, 32 MB 1.0×).
    pub cache_kib: u32,
    /// WAL pages before SQLite folds them back into the database. Closing folds back what is
    /// left, so a small value keeps a lock after many writes quick (SPEC §5: ≤ 5 ms).
    pub wal_autocheckpoint: u32,
}

impl StoreOptions {
    /// The journal vault: every acknowledged write must survive a crash.
    pub const VAULT: StoreOptions =
        StoreOptions { durability: Durability::Full, cache_kib: 8 * 1024, wal_autocheckpoint: 64 };
    /// The content store: read-mostly, re-importable.
    pub const CONTENT: StoreOptions =
        StoreOptions { durability: Durability::Normal, cache_kib: 16 * 1024, wal_autocheckpoint: 1000 };
}

/// How the file is encrypted.
#[derive(Debug, Clone, Copy)]
pub enum Keying<'a> {
    /// SQLCipher with this raw key.
    Encrypted(&'a SecretKey),
    /// Plain SQLite: only for baselines in benchmarks and for running the same test suites
    /// against both kinds of store. Nothing the app keeps is ever stored this way.
    Plaintext,
}

/// An open, migrated store.
pub struct Store {
    conn: Connection,
    path: PathBuf,
}

impl std::fmt::Debug for Store {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Store").field("path", &self.path).finish_non_exhaustive()
    }
}

impl Store {
    /// Creates a new store at `path` and migrates it. Refuses if a file is already there;
    /// stale `-wal`/`-shm` files without their database are removed first, since SQLite
    /// would otherwise try to replay them into the new file.
    pub fn create(
        path: &Path,
        keying: Keying<'_>,
        options: StoreOptions,
        schema: &Schema,
    ) -> Result<Store, StoreError> {
        if path.exists() {
            return Err(StoreError::AlreadyExists);
        }
        for sidecar in sidecars(path) {
            match std::fs::remove_file(&sidecar) {
                Ok(()) => {}
                Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
                Err(e) => return Err(e.into()),
            }
        }
        let flags = OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_CREATE;
        Self::open_with(path, flags, keying, options, schema, false)
    }

    /// Opens an existing store and applies pending migrations.
    pub fn open(path: &Path, keying: Keying<'_>, options: StoreOptions, schema: &Schema) -> Result<Store, StoreError> {
        let meta = match std::fs::metadata(path) {
            Ok(meta) => meta,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Err(StoreError::Missing),
            Err(e) => return Err(e.into()),
        };
        // SQLite would quietly treat an empty file as a new database and write to it.
        if meta.len() == 0 {
            return Err(StoreError::NotADatabase);
        }
        match Self::open_with(path, OpenFlags::SQLITE_OPEN_READ_WRITE, keying, options, schema, false) {
            // No room for the shared-memory file: opened again holding the file alone, which
            // keeps the WAL index in memory, so a journal can still be read on a full phone.
            Err(StoreError::StorageFull) => {
                Self::open_with(path, OpenFlags::SQLITE_OPEN_READ_WRITE, keying, options, schema, true)
            }
            other => other,
        }
    }

    fn open_with(
        path: &Path,
        flags: OpenFlags,
        keying: Keying<'_>,
        options: StoreOptions,
        schema: &Schema,
        exclusive: bool,
    ) -> Result<Store, StoreError> {
        super::crypto::ensure_linked();
        let flags = flags | OpenFlags::SQLITE_OPEN_NO_MUTEX | OpenFlags::SQLITE_OPEN_EXRESCODE;
        let mut conn = Connection::open_with_flags(path, flags)?;
        if exclusive {
            // Before the first access to a WAL database: no shared-memory file is made.
            conn.execute_batch("PRAGMA locking_mode = EXCLUSIVE;")?;
        }
        if let Keying::Encrypted(key) = keying {
            conn.execute_batch("PRAGMA cipher_log_level = NONE;")?;
            apply_key(&conn, key)?;
            // HMAC-SHA256 instead of SQLCipher 4's default SHA-512: SHA-256 has hardware
            // support on ARMv8 phones (and SHA-NI on x86), which made durable journal writes
            // measurably cheaper; its 256-bit tag is ample for page authentication.
            conn.execute_batch("PRAGMA cipher_hmac_algorithm = HMAC_SHA256;")?;
        }
        // Nothing is written before this read proves the key: a wrong key or a damaged
        // first page stops here with the file untouched.
        conn.query_row("SELECT count(*) FROM sqlite_master", [], |r| r.get::<_, i64>(0))?;
        let synchronous = match options.durability {
            Durability::Full => "FULL",
            Durability::Normal => "NORMAL",
        };
        conn.execute_batch(&format!(
            "PRAGMA secure_delete = ON;
             PRAGMA temp_store = MEMORY;
             PRAGMA foreign_keys = ON;
             PRAGMA cache_size = -{};",
            options.cache_kib
        ))?;
        let mode: String = conn.query_row("PRAGMA journal_mode = WAL", [], |r| r.get(0))?;
        if !mode.eq_ignore_ascii_case("wal") {
            return Err(StoreError::Sqlite(-1));
        }
        conn.execute_batch(&format!(
            "PRAGMA synchronous = {synchronous}; PRAGMA wal_autocheckpoint = {};",
            options.wal_autocheckpoint
        ))?;
        migrations::migrate(&mut conn, schema)?;
        Ok(Store { conn, path: path.to_owned() })
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    pub fn conn(&self) -> &Connection {
        &self.conn
    }

    pub fn conn_mut(&mut self) -> &mut Connection {
        &mut self.conn
    }

    /// A handle another thread can use to abort a running statement (quick exit).
    pub fn interrupt_handle(&self) -> InterruptHandle {
        self.conn.get_interrupt_handle()
    }

    /// Moves everything from the WAL into the database and empties the WAL, so that what
    /// `secure_delete` zeroed is not still lying in the log.
    pub fn checkpoint(&self) -> Result<(), StoreError> {
        let busy: i64 = self.conn.query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |r| r.get(0))?;
        if busy != 0 {
            return Err(StoreError::Busy);
        }
        Ok(())
    }

    /// SQLite's `integrity_check`, plus SQLCipher's per-page HMAC check when encrypted.
    pub fn check_integrity(&self) -> Result<(), StoreError> {
        let ok: String = self.conn.query_row("PRAGMA integrity_check", [], |r| r.get(0))?;
        if ok != "ok" {
            return Err(StoreError::Corrupt);
        }
        // Returns one row per damaged page, none when all is well (or when not encrypted).
        let mut stmt = self.conn.prepare("PRAGMA cipher_integrity_check")?;
        if stmt.query([])?.next()?.is_some() {
            return Err(StoreError::Corrupt);
        }
        Ok(())
    }

    /// Re-encrypts every page under `new_key`, in one transaction: the store opens with the old
    /// key until it commits and with the new one after. The WAL is emptied first and after, so
    /// no page under either key is left in it.
    pub fn rekey(&self, new_key: &SecretKey) -> Result<(), StoreError> {
        self.checkpoint()?;
        with_key_literal(new_key, |schema, literal, len| {
            // SAFETY: the handle is valid for the life of `self.conn`, which we borrow;
            // SQLCipher copies the key before returning and keeps no pointer to it.
            unsafe { rusqlite::ffi::sqlite3_rekey_v2(self.conn.handle(), schema, literal, len) }
        })?;
        self.checkpoint()
    }

    /// The schema version currently in the file.
    pub fn version(&self) -> Result<u32, StoreError> {
        migrations::current_version(&self.conn)
    }
}

/// The `-wal` and `-shm` files SQLite keeps beside a database in WAL mode.
pub fn sidecars(path: &Path) -> [PathBuf; 2] {
    let mut wal = path.as_os_str().to_owned();
    wal.push("-wal");
    let mut shm = path.as_os_str().to_owned();
    shm.push("-shm");
    [wal.into(), shm.into()]
}

/// Hands the raw key to SQLCipher as the blob literal `x'<64 hex>'`, built in a buffer
/// that is wiped afterwards. Going through `sqlite3_key_v2` rather than `PRAGMA key`
/// keeps the key out of SQL text, which SQLite and rusqlite copy into unwiped memory.
fn apply_key(conn: &Connection, key: &SecretKey) -> Result<(), StoreError> {
    with_key_literal(key, |schema, literal, len| {
        // SAFETY: the handle is valid for the life of `conn`, which we borrow; SQLCipher
        // copies the key bytes before returning and does not keep the pointer.
        unsafe { rusqlite::ffi::sqlite3_key_v2(conn.handle(), schema, literal, len) }
    })
}

/// Calls `f(schema, literal, length)` with the key as the blob literal SQLCipher takes, in a
/// buffer wiped afterwards.
fn with_key_literal(
    key: &SecretKey,
    f: impl FnOnce(*const std::ffi::c_char, *const std::ffi::c_void, c_int) -> c_int,
) -> Result<(), StoreError> {
    let mut literal = Zeroizing::new([0u8; 2 * KEY_LEN + 3]);
    literal[0] = b'x';
    literal[1] = b'\'';
    hex::encode_to_slice(key.expose(), &mut literal[2..2 + 2 * KEY_LEN]).expect("buffer sized for the key");
    literal[2 * KEY_LEN + 2] = b'\'';
    let schema = CString::new("main").expect("no NUL in literal");
    let rc = f(schema.as_ptr(), literal.as_ptr().cast(), literal.len() as c_int);
    if rc != rusqlite::ffi::SQLITE_OK {
        return Err(StoreError::Sqlite(rc));
    }
    Ok(())
}
