#!/bin/sh
# Builds the libFuzzer harness (Fuzz/) with AddressSanitizer and runs it on each reader in turn.
#   Fuzz/run.sh [SECONDS_PER_READER] [READER ...]     readers: yaml json csv dot graphml gexf gml pajek dl kumu
# The corpus grows in .build-fuzz/corpus/<reader> (seeded from Tests/Fuzz/Corpus/<reader>);
# crashes, hangs and leaks land in .build-fuzz/findings/<reader>/ and make the script fail.
# A finding becomes a regression test by copying it to Tests/Fuzz/Regressions/<reader>/.
set -eu
cd "$(dirname "$0")/.."
seconds=${1:-60}
[ $# -gt 0 ] && shift
readers=${*:-yaml json csv dot graphml gexf gml pajek dl kumu}
scratch=$PWD/.build-fuzz
swift build -c release --package-path Fuzz --scratch-path "$scratch" \
  -Xswiftc -sanitize=fuzzer,address -Xcc -fsanitize=fuzzer-no-link,address
harness=$scratch/release/fuzz-readers
[ -x "$harness" ] || harness=$scratch/x86_64-unknown-linux-gnu/release/fuzz-readers
status=0
for reader in $readers; do
  corpus=$scratch/corpus/$reader findings=$scratch/findings/$reader
  mkdir -p "$corpus" "$findings"
  echo "fuzz: $reader for ${seconds}s"
  # -timeout: an input taking 10 s is a hang; -rss_limit_mb: 4 GiB is a memory blow-up.
  # LeakSanitizer ignores only the known losses of libraries we do not own (Tests/Sanitizers/).
  # SWIFT_BACKTRACE=enable=no: the Swift backtracer trips AddressSanitizer while reporting a trap.
  if ! SWIFT_BACKTRACE=enable=no STAKEGRAPH_FUZZ_READER=$reader LSAN_OPTIONS=suppressions=$PWD/Tests/Sanitizers/lsan.supp:print_suppressions=0 "$harness" "$corpus" "Tests/Fuzz/Corpus/$reader" \
      -max_total_time="$seconds" -timeout=10 -rss_limit_mb=4096 -max_len=65536 \
      -artifact_prefix="$findings/" -print_final_stats=1 2>"$scratch/$reader.log"; then
    status=1
  fi
  grep -E '^(stat::number_of_executed_units|stat::peak_rss_mb|Done)' "$scratch/$reader.log" | sed "s/^/  $reader: /" || true
  if ls "$findings" | grep -q .; then
    echo "fuzz: $reader found $(ls "$findings" | wc -l) input(s) in $findings (log: $scratch/$reader.log)" >&2
    status=1
  fi
done
exit $status
