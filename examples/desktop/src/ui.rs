//! What the person reads: every sentence comes from the app's Fluent messages, so the shell
//! doubles as the translators' preview (`--locale xx`), and the pseudo-locales show any text
//! that was not translated or that would not fit.

use std::borrow::Cow;
use std::sync::Arc;

use harbour_ffi::{ArgValue, HarbourApp, HarbourError, MessageArg, Translator};

/// Accented and 30 % longer: hard-coded English stands out, tight layouts overflow.
pub const PSEUDO_ACCENTED: &str = "en-XA";
/// English laid out right to left (the core builds it): tests RTL handling without reading
/// Arabic.
pub const PSEUDO_BIDI: &str = "ar-XB";

fn accented(s: &str) -> Cow<'_, str> {
    fluent_pseudo::transform(s, false, true)
}

pub struct Ui {
    pub translator: Arc<Translator>,
}

impl Ui {
    /// `locale` from `--locale`, else the environment's `LC_ALL`/`LC_MESSAGES`/`LANG`. With
    /// an app, content translations from installed packs are included.
    pub fn new(locale: Option<String>, app: Option<&HarbourApp>) -> Ui {
        let saved = app.and_then(|a| a.setting("locale".into()).ok().flatten());
        let wanted = locale.or(saved).or_else(|| {
            ["LC_ALL", "LC_MESSAGES", "LANG"]
                .iter()
                .filter_map(|v| std::env::var(v).ok())
                .find(|v| !v.is_empty() && v != "C" && v != "POSIX")
                .map(|v| v.split('.').next().unwrap_or_default().replace('_', "-"))
        });
        let translator = match wanted.as_deref() {
            Some(PSEUDO_ACCENTED) => Translator::with_transform(vec!["en".into()], accented),
            Some(PSEUDO_BIDI) => Translator::new(vec![PSEUDO_BIDI.into()]),
            Some(tag) => app
                .and_then(|a| a.translator(vec![tag.to_owned()]).ok())
                .unwrap_or_else(|| Translator::new(vec![tag.to_owned()])),
            None => app.and_then(|a| a.translator(vec![]).ok()).unwrap_or_else(|| Translator::new(vec![])),
        };
        Ui { translator }
    }

    pub fn text(&self, id: &str) -> String {
        self.translator.format(id.into(), vec![])
    }

    /// A message with one text argument.
    pub fn text_with(&self, id: &str, name: &str, value: &str) -> String {
        let arg = MessageArg { name: name.into(), value: ArgValue::Text { value: value.into() } };
        self.translator.format(id.into(), vec![arg])
    }

    /// A message with several text arguments.
    pub fn texts(&self, id: &str, args: &[(&str, &str)]) -> String {
        let args = args
            .iter()
            .map(|(name, value)| MessageArg { name: (*name).into(), value: ArgValue::Text { value: (*value).into() } })
            .collect();
        self.translator.format(id.into(), args)
    }

    /// "Question 3 of 11".
    pub fn progress(&self, id: &str, current: usize, total: usize) -> String {
        let number =
            |name: &str, n: usize| MessageArg { name: name.into(), value: ArgValue::Number { value: n as f64 } };
        self.translator.format(id.into(), vec![number("current", current), number("total", total)])
    }

    /// Minutes after midnight as a local clock time.
    pub fn time(&self, minute: u16) -> String {
        self.translator.format_time(u32::from(minute / 60), u32::from(minute % 60))
    }

    /// A message with numeric arguments (counts, minutes).
    pub fn count(&self, id: &str, name: &str, n: f64) -> String {
        self.translator.format(id.into(), vec![MessageArg { name: name.into(), value: ArgValue::Number { value: n } }])
    }

    /// A country's name in the person's language.
    pub fn country_name(&self, code: &str) -> String {
        self.translator.country_name(code.to_owned())
    }

    /// A language's name in the person's language.
    pub fn language_name(&self, code: &str) -> String {
        self.translator.language_name(code.to_owned())
    }

    /// `EU`, `COE`, `INT`, `INT-ILO`: the bodies rights come from.
    pub fn body_name(&self, code: &str) -> String {
        let id = format!("body-{}", code.to_ascii_lowercase());
        let name = self.text(&id);
        if name.is_empty() { code.to_owned() } else { name }
    }

    pub fn say(&self, id: &str) {
        println!("{}", self.text(id));
    }

    pub fn error(&self, error: &HarbourError) -> String {
        self.translator.describe_error(error.clone())
    }
}
