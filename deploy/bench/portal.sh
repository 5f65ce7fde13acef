#!/usr/bin/env bash
# The analyst portal's figures, against the launcher's suite (./mvnw -Pup package) or any gateway: the size of its
# JavaScript and CSS as a browser downloads them (gzip), and, in the system's Chromium (Debian: chromium), how long
# after navigation the claims page is rendered and how long a claim's page takes from the list, measured with the
# browser's Performance API. Needs node, npm and curl. Nothing is asserted; figures go to docs/benchmarks.md.
#
#   deploy/bench/portal.sh [runs, default 20]
set -euo pipefail

RUNS=${1:-20}
HERE=$(cd "$(dirname "$0")" && pwd)
PORTAL=${CORROBORATE_GATEWAY_URL:-http://127.0.0.1:8080}/
USERNAME=${CORROBORATE_PORTAL_USER:-vera}
PASSWORD=${CORROBORATE_PORTAL_PASSWORD:-vera}
FILES="$HERE/../../gateway/src/main/resources/META-INF/resources/portal"

for tool in node npm curl; do
  command -v "$tool" >/dev/null || { echo "$tool is not installed" >&2; exit 1; }
done
[ -d "$HERE/portal/node_modules" ] || (cd "$HERE/portal" && npm ci --no-audit --no-fund >/dev/null)

echo "== Size of the portal's code, as served (gzip) and as written"
total_gzip=0
total_plain=0
for file in "$FILES"/*.js "$FILES"/*.css; do
  name=portal/$(basename "$file")
  gzip=$(curl -sf -H 'Accept-Encoding: gzip' -o /dev/null -w '%{size_download}' "$PORTAL$name")
  plain=$(curl -sf -o /dev/null -w '%{size_download}' "$PORTAL$name")
  printf '  %-24s %7d B gzip %8d B\n' "$name" "$gzip" "$plain"
  total_gzip=$((total_gzip + gzip))
  total_plain=$((total_plain + plain))
done
printf '  %-24s %7d B gzip %8d B   (target: at most 250 KB compressed)\n' "total" "$total_gzip" "$total_plain"

echo "== Time to a rendered page, $USERNAME, $RUNS runs"
node "$HERE/portal/measure.mjs" "$PORTAL" "$USERNAME" "$PASSWORD" "$RUNS"
