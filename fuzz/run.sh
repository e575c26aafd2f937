#!/usr/bin/env bash
# Runs the fuzz targets: `fuzz/run.sh [seconds] [target...]` (default: 600 s each, every
# target). Seeds come from the repository (the default pack, its section files, the English
# locale) into fuzz/corpus/<target>, which libFuzzer then grows. Crashes land in
# fuzz/artifacts/<target>/; each one found becomes a regression test in the crate it hit.
# Needs cargo-fuzz (`cargo install cargo-fuzz`); the stable toolchain is used with
# RUSTC_BOOTSTRAP=1 for the sanitizer flags.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/.." && pwd)
cd "$root"
seconds=${1:-600}
shift || true
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(pack_verify pack_content ftl calculator export_reader)
export RUSTC_BOOTSTRAP=1

seed() {
  local target=$1 dir="$here/corpus/$1"
  mkdir -p "$dir"
  case $target in
    pack_verify) cp core/content/default.hpack "$dir/default.hpack" ;;
    pack_content)
      local i=0
      for section in helplines rights resources screening; do
        { printf "\\x$(printf %02x $i)"; cat "core/content/default/$section.json"; } > "$dir/$section"
        i=$((i + 1))
      done
      cp "$here"/seeds/pack_content/* "$dir/" ;;
    ftl)
      for f in i18n/locales/en/*.ftl; do cp "$f" "$dir/$(basename "$f")"; done
      cp "$here"/seeds/ftl/* "$dir/" ;;
    # The plaintext of a real export (a journal with a photo, decrypted with `age -d`), after a
    # mode byte that makes the target seal it, so mutations start inside the archive.
    export_reader) { printf '\x01'; cat "$here/seeds/export_reader/journal.tar"; } > "$dir/journal" ;;
    *) : ;;
  esac
}

for target in "${targets[@]}"; do
  seed "$target"
  echo "== $target for ${seconds}s" >&2
  mkdir -p "$here/target"
  log="$here/target/$target.log"
  ok=yes
  cargo fuzz run --fuzz-dir "$here" "$target" "$here/corpus/$target" -- \
    -max_total_time="$seconds" -rss_limit_mb=2048 -max_len=262144 -print_final_stats=1 >"$log" 2>&1 || ok=no
  grep -E "^(#[0-9]+.*DONE|stat::number_of_executed_units|stat::peak_rss_mb)" "$log" || true
  # A crash, a leak or a build failure makes cargo fuzz exit non-zero: fail loudly.
  if [ "$ok" = no ]; then
    tail -40 "$log" >&2
    echo "FAILED: $target (log: $log, crashes: $here/artifacts/$target)" >&2
    exit 1
  fi
done
