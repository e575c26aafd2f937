//! Localization for the shells: negotiate, format, list locales, clean text for the dialer.

use std::sync::Arc;

use harbour_core::l10n::{self, Arg, Direction, Localizer};

use crate::error::HarbourError;

/// A value for a message variable.
#[derive(Debug, Clone, PartialEq, uniffi::Enum)]
pub enum ArgValue {
    Text { value: String },
    Number { value: f64 },
}

#[derive(Debug, Clone, PartialEq, uniffi::Record)]
pub struct MessageArg {
    pub name: String,
    pub value: ArgValue,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, uniffi::Enum)]
pub enum TextDirection {
    LeftToRight,
    RightToLeft,
}

impl From<Direction> for TextDirection {
    fn from(d: Direction) -> Self {
        match d {
            Direction::LeftToRight => TextDirection::LeftToRight,
            Direction::RightToLeft => TextDirection::RightToLeft,
        }
    }
}

/// A shipped locale and how far along it is.
#[derive(Debug, Clone, PartialEq, uniffi::Record)]
pub struct LocaleStatus {
    /// BCP 47.
    pub id: String,
    pub direction: TextDirection,
    /// 0–100: share of the English messages translated.
    pub completeness: u8,
    /// A native speaker has reviewed it. Shells show a notice when not.
    pub reviewed: bool,
    pub machine_drafted: bool,
}

/// Every locale shipped in the app.
#[uniffi::export]
pub fn available_locales() -> Vec<LocaleStatus> {
    l10n::available_locales()
        .into_iter()
        .map(|l| LocaleStatus {
            id: l.id,
            direction: l.direction.into(),
            completeness: l.completeness,
            reviewed: l.reviewed,
            machine_drafted: l.machine_drafted,
        })
        .collect()
}

/// The best shipped locale for the user's preferences (BCP 47, most wanted first).
#[uniffi::export]
pub fn negotiate_locale(preferences: Vec<String>) -> String {
    l10n::negotiate(&preferences)
}

/// Removes bidi isolation and direction marks: call it before a number goes to the dialer,
/// an SMS intent or the clipboard.
#[uniffi::export]
pub fn strip_bidi_controls(text: String) -> String {
    l10n::strip_bidi_controls(&text)
}

/// Formats the app's messages in the negotiated locale, falling back message by message to
/// English. Never returns a raw message id.
#[derive(uniffi::Object)]
pub struct Translator {
    inner: Localizer,
}

fn to_args(args: &[MessageArg]) -> Vec<(&str, Arg)> {
    args.iter()
        .map(|a| {
            let value = match &a.value {
                ArgValue::Text { value } => Arg::Text(value.clone()),
                ArgValue::Number { value } => Arg::Number(*value),
            };
            (a.name.as_str(), value)
        })
        .collect()
}

impl Translator {
    pub(crate) fn from_localizer(inner: Localizer) -> Arc<Self> {
        Arc::new(Translator { inner })
    }

    /// A translator whose output passes through `transform` (the desktop shell's
    /// pseudo-locales). Rust only: phones never need it.
    pub fn with_transform(preferences: Vec<String>, transform: l10n::Transform) -> Arc<Self> {
        Self::from_localizer(Localizer::build(&preferences, &[], Some(transform)))
    }
}

#[uniffi::export]
impl Translator {
    #[uniffi::constructor]
    pub fn new(preferences: Vec<String>) -> Arc<Self> {
        Self::from_localizer(Localizer::new(&preferences))
    }

    /// The locale messages come from first (English is always the last fallback).
    pub fn locale(&self) -> String {
        self.inner.locale()
    }

    pub fn direction(&self) -> TextDirection {
        self.inner.direction().into()
    }

    /// The message, or an empty string if even English lacks it (a bug the tests catch).
    pub fn format(&self, id: String, args: Vec<MessageArg>) -> String {
        self.inner.format(&id, &to_args(&args))
    }

    /// A 24-hour `HH:MM` in the locale's digits.
    pub fn format_time(&self, hour: u32, minute: u32) -> String {
        self.inner.format_time(hour, minute)
    }

    /// A date in the locale's words and digits.
    pub fn format_date(&self, year: i32, month: u32, day: u32) -> String {
        self.inner.format_date(year, month, day)
    }

    pub fn format_attribute(&self, id: String, attribute: String, args: Vec<MessageArg>) -> String {
        self.inner.try_format_attribute(&id, &attribute, &to_args(&args)).unwrap_or_default()
    }

    /// What to tell the person about an error, in their language. Never technical.
    pub fn describe_error(&self, error: HarbourError) -> String {
        let wait = |secs: u64| -> String {
            if secs == 0 {
                String::new()
            } else if secs < 120 {
                self.inner.format("pin-wait", &[("seconds", Arg::Number(secs as f64))])
            } else {
                self.inner.format("pin-wait-minutes", &[("minutes", Arg::Number(secs.div_ceil(60) as f64))])
            }
        };
        let id = match error {
            HarbourError::WrongPin { retry_after_secs } => {
                let extra = wait(retry_after_secs);
                let wrong = self.inner.format("pin-wrong", &[]);
                return if extra.is_empty() { wrong } else { format!("{wrong} {extra}") };
            }
            HarbourError::RetryLater { retry_after_secs } => return wait(retry_after_secs),
            HarbourError::Locked => "error-locked",
            HarbourError::PinInUse => "pin-in-use",
            HarbourError::InvalidInput { field, reason } if field == "pin" => {
                // The core's reasons are stable English phrases; map the known ones.
                if reason.contains("at least 4 digits") {
                    "pin-too-short"
                } else if reason.contains("at most 12 digits") {
                    "pin-too-long"
                } else if reason.contains("at least 8 characters") {
                    "pin-passphrase-too-short"
                } else if reason.contains("at most 128 characters") {
                    "pin-passphrase-too-long"
                } else {
                    "error-generic"
                }
            }
            HarbourError::StorageFull => "error-storage-full",
            HarbourError::Corrupt | HarbourError::NotADatabase => "error-damaged",
            HarbourError::SchemaTooNew { .. } => "error-newer-version",
            HarbourError::KeystoreUnavailable => "error-keystore",
            HarbourError::KeyMissing => "error-key-missing",
            HarbourError::Busy => "error-busy",
            HarbourError::PackUnsigned | HarbourError::PackUnknownPublisher | HarbourError::PackBadSignature => {
                "pack-rejected-signature"
            }
            HarbourError::PackNotNewer { .. } => "pack-rejected-old",
            HarbourError::PackTooLarge => "pack-rejected-too-big",
            HarbourError::PackNotAPack
            | HarbourError::PackUnsupportedVersion { .. }
            | HarbourError::PackTruncated
            | HarbourError::PackTrailingData
            | HarbourError::PackMalformed
            | HarbourError::PackSectionMismatch { .. }
            | HarbourError::PackInvalidContent { .. } => "pack-rejected-damaged",
            HarbourError::WrongPassphrase => "export-wrong-passphrase",
            HarbourError::SecondPinRequired => "duress-needs-decoy",
            HarbourError::ExportDamaged => "export-damaged",
            HarbourError::JournalBroken { seq, .. } => {
                return self.inner.format("journal-verify-broken", &[("number", Arg::Number(seq as f64))]);
            }
            _ => "error-generic",
        };
        self.inner.format(id, &[])
    }
}
