#!/usr/bin/env bash
# The shipped library's size per ABI (SPEC §5: ≤ 6 MB stripped) and what dominates each.
# Builds the release cdylib as each platform ships it — opt-level z, fat LTO, one codegen unit
# (a cdylib-only build: with an rlib among the crate types cargo would drop LTO) — strips a
# copy, checks that no OpenSSL symbol is in it, and breaks the stripped size down by section.
#   x86_64   this machine's target, GNU ld, packed relative relocations (RELR)
#   aarch64  linked by lld (rustc's) with Android's packed relocations and 16 KB pages, as the NDK does
#   armv7    linked by lld (rustc's) with Android's packed relocations
# The ARM rows are Linux-GNU builds linked the Android way (no NDK here); bionic-linked
# libraries differ by a few KB. `bindings/size.sh host` measures x86_64 only (make bench).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
. scripts/cross-env.sh
target_dir=${CARGO_TARGET_DIR:-$root/target}
abis=("$@")
[ ${#abis[@]} -gt 0 ] || abis=(host aarch64 armv7)

measure() { # <label> <library> <tool prefix>
  local label=$1 lib=$2 prefix=$3 stripped
  stripped="${lib%.so}.stripped.so"
  cp "$lib" "$stripped"
  "${prefix}strip" "$stripped"
  scripts/check-no-openssl.sh "$lib" "${prefix}nm"
  python3 - "$label" "$lib" "$stripped" "$prefix" <<'PY'
import os, subprocess, sys
label, lib, stripped, prefix = sys.argv[1:5]
def sections(path):
    out = subprocess.run([prefix + "size", "-A", path], capture_output=True, text=True, check=True).stdout
    return {f[0]: int(f[1]) for f in (l.split() for l in out.splitlines()) if len(f) == 3 and f[0].startswith(".")}
total = os.path.getsize(stripped)
secs = sections(stripped)
# Symbols tell C (SQLCipher) code from Rust code in .text.
nm = subprocess.run([prefix + "nm", "-S", "--defined-only", lib], capture_output=True, text=True, check=True).stdout
c_text = 0
for line in nm.splitlines():
    f = line.split()
    if len(f) == 4 and f[2] in "tT" and not f[3].startswith(("_ZN", "_R")):
        c_text += int(f[1], 16)
mb = lambda n: f"{n / 1e6:5.2f} MB"
print(f"{label}: release cdylib, stripped: {mb(total)}  (budget 6.00 MB: {'within' if total <= 6_000_000 else 'OVER'})")
relocs = sum(n for s, n in secs.items() if s.startswith((".rela", ".rel.", ".relr", ".android")))
rows = [
    ("code: SQLCipher (C)", c_text),
    ("code: Rust", secs.get(".text", 0) - c_text),
    ("tables with pointers (.data.rel.ro: chrono-tz zones, vtables)", secs.get(".data.rel.ro", 0)),
    ("constants (.rodata: embedded content pack, locales, tz names)", secs.get(".rodata", 0)),
    ("unwind tables (.eh_frame, .gcc_except_table, .ARM.exidx: panics become exceptions)",
     sum(secs.get(s, 0) for s in (".eh_frame", ".gcc_except_table", ".eh_frame_hdr", ".ARM.exidx", ".ARM.extab"))),
    ("relocations (packed)", relocs),
]
rest = total - sum(n for _, n in rows)
for name, n in rows + [("everything else (symbols for the FFI, headers, alignment)", rest)]:
    print(f"  {mb(n)}  {name}")
if total > 6_000_000:
    sys.exit(1)
PY
}

for abi in "${abis[@]}"; do
  case "$abi" in
    host)
      cargo rustc --quiet --release -p harbour-ffi --lib --crate-type cdylib -- \
        -C link-arg=-Wl,-z,pack-relative-relocs
      measure "x86_64" "$target_dir/release/libharbour_ffi.so" ""
      ;;
    aarch64 | armv7)
      t=$([ "$abi" = aarch64 ] && echo aarch64-unknown-linux-gnu || echo armv7-unknown-linux-gnueabihf)
      cross_install "$t"
      gnu=$(cross_gnu "$t")
      # rustc's own lld (the NDK links with lld too): gcc finds it as ld.lld through -B.
      gcc_ld="$(rustc --print sysroot)/lib/rustlib/$(rustc -vV | sed -n 's/^host: //p')/bin/gcc-ld"
      flags=(-C "linker=$gnu-gcc" -C "link-arg=-B$gcc_ld" -C link-arg=-fuse-ld=lld
        -C link-arg=-Wl,--pack-dyn-relocs=android)
      # Google Play: 64-bit native libraries aligned for 16 KB pages (Android 15+).
      [ "$abi" = aarch64 ] && flags+=(-C link-arg=-Wl,-z,max-page-size=16384)
      (
        cross_env "$t"
        cargo rustc --quiet --release --target "$t" -p harbour-ffi --lib --crate-type cdylib -- "${flags[@]}"
      )
      measure "$abi" "$target_dir/$t/release/libharbour_ffi.so" "$gnu-"
      ;;
    *) echo "unknown ABI $abi (host, aarch64, armv7)" >&2; exit 2 ;;
  esac
done
