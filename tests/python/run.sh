#!/usr/bin/env bash
# Builds the cdylib, generates the Python bindings from it (library mode) and runs the
# Python binding tests against them. Standard library only.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root"
target=${CARGO_TARGET_DIR:-$root/target}
cargo build --quiet -p harbour-ffi --lib
out="$root/tests/python/generated"
rm -rf "$out" && mkdir -p "$out"
cargo run --quiet -p harbour-ffi --bin uniffi-bindgen -- generate \
  --library "$target/debug/libharbour_ffi.so" --language python --out-dir "$out" --no-format >/dev/null
cp "$target/debug/libharbour_ffi.so" "$out/"
PYTHONPATH="$out" python3 -m unittest discover -s "$root/tests/python" -p 'test_*.py' "$@"
