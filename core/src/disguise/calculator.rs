//! A calculator a person would not find odd, whose one secret is that a bare number followed
//! by `=` is also an unlock attempt.
//!
//! Behaves like the phone calculators people know: exact decimals (0.1 + 0.2 = 0.3), × and ÷
//! before + and −, chained operations, repeated `=`, percent, ±, C/AC, backspace, "Error" on
//! division by zero, and a display never longer than [`MAX_DISPLAY`].

use rust_decimal::Decimal;
use rust_decimal::prelude::*;
use zeroize::Zeroizing;

use crate::secret::{PIN_MAX_DIGITS, PIN_MIN_DIGITS, Pin};

/// Longest display, in characters (a phone in portrait).
pub const MAX_DISPLAY: usize = 12;
/// Most digits that can be typed into one number.
pub const MAX_DIGITS: usize = 12;
pub const ERROR_TEXT: &str = "Error";

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Op {
    Add,
    Sub,
    Mul,
    Div,
}

impl Op {
    fn binds_tightly(self) -> bool {
        matches!(self, Op::Mul | Op::Div)
    }

    fn symbol(self) -> char {
        match self {
            Op::Add => '+',
            Op::Sub => '−',
            Op::Mul => '×',
            Op::Div => '÷',
        }
    }
}

/// A key press.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Key {
    Digit(u8),
    Point,
    Op(Op),
    Equals,
    Percent,
    Sign,
    /// C: clears the number being typed.
    Clear,
    /// AC: clears everything.
    AllClear,
    Backspace,
}

/// What the shell renders.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct View {
    pub display: String,
    /// The operation waiting for its second number, if any (the shell may highlight its key).
    pub pending: Option<Op>,
    /// "C" rather than "AC" is what the clear key would do now.
    pub can_clear_entry: bool,
    pub error: bool,
}

#[derive(Debug, Clone)]
enum Entry {
    /// Being typed: the text as shown ("0.50", "-12"). The digits may be a PIN, so the buffer
    /// wipes itself and has room for any entry from the start (growing would leave copies).
    Typing(Zeroizing<String>),
    /// A value shown (a result, or an operand carried over).
    Value(Decimal),
}

/// The calculator's state. The digits of a bare number are kept in a wiping buffer: they may
/// be a PIN.
#[derive(Debug)]
pub struct Calculator {
    entry: Entry,
    /// Left side and operator of a pending + or −.
    sum: Option<(Decimal, Op)>,
    /// Left side and operator of a pending × or ÷.
    product: Option<(Decimal, Op)>,
    /// An operator was just pressed; the next digit starts a new number.
    awaiting_operand: bool,
    /// For repeated `=`: the last operator and right-hand operand.
    last: Option<(Op, Decimal)>,
    error: bool,
    /// Every key since the last clear or result was a digit: what they were.
    bare_digits: Zeroizing<String>,
    bare: bool,
}

/// Longest entry: the digits, a sign and a point, with room to spare.
const TYPING_CAPACITY: usize = 32;

fn typing(text: &str) -> Entry {
    let mut buffer = Zeroizing::new(String::with_capacity(TYPING_CAPACITY));
    buffer.push_str(text);
    Entry::Typing(buffer)
}

/// Replaces the typed text in place, in the same wiping buffer.
fn retype(t: &mut String, text: &str) {
    t.clear();
    t.push_str(text);
}

impl Default for Calculator {
    fn default() -> Self {
        Calculator {
            entry: typing("0"),
            sum: None,
            product: None,
            awaiting_operand: false,
            last: None,
            error: false,
            bare_digits: Zeroizing::new(String::new()),
            bare: true,
        }
    }
}

fn apply(a: Decimal, op: Op, b: Decimal) -> Option<Decimal> {
    match op {
        Op::Add => a.checked_add(b),
        Op::Sub => a.checked_sub(b),
        Op::Mul => a.checked_mul(b),
        Op::Div => {
            if b.is_zero() {
                None
            } else {
                a.checked_div(b)
            }
        }
    }
}

/// Formats a value in at most [`MAX_DISPLAY`] characters: plain if it fits (rounding the
/// decimals), otherwise scientific like phone calculators (`1.23457e20`).
pub fn format(value: Decimal) -> String {
    let v = value.normalize();
    let plain = v.to_string();
    if plain.chars().count() <= MAX_DISPLAY {
        return if plain == "-0" { "0".into() } else { plain };
    }
    let negative = v.is_sign_negative();
    let sign_len = usize::from(negative);
    let int_digits = v.abs().trunc().to_string().len();
    // Plain, with the fraction rounded to what fits; tiny values go scientific instead of
    // rounding to 0.
    if int_digits + sign_len <= MAX_DISPLAY && v.abs() >= Decimal::new(1, 6) {
        let dp = MAX_DISPLAY.saturating_sub(sign_len + int_digits + 1) as u32;
        let rounded = v.round_dp_with_strategy(dp, RoundingStrategy::MidpointAwayFromZero).normalize().to_string();
        if rounded.chars().count() <= MAX_DISPLAY {
            return rounded;
        }
    }
    // Scientific: d.dddde±x within the display.
    let f = v.to_f64().unwrap_or(0.0);
    let mut exponent = f.abs().log10().floor() as i32;
    let mut mantissa = f.abs() / 10f64.powi(exponent);
    let exp_len = |e: i32| format!("e{e}").len();
    let decimals = (MAX_DISPLAY - sign_len - exp_len(exponent)).saturating_sub(2);
    let scale = 10f64.powi(decimals as i32);
    mantissa = (mantissa * scale).round() / scale;
    if mantissa >= 10.0 {
        // 9.9999999… rounded up to 10: one more power of ten.
        mantissa /= 10.0;
        exponent += 1;
    }
    let mut m = format!("{:.*}", decimals, mantissa);
    if m.contains('.') {
        m = m.trim_end_matches('0').trim_end_matches('.').to_owned();
    }
    format!("{}{m}e{exponent}", if negative { "-" } else { "" })
}

impl Calculator {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn view(&self) -> View {
        let display = if self.error {
            ERROR_TEXT.to_owned()
        } else {
            match &self.entry {
                Entry::Typing(t) => t.as_str().to_owned(),
                Entry::Value(v) => format(*v),
            }
        };
        View {
            display,
            pending: if self.awaiting_operand { self.product.or(self.sum).map(|(_, op)| op) } else { None },
            can_clear_entry: matches!(&self.entry, Entry::Typing(t) if t.as_str() != "0") && !self.error,
            error: self.error,
        }
    }

    fn value(&self) -> Decimal {
        match &self.entry {
            Entry::Typing(t) => Decimal::from_str(t).unwrap_or_default(),
            Entry::Value(v) => *v,
        }
    }

    fn not_bare(&mut self) {
        self.bare = false;
        self.bare_digits.clear();
    }

    fn fail(&mut self) {
        *self = Calculator { error: true, bare: false, ..Calculator::default() };
    }

    /// Applies a key. Returns a PIN when the key was `=` after a bare number of PIN length:
    /// the caller tries it. The view is the same either way.
    pub fn press(&mut self, key: Key) -> Option<Pin> {
        if self.error {
            // After "Error", a digit or point starts afresh; clears reset; the rest is ignored.
            match key {
                Key::Digit(_) | Key::Point | Key::Clear | Key::AllClear => *self = Calculator::default(),
                _ => return None,
            }
            if matches!(key, Key::Clear | Key::AllClear) {
                return None;
            }
        }
        match key {
            Key::Digit(d) => self.digit(d),
            Key::Point => self.point(),
            Key::Op(op) => self.operator(op),
            Key::Equals => return self.equals(),
            Key::Percent => self.percent(),
            Key::Sign => self.sign(),
            Key::Clear => {
                if matches!(&self.entry, Entry::Typing(t) if t.as_str() != "0") {
                    self.entry = typing("0");
                    self.not_bare();
                    self.bare = true;
                } else {
                    *self = Calculator::default();
                }
            }
            Key::AllClear => *self = Calculator::default(),
            Key::Backspace => {
                if let Entry::Typing(t) = &mut self.entry {
                    t.pop();
                    if t.is_empty() || t.as_str() == "-" {
                        retype(t, "0");
                    }
                    self.bare_digits.pop();
                }
            }
        }
        None
    }

    fn start_typing_if_needed(&mut self) {
        if self.awaiting_operand || matches!(self.entry, Entry::Value(_)) {
            if !self.awaiting_operand {
                // A new number after a result starts a new calculation.
                self.sum = None;
                self.product = None;
                self.last = None;
                self.bare = true;
                self.bare_digits.clear();
            }
            self.entry = typing("0");
            self.awaiting_operand = false;
        }
    }

    fn digit(&mut self, d: u8) {
        let d = d.min(9);
        self.start_typing_if_needed();
        let Entry::Typing(t) = &mut self.entry else {
            return;
        };
        let digits = t.chars().filter(char::is_ascii_digit).count();
        if digits >= MAX_DIGITS {
            return;
        }
        let c = char::from(b'0' + d);
        if t.as_str() == "0" {
            retype(t, "");
        } else if t.as_str() == "-0" {
            retype(t, "-");
        }
        t.push(c);
        if self.bare {
            self.bare_digits.push(c);
        }
    }

    fn point(&mut self) {
        self.start_typing_if_needed();
        self.not_bare();
        if let Entry::Typing(t) = &mut self.entry
            && !t.contains('.')
        {
            t.push('.');
        }
    }

    fn operator(&mut self, op: Op) {
        self.not_bare();
        if self.awaiting_operand {
            // Pressing another operator replaces the pending one.
            if op.binds_tightly() {
                if let Some((v, _)) = self.product.take() {
                    self.product = Some((v, op));
                } else if let Some((v, _)) = self.sum.take() {
                    self.product = Some((v, op));
                }
            } else if let Some((v, _)) = self.product.take() {
                self.sum = match self.sum.take() {
                    Some((s, sop)) => apply(s, sop, v).map(|r| (r, op)),
                    None => Some((v, op)),
                };
            } else if let Some((v, _)) = self.sum.take() {
                self.sum = Some((v, op));
            }
            return;
        }
        let mut value = self.value();
        if let Some((left, pop)) = self.product.take() {
            match apply(left, pop, value) {
                Some(v) => value = v,
                None => return self.fail(),
            }
        }
        if op.binds_tightly() {
            self.product = Some((value, op));
        } else {
            if let Some((left, sop)) = self.sum.take() {
                match apply(left, sop, value) {
                    Some(v) => value = v,
                    None => return self.fail(),
                }
            }
            self.sum = Some((value, op));
        }
        self.entry = Entry::Value(value);
        self.awaiting_operand = true;
        self.last = None;
    }

    fn equals(&mut self) -> Option<Pin> {
        let pending = self.sum.is_some() || self.product.is_some();
        if !pending {
            // A bare number then "=": the calculator shows the number; the core tries it.
            let attempt = if self.bare
                && matches!(&self.entry, Entry::Typing(_))
                && (PIN_MIN_DIGITS..=PIN_MAX_DIGITS).contains(&self.bare_digits.len())
            {
                Pin::new(self.bare_digits.to_string()).ok()
            } else {
                None
            };
            if let Some((op, right)) = self.last
                && attempt.is_none()
                && matches!(self.entry, Entry::Value(_))
            {
                // Repeated "=": the last operation again.
                match apply(self.value(), op, right) {
                    Some(v) => self.entry = Entry::Value(v),
                    None => self.fail(),
                }
            } else {
                self.entry = Entry::Value(self.value());
            }
            self.not_bare();
            return attempt;
        }
        let mut value = self.value();
        let mut last = None;
        // × and ÷ first, then + and −.
        for (left, op) in [self.product.take(), self.sum.take()].into_iter().flatten() {
            last = Some((op, value));
            match apply(left, op, value) {
                Some(v) => value = v,
                None => {
                    self.fail();
                    return None;
                }
            }
        }
        self.last = last;
        self.entry = Entry::Value(value);
        self.awaiting_operand = false;
        self.not_bare();
        None
    }

    fn percent(&mut self) {
        self.not_bare();
        let x = self.value();
        let hundred = Decimal::ONE_HUNDRED;
        // With a pending + or −, "50 + 10 %" means 10 % of 50, as on phone calculators.
        let v = match (self.sum, self.product) {
            (Some((base, _)), None) => base.checked_mul(x).and_then(|p| p.checked_div(hundred)),
            _ => x.checked_div(hundred),
        };
        match v {
            Some(v) => {
                self.entry = Entry::Value(v);
                self.awaiting_operand = false;
            }
            None => self.fail(),
        }
    }

    fn sign(&mut self) {
        self.not_bare();
        if self.awaiting_operand {
            self.entry = typing("-0");
            self.awaiting_operand = false;
            return;
        }
        match &mut self.entry {
            Entry::Typing(t) => {
                if t.starts_with('-') {
                    t.remove(0);
                } else {
                    t.insert(0, '-');
                }
            }
            Entry::Value(v) => *v = -*v,
        }
    }

    /// A one-line description for accessibility and tests: `12 + 3 ×`.
    pub fn expression(&self) -> String {
        let mut out = String::new();
        if let Some((v, op)) = self.sum {
            out.push_str(&format!("{} {} ", format(v), op.symbol()));
        }
        if let Some((v, op)) = self.product {
            out.push_str(&format!("{} {} ", format(v), op.symbol()));
        }
        out.trim_end().to_owned()
    }
}

#[cfg(test)]
#[path = "calculator_tests.rs"]
mod tests;
