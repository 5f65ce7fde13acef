#!/usr/bin/env bash
# Scale benchmark ([K]): grows a generated dataset through the services' own write paths (createSource, affiliate,
# importBundle, reviewClaim) and times the read queries at each size: p50/p99, and their growth. Figures are kept in
# .devstack/scale/results.json, so sizes can be measured in separate runs. Needs python3 (standard library only) and,
# for a steady state before measuring, psql.
#
# Run it against the launcher's suite on databases of its own, so that the demo's stay as they are:
#   CORROBORATE_CLAIMS_DATABASE=corroborate_claims_scale CORROBORATE_SOURCES_DATABASE=corroborate_sources_scale \
#     ./mvnw -Pup package -o -DskipTests
# then, in another terminal:
#   deploy/bench/scale.sh 10000 1000000 [10000000]      (--no-measure only grows; --clients, --requests)
set -euo pipefail
cd "$(dirname "$0")/../.."
exec python3 deploy/bench/scale.py "$@"
