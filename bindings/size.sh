#!/usr/bin/env bash
# The shipped library's size (SPEC §5: ≤ 6 MB stripped) and what dominates it. Builds the
# release cdylib for this machine as the phones get it (opt-level z, fat LTO, one codegen
# unit, packed relative relocations, as .cargo/config.toml sets for Android), strips a copy,
# and breaks the stripped size down by section.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
target=${CARGO_TARGET_DIR:-$root/target}
cargo rustc --quiet --release -p harbour-ffi --lib --crate-type cdylib -- \
  -C link-arg=-Wl,-z,pack-relative-relocs
lib="$target/release/libharbour_ffi.so"
stripped="$target/release/libharbour_ffi.stripped.so"
cp "$lib" "$stripped"
strip "$stripped"
python3 - "$lib" "$stripped" <<'PY'
import subprocess, sys
lib, stripped = sys.argv[1], sys.argv[2]
def sections(path):
    out = subprocess.run(["size", "-A", path], capture_output=True, text=True, check=True).stdout
    return {f[0]: int(f[1]) for f in (l.split() for l in out.splitlines()) if len(f) == 3 and f[0].startswith(".")}
import os
total = os.path.getsize(stripped)
secs = sections(stripped)
# Symbols tell C (SQLCipher) code from Rust code in .text.
nm = subprocess.run(["nm", "-S", "--defined-only", lib], capture_output=True, text=True, check=True).stdout
c_text = 0
for line in nm.splitlines():
    f = line.split()
    if len(f) == 4 and f[2] in "tT" and not f[3].startswith(("_ZN", "_R")):
        c_text += int(f[1], 16)
mb = lambda n: f"{n / 1e6:5.2f} MB"
print(f"release cdylib, stripped: {mb(total)}  (budget 6.00 MB: {'within' if total <= 6_000_000 else 'OVER'})")
rows = [
    ("code: SQLCipher (C)", c_text),
    ("code: Rust", secs.get(".text", 0) - c_text),
    ("tables with pointers (.data.rel.ro: chrono-tz zones, vtables)", secs.get(".data.rel.ro", 0)),
    ("constants (.rodata: embedded content pack, locales, tz names)", secs.get(".rodata", 0)),
    ("unwind tables (.eh_frame, .gcc_except_table: panics become exceptions)",
     secs.get(".eh_frame", 0) + secs.get(".gcc_except_table", 0) + secs.get(".eh_frame_hdr", 0)),
]
rest = total - sum(n for _, n in rows)
for name, n in rows + [("everything else (symbols for the FFI, relocations, headers)", rest)]:
    print(f"  {mb(n)}  {name}")
PY
