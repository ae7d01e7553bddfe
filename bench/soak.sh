#!/usr/bin/env bash
# Bounded soak (bench/README.md): the application on PostgreSQL with the demo data, then for
# MINUTES (default 10) anonymous reads at READS/s (default 40) and one signed-in editor's changes
# at EDITS/s (default 2), on loopback only; stops by itself. Passes with zero errors and no heap
# growth after GC (mean of the last three minutes within 5% + 1 MB of the mean of minutes 2-4).
source "$(dirname "$0")/lib.sh"
MINUTES="${MINUTES:-10}"; READS="${READS:-40}"; EDITS="${EDITS:-2}"
ensure_tools
REPORT="$WORK/soak-$(date +%Y%m%d-%H%M%S).txt"
exec > >(tee "$REPORT") 2>&1
echo "Soak $(date -u '+%Y-%m-%d %H:%M UTC'), $(machine): $MINUTES min, $READS reads/s, $EDITS edits/s; load average $(load)"
pg_schema_reset bench_soak
start_app soak --spring.profiles.active=pg --spring.datasource.url="$PG_BASE_URL?currentSchema=bench_soak" --app.demo-data.enabled=true
iki=$(roadmap_id 422100 nagasaki-8-9)
set +e
java "$ROOT/bench/Soak.java" "$BASE" "$APP_PID" "$MINUTES" "$READS" "$EDITS" "$iki" | tee "$WORK/soak-driver.txt"
driver=${PIPESTATUS[0]}
set -e
heap=$(grep 'heap after GC per minute' "$WORK/soak-driver.txt" | sed 's/.*: //')
# Growth: the mean of the last three minutes against the mean of minutes 2-4 (minute 1 is warm-up).
verdict=$(echo "$heap" | awk -F', ' '{ if (NF < 6) { print "too short to judge heap growth (needs 6 minutes) -> GROWTH"; exit }
  early = ($2 + $3 + $4) / 3; late = ($(NF-2) + $(NF-1) + $NF) / 3;
  printf "heap after GC: minutes 2-4 %.1f MB, last three minutes %.1f MB, change %+.1f MB -> %s", early, late, late - early,
    (late <= early * 1.05 + 1) ? "no growth" : "GROWTH" }')
echo "$verdict"
echo "load average at the end: $(load)"
stop_app
echo "server log lines at ERROR: $(grep -c '"level":"ERROR"\| ERROR ' "$WORK/soak.log" || true)"
[ "$driver" -eq 0 ] && [[ "$verdict" == *"no growth"* ]] && echo "SOAK PASSED" || { echo "SOAK FAILED"; exit 1; }
