#!/usr/bin/env bash
# Soak run: 10 minutes (or $1) of mixed Slack and Teams traffic at a steady rate ($2 requests/s, default 20) against
# the real host on loopback, printing the host's memory every minute. SQLite by default; set COLLABBOT_BENCH_POSTGRES
# to a connection string to run on PostgreSQL.
#   bash bench/soak/run.sh [minutes=10] [requests/s=20]
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
dotnet build src/CollabBot.Host -c Release -nologo -v quiet >/dev/null
dotnet run -c Release --project bench/CollabBot.Bench.Soak -- "${1:-10}" "${2:-20}"
