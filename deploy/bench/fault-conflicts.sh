#!/usr/bin/env bash
# Fault script ([K]): N concurrent edits of one claim, all made from the same version, through the gateway of the
# suite the launcher runs (./mvnw -Pup package). Exactly one may win; every other must be refused with CONFLICT, none
# may fail otherwise, and the claim must end as the winner wrote it, one version later. Then the claim's statement is
# put back. Prints the counts and a verdict; exits 1 when the verdict is FAIL. Needs curl and jq.
#
#   deploy/bench/fault-conflicts.sh [edits, default 50]
set -euo pipefail

EDITS=${1:-50}
GATEWAY=${CORROBORATE_GATEWAY_URL:-http://127.0.0.1:8080}/graphql
KEYCLOAK=${CORROBORATE_KEYCLOAK_URL:-http://127.0.0.1:8180}
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

# An analyst of the demo realm (anna, clearance AMBER): analysts may edit claims.
TOKEN=$(curl -sf -d grant_type=password -d client_id=corroborate-test -d username=anna -d password=anna \
  "$KEYCLOAK/realms/corroborate/protocol/openid-connect/token" | jq -r .access_token)

ask() { # query variables-json → answer
  curl -sf "$GATEWAY" -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' \
    -d "$(jq -cn --arg q "$1" --argjson v "$2" '{query: $q, variables: $v}')"
}
UPDATE='mutation($id: ID!, $version: Int!, $statement: String!) {
  updateClaim(id: $id, version: $version, input: {statement: $statement}) { version statement } }'
READ='query($id: ID!) { claim(id: $id) { version statement } }'

claim=$(ask '{ claims(first: 1) { edges { node { id version statement } } } }' '{}' | jq -c '.data.claims.edges[0].node')
[ "$claim" != null ] || { echo "no claim to edit: load the demo data first (the launcher does)" >&2; exit 1; }
id=$(jq -r .id <<<"$claim"); version=$(jq -r .version <<<"$claim"); original=$(jq -r .statement <<<"$claim")
echo "== $EDITS concurrent edits of claim $id, all from version $version"

export -f ask; export GATEWAY TOKEN UPDATE
seq 1 "$EDITS" | xargs -P "$EDITS" -I{} bash -c \
  'ask "$UPDATE" "$(jq -cn --arg id '"$id"' --argjson v '"$version"' --arg s "Edit {} of a conflict test" \
     "{id: \$id, version: \$v, statement: \$s}")" > '"$WORK"'/{}.json || echo "{\"transport\": true}" > '"$WORK"'/{}.json'

wins=0; conflicts=0; others=0; winner=""
for answer in "$WORK"/*.json; do
  if jq -e '.data.updateClaim != null' "$answer" >/dev/null 2>&1; then
    wins=$((wins + 1)); winner=$(jq -r .data.updateClaim.statement "$answer")
  elif jq -e '[.errors[]?.extensions.code] == ["CONFLICT"]' "$answer" >/dev/null 2>&1; then
    conflicts=$((conflicts + 1))
  else
    others=$((others + 1)); echo "  unexpected answer: $(head -c 300 "$answer")"
  fi
done
final=$(ask "$READ" "$(jq -cn --arg id "$id" '{id: $id}')" | jq -c .data.claim)
echo "  won: $wins, refused with CONFLICT: $conflicts, other outcomes: $others"
echo "  the claim now: version $(jq -r .version <<<"$final"), \"$(jq -r .statement <<<"$final")\""

verdict=PASS
[ "$wins" -eq 1 ] && [ "$conflicts" -eq $((EDITS - 1)) ] && [ "$others" -eq 0 ] || verdict=FAIL
[ "$(jq -r .version <<<"$final")" -eq $((version + 1)) ] && [ "$(jq -r .statement <<<"$final")" = "$winner" ] || verdict=FAIL

restored=$(ask "$UPDATE" "$(jq -cn --arg id "$id" --argjson v "$(jq -r .version <<<"$final")" --arg s "$original" \
  '{id: $id, version: $v, statement: $s}')" | jq -r '.data.updateClaim.version // "not restored"')
echo "  statement put back (version $restored)"
echo "verdict: $verdict (exactly one edit wins, every other gets CONFLICT, the winner's text is what is stored)"
[ "$verdict" = PASS ]
