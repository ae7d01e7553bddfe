# Progress (issue 10) on the demo data: a 5,000-row activity CSV in cp932 (what municipal PCs write), uploaded by
# iki-editor through the import form, up to the preview page (nothing is applied). Target < 3 s. Sourced by
# bench/run.sh (demo) with BASE, iki and $WORK/editor-sessions.txt set. Three uploads one after the other.
python3 - "$WORK/progress-5000.csv" <<'PY'
import sys
rows = ["年度,項目,種類,名称,日付,参加人数,参加職種,備考"]
for n in range(5000):
    month = 4 + n % 12 if n % 12 < 9 else n % 12 - 8  # April to March of FY2026
    year = 2026 if month >= 4 else 2027
    rows.append(f"2026,退院支援,研修会,退院前カンファレンス勉強会 第{n + 1}回,{year}-{month:02d}-{1 + n % 28:02d},{10 + n % 30},医師、看護師,【デモ用の架空データ】")
open(sys.argv[1], "wb").write(("\r\n".join(rows) + "\r\n").encode("cp932"))
PY
progress_cookie=$(head -1 "$WORK/editor-sessions.txt")
progress_times=()
for _ in 1 2 3; do
  progress_token=$(curl -fs -H "Cookie: $progress_cookie" "$BASE/roadmaps/$iki/progress/import" | grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//;s/"$//')
  progress_out=$(curl -s -o "$WORK/progress-preview.html" -w '%{http_code} %{time_total}' --max-time 120 -H "Cookie: $progress_cookie" \
    -F "_csrf=$progress_token" -F "file=@$WORK/progress-5000.csv;type=text/csv" "$BASE/roadmaps/$iki/progress/import")
  grep -q 'この内容で反映する' "$WORK/progress-preview.html" || progress_out="$progress_out (no preview: see $WORK/progress-preview.html)"
  # "200 2.077828" → "200 2078 ms", keeping a note such as "(no preview: …)" after it.
  read -r progress_code progress_seconds progress_note <<<"$progress_out"
  progress_times+=("$progress_code $(awk -v s="$progress_seconds" 'BEGIN { printf "%.0f", s * 1000 }') ms${progress_note:+ $progress_note}")
done
echo "| activity CSV, 5,000 rows in cp932 → preview (target < 3 s), three uploads | — | ${progress_times[*]} | — | — |"
