#!/usr/bin/env bash
# Trains the intake engine's learned tagger on a brat attribution corpus (PolNeAR's layout: CORPUS_DIR/text/NAME.txt and
# CORPUS_DIR/attributions/NAME_ANNOTATOR.ann) and writes its weights to MODEL_FILE, for claims-service (INTAKE_MODEL)
# and for intake-eval.sh --model. The file is derived from the corpus: keep it outside the repository.
#
#   deploy/bench/intake-train.sh CORPUS_DIR MODEL_FILE [--passes 12]
set -euo pipefail
[ $# -ge 2 ] || { echo "usage: $0 CORPUS_DIR MODEL_FILE [--passes 12]" >&2; exit 2; }
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
CORPUS=$(cd "$1" 2>/dev/null && pwd || echo "$1")
MODEL=$(cd "$(dirname "$2")" 2>/dev/null && pwd || dirname "$2")/$(basename "$2")
shift 2
(cd "$ROOT" && ./mvnw -B -q -pl claims-service test-compile)
# Every token's features, for both layers, are held for the passes: about 1.6 GB for PolNeAR's 840 training articles.
exec java -Xmx2g -cp "$ROOT/claims-service/target/classes:$ROOT/claims-service/target/test-classes" \
  io.corroborate.claims.intake.IntakeTraining "$CORPUS" "$MODEL" "$@"
