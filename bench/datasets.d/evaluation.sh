# Evaluation (issue 11): the prefecture's overview of a year and a municipality's public 構築状況 page on the
# data set, after bench/evaluation.sql has given every municipality four areas and three published years of
# 40 criteria. Sourced by bench/run.sh with BASE, DURATION, PSQL, dataset and as_admins set. Target p99 < 100 ms.
eval_counts=$("${PSQL[@]}" -q -t -A -F ' ' -c "SET search_path TO bench_data" -f "$ROOT/bench/evaluation.sql" | tail -1)
read -r eval_evaluations eval_areas eval_answers <<<"$eval_counts"
# A municipality whose evaluation evaluation.sql generated (the demo's are 422100, 422070 and 422037).
eval_generated=$("${PSQL[@]}" -t -A -c "SELECT max(municipality_code) FROM bench_data.evaluation")
radar_bytes=$(curl -fs "$BASE/status/422100/2025/radar.svg" | wc -c)
echo
echo "Evaluation ($dataset): $eval_evaluations evaluations, $eval_areas 日常生活圏域, $eval_answers answers; Iki City's radar SVG $radar_bytes B (target < 10 KB)."
echo
echo "| What | req/s | p50 ms | p99 ms | errors |"
echo "|---|---|---|---|---|"
THREADS=4 measure_heavy "evaluation overview /evaluation?year=2025, 長崎県 (4 × pref-admin)" "$BASE/evaluation?year=2025" 4 "$DURATION" "${as_admins[@]}"
THREADS=4 measure_heavy "evaluation overview API /api/evaluation/overview?year=2025 (4 × pref-admin)" "$BASE/api/evaluation/overview?year=2025" 4 "$DURATION" "${as_admins[@]}"
measure_heavy "public 構築状況 /status/422100/2025, Iki City (anonymous)" "$BASE/status/422100/2025" 4 "$DURATION"
measure_heavy "public 構築状況 /status/$eval_generated/2025, a generated 市町 (anonymous)" "$BASE/status/$eval_generated/2025" 4 "$DURATION"
measure_heavy "public 構築状況 JSON /api/status/$eval_generated/2025 (anonymous)" "$BASE/api/status/$eval_generated/2025" 4 "$DURATION"
