//! The operands of a number as CLDR defines them (`n i v w f t`), built exactly as the
//! original crate builds them, because fluent-bundle constructs and adjusts them itself.

use std::str::FromStr;

#[derive(Debug, PartialEq)]
pub struct PluralOperands {
    /// Absolute value.
    pub n: f64,
    /// Integer digits.
    pub i: u64,
    /// Number of visible fraction digits, with trailing zeros.
    pub v: usize,
    /// Number of visible fraction digits, without trailing zeros.
    pub w: usize,
    /// Visible fraction digits, with trailing zeros.
    pub f: u64,
    /// Visible fraction digits, without trailing zeros.
    pub t: u64,
}

impl TryFrom<&str> for PluralOperands {
    type Error = &'static str;

    fn try_from(input: &str) -> Result<Self, Self::Error> {
        let abs = input.strip_prefix('-').unwrap_or(input);
        let n = f64::from_str(abs).map_err(|_| "Incorrect number passed!")?;
        match abs.split_once('.') {
            Some((int, frac)) => {
                let trimmed = frac.trim_end_matches('0');
                Ok(PluralOperands {
                    n,
                    i: u64::from_str(int).map_err(|_| "Could not convert string to integer!")?,
                    v: frac.len(),
                    w: trimmed.len(),
                    f: u64::from_str(frac).map_err(|_| "Could not convert string to integer!")?,
                    t: u64::from_str(trimmed).unwrap_or(0),
                })
            }
            None => Ok(PluralOperands { n, i: n as u64, v: 0, w: 0, f: 0, t: 0 }),
        }
    }
}

macro_rules! unsigned {
    ($($ty:ident)+) => {$(
        impl From<$ty> for PluralOperands {
            fn from(input: $ty) -> Self {
                PluralOperands { n: input as f64, i: input as u64, v: 0, w: 0, f: 0, t: 0 }
            }
        }
    )+};
}

macro_rules! signed {
    ($($ty:ident)+) => {$(
        impl TryFrom<$ty> for PluralOperands {
            type Error = &'static str;
            fn try_from(input: $ty) -> Result<Self, Self::Error> {
                let x = (input as isize).checked_abs().ok_or("Number too big")?;
                Ok(PluralOperands { n: x as f64, i: x as u64, v: 0, w: 0, f: 0, t: 0 })
            }
        }
    )+};
}

macro_rules! via_string {
    ($($ty:ident)+) => {$(
        impl TryFrom<$ty> for PluralOperands {
            type Error = &'static str;
            fn try_from(input: $ty) -> Result<Self, Self::Error> {
                PluralOperands::try_from(input.to_string().as_str())
            }
        }
    )+};
}

unsigned!(u8 u16 u32 u64 usize);
signed!(i8 i16 i32 i64 isize);
via_string!(f32 f64 String);
