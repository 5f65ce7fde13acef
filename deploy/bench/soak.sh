#!/usr/bin/env bash
# Soak ([K]): the suite the launcher runs (./mvnw -Pup package) under 80 % of its measured maximum throughput for ten
# minutes. First measures the maximum (the page of 20 claims with their sources' reliability, 8 clients, 20 s), then
# holds the load at the fraction of it while sampling the resident memory of the three applications every 30 s.
# Prints the samples and each application's trend, then a verdict: PASS when every answer was an HTTP 200 and no
# application's memory grew after its warm-up (the second half's peak within 5 % of the first half's). Exits 1 on
# FAIL. Needs hey, curl and jq.
#
#   deploy/bench/soak.sh [minutes, default 10] [fraction of the maximum, default 0.8]
set -euo pipefail

MINUTES=${1:-10}
FRACTION=${2:-0.8}
CLIENTS=8
GATEWAY=${CORROBORATE_GATEWAY_URL:-http://127.0.0.1:8080}/graphql
KEYCLOAK=${CORROBORATE_KEYCLOAK_URL:-http://127.0.0.1:8180}
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

# Access tokens live 5 minutes: the demo realm's viewer logs in for each part of the run, and the long run is cut into
# parts of at most 4 minutes, each with a fresh token.
token() {
  curl -sf -d grant_type=password -d client_id=corroborate-test -d username=vera -d password=vera \
    "$KEYCLOAK/realms/corroborate/protocol/openid-connect/token" | jq -r .access_token
}
BODY='{"query":"{ claims(first: 20) { totalCount edges { node { statement status attribution { role source { name reliability { computed { grade score lower upper } } } } } } } }"}'
rss() { # application → resident memory in MB
  local pid
  pid=$(pgrep -f "$1/target/quarkus-app/quarkus-run.jar" | head -n 1)
  [ -n "$pid" ] && echo $(( $(awk '/VmRSS/ { print $2 }' "/proc/$pid/status") / 1024 )) || echo 0
}
APPS=(gateway claims-service sources-service)

maximum=$(hey -z 20s -c "$CLIENTS" -m POST -T application/json -H "Authorization: Bearer $(token)" -d "$BODY" "$GATEWAY" \
  | awk '/Requests\/sec/ { print $2 }')
rate=$(awk -v m="$maximum" -v f="$FRACTION" -v c="$CLIENTS" 'BEGIN { printf "%.1f", m * f / c }')
echo "== maximum $maximum req/s; holding $(awk -v r="$rate" -v c="$CLIENTS" 'BEGIN { print r * c }') req/s for $MINUTES min"

( remaining=$((MINUTES * 60))
  while [ "$remaining" -gt 0 ]; do
    part=$(( remaining < 240 ? remaining : 240 ))
    hey -z "${part}s" -c "$CLIENTS" -q "$rate" -m POST -T application/json -H "Authorization: Bearer $(token)" \
      -d "$BODY" "$GATEWAY" >> "$WORK/hey"
    remaining=$((remaining - part))
  done ) &
LOAD=$!

printf '%-8s %8s %15s %16s\n' minute gateway claims-service sources-service
samples=$((MINUTES * 2))
for i in $(seq 0 "$samples"); do
  line="$(awk -v s="$i" 'BEGIN { printf "%.1f", s / 2 }')"
  for app in "${APPS[@]}"; do line="$line $(rss "$app")"; done
  echo "$line" >> "$WORK/rss"
  printf '%-8s %8s %15s %16s\n' $line
  [ "$i" -lt "$samples" ] && sleep 30
done
wait "$LOAD" || true

echo "  throughput held: $(awk '/Requests\/sec/ { sum += $2; n++ } END { printf "%.1f", sum / n }' "$WORK/hey") req/s"
echo "  HTTP statuses: $(grep -E '^\s+\[[0-9]+\]' "$WORK/hey" | awk '{ count[$1] += $2 } END { for (s in count) printf "%s %d  ", s, count[s] }')"
answer=$(curl -sf "$GATEWAY" -H "Authorization: Bearer $(token)" -H 'Content-Type: application/json' -d "$BODY" | jq -c '.errors // "none"')
echo "  errors in an answer asked at the end: $answer"

verdict=PASS
grep -E '^\s+\[[0-9]+\]' "$WORK/hey" | grep -qv '\[200\]' && verdict=FAIL
[ "$answer" = '"none"' ] || verdict=FAIL
half=$((samples / 2))
for column in 2 3 4; do
  trend=$(awk -v c="$column" -v h="$half" 'NR > 2 && NR <= h + 1 { if ($c > first) first = $c } NR > h + 1 { if ($c > second) second = $c }
    END { printf "%d %d %s", first, second, (second <= first * 1.05) ? "flat" : "GROWING" }' "$WORK/rss")
  echo "  ${APPS[$((column - 2))]}: peak after warm-up, first half $(cut -d' ' -f1 <<<"$trend") MB, second half $(cut -d' ' -f2 <<<"$trend") MB: $(cut -d' ' -f3 <<<"$trend")"
  [ "$(cut -d' ' -f3 <<<"$trend")" = flat ] || verdict=FAIL
done
echo "verdict: $verdict (every answer HTTP 200 without errors, memory flat after warm-up)"
[ "$verdict" = PASS ]
