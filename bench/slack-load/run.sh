#!/usr/bin/env bash
# Starts a host in Release, drives the Slack endpoints with load.mjs (16 connections, 10 s by default),
# then stops it. MODE: sqlite (the real host on its embedded default), postgres (the real host on a
# throwaway PostgreSQL, like .ci/test.sh), adapter (the Slack adapter alone, nothing durable).
#   bash bench/slack-load/run.sh [sqlite|postgres|adapter] [connections] [seconds]
# HOST_LOG=/some/file keeps the host's log; WARMUP=seconds of load before the measured run (default 2);
# HOST_DLL=/path/CollabBot.Host.dll runs that build (e.g. a ReadyToRun publish) instead of building src/.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
mode=${1:-sqlite}
work=$(mktemp -d /tmp/collabbot-bench.XXXXXX)
chmod 755 "$work"
secret="bench-$(head -c 16 /dev/urandom | od -An -tx1 | tr -d ' \n')"
port=5099
pids=()
cleanup() {
  for p in "${pids[@]}"; do kill "$p" 2>/dev/null; wait "$p" 2>/dev/null; done
  [ -n "${pg_ctl:-}" ] && "${run_as[@]}" "$pg_ctl" -D "$work/pg" -m immediate stop >/dev/null 2>&1
  [ -n "${HOST_LOG:-}" ] && cp "$work/host.log" "$HOST_LOG"
  rm -rf "$work"
}
trap cleanup EXIT

settings=(ASPNETCORE_ENVIRONMENT=Production "Slack__SigningSecret=$secret" "Slack__ApiBaseUrl=http://127.0.0.1:9/"
  "Persistence__SqlitePath=$work/bench.db" Logging__LogLevel__Default=Warning)
if [ "$mode" = postgres ]; then
  pg_bin=$(dirname "$(ls /usr/lib/postgresql/*/bin/initdb 2>/dev/null | head -1 || command -v initdb)")
  run_as=(); pg_user=$(id -un)
  if [ "$(id -u)" -eq 0 ]; then
    pg_user=collabci; id -u "$pg_user" >/dev/null 2>&1 || useradd --system --no-create-home --shell /usr/sbin/nologin "$pg_user"
    run_as=(runuser -u "$pg_user" --); chown "$pg_user" "$work"
  fi
  pg_ctl="$pg_bin/pg_ctl"; pg_port=55499
  "${run_as[@]}" "$pg_bin/initdb" -D "$work/pg" -U postgres --auth=trust -E UTF8 >/dev/null
  "${run_as[@]}" "$pg_ctl" -D "$work/pg" -l "$work/pg.log" -w -o "-p $pg_port -k $work -c listen_addresses=127.0.0.1 -c max_connections=300" start >/dev/null
  settings+=("ConnectionStrings__Postgres=Host=127.0.0.1;Port=$pg_port;Username=postgres;Database=postgres")
fi

if [ "$mode" = adapter ]; then
  dotnet build "$root/bench/slack-load/AdapterOnly" -c Release -nologo -v quiet >/dev/null
  dll="$root/bench/slack-load/AdapterOnly/bin/Release/net10.0/AdapterOnly.dll"
else
  if [ -n "${HOST_DLL:-}" ]; then dll=$HOST_DLL; else
  dotnet build "$root/src/CollabBot.Host" -c Release -nologo -v quiet >/dev/null
  dll="$root/src/CollabBot.Host/bin/Release/net10.0/CollabBot.Host.dll"; fi
fi
(cd "$work" && exec env "${settings[@]}" dotnet "$dll" --urls "http://127.0.0.1:$port") >"$work/host.log" 2>&1 &
pids+=($!)
for _ in $(seq 1 150); do curl -fs "http://127.0.0.1:$port/healthz" >/dev/null 2>&1 && break; sleep 0.2; done

echo "== $mode"
# A short warm-up so the JIT and the connection pools are ready, then the measured run.
SLACK_SIGNING_SECRET="$secret" node "$root/bench/slack-load/load.mjs" "http://127.0.0.1:$port" "${2:-16}" "${WARMUP:-2}" >/dev/null
# The host's CPU time per request is steadier than requests/s when other work shares the machine.
cpu() { awk -v hz="$(getconf CLK_TCK)" '{ printf "%.2f", ($14 + $15) / hz }' "/proc/${pids[0]}/stat"; }
cpu_before=$(cpu)
out=$(SLACK_SIGNING_SECRET="$secret" node "$root/bench/slack-load/load.mjs" "http://127.0.0.1:$port" "${2:-16}" "${3:-10}")
cpu_after=$(cpu)
echo "$out"
requests=$(echo "$out" | awk '/^requests:/ { print $2 }')
[ -n "$requests" ] && [ "$requests" -gt 0 ] &&
  echo "host CPU meanwhile (user + system): $(echo "$cpu_after - $cpu_before" | bc) s, $(echo "1000000 * ($cpu_after - $cpu_before) / $requests" | bc) us a request"
# Every 2xx must be a stored turn: count the inbox (warm-up included) as a check on "durably accepted".
case $mode in
  sqlite) command -v sqlite3 >/dev/null && echo "turns in the inbox (warm-up included): $(sqlite3 "$work/bench.db" 'select count(*) from inbox')" ;;
  postgres) command -v psql >/dev/null && echo "turns in the inbox (warm-up included): $(psql -tA -h 127.0.0.1 -p "$pg_port" -U postgres -c 'select count(*) from inbox')" ;;
esac
