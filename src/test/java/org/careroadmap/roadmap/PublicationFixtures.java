package org.careroadmap.roadmap;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.careroadmap.reference.CategoryCode;
import org.careroadmap.reference.FiscalYear;
import org.careroadmap.reference.Municipality;
import org.careroadmap.reference.MunicipalityCode;

/**
 * Roadmaps at the edges of what a PDF page holds, for the publication module's PDF tests: an item with
 * the longest 推進方策 the editor accepts and an arrow label as long as allowed over one year, and many
 * small roadmaps of different 市町 for a booklet whose contents need more than one page.
 */
public final class PublicationFixtures {

    /** One line of the tall item's 推進方策; each is short enough to stay on one line of the PDF. */
    public static String measureLine(int n) {
        return String.format("方策の行%03d", n);
    }

    private PublicationFixtures() {
    }

    /**
     * Three items in category A: a short one, then one taller than an A3 page (推進方策 of {@link #measureLine}s
     * up to the 4,000-character limit, and a 200-character arrow label of 「あ」 over one year), then a short one.
     */
    public static RoadmapDocument tallItem() {
        Roadmap roadmap = start("422100");
        add(roadmap, CategoryCode.A, "短い項目その一", "短い方策");
        StringBuilder measures = new StringBuilder();
        for (int n = 1; measures.length() + measureLine(n).length() + 1 <= ItemContent.MEASURES_MAX; n++) {
            measures.append(measureLine(n)).append('\n');
        }
        RoadmapItem tall = roadmap.addItem(new ItemContent(CategoryCode.A, "とても長い推進方策を持つ項目",
                "目指す姿の文", FiscalYear.of(2027), measures.toString().strip()), BenchFixtures.TEMPLATE);
        roadmap.addArrow(tall.id(), new ArrowContent("あ".repeat(ArrowContent.LABEL_MAX),
                new ArrowSpan(FiscalYear.of(2026), FiscalYear.of(2026)), false), BenchFixtures.TEMPLATE);
        add(roadmap, CategoryCode.A, "短い項目その二", "短い方策");
        return document(roadmap, new MunicipalityCode("422100"), "壱岐市");
    }

    /** {@code count} one-item roadmaps of made-up 市町 テスト市01, テスト市02 … with valid codes 42301x …. */
    public static List<RoadmapDocument> smallRoadmaps(int count) {
        List<RoadmapDocument> documents = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            String firstFive = String.format("42%03d", 300 + i);
            MunicipalityCode code = new MunicipalityCode(firstFive + checkDigit(firstFive));
            Roadmap roadmap = start(code.value());
            add(roadmap, CategoryCode.B, "項目" + i, "方策" + i);
            documents.add(document(roadmap, code, String.format("テスト市%02d", i)));
        }
        return documents;
    }

    private static Roadmap start(String code) {
        return Roadmap.start(new MunicipalityCode(code), BenchFixtures.TEMPLATE,
                Clock.fixed(Instant.parse("2026-05-01T00:00:00Z"), ZoneOffset.UTC));
    }

    private static void add(Roadmap roadmap, CategoryCode category, String title, String measures) {
        roadmap.addItem(new ItemContent(category, title, "目指す姿", FiscalYear.of(2026), measures), BenchFixtures.TEMPLATE);
    }

    private static RoadmapDocument document(Roadmap roadmap, MunicipalityCode code, String name) {
        return new RoadmapDocument(roadmap, new Municipality(code, name, name, "42"), BenchFixtures.TEMPLATE,
                TemplateRuleChecker.check(roadmap, BenchFixtures.TEMPLATE));
    }

    /** 全国地方公共団体コード's check digit (weights 6, 5, 4, 3, 2 modulo 11). */
    private static int checkDigit(String firstFive) {
        int[] weights = {6, 5, 4, 3, 2};
        int sum = 0;
        for (int i = 0; i < 5; i++) {
            sum += (firstFive.charAt(i) - '0') * weights[i];
        }
        return (11 - sum % 11) % 10;
    }
}
