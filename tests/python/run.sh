#!/usr/bin/env bash
# Builds the cdylib, generates the Python bindings from it (library mode) and runs the
# Python binding tests against them. Standard library only.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root"
target=${CARGO_TARGET_DIR:-$root/target}
cargo build --quiet -p harbour-ffi --lib
cargo build --quiet -p harbour-packtool --bin harbour-pack
out="$root/tests/python/generated"
rm -rf "$out" && mkdir -p "$out"
cargo run --quiet -p harbour-ffi --bin uniffi-bindgen -- generate \
  --library "$target/debug/libharbour_ffi.so" --language python --out-dir "$out" --no-format >/dev/null
cp "$target/debug/libharbour_ffi.so" "$out/"
# Packs for the content tests, signed by throw-away keys made here.
fixtures="$out/fixtures"
mkdir -p "$fixtures"
pack="$target/debug/harbour-pack"
"$pack" keygen --out "$fixtures/publisher.key" > "$fixtures/publisher.pub"
"$pack" keygen --out "$fixtures/stranger.key" > /dev/null
"$pack" build "$root/tests/python/fixtures/pack-v2" --key "$fixtures/publisher.key" --out "$fixtures/pack-v2.hpack" > /dev/null
"$pack" build "$root/tests/python/fixtures/pack-v2" --key "$fixtures/stranger.key" --out "$fixtures/pack-stranger.hpack" > /dev/null
export HARBOUR_TEST_FIXTURES="$fixtures"
PYTHONPATH="$out" python3 -m unittest discover -s "$root/tests/python" -p 'test_*.py' "$@"
