#!/usr/bin/env bash
# The whole test suite, exactly as CI runs it: builds, starts a throwaway PostgreSQL on a free loopback
# port (installing it with apt-get when missing, and Chromium for the browser tests), runs every test project
# against it and SQLite, stops the server and prints "tests: N passed, N failed" counted from the test results.
set -uo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"
started=$(date +%s)
results="$root/TestResults"
rm -rf "$results"; mkdir -p "$results"

log() { printf '\n== %s\n' "$*"; }

find_pg_bin() {
  local dir
  for dir in /usr/lib/postgresql/*/bin; do [ -x "$dir/initdb" ] && { echo "$dir"; return 0; }; done
  command -v initdb >/dev/null 2>&1 && { dirname "$(command -v initdb)"; return 0; }
  return 1
}

pg_bin=$(find_pg_bin) || {
  log "PostgreSQL is not installed; installing it with apt-get"
  if [ "$(id -u)" -eq 0 ]; then
    DEBIAN_FRONTEND=noninteractive apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
  else
    sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
  fi
  pg_bin=$(find_pg_bin) || { echo "PostgreSQL could not be installed"; exit 1; }
}

# The browser tests (tests/CollabBot.Browser.Tests) drive Debian's Chromium through Playwright; Playwright's own browser
# download is not used.
chromium=${COLLABBOT_CHROMIUM:-/usr/bin/chromium}
if [ ! -x "$chromium" ]; then
  log "Chromium is not installed; installing it with apt-get"
  if [ "$(id -u)" -eq 0 ]; then
    DEBIAN_FRONTEND=noninteractive apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  else
    sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  fi
  [ -x "$chromium" ] || { echo "Chromium could not be installed at $chromium"; exit 1; }
fi
export COLLABBOT_CHROMIUM="$chromium"

# PostgreSQL refuses to run as root: use a dedicated unprivileged user.
run_as=()
pg_user=$(id -un)
if [ "$(id -u)" -eq 0 ]; then
  pg_user=collabci
  id -u "$pg_user" >/dev/null 2>&1 || useradd --system --no-create-home --shell /usr/sbin/nologin "$pg_user"
  run_as=(runuser -u "$pg_user" --)
fi

pg_dir=$(mktemp -d /tmp/collabbot-pg.XXXXXX)
chown "$pg_user" "$pg_dir" 2>/dev/null || true
port=55432
while (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; do port=$((port + 1)); done

stop_pg() { "${run_as[@]}" "$pg_bin/pg_ctl" -D "$pg_dir/data" -m immediate stop >/dev/null 2>&1; rm -rf "$pg_dir"; }
trap stop_pg EXIT

log "Starting PostgreSQL ($pg_bin) on 127.0.0.1:$port as $pg_user"
"${run_as[@]}" "$pg_bin/initdb" -D "$pg_dir/data" -U postgres --auth=trust -E UTF8 >"$pg_dir/initdb.log" 2>&1 \
  || { cat "$pg_dir/initdb.log"; exit 1; }
# Durability settings off: this server lives for one test run.
"${run_as[@]}" "$pg_bin/pg_ctl" -D "$pg_dir/data" -l "$pg_dir/server.log" -w -t 60 \
  -o "-p $port -k $pg_dir -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=300" \
  start >/dev/null || { cat "$pg_dir/server.log"; exit 1; }
export COLLABBOT_TEST_POSTGRES="Host=127.0.0.1;Port=$port;Username=postgres;Database=postgres"

log "Building"
dotnet build CollabBot.sln -c Release -nologo -v quiet || { echo "tests: 0 passed, 1 failed"; exit 1; }

log "Testing (SQLite and PostgreSQL)"
dotnet test CollabBot.sln -c Release --no-build -nologo --logger "trx" --logger "console;verbosity=minimal" --results-directory "$results"
test_exit=$?

passed=0; failed=0
for trx in "$results"/*.trx; do
  [ -f "$trx" ] || continue
  counters=$(grep -o '<Counters [^>]*>' "$trx" | head -1)
  p=$(sed -n 's/.* passed="\([0-9]*\)".*/\1/p' <<<"$counters"); f=$(sed -n 's/.* failed="\([0-9]*\)".*/\1/p' <<<"$counters")
  passed=$((passed + ${p:-0})); failed=$((failed + ${f:-0}))
done
if [ "$test_exit" -ne 0 ] && [ "$failed" -eq 0 ]; then failed=1; fi
echo "== took $(( $(date +%s) - ${CI_STARTED:-$started} )) s"
echo "tests: $passed passed, $failed failed"
[ "$test_exit" -eq 0 ] && [ "$failed" -eq 0 ]
