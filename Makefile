# The two commands of the README, and a few more for developers.
.PHONY: size run test bench lint i18n-check deny fuzz fuzz-smoke hardening cross-test

# The desktop reference shell, interactive, on this machine's Harbour data directory.
run:
	cargo run --quiet -p harbour-desktop --bin harbour --

# Every test: Rust unit and integration tests, the translation checker and the launcher names
# made from it, then the generated Python, Kotlin (JVM) and Swift (Linux) bindings against the
# same cdylib, with the Android and iOS shells' logic and its tests.
test:
	cargo test --workspace --quiet
	cargo test -p harbour-tests --features failpoints --quiet --test crash --test duress_crash --test memory_scan --test power_loss
	cargo run --quiet -p harbour-i18n --bin harbour-i18n-check -- --quiet
	scripts/launcher-names.py --check
	tests/python/run.sh
	tests/kotlin/run.sh
	tests/swift/run.sh

# The shipped library's size per ABI (x86_64, aarch64, armv7; ≤ 6 MB stripped each), built
# as each platform ships it, and what dominates each. Installs the ARM cross toolchains.
size:
	bindings/size.sh

# harbour-core's tests, at_rest and l10n_limits on the phones' CPUs (aarch64 and 32-bit
# armv7) under qemu-user, with Debian's cross toolchains (installed when missing, as root).
cross-test:
	scripts/cross-test.sh

# The performance report (SPEC §5) as a Markdown table, every row measured in this run.
bench:
	bindings/size.sh host
	HARBOUR_CDYLIB=$${CARGO_TARGET_DIR:-$(CURDIR)/target}/release/libharbour_ffi.stripped.so \
	  cargo bench -p harbour-tests --bench harbour

lint:
	cargo fmt --all -- --check
	cargo clippy --all-targets -- -D warnings
	cargo clippy -p harbour-tests --all-targets --features failpoints -- -D warnings

i18n-check:
	cargo run --quiet -p harbour-i18n --bin harbour-i18n-check

# Dependency policy (deny.toml): licences, sources, banned networking crates, then RustSec
# advisories — fetched when GitHub can be reached, else from the offline snapshot beside the
# project, with its date said (scripts/deny-advisories.sh). A finding fails.
deny:
	cargo deny --locked check bans licenses sources
	scripts/deny-advisories.sh

# Every fuzz target for 10 minutes (fuzz/README.md); fuzz-smoke is CI's 20 seconds each.
fuzz:
	fuzz/run.sh 600

fuzz-smoke:
	fuzz/run.sh 20

# The hardening checks in full (make test runs them short and seeded): 1,000 SIGKILLed
# children; 200 flips per store and every header byte and pack length damaged; 10,000
# operations scanned for plaintext; the memory scan (debug and optimised); the disk-full run
# (root, for its tmpfs); 1,000 simulated power cuts.
hardening:
	HARBOUR_CRASH_TRIALS=1000 HARBOUR_FAULT_FULL=1 HARBOUR_FAULT_TRIALS=200 HARBOUR_SCAN_OPS=10000 HARBOUR_REQUIRE_DISK_FULL=1 \
	  cargo test -p harbour-tests --features failpoints --test crash --test corruption --test plaintext_scan \
	  --test memory_scan --test disk_full -- --nocapture --test-threads 1
	# The memory scan again on optimised code (inlining moves keys between frames).
	cargo test --profile bench -p harbour-tests --features failpoints --test memory_scan
	# 1,000 power cuts (optimised: each replays a whole workload).
	HARBOUR_POWER_TRIALS=1000 cargo test --profile bench -p harbour-tests --features failpoints --test power_loss -- --nocapture
	# The phones' CPUs: aarch64 and 32-bit armv7 under qemu-user.
	scripts/cross-test.sh
