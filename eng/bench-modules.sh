#!/usr/bin/env bash
# Load figures for the talent-program, knowledge-continuity, export-licensing, careers, education, labs, projects and commercialization pages' data (not tests: nothing
# is asserted). The app as a user starts it — SQLite, the full 2,000-employee demo — on 127.0.0.1 only, then wrk
# against the JSON endpoints behind the heaviest pages, each as the role that uses it. Bounded in time.
#
#   eng/bench-modules.sh            wrk 15 s per endpoint at 16 connections
#   BENCH_DURATION=5s eng/bench-modules.sh
#
# Writes bench/results/<date>-modules.md and prints it. Stops the app it started.
{
set -uo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
duration="${BENCH_DURATION:-15s}"; connections="${BENCH_CONNECTIONS:-16}"; threads="${BENCH_THREADS:-2}"; port="${BENCH_PORT:-5198}"
work="$(mktemp -d /tmp/talentchain-bench-modules.XXXXXX)"
app_dir="$root/src/TalentChain/bin/Release/net10.0"
report="$root/bench/results/$(date -u +%F)-modules.md"
base="http://127.0.0.1:$port"
app_pid=""
cleanup() { if [ -n "$app_pid" ] && kill -0 "$app_pid" 2>/dev/null; then kill "$app_pid"; wait "$app_pid" 2>/dev/null; fi; }
trap cleanup EXIT
trap 'exit 130' INT TERM
command -v wrk >/dev/null || { echo "wrk is not installed (apt-get install wrk)"; exit 1; }

dotnet build "$root/src/TalentChain" -c Release -v q -nologo >"$work/build.log" 2>&1 || { echo "build failed: $work/build.log"; exit 1; }

echo "Starting the app with a fresh 2,000-employee demo on SQLite ($work/bench.db)…"
t0=$(date +%s.%N)
# A throw-away database in Development: only there is the demo (and its accounts) seeded (ADR 0030); logging is held at
# Warning as in Production. No audit anchor key, no certificate of our own (the app creates one, mode 0600).
(cd "$work" && exec env ASPNETCORE_ENVIRONMENT=Development ASPNETCORE_CONTENTROOT="$app_dir" Logging__LogLevel__Default=Warning \
    Database__Provider=Sqlite "Database__ConnectionString=$work/bench.db" Jobs__Periodic__Enabled=false Audit__AllowUnanchored=true DataProtection__CertificatePath="$work/data-protection.pfx" \
    dotnet "$app_dir/TalentChain.dll" --urls "$base") >"$work/app.log" 2>&1 &
app_pid=$!
up=0
for _ in $(seq 600); do
  if curl -fsS -o /dev/null "$base/health/ready" 2>/dev/null; then up=1; break; fi
  kill -0 "$app_pid" 2>/dev/null || break
  sleep 0.5
done
[ "$up" = 1 ] || { echo "the app did not start: $work/app.log"; exit 1; }
ready=$(awk -v a="$t0" -v b="$(date +%s.%N)" 'BEGIN { printf "%.1f", b - a }')
echo "Ready after ${ready} s (migrations + demo load + start)."

token_for() { # login → personal access token
  local jar="$work/$1.jar" page af
  page=$(curl -fsS -c "$jar" -b "$jar" "$base/account/login")
  af=$(echo "$page" | grep -o 'name="__RequestVerificationToken"[^>]*value="[^"]*"' | head -1 | sed -E 's/.*value="([^"]*)".*/\1/')
  curl -sS -o /dev/null -c "$jar" -b "$jar" "$base/account/login" --data-urlencode "Email=$1@talentchain.demo" \
    --data-urlencode "Password=TalentChain!2026" --data-urlencode "__RequestVerificationToken=$af"
  # A cookie-authenticated API call that changes something carries the antiforgery token in a header (ADR 0032).
  af=$(curl -fsS -c "$jar" -b "$jar" "$base/account/tokens" | grep -o 'name="__RequestVerificationToken"[^>]*value="[^"]*"' | head -1 | sed -E 's/.*value="([^"]*)".*/\1/')
  curl -fsS -c "$jar" -b "$jar" -H "RequestVerificationToken: $af" -H "Content-Type: application/json" -d '{"name":"bench","expiresInDays":1}' \
    "$base/api/v1/me/tokens" | python3 -c 'import json,sys; print(json.load(sys.stdin)["token"])'
}
pm=$(token_for pm); knowledge=$(token_for knowledge); trade=$(token_for trade)
program=$(curl -fsS -H "Authorization: Bearer $pm" "$base/api/v1/program/programs" | python3 -c 'import json,sys; print(json.load(sys.stdin)[0]["id"])' 2>/dev/null)
# The larger (earlier) cohort of the demo program.
cohort=$(curl -fsS -H "Authorization: Bearer $pm" "$base/api/v1/program/programs/$program" | python3 -c 'import json,sys; c=json.load(sys.stdin)["cohorts"]; print(c[-1]["id"] if c else "")' 2>/dev/null)
feed=$(curl -fsS -H "Authorization: Bearer $trade" "$base/api/v1/me/calendar" | python3 -c 'import json,sys,urllib.parse; print(urllib.parse.urlparse(json.load(sys.stdin)["url"]).path)')

rows=()
run() { # label url token
  local label="$1" url="$2" auth="$3" out="$work/wrk-$(echo "$1" | tr -c 'a-zA-Z0-9' '_').txt" hdr=() status bytes
  [ -n "$auth" ] && hdr=(-H "Authorization: Bearer $auth")
  read -r status bytes < <(curl -s -o /dev/null -w '%{http_code} %{size_download}\n' "${hdr[@]}" "$url")
  if [ "$status" != 200 ]; then rows+=("| $label | HTTP $status | | | | |"); return; fi
  local l; l=$(cut -d' ' -f1 /proc/loadavg)
  echo "wrk: $label"
  timeout 60 wrk -t"$threads" -c"$connections" -d3s --timeout 10s "${hdr[@]}" "$url" >/dev/null 2>&1
  timeout 300 wrk -t"$threads" -c"$connections" -d"$duration" --timeout 10s --latency -s bench/wrk/summary.lua "${hdr[@]}" "$url" >"$out" 2>&1
  local line; line=$(grep '^RESULT ' "$out")
  get() { echo "$line" | tr ' ' '\n' | sed -n "s/^$1=//p"; }
  rows+=("| $label | $(get rps) | $(get p50_ms) | $(get p99_ms) | $bytes | $(get non2xx) non-2xx, $(get socket_errors) socket · load $l |")
}
[ -n "$cohort" ] && run "cohort dashboard (\`/api/v1/program/cohorts/$cohort/dashboard\`, pm)" "$base/api/v1/program/cohorts/$cohort/dashboard" "$pm"
run "coverage index (\`/api/v1/knowledge/coverage\`, knowledge officer)" "$base/api/v1/knowledge/coverage" "$knowledge"
run "flight-risk list (\`/api/v1/knowledge/flight-risk\`, knowledge officer)" "$base/api/v1/knowledge/flight-risk" "$knowledge"
run "export analytics (\`/api/v1/exports/analytics\`, trade)" "$base/api/v1/exports/analytics" "$trade"
run "shortage-risk board (\`/api/v1/exports/risk\`, trade)" "$base/api/v1/exports/risk" "$trade"
run "personal calendar feed (\`/calendar/{token}.ics\`, trade officer's)" "$base$feed" ""
# Careers and education (issue 14): the lists behind their main pages, and a departure with its obligations.
admin=$(token_for admin); finance=$(token_for finance)
run "careers appointments (\`/api/v1/careers/appointments\`, pm)" "$base/api/v1/careers/appointments" "$pm"
run "reserved headcount (\`/api/v1/careers/headcount\`, pm)" "$base/api/v1/careers/headcount" "$pm"
run "title applications (\`/api/v1/careers/title-applications\`, pm)" "$base/api/v1/careers/title-applications" "$pm"
run "tuition claims (\`/api/v1/education/claims\`, finance)" "$base/api/v1/education/claims" "$finance"
case_id=$(curl -fsS -H "Authorization: Bearer $admin" "$base/api/v1/education/clawbacks" | python3 -c 'import json,sys; r=json.load(sys.stdin); print(r[0]["id"] if r else "")' 2>/dev/null)
departure=$([ -n "$case_id" ] && curl -fsS -H "Authorization: Bearer $admin" "$base/api/v1/education/clawbacks/$case_id" | python3 -c 'import json,sys; print(json.load(sys.stdin)["departureId"])' 2>/dev/null)
[ -n "$departure" ] && run "departure with its repayment (\`/api/v1/knowledge/departures/$departure\`, admin)" "$base/api/v1/knowledge/departures/$departure" "$admin"

# Labs and projects (issue 15): the lists behind their main pages, a placement round with its candidates, a network.
round_id=$(curl -fsS -H "Authorization: Bearer $pm" "$base/api/v1/projects/rounds" | python3 -c 'import json,sys; r=json.load(sys.stdin); print(r[0]["id"] if r else "")' 2>/dev/null)
run "labs tree (\`/api/v1/labs/units\`, admin)" "$base/api/v1/labs/units" "$admin"
run "access grants (\`/api/v1/labs/grants\`, admin)" "$base/api/v1/labs/grants" "$admin"
run "badge report (\`/api/v1/labs/badge-log/report\`, knowledge)" "$base/api/v1/labs/badge-log/report" "$knowledge"
run "projects (\`/api/v1/projects\`, pm)" "$base/api/v1/projects" "$pm"
[ -n "$round_id" ] && run "placement round (\`/api/v1/projects/rounds/$round_id\`, pm)" "$base/api/v1/projects/rounds/$round_id" "$pm"
[ -n "$round_id" ] && run "round candidates with value breakdown (\`/api/v1/projects/rounds/$round_id/candidates\`, pm)" "$base/api/v1/projects/rounds/$round_id/candidates" "$pm"
participant_emp=$(curl -fsS -H "Authorization: Bearer $pm" "$base/api/v1/projects/rounds/$round_id" | python3 -c 'import json,sys; r=json.load(sys.stdin); print(r["participants"][0]["employeeId"])' 2>/dev/null)
[ -n "$participant_emp" ] && run "network and perspective (\`/api/v1/projects/network/$participant_emp\`, pm)" "$base/api/v1/projects/network/$participant_emp" "$pm"

# Commercialization (issue 16): the lists behind its pages, for the office and — through the need-to-know filter — an inventor.
tto=$(token_for tto); participant=$(token_for participant); counsel=$(token_for counsel)
c="$base/api/v1/commercialization"
run "disclosures (\`/api/v1/commercialization/disclosures\`, technology-transfer office)" "$c/disclosures" "$tto"
run "disclosures, need-to-know (\`/api/v1/commercialization/disclosures\`, participant)" "$c/disclosures" "$participant"
run "IP deadlines and families (\`/api/v1/commercialization/ip\`, IP counsel)" "$c/ip" "$counsel"
run "go-to-market projects (\`/api/v1/commercialization/projects\`, technology-transfer office)" "$c/projects" "$tto"
run "conversion revenue (\`/api/v1/commercialization/revenue\`, finance)" "$c/revenue" "$finance"
run "reward payouts (\`/api/v1/commercialization/payouts\`, finance)" "$c/payouts" "$finance"
run "legal requests (\`/api/v1/commercialization/legal\`, IP counsel)" "$c/legal" "$counsel"
run "sharing sessions (\`/api/v1/commercialization/sharing\`, participant)" "$c/sharing" "$participant"

{
  echo "# Module endpoints under load — $(date -u '+%F %H:%M') UTC"
  echo
  echo "Machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB; the app and wrk share it. SQLite file database, the 2,000-employee demo"
  echo "(fresh), Release build, Development environment (the demo is seeded only there), periodic tasks off. Start-up to ready (migrations + demo load): ${ready} s."
  echo
  echo "\`wrk -t$threads -c$connections -d$duration --latency\` after a 3 s warm-up, each endpoint as the role that uses it."
  echo
  echo "| endpoint | req/s | p50 ms | p99 ms | response bytes | errors · load |"
  echo "|---|---:|---:|---:|---:|---|"
  printf '%s\n' "${rows[@]}"
} >"$report"
cat "$report"
}
