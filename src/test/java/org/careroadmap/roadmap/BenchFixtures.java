package org.careroadmap.roadmap;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import org.careroadmap.reference.CategoryCode;
import org.careroadmap.reference.FiscalYear;
import org.careroadmap.reference.Municipality;
import org.careroadmap.reference.MunicipalityCode;
import org.careroadmap.reference.PlanPeriod;
import org.careroadmap.reference.RoadmapTemplate;

/** A generated roadmap of a realistic size (40 items, 2 arrows each) for the in-process benchmarks. */
public final class BenchFixtures {

    public static final RoadmapTemplate TEMPLATE = new RoadmapTemplate("nagasaki-9-10", "長崎県 推進ロードマップ様式（第9期・第10期）",
            PlanPeriod.of(9), 2, FiscalYear.of(2018), FiscalYear.of(2029), 40);

    private BenchFixtures() {
    }

    public static RoadmapDocument fortyItems() {
        MunicipalityCode code = new MunicipalityCode("422100");
        Roadmap roadmap = Roadmap.start(code, TEMPLATE, Clock.fixed(Instant.parse("2026-05-01T00:00:00Z"), ZoneOffset.UTC));
        CategoryCode[] categories = CategoryCode.values();
        for (int i = 0; i < 40; i++) {
            CategoryCode category = categories[i % categories.length];
            int year = 2026 + i % 4;
            RoadmapItem item = roadmap.addItem(new ItemContent(category, "項目" + i + " 在宅医療・介護連携の推進",
                    "住み慣れた地域で最期まで安心して暮らせるよう、医療と介護の関係者が情報を共有している。",
                    FiscalYear.of(year), "多職種研修会の開催、入退院支援ルールの運用、ICTによる情報共有の検討を進める。"), TEMPLATE);
            roadmap.addArrow(item.id(), new ArrowContent("現状把握と課題整理", new ArrowSpan(FiscalYear.of(2024), FiscalYear.of(2025)), false), TEMPLATE);
            roadmap.addArrow(item.id(), new ArrowContent("研修会の開催（年2回）", new ArrowSpan(FiscalYear.of(2026), FiscalYear.of(year)), i % 3 == 0), TEMPLATE);
        }
        return new RoadmapDocument(roadmap, new Municipality(code, "壱岐市", "Iki City", "42"), TEMPLATE,
                TemplateRuleChecker.check(roadmap, TEMPLATE));
    }
}
