#!/usr/bin/env bash
# Runs each fuzz target (fuzz/fuzz_targets/) for a while with cargo-fuzz, starting from
# the seed inputs in fuzz/corpus/<target>/. Needs a nightly toolchain (rustup toolchain
# install nightly); installs cargo-fuzz when missing. Crashes are saved under
# fuzz/artifacts/<target>/ and the script exits non-zero.
# Usage: scripts/fuzz.sh [SECONDS per target, default 60] [TARGET…]
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-60}"
shift || true
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(ingest extract dates)
if ! rustup toolchain list | grep -q '^nightly'; then
  echo "fuzz.sh: needs a nightly toolchain: rustup toolchain install nightly" >&2
  exit 5
fi
cargo +nightly fuzz --version >/dev/null 2>&1 || cargo install cargo-fuzz
for t in "${targets[@]}"; do
  # A scratch copy of the seeds, so inputs the fuzzer finds do not land in the repository.
  work="fuzz/target/corpus/$t"
  mkdir -p "$work"
  cp -n "fuzz/corpus/$t/"* "$work/" 2>/dev/null || true
  echo "fuzzing $t for ${seconds}s" >&2
  cargo +nightly fuzz run "$t" "$work" -- -max_total_time="$seconds" -max_len=65536
done
