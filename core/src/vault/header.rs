//! The vault header: KDF parameters, salt, a fixed number of equal-size key slots, and a
//! checksum.
//!
//! ```text
//! offset size
//!      0    4  magic "HBV2"
//!      4    1  format version (2)
//!      5    1  flags (bit 0: a platform secret is mixed into the KDF)
//!      6    2  reserved, zero
//!      8    4  Argon2id memory, KiB (LE)
//!     12    4  Argon2id passes (LE)
//!     16    4  Argon2id lanes (LE)
//!     20   16  salt
//!     36   88  slot 0 … slot 3, each: 24-byte nonce ‖ 48-byte sealed payload ‖ 16-byte tag
//!    388   16  SHA-256 of bytes 0..388, first 16 bytes
//! ```
//! A slot's key is derived from the PIN's key-encryption key, the slot's index and a secret
//! the platform keystore holds for that slot (`harbour.slot-N`): deleting that secret makes
//! the slot useless even in an old copy of the header found in free space. Every slot is
//! XChaCha20-Poly1305 with the 36-byte prefix and the index as associated data, so editing
//! the parameters breaks every slot. An unused slot is 88 random bytes.
//!
//! A payload names only a vault file and its key: nothing in it says whether the PIN is the
//! main, second or emergency one — not even to someone holding that PIN and the header. The
//! roles live in the keystore ([`super::roles`]).
//!
//! The checksum tells damage from a wrong PIN: a flipped byte is reported as damage before
//! any attempt is counted, instead of reading as a wrong PIN.

use chacha20poly1305::aead::{AeadInOut, KeyInit};
use chacha20poly1305::{Tag, XChaCha20Poly1305, XNonce};
use hmac::{Hmac, Mac};
use sha2::{Digest, Sha256};
use zeroize::{Zeroize, Zeroizing};

use super::kdf::{KdfParams, SALT_LEN};
use crate::secret::{KEY_LEN, SecretKey, fill_random};

pub const SLOT_COUNT: usize = 4;
const MAGIC: &[u8; 4] = b"HBV2";
const FORMAT_VERSION: u8 = 2;
const FLAG_PLATFORM_SECRET: u8 = 0b1;
const PREFIX_LEN: usize = 36;
const NONCE_LEN: usize = 24;
const PAYLOAD_LEN: usize = 48;
const TAG_LEN: usize = 16;
pub const SLOT_LEN: usize = NONCE_LEN + PAYLOAD_LEN + TAG_LEN;
const CHECKSUM_AT: usize = PREFIX_LEN + SLOT_COUNT * SLOT_LEN;
const CHECKSUM_LEN: usize = 16;
/// Size of every header file, whatever it holds.
pub const HEADER_LEN: usize = CHECKSUM_AT + CHECKSUM_LEN;
const SLOT_KEY_LABEL: &[u8] = b"harbour vault slot v2\0";

/// What a PIN opens, as the roles in the keystore say. Never stored in a slot.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SlotKind {
    Primary,
    Decoy,
    Duress,
}

/// The sealed contents of a slot: which vault file, and its key.
#[derive(Debug)]
pub struct SlotPayload {
    pub vault: u8,
    pub db_key: SecretKey,
}

impl SlotPayload {
    /// On the heap, like the key it holds, so returning it leaves no copy in a stack frame.
    fn encode(&self) -> Zeroizing<Vec<u8>> {
        let mut out = Zeroizing::new(vec![0u8; PAYLOAD_LEN]);
        out[0] = self.vault;
        // out[1..16] reserved, zero.
        out[16..].copy_from_slice(self.db_key.expose());
        out
    }

    fn decode(bytes: &[u8]) -> Option<Self> {
        if bytes.len() != PAYLOAD_LEN || bytes[1..16].iter().any(|&b| b != 0) {
            return None;
        }
        Some(SlotPayload { vault: bytes[0], db_key: SecretKey::from_slice(&bytes[16..])? })
    }
}

/// A header that parsed; its slots are opaque until a key is tried.
#[derive(Clone, PartialEq, Eq)]
pub struct Header {
    bytes: [u8; HEADER_LEN],
}

impl std::fmt::Debug for Header {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Header").field("params", &self.params()).finish_non_exhaustive()
    }
}

/// Why header bytes were refused: damaged, cut, or from an unknown version.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[error("the vault header is damaged or from an unknown version")]
pub struct HeaderCorrupt;

/// The key of slot `index`: from the PIN's key-encryption key and the slot's keystore
/// secret (absent: the slot cannot open).
pub fn slot_key(kek: &SecretKey, index: usize, slot_secret: &SecretKey) -> SecretKey {
    let mut mac = <Hmac<Sha256> as KeyInit>::new_from_slice(kek.expose()).expect("any key length");
    mac.update(SLOT_KEY_LABEL);
    mac.update(&[index as u8]);
    mac.update(slot_secret.expose());
    let out = Zeroizing::new(mac.finalize().into_bytes());
    SecretKey::from_slice(&out).expect("32 bytes")
}

impl Header {
    /// A new header with every slot random (none usable yet).
    pub fn new(params: KdfParams, platform_secret: bool) -> Header {
        let mut bytes = [0u8; HEADER_LEN];
        fill_random(&mut bytes);
        bytes[..4].copy_from_slice(MAGIC);
        bytes[4] = FORMAT_VERSION;
        bytes[5] = if platform_secret { FLAG_PLATFORM_SECRET } else { 0 };
        bytes[6..8].fill(0);
        bytes[8..12].copy_from_slice(&params.m_kib.to_le_bytes());
        bytes[12..16].copy_from_slice(&params.t.to_le_bytes());
        bytes[16..20].copy_from_slice(&params.p.to_le_bytes());
        let mut header = Header { bytes };
        header.update_checksum();
        header
    }

    pub fn parse(bytes: &[u8]) -> Result<Header, HeaderCorrupt> {
        let bytes: [u8; HEADER_LEN] = bytes.try_into().map_err(|_| HeaderCorrupt)?;
        let header = Header { bytes };
        let known_flags = bytes[5] & !FLAG_PLATFORM_SECRET == 0;
        if &bytes[..4] != MAGIC
            || bytes[4] != FORMAT_VERSION
            || !known_flags
            || bytes[6..8] != [0, 0]
            || !header.params().is_within_bounds()
            || bytes[CHECKSUM_AT..] != header.checksum()
        {
            return Err(HeaderCorrupt);
        }
        Ok(header)
    }

    pub fn as_bytes(&self) -> &[u8; HEADER_LEN] {
        &self.bytes
    }

    pub fn params(&self) -> KdfParams {
        let word = |at: usize| u32::from_le_bytes(self.bytes[at..at + 4].try_into().expect("4 bytes"));
        KdfParams { m_kib: word(8), t: word(12), p: word(16) }
    }

    pub fn uses_platform_secret(&self) -> bool {
        self.bytes[5] & FLAG_PLATFORM_SECRET != 0
    }

    pub fn salt(&self) -> &[u8; SALT_LEN] {
        self.bytes[20..PREFIX_LEN].try_into().expect("16 bytes")
    }

    /// Tries `kek` on every slot — always all of them, so that which slot matched (or that
    /// none did) does not show in the time taken. `secrets[i]` is slot `i`'s keystore secret.
    pub fn open_all(
        &self,
        kek: &SecretKey,
        secrets: &[Option<SecretKey>; SLOT_COUNT],
    ) -> [Option<SlotPayload>; SLOT_COUNT] {
        // A missing secret still costs the same work, against a key that opens nothing.
        let absent = SecretKey::random();
        std::array::from_fn(|index| {
            let secret = secrets[index].as_ref().unwrap_or(&absent);
            self.open_slot(index, &slot_key(kek, index, secret)).filter(|_| secrets[index].is_some())
        })
    }

    fn open_slot(&self, index: usize, key: &SecretKey) -> Option<SlotPayload> {
        let slot = &self.bytes[slot_range(index)];
        let nonce = XNonce::try_from(&slot[..NONCE_LEN]).expect("nonce length");
        let tag = Tag::try_from(&slot[NONCE_LEN + PAYLOAD_LEN..]).expect("tag length");
        let mut payload = Zeroizing::new(vec![0u8; PAYLOAD_LEN]);
        payload.copy_from_slice(&slot[NONCE_LEN..NONCE_LEN + PAYLOAD_LEN]);
        cipher(key).decrypt_inout_detached(&nonce, &self.aad(index), payload.as_mut_slice().into(), &tag).ok()?;
        SlotPayload::decode(&payload)
    }

    /// Seals `payload` into slot `index` under the slot key of `kek` and `slot_secret`, with
    /// a fresh nonce.
    pub fn seal(&mut self, index: usize, kek: &SecretKey, slot_secret: &SecretKey, payload: &SlotPayload) {
        let key = slot_key(kek, index, slot_secret);
        let mut nonce_bytes = [0u8; NONCE_LEN];
        fill_random(&mut nonce_bytes);
        let nonce = XNonce::from(nonce_bytes);
        let mut sealed = payload.encode();
        let tag = cipher(&key)
            .encrypt_inout_detached(&nonce, &self.aad(index), sealed.as_mut_slice().into())
            .expect("a 48-byte payload is within limits");
        let range = slot_range(index);
        let slot = &mut self.bytes[range];
        slot[..NONCE_LEN].copy_from_slice(&nonce_bytes);
        slot[NONCE_LEN..NONCE_LEN + PAYLOAD_LEN].copy_from_slice(sealed.as_slice());
        slot[NONCE_LEN + PAYLOAD_LEN..].copy_from_slice(&tag);
        self.update_checksum();
    }

    /// Overwrites slot `index` with random bytes: whatever key it held is gone.
    pub fn clear(&mut self, index: usize) {
        fill_random(&mut self.bytes[slot_range(index)]);
        self.update_checksum();
    }

    /// The bytes of slot `index` (for a rekey journal).
    pub fn slot_bytes(&self, index: usize) -> &[u8] {
        &self.bytes[slot_range(index)]
    }

    /// Puts raw slot bytes (88) into slot `index`, as read from a rekey journal.
    pub fn set_slot_bytes(&mut self, index: usize, bytes: &[u8]) -> bool {
        if bytes.len() != SLOT_LEN {
            return false;
        }
        self.bytes[slot_range(index)].copy_from_slice(bytes);
        self.update_checksum();
        true
    }

    fn checksum(&self) -> [u8; CHECKSUM_LEN] {
        Sha256::digest(&self.bytes[..CHECKSUM_AT])[..CHECKSUM_LEN].try_into().expect("16 bytes")
    }

    fn update_checksum(&mut self) {
        let sum = self.checksum();
        self.bytes[CHECKSUM_AT..].copy_from_slice(&sum);
    }

    fn aad(&self, index: usize) -> [u8; PREFIX_LEN + 1] {
        let mut aad = [0u8; PREFIX_LEN + 1];
        aad[..PREFIX_LEN].copy_from_slice(&self.bytes[..PREFIX_LEN]);
        aad[PREFIX_LEN] = index as u8;
        aad
    }
}

impl Drop for Header {
    fn drop(&mut self) {
        self.bytes.zeroize();
    }
}

fn slot_range(index: usize) -> std::ops::Range<usize> {
    assert!(index < SLOT_COUNT, "slot index out of range");
    let start = PREFIX_LEN + index * SLOT_LEN;
    start..start + SLOT_LEN
}

fn cipher(key: &SecretKey) -> XChaCha20Poly1305 {
    XChaCha20Poly1305::new_from_slice(&key.expose()[..KEY_LEN]).expect("32-byte key")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn payload(vault: u8) -> SlotPayload {
        SlotPayload { vault, db_key: SecretKey::random() }
    }

    fn secrets() -> [Option<SecretKey>; SLOT_COUNT] {
        std::array::from_fn(|_| Some(SecretKey::random()))
    }

    fn opened(h: &Header, kek: &SecretKey, s: &[Option<SecretKey>; SLOT_COUNT]) -> Vec<usize> {
        h.open_all(kek, s).iter().enumerate().filter(|(_, p)| p.is_some()).map(|(i, _)| i).collect()
    }

    #[test]
    fn a_sealed_slot_opens_only_with_its_key_and_its_keystore_secret() {
        let s = secrets();
        let mut header = Header::new(KdfParams::FLOOR, false);
        let (kek_a, kek_b) = (SecretKey::random(), SecretKey::random());
        let a = payload(0);
        header.seal(0, &kek_a, s[0].as_ref().unwrap(), &a);
        header.seal(2, &kek_b, s[2].as_ref().unwrap(), &payload(1));
        let reparsed = Header::parse(header.as_bytes()).unwrap();
        let all = reparsed.open_all(&kek_a, &s);
        assert_eq!(all[0].as_ref().unwrap().db_key, a.db_key);
        assert_eq!(opened(&reparsed, &kek_b, &s), [2]);
        assert!(opened(&reparsed, &SecretKey::random(), &s).is_empty());
        // The slot's keystore secret gone (a duress wipe, a reset): the slot no longer opens,
        // whatever the PIN, in this header or any old copy of it.
        let mut without = s.clone();
        without[0] = Some(SecretKey::random());
        assert!(opened(&reparsed, &kek_a, &without).is_empty());
        without[0] = None;
        assert!(opened(&reparsed, &kek_a, &without).is_empty());
    }

    #[test]
    fn a_payload_says_nothing_about_what_kind_of_pin_opened_it() {
        // Main and second PIN payloads differ only in the file number and the key.
        let a = payload(0).encode();
        let b = payload(1).encode();
        assert_eq!(a[1..16], b[1..16]);
        assert!(a[1..16].iter().all(|&x| x == 0));
    }

    #[test]
    fn any_flipped_byte_is_damage_not_a_wrong_pin() {
        let s = secrets();
        let mut header = Header::new(KdfParams::FLOOR, true);
        header.seal(1, &SecretKey::random(), s[1].as_ref().unwrap(), &payload(0));
        let good = *header.as_bytes();
        assert!(Header::parse(&good).is_ok());
        assert_eq!(Header::parse(&good[..HEADER_LEN - 1]), Err(HeaderCorrupt));
        for at in [0, 4, 5, 7, 9, 13, 20, 35, 40, 150, 387, 390, HEADER_LEN - 1] {
            let mut bad = good;
            bad[at] ^= 0x01;
            assert_eq!(Header::parse(&bad), Err(HeaderCorrupt), "byte {at}");
        }
    }

    #[test]
    fn cleared_slot_no_longer_opens_and_moving_a_slot_breaks_it() {
        let s = secrets();
        let mut header = Header::new(KdfParams::FLOOR, false);
        let kek = SecretKey::random();
        header.seal(1, &kek, s[1].as_ref().unwrap(), &payload(0));
        let mut moved = header.clone();
        let bytes = header.slot_bytes(1);
        assert!(moved.set_slot_bytes(3, bytes));
        assert_eq!(opened(&moved, &kek, &s), [1]);
        header.clear(1);
        assert!(opened(&header, &kek, &s).is_empty());
    }
}
