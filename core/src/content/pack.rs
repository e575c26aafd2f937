//! Content packs: one file, signed by a pinned publisher, that travels phone to phone.
//!
//! ```text
//! offset   size
//!      0      4  magic "HBPK"
//!      4      2  format version (1, LE)
//!      6      2  reserved, zero
//!      8      4  manifest length M (LE), at most 64 KiB
//!     12      M  manifest, JSON: publisher key, pack id, version, sections (name, length, SHA-256)
//!   12+M     64  Ed25519 signature over "harbour-pack-v1\0" ‖ bytes 0..12+M
//!   76+M      …  the sections, in manifest order, nothing after
//! ```
//! The signature covers the manifest, the manifest covers every section by length and
//! hash, so a section cannot be changed, swapped in from another pack, lengthened or cut
//! without the pack being refused. Everything is checked before any content is parsed, and
//! all of it before the store is written. The header alone (signature, then the version
//! against the installed one) can refuse a pack that is not newer before its sections are read.

use ed25519_dalek::{Signature, Signer, SigningKey, VerifyingKey};
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

const MAGIC: &[u8; 4] = b"HBPK";
const FORMAT_VERSION: u16 = 1;
const SIGNATURE_DOMAIN: &[u8] = b"harbour-pack-v1\0";
const PREFIX_LEN: usize = 12;
const SIGNATURE_LEN: usize = 64;

/// Hard limits: a pack over any of them is refused before it is read further.
pub mod limits {
    /// Whole file.
    pub const MAX_PACK_BYTES: usize = 32 * 1024 * 1024;
    pub const MAX_MANIFEST_BYTES: usize = 64 * 1024;
    pub const MAX_SECTION_BYTES: usize = 24 * 1024 * 1024;
    pub const MAX_SECTIONS: usize = 64;
    pub const MAX_HELPLINES: usize = 200_000;
    pub const MAX_ARTICLES: usize = 100_000;
    /// Versions only go up, so an absurd one would block every later update: room for
    /// `YYYYMMDDNN`, no more.
    pub const MAX_VERSION: u64 = 9_999_999_999;
}

/// Content that would mislead the person reading or acting on it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Misleading {
    /// The number shown is not the number dialled (other digits, or letters like `800SAVE`).
    DisplayDiffersFromNumber,
    /// An `http://` link: anyone on the way could change what it shows.
    InsecureLink,
    /// A `mailto:` with parameters (a prefilled subject, body or copy to someone else).
    MailtoParameters,
    /// Control characters, terminal escapes or bidi overrides in text.
    ControlCharacters,
}

impl Misleading {
    pub fn as_str(self) -> &'static str {
        match self {
            Misleading::DisplayDiffersFromNumber => "the number shown is not the number dialled",
            Misleading::InsecureLink => "an http:// link (only https:// is accepted)",
            Misleading::MailtoParameters => "a mailto: link with parameters",
            Misleading::ControlCharacters => "control characters, terminal escapes or bidi overrides in text",
        }
    }
}

/// Why a pack was refused. Each way of being wrong has its own variant.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum PackError {
    #[error("not a content pack")]
    NotAPack,
    #[error("pack format version {0} is not supported")]
    UnsupportedVersion(u16),
    #[error("the pack is larger than allowed")]
    TooLarge,
    #[error("the pack is cut short")]
    Truncated,
    #[error("the pack has bytes after its last section")]
    TrailingData,
    #[error("the pack manifest is malformed")]
    Malformed,
    #[error("the pack is not signed")]
    Unsigned,
    #[error("the pack is signed by a publisher this app does not trust")]
    UnknownPublisher,
    #[error("the pack's signature is not valid")]
    BadSignature,
    #[error("section {0} does not match the manifest")]
    SectionMismatch(String),
    #[error("version {offered} is not newer than the installed version {installed}")]
    NotNewer { installed: u64, offered: u64 },
    #[error("invalid content in {section}: {reason}")]
    InvalidContent { section: String, reason: String },
    #[error("{item} in {section} would mislead: {}", problem.as_str())]
    Misleading { section: String, item: String, problem: Misleading },
    #[error("the pack claims the id of the app's built-in content")]
    ReservedPackId,
    #[error("version {offered} is above the highest a pack may have")]
    VersionTooHigh { offered: u64 },
    #[error("the import was cancelled")]
    Cancelled,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SectionEntry {
    pub name: String,
    pub length: u64,
    /// Lowercase hex SHA-256.
    pub sha256: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Manifest {
    /// Hex Ed25519 public key of the publisher.
    pub publisher: String,
    pub pack_id: String,
    pub version: u64,
    pub title: String,
    /// `YYYY-MM-DD`.
    pub created: String,
    pub sections: Vec<SectionEntry>,
}

/// A publisher the app trusts.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Publisher {
    pub name: String,
    pub key: [u8; 32],
}

impl Publisher {
    pub fn from_hex(name: &str, hex_key: &str) -> Option<Publisher> {
        let bytes = hex::decode(hex_key).ok()?;
        let key: [u8; 32] = bytes.try_into().ok()?;
        VerifyingKey::from_bytes(&key).ok()?;
        Some(Publisher { name: name.into(), key })
    }
}

/// A pack whose signature, lengths and hashes all check out. Sections are still raw bytes,
/// in manifest order.
#[derive(Debug)]
pub struct VerifiedPack<'a> {
    pub manifest: Manifest,
    pub publisher: Publisher,
    bodies: Vec<&'a [u8]>,
}

impl<'a> VerifiedPack<'a> {
    /// (name, bytes) of every section.
    pub fn sections(&self) -> impl Iterator<Item = (&str, &'a [u8])> + '_ {
        self.manifest.sections.iter().map(|e| e.name.as_str()).zip(self.bodies.iter().copied())
    }

    pub fn section(&self, name: &str) -> Option<&'a [u8]> {
        self.sections().find(|(n, _)| *n == name).map(|(_, b)| b)
    }
}

/// A pack's signed header: the manifest, signed by a trusted publisher. The sections are not
/// read yet, so a pack that is not newer than the installed one is refused at this cost.
#[derive(Debug)]
pub struct VerifiedHeader {
    pub manifest: Manifest,
    pub publisher: Publisher,
    /// Where the first section starts.
    pub body_start: usize,
}

/// Checks the prefix, the manifest and its signature. `bytes` may end anywhere after the
/// signature: the sections are [`verify`]'s job.
pub fn verify_header(bytes: &[u8], trusted: &[Publisher]) -> Result<VerifiedHeader, PackError> {
    if bytes.len() > limits::MAX_PACK_BYTES {
        return Err(PackError::TooLarge);
    }
    if bytes.len() < PREFIX_LEN {
        return Err(if bytes.starts_with(&MAGIC[..bytes.len().min(4)]) {
            PackError::Truncated
        } else {
            PackError::NotAPack
        });
    }
    if &bytes[..4] != MAGIC {
        return Err(PackError::NotAPack);
    }
    let version = u16::from_le_bytes([bytes[4], bytes[5]]);
    if version != FORMAT_VERSION {
        return Err(PackError::UnsupportedVersion(version));
    }
    if bytes[6..8] != [0, 0] {
        return Err(PackError::Malformed);
    }
    let manifest_len = u32::from_le_bytes(bytes[8..12].try_into().expect("4 bytes")) as usize;
    if manifest_len > limits::MAX_MANIFEST_BYTES {
        return Err(PackError::TooLarge);
    }
    let signed_end = PREFIX_LEN + manifest_len;
    let body_start = signed_end + SIGNATURE_LEN;
    if bytes.len() < body_start {
        return Err(PackError::Truncated);
    }
    let manifest: Manifest =
        serde_json::from_slice(&bytes[PREFIX_LEN..signed_end]).map_err(|_| PackError::Malformed)?;
    let publisher = trusted
        .iter()
        .find(|p| hex::encode(p.key) == manifest.publisher.to_ascii_lowercase())
        .ok_or(PackError::UnknownPublisher)?
        .clone();
    let signature_bytes: [u8; SIGNATURE_LEN] = bytes[signed_end..body_start].try_into().expect("64 bytes");
    if signature_bytes.iter().all(|&b| b == 0) {
        return Err(PackError::Unsigned);
    }
    let key = VerifyingKey::from_bytes(&publisher.key).map_err(|_| PackError::UnknownPublisher)?;
    let mut message = Vec::with_capacity(SIGNATURE_DOMAIN.len() + signed_end);
    message.extend_from_slice(SIGNATURE_DOMAIN);
    message.extend_from_slice(&bytes[..signed_end]);
    key.verify_strict(&message, &Signature::from_bytes(&signature_bytes)).map_err(|_| PackError::BadSignature)?;
    Ok(VerifiedHeader { manifest, publisher, body_start })
}

/// Checks everything that can be checked without the store. `trusted` is the pinned list.
pub fn verify<'a>(bytes: &'a [u8], trusted: &[Publisher]) -> Result<VerifiedPack<'a>, PackError> {
    verify_sections(bytes, verify_header(bytes, trusted)?)
}

/// Checks the sections of `bytes` against a header already verified from its start.
pub fn verify_sections(bytes: &[u8], header: VerifiedHeader) -> Result<VerifiedPack<'_>, PackError> {
    let VerifiedHeader { manifest, publisher, body_start } = header;
    if manifest.sections.len() > limits::MAX_SECTIONS {
        return Err(PackError::TooLarge);
    }
    let mut bodies = Vec::with_capacity(manifest.sections.len());
    let mut at = body_start;
    for entry in &manifest.sections {
        let len = usize::try_from(entry.length).map_err(|_| PackError::TooLarge)?;
        if len > limits::MAX_SECTION_BYTES {
            return Err(PackError::TooLarge);
        }
        let end = at.checked_add(len).ok_or(PackError::TooLarge)?;
        let body = bytes.get(at..end).ok_or(PackError::Truncated)?;
        if hex::encode(Sha256::digest(body)) != entry.sha256.to_ascii_lowercase() {
            return Err(PackError::SectionMismatch(entry.name.clone()));
        }
        bodies.push(body);
        at = end;
    }
    if at != bytes.len() {
        return Err(PackError::TrailingData);
    }
    Ok(VerifiedPack { manifest, publisher, bodies })
}

/// Writes a signed pack. Used by the maintainer tool and tests.
pub fn build(
    signing_key: &SigningKey,
    pack_id: &str,
    version: u64,
    title: &str,
    created: &str,
    sections: &[(String, Vec<u8>)],
) -> Vec<u8> {
    let manifest = Manifest {
        publisher: hex::encode(signing_key.verifying_key().to_bytes()),
        pack_id: pack_id.into(),
        version,
        title: title.into(),
        created: created.into(),
        sections: sections
            .iter()
            .map(|(name, body)| SectionEntry {
                name: name.clone(),
                length: body.len() as u64,
                sha256: hex::encode(Sha256::digest(body)),
            })
            .collect(),
    };
    let manifest_json = serde_json::to_vec(&manifest).expect("a manifest serialises");
    let mut out = Vec::new();
    out.extend_from_slice(MAGIC);
    out.extend_from_slice(&FORMAT_VERSION.to_le_bytes());
    out.extend_from_slice(&[0, 0]);
    out.extend_from_slice(&(manifest_json.len() as u32).to_le_bytes());
    out.extend_from_slice(&manifest_json);
    let mut message = SIGNATURE_DOMAIN.to_vec();
    message.extend_from_slice(&out);
    out.extend_from_slice(&signing_key.sign(&message).to_bytes());
    for (_, body) in sections {
        out.extend_from_slice(body);
    }
    out
}
