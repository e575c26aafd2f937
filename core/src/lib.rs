//! Harbour's shared core. All logic lives here; the `harbour-ffi` crate only wraps it.

mod fsutil;
pub mod secret;
pub mod store;
pub mod vault;
