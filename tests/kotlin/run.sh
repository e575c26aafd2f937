#!/usr/bin/env bash
# Kotlin binding tests on the JVM: the generated Kotlin, compiled with a current Kotlin
# compiler (npm package `kotlin-compiler`; Debian's kotlin is too old for uniffi's output)
# against JNA (Debian `libjna-java`), loading the same cdylib as the other binding tests.
# Then the Android shell's logic (examples/android/.../logic, no Android APIs) with its tests,
# against the same library.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root"
target=${CARGO_TARGET_DIR:-$root/target}
tools="$target/tools"
jna=/usr/share/java/jna.jar
if [ ! -f "$jna" ]; then
  if [ "$(id -u)" = 0 ]; then
    DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends libjna-java libjna-jni >/dev/null \
      || { apt-get update >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends libjna-java libjna-jni >/dev/null; }
  else
    echo "JNA is missing: sudo apt-get install libjna-java libjna-jni" >&2
    exit 1
  fi
fi
kotlin="$tools/node_modules/kotlin-compiler"
if [ ! -x "$kotlin/bin/kotlinc" ]; then
  mkdir -p "$tools"
  npm install --prefix "$tools" --silent --no-audit --no-fund kotlin-compiler@2 >/dev/null
fi
built=$("$root/tests/bindings-prepare.sh")
gen="$target/binding-tests/kotlin"
rm -rf "$gen" && mkdir -p "$gen"
"$target/debug/uniffi-bindgen" generate --library "$built/lib/libharbour_ffi.so" --language kotlin --out-dir "$gen/src" --no-format >/dev/null
coroutines="$kotlin/lib/kotlinx-coroutines-core-jvm.jar"
stdlib="$kotlin/lib/kotlin-stdlib.jar"
"$kotlin/bin/kotlinc" -nowarn -cp "$jna:$coroutines" -d "$gen/tests.jar" \
  "$gen"/src/org/harbourapp/core/*.kt "$root/tests/kotlin/HarbourTest.kt" \
  "$root"/examples/android/app/src/main/java/org/harbourapp/android/logic/*.kt "$root/tests/kotlin/ShellLogicTest.kt" \
  2>&1 | grep -v "^warning" || true
test -f "$gen/tests.jar"
for main in HarbourTestKt org.harbourapp.android.logic.tests.ShellLogicTestKt; do
  RUST_BACKTRACE=0 HARBOUR_TEST_FIXTURES="$built/fixtures" java -Djna.library.path="$built/lib" \
    -cp "$gen/tests.jar:$jna:$stdlib:$coroutines" "$main"
done
