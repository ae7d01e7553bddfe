package org.careroadmap.roadmap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

import org.careroadmap.reference.CategoryCode;
import org.careroadmap.reference.FiscalYear;
import org.careroadmap.platform.InvalidValueException;
import org.careroadmap.reference.MunicipalityCode;
import org.careroadmap.reference.PlanPeriod;
import org.careroadmap.reference.RoadmapTemplate;
import org.junit.jupiter.api.Test;

class RoadmapTest {

    private static final RoadmapTemplate TEMPLATE = new RoadmapTemplate("nagasaki-8-9", "t", PlanPeriod.of(8), 2,
            FiscalYear.of(2018), FiscalYear.of(2026), 40);
    private static final Instant NOW = Instant.parse("2026-05-01T00:00:00Z");
    private static final MunicipalityCode IKI = new MunicipalityCode("422100");

    private final Roadmap roadmap = Roadmap.start(IKI, TEMPLATE, Clock.fixed(NOW, ZoneId.of("Asia/Tokyo")));

    private static ItemContent item(CategoryCode category, String title) {
        return new ItemContent(category, title, "目指す姿", FiscalYear.of(2026), "推進方策");
    }

    private static ArrowContent arrow(String label, int start, int end) {
        return new ArrowContent(label, new ArrowSpan(FiscalYear.of(start), FiscalYear.of(end)), false);
    }

    private String add(CategoryCode category, String title) {
        return roadmap.addItem(item(category, title), TEMPLATE).id();
    }

    private java.util.List<String> titles() {
        return roadmap.items().stream().map(RoadmapItem::title).toList();
    }

    @Test
    void startsAnEmptyDraftForTheMunicipalityAndTemplate() {
        assertThat(roadmap.id()).isNull();
        assertThat(roadmap.municipalityCode()).isEqualTo(IKI);
        assertThat(roadmap.templateId()).isEqualTo("nagasaki-8-9");
        assertThat(roadmap.status()).isEqualTo(RoadmapStatus.DRAFT);
        assertThat(roadmap.version()).isZero();
        assertThat(roadmap.createdAt()).isEqualTo(NOW);
        assertThat(roadmap.updatedAt()).isEqualTo(NOW);
        assertThat(roadmap.items()).isEmpty();
    }

    @Test
    void touchRecordsTheTimeOfTheLastChangeOnly() {
        Instant later = NOW.plusSeconds(3600);
        roadmap.touch(Clock.fixed(later, ZoneId.of("UTC")));
        assertThat(roadmap.updatedAt()).isEqualTo(later);
        assertThat(roadmap.createdAt()).isEqualTo(NOW);
    }

    @Test
    void addedItemKeepsWhatWasStated() {
        RoadmapItem added = roadmap.addItem(
                new ItemContent(CategoryCode.A, " 退院支援 ", "円滑な入退院\r\n", FiscalYear.of(2026), "ルール作成"), TEMPLATE);
        assertThat(added.id()).isNotBlank();
        assertThat(roadmap.item(added.id())).containsSame(added);
        assertThat(added.content()).isEqualTo(
                new ItemContent(CategoryCode.A, "退院支援", "円滑な入退院", FiscalYear.of(2026), "ルール作成"));
        assertThat(added.arrows()).isEmpty();
    }

    @Test
    void keepsItemsOrderedByCategoryAndInOrderOfAdditionWithinACategory() {
        add(CategoryCode.C, "C1");
        add(CategoryCode.A, "A1");
        add(CategoryCode.C, "C2");
        add(CategoryCode.A, "A2");
        add(CategoryCode.B, "B1");
        assertThat(titles()).containsExactly("A1", "A2", "B1", "C1", "C2");
        assertThat(roadmap.itemsIn(CategoryCode.C)).extracting(RoadmapItem::title).containsExactly("C1", "C2");
        assertThat(roadmap.itemsIn(CategoryCode.H)).isEmpty();
    }

    @Test
    void acceptsAnItemWithoutAchievementYearAsADraft() {
        RoadmapItem added = roadmap.addItem(new ItemContent(CategoryCode.A, "退院支援", null, null, null), TEMPLATE);
        assertThat(added.achievementYear()).isEmpty();
        assertThat(added.targetVision()).isEmpty();
    }

    @Test
    void refusesAnAchievementYearTheTemplateDoesNotOffer() {
        assertThatThrownBy(() -> roadmap.addItem(
                new ItemContent(CategoryCode.A, "退院支援", "v", FiscalYear.of(2027), "m"), TEMPLATE))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("item.achievementYearNotSelectable");
                    assertThat(e.arguments()).containsExactly("2027年度(令和9年度)", "2018年度(平成30年度)",
                            "2026年度(令和8年度)");
                });
        assertThat(roadmap.items()).isEmpty();
    }

    @Test
    void acceptsAnAchievementYearBeforeTheTimelineWhenTheTemplateOffersIt() {
        RoadmapItem added = roadmap.addItem(
                new ItemContent(CategoryCode.F, "初期集中支援チーム", "v", FiscalYear.of(2018), "m"), TEMPLATE);
        assertThat(added.achievementYear()).contains(FiscalYear.of(2018));
    }

    @Test
    void refusesAnotherTemplateThanItsOwn() {
        RoadmapTemplate other = new RoadmapTemplate("nagasaki-9-10", "t", PlanPeriod.of(9), 2,
                FiscalYear.of(2021), FiscalYear.of(2029), 40);
        assertThatThrownBy(() -> roadmap.addItem(item(CategoryCode.A, "A1"), other))
                .isInstanceOf(IllegalArgumentException.class)
                .isNotInstanceOf(InvalidValueException.class);
        assertThat(roadmap.items()).isEmpty();
    }

    @Test
    void changingAnItemWithinItsCategoryKeepsItsPlace() {
        add(CategoryCode.A, "A1");
        String a2 = add(CategoryCode.A, "A2");
        add(CategoryCode.A, "A3");
        roadmap.changeItem(a2, item(CategoryCode.A, "A2 changed"), TEMPLATE);
        assertThat(titles()).containsExactly("A1", "A2 changed", "A3");
    }

    @Test
    void changingAnItemToAnotherCategoryMovesItToTheEndOfThatCategory() {
        String a1 = add(CategoryCode.A, "A1");
        add(CategoryCode.A, "A2");
        add(CategoryCode.B, "B1");
        add(CategoryCode.B, "B2");
        add(CategoryCode.C, "C1");
        roadmap.changeItem(a1, item(CategoryCode.B, "moved"), TEMPLATE);
        assertThat(titles()).containsExactly("A2", "B1", "B2", "moved", "C1");
        assertThat(roadmap.item(a1).orElseThrow().category()).isEqualTo(CategoryCode.B);
    }

    @Test
    void changingAnItemKeepsItsArrows() {
        String a1 = add(CategoryCode.A, "A1");
        Arrow arrow = roadmap.addArrow(a1, arrow("ルール作成", 2021, 2023), TEMPLATE);
        roadmap.changeItem(a1, item(CategoryCode.B, "moved"), TEMPLATE);
        assertThat(roadmap.item(a1).orElseThrow().arrows()).containsExactly(arrow);
    }

    @Test
    void refusesToChangeAnItemToAYearTheTemplateDoesNotOffer() {
        String a1 = add(CategoryCode.A, "A1");
        assertThatThrownBy(() -> roadmap.changeItem(a1,
                new ItemContent(CategoryCode.A, "A1", "v", FiscalYear.of(2017), "m"), TEMPLATE))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("item.achievementYearNotSelectable"));
        assertThat(roadmap.item(a1).orElseThrow().achievementYear()).contains(FiscalYear.of(2026));
    }

    @Test
    void movesAnItemUpAndDownAmongItsCategory() {
        add(CategoryCode.A, "A1");
        String a2 = add(CategoryCode.A, "A2");
        add(CategoryCode.A, "A3");
        roadmap.moveItem(a2, -1);
        assertThat(titles()).containsExactly("A2", "A1", "A3");
        roadmap.moveItem(a2, +1);
        assertThat(titles()).containsExactly("A1", "A2", "A3");
        roadmap.moveItem(a2, +1);
        assertThat(titles()).containsExactly("A1", "A3", "A2");
    }

    @Test
    void moveTakesOnlyTheDirectionOfItsStep() {
        String a1 = add(CategoryCode.A, "A1");
        add(CategoryCode.A, "A2");
        add(CategoryCode.A, "A3");
        roadmap.moveItem(a1, 5);
        assertThat(titles()).containsExactly("A2", "A1", "A3");
    }

    @Test
    void doesNotMoveAnItemOutOfItsCategory() {
        add(CategoryCode.A, "A1");
        String a2 = add(CategoryCode.A, "A2");
        String b1 = add(CategoryCode.B, "B1");
        add(CategoryCode.B, "B2");
        roadmap.moveItem(a2, +1);
        assertThat(titles()).containsExactly("A1", "A2", "B1", "B2");
        roadmap.moveItem(b1, -1);
        assertThat(titles()).containsExactly("A1", "A2", "B1", "B2");
    }

    @Test
    void removesAnItem() {
        String a1 = add(CategoryCode.A, "A1");
        add(CategoryCode.A, "A2");
        roadmap.removeItem(a1);
        assertThat(titles()).containsExactly("A2");
        assertThat(roadmap.item(a1)).isEmpty();
    }

    @Test
    void refusesUnknownItemIds() {
        add(CategoryCode.A, "A1");
        assertThatThrownBy(() -> roadmap.removeItem("nope"))
                .isInstanceOfSatisfying(RoadmapPartNotFoundException.class, e -> assertThat(e.part()).isEqualTo("item"));
        assertThatThrownBy(() -> roadmap.moveItem("nope", 1))
                .isInstanceOfSatisfying(RoadmapPartNotFoundException.class, e -> assertThat(e.part()).isEqualTo("item"));
        assertThatThrownBy(() -> roadmap.changeItem("nope", item(CategoryCode.A, "x"), TEMPLATE))
                .isInstanceOfSatisfying(RoadmapPartNotFoundException.class, e -> assertThat(e.part()).isEqualTo("item"));
        assertThatThrownBy(() -> roadmap.addArrow("nope", arrow("x", 2021, 2022), TEMPLATE))
                .isInstanceOfSatisfying(RoadmapPartNotFoundException.class, e -> assertThat(e.part()).isEqualTo("item"));
        assertThat(titles()).containsExactly("A1");
    }

    @Test
    void addsArrowsToAnItemInOrder() {
        String a1 = add(CategoryCode.A, "A1");
        Arrow first = roadmap.addArrow(a1, arrow("入退院支援ルールの作成・周知", 2021, 2022), TEMPLATE);
        Arrow second = roadmap.addArrow(a1, new ArrowContent("勉強会を開催（年２回）",
                new ArrowSpan(FiscalYear.of(2023), FiscalYear.of(2026)), true), TEMPLATE);
        RoadmapItem item = roadmap.item(a1).orElseThrow();
        assertThat(item.arrows()).containsExactly(first, second);
        assertThat(item.arrow(second.id())).containsSame(second);
        assertThat(second.label()).isEqualTo("勉強会を開催（年２回）");
        assertThat(second.start()).isEqualTo(FiscalYear.of(2023));
        assertThat(second.end()).isEqualTo(FiscalYear.of(2026));
        assertThat(second.continues()).isTrue();
        assertThat(first.continues()).isFalse();
    }

    @Test
    void refusesArrowsOutsideTheShownYears() {
        String a1 = add(CategoryCode.A, "A1");
        assertThatThrownBy(() -> roadmap.addArrow(a1, arrow("early", 2020, 2022), TEMPLATE))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("arrow.outsideTimeline");
                    assertThat(e.arguments()).containsExactly("2021年度(令和3年度)", "2026年度(令和8年度)");
                });
        assertThatThrownBy(() -> roadmap.addArrow(a1, arrow("late", 2024, 2027), TEMPLATE))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("arrow.outsideTimeline"));
        assertThat(roadmap.item(a1).orElseThrow().arrows()).isEmpty();
    }

    @Test
    void changesAnArrow() {
        String a1 = add(CategoryCode.A, "A1");
        Arrow arrow = roadmap.addArrow(a1, arrow("old", 2021, 2022), TEMPLATE);
        roadmap.changeArrow(a1, arrow.id(), new ArrowContent("new",
                new ArrowSpan(FiscalYear.of(2024), FiscalYear.of(2026)), true), TEMPLATE);
        Arrow changed = roadmap.item(a1).orElseThrow().arrow(arrow.id()).orElseThrow();
        assertThat(changed.content()).isEqualTo(new ArrowContent("new",
                new ArrowSpan(FiscalYear.of(2024), FiscalYear.of(2026)), true));
    }

    @Test
    void refusesToChangeAnArrowToOutsideTheShownYears() {
        String a1 = add(CategoryCode.A, "A1");
        Arrow arrow = roadmap.addArrow(a1, arrow("old", 2021, 2022), TEMPLATE);
        assertThatThrownBy(() -> roadmap.changeArrow(a1, arrow.id(), arrow("new", 2019, 2022), TEMPLATE))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("arrow.outsideTimeline"));
        assertThat(arrow.content()).isEqualTo(arrow("old", 2021, 2022));
    }

    @Test
    void removesAnArrow() {
        String a1 = add(CategoryCode.A, "A1");
        Arrow first = roadmap.addArrow(a1, arrow("first", 2021, 2022), TEMPLATE);
        Arrow second = roadmap.addArrow(a1, arrow("second", 2023, 2024), TEMPLATE);
        roadmap.removeArrow(a1, first.id());
        assertThat(roadmap.item(a1).orElseThrow().arrows()).containsExactly(second);
    }

    @Test
    void refusesUnknownArrowIdsAndArrowsOfAnotherItem() {
        String a1 = add(CategoryCode.A, "A1");
        String a2 = add(CategoryCode.A, "A2");
        Arrow ofA2 = roadmap.addArrow(a2, arrow("x", 2021, 2022), TEMPLATE);
        assertThatThrownBy(() -> roadmap.removeArrow(a1, ofA2.id()))
                .isInstanceOfSatisfying(RoadmapPartNotFoundException.class, e -> assertThat(e.part()).isEqualTo("arrow"));
        assertThatThrownBy(() -> roadmap.changeArrow(a1, "nope", arrow("y", 2021, 2022), TEMPLATE))
                .isInstanceOfSatisfying(RoadmapPartNotFoundException.class, e -> assertThat(e.part()).isEqualTo("arrow"));
        assertThatThrownBy(() -> roadmap.removeArrow("nope", ofA2.id()))
                .isInstanceOfSatisfying(RoadmapPartNotFoundException.class, e -> assertThat(e.part()).isEqualTo("item"));
        assertThat(roadmap.item(a2).orElseThrow().arrows()).containsExactly(ofA2);
    }

    @Test
    void itemsCannotBeChangedThroughTheReturnedList() {
        add(CategoryCode.A, "A1");
        assertThatThrownBy(() -> roadmap.items().clear()).isInstanceOf(UnsupportedOperationException.class);
    }
}
