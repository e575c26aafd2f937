#!/usr/bin/env bash
# Fails if a built library defines or needs any OpenSSL symbol: SQLCipher must use Harbour's
# Rust crypto provider (LIBSQLITE3_FLAGS in .cargo/config.toml). Without that flag the vendored
# libcrypto is linked in (about 1.5 MB, and a second crypto stack to keep patched).
# Usage: check-no-openssl.sh <library.so> [nm]
set -euo pipefail
lib=$1
nm=${2:-nm}
# The dynamic table (an OpenSSL needed from the system), then the full one of the unstripped
# library (a static libcrypto's symbols are local there).
pattern=' (EVP_|OPENSSL_|CRYPTO_malloc|PKCS5_PBKDF2|RAND_bytes|HMAC_CTX_)'
found=$({ "$nm" -D "$lib" 2>/dev/null; "$nm" "$lib" 2>/dev/null; } | grep -E "$pattern" | head -5 || true)
if [ -n "$found" ]; then
  echo "OpenSSL symbols in $lib — SQLCipher was built without Harbour's crypto provider:" >&2
  echo "$found" >&2
  exit 1
fi
