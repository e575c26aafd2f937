use rusqlite::ErrorCode;

/// What can go wrong with an encrypted store. Never carries row data, SQL values or keys:
/// SQLite's messages are dropped and only its result code is kept.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum StoreError {
    /// SQLCipher cannot tell a wrong key from a damaged file: both land here. The file
    /// is left exactly as it was.
    #[error("not a database (wrong key or damaged file)")]
    NotADatabase,
    #[error("the database is damaged")]
    Corrupt,
    #[error("the device storage is full")]
    StorageFull,
    #[error("the database was written by a newer version (schema {found}, this build knows {supported})")]
    SchemaTooNew { found: u32, supported: u32 },
    #[error("the database file does not exist")]
    Missing,
    #[error("the database file already exists")]
    AlreadyExists,
    #[error("the database is busy")]
    Busy,
    #[error("the operation was interrupted")]
    Interrupted,
    #[error("file system error ({0:?})")]
    Io(std::io::ErrorKind),
    /// Any other SQLite failure, by extended result code only.
    #[error("database error (SQLite code {0})")]
    Sqlite(i32),
}

impl From<rusqlite::Error> for StoreError {
    fn from(err: rusqlite::Error) -> Self {
        match err {
            rusqlite::Error::SqliteFailure(e, _) => from_code(e.code, e.extended_code),
            // Conversion and API-misuse errors are programming errors; keep them
            // distinguishable without echoing any value.
            _ => StoreError::Sqlite(-1),
        }
    }
}

impl From<std::io::Error> for StoreError {
    fn from(err: std::io::Error) -> Self {
        if err.kind() == std::io::ErrorKind::StorageFull { StoreError::StorageFull } else { StoreError::Io(err.kind()) }
    }
}

/// SQLITE_IOERR_SHMSIZE: the shared-memory file could not be grown (no room on the disk).
const IOERR_SHMSIZE: i32 = 10 | (19 << 8);

fn from_code(code: ErrorCode, extended: i32) -> StoreError {
    if extended == IOERR_SHMSIZE {
        return StoreError::StorageFull;
    }
    match code {
        ErrorCode::NotADatabase => StoreError::NotADatabase,
        ErrorCode::DatabaseCorrupt => StoreError::Corrupt,
        ErrorCode::DiskFull => StoreError::StorageFull,
        ErrorCode::DatabaseBusy | ErrorCode::DatabaseLocked => StoreError::Busy,
        ErrorCode::OperationInterrupted => StoreError::Interrupted,
        _ => StoreError::Sqlite(extended),
    }
}
