#!/usr/bin/env bash
# Web load at scale: the pages and API calls users hit most, under wrk, on one node and on two nodes behind nginx
# (round-robin, no sticky sessions). A benchmark, not a test: nothing is asserted. 127.0.0.1 only; bounded in time.
#
#   eng/bench-web.sh                 seeds (if missing) a 100,000-employee PostgreSQL database, starts the app from the
#                                    Release build output, runs every endpoint on one node and on two nodes
#   WEB_BASE_URL=http://… eng/bench-web.sh   measure an already running deployment instead (nothing is started)
#
# Endpoints (each after a warm-up): the directory search API `q=wang` (personal access token) at 64 connections; the
# cohort dashboard page (the largest cohort) and the home page (sign-in cookie) at 32 connections.
# Prints one Markdown row per endpoint × topology; with WEB_PGSS=1 also the top statements from pg_stat_statements for
# each run (the extension must be preloaded by the cluster: see bench/results/2026-12-07-scale-out.md).
#
# Knobs (environment):
#   WEB_APP_DIR     build output to run (default: src/TalentChain/bin/Release/net10.0, built if missing)
#   WEB_PG_PORT     PostgreSQL port (default $TALENTCHAIN_PG_PORT or 55432); the cluster must be running
#   WEB_DB          database (default talentchain_web); seeded with WEB_EMPLOYEES (100000) people if it has none
#   WEB_PORTS       two app ports (default "5401 5402"); WEB_PROXY_PORT nginx port (default 5400)
#   WEB_TOPOLOGIES  "1 2" (default): one node, two nodes behind nginx
#   WEB_DURATION    wrk duration (default 20s); WEB_WARMUP (5s); WEB_THREADS (2)
#   WEB_ENDPOINTS   subset of "search dashboard home" (default all three)
#   WEB_LABEL       text for the first column of the rows (e.g. before / after)
#   WEB_DP_CERT     data-protection certificate shared by the nodes (default /tmp/talentchain-web-<db>-<port>.pfx)
#   WEB_PGSS        1: reset pg_stat_statements before each run and print its top statements after
{
set -uo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

app_dir="${WEB_APP_DIR:-$root/src/TalentChain/bin/Release/net10.0}"
pg_port="${WEB_PG_PORT:-${TALENTCHAIN_PG_PORT:-55432}}"
db="${WEB_DB:-talentchain_web}"; employees="${WEB_EMPLOYEES:-100000}"
read -r port1 port2 <<<"${WEB_PORTS:-5401 5402}"
proxy_port="${WEB_PROXY_PORT:-5400}"
topologies="${WEB_TOPOLOGIES:-1 2}"; endpoints=" ${WEB_ENDPOINTS:-search dashboard home} "
duration="${WEB_DURATION:-20s}"; warmup="${WEB_WARMUP:-5s}"; threads="${WEB_THREADS:-2}"
label="${WEB_LABEL:-}"; pgss="${WEB_PGSS:-0}"
work="$(mktemp -d /tmp/talentchain-web.XXXXXX)"; log="$work/bench.log"
conn="Host=127.0.0.1;Port=$pg_port;Username=postgres;Database=$db;Timeout=15;Command Timeout=300"
psql_db() { psql "host=127.0.0.1 port=$pg_port user=postgres dbname=$db" -v ON_ERROR_STOP=1 -qAt "$@"; }
say() { echo "[$(date -u +%T)] $*" >&2; echo "[$(date -u +%T)] $*" >>"$log"; }
loadavg() { cut -d' ' -f1 /proc/loadavg; }

pids=(); nginx_conf=""
cleanup() {
  for p in "${pids[@]}"; do kill "$p" 2>/dev/null; wait "$p" 2>/dev/null; done
  [ -n "$nginx_conf" ] && nginx -c "$nginx_conf" -s quit 2>/dev/null
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# A throw-away database: no audit anchor key (Production refuses that unless told; docs/audit-chain.md).
app_env=(env ASPNETCORE_ENVIRONMENT=Production ASPNETCORE_CONTENTROOT="$app_dir" Demo__SeedOnStartup=false Logging__LogLevel__Default=Warning
  Database__Provider=Postgres "Database__ConnectionString=$conn" Audit__AllowUnanchored=true
  DataProtection__CertificatePath="${WEB_DP_CERT:-/tmp/talentchain-web-$db-$pg_port.pfx}")

if [ -z "${WEB_BASE_URL:-}" ]; then
  if [ ! -f "$app_dir/TalentChain.dll" ]; then
    say "Building Release…"; dotnet build src/TalentChain -c Release -nologo -v q >>"$log" 2>&1 || { echo "build failed: $log"; exit 1; }
  fi
  if ! psql "host=127.0.0.1 port=$pg_port user=postgres" -qAt -c "SELECT 1 FROM pg_database WHERE datname = '$db'" | grep -q 1 \
     || [ "$(psql_db -c 'SELECT count(*) FROM "Employees"' 2>/dev/null || echo 0)" = 0 ]; then
    say "Seeding $employees employees into $db (port $pg_port)…"
    psql "host=127.0.0.1 port=$pg_port user=postgres" -qc "DROP DATABASE IF EXISTS $db WITH (FORCE)" -c "CREATE DATABASE $db" >>"$log" 2>&1
    (cd "$work" && "${app_env[@]}" dotnet "$app_dir/TalentChain.dll" seed --employees "$employees" --seed 1) >>"$log" 2>&1 || { echo "seed failed: $log"; exit 1; }
  fi
fi

start_node() { # port
  (cd "$work" && exec "${app_env[@]}" ASPNETCORE_URLS="http://127.0.0.1:$1" dotnet "$app_dir/TalentChain.dll") >"$work/app-$1.log" 2>&1 &
  pids+=($!)
  for _ in $(seq 240); do
    curl -fsS -o /dev/null "http://127.0.0.1:$1/health/live" 2>/dev/null && return 0
    kill -0 "${pids[-1]}" 2>/dev/null || break
    sleep 0.5
  done
  say "node on port $1 did not start (see $work/app-$1.log)"; return 1
}

start_proxy() {
  mkdir -p "$work/nginx"
  nginx_conf="$work/nginx/nginx.conf"
  cat >"$nginx_conf" <<EOF
worker_processes 1;
pid $work/nginx/nginx.pid;
error_log $work/nginx/error.log warn;
events { worker_connections 1024; }
http {
  access_log off;
  client_body_temp_path $work/nginx/body; proxy_temp_path $work/nginx/proxy;
  fastcgi_temp_path $work/nginx/fastcgi; uwsgi_temp_path $work/nginx/uwsgi; scgi_temp_path $work/nginx/scgi;
  upstream talentchain { server 127.0.0.1:$port1; server 127.0.0.1:$port2; keepalive 64; }
  server {
    listen 127.0.0.1:$proxy_port;
    location / {
      proxy_pass http://talentchain; proxy_http_version 1.1; proxy_set_header Connection "";
      proxy_set_header Host \$host; proxy_set_header X-Forwarded-For \$remote_addr; proxy_set_header X-Forwarded-Proto http;
    }
  }
}
EOF
  nginx -c "$nginx_conf" 2>>"$log" || { say "nginx did not start"; nginx_conf=""; return 1; }
}

# Sign in through the login form; leaves the cookie jar in $jar and a token in $token.
sign_in() { # base
  local base="$1" page af
  jar="$work/cookies.txt"; rm -f "$jar"
  page=$(curl -fsS -c "$jar" -b "$jar" "$base/account/login")
  af=$(echo "$page" | grep -o 'name="__RequestVerificationToken"[^>]*value="[^"]*"' | head -1 | sed -E 's/.*value="([^"]*)".*/\1/')
  curl -sS -o /dev/null -c "$jar" -b "$jar" "$base/account/login" --data-urlencode "Email=admin@talentchain.demo" \
    --data-urlencode "Password=TalentChain!2026" --data-urlencode "__RequestVerificationToken=$af"
  cookie=$(awk -F'\t' 'NF >= 7 && $6 !~ /Antiforgery/ { printf "%s%s=%s", (n++ ? "; " : ""), $6, $7 }' "$jar")
  # A cookie-authenticated API call that changes something carries the antiforgery token in a header (ADR 0032).
  af=$(curl -fsS -c "$jar" -b "$jar" "$base/account/tokens" | grep -o 'name="__RequestVerificationToken"[^>]*value="[^"]*"' | head -1 | sed -E 's/.*value="([^"]*)".*/\1/')
  token=$(curl -fsS -b "$jar" -H "RequestVerificationToken: $af" -H "Content-Type: application/json" -d '{"name":"bench-web","expiresInDays":1}' \
    "$base/api/v1/me/tokens" | python3 -c 'import json,sys; print(json.load(sys.stdin)["token"])' 2>/dev/null)
}

pgss_reset() { [ "$pgss" = 1 ] && psql_db -c "SELECT pg_stat_statements_reset()" >/dev/null 2>&1; return 0; }
pgss_top() { # title
  [ "$pgss" = 1 ] || return 0
  {
    echo; echo "pg_stat_statements, $1 (top 6 by total time; calls / mean ms / total ms / rows):"; echo; echo '```'
    psql_db -F ' | ' -c "SELECT calls, round(mean_exec_time::numeric, 2), round(total_exec_time::numeric), rows,
        left(regexp_replace(query, '\s+', ' ', 'g'), 230)
      FROM pg_stat_statements JOIN pg_database d ON d.oid = dbid WHERE d.datname = current_database()
        AND query NOT ILIKE '%pg_stat_statements%' ORDER BY total_exec_time DESC LIMIT 6"
    echo '```'
  } >>"$work/pgss.md"
}

[ "$pgss" = 1 ] && { psql_db -c "CREATE EXTENSION IF NOT EXISTS pg_stat_statements" >>"$log" 2>&1 || pgss=0; }
rows=()
run_wrk() { # name topology url connections header...
  local name="$1" topo="$2" url="$3" c="$4"; shift 4
  local out="$work/wrk-$name-$topo.txt" l status line
  status=$(curl -s -o /dev/null -w '%{http_code}' "$@" "$url")
  if [ "$status" != 200 ]; then rows+=("| $label | $name | $topo | $c | $url → $status, skipped | | | | |"); return; fi
  wrk -t"$threads" -c"$c" -d"$warmup" --timeout 10s "$@" "$url" >>"$log" 2>&1
  pgss_reset
  l=$(loadavg)
  say "wrk $name, $topo, $c connections (load $l)"
  wrk -t"$threads" -c"$c" -d"$duration" --timeout 10s --latency -s "$root/bench/wrk/summary.lua" "$@" "$url" >"$out" 2>&1
  cat "$out" >>"$log"
  line=$(grep '^RESULT ' "$out" | tail -1)
  get() { echo "$line" | sed -E "s/.* $1=([^ ]+).*/\\1/"; }
  rows+=("| $label | $name | $topo | $c | $(get rps) | $(get p50_ms) | $(get p99_ms) | $(get non2xx) + $(get socket_errors) | $l |")
  pgss_top "$label $name, $topo"
}

measure() { # base topology
  local base="$1" topo="$2"
  sign_in "$base"
  if [ -z "$token" ] || [ -z "$cookie" ]; then say "sign-in failed on $base"; rows+=("| $label | all | $topo | | sign-in failed | | | | |"); return; fi
  case "$endpoints" in *" search "*)
    run_wrk "directory search API q=wang" "$topo" "$base/api/v1/employees?q=wang&page=1&pageSize=25" 64 -H "Authorization: Bearer $token";; esac
  case "$endpoints" in *" dashboard "*)
    local cohort
    cohort=$(psql_db -c "SELECT \"CohortId\" FROM \"Participants\" GROUP BY 1 ORDER BY count(*) DESC, 1 LIMIT 1" 2>/dev/null)
    run_wrk "cohort dashboard page" "$topo" "$base/program/cohorts/${cohort:-1}/dashboard" 32 -H "Cookie: $cookie";; esac
  case "$endpoints" in *" home "*)
    run_wrk "home page" "$topo" "$base/" 32 -H "Cookie: $cookie";; esac
}

if [ -n "${WEB_BASE_URL:-}" ]; then
  measure "$WEB_BASE_URL" "given"
else
  for topo in $topologies; do
    if [ "$topo" = 1 ]; then
      start_node "$port1" && measure "http://127.0.0.1:$port1" "1 node"
    else
      { [ "${#pids[@]}" -ge 1 ] || start_node "$port1"; } && start_node "$port2" && start_proxy \
        && measure "http://127.0.0.1:$proxy_port" "2 nodes, nginx"
    fi
  done
fi

echo "| build | endpoint | topology | connections | req/s | p50 ms | p99 ms | errors (non-2xx + socket) | load avg |"
echo "|---|---|---|---:|---:|---:|---:|---|---:|"
printf '%s\n' "${rows[@]}"
[ -f "$work/pgss.md" ] && cat "$work/pgss.md"
echo "(log: $log)" >&2
exit 0
}
