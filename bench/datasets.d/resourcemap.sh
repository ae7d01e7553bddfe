# Resource map (issue 12) on the data set: 300,000 resources generated straight into the tables
# (bench/resourcemap.sql: all national kinds over the data set's municipalities, weekday hours, night contacts), then
# the public search of one municipality and of the prefecture with filters in the address, one page of 50 lines
# (target p99 < 50 ms at 4 connections), the size of the prefecture's page and markers on the wire (target < 200 KB), a 20,000-row
# 介護サービス事業所一覧 (current national layout, built here) read into a preview by iki-editor (target < 10 s), and the
# booklet PDF of 500 resources (`q=冊子見本`, target < 10 s). Sourced by bench/run.sh (datasets) with BASE, DURATION,
# PSQL, WORK and dataset set.
# BENCH_SCHEMA: the schema to fill (bench_data, as run.sh resets it; another for a run of this file alone).
resourcemap_counts=$("${PSQL[@]}" -t -A -F ' ' -c "SET search_path TO ${BENCH_SCHEMA:-bench_data}" -f "$ROOT/bench/resourcemap.sql" | tail -1)
read -r resourcemap_resources resourcemap_hours <<<"$resourcemap_counts"
echo
echo "#### Resource map on $dataset: $resourcemap_resources resources, $resourcemap_hours hour ranges"
echo
echo "| What | req/s | p50 ms | p99 ms | errors |"
echo "|---|---|---|---|---|"
measure_heavy "map of 壱岐市 /map/422100?kind=visiting-nursing&night=1&day=tue&time=10:00 (target p99 < 50 ms)" \
  "$BASE/map/422100?kind=visiting-nursing&night=1&day=tue&time=10:00" 4 "$DURATION"
measure_heavy "map of 壱岐市, free text /map/422100?q=第12&h24=1 (target p99 < 50 ms)" \
  "$BASE/map/422100?q=%E7%AC%AC12&h24=1" 4 "$DURATION"
measure_heavy "map of the prefecture /map?prefecture=42&kind=clinic&eol=1&day=sat (target p99 < 50 ms)" \
  "$BASE/map?prefecture=42&kind=clinic&eol=1&day=sat" 4 "$DURATION"
measure_heavy "map of the prefecture, no filter: its first page of 50 /map?prefecture=42 (target p99 < 50 ms)" \
  "$BASE/map?prefecture=42" 4 "$DURATION"
measure_heavy "map of the prefecture, no filter, page 20 (lines 951–1000) /map?prefecture=42&page=20 (target p99 < 50 ms)" \
  "$BASE/map?prefecture=42&page=20" 4 "$DURATION"
measure_heavy "map of the prefecture, open Saturday 10:00 /map?prefecture=42&day=sat&time=10:00 (target p99 < 50 ms)" \
  "$BASE/map?prefecture=42&day=sat&time=10:00" 4 "$DURATION"
measure_heavy "markers of the prefecture's clinics /map/markers?prefecture=42&kind=clinic (the map beside the list)" \
  "$BASE/map/markers?prefecture=42&kind=clinic" 4 "$DURATION"
# On the wire with gzip, as a browser fetches them: the page (one page of the list) and the markers of the whole
# filtered set, for the clinics and for the whole prefecture (its markers capped at MapSearch.MARKER_LIMIT).
wire_kb() { curl -s --compressed -o /dev/null -w '%{size_download}' "$1" | awk '{ printf "%.0f", $1 / 1024 }'; }
printf '| prefecture page + markers /map?prefecture=42&kind=clinic on the wire, gzip (target < 200 KB) | — | %s + %s KB | — | — |\n' \
  "$(wire_kb "$BASE/map?prefecture=42&kind=clinic")" "$(wire_kb "$BASE/map/markers?prefecture=42&kind=clinic")"
printf '| prefecture page + markers, no filter /map?prefecture=42 on the wire, gzip (target < 200 KB) | — | %s + %s KB | — | — |\n' \
  "$(wire_kb "$BASE/map?prefecture=42")" "$(wire_kb "$BASE/map/markers?prefecture=42")"

# A 20,000-row current-layout care-service file for 壱岐市: offices listed once per service (two rows each).
import_csv="$WORK/resourcemap-import-20000.csv"
python3 - "$import_csv" <<'PY'
import sys
header = "全国地方公共団体コード,ID,地方公共団体名,介護サービス事業所名称,介護サービス事業所名称_カナ,介護サービス事業所名称_英字,実施サービス,所在地_全国地方公共団体コード,町字ID,所在地_連結表記,所在地_都道府県,所在地_市区町村,所在地_町字,所在地_番地以下,建物名等(方書),緯度,経度,高度の種別,高度の値,電話番号,内線番号,FAX番号,連絡先メールアドレス,連絡先FormURL,連絡先備考（その他、SNSなど）,郵便番号,法人番号,法人の名称,事業所番号,利用可能曜日,利用可能曜日特記事項,定員,URL,画像,画像_ライセンス,備考"
with open(sys.argv[1], "w", encoding="utf-8-sig", newline="") as out:
    out.write(header + "\r\n")
    for n in range(20000):
        office = n // 2
        service = "訪問看護" if n % 2 == 0 else "介護予防訪問看護"
        out.write(f"422100,IMP{n:05d},壱岐市,デモ訪問看護ステーション{office},デモホウモンカンゴステーション,,{service},422100,,,"
                  f"長崎県,壱岐市,郷ノ浦町,本村触{office % 900 + 1},,{33.75 + office % 100 * 0.001:.4f},{129.65 + office % 150 * 0.001:.4f},,,"
                  f"000-0000-{office % 10000:04d},,,,,,,,デモ法人,42X{office:07d},月火水木金,,,,,,【デモ用の架空データ】\r\n")
PY
editor_jar="$WORK/cookies-resourcemap-editor.txt"; rm -f "$editor_jar"
editor_token=$(curl -fs -c "$editor_jar" -b "$editor_jar" "$BASE/login" | grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//;s/"$//')
curl -fs -o /dev/null -c "$editor_jar" -b "$editor_jar" --data-urlencode "username=iki-editor" \
  --data-urlencode "password=demo-pass-2026" --data-urlencode "_csrf=$editor_token" "$BASE/login"
import_form=$(curl -fs -c "$editor_jar" -b "$editor_jar" "$BASE/map/422100/import")
editor_token=$(grep -o 'name="_csrf" value="[^"]*"' <<<"$import_form" | head -1 | sed 's/.*value="//;s/"$//')
# The form's import id: the upload writes its progress bar's rows as a browser's would (timed with them).
progress_id=$(grep -o 'name="progress" value="[^"]*"' <<<"$import_form" | head -1 | sed 's/.*value="//;s/"$//')
import_result=$(curl -s -L -c "$editor_jar" -b "$editor_jar" -o "$WORK/resourcemap-preview.html" -w '%{http_code} %{time_total}' \
  --max-time 300 -F "_csrf=$editor_token" -F "progress=$progress_id" -F "file=@$import_csv;type=text/csv" "$BASE/map/422100/import")
read -r import_status import_seconds <<<"$import_result"
import_phase=$(curl -s -b "$editor_jar" "$BASE/map/imports/progress/$progress_id" | grep -o '"phase":"[a-z]*"' | sed 's/.*:"//;s/"$//')
printf '| 20,000-row 介護サービス事業所一覧 to a preview, iki-editor (target < 10 s; HTTP %s; progress bar ended at %s) | — | %s | — | — |\n' \
  "$import_status" "${import_phase:-nothing}" "$(awk -v s="$import_seconds" 'BEGIN { printf "%.0f", s * 1000 }')"

booklet_ms() { curl -s -o /dev/null -w '%{time_total}' --max-time 300 "$1" | awk '{ printf "%.0f", $1 * 1000 }'; }
printf '| booklet PDF of 500 resources /map/422100/booklet.pdf?q=冊子見本 (target < 10 s) | — | %s | — | — |\n' \
  "$(booklet_ms "$BASE/map/422100/booklet.pdf?q=%E5%86%8A%E5%AD%90%E8%A6%8B%E6%9C%AC")"

# The markers of one prefecture's current map view (issue 12, engineer 12k; target < 200 KB on the wire). The map
# first asks for the whole filtered set: the prefecture with no filter is more than one answer (MarkerSearch.LIMIT),
# so it gets 3,000 markers and the set's extent. Then it asks for the view's markers (bbox) as the reader moves: a
# 1°×1° view within the prefecture's spread (the generated coordinates are even, no part is denser) and a zoomed view
# (0.2°). Single-connection latency too (one reader).
resourcemap_first_view="$BASE/map/markers?prefecture=42"
resourcemap_view="$BASE/map/markers?prefecture=42&bbox=129.5,32.5,130.5,33.5"
resourcemap_zoomed="$BASE/map/markers?prefecture=42&bbox=129.6,32.7,129.8,32.9"
measure_heavy "markers of the prefecture's first view, no filter (3,000 + extent) /map/markers?prefecture=42, 1 connection" \
  "$resourcemap_first_view" 1 "$DURATION"
measure_heavy "markers of a 1° view of the prefecture &bbox=129.5,32.5,130.5,33.5, 1 connection" "$resourcemap_view" 1 "$DURATION"
measure_heavy "markers of a 1° view of the prefecture &bbox=129.5,32.5,130.5,33.5, 4 connections" "$resourcemap_view" 4 "$DURATION"
measure_heavy "markers of a zoomed view &bbox=129.6,32.7,129.8,32.9, 4 connections" "$resourcemap_zoomed" 4 "$DURATION"
printf '| markers of the prefecture first view / 1° view / zoomed view on the wire, gzip (target < 200 KB) | — | %s / %s / %s KB | — | — |\n' \
  "$(wire_kb "$resourcemap_first_view")" "$(wire_kb "$resourcemap_view")" "$(wire_kb "$resourcemap_zoomed")"
