#!/usr/bin/env bash
# The cluster tests: two Production nodes on one PostgreSQL behind nginx (eng/cluster.sh), driven over HTTP by
# tests/TalentChain.ClusterTests. Starts the cluster, runs the tests with a TRX report, always stops the cluster (and
# drops its database). Takes the Release build (eng/test.sh builds it; alone: dotnet build TalentChain.slnx -c Release).
# Last line: "N passed, N failed, N skipped"; exit status non-zero on any failure.
# Honours eng/cluster.sh's settings (TALENTCHAIN_CLUSTER_DIR, _PORT, _NODES, …); the tests need two nodes or more.
set -uo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
log_dir="${TALENTCHAIN_TEST_LOG_DIR:-$root/.artifacts/test}"
mkdir -p "$log_dir"
name=TalentChain.ClusterTests
export TALENTCHAIN_CLUSTER_DIR="${TALENTCHAIN_CLUSTER_DIR:-/tmp/talentchain-cluster}"

if [ ! -f "tests/$name/bin/Release/net10.0/$name.dll" ] || [ ! -f src/TalentChain/bin/Release/net10.0/TalentChain.dll ]; then
  if ! dotnet build "tests/$name" -c Release -nologo -v q >"$log_dir/cluster-build.log" 2>&1 \
     || ! dotnet build src/TalentChain -c Release -nologo -v q >>"$log_dir/cluster-build.log" 2>&1; then
    grep -E "error" "$log_dir/cluster-build.log" | sort -u | head -20
    echo "$name: build failed"; echo "0 passed, 1 failed, 0 skipped"; exit 1
  fi
fi

cleanup() { bash "$root/eng/cluster.sh" stop >>"$log_dir/cluster.log" 2>&1; }
trap cleanup EXIT
if ! url=$(bash eng/cluster.sh start 2>"$log_dir/cluster.log"); then
  tail -20 "$log_dir/cluster.log"
  echo "$name: the cluster did not start; see $log_dir/cluster.log and $TALENTCHAIN_CLUSTER_DIR"
  echo "0 passed, 1 failed, 0 skipped"; exit 1
fi
export TALENTCHAIN_CLUSTER_URL="$url"

rm -f "$log_dir/$name.trx"
dotnet test "tests/$name" -c Release --no-build --nologo --logger "console;verbosity=normal" \
    --logger "trx;LogFileName=$name.trx" --results-directory "$log_dir" 2>&1 | tee "$log_dir/$name.log" \
  | awk '/^[ \t]*Failed |Assert\.|Expected|Actual/ { print; next } /Error Message/ { print; getline; print }' | head -100
status=${PIPESTATUS[0]}
# Keep the nodes' and nginx's logs of this run beside the TRX report.
for f in "$TALENTCHAIN_CLUSTER_DIR"/node*/node.log "$TALENTCHAIN_CLUSTER_DIR"/nginx/access.log "$TALENTCHAIN_CLUSTER_DIR"/nginx/error.log; do
  [ -f "$f" ] && cp "$f" "$log_dir/cluster-$(basename "$(dirname "$f")")-$(basename "$f")"
done

counters=$(grep -o '<Counters [^>]*>' "$log_dir/$name.trx" 2>/dev/null | head -1)
if [ -z "$counters" ]; then
  echo "$name: the test run itself failed (exit $status); see $log_dir/$name.log"
  echo "0 passed, 1 failed, 0 skipped"; exit 1
fi
p=$(echo "$counters" | sed -E 's/.* passed="([0-9]+)".*/\1/')
f=$(echo "$counters" | sed -E 's/.* failed="([0-9]+)".*/\1/')
t=$(echo "$counters" | sed -E 's/.* total="([0-9]+)".*/\1/')
e=$(echo "$counters" | sed -E 's/.* executed="([0-9]+)".*/\1/')
s=$((t - e))
if [ "$status" != 0 ] && [ "$f" = 0 ]; then
  echo "$name: the test run itself failed (exit $status); see $log_dir/$name.log"; f=1
fi
echo "$p passed, $f failed, $s skipped"
[ "$f" = 0 ]
