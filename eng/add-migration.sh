#!/usr/bin/env bash
# Adds a migration for both providers: eng/add-migration.sh <Name> [Sqlite|Postgres]
# Each provider has its own migrations project (src/TalentChain.Migrations.{Sqlite,Postgres}); see docs/adr/0002.
# eng/ef is the design-time host (it holds EF Core's Design package, so neither the app nor the migrations do).
set -euo pipefail
name="${1:?usage: eng/add-migration.sh <MigrationName>}"
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
dotnet tool restore >/dev/null
dotnet build eng/ef/TalentChain.EfDesign.csproj -v q -nologo
for provider in ${2:-Sqlite Postgres}; do
  dotnet ef migrations add "$name" \
    --project "src/TalentChain.Migrations.$provider" --startup-project eng/ef \
    --context TalentChainDbContext --output-dir Migrations -- --provider "$provider"
done
