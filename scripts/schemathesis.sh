#!/usr/bin/env bash
# Fuzzes the real API server against its own OpenAPI document with every
# schemathesis check: what the document says must be what the server does.
# Usage: scripts/schemathesis.sh SERVER_BINARY [max examples per operation]
set -euo pipefail
cd "$(dirname "$0")/.."

server=${1:?the ventanilla-api binary}
examples=${2:-60}
work=$(mktemp -d)
trap 'kill "$pid" 2>/dev/null || true; rm -rf "$work"' EXIT

RUST_LOG=warn "$server" --addr 127.0.0.1:0 --db "$work/api.sqlite3" >"$work/server.log" 2>&1 &
pid=$!
for _ in $(seq 100); do
  url=$(sed -n 's|^Ventanilla is ready at \(http://[^/]*\)/.*|\1|p' "$work/server.log")
  [ -n "$url" ] && break
  sleep 0.1
done
[ -n "$url" ] || { cat "$work/server.log"; exit 1; }

# Deterministic, so a failure is reproducible and a pass is not luck; the SMS
# limits answer 429 by design once the generated requests exhaust them (429
# is documented). tools/schemathesis/schemathesis.toml says why a 422 may
# answer a schema-valid request.
tools/venv/bin/st --config-file tools/schemathesis/schemathesis.toml run "$url/api/openapi.json" \
  --checks all \
  --max-examples "$examples" \
  --generation-deterministic \
  --workers 2 \
  --no-color
