#!/usr/bin/env bash
# Corroborate's gateway against Apollo Gateway 2.14 and Hive Gateway (runtime 2.12, the engine of Hive Gateway 2.15),
# all three in front of the same running claims-service and sources-service (the launcher's suite: ./mvnw -Pup
# package). The peers compose the services' own subgraph schemas with @apollo/composition and forward the caller's
# token. The script checks that the three answers are identical, then drives each query through the three gateways,
# interleaved, at 8 and 32 clients, and prints requests/s, p50, p99 and the ratio to the fastest peer; then the rate
# PostgreSQL itself reaches for the rows of the page of 50. Needs node, npm, hey, jq and pgbench. Nothing is asserted;
# figures go to docs/benchmarks.md.
#
#   deploy/bench/peers.sh [duration per run, default 15s] [warm-up per query and gateway, default 60s]
#
# Every gateway gets the same warm-up, each query at 8 clients, before anything is measured: a JVM's compilers need
# minutes of load on two cores to settle, and the peers are started fresh by this script.
set -euo pipefail

DURATION=${1:-15s}
WARMUP=${2:-60s}
HERE=$(cd "$(dirname "$0")" && pwd)
GATEWAY=${CORROBORATE_GATEWAY_URL:-http://127.0.0.1:8080}/graphql
CLAIMS=${CORROBORATE_CLAIMS_URL:-http://127.0.0.1:8081}/graphql
SOURCES=${CORROBORATE_SOURCES_URL:-http://127.0.0.1:8082}/graphql
KEYCLOAK=${CORROBORATE_KEYCLOAK_URL:-http://127.0.0.1:8180}
PG=${CORROBORATE_PG:-host=127.0.0.1 port=5432 user=postgres}
APOLLO_PORT=4100
HIVE_PORT=4101

for tool in node npm hey jq pgbench; do
  command -v "$tool" >/dev/null || { echo "$tool is not installed" >&2; exit 1; }
done
[ -d "$HERE/peers/node_modules" ] || (cd "$HERE/peers" && npm ci --no-audit --no-fund >/dev/null)

# A viewer's token (vera, clearance GREEN); access tokens live 5 minutes, so each run fetches a fresh one.
token() {
  curl -sf -d grant_type=password -d client_id=corroborate-test -d username=vera -d password=vera \
    "$KEYCLOAK/realms/corroborate/protocol/openid-connect/token" | jq -r .access_token
}

PIDS=()
# The peers are throwaway processes; Hive's runtime waits for open connections on SIGTERM, so they are killed outright.
trap 'kill -9 "${PIDS[@]}" 2>/dev/null || true' EXIT
start_peer() { # kind port
  node "$HERE/peers/gateways.mjs" "$1" "$2" "$CLAIMS" "$SOURCES" "$(token)" /tmp/corroborate-supergraph.graphql \
    >"/tmp/corroborate-peer-$1.log" 2>&1 &
  PIDS+=($!)
  for _ in $(seq 1 60); do
    curl -sf -o /dev/null -H 'Content-Type: application/json' -d '{"query":"{ __typename }"}' "http://127.0.0.1:$2/" && return
    sleep 1
  done
  echo "$1 did not start: /tmp/corroborate-peer-$1.log" >&2; exit 1
}
start_peer apollo "$APOLLO_PORT"
start_peer hive "$HIVE_PORT"

declare -A URL=([corroborate]="$GATEWAY" [apollo]="http://127.0.0.1:$APOLLO_PORT/" [hive]="http://127.0.0.1:$HIVE_PORT/")
HOP='attribution { role verb source { name kind reliability { computed { grade score lower upper } } } }'
declare -A QUERY=(
  [page]="{ claims(first: 50) { totalCount edges { node { statement status $HOP } } } }"
  [corroboration]="{ claims(first: 50) { totalCount edges { node { statement status $HOP corroboration { independentOrigins circularReporting suggestedCredibility originGroups { reason sources { name } } } } } } }"
  [search]="{ searchSources(text: \"news\", first: 10) { name kind claims(first: 10) { totalCount edges { node { statement status } } } } }"
)
NAMES=(page corroboration search)

ask() { # gateway query → canonical JSON
  curl -sf "${URL[$1]}" -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' \
    -d "$(jq -cn --arg q "${QUERY[$2]}" '{query: $q}')" | jq -S .
}

TOKEN=$(token)
echo "== identical answers"
for name in "${NAMES[@]}"; do
  reference=$(ask corroborate "$name")
  echo "$reference" | jq -e '.errors == null' >/dev/null || { echo "$name fails at Corroborate's gateway: $reference" >&2; exit 1; }
  for peer in apollo hive; do
    if [ "$(ask "$peer" "$name")" != "$reference" ]; then
      echo "$name: $peer answers differently" >&2; diff <(echo "$reference") <(ask "$peer" "$name") | head -20 >&2; exit 1
    fi
  done
  echo "  $name: identical ($(echo "$reference" | wc -c) bytes)"
done

run() { # gateway query clients [duration] → "rps p50 p99" (ms)
  local body
  body=$(jq -cn --arg q "${QUERY[$2]}" '{query: $q}')
  hey -z "${4:-$DURATION}" -c "$3" -m POST -T application/json -H "Authorization: Bearer $TOKEN" -d "$body" "${URL[$1]}" |
    awk '/Requests\/sec/ { rps = $2 } /  50% in/ { p50 = $3 * 1000 } /  99% in/ { p99 = $3 * 1000 }
         /\[200\]/ { ok = $2 } /\[[1-9][0-9][0-9]\]/ && !/\[200\]/ { bad += $2 }
         END { printf "%.1f %.0f %.0f %d\n", rps, p50, p99, bad }'
}

echo
echo "== throughput ($DURATION per run, interleaved, after $WARMUP of warm-up per query and gateway)"
for name in "${NAMES[@]}"; do for gw in corroborate apollo hive; do TOKEN=$(token); run "$gw" "$name" 8 "$WARMUP" >/dev/null; done; done
declare -A PAGE_RPS=()
printf '%-14s %-8s %-12s %9s %8s %8s %7s %s\n' query clients gateway "req/s" "p50 ms" "p99 ms" "÷peer" "non-200"
for clients in 8 32; do
  for name in "${NAMES[@]}"; do
    declare -A RESULT=()
    TOKEN=$(token)
    for gw in corroborate apollo hive; do RESULT[$gw]=$(run "$gw" "$name" "$clients"); done
    fastest_peer=$(printf '%s\n%s\n' "${RESULT[apollo]}" "${RESULT[hive]}" | awk '{ if ($1 > max) max = $1 } END { print max }')
    for gw in corroborate apollo hive; do
      read -r rps p50 p99 bad <<<"${RESULT[$gw]}"
      [ "$name.$gw" = page.corroborate ] && PAGE_RPS[$clients]=$rps
      printf '%-14s %-8s %-12s %9s %8s %8s %7s %s\n' "$name" "$clients" "$gw" "$rps" "$p50" "$p99" \
        "$(awk -v a="$rps" -v b="$fastest_peer" 'BEGIN { printf "%.2f", a / b }')" "$bad"
    done
  done
done

echo
echo "== PostgreSQL alone: the page of 50 (its count, its claims with their hops; then its sources with their GREEN-tier"
echo "   computed reliability), pgbench, 8 clients, 10 s each"
cat >/tmp/corroborate-page-claims.sql <<'SQL'
SELECT count(*) FROM claim c WHERE c.deleted_at IS NULL AND c.marking IN ('CLEAR', 'GREEN');
SELECT c.id, c.statement, c.status, h.position, h.verb, h.source_id
  FROM (SELECT * FROM claim WHERE deleted_at IS NULL AND marking IN ('CLEAR', 'GREEN')
        ORDER BY created_at DESC, id DESC LIMIT 51) c
  JOIN attribution_hop h ON h.claim_id = c.id ORDER BY c.created_at DESC, c.id DESC, h.position;
SQL
cat >/tmp/corroborate-page-sources.sql <<'SQL'
SELECT s.id, s.name, s.kind, r.grade, r.score, r.lower_bound, r.upper_bound
  FROM (SELECT * FROM source ORDER BY id LIMIT 20) s
  LEFT JOIN LATERAL (SELECT * FROM reliability_snapshot r WHERE r.source_id = s.id AND r.tier = 'GREEN' AND r.topic = ''
                     ORDER BY r.computed_at DESC, r.id DESC LIMIT 1) r ON true;
SQL
tps() { pgbench "$PG dbname=$1" -n -c 8 -j 2 -T 10 -f "$2" 2>/dev/null | awk '/^tps/ { print $3 }'; }
claims_tps=$(tps corroborate_claims /tmp/corroborate-page-claims.sql)
sources_tps=$(tps corroborate_sources /tmp/corroborate-page-sources.sql)
awk -v c="$claims_tps" -v s="$sources_tps" -v g8="${PAGE_RPS[8]}" -v g32="${PAGE_RPS[32]}" 'BEGIN {
  page = 1 / (1 / c + 1 / s)
  printf "  claims part %.0f/s, sources part %.0f/s: %.0f pages/s in all\n", c, s, page
  printf "  Corroborate'"'"'s gateway, the page of 50: %.1f%% of that at 8 clients, %.1f%% at 32\n", 100 * g8 / page, 100 * g32 / page }'
