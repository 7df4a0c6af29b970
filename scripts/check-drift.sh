#!/usr/bin/env bash
# Generated files must match the code they come from (part of `npm test`): the Payload types
# (cms/payload-types.ts), the admin import map, and the migrations — a schema change without its
# migration fails here, on SQLite and on PostgreSQL (TEST_POSTGRES_URL, a scratch database).
# On failure the regenerated files stay in the working tree, so `git diff` shows what drifted.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PWD/node_modules/.bin:$PATH" PAYLOAD_CONFIG_PATH=payload.config.ts NODE_ENV=production
export PAYLOAD_SECRET="${PAYLOAD_SECRET:-drift-check-secret-00000000000}"
tmp=$(mktemp -d)
db=""
cleanup() {
  if [ -n "$db" ]; then node scripts/test-postgres.mjs drop "$db" >/dev/null 2>&1 || true; fi
  rm -rf "$tmp"
}
trap cleanup EXIT

# Three independent checks, side by side (each loads the Payload config in its own processes, on
# its own scratch data dir, and writes only its own files): types and import map, the SQLite
# migrations, the PostgreSQL migrations. Each prints its findings; its exit code says whether it
# found drift.
generated() {
  local dir="$tmp/generated"
  mkdir -p "$dir"
  DATA_DIR="$dir" payload generate:types >/dev/null
  DATA_DIR="$dir" payload generate:importmap >/dev/null
  prettier --write cms/payload-types.ts "cms/app/(payload)/admin/importMap.js" >/dev/null
  if ! git diff --quiet -- cms/payload-types.ts "cms/app/(payload)/admin/importMap.js"; then
    echo "Gegenereerde bestanden lopen achter op de code: commit de nieuwe versie." >&2
    git --no-pager diff --stat -- cms/payload-types.ts "cms/app/(payload)/admin/importMap.js" >&2
    return 1
  fi
}

# A migration that `migrate:create` would write means the schema changed without one.
sqlite_migrations() {
  local dir="$tmp/sqlite"
  mkdir -p "$dir"
  DATA_DIR="$dir" DATABASE_URL="" payload migrate:create drift-check </dev/null >/dev/null 2>&1 || true
}
postgres_migrations() {
  [ -n "${TEST_POSTGRES_URL:-}" ] || return 0
  local dir="$tmp/postgres" db_url
  mkdir -p "$dir"
  db_url=$(node scripts/test-postgres.mjs create "$db")
  DATA_DIR="$dir" DATABASE_URL="$db_url" payload migrate >/dev/null 2>&1
  DATA_DIR="$dir" DATABASE_URL="$db_url" payload migrate:create drift-check </dev/null >/dev/null 2>&1 || true
}

[ -n "${TEST_POSTGRES_URL:-}" ] && db="zorgatlas_drift_$$"
before=$(git status --porcelain --untracked-files=all -- cms/migrations)
generated &
generated_pid=$!
sqlite_migrations &
sqlite_pid=$!
postgres_migrations &
postgres_pid=$!
fail=0
wait "$generated_pid" || fail=1
wait "$sqlite_pid" || fail=1
wait "$postgres_pid" || fail=1

after=$(git status --porcelain --untracked-files=all -- cms/migrations)
if [ "$before" != "$after" ]; then
  echo "Het schema is veranderd zonder migratie: npm run migrate:create -- <naam>" >&2
  diff <(echo "$before") <(echo "$after") >&2 || true
  # Take back what this check wrote (only that: a developer's own new files stay).
  git checkout -q -- cms/migrations/sqlite/index.ts cms/migrations/postgres/index.ts 2>/dev/null || true
  comm -13 <(echo "$before" | sort) <(echo "$after" | sort) | awk '$1 == "??" {print $2}' | xargs -r rm -f
  fail=1
fi
exit $fail
