package org.careroadmap.progress.demo;

import java.time.LocalDate;
import java.util.List;

import org.careroadmap.platform.CurrentActor;
import org.careroadmap.progress.ActivityInput;
import org.careroadmap.progress.ActivityLog;
import org.careroadmap.progress.ArrowStatuses;
import org.careroadmap.progress.EvaluationInput;
import org.careroadmap.progress.Indicator;
import org.careroadmap.progress.IndicatorInput;
import org.careroadmap.progress.Indicators;
import org.careroadmap.progress.ProgressReports;
import org.careroadmap.progress.SelfEvaluations;
import org.careroadmap.roadmap.Arrow;
import org.careroadmap.roadmap.ListScope;
import org.careroadmap.roadmap.RoadmapDocument;
import org.careroadmap.roadmap.RoadmapItem;
import org.careroadmap.roadmap.RoadmapReads;
import org.careroadmap.roadmap.RoadmapSummary;
import org.careroadmap.reference.MunicipalityCode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionOperations;

/**
 * Progress for Iki City's real roadmap — all of it generated, marked 【デモ用の架空データ】 wherever it
 * appears (the real sheet says nothing about results): indicators for the countable measures
 * (退院前カンファレンスの勉強会 年2回, 自立支援型地域ケア会議 月1回, 地域ケア推進会議 年3回, 説明会の参加者),
 * activities in FY2024–2025, a FY2025 year-end evaluation of every item, published, and progress
 * rounds for FY2025 and FY2026. Runs once the start-up runners (which load the roadmaps) are done,
 * before the application takes traffic, and only into a database without progress rounds.
 */
@Component
record DemoProgressData(RoadmapReads roadmaps, ActivityLog activities, Indicators indicators, SelfEvaluations evaluations, ArrowStatuses arrows, ProgressReports reports, TransactionOperations transaction,
                        Environment settings) {

    static final String MARK = "【デモ用の架空データ】";
    private static final Logger log = LoggerFactory.getLogger(DemoProgressData.class);



    @EventListener(ApplicationReadyEvent.class)
    @Order(0)
    void load() {
        // Asked here, not by a condition on the bean: a jar started from its build-time prepared context
        // (PreparedContext) keeps the beans the build had, and a deployment turns the demo off at run time.
        // Read from the settings: @Value on a record component would also land on its final field.
        if (!settings.getProperty("app.demo-data.enabled", Boolean.class, false)) {
            return;
        }
        CurrentActor.asSystem(() -> transaction.execute(status -> loadIntoEmpty()));
    }

    /** Loads Iki City's progress into a database without progress rounds; whether it did. */
    private boolean loadIntoEmpty() {
        if (!reports.rounds("42").isEmpty()) {
            return false;
        }
        List<RoadmapSummary> iki = roadmaps.list(ListScope.municipality(new MunicipalityCode("422100")));
        if (iki.isEmpty()) {
            return false;
        }
        reports.openRound("2025", "2026-05-31");
        reports.openRound("2026", "2027-05-31");
        long id = iki.stream().mapToLong(RoadmapSummary::id).min().orElseThrow();
        RoadmapDocument doc = roadmaps.get(id);
        iki(doc);
        log.info("Demo progress loaded");
        return true;
    }

    private void iki(RoadmapDocument doc) {
        long id = doc.roadmap().id();
        RoadmapItem discharge = item(doc, "退院支援");
        RoadmapItem careMeetings = item(doc, "地域ケア会議・地域ケア推進会議の機能達成");
        RoadmapItem workforce = item(doc, "サービス提供人材の確保");
        indicators(id, discharge, careMeetings, workforce);
        activities(id, discharge, careMeetings, workforce);
        evaluateAndPublish(doc, discharge, careMeetings, workforce);
    }

    /** Indicators for the countable measures of the real sheet (勉強会 年2回, 地域ケア会議 月1回, 推進会議 年3回, 説明会). */
    private void indicators(long id, RoadmapItem discharge, RoadmapItem careMeetings, RoadmapItem workforce) {
        Indicator studies = indicators.define(id, new IndicatorInput(discharge.id(), "退院前カンファレンスの勉強会の開催回数" + MARK,
                "回", true, "ACTIVITY_COUNT", List.of("勉強会")));
        Indicator meetings = indicators.define(id, new IndicatorInput(careMeetings.id(), "自立支援型地域ケア会議の開催回数" + MARK,
                "回", true, "ACTIVITY_COUNT", List.of("会議")));
        Indicator promotion = indicators.define(id, new IndicatorInput(careMeetings.id(), "地域ケア推進会議の開催回数" + MARK,
                "回", true, "MANUAL", List.of()));
        Indicator seminars = indicators.define(id, new IndicatorInput(workforce.id(), "人材確保の説明会の参加者数" + MARK,
                "人", true, "PARTICIPANT_SUM", List.of("説明会")));
        for (String year : List.of("2024", "2025", "2026")) {
            indicators.setValue(id, studies.savedId(), year, "2", null);
            indicators.setValue(id, meetings.savedId(), year, "12", null);
            indicators.setValue(id, seminars.savedId(), year, "60", null);
        }
        indicators.setValue(id, promotion.savedId(), "2024", "3", "3");
        indicators.setValue(id, promotion.savedId(), "2025", "3", "2");
        indicators.setValue(id, promotion.savedId(), "2026", "3", null);
    }

    private void activities(long id, RoadmapItem discharge, RoadmapItem careMeetings, RoadmapItem workforce) {
        for (int year : new int[] {2024, 2025}) {
            activity(id, discharge, year, "勉強会", "退院前カンファレンスについての勉強会（第1回）", LocalDate.of(year, 7, 18), 32, "医師、看護師、ケアマネジャー");
            activity(id, discharge, year, "勉強会", "退院前カンファレンスについての勉強会（第2回）", LocalDate.of(year + 1, 1, 23), 28, "看護師、ケアマネジャー、社会福祉士");
            // 月1回: twelve in FY2024, eleven in FY2025 (one cancelled by a typhoon), so one year misses its target.
            int months = year == 2024 ? 12 : 11;
            for (int m = 0; m < months; m++) {
                LocalDate date = LocalDate.of(year, 4, 15).plusMonths(m);
                activity(id, careMeetings, year, "会議", "自立支援型地域ケア会議（" + date.getMonthValue() + "月）", date, 14,
                        "ケアマネジャー、リハビリ職、行政");
            }
            activity(id, workforce, year, "説明会", "介護の仕事説明会", LocalDate.of(year, 10, 5), year == 2024 ? 41 : 66, "介護職、住民");
        }
    }

    /** A FY2025 interim and year-end evaluation of every item, each arrow's status, and the report published. */
    private void evaluateAndPublish(RoadmapDocument doc, RoadmapItem discharge, RoadmapItem careMeetings,
                                    RoadmapItem workforce) {
        long id = doc.roadmap().id();
        String[] ratings = {"◎", "○", "○", "△", "○", "△", "○", "×", "○", "－", "△", "○"};
        List<RoadmapItem> items = doc.roadmap().items();
        for (int i = 0; i < items.size(); i++) {
            RoadmapItem it = items.get(i);
            String rating = it.id().equals(discharge.id()) ? "◎" : it.id().equals(careMeetings.id()) ? "○" : ratings[i % ratings.length];
            evaluations.save(id, it.id(), "2025", "INTERIM", new EvaluationInput(MARK + "上半期の取組を確認した。", null,
                    null, null));
            evaluations.save(id, it.id(), "2025", "YEAR_END", new EvaluationInput(
                    MARK + "「" + it.title().lines().findFirst().orElse("") + "」の推進方策に沿って取組を実施した。", rating,
                    MARK + "関係機関との情報共有の仕組みが十分ではない。", MARK + "次年度は地域ケア推進会議で進捗を共有する。"));
        }
        for (RoadmapItem it : items) {
            for (Arrow a : it.arrows()) {
                String s = a.end().value() < 2024 ? "DONE" : a.start().value() > 2026 ? "NOT_STARTED"
                        : it.id().equals(workforce.id()) ? "DELAYED" : "IN_PROGRESS";
                arrows.set(id, a.id(), s, MARK + "年度末の確認による", "2026-03-31");
            }
        }
        var report = reports.take(id, "2025", "submit", 0, null);
        report = reports.take(id, "2025", "accept", report.version(), null);
        reports.take(id, "2025", "publish", report.version(), null);
    }

    private void activity(long id, RoadmapItem item, int year, String kind, String title, LocalDate date, int participants,
                          String professions) {
        activities.add(id, new ActivityInput(Integer.toString(year), item.id(), null, kind, MARK + title, date.toString(),
                Integer.toString(participants), professions, null));
    }

    private static RoadmapItem item(RoadmapDocument doc, String title) {
        return doc.roadmap().items().stream().filter(i -> title.equals(i.title())).findFirst()
                .orElseThrow(() -> new IllegalStateException("demo item missing: " + title));
    }
}
