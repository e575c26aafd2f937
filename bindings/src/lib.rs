//! Harbour's foreign-language surface. Thin wrappers only: every decision is made in
//! `harbour-core`; this crate converts types and maps errors (in `error.rs`, one place).
//!
//! Keys never cross this boundary. What comes in is the PIN the person typed (taken into a
//! wiping buffer at once) and the platform keystore's small secrets; what goes out is
//! status, content and typed errors that carry no secret.

uniffi::setup_scaffolding!("harbour");

mod app;
mod asynch;
mod blocking;
mod content;
mod disguise;
mod error;
mod journal;
mod keystore;
mod l10n;

pub use app::{AppStatus, HarbourApp, KdfSettings, PublisherKey, VaultOptions, calibrate_kdf, check_pin};
pub use asynch::calibrate_kdf_async;
pub use content::{
    AnsweredQuestion, Article, ArticleKind, ArticleQuery, ChannelKind, Confidence, ContactChannel, Helpline,
    HelplineQuery, InstalledPack, OpenStatus, Operator, PackSummary, ProgressListener, ScreeningAnswer, ScreeningLevel,
    ScreeningOutcome, ScreeningQuestion,
};
pub use disguise::{AppLifecycle, CalcKey, CalcOp, CalcView, Disguise, OutreachConfig, UnlockObserver};
pub use error::HarbourError;
pub use journal::{
    Attachment, DocumentKind, DocumentStatus, ExportResult, ExportTarget, JournalCheck, JournalDraft, JournalEntry,
    NewAttachmentData, PlanDocument, PlanSection, SafePerson, check_export,
};
pub use keystore::{KeystoreError, PlatformKeystore};
pub use l10n::{
    ArgValue, LocaleStatus, MessageArg, TextDirection, Translator, available_locales, negotiate_locale,
    strip_bidi_controls,
};
