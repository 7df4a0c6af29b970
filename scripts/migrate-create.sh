#!/usr/bin/env bash
# `npm run migrate:create -- <name>`: one migration per SQL adapter (SQLite and PostgreSQL), from the
# current collections. Needs a PostgreSQL server (scripts/ensure-system.sh starts the Debian one).
set -euo pipefail
cd "$(dirname "$0")/.."
name="${1:?Geef een naam, bijvoorbeeld: npm run migrate:create -- locatie-fotos}"
export PATH="$PWD/node_modules/.bin:$PATH" PAYLOAD_CONFIG_PATH=payload.config.ts NODE_ENV=production
export PAYLOAD_SECRET="${PAYLOAD_SECRET:-migration-only-secret-0000000000}"
tmp=$(mktemp -d)
DATA_DIR="$tmp" DATABASE_URL="" payload migrate:create "$name"
bash scripts/ensure-system.sh >/dev/null
port=$(pg_lsclusters -h | awk 'NR==1 {print $3}')
db="zorgatlas_migrate_$$"
su postgres -c "createdb -p $port -O zorgatlas $db" 2>/dev/null || sudo -u postgres createdb -p "$port" -O zorgatlas "$db"
DATA_DIR="$tmp" DATABASE_URL="postgres://zorgatlas:zorgatlas@127.0.0.1:$port/$db" payload migrate
DATA_DIR="$tmp" DATABASE_URL="postgres://zorgatlas:zorgatlas@127.0.0.1:$port/$db" payload migrate:create "$name"
su postgres -c "dropdb -p $port $db" 2>/dev/null || sudo -u postgres dropdb -p "$port" "$db"
# Payload generates value imports of types; Node's loaders need them marked as types.
sed -i -E "s/^import \{ MigrateUpArgs, MigrateDownArgs, sql \}/import { type MigrateUpArgs, type MigrateDownArgs, sql }/" cms/migrations/*/2*.ts
rm -rf "$tmp"
echo "Migraties aangemaakt in cms/migrations/sqlite en cms/migrations/postgres"
