#!/usr/bin/env bash
# `npm test`: every test layer. Lockfile check → system packages → typecheck, lint, format → unit →
# integration (SQLite, PostgreSQL, embedded search engine, site server) → build → end-to-end in
# Chromium. PostgreSQL: TEST_POSTGRES_URL when set, else Debian's (installed and started as root or
# with sudo). Browser: CHROMIUM_PATH when set, else /usr/bin/chromium. See scripts/ensure-system.sh.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PWD/node_modules/.bin:$PATH"
export NEXT_TELEMETRY_DISABLED=1 ASTRO_TELEMETRY_DISABLED=1

# TEST_POSTGRES_URL and CHROMIUM_PATH may also come from .env, read as every process reads it
# (search-indexer/runtime/env-file.ts: the environment wins).
from_env_file=$(node --import tsx scripts/env.ts TEST_POSTGRES_URL CHROMIUM_PATH)
eval "$from_env_file"

started=$(date +%s)
step() { echo; echo "=== $1 ($(( $(date +%s) - started )) s) ==="; }

step "Lockfile: native pakketten voor elk platform"
node scripts/check-lockfile.mjs

step "Systeempakketten (PostgreSQL, Chromium)"
url=$(bash scripts/ensure-system.sh)
export TEST_POSTGRES_URL="$url"
node scripts/test-postgres.mjs check
echo "[test] browser: ${CHROMIUM_PATH:-/usr/bin/chromium}"

step "Typecheck, lint en opmaak"
tsc --noEmit -p .
astro check --minimumSeverity warning
eslint --max-warnings 0 .
prettier --check . >/dev/null || { prettier --check . ; exit 1; }

step "Gegenereerde bestanden: types, import map, migraties"
bash scripts/check-drift.sh

step "Unit- en integratietests"
vitest run

step "End-to-end (Playwright, Chromium)"
playwright test

step "Klaar in $(( $(date +%s) - started )) s"
