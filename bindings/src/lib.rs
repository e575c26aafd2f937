//! Harbour's foreign-language surface. Thin wrappers only: every decision is made in
//! `harbour-core`; this crate converts types and maps errors (in `error.rs`, one place).
//!
//! Keys never cross this boundary. What comes in is the PIN the person typed (taken into a
//! wiping buffer at once) and the platform keystore's small secrets; what goes out is
//! status, content and typed errors that carry no secret.

uniffi::setup_scaffolding!("harbour");

/// Every block the library frees is zeroed first: strings that crossed the FFI (calculator
/// displays, journal text), PINs and decrypted rows do not stay in freed heap.
#[global_allocator]
static ALLOCATOR: harbour_core::wiping_alloc::WipingAllocator = harbour_core::wiping_alloc::WipingAllocator;

mod app;
mod asynch;
mod blocking;
mod content;
mod describe;
mod disguise;
mod error;
mod journal;
mod keystore;
mod l10n;

pub use app::{AppStatus, HarbourApp, KdfSettings, PublisherKey, VaultOptions, calibrate_kdf, check_pin};
pub use asynch::calibrate_kdf_async;
pub use content::{
    AnsweredQuestion, Article, ArticleKind, ArticleQuery, Audience, ChannelKind, Confidence, ContactChannel, Emergency,
    EmergencyNumber, Helpline, HelplineQuery, InstalledPack, LinePurpose, OpenStatus, Operator, PackSummary,
    ProgressListener, Recipient, SafetyTip, ScreeningAnswer, ScreeningLevel, ScreeningOutcome, ScreeningQuestion,
    TextInfo,
};
pub use disguise::{
    AppLifecycle, AttemptResult, CalcKey, CalcOp, CalcView, Disguise, OrganisationKey, OutreachConfig, SafetyPins,
    SessionShows, UnlockObserver, age_key_fingerprint,
};
pub use error::{HarbourError, InputProblem, MisleadingKind};
pub use journal::{
    Attachment, DocumentKind, DocumentStatus, ExportResult, ExportTarget, JournalCheck, JournalDraft, JournalEntry,
    NewAttachmentData, PlanDocument, PlanSection, SafePerson, check_export, check_export_with_key,
};
pub use keystore::{KeystoreError, PlatformKeystore};
pub use l10n::{
    ArgValue, LocaleStatus, MessageArg, TextDirection, Translator, available_locales, negotiate_locale,
    strip_bidi_controls,
};
