//! The public error: stable names, no PII, no secrets. Every core error is mapped here and
//! nowhere else.

use std::time::Duration;

use harbour_core::app::AppError;
use harbour_core::content::{ContentError, PackError};
use harbour_core::journal::JournalError;
use harbour_core::secret::PinRejection;
use harbour_core::store::StoreError;
use harbour_core::vault::{KeyStoreError, VaultError};

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error, uniffi::Error)]
pub enum HarbourError {
    /// The PIN was tried and is wrong. Another attempt is accepted after `retry_after_secs`.
    #[error("wrong PIN (next attempt in {retry_after_secs} s)")]
    WrongPin { retry_after_secs: u64 },
    /// Refused without trying: earlier failures imposed a delay that is still running.
    #[error("too many attempts (next attempt in {retry_after_secs} s)")]
    RetryLater { retry_after_secs: u64 },
    /// The call needs the vault unlocked.
    #[error("locked")]
    Locked,
    #[error("not set up yet")]
    NotSetUp,
    #[error("already set up")]
    AlreadySetUp,
    /// Bad input from the caller; nothing was changed. `field` names the argument,
    /// `reason` says what is wrong with it (never echoing the value).
    #[error("invalid {field}: {reason}")]
    InvalidInput { field: String, reason: String },
    #[error("that PIN is already in use")]
    PinInUse,
    /// Wrong key or damaged file: SQLCipher cannot tell which. The file is left untouched.
    #[error("not a database (wrong key or damaged file)")]
    NotADatabase,
    #[error("data is damaged")]
    Corrupt,
    #[error("the device storage is full")]
    StorageFull,
    #[error("data written by a newer app version (schema {found}, this app knows {supported})")]
    SchemaTooNew { found: u32, supported: u32 },
    /// The device keystore refused to answer.
    #[error("the device keystore is unavailable")]
    KeystoreUnavailable,
    /// The device keystore no longer has a key this data needs (restored to another device,
    /// keystore reset). Files are kept.
    #[error("a key is missing from the device keystore")]
    KeyMissing,
    #[error("busy; try again")]
    Busy,
    #[error("file system error ({kind})")]
    Io { kind: String },
    /// An unexpected database failure, by SQLite result code.
    #[error("database error {code}")]
    Database { code: i32 },
    // Content packs: each way a pack can be refused. A refused pack changes nothing.
    #[error("not a content pack")]
    PackNotAPack,
    #[error("content pack format {version} is not supported")]
    PackUnsupportedVersion { version: u16 },
    #[error("the content pack is too large")]
    PackTooLarge,
    #[error("the content pack is cut short")]
    PackTruncated,
    #[error("the content pack has extra data at its end")]
    PackTrailingData,
    #[error("the content pack's manifest is malformed")]
    PackMalformed,
    #[error("the content pack is not signed")]
    PackUnsigned,
    #[error("the content pack is not from a trusted publisher")]
    PackUnknownPublisher,
    #[error("the content pack's signature is not valid")]
    PackBadSignature,
    #[error("a section of the content pack does not match its manifest ({section})")]
    PackSectionMismatch { section: String },
    #[error("the content pack (version {offered}) is not newer than the installed one ({installed})")]
    PackNotNewer { installed: u64, offered: u64 },
    #[error("the content pack has invalid content in {section}: {reason}")]
    PackInvalidContent { section: String, reason: String },
    /// The caller cancelled (e.g. through a progress callback); nothing was kept.
    #[error("cancelled")]
    Cancelled,
    // Journal.
    #[error("no such entry")]
    NotFound,
    #[error("the entry was deleted")]
    Deleted,
    /// An export is restored only into an empty journal.
    #[error("the journal is not empty")]
    JournalNotEmpty,
    /// The chain does not verify: the first event that does not check out, and why.
    #[error("the journal was changed outside the app at event {seq} ({problem})")]
    JournalBroken { seq: u64, problem: String },
    #[error("that passphrase does not open this file")]
    WrongPassphrase,
    #[error("the file is damaged or incomplete")]
    ExportDamaged,
    // Disguise and safety.
    /// Only the main PIN's session may set the second and emergency PINs.
    #[error("only the main PIN can do this")]
    NotAllowed,
    /// The emergency PIN opens the second journal, so a second PIN comes first.
    #[error("set a second PIN first")]
    SecondPinRequired,
    /// A confirmation (the reset code) did not match; nothing was done.
    #[error("the confirmation does not match")]
    WrongConfirmation,
}

fn secs_ceil(d: Duration) -> u64 {
    d.as_secs() + u64::from(d.subsec_nanos() > 0)
}

impl From<AppError> for HarbourError {
    fn from(err: AppError) -> Self {
        match err {
            AppError::Locked => HarbourError::Locked,
            AppError::Vault(e) => e.into(),
            AppError::Content(e) => e.into(),
            AppError::Store(e) => e.into(),
            AppError::Journal(e) => e.into(),
            AppError::WrongConfirmation => HarbourError::WrongConfirmation,
        }
    }
}

impl From<VaultError> for HarbourError {
    fn from(err: VaultError) -> Self {
        match err {
            VaultError::NotSetUp => HarbourError::NotSetUp,
            VaultError::AlreadySetUp => HarbourError::AlreadySetUp,
            VaultError::WrongPin { retry_after } => HarbourError::WrongPin { retry_after_secs: secs_ceil(retry_after) },
            VaultError::RetryLater { retry_after } => {
                HarbourError::RetryLater { retry_after_secs: secs_ceil(retry_after) }
            }
            VaultError::InvalidPin(rejection) => rejection.into(),
            VaultError::PinInUse => HarbourError::PinInUse,
            VaultError::KdfParamsOutOfRange => HarbourError::InvalidInput {
                field: "kdf".into(),
                reason: "outside the allowed range (19–64 MiB, 2–16 passes)".into(),
            },
            VaultError::HeaderCorrupt => HarbourError::Corrupt,
            VaultError::PlatformSecretMissing => HarbourError::KeyMissing,
            VaultError::NotPrimary => HarbourError::NotAllowed,
            VaultError::DecoyRequired => HarbourError::SecondPinRequired,
            VaultError::NoFreeSlot => {
                HarbourError::InvalidInput { field: "pin".into(), reason: "all PIN slots are in use".into() }
            }
            VaultError::Keystore(e) => e.into(),
            VaultError::Store(e) => e.into(),
        }
    }
}

impl From<ContentError> for HarbourError {
    fn from(err: ContentError) -> Self {
        match err {
            ContentError::KeyMissing => HarbourError::KeyMissing,
            ContentError::Keystore(e) => e.into(),
            ContentError::Store(e) => e.into(),
            ContentError::Pack(e) => e.into(),
        }
    }
}

impl From<JournalError> for HarbourError {
    fn from(err: JournalError) -> Self {
        match err {
            JournalError::InvalidInput { field, reason } => HarbourError::InvalidInput { field: field.into(), reason },
            JournalError::NotFound => HarbourError::NotFound,
            JournalError::Deleted => HarbourError::Deleted,
            JournalError::NotEmpty => HarbourError::JournalNotEmpty,
            JournalError::Broken(b) => HarbourError::JournalBroken { seq: b.seq, problem: b.problem.to_string() },
            JournalError::WrongPassphrase => HarbourError::WrongPassphrase,
            JournalError::ExportDamaged => HarbourError::ExportDamaged,
            JournalError::Cancelled => HarbourError::Cancelled,
            JournalError::Store(e) => e.into(),
        }
    }
}

impl From<PackError> for HarbourError {
    fn from(err: PackError) -> Self {
        match err {
            PackError::NotAPack => HarbourError::PackNotAPack,
            PackError::UnsupportedVersion(version) => HarbourError::PackUnsupportedVersion { version },
            PackError::TooLarge => HarbourError::PackTooLarge,
            PackError::Truncated => HarbourError::PackTruncated,
            PackError::TrailingData => HarbourError::PackTrailingData,
            PackError::Malformed => HarbourError::PackMalformed,
            PackError::Unsigned => HarbourError::PackUnsigned,
            PackError::UnknownPublisher => HarbourError::PackUnknownPublisher,
            PackError::BadSignature => HarbourError::PackBadSignature,
            PackError::SectionMismatch(section) => HarbourError::PackSectionMismatch { section },
            PackError::NotNewer { installed, offered } => HarbourError::PackNotNewer { installed, offered },
            PackError::InvalidContent { section, reason } => HarbourError::PackInvalidContent { section, reason },
            PackError::Cancelled => HarbourError::Cancelled,
        }
    }
}

impl From<KeyStoreError> for HarbourError {
    fn from(err: KeyStoreError) -> Self {
        match err {
            KeyStoreError::Unavailable => HarbourError::KeystoreUnavailable,
        }
    }
}

impl From<StoreError> for HarbourError {
    fn from(err: StoreError) -> Self {
        match err {
            StoreError::NotADatabase => HarbourError::NotADatabase,
            StoreError::Corrupt | StoreError::Missing => HarbourError::Corrupt,
            StoreError::StorageFull => HarbourError::StorageFull,
            StoreError::SchemaTooNew { found, supported } => HarbourError::SchemaTooNew { found, supported },
            StoreError::Busy => HarbourError::Busy,
            // Only a lock interrupts a statement.
            StoreError::Interrupted => HarbourError::Locked,
            StoreError::Io(kind) => HarbourError::Io { kind: format!("{kind:?}") },
            StoreError::AlreadyExists => HarbourError::Io { kind: "AlreadyExists".into() },
            StoreError::Sqlite(code) => HarbourError::Database { code },
        }
    }
}

impl From<PinRejection> for HarbourError {
    fn from(rejection: PinRejection) -> Self {
        HarbourError::InvalidInput { field: "pin".into(), reason: rejection.to_string() }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn delays_round_up_so_the_shell_never_says_zero_too_early() {
        let e: HarbourError = VaultError::WrongPin { retry_after: Duration::from_millis(29_001) }.into();
        assert_eq!(e, HarbourError::WrongPin { retry_after_secs: 30 });
        let e: HarbourError = VaultError::WrongPin { retry_after: Duration::ZERO }.into();
        assert_eq!(e, HarbourError::WrongPin { retry_after_secs: 0 });
    }

    #[test]
    fn pin_rejections_name_the_field_not_the_value() {
        let e: HarbourError = PinRejection::TooFewDigits.into();
        let HarbourError::InvalidInput { field, reason } = e else { panic!() };
        assert_eq!(field, "pin");
        assert!(reason.contains("at least 4 digits"));
    }
}
