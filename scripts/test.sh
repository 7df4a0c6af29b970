#!/usr/bin/env bash
# `npm test`: every test layer. Unit → integration (SQLite, PostgreSQL, embedded search engine, site
# server) → build → end-to-end in Debian Chromium. Installs PostgreSQL/Chromium when missing.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PWD/node_modules/.bin:$PATH"
export NEXT_TELEMETRY_DISABLED=1 ASTRO_TELEMETRY_DISABLED=1

started=$(date +%s)
step() { echo; echo "=== $1 ($(( $(date +%s) - started )) s) ==="; }

step "Lockfile: native pakketten voor elk platform"
node scripts/check-lockfile.mjs

step "Systeempakketten"
bash scripts/ensure-system.sh
port=$(pg_lsclusters -h | awk 'NR==1 {print $3}')
export TEST_POSTGRES_URL="postgres://zorgatlas:zorgatlas@127.0.0.1:${port}/postgres"

step "Typecheck, lint en opmaak"
tsc --noEmit -p .
eslint --max-warnings 0 .
prettier --check . >/dev/null || { prettier --check . ; exit 1; }

step "Unit- en integratietests"
vitest run

step "End-to-end (Playwright, Debian Chromium)"
playwright test

step "Klaar in $(( $(date +%s) - started )) s"
