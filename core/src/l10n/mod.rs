//! Localization with Fluent: negotiation, per-message fallback to English, CLDR plurals,
//! locale digits, bidi isolation for right-to-left locales.
//!
//! Every locale under `i18n/locales/` is embedded at build time (see `build.rs`). A message
//! missing or broken in the chosen locale falls back through the chain to `en`, message by
//! message, so one bad line never blanks a screen, and a raw message id is never shown
//! for a message that exists in English.

pub(crate) mod bidi;
pub mod display;
mod guard;
mod numbers;

use std::borrow::Cow;
use std::collections::{BTreeSet, HashMap};

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use fluent_syntax::ast;
use unic_langid::{CharacterDirection, LanguageIdentifier};

pub use bidi::{is_bidi_control, strip_bidi_controls};
pub use guard::{MAX_NESTING, nests_deeper_than};
pub use numbers::NumberStyle;

/// The reference locale: complete by definition, the end of every fallback chain.
pub const REFERENCE: &str = "en";

/// The right-to-left pseudo-locale: English laid out as a right-to-left language would be —
/// each message right-to-left and isolated, each word's letters in right-to-left order, the
/// placeables isolated — so a translator can check a screen's mirroring without reading
/// Arabic.
pub const PSEUDO_BIDI: &str = "ar-XB";

const RLO: char = '\u{202E}';
const PDF: char = '\u{202C}';
const RLI: char = '\u{2067}';
const PDI: char = '\u{2069}';

/// Each run of non-space text between a right-to-left override and its end.
fn bidi_pseudo(text: &str) -> Cow<'_, str> {
    let mut out = String::with_capacity(text.len() + 8);
    let mut in_word = false;
    for c in text.chars() {
        match (c.is_whitespace(), in_word) {
            (false, false) => {
                out.push(RLO);
                in_word = true;
            }
            (true, true) => {
                out.push(PDF);
                in_word = false;
            }
            _ => {}
        }
        out.push(c);
    }
    if in_word {
        out.push(PDF);
    }
    Cow::Owned(out)
}

pub(crate) struct EmbeddedLocale {
    pub id: &'static str,
    pub reviewed: bool,
    pub machine_drafted: bool,
    /// (file name, deflated Fluent source); see `core/build.rs`.
    pub files: &'static [(&'static str, &'static [u8])],
}

impl EmbeddedLocale {
    /// (file name, Fluent source) of every file. The bytes are compiled in, so they inflate
    /// unless the build is broken; a file that does not is left out and English fills in.
    pub(crate) fn sources(&self) -> Vec<(&'static str, String)> {
        self.files
            .iter()
            .filter_map(|(name, deflated)| {
                let bytes = miniz_oxide::inflate::decompress_to_vec(deflated).ok()?;
                Some((*name, String::from_utf8(bytes).ok()?))
            })
            .collect()
    }
}

include!(concat!(env!("OUT_DIR"), "/locales.rs"));

/// A value for a message variable.
#[derive(Debug, Clone, PartialEq)]
pub enum Arg {
    Text(String),
    Number(f64),
}

impl From<&str> for Arg {
    fn from(s: &str) -> Self {
        Arg::Text(s.to_owned())
    }
}

impl From<String> for Arg {
    fn from(s: String) -> Self {
        Arg::Text(s)
    }
}

impl From<i64> for Arg {
    fn from(n: i64) -> Self {
        Arg::Number(n as f64)
    }
}

impl From<u32> for Arg {
    fn from(n: u32) -> Self {
        Arg::Number(n.into())
    }
}

/// Writing direction of a locale.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Direction {
    LeftToRight,
    RightToLeft,
}

/// What the shell needs to list a locale.
#[derive(Debug, Clone, PartialEq)]
pub struct LocaleInfo {
    pub id: String,
    pub direction: Direction,
    /// Share of the reference's messages and attributes this locale translates, 0–100.
    pub completeness: u8,
    /// A native speaker has reviewed it.
    pub reviewed: bool,
    /// Drafted by machine translation; shells should say so.
    pub machine_drafted: bool,
}

/// Extra Fluent text from a content pack (translations of rights articles, screening
/// questions…), added on top of the embedded resources of `locale`.
#[derive(Debug, Clone)]
pub struct ExtraResource {
    pub locale: String,
    pub source: String,
}

/// A problem found while loading resources; loading goes on without the bad part.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LoadProblem {
    pub locale: String,
    pub file: String,
    pub what: String,
}

/// Why a message could not be formatted cleanly.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum FormatError {
    /// No locale, English included, has the message.
    #[error("no locale has this message")]
    Missing,
    /// Expansion stopped at fluent-bundle's limit of placeables (a hostile "billion laughs"
    /// translation); `partial` is what was produced before the limit.
    #[error("the message expands to too many placeables")]
    TooManyPlaceables { partial: String },
    /// Every locale's version had an error (an unknown variable, a cycle…); `partial` is the
    /// most preferred locale's best effort.
    #[error("the message could not be formatted cleanly")]
    Broken { partial: String },
}

impl FormatError {
    /// The text that was produced anyway, if any.
    pub fn partial(&self) -> Option<&str> {
        match self {
            FormatError::Missing => None,
            FormatError::TooManyPlaceables { partial } | FormatError::Broken { partial } => Some(partial),
        }
    }
}

/// Replaces text after formatting (the pseudo-locale uses it).
pub type Transform = fn(&str) -> Cow<'_, str>;

pub struct Localizer {
    chain: Vec<FluentBundle<FluentResource>>,
    problems: Vec<LoadProblem>,
    /// The bidi pseudo-locale: every message is wrapped in a right-to-left isolate.
    rtl_pseudo: bool,
}

fn direction_of(lang: &LanguageIdentifier) -> Direction {
    match lang.character_direction() {
        CharacterDirection::RTL => Direction::RightToLeft,
        _ => Direction::LeftToRight,
    }
}

/// Regional and older codes phones report, mapped to the locale we ship.
fn alias(tag: &str) -> &str {
    let lang = tag.split(['-', '_']).next().unwrap_or(tag);
    match lang.to_ascii_lowercase().as_str() {
        "fil" => "tl",
        "prs" | "pes" => "fa",
        "arb" => "ar",
        "mya" => "my",
        _ => tag,
    }
}

fn parse_resource(source: String, locale: &str, file: &str, problems: &mut Vec<LoadProblem>) -> Option<FluentResource> {
    // A byte-order mark some editors write would otherwise be a syntax error that takes the
    // first message with it.
    let source = match source.strip_prefix('\u{FEFF}') {
        Some(rest) => rest.to_owned(),
        None => source,
    };
    if nests_deeper_than(&source, MAX_NESTING) {
        problems.push(LoadProblem {
            locale: locale.into(),
            file: file.into(),
            what: format!("placeables nested deeper than {MAX_NESTING}; file ignored"),
        });
        return None;
    }
    match FluentResource::try_new(source) {
        Ok(res) => Some(res),
        // The good messages of a partly broken file are kept.
        Err((res, errors)) => {
            for e in errors {
                problems.push(LoadProblem { locale: locale.into(), file: file.into(), what: format!("{:?}", e.kind) });
            }
            Some(res)
        }
    }
}

/// Locales shipped in the binary.
pub fn available_locales() -> Vec<LocaleInfo> {
    let reference = message_keys(embedded(REFERENCE).expect("the reference locale is embedded"));
    EMBEDDED
        .iter()
        .map(|loc| {
            let lang: LanguageIdentifier = loc.id.parse().unwrap_or_default();
            let keys = message_keys(loc);
            let done = reference.intersection(&keys).count();
            LocaleInfo {
                id: loc.id.to_owned(),
                direction: direction_of(&lang),
                completeness: (100 * done / reference.len().max(1)) as u8,
                reviewed: loc.reviewed,
                machine_drafted: loc.machine_drafted,
            }
        })
        .collect()
}

/// Whether shipped locale `locale` has message `id` (or `id.attribute`) itself, not through
/// the English fallback: for tests that every locale says a thing in its own words.
pub fn locale_has_message(locale: &str, id: &str) -> bool {
    embedded(locale).is_some_and(|l| message_keys(l).contains(id))
}

fn embedded(id: &str) -> Option<&'static EmbeddedLocale> {
    EMBEDDED.iter().find(|l| l.id == id)
}

/// (file name, Fluent source) of locale `id`: the shipped files, then what content packs
/// brought for it, which override them.
fn locale_sources(id: &str, extra: &[ExtraResource]) -> Vec<(String, String)> {
    let mut sources: Vec<(String, String)> = embedded(id)
        .map_or_else(Vec::new, |l| l.sources().into_iter().map(|(file, source)| (file.to_owned(), source)).collect());
    sources.extend(extra.iter().filter(|e| e.locale == id).map(|e| ("(content pack)".to_owned(), e.source.clone())));
    sources
}

/// `id` and `id.attribute` for every message of a locale that parses.
fn message_keys(locale: &EmbeddedLocale) -> BTreeSet<String> {
    let mut keys = BTreeSet::new();
    for (_, source) in locale.sources() {
        let resource = match fluent_syntax::parser::parse(source.as_str()) {
            Ok(r) => r,
            Err((r, _)) => r,
        };
        for entry in resource.body {
            if let ast::Entry::Message(m) = entry {
                if m.value.is_some() {
                    keys.insert(m.id.name.to_owned());
                }
                for a in m.attributes {
                    keys.insert(format!("{}.{}", m.id.name, a.id.name));
                }
            }
        }
    }
    keys
}

/// Picks the best shipped locale for the user's preferences (BCP 47, most wanted first).
pub fn negotiate(requested: &[String]) -> String {
    negotiate_chain(requested, &[]).into_iter().next().map_or_else(|| REFERENCE.into(), |l| l.to_string())
}

fn negotiate_chain(requested: &[String], extra: &[ExtraResource]) -> Vec<LanguageIdentifier> {
    let requested: Vec<LanguageIdentifier> =
        requested.iter().filter_map(|t| alias(t).replace('_', "-").parse().ok()).collect();
    let mut available: Vec<LanguageIdentifier> = EMBEDDED.iter().filter_map(|l| l.id.parse().ok()).collect();
    for e in extra {
        if let Ok(l) = e.locale.parse::<LanguageIdentifier>()
            && !available.contains(&l)
        {
            available.push(l);
        }
    }
    let default: LanguageIdentifier = REFERENCE.parse().expect("valid");
    let mut chain: Vec<LanguageIdentifier> = fluent_langneg::negotiate_languages(
        &requested,
        &available,
        Some(&default),
        fluent_langneg::NegotiationStrategy::Filtering,
    )
    .into_iter()
    .cloned()
    .collect();
    chain.retain(|l| *l != default);
    chain.push(default);
    chain
}

impl Localizer {
    /// A localizer for the user's preferences, falling back to English.
    pub fn new(requested: &[String]) -> Localizer {
        Self::build(requested, &[], None)
    }

    /// With content-pack translations on top, and optionally a transform (pseudo-locale).
    pub fn build(requested: &[String], extra: &[ExtraResource], transform: Option<Transform>) -> Localizer {
        if requested.first().is_some_and(|t| t.replace('_', "-").eq_ignore_ascii_case(PSEUDO_BIDI)) {
            return Self::pseudo_bidi(extra);
        }
        let chain = negotiate_chain(requested, extra).into_iter().map(|lang| {
            let sources = locale_sources(&lang.to_string(), extra);
            (lang, sources)
        });
        Self::from_sources(chain, transform)
    }

    /// English as the right-to-left pseudo-locale (see [`PSEUDO_BIDI`]).
    fn pseudo_bidi(extra: &[ExtraResource]) -> Localizer {
        let sources = locale_sources(REFERENCE, extra);
        let lang: LanguageIdentifier = PSEUDO_BIDI.parse().expect("a valid tag");
        let mut localizer = Self::from_sources([(lang, sources)], Some(bidi_pseudo));
        localizer.rtl_pseudo = true;
        localizer
    }

    /// A localizer over explicit sources, most preferred locale first; later sources of a
    /// locale override earlier ones. For content packs, tests and fuzzing.
    pub fn from_sources(
        chain: impl IntoIterator<Item = (LanguageIdentifier, Vec<(String, String)>)>,
        transform: Option<Transform>,
    ) -> Localizer {
        let mut problems = Vec::new();
        let chain: Vec<_> = chain
            .into_iter()
            .map(|(lang, sources)| {
                let id = lang.to_string();
                let mut bundle = FluentBundle::new_concurrent(vec![lang.clone()]);
                bundle.set_use_isolating(direction_of(&lang) == Direction::RightToLeft);
                bundle.set_formatter(Some(numbers::format_value));
                if let Some(t) = transform {
                    bundle.set_transform(Some(t));
                }
                for (file, source) in sources {
                    if let Some(res) = parse_resource(source, &id, &file, &mut problems) {
                        bundle.add_resource_overriding(res);
                    }
                }
                bundle
            })
            .collect();
        assert!(!chain.is_empty(), "a localizer needs at least one locale");
        Localizer { chain, problems, rtl_pseudo: false }
    }

    /// The locale messages come from first.
    pub fn locale(&self) -> String {
        self.chain[0].locales[0].to_string()
    }

    pub fn direction(&self) -> Direction {
        direction_of(&self.chain[0].locales[0])
    }

    /// Problems met while loading (broken lines are skipped, the rest still works).
    pub fn problems(&self) -> &[LoadProblem] {
        &self.problems
    }

    /// Formats message `id` with `args`, falling back message by message through the chain.
    /// Returns `None` only if no locale, English included, has the message; a message every
    /// locale fails to format cleanly gives its best effort (see [`Localizer::format_checked`]).
    pub fn try_format(&self, id: &str, args: &[(&str, Arg)]) -> Option<String> {
        match self.format_inner(id, None, args) {
            Ok(text) => Some(text),
            Err(e) => e.partial().map(str::to_owned),
        }
    }

    /// Like [`Localizer::try_format`], but says when the text is not clean: a hostile
    /// message that hit the placeable limit is an error carrying the partial text, never a
    /// silent success.
    pub fn format_checked(&self, id: &str, args: &[(&str, Arg)]) -> Result<String, FormatError> {
        self.format_inner(id, None, args)
    }

    /// Formats attribute `attr` of message `id`.
    pub fn try_format_attribute(&self, id: &str, attr: &str, args: &[(&str, Arg)]) -> Option<String> {
        match self.format_inner(id, Some(attr), args) {
            Ok(text) => Some(text),
            Err(e) => e.partial().map(str::to_owned),
        }
    }

    /// Like [`Localizer::try_format`], but never fails: a message missing everywhere (a bug
    /// the tests catch) is shown as an empty string rather than its id.
    pub fn format(&self, id: &str, args: &[(&str, Arg)]) -> String {
        self.try_format(id, args).unwrap_or_default()
    }

    /// A calendar date in the locale's words and digits (`date-long`, `month-N`).
    pub fn format_date(&self, year: i32, month: u32, day: u32) -> String {
        let month_name = self.format(&format!("month-{month}"), &[]);
        self.format(
            "date-long",
            &[("day", Arg::Number(day.into())), ("month", Arg::Text(month_name)), ("year", Arg::Number(year.into()))],
        )
    }

    /// A country's name (ISO 3166-1 code) in this locale, else in English, else the code.
    pub fn country_name(&self, code: &str) -> String {
        let locale = self.locale();
        let lang = if self.rtl_pseudo { REFERENCE } else { locale.as_str() };
        display::country_name(lang, code)
            .or_else(|| display::country_name(REFERENCE, code))
            .map_or_else(|| code.to_owned(), str::to_owned)
    }

    /// A language's name (BCP 47) in this locale, else in English, else the code.
    pub fn language_name(&self, code: &str) -> String {
        let locale = self.locale();
        let lang = if self.rtl_pseudo { REFERENCE } else { locale.as_str() };
        display::language_name(lang, code)
            .or_else(|| display::language_name(REFERENCE, code))
            .map_or_else(|| code.to_owned(), str::to_owned)
    }

    /// A 24-hour clock time, `HH:MM`, in the locale's digits.
    pub fn format_time(&self, hour: u32, minute: u32) -> String {
        let style = NumberStyle::for_language(&self.chain[0].locales[0]);
        style.localize(&format!("{hour:02}:{minute:02}"))
    }

    fn format_inner(&self, id: &str, attr: Option<&str>, args: &[(&str, Arg)]) -> Result<String, FormatError> {
        let fluent_args = to_fluent_args(args);
        let mut failure: Option<FormatError> = None;
        for bundle in &self.chain {
            let Some(message) = bundle.get_message(id) else {
                continue;
            };
            let pattern = match attr {
                None => message.value(),
                Some(name) => message.get_attribute(name).map(|a| a.value()),
            };
            let Some(pattern) = pattern else { continue };
            let mut errors = Vec::new();
            let text = bundle.format_pattern(pattern, Some(&fluent_args), &mut errors);
            let text = if self.rtl_pseudo { format!("{RLI}{text}{PDI}") } else { text.into_owned() };
            if errors.is_empty() {
                return Ok(text);
            }
            let too_many = errors.iter().any(|e| {
                matches!(
                    e,
                    fluent_bundle::FluentError::ResolverError(
                        fluent_bundle::resolver::ResolverError::TooManyPlaceables
                    )
                )
            });
            // The most preferred locale's failure is the one reported; a later locale that
            // formats cleanly still wins (per-message fallback).
            failure.get_or_insert(if too_many {
                FormatError::TooManyPlaceables { partial: text }
            } else {
                FormatError::Broken { partial: text }
            });
        }
        Err(failure.unwrap_or(FormatError::Missing))
    }
}

/// The everyday words for `topics` in `locale` (the `topic-words-<topic>` messages), English
/// included, joined: what search adds to an item's text so "salary" finds a wages item.
pub fn topic_words(locale: &str, topics: &[String]) -> String {
    TopicWords::default().words(locale, topics)
}

/// [`topic_words`] for many items: each locale's messages are loaded once (an import asks for
/// every article in every language).
#[derive(Default)]
pub struct TopicWords {
    localizers: HashMap<String, Localizer>,
}

impl TopicWords {
    pub fn words(&mut self, locale: &str, topics: &[String]) -> String {
        let locales: &[&str] = if locale == REFERENCE { &[REFERENCE] } else { &[locale, REFERENCE] };
        for &l in locales {
            if !self.localizers.contains_key(l) {
                let localizer = if l == REFERENCE { Localizer::new(&[]) } else { Localizer::new(&[l.to_owned()]) };
                self.localizers.insert(l.to_owned(), localizer);
            }
        }
        let mut out = String::new();
        for topic in topics {
            let id = format!("topic-words-{topic}");
            for &l in locales {
                if let Some(words) = self.localizers[l].try_format(&id, &[]) {
                    out.push_str(&words);
                    out.push(' ');
                }
            }
        }
        out
    }
}

fn to_fluent_args<'a>(args: &'a [(&'a str, Arg)]) -> FluentArgs<'a> {
    let mut out = FluentArgs::with_capacity(args.len());
    for (name, value) in args {
        match value {
            Arg::Text(s) => out.set(*name, FluentValue::from(s.as_str())),
            Arg::Number(n) => out.set(*name, FluentValue::from(*n)),
        }
    }
    out
}

#[cfg(test)]
mod tests;
