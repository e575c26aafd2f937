#!/usr/bin/env bash
# Builds the Rust core for iOS and packages it for Xcode, on a Mac with Xcode and rustup:
#
#   examples/ios/HarbourKit/
#     harbourFFI.xcframework      static libharbour_ffi.a for devices and for the Simulator
#                                 (arm64 + x86_64), with harbourFFI.h and its module map
#     Sources/Harbour/Harbour.swift   uniffi's generated Swift (module `Harbour`)
#     Package.swift               a local Swift package the app depends on (project.yml)
#
# Run from anywhere; it works from the repository root. Everything it writes under
# examples/ios/HarbourKit is generated (and ignored by git).
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root"
target_dir=${CARGO_TARGET_DIR:-$root/target}
kit="$root/examples/ios/HarbourKit"
work="$target_dir/ios-xcframework"
lib=libharbour_ffi.a
device=aarch64-apple-ios
simulators=(aarch64-apple-ios-sim x86_64-apple-ios)

if [ "$(uname)" != Darwin ] || ! command -v xcodebuild >/dev/null; then
  echo "build-xcframework.sh needs macOS with Xcode (xcodebuild, lipo)" >&2
  exit 1
fi
for t in "$device" "${simulators[@]}"; do
  if ! rustup target list --installed | grep -qx "$t"; then
    echo "missing Rust target $t: rustup target add $device ${simulators[*]}" >&2
    exit 1
  fi
done

# The same minimum iOS as the app (project.yml), for Rust and for the C that cc and openssl-src
# compile (SQLCipher, OpenSSL's libcrypto); otherwise the app's link warns about newer objects.
export IPHONEOS_DEPLOYMENT_TARGET=${IPHONEOS_DEPLOYMENT_TARGET:-16.0}
# openssl-src builds OpenSSL for each target because rusqlite's vendored feature asks for it,
# but SQLCipher's crypto is Harbour's Rust provider (.cargo/config.toml, core/src/store/crypto.rs)
# and none of libcrypto is linked. Never point the build at an OpenSSL found on this Mac.
unset OPENSSL_NO_VENDOR OPENSSL_DIR OPENSSL_LIB_DIR OPENSSL_INCLUDE_DIR

# 1. One static library per target, release profile (size-optimised, LTO, and panic = unwind so
#    a Rust panic reaches Swift as a thrown error). Only the staticlib crate type: a cdylib is
#    no use on iOS and would be a second LTO link. The note it prints lists the system
#    libraries the app must link (see Package.swift below).
for t in "$device" "${simulators[@]}"; do
  echo "== harbour-ffi for $t" >&2
  cargo rustc -p harbour-ffi --lib --crate-type staticlib --release --target "$t" \
    -- --print native-static-libs
done

# 2. One library for the Simulator: arm64 (Apple silicon) and x86_64 (Intel Macs) in one file.
rm -rf "$work" && mkdir -p "$work/simulator" "$work/generated" "$work/headers/harbourFFI"
lipo -create \
  "$target_dir/${simulators[0]}/release/$lib" \
  "$target_dir/${simulators[1]}/release/$lib" \
  -output "$work/simulator/$lib"

# 3. Swift, C header and module map, from the library's own uniffi metadata (library mode, with
#    bindings/uniffi.toml found through cargo metadata). The metadata is in the exported
#    UNIFFI_META_* symbols, so it must come from an unstripped build. uniffi-bindgen 0.32 reads
#    static archives as well as dylibs (goblin: Archive → Mach-O members), and an archive is
#    never stripped (cargo's profile strip acts at a link; the app's own link strips the final
#    binary), so the device library itself is the source: exactly the build that ships. Swift
#    needs no cdylib name (the library is linked, not loaded by name). Should reading the
#    archive ever fail, a host cdylib of the same source carries the same metadata.
generate() {
  cargo run --quiet -p harbour-ffi --features cli --bin uniffi-bindgen -- \
    generate --library "$1" --language swift --out-dir "$work/generated" --no-format
}
if ! generate "$target_dir/$device/release/$lib"; then
  echo "could not read the metadata from the static library; generating from a host build" >&2
  cargo build --quiet -p harbour-ffi --lib
  generate "$target_dir/debug/libharbour_ffi.dylib"
fi

# 4. The headers directory of each XCFramework slice. The module map must be called
#    module.modulemap for Clang to find it; it sits in a folder named after the module so that
#    it cannot collide with another XCFramework's module.modulemap in the app's include dir
#    (Clang also looks for <search path>/<module name>/module.modulemap).
cp "$work/generated/harbourFFI.h" "$work/headers/harbourFFI/"
cp "$work/generated/harbourFFI.modulemap" "$work/headers/harbourFFI/module.modulemap"

# 5. The XCFramework, and the Swift package around it.
rm -rf "$kit/harbourFFI.xcframework" "$kit/Sources"
mkdir -p "$kit/Sources/Harbour"
xcodebuild -create-xcframework \
  -library "$target_dir/$device/release/$lib" -headers "$work/headers" \
  -library "$work/simulator/$lib" -headers "$work/headers" \
  -output "$kit/harbourFFI.xcframework"
cp "$work/generated/Harbour.swift" "$kit/Sources/Harbour/"

cat > "$kit/Package.swift" <<'EOF'
// swift-tools-version:6.0
// Written by examples/ios/build-xcframework.sh: edit the script, not this file.
// Tools 6.0: Swift 6 language mode, as the generated bindings are tested in (tests/swift).
import PackageDescription

let package = Package(
    name: "HarbourKit",
    platforms: [.iOS(.v16)],
    products: [
        .library(name: "Harbour", targets: ["Harbour"]),
    ],
    targets: [
        // harbour-ffi as a static library per platform, with harbourFFI.h and its module map.
        .binaryTarget(name: "harbourFFI", path: "harbourFFI.xcframework"),
        // uniffi's generated Swift over it: `import Harbour`.
        .target(
            name: "Harbour",
            dependencies: ["harbourFFI"],
            linkerSettings: [
                // What the static library needs beyond libSystem (which every app links, and
                // which also holds CommonCrypto's CCRandomGenerateBytes for getrandom):
                // chrono's local time zone (iana-time-zone) calls CoreFoundation; the libc
                // crate declares iconv. SQLCipher's crypto is Harbour's Rust provider inside
                // the library, so no Security.framework; nothing is C++, so no libc++.
                .linkedFramework("CoreFoundation"),
                .linkedLibrary("iconv"),
            ]
        ),
    ]
)
EOF

echo "HarbourKit is ready in $kit. Next: cd examples/ios && xcodegen generate && open HarbourShell.xcodeproj" >&2
