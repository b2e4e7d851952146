#!/usr/bin/env bash
# Fuzzes the content pipeline (front-matter splitter, YAML decoders, cmark walk, typography) with
# libFuzzer for a bounded time, starting from the example content as corpus.
# Usage: scripts/fuzz.sh [SECONDS]   (default 30). Crashing inputs are written to /tmp/vitrine-fuzz-artifacts/.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
SECONDS_BUDGET=${1:-30}
swift build --scratch-path .build-fuzz --product vitrine-fuzz --sanitize=fuzzer -Xswiftc -DFUZZING 2>&1 \
  | grep -E "error|Build of product" || true
CORPUS=$(mktemp -d)
ARTIFACTS=/tmp/vitrine-fuzz-artifacts/
mkdir -p "$ARTIFACTS"
cp content/*.md content/*/*.md "$CORPUS"/
.build-fuzz/debug/vitrine-fuzz -max_total_time="$SECONDS_BUDGET" -max_len=8192 -timeout=10 \
  -artifact_prefix="$ARTIFACTS" -print_final_stats=1 "$CORPUS" 2>&1 | grep -E "^stat::number_of_executed_units|Done|ERROR|SUMMARY|crash|timeout" 
status=${PIPESTATUS[0]}
rm -rf "$CORPUS"
exit "$status"
