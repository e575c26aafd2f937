//! Encrypted SQLite stores (SQLCipher) and their migrations.
//!
//! Every store is opened the same way: `cipher_log_level = NONE` before keying (so a wrong
//! key is not announced on stderr or logcat), a raw 256-bit key so SQLCipher's own PBKDF2
//! never runs, a read that proves the key, then `secure_delete`, `temp_store = MEMORY`,
//! `foreign_keys` and WAL. A store that fails to open is reported and left exactly as it
//! is: with SQLCipher a wrong key and a damaged file look the same.
//!
//! `cipher_memory_security` stays OFF (SQLCipher's default; it can only be switched on, and a
//! test checks nobody did). Turning it on wipes and locks *every* SQLite
//! allocation, which measured 7× slower on queries and up to 40× on full-text search here
//! (SPEC §5) — too slow for a cheap phone. What it would protect is the key and decrypted
//! pages in the heap of a running process; the key is handed to SQLCipher from a buffer we
//! wipe, SQLCipher wipes its own copies of key material when the connection closes, and
//! quick exit closes every connection. Decrypted page-cache memory is released, not wiped,
//! on close: that residue is the accepted cost, and the memory scan of the hardening work
//! checks that no key or PIN survives.

mod connection;
pub mod crypto;
mod error;
pub mod memory;
pub mod migrations;
pub mod schemas;

pub use connection::{Durability, Keying, Store, StoreOptions, sidecars as sidecar_paths};
pub use error::StoreError;
pub use migrations::{Migration, Schema};

#[cfg(test)]
mod tests;
