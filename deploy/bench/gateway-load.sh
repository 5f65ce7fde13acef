#!/usr/bin/env bash
# Load test of the public GraphQL endpoint, against the suite the launcher runs (./mvnw -Pup package).
# Prints hey's summary for each scenario and the gateway's downstream calls per request during it.
# Needs hey (Debian: apt-get install hey). Documented in docs/benchmarks.md; nothing here is asserted.
#
#   deploy/bench/gateway-load.sh [duration, default 30s] [concurrency, default 16]
set -euo pipefail

DURATION=${1:-30s}
CONCURRENCY=${2:-16}
GATEWAY=${CORROBORATE_GATEWAY_URL:-http://127.0.0.1:8080}
GATEWAY_MANAGEMENT=${CORROBORATE_GATEWAY_MANAGEMENT_URL:-http://127.0.0.1:9080}  # health and metrics
KEYCLOAK=${CORROBORATE_KEYCLOAK_URL:-http://127.0.0.1:8180}

command -v hey >/dev/null || { echo "hey is not installed (Debian: apt-get install hey)" >&2; exit 1; }

# A viewer's token from the demo realm (vera, clearance GREEN); access tokens live 5 minutes, longer than a run.
TOKEN=$(curl -sf -d grant_type=password -d client_id=corroborate-test -d username=vera -d password=vera \
  "$KEYCLOAK/realms/corroborate/protocol/openid-connect/token" | sed -E 's/.*"access_token":"([^"]+)".*/\1/')

metric() { # the gateway's own Prometheus sample
  curl -sf "$GATEWAY_MANAGEMENT/q/metrics" | awk -v name="$1" '$1 == name { print $2 }'
}

run() { # name, GraphQL document (one line)
  local body count_before sum_before
  body=$(printf '{"query":"%s"}' "$2")
  count_before=$(metric corroborate_gateway_downstream_calls_per_request_count); count_before=${count_before:-0}
  sum_before=$(metric corroborate_gateway_downstream_calls_per_request_sum); sum_before=${sum_before:-0}
  echo "== $1 ($DURATION, $CONCURRENCY concurrent clients)"
  # hey sees HTTP statuses only; a GraphQL error is a 200 too, so compare sizes with one answer checked here.
  curl -sf "$GATEWAY/graphql" -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' -d "$body" \
    | grep -q '"errors"' && { echo "  the query itself fails: fix it first" >&2; return 1; }
  echo "  one good answer: $(curl -sf "$GATEWAY/graphql" -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' \
    -d "$body" | wc -c) bytes (a smaller Size/request below means some answers were errors, e.g. from an open circuit)"
  hey -z "$DURATION" -c "$CONCURRENCY" -m POST -T application/json -H "Authorization: Bearer $TOKEN" -d "$body" \
    "$GATEWAY/graphql" | sed -n '/Summary:/,/Latency distribution:/p;/50%/p;/95%/p;/99%/p;/Status code distribution:/,$p'
  awk -v c0="$count_before" -v s0="$sum_before" -v c1="$(metric corroborate_gateway_downstream_calls_per_request_count)" \
    -v s1="$(metric corroborate_gateway_downstream_calls_per_request_sum)" \
    'BEGIN { if (c1 > c0) printf "  downstream calls per request: %.2f\n\n", (s1 - s0) / (c1 - c0) }'
}

curl -sf -o /dev/null "$GATEWAY_MANAGEMENT/q/health/ready" || { echo "the gateway at $GATEWAY is not ready: start ./mvnw -Pup package" >&2; exit 1; }
run "a page of 20 claims with chains, sources and reliability" \
  "{ claims(first: 20) { totalCount edges { node { statement origin { name } attribution { role verb source { name reliability { computed { grade score } } } } } } } }"
run "a page of 20 claims with their corroboration" \
  "{ claims(first: 20) { edges { node { statement corroboration { independentOrigins suggestedCredibility circularReporting } } } } }"
run "source search" \
  "{ searchSources(text: \\\"news\\\", first: 10) { name kind } }"
