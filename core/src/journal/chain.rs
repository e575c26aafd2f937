//! The tamper-evident chain and its canonical encoding.
//!
//! Every journal event (entry created, revised, deleted; safety plan changed) is a link:
//!
//! ```text
//! h_0 = SHA-256("harbour-journal-v1")
//! h_i = SHA-256("HBJ1" ‖ h_{i-1} ‖ seq:u64 ‖ kind:u8 ‖ entry:16 bytes
//!               ‖ at_ms:i64 ‖ offset_min:i32 ‖ SHA-256(content))
//! ```
//! integers big-endian. `content` is the event's canonical content (see [`EntryContent`]);
//! including its hash rather than the content itself lets a deleted entry's text be destroyed
//! while the chain still verifies. Changing, reordering, removing or cutting off any event
//! changes some `h_i`, and the last `h_i` is kept apart (`journal_head`) and can be written
//! down by a caseworker as a short code.

use sha2::{Digest, Sha256};

pub type Hash = [u8; 32];

/// What an event records.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[repr(u8)]
pub enum EventKind {
    Create = 1,
    Revise = 2,
    Delete = 3,
    Plan = 4,
}

impl EventKind {
    pub fn from_code(code: i64) -> Option<Self> {
        Some(match code {
            1 => EventKind::Create,
            2 => EventKind::Revise,
            3 => EventKind::Delete,
            4 => EventKind::Plan,
            _ => return None,
        })
    }
}

/// The fields of an event that its link covers.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Link {
    pub seq: u64,
    pub kind: EventKind,
    pub entry: [u8; 16],
    pub at_ms: i64,
    pub offset_min: i32,
    pub content_hash: Hash,
}

pub fn genesis() -> Hash {
    Sha256::digest(b"harbour-journal-v1").into()
}

pub fn content_hash(content: &[u8]) -> Hash {
    Sha256::digest(content).into()
}

pub fn link_hash(previous: &Hash, link: &Link) -> Hash {
    let mut h = Sha256::new();
    h.update(b"HBJ1");
    h.update(previous);
    h.update(link.seq.to_be_bytes());
    h.update([link.kind as u8]);
    h.update(link.entry);
    h.update(link.at_ms.to_be_bytes());
    h.update(link.offset_min.to_be_bytes());
    h.update(link.content_hash);
    h.finalize().into()
}

/// A short code for the head of the chain that a caseworker can write down: the event
/// count and 50 bits of the head hash in Crockford base-32, e.g. `#12 7KQ3M-X2P9R`.
pub fn witness_code(seq: u64, head: &Hash) -> String {
    const ALPHABET: &[u8; 32] = b"0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    let bits = u64::from_be_bytes(head[..8].try_into().expect("8 bytes")) >> 14;
    let chars: String = (0..10).rev().map(|i| ALPHABET[((bits >> (i * 5)) & 31) as usize] as char).collect();
    format!("#{seq} {}-{}", &chars[..5], &chars[5..])
}

/// An attachment as the chain records it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AttachmentRef {
    pub sha256: Hash,
    pub size: u64,
    pub name: String,
    pub mime: String,
}

/// The canonical content of a create or revise event.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EntryContent {
    pub text: String,
    /// Sorted and without duplicates.
    pub tags: Vec<String>,
    pub category: Option<String>,
    pub attachments: Vec<AttachmentRef>,
}

fn put_str(out: &mut Vec<u8>, s: &str, len_bytes: usize) {
    let len = s.len() as u64;
    out.extend_from_slice(&len.to_be_bytes()[8 - len_bytes..]);
    out.extend_from_slice(s.as_bytes());
}

struct Reader<'a>(&'a [u8]);

impl<'a> Reader<'a> {
    fn take(&mut self, n: usize) -> Option<&'a [u8]> {
        if self.0.len() < n {
            return None;
        }
        let (head, rest) = self.0.split_at(n);
        self.0 = rest;
        Some(head)
    }

    fn uint(&mut self, n: usize) -> Option<u64> {
        let bytes = self.take(n)?;
        Some(bytes.iter().fold(0u64, |acc, &b| (acc << 8) | u64::from(b)))
    }

    fn string(&mut self, len_bytes: usize) -> Option<String> {
        let len = self.uint(len_bytes)? as usize;
        String::from_utf8(self.take(len)?.to_vec()).ok()
    }
}

impl EntryContent {
    /// `text: u32 len ‖ utf8`, `tags: u16 count, each u16 len ‖ utf8`, `category: u8 len ‖
    /// utf8` (0 = none), `attachments: u16 count, each sha256 ‖ size:u64 ‖ u16 len name ‖
    /// u16 len mime`.
    pub fn encode(&self) -> Vec<u8> {
        let mut out = Vec::with_capacity(self.text.len() + 64);
        put_str(&mut out, &self.text, 4);
        out.extend_from_slice(&(self.tags.len() as u16).to_be_bytes());
        for t in &self.tags {
            put_str(&mut out, t, 2);
        }
        put_str(&mut out, self.category.as_deref().unwrap_or(""), 1);
        out.extend_from_slice(&(self.attachments.len() as u16).to_be_bytes());
        for a in &self.attachments {
            out.extend_from_slice(&a.sha256);
            out.extend_from_slice(&a.size.to_be_bytes());
            put_str(&mut out, &a.name, 2);
            put_str(&mut out, &a.mime, 2);
        }
        out
    }

    pub fn decode(bytes: &[u8]) -> Option<EntryContent> {
        let mut r = Reader(bytes);
        let text = r.string(4)?;
        let tags = (0..r.uint(2)?).map(|_| r.string(2)).collect::<Option<Vec<_>>>()?;
        let category = r.string(1).map(|c| (!c.is_empty()).then_some(c))?;
        let attachments = (0..r.uint(2)?)
            .map(|_| {
                Some(AttachmentRef {
                    sha256: r.take(32)?.try_into().ok()?,
                    size: r.uint(8)?,
                    name: r.string(2)?,
                    mime: r.string(2)?,
                })
            })
            .collect::<Option<Vec<_>>>()?;
        r.0.is_empty().then_some(EntryContent { text, tags, category, attachments })
    }
}

/// The canonical content of a safety-plan event: the section and its new JSON.
pub fn encode_plan(section: &str, json: &str) -> Vec<u8> {
    let mut out = Vec::new();
    put_str(&mut out, section, 1);
    put_str(&mut out, json, 4);
    out
}

pub fn decode_plan(bytes: &[u8]) -> Option<(String, String)> {
    let mut r = Reader(bytes);
    let section = r.string(1)?;
    let json = r.string(4)?;
    r.0.is_empty().then_some((section, json))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn content_round_trips_and_rejects_trailing_bytes() {
        let c = EntryContent {
            text: "Paid 20 of the 300 promised. Boss kept my passport.".into(),
            tags: vec!["pay".into(), "passport".into()],
            category: Some("pay".into()),
            attachments: vec![AttachmentRef {
                sha256: [7; 32],
                size: 1234,
                name: "payslip.jpg".into(),
                mime: "image/jpeg".into(),
            }],
        };
        let bytes = c.encode();
        assert_eq!(EntryContent::decode(&bytes), Some(c));
        let mut longer = bytes.clone();
        longer.push(0);
        assert_eq!(EntryContent::decode(&longer), None);
        assert_eq!(EntryContent::decode(&bytes[..bytes.len() - 1]), None);
        assert_eq!(decode_plan(&encode_plan("bag", "[\"phone\"]")), Some(("bag".into(), "[\"phone\"]".into())));
    }

    #[test]
    fn every_field_changes_the_link() {
        let link = Link {
            seq: 3,
            kind: EventKind::Create,
            entry: [1; 16],
            at_ms: 1_700_000_000_000,
            offset_min: 60,
            content_hash: [2; 32],
        };
        let base = link_hash(&genesis(), &link);
        let variants = [
            Link { seq: 4, ..link.clone() },
            Link { kind: EventKind::Revise, ..link.clone() },
            Link { entry: [9; 16], ..link.clone() },
            Link { at_ms: link.at_ms + 1, ..link.clone() },
            Link { offset_min: 0, ..link.clone() },
            Link { content_hash: [3; 32], ..link.clone() },
        ];
        for v in variants {
            assert_ne!(link_hash(&genesis(), &v), base);
        }
        assert_ne!(link_hash(&[0; 32], &link), base);
    }

    #[test]
    fn witness_codes_are_short_and_stable() {
        let code = witness_code(12, &[0xAB; 32]);
        assert_eq!(code, witness_code(12, &[0xAB; 32]));
        assert!(code.starts_with("#12 ") && code.len() == "#12 ".len() + 11, "{code}");
        assert_ne!(code, witness_code(12, &[0xAC; 32]));
    }
}
