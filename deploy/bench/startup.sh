#!/usr/bin/env bash
# Start-up ([K]): starts each application alone, N times, beside the suite the launcher runs (./mvnw -Pup package),
# and prints Quarkus's own "started in" for each run and their median. Each copy runs with exactly the command line
# the launcher gave the running one (JVM options, configuration, databases, Keycloak), on other ports, and is stopped
# as soon as it is up. Needs the launcher's suite running.
#
#   deploy/bench/startup.sh [runs, default 5] [applications, default "sources-service claims-service gateway"]
set -euo pipefail

RUNS=${1:-5}
APPS=${2:-"sources-service claims-service gateway"}
LOG=$(mktemp)
trap 'rm -f "$LOG"' EXIT

for app in $APPS; do
  pid=$(pgrep -f "$app/target/quarkus-app/quarkus-run.jar" | head -1) || { echo "$app is not running: start the launcher first" >&2; exit 1; }
  # The running copy's command line and environment, with its ports moved aside.
  mapfile -d '' args < "/proc/$pid/cmdline"
  args=("${args[@]/#-Dquarkus.http.port=*/-Dquarkus.http.port=18999}")
  args=("${args[@]/#-Dquarkus.management.port=*/-Dquarkus.management.port=19999}")
  cwd=$(readlink "/proc/$pid/cwd")
  arenas=$(tr '\0' '\n' < "/proc/$pid/environ" | sed -n 's/^MALLOC_ARENA_MAX=//p')
  times=()
  for run in $(seq 1 "$RUNS"); do
    (cd "$cwd" && MALLOC_ARENA_MAX=${arenas:-} exec "${args[@]}") > "$LOG" 2>&1 &
    copy=$!
    for _ in $(seq 1 300); do
      grep -q 'started in' "$LOG" && break
      kill -0 "$copy" 2>/dev/null || break
      sleep 0.1
    done
    seconds=$(grep -o 'started in [0-9.]*s' "$LOG" | grep -o '[0-9.]*' | head -1)
    kill "$copy" 2>/dev/null; wait "$copy" 2>/dev/null || true
    [ -n "$seconds" ] || { echo "$app did not start; its log:" >&2; tail -20 "$LOG" >&2; exit 1; }
    times+=("$seconds")
  done
  median=$(printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}')
  printf '%-16s started in (s): %s   median %s\n' "$app" "${times[*]}" "$median"
done
