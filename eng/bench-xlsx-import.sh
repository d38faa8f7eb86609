#!/usr/bin/env bash
# Peak memory of reading an uploaded employees workbook (not a test: nothing is asserted).
#   eng/bench-xlsx-import.sh            10,000 and 100,000 rows
#   eng/bench-xlsx-import.sh 5000 20000 other sizes
# One read per process (TalentChain.Benchmarks.dll xlsx-read): the import's read phase, the streaming reader
# alone and the SDK's document tree for comparison. Writes bench/results/<date>-xlsx-import-memory.md.
set -uo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
sizes=("$@"); [ ${#sizes[@]} -eq 0 ] && sizes=(10000 100000)
work="$(mktemp -d /tmp/talentchain-xlsx-bench.XXXXXX)"
trap 'rm -rf "$work"' EXIT
dotnet build bench/TalentChain.Benchmarks -c Release -v q -nologo >"$work/build.log" 2>&1 || { cat "$work/build.log"; exit 1; }
bench="bench/TalentChain.Benchmarks/bin/Release/net10.0/TalentChain.Benchmarks.dll"
report="bench/results/$(date -u +%F)-xlsx-import-memory.md"
rows_md=""; notes=""
for n in "${sizes[@]}"; do
  file=$(dotnet "$bench" xlsx-import-file --employees "$n" --out "$work/$n" | tail -1 | cut -d' ' -f1)
  # What the package check sees: unpacked size and the sheet's compression ratio (the limits are 256 MiB and 100:1).
  packing=$(python3 -c 'import sys, zipfile
z = zipfile.ZipFile(sys.argv[1]); s = max(z.infolist(), key=lambda i: i.file_size)
print("%.1f MB unpacked, sheet %.1f:1" % (sum(i.file_size for i in z.infolist()) / 1048576, s.file_size / max(s.compress_size, 1)))' "$file")
  notes+="* $n rows: $packing"$'\n'
  for reader in import stream dom; do
    line=$(timeout 900 dotnet "$bench" xlsx-read --file "$file" --reader "$reader" 2>&1 | tail -1)
    get() { echo "$line" | sed -nE "s/.* $1=([^ ]+).*/\\1/p"; }
    echo "$line"
    rows_md+="| $n | $reader | $(get file_mb) | $(get seconds) | $(get allocated_mb) | $(get working_set_before_mb) | $(get peak_working_set_mb) |"$'\n'
  done
done
{
  echo "# XLSX import: memory of reading the workbook — $(date -u '+%F %H:%M') UTC"
  echo
  echo "Commit \`$(git rev-parse --short HEAD)\`, Release, $(nproc) cores (shared; load $(cut -d' ' -f1 /proc/loadavg)). \`eng/bench-xlsx-import.sh\`."
  echo
  echo "| rows | reader | file MB | seconds | allocated MB | working set before MB | peak working set MB |"
  echo "|---:|---|---:|---:|---:|---:|---:|"
  printf '%s' "$rows_md"
  echo
  printf '%s' "$notes"
} >"$report"
echo "Wrote $report"
