#!/usr/bin/env bash
# System packages the test suite needs (Debian): PostgreSQL and Chromium. Installs what is missing
# (as root, with apt-get) and makes sure PostgreSQL runs with the test role.
set -euo pipefail

need=()
command -v pg_ctlcluster >/dev/null 2>&1 || need+=(postgresql)
[ -x /usr/bin/chromium ] || need+=(chromium)
if [ ${#need[@]} -gt 0 ]; then
  if [ "$(id -u)" -ne 0 ]; then
    echo "Nodig: ${need[*]}. Installeer met: sudo apt-get install -y ${need[*]}" >&2
    exit 1
  fi
  echo "[test] apt-get install ${need[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq "${need[@]}" >/dev/null
fi

# Start the first PostgreSQL cluster if it is down.
cluster=$(pg_lsclusters -h 2>/dev/null | awk 'NR==1 {print $1" "$2}')
if [ -z "$cluster" ]; then
  echo "Geen PostgreSQL-cluster gevonden" >&2
  exit 1
fi
status=$(pg_lsclusters -h | awk 'NR==1 {print $4}')
if [ "$status" != "online" ]; then
  pg_ctlcluster $cluster start
fi
port=$(pg_lsclusters -h | awk 'NR==1 {print $3}')
export PGPORT=$port
as_postgres() { if [ "$(id -u)" -eq 0 ]; then su postgres -c "$1"; else sudo -u postgres sh -c "$1"; fi; }
as_postgres "psql -p $port -tAc \"SELECT 1 FROM pg_roles WHERE rolname='zorgatlas'\"" | grep -q 1 ||
  as_postgres "psql -p $port -c \"CREATE ROLE zorgatlas LOGIN PASSWORD 'zorgatlas' CREATEDB\"" >/dev/null
echo "[test] PostgreSQL draait op poort $port"
