//! The vault header: KDF parameters, salt and a fixed number of equal-size key slots.
//!
//! ```text
//! offset size
//!      0    4  magic "HBV1"
//!      4    1  format version (1)
//!      5    1  flags (bit 0: a platform secret is mixed into the KDF)
//!      6    2  reserved, zero
//!      8    4  Argon2id memory, KiB (LE)
//!     12    4  Argon2id passes (LE)
//!     16    4  Argon2id lanes (LE)
//!     20   16  salt
//!     36   88  slot 0 … slot 3, each: 24-byte nonce ‖ 48-byte sealed payload ‖ 16-byte tag
//! ```
//! Every slot is XChaCha20-Poly1305 under the key-encryption key, with the 36-byte prefix
//! and the slot index as associated data, so editing the parameters breaks every slot.
//! An unused slot is 88 random bytes: without a PIN the file never shows how many exist.

use chacha20poly1305::aead::{AeadInOut, KeyInit};
use chacha20poly1305::{Tag, XChaCha20Poly1305, XNonce};
use zeroize::{Zeroize, Zeroizing};

use super::kdf::{KdfParams, SALT_LEN};
use crate::secret::{KEY_LEN, SecretKey, fill_random};

pub const SLOT_COUNT: usize = 4;
const MAGIC: &[u8; 4] = b"HBV1";
const FORMAT_VERSION: u8 = 1;
const FLAG_PLATFORM_SECRET: u8 = 0b1;
const PREFIX_LEN: usize = 36;
const NONCE_LEN: usize = 24;
const PAYLOAD_LEN: usize = 48;
const TAG_LEN: usize = 16;
const SLOT_LEN: usize = NONCE_LEN + PAYLOAD_LEN + TAG_LEN;
/// Size of every header file, whatever it holds.
pub const HEADER_LEN: usize = PREFIX_LEN + SLOT_COUNT * SLOT_LEN;

/// What a PIN opens. Decoy and duress arrive with the disguise work; their codes are fixed
/// now so headers written today stay readable.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SlotKind {
    Primary = 1,
    Decoy = 2,
    Duress = 3,
}

impl SlotKind {
    fn from_code(code: u8) -> Option<Self> {
        match code {
            1 => Some(SlotKind::Primary),
            2 => Some(SlotKind::Decoy),
            3 => Some(SlotKind::Duress),
            _ => None,
        }
    }
}

/// What a duress slot destroys before it opens its vault.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ShredTarget {
    pub slot: u8,
    pub vault: u8,
}

/// The sealed contents of a slot.
#[derive(Debug)]
pub struct SlotPayload {
    pub kind: SlotKind,
    /// Which vault file this slot's key opens.
    pub vault: u8,
    pub db_key: SecretKey,
    /// Duress slots only: the slot and vault file to crypto-shred first.
    pub shred: Option<ShredTarget>,
}

impl SlotPayload {
    /// On the heap, like the key it holds, so returning it leaves no copy in a stack frame.
    fn encode(&self) -> Zeroizing<Vec<u8>> {
        let mut out = Zeroizing::new(vec![0u8; PAYLOAD_LEN]);
        out[0] = self.kind as u8;
        out[1] = self.vault;
        if let Some(t) = self.shred {
            out[2] = 1;
            out[3] = t.slot;
            out[4] = t.vault;
        }
        // out[5..16] reserved, zero.
        out[16..].copy_from_slice(self.db_key.expose());
        out
    }

    fn decode(bytes: &[u8]) -> Option<Self> {
        if bytes.len() != PAYLOAD_LEN {
            return None;
        }
        let kind = SlotKind::from_code(bytes[0])?;
        if bytes[5..16].iter().any(|&b| b != 0) || bytes[2] > 1 {
            return None;
        }
        let shred = (bytes[2] == 1).then_some(ShredTarget { slot: bytes[3], vault: bytes[4] });
        if shred.is_some() != (kind == SlotKind::Duress) || shred.is_some_and(|t| usize::from(t.slot) >= SLOT_COUNT) {
            return None;
        }
        Some(SlotPayload { kind, vault: bytes[1], db_key: SecretKey::from_slice(&bytes[16..])?, shred })
    }
}

/// A header that parsed; its slots are opaque until a key-encryption key is tried.
#[derive(Clone, PartialEq, Eq)]
pub struct Header {
    bytes: [u8; HEADER_LEN],
}

impl std::fmt::Debug for Header {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Header").field("params", &self.params()).finish_non_exhaustive()
    }
}

/// Why header bytes were refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[error("the vault header is damaged or from an unknown version")]
pub struct HeaderCorrupt;

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
        Header { bytes }
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
    /// none did) does not show in the time taken. Returns the first match.
    pub fn open(&self, kek: &SecretKey) -> Option<(usize, SlotPayload)> {
        let mut found = None;
        for index in 0..SLOT_COUNT {
            let opened = self.open_slot(index, kek);
            if found.is_none() {
                found = opened.map(|p| (index, p));
            }
        }
        found
    }

    /// Indexes of slots that `kek` opens, of every slot (used to refuse a PIN that another
    /// slot already answers to).
    pub fn matching_slots(&self, kek: &SecretKey) -> Vec<usize> {
        (0..SLOT_COUNT).filter(|&i| self.open_slot(i, kek).is_some()).collect()
    }

    fn open_slot(&self, index: usize, kek: &SecretKey) -> Option<SlotPayload> {
        let slot = &self.bytes[slot_range(index)];
        let nonce = XNonce::try_from(&slot[..NONCE_LEN]).expect("nonce length");
        let tag = Tag::try_from(&slot[NONCE_LEN + PAYLOAD_LEN..]).expect("tag length");
        let mut payload = Zeroizing::new(vec![0u8; PAYLOAD_LEN]);
        payload.copy_from_slice(&slot[NONCE_LEN..NONCE_LEN + PAYLOAD_LEN]);
        let cipher = cipher(kek);
        cipher.decrypt_inout_detached(&nonce, &self.aad(index), payload.as_mut_slice().into(), &tag).ok()?;
        SlotPayload::decode(&payload)
    }

    /// Seals `payload` into slot `index` under `kek` with a fresh nonce.
    pub fn seal(&mut self, index: usize, kek: &SecretKey, payload: &SlotPayload) {
        let mut nonce_bytes = [0u8; NONCE_LEN];
        fill_random(&mut nonce_bytes);
        let nonce = XNonce::from(nonce_bytes);
        let mut sealed = payload.encode();
        let tag = cipher(kek)
            .encrypt_inout_detached(&nonce, &self.aad(index), sealed.as_mut_slice().into())
            .expect("a 48-byte payload is within limits");
        let range = slot_range(index);
        let slot = &mut self.bytes[range];
        slot[..NONCE_LEN].copy_from_slice(&nonce_bytes);
        slot[NONCE_LEN..NONCE_LEN + PAYLOAD_LEN].copy_from_slice(sealed.as_slice());
        slot[NONCE_LEN + PAYLOAD_LEN..].copy_from_slice(&tag);
    }

    /// Overwrites slot `index` with random bytes: whatever key it held is gone.
    pub fn clear(&mut self, index: usize) {
        fill_random(&mut self.bytes[slot_range(index)]);
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

fn cipher(kek: &SecretKey) -> XChaCha20Poly1305 {
    XChaCha20Poly1305::new_from_slice(&kek.expose()[..KEY_LEN]).expect("32-byte key")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn payload(kind: SlotKind, vault: u8) -> SlotPayload {
        SlotPayload { kind, vault, db_key: SecretKey::random(), shred: None }
    }

    #[test]
    fn a_sealed_slot_opens_only_with_its_key() {
        let mut header = Header::new(KdfParams::FLOOR, false);
        let (kek_a, kek_b) = (SecretKey::random(), SecretKey::random());
        let a = payload(SlotKind::Primary, 0);
        header.seal(0, &kek_a, &a);
        let b = payload(SlotKind::Decoy, 1);
        header.seal(2, &kek_b, &b);
        let reparsed = Header::parse(header.as_bytes()).unwrap();
        let (i, got) = reparsed.open(&kek_a).unwrap();
        assert_eq!((i, got.kind, got.vault), (0, SlotKind::Primary, 0));
        assert_eq!(got.db_key, a.db_key);
        let (i, got) = reparsed.open(&kek_b).unwrap();
        assert_eq!((i, got.kind, got.db_key == b.db_key), (2, SlotKind::Decoy, true));
        assert!(reparsed.open(&SecretKey::random()).is_none());
    }

    #[test]
    fn editing_the_prefix_breaks_every_slot() {
        let mut header = Header::new(KdfParams::FLOOR, false);
        let kek = SecretKey::random();
        header.seal(1, &kek, &payload(SlotKind::Primary, 0));
        let mut bytes = *header.as_bytes();
        bytes[12] ^= 1; // t: 2 → 3, still within bounds
        let tampered = Header::parse(&bytes).unwrap();
        assert!(tampered.open(&kek).is_none());
        // Moving a slot to another index breaks it too.
        let mut moved = *header.as_bytes();
        moved.copy_within(slot_range(1), slot_range(3).start);
        let moved = Header::parse(&moved).unwrap();
        assert_eq!(moved.matching_slots(&kek), vec![1]);
    }

    #[test]
    fn bad_headers_are_refused() {
        let good = *Header::new(KdfParams::FLOOR, true).as_bytes();
        assert!(Header::parse(&good).is_ok());
        assert_eq!(Header::parse(&good[..HEADER_LEN - 1]), Err(HeaderCorrupt));
        for (at, value) in [(0, b'X'), (4, 2), (5, 0b10), (7, 1), (9, 0), (13, 1)] {
            let mut bad = good;
            bad[at] = value;
            assert_eq!(Header::parse(&bad), Err(HeaderCorrupt), "byte {at} = {value}");
        }
    }

    #[test]
    fn cleared_slot_no_longer_opens() {
        let mut header = Header::new(KdfParams::FLOOR, false);
        let kek = SecretKey::random();
        header.seal(0, &kek, &payload(SlotKind::Primary, 0));
        header.clear(0);
        assert!(header.open(&kek).is_none());
    }
}
