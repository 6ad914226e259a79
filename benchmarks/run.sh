#!/usr/bin/env bash
# Builds the benchmarks jar and runs every benchmark once (about 4 minutes on 2 cores with the
# iterations set in the benchmark classes); extra arguments go to JMH, e.g.
#   benchmarks/run.sh -f 2                      # two forks, about 8 minutes
#   benchmarks/run.sh -wi 1 -i 1 -w 1s -r 1s    # smoke run, under a minute
#   benchmarks/run.sh PipelinedPing -prof gc    # one benchmark class, with the allocation profiler
# Run from anywhere; the transcripts are read from ../shared/ami-transcripts beside the checkout
# unless -Damisdk.transcripts.dir is given in JAVA_OPTS.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
mvn -B -ntp -q -Pbench -pl benchmarks -am package -DskipTests
exec java ${JAVA_OPTS:-} -jar benchmarks/target/benchmarks.jar -rf json -rff benchmarks/target/jmh-result.json "$@"
