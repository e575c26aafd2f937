#!/usr/bin/env bash
# Builds the Rust core for Android and generates its Kotlin bindings, in this order:
#   1. libharbour_ffi.so (release) for arm64-v8a and armeabi-v7a with cargo-ndk, copied into
#      app/src/main/jniLibs/<abi>/;
#   2. the Kotlin bindings (package org.harbourapp.core) into app/src/main/java, by the repo's
#      own uniffi-bindgen reading the UNSTRIPPED library (its metadata lives in symbols that
#      stripping removes);
#   3. only then strips the copies in jniLibs, which are what the APK ships.
# Needs: rustup targets aarch64-linux-android and armv7-linux-androideabi, cargo-ndk,
# ANDROID_NDK_HOME pointing at one NDK (r27 or newer), perl (rusqlite's vendored OpenSSL is still
# built, though SQLCipher uses Harbour's Rust crypto provider and none of it is linked: the
# build fails if any OpenSSL symbol is in a library).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
cd "$root"

: "${ANDROID_NDK_HOME:?set ANDROID_NDK_HOME to an NDK, e.g. \$ANDROID_HOME/ndk/<version>}"
command -v cargo-ndk >/dev/null || { echo "cargo-ndk is missing: cargo install cargo-ndk" >&2; exit 1; }
strip=$(find "$ANDROID_NDK_HOME/toolchains/llvm/prebuilt" -path '*/bin/llvm-strip' -print -quit 2>/dev/null || true)
[ -x "$strip" ] || { echo "no llvm-strip under $ANDROID_NDK_HOME/toolchains/llvm/prebuilt" >&2; exit 1; }
# OpenSSL's Android configuration (vendored, under SQLCipher) looks for the NDK under this name.
export ANDROID_NDK_ROOT="${ANDROID_NDK_ROOT:-$ANDROID_NDK_HOME}"

target_dir=${CARGO_TARGET_DIR:-$root/target}
jni="$here/app/src/main/jniLibs"
java="$here/app/src/main/java"
# Keep in step with abiFilters in app/build.gradle.kts; add x86_64 (and x86) for emulators:
# HARBOUR_ANDROID_ABIS="arm64-v8a armeabi-v7a x86_64".
read -r -a abis <<< "${HARBOUR_ANDROID_ABIS:-arm64-v8a armeabi-v7a}"

# 1. The libraries, one ABI at a time, as `cargo rustc --crate-type cdylib`: with the rlib
#    and staticlib types of bindings/Cargo.toml among the outputs cargo would drop LTO (+0.5 MB
#    on arm64). The link flags go to the final link here, not through RUSTFLAGS, so a RUSTFLAGS
#    in the environment adds to them instead of silently replacing them: Android's packed
#    relocations (about 1.4 MB of chrono-tz and uniffi pointers) and, on 64-bit, 16 KB page
#    alignment (Google Play, Android 15+). --platform matches minSdk in app/build.gradle.kts.
for abi in "${abis[@]}"; do
  case "$abi" in
    arm64-v8a) triple=aarch64-linux-android; page=(-C link-arg=-Wl,-z,max-page-size=16384) ;;
    armeabi-v7a) triple=armv7-linux-androideabi; page=() ;;
    x86_64) triple=x86_64-linux-android; page=(-C link-arg=-Wl,-z,max-page-size=16384) ;;
    x86) triple=i686-linux-android; page=() ;;
    *) echo "unknown ABI $abi" >&2; exit 1 ;;
  esac
  cargo ndk --platform 26 -t "$abi" rustc --release -p harbour-ffi --lib --crate-type cdylib -- \
    -C link-arg=-Wl,--pack-dyn-relocs=android "${page[@]}"
  built="$target_dir/$triple/release/libharbour_ffi.so"
  # SQLCipher must use Harbour's Rust crypto provider: no OpenSSL in what ships.
  "$root/scripts/check-no-openssl.sh" "$built" "$(dirname "$strip")/llvm-nm"
  mkdir -p "$jni/$abi"
  cp "$built" "$jni/$abi/libharbour_ffi.so"
done

# 2. The bindings, from the unstripped build in target/ (cargo-ndk's copy is unstripped too,
#    but a previous run of this script stripped it in place).
unstripped="$target_dir/aarch64-linux-android/release/libharbour_ffi.so"
rm -rf "$java/org/harbourapp/core"
cargo run --quiet -p harbour-ffi --features cli --bin uniffi-bindgen -- generate \
  --library "$unstripped" --language kotlin --config "$root/bindings/uniffi-android.toml" \
  --out-dir "$java" --no-format
generated="$java/org/harbourapp/core/harbour.kt"
[ -f "$generated" ] || { echo "uniffi-bindgen wrote no $generated" >&2; exit 1; }
# The Android settings must have been applied; a config uniffi ignores only prints a warning.
grep -q "AndroidSystemCleaner" "$generated" \
  || { echo "the bindings were generated without bindings/uniffi-android.toml's settings" >&2; exit 1; }

# 3. Strip what ships.
for abi in "${abis[@]}"; do
  "$strip" --strip-unneeded "$jni/$abi/libharbour_ffi.so"
  printf '%-12s %s bytes\n' "$abi" "$(wc -c < "$jni/$abi/libharbour_ffi.so")"
done
echo "Kotlin bindings: $generated"
