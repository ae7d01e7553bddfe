package org.careroadmap.spreadsheet;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.careroadmap.reference.CategoryCode;
import org.careroadmap.reference.FiscalYear;
import org.careroadmap.reference.PlanPeriod;
import org.careroadmap.reference.RoadmapTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Roadmaps for spreadsheet tests without a database: Iki City's (the demo data) and generated ones. */
public final class SheetFixtures {

    /** As in the V2 migration. */
    public static final RoadmapTemplate NAGASAKI_8_9 = new RoadmapTemplate("nagasaki-8-9",
            "長崎県 推進ロードマップ様式（第8期・第9期）", PlanPeriod.of(8), 2, FiscalYear.of(2018), FiscalYear.of(2026), 40);
    public static final RoadmapTemplate NAGASAKI_9_10 = new RoadmapTemplate("nagasaki-9-10",
            "長崎県 推進ロードマップ様式（第9期・第10期）", PlanPeriod.of(9), 2, FiscalYear.of(2018), FiscalYear.of(2029), 40);
    public static final List<RoadmapTemplate> TEMPLATES = List.of(NAGASAKI_8_9, NAGASAKI_9_10);

    private SheetFixtures() {
    }

    /** Iki City's roadmap exactly as the demo data holds it. */
    public static SheetRoadmap iki() {
        try (InputStream in = SheetFixtures.class.getResourceAsStream("/demo/iki-roadmap.json")) {
            JsonNode root = JsonMapper.builder().build().readTree(in);
            List<SheetRoadmap.Item> items = new ArrayList<>();
            for (JsonNode item : root.get("items")) {
                List<SheetRoadmap.Arrow> arrows = new ArrayList<>();
                for (JsonNode arrow : item.get("arrows")) {
                    arrows.add(new SheetRoadmap.Arrow(arrow.get("label").asString().strip(),
                            FiscalYear.parse(arrow.get("start").asString()), FiscalYear.parse(arrow.get("end").asString()),
                            arrow.has("continues") && arrow.get("continues").asBoolean()));
                }
                items.add(new SheetRoadmap.Item(CategoryCode.parse(item.get("category").asString()),
                        item.get("title").asString().strip(), item.get("targetVision").asString().strip(),
                        FiscalYear.parse(item.get("achievementYear").asString()), item.get("measures").asString().strip(),
                        arrows));
            }
            items.sort(java.util.Comparator.comparing(SheetRoadmap.Item::category));
            return new SheetRoadmap("壱岐市", NAGASAKI_8_9, items);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A roadmap with {@code itemsPerCategory} items in every category, their arrows together covering every
     * fiscal-year column (single years, whole periods, the whole timeline, 継続 ones), and texts with line
     * breaks, full-width characters and the characters that start formulas.
     */
    public static SheetRoadmap generated(String municipalityName, RoadmapTemplate template, int itemsPerCategory,
                                         int arrowsPerItem, long seed) {
        Random random = new Random(seed);
        List<FiscalYear> years = template.shownYears();
        List<FiscalYear> selectable = template.selectableYears();
        String[] starts = {"", "", "", "=", "+", "-", "@", "・", "（継続）"};
        List<SheetRoadmap.Item> items = new ArrayList<>();
        int n = 0;
        for (CategoryCode category : CategoryCode.values()) {
            for (int i = 0; i < itemsPerCategory; i++, n++) {
                List<SheetRoadmap.Arrow> arrows = new ArrayList<>();
                for (int a = 0; a < arrowsPerItem; a++) {
                    int first = (n + a) % years.size();
                    int last = switch ((n + a) % 4) {
                        case 0 -> first;
                        case 1 -> years.size() - 1;
                        case 2 -> Math.min(years.size() - 1, first + 2);
                        default -> first + random.nextInt(years.size() - first);
                    };
                    arrows.add(new SheetRoadmap.Arrow(starts[random.nextInt(starts.length)] + "工程" + category + i + "-" + a
                            + "　研修会を年２回開催し、ＩＣＴ連携を検討".substring(0, 2 + random.nextInt(19)),
                            years.get(first), years.get(last), last == years.size() - 1 && random.nextBoolean()));
                }
                String prefix = starts[random.nextInt(starts.length)];
                items.add(new SheetRoadmap.Item(category, prefix + category.nameJa() + "の取組 " + (i + 1),
                        "・目指す姿 " + n + "：住民が住み慣れた地域で暮らし続けられる。\n・２行目（全角数字１２３）",
                        random.nextInt(10) == 0 ? null : selectable.get(random.nextInt(selectable.size())),
                        prefix + "推進方策 " + n + "\n" + "関係機関と連携し、".repeat(1 + random.nextInt(12)),
                        arrows));
            }
        }
        return new SheetRoadmap(municipalityName, template, items);
    }
}
