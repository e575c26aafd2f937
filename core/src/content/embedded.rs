//! The default pack compiled into the app, so a fresh install has real help with no import
//! and no network.
//!
//! It is signed like any pack and goes through the same verification and import. Its key is
//! derived from a public phrase, so anyone can build it; for exactly that reason this key is
//! trusted only for the bytes compiled into the binary, never for a pack file from outside.
//! The integrity of the embedded pack is the integrity of the app itself.

use ed25519_dalek::SigningKey;
use sha2::{Digest, Sha256};

use super::pack::Publisher;

/// The built pack (`harbour-pack build core/content/default --embedded`).
pub static DEFAULT_PACK: &[u8] = include_bytes!("../../content/default.hpack");

/// The embedded pack's id; no other publisher may use it.
pub const PACK_ID: &str = "harbour-default";

const KEY_PHRASE: &[u8] = b"harbour embedded default content; trusted only for bytes compiled into the app";

/// The embedded pack's signing key. Public by design; see the module comment.
pub fn signing_key() -> SigningKey {
    SigningKey::from_bytes(&Sha256::digest(KEY_PHRASE).into())
}

/// The only publisher accepted for [`DEFAULT_PACK`].
pub fn publisher() -> Publisher {
    Publisher { name: "Harbour (embedded)".into(), key: signing_key().verifying_key().to_bytes() }
}
