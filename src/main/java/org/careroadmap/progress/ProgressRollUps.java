package org.careroadmap.progress;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.careroadmap.platform.Actor;
import org.careroadmap.platform.PrefectureCode;
import org.careroadmap.reference.CategoryCode;
import org.careroadmap.reference.FiscalYear;
import org.careroadmap.platform.InvalidValueException;
import org.careroadmap.reference.Municipality;
import org.careroadmap.roadmap.ListScope;
import org.careroadmap.roadmap.RoadmapSummary;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The prefecture's roll-up over its municipalities. Reads the roadmap list (with its item counts per
 * category) once and the roadmaps' stored summaries (ProgressSummaries) with one indexed query for the year
 * and one for all trend years, never the evaluations, indicators and activities themselves.
 */
@Service
@Transactional(readOnly = true)
public class ProgressRollUps {

    private final ProgressContext context;
    private final ProgressSummaries summaries;

    ProgressRollUps(ProgressContext context, ProgressSummaries summaries) {
        this.context = context;
        this.summaries = summaries;
    }

    /** The roll-up of a prefecture for a fiscal year (blank: this fiscal year), for its staff only. */
    public PrefectureRollUp prefecture(String prefectureCode, @Nullable String fiscalYear, @Nullable String sort,
                                       boolean descending) {
        requireStaff(prefectureCode);
        FiscalYear year = fiscalYear == null || fiscalYear.isBlank()
                ? FiscalYear.containing(LocalDate.now(context.guard().clock())) : FiscalYear.parse(fiscalYear);
        List<RoadmapSummary> summaries = context.roadmaps().list(ListScope.prefecture(prefectureCode));
        PrefectureRollUp rollUp = rollUp(prefectureCode, year, summaries);
        rollUp.rows().sort(order(sort, descending));
        List<Long> chosen = rollUp.rows().stream().map(PrefectureRollUp.Row::roadmapId).filter(java.util.Objects::nonNull).toList();
        List<PrefectureRollUp.Trend> trends = trends(summaries, chosen, rollUp.scale());
        return new PrefectureRollUp(prefectureCode, year, rollUp.round(), rollUp.scale(), rollUp.rows(), rollUp.total(), trends);
    }

    /**
     * The figures the prefecture's dashboard shows as columns, for its staff only: the fiscal year of the newest
     * progress round (none yet: this fiscal year), rows in municipality order, without trends.
     */
    public PrefectureRollUp forDashboard(String prefectureCode) {
        requireStaff(prefectureCode);
        return rollUp(prefectureCode, dashboardYear(prefectureCode), context.roadmaps().list(ListScope.prefecture(prefectureCode)));
    }

    /** The fiscal year the dashboard's progress columns show: the newest progress round's, else this fiscal year. */
    public FiscalYear dashboardYear(String prefectureCode) {
        return context.reportStore().rounds(prefectureCode).stream().map(ProgressRound::fiscalYear)
                .max(Comparator.comparingInt(FiscalYear::value))
                .orElseGet(() -> FiscalYear.containing(LocalDate.now(context.guard().clock())));
    }

    private void requireStaff(String prefectureCode) {
        Actor actor = context.guard().actor();
        if (!PrefectureCode.isValid(prefectureCode) || !(actor.application()
                || (actor.role() != null && actor.role().isPrefectureRole() && prefectureCode.equals(actor.prefectureCode())))) {
            throw new AccessDeniedException("prefecture staff only");
        }
    }

    private PrefectureRollUp rollUp(String prefectureCode, FiscalYear year, List<RoadmapSummary> summaries) {
        RatingScale scale = context.store().scale(prefectureCode);
        Optional<ProgressRound> round = context.reportStore().rounds(prefectureCode).stream().filter(r -> r.fiscalYear().equals(year)).findFirst();
        Map<String, ProgressReport> reports = new HashMap<>();
        context.reportStore().reports(prefectureCode, year).forEach(r -> reports.put(r.municipalityCode(), r));
        Map<String, RoadmapSummary> chosen = choose(summaries, reports, year);
        Map<Long, RollUp> perRoadmap = rollUps(chosen.values(), year, scale);
        LocalDate today = LocalDate.now(context.guard().clock());
        List<PrefectureRollUp.Row> rows = new ArrayList<>();
        for (Municipality m : context.reference().municipalitiesOf(prefectureCode)) {
            RoadmapSummary s = chosen.get(m.code().value());
            ProgressReport report = reports.get(m.code().value());
            ReportStatus status = report == null ? (s == null ? null : ReportStatus.DRAFT) : report.status();
            boolean overdue = round.isPresent() && round.get().overdueOn(today) && s != null
                    && (status == ReportStatus.DRAFT || status == ReportStatus.RETURNED);
            RollUp rollUp = s == null ? new RollUp(scale)
                    : Objects.requireNonNull(perRoadmap.get(s.id()), "rollUps has every chosen roadmap");
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

    /** Per roadmap its roll-up of the year, from its stored summary rows and its items per category. */
    private Map<Long, RollUp> rollUps(Collection<RoadmapSummary> chosen, FiscalYear year, RatingScale scale) {
        List<Long> ids = chosen.stream().map(RoadmapSummary::id).toList();
        Map<Long, Map<Integer, List<ProgressSummaries.Row>>> rows = summaries.read(ids, List.of(year.value()));
        Map<Long, RollUp> result = new HashMap<>();
        for (RoadmapSummary s : chosen) {
            result.put(s.id(), rollUp(s, rows.getOrDefault(s.id(), Map.of()).getOrDefault(year.value(), List.of()), scale));
        }
        return result;
    }

    /** One roadmap's roll-up: its summary rows, and every item of a category beyond those rated as not rated. */
    private static RollUp rollUp(RoadmapSummary roadmap, List<ProgressSummaries.Row> rows, RatingScale scale) {
        RollUp rollUp = new RollUp(scale);
        ProgressSummaries.addTo(rollUp, rows);
        Map<String, Integer> rated = new HashMap<>();
        rows.forEach(r -> rated.merge(r.category(), r.items(), Integer::sum));
        for (CategoryCode c : CategoryCode.values()) {
            int unrated = Math.max(0, roadmap.itemsPerCategory().getOrDefault(c, 0) - rated.getOrDefault(c.name(), 0));
            if (unrated > 0) {
                rollUp.add(c, null, unrated, 0, 0);
            }
        }
        return rollUp;
    }

    /** The prefecture's totals in every year with a rating, each over the roadmaps showing that year: one query. */
    private List<PrefectureRollUp.Trend> trends(List<RoadmapSummary> listed, List<Long> reported, RatingScale scale) {
        List<Integer> years = summaries.ratedYears(reported);
        Map<Integer, Collection<RoadmapSummary>> chosen = new LinkedHashMap<>();
        years.forEach(y -> chosen.put(y, choose(listed, Map.of(), FiscalYear.of(y)).values()));
        Set<Long> ids = new HashSet<>();
        chosen.values().forEach(c -> c.forEach(s -> ids.add(s.id())));
        Map<Long, Map<Integer, List<ProgressSummaries.Row>>> rows = summaries.read(ids, years);
        List<PrefectureRollUp.Trend> trends = new ArrayList<>();
        chosen.forEach((year, roadmaps) -> {
            RollUp sum = new RollUp(scale);
            roadmaps.forEach(s -> sum.merge(rollUp(s, rows.getOrDefault(s.id(), Map.of()).getOrDefault(year, List.of()), scale)));
            trends.add(new PrefectureRollUp.Trend(FiscalYear.of(year), sum.total()));
        });
        return trends;
    }

    private static void merge(RollUp into, RollUp from) {
        into.merge(from);
    }

    private static Comparator<PrefectureRollUp.Row> order(@Nullable String sort, boolean descending) {
        Comparator<PrefectureRollUp.Row> byCode = Comparator.comparing(r -> r.municipality().code().value());
        Comparator<PrefectureRollUp.Row> c = switch (sort == null ? "code" : sort) {
            case "code" -> byCode;
            case "status" -> Comparator.comparing((PrefectureRollUp.Row r) -> r.status() == null ? -1 : r.status().ordinal());
            case "overdue" -> Comparator.comparing(PrefectureRollUp.Row::overdue);
            case "achieved" -> Comparator.comparingInt(r -> r.rollUp().total().achievedPercent());
            case "unrated" -> Comparator.comparingInt(r -> r.rollUp().total().unrated());
            case "onTarget" -> Comparator.comparingInt(r -> r.rollUp().total().indicatorsOnTarget());
            default -> throw new InvalidValueException("progress.rollup.sort", String.valueOf(sort));
        };
        c = descending ? c.reversed() : c;
        return c.thenComparing(byCode);
    }
}
