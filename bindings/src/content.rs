//! Help for the shells: helplines open now, rights and resources, self-screening, packs.

use std::collections::BTreeMap;
use std::sync::Arc;

use harbour_core::content::hours::OpenState;
use harbour_core::content::model;
use harbour_core::content::query::{self, ArticleFilter, HelplineFilter};
use harbour_core::content::screening::{Answer, Level, QuestionKind};

use crate::app::HarbourApp;
use crate::error::{HarbourError, invalid};
use harbour_core::input::{Field, Problem};

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

/// Who may receive what a caller tells a line.
#[derive(Debug, Clone, Copy, PartialEq, Eq, uniffi::Enum)]
pub enum Recipient {
    Police,
    Immigration,
    /// A labour ministry or inspectorate: it can reach the employer or sponsor.
    EmployerAuthority,
    ChildProtection,
}

impl From<model::Recipient> for Recipient {
    fn from(r: model::Recipient) -> Self {
        match r {
            model::Recipient::Police => Recipient::Police,
            model::Recipient::Immigration => Recipient::Immigration,
            model::Recipient::EmployerAuthority => Recipient::EmployerAuthority,
            model::Recipient::ChildProtection => Recipient::ChildProtection,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, uniffi::Enum)]
pub enum Audience {
    Adults,
    Children,
    All,
}

impl From<model::Audience> for Audience {
    fn from(a: model::Audience) -> Self {
        match a {
            model::Audience::Adults => Audience::Adults,
            model::Audience::Children => Audience::Children,
            model::Audience::All => Audience::All,
        }
    }
}

/// Help (the default listing) or lines whose job is passing reports to law enforcement,
/// listed apart.
#[derive(Debug, Clone, Copy, PartialEq, Eq, uniffi::Enum)]
pub enum LinePurpose {
    Help,
    Report,
}

/// In which language an item's text is, and what to say about it.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct TextInfo {
    pub locale: String,
    /// Not translated into the person's language: show "shown in English".
    pub shown_in_english: bool,
    /// Translated from English that has since changed: show "may be out of date".
    pub stale: bool,
    /// Machine-drafted, not yet reviewed by a person.
    pub machine: bool,
}

impl From<query::TextStatus> for TextInfo {
    fn from(t: query::TextStatus) -> Self {
        TextInfo { locale: t.locale, shown_in_english: t.shown_in_english, stale: t.stale, machine: t.machine }
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
    pub purpose: LinePurpose,
    /// Who may receive what the caller says. Show the warning (`risk-…` messages) BEFORE the
    /// number whenever `risky` is true.
    pub shares_with: Vec<Recipient>,
    pub risky: bool,
    /// Run by police or immigration.
    pub law_enforcement: bool,
    pub audience: Audience,
    /// Nationalities (ISO 3166-1) this line serves wherever they are, if any.
    pub serves_nationalities: Vec<String>,
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
    /// When someone last confirmed the line works (`YYYY-MM-DD`), if ever.
    pub verified_on: Option<String>,
    pub confidence: Confidence,
    /// Never verified or not in the last 12 months: show "may have changed".
    pub needs_verification: bool,
    /// For the person, in their language when translated.
    pub note: Option<String>,
    pub text: TextInfo,
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
            purpose: match v.purpose {
                model::Purpose::Help => LinePurpose::Help,
                model::Purpose::Report => LinePurpose::Report,
            },
            shares_with: v.shares_with.into_iter().map(Into::into).collect(),
            risky: v.risky,
            law_enforcement: v.law_enforcement,
            audience: v.audience.into(),
            serves_nationalities: v.serves.map(|s| s.nationalities).unwrap_or_default(),
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
            verified_on: v.verified_on,
            confidence: v.confidence.into(),
            needs_verification: v.needs_verification,
            note: v.note,
            text: v.text.into(),
        }
    }
}

/// Which helplines to list. Every field may be left at its default.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct HelplineQuery {
    /// ISO 3166-1 alpha-2; international lines and those of regions it belongs to are included.
    #[uniffi(default = None)]
    pub country: Option<String>,
    /// Instead of a place: lines for people of this nationality wherever they are ("Lines for
    /// people from Thailand").
    #[uniffi(default = None)]
    pub serving_nationality: Option<String>,
    /// `Report` lists the lines that pass reports to law enforcement, apart from help.
    #[uniffi(default = None)]
    pub purpose: Option<LinePurpose>,
    /// The person said they are under 18: children's lines first.
    #[uniffi(default = false)]
    pub under_18: bool,
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
    /// The source is the law itself or the authority's own page.
    pub primary_source: bool,
    pub text: TextInfo,
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
            primary_source: a.source_kind == Some(model::SourceKind::Primary),
            text: a.text.into(),
        }
    }
}

/// Rights and resources to list or search.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct ArticleQuery {
    /// Words to search for (accents ignored; works inside Thai, Burmese, Khmer, Chinese).
    #[uniffi(default = "")]
    pub text: String,
    /// The person's languages; each article is shown once, in the first one it has (else
    /// English, said so in `text`). Search looks through every language's text.
    #[uniffi(default = [])]
    pub locales: Vec<String>,
    /// Only articles that have a text in one of `locales`.
    #[uniffi(default = false)]
    pub only_in_locales: bool,
    /// The person's country: its own items first, then regional bodies it belongs to, then
    /// international; none of its own is cut by `limit`.
    #[uniffi(default = None)]
    pub country: Option<String>,
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

/// A self-screening question in the person's language.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct ScreeningQuestion {
    pub id: String,
    pub text: String,
    /// An example or explanation, if any.
    pub help: Option<String>,
    /// "Are you under 18?": the answer changes the result and the order of helplines.
    pub is_age: bool,
    /// The ILO indicator it answers (empty for the age question).
    pub indicator: String,
    pub text_info: TextInfo,
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
    /// Nothing was answered: say who the person can ask, never "no signs".
    NoAnswers,
    /// Only "not sure" (or too little to say): suggest talking it through.
    Unclear,
    NoSigns,
    WarningSigns,
    Urgent,
}

/// Where the answers point: rights topics and helpline specialties to show next.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct ScreeningOutcome {
    pub level: ScreeningLevel,
    pub warning_signs: u32,
    pub not_sure: u32,
    pub answered: u32,
    /// List children's lines first (`HelplineQuery.under_18`).
    pub under_18: bool,
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
    /// Translation messages that could not be used (each falls back to English).
    pub skipped_translations: u64,
}

#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct InstalledPack {
    /// Hex Ed25519 key.
    pub publisher: String,
    pub pack_id: String,
    pub version: u64,
    pub title: String,
    /// Its signed file is kept: `share_pack` gives it for the share sheet.
    pub shareable: bool,
}

/// One emergency number.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct EmergencyNumber {
    pub dial: String,
    pub display: String,
    /// `police`, `ambulance`, `fire` or `all`.
    pub services: Vec<String>,
    pub note: Option<String>,
}

/// What to call in danger, for one country. Every screen that says "the emergency number"
/// shows these.
#[derive(Debug, Clone, PartialEq, uniffi::Record)]
pub struct Emergency {
    pub country: String,
    /// Empty when none could be sourced: then only `fallback`.
    pub numbers: Vec<EmergencyNumber>,
    /// 112 from a mobile phone, with an honest note.
    pub fallback: Vec<EmergencyNumber>,
    pub fallback_note: Option<String>,
    /// Police may be a risk here (complicity, detention of victims): show the caution.
    pub police_caution: bool,
    /// No help line here could be sourced: show regional and international lines.
    pub no_verified_line: bool,
    pub note: Option<String>,
    pub text: TextInfo,
}

fn number(n: model::EmergencyNumber) -> EmergencyNumber {
    EmergencyNumber { dial: n.dial, display: n.display, services: n.services, note: n.note }
}

/// A safety tip, in the person's language.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct SafetyTip {
    pub key: String,
    pub title: String,
    pub body: String,
    pub topics: Vec<String>,
    pub text: TextInfo,
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
        serving_nationality: q.serving_nationality,
        purpose: match q.purpose {
            Some(LinePurpose::Report) => model::Purpose::Report,
            _ => model::Purpose::Help,
        },
        under_18: q.under_18,
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
            only_in_locales: query.only_in_locales,
            country: query.country,
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

    /// The self-screening questions, in order, in the best of `languages` (empty if no pack
    /// provides them).
    pub fn screening_questions(&self, languages: Vec<String>) -> Result<Vec<ScreeningQuestion>, HarbourError> {
        let Some((q, texts)) = self.core().questionnaire(&languages)? else { return Ok(Vec::new()) };
        Ok(q.questions
            .into_iter()
            .zip(texts)
            .map(|(q, t)| ScreeningQuestion {
                id: q.id,
                text: t.text,
                help: t.help,
                is_age: q.kind == QuestionKind::Age,
                indicator: q.indicator.unwrap_or_default(),
                text_info: t.status.into(),
            })
            .collect())
    }

    /// The emergency numbers of `country` (and the GSM fallback), notes in `languages`.
    pub fn emergency(&self, country: String, languages: Vec<String>) -> Result<Emergency, HarbourError> {
        let e = self.core().emergency(&country, &languages)?;
        Ok(Emergency {
            country: e.country,
            numbers: e.numbers.into_iter().map(number).collect(),
            fallback: e.fallback.into_iter().map(number).collect(),
            fallback_note: e.fallback_note,
            police_caution: e.police_caution,
            no_verified_line: e.no_verified_line,
            note: e.note,
            text: e.text.into(),
        })
    }

    /// Countries the installed content covers (ISO 3166-1), for the country chooser.
    pub fn countries(&self) -> Result<Vec<String>, HarbourError> {
        Ok(self.core().countries()?)
    }

    /// Safety tips, in the best of `languages`.
    pub fn safety_tips(&self, languages: Vec<String>) -> Result<Vec<SafetyTip>, HarbourError> {
        Ok(self
            .core()
            .tips(&languages)?
            .into_iter()
            .map(|t| SafetyTip { key: t.key, title: t.title, body: t.body, topics: t.topics, text: t.text.into() })
            .collect())
    }

    /// The signed file of an installed pack, to hand to the share sheet; the receiving
    /// phone imports it with every usual check. `None` for the built-in content.
    pub fn share_pack(&self, pack_id: String) -> Result<Option<Vec<u8>>, HarbourError> {
        Ok(self.core().share_pack(&pack_id)?)
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
        let result =
            self.core().score_screening(&answers)?.ok_or_else(|| invalid(Field::Question, Problem::Unknown))?;
        Ok(ScreeningOutcome {
            level: match result.level {
                Level::NoAnswers => ScreeningLevel::NoAnswers,
                Level::Unclear => ScreeningLevel::Unclear,
                Level::None => ScreeningLevel::NoSigns,
                Level::Some => ScreeningLevel::WarningSigns,
                Level::Urgent => ScreeningLevel::Urgent,
            },
            warning_signs: result.warning_signs,
            not_sure: result.not_sure,
            answered: result.answered,
            under_18: result.under_18,
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
            skipped_translations: s.skipped_translations as u64,
        })
    }

    pub fn installed_packs(&self) -> Result<Vec<InstalledPack>, HarbourError> {
        Ok(self
            .core()
            .installed_packs()?
            .into_iter()
            .map(|p| InstalledPack {
                publisher: p.publisher,
                pack_id: p.pack_id,
                version: p.version,
                title: p.title,
                shareable: p.shareable,
            })
            .collect())
    }

    /// A translator for `preferences` (the app's own messages; content comes translated from
    /// the calls that return it).
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
