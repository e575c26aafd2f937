//! SQLCipher's crypto provider, in Rust: AES-256-CBC, HMAC-SHA1/256/512, PBKDF2 and the OS
//! random source, from the RustCrypto crates.
//!
//! SQLCipher's default provider is OpenSSL, and OpenSSL 3's provider tables pull nearly all of
//! libcrypto into the library: about 3.7 MB of a 10.8 MB stripped cdylib, against a 6 MB budget
//! for phones (SPEC §5). SQLCipher supports a custom provider chosen at compile time;
//! `.cargo/config.toml` passes `-DSQLCIPHER_CRYPTO_CUSTOM=harbour_sqlcipher_setup` through
//! `LIBSQLITE3_FLAGS`, so SQLCipher calls [`harbour_sqlcipher_setup`] and never references
//! OpenSSL (which is still built, so the link needs no system library, but nothing of it is
//! linked). The on-disk format is SQLCipher 4's unchanged: a test opens databases written by
//! the OpenSSL provider.
//!
//! Every function here is called from C. None may panic (a panic cannot unwind into C): all
//! lengths are checked and every failure is `SQLITE_ERROR`.

use std::ffi::{CStr, c_char, c_int, c_uchar, c_void};

use aes::Aes256;
use aes::cipher::{Array, BlockModeDecrypt, BlockModeEncrypt, KeyIvInit};
use hmac::{Hmac, KeyInit, Mac};
use sha1::Sha1;
use sha2::{Sha256, Sha512};

use crate::secret::burn_stack;

const SQLITE_OK: c_int = 0;
const SQLITE_ERROR: c_int = 1;

// Constants from sqlcipher.h.
const SQLCIPHER_ENCRYPT: c_int = 1;
const SQLCIPHER_HMAC_SHA1: c_int = 0;
const SQLCIPHER_HMAC_SHA256: c_int = 1;
const SQLCIPHER_HMAC_SHA512: c_int = 2;
const SQLCIPHER_PBKDF2_HMAC_SHA1: c_int = 0;
const SQLCIPHER_PBKDF2_HMAC_SHA256: c_int = 1;
const SQLCIPHER_PBKDF2_HMAC_SHA512: c_int = 2;

const KEY_SZ: c_int = 32;
const BLOCK_SZ: c_int = 16;

/// The provider name `PRAGMA cipher_provider` reports.
pub const PROVIDER_NAME: &CStr = c"harbour-rustcrypto";

/// `struct sqlcipher_provider` from sqlcipher.h (SQLCipher 4.x), field for field.
#[repr(C)]
pub struct SqlcipherProvider {
    init: Option<unsafe extern "C" fn() -> c_int>,
    shutdown: Option<unsafe extern "C" fn()>,
    get_provider_name: Option<unsafe extern "C" fn(*mut c_void) -> *const c_char>,
    add_random: Option<unsafe extern "C" fn(*mut c_void, *const c_void, c_int) -> c_int>,
    random: Option<unsafe extern "C" fn(*mut c_void, *mut c_void, c_int) -> c_int>,
    hmac: Option<
        unsafe extern "C" fn(
            *mut c_void,
            c_int,
            *const c_uchar,
            c_int,
            *const c_uchar,
            c_int,
            *const c_uchar,
            c_int,
            *mut c_uchar,
        ) -> c_int,
    >,
    kdf: Option<
        unsafe extern "C" fn(
            *mut c_void,
            c_int,
            *const c_uchar,
            c_int,
            *const c_uchar,
            c_int,
            c_int,
            c_int,
            *mut c_uchar,
        ) -> c_int,
    >,
    cipher: Option<
        unsafe extern "C" fn(
            *mut c_void,
            c_int,
            *const c_uchar,
            c_int,
            *const c_uchar,
            *const c_uchar,
            c_int,
            *mut c_uchar,
        ) -> c_int,
    >,
    get_cipher: Option<unsafe extern "C" fn(*mut c_void) -> *const c_char>,
    get_key_sz: Option<unsafe extern "C" fn(*mut c_void) -> c_int>,
    get_iv_sz: Option<unsafe extern "C" fn(*mut c_void) -> c_int>,
    get_block_sz: Option<unsafe extern "C" fn(*mut c_void) -> c_int>,
    get_hmac_sz: Option<unsafe extern "C" fn(*mut c_void, c_int) -> c_int>,
    ctx_init: Option<unsafe extern "C" fn(*mut *mut c_void) -> c_int>,
    ctx_free: Option<unsafe extern "C" fn(*mut *mut c_void) -> c_int>,
    fips_status: Option<unsafe extern "C" fn(*mut c_void) -> c_int>,
    get_provider_version: Option<unsafe extern "C" fn(*mut c_void) -> *const c_char>,
    next: *mut SqlcipherProvider,
}

/// Called once by SQLCipher's initialisation to fill in its default provider.
///
/// # Safety
/// `p` must point to a writable `sqlcipher_provider`, as SQLCipher passes.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn harbour_sqlcipher_setup(p: *mut SqlcipherProvider) -> c_int {
    if p.is_null() {
        return SQLITE_ERROR;
    }
    let provider = SqlcipherProvider {
        init: None,
        shutdown: None,
        get_provider_name: Some(provider_name),
        add_random: Some(add_random),
        random: Some(random),
        hmac: Some(hmac),
        kdf: Some(kdf),
        cipher: Some(cipher),
        get_cipher: Some(cipher_name),
        get_key_sz: Some(key_sz),
        get_iv_sz: Some(block_sz),
        get_block_sz: Some(block_sz),
        get_hmac_sz: Some(hmac_sz),
        ctx_init: Some(ctx_init),
        ctx_free: Some(ctx_free),
        fips_status: Some(fips_status),
        get_provider_version: Some(provider_version),
        next: std::ptr::null_mut(),
    };
    // SAFETY: the caller passes a valid, writable provider struct.
    unsafe { p.write(provider) };
    SQLITE_OK
}

/// A C buffer as a slice; `None` for a negative length or a null pointer with a length.
///
/// # Safety
/// If non-null, `ptr` must be valid for `len` bytes for the returned lifetime.
unsafe fn bytes<'a>(ptr: *const c_uchar, len: c_int) -> Option<&'a [u8]> {
    let len = usize::try_from(len).ok()?;
    if len == 0 {
        return Some(&[]);
    }
    if ptr.is_null() {
        return None;
    }
    // SAFETY: non-null and valid for `len` bytes, per the caller.
    Some(unsafe { std::slice::from_raw_parts(ptr, len) })
}

/// # Safety
/// As for [`bytes`], for writing.
unsafe fn bytes_mut<'a>(ptr: *mut c_uchar, len: c_int) -> Option<&'a mut [u8]> {
    let len = usize::try_from(len).ok()?;
    if len == 0 {
        return Some(&mut []);
    }
    if ptr.is_null() {
        return None;
    }
    // SAFETY: non-null and valid for `len` bytes, per the caller.
    Some(unsafe { std::slice::from_raw_parts_mut(ptr, len) })
}

fn status(ok: bool) -> c_int {
    if ok { SQLITE_OK } else { SQLITE_ERROR }
}

unsafe extern "C" fn provider_name(_ctx: *mut c_void) -> *const c_char {
    PROVIDER_NAME.as_ptr()
}

unsafe extern "C" fn provider_version(_ctx: *mut c_void) -> *const c_char {
    c"rustcrypto aes 0.9, cbc 0.2, hmac 0.13, pbkdf2 0.13".as_ptr()
}

unsafe extern "C" fn cipher_name(_ctx: *mut c_void) -> *const c_char {
    c"aes-256-cbc".as_ptr()
}

/// The OS source needs no seeding; SQLCipher's extra entropy is ignored, as the CommonCrypto
/// provider does.
unsafe extern "C" fn add_random(_ctx: *mut c_void, _buffer: *const c_void, _length: c_int) -> c_int {
    SQLITE_OK
}

unsafe extern "C" fn random(_ctx: *mut c_void, buffer: *mut c_void, length: c_int) -> c_int {
    // SAFETY: SQLCipher passes a buffer of `length` bytes.
    match unsafe { bytes_mut(buffer.cast(), length) } {
        Some(out) => status(getrandom::fill(out).is_ok()),
        None => SQLITE_ERROR,
    }
}

fn mac<M: Mac + KeyInit>(key: &[u8], parts: [&[u8]; 2], out: &mut [u8]) -> bool {
    let Ok(mut m) = <M as KeyInit>::new_from_slice(key) else { return false };
    for part in parts {
        m.update(part);
    }
    let tag = m.finalize().into_bytes();
    match out.get_mut(..tag.len()) {
        Some(dest) => {
            dest.copy_from_slice(&tag);
            true
        }
        None => false,
    }
}

#[allow(clippy::too_many_arguments)] // SQLCipher's signature
#[inline(never)]
unsafe fn hmac_inner(
    _ctx: *mut c_void,
    algorithm: c_int,
    key: *const c_uchar,
    key_sz: c_int,
    input: *const c_uchar,
    in_sz: c_int,
    input2: *const c_uchar,
    in2_sz: c_int,
    out: *mut c_uchar,
) -> c_int {
    let size = hmac_size(algorithm);
    if input.is_null() || size == 0 {
        return SQLITE_ERROR;
    }
    // SAFETY: SQLCipher passes buffers of the stated sizes, and `out` of the HMAC's size
    // (which it learned from `get_hmac_sz`).
    let (key, first, second, out) = unsafe {
        let second = if input2.is_null() { Some(&[][..]) } else { bytes(input2, in2_sz) };
        (bytes(key, key_sz), bytes(input, in_sz), second, bytes_mut(out, size))
    };
    let (Some(key), Some(first), Some(second), Some(out)) = (key, first, second, out) else {
        return SQLITE_ERROR;
    };
    let parts = [first, second];
    status(match algorithm {
        SQLCIPHER_HMAC_SHA1 => mac::<Hmac<Sha1>>(key, parts, out),
        SQLCIPHER_HMAC_SHA256 => mac::<Hmac<Sha256>>(key, parts, out),
        _ => mac::<Hmac<Sha512>>(key, parts, out),
    })
}

#[allow(clippy::too_many_arguments)] // SQLCipher's signature
#[inline(never)]
unsafe fn kdf_inner(
    _ctx: *mut c_void,
    algorithm: c_int,
    pass: *const c_uchar,
    pass_sz: c_int,
    salt: *const c_uchar,
    salt_sz: c_int,
    workfactor: c_int,
    key_sz: c_int,
    key: *mut c_uchar,
) -> c_int {
    let Ok(rounds) = u32::try_from(workfactor) else { return SQLITE_ERROR };
    if rounds == 0 {
        return SQLITE_ERROR;
    }
    // SAFETY: SQLCipher passes buffers of the stated sizes.
    let (pass, salt, out) = unsafe { (bytes(pass, pass_sz), bytes(salt, salt_sz), bytes_mut(key, key_sz)) };
    let (Some(pass), Some(salt), Some(out)) = (pass, salt, out) else { return SQLITE_ERROR };
    match algorithm {
        SQLCIPHER_PBKDF2_HMAC_SHA1 => pbkdf2::pbkdf2_hmac::<Sha1>(pass, salt, rounds, out),
        SQLCIPHER_PBKDF2_HMAC_SHA256 => pbkdf2::pbkdf2_hmac::<Sha256>(pass, salt, rounds, out),
        SQLCIPHER_PBKDF2_HMAC_SHA512 => pbkdf2::pbkdf2_hmac::<Sha512>(pass, salt, rounds, out),
        _ => return SQLITE_ERROR,
    }
    SQLITE_OK
}

/// AES-256-CBC without padding over whole blocks (SQLCipher pages are block multiples).
#[allow(clippy::too_many_arguments)] // SQLCipher's signature
#[inline(never)]
unsafe fn cipher_inner(
    _ctx: *mut c_void,
    mode: c_int,
    key: *const c_uchar,
    key_sz: c_int,
    iv: *const c_uchar,
    input: *const c_uchar,
    in_sz: c_int,
    out: *mut c_uchar,
) -> c_int {
    if key_sz != KEY_SZ || in_sz % BLOCK_SZ != 0 || input.is_null() || out.is_null() {
        return SQLITE_ERROR;
    }
    let Ok(len) = usize::try_from(in_sz) else { return SQLITE_ERROR };
    // Copy first, then work in place: correct even if SQLCipher ever passes overlapping
    // buffers. SAFETY: both are valid for `in_sz` bytes; `copy` allows overlap.
    unsafe { std::ptr::copy(input, out, len) };
    // SAFETY: SQLCipher passes a 32-byte key, a 16-byte IV and an `in_sz`-byte output.
    let (key, iv, buf) = unsafe { (bytes(key, KEY_SZ), bytes(iv, BLOCK_SZ), bytes_mut(out, in_sz)) };
    let (Some(key), Some(iv), Some(buf)) = (key, iv, buf) else { return SQLITE_ERROR };
    let (Ok(key), Ok(iv)) = (<&Array<u8, _>>::try_from(key), <&Array<u8, _>>::try_from(iv)) else {
        return SQLITE_ERROR;
    };
    let (blocks, rest) = Array::slice_as_chunks_mut(buf);
    if !rest.is_empty() {
        return SQLITE_ERROR;
    }
    if mode == SQLCIPHER_ENCRYPT {
        cbc::Encryptor::<Aes256>::new(key, iv).encrypt_blocks(blocks);
    } else {
        cbc::Decryptor::<Aes256>::new(key, iv).decrypt_blocks(blocks);
    }
    SQLITE_OK
}

/// SQLCipher's entry points: the work, then the stack it used cleared. AES key schedules and
/// HMAC states are built on the stack, and a dead frame holding one holds the key.
const BURN_AFTER_CRYPTO: usize = 16 * 1024;

#[allow(clippy::too_many_arguments)] // SQLCipher's signature
unsafe extern "C" fn hmac(
    ctx: *mut c_void,
    algorithm: c_int,
    key: *const c_uchar,
    key_sz: c_int,
    input: *const c_uchar,
    in_sz: c_int,
    input2: *const c_uchar,
    in2_sz: c_int,
    out: *mut c_uchar,
) -> c_int {
    // SAFETY: forwarded unchanged from SQLCipher.
    let rc = unsafe { hmac_inner(ctx, algorithm, key, key_sz, input, in_sz, input2, in2_sz, out) };
    burn_stack::<BURN_AFTER_CRYPTO>();
    rc
}

#[allow(clippy::too_many_arguments)] // SQLCipher's signature
unsafe extern "C" fn kdf(
    ctx: *mut c_void,
    algorithm: c_int,
    pass: *const c_uchar,
    pass_sz: c_int,
    salt: *const c_uchar,
    salt_sz: c_int,
    workfactor: c_int,
    key_sz: c_int,
    key: *mut c_uchar,
) -> c_int {
    // SAFETY: forwarded unchanged from SQLCipher.
    let rc = unsafe { kdf_inner(ctx, algorithm, pass, pass_sz, salt, salt_sz, workfactor, key_sz, key) };
    burn_stack::<BURN_AFTER_CRYPTO>();
    rc
}

#[allow(clippy::too_many_arguments)] // SQLCipher's signature
unsafe extern "C" fn cipher(
    ctx: *mut c_void,
    mode: c_int,
    key: *const c_uchar,
    key_sz: c_int,
    iv: *const c_uchar,
    input: *const c_uchar,
    in_sz: c_int,
    out: *mut c_uchar,
) -> c_int {
    // SAFETY: forwarded unchanged from SQLCipher.
    let rc = unsafe { cipher_inner(ctx, mode, key, key_sz, iv, input, in_sz, out) };
    burn_stack::<BURN_AFTER_CRYPTO>();
    rc
}

unsafe extern "C" fn key_sz(_ctx: *mut c_void) -> c_int {
    KEY_SZ
}

unsafe extern "C" fn block_sz(_ctx: *mut c_void) -> c_int {
    BLOCK_SZ
}

fn hmac_size(algorithm: c_int) -> c_int {
    match algorithm {
        SQLCIPHER_HMAC_SHA1 => 20,
        SQLCIPHER_HMAC_SHA256 => 32,
        SQLCIPHER_HMAC_SHA512 => 64,
        _ => 0,
    }
}

unsafe extern "C" fn hmac_sz(_ctx: *mut c_void, algorithm: c_int) -> c_int {
    hmac_size(algorithm)
}

/// No per-connection state: every call carries its key.
unsafe extern "C" fn ctx_init(ctx: *mut *mut c_void) -> c_int {
    if !ctx.is_null() {
        // SAFETY: SQLCipher passes a valid pointer to its context slot.
        unsafe { *ctx = std::ptr::null_mut() };
    }
    SQLITE_OK
}

unsafe extern "C" fn ctx_free(_ctx: *mut *mut c_void) -> c_int {
    SQLITE_OK
}

unsafe extern "C" fn fips_status(_ctx: *mut c_void) -> c_int {
    0
}

/// Keeps the setup function in every link that opens a store: SQLCipher's C code refers to
/// it by name, and a linker that reads archives in one pass could otherwise drop it.
pub(super) fn ensure_linked() {
    super::memory::install();
    std::hint::black_box(harbour_sqlcipher_setup as unsafe extern "C" fn(_) -> _);
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Known-answer tests, so a wrong wiring fails here and not only as unreadable files.
    #[test]
    fn aes_256_cbc_matches_nist_sp800_38a() {
        // SP 800-38A F.2.5, CBC-AES256.Encrypt, first two blocks.
        let key = hex::decode("603deb1015ca71be2b73aef0857d77811f352c073b6108d72d9810a30914dff4").unwrap();
        let iv = hex::decode("000102030405060708090a0b0c0d0e0f").unwrap();
        let plain = hex::decode("6bc1bee22e409f96e93d7e117393172aae2d8a571e03ac9c9eb76fac45af8e51").unwrap();
        let want = "f58c4c04d6e5f1ba779eabfb5f7bfbd69cfc4e967edb808d679f777bc6702c7d";
        let mut out = vec![0u8; 32];
        let rc = unsafe {
            cipher(
                std::ptr::null_mut(),
                SQLCIPHER_ENCRYPT,
                key.as_ptr(),
                32,
                iv.as_ptr(),
                plain.as_ptr(),
                32,
                out.as_mut_ptr(),
            )
        };
        assert_eq!(rc, SQLITE_OK);
        assert_eq!(hex::encode(&out), want);
        let mut back = vec![0u8; 32];
        let rc = unsafe {
            cipher(std::ptr::null_mut(), 0, key.as_ptr(), 32, iv.as_ptr(), out.as_ptr(), 32, back.as_mut_ptr())
        };
        assert_eq!(rc, SQLITE_OK);
        assert_eq!(back, plain);
        // In place, as the copy-first path allows.
        let rc = unsafe {
            cipher(std::ptr::null_mut(), 0, key.as_ptr(), 32, iv.as_ptr(), out.as_ptr(), 32, out.as_mut_ptr())
        };
        assert_eq!(rc, SQLITE_OK);
        assert_eq!(out, plain);
    }

    #[test]
    fn hmac_matches_rfc4231_and_joins_both_inputs() {
        // RFC 4231 test case 2: key "Jefe", data "what do ya want for nothing?".
        let key = b"Jefe";
        let (a, b) = (b"what do ya ".as_slice(), b"want for nothing?".as_slice());
        let mut out = [0u8; 64];
        let call = |alg, out: &mut [u8; 64]| unsafe {
            hmac(
                std::ptr::null_mut(),
                alg,
                key.as_ptr(),
                4,
                a.as_ptr(),
                a.len() as c_int,
                b.as_ptr(),
                b.len() as c_int,
                out.as_mut_ptr(),
            )
        };
        assert_eq!(call(SQLCIPHER_HMAC_SHA256, &mut out), SQLITE_OK);
        assert_eq!(hex::encode(&out[..32]), "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843");
        assert_eq!(call(SQLCIPHER_HMAC_SHA512, &mut out), SQLITE_OK);
        assert_eq!(
            hex::encode(out),
            "164b7a7bfcf819e2e395fbe73b56e0a387bd64222e831fd610270cd7ea2505549758bf75c05a994a6d034f65f8f0e6fdcaeab1a34d4a6b4b636e070a38bce737"
        );
        assert_eq!(call(SQLCIPHER_HMAC_SHA1, &mut out), SQLITE_OK);
        assert_eq!(hex::encode(&out[..20]), "effcdf6ae5eb2fa2d27416d5f184df9c259a7c79");
        assert_eq!(call(7, &mut out), SQLITE_ERROR, "an unknown algorithm is refused");
    }

    #[test]
    fn pbkdf2_matches_rfc6070() {
        // RFC 6070: "password" / "salt", 2 iterations, 20 bytes, HMAC-SHA1.
        let mut out = [0u8; 20];
        let rc = unsafe {
            kdf(
                std::ptr::null_mut(),
                SQLCIPHER_PBKDF2_HMAC_SHA1,
                b"password".as_ptr(),
                8,
                b"salt".as_ptr(),
                4,
                2,
                20,
                out.as_mut_ptr(),
            )
        };
        assert_eq!(rc, SQLITE_OK);
        assert_eq!(hex::encode(out), "ea6c014dc72d6f8ccd1ed92ace1d41f0d8de8957");
        let rc = unsafe {
            kdf(
                std::ptr::null_mut(),
                SQLCIPHER_PBKDF2_HMAC_SHA1,
                b"password".as_ptr(),
                8,
                b"salt".as_ptr(),
                4,
                0,
                20,
                out.as_mut_ptr(),
            )
        };
        assert_eq!(rc, SQLITE_ERROR, "zero rounds is refused");
    }

    #[test]
    fn bad_lengths_are_errors_not_panics() {
        let key = [0u8; 32];
        let iv = [0u8; 16];
        let data = [0u8; 32];
        let mut out = [0u8; 32];
        let call = |key_sz, in_sz, out: &mut [u8; 32]| unsafe {
            cipher(std::ptr::null_mut(), 1, key.as_ptr(), key_sz, iv.as_ptr(), data.as_ptr(), in_sz, out.as_mut_ptr())
        };
        assert_eq!(call(16, 32, &mut out), SQLITE_ERROR, "AES-128 key");
        assert_eq!(call(32, 15, &mut out), SQLITE_ERROR, "not whole blocks");
        assert_eq!(call(32, -16, &mut out), SQLITE_ERROR, "negative length");
        let rc = unsafe { random(std::ptr::null_mut(), std::ptr::null_mut(), 8) };
        assert_eq!(rc, SQLITE_ERROR, "null buffer");
    }
}
