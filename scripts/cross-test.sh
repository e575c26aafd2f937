#!/usr/bin/env bash
# make cross-test: harbour-core's tests and the at_rest and l10n_limits integration tests,
# built for the phones' CPUs and run under qemu-user — 64-bit ARM (aarch64) and 32-bit ARM
# (armv7, as cheap phones have): the crypto provider, page HMACs, Argon2 on 32-bit, the
# OpenSSL-written fixtures and times after 2038 are checked where they will run.
# Targets: the arguments, default both. Installs what is missing (scripts/cross-env.sh).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
. scripts/cross-env.sh
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(aarch64-unknown-linux-gnu armv7-unknown-linux-gnueabihf)
cross_install "${targets[@]}"
# A run's counts, or all its output when it fails.
run() {
  local log
  log=$(mktemp)
  if cargo test --quiet "$@" >"$log" 2>&1; then
    grep -E '^test result' "$log"
  else
    cat "$log"
    return 1
  fi
}
for t in "${targets[@]}"; do
  (
    cross_env "$t"
    start=$(date +%s)
    echo "== $t (run under qemu-user)"
    run --target "$t" -p harbour-core --lib
    run --target "$t" -p harbour-tests --test at_rest --test l10n_limits
    echo "== $t: passed in $(( $(date +%s) - start )) s (build included)"
  )
done
