//! Help for the shells: helplines open now, rights and resources, self-screening, packs.

use std::collections::BTreeMap;
use std::sync::Arc;

use harbour_core::content::hours::OpenState;
use harbour_core::content::model;
use harbour_core::content::query::{self, ArticleFilter, HelplineFilter};
use harbour_core::content::screening::{Answer, Level};

use crate::app::HarbourApp;
use crate::error::HarbourError;

#[derive(Debug, Clone, Copy, PartialEq, Eq, uniffi::Enum)]
pub enum Operator {
    Ngo,
    Government,
    Police,
    Immigration,
    Intergovernmental,
}

impl From<model::Operator> for Operator {
    fn from(o: model::Operator) -> Self {
        match o {
            model::Operator::Ngo => Operator::Ngo,
            model::Operator::Government => Operator::Government,
            model::Operator::Police => Operator::Police,
            model::Operator::Immigration => Operator::Immigration,
            model::Operator::Intergovernmental => Operator::Intergovernmental,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, uniffi::Enum)]
pub enum ChannelKind {
    Phone,
    Sms,
    Whatsapp,
    Web,
    Email,
}

impl From<model::ChannelKind> for ChannelKind {
    fn from(k: model::ChannelKind) -> Self {
        match k {
            model::ChannelKind::Phone => ChannelKind::Phone,
            model::ChannelKind::Sms => ChannelKind::Sms,
            model::ChannelKind::Whatsapp => ChannelKind::Whatsapp,
            model::ChannelKind::Web => ChannelKind::Web,
            model::ChannelKind::Email => ChannelKind::Email,
        }
    }
}

impl From<ChannelKind> for model::ChannelKind {
    fn from(k: ChannelKind) -> Self {
        match k {
            ChannelKind::Phone => model::ChannelKind::Phone,
            ChannelKind::Sms => model::ChannelKind::Sms,
            ChannelKind::Whatsapp => model::ChannelKind::Whatsapp,
            ChannelKind::Web => model::ChannelKind::Web,
            ChannelKind::Email => model::ChannelKind::Email,
        }
    }
}

/// A way to reach a line. `dial` is what the phone acts on (digits with an optional `+`, a
/// URL, an address); `display` is how the source writes it.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct ContactChannel {
    pub kind: ChannelKind,
    pub dial: String,
    pub display: String,
    pub note: Option<String>,
}

/// Whether a line is open now, in its own time zone. Weekdays are 0 = Monday; minutes are
/// after local midnight.
#[derive(Debug, Clone, Copy, PartialEq, Eq, uniffi::Enum)]
pub enum OpenStatus {
    Always,
    Open {
        closes_weekday: u8,
        closes_minute: u16,
    },
    Closed {
        opens_weekday: u8,
        opens_minute: u16,
    },
    /// The source gives no hours.
    Unknown,
}

impl From<OpenState> for OpenStatus {
    fn from(s: OpenState) -> Self {
        match s {
            OpenState::Always => OpenStatus::Always,
            OpenState::Open { closes_day, closes_at } => {
                OpenStatus::Open { closes_weekday: closes_day, closes_minute: closes_at }
            }
            OpenState::Closed { opens_day, opens_at } => {
                OpenStatus::Closed { opens_weekday: opens_day, opens_minute: opens_at }
            }
            OpenState::Unknown => OpenStatus::Unknown,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, uniffi::Enum)]
pub enum Confidence {
    High,
    Medium,
    Low,
}

impl From<model::Confidence> for Confidence {
    fn from(c: model::Confidence) -> Self {
        match c {
            model::Confidence::High => Confidence::High,
            model::Confidence::Medium => Confidence::Medium,
            model::Confidence::Low => Confidence::Low,
        }
    }
}

#[derive(Debug, Clone, PartialEq, uniffi::Record)]
pub struct Helpline {
    pub key: String,
    pub country: String,
    pub organisation: Option<String>,
    pub service: String,
    pub operator: Operator,
    pub operator_note: Option<String>,
    /// Run by police or immigration: show the warning before contact.
    pub law_enforcement: bool,
    pub channels: Vec<ContactChannel>,
    pub open: OpenStatus,
    pub hours_text: Option<String>,
    pub languages: Vec<String>,
    pub interpreters: bool,
    pub speaks_your_language: bool,
    pub free: Option<bool>,
    pub specialties: Vec<String>,
    pub source_url: String,
    pub sources: Vec<String>,
    pub source_date: Option<String>,
    pub confidence: Confidence,
    /// Show "not recently verified".
    pub needs_verification: bool,
    pub notes: Option<String>,
}

impl From<query::HelplineView> for Helpline {
    fn from(v: query::HelplineView) -> Self {
        Helpline {
            key: v.key,
            country: v.country,
            organisation: v.organisation,
            service: v.service,
            operator: v.operator.into(),
            operator_note: v.operator_note,
            law_enforcement: v.law_enforcement,
            channels: v
                .channels
                .into_iter()
                .map(|c| ContactChannel { kind: c.kind.into(), dial: c.dial, display: c.display, note: c.note })
                .collect(),
            open: v.open.into(),
            hours_text: v.hours_text,
            languages: v.languages,
            interpreters: v.interpreters,
            speaks_your_language: v.speaks_your_language,
            free: v.free,
            specialties: v.specialties,
            source_url: v.source_url,
            sources: v.sources,
            source_date: v.source_date,
            confidence: v.confidence.into(),
            needs_verification: v.needs_verification,
            notes: v.notes,
        }
    }
}

/// Which helplines to list. Every field may be left at its default.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct HelplineQuery {
    /// ISO 3166-1 alpha-2; international lines are included.
    #[uniffi(default = None)]
    pub country: Option<String>,
    /// The person's languages, most wanted first (BCP 47).
    #[uniffi(default = [])]
    pub languages: Vec<String>,
    #[uniffi(default = false)]
    pub require_language: bool,
    #[uniffi(default = None)]
    pub specialty: Option<String>,
    #[uniffi(default = None)]
    pub channel: Option<ChannelKind>,
    #[uniffi(default = false)]
    pub open_now_only: bool,
    #[uniffi(default = false)]
    pub exclude_law_enforcement: bool,
    /// 0: 50.
    #[uniffi(default = 0)]
    pub limit: u32,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, uniffi::Enum)]
pub enum ArticleKind {
    Right,
    Resource,
}

#[derive(Debug, Clone, PartialEq, uniffi::Record)]
pub struct Article {
    pub key: String,
    pub kind: ArticleKind,
    pub jurisdiction: String,
    pub locale: String,
    pub title: String,
    pub body: String,
    pub source_url: String,
    pub sources: Vec<String>,
    pub topics: Vec<String>,
    pub confidence: Confidence,
    pub caveats: Option<String>,
    pub publisher: Option<String>,
    pub year: Option<i32>,
}

impl From<query::ArticleView> for Article {
    fn from(a: query::ArticleView) -> Self {
        Article {
            key: a.key,
            kind: match a.kind {
                query::ArticleKind::Right => ArticleKind::Right,
                query::ArticleKind::Resource => ArticleKind::Resource,
            },
            jurisdiction: a.jurisdiction,
            locale: a.locale,
            title: a.title,
            body: a.body,
            source_url: a.source_url,
            sources: a.sources,
            topics: a.topics,
            confidence: a.confidence.into(),
            caveats: a.caveats,
            publisher: a.publisher,
            year: a.year,
        }
    }
}

/// Rights and resources to list or search.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct ArticleQuery {
    /// Words to search for (accents ignored; works inside Thai, Burmese, Khmer, Chinese).
    #[uniffi(default = "")]
    pub text: String,
    /// The person's languages; each article is shown once, in the first one it exists in.
    #[uniffi(default = [])]
    pub locales: Vec<String>,
    /// Countries and international sources (`GB`, `INT`, `EU`…).
    #[uniffi(default = [])]
    pub jurisdictions: Vec<String>,
    #[uniffi(default = None)]
    pub kind: Option<ArticleKind>,
    #[uniffi(default = [])]
    pub topics: Vec<String>,
    #[uniffi(default = 0)]
    pub limit: u32,
}

/// A self-screening question: the shell formats `message_id` with its translator.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct ScreeningQuestion {
    pub id: String,
    pub message_id: String,
    pub indicator: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, uniffi::Enum)]
pub enum ScreeningAnswer {
    Yes,
    No,
    NotSure,
}

#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct AnsweredQuestion {
    pub question_id: String,
    pub answer: ScreeningAnswer,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, uniffi::Enum)]
pub enum ScreeningLevel {
    NoSigns,
    WarningSigns,
    Urgent,
}

/// Where the answers point: rights topics and helpline specialties to show next.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct ScreeningOutcome {
    pub level: ScreeningLevel,
    pub warning_signs: u32,
    pub indicators: Vec<String>,
    pub topics: Vec<String>,
    pub specialties: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct PackSummary {
    pub pack_id: String,
    pub title: String,
    pub version: u64,
    pub replaced_version: Option<u64>,
    pub helplines: u64,
    pub articles: u64,
}

#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct InstalledPack {
    /// Hex Ed25519 key.
    pub publisher: String,
    pub pack_id: String,
    pub version: u64,
    pub title: String,
}

/// Told how far long work (an import, an export) has got; return `false` to cancel it
/// (nothing is kept).
#[uniffi::export(foreign)]
pub trait ProgressListener: Send + Sync {
    fn on_progress(&self, done: u64, total: u64) -> bool;
}

fn to_filter(q: HelplineQuery) -> HelplineFilter {
    HelplineFilter {
        country: q.country,
        languages: q.languages,
        require_language: q.require_language,
        specialty: q.specialty,
        channel: q.channel.map(Into::into),
        open_now_only: q.open_now_only,
        exclude_law_enforcement: q.exclude_law_enforcement,
        limit: q.limit,
    }
}

#[uniffi::export]
impl HarbourApp {
    /// Helplines, open ones first, then free, then in the person's language. No PIN needed.
    pub fn helplines(&self, query: HelplineQuery) -> Result<Vec<Helpline>, HarbourError> {
        Ok(self.core().helplines(&to_filter(query))?.into_iter().map(Into::into).collect())
    }

    /// Rights and resources, by search words or by place and topic. No PIN needed.
    pub fn articles(&self, query: ArticleQuery) -> Result<Vec<Article>, HarbourError> {
        let filter = ArticleFilter {
            text: query.text,
            locales: query.locales,
            jurisdictions: query.jurisdictions,
            kind: query.kind.map(|k| match k {
                ArticleKind::Right => query::ArticleKind::Right,
                ArticleKind::Resource => query::ArticleKind::Resource,
            }),
            topics: query.topics,
            limit: query.limit,
        };
        Ok(self.core().articles(&filter)?.into_iter().map(Into::into).collect())
    }

    /// The self-screening questions, in order (empty if no pack provides them).
    pub fn screening_questions(&self) -> Result<Vec<ScreeningQuestion>, HarbourError> {
        let q = self.core().questionnaire()?;
        Ok(q.map(|q| {
            q.questions
                .into_iter()
                .map(|q| ScreeningQuestion { id: q.id, message_id: q.message, indicator: q.indicator })
                .collect()
        })
        .unwrap_or_default())
    }

    /// Scores answers offline. Nothing is stored.
    pub fn score_screening(&self, answers: Vec<AnsweredQuestion>) -> Result<ScreeningOutcome, HarbourError> {
        let answers: BTreeMap<String, Answer> = answers
            .into_iter()
            .map(|a| {
                let answer = match a.answer {
                    ScreeningAnswer::Yes => Answer::Yes,
                    ScreeningAnswer::No => Answer::No,
                    ScreeningAnswer::NotSure => Answer::NotSure,
                };
                (a.question_id, answer)
            })
            .collect();
        let result = self.core().score_screening(&answers)?.ok_or(HarbourError::InvalidInput {
            field: "screening".into(),
            reason: "no questionnaire is installed".into(),
        })?;
        Ok(ScreeningOutcome {
            level: match result.level {
                Level::None => ScreeningLevel::NoSigns,
                Level::Some => ScreeningLevel::WarningSigns,
                Level::Urgent => ScreeningLevel::Urgent,
            },
            warning_signs: result.warning_signs,
            indicators: result.indicators,
            topics: result.topics,
            specialties: result.specialties,
        })
    }

    /// Verifies and installs a content pack file from a pinned publisher, reporting progress.
    /// Readers keep working meanwhile; a refused or cancelled pack changes nothing.
    pub fn import_pack(
        &self,
        path: String,
        progress: Option<Arc<dyn ProgressListener>>,
    ) -> Result<PackSummary, HarbourError> {
        let limit = harbour_core::content::pack::limits::MAX_PACK_BYTES as u64;
        let size = std::fs::metadata(&path).map_err(|e| HarbourError::Io { kind: format!("{:?}", e.kind()) })?.len();
        if size > limit {
            return Err(HarbourError::PackTooLarge);
        }
        let bytes = std::fs::read(&path).map_err(|e| HarbourError::Io { kind: format!("{:?}", e.kind()) })?;
        let mut report = |done: u64, total: u64| progress.as_ref().is_none_or(|p| p.on_progress(done, total));
        let s = self.core().import_pack(&bytes, &mut report)?;
        Ok(PackSummary {
            pack_id: s.pack_id,
            title: s.title,
            version: s.version,
            replaced_version: s.replaced,
            helplines: s.helplines as u64,
            articles: s.articles as u64,
        })
    }

    pub fn installed_packs(&self) -> Result<Vec<InstalledPack>, HarbourError> {
        Ok(self
            .core()
            .installed_packs()?
            .into_iter()
            .map(|(publisher, pack_id, version, title)| InstalledPack { publisher, pack_id, version, title })
            .collect())
    }

    /// A translator for `preferences` that also knows the translations packs brought.
    pub fn translator(&self, preferences: Vec<String>) -> Result<Arc<crate::l10n::Translator>, HarbourError> {
        Ok(crate::l10n::Translator::from_localizer(self.core().localizer(&preferences)?))
    }

    /// A setting readable before unlocking (language, country, disguise).
    pub fn setting(&self, key: String) -> Result<Option<String>, HarbourError> {
        Ok(self.core().setting(&key)?)
    }

    pub fn set_setting(&self, key: String, value: String) -> Result<(), HarbourError> {
        Ok(self.core().set_setting(&key, &value)?)
    }
}
