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

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Helpline {
    pub id: String,
    /// ISO 3166-1 alpha-2, or `EU` / `INT`.
    pub country: String,
    /// Who runs it, when the source says.
    pub organisation: Option<String>,
    pub service: String,
    pub operator: Operator,
    #[serde(default)]
    pub operator_note: Option<String>,
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
    pub source_url: String,
    #[serde(default)]
    pub additional_sources: Vec<String>,
    /// The date the source states, `YYYY-MM-DD`.
    #[serde(default)]
    pub source_date: Option<String>,
    #[serde(default)]
    pub source_note: Option<String>,
    pub confidence: Confidence,
    #[serde(default)]
    pub notes: Option<String>,
}

/// A point of law or guidance, paraphrased, per jurisdiction.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RightsArticle {
    pub id: String,
    pub jurisdiction: String,
    #[serde(default)]
    pub jurisdiction_name: Option<String>,
    pub locale: String,
    pub title: String,
    pub body: String,
    pub source_url: String,
    #[serde(default)]
    pub topics: Vec<String>,
    #[serde(default)]
    pub caveats: Option<String>,
    pub confidence: Confidence,
}

/// Further reading: reports, guidance, studies.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Resource {
    pub id: String,
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
