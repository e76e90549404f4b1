#!/usr/bin/env bash
# Regenerates deploy/sqlserver/fmportal-idempotent.sql from every module's SQL Server migrations (offline).
set -euo pipefail
cd "$(dirname "$0")/.."
mkdir -p deploy/sqlserver
touch deploy/sqlserver/fmportal-idempotent.sql
FMPORTAL_WRITE_SQLSERVER_SCRIPT=1 dotnet test tests/FmPortal.Tests.Unit --filter "FullyQualifiedName~The_committed_sql_server_deployment_script_is_current" >/dev/null
echo "wrote deploy/sqlserver/fmportal-idempotent.sql ($(wc -l < deploy/sqlserver/fmportal-idempotent.sql) lines)"
