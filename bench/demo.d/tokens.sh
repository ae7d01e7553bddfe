# Issue 16: a personal API token costs no more than an anonymous call for the same answer. Sourced by run.sh (demo).
# The same published roadmap (not Iki City's, which is in a revision by now) read anonymously, with a read-only
# Bearer token and with HTTP Basic, 16 connections each, side by side.
echo
echo "## (tokens) One published roadmap: anonymous vs personal API token (Bearer) vs HTTP Basic, 16 connections"
echo
echo "A token is checked in the database on every call (so a revocation ends it at once on every node); the JSON of a"
echo "published roadmap is the same for every reader, so a token's or Basic reader's API call is then served the public's"
echo "copy (PublishedPageCache), the token's row read in the statement that reads the copy's version. Basic also checks the password (bcrypt)"
echo "on every call. The chart page takes no token (only /api/ does): with Basic it is a signed-in reader's page."
echo
# Waits (up to 60 s) until the server answers a plain request within 0.5 s again, so the next row starts on an idle server.
tokens_drain() {
  for _ in $(seq 1 60); do
    [ "$(curl -s -o /dev/null -w '%{time_total}' "$BASE/actuator/health" | awk '{print ($1 < 0.5)}')" = 1 ] && return 0
    sleep 1
  done
}
tokens_pub=$(curl -fs "$BASE/api/roadmaps" | python3 -c "import json,sys; print([r['id'] for r in json.load(sys.stdin) if r['status']=='PUBLISHED' and r['id']!=$iki][0])")
tokens_cookies=$(login iki-viewer)
tokens_csrf=$(curl -fs -H "Cookie: $tokens_cookies" "$BASE/account/tokens" | grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//;s/"$//')
tokens_bearer=$(curl -fs -H "Cookie: $tokens_cookies" --data-urlencode "_csrf=$tokens_csrf" --data-urlencode "name=bench" \
  --data-urlencode "lifetimeDays=30" --data-urlencode "readOnly=true" "$BASE/account/tokens" \
  | grep -o 'class="api-token">crt_[A-Za-z0-9_-]*' | sed 's/.*>//')
tokens_basic=$(printf 'iki-viewer:demo-pass-2026' | base64)
[ -n "$tokens_bearer" ] || { echo "no token could be made on /account/tokens"; exit 1; }
echo "| What | req/s | p50 ms | p99 ms | errors |"
echo "|---|---|---|---|---|"
# One request each first, one after the other: the public's copies are built once, not by 16 connections at once.
curl -fs -o /dev/null --max-time 120 "$BASE/api/roadmaps/$tokens_pub"; curl -fs -o /dev/null --max-time 120 "$BASE/roadmaps/$tokens_pub"
measure "JSON /api/roadmaps/$tokens_pub, anonymous" "$BASE/api/roadmaps/$tokens_pub" 16 "$DURATION"; tokens_anon=$RPS
measure "JSON, Authorization: Bearer (read-only token)" "$BASE/api/roadmaps/$tokens_pub" 16 "$DURATION" \
  -H "Authorization: Bearer $tokens_bearer"; tokens_token=$RPS
measure "chart /roadmaps/$tokens_pub, anonymous" "$BASE/roadmaps/$tokens_pub" 16 "$DURATION"
measure "chart, Authorization: Bearer (not read outside /api/: the public's page)" "$BASE/roadmaps/$tokens_pub" 16 "$DURATION" \
  -H "Authorization: Bearer $tokens_bearer"
# Basic last: bcrypt on every call leaves a queue of requests the server goes on working through after wrk stops.
measure_heavy "JSON, Authorization: Basic (bcrypt per call)" "$BASE/api/roadmaps/$tokens_pub" 16 "$DURATION" \
  -H "Authorization: Basic $tokens_basic"
tokens_drain
measure_heavy "chart, Authorization: Basic (a signed-in reader's page, bcrypt per call)" "$BASE/roadmaps/$tokens_pub" 16 "$DURATION" \
  -H "Authorization: Basic $tokens_basic"
tokens_drain
echo
awk -v a="$tokens_token" -v b="$tokens_anon" 'BEGIN { r=100*a/b; printf "(tokens) JSON with a token / anonymous = %.1f%% (target >= 90%%, i.e. no dearer within the noise: %s)\n", r, (r >= 90) ? "met" : "NOT met" }'
