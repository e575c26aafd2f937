# The two commands of the README, and a few more for developers.
.PHONY: size run test bench lint i18n-check deny fuzz fuzz-smoke hardening

# The desktop reference shell, interactive, on this machine's Harbour data directory.
run:
	cargo run --quiet -p harbour-desktop --bin harbour --

# Every test: Rust unit and integration tests, the translation checker, then the generated
# Python, Kotlin (JVM) and Swift (Linux) bindings against the same cdylib.
test:
	cargo test --workspace --quiet
	cargo run --quiet -p harbour-i18n --bin harbour-i18n-check -- --quiet
	tests/python/run.sh
	tests/kotlin/run.sh
	tests/swift/run.sh

# The shipped library's size (≤ 6 MB stripped) and what dominates it.
size:
	bindings/size.sh

# The performance report (SPEC §5) as a Markdown table, every row measured in this run.
bench:
	bindings/size.sh
	HARBOUR_CDYLIB=$${CARGO_TARGET_DIR:-$(CURDIR)/target}/release/libharbour_ffi.stripped.so \
	  cargo bench -p harbour-tests --bench harbour

lint:
	cargo fmt --all -- --check
	cargo clippy --all-targets -- -D warnings

i18n-check:
	cargo run --quiet -p harbour-i18n --bin harbour-i18n-check

# Dependency policy (deny.toml): licences, sources, banned networking crates, then RustSec
# advisories when their database (a GitHub repository) can be fetched; a loud notice when not,
# and a failure if HARBOUR_REQUIRE_ADVISORIES is set.
deny:
	cargo deny --locked check bans licenses sources
	@if cargo deny fetch db >/dev/null 2>&1; then \
	  cargo deny --locked check advisories; \
	else \
	  echo "ADVISORIES NOT CHECKED: the RustSec database (github.com/RustSec/advisory-db) could not be fetched" >&2; \
	  test -z "$$HARBOUR_REQUIRE_ADVISORIES"; \
	fi

# Every fuzz target for 10 minutes (fuzz/README.md); fuzz-smoke is CI's 20 seconds each.
fuzz:
	fuzz/run.sh 600

fuzz-smoke:
	fuzz/run.sh 20

# The hardening checks in full (make test runs them short and seeded): 1,000 SIGKILLed
# children; 200 flips per store and every header byte and pack length damaged; 10,000
# operations scanned for plaintext; the memory scan (debug and optimised); the disk-full run
# (root, for its tmpfs).
hardening:
	HARBOUR_CRASH_TRIALS=1000 HARBOUR_FAULT_FULL=1 HARBOUR_FAULT_TRIALS=200 HARBOUR_SCAN_OPS=10000 HARBOUR_REQUIRE_DISK_FULL=1 \
	  cargo test -p harbour-tests --test crash --test corruption --test plaintext_scan \
	  --test memory_scan --test disk_full -- --nocapture --test-threads 1
	# The memory scan again on optimised code (inlining moves keys between frames).
	cargo test --profile bench -p harbour-tests --test memory_scan
