package org.careroadmap.roadmap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import org.careroadmap.reference.CategoryCode;
import org.careroadmap.reference.FiscalYear;
import org.careroadmap.platform.InvalidValueException;
import org.careroadmap.reference.MunicipalityCode;
import org.careroadmap.reference.PlanPeriod;
import org.careroadmap.reference.RoadmapTemplate;
import org.junit.jupiter.api.Test;

/** The aggregate's whole-list replacement that a confirmed spreadsheet import applies. */
class RoadmapReplaceItemsTest {

    private static final RoadmapTemplate TEMPLATE = new RoadmapTemplate("nagasaki-8-9", "t", PlanPeriod.of(8), 2,
            FiscalYear.of(2018), FiscalYear.of(2026), 40);
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-05-01T00:00:00Z"), ZoneId.of("Asia/Tokyo"));

    private final Roadmap roadmap = Roadmap.start(new MunicipalityCode("422100"), TEMPLATE, CLOCK);

    private static ItemContent item(CategoryCode category, String title) {
        return new ItemContent(category, title, "目指す姿", FiscalYear.of(2026), "推進方策");
    }

    private static ArrowContent arrow(String label, int start, int end, boolean continues) {
        return new ArrowContent(label, new ArrowSpan(FiscalYear.of(start), FiscalYear.of(end)), continues);
    }

    @Test
    void keepsNamedItemsAndTheirArrowsAddsNewOnesAndRemovesTheRest() {
        RoadmapItem kept = roadmap.addItem(item(CategoryCode.A, "退院支援"), TEMPLATE);
        Arrow keptArrow = roadmap.addArrow(kept.id(), arrow("ルール作成", 2021, 2021, false), TEMPLATE);
        RoadmapItem removed = roadmap.addItem(item(CategoryCode.B, "人材確保"), TEMPLATE);

        boolean changed = roadmap.replaceItems(List.of(
                new ItemReplacement(null, item(CategoryCode.C, "介護予防"), List.of(arrow("教室", 2021, 2026, true))),
                new ItemReplacement(kept.id(), item(CategoryCode.A, "退院支援"),
                        List.of(arrow("ルール作成", 2021, 2021, false), arrow("勉強会", 2022, 2026, false)))),
                TEMPLATE);

        assertThat(changed).isTrue();
        assertThat(roadmap.items()).extracting(RoadmapItem::title).containsExactly("退院支援", "介護予防");
        assertThat(roadmap.item(removed.id())).isEmpty();
        RoadmapItem after = roadmap.item(kept.id()).orElseThrow();
        assertThat(after.arrows()).extracting(Arrow::label).containsExactly("ルール作成", "勉強会");
        assertThat(after.arrows().get(0).id()).isEqualTo(keptArrow.id());
        assertThat(roadmap.items().get(1).arrows().get(0).continues()).isTrue();
    }

    @Test
    void reportsNoChangeWhenTheSameItemsAreStatedAgain() {
        RoadmapItem a = roadmap.addItem(item(CategoryCode.A, "退院支援"), TEMPLATE);
        roadmap.addArrow(a.id(), arrow("ルール作成", 2021, 2023, false), TEMPLATE);

        boolean changed = roadmap.replaceItems(List.of(new ItemReplacement(a.id(), item(CategoryCode.A, "退院支援"),
                List.of(arrow("ルール作成", 2021, 2023, false)))), TEMPLATE);

        assertThat(changed).isFalse();
    }

    @Test
    void removesSurplusArrowsOfAKeptItem() {
        RoadmapItem a = roadmap.addItem(item(CategoryCode.A, "退院支援"), TEMPLATE);
        roadmap.addArrow(a.id(), arrow("一", 2021, 2021, false), TEMPLATE);
        roadmap.addArrow(a.id(), arrow("二", 2022, 2022, false), TEMPLATE);

        roadmap.replaceItems(List.of(new ItemReplacement(a.id(), item(CategoryCode.A, "退院支援"),
                List.of(arrow("二", 2022, 2022, false)))), TEMPLATE);

        assertThat(roadmap.item(a.id()).orElseThrow().arrows()).extracting(Arrow::label).containsExactly("二");
    }

    @Test
    void changesNothingWhenAnyArrowLiesOutsideTheTimeline() {
        RoadmapItem a = roadmap.addItem(item(CategoryCode.A, "退院支援"), TEMPLATE);

        assertThatThrownBy(() -> roadmap.replaceItems(List.of(
                new ItemReplacement(null, item(CategoryCode.B, "新しい項目"), List.of()),
                new ItemReplacement(a.id(), item(CategoryCode.A, "変更"), List.of(arrow("外", 2027, 2028, false)))),
                TEMPLATE)).isInstanceOf(InvalidValueException.class);

        assertThat(roadmap.items()).extracting(RoadmapItem::title).containsExactly("退院支援");
    }

    @Test
    void refusesUnknownItemIds() {
        assertThatThrownBy(() -> roadmap.replaceItems(List.of(
                new ItemReplacement("no-such-item", item(CategoryCode.A, "x"), List.of())), TEMPLATE))
                .isInstanceOf(RoadmapPartNotFoundException.class);
    }

    @Test
    void keepsTheStatedOrderWithinEachCategory() {
        roadmap.replaceItems(List.of(
                new ItemReplacement(null, item(CategoryCode.B, "b1"), List.of()),
                new ItemReplacement(null, item(CategoryCode.A, "a2"), List.of()),
                new ItemReplacement(null, item(CategoryCode.A, "a1"), List.of()),
                new ItemReplacement(null, item(CategoryCode.B, "b0"), List.of())), TEMPLATE);

        assertThat(roadmap.items()).extracting(RoadmapItem::title).containsExactly("a2", "a1", "b1", "b0");
    }
}
