//! Helpers for Harbour's integration tests and benchmarks: reading SQLCipher files the way
//! a forensic examiner with the key would, and scanning directories for plaintext.

pub mod forensics;
pub mod keystore;
#[cfg(feature = "failpoints")]
pub mod powercut;
pub mod synthetic;
