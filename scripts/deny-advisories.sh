#!/usr/bin/env bash
# RustSec advisories for `make deny`. Online: cargo-deny fetches the database. Offline (these
# machines reach only the package registries): the snapshot CI keeps beside the project
# (../shared/advisory-db, see its SNAPSHOT.md) is made into the git repository cargo-deny
# reads, and the check runs against it, saying the snapshot's date. A finding fails either way.
# With neither, the check is skipped loudly, and fails if HARBOUR_REQUIRE_ADVISORIES is set.
set -euo pipefail
cd "$(dirname "$0")/.."

if cargo deny fetch db >/dev/null 2>&1; then
  exec cargo deny --locked check advisories
fi

snapshot="${HARBOUR_ADVISORY_SNAPSHOT:-../shared/advisory-db}"
if [ ! -f "$snapshot/SNAPSHOT.md" ]; then
  echo "ADVISORIES NOT CHECKED: the RustSec database could not be fetched and no snapshot is at $snapshot" >&2
  test -z "${HARBOUR_REQUIRE_ADVISORIES:-}"
  exit
fi

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
# cargo-deny looks for the database under a name it derives from the default URL.
db="$work/dbs/advisory-db-3157b0e258782691"
mkdir -p "$db"
cp -r "$snapshot"/. "$db"/
(
  cd "$db"
  git init -q
  git -c user.name=harbour -c user.email=harbour@localhost add -A
  git -c user.name=harbour -c user.email=harbour@localhost commit -q -m snapshot
)
# Our policy with the database path added.
sed "s|^\[advisories\]$|[advisories]\ndb-path = \"$work/dbs\"|" deny.toml > "$work/deny.toml"
commit="$(grep -o '[0-9a-f]\{40\}' "$snapshot/SNAPSHOT.md" | head -1)"
date="$(grep -o 'committed [0-9]\{4\}-[0-9]\{2\}-[0-9]\{2\}' "$snapshot/SNAPSHOT.md" | head -1)"
echo "RustSec advisories: checked offline against the snapshot at commit ${commit:0:12}, ${date:-date unknown} ($snapshot/SNAPSHOT.md); advisories published after it are not covered." >&2
cargo deny --locked --offline --config "$work/deny.toml" check advisories
