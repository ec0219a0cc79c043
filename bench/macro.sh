#!/usr/bin/env bash
# The macro benchmark: whole `spectrum` jobs on generated logs of growing size, with the seeds' Python pipeline beside them
# wherever it still runs. For each size it generates the log once (UCI layout, seed 42) into a cache directory, then runs
#   analyze : `spectrum analyze FILE --out DIR --json` (import, RFM, segmentation, the default recommender fitted)
#   evaluate: `spectrum evaluate FILE --json`          (every recommender on the temporal holdout)
#   peer    : `seed_peer.py FILE --skip-eval` (analyze-like) and `seed_peer.py FILE` (evaluate-like)
# each under /usr/bin/time -v (wall, user + system CPU, peak RSS), and writes a markdown table of per-stage wall time,
# lines per second and peak memory (stage timings from the jobs' --json output) to bench/results/macro-<sizes>.md; each
# job's stderr (bench/results/macro/JOB-LINES.err) holds the time of every SQL statement and recommender fit.
#
# Usage: bench/macro.sh [LINES ...]            (default: 1000000 10000000 100000000)
# Environment:
#   MACRO_DATA=DIR       where generated logs are cached (default /work/scale-data/cache; keep it out of the repository)
#   MACRO_JOBS="..."     which jobs to run (default "analyze evaluate peer-analyze peer-evaluate")
#   MACRO_TIMEOUT=S      wall-clock limit per `spectrum` job in seconds (default 1200); a job past it is reported as failed
#   PEER_TIMEOUT=S       the same for the Python peer (default 1200)
#   HEAP_LIMIT_GIB=G     .NET heap limit of `spectrum` (default 12): past it the job fails with OutOfMemoryException
#                        instead of pushing a shared machine into swap or the OOM killer
#   PEER_MEMORY_GIB=G    address-space limit of the Python peer (default 16); past it pandas raises MemoryError
#   MACRO_BIN=DIR        where the CLI is published (default bench/results/bin; give another while a run uses that one)
#   MACRO_KEEP_DATA=0    delete each generated log after its size is measured (for the 100M file: about 9.5 GB)
# Needs: apt-get install -y time python3-sklearn python3-pandas libopenblas0-pthread
set -euo pipefail
cd "$(dirname "$0")/.."
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(1000000 10000000 100000000)
data=${MACRO_DATA:-/work/scale-data/cache}
jobs=${MACRO_JOBS:-analyze evaluate peer-analyze peer-evaluate}
limit=${MACRO_TIMEOUT:-1200}
peer_limit=${PEER_TIMEOUT:-1200}
# Every SQL statement and recommender step timed into each job's .err file (where the stages' time goes).
export SPECTRUM_TRACE_SQL=${SPECTRUM_TRACE_SQL:-1}
export DOTNET_GCHeapHardLimit
DOTNET_GCHeapHardLimit=$(printf '0x%x' $((${HEAP_LIMIT_GIB:-12} * 1024 * 1024 * 1024)))
peer_gib=${PEER_MEMORY_GIB:-16}
bin=${MACRO_BIN:-bench/results/bin}
results=bench/results/macro
mkdir -p "$data" "$results"
dotnet publish src/ShopperSpectrum.Cli -c Release -o "$bin" --nologo -v quiet >/dev/null
peer=$(cd ../shared/peer && pwd)/seed_peer.py

# run NAME SECONDS COMMAND...: runs under time -v and a wall-clock limit; leaves NAME.time, NAME.out, NAME.err and NAME.status.
run() {
  local name=$1 seconds=$2; shift 2
  echo "  $(date +%T) $name: $*" >&2
  set +e
  /usr/bin/time -v -o "$results/$name.time" timeout --signal=KILL "$seconds" "$@" >"$results/$name.out" 2>"$results/$name.err"
  echo $? >"$results/$name.status"
  set -e
}

for lines in "${sizes[@]}"; do
  file="$data/uci-$lines.csv"
  if [ ! -s "$file" ]; then
    run "generate-$lines" "$limit" "$bin/spectrum" generate -o "$file.partial" --lines "$lines" --layout uci --seed 42
    mv "$file.partial" "$file"
  fi
  for job in $jobs; do
    case "$job" in
      analyze) rm -rf "$results/model-$lines"
               run "analyze-$lines" "$limit" "$bin/spectrum" analyze "$file" --out "$results/model-$lines" --json "$results/analyze-$lines.json" ;;
      evaluate) run "evaluate-$lines" "$limit" "$bin/spectrum" evaluate "$file" --json "$results/evaluate-$lines.json" ;;
      peer-analyze) run "peer-analyze-$lines" "$peer_limit" env -u DOTNET_GCHeapHardLimit bash -c 'ulimit -v $(($1 * 1024 * 1024)); exec /usr/bin/python3 "$2" "$3" --skip-eval --json "$4"' \
                      _ "$peer_gib" "$peer" "$file" "$results/peer-analyze-$lines.json" ;;
      peer-evaluate) run "peer-evaluate-$lines" "$peer_limit" env -u DOTNET_GCHeapHardLimit bash -c 'ulimit -v $(($1 * 1024 * 1024)); exec /usr/bin/python3 "$2" "$3" --json "$4"' \
                       _ "$peer_gib" "$peer" "$file" "$results/peer-evaluate-$lines.json" ;;
      *) echo "unknown job '$job'" >&2; exit 2 ;;
    esac
  done
  rm -rf "$results/model-$lines"
  [ "${MACRO_KEEP_DATA:-1}" = 1 ] || rm -f "$file"
done

table="bench/results/macro-$(IFS=-; echo "${sizes[*]}").md"
/usr/bin/python3 bench/macro_table.py "$results" "$limit" "$peer_limit" "$peer_gib" "${sizes[@]}" | tee "$table"
echo "wrote $table" >&2
