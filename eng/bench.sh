#!/usr/bin/env bash
# TalentChain benchmarks (not tests: nothing here is asserted). Targets 127.0.0.1 only; bounded in time.
#
#   eng/bench.sh            full run: 100,000 employees, 3 runs per import, wrk 30 s at 64 connections
#   eng/bench.sh --quick    smoke run of the script itself: 5,000 employees, 1 run, wrk 5 s
#
# What it does (see docs/benchmarks.md for what each figure means):
#   1. builds Release (app + bench/TalentChain.Benchmarks) and generates org-units.csv / employees.csv;
#   2. import: sqlite3 .import and psql \copy into a bare table, next to the app's `import` verb into
#      SQLite and PostgreSQL (fresh database each run, migrated first; median of the runs);
#   3. seed: the `seed` verb on SQLite and PostgreSQL (the PostgreSQL one is the directory data set);
#   4. directory load: the app (Release, Production) on 127.0.0.1, a personal access token, then wrk against
#      /health/live (bare), /api/v1/me (authenticated, no search) and the directory search (plain and filtered);
#   5. BenchmarkDotNet micro-benchmarks (ShortRun);
#   6. writes bench/results/<date>.md and prints it.
# Parts whose feature is missing from this build are reported as "skipped: …", not failed.
# Stops what it started: the app always, PostgreSQL only if this script started it.
#
# Knobs (environment): BENCH_EMPLOYEES, BENCH_RUNS, BENCH_DURATION (wrk, e.g. 30s), BENCH_CONNECTIONS,
# BENCH_THREADS, BENCH_PORT (5199), BENCH_BUDGET (seconds for the whole run; later parts are skipped past it),
# BENCH_SKIP (space-separated: import seed load micro).
# The whole body is one { … } group: bash parses it before running, so editing this file mid-run is harmless.
{
set -uo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

employees="${BENCH_EMPLOYEES:-100000}"; runs="${BENCH_RUNS:-3}"; duration="${BENCH_DURATION:-30s}"
connections="${BENCH_CONNECTIONS:-64}"; threads="${BENCH_THREADS:-2}"; port="${BENCH_PORT:-5199}"
# wrk drops a response slower than its timeout (default 2 s) from the latency histogram and counts it as a socket
# error; a generous timeout keeps slow responses in p50/p99 instead of hiding them.
wrk_timeout="${BENCH_WRK_TIMEOUT:-10s}"
budget="${BENCH_BUDGET:-2700}"; skip=" ${BENCH_SKIP:-} "
if [ "${1:-}" = "--quick" ]; then
  employees="${BENCH_EMPLOYEES:-5000}"; runs="${BENCH_RUNS:-1}"; duration="${BENCH_DURATION:-5s}"
fi
warmup="5s"; [ "$duration" = "5s" ] && warmup="2s"

pg_port="${TALENTCHAIN_PG_PORT:-55432}"
psql_conn="host=127.0.0.1 port=$pg_port user=postgres"
work="$(mktemp -d /tmp/talentchain-bench.XXXXXX)"
app_dir="$root/src/TalentChain/bin/Release/net10.0"
bench_dll="$root/bench/TalentChain.Benchmarks/bin/Release/net10.0/TalentChain.Benchmarks.dll"
results_dir="$root/bench/results"; mkdir -p "$results_dir"
# A quick or partial run never replaces the day's full report.
suffix=""; [ "${1:-}" = "--quick" ] && suffix="-quick"; [ -z "$suffix" ] && [ -n "${BENCH_SKIP:-}" ] && suffix="-partial"
report="$results_dir/$(date -u +%F)$suffix.md"
log="$work/bench.log"
echo "Benchmark work directory: $work (log: $log)"

# ---------------------------------------------------------------- housekeeping
app_pid=""; pg_started=0
cleanup() {
  if [ -n "$app_pid" ] && kill -0 "$app_pid" 2>/dev/null; then
    kill "$app_pid" 2>/dev/null; wait "$app_pid" 2>/dev/null
  fi
  if [ "$pg_started" = 1 ]; then bash "$root/eng/postgres.sh" stop; fi
  rm -f "$work"/*.db "$work"/*.db-* 2>/dev/null
}
trap cleanup EXIT
trap 'exit 130' INT TERM

say() { echo "[$(date -u +%T)] $*" | tee -a "$log"; }
loadavg() { cut -d' ' -f1 /proc/loadavg; }
over_budget() { [ "$SECONDS" -ge "$budget" ]; }
skipped() { case "$skip" in *" $1 "*) return 0;; esac; return 1; }

# Markdown rows collected per section, written at the end.
import_rows=(); seed_rows=(); load_rows=(); notes=()
note() { notes+=("$*"); say "note: $*"; }

# Runs a command with a time limit, appends its output to the log; prints elapsed seconds on success.
timed() {
  local limit="$1"; shift
  local t0 t1
  t0=$(date +%s.%N)
  if timeout "$limit" bash -c '"$@"' bash "$@" >>"$log" 2>&1; then
    t1=$(date +%s.%N); awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.2f", b - a }'
  else
    return 1
  fi
}
median() { printf '%s\n' "$@" | sort -g | awk '{ v[NR] = $1 } END { if (NR == 0) print "–"; else if (NR % 2) print v[(NR + 1) / 2]; else printf "%.2f", (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
rate() { awk -v n="$1" -v s="$2" 'BEGIN { if (s > 0) printf "%.0f", n / s; else print "–" }'; }

# The app as a CLI. Content root = the build output (its appsettings.json); every database is an explicit, absolute
# connection string, so nothing lands under data/. Exported so `timed` can run them under `timeout`.
app_env() {
  env ASPNETCORE_ENVIRONMENT=Production ASPNETCORE_CONTENTROOT="$app_dir" Demo__SeedOnStartup=false \
      Logging__LogLevel__Default=Warning "$@"
}
app_sqlite() { app_env Database__Provider=Sqlite "Database__ConnectionString=Data Source=$1" dotnet "$app_dir/TalentChain.dll" "${@:2}"; }
app_pg() { app_env Database__Provider=Postgres "Database__ConnectionString=$pg_base;Database=$1" dotnet "$app_dir/TalentChain.dll" "${@:2}"; }
export -f app_env app_sqlite app_pg
export app_dir
pg() { psql "$psql_conn dbname=${PGDB:-postgres}" -v ON_ERROR_STOP=1 -qAt "$@"; }
pg_recreate() { pg -c "DROP DATABASE IF EXISTS $1 WITH (FORCE)" >>"$log" 2>&1 && pg -c "CREATE DATABASE $1" >>"$log" 2>&1; }

# ---------------------------------------------------------------- build and data
say "Building Release (app and benchmarks)…"
if ! dotnet build "$root/bench/TalentChain.Benchmarks" -c Release -nologo -v q >>"$log" 2>&1; then
  grep -E "error" "$log" | sort -u | head -20; echo "Build failed; see $log"; exit 1
fi

for tool in sqlite3 psql wrk; do
  if ! command -v "$tool" >/dev/null; then
    say "Installing $tool (apt)…"
    pkg=$tool; [ "$tool" = psql ] && pkg=postgresql-client
    (export DEBIAN_FRONTEND=noninteractive; apt-get install -y -qq --no-install-recommends "$pkg") >>"$log" 2>&1 \
      || note "$tool could not be installed; the parts that need it are skipped."
  fi
done

if bash eng/postgres.sh status 2>/dev/null; then pg_started=0; else pg_started=1; fi
if ! pg_base="$(bash eng/postgres.sh start 2>>"$log")"; then
  note "PostgreSQL could not be started; PostgreSQL parts skipped."; pg_base=""
fi
pg_base="$(echo "$pg_base" | sed -E 's/;Database=[^;]*//')"; export pg_base

data="$work/data"
say "Generating $employees employees (seed 1)…"
dotnet "$bench_dll" generate --employees "$employees" --seed 1 --out "$data" | tee -a "$log"
csv_mb=$(awk -v b="$(stat -c %s "$data/employees.csv")" 'BEGIN { printf "%.1f", b / 1048576 }')

cat >"$work/bare.sql" <<'SQL'
CREATE TABLE bare (employee_number text, family_name text, given_name text, chinese_name text, email text,
  org_unit_code text, position text, manager_employee_number text, hire_date date, birth_date date,
  track text, title text, grade integer, status text, departure_date date);
SQL

# Does this build have the import verb? Without it, `import --help` prints the root help (usage "TalentChain [command]").
has_import=0
if app_sqlite "$work/probe.db" import --help >"$work/import-help.txt" 2>&1 && grep -q "TalentChain import" "$work/import-help.txt"; then has_import=1; fi

count_sqlite() { sqlite3 "$1" 'SELECT count(*) FROM "Employees"' 2>/dev/null || echo "?"; }
count_pg() { PGDB="$1" pg -c 'SELECT count(*) FROM "Employees"' 2>/dev/null || echo "?"; }

# ---------------------------------------------------------------- 1. import
if skipped import; then
  import_rows+=("| import | skipped: BENCH_SKIP | | | |")
else
  say "Import benchmark: $runs run(s) each…"; import_load=$(loadavg)
  # Process start-up of the app as a CLI (a no-op migrate): part of every app figure below.
  startup=()
  app_sqlite "$work/startup.db" migrate >>"$log" 2>&1
  for _ in $(seq "$runs"); do
    t=$(timed 120 app_sqlite "$work/startup.db" migrate) && startup+=("$t")
  done
  startup_s=$(median "${startup[@]}")

  # (a) sqlite3 .import into a bare table
  times=()
  for _ in $(seq "$runs"); do
    rm -f "$work/bare.db"; sqlite3 "$work/bare.db" <"$work/bare.sql"
    t=$(timed 600 sqlite3 "$work/bare.db" ".import --csv --skip 1 $data/employees.csv bare") && times+=("$t")
  done
  rows=$(sqlite3 "$work/bare.db" 'SELECT count(*) FROM bare' 2>/dev/null || echo "?")
  m=$(median "${times[@]}")
  import_rows+=("| \`sqlite3 .import\` → bare table (SQLite) | $m | $(rate "$employees" "$m") | $rows | ${times[*]:-failed} |")

  # (b) psql \copy into a bare table
  if [ -n "$pg_base" ]; then
    times=()
    pg_recreate talentchain_bench_bare
    for _ in $(seq "$runs"); do
      PGDB=talentchain_bench_bare pg -c "DROP TABLE IF EXISTS bare" -f "$work/bare.sql" >>"$log" 2>&1
      t=$(timed 600 psql "$psql_conn dbname=talentchain_bench_bare" -v ON_ERROR_STOP=1 -c "\\copy bare from '$data/employees.csv' csv header") && times+=("$t")
    done
    rows=$(PGDB=talentchain_bench_bare pg -c 'SELECT count(*) FROM bare' 2>/dev/null || echo "?")
    m=$(median "${times[@]}")
    import_rows+=("| \`psql \\copy\` → bare table (PostgreSQL) | $m | $(rate "$employees" "$m") | $rows | ${times[*]:-failed} |")
    PGDB=postgres pg -c "DROP DATABASE IF EXISTS talentchain_bench_bare WITH (FORCE)" >>"$log" 2>&1
  else
    import_rows+=("| \`psql \\copy\` → bare table (PostgreSQL) | skipped: PostgreSQL not available | | | |")
  fi

  # (c, d) the app's import verb: org units, then employees, into a freshly migrated database.
  if [ "$has_import" = 0 ]; then
    msg="skipped: import verb not available in this build"
    say "$msg"
    import_rows+=("| app \`import\` → SQLite | $msg | | | |" "| app \`import\` → PostgreSQL | $msg | | | |")
  else
    for provider in Sqlite Postgres; do
      if [ "$provider" = Postgres ] && [ -z "$pg_base" ]; then
        import_rows+=("| app \`import\` → PostgreSQL | skipped: PostgreSQL not available | | | |"); continue
      fi
      if over_budget; then import_rows+=("| app \`import\` → $provider | skipped: time budget (BENCH_BUDGET=$budget s) used up | | | |"); continue; fi
      times=(); unit_times=(); rows="?"; failed=0
      for i in $(seq "$runs"); do
        if [ "$provider" = Sqlite ]; then
          db="$work/import-$i.db"; rm -f "$db"*; run=app_sqlite
        else
          db="talentchain_bench_import"; pg_recreate "$db"; run=app_pg
        fi
        if ! $run "$db" migrate >>"$log" 2>&1; then failed=1; break; fi
        if ! u=$(timed 600 $run "$db" import org-units "$data/org-units.csv"); then failed=1; break; fi
        if ! t=$(timed 1800 $run "$db" import employees "$data/employees.csv"); then failed=1; break; fi
        unit_times+=("$u"); times+=("$t")
        if [ "$provider" = Sqlite ]; then rows=$(count_sqlite "$db"); rm -f "$db"*; else rows=$(count_pg "$db"); fi
        # Keep time for the directory benchmark: a slow import is measured once, not three times.
        if [ "$i" -lt "$runs" ] && awk -v t="$t" 'BEGIN { exit !(t > 180) }'; then
          note "app import into $provider: 1 run only (the first took $t s)"; break
        fi
      done
      [ "$provider" = Postgres ] && PGDB=postgres pg -c "DROP DATABASE IF EXISTS talentchain_bench_import WITH (FORCE)" >>"$log" 2>&1
      label="app \`import org-units\` + \`import employees\` → $provider"
      if [ "$failed" = 1 ] && [ "${#times[@]}" = 0 ]; then
        import_rows+=("| $label | failed (exit ≠ 0 or time-out; see log) | | | |")
      else
        m=$(median "${times[@]}")
        import_rows+=("| $label | $m | $(rate "$employees" "$m") | $rows | employees: ${times[*]}; org units: ${unit_times[*]} |")
      fi
    done
  fi
fi

# ---------------------------------------------------------------- 2. seed (and the directory data set)
dir_db="talentchain_bench_directory"; seeded_pg=0; seed_load=$(loadavg)
if skipped seed && skipped load; then
  seed_rows+=("| seed | skipped: BENCH_SKIP | | |")
else
  for provider in Sqlite Postgres; do
    if [ "$provider" = Sqlite ] && skipped seed; then continue; fi
    if [ "$provider" = Postgres ] && [ -z "$pg_base" ]; then seed_rows+=("| \`seed\` → PostgreSQL | skipped: PostgreSQL not available | | |"); continue; fi
    if over_budget; then seed_rows+=("| \`seed\` → $provider | skipped: time budget used up | | |"); continue; fi
    say "Seeding $employees employees on $provider…"
    if [ "$provider" = Sqlite ]; then
      rm -f "$work/seed.db"*
      t=$(timed 1800 app_sqlite "$work/seed.db" seed --employees "$employees" --seed 1); ok=$?
      rows=$(count_sqlite "$work/seed.db"); rm -f "$work/seed.db"*
    else
      # A fresh database rather than `seed --reset`: on PostgreSQL --reset drops the database and migrate then cannot connect.
      pg_recreate "$dir_db"
      t=$(timed 1800 app_pg "$dir_db" seed --employees "$employees" --seed 1); ok=$?
      rows=$(count_pg "$dir_db"); [ "$ok" = 0 ] && seeded_pg=1
    fi
    if [ "$ok" = 0 ]; then seed_rows+=("| \`seed --employees $employees\` → $provider | $t | $(rate "$employees" "$t") | $rows |")
    else seed_rows+=("| \`seed --employees $employees\` → $provider | failed or timed out (see log) | | $rows |"); fi
  done
fi

# ---------------------------------------------------------------- 3. directory load (wrk)
wrk_lua="$root/bench/wrk/summary.lua"
run_wrk() { # label url [auth]
  local label="$1" url="$2" auth="${3:-}" out="$work/wrk-$(echo "$1" | tr -c 'a-zA-Z0-9' '_').txt" hdr=()
  [ -n "$auth" ] && hdr=(-H "Authorization: Bearer $auth")
  if over_budget; then load_rows+=("| $label | skipped: time budget used up | | | | | |"); return; fi
  local l; l=$(loadavg)
  say "wrk: $label ($url), load average $l"
  timeout 120 wrk -t"$threads" -c"$connections" -d"$warmup" --timeout "$wrk_timeout" "${hdr[@]}" "$url" >>"$log" 2>&1
  if ! timeout 300 wrk -t"$threads" -c"$connections" -d"$duration" --timeout "$wrk_timeout" --latency -s "$wrk_lua" "${hdr[@]}" "$url" >"$out" 2>&1; then
    load_rows+=("| $label | wrk failed (see $out) | | | | | |"); cat "$out" >>"$log"; return
  fi
  cat "$out" >>"$log"
  # The Lua done() hook prints one machine-readable line.
  local line; line=$(grep '^RESULT ' "$out" | tail -1)
  get() { echo "$line" | sed -E "s/.* $1=([^ ]+).*/\\1/"; }
  load_rows+=("| $label | $(get rps) | $(get p50_ms) | $(get p99_ms) | $(get requests) | $(get non2xx) non-2xx, $(get socket_errors) socket | $l |")
}

if skipped load; then
  load_rows+=("| directory load | skipped: BENCH_SKIP | | | | | |")
elif [ "$seeded_pg" = 0 ]; then
  load_rows+=("| directory load | skipped: no seeded PostgreSQL database | | | | | |")
elif ! command -v wrk >/dev/null; then
  load_rows+=("| directory load | skipped: wrk not installed | | | | | |")
elif (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
  load_rows+=("| directory load | skipped: port $port on 127.0.0.1 is already in use | | | | | |")
else
  base="http://127.0.0.1:$port"
  say "Starting the app on $base (Release, Production, PostgreSQL $dir_db)…"
  # A throw-away database: start without an audit anchor key (Production refuses that unless told; docs/audit-chain.md).
  (cd "$work" && exec env ASPNETCORE_ENVIRONMENT=Production ASPNETCORE_CONTENTROOT="$app_dir" Demo__SeedOnStartup=false \
      Logging__LogLevel__Default=Warning Database__Provider=Postgres "Database__ConnectionString=$pg_base;Database=$dir_db" Audit__AllowUnanchored=true \
      DataProtection__CertificatePath="$work/data-protection.pfx" \
      dotnet "$app_dir/TalentChain.dll" --urls "$base") >"$work/app.log" 2>&1 &
  app_pid=$!
  up=0
  for _ in $(seq 120); do
    if curl -fsS -o /dev/null "$base/health/live" 2>/dev/null; then up=1; break; fi
    kill -0 "$app_pid" 2>/dev/null || break
    sleep 0.5
  done
  token=""
  if [ "$up" = 1 ]; then
    # Sign in through the real login form (antiforgery token from the page), then create a personal access token.
    jar="$work/cookies.txt"
    page=$(curl -fsS -c "$jar" -b "$jar" "$base/account/login")
    af=$(echo "$page" | grep -o 'name="__RequestVerificationToken"[^>]*value="[^"]*"' | head -1 | sed -E 's/.*value="([^"]*)".*/\1/')
    curl -sS -o /dev/null -c "$jar" -b "$jar" "$base/account/login" --data-urlencode "Email=admin@talentchain.demo" \
      --data-urlencode "Password=TalentChain!2026" --data-urlencode "__RequestVerificationToken=$af"
    # A cookie-authenticated API call that changes something carries the antiforgery token in a header (ADR 0032).
    af=$(curl -fsS -c "$jar" -b "$jar" "$base/account/tokens" | grep -o 'name="__RequestVerificationToken"[^>]*value="[^"]*"' | head -1 | sed -E 's/.*value="([^"]*)".*/\1/')
    token=$(curl -fsS -c "$jar" -b "$jar" -H "RequestVerificationToken: $af" -H "Content-Type: application/json" -d '{"name":"bench","expiresInDays":1}' \
      "$base/api/v1/me/tokens" | python3 -c 'import json,sys; print(json.load(sys.stdin)["token"])' 2>/dev/null)
  fi
  if [ "$up" = 0 ]; then
    load_rows+=("| directory load | failed: the app did not start (see $work/app.log) | | | | | |")
  elif [ -z "$token" ]; then
    load_rows+=("| directory load | failed: could not sign in and create a token | | | | | |")
  else
    me_status=$(curl -s -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $token" "$base/api/v1/me")
    say "Token created; /api/v1/me answers $me_status."
    run_wrk "\`/health/live\` (bare endpoint, anonymous)" "$base/health/live"
    run_wrk "\`/api/v1/me\` (token auth + one user lookup)" "$base/api/v1/me" "$token"
    search="$base/api/v1/employees?q=wang&page=1&pageSize=25"
    dir_status=$(curl -s -o "$work/directory-probe.json" -w '%{http_code}' -H "Authorization: Bearer $token" "$search")
    if [ "$dir_status" != 200 ]; then
      msg="skipped: directory API not available in this build (GET /api/v1/employees → $dir_status)"
      say "$msg"
      load_rows+=("| directory search \`q=wang\` | $msg | | | | | |" "| directory search, filtered | $msg | | | | | |")
    else
      run_wrk "directory search \`q=wang\`, page 1 of 25" "$search" "$token"
      unit=$(PGDB="$dir_db" pg -c "SELECT \"Id\" FROM \"OrgUnits\" WHERE \"Code\" = 'SEP1'" 2>/dev/null)
      if [ -n "$unit" ]; then
        run_wrk "directory search \`q=li\`, unit SEP1 incl. sub-units, active" \
          "$base/api/v1/employees?q=li&unit=$unit&status=Active&page=1&pageSize=25" "$token"
      else
        load_rows+=("| directory search, filtered | skipped: org unit SEP1 not in the seeded data | | | | | |")
      fi
    fi
  fi
  kill "$app_pid" 2>/dev/null; wait "$app_pid" 2>/dev/null; app_pid=""
  PGDB=postgres pg -c "DROP DATABASE IF EXISTS $dir_db WITH (FORCE)" >>"$log" 2>&1
fi

# ---------------------------------------------------------------- 4. micro-benchmarks
micro_md=""
if skipped micro; then
  micro_md="skipped: BENCH_SKIP"
elif over_budget; then
  micro_md="skipped: time budget used up"
else
  say "BenchmarkDotNet micro-benchmarks (ShortRun)…"
  if (cd "$work" && timeout 600 dotnet "$bench_dll" micro --filter '*' --artifacts "$work/bdn") >>"$log" 2>&1; then
    for f in "$work"/bdn/results/*-report-github.md; do
      micro_md+="$(sed -n '/^|/p' "$f")"$'\n\n'
    done
    env_line=$(grep -m1 -h -A3 '^BenchmarkDotNet v' "$work"/bdn/results/*-report-github.md | grep -m1 '\[Host\]' | sed -E 's/^ *//')
    micro_md+="Job: ShortRun (3 warm-ups, 3 iterations, 1 launch, in process). $env_line"$'\n\n'
    # BenchmarkDotNet reports time and allocations, not peak memory: one XLSX write per size in a fresh process.
    micro_md+="XLSX export memory (one \`Xlsx.Write\` to a file per process; peak working set of the whole process):"$'\n\n'
    micro_md+="| rows | seconds | file MB | allocated MB | peak working set MB |"$'\n'"|---:|---:|---:|---:|---:|"$'\n'
    for n in 10000 100000; do
      line=$(timeout 300 dotnet "$bench_dll" xlsx-memory --rows "$n" 2>>"$log" | tail -1)
      get() { echo "$line" | sed -E "s/.* $1=([^ ]+).*/\\1/"; }
      micro_md+="| $n | $(get seconds) | $(get file_mb) | $(get allocated_mb) | $(get peak_working_set_mb) |"$'\n'
    done
  else
    micro_md="failed (see $log)"
  fi
fi

# ---------------------------------------------------------------- report
cpu=$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//')
dirty=""; git diff --quiet HEAD -- . ':(exclude)bench/results' 2>/dev/null || dirty=" (with local changes)"
{
  echo "# TalentChain benchmarks — $(date -u '+%F %H:%M') UTC"
  echo
  echo "Commit \`$(git rev-parse --short HEAD 2>/dev/null)\`$dirty, Release build, ASPNETCORE_ENVIRONMENT=Production."
  echo "Machine: $(nproc) cores ($cpu), $(free -g | awk '/^Mem:/ { print $2 }') GB RAM, $(psql --version | awk '{ print "PostgreSQL " $3 }') (fsync off, private cluster), SQLite $(sqlite3 --version | cut -d' ' -f1)."
  echo "The load generator (wrk) runs on the same cores as the app and the database; figures are for comparison within one run."
  echo
  echo "## Import of $employees employees from CSV ($csv_mb MB)"
  echo
  echo "Median of $runs run(s); load average when the section started: ${import_load:-–}. App figures include process start-up (a no-op \`migrate\` takes ${startup_s:-–} s) and validation; the bare imports do neither."
  echo
  echo "| what | seconds (median) | rows/s | rows in the table | all runs (s) |"
  echo "|---|---:|---:|---:|---|"
  printf '%s\n' "${import_rows[@]}"
  echo
  echo "## Demo data: \`seed\` verb"
  echo
  echo "Load average when the section started: ${seed_load:-–}."
  echo
  echo "| what | seconds | employees/s | employees in the database |"
  echo "|---|---:|---:|---:|"
  printf '%s\n' "${seed_rows[@]}"
  echo
  echo "## Directory under load (PostgreSQL, $employees employees)"
  echo
  echo "\`wrk -t$threads -c$connections -d$duration --timeout $wrk_timeout --latency\` on 127.0.0.1 after a $warmup warm-up; errors = responses other than 2xx/3xx, plus socket errors. Load average: 1-minute, read just before each wrk run (the machine is shared)."
  echo
  echo "| endpoint | requests/s | p50 ms | p99 ms | requests | errors | load avg before |"
  echo "|---|---:|---:|---:|---:|---|---:|"
  printf '%s\n' "${load_rows[@]}"
  echo
  echo "## Micro-benchmarks (BenchmarkDotNet)"
  echo
  echo "$micro_md"
  if [ "${#notes[@]}" -gt 0 ]; then
    echo
    echo "## Notes"
    echo
    printf -- '- %s\n' "${notes[@]}"
  fi
} >"$report"

echo
cat "$report"
echo
echo "Written to ${report#"$root"/} in ${SECONDS} s."
exit 0
}
