# Issue 17: the signed-in chart as a browser asks for it (Accept-Encoding: gzip), against its static copy asked for
# the same way. Sourced by run.sh (demo), after the (e) rows. A kept page is compressed once per version (platform's
# KeptResponse: only the session's CSRF token goes in per request, as a stored block); Tomcat compresses the static
# copy on every request.
echo
echo "## (e, gzip) Signed-in chart compressed, 16 × iki-viewer, against its static copy, both with Accept-Encoding: gzip"
echo
echo "| What | req/s | p50 ms | p99 ms | errors | static copy req/s | page / static |"
echo "|---|---|---|---|---|---|---|"
staff_gzip_cookies="$WORK/viewer-sessions.txt"
curl -fs -o "$WORK/static/images/bench-chart-gzip.html" -H "Cookie: $(head -1 "$staff_gzip_cookies")" "$BASE/roadmaps/$iki"
staff_gzip_wire=$(curl -fs -o /dev/null -w '%{size_download}' -H "Accept-Encoding: gzip" \
  -H "Cookie: $(head -1 "$staff_gzip_cookies")" "$BASE/roadmaps/$iki")
BENCH_COOKIES="$staff_gzip_cookies" THREADS=16 measure "chart /roadmaps/$iki gzip ($staff_gzip_wire B on the wire)" \
  "$BASE/roadmaps/$iki" 16 "$DURATION" -s "$ROOT/bench/sessions.lua" -H "Accept-Encoding: gzip" >"$WORK/row.txt"
staff_gzip_rps=$RPS
measure "static" "$BASE/images/bench-chart-gzip.html" 16 "$DURATION" -H "Accept-Encoding: gzip" >/dev/null
echo "$(cat "$WORK/row.txt") $RPS | $(awk -v a="$staff_gzip_rps" -v b="$RPS" 'BEGIN { printf "%.1f%%", 100*a/b }') |"
