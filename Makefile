# The two commands of the README, and a few more for developers.
.PHONY: size run test bench lint i18n-check

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

# The performance report (SPEC §5) as a Markdown table.
bench:
	cargo bench -p harbour-tests --bench harbour

lint:
	cargo fmt --all -- --check
	cargo clippy --all-targets -- -D warnings

i18n-check:
	cargo run --quiet -p harbour-i18n --bin harbour-i18n-check
