//! Content as packs carry it: plain data, checked on the way in.

use serde::{Deserialize, Serialize};

/// Who runs a line. Police and immigration lines are flagged everywhere they are shown:
/// a survivor without papers may fear them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Operator {
    Ngo,
    Government,
    Police,
    Immigration,
    Intergovernmental,
}

impl Operator {
    pub fn as_str(self) -> &'static str {
        match self {
            Operator::Ngo => "ngo",
            Operator::Government => "government",
            Operator::Police => "police",
            Operator::Immigration => "immigration",
            Operator::Intergovernmental => "intergovernmental",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        Some(match s {
            "ngo" => Operator::Ngo,
            "government" => Operator::Government,
            "police" => Operator::Police,
            "immigration" => Operator::Immigration,
            "intergovernmental" => Operator::Intergovernmental,
            _ => return None,
        })
    }

    /// The app must warn before a survivor contacts this line.
    pub fn is_law_enforcement(self) -> bool {
        matches!(self, Operator::Police | Operator::Immigration)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum ChannelKind {
    Phone,
    Sms,
    Whatsapp,
    Web,
    Email,
}

impl ChannelKind {
    pub fn as_str(self) -> &'static str {
        match self {
            ChannelKind::Phone => "phone",
            ChannelKind::Sms => "sms",
            ChannelKind::Whatsapp => "whatsapp",
            ChannelKind::Web => "web",
            ChannelKind::Email => "email",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        Some(match s {
            "phone" => ChannelKind::Phone,
            "sms" => ChannelKind::Sms,
            "whatsapp" => ChannelKind::Whatsapp,
            "web" => ChannelKind::Web,
            "email" => ChannelKind::Email,
            _ => return None,
        })
    }

    /// Channels whose `dial` is a number.
    pub fn is_number(self) -> bool {
        matches!(self, ChannelKind::Phone | ChannelKind::Sms | ChannelKind::Whatsapp)
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Channel {
    pub kind: ChannelKind,
    /// What the phone acts on: digits with an optional leading `+`, a URL, an address.
    pub dial: String,
    /// As the source writes it.
    pub display: String,
    #[serde(default)]
    pub note: Option<String>,
}

/// How sure the source is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Confidence {
    High,
    Medium,
    Low,
}

impl Confidence {
    pub fn as_str(self) -> &'static str {
        match self {
            Confidence::High => "high",
            Confidence::Medium => "medium",
            Confidence::Low => "low",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        Some(match s {
            "high" => Confidence::High,
            "medium" => Confidence::Medium,
            "low" => Confidence::Low,
            _ => return None,
        })
    }
}

/// A span of opening hours on the given days, local time. `closes` before `opens` runs past
/// midnight into the next day.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Span {
    pub days: Vec<String>,
    pub opens: String,
    pub closes: String,
}

/// Opening hours: always open, or weekly spans in an IANA time zone.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum Hours {
    Always { always: bool },
    Weekly { time_zone: String, weekly: Vec<Span> },
}

/// What a line is for. Lines whose job is passing reports to law enforcement (tip lines,
/// anonymous crime lines) are listed apart from lines that help the person.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
#[serde(rename_all = "lowercase")]
pub enum Purpose {
    #[default]
    Help,
    Report,
}

impl Purpose {
    pub fn as_str(self) -> &'static str {
        match self {
            Purpose::Help => "help",
            Purpose::Report => "report",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        Some(match s {
            "help" => Purpose::Help,
            "report" => Purpose::Report,
            _ => return None,
        })
    }
}

/// Who may receive what a caller tells a line. The person is warned before the number.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Recipient {
    Police,
    Immigration,
    /// A labour ministry or inspectorate, or any authority that can reach the employer or
    /// sponsor (and, under sponsorship systems, trigger an "absconding" case).
    EmployerAuthority,
    ChildProtection,
}

impl Recipient {
    pub const ALL: [Recipient; 4] =
        [Recipient::Police, Recipient::Immigration, Recipient::EmployerAuthority, Recipient::ChildProtection];

    pub fn as_str(self) -> &'static str {
        match self {
            Recipient::Police => "police",
            Recipient::Immigration => "immigration",
            Recipient::EmployerAuthority => "employer_authority",
            Recipient::ChildProtection => "child_protection",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        Recipient::ALL.into_iter().find(|r| r.as_str() == s)
    }
}

/// Whom a line is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
#[serde(rename_all = "lowercase")]
pub enum Audience {
    Adults,
    Children,
    #[default]
    All,
}

impl Audience {
    pub fn as_str(self) -> &'static str {
        match self {
            Audience::Adults => "adults",
            Audience::Children => "children",
            Audience::All => "all",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        Some(match s {
            "adults" => Audience::Adults,
            "children" => Audience::Children,
            "all" => Audience::All,
            _ => return None,
        })
    }
}

/// People a line serves wherever they are: a home country's line for its nationals abroad,
/// a line in a language.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(deny_unknown_fields)]
pub struct Serves {
    /// ISO 3166-1 alpha-2 of the callers' nationality.
    #[serde(default)]
    pub nationalities: Vec<String>,
    /// BCP 47 of the callers' language.
    #[serde(default)]
    pub languages: Vec<String>,
}

/// How a line was last confirmed to work as described.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum VerifiedHow {
    /// The operator's own page (or its government's portal) stated it, dated.
    OperatorPage,
    /// Someone called it.
    Call,
    /// The operator confirmed it in writing.
    OperatorConfirmed,
}

impl VerifiedHow {
    pub fn as_str(self) -> &'static str {
        match self {
            VerifiedHow::OperatorPage => "operator-page",
            VerifiedHow::Call => "call",
            VerifiedHow::OperatorConfirmed => "operator-confirmed",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        Some(match s {
            "operator-page" => VerifiedHow::OperatorPage,
            "call" => VerifiedHow::Call,
            "operator-confirmed" => VerifiedHow::OperatorConfirmed,
            _ => return None,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Helpline {
    pub id: String,
    /// ISO 3166-1 alpha-2 where it is run from, or `EU` / `INT`.
    pub country: String,
    /// Who runs it, when the source says.
    pub organisation: Option<String>,
    pub service: String,
    pub operator: Operator,
    #[serde(default)]
    pub operator_note: Option<String>,
    #[serde(default)]
    pub purpose: Purpose,
    /// Who may receive what the caller says. Required in sources (an empty list is a claim).
    pub shares_with: Vec<Recipient>,
    #[serde(default)]
    pub audience: Audience,
    #[serde(default)]
    pub serves: Option<Serves>,
    pub channels: Vec<Channel>,
    /// `None`: not known.
    pub hours: Option<Hours>,
    #[serde(default)]
    pub hours_text: Option<String>,
    /// BCP 47 codes of languages the line speaks.
    #[serde(default)]
    pub languages: Vec<String>,
    /// Interpreting available for other languages.
    #[serde(default)]
    pub interpreters: bool,
    /// `None`: not known.
    pub free: Option<bool>,
    #[serde(default)]
    pub specialties: Vec<String>,
    /// For the person: short, plain, translatable.
    #[serde(default)]
    pub note: Option<String>,
    pub source_url: String,
    #[serde(default)]
    pub additional_sources: Vec<String>,
    /// The date the source states, `YYYY-MM-DD`.
    #[serde(default)]
    pub source_date: Option<String>,
    /// When someone last confirmed the line works as described, `YYYY-MM-DD`; `None`:
    /// never. The "may have changed" notice follows this, not the source's date.
    pub verified_on: Option<String>,
    #[serde(default)]
    pub verified_how: Option<VerifiedHow>,
    pub confidence: Confidence,
}

impl Helpline {
    /// The warning the person must see before the number, if any.
    pub fn is_risky(&self) -> bool {
        !self.shares_with.is_empty() || self.operator.is_law_enforcement() || self.purpose == Purpose::Report
    }
}

/// One emergency number of a country.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EmergencyNumber {
    /// Digits only.
    pub dial: String,
    pub display: String,
    /// `police`, `ambulance`, `fire` or `all`.
    pub services: Vec<String>,
    #[serde(default)]
    pub note: Option<String>,
}

/// What a pack says of a country as a whole: its emergency numbers and how far its help
/// reaches. `INT` holds the fallback every GSM phone tries (112).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CountryInfo {
    pub country: String,
    pub emergency: Vec<EmergencyNumber>,
    /// Sources report police complicity, or victims detained or deported: say so where the
    /// app advises calling the emergency number.
    #[serde(default)]
    pub police_caution: bool,
    /// No help line here could be sourced: the regional and international ones are shown.
    #[serde(default)]
    pub no_verified_line: bool,
    /// For the person, plain and translatable.
    #[serde(default)]
    pub note: Option<String>,
    /// Where the emergency numbers come from; required when there are any.
    #[serde(default)]
    pub source_url: Option<String>,
    #[serde(default)]
    pub additional_sources: Vec<String>,
    #[serde(default)]
    pub source_date: Option<String>,
    pub confidence: Confidence,
}

/// A group of countries whose law or lines apply in each (`EU`, `COE`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Region {
    pub id: String,
    pub name: String,
    pub members: Vec<String>,
    pub source_url: String,
}

/// A safety tip shown beside the helplines.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Tip {
    pub id: String,
    pub title: String,
    pub body: String,
    /// Where it applies: `helplines`, `calls`, `messages`, `documents`, `phone`, `police`.
    #[serde(default)]
    pub topics: Vec<String>,
}

/// Where a rights item's source stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum SourceKind {
    /// The law itself, or the authority's own page.
    Primary,
    Secondary,
}

/// A point of law or guidance, paraphrased, per jurisdiction. The English text is the
/// reference; translations travel as Fluent beside it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RightsArticle {
    pub id: String,
    pub jurisdiction: String,
    #[serde(default)]
    pub jurisdiction_name: Option<String>,
    /// The reference text's language: `en`.
    #[serde(default = "english")]
    pub locale: String,
    pub title: String,
    pub body: String,
    pub source_url: String,
    #[serde(default)]
    pub sources: Vec<String>,
    #[serde(default)]
    pub source_kind: Option<SourceKind>,
    #[serde(default)]
    pub source_date: Option<String>,
    #[serde(default)]
    pub topics: Vec<String>,
    #[serde(default)]
    pub caveats: Option<String>,
    pub confidence: Confidence,
}

fn english() -> String {
    "en".to_owned()
}

/// Further reading: reports, guidance, studies.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Resource {
    pub id: String,
    #[serde(default = "english")]
    pub locale: String,
    pub title: String,
    #[serde(default)]
    pub publisher: Option<String>,
    #[serde(default)]
    pub year: Option<i32>,
    #[serde(default, rename = "type")]
    pub kind: Option<String>,
    pub summary: String,
    pub url: String,
    #[serde(default)]
    pub sources: Vec<String>,
    #[serde(default)]
    pub topics: Vec<String>,
    pub confidence: Confidence,
    #[serde(default)]
    pub notes: Option<String>,
}

/// Topics rights and resources are tagged with; screening answers point to them.
pub const TOPICS: &[&str] = &[
    "definition",
    "consent",
    "children",
    "non-punishment",
    "identification",
    "support",
    "residence",
    "documents",
    "wages",
    "debt",
    "movement",
    "violence",
    "compensation",
    "reporting",
    "legal-help",
    "labour-rights",
    "recruitment-fees",
    "work-conditions",
];
