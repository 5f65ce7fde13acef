# Sourced by intake-eval.sh and intake-train.sh: compiles claims-service with its test sources and runs one of their
# main classes on the engine's class path (its classes, then its runtime dependencies, WordNet's database among them).
#
#   intake_java HEAP MAIN_CLASS ARGS...
intake_java() {
  local root heap=$1
  shift
  root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
  (cd "$root" && ./mvnw -B -q -pl claims-service test-compile dependency:build-classpath \
    -Dmdep.outputFile=target/runtime-classpath.txt -Dmdep.includeScope=runtime)
  exec java "$heap" -cp "$root/claims-service/target/classes:$root/claims-service/target/test-classes:$(cat "$root/claims-service/target/runtime-classpath.txt")" "$@"
}
