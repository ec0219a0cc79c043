#!/usr/bin/env bash
# Whole-process wall time and peak memory of `spectrum analyze` beside the seeds' Python pipeline
# (`seed_peer.py --skip-eval`), alternating the two in one run; prints medians and ratios.
# Usage: bench/analyze-vs-peer.sh [DATA.csv] [RUNS]
# Needs: apt-get install -y python3-sklearn python3-pandas python3-openpyxl libopenblas0-pthread time
set -euo pipefail
cd "$(dirname "$0")/.."
data=${1:-../shared/data/online_retail/online_retail.csv}
runs=${2:-7}
bin=bench/results/bin
mkdir -p bench/results
dotnet publish src/ShopperSpectrum.Cli -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true -o "$bin" --nologo -v quiet >/dev/null
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT

measure() { # prints "seconds peak_kib"
  /usr/bin/time -f "%e %M" -o "$out/time" "$@" >/dev/null 2>"$out/stderr" || { cat "$out/stderr"; exit 1; }
  cat "$out/time"
}
median() { sort -n | awk '{ a[NR] = $1 } END { print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2 }'; }

: > "$out/ours"; : > "$out/peer"
for i in $(seq "$runs"); do
  measure "$bin/spectrum" analyze "$data" --out "$out/model" >> "$out/ours"
  measure /usr/bin/python3 ../shared/peer/seed_peer.py "$data" --skip-eval >> "$out/peer"
done
ours_s=$(cut -d' ' -f1 "$out/ours" | median); ours_m=$(cut -d' ' -f2 "$out/ours" | median)
peer_s=$(cut -d' ' -f1 "$out/peer" | median); peer_m=$(cut -d' ' -f2 "$out/peer" | median)
echo "runs: $runs alternating, data: $data"
echo "spectrum analyze       : median wall ${ours_s} s, peak memory $((ours_m / 1024)) MiB  (all: $(cut -d' ' -f1 "$out/ours" | tr '\n' ' '))"
echo "seed_peer.py --skip-eval: median wall ${peer_s} s, peak memory $((peer_m / 1024)) MiB  (all: $(cut -d' ' -f1 "$out/peer" | tr '\n' ' '))"
awk -v a="$ours_s" -v b="$peer_s" -v c="$ours_m" -v d="$peer_m" \
  'BEGIN { printf "ratio: wall %.3f (1/%.1f), peak memory %.2f\n", a / b, b / a, c / d }'
