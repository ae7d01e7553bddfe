#!/usr/bin/env bash
# In-process benchmarks with JMH (src/test/java/**/*Bench.java): rule checking and chart layout of
# a 40-item roadmap. About 40 s. Extra arguments go to JMH, e.g. `bash bench/jmh.sh -wi 1 -i 2`.
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q -ntp test-compile
mvn -B -q -ntp dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test
java -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" org.openjdk.jmh.Main ChartBench "$@"
