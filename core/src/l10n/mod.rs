//! Localization with Fluent: negotiation, per-message fallback to English, CLDR plurals,
//! locale digits, bidi isolation for right-to-left locales.
//!
//! Every locale under `i18n/locales/` is embedded at build time (see `build.rs`). A message
//! missing or broken in the chosen locale falls back through the chain to `en`, message by
//! message, so one bad line never blanks a screen, and a raw message id is never shown
//! for a message that exists in English.

mod bidi;
mod guard;
mod numbers;

use std::borrow::Cow;
use std::collections::BTreeSet;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use fluent_syntax::ast;
use unic_langid::{CharacterDirection, LanguageIdentifier};

pub use bidi::{is_bidi_control, strip_bidi_controls};
pub use guard::{MAX_NESTING, nests_deeper_than};
pub use numbers::NumberStyle;

/// The reference locale: complete by definition, the end of every fallback chain.
pub const REFERENCE: &str = "en";

pub(crate) struct EmbeddedLocale {
    pub id: &'static str,
    pub reviewed: bool,
    pub machine_drafted: bool,
    pub files: &'static [(&'static str, &'static str)],
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

/// Replaces text after formatting (the pseudo-locale uses it).
pub type Transform = fn(&str) -> Cow<'_, str>;

pub struct Localizer {
    chain: Vec<FluentBundle<FluentResource>>,
    problems: Vec<LoadProblem>,
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

fn embedded(id: &str) -> Option<&'static EmbeddedLocale> {
    EMBEDDED.iter().find(|l| l.id == id)
}

/// `id` and `id.attribute` for every message of a locale that parses.
fn message_keys(locale: &EmbeddedLocale) -> BTreeSet<String> {
    let mut keys = BTreeSet::new();
    for (_, source) in locale.files {
        let resource = match fluent_syntax::parser::parse(*source) {
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
        let chain = negotiate_chain(requested, extra).into_iter().map(|lang| {
            let id = lang.to_string();
            let mut sources: Vec<(String, String)> = embedded(&id)
                .map_or(&[][..], |l| l.files)
                .iter()
                .map(|(file, source)| ((*file).to_owned(), (*source).to_owned()))
                .collect();
            sources.extend(
                extra.iter().filter(|e| e.locale == id).map(|e| ("(content pack)".to_owned(), e.source.clone())),
            );
            (lang, sources)
        });
        Self::from_sources(chain, transform)
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
        Localizer { chain, problems }
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
    /// Returns `None` only if no locale, English included, has the message.
    pub fn try_format(&self, id: &str, args: &[(&str, Arg)]) -> Option<String> {
        self.format_inner(id, None, args)
    }

    /// Formats attribute `attr` of message `id`.
    pub fn try_format_attribute(&self, id: &str, attr: &str, args: &[(&str, Arg)]) -> Option<String> {
        self.format_inner(id, Some(attr), args)
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

    /// A 24-hour clock time, `HH:MM`, in the locale's digits.
    pub fn format_time(&self, hour: u32, minute: u32) -> String {
        let style = NumberStyle::for_language(&self.chain[0].locales[0]);
        style.localize(&format!("{hour:02}:{minute:02}"))
    }

    fn format_inner(&self, id: &str, attr: Option<&str>, args: &[(&str, Arg)]) -> Option<String> {
        let fluent_args = to_fluent_args(args);
        let mut best_effort = None;
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
            if errors.is_empty() {
                return Some(text.into_owned());
            }
            best_effort.get_or_insert_with(|| text.into_owned());
        }
        best_effort
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
