#!/usr/bin/env bash
# Loads the API over loopback with wrk (32 connections, 2 threads) and reports
# requests/s and p50/p99 latency for search, a service sheet and an office
# query, and for two HTML pages (a service sheet, the catalogue) served from
# dist/, at the seed's size and at 10 000 and 100 000 services.
# Usage: bench/run.sh [seconds-per-run]   (default 10; needs dist/: make app)
set -euo pipefail
cd "$(dirname "$0")/.."
duration=${1:-10}
[ -f dist/index.html ] || { echo "no dist/index.html: run make app first" >&2; exit 1; }
command -v wrk >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk; }
cargo build --quiet --profile server -p ventanilla-api --bins
bin=target/server
work=$(mktemp -d)
trap 'kill $(jobs -p) 2>/dev/null || true; rm -rf "$work"' EXIT

echo "| services | endpoint | requests/s | p50 | p99 |"
echo "| ---: | --- | ---: | ---: | ---: |"
for size in seed 10000 100000; do
  db="$work/$size.sqlite3"
  if [ "$size" != seed ]; then "$bin/synth" --services "$size" --db "$db" >/dev/null; fi
  "$bin/ventanilla-api" --addr 127.0.0.1:0 --db "$db" --dist dist > "$work/server.log" &
  until grep -q "ready at" "$work/server.log" 2>/dev/null; do sleep 0.2; done
  base=$(sed -n 's/.*ready at \(http:[^ ]*\)\/$/\1/p' "$work/server.log")
  count=$(curl -s "$base/api/v1/services?per_page=1" | sed -n 's/.*"total":\([0-9]*\).*/\1/p')
  for endpoint in search sheet offices sheet-html catalogue-html; do
    out=$(ENDPOINT=$endpoint wrk -t2 -c32 -d"${duration}s" --latency -s bench/paths.lua "$base" 2>&1)
    rps=$(awk '/Requests\/sec/ {print int($2)}' <<<"$out")
    p50=$(awk '$1 == "50%" {print $2}' <<<"$out")
    p99=$(awk '$1 == "99%" {print $2}' <<<"$out")
    errors=$(grep -E "Non-2xx|Socket errors" <<<"$out" || true)
    echo "| $count | $endpoint | $rps | $p50 | $p99 |${errors:+ $errors}"
  done
  kill %1; wait %1 2>/dev/null || true
done
