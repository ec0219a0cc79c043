#!/usr/bin/env bash
# Whole-process wall time and peak memory of a `spectrum` job beside the seeds' Python pipeline doing the same job,
# alternating the two in one run; prints medians and ratios.
#   analyze : `spectrum analyze --no-recommender` (clean, RFM, segments, K-Means k = 2..10 with silhouettes)
#             vs `seed_peer.py --skip-eval` (the same, plus the seed's item-similarity matrix)
#   evaluate: `spectrum evaluate` (every recommender on the temporal holdout) vs `seed_peer.py` (the pipeline and its evaluation)
# Usage: bench/vs-peer.sh analyze|evaluate [DATA.csv] [RUNS]
# Needs: apt-get install -y python3-sklearn python3-pandas python3-openpyxl libopenblas0-pthread time
set -euo pipefail
cd "$(dirname "$0")/.."
job=${1:?analyze or evaluate}
data=${2:-../shared/data/online_retail/online_retail.csv}
runs=${3:-7}
bin=bench/results/bin
mkdir -p bench/results
dotnet publish src/ShopperSpectrum.Cli -c Release -o "$bin" --nologo -v quiet >/dev/null
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT

case "$job" in
  analyze) ours=("$bin/spectrum" analyze "$data" --out "$out/model" --no-recommender); peer=(/usr/bin/python3 ../shared/peer/seed_peer.py "$data" --skip-eval) ;;
  evaluate) ours=("$bin/spectrum" evaluate "$data"); peer=(/usr/bin/python3 ../shared/peer/seed_peer.py "$data") ;;
  *) echo "unknown job '$job': give analyze or evaluate" >&2; exit 2 ;;
esac

measure() { # prints "seconds peak_kib"
  /usr/bin/time -f "%e %M" -o "$out/time" "$@" >/dev/null 2>"$out/stderr" || { cat "$out/stderr"; exit 1; }
  cat "$out/time"
}
median() { sort -n | awk '{ a[NR] = $1 } END { print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2 }'; }

: > "$out/ours"; : > "$out/peer"
for i in $(seq "$runs"); do
  measure "${ours[@]}" >> "$out/ours"
  measure "${peer[@]}" >> "$out/peer"
done
ours_s=$(cut -d' ' -f1 "$out/ours" | median); ours_m=$(cut -d' ' -f2 "$out/ours" | median)
peer_s=$(cut -d' ' -f1 "$out/peer" | median); peer_m=$(cut -d' ' -f2 "$out/peer" | median)
echo "runs: $runs alternating, data: $data"
echo "ours: ${ours[*]#"$bin/"}"
echo "  median wall ${ours_s} s, peak memory $((ours_m / 1024)) MiB  (all: $(cut -d' ' -f1 "$out/ours" | tr '\n' ' '))"
echo "peer: ${peer[*]}"
echo "  median wall ${peer_s} s, peak memory $((peer_m / 1024)) MiB  (all: $(cut -d' ' -f1 "$out/peer" | tr '\n' ' '))"
awk -v a="$ours_s" -v b="$peer_s" -v c="$ours_m" -v d="$peer_m" \
  'BEGIN { printf "ratio: wall %.3f (1/%.1f), peak memory %.2f\n", a / b, b / a, c / d }'
