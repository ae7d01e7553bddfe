#!/usr/bin/env bash
# First start of a plain `java -jar` on a new H2 database (Flyway migrations and every module's demo data),
# from launch to /actuator/health/readiness answering 200, RUNS times (default 3); prints each run, the
# min and the median, Spring's own "Started in" figure and the load average before and after (issue 17).
# Each round starts the application as production does — the build's extracted layout, target/app/care-roadmap.jar
# with target/app/lib/ (README, Production) — and, right after it, the single jar (target/care-roadmap-*.jar) for
# comparison, so the two are measured side by side under the same load.
# Each run also prints the CPU time the JVM used until ready (all its threads) and the classes it loaded: on a
# busy host the wall time mostly measures the wait for a core, these two change only with the work itself. The
# CPU time is also split by thread: on 2026-11-30 the JIT compilers used about half of it (C2 alone ~40 %).
#   bash bench/startup.sh                 # 3 rounds, -Xmx128m, port 18080
#   RUNS=5 PORT=18181 bash bench/startup.sh
#   FAT=0 bash bench/startup.sh            # the extracted application only
#   STARTUP_STEPS=1 bash bench/startup.sh  # also logs where Spring spent the start (bench/work/startup-extracted-N.log)
#   YARDSTICK=0 bash bench/startup.sh      # without the two yardsticks (bench/yardstick.sh)
# Each round also starts the application with its demo data switched off, and two yardsticks built from this pom
# with nothing of ours in them (bench/yardstick.sh): all of the pom's libraries, and a minimal stack (web, Thymeleaf,
# security, actuator, Spring Data JDBC, Flyway, H2).
# Readiness comes only after the start-up work is done (demo data, summary rebuild), so it is the honest end.
source "$(dirname "$0")/lib.sh"
source "$(dirname "$0")/yardstick.sh"
RUNS="${RUNS:-3}"
FAT="${FAT:-1}"
YARDSTICK="${YARDSTICK:-1}"
ensure_jar
if [ "$YARDSTICK" = 1 ]; then
  build_yardstick libraries; LIBRARIES_JAR=$YARDSTICK_JAR
  build_yardstick minimal; MINIMAL_JAR=$YARDSTICK_JAR
fi
echo "Plain java -jar ${JAR#"$ROOT"/} (extracted) and, beside it, $(basename "$FAT_JAR") (single jar), -Xmx$HEAP, new H2 database each run; $(machine)"
echo "Load average (1, 5, 15 min) before: $(load)"

# cpu_by_thread PID: the CPU seconds of the live threads by kind — the main thread, the JIT compilers (C1, C2),
# the garbage collector and the rest — so a change shows whether it saved work or only moved it (issue 17).
cpu_by_thread() {
  local hz; hz=$(getconf CLK_TCK)
  for task in /proc/"$1"/task/*; do
    printf '%s|%s\n' "$(cat "$task/comm" 2>/dev/null)" "$(sed 's/.*) //' "$task/stat" 2>/dev/null | awk '{ print $12 + $13 }')"
  done | awk -F'|' -v hz="$hz" '
    $1 == "java" { m += $2; next } $1 ~ /^C2 Compiler/ { c2 += $2; next } $1 ~ /^C1 Compiler/ { c1 += $2; next }
    $1 ~ /^(GC|G1)/ { gc += $2; next } { other += $2 }
    END { printf "main %.1f, C2 %.1f, C1 %.1f, GC %.1f, other %.1f", m / hz, c2 / hz, c1 / hz, gc / hz, other / hz }'
}
# first_start LABEL JAR [app arguments...]: one first start on a new database; appends its readiness time to the
# array named LABEL.
first_start() {
  local label=$1 jar=$2 log="startup-$1-$run"; shift 2
  rm -rf "$WORK/h2-startup"
  APP_JAR="$jar" start_app "$log" --app.data-dir="$WORK/h2-startup" "$@"
  local cpu threads classes started
  cpu=$(awk -v hz="$(getconf CLK_TCK)" '{ printf "%.1f", ($14 + $15) / hz }' "/proc/$APP_PID/stat")
  threads=$(cpu_by_thread "$APP_PID")
  classes=$(jstat -class "$APP_PID" 2>/dev/null | awk 'NR == 2 { print $1 }' || true)
  started=$(grep -o 'Started CareRoadmapApplication in [0-9.]* seconds' "$WORK/$log.log" | awk '{print $4}')
  echo "run $run, $label: ready after $READY_SECONDS s (Spring: Started in ${started:-?} s), CPU ${cpu} s (${threads}), ${classes:-?} classes; load $(load)"
  eval "$label+=(\"\$READY_SECONDS\")"
  stop_app
}

# summary LABEL VALUES...: min and median of the readiness times.
summary() {
  local label=$1; shift
  printf '%s\n' "$@" | sort -n | awk -v label="$label" '{ v[NR] = $1 } END {
    median = (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2
    printf "first start, launch -> readiness 200, %s: min %.2f s, median %.2f s (%d runs)\n", label, v[1], median, NR }'
}

extracted=(); single=(); nodemo=(); libraries=(); minimal=()
for run in $(seq 1 "$RUNS"); do
  first_start extracted "$JAR"
  [ "$FAT" = 0 ] || first_start single "$FAT_JAR"
  if [ "$YARDSTICK" = 1 ]; then
    first_start nodemo "$JAR" --app.demo-data.enabled=false
    first_start libraries "$LIBRARIES_JAR"
    first_start minimal "$MINIMAL_JAR"
  fi
done
rm -rf "$WORK/h2-startup"
summary "extracted (target/app/care-roadmap.jar)" "${extracted[@]}"
[ "$FAT" = 0 ] || summary "single jar ($(basename "$FAT_JAR"))" "${single[@]}"
if [ "$YARDSTICK" = 1 ]; then
  summary "extracted with the demo data switched off (--app.demo-data.enabled=false)" "${nodemo[@]}"
  summary "yardstick: the pom's libraries, nothing of ours" "${libraries[@]}"
  summary "yardstick: minimal stack (web, Thymeleaf, security, actuator, JDBC, Flyway, H2)" "${minimal[@]}"
fi
echo "Load average (1, 5, 15 min) after: $(load)"
