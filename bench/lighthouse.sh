#!/usr/bin/env bash
# Lighthouse mobile (its defaults: simulated slow 4G, 4x CPU slowdown), performance
# only, 3 runs each on / and on the service sheet /tramites/consulta-curp, against the
# built server and app on loopback with a fresh seeded SQLite DB. Prints a markdown
# table (score, LCP, FCP, TBT, transfer) and each page's median. Installs Lighthouse
# (bench/package-lock.json) into bench/node_modules when missing; needs Chromium.
# Usage: bench/lighthouse.sh [server-binary] [dist-dir]
#        (defaults target/server/ventanilla-api and dist; `make app` builds dist)
set -euo pipefail
cd "$(dirname "$0")/.."
bin=${1:-target/server/ventanilla-api}
dist=${2:-dist}
runs=3
[ -x "$bin" ] || { echo "no server binary at $bin" >&2; exit 1; }
[ -f "$dist/index.html" ] || { echo "no $dist/index.html: run make app" >&2; exit 1; }
[ -x bench/node_modules/.bin/lighthouse ] || (cd bench && npm ci --no-audit --no-fund --silent)
export CHROME_PATH=${CHROME_PATH:-/usr/bin/chromium}
tmp=$(mktemp -d)
trap 'kill $(jobs -p) 2>/dev/null || true; wait 2>/dev/null || true; rm -rf "$tmp"' EXIT

"$bin" --addr 127.0.0.1:0 --db "$tmp/db.sqlite3" --dist "$dist" >"$tmp/server.log" 2>&1 &
for _ in $(seq 600); do # seeding takes ~10 s; give up after 60 s
  grep -q "Ventanilla is ready at" "$tmp/server.log" && break
  kill -0 $! 2>/dev/null || { cat "$tmp/server.log" >&2; exit 1; }
  sleep 0.1
done
base=$(sed -n 's/.*Ventanilla is ready at \(http:[^ ]*\)\/$/\1/p' "$tmp/server.log")
[ -n "$base" ] || { echo "server not ready after 60 s" >&2; cat "$tmp/server.log" >&2; exit 1; }

pages=(/ /tramites/consulta-curp)
for p in "${!pages[@]}"; do
  for r in $(seq "$runs"); do
    for try in 1 2 3; do # a trace now and then fails to record (NO_NAVSTART): run again
      bench/node_modules/.bin/lighthouse "$base${pages[$p]}" --quiet --only-categories=performance \
        --chrome-flags="--headless=new --no-sandbox --disable-gpu" \
        --output=json --output-path="$tmp/report-$p-$r.json" && break
      [ "$try" -lt 3 ] || exit 1
    done
  done
done
node bench/lighthouse-summary.mjs "$tmp"/report-*.json
