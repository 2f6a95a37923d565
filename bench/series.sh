#!/usr/bin/env bash
# Runs a benchmark several times and prints every run's figures and their medians: these machines are shared and
# noisy (the same build varies by ±20 % from one run to the next), so quote the median, and compare two builds in one
# alternating series rather than in runs minutes apart.
#   bash bench/series.sh RUNS COMMAND [ARGS...]
#     WARMUP=10 bash bench/series.sh 5 bash bench/slack-load/run.sh sqlite
#     bash bench/series.sh 3 bash bench/teams-load.sh
# With BUILDS="label=/path/CollabBot.Host.dll other=/path/to/other.dll", each round runs COMMAND once per build (as
# HOST_DLL, which bench/slack-load/run.sh and bench/turns/run.sh honour), alternating, and prints each build's
# medians and their ratio to the first build's.
# Figures read from the output: "requests/s: N", "p99: N ms", "N ms a turn", "N us a request" (host CPU),
# "replies received ...: N of M", "host during the drain: ... replies sent (N/s)" (the Teams bench's reply rate),
# "non-2xx: N" (of which the largest is printed, not the median), and the Teams bench's rounds ("1 | accepted | … |
# end to end/s | …": each round's end-to-end rate, accepted/s and accept p99) and "N lost".
set -uo pipefail
if [ $# -lt 2 ] || ! [[ $1 =~ ^[1-9][0-9]*$ ]]; then
  echo "usage: bash bench/series.sh RUNS COMMAND [ARGS...]   (RUNS a positive number; see the comment at the top)" >&2
  exit 2
fi
runs=$1; shift
read -r -a builds <<<"${BUILDS:-current=}"
results=$(mktemp); trap 'rm -f "$results"' EXIT

figures() { # the figures of one run's output, as "name=value" words
  awk '/requests\/s:/ { for (i = 1; i < NF; i++) if ($i == "requests/s:") print "requests/s=" $(i + 1) }
       /p99:/ { for (i = 1; i < NF; i++) if ($i == "p99:") { v = $(i + 1); sub(/,$/, "", v); print "p99_ms=" v } }
       /ms a turn/ { for (i = 2; i <= NF; i++) if ($i == "ms" && $(i + 1) == "a" && $(i + 2) == "turn") { v = $(i - 1); sub(/^[^0-9.]*/, "", v); if (v ~ /^\./) v = "0" v; print "ms_a_turn=" v } }
       /us a request/ { for (i = 2; i <= NF; i++) if ($i == "us" && $(i + 1) == "a" && $(i + 2) == "request") print "host_us_a_request=" $(i - 1) }
       /non-2xx:/ { for (i = 1; i < NF; i++) if ($i == "non-2xx:") print "non2xx=" $(i + 1) }
       /replies received/ { for (i = 1; i < NF; i++) if ($(i + 1) == "of") print "replies=" $i }
       /host during the drain:/ { v = $NF; gsub(/[()\/s]/, "", v); print "drained_replies/s=" v }
       /^[0-9]+ \| [0-9]+ \| / { split($0, f, / \| /); r = f[1]; print "r" r "_end_to_end/s=" f[9]; print "r" r "_accepted/s=" f[3]; print "r" r "_accept_p99_ms=" f[5]; print "non2xx=" f[6] }
       /replies over the whole run:/ { for (i = 1; i < NF; i++) if ($(i + 1) == "lost,") print "lost=" $i }' | tr '\n' ' '
}

largest() { sort -g | tail -1 | grep . || echo -; }
median() { sort -g | awk '{ v[NR] = $1 } END { if (NR == 0) print "-"; else if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

for round in $(seq 1 "$runs"); do
  for build in "${builds[@]}"; do
    label=${build%%=*}; dll=${build#*=}
    if [ -n "$dll" ] && [ ! -f "$dll" ]; then echo "no such build for $label: $dll" >&2; exit 2; fi
    out=$( { if [ -n "$dll" ]; then HOST_DLL=$dll "$@"; else "$@"; fi; } 2>&1 ); status=$?
    line=$(printf '%s\n' "$out" | figures)
    if [ "$status" -ne 0 ] || [ -z "$line" ]; then
      echo "run $round ($label) failed (exit $status); its last lines:" >&2
      printf '%s\n' "$out" | tail -5 >&2
      exit 1
    fi
    echo "run $round $label: $line"
    echo "$label $line" >>"$results"
  done
done

echo "medians of $runs runs:"
# The headline figure, compared across builds: requests/s when the benchmark prints it, else CPU a turn.
headline=requests/s; grep -q "requests/s=" "$results" || headline=ms_a_turn; grep -q "r1_end_to_end/s=" "$results" && headline=r1_end_to_end/s
first=
for build in "${builds[@]}"; do
  label=${build%%=*}; summary=
  for name in requests/s p99_ms ms_a_turn host_us_a_request replies drained_replies/s r1_end_to_end/s r2_end_to_end/s r3_end_to_end/s r1_accept_p99_ms r2_accept_p99_ms r3_accept_p99_ms non2xx lost; do
    values() { awk -v l="$label" -v n="$name" '$1 == l { for (i = 2; i <= NF; i++) { split($i, kv, "="); if (kv[1] == n) print kv[2] } }' "$results"; }
    if [ "$name" = non2xx ] || [ "$name" = lost ]; then m=$(values | largest); name=${name}_max; else m=$(values | median); fi
    [ "$m" = - ] && continue
    summary+=" $name=$m"
    [ "$name" = "$headline" ] || continue
    if [ -z "$first" ]; then first=$m; else summary+=" (×$(awk -v a="$m" -v b="$first" 'BEGIN { printf "%.2f", a / b }') of the first build)"; fi
  done
  echo "  $label:$summary"
done
