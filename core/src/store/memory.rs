//! SQLite's own allocations — the page cache holding decrypted journal pages, result rows,
//! statement buffers — wiped when freed, so journal text does not stay in freed memory after
//! a quick exit. SQLCipher's `cipher_memory_security` would do this too, with `mlock` on every
//! allocation, at up to 40× the query cost (SPEC §5); zeroing on free costs a `memset`.
//!
//! Installed once, before SQLite initialises: SQLCipher then wraps these methods as it wraps
//! the default ones.

use std::ffi::{c_int, c_void};
use std::sync::OnceLock;

use rusqlite::ffi;

/// SQLite's default methods, which ours wrap. Its `pAppData` is a pointer SQLite owns and
/// never changes; the struct is written once, before SQLite uses it, and only read after.
struct Methods(ffi::sqlite3_mem_methods);
// SAFETY: see above: immutable after the single write, and the pointer is only passed back to
// SQLite's own functions.
unsafe impl Send for Methods {}
unsafe impl Sync for Methods {}

static DEFAULT: OnceLock<Methods> = OnceLock::new();
static INSTALLED: OnceLock<bool> = OnceLock::new();

fn default() -> &'static ffi::sqlite3_mem_methods {
    &DEFAULT.get().expect("the default methods are read before ours are installed").0
}

unsafe extern "C" fn x_malloc(n: c_int) -> *mut c_void {
    // SAFETY: forwarding to SQLite's own allocator with its arguments.
    unsafe { default().xMalloc.expect("xMalloc")(n) }
}

/// Zeroes the whole allocation (as SQLite sized it), then frees it.
unsafe extern "C" fn x_free(p: *mut c_void) {
    if p.is_null() {
        return;
    }
    // SAFETY: `p` came from `x_malloc`/`x_realloc`; `xSize` gives the usable size of that
    // allocation, all of which belongs to it.
    unsafe {
        let size = default().xSize.expect("xSize")(p);
        if size > 0 {
            let bytes = std::slice::from_raw_parts_mut(p.cast::<u8>(), size as usize);
            zeroize::Zeroize::zeroize(bytes);
        }
        default().xFree.expect("xFree")(p);
    }
}

/// Never lets the C library move a block and free the old one unwiped: a new block, a copy,
/// the old one wiped and freed.
unsafe extern "C" fn x_realloc(p: *mut c_void, n: c_int) -> *mut c_void {
    // SAFETY: as for `x_malloc` and `x_free`; the copy stays within both allocations.
    unsafe {
        if p.is_null() {
            return x_malloc(n);
        }
        if n <= 0 {
            x_free(p);
            return std::ptr::null_mut();
        }
        let old = default().xSize.expect("xSize")(p);
        let new = x_malloc(n);
        if new.is_null() {
            return new;
        }
        std::ptr::copy_nonoverlapping(p.cast::<u8>(), new.cast::<u8>(), old.min(n) as usize);
        x_free(p);
        new
    }
}

unsafe extern "C" fn x_size(p: *mut c_void) -> c_int {
    // SAFETY: forwarding.
    unsafe { default().xSize.expect("xSize")(p) }
}

unsafe extern "C" fn x_roundup(n: c_int) -> c_int {
    // SAFETY: forwarding.
    unsafe { default().xRoundup.expect("xRoundup")(n) }
}

unsafe extern "C" fn x_init(app: *mut c_void) -> c_int {
    // SAFETY: forwarding.
    unsafe { default().xInit.expect("xInit")(app) }
}

unsafe extern "C" fn x_shutdown(app: *mut c_void) {
    // SAFETY: forwarding.
    unsafe { default().xShutdown.expect("xShutdown")(app) }
}

/// Installs the wiping methods; `true` if they are in place (they must be installed before
/// SQLite first initialises, which every store opening in this crate ensures by calling this
/// first).
pub fn install() -> bool {
    *INSTALLED.get_or_init(|| {
        let mut current = ffi::sqlite3_mem_methods {
            xMalloc: None,
            xFree: None,
            xRealloc: None,
            xSize: None,
            xRoundup: None,
            xInit: None,
            xShutdown: None,
            pAppData: std::ptr::null_mut(),
        };
        // SAFETY: sqlite3_config with GETMALLOC writes the current methods into `current`.
        let got = unsafe { ffi::sqlite3_config(ffi::SQLITE_CONFIG_GETMALLOC, &mut current as *mut _) };
        if got != ffi::SQLITE_OK || current.xMalloc.is_none() {
            return false;
        }
        let app_data = current.pAppData;
        let _ = DEFAULT.set(Methods(current));
        let ours = ffi::sqlite3_mem_methods {
            xMalloc: Some(x_malloc),
            xFree: Some(x_free),
            xRealloc: Some(x_realloc),
            xSize: Some(x_size),
            xRoundup: Some(x_roundup),
            xInit: Some(x_init),
            xShutdown: Some(x_shutdown),
            pAppData: app_data,
        };
        // SAFETY: SQLite copies the struct; our functions live for the whole program.
        unsafe { ffi::sqlite3_config(ffi::SQLITE_CONFIG_MALLOC, &ours as *const _) == ffi::SQLITE_OK }
    })
}

/// Whether SQLite's allocations are wiped when freed in this process.
pub fn installed() -> bool {
    INSTALLED.get().copied().unwrap_or(false)
}
