#!/usr/bin/env bash
# Swift binding tests on Linux: the generated Swift, compiled in Swift 6 language mode with
# Debian trixie's swiftlang inside a trixie chroot (swiftlang does not install on bookworm),
# linked against the same bookworm-built cdylib as the other binding tests. The chroot is made
# once with debootstrap and cached (HARBOUR_SWIFT_CHROOT, default /var/cache/harbour/...).
# Needs root (debootstrap, chroot, mounting /proc).
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root"
target=${CARGO_TARGET_DIR:-$root/target}
chroot_dir=${HARBOUR_SWIFT_CHROOT:-/var/cache/harbour/swift-trixie}
if [ "$(id -u)" != 0 ]; then
  # CI runs as root; on a developer's machine say loudly that this part did not run.
  if [ "${HARBOUR_REQUIRE_SWIFT:-0}" = 1 ]; then
    echo "the Swift binding tests need root (debootstrap and chroot)" >&2
    exit 1
  fi
  echo "SKIPPED: Swift binding tests (need root for debootstrap and chroot; run as root, or sudo make test)" >&2
  exit 0
fi
if [ ! -x "$chroot_dir/usr/bin/swiftc" ]; then
  command -v debootstrap >/dev/null || {
    apt-get update >/dev/null
    DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends debootstrap >/dev/null
  }
  partial="$chroot_dir.partial"
  rm -rf "$partial"
  mkdir -p "$(dirname "$chroot_dir")"
  debootstrap --variant=minbase trixie "$partial" http://deb.debian.org/debian >/dev/null
  mount -t proc proc "$partial/proc"
  chroot "$partial" /bin/sh -c "apt-get update -q >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends swiftlang libc6-dev >/dev/null"
  umount "$partial/proc"
  rm -rf "$chroot_dir"
  mv "$partial" "$chroot_dir"
fi
built=$("$root/tests/bindings-prepare.sh")
work="$chroot_dir/harbour-test"
rm -rf "$work" && mkdir -p "$work/gen" "$work/lib" "$work/fixtures"
"$target/debug/uniffi-bindgen" generate --library "$built/lib/libharbour_ffi.so" --language swift --out-dir "$work/gen" --no-format >/dev/null
cp "$built/lib/libharbour_ffi.so" "$work/lib/"
cp "$built"/fixtures/* "$work/fixtures/"
cp "$root/tests/swift/main.swift" "$root/tests/swift/ShellLogicTests.swift" "$work/"
# The iOS shell's logic (no SwiftUI or UIKit) and its tests, in the same program.
mkdir -p "$work/logic" && cp "$root"/examples/ios/HarbourShell/Logic/*.swift "$work/logic/"
mounted=no
if ! mountpoint -q "$chroot_dir/proc"; then
  mount -t proc proc "$chroot_dir/proc"
  mounted=yes
fi
cleanup() { if [ "$mounted" = yes ]; then umount "$chroot_dir/proc"; fi; }
trap cleanup EXIT
chroot "$chroot_dir" /bin/sh -c '
  set -e
  cd /harbour-test
  swiftc -swift-version 6 -module-name HarbourTests -Xcc -fmodule-map-file=gen/harbourFFI.modulemap -I gen \
    gen/Harbour.swift main.swift ShellLogicTests.swift logic/*.swift -L lib -lharbour_ffi -o run-tests 2>&1 | grep -v "warning:" || true
  test -x run-tests
  RUST_BACKTRACE=0 HARBOUR_TEST_FIXTURES=/harbour-test/fixtures LD_LIBRARY_PATH=/harbour-test/lib ./run-tests
'
