#!/usr/bin/env bash
# Trains the intake engine's learned tagger on a brat attribution corpus (PolNeAR's layout: CORPUS_DIR/text/NAME.txt and
# CORPUS_DIR/attributions/NAME_ANNOTATOR.ann) and writes its weights to MODEL_FILE, for claims-service (INTAKE_MODEL)
# and for intake-eval.sh --model. The file is derived from the corpus: keep it outside the repository.
#
#   deploy/bench/intake-train.sh CORPUS_DIR MODEL_FILE [--passes 16]
set -euo pipefail
[ $# -ge 2 ] || { echo "usage: $0 CORPUS_DIR MODEL_FILE [--passes 16]" >&2; exit 2; }
. "$(dirname "$0")/intake-java.sh"
CORPUS=$(cd "$1" 2>/dev/null && pwd || echo "$1")
MODEL=$(cd "$(dirname "$2")" 2>/dev/null && pwd || dirname "$2")/$(basename "$2")
shift 2
# Every token's features, for both layers, are held for the passes: about 1.6 GB for PolNeAR's 840 training articles.
intake_java -Xmx2g io.corroborate.claims.intake.IntakeTraining "$CORPUS" "$MODEL" "$@"
