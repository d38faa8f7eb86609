#!/usr/bin/env bash
# A private PostgreSQL cluster for tests and benchmarks, on 127.0.0.1 only.
#   eng/postgres.sh start   prints the admin connection string; installs PostgreSQL if it is missing
#   eng/postgres.sh stop    stops the cluster this script started
# Idempotent: start reuses a cluster already running on the port.
set -euo pipefail
port="${TALENTCHAIN_PG_PORT:-55432}"
dir="${TALENTCHAIN_PG_DIR:-/tmp/talentchain-pg-$port}"
conn="Host=127.0.0.1;Port=$port;Username=postgres;Database=postgres;Timeout=15;Command Timeout=120"

bindir() {
  local d
  d=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1 || true)
  if [ -z "$d" ] || [ ! -x "$d/initdb" ]; then
    echo "Installing PostgreSQL (apt)…" >&2
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq >&2 && apt-get install -y -qq --no-install-recommends postgresql >&2
    d=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
  fi
  echo "$d"
}

as_pg() {
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

case "${1:-}" in
  start)
    bin=$(bindir)
    if as_pg "$bin/pg_isready" -h 127.0.0.1 -p "$port" -q 2>/dev/null; then
      echo "$conn"; exit 0
    fi
    if [ ! -f "$dir/PG_VERSION" ]; then
      rm -rf "$dir"; mkdir -p "$dir"
      [ "$(id -u)" = 0 ] && chown postgres:postgres "$dir"
      as_pg "$bin/initdb" -D "$dir" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
    fi
    as_pg "$bin/pg_ctl" -D "$dir" -l "$dir/server.log" -w -t 60 \
      -o "-c listen_addresses=127.0.0.1 -p $port -c unix_socket_directories=$dir -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=300" start >/dev/null
    touch "$dir/.started-by-script"
    echo "$conn"
    ;;
  status)
    bin=$(bindir)
    as_pg "$bin/pg_isready" -h 127.0.0.1 -p "$port" -q 2>/dev/null
    ;;
  stop)
    bin=$(bindir)
    if [ -f "$dir/postmaster.pid" ]; then
      as_pg "$bin/pg_ctl" -D "$dir" -m fast -w stop >/dev/null || true
    fi
    ;;
  *)
    echo "usage: $0 start|status|stop" >&2; exit 2 ;;
esac
