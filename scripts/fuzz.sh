#!/usr/bin/env bash
# Builds the libFuzzer targets in Fuzz/ and runs each for a bounded time.
#   scripts/fuzz.sh [SECONDS_PER_TARGET] [TARGET…]
# Targets: FuzzQuery FuzzDocument FuzzPack FuzzSnapshot FuzzBinarySnapshot (all by default).
# The corpus grows in .build/fuzz-corpus/TARGET (seeds: Fuzz/Corpus/TARGET, and for documents the extraction fixtures); a crash,
# a hang (over 10 s on one input) or an input using more than 2 GB leaves a
# reproducer in .build/fuzz-findings/TARGET and makes this script exit non-zero.
# Reproduce one with: Fuzz/.build/debug/TARGET FILE
set -euo pipefail
cd "$(dirname "$0")/.."
SECONDS_PER_TARGET="${1:-60}"
shift || true
TARGETS=("$@")
[ ${#TARGETS[@]} -eq 0 ] && TARGETS=(FuzzQuery FuzzDocument FuzzPack FuzzSnapshot FuzzBinarySnapshot)
SWIFT="${SWIFT:-swift}"

if [ "$(uname)" != Linux ]; then
    echo "fuzz: skipped; libFuzzer comes with the Swift toolchain on Linux only"
    exit 0
fi

# SwiftPM keeps the build plan of a path dependency: without it, files added to the main
# package since the last fuzz build are not seen. Planning again costs seconds.
rm -f Fuzz/.build/debug.yaml
(cd Fuzz && "$SWIFT" build -Xswiftc -sanitize=fuzzer,address)

export ASAN_OPTIONS="detect_leaks=0:${ASAN_OPTIONS:-}"
status=0
for target in "${TARGETS[@]}"; do
    corpus=".build/fuzz-corpus/$target"
    findings=".build/fuzz-findings/$target"
    mkdir -p "$corpus" "$findings"
    echo "fuzz: $target for ${SECONDS_PER_TARGET} s"
    dict=()
    [ -f "Fuzz/$target.dict" ] && dict=(-dict="Fuzz/$target.dict")
    seeds=("Fuzz/Corpus/$target")
    # Documents start from every layout the extractors are tested on, too (read only: new inputs go to $corpus).
    [ "$target" = FuzzDocument ] && seeds+=(Tests/PluginsTests/Fixtures/plan-layouts/plans Tests/PluginsTests/Fixtures/people)
    if ! "Fuzz/.build/debug/$target" "$corpus" "${seeds[@]}" "${dict[@]}" \
        -max_total_time="$SECONDS_PER_TARGET" -timeout=10 -rss_limit_mb=2048 -max_len=8192 \
        -artifact_prefix="$findings/" -print_final_stats=1 2> ".build/fuzz-findings/$target.log"; then
        echo "fuzz: $target FOUND A PROBLEM; see .build/fuzz-findings/$target.log and the reproducer in $findings/"
        status=1
    fi
    grep -E "^stat::(number_of_executed_units|peak_rss_mb)|cov: " ".build/fuzz-findings/$target.log" | tail -3 || true
done
exit $status
