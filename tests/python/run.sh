#!/usr/bin/env bash
# Generates the Python bindings from the cdylib (library mode) and runs the Python binding
# tests against them. Standard library only.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root"
target=${CARGO_TARGET_DIR:-$root/target}
built=$("$root/tests/bindings-prepare.sh")
out="$root/tests/python/generated"
rm -rf "$out" && mkdir -p "$out"
"$target/debug/uniffi-bindgen" generate --library "$built/lib/libharbour_ffi.so" --language python --out-dir "$out" --no-format >/dev/null
cp "$built/lib/libharbour_ffi.so" "$out/"
export HARBOUR_TEST_FIXTURES="$built/fixtures"
RUST_BACKTRACE=0 PYTHONPATH="$out" python3 -m unittest discover -s "$root/tests/python" -p 'test_*.py' "$@"
