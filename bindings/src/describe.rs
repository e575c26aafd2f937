//! What to tell the person about each error, in their language: one message per failure, saying
//! what happened and what to do, with the limit where that helps. Every `HarbourError` variant
//! is matched here without a catch-all, so a new variant cannot ship without its words; the
//! table test walks every variant (and every refused-value combination the core produces) in
//! every locale.

use harbour_core::input::{Field, Problem};
use harbour_core::journal::limits;
use harbour_core::l10n::{Arg, Localizer};

use crate::error::{HarbourError, InputProblem};

/// The message id and its arguments for `error`.
pub(crate) fn message_for(error: &HarbourError) -> (&'static str, Vec<(&'static str, Arg)>) {
    let n = |v: u64| Arg::Number(v as f64);
    let none = Vec::new;
    match error {
        // Handled by `describe`: the wait is added to the sentence.
        HarbourError::WrongPin { .. } => ("pin-wrong", none()),
        HarbourError::RetryLater { retry_after_secs } => wait_message(*retry_after_secs),
        HarbourError::Locked => ("error-locked", none()),
        HarbourError::NotSetUp => ("error-not-set-up", none()),
        HarbourError::AlreadySetUp => ("error-already-set-up", none()),
        HarbourError::InvalidInput { field, problem } => input_message(field, *problem),
        HarbourError::PinInUse => ("pin-in-use", none()),
        HarbourError::NotADatabase | HarbourError::Corrupt => ("error-damaged", none()),
        HarbourError::StorageFull => ("error-storage-full", none()),
        HarbourError::SchemaTooNew { .. } => ("error-newer-version", none()),
        HarbourError::KeystoreUnavailable => ("error-keystore", none()),
        HarbourError::KeyMissing => ("error-key-missing", none()),
        HarbourError::Busy => ("error-busy", none()),
        HarbourError::FileNotFound => ("error-file-not-found", none()),
        HarbourError::FileExists => ("error-file-exists", none()),
        HarbourError::NoPermission => ("error-no-permission", none()),
        HarbourError::Io { .. } => ("error-file", none()),
        HarbourError::Database { .. } => ("error-database", none()),
        HarbourError::PackNotAPack => ("error-pack-not-a-pack", none()),
        HarbourError::PackUnsupportedVersion { .. } => ("error-pack-version", none()),
        HarbourError::PackTooLarge => ("pack-rejected-too-big", none()),
        HarbourError::PackTruncated => ("error-pack-truncated", none()),
        HarbourError::PackTrailingData | HarbourError::PackMalformed => ("error-pack-malformed", none()),
        HarbourError::PackUnsigned | HarbourError::PackUnknownPublisher | HarbourError::PackBadSignature => {
            ("pack-rejected-signature", none())
        }
        HarbourError::PackSectionMismatch { .. } => ("error-pack-mismatch", none()),
        HarbourError::PackNotNewer { .. } => ("pack-rejected-old", none()),
        HarbourError::PackInvalidContent { .. } => ("error-pack-invalid", none()),
        HarbourError::PackMisleading { .. } => ("error-pack-misleading", none()),
        HarbourError::PackReservedId => ("error-pack-reserved", none()),
        HarbourError::PackVersionTooHigh { .. } => ("error-pack-version-too-high", none()),
        HarbourError::Cancelled => ("error-cancelled", none()),
        HarbourError::NotFound => ("error-not-found", none()),
        HarbourError::Deleted => ("error-deleted", none()),
        HarbourError::JournalNotEmpty => ("error-journal-not-empty", none()),
        HarbourError::JournalBroken { seq, .. } => ("journal-verify-broken", vec![("number", n(*seq))]),
        HarbourError::WrongPassphrase => ("export-wrong-passphrase", none()),
        HarbourError::ExportDamaged => ("export-damaged", none()),
        HarbourError::NotAllowed => ("error-not-allowed", none()),
        HarbourError::SecondPinRequired => ("duress-needs-decoy", none()),
        HarbourError::WrongConfirmation => ("error-wrong-confirmation", none()),
        HarbourError::NotAvailable => ("error-not-available", none()),
    }
}

fn wait_message(secs: u64) -> (&'static str, Vec<(&'static str, Arg)>) {
    if secs < 120 {
        ("pin-wait", vec![("seconds", Arg::Number(secs.max(1) as f64))])
    } else {
        ("pin-wait-minutes", vec![("minutes", Arg::Number(secs.div_ceil(60) as f64))])
    }
}

/// A refused value: by field and problem, each with its own sentence.
fn input_message(field: &str, problem: InputProblem) -> (&'static str, Vec<(&'static str, Arg)>) {
    let n = |v: u64| Arg::Number(v as f64);
    let mb = |bytes: u64| Arg::Number((bytes >> 20) as f64);
    let Some(field) = Field::ALL.into_iter().find(|f| f.name() == field) else {
        return ("error-input", Vec::new());
    };
    use Field as F;
    use Problem as P;
    match (field, Problem::from(problem)) {
        (F::Text, P::Empty) => ("error-text-empty", vec![]),
        (F::Text, _) => ("error-text-too-long", vec![]),
        (F::Tags, P::TooMany { max }) => ("error-tags-too-many", vec![("max", n(max))]),
        (F::Tags, _) => ("error-tag-invalid", vec![("max", n(limits::MAX_TAG_CHARS as u64))]),
        (F::Category, _) => ("error-category-unknown", vec![]),
        (F::Attachments, P::TooMany { max }) => ("error-attachments-too-many", vec![("max", n(max))]),
        (F::Attachments, P::TooLarge { max_bytes }) => {
            ("error-attachments-too-big", vec![("megabytes", mb(max_bytes))])
        }
        (F::Attachments, _) => ("error-attachments-too-many", vec![("max", n(limits::MAX_ATTACHMENTS as u64))]),
        (F::Attachment, P::Empty) => ("error-attachment-empty", vec![]),
        (F::Attachment, P::TooLarge { max_bytes }) => ("error-attachment-too-big", vec![("megabytes", mb(max_bytes))]),
        (F::Attachment | F::AttachmentType, _) => ("error-attachment-type", vec![]),
        (F::AttachmentName, _) => ("error-attachment-name", vec![]),
        (F::EntryId, _) => ("error-entry-id", vec![]),
        (F::SafetyPlan, P::TooMany { max }) => ("error-plan-too-many", vec![("max", n(max))]),
        (F::SafetyPlan, P::TooLong { max }) => ("error-plan-too-long", vec![("max", n(max))]),
        (F::SafetyPlan, P::Unknown) => ("error-plan-section", vec![]),
        (F::SafetyPlan, _) => ("error-plan-item-empty", vec![]),
        (F::Recipient | F::OrganisationKey, _) => ("error-age-key", vec![]),
        (F::ExportPassword, P::TooShort { min }) => ("error-export-password-short", vec![("min", n(min))]),
        (F::ExportPassword, _) => ("error-export-password-short", vec![("min", n(8))]),
        (F::Pin, P::TooShort { .. }) => ("pin-too-short", vec![]),
        (F::Pin, P::TooLong { .. }) => ("pin-too-long", vec![]),
        (F::Pin, P::NoRoom) => ("error-pin-no-room", vec![]),
        (F::Passphrase, P::TooShort { .. }) => ("pin-passphrase-too-short", vec![]),
        (F::Passphrase, P::TooLong { .. }) => ("pin-passphrase-too-long", vec![]),
        (F::Pin | F::Passphrase, _) => ("error-pin-character", vec![]),
        (F::Kdf, _) => ("error-kdf-range", vec![]),
        (F::Country, _) => ("error-country-unknown", vec![]),
        (F::Language, _) => ("error-language-unknown", vec![]),
        (F::OrganisationName | F::OrganisationContact | F::Disguise | F::Setting, P::TooLong { max }) => {
            ("error-setting-too-long", vec![("max", n(max))])
        }
        (F::Setting, P::NotChangeable | P::Unknown) => ("error-setting-not-changeable", vec![]),
        (F::OrganisationName | F::OrganisationContact | F::Disguise | F::Setting, _) => ("error-setting-text", vec![]),
        (F::Publisher, _) => ("error-publisher-key", vec![]),
        (F::Question, _) => ("error-question-unknown", vec![]),
    }
}

/// The sentence for `error` in `localizer`'s language.
pub(crate) fn describe(localizer: &Localizer, error: &HarbourError) -> String {
    let (id, args) = message_for(error);
    let text = localizer.format(id, &args);
    match error {
        HarbourError::WrongPin { retry_after_secs } if *retry_after_secs > 0 => {
            let (wait, args) = wait_message(*retry_after_secs);
            format!("{text} {}", localizer.format(wait, &args))
        }
        _ => text,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::error::MisleadingKind;

    /// One of every variant. `index` has no catch-all: a new variant does not compile until it
    /// is added here too.
    fn every_variant() -> Vec<HarbourError> {
        use HarbourError as E;
        let s = || String::from("x");
        let all = vec![
            E::WrongPin { retry_after_secs: 30 },
            E::RetryLater { retry_after_secs: 300 },
            E::Locked,
            E::NotSetUp,
            E::AlreadySetUp,
            E::InvalidInput { field: "text".into(), problem: InputProblem::Empty },
            E::PinInUse,
            E::NotADatabase,
            E::Corrupt,
            E::StorageFull,
            E::SchemaTooNew { found: 9, supported: 3 },
            E::KeystoreUnavailable,
            E::KeyMissing,
            E::Busy,
            E::FileNotFound,
            E::FileExists,
            E::NoPermission,
            E::Io { kind: s() },
            E::Database { code: 1 },
            E::PackNotAPack,
            E::PackUnsupportedVersion { version: 9 },
            E::PackTooLarge,
            E::PackTruncated,
            E::PackTrailingData,
            E::PackMalformed,
            E::PackUnsigned,
            E::PackUnknownPublisher,
            E::PackBadSignature,
            E::PackSectionMismatch { section: s() },
            E::PackNotNewer { installed: 2, offered: 1 },
            E::PackInvalidContent { section: s(), reason: s() },
            E::PackMisleading { section: s(), item: s(), problem: MisleadingKind::InsecureLink },
            E::PackReservedId,
            E::PackVersionTooHigh { offered: 1 },
            E::Cancelled,
            E::NotFound,
            E::Deleted,
            E::JournalNotEmpty,
            E::JournalBroken { seq: 7, problem: s() },
            E::WrongPassphrase,
            E::ExportDamaged,
            E::NotAllowed,
            E::SecondPinRequired,
            E::WrongConfirmation,
            E::NotAvailable,
        ];
        let mut seen: Vec<usize> = all.iter().map(index).collect();
        seen.sort();
        seen.dedup();
        assert_eq!(seen, (0..VARIANTS).collect::<Vec<_>>(), "one of every variant");
        all
    }

    const VARIANTS: usize = 45;

    fn index(e: &HarbourError) -> usize {
        use HarbourError as E;
        match e {
            E::WrongPin { .. } => 0,
            E::RetryLater { .. } => 1,
            E::Locked => 2,
            E::NotSetUp => 3,
            E::AlreadySetUp => 4,
            E::InvalidInput { .. } => 5,
            E::PinInUse => 6,
            E::NotADatabase => 7,
            E::Corrupt => 8,
            E::StorageFull => 9,
            E::SchemaTooNew { .. } => 10,
            E::KeystoreUnavailable => 11,
            E::KeyMissing => 12,
            E::Busy => 13,
            E::FileNotFound => 14,
            E::FileExists => 15,
            E::NoPermission => 16,
            E::Io { .. } => 17,
            E::Database { .. } => 18,
            E::PackNotAPack => 19,
            E::PackUnsupportedVersion { .. } => 20,
            E::PackTooLarge => 21,
            E::PackTruncated => 22,
            E::PackTrailingData => 23,
            E::PackMalformed => 24,
            E::PackUnsigned => 25,
            E::PackUnknownPublisher => 26,
            E::PackBadSignature => 27,
            E::PackSectionMismatch { .. } => 28,
            E::PackNotNewer { .. } => 29,
            E::PackInvalidContent { .. } => 30,
            E::PackMisleading { .. } => 31,
            E::PackReservedId => 32,
            E::PackVersionTooHigh { .. } => 33,
            E::Cancelled => 34,
            E::NotFound => 35,
            E::Deleted => 36,
            E::JournalNotEmpty => 37,
            E::JournalBroken { .. } => 38,
            E::WrongPassphrase => 39,
            E::ExportDamaged => 40,
            E::NotAllowed => 41,
            E::SecondPinRequired => 42,
            E::WrongConfirmation => 43,
            E::NotAvailable => 44,
        }
    }

    /// Every refused value the core can report: each field with each problem.
    fn every_refusal() -> Vec<HarbourError> {
        let problems = [
            InputProblem::Empty,
            InputProblem::TooLong { max: 32 },
            InputProblem::TooLarge { max_bytes: 10 << 20 },
            InputProblem::TooMany { max: 16 },
            InputProblem::TooShort { min: 8 },
            InputProblem::BadCharacter,
            InputProblem::Unknown,
            InputProblem::Malformed,
            InputProblem::OutOfRange,
            InputProblem::NoRoom,
            InputProblem::NotChangeable,
        ];
        Field::ALL
            .iter()
            .flat_map(|f| {
                problems.iter().map(move |p| HarbourError::InvalidInput { field: f.name().into(), problem: *p })
            })
            .collect()
    }

    fn locales() -> Vec<String> {
        harbour_core::l10n::available_locales().into_iter().map(|l| l.id).collect()
    }

    #[test]
    fn every_error_has_its_own_words_in_every_locale() {
        let mut errors = every_variant();
        errors.extend(every_refusal());
        let mut missing = Vec::new();
        for locale in locales() {
            let localizer = Localizer::new(std::slice::from_ref(&locale));
            for error in &errors {
                let (id, args) = message_for(error);
                if !harbour_core::l10n::locale_has_message(&locale, id) {
                    missing.push(format!("{locale}: {id} ({error:?})"));
                    continue;
                }
                let text = localizer.format_checked(id, &args).unwrap_or_else(|e| panic!("{locale} {id}: {e:?}"));
                assert!(!text.trim().is_empty(), "{locale} {id}");
                assert!(!text.contains("{"), "{locale} {id}: a variable left unfilled: {text}");
            }
        }
        assert!(missing.is_empty(), "{} messages missing:\n{}", missing.len(), missing.join("\n"));
    }

    #[test]
    fn a_failure_is_never_the_catch_all_when_it_has_its_own_words() {
        // The generic sentence is for nothing the core reports today.
        for error in every_variant().iter().chain(every_refusal().iter()) {
            let (id, _) = message_for(error);
            assert_ne!(id, "error-generic", "{error:?}");
            assert_ne!(id, "error-input", "{error:?}");
        }
        let en = Localizer::new(&["en".into()]);
        let text = describe(&en, &HarbourError::InvalidInput { field: "text".into(), problem: InputProblem::Empty });
        assert_eq!(text, "The entry is empty. Write something first.");
        let text = describe(&en, &HarbourError::WrongPin { retry_after_secs: 30 });
        assert_eq!(text, "That PIN did not work. Please wait 30 seconds before you try again.");
        let text = describe(
            &en,
            &HarbourError::InvalidInput {
                field: "attachment".into(),
                problem: InputProblem::TooLarge { max_bytes: 10 << 20 },
            },
        );
        assert!(text.contains("10"), "{text}");
    }
}
