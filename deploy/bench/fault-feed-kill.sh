#!/usr/bin/env bash
# Fault script ([K]): sources-service is killed (kill -9) partway through a run of verdict changes made through the
# gateway of the suite the launcher runs (./mvnw -Pup package), then started again with the same command line. When
# the claim feed has caught up, every source's track record must equal the truth counted from claims-service's own
# answers: for each source, its claims as origin (computed) and as relay (carried) by final status. Nothing lost,
# nothing counted twice. Prints the figures and a verdict; exits 1 when the verdict is FAIL. Needs curl, jq and xargs.
#
#   deploy/bench/fault-feed-kill.sh [verdict changes, default 10000] [kill after this many, default a third]
set -euo pipefail

CHANGES=${1:-10000}
KILL_AFTER=${2:-$((CHANGES / 3))}
GATEWAY=${CORROBORATE_GATEWAY_URL:-http://127.0.0.1:8080}/graphql
KEYCLOAK=${CORROBORATE_KEYCLOAK_URL:-http://127.0.0.1:8180}
CLAIMS_METRICS=${CORROBORATE_CLAIMS_MANAGEMENT_URL:-http://127.0.0.1:9081}/q/metrics
SOURCES_METRICS=${CORROBORATE_SOURCES_MANAGEMENT_URL:-http://127.0.0.1:9082}/q/metrics
SOURCES_LOG=${CORROBORATE_SOURCES_LOG:-.devstack/logs/sources-service.log}
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

token() { # an editor of the demo realm (eddie, clearance RED): editors review claims and see every source
  curl -sf -d grant_type=password -d client_id=corroborate-test -d username=eddie -d password=eddie \
    "$KEYCLOAK/realms/corroborate/protocol/openid-connect/token" | jq -r .access_token
}
metric() { curl -sf "$1" | awk -v name="$2" '$1 == name { printf "%d\n", $2 }'; }

TOKEN=$(token)
curl -sf "$GATEWAY" -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' \
  -d '{"query":"{ claims(first: 100) { edges { node { id } } } }"}' | jq -r '.data.claims.edges[].node.id' > "$WORK/claims"
[ -s "$WORK/claims" ] || { echo "no claims: load the demo data first (the launcher does)" >&2; exit 1; }
echo "== $CHANGES verdict changes over $(wc -l < "$WORK/claims") claims, 8 at a time; sources-service killed after $KILL_AFTER"

# Each change: a claim in turn, a status and a credibility drawn at random. Answers are kept one line each.
statuses=(CONFIRMED REFUTED MISLEADING UNVERIFIED)
mapfile -t claims < "$WORK/claims"
for i in $(seq 1 "$CHANGES"); do
  printf '%s %s %s\n' "${claims[$((i % ${#claims[@]}))]}" "${statuses[$((RANDOM % 4))]}" $((RANDOM % 6 + 1))
done > "$WORK/changes"
: > "$WORK/answers"
export GATEWAY TOKEN
xargs -P 8 -L 1 bash -c 'curl -s --max-time 10 "$GATEWAY" -H "Authorization: Bearer $TOKEN" \
  -H "Content-Type: application/json" -d "{\"query\":\"mutation { reviewClaim(input: {claimId: \\\"$0\\\", status: $1,\
 credibility: $2, rationale: \\\"fault-feed-kill\\\"}) { status } }\"}" | jq -c "{status: .data.reviewClaim.status,\
 codes: [.errors[]?.extensions.code]}"' < "$WORK/changes" > "$WORK/answers" &
LOAD=$!

while [ "$(wc -l < "$WORK/answers")" -lt "$KILL_AFTER" ]; do sleep 0.2; done
pid=$(pgrep -f 'sources-service/target/quarkus-app/quarkus-run.jar' | head -n 1)
[ -n "$pid" ] || { echo "sources-service is not running" >&2; kill "$LOAD"; exit 1; }
command=$(tr '\0' '\n' < "/proc/$pid/cmdline")
directory=$(readlink "/proc/$pid/cwd")
kill -9 "$pid"
echo "  killed sources-service (pid $pid) after $(wc -l < "$WORK/answers") changes"
sleep 2
mapfile -t argv <<<"$command"
# Detached, with no descriptor of this script's left open in it (a pipe held open would keep a reader of ours waiting).
(cd "$directory" && MALLOC_ARENA_MAX=2 setsid bash -c 'for fd in /proc/$$/fd/*; do n=${fd##*/}
   [ "$n" -gt 2 ] && eval "exec $n>&-"; done; exec "$@"' restart "${argv[@]}" < /dev/null >> "$SOURCES_LOG" 2>&1 &)
wait "$LOAD" || true
restarted=$(pgrep -f 'sources-service/target/quarkus-app/quarkus-run.jar' | head -n 1)
echo "  started it again (pid $restarted; the launcher does not know it: stop it with kill $restarted)"
echo "  answers: $(jq -r 'if .status then "ok" else (.codes | join(",")) end' "$WORK/answers" | sort | uniq -c | xargs)"

echo "== waiting for the claim feed to catch up"
for _ in $(seq 1 120); do
  head=$(metric "$CLAIMS_METRICS" corroborate_feed_head_position || true)
  applied=$(metric "$SOURCES_METRICS" corroborate_feed_position || true)
  [ -n "$head" ] && [ -n "$applied" ] && [ "$applied" -ge "$head" ] && [ "$head" -gt 0 ] && break
  sleep 1
done
echo "  feed head $head, applied $applied"
sleep 6 # the head gauge refreshes every 5 s: read it once more after the last change
head=$(metric "$CLAIMS_METRICS" corroborate_feed_head_position); applied=$(metric "$SOURCES_METRICS" corroborate_feed_position)
echo "  feed head $head, applied $applied"

TOKEN=$(token)
curl -sf "$GATEWAY" -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' \
  -d '{"query":"{ claims(first: 100) { edges { node { status attribution { role sourceId } } } } }"}' > "$WORK/truth.json"
jq -e '.data.claims' "$WORK/truth.json" >/dev/null || { echo "claims could not be read: $(head -c 300 "$WORK/truth.json")" >&2; exit 1; }
# The truth: per source, its claims as origin and as relay by status (only the three statuses a record counts).
jq -c '[.data.claims.edges[].node | . as $claim | .attribution[] | select(.sourceId != null)
        | {source: .sourceId, role: .role, status: $claim.status}]
       | map(select(.status == "CONFIRMED" or .status == "REFUTED" or .status == "MISLEADING"))
       | group_by(.source) | map({key: .[0].source, value: {
           computed: {confirmed: map(select(.role == "ORIGIN" and .status == "CONFIRMED")) | length,
                      refuted: map(select(.role == "ORIGIN" and .status == "REFUTED")) | length,
                      misleading: map(select(.role == "ORIGIN" and .status == "MISLEADING")) | length},
           carried: {confirmed: map(select(.role == "RELAY" and .status == "CONFIRMED")) | length,
                     refuted: map(select(.role == "RELAY" and .status == "REFUTED")) | length,
                     misleading: map(select(.role == "RELAY" and .status == "MISLEADING")) | length}}})
       | from_entries' "$WORK/truth.json" > "$WORK/truth"
curl -sf "$GATEWAY" -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' \
  -d "$(jq -cn --arg q '{ sources(first: 100) { pageInfo { hasNextPage } edges { node { id reliability {
        computed { confirmed refuted misleading } carried { confirmed refuted misleading } } } } } }' '{query: $q}')" \
  > "$WORK/records.json"
jq -e '.data.sources.pageInfo.hasNextPage == false' "$WORK/records.json" >/dev/null \
  || { echo "sources could not be read in one page: $(head -c 300 "$WORK/records.json")" >&2; exit 1; }
jq -c '[.data.sources.edges[].node | {key: .id, value: .reliability}] | from_entries
       | with_entries(select(.value.computed.confirmed + .value.computed.refuted + .value.computed.misleading
                             + .value.carried.confirmed + .value.carried.refuted + .value.carried.misleading > 0))' \
  "$WORK/records.json" > "$WORK/records"

sources=$(jq 'length' "$WORK/truth"); mismatches=$(jq -n --slurpfile t "$WORK/truth" --slurpfile r "$WORK/records" \
  '[($t[0] | keys) + ($r[0] | keys) | unique[] | select($t[0][.] != $r[0][.])] | length')
echo "  sources with a record: $sources in the truth, $(jq 'length' "$WORK/records") in sources-service; mismatches: $mismatches"
jq -n --slurpfile t "$WORK/truth" --slurpfile r "$WORK/records" \
  '($t[0] | keys) + ($r[0] | keys) | unique[] | select($t[0][.] != $r[0][.]) | {source: ., truth: $t[0][.], record: $r[0][.]}' \
  | head -20

verdict=PASS
[ "$mismatches" -eq 0 ] && [ "$applied" -ge "$head" ] || verdict=FAIL
echo "verdict: $verdict (after the kill and restart, every track record equals the truth)"
[ "$verdict" = PASS ]
