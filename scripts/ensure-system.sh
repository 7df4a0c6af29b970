#!/usr/bin/env bash
# What the test suite needs outside npm: a PostgreSQL server with a role that may create databases,
# and a Chromium. Prints the PostgreSQL admin URL for the tests on stdout (everything else goes to
# stderr), so callers do: url=$(bash scripts/ensure-system.sh)
#
# - TEST_POSTGRES_URL set: that server is used; nothing is installed or started here.
# - otherwise Debian's PostgreSQL: installed with apt-get and started when needed, as root or with
#   sudo; the role zorgatlas/zorgatlas (CREATEDB) is created in it.
# - CHROMIUM_PATH set: that browser is used; otherwise /usr/bin/chromium (installed with apt-get).
# Without root or sudo, it says exactly what to install and which variables to set, and fails.
# --postgres-only: leave the browser alone (scripts/migrate-create.sh).
set -euo pipefail
exec 3>&1 1>&2

browser=yes
[ "${1:-}" = --postgres-only ] && browser=no
chromium="${CHROMIUM_PATH:-/usr/bin/chromium}"
if [ "$browser" = yes ] && [ -n "${CHROMIUM_PATH:-}" ] && [ ! -x "$CHROMIUM_PATH" ]; then
  echo "CHROMIUM_PATH=$CHROMIUM_PATH is geen uitvoerbaar bestand. Geef het pad van Chromium of Google Chrome." >&2
  exit 1
fi

# How to run a command as root and as the postgres user: directly, with sudo, or not at all.
if [ "$(id -u)" -eq 0 ]; then
  privileged=yes
  as_root() { "$@"; }
  as_postgres() { runuser -u postgres -- "$@"; }
elif command -v sudo >/dev/null 2>&1; then
  privileged=yes
  as_root() { sudo "$@" || cannot "'sudo $1' is mislukt."; }
  as_postgres() { sudo -u postgres "$@" || cannot "'sudo -u postgres $1' is mislukt."; }
else
  privileged=no
fi

cannot() {
  cat >&2 <<EOF
npm test kan dit niet zelf regelen: $1
Nodig zijn een PostgreSQL-server (13 of nieuwer) met een rol die databases mag aanmaken, en Chromium
of Google Chrome. Zonder root of sudo installeer je ze zelf:
  Debian/Ubuntu (door een beheerder): apt-get install -y postgresql chromium
  macOS (Homebrew): brew install postgresql@17 && brew services start postgresql@17
                    en Google Chrome of: brew install --cask chromium
Maak een rol die databases mag aanmaken, bijvoorbeeld (als de PostgreSQL-superuser):
  psql -d postgres -c "CREATE ROLE zorgatlas LOGIN PASSWORD 'zorgatlas' CREATEDB"
en geef de tests de server en de browser mee:
  TEST_POSTGRES_URL=postgres://zorgatlas:zorgatlas@127.0.0.1:5432/postgres \\
  CHROMIUM_PATH=/usr/bin/chromium npm test
  (macOS: CHROMIUM_PATH="/Applications/Google Chrome.app/Contents/MacOS/Google Chrome")
EOF
  exit 1
}

# System packages that are missing (Debian names).
need=()
[ -n "${TEST_POSTGRES_URL:-}" ] || command -v pg_ctlcluster >/dev/null 2>&1 || need+=(postgresql)
[ "$browser" = no ] || [ -x "$chromium" ] || need+=(chromium)
if [ ${#need[@]} -gt 0 ]; then
  command -v apt-get >/dev/null 2>&1 || cannot "geen apt-get op deze machine (ontbreekt: ${need[*]})."
  [ "$privileged" = yes ] || cannot "ontbreekt: ${need[*]}, en er is geen root of sudo."
  echo "[test] apt-get install ${need[*]}"
  as_root env DEBIAN_FRONTEND=noninteractive apt-get update -qq 3>&-
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >/dev/null 3>&-
fi

if [ -n "${TEST_POSTGRES_URL:-}" ]; then
  echo "[test] PostgreSQL van TEST_POSTGRES_URL (hier niets geïnstalleerd of gestart)"
  echo "$TEST_POSTGRES_URL" >&3
  exit 0
fi
[ "$privileged" = yes ] || cannot "geen TEST_POSTGRES_URL, en zonder root of sudo kan de Debian-PostgreSQL niet gestart worden."

# Start the first Debian PostgreSQL cluster if it is down; make sure the test role exists.
cluster=$(pg_lsclusters -h 2>/dev/null | awk 'NR==1 {print $1" "$2}')
[ -n "$cluster" ] || cannot "geen PostgreSQL-cluster gevonden (pg_lsclusters)."
status=$(pg_lsclusters -h | awk 'NR==1 {print $4}')
if [ "$status" != "online" ]; then
  # The server must not inherit fd 3 (our caller's $(...) pipe): it would hold the pipe open and the
  # caller would wait for ever (CI timed out exactly here when the cluster was down).
  # shellcheck disable=SC2086 # "version name"
  as_root pg_ctlcluster $cluster start 3>&-
fi
port=$(pg_lsclusters -h | awk 'NR==1 {print $3}')
as_postgres psql -p "$port" -tAc "SELECT 1 FROM pg_roles WHERE rolname='zorgatlas'" | grep -q 1 ||
  as_postgres psql -p "$port" -c "CREATE ROLE zorgatlas LOGIN PASSWORD 'zorgatlas' CREATEDB" >/dev/null
echo "[test] PostgreSQL draait op poort $port"
echo "postgres://zorgatlas:zorgatlas@127.0.0.1:${port}/postgres" >&3
