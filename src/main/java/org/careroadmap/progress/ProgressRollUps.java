package org.careroadmap.progress;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.careroadmap.platform.Actor;
import org.careroadmap.platform.PrefectureCode;
import org.careroadmap.reference.CategoryCode;
import org.careroadmap.reference.FiscalYear;
import org.careroadmap.platform.InvalidValueException;
import org.careroadmap.reference.Municipality;
import org.careroadmap.reference.ReferenceData;
import org.careroadmap.roadmap.ListScope;
import org.careroadmap.roadmap.RoadmapReads;
import org.careroadmap.roadmap.RoadmapSummary;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The prefecture's roll-up over its municipalities. Reads the roadmap list (with its item counts per
 * category) once and the progress tables with one query each per year, so its cost does not grow
 * with reads per roadmap.
 */
@Service
@Transactional(readOnly = true)
public class ProgressRollUps {

    private final ProgressGuard guard;
    private final ProgressStore store;
    private final ReportStore reportStore;
    private final RollUpReads reads;
    private final RoadmapReads roadmaps;
    private final ReferenceData reference;

    ProgressRollUps(ProgressGuard guard, ProgressStore store, ReportStore reportStore, RollUpReads reads,
                    RoadmapReads roadmaps, ReferenceData reference) {
        this.reportStore = reportStore;
        this.reads = reads;
        this.guard = guard;
        this.store = store;
        this.roadmaps = roadmaps;
        this.reference = reference;
    }

    /** The roll-up of a prefecture for a fiscal year (blank: this fiscal year), for its staff only. */
    public PrefectureRollUp prefecture(String prefectureCode, String fiscalYear, String sort, boolean descending) {
        requireStaff(prefectureCode);
        FiscalYear year = fiscalYear == null || fiscalYear.isBlank()
                ? FiscalYear.containing(LocalDate.now(guard.clock())) : FiscalYear.parse(fiscalYear);
        List<RoadmapSummary> summaries = roadmaps.list(ListScope.prefecture(prefectureCode));
        Map<Long, List<Indicator>> indicators = new HashMap<>();
        PrefectureRollUp rollUp = rollUp(prefectureCode, year, summaries, indicators);
        rollUp.rows().sort(order(sort, descending));
        List<PrefectureRollUp.Trend> trends = new ArrayList<>();
        List<Long> chosen = rollUp.rows().stream().map(PrefectureRollUp.Row::roadmapId).filter(java.util.Objects::nonNull).toList();
        for (Integer y : reads.ratedYears(chosen)) {
            FiscalYear other = FiscalYear.of(y);
            RollUp sum = new RollUp(rollUp.scale());
            rollUps(choose(summaries, Map.of(), other).values(), other, rollUp.scale(), indicators).values()
                    .forEach(r -> merge(sum, r));
            trends.add(new PrefectureRollUp.Trend(other, sum.total()));
        }
        return new PrefectureRollUp(prefectureCode, year, rollUp.round(), rollUp.scale(), rollUp.rows(), rollUp.total(), trends);
    }

    /**
     * The figures the prefecture's dashboard shows as columns, for its staff only: the fiscal year of the newest
     * progress round (none yet: this fiscal year), rows in municipality order, without trends.
     */
    public PrefectureRollUp forDashboard(String prefectureCode) {
        requireStaff(prefectureCode);
        return rollUp(prefectureCode, dashboardYear(prefectureCode), roadmaps.list(ListScope.prefecture(prefectureCode)),
                new HashMap<>());
    }

    /** The fiscal year the dashboard's progress columns show: the newest progress round's, else this fiscal year. */
    public FiscalYear dashboardYear(String prefectureCode) {
        return reportStore.rounds(prefectureCode).stream().map(ProgressRound::fiscalYear)
                .max(Comparator.comparingInt(FiscalYear::value))
                .orElseGet(() -> FiscalYear.containing(LocalDate.now(guard.clock())));
    }

    private void requireStaff(String prefectureCode) {
        Actor actor = guard.actor();
        if (!PrefectureCode.isValid(prefectureCode) || !(actor.application()
                || (actor.role() != null && actor.role().isPrefectureRole() && prefectureCode.equals(actor.prefectureCode())))) {
            throw new AccessDeniedException("prefecture staff only");
        }
    }

    private PrefectureRollUp rollUp(String prefectureCode, FiscalYear year, List<RoadmapSummary> summaries,
                                    Map<Long, List<Indicator>> indicators) {
        RatingScale scale = store.scale(prefectureCode);
        Optional<ProgressRound> round = reportStore.rounds(prefectureCode).stream().filter(r -> r.fiscalYear().equals(year)).findFirst();
        Map<String, ProgressReport> reports = new HashMap<>();
        reportStore.reports(prefectureCode, year).forEach(r -> reports.put(r.municipalityCode(), r));
        Map<String, RoadmapSummary> chosen = choose(summaries, reports, year);
        Map<Long, RollUp> perRoadmap = rollUps(chosen.values(), year, scale, indicators);
        LocalDate today = LocalDate.now(guard.clock());
        List<PrefectureRollUp.Row> rows = new ArrayList<>();
        for (Municipality m : reference.municipalitiesOf(prefectureCode)) {
            RoadmapSummary s = chosen.get(m.code().value());
            ProgressReport report = reports.get(m.code().value());
            ReportStatus status = report == null ? (s == null ? null : ReportStatus.DRAFT) : report.status();
            boolean overdue = round.isPresent() && round.get().overdueOn(today) && s != null
                    && (status == ReportStatus.DRAFT || status == ReportStatus.RETURNED);
            RollUp rollUp = s == null ? new RollUp(scale) : perRoadmap.get(s.id());
            rows.add(new PrefectureRollUp.Row(m, s == null ? null : s.id(), status, overdue, rollUp));
        }
        RollUp total = new RollUp(scale);
        perRoadmap.values().forEach(r -> merge(total, r));
        return new PrefectureRollUp(prefectureCode, year, round, scale, rows, total, List.of());
    }

    /** Per municipality the roadmap its progress of the year stands on: the reported one, else the newest showing the year. */
    private static Map<String, RoadmapSummary> choose(List<RoadmapSummary> summaries, Map<String, ProgressReport> reports,
                                                      FiscalYear year) {
        Map<String, RoadmapSummary> chosen = new LinkedHashMap<>();
        for (RoadmapSummary s : summaries) {
            String code = s.municipality().code().value();
            ProgressReport report = reports.get(code);
            if (report != null) {
                if (report.roadmapId() == s.id()) {
                    chosen.put(code, s);
                }
                continue;
            }
            if (s.template().shows(year)) {
                chosen.merge(code, s, (a, b) -> a.id() > b.id() ? a : b);
            }
        }
        return chosen;
    }

    /**
     * Per roadmap its roll-up of the year. {@code indicators} keeps the indicators (with every year's values) read so
     * far in this request: the trend years need the same ones, so each roadmap's are read once, not once a year.
     */
    private Map<Long, RollUp> rollUps(java.util.Collection<RoadmapSummary> chosen, FiscalYear year, RatingScale scale,
                                      Map<Long, List<Indicator>> indicators) {
        List<Long> ids = chosen.stream().map(RoadmapSummary::id).toList();
        Map<Long, List<RollUpReads.RatedItem>> ratings = reads.yearEndRatings(ids, year);
        readMissingIndicators(ids, indicators);
        Map<Long, Map<String, List<Activity>>> activities = activitiesByItem(ids, year, indicators);
        Map<Long, RollUp> result = new HashMap<>();
        for (RoadmapSummary s : chosen) {
            RollUp rollUp = new RollUp(scale);
            List<RollUpReads.RatedItem> rated = ratings.getOrDefault(s.id(), List.of());
            Map<String, int[]> indicatorResults = new HashMap<>();
            Map<String, List<Activity>> activitiesOfRoadmap = activities.getOrDefault(s.id(), Map.of());
            for (Indicator i : indicators.getOrDefault(s.id(), List.of())) {
                var onTarget = i.onTarget(year, activitiesOfRoadmap.getOrDefault(i.itemId(), List.of()));
                if (onTarget.isPresent()) {
                    int[] r = indicatorResults.computeIfAbsent(i.itemId(), k -> new int[2]);
                    r[0] += onTarget.get() ? 1 : 0;
                    r[1]++;
                }
            }
            Map<CategoryCode, Integer> ratedPerCategory = new HashMap<>();
            for (RollUpReads.RatedItem r : rated) {
                int[] ind = indicatorResults.remove(r.itemId());
                rollUp.add(new RollUp.ItemResult(r.category(), r.rating(), ind == null ? 0 : ind[0], ind == null ? 0 : ind[1]));
                ratedPerCategory.merge(r.category(), 1, Integer::sum);
            }
            for (CategoryCode c : CategoryCode.values()) {
                int unrated = Math.max(0, s.itemsPerCategory().getOrDefault(c, 0) - ratedPerCategory.getOrDefault(c, 0));
                for (int k = 0; k < unrated; k++) {
                    rollUp.add(new RollUp.ItemResult(c, null, 0, 0));
                }
            }
            // Indicators of items not rated yet still count towards the totals.
            indicatorResults.values().forEach(r -> rollUp.addIndicators(r[0], r[1]));
            result.put(s.id(), rollUp);
        }
        return result;
    }

    private void readMissingIndicators(List<Long> ids, Map<Long, List<Indicator>> indicators) {
        List<Long> missing = ids.stream().filter(id -> !indicators.containsKey(id)).toList();
        missing.forEach(id -> indicators.put(id, new ArrayList<>()));
        store.indicators(missing).forEach(i -> indicators.get(i.roadmapId()).add(i));
    }

    /**
     * The year's activities by roadmap and item, read only for roadmaps with an indicator computed from activities
     * (typed-in indicators need none), so each indicator looks at its own item's entries only.
     */
    private Map<Long, Map<String, List<Activity>>> activitiesByItem(List<Long> ids, FiscalYear year,
                                                                   Map<Long, List<Indicator>> indicators) {
        List<Long> counted = ids.stream().filter(id -> indicators.getOrDefault(id, List.of()).stream()
                .anyMatch(i -> i.source() != IndicatorSource.MANUAL)).toList();
        Map<Long, Map<String, List<Activity>>> result = new HashMap<>();
        reads.activitiesForIndicators(counted, year).forEach((roadmapId, list) -> list.forEach(a -> result
                .computeIfAbsent(roadmapId, k -> new HashMap<>()).computeIfAbsent(a.itemId(), k -> new ArrayList<>()).add(a)));
        return result;
    }

    private static void merge(RollUp into, RollUp from) {
        into.merge(from);
    }

    private static Comparator<PrefectureRollUp.Row> order(String sort, boolean descending) {
        Comparator<PrefectureRollUp.Row> byCode = Comparator.comparing(r -> r.municipality().code().value());
        Comparator<PrefectureRollUp.Row> c = switch (sort == null ? "code" : sort) {
            case "code" -> byCode;
            case "status" -> Comparator.comparing((PrefectureRollUp.Row r) -> r.status() == null ? -1 : r.status().ordinal());
            case "overdue" -> Comparator.comparing(PrefectureRollUp.Row::overdue);
            case "achieved" -> Comparator.comparingInt(r -> r.rollUp().total().achievedPercent());
            case "unrated" -> Comparator.comparingInt(r -> r.rollUp().total().unrated());
            case "onTarget" -> Comparator.comparingInt(r -> r.rollUp().total().indicatorsOnTarget());
            default -> throw new InvalidValueException("progress.rollup.sort", sort);
        };
        c = descending ? c.reversed() : c;
        return c.thenComparing(byCode);
    }
}
