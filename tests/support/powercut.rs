//! A power cut, simulated: what the disk would hold if the power went at a chosen step.
//!
//! SIGKILL keeps the operating system's page cache, so it cannot show a missing fsync. Here
//! every write the app makes is recorded: SQLite's through a VFS shim (SQLite's own
//! crash-test method), the vault's small files through the core's `failpoint::disk` events,
//! the keystore's through a wrapper that asks [`tick`]. A write counts as on the disk only
//! once its file is synced; a rename or an unlink only once its directory is. At the chosen
//! step the power goes: later steps change nothing durable (the process carries on, as a
//! phone's screen does for a moment). [`build`] then writes what survived — every synced
//! byte, plus, for each file, a random subset of the writes made after its last sync (a disk
//! may have written any of them, in any order), and a random prefix of the renames and
//! unlinks made after the last directory sync — into a fresh directory.
//!
//! Assumptions, as SQLite's own tests make them: a single write call lands whole or not at
//! all (no torn sectors); the platform keystore is durable when its call returns.

use std::collections::HashMap;
use std::ffi::{CStr, c_char, c_int, c_void};
use std::path::{Path, PathBuf};
use std::sync::{Mutex, MutexGuard, OnceLock};

use harbour_core::failpoint::disk::{self, Event};
use rusqlite::ffi;

use crate::forensics::SplitMix;

enum Pending {
    Write(u64, Vec<u8>),
    Truncate(u64),
}

#[derive(Default)]
struct FileState {
    durable: Vec<u8>,
    pending: Vec<Pending>,
}

enum NsOp {
    Create(PathBuf, u64),
    Rename(PathBuf, PathBuf),
    Remove(PathBuf),
}

#[derive(Default)]
struct Model {
    root: PathBuf,
    armed: bool,
    step: u64,
    crash_at: u64,
    next_id: u64,
    volatile: HashMap<PathBuf, u64>,
    durable_ns: HashMap<PathBuf, u64>,
    ns_pending: Vec<NsOp>,
    files: HashMap<u64, FileState>,
}

impl Model {
    /// Counts a step; true while the power is still on.
    fn tick(&mut self) -> bool {
        if !self.armed {
            return false;
        }
        self.step += 1;
        self.step < self.crash_at
    }

    fn tracked(&self, path: &Path) -> bool {
        self.armed && path.starts_with(&self.root) && !path.to_string_lossy().ends_with("-shm")
    }

    fn id_of(&mut self, path: &Path) -> u64 {
        if let Some(id) = self.volatile.get(path) {
            return *id;
        }
        self.next_id += 1;
        let id = self.next_id;
        self.volatile.insert(path.to_owned(), id);
        self.files.insert(id, FileState::default());
        self.ns_pending.push(NsOp::Create(path.to_owned(), id));
        id
    }

    fn event(&mut self, e: &Event<'_>) {
        let path = match e {
            Event::Synced(p) | Event::Removed(p) | Event::DirSynced(p) => *p,
            Event::Renamed(_, to) => *to,
        };
        if !self.tracked(path) || !self.tick() {
            return;
        }
        match e {
            Event::Synced(p) => {
                let id = self.id_of(p);
                let bytes = std::fs::read(p).unwrap_or_default();
                let file = self.files.get_mut(&id).expect("known file");
                file.durable = bytes;
                file.pending.clear();
            }
            Event::Renamed(from, to) => {
                if let Some(id) = self.volatile.remove(*from) {
                    self.volatile.insert(to.to_path_buf(), id);
                }
                self.ns_pending.push(NsOp::Rename(from.to_path_buf(), to.to_path_buf()));
            }
            Event::DirSynced(_) => {
                self.durable_ns = self.volatile.clone();
                self.ns_pending.clear();
            }
            Event::Removed(p) => {
                self.volatile.remove(*p);
                self.ns_pending.push(NsOp::Remove(p.to_path_buf()));
            }
        }
    }
}

fn model() -> MutexGuard<'static, Model> {
    static MODEL: OnceLock<Mutex<Model>> = OnceLock::new();
    MODEL.get_or_init(|| Mutex::new(Model::default())).lock().unwrap_or_else(|e| e.into_inner())
}

/// Counts a step of something outside SQLite and the core's files (the keystore); true while
/// the power is still on — the step reaches the disk.
pub fn tick() -> bool {
    let mut m = model();
    if !m.armed {
        return true;
    }
    m.tick()
}

/// Steps counted since [`arm`].
pub fn steps() -> u64 {
    model().step
}

/// Starts recording writes under `root`; the power goes at step `crash_at` (`u64::MAX`: never).
/// Every file already there is on the disk.
pub fn arm(root: &Path, crash_at: u64) {
    install();
    let mut m = model();
    *m = Model { root: root.to_owned(), armed: true, crash_at, ..Model::default() };
    for entry in std::fs::read_dir(root).expect("the data directory") {
        let path = entry.expect("an entry").path();
        if !m.tracked(&path) || !path.is_file() {
            continue;
        }
        m.next_id += 1;
        let id = m.next_id;
        m.volatile.insert(path.clone(), id);
        m.durable_ns.insert(path.clone(), id);
        m.files.insert(id, FileState { durable: std::fs::read(&path).expect("readable"), pending: Vec::new() });
    }
}

/// Stops recording and writes what survived the power cut into `out` (created), choosing the
/// unsynced writes that landed with `seed`.
pub fn build(out: &Path, seed: u64) {
    let mut m = model();
    m.armed = false;
    let mut rng = SplitMix(seed);
    let mut ns = m.durable_ns.clone();
    let keep = rng.below(m.ns_pending.len() as u64 + 1) as usize;
    for op in &m.ns_pending[..keep] {
        match op {
            NsOp::Create(p, id) => {
                ns.insert(p.clone(), *id);
            }
            NsOp::Rename(from, to) => {
                if let Some(id) = ns.remove(from) {
                    ns.insert(to.clone(), id);
                }
            }
            NsOp::Remove(p) => {
                ns.remove(p);
            }
        }
    }
    std::fs::create_dir_all(out).expect("the output directory");
    for (path, id) in ns {
        let file = &m.files[&id];
        let mut bytes = file.durable.clone();
        for pending in &file.pending {
            if rng.below(2) == 0 {
                continue;
            }
            match pending {
                Pending::Write(offset, data) => {
                    let end = *offset as usize + data.len();
                    if bytes.len() < end {
                        bytes.resize(end, 0);
                    }
                    bytes[*offset as usize..end].copy_from_slice(data);
                }
                Pending::Truncate(size) => bytes.resize(*size as usize, 0),
            }
        }
        let name = path.strip_prefix(&m.root).expect("under the root");
        std::fs::write(out.join(name), bytes).expect("written");
    }
}

/// Registers the VFS shim (as SQLite's default) and the core's disk hook, once.
fn install() {
    static DONE: OnceLock<()> = OnceLock::new();
    DONE.get_or_init(|| {
        disk::set_hook(Some(Box::new(|e| model().event(e))));
        // SAFETY: SQLite's default VFS exists for the life of the process; ours is leaked so it
        // does too, and it forwards to the default for everything it does not record.
        unsafe {
            let real = ffi::sqlite3_vfs_find(std::ptr::null());
            assert!(!real.is_null(), "SQLite has a default VFS");
            let ours = Box::new(ffi::sqlite3_vfs {
                iVersion: 3,
                szOsFile: std::mem::size_of::<ShimFile>() as c_int,
                mxPathname: (*real).mxPathname,
                pNext: std::ptr::null_mut(),
                zName: c"harbour-powercut".as_ptr(),
                pAppData: real.cast(),
                xOpen: Some(x_open),
                xDelete: Some(x_delete),
                xAccess: Some(x_access),
                xFullPathname: Some(x_full_pathname),
                xDlOpen: None,
                xDlError: None,
                xDlSym: None,
                xDlClose: None,
                xRandomness: Some(x_randomness),
                xSleep: Some(x_sleep),
                xCurrentTime: Some(x_current_time),
                xGetLastError: Some(x_get_last_error),
                xCurrentTimeInt64: Some(x_current_time_int64),
                xSetSystemCall: None,
                xGetSystemCall: None,
                xNextSystemCall: None,
            });
            let rc = ffi::sqlite3_vfs_register(Box::into_raw(ours), 1);
            assert_eq!(rc, ffi::SQLITE_OK, "the power-cut VFS registers");
        }
    });
}

#[repr(C)]
struct ShimFile {
    base: ffi::sqlite3_file,
    real: *mut ffi::sqlite3_file,
    real_size: usize,
    /// Recorded (under the armed root), or passed through.
    path: *mut PathBuf,
}

fn real_vfs(vfs: *mut ffi::sqlite3_vfs) -> *mut ffi::sqlite3_vfs {
    // SAFETY: our VFS's app data is the real VFS.
    unsafe { (*vfs).pAppData.cast() }
}

unsafe fn shim<'a>(file: *mut ffi::sqlite3_file) -> &'a mut ShimFile {
    unsafe { &mut *file.cast::<ShimFile>() }
}

unsafe fn real_methods(file: *mut ffi::sqlite3_file) -> &'static ffi::sqlite3_io_methods {
    unsafe { &*(*shim(file).real).pMethods }
}

fn path_of(file: &ShimFile) -> Option<&Path> {
    // SAFETY: set at open, freed at close.
    (!file.path.is_null()).then(|| unsafe { (*file.path).as_path() })
}

unsafe extern "C" fn x_open(
    vfs: *mut ffi::sqlite3_vfs,
    name: ffi::sqlite3_filename,
    file: *mut ffi::sqlite3_file,
    flags: c_int,
    out_flags: *mut c_int,
) -> c_int {
    unsafe {
        let real = real_vfs(vfs);
        let size = (*real).szOsFile as usize;
        let layout = std::alloc::Layout::from_size_align(size.max(8), 16).expect("layout");
        let real_file = std::alloc::alloc_zeroed(layout).cast::<ffi::sqlite3_file>();
        let this = file.cast::<ShimFile>();
        (*this).base.pMethods = std::ptr::null();
        let rc = (*real).xOpen.expect("xOpen")(real, name, real_file, flags, out_flags);
        if rc != ffi::SQLITE_OK || (*real_file).pMethods.is_null() {
            std::alloc::dealloc(real_file.cast(), layout);
            return rc;
        }
        let path = if name.is_null() {
            std::ptr::null_mut()
        } else {
            let p = PathBuf::from(CStr::from_ptr(name).to_string_lossy().into_owned());
            let mut m = model();
            if m.tracked(&p) {
                m.id_of(&p);
                Box::into_raw(Box::new(p))
            } else {
                std::ptr::null_mut()
            }
        };
        std::ptr::write(
            this,
            ShimFile { base: ffi::sqlite3_file { pMethods: &SHIM_IO }, real: real_file, real_size: size, path },
        );
        ffi::SQLITE_OK
    }
}

unsafe extern "C" fn x_delete(vfs: *mut ffi::sqlite3_vfs, name: *const c_char, sync_dir: c_int) -> c_int {
    unsafe {
        let real = real_vfs(vfs);
        let rc = (*real).xDelete.expect("xDelete")(real, name, sync_dir);
        if rc == ffi::SQLITE_OK && !name.is_null() {
            let p = PathBuf::from(CStr::from_ptr(name).to_string_lossy().into_owned());
            let mut m = model();
            if m.tracked(&p) && m.tick() {
                m.volatile.remove(&p);
                if sync_dir != 0 {
                    m.durable_ns.remove(&p);
                } else {
                    m.ns_pending.push(NsOp::Remove(p));
                }
            }
        }
        rc
    }
}

unsafe extern "C" fn x_access(vfs: *mut ffi::sqlite3_vfs, name: *const c_char, flags: c_int, out: *mut c_int) -> c_int {
    unsafe {
        let real = real_vfs(vfs);
        (*real).xAccess.expect("xAccess")(real, name, flags, out)
    }
}

unsafe extern "C" fn x_full_pathname(
    vfs: *mut ffi::sqlite3_vfs,
    name: *const c_char,
    n: c_int,
    out: *mut c_char,
) -> c_int {
    unsafe {
        let real = real_vfs(vfs);
        (*real).xFullPathname.expect("xFullPathname")(real, name, n, out)
    }
}

unsafe extern "C" fn x_randomness(vfs: *mut ffi::sqlite3_vfs, n: c_int, out: *mut c_char) -> c_int {
    unsafe {
        let real = real_vfs(vfs);
        (*real).xRandomness.expect("xRandomness")(real, n, out)
    }
}

unsafe extern "C" fn x_sleep(vfs: *mut ffi::sqlite3_vfs, micros: c_int) -> c_int {
    unsafe {
        let real = real_vfs(vfs);
        (*real).xSleep.expect("xSleep")(real, micros)
    }
}

unsafe extern "C" fn x_current_time(vfs: *mut ffi::sqlite3_vfs, out: *mut f64) -> c_int {
    unsafe {
        let real = real_vfs(vfs);
        (*real).xCurrentTime.expect("xCurrentTime")(real, out)
    }
}

unsafe extern "C" fn x_get_last_error(vfs: *mut ffi::sqlite3_vfs, n: c_int, out: *mut c_char) -> c_int {
    unsafe {
        let real = real_vfs(vfs);
        (*real).xGetLastError.map_or(0, |f| f(real, n, out))
    }
}

unsafe extern "C" fn x_current_time_int64(vfs: *mut ffi::sqlite3_vfs, out: *mut ffi::sqlite3_int64) -> c_int {
    unsafe {
        let real = real_vfs(vfs);
        (*real).xCurrentTimeInt64.expect("xCurrentTimeInt64")(real, out)
    }
}

static SHIM_IO: ffi::sqlite3_io_methods = ffi::sqlite3_io_methods {
    iVersion: 3,
    xClose: Some(io_close),
    xRead: Some(io_read),
    xWrite: Some(io_write),
    xTruncate: Some(io_truncate),
    xSync: Some(io_sync),
    xFileSize: Some(io_file_size),
    xLock: Some(io_lock),
    xUnlock: Some(io_unlock),
    xCheckReservedLock: Some(io_check_reserved_lock),
    xFileControl: Some(io_file_control),
    xSectorSize: Some(io_sector_size),
    xDeviceCharacteristics: Some(io_device_characteristics),
    xShmMap: Some(io_shm_map),
    xShmLock: Some(io_shm_lock),
    xShmBarrier: Some(io_shm_barrier),
    xShmUnmap: Some(io_shm_unmap),
    xFetch: Some(io_fetch),
    xUnfetch: Some(io_unfetch),
};

unsafe extern "C" fn io_close(file: *mut ffi::sqlite3_file) -> c_int {
    unsafe {
        let this = shim(file);
        let rc = real_methods(file).xClose.expect("xClose")(this.real);
        let layout = std::alloc::Layout::from_size_align(this.real_size.max(8), 16).expect("layout");
        std::alloc::dealloc(this.real.cast(), layout);
        if !this.path.is_null() {
            drop(Box::from_raw(this.path));
            this.path = std::ptr::null_mut();
        }
        rc
    }
}

unsafe extern "C" fn io_read(
    file: *mut ffi::sqlite3_file,
    buf: *mut c_void,
    n: c_int,
    offset: ffi::sqlite3_int64,
) -> c_int {
    unsafe { real_methods(file).xRead.expect("xRead")(shim(file).real, buf, n, offset) }
}

unsafe extern "C" fn io_write(
    file: *mut ffi::sqlite3_file,
    buf: *const c_void,
    n: c_int,
    offset: ffi::sqlite3_int64,
) -> c_int {
    unsafe {
        let this = shim(file);
        let rc = real_methods(file).xWrite.expect("xWrite")(this.real, buf, n, offset);
        if rc == ffi::SQLITE_OK
            && let Some(path) = path_of(this)
        {
            let mut m = model();
            if m.tracked(path) && m.tick() {
                let id = m.id_of(path);
                let data = std::slice::from_raw_parts(buf.cast::<u8>(), n as usize).to_vec();
                m.files.get_mut(&id).expect("known").pending.push(Pending::Write(offset as u64, data));
            }
        }
        rc
    }
}

unsafe extern "C" fn io_truncate(file: *mut ffi::sqlite3_file, size: ffi::sqlite3_int64) -> c_int {
    unsafe {
        let this = shim(file);
        let rc = real_methods(file).xTruncate.expect("xTruncate")(this.real, size);
        if rc == ffi::SQLITE_OK
            && let Some(path) = path_of(this)
        {
            let mut m = model();
            if m.tracked(path) && m.tick() {
                let id = m.id_of(path);
                m.files.get_mut(&id).expect("known").pending.push(Pending::Truncate(size as u64));
            }
        }
        rc
    }
}

unsafe extern "C" fn io_sync(file: *mut ffi::sqlite3_file, flags: c_int) -> c_int {
    unsafe {
        let this = shim(file);
        let rc = real_methods(file).xSync.expect("xSync")(this.real, flags);
        if rc == ffi::SQLITE_OK
            && let Some(path) = path_of(this)
        {
            let mut m = model();
            if m.tracked(path) && m.tick() {
                let id = m.id_of(path);
                let state = m.files.get_mut(&id).expect("known");
                for pending in std::mem::take(&mut state.pending) {
                    match pending {
                        Pending::Write(offset, data) => {
                            let end = offset as usize + data.len();
                            if state.durable.len() < end {
                                state.durable.resize(end, 0);
                            }
                            state.durable[offset as usize..end].copy_from_slice(&data);
                        }
                        Pending::Truncate(size) => state.durable.resize(size as usize, 0),
                    }
                }
                // SQLite's unix VFS syncs the directory the first time it syncs a file it made.
                m.durable_ns.insert(path.to_owned(), id);
            }
        }
        rc
    }
}

unsafe extern "C" fn io_file_size(file: *mut ffi::sqlite3_file, out: *mut ffi::sqlite3_int64) -> c_int {
    unsafe { real_methods(file).xFileSize.expect("xFileSize")(shim(file).real, out) }
}

unsafe extern "C" fn io_lock(file: *mut ffi::sqlite3_file, level: c_int) -> c_int {
    unsafe { real_methods(file).xLock.expect("xLock")(shim(file).real, level) }
}

unsafe extern "C" fn io_unlock(file: *mut ffi::sqlite3_file, level: c_int) -> c_int {
    unsafe { real_methods(file).xUnlock.expect("xUnlock")(shim(file).real, level) }
}

unsafe extern "C" fn io_check_reserved_lock(file: *mut ffi::sqlite3_file, out: *mut c_int) -> c_int {
    unsafe { real_methods(file).xCheckReservedLock.expect("xCheckReservedLock")(shim(file).real, out) }
}

unsafe extern "C" fn io_file_control(file: *mut ffi::sqlite3_file, op: c_int, arg: *mut c_void) -> c_int {
    unsafe { real_methods(file).xFileControl.expect("xFileControl")(shim(file).real, op, arg) }
}

unsafe extern "C" fn io_sector_size(file: *mut ffi::sqlite3_file) -> c_int {
    unsafe { real_methods(file).xSectorSize.expect("xSectorSize")(shim(file).real) }
}

unsafe extern "C" fn io_device_characteristics(file: *mut ffi::sqlite3_file) -> c_int {
    unsafe { real_methods(file).xDeviceCharacteristics.expect("xDeviceCharacteristics")(shim(file).real) }
}

unsafe extern "C" fn io_shm_map(
    file: *mut ffi::sqlite3_file,
    page: c_int,
    size: c_int,
    extend: c_int,
    out: *mut *mut c_void,
) -> c_int {
    unsafe { real_methods(file).xShmMap.expect("xShmMap")(shim(file).real, page, size, extend, out) }
}

unsafe extern "C" fn io_shm_lock(file: *mut ffi::sqlite3_file, offset: c_int, n: c_int, flags: c_int) -> c_int {
    unsafe { real_methods(file).xShmLock.expect("xShmLock")(shim(file).real, offset, n, flags) }
}

unsafe extern "C" fn io_shm_barrier(file: *mut ffi::sqlite3_file) {
    unsafe { real_methods(file).xShmBarrier.expect("xShmBarrier")(shim(file).real) }
}

unsafe extern "C" fn io_shm_unmap(file: *mut ffi::sqlite3_file, delete: c_int) -> c_int {
    unsafe { real_methods(file).xShmUnmap.expect("xShmUnmap")(shim(file).real, delete) }
}

unsafe extern "C" fn io_fetch(
    file: *mut ffi::sqlite3_file,
    offset: ffi::sqlite3_int64,
    n: c_int,
    out: *mut *mut c_void,
) -> c_int {
    // No memory-mapped reads: every byte goes through xRead, which this shim sees.
    unsafe {
        *out = std::ptr::null_mut();
        let _ = (file, offset, n);
    }
    ffi::SQLITE_OK
}

unsafe extern "C" fn io_unfetch(file: *mut ffi::sqlite3_file, offset: ffi::sqlite3_int64, p: *mut c_void) -> c_int {
    let _ = (file, offset, p);
    ffi::SQLITE_OK
}
