#!/usr/bin/env bash
# Fault script ([K]): PostgreSQL stops in the middle of a load run and starts again, under the suite the launcher runs
# (./mvnw -Pup package, on the machine's PostgreSQL). Four clients ask the gateway for a page of claims without pause
# throughout, and every answer is checked: each must be an HTTP 200, and its errors, if any, UNAVAILABLE only, never a
# 500 nor another code; once the database is back, the services must answer again by themselves. Prints what the
# clients saw, the time to recover and a verdict; exits 1 when the verdict is FAIL. Needs curl, jq and bc.
#
#   deploy/bench/fault-postgres.sh [seconds down, default 10]
#   PG_STOP / PG_START: the commands that stop and start PostgreSQL (default: the machine's cluster, pg_ctlcluster)
set -euo pipefail

DOWN=${1:-10}
GATEWAY=${CORROBORATE_GATEWAY_URL:-http://127.0.0.1:8080}/graphql
KEYCLOAK=${CORROBORATE_KEYCLOAK_URL:-http://127.0.0.1:8180}
CLUSTER="$(ls /etc/postgresql 2>/dev/null | head -n 1) main"
PG_STOP=${PG_STOP:-pg_ctlcluster --skip-systemctl-redirect $CLUSTER stop -m fast}
PG_START=${PG_START:-pg_ctlcluster --skip-systemctl-redirect $CLUSTER start}
WORK=$(mktemp -d)
CLIENTS=()
trap 'rm -f "$WORK/running"; [ ${#CLIENTS[@]} -eq 0 ] || kill "${CLIENTS[@]}" 2>/dev/null; $PG_START >/dev/null 2>&1 || true
      rm -rf "$WORK"' EXIT

TOKEN=$(curl -sf -d grant_type=password -d client_id=corroborate-test -d username=vera -d password=vera \
  "$KEYCLOAK/realms/corroborate/protocol/openid-connect/token" | jq -r .access_token)
BODY='{"query":"{ claims(first: 20) { totalCount edges { node { statement attribution { source { name } } } } } }"}'

probe() { # → one line: the phase when asked, HTTP status, the distinct error codes (or "ok")
  local phase status answer
  phase=$(cat "$WORK/phase"); answer=$(mktemp -p "$WORK")
  status=$(curl -s -o "$answer" -w '%{http_code}' --max-time 5 "$GATEWAY" -H "Authorization: Bearer $TOKEN" \
    -H 'Content-Type: application/json' -d "$BODY" || echo 000)
  echo "$phase $status $(jq -r '[.errors[]?.extensions.code] | unique | if length == 0 then "ok" else join(",") end' \
    "$answer" 2>/dev/null || echo unreadable)"
  rm -f "$answer"
}

# Four clients ask without pause from start to end, and every answer is checked.
echo before > "$WORK/phase"; touch "$WORK/running"
export -f probe; export WORK GATEWAY TOKEN BODY
for client in 1 2 3 4; do
  bash -c 'while [ -f "$WORK/running" ]; do probe; done' > "$WORK/probes.$client" &
  CLIENTS+=($!)
done
sleep 3

echo "== PostgreSQL stops for ${DOWN} s under load"
echo down > "$WORK/phase"
$PG_STOP >/dev/null
sleep "$DOWN"
echo after > "$WORK/phase"
$PG_START >/dev/null
started=$(date +%s.%N)
recovered=""
for _ in $(seq 1 300); do
  if [ "$(probe | cut -d' ' -f2-)" = "200 ok" ]; then recovered=$(echo "$(date +%s.%N) - $started" | bc); break; fi
  sleep 0.1
done
sleep 3
rm -f "$WORK/running"; wait "${CLIENTS[@]}" 2>/dev/null || true; CLIENTS=()

echo "  what the clients saw (phase when asked, HTTP status, error codes: count):"
cat "$WORK"/probes.* | sort | uniq -c | sed 's/^/   /'
echo "  answering again: ${recovered:-never} s after PostgreSQL started"

verdict=PASS
cat "$WORK"/probes.* | grep -qv ' 200 \(ok\|UNAVAILABLE\)$' && verdict=FAIL
cat "$WORK"/probes.* | grep -q '^down 200 UNAVAILABLE$' || verdict=FAIL
[ -n "$recovered" ] || verdict=FAIL
echo "verdict: $verdict (every answer HTTP 200, its errors UNAVAILABLE and nothing else; answering again by itself)"
[ "$verdict" = PASS ]
