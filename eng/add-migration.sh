#!/usr/bin/env bash
# Adds a migration for both providers: eng/add-migration.sh <Name> [Sqlite|Postgres]
# Each provider has its own migrations project (src/TalentChain.Migrations.{Sqlite,Postgres}); see docs/adr/0002.
set -euo pipefail
name="${1:?usage: eng/add-migration.sh <MigrationName>}"
root="$(cd "$(dirname "$0")/.." && pwd)"
ef="$root/eng/ef"
feed="$ef/stubs/feed"
if [ ! -f "$feed/mono.texttemplating.3.0.0.nupkg" ]; then
  mkdir -p "$feed"
  dotnet pack "$ef/stubs/Stub.csproj" -o "$feed" -p:PackageId=Mono.TextTemplating -p:PackageVersion=3.0.0 >/dev/null
  dotnet pack "$ef/stubs/Stub.csproj" -o "$feed" -p:PackageId=Microsoft.VisualStudio.SolutionPersistence -p:PackageVersion=1.0.52 >/dev/null
  for f in "$feed"/*.nupkg; do mv "$f" "$(echo "$f" | tr 'A-Z' 'a-z')" 2>/dev/null || true; done
fi
cd "$root"
dotnet tool restore >/dev/null
dotnet build "$ef/TalentChain.EfDesign.csproj" -v q -nologo
for provider in ${2:-Sqlite Postgres}; do
  dotnet ef migrations add "$name" \
    --project "src/TalentChain.Migrations.$provider" --startup-project "$ef" \
    --context TalentChainDbContext --output-dir Migrations -- --provider "$provider"
done
