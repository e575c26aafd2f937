//! Why a value a person (or a shell) gave was refused — one vocabulary for every check in the
//! core, so that each refusal can be told in the person's own words, with the limit in it
//! (`Translator::describe_error` in the bindings). Nothing here carries the value itself.

/// Which value was refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Field {
    /// A journal entry's text.
    Text,
    Tags,
    Category,
    Attachments,
    Attachment,
    AttachmentName,
    AttachmentType,
    EntryId,
    SafetyPlan,
    /// An export's age recipient (`age1…`).
    Recipient,
    /// An export's password.
    ExportPassword,
    /// A PIN of digits.
    Pin,
    /// A PIN as a passphrase.
    Passphrase,
    Kdf,
    Country,
    Language,
    OrganisationKey,
    OrganisationName,
    OrganisationContact,
    Disguise,
    /// Any other setting, or a setting's name.
    Setting,
    Publisher,
    Question,
}

impl Field {
    /// A stable name shells can match on (never shown to the person).
    pub fn name(self) -> &'static str {
        match self {
            Field::Text => "text",
            Field::Tags => "tags",
            Field::Category => "category",
            Field::Attachments => "attachments",
            Field::Attachment => "attachment",
            Field::AttachmentName => "attachment name",
            Field::AttachmentType => "attachment type",
            Field::EntryId => "id",
            Field::SafetyPlan => "safety plan",
            Field::Recipient => "recipient",
            Field::ExportPassword => "passphrase",
            Field::Pin => "pin",
            Field::Passphrase => "pin passphrase",
            Field::Kdf => "kdf",
            Field::Country => "country",
            Field::Language => "locale",
            Field::OrganisationKey => "org.age_key",
            Field::OrganisationName => "org.name",
            Field::OrganisationContact => "org.contact",
            Field::Disguise => "disguise",
            Field::Setting => "setting",
            Field::Publisher => "trusted_publishers",
            Field::Question => "question",
        }
    }

    pub const ALL: [Field; 23] = [
        Field::Text,
        Field::Tags,
        Field::Category,
        Field::Attachments,
        Field::Attachment,
        Field::AttachmentName,
        Field::AttachmentType,
        Field::EntryId,
        Field::SafetyPlan,
        Field::Recipient,
        Field::ExportPassword,
        Field::Pin,
        Field::Passphrase,
        Field::Kdf,
        Field::Country,
        Field::Language,
        Field::OrganisationKey,
        Field::OrganisationName,
        Field::OrganisationContact,
        Field::Disguise,
        Field::Setting,
        Field::Publisher,
        Field::Question,
    ];
}

/// What was wrong with it, with the limit where there is one.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, thiserror::Error)]
pub enum Problem {
    #[error("is empty")]
    Empty,
    /// More than `max` characters.
    #[error("is longer than {max} characters")]
    TooLong { max: u64 },
    /// More than `max_bytes` bytes.
    #[error("is larger than {max_bytes} bytes")]
    TooLarge { max_bytes: u64 },
    /// More than `max` items.
    #[error("has more than {max} items")]
    TooMany { max: u64 },
    /// Fewer than `min` (characters, digits).
    #[error("is shorter than {min}")]
    TooShort { min: u64 },
    #[error("holds a character that is not allowed")]
    BadCharacter,
    /// Not one of the values the app knows (a category, a country, a section, a question).
    #[error("is not one the app knows")]
    Unknown,
    /// Not in the form it must have (an entry id, a media type, a key).
    #[error("is not in the form it must have")]
    Malformed,
    #[error("is outside the allowed range")]
    OutOfRange,
    /// No room left for it (all PIN slots in use).
    #[error("has no room left")]
    NoRoom,
    /// Cannot be changed this way.
    #[error("cannot be changed this way")]
    NotChangeable,
}

/// A refused value: which, and why.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[error("invalid {}: {problem}", field.name())]
pub struct Invalid {
    pub field: Field,
    pub problem: Problem,
}

impl Invalid {
    pub fn new(field: Field, problem: Problem) -> Invalid {
        Invalid { field, problem }
    }
}
