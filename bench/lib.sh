# Shared helpers of the benchmark scripts (sourced). Loopback only; every run is bounded in time.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
WORK="$ROOT/bench/work"
PORT="${PORT:-18080}"
BASE="http://127.0.0.1:$PORT"
PG_BASE_URL="${PG_BASE_URL:-jdbc:postgresql://127.0.0.1:5432/careroadmap}"
export PGOPTIONS="-c client_min_messages=warning"
export PGPASSWORD="${PG_PASSWORD:-careroadmap}"
PSQL=(psql -q -X -v ON_ERROR_STOP=1 -h 127.0.0.1 -U "${PG_USER:-careroadmap}" careroadmap)
mkdir -p "$WORK/static/images"

ensure_tools() {
  local need=()
  command -v wrk >/dev/null || need+=(wrk)
  command -v pg_ctlcluster >/dev/null || need+=(postgresql)
  command -v curl >/dev/null || need+=(curl)
  command -v python3 >/dev/null || need+=(python3)
  if [ ${#need[@]} -gt 0 ]; then
    echo "Installing from Debian packages: ${need[*]}"
    local sudo=""; [ "$(id -u)" -eq 0 ] || sudo="sudo"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
  fi
  ensure_jar
}

# ensure_jar: builds when the package is missing. JAR is what production starts (README, Production): the build's
# extracted layout target/app/care-roadmap.jar with its libraries in target/app/lib/ (issue 17: less start-up work
# than the single jar); FAT_JAR is the single jar the build also makes, kept for comparison and for copying.
ensure_jar() {
  if [ ! -f "$ROOT/target/app/care-roadmap.jar" ] || ! ls "$ROOT"/target/care-roadmap-*.jar 2>/dev/null | grep -qv original; then
    (cd "$ROOT" && mvn -B -q -ntp -DskipTests package)
  fi
  JAR="$ROOT/target/app/care-roadmap.jar"
  FAT_JAR=$(ls "$ROOT"/target/care-roadmap-*.jar | grep -v original | head -1)
}

load() { awk '{print $1", "$2", "$3}' /proc/loadavg; }

machine() {
  echo "$(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(java -version 2>&1 | head -1)"
}

# The heap the application gets (issue 17: the demo and the benchmarks within 128 MB).
HEAP="${HEAP:-128m}"

# start_app NAME [app arguments...]: starts the jar with a $HEAP heap, waits for readiness.
# Sets APP_PID and READY_SECONDS (from launch to /actuator/health/readiness answering 200).
start_app() {
  local name=$1; shift
  local t0; t0=$(date +%s.%N)
  # shellcheck disable=SC2086
  java -Xmx"$HEAP" -Xms"$HEAP" -XX:+UseG1GC ${JAVA_EXTRA:-} -jar "${APP_JAR:-$JAR}" --server.port="$PORT" \
    --spring.web.resources.static-locations=classpath:/static/,file:"$WORK"/static/ "$@" >"$WORK/$name.log" 2>&1 &
  APP_PID=$!
  # Bounded by time, not by tries: on a host shared with other work a start took over two minutes (2026-11-30).
  local limit=$((SECONDS + ${READY_TIMEOUT:-300}))
  while [ "$SECONDS" -lt "$limit" ]; do
    if curl -fs -o /dev/null "$BASE/actuator/health/readiness"; then
      READY_SECONDS=$(awk -v a="$t0" -v b="$(date +%s.%N)" 'BEGIN { printf "%.2f", b - a }')
      return 0
    fi
    kill -0 "$APP_PID" 2>/dev/null || { echo "application died, see $WORK/$name.log"; tail -20 "$WORK/$name.log"; exit 1; }
    sleep 0.05
  done
  echo "application not ready after ${READY_TIMEOUT:-300} s"; stop_app; exit 1
}

stop_app() {
  if [ -n "${APP_PID:-}" ] && kill -0 "$APP_PID" 2>/dev/null; then
    kill -TERM "$APP_PID"; wait "$APP_PID" 2>/dev/null || true
  fi
  APP_PID=""
}
trap stop_app EXIT

# heap_after_gc: used heap in MB after a full GC of the running application.
heap_after_gc() {
  jcmd "$APP_PID" GC.run >/dev/null
  sleep 1
  jcmd "$APP_PID" GC.heap_info | awk '/used/ && /total/ { for (i=1;i<=NF;i++) if ($i=="used") { v=$(i+1); sub("K,?","",v); printf "%.1f", v/1024; exit } }'
}

# measure LABEL URL CONNECTIONS DURATION [wrk header arguments...]: prints a Markdown row
# "| label | req/s | p50 | p99 | errors |" and sets RPS, P50, P99 (ms).
measure() {
  local label=$1 url=$2 connections=$3 duration=$4; shift 4
  local threads=${THREADS:-2}; [ "$connections" -lt "$threads" ] && threads=$connections
  wrk -t"$threads" -c"$connections" -d5s --timeout 10s "$@" "$url" >/dev/null   # warm-up, not counted
  local out; out=$(wrk -t"$threads" -c"$connections" -d"$duration" --timeout 10s --latency "$@" "$url")
  echo "$out" >"$WORK/wrk-$(echo "$label" | tr -c 'a-zA-Z0-9' '_').txt"
  RPS=$(echo "$out" | awk '/Requests\/sec/ {print $2}')
  P50=$(echo "$out" | awk '$1=="50%" {print $2}' | to_ms)
  P99=$(echo "$out" | awk '$1=="99%" {print $2}' | to_ms)
  local errors; errors=$(echo "$out" | awk '/Non-2xx/ {n+=$NF} /Socket errors/ {gsub(",","");  n+=$4+$6+$8+$10} END {print n+0}')
  printf '| %s | %s | %s | %s | %s |\n' "$label" "$RPS" "$P50" "$P99" "$errors"
}

# measure_heavy: like measure, but first times three single requests one after the other; when one
# takes longer than 2 s the page is not load-tested (requests abandoned by wrk would go on loading the
# server and spoil the next measurement), and the row gives the single-request times instead.
measure_heavy() {
  local label=$1 url=$2 connections=$3 duration=$4; shift 4
  local times=() t
  local curl_headers=()
  [ $# -ge 2 ] && [ "$1" = "-H" ] && curl_headers=(-H "$2")
  for _ in 1 2 3; do
    t=$(curl -s -o /dev/null -w '%{time_total}' --max-time 300 "${curl_headers[@]}" "$url")
    times+=("$(awk -v t="$t" 'BEGIN { printf "%.0f", t * 1000 }')")
    [ "${times[-1]}" -gt 2000 ] && break
  done
  if [ "${times[-1]}" -gt 2000 ]; then
    printf '| %s | — | one request alone: %s ms | not load-tested (> 2 s) | — |\n' "$label" "${times[*]}"
    return
  fi
  measure "$label" "$url" "$connections" "$duration" "$@"
}

# wrk prints 812.00us, 1.23ms, 2.01s: all to milliseconds.
to_ms() {
  awk '{ v=$1; if (v ~ /us$/) { sub("us","",v); printf "%.2f\n", v/1000 } else if (v ~ /ms$/) { sub("ms","",v); printf "%.2f\n", v }
         else if (v ~ /s$/) { sub("s","",v); printf "%.2f\n", v*1000 } else if (v ~ /m$/) { sub("m","",v); printf "%.2f\n", v*60000 } }'
}

roadmap_id() { # roadmap_id MUNICIPALITY TEMPLATE
  curl -fs "$BASE/api/roadmaps?municipality=$1" | python3 -c "import json,sys; print([r['id'] for r in json.load(sys.stdin) if r['municipality']['code']=='$1' and r['templateId']=='$2'][0])"
}

# login USER: signs in through the form like a browser and prints the session cookie header value.
login() {
  local jar="$WORK/cookies-$1.txt"; rm -f "$jar"
  local token; token=$(curl -fs -c "$jar" -b "$jar" "$BASE/login" | grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//;s/"$//')
  curl -fs -o /dev/null -c "$jar" -b "$jar" --data-urlencode "username=$1" --data-urlencode "password=demo-pass-2026" \
    --data-urlencode "_csrf=$token" "$BASE/login"
  # The CSRF token lives in a cookie (XSRF-TOKEN) since issue 16: a browser sends it back with every request, so
  # the benchmark does too (without it every request would make a new token and a Set-Cookie).
  curl -fs -o /dev/null -c "$jar" -b "$jar" "$BASE/account/password"
  awk '$6=="SESSION" || $6=="XSRF-TOKEN" {printf "%s%s=%s", (n++ ? "; " : ""), $6, $7} END {print ""}' "$jar"
}

pg_schema_reset() { # pg_schema_reset NAME
  bash "$ROOT/scripts/pg-start" >/dev/null
  "${PSQL[@]}" -c "DROP SCHEMA IF EXISTS $1 CASCADE; CREATE SCHEMA $1;"
}
