#!/usr/bin/env bash
# Runs every test: unit and integration (SQLite and PostgreSQL), browser tests (real Kestrel + Chromium) and cluster
# tests (two Production nodes on one PostgreSQL behind nginx: eng/cluster-test.sh).
# Installs what the tests need when it is missing (Debian Chromium, PostgreSQL, front-end libraries), starts a
# private PostgreSQL on 127.0.0.1 and stops it again. Last line: "N passed, N failed[, N skipped]".
set -uo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
log_dir="$root/.artifacts/test"
mkdir -p "$log_dir"

# Chromium for the browser tests; a small CJK font so screenshots of Chinese pages are legible.
if [ ! -x /usr/bin/chromium ] || ! fc-list 2>/dev/null | grep -qi wqy; then
  echo "Installing Chromium and a CJK font (apt)…"
  export DEBIAN_FRONTEND=noninteractive
  (apt-get update -qq && apt-get install -y -qq --no-install-recommends chromium fonts-wqy-microhei) >"$log_dir/apt.log" 2>&1 \
    || { echo "Chromium install failed; see $log_dir/apt.log"; echo "0 passed, 1 failed"; exit 1; }
fi

# Stop PostgreSQL at the end only if this run started it.
pg_started=1
bash eng/postgres.sh status 2>/dev/null && pg_started=0
if ! TALENTCHAIN_TEST_POSTGRES="$(bash eng/postgres.sh start)"; then
  echo "PostgreSQL could not be started"; echo "0 passed, 1 failed"; exit 1
fi
export TALENTCHAIN_TEST_POSTGRES
cleanup() { [ "$pg_started" = 1 ] && bash "$root/eng/postgres.sh" stop; }
trap cleanup EXIT

# In CI restore exactly the graph in the committed packages.lock.json files (fails on any drift), then build from it.
restore_args=()
[ "${CI:-}" = true ] && restore_args=(--locked-mode)
if ! { dotnet restore TalentChain.slnx "${restore_args[@]}" -nologo -v q \
       && dotnet build TalentChain.slnx -c Release --no-restore -nologo -v q; } >"$log_dir/build.log" 2>&1; then
  grep -E "error|Error" "$log_dir/build.log" | sort -u | head -40
  echo "0 passed, 1 failed"
  exit 1
fi

passed=0; failed=0; skipped=0; crashed=0
for project in tests/TalentChain.Optimization.Tests tests/TalentChain.Tests tests/TalentChain.BrowserTests; do
  name=$(basename "$project")
  rm -f "$log_dir/$name.trx"
  dotnet test "$project" -c Release --no-build --nologo --logger "console;verbosity=normal" \
      --logger "trx;LogFileName=$name.trx" --results-directory "$log_dir" 2>&1 | tee "$log_dir/$name.log" \
    | grep -E "^\s*Failed |Error Message|Assert\.|Expected|Actual|^\s+at .*Tests" | head -200
  status=${PIPESTATUS[0]}
  # The run's counters, from its TRX report: <Counters total=".." executed=".." passed=".." failed=".." …>
  counters=$(grep -o '<Counters [^>]*>' "$log_dir/$name.trx" 2>/dev/null | head -1)
  line=""
  if [ -n "$counters" ]; then
    p=$(echo "$counters" | sed -E 's/.* passed="([0-9]+)".*/\1/')
    f=$(echo "$counters" | sed -E 's/.* failed="([0-9]+)".*/\1/')
    t=$(echo "$counters" | sed -E 's/.* total="([0-9]+)".*/\1/')
    e=$(echo "$counters" | sed -E 's/.* executed="([0-9]+)".*/\1/')
    s=$((t - e)); line="$counters"
    passed=$((passed + p)); failed=$((failed + f)); skipped=$((skipped + s))
    echo "$name: $p passed, $f failed, $s skipped"
  fi
  if [ "$status" != 0 ] && { [ -z "$line" ] || [ "$f" = 0 ]; }; then
    echo "$name: the test run itself failed (exit $status); see $log_dir/$name.log"; crashed=$((crashed + 1))
  fi
done

# Several Production nodes behind nginx (eng/cluster-test.sh starts and stops them; it reuses the build above).
bash eng/cluster-test.sh >"$log_dir/cluster-test.log" 2>&1
sed '$d' "$log_dir/cluster-test.log"
last=$(tail -1 "$log_dir/cluster-test.log")
if [[ "$last" =~ ^([0-9]+)\ passed,\ ([0-9]+)\ failed,\ ([0-9]+)\ skipped$ ]]; then
  p=${BASH_REMATCH[1]}; f=${BASH_REMATCH[2]}; s=${BASH_REMATCH[3]}
  passed=$((passed + p)); failed=$((failed + f)); skipped=$((skipped + s))
  echo "TalentChain.ClusterTests: $p passed, $f failed, $s skipped"
else
  echo "TalentChain.ClusterTests: the cluster run itself failed; see $log_dir/cluster-test.log"; crashed=$((crashed + 1))
fi

failed=$((failed + crashed))
echo "$passed passed, $failed failed, $skipped skipped"
[ "$failed" = 0 ]
