# Publication (issue 13): the public portal against static copies of its own bytes, a prefecture's open data and
# catalogue, and the PDFs. Sourced by bench/run.sh for each data set (BASE, DURATION, WORK, dataset, chart_id set).
# Targets: portal p99 < 100 ms at 4 connections and >= 50 % of the static copy's throughput at 16 connections;
# catalogue (page, DCAT, feed) and a prefecture's CSV < 300 ms (p99, 4 connections); PDF of a 40-item roadmap < 2 s the first time, then
# from memory; the booklet of a prefecture's 21 roadmaps < 15 s.
echo
echo "#### Publication on $dataset: portal (anonymous) and its static copies, open data, PDFs"
echo
echo "| What | req/s | p50 ms | p99 ms | errors |"
echo "|---|---|---|---|---|"
for portal_page in 42 422100; do
  curl -fs -o "$WORK/static/images/bench-public-$portal_page.html" "$BASE/public/$portal_page"
  portal_bytes=$(stat -c %s "$WORK/static/images/bench-public-$portal_page.html")
  measure_heavy "portal /public/$portal_page ($portal_bytes B), 4 connections (target p99 < 100 ms)" "$BASE/public/$portal_page" 4 "$DURATION"
  measure "portal /public/$portal_page, 16 connections" "$BASE/public/$portal_page" 16 "$DURATION"; portal_rps=$RPS
  measure "static copy of /public/$portal_page, 16 connections" "$BASE/images/bench-public-$portal_page.html" 16 "$DURATION"
  printf '| /public/%s / static copy at 16 connections (target >= 50 %%) | %s | — | — | — |\n' "$portal_page" \
    "$(awk -v a="$portal_rps" -v b="$RPS" 'BEGIN { r = 100 * a / b; printf "%.1f %% (%s)", r, (r >= 50) ? "met" : "NOT met" }')"
done
measure_heavy "items CSV of a prefecture /opendata/42/roadmap_items.csv (target p99 < 300 ms)" "$BASE/opendata/42/roadmap_items.csv" 4 "$DURATION"
measure_heavy "arrows CSV of a prefecture /opendata/42/roadmap_arrows.csv (target p99 < 300 ms)" "$BASE/opendata/42/roadmap_arrows.csv" 4 "$DURATION"
measure_heavy "catalogue page /opendata (target p99 < 300 ms)" "$BASE/opendata" 4 "$DURATION"
measure_heavy "catalogue /opendata/catalog.jsonld (target p99 < 300 ms)" "$BASE/opendata/catalog.jsonld" 4 "$DURATION"
measure_heavy "catalogue feed /opendata/feed.atom (target p99 < 300 ms)" "$BASE/opendata/feed.atom" 4 "$DURATION"
measure "portal /public/42 with Accept-Encoding: gzip (the kept gzip), 16 connections" "$BASE/public/42" 16 "$DURATION" \
  -H "Accept-Encoding: gzip"
# PDFs are made once per published version and then kept in memory: the first request draws, the next is served.
pdf_ms() { curl -s -o /dev/null -w '%{time_total}' --max-time 300 "$1" | awk '{ printf "%.0f", $1 * 1000 }'; }
pdf_first=$(pdf_ms "$BASE/public/roadmaps/$chart_id/chart.pdf")
pdf_again=$(pdf_ms "$BASE/public/roadmaps/$chart_id/chart.pdf")
booklet_first=$(pdf_ms "$BASE/public/42/booklet.pdf")
booklet_again=$(pdf_ms "$BASE/public/42/booklet.pdf")
printf '| PDF of a 40-item roadmap, first request / from memory (target < 2 s: %s) | — | %s / %s | — | — |\n' \
  "$([ "$pdf_first" -lt 2000 ] && echo met || echo NOT met)" "$pdf_first" "$pdf_again"
printf '| PDF booklet of 長崎県 (21 roadmaps), first request / from memory (target < 15 s: %s) | — | %s / %s | — | — |\n' \
  "$([ "$booklet_first" -lt 15000 ] && echo met || echo NOT met)" "$booklet_first" "$booklet_again"
