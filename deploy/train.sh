#!/bin/sh
# Uploads a transactions file to the web service and trains it into a new model version that then serves.
# Usage: train.sh FILE [MAP...]   (MAP: canonical=source, as the upload's map field). Needs SPECTRUM_API_KEY;
# SPECTRUM_URL defaults to http://web:8080 (the compose service). Exits non-zero when the upload or the training fails.
set -eu
file=${1:?usage: train.sh FILE [canonical=source ...]}
shift
api=${SPECTRUM_URL:-http://web:8080}
key="X-Api-Key: ${SPECTRUM_API_KEY:?set SPECTRUM_API_KEY}"
maps=""
for map in "$@"; do maps="$maps -F map=$map"; done

# The host may still be starting: retry the first call while the port refuses connections.
# shellcheck disable=SC2086
dataset=$(curl -sS --fail-with-body --retry 60 --retry-connrefused --retry-delay 2 -H "$key" -F "file=@$file" $maps "$api/api/datasets")
id=$(printf '%s' "$dataset" | sed -n 's/^{"id":"\([^"]*\)".*/\1/p')
echo "uploaded $file as dataset $id"

run=$(curl -sS --fail-with-body -H "$key" -H "Content-Type: application/json" \
  -d "{\"datasetId\":\"$id\",\"evaluate\":true,\"activate\":true}" "$api/api/training-runs")
run_id=$(printf '%s' "$run" | sed -n 's/^{"id":"\([^"]*\)".*/\1/p')
echo "training run $run_id started"

while :; do
  state=$(curl -sS --fail-with-body -H "$key" "$api/api/training-runs/$run_id")
  case $state in
    *'"status":"succeeded"'*) echo "$state"; exit 0 ;;
    *'"status":"failed"'*) echo "$state" >&2; exit 1 ;;
  esac
  sleep 2
done
