package org.careroadmap.spreadsheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.careroadmap.reference.CategoryCode;
import org.careroadmap.reference.RoadmapTemplate;
import org.careroadmap.roadmap.ArrowInput;
import org.careroadmap.roadmap.ImportedItem;
import org.junit.jupiter.api.Test;

/** Export, then import: the same items, texts, years and arrows come back — without a database. */
class SheetRoundTripTest {

    record Flat(String category, String title, String vision, String year, String measures, List<String> arrows) {
    }

    static List<Flat> expected(SheetRoadmap roadmap) {
        return roadmap.items().stream().map(i -> new Flat(i.category().name(), i.title(), i.targetVision(),
                i.achievementYear() == null ? "" : i.achievementYear().label(), i.measures(),
                i.arrows().stream().map(a -> a.label() + "|" + a.start().value() + "|" + a.end().value() + "|" + a.continues())
                        .toList())).toList();
    }

    static List<Flat> actual(List<ImportedItem> items, RoadmapTemplate template) {
        return items.stream().map(i -> {
            var c = i.item().toContent(template);
            return new Flat(c.category().name(), c.title(), c.targetVision(),
                    c.achievementYear() == null ? "" : c.achievementYear().label(), c.measures(),
                    i.arrows().stream().map(ArrowInput::toString).map(s -> s).toList().isEmpty() ? List.of()
                            : i.arrows().stream().map(a -> {
                                var ac = a.toContent(template);
                                return ac.label() + "|" + ac.span().start().value() + "|" + ac.span().end().value() + "|"
                                        + ac.continues();
                            }).toList());
        }).toList();
    }

    static ImportPlanner.Plan reimport(byte[] xlsx, RoadmapTemplate expectedTemplate) {
        XSSFWorkbook workbook = new WorkbookGate(10L << 20).open(xlsx);
        var sheet = workbook.getSheetAt(workbook.getNumberOfSheets() - 1);
        var header = RoadmapSheetReader.findHeader(sheet).orElseThrow();
        SheetReading reading = RoadmapSheetReader.read(sheet, header, SheetFixtures.TEMPLATES);
        assertThat(reading.problems()).isEmpty();
        assertThat(reading.template()).isEqualTo(expectedTemplate);
        ImportPlanner.Plan plan = ImportPlanner.plan(reading, reading.template(), List.of());
        assertThat(plan.problems()).isEmpty();
        return plan;
    }

    @Test
    void ikisRoadmapComesBackIdentical() {
        SheetRoadmap iki = SheetFixtures.iki();
        ImportPlanner.Plan plan = reimport(new WorkbookWriter().roadmap(iki), SheetFixtures.NAGASAKI_8_9);
        assertThat(actual(plan.items(), SheetFixtures.NAGASAKI_8_9)).containsExactlyElementsOf(expected(iki));
    }

    @Test
    void generatedRoadmapsWithArrowsOnEveryColumnComeBackIdentical() {
        for (RoadmapTemplate template : SheetFixtures.TEMPLATES) {
            for (long seed = 1; seed <= 3; seed++) {
                SheetRoadmap generated = SheetFixtures.generated("長崎市", template, 6, 3, seed);
                ImportPlanner.Plan plan = reimport(new WorkbookWriter().roadmap(generated), template);
                assertThat(actual(plan.items(), template)).containsExactlyElementsOf(expected(generated));
                assertThat(generated.items()).flatExtracting(SheetRoadmap.Item::arrows)
                        .anyMatch(SheetRoadmap.Arrow::continues)
                        .extracting(a -> a.start().value()).containsAll(template.shownYears().stream().map(y -> y.value()).toList());
            }
        }
    }

    @Test
    void categoriesWithoutItemsStayEmpty() {
        SheetRoadmap sparse = new SheetRoadmap("小値賀町", SheetFixtures.NAGASAKI_9_10, List.of(
                new SheetRoadmap.Item(CategoryCode.C, "介護予防", "", null, "", List.of())));
        ImportPlanner.Plan plan = reimport(new WorkbookWriter().roadmap(sparse), SheetFixtures.NAGASAKI_9_10);
        assertThat(actual(plan.items(), SheetFixtures.NAGASAKI_9_10)).containsExactlyElementsOf(expected(sparse));
    }
}
