#!/usr/bin/env bash
# Turn-handling rate: starts the real host in Release on a fresh database, fills its inbox with accepted Slack turns
# (SQL inserts, as the inbox's group commit writes them), and times the turn worker draining them, after a warm-up
# round (WARMUP turns, 2000 by default) so that the JIT's tiering is done. Half are app_mention "help", half
# "/collab help", over 64 channels and 500 users, like bench/slack-load/load.mjs. The outbox dispatcher runs meanwhile
# (nothing is installed, so each reply is parked at its first attempt).
#   bash bench/turns/run.sh [sqlite|postgres] [turns=5000]
# MODE: sqlite (the embedded default) or postgres (a throwaway PostgreSQL, like .ci/test.sh).
# Prints turns/s (first to last inbox row completed by its turn's commit, and insert to empty inbox), the host's CPU time per turn and the
# replies written. HOST_LOG=/some/file keeps the host's log; EXTRA_SETTINGS="A=b C=d" adds environment to the host;
# HOST_DLL=/path/CollabBot.Host.dll runs that build; KEEP=1 keeps the work directory; PROFILE / PERF record a profile of the measured round (see below).
# PORT=<n> the host's port (5096). HISTORY=<rows> first seeds that many handled turns and as many delivered replies (a store that has run for days
# within its retention), to compare with a fresh store.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
mode=${1:-sqlite}
turns=${2:-5000}
work=$(mktemp -d /tmp/collabbot-turns.XXXXXX)
chmod 755 "$work"
port=${PORT:-5096}
if curl -s -o /dev/null "http://127.0.0.1:$port/"; then echo "port $port is in use (another run?); set PORT"; exit 1; fi
pid=
cleanup() {
  [ -n "$pid" ] && { kill "$pid" 2>/dev/null; wait "$pid" 2>/dev/null; }
  [ -n "${pg_ctl:-}" ] && "${run_as[@]}" "$pg_ctl" -D "$work/pg" -m immediate stop >/dev/null 2>&1
  [ -n "${HOST_LOG:-}" ] && cp "$work/host.log" "$HOST_LOG"
  [ -z "${KEEP:-}" ] && rm -rf "$work"
}
trap cleanup EXIT

settings=(ASPNETCORE_ENVIRONMENT=Production Slack__SigningSecret=bench-turns "Slack__ApiBaseUrl=http://127.0.0.1:9/"
  "Persistence__SqlitePath=$work/bench.db" Logging__LogLevel__Default=Warning ${EXTRA_SETTINGS:-})
if [ "$mode" = postgres ]; then
  pg_bin=$(dirname "$(ls /usr/lib/postgresql/*/bin/initdb 2>/dev/null | head -1 || command -v initdb)")
  run_as=(); pg_user=$(id -un)
  if [ "$(id -u)" -eq 0 ]; then
    pg_user=collabci; id -u "$pg_user" >/dev/null 2>&1 || useradd --system --no-create-home --shell /usr/sbin/nologin "$pg_user"
    run_as=(runuser -u "$pg_user" --); chown "$pg_user" "$work"
  fi
  pg_ctl="$pg_bin/pg_ctl"; pg_port=55498
  "${run_as[@]}" "$pg_bin/initdb" -D "$work/pg" -U postgres --auth=trust -E UTF8 >/dev/null
  "${run_as[@]}" "$pg_ctl" -D "$work/pg" -l "$work/pg.log" -w -o "-p $pg_port -k $work -c listen_addresses=127.0.0.1 -c max_connections=300" start >/dev/null
  settings+=("ConnectionStrings__Postgres=Host=127.0.0.1;Port=$pg_port;Username=postgres;Database=postgres")
  sql() { psql -qtA -h 127.0.0.1 -p "$pg_port" -U postgres -c "$1"; }
else
  sql() { sqlite3 "$work/bench.db" "$1"; }
fi

if [ -n "${HOST_DLL:-}" ]; then dll=$HOST_DLL; else
  dotnet build "$root/src/CollabBot.Host" -c Release -nologo -v quiet >/dev/null
  dll="$root/src/CollabBot.Host/bin/Release/net10.0/CollabBot.Host.dll"
fi
start_host() {
  (cd "$work" && exec env "${settings[@]}" dotnet "$dll" --urls "http://127.0.0.1:$port") >>"$work/host.log" 2>&1 &
  pid=$!
}
stop_host() { kill "$pid"; wait "$pid" || true; pid=; }

# One turn as EfTurnInbox stores it (InboundTurn in CollabJson); the key and correlation id are unique per row.
fill() { # fill <first n> <last n>
  local json="'{\"where\":{\"platform\":\"slack\",\"workspaceId\":\"TBENCH\",\"conversationId\":\"CBENCH' || (n % 64) || '\"},\"who\":{\"userId\":\"U' || (n % 500) || '\",\"displayName\":\"<@U' || (n % 500) || '>\"},\"kind\":\"command\",\"text\":\"help\",\"values\":{},\"dedupKey\":\"' || (CASE WHEN n % 2 = 0 THEN 'event:ABENCH:Ev' ELSE 'command:ABENCH:' END) || n || '\",\"mentions\":[],\"correlationId\":\"bench' || n || '\",\"participation\":\"message\"}'"
  local key="(CASE WHEN n % 2 = 0 THEN 'event:ABENCH:Ev' ELSE 'command:ABENCH:' END) || n"
  if [ "$mode" = postgres ]; then
    sql "INSERT INTO inbox (\"DedupKey\", \"TurnJson\", \"AcceptedAt\") SELECT $key, $json, now() FROM generate_series($1, $2) AS n"
  else
    # SQLite stores DateTimeOffset as EF's binary form: (ticks / 1000) << 11 for offset zero.
    sql "WITH RECURSIVE s(n) AS (SELECT $1 UNION ALL SELECT n + 1 FROM s WHERE n < $2)
         INSERT INTO inbox (DedupKey, TurnJson, AcceptedAt) SELECT $key, $json,
           ((621355968000000000 + CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER) * 10000) / 1000) << 11 FROM s"
  fi
}
drained() { # waits up to 600 s for an empty inbox
  for _ in $(seq 1 3000); do
    [ "$(sql 'select count(*) from inbox where "CompletedAt" is null')" = 0 ] && return 0
    sleep 0.1
  done
  echo "not drained within 600 s: $(sql 'select count(*) from inbox where "CompletedAt" is null') left"; exit 1
}
cpu() { awk -v hz="$(getconf CLK_TCK)" '{ printf "%.2f", ($14 + $15) / hz }' "/proc/$pid/stat"; }

start_host
# Ready once migrated (/readyz reads the database); a busy machine can take a minute to start a host.
for _ in $(seq 1 600); do curl -fs "http://127.0.0.1:$port/readyz" >/dev/null 2>&1 && break; sleep 0.2; done
curl -fs "http://127.0.0.1:$port/readyz" >/dev/null || { echo "the host did not start within 120 s"; tail -20 "$work/host.log"; exit 1; }
# The same workspace for every turn; its first turn creates it. Then a warm-up round, so that the JIT's tiering
# and the connection pools are done before the measured round (a fresh process spends a third of its CPU in the JIT).
warmup=${WARMUP:-2000}
fill 1 1; drained
[ "$warmup" -gt 1 ] && { fill 2 "$warmup"; drained; }
history=${HISTORY:-0}
if [ "$history" -gt 0 ]; then
  # Handled turns and delivered replies of the last day, ids below the measured ones' (as a running host has them).
  seed_start=$(date +%s)
  if [ "$mode" = postgres ]; then
    sql "INSERT INTO inbox (\"DedupKey\", \"TurnJson\", \"AcceptedAt\", \"CompletedAt\") SELECT 'event:AHIST:Ev' || n, '{}', now() - interval '1 day', now() - interval '1 day' FROM generate_series(1, $history) AS n"
    sql "INSERT INTO outbox (\"IdempotencyKey\", \"Platform\", \"WorkspaceId\", \"ConversationId\", \"Unsolicited\", \"PayloadJson\", \"Status\", \"Attempts\", \"CreatedAt\", \"NextAttemptAt\", \"SentAt\", \"DeliveredSeq\") SELECT 'turn:Slack:#' || lpad(n::text, 12, '0') || ':event:AHIST:Ev' || n || ':0', 1, 'THIST', 'CHIST' || (n % 64), false, '{\"text\":\"history\"}', 1, 1, now() - interval '1 day', now() - interval '1 day', now() - interval '1 day', n FROM generate_series(1, $history) AS n"
  else
    day_ago="((621355968000000000 + CAST((julianday('now') - 1 - 2440587.5) * 86400000 AS INTEGER) * 10000) / 1000) << 11"
    sql "WITH RECURSIVE s(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM s WHERE n < $history)
         INSERT INTO inbox (DedupKey, TurnJson, AcceptedAt, CompletedAt, Attempts) SELECT 'event:AHIST:Ev' || n, '{}', $day_ago, $day_ago, 0 FROM s"
    sql "WITH RECURSIVE s(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM s WHERE n < $history)
         INSERT INTO outbox (IdempotencyKey, Platform, WorkspaceId, ConversationId, Unsolicited, PayloadJson, Status, Attempts, CreatedAt, NextAttemptAt, SentAt, DeliveredSeq)
         SELECT 'turn:Slack:#' || substr('000000000000' || n, -12) || ':event:AHIST:Ev' || n || ':0', 1, 'THIST', 'CHIST' || (n % 64), 0, '{\"text\":\"history\"}', 1, 1, $day_ago, $day_ago, $day_ago, n FROM s"
  fi
  echo "seeded $history handled turns and $history delivered replies in $(( $(date +%s) - seed_start )) s"
  # The same warm-up after seeding, so the measured round meets the seeded tables warm, as a running host would.
  fill $((warmup + 1)) $((2 * warmup)); drained
  warmup=$((2 * warmup))
fi
sleep 1
# A turn's commit completes its inbox row: the measured turns are the rows after this id.
last_warm=$(sql 'select coalesce(max("Id"), 0) from inbox')

# PROFILE=/some/file.nettrace samples the host's threads while it drains (dotnet-trace on the PATH).
[ -n "${PROFILE:-}" ] && { dotnet-trace collect -p "$pid" --profile dotnet-sampled-thread-time -o "$PROFILE" >/dev/null & tracer=$!; sleep 2; }
# PERF=/some/perf.data records the host's CPU with perf (add DOTNET_PerfMapEnabled=1 to EXTRA_SETTINGS for JIT names).
[ -n "${PERF:-}" ] && { perf record -F 499 -g -p "$pid" -o "$PERF" >/dev/null 2>&1 & tracer=$!; sleep 1; }

outbox_before=$(sql 'select count(*) from outbox')
cpu_before=$(cpu)
began=$(date +%s.%N)
fill $((warmup + 1)) $((warmup + turns))
drained
done_at=$(date +%s.%N)
cpu_after=$(cpu)
# Let the dispatcher settle the replies a moment, then stop, so the counts below are final.
sleep 1
stop_host
# A tracer stops and writes its file when the host exits.
[ -n "${tracer:-}" ] && { wait "$tracer" || true; }

measured="from inbox where \"Id\" > $last_warm and \"CompletedAt\" is not null"
if [ "$mode" = postgres ]; then
  span=$(sql "select extract(epoch from max(\"CompletedAt\") - min(\"CompletedAt\")) $measured")
else
  span=$(sql "select ((max(CompletedAt) >> 11) - (min(CompletedAt) >> 11)) / 10000.0 $measured")
fi
handled=$(sql "select count(*) $measured")
wall=$(echo "$done_at - $began" | bc)
echo "== $mode: $turns turns after $warmup warm-up turns"
echo "turns handled: $handled; first to last completed in $(printf %.2f "$span") s: $(echo "$handled / $span" | bc) turns/s"
echo "from the insert to an empty inbox: $(printf %.2f "$wall") s: $(echo "$turns / $wall" | bc) turns/s"
echo "host CPU meanwhile (user + system): $(echo "$cpu_after - $cpu_before" | bc) s, $(echo "scale=2; 1000 * ($cpu_after - $cpu_before) / $turns" | bc) ms a turn"
echo "replies in the outbox from these turns: $(( $(sql 'select count(*) from outbox') - outbox_before )) ($(sql 'select count(*) from outbox where "Status" = 0') still pending)"
