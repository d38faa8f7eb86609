#!/usr/bin/env bash
# Installs the pinned front-end libraries (npm ci from the lockfile) and copies their dist files
# into src/TalentChain/wwwroot/lib. Idempotent: does nothing when the files are already there.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
lib="$root/src/TalentChain/wwwroot/lib"
stamp="$lib/.stamp"
lock="$root/eng/frontend/package-lock.json"
if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$(sha256sum "$lock" | cut -d' ' -f1)" ]; then
  exit 0
fi
cd "$root/eng/frontend"
npm ci --no-audit --no-fund --loglevel=error >/dev/null 2>&1 || npm ci --no-audit --no-fund --loglevel=error
rm -rf "$lib"
mkdir -p "$lib/bootstrap" "$lib/htmx" "$lib/chartjs"
cp node_modules/bootstrap/dist/css/bootstrap.min.css node_modules/bootstrap/dist/css/bootstrap.min.css.map "$lib/bootstrap/"
cp node_modules/bootstrap/dist/js/bootstrap.bundle.min.js node_modules/bootstrap/dist/js/bootstrap.bundle.min.js.map "$lib/bootstrap/"
cp node_modules/htmx.org/dist/htmx.min.js "$lib/htmx/"
cp node_modules/chart.js/dist/chart.umd.min.js "$lib/chartjs/" 2>/dev/null || cp node_modules/chart.js/dist/chart.umd.js "$lib/chartjs/chart.umd.min.js"
sha256sum "$lock" | cut -d' ' -f1 > "$stamp"
