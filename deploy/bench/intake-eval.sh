#!/usr/bin/env bash
# Scores claims-service's intake engine on a brat attribution corpus (PolNeAR's layout: CORPUS_DIR/text/NAME.txt and
# CORPUS_DIR/attributions/NAME_ANNOTATOR.ann) with the definitions of the intake issue, and prints precision, recall
# and F1 for Cue, Source, Content and whole triples (exact and lenient), articles per second on one thread and the
# peak heap. --predictions OUT_DIR also writes the engine's attributions as brat files (OUT_DIR/NAME.ann), for any
# other scorer; --threshold T keeps proposals of confidence T or more (default 0.5, the API's default).
# The corpus stays outside the repository: a folder without text/ and attributions/ is skipped with a message.
#
# --model FILE joins the rules with the learned tagger that intake-train.sh wrote.
#
#   deploy/bench/intake-eval.sh CORPUS_DIR [--predictions OUT_DIR] [--threshold 0.5] [--model FILE]
set -euo pipefail
[ $# -ge 1 ] || { echo "usage: $0 CORPUS_DIR [--predictions OUT_DIR] [--threshold 0.5] [--model FILE]" >&2; exit 2; }
. "$(dirname "$0")/intake-java.sh"
CORPUS=$(cd "$1" 2>/dev/null && pwd || echo "$1")
shift
# 256 MB of heap at most, the target; the corpus's texts are held in memory for the timed pass.
intake_java -Xmx256m io.corroborate.claims.intake.IntakeEvaluation "$CORPUS" "$@"
