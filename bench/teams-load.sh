#!/usr/bin/env bash
# Load run for the Teams endpoint: bash bench/teams-load.sh [connections=16] [seconds=10] [activity type=message]
# ("typing" is authenticated and acknowledged without a turn: the endpoint's own cost).
# Set COLLABBOT_BENCH_POSTGRES to a connection string to run on PostgreSQL instead of the SQLite file.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
dotnet run -c Release --project bench/CollabBot.Bench.TeamsLoad -- "${1:-16}" "${2:-10}" "${3:-message}"
