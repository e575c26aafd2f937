#!/usr/bin/env bash
# Builds what every binding test needs, once: the cdylib (with the test-only panic export),
# the bindgen and pack tools, and signed test packs. Prints the directory holding them.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
target=${CARGO_TARGET_DIR:-$root/target}
out="$target/binding-tests"
# The bindgen first: building it may relink the cdylib without the test export.
cargo build --quiet -p harbour-ffi --features cli --bin uniffi-bindgen
cargo build --quiet -p harbour-ffi --lib --features test-panic
cargo build --quiet -p harbour-packtool --bin harbour-pack
mkdir -p "$out/lib"
cp "$target/debug/libharbour_ffi.so" "$out/lib/"
fixtures="$out/fixtures"
rm -rf "$fixtures" && mkdir -p "$fixtures"
pack="$target/debug/harbour-pack"
"$pack" keygen --out "$fixtures/publisher.key" > "$fixtures/publisher.pub"
"$pack" keygen --out "$fixtures/stranger.key" > /dev/null
"$pack" build "$root/tests/python/fixtures/pack-v2" --key "$fixtures/publisher.key" --out "$fixtures/pack-v2.hpack" > /dev/null
"$pack" build "$root/tests/python/fixtures/pack-v2" --key "$fixtures/stranger.key" --out "$fixtures/pack-stranger.hpack" > /dev/null
echo "$out"
