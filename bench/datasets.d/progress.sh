# Progress (issue 10) on the data set: generate six fiscal years of 実績 per roadmap (bench/progress.sql: per item an
# indicator with six targets and actuals and six year-end ratings, 200 activity entries per roadmap, a FY2025
# round and report), then the prefecture's dashboard with its progress columns and the roll-up page.
# Sourced by bench/run.sh (datasets) with BASE, DURATION, PSQL, dataset and as_admins set. Target p99 < 100 ms.
progress_counts=$("${PSQL[@]}" -t -A -F ' ' -c "SET search_path TO bench_data" -f "$ROOT/bench/progress.sql" | tail -1)
read -r progress_activities progress_evaluations progress_values progress_reports <<<"$progress_counts"
echo "| progress data: $progress_activities activities, $progress_evaluations evaluations, $progress_values indicator values, $progress_reports reports | — | — | — | — |"
THREADS=4 measure_heavy "dashboard /review with progress columns (4 × pref-admin)" "$BASE/review" 4 "$DURATION" "${as_admins[@]}"
THREADS=4 measure_heavy "dashboard /review?sort=progressAchieved, kept per person and query (4 × pref-admin)" "$BASE/review?sort=progressAchieved&dir=desc" 4 "$DURATION" "${as_admins[@]}"
THREADS=4 measure_heavy "progress roll-up /review/progress?year=2025, kept per person and query (4 × pref-admin)" "$BASE/review/progress?year=2025" 4 "$DURATION" "${as_admins[@]}"
