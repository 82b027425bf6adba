#!/usr/bin/env bash
# Installs every build and test tool the project needs that a fresh machine lacks.
# Idempotent: each step checks first, so a second run takes a second.
set -euo pipefail
cd "$(dirname "$0")/.."

TRUNK_VERSION=0.21.14
# The CLI that matches the `stylance` crate pinned in Cargo.toml.
STYLANCE_VERSION=0.8.4
WASM_SPLIT_VERSION=0.2.4
# Must equal the wasm-bindgen version in Cargo.lock: trunk refuses any other CLI.
WASM_BINDGEN_VERSION=$(sed -n '/^name = "wasm-bindgen"$/{n;s/^version = "\(.*\)"/\1/p}' Cargo.lock)

scope=${1:-all} # "run" installs only what `make run` needs; "all" adds the test tools.

# These tools' own speed hardly matters, their build time does (a first `make run` took
# 30 minutes with full optimization): build them lightly optimized, in one shared
# target folder, so the crates they have in common compile once.
export CARGO_TARGET_DIR="$PWD/target/tools"
export CARGO_PROFILE_RELEASE_OPT_LEVEL=1
export CARGO_PROFILE_RELEASE_LTO=false
export CARGO_PROFILE_RELEASE_CODEGEN_UNITS=16
export CARGO_PROFILE_RELEASE_DEBUG=false
export CARGO_PROFILE_RELEASE_STRIP=true

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  rustup target add wasm32-unknown-unknown
fi

# Without its default features: always offline, it needs no TLS to download
# tools nor the check for a newer version.
if ! trunk --version 2>/dev/null | grep -q " $TRUNK_VERSION\$"; then
  cargo install trunk --version "$TRUNK_VERSION" --locked --no-default-features
fi

# Without --locked: with it, this version fails on a yanked transitive crate.
if ! wasm-bindgen --version 2>/dev/null | grep -q " $WASM_BINDGEN_VERSION\$"; then
  cargo install wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION"
fi

# Splits the wasm at the lazy routes after trunk's build (scripts/split-wasm.mjs):
# the splitter of leptos' `#[lazy_route]`, which trunk 0.21 lacks.
if ! cargo install --list | grep -qx "wasm_split_cli_support v$WASM_SPLIT_VERSION:"; then
  cargo install wasm_split_cli_support --version "$WASM_SPLIT_VERSION" --features build-binary --locked
fi

# Trunk's pre-build hooks bundle the scoped CSS modules with it (see Trunk.toml).
if ! stylance --version 2>/dev/null | grep -q " $STYLANCE_VERSION\$"; then
  cargo install stylance-cli --version "$STYLANCE_VERSION" --locked
fi

if [ ! -x tools/node_modules/.bin/wasm-opt ] || [ tools/package-lock.json -nt tools/node_modules/.package-lock.json ]; then
  (cd tools && npm ci --no-audit --no-fund)
fi

if [ "$scope" = all ]; then
  if [ ! -x /usr/bin/chromium ] || [ ! -x /usr/bin/chromedriver ]; then
    apt-get update
    DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends chromium chromium-driver
  fi
  # Schemathesis fuzzes the API against its OpenAPI document (scripts/schemathesis.sh),
  # every package pinned in tools/schemathesis/requirements.txt, in a project-local environment.
  if [ ! -x tools/venv/bin/st ] || [ tools/schemathesis/requirements.txt -nt tools/venv/bin/st ]; then
    python3 -m venv tools/venv
    tools/venv/bin/pip install --quiet --disable-pip-version-check -r tools/schemathesis/requirements.txt
    touch tools/venv/bin/st
  fi
  if [ ! -d e2e/node_modules/@playwright/test ] || [ e2e/package-lock.json -nt e2e/node_modules/.package-lock.json ]; then
    (cd e2e && npm ci --no-audit --no-fund)
  fi
fi
