//! The disguise: a working calculator that is also the way in, quick exit, auto-lock, and
//! the decoy and duress PINs.

pub mod calculator;
