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

    /// A country's name (ISO 3166-1 alpha-2) in the locale's language (CLDR), else English.
    pub fn country_name(&self, code: String) -> String {
        self.inner.country_name(&code)
    }

    /// A language's name (BCP 47) in the locale's language (CLDR), else English.
    pub fn language_name(&self, code: String) -> String {
        self.inner.language_name(&code)
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

    /// What to tell the person about an error, in their language: what happened and what to
    /// do. Never technical, never a value they typed.
    pub fn describe_error(&self, error: HarbourError) -> String {
        crate::describe::describe(&self.inner, &error)
    }
}
