#!/usr/bin/env bash
# The one test command: installs what the tests need, starts throwaway servers on loopback,
# runs every test project, stops the servers, and prints "N passed, N failed, N skipped".
set -uo pipefail
cd "$(dirname "$0")/.."
ROOT="$(pwd)"
STATE="$ROOT/.test-state"
rm -rf "$STATE" && mkdir -p "$STATE"

log() { printf '\n== %s\n' "$*"; }

install_packages() {
  local wanted=(postgresql chromium python3)
  local missing=()
  for p in "${wanted[@]}"; do dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p"); done
  if ((${#missing[@]})); then
    log "installing ${missing[*]}"
    if [[ $(id -u) -ne 0 ]]; then echo "need root (or sudo) to install ${missing[*]}"; return 1; fi
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  fi
}

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'; }

start_postgres() {
  local bin; bin="$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)"
  PG_DIR="$STATE/pg"; PG_PORT="$(free_port)"
  mkdir -p "$PG_DIR"
  local run=()
  if [[ $(id -u) -eq 0 ]]; then chown -R postgres:postgres "$PG_DIR"; run=(runuser -u postgres --); fi
  PG_RUN=("${run[@]}"); PG_BIN="$bin"
  "${run[@]}" "$bin/initdb" -D "$PG_DIR/data" -U postgres --auth=trust -E UTF8 >"$STATE/pg-init.log" 2>&1 || { cat "$STATE/pg-init.log"; return 1; }
  "${run[@]}" "$bin/pg_ctl" -D "$PG_DIR/data" -w -l "$PG_DIR/server.log" \
    -o "-c listen_addresses=127.0.0.1 -p $PG_PORT -k $PG_DIR -c fsync=off -c synchronous_commit=off -c full_page_writes=off" start >/dev/null \
    || { cat "$PG_DIR/server.log"; return 1; }
  export FMPORTAL_TEST_POSTGRES="Host=127.0.0.1;Port=$PG_PORT;Username=postgres;Database=postgres;Pooling=true;Include Error Detail=false"
  log "PostgreSQL on 127.0.0.1:$PG_PORT"
}

stop_postgres() {
  [[ -n "${PG_BIN:-}" ]] && "${PG_RUN[@]}" "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -m immediate stop >/dev/null 2>&1 || true
}
trap stop_postgres EXIT

install_packages || exit 1
start_postgres || exit 1
export FMPORTAL_CHROMIUM="${FMPORTAL_CHROMIUM:-/usr/bin/chromium}"

log "building"
dotnet tool restore >/dev/null
dotnet build FmPortal.sln -c Release -nologo -v q 2>&1 | grep -E "error|Warn|Elapsed" ; build=${PIPESTATUS[0]}
if [[ $build -ne 0 ]]; then echo "build failed"; echo "0 passed, 1 failed"; exit 1; fi

log "testing"
RESULTS="$STATE/results"
status=0
for project in tests/FmPortal.Tests.Unit tests/FmPortal.Tests.Integration tests/FmPortal.Tests.Browser; do
  [[ -d "$project" ]] || continue
  name="$(basename "$project")"
  dotnet test "$project" -c Release --no-build --logger "trx;LogFileName=$name.trx" --results-directory "$RESULTS" \
    -- xUnit.ParallelizeTestCollections=true 2>&1 | grep -E "^\s*(Failed|Passed!|Failed!|Skipped!)|\[FAIL\]|Error Message|Assert|at FmPortal" | head -200
  [[ ${PIPESTATUS[0]} -ne 0 ]] && status=1
done

python3 - "$RESULTS" <<'PY'
import glob, sys, xml.etree.ElementTree as ET
ns = {"t": "http://microsoft.com/schemas/VisualStudio/TeamTest/2010"}
passed = failed = skipped = 0
for f in glob.glob(sys.argv[1] + "/*.trx"):
    for r in ET.parse(f).getroot().iterfind(".//t:UnitTestResult", ns):
        o = r.get("outcome")
        if o == "Passed": passed += 1
        elif o in ("NotExecuted", "Inconclusive"): skipped += 1
        else: failed += 1
print(f"{passed} passed, {failed} failed, {skipped} skipped")
PY
exit $status
