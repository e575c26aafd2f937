//! A minimal SQLCipher 4 page decryptor (default settings, raw key), so tests can look at
//! what is really in a file — including freed pages and the WAL — rather than only at what
//! SQL returns.
//!
//! SQLCipher 4 page as Harbour configures it: AES-256-CBC over the page minus a reserve of 48
//! bytes (16-byte IV, then a 32-byte HMAC-SHA256). Page 1 keeps the 16-byte salt in clear
//! where SQLite's "SQLite format 3" header would be. A raw `x'…'` key is the AES key itself.

use std::path::{Path, PathBuf};

use aes::Aes256;
use aes::cipher::{Array, BlockCipherDecrypt, KeyInit};

pub const PAGE_SIZE: usize = 4096;
const RESERVE: usize = 48;
const IV_LEN: usize = 16;
const SALT_LEN: usize = 16;
const WAL_HEADER: usize = 32;
const WAL_FRAME_HEADER: usize = 24;

fn decrypt_page(page: &[u8], pgno: u32, cipher: &Aes256) -> Vec<u8> {
    assert_eq!(page.len(), PAGE_SIZE);
    let offset = if pgno == 1 { SALT_LEN } else { 0 };
    let iv = &page[PAGE_SIZE - RESERVE..PAGE_SIZE - RESERVE + IV_LEN];
    let mut out = vec![0u8; PAGE_SIZE];
    if pgno == 1 {
        out[..SALT_LEN].copy_from_slice(b"SQLite format 3\0");
    }
    let mut prev: [u8; 16] = iv.try_into().unwrap();
    for (i, chunk) in page[offset..PAGE_SIZE - RESERVE].chunks(16).enumerate() {
        let mut block = Array::from(<[u8; 16]>::try_from(chunk).unwrap());
        cipher.decrypt_block(&mut block);
        let start = offset + i * 16;
        for j in 0..16 {
            out[start + j] = block[j] ^ prev[j];
        }
        prev = chunk.try_into().unwrap();
    }
    out
}

fn cipher(key: &[u8; 32]) -> Aes256 {
    Aes256::new(&Array::from(*key))
}

/// Every page of an encrypted database file, decrypted. Panics if page 1 does not decrypt
/// to a plausible SQLite header, so a wrong key cannot make a scan pass vacuously.
pub fn decrypt_database(file: &[u8], key: &[u8; 32]) -> Vec<Vec<u8>> {
    assert_eq!(file.len() % PAGE_SIZE, 0, "not a whole number of pages");
    let cipher = cipher(key);
    let pages: Vec<Vec<u8>> =
        file.chunks(PAGE_SIZE).enumerate().map(|(i, page)| decrypt_page(page, i as u32 + 1, &cipher)).collect();
    let first = &pages[0];
    assert_eq!(&first[16..18], &[0x10, 0x00], "page 1 does not decrypt to a SQLite header");
    // SQLite's own reserve may be larger than SQLCipher's IV + HMAC; SQLCipher's trailer
    // always sits at the very end of the page.
    assert!(first[20] as usize >= RESERVE, "unexpected reserve size");
    pages
}

/// Every frame in a WAL file, decrypted (page number from each frame header).
pub fn decrypt_wal(file: &[u8], key: &[u8; 32]) -> Vec<Vec<u8>> {
    if file.len() < WAL_HEADER {
        return Vec::new();
    }
    let cipher = cipher(key);
    file[WAL_HEADER..]
        .chunks(WAL_FRAME_HEADER + PAGE_SIZE)
        .filter(|frame| frame.len() == WAL_FRAME_HEADER + PAGE_SIZE)
        .map(|frame| {
            let pgno = u32::from_be_bytes(frame[..4].try_into().unwrap());
            decrypt_page(&frame[WAL_FRAME_HEADER..], pgno, &cipher)
        })
        .collect()
}

pub fn contains(haystack: &[u8], needle: &[u8]) -> bool {
    !needle.is_empty() && haystack.windows(needle.len()).any(|w| w == needle)
}

/// Every regular file under `dir`, recursively.
pub fn files_under(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_owned()];
    while let Some(d) = stack.pop() {
        for entry in std::fs::read_dir(&d).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                stack.push(path);
            } else {
                out.push(path);
            }
        }
    }
    out.sort();
    out
}

/// Files under `dir` whose raw bytes contain `marker`.
pub fn files_containing(dir: &Path, marker: &[u8]) -> Vec<PathBuf> {
    files_under(dir).into_iter().filter(|p| contains(&std::fs::read(p).unwrap(), marker)).collect()
}

/// A small deterministic generator (SplitMix64) so fault-injection tests are repeatable.
pub struct SplitMix(pub u64);

impl SplitMix {
    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    pub fn below(&mut self, n: u64) -> u64 {
        self.next_u64() % n
    }
}
