#!/usr/bin/env bash
# Adds a migration named $1 for every module context and every provider (SQLite, PostgreSQL, SQL Server).
# Offline: contexts come from each module's design-time factories; no database is contacted.
set -euo pipefail
name="${1:?usage: scripts/add-migration.sh MigrationName [Module|""] [Providers]}"
only="${2:-}"
providers="${3:-Sqlite Postgres SqlServer}"
cd "$(dirname "$0")/.."
dotnet tool restore >/dev/null
dotnet build src/Host/FmPortal.Host -v q -nologo >/dev/null
contexts=(
  "Audit:src/Modules/Audit/FmPortal.Modules.Audit:Audit"
  "Practice:src/Modules/Practice/FmPortal.Modules.Practice:Practice"
  "Labs:src/Modules/Labs/FmPortal.Modules.Labs:Labs"
  "Intake:src/Modules/Intake/FmPortal.Modules.Intake:Intake"
  "Messaging:src/Modules/Messaging/FmPortal.Modules.Messaging:Messaging"
  "CarePlans:src/Modules/CarePlans/FmPortal.Modules.CarePlans:CarePlans"
  "Identity:src/Host/FmPortal.Host:Identity"
)
for entry in "${contexts[@]}"; do
  IFS=: read -r module project prefix <<<"$entry"
  [[ -n "$only" && "$only" != "$module" ]] && continue
  for provider in $providers; do
    ctx="${prefix}${provider}DbContext"
    out="Data/Migrations/${provider}"
    [[ "$module" == "Identity" ]] && out="Identity/Migrations/${provider}"
    echo "== $module / $provider"
    dotnet ef migrations add "$name" --no-build --project "$project" --startup-project src/Host/FmPortal.Host \
      --context "$ctx" --output-dir "$out" >/dev/null
  done
done
