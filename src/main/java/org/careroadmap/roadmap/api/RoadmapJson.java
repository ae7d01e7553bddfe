package org.careroadmap.roadmap.api;

import org.jspecify.annotations.Nullable;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.careroadmap.reference.FiscalYear;
import org.careroadmap.reference.RoadmapTemplate;
import org.careroadmap.roadmap.Arrow;
import org.careroadmap.roadmap.Finding;
import org.careroadmap.roadmap.RoadmapDocument;
import org.careroadmap.roadmap.RoadmapItem;
import org.careroadmap.roadmap.RoadmapSummary;

/** The JSON shapes of the roadmap API. Fiscal years are integers with their Japanese label beside them. */
final class RoadmapJson {

    private RoadmapJson() {
    }

    record Year(int value, String label) {
        static @Nullable Year of(@Nullable FiscalYear year) {
            return year == null ? null : new Year(year.value(), year.label());
        }
    }

    record Period(int number, String label, int firstYear, int lastYear) {
    }

    record Template(String id, String name, List<Period> planPeriods, List<Integer> shownYears,
                    List<Integer> selectableAchievementYears, int arrowLabelMaxLength) {
        static Template of(RoadmapTemplate t) {
            return new Template(t.id(), t.name(),
                    t.periods().stream().map(p -> new Period(p.number(), p.planLabel(), p.firstYear().value(),
                            p.lastYear().value())).toList(),
                    t.shownYears().stream().map(FiscalYear::value).toList(),
                    t.selectableYears().stream().map(FiscalYear::value).toList(), t.arrowLabelMaxLength());
        }
    }

    record Municipality(String code, String name) {
    }

    record Summary(long id, Municipality municipality, String templateId, List<Period> planPeriods, String status,
                   int itemCount, Map<String, Integer> itemsPerCategory, int errors, int warnings,
                   Instant updatedAt, long version) {
        static Summary of(RoadmapSummary s) {
            Template t = Template.of(s.template());
            Map<String, Integer> counts = new java.util.TreeMap<>();
            s.itemsPerCategory().forEach((k, v) -> counts.put(k.name(), v));
            return new Summary(s.id(), new Municipality(s.municipality().code().value(), s.municipality().name()),
                    t.id(), t.planPeriods(), s.status().name(), s.itemCount(), counts, s.errorCount(),
                    s.warningCount(), s.updatedAt(), s.version());
        }
    }

    record ArrowOut(String id, String label, int startYear, int endYear, boolean continues) {
        static ArrowOut of(Arrow a) {
            return new ArrowOut(a.id(), a.label(), a.start().value(), a.end().value(), a.continues());
        }
    }

    record ItemOut(String id, String category, String categoryName, String title, String targetVision,
                   @Nullable Year achievementYear, String measures, List<ArrowOut> arrows) {
        static ItemOut of(RoadmapItem i) {
            return new ItemOut(i.id(), i.category().name(), i.category().nameJa(), i.title(), i.targetVision(),
                    i.achievementYear().map(Year::of).orElse(null), i.measures(),
                    i.arrows().stream().map(ArrowOut::of).toList());
        }
    }

    record FindingOut(String rule, String mark, String severity, String targetKind, String category,
                      @Nullable String itemId, @Nullable String arrowId, String code, String message) {
    }

    record Roadmap(long id, String title, Municipality municipality, Template template, String status, long version,
                   Instant createdAt, Instant updatedAt, List<ItemOut> items, List<FindingOut> findings) {
    }

    static Roadmap of(RoadmapDocument doc, java.util.function.Function<Finding, String> message) {
        var r = doc.roadmap();
        return new Roadmap(r.id(), doc.title(),
                new Municipality(doc.municipality().code().value(), doc.municipality().name()),
                Template.of(doc.template()), r.status().name(), r.version(), r.createdAt(), r.updatedAt(),
                r.items().stream().map(ItemOut::of).toList(),
                doc.findings().stream().map(f -> new FindingOut(f.rule().name(), f.rule().mark(), f.severity().name(),
                        f.target().kind().name(), f.target().category().name(), f.target().itemId(),
                        f.target().arrowId(), f.messageKey(), message.apply(f))).toList());
    }

    record NewRoadmap(String municipalityCode, String templateId) {
    }

    record ItemIn(Long version, String category, String title, String targetVision, String achievementYear,
                  String measures) {
    }

    record ArrowIn(Long version, String label, String startYear, String endYear, Boolean continues) {
    }

    record Move(Long version, String direction) {
    }

    record Step(Long version, String comment) {
    }

    record Version(int number, String kind, String templateId, Instant createdAt, String createdBy) {
    }
}
