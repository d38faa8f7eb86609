#!/usr/bin/env bash
# Several Production nodes of TalentChain on one PostgreSQL behind nginx (round-robin, no sticky sessions), on
# 127.0.0.1 only — the product's scale-out set-up, for the cluster tests (eng/cluster-test.sh) and for trying it out.
#
#   eng/cluster.sh start                 fresh database, migrate, administrator, demo data, N nodes, SMTP sink, nginx;
#                                        prints the proxy URL (idempotent: a running cluster is reused)
#   eng/cluster.sh stop                  stops exactly what start started and drops the database
#   eng/cluster.sh status                exit 0 when the proxy and every node answer; prints one line per process
#   eng/cluster.sh start-node NAME       (re)starts one node (node1, node2, …) with its recorded settings, waits until ready
#   eng/cluster.sh kill-node NAME        kill -9 of one node (what a crash looks like)
#
# Takes the Release build output of src/TalentChain (dotnet build src/TalentChain -c Release); builds nothing itself.
# Installs nginx (Debian package) when missing. Needs eng/postgres.sh's PostgreSQL (started when not running).
#
# Settings (environment variables):
#   TALENTCHAIN_CLUSTER_DIR        state directory: pids, logs, config, certificate, mail     (/tmp/talentchain-cluster)
#   TALENTCHAIN_CLUSTER_PORT       nginx listens on 127.0.0.1:PORT; node i on PORT+i              (5300 → nodes 5301, 5302)
#   TALENTCHAIN_CLUSTER_NODES      number of app nodes                                            (2)
#   TALENTCHAIN_CLUSTER_SMTP_PORT  the SMTP sink (eng/smtp-sink.py) the nodes send mail to        (5325)
#   TALENTCHAIN_CLUSTER_EMPLOYEES  demo enterprise loaded with the seed verb; 0 loads nothing      (2000)
#   TALENTCHAIN_CLUSTER_DB         database name                         (talentchain_cluster_<random>)
#   TALENTCHAIN_CLUSTER_PERIODIC_START_DELAY  Jobs__Periodic__StartDelay of the nodes           (00:00:05)
#   TALENTCHAIN_PG_PORT            PostgreSQL port (eng/postgres.sh)                              (55432)
#
# The state directory holds cluster.env (URL, node names/ports, connection string, administrator) for the tests,
# nodeN/pid, nodeN/node.log (JSON console), nodeN/run.sh; nginx/{nginx.conf,access.log,error.log,nginx.pid};
# mail/*.eml (the sink). nginx adds the response header X-Upstream-Addr (the node's address) and logs $upstream_addr.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
dir="${TALENTCHAIN_CLUSTER_DIR:-/tmp/talentchain-cluster}"
port="${TALENTCHAIN_CLUSTER_PORT:-5300}"
nodes="${TALENTCHAIN_CLUSTER_NODES:-2}"
smtp_port="${TALENTCHAIN_CLUSTER_SMTP_PORT:-5325}"
employees="${TALENTCHAIN_CLUSTER_EMPLOYEES:-2000}"
start_delay="${TALENTCHAIN_CLUSTER_PERIODIC_START_DELAY:-00:00:05}"
app_dll="$root/src/TalentChain/bin/Release/net10.0/TalentChain.dll"
content_root="$root/src/TalentChain"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

log() { echo "cluster: $*" >&2; }
die() { log "$*"; exit 1; }

pg_bin() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1; }
psql_admin() { "$(pg_bin)/psql" -X -q -v ON_ERROR_STOP=1 "host=127.0.0.1 port=${TALENTCHAIN_PG_PORT:-55432} user=postgres dbname=postgres" "$@"; }

alive() { [ -f "$1" ] && kill -0 "$(cat "$1")" 2>/dev/null; }

# Waits until URL answers 200 (up to $2 seconds).
wait_ready() {
  local url=$1 limit=${2:-90} i
  for ((i = 0; i < limit * 4; i++)); do
    if curl -fsS -o /dev/null --max-time 2 "$url" 2>/dev/null; then return 0; fi
    sleep 0.25
  done
  return 1
}

# nginx (and curl, python3 for the SMTP sink) from Debian packages when missing. The package's service is not started
# (policy-rc.d): the cluster runs its own nginx on 127.0.0.1 with a generated configuration.
ensure_tools() {
  local missing=()
  command -v nginx >/dev/null 2>&1 || [ -x /usr/sbin/nginx ] || missing+=(nginx)
  command -v curl >/dev/null 2>&1 || missing+=(curl)
  command -v python3 >/dev/null 2>&1 || missing+=(python3)
  [ ${#missing[@]} = 0 ] && return 0
  log "installing ${missing[*]} (apt)…"
  mkdir -p "$dir"
  local policy=""
  if [ ! -e /usr/sbin/policy-rc.d ] && [ -w /usr/sbin ]; then
    printf '#!/bin/sh\nexit 101\n' >/usr/sbin/policy-rc.d && chmod +x /usr/sbin/policy-rc.d && policy=/usr/sbin/policy-rc.d
  fi
  local rc=0
  (export DEBIAN_FRONTEND=noninteractive; apt-get update -qq && apt-get install -y -qq --no-install-recommends "${missing[@]}") >"$dir/apt.log" 2>&1 || rc=$?
  [ -n "$policy" ] && rm -f "$policy"
  [ $rc = 0 ] || die "installing ${missing[*]} failed; see $dir/apt.log"
}
nginx_bin() { command -v nginx 2>/dev/null || echo /usr/sbin/nginx; }

# The settings every node shares; node-specific ones are added in run.sh.
write_node_script() {
  local name=$1 node_port=$2 conn=$3
  mkdir -p "$dir/$name"
  cat >"$dir/$name/run.sh" <<EOF
#!/usr/bin/env bash
# Starts $name in the foreground (eng/cluster.sh start-node $name runs it in the background).
export ASPNETCORE_ENVIRONMENT=Production
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
export Database__Provider=Postgres
export Database__ConnectionString='$conn'
export Database__MigrateOnStartup=false
export DataProtection__CertificatePath='$dir/data-protection.pfx'
export Audit__AnchorKeyFile='$dir/audit-anchor.key'
export Audit__CheckpointPath='$dir/audit-checkpoints.jsonl'
export Jobs__NodeName=$name
export Jobs__Periodic__StartDelay=$start_delay
export Email__SmtpHost=127.0.0.1 Email__SmtpPort=$smtp_port Email__SmtpEnableSsl=false
export Email__BaseUrl='http://127.0.0.1:$port'
# Every test client signs in from 127.0.0.1 (through nginx, which forwards the address).
export SignIn__PerClientPermitLimit=100000
exec dotnet '$app_dll' --urls 'http://127.0.0.1:$node_port' --contentRoot '$content_root'
EOF
  chmod +x "$dir/$name/run.sh"
}

start_node() {
  local name=$1 node_port
  [ -f "$dir/$name/run.sh" ] || die "no node called $name (see $dir)"
  node_port=$(sed -n "s/^node_${name}_port=//p" "$dir/cluster.env")
  if alive "$dir/$name/pid"; then
    wait_ready "http://127.0.0.1:$node_port/health/ready" 90 || die "$name does not get ready; see $dir/$name/node.log"
    return 0
  fi
  nohup bash "$dir/$name/run.sh" </dev/null >>"$dir/$name/node.log" 2>&1 &
  echo $! >"$dir/$name/pid"
}

wait_node() {
  local name=$1 node_port
  node_port=$(sed -n "s/^node_${name}_port=//p" "$dir/cluster.env")
  wait_ready "http://127.0.0.1:$node_port/health/ready" 120 || { tail -20 "$dir/$name/node.log" >&2; die "$name did not get ready; see $dir/$name/node.log"; }
}

write_nginx_conf() {
  local conf="$dir/nginx/nginx.conf" i user_line=""
  mkdir -p "$dir/nginx/tmp"
  [ "$(id -u)" = 0 ] && user_line="user root;"
  {
    cat <<EOF
# Generated by eng/cluster.sh: round-robin over the nodes, no sticky sessions.
$user_line
daemon off;
worker_processes 1;
pid $dir/nginx/nginx.pid;
error_log $dir/nginx/error.log warn;
events { worker_connections 1024; }
http {
  log_format upstream '\$remote_addr [\$time_iso8601] "\$request" \$status \$body_bytes_sent upstream=\$upstream_addr rt=\$request_time';
  access_log $dir/nginx/access.log upstream;
  client_body_temp_path $dir/nginx/tmp/body;
  proxy_temp_path $dir/nginx/tmp/proxy;
  fastcgi_temp_path $dir/nginx/tmp/fastcgi;
  uwsgi_temp_path $dir/nginx/tmp/uwsgi;
  scgi_temp_path $dir/nginx/tmp/scgi;
  upstream talentchain {
EOF
    for ((i = 1; i <= nodes; i++)); do echo "    server 127.0.0.1:$((port + i)) max_fails=1 fail_timeout=5s;"; done
    cat <<EOF
    keepalive 32;
  }
  server {
    listen 127.0.0.1:$port;
    # Imports upload files up to 50 MB (the app answers 413 with its own message above that).
    client_max_body_size 60m;
    location / {
      proxy_pass http://talentchain;
      proxy_http_version 1.1;
      proxy_set_header Connection "";
      proxy_set_header Host \$http_host;
      proxy_set_header X-Forwarded-For \$proxy_add_x_forwarded_for;
      proxy_set_header X-Forwarded-Proto \$scheme;
      # Solves and imports run as jobs; requests themselves are short, but exports of large sets can take a while.
      proxy_read_timeout 300s;
      # A node that is down (refused connection) is skipped; a request it was already serving is not replayed.
      proxy_next_upstream error timeout;
      add_header X-Upstream-Addr \$upstream_addr always;
    }
  }
}
EOF
  } >"$conf"
}

cmd_start() {
  if [ -f "$dir/cluster.env" ] && cmd_status >/dev/null 2>&1; then
    sed -n 's/^url=//p' "$dir/cluster.env"; return 0
  fi
  [ -f "$dir/cluster.env" ] && { log "a previous cluster is half up: stopping it first"; cmd_stop; }
  [ -f "$app_dll" ] || die "no Release build at $app_dll: run 'dotnet build src/TalentChain -c Release' first"
  ensure_tools
  local pg_conn db conn admin_email admin_password i
  pg_conn=$(bash "$root/eng/postgres.sh" start) || die "PostgreSQL could not be started"
  # Only what an earlier run left (never a directory this script did not make).
  rm -rf "$dir"/node[0-9]* "$dir/nginx" "$dir/mail" "$dir"/*.log "$dir"/*.tsv "$dir"/*.jsonl "$dir"/*.pid "$dir/data-protection.pfx" "$dir/audit-anchor.key"
  mkdir -p "$dir/mail"
  db="${TALENTCHAIN_CLUSTER_DB:-talentchain_cluster_$(head -c 6 /dev/urandom | od -An -tx1 | tr -d ' \n')}"
  psql_admin -c "CREATE DATABASE \"$db\"" || die "could not create database $db"
  conn="Host=127.0.0.1;Port=${TALENTCHAIN_PG_PORT:-55432};Username=postgres;Database=$db;Timeout=15;Command Timeout=120"
  admin_email="admin@cluster.test"
  admin_password="Cl$(head -c 9 /dev/urandom | od -An -tx1 | tr -d ' \n')#Zq7"
  openssl rand -base64 32 >"$dir/audit-anchor.key" 2>/dev/null || head -c 32 /dev/urandom | base64 >"$dir/audit-anchor.key"
  chmod 600 "$dir/audit-anchor.key"
  {
    echo "url=http://127.0.0.1:$port"
    echo "database=$db"
    echo "connection_string=$conn"
    echo "admin_email=$admin_email"
    echo "admin_password=$admin_password"
    echo "employees=$employees"
    echo "smtp_port=$smtp_port"
    echo "mail_dir=$dir/mail"
    echo "root=$root"
    echo -n "nodes="; for ((i = 1; i <= nodes; i++)); do echo -n "node$i "; done; echo
    for ((i = 1; i <= nodes; i++)); do echo "node_node${i}_port=$((port + i))"; done
  } >"$dir/cluster.env"
  for ((i = 1; i <= nodes; i++)); do write_node_script "node$i" $((port + i)) "$conn"; done

  # One-off steps with the same settings as the nodes (the first creates the data-protection certificate).
  local verb_env=(env ASPNETCORE_ENVIRONMENT=Production Database__Provider=Postgres "Database__ConnectionString=$conn"
    "DataProtection__CertificatePath=$dir/data-protection.pfx" "Audit__AnchorKeyFile=$dir/audit-anchor.key"
    "Audit__CheckpointPath=$dir/audit-checkpoints.jsonl")
  log "database $db: migrate"
  (cd "$content_root" && "${verb_env[@]}" dotnet "$app_dll" migrate) >"$dir/setup.log" 2>&1 || { cat "$dir/setup.log" >&2; die "migrate failed"; }
  (cd "$content_root" && "${verb_env[@]}" dotnet "$app_dll" users create-admin --email "$admin_email" --password "$admin_password") >>"$dir/setup.log" 2>&1 \
    || { cat "$dir/setup.log" >&2; die "users create-admin failed"; }
  # The recurring tasks and their intervals (name TAB "every hh:mm:ss"), for the tests.
  (cd "$content_root" && "${verb_env[@]}" dotnet "$app_dll" jobs list) >"$dir/periodic-tasks.tsv" 2>>"$dir/setup.log" || true
  if [ "$employees" -gt 0 ]; then
    log "seed: $employees employees"
    (cd "$content_root" && "${verb_env[@]}" dotnet "$app_dll" seed --employees "$employees") >>"$dir/setup.log" 2>&1 || { cat "$dir/setup.log" >&2; die "seed failed"; }
  fi

  nohup python3 "$root/eng/smtp-sink.py" --port "$smtp_port" --dir "$dir/mail" </dev/null >"$dir/smtp-sink.log" 2>&1 &
  echo $! >"$dir/smtp-sink.pid"

  log "starting $nodes nodes"
  for ((i = 1; i <= nodes; i++)); do start_node "node$i"; done
  for ((i = 1; i <= nodes; i++)); do wait_node "node$i"; done

  write_nginx_conf
  "$(nginx_bin)" -t -p "$dir/nginx" -c "$dir/nginx/nginx.conf" -e "$dir/nginx/error.log" >"$dir/nginx/check.log" 2>&1 \
    || { cat "$dir/nginx/check.log" >&2; die "nginx configuration refused"; }
  nohup "$(nginx_bin)" -p "$dir/nginx" -c "$dir/nginx/nginx.conf" -e "$dir/nginx/error.log" </dev/null >"$dir/nginx/stdout.log" 2>&1 &
  echo $! >"$dir/nginx/master.pid"
  wait_ready "http://127.0.0.1:$port/health/ready" 20 || { cat "$dir/nginx/error.log" >&2; die "nginx does not answer on $port"; }
  log "up: http://127.0.0.1:$port → nodes on $((port + 1))…$((port + nodes)); state in $dir"
  echo "http://127.0.0.1:$port"
}

stop_pid_file() {
  local file=$1 pid i
  [ -f "$file" ] || return 0
  pid=$(cat "$file")
  if kill -0 "$pid" 2>/dev/null; then
    kill -TERM "$pid" 2>/dev/null || true
    for ((i = 0; i < 60; i++)); do kill -0 "$pid" 2>/dev/null || break; sleep 0.25; done
    kill -0 "$pid" 2>/dev/null && kill -KILL "$pid" 2>/dev/null || true
  fi
  rm -f "$file"
}

cmd_stop() {
  [ -f "$dir/cluster.env" ] || { log "nothing to stop ($dir/cluster.env missing)"; return 0; }
  local db n
  stop_pid_file "$dir/nginx/master.pid"
  for n in $(sed -n 's/^nodes=//p' "$dir/cluster.env"); do stop_pid_file "$dir/$n/pid"; done
  stop_pid_file "$dir/smtp-sink.pid"
  db=$(sed -n 's/^database=//p' "$dir/cluster.env")
  if [ -n "$db" ] && bash "$root/eng/postgres.sh" status 2>/dev/null; then
    psql_admin -c "DROP DATABASE IF EXISTS \"$db\" WITH (FORCE)" || log "could not drop database $db"
  fi
  # Keep the logs of the last run for reading; the next start begins afresh.
  rm -f "$dir/cluster.env" "$dir/data-protection.pfx" "$dir/audit-anchor.key"
  log "stopped (logs kept in $dir)"
}

cmd_status() {
  [ -f "$dir/cluster.env" ] || { echo "not started"; return 1; }
  local ok=0 n p url
  url=$(sed -n 's/^url=//p' "$dir/cluster.env")
  for n in $(sed -n 's/^nodes=//p' "$dir/cluster.env"); do
    p=$(sed -n "s/^node_${n}_port=//p" "$dir/cluster.env")
    if alive "$dir/$n/pid" && curl -fs -o /dev/null --max-time 2 "http://127.0.0.1:$p/health/ready"; then echo "$n pid $(cat "$dir/$n/pid") port $p ready"
    else echo "$n port $p down"; ok=1; fi
  done
  if alive "$dir/nginx/master.pid" && curl -fs -o /dev/null --max-time 2 "$url/health/live"; then echo "nginx pid $(cat "$dir/nginx/master.pid") $url"
  else echo "nginx $url down"; ok=1; fi
  if alive "$dir/smtp-sink.pid"; then echo "smtp-sink pid $(cat "$dir/smtp-sink.pid") port $(sed -n 's/^smtp_port=//p' "$dir/cluster.env")"
  else echo "smtp-sink down"; ok=1; fi
  return $ok
}

case "${1:-}" in
  start) cmd_start ;;
  stop) cmd_stop ;;
  status) cmd_status ;;
  start-node)
    [ -n "${2:-}" ] && [ -f "$dir/cluster.env" ] || die "usage: $0 start-node NAME (with a started cluster)"
    start_node "$2"; wait_node "$2"; echo "$2 ready" ;;
  kill-node)
    [ -n "${2:-}" ] && [ -f "$dir/$2/pid" ] || die "usage: $0 kill-node NAME (a running node)"
    kill -KILL "$(cat "$dir/$2/pid")" 2>/dev/null || true; rm -f "$dir/$2/pid"; echo "$2 killed" ;;
  *) echo "usage: $0 start|stop|status|start-node NAME|kill-node NAME" >&2; exit 2 ;;
esac
