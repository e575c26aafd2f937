//! The default pack compiled into the app, so a fresh install has real help with no import
//! and no network.
//!
//! It is signed like any pack and goes through the same verification and import. Its key is
//! derived from a public phrase, so anyone can build it; for exactly that reason this key is
//! trusted only for the bytes compiled into the binary, never for a pack file from outside.
//! The integrity of the embedded pack is the integrity of the app itself.

use ed25519_dalek::SigningKey;
use sha2::{Digest, Sha256};

use super::pack::{Publisher, limits};

/// The signed header of the built pack (`harbour-pack build core/content/default --embedded`
/// writes `core/content/default.hpack`): enough to compare versions at every launch.
pub static DEFAULT_PACK_HEAD: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/default-pack.head"));

/// Its sections, deflated by `core/build.rs`: help in 12 languages is most of the library's
/// size otherwise (2.6 MB of 8 MB; deflated, 0.6 MB).
static DEFAULT_PACK_BODY: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/default-pack.body.deflate"));

/// The whole pack, as `core/content/default.hpack` holds it. Inflated on each call (a few
/// milliseconds); a launch only needs [`DEFAULT_PACK_HEAD`]. `None` only if the build is broken.
pub fn default_pack() -> Option<Vec<u8>> {
    let body = miniz_oxide::inflate::decompress_to_vec_with_limit(DEFAULT_PACK_BODY, limits::MAX_PACK_BYTES).ok()?;
    let mut pack = Vec::with_capacity(DEFAULT_PACK_HEAD.len() + body.len());
    pack.extend_from_slice(DEFAULT_PACK_HEAD);
    pack.extend_from_slice(&body);
    Some(pack)
}

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
