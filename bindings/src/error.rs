//! The public error: stable names, no PII, no secrets. Every core error is mapped here and
//! nowhere else.

use std::time::Duration;

use harbour_core::app::AppError;
use harbour_core::content::pack::Misleading;
use harbour_core::content::{ContentError, PackError};
use harbour_core::input::{Field, Invalid, Problem};
use harbour_core::journal::JournalError;
use harbour_core::secret::{self, PinRejection};
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
    /// Bad input from the caller; nothing was changed. `field` names the argument (a stable
    /// name to match on), `problem` says what is wrong with it, with the limit; neither ever
    /// echoes the value. `Translator::describe_error` says it in the person's words.
    #[error("invalid {field}: {problem}")]
    InvalidInput { field: String, problem: InputProblem },
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
    /// No file at the path given (an export to restore, a pack to import).
    #[error("no such file")]
    FileNotFound,
    /// A file is already at the path given (an export is never written over one).
    #[error("the file already exists")]
    FileExists,
    /// The app may not read or write there.
    #[error("permission denied")]
    NoPermission,
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
    /// Content that would mislead: a number shown that is not the number dialled, an
    /// `http://` link, a `mailto:` with parameters, control characters or bidi overrides.
    #[error("the content pack would mislead in {section} ({item}): {problem:?}")]
    PackMisleading { section: String, item: String, problem: MisleadingKind },
    #[error("the content pack claims the id of the app's built-in content")]
    PackReservedId,
    #[error("the content pack's version {offered} is above the highest allowed")]
    PackVersionTooHigh { offered: u64 },
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
    /// Not shown in this session: help, while a "notes only" second-PIN session is open.
    #[error("not available here")]
    NotAvailable,
}

/// What was wrong with a refused value (`HarbourError::InvalidInput`), with the limit where
/// there is one. Mirrors `harbour_core::input::Problem`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, uniffi::Enum)]
pub enum InputProblem {
    Empty,
    /// More than `max` characters.
    TooLong {
        max: u64,
    },
    /// More than `max_bytes` bytes.
    TooLarge {
        max_bytes: u64,
    },
    /// More than `max` items.
    TooMany {
        max: u64,
    },
    /// Fewer than `min` characters or digits.
    TooShort {
        min: u64,
    },
    BadCharacter,
    /// Not one of the values the app knows.
    Unknown,
    /// Not in the form it must have.
    Malformed,
    OutOfRange,
    /// No room left (every PIN place in use).
    NoRoom,
    NotChangeable,
}

impl std::fmt::Display for InputProblem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        Problem::from(*self).fmt(f)
    }
}

impl From<Problem> for InputProblem {
    fn from(p: Problem) -> Self {
        match p {
            Problem::Empty => InputProblem::Empty,
            Problem::TooLong { max } => InputProblem::TooLong { max },
            Problem::TooLarge { max_bytes } => InputProblem::TooLarge { max_bytes },
            Problem::TooMany { max } => InputProblem::TooMany { max },
            Problem::TooShort { min } => InputProblem::TooShort { min },
            Problem::BadCharacter => InputProblem::BadCharacter,
            Problem::Unknown => InputProblem::Unknown,
            Problem::Malformed => InputProblem::Malformed,
            Problem::OutOfRange => InputProblem::OutOfRange,
            Problem::NoRoom => InputProblem::NoRoom,
            Problem::NotChangeable => InputProblem::NotChangeable,
        }
    }
}

impl From<InputProblem> for Problem {
    fn from(p: InputProblem) -> Self {
        match p {
            InputProblem::Empty => Problem::Empty,
            InputProblem::TooLong { max } => Problem::TooLong { max },
            InputProblem::TooLarge { max_bytes } => Problem::TooLarge { max_bytes },
            InputProblem::TooMany { max } => Problem::TooMany { max },
            InputProblem::TooShort { min } => Problem::TooShort { min },
            InputProblem::BadCharacter => Problem::BadCharacter,
            InputProblem::Unknown => Problem::Unknown,
            InputProblem::Malformed => Problem::Malformed,
            InputProblem::OutOfRange => Problem::OutOfRange,
            InputProblem::NoRoom => Problem::NoRoom,
            InputProblem::NotChangeable => Problem::NotChangeable,
        }
    }
}

/// How a pack's content would have misled, had it been installed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, uniffi::Enum)]
pub enum MisleadingKind {
    /// The number shown is not the number dialled.
    DisplayDiffersFromNumber,
    /// An `http://` link.
    InsecureLink,
    /// A `mailto:` with a prefilled subject, body or copy.
    MailtoParameters,
    /// Control characters, terminal escapes or bidi overrides in text.
    ControlCharacters,
}

impl From<Misleading> for MisleadingKind {
    fn from(m: Misleading) -> Self {
        match m {
            Misleading::DisplayDiffersFromNumber => MisleadingKind::DisplayDiffersFromNumber,
            Misleading::InsecureLink => MisleadingKind::InsecureLink,
            Misleading::MailtoParameters => MisleadingKind::MailtoParameters,
            Misleading::ControlCharacters => MisleadingKind::ControlCharacters,
        }
    }
}

/// A refused value, as the FFI reports it.
pub(crate) fn invalid(field: Field, problem: Problem) -> HarbourError {
    HarbourError::InvalidInput { field: field.name().into(), problem: problem.into() }
}

impl From<Invalid> for HarbourError {
    fn from(i: Invalid) -> Self {
        invalid(i.field, i.problem)
    }
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
            AppError::InvalidInput(i) => i.into(),
            AppError::NotAvailable => HarbourError::NotAvailable,
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
            VaultError::KdfParamsOutOfRange => invalid(Field::Kdf, Problem::OutOfRange),
            VaultError::HeaderCorrupt => HarbourError::Corrupt,
            VaultError::PlatformSecretMissing => HarbourError::KeyMissing,
            VaultError::NotPrimary => HarbourError::NotAllowed,
            VaultError::DecoyRequired => HarbourError::SecondPinRequired,
            VaultError::NoFreeSlot => invalid(Field::Pin, Problem::NoRoom),
            VaultError::Cancelled => HarbourError::Cancelled,
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
            JournalError::InvalidInput(i) => i.into(),
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
            PackError::Misleading { section, item, problem } => {
                HarbourError::PackMisleading { section, item, problem: problem.into() }
            }
            PackError::ReservedPackId => HarbourError::PackReservedId,
            PackError::VersionTooHigh { offered } => HarbourError::PackVersionTooHigh { offered },
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
            StoreError::Io(std::io::ErrorKind::NotFound) => HarbourError::FileNotFound,
            StoreError::Io(std::io::ErrorKind::AlreadyExists) | StoreError::AlreadyExists => HarbourError::FileExists,
            StoreError::Io(std::io::ErrorKind::PermissionDenied | std::io::ErrorKind::ReadOnlyFilesystem) => {
                HarbourError::NoPermission
            }
            StoreError::Io(kind) => HarbourError::Io { kind: format!("{kind:?}") },
            StoreError::Sqlite(code) => HarbourError::Database { code },
        }
    }
}

impl From<PinRejection> for HarbourError {
    fn from(rejection: PinRejection) -> Self {
        let n = |v: usize| v as u64;
        match rejection {
            PinRejection::TooFewDigits => invalid(Field::Pin, Problem::TooShort { min: n(secret::PIN_MIN_DIGITS) }),
            PinRejection::TooManyDigits => invalid(Field::Pin, Problem::TooLong { max: n(secret::PIN_MAX_DIGITS) }),
            PinRejection::ControlCharacter => invalid(Field::Passphrase, Problem::BadCharacter),
            PinRejection::PassphraseTooShort => {
                invalid(Field::Passphrase, Problem::TooShort { min: n(secret::PASSPHRASE_MIN_CHARS) })
            }
            PinRejection::PassphraseTooLong => {
                invalid(Field::Passphrase, Problem::TooLong { max: n(secret::PASSPHRASE_MAX_CHARS) })
            }
        }
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
    fn pin_rejections_name_the_field_and_the_limit_not_the_value() {
        let e: HarbourError = PinRejection::TooFewDigits.into();
        assert_eq!(e, HarbourError::InvalidInput { field: "pin".into(), problem: InputProblem::TooShort { min: 4 } });
        let e: HarbourError = PinRejection::PassphraseTooShort.into();
        assert_eq!(
            e,
            HarbourError::InvalidInput { field: "pin passphrase".into(), problem: InputProblem::TooShort { min: 8 } }
        );
    }
}
