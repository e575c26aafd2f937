# Sourced: the environment to build and run for a phone CPU on this x86_64 machine, with
# Debian's cross toolchains and qemu-user. `cross_env <rust target>` sets the linker, the C
# compiler for SQLCipher and OpenSSL's build, and the runner; `cross_install <targets…>`
# installs what is missing (Debian packages as root, `apt-get update` first; rustup targets).
#
# Packages per target (Debian 12):
#   aarch64-unknown-linux-gnu      gcc-aarch64-linux-gnu libc6-dev-arm64-cross qemu-user
#   armv7-unknown-linux-gnueabihf  gcc-arm-linux-gnueabihf libc6-dev-armhf-cross qemu-user
# The size builds link with rustc's own lld (bindings/size.sh), as the Android NDK links with lld.

cross_gnu() {
  case "$1" in
    aarch64-unknown-linux-gnu) echo aarch64-linux-gnu ;;
    armv7-unknown-linux-gnueabihf) echo arm-linux-gnueabihf ;;
    *) echo "no cross toolchain known for $1" >&2; return 1 ;;
  esac
}

cross_packages() {
  case "$1" in
    aarch64-unknown-linux-gnu) echo gcc-aarch64-linux-gnu libc6-dev-arm64-cross qemu-user ;;
    armv7-unknown-linux-gnueabihf) echo gcc-arm-linux-gnueabihf libc6-dev-armhf-cross qemu-user ;;
  esac
}

cross_install() {
  local need=() t gnu pkg
  for t in "$@"; do
    gnu=$(cross_gnu "$t")
    command -v "$gnu-gcc" >/dev/null && [ -d "/usr/$gnu/include" ] && command -v "qemu-${gnu%%-*}" >/dev/null \
      && continue
    for pkg in $(cross_packages "$t"); do need+=("$pkg"); done
  done
  # qemu-arm is the armv7 runner's name.
  if [ ${#need[@]} -gt 0 ]; then
    if [ "$(id -u)" != 0 ]; then
      echo "missing Debian packages (install as root): ${need[*]}" >&2
      return 1
    fi
    export DEBIAN_FRONTEND=noninteractive
    apt-get update
    apt-get install -y --no-install-recommends "${need[@]}"
  fi
  for t in "$@"; do
    rustup target list --installed | grep -qx "$t" || rustup target add "$t"
  done
}

cross_env() {
  local t=$1 gnu up low qemu
  gnu=$(cross_gnu "$t")
  up=$(echo "$t" | tr 'a-z-' 'A-Z_')
  low=$(echo "$t" | tr '-' '_')
  case "$t" in
    aarch64-*) qemu=qemu-aarch64 ;;
    armv7-*) qemu=qemu-arm ;;
  esac
  export "CARGO_TARGET_${up}_LINKER=$gnu-gcc"
  export "CARGO_TARGET_${up}_RUNNER=$qemu -L /usr/$gnu"
  export "CC_${low}=$gnu-gcc" "AR_${low}=$gnu-ar"
  # The target's own sysroot for the pieces qemu loads (ld.so, libc).
  export QEMU_LD_PREFIX="/usr/$gnu"
}
