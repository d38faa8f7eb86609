#!/usr/bin/env bash
# Benchmarks of the optimization core (not tests: nothing is asserted). Release build, one solver at a time.
#   eng/bench-optimization.sh            mentoring (2,000 / 600 and 20,000 / 5,000, with CBC on the LP export of the
#                                        2,000-participant instance), rotations (5,000 × 100 units × 12 periods) and
#                                        project placement (500 / 5,000 / 20,000 participants, against CBC and HiGHS)
#   eng/bench-optimization.sh --quick    smaller instances, one seed (a smoke run)
# Installs CBC (Debian coinor-cbc) when missing. Writes bench/results/<date>-mentoring.md and -rotations.md.
set -uo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
if ! command -v cbc >/dev/null; then
  echo "Installing CBC (apt, coinor-cbc) for the reference solve…"
  sudo_cmd=""; [ "$(id -u)" = 0 ] || sudo_cmd="sudo"
  (export DEBIAN_FRONTEND=noninteractive; $sudo_cmd apt-get update -qq && $sudo_cmd apt-get install -y -qq --no-install-recommends coinor-cbc) >/tmp/talentchain-cbc-install.log 2>&1 \
    || echo "CBC could not be installed (see /tmp/talentchain-cbc-install.log); the report says so."
fi
dotnet build bench/TalentChain.Optimization.Bench -c Release -v q -nologo >/tmp/talentchain-bench-opt-build.log 2>&1 \
  || { echo "build failed: /tmp/talentchain-bench-opt-build.log"; exit 1; }
bench="bench/TalentChain.Optimization.Bench/bin/Release/net10.0/TalentChain.Optimization.Bench.dll"
status=0
dotnet "$bench" mentoring "$@" || status=1
dotnet "$bench" rotations "$@" || status=1
dotnet "$bench" placement "$@" || status=1
exit $status
