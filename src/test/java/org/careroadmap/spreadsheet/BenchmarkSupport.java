package org.careroadmap.spreadsheet;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.careroadmap.reference.CategoryCode;
import org.careroadmap.reference.RoadmapTemplate;
import org.careroadmap.roadmap.ImportedItem;

/** What the benchmarks in {@code bench} need from inside the module, without a database. */
public final class BenchmarkSupport {

    /** Nagasaki's 21 市町, as the benchmark's sheet names. */
    public static final List<String> MUNICIPALITIES = List.of("長崎市", "佐世保市", "島原市", "諫早市", "大村市", "平戸市",
            "松浦市", "対馬市", "壱岐市", "五島市", "西海市", "雲仙市", "南島原市", "長与町", "時津町", "東彼杵町", "川棚町",
            "波佐見町", "小値賀町", "佐々町", "新上五島町");

    private BenchmarkSupport() {
    }

    /** 21 municipalities × {@code itemsPerCategory}×8 items × {@code arrows} arrows. */
    public static List<SheetRoadmap> prefecture(int itemsPerCategory, int arrows) {
        List<SheetRoadmap> roadmaps = new ArrayList<>();
        for (int i = 0; i < MUNICIPALITIES.size(); i++) {
            RoadmapTemplate template = i % 3 == 0 ? SheetFixtures.NAGASAKI_8_9 : SheetFixtures.NAGASAKI_9_10;
            roadmaps.add(SheetFixtures.generated(MUNICIPALITIES.get(i), template, itemsPerCategory, arrows, i));
        }
        return roadmaps;
    }

    public static List<WorkbookWriter.SummaryRow> summary(List<SheetRoadmap> roadmaps) {
        List<WorkbookWriter.SummaryRow> rows = new ArrayList<>();
        for (SheetRoadmap r : roadmaps) {
            Map<CategoryCode, Integer> counts = new EnumMap<>(CategoryCode.class);
            r.items().forEach(item -> counts.merge(item.category(), 1, Integer::sum));
            rows.add(new WorkbookWriter.SummaryRow("420000", r.municipalityName(), r.template().name(), counts,
                    r.items().size(), "作成中", LocalDateTime.of(2026, 11, 24, 9, 0), r, null));
        }
        return rows;
    }

    /** Everything an import does before the database: open, find the layout, read, check every value. */
    public static List<ImportedItem> read(byte[] xlsx) {
        var workbook = new WorkbookGate(10L << 20).open(xlsx);
        try {
            var sheet = workbook.getSheetAt(0);
            SheetReading reading = RoadmapSheetReader.read(sheet, RoadmapSheetReader.findHeader(sheet).orElseThrow(),
                    SheetFixtures.TEMPLATES);
            ImportPlanner.Plan plan = ImportPlanner.plan(reading, reading.template(), List.of());
            if (!reading.problems().isEmpty() || !plan.problems().isEmpty()) {
                throw new IllegalStateException("benchmark sheet unreadable: " + reading.problems() + plan.problems());
            }
            return plan.items();
        } finally {
            workbook.getPackage().revert();
        }
    }
}
