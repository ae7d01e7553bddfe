package org.careroadmap.progress.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.careroadmap.progress.Activity;
import org.careroadmap.progress.ArrowStatus;
import org.careroadmap.progress.CsvPreview;
import org.careroadmap.progress.Evaluation;
import org.careroadmap.progress.Indicator;
import org.careroadmap.progress.PrefectureRollUp;
import org.careroadmap.progress.ProgressOverview;
import org.careroadmap.progress.ProgressReport;
import org.careroadmap.progress.ProgressRound;
import org.careroadmap.progress.Rating;
import org.careroadmap.progress.RollUp;
import org.careroadmap.reference.CategoryCode;
import org.careroadmap.reference.FiscalYear;
import org.careroadmap.roadmap.Arrow;

/** The JSON shapes of the progress API. Fiscal years are numbers with their label beside them. */
final class ProgressJson {

    private ProgressJson() {
    }

    record Year(int value, String label) {
        static Year of(FiscalYear y) {
            return new Year(y.value(), y.label());
        }
    }

    record ActivityJson(@Nullable Long id, String itemId, @Nullable String arrowId, Year fiscalYear, String kind, String title,
                        LocalDate heldOn, @Nullable Integer participants, List<String> professions, @Nullable String note,
                        Instant createdAt, String createdBy) {
        static ActivityJson of(Activity a) {
            return new ActivityJson(a.id(), a.itemId(), a.arrowId(), Year.of(a.fiscalYear()), a.kind(), a.title(), a.heldOn(),
                    a.participants(), a.professions(), a.note(), a.createdAt(), a.createdBy());
        }
    }

    record YearFigureJson(Year fiscalYear, @Nullable BigDecimal target, @Nullable BigDecimal actual,
                          @Nullable Boolean onTarget) {
    }

    record IndicatorJson(long id, String itemId, String name, String unit, boolean higherIsBetter, String source,
                         List<String> kinds, List<YearFigureJson> years) {
        static IndicatorJson of(ProgressOverview.IndicatorFigures f) {
            Indicator i = f.indicator();
            return new IndicatorJson(i.savedId(), i.itemId(), i.name(), i.unit(), i.higherIsBetter(), i.source().name(), i.kinds(),
                    f.years().stream().map(y -> new YearFigureJson(Year.of(y.year()), y.target(), y.actual(), y.onTarget())).toList());
        }
    }

    record EvaluationJson(String itemId, Year fiscalYear, String stage, @Nullable String done, @Nullable String rating,
                          @Nullable String issues, @Nullable String nextSteps, Instant updatedAt, String updatedBy) {
        /** The evaluation, or null for an item not evaluated at that stage. */
        static @Nullable EvaluationJson ofAny(@Nullable Evaluation e) {
            return e == null ? null : of(e);
        }

        static EvaluationJson of(Evaluation e) {
            return new EvaluationJson(e.itemId(), Year.of(e.fiscalYear()), e.stage().name(), e.done(),
                    e.rating(), e.issues(), e.nextSteps(), e.updatedAt(), e.updatedBy());
        }
    }

    record ArrowJson(String id, String label, Year start, Year end, @Nullable String status, @Nullable String note,
                     @Nullable LocalDate notedOn) {
        static ArrowJson of(Arrow a, @Nullable ArrowStatus s) {
            return new ArrowJson(a.id(), a.label(), Year.of(a.start()), Year.of(a.end()), s == null ? null : s.status().name(),
                    s == null ? null : s.note(), s == null ? null : s.notedOn());
        }
    }

    record ItemJson(String id, String category, String title, @Nullable EvaluationJson interim,
                    @Nullable EvaluationJson yearEnd,
                    List<IndicatorJson> indicators, int activityCount, List<ArrowJson> arrows, boolean carriedShortfall) {
    }

    record ReportJson(Year fiscalYear, String status, @Nullable String returnReason, @Nullable Instant submittedAt,
                      Instant updatedAt, long version) {
        static ReportJson of(ProgressReport r) {
            return new ReportJson(Year.of(r.fiscalYear()), r.status().name(), r.returnReason(), r.submittedAt(), r.updatedAt(),
                    r.version());
        }
    }

    record TallyJson(Map<String, Integer> perRating, int items, int unrated, int achieved, @Nullable Integer achievedPercent,
                     int indicatorsOnTarget, int indicatorsMeasured) {
        static TallyJson of(RollUp.Tally t) {
            return new TallyJson(t.perRating(), t.items(), t.unrated(), t.achieved(),
                    t.achievedPercent() < 0 ? null : t.achievedPercent(), t.indicatorsOnTarget(), t.indicatorsMeasured());
        }
    }

    record RollUpJson(Map<String, TallyJson> categories, TallyJson total) {
        static RollUpJson of(RollUp r) {
            Map<String, TallyJson> categories = new LinkedHashMap<>();
            for (CategoryCode c : CategoryCode.values()) {
                categories.put(c.name(), TallyJson.of(r.category(c)));
            }
            return new RollUpJson(categories, TallyJson.of(r.total()));
        }
    }

    record OverviewJson(long roadmapId, String municipalityCode, String municipalityName, Year fiscalYear,
                        List<Year> visibleYears, ReportJson report, List<String> nextSteps, List<Rating> scale,
                        List<ItemJson> items, RollUpJson rollUp) {
        static OverviewJson of(ProgressOverview o) {
            List<ItemJson> items = new ArrayList<>();
            for (ProgressOverview.ItemProgress ip : o.items()) {
                items.add(new ItemJson(ip.item().id(), ip.item().category().name(), ip.item().title(),
                        EvaluationJson.ofAny(ip.interim()), EvaluationJson.ofAny(ip.yearEnd()),
                        ip.indicators().stream().map(IndicatorJson::of).toList(), ip.activities().size(),
                        ip.item().arrows().stream().map(a -> ArrowJson.of(a, o.arrowStatuses().get(a.id()))).toList(),
                        ip.carriedShortfall()));
            }
            return new OverviewJson(o.document().roadmap().id(), o.document().roadmap().municipalityCode().value(),
                    o.document().municipality().name(), Year.of(o.year()), o.visibleYears().stream().map(Year::of).toList(),
                    ReportJson.of(o.report()), o.steps().stream().map(s -> s.name().toLowerCase(java.util.Locale.ROOT)).toList(),
                    o.scale().ratings(), items, RollUpJson.of(o.rollUp()));
        }
    }

    record ProblemRow(String field, String code, String message) {
    }

    record PreviewJson(@Nullable String token, boolean applicable, int rows, List<ActivityJson> firstRows, List<ProblemRow> problems) {
    }

    record RoundJson(long id, Year fiscalYear, LocalDate deadline, Instant openedAt, String openedBy) {
        static RoundJson of(ProgressRound r) {
            return new RoundJson(r.id(), Year.of(r.fiscalYear()), r.deadline(), r.openedAt(), r.openedBy());
        }
    }

    record RollUpRowJson(String municipalityCode, String municipalityName, @Nullable Long roadmapId, @Nullable String status,
                         boolean overdue,
                         RollUpJson rollUp) {
    }

    record PrefectureRollUpJson(String prefectureCode, Year fiscalYear, @Nullable RoundJson round, List<Rating> scale,
                                List<RollUpRowJson> municipalities, RollUpJson total, List<TrendJson> trends) {
        static PrefectureRollUpJson of(PrefectureRollUp r) {
            return new PrefectureRollUpJson(r.prefectureCode(), Year.of(r.year()), r.round().map(RoundJson::of).orElse(null),
                    r.scale().ratings(),
                    r.rows().stream().map(row -> new RollUpRowJson(row.municipality().code().value(), row.municipality().name(),
                            row.roadmapId(), row.status() == null ? null : row.status().name(), row.overdue(),
                            RollUpJson.of(row.rollUp()))).toList(),
                    RollUpJson.of(r.total()),
                    r.trends().stream().map(t -> new TrendJson(Year.of(t.year()), TallyJson.of(t.tally()))).toList());
        }
    }

    record TrendJson(Year fiscalYear, TallyJson total) {
    }

    record SettingsJson(List<Rating> scale, List<String> kinds, List<String> professions) {
    }

    static PreviewJson preview(CsvPreview p, java.util.function.Function<org.careroadmap.platform.FieldProblem, String> message) {
        return new PreviewJson(p.token(), p.applicable(), p.rowCount(), p.firstRows().stream().map(ActivityJson::of).toList(),
                p.problems().stream().map(x -> new ProblemRow(x.field(), x.messageKey().equals("progress.csv.row")
                        ? rowMessageKey(x) : x.messageKey(),
                        message.apply(x))).toList());
    }

    /** A CSV row's problem carries the field's own problem as its third argument (see ActivityCsv). */
    private static String rowMessageKey(org.careroadmap.platform.FieldProblem rowProblem) {
        var inner = (org.springframework.context.MessageSourceResolvable) rowProblem.arguments().get(2);
        return java.util.Objects.requireNonNull(inner.getCodes(), "ActivityCsv names the field's message code")[0];
    }
}
