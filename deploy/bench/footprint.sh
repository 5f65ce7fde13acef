#!/usr/bin/env bash
# Memory footprint of the suite the launcher runs (./mvnw -Pup package): the resident set (RSS) of each application
# now, then again after gateway-load.sh has driven the gateway, with the JVM's own view of its heap (jcmd).
# Prints figures only; nothing is asserted. Documented in docs/benchmarks.md.
#
#   deploy/bench/footprint.sh [load duration, default 20s] [clients, default 8]
set -euo pipefail
cd "$(dirname "$0")/../.."

rss() { # name: the resident set of the launcher's process for that application, in MB
  local pid
  pid=$(pgrep -f "quarkus-app/quarkus-run.jar" | while read -r p; do
    if tr '\0' '\n' < "/proc/$p/cmdline" | grep -q "/$1/target/quarkus-app"; then echo "$p"; fi; done | head -n 1)
  [ -n "$pid" ] || { echo "?"; return; }
  awk '/VmRSS/ { printf "%d", $2 / 1024 }' "/proc/$pid/status"
}

report() {
  printf '%-18s' "$1"
  for app in gateway claims-service sources-service; do printf '  %-16s %5s MB' "$app" "$(rss "$app")"; done
  echo
}

pgrep -f "quarkus-app/quarkus-run.jar" > /dev/null || { echo "start the suite first: ./mvnw -Pup package" >&2; exit 1; }
report "before load"
deploy/bench/gateway-load.sh "${1:-20s}" "${2:-8}" > /dev/null
report "after load"
