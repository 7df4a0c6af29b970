#!/usr/bin/env bash
# `npm run migrate:create -- <name>`: one migration per SQL adapter (SQLite and PostgreSQL), from the
# current collections. Needs a PostgreSQL server: TEST_POSTGRES_URL (a role that may create
# databases), else the Debian one that scripts/ensure-system.sh starts.
set -euo pipefail
cd "$(dirname "$0")/.."
name="${1:?Geef een naam, bijvoorbeeld: npm run migrate:create -- locatie-fotos}"
export PATH="$PWD/node_modules/.bin:$PATH" PAYLOAD_CONFIG_PATH=payload.config.ts NODE_ENV=production
export PAYLOAD_SECRET="${PAYLOAD_SECRET:-migration-only-secret-0000000000}"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
DATA_DIR="$tmp" DATABASE_URL="" payload migrate:create "$name"
# A scratch PostgreSQL database on the server of TEST_POSTGRES_URL (else Debian's, see
# scripts/ensure-system.sh): the existing migrations are applied to it, then the new one is diffed.
if [ -z "${TEST_POSTGRES_URL:-}" ]; then
  url=$(bash scripts/ensure-system.sh --postgres-only)
  export TEST_POSTGRES_URL="$url"
fi
db="zorgatlas_migrate_$$"
db_url=$(node scripts/test-postgres.mjs create "$db")
trap 'node scripts/test-postgres.mjs drop "$db" || true; rm -rf "$tmp"' EXIT
DATA_DIR="$tmp" DATABASE_URL="$db_url" payload migrate
DATA_DIR="$tmp" DATABASE_URL="$db_url" payload migrate:create "$name"
# Payload generates value imports of types; Node's loaders need them marked as types.
# (-i.bak and rm: works with GNU and BSD/macOS sed alike)
sed -E -i.bak "s/^import \{ MigrateUpArgs, MigrateDownArgs, sql \}/import { type MigrateUpArgs, type MigrateDownArgs, sql }/" cms/migrations/*/2*.ts
rm -f cms/migrations/*/2*.ts.bak
echo "Migraties aangemaakt in cms/migrations/sqlite en cms/migrations/postgres"
