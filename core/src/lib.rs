//! Harbour's shared core. All logic lives here; the `harbour-ffi` crate only wraps it.
//!
//! Modules by capability: [`store`] (SQLCipher connections, migrations), [`vault`] (keys,
//! PIN slots), [`content`] (help readable without a PIN), [`l10n`] (Fluent), and [`app`], the facade the
//! shells drive.

pub mod app;
pub mod content;
pub mod disguise;
#[cfg_attr(not(feature = "failpoints"), allow(dead_code))]
pub mod failpoint;
mod fsutil;
pub mod input;
pub mod journal;
pub mod l10n;
pub mod secret;
pub mod store;
pub mod vault;
pub mod wiping_alloc;
