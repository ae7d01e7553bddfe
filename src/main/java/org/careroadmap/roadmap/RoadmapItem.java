package org.careroadmap.roadmap;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.careroadmap.reference.CategoryCode;
import org.careroadmap.reference.FiscalYear;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/** One item (項目) of a roadmap: a row of the sheet with its vision, year, measures and arrows. */
@Table("roadmap_item")
public class RoadmapItem {

    @Id
    private final String id;
    private CategoryCode category;
    private String title;
    private String targetVision;
    private @Nullable Integer achievementYear;
    private String measures;
    /** The line of the item this one was carried forward from (V213); null for the first of a line and older rows. */
    private final @Nullable String lineage;
    @MappedCollection(idColumn = "roadmap_item_id", keyColumn = "position")
    private final List<Arrow> arrows;

    RoadmapItem(String id, CategoryCode category, String title, String targetVision, @Nullable Integer achievementYear,
                String measures, List<Arrow> arrows) {
        this(id, category, title, targetVision, achievementYear, measures, null, arrows);
    }

    @PersistenceCreator
    RoadmapItem(String id, CategoryCode category, String title, String targetVision, @Nullable Integer achievementYear,
                String measures, @Nullable String lineage, List<Arrow> arrows) {
        this.id = id;
        this.lineage = lineage;
        this.arrows = new ArrayList<>(arrows == null ? List.of() : arrows);
        write(category, title, targetVision, achievementYear, measures);
    }

    static RoadmapItem create(ItemContent content) {
        return create(content, null);
    }

    /** A new item; {@code lineage} is the line of the item it is carried forward from (null: a new line). */
    static RoadmapItem create(ItemContent content, @Nullable String lineage) {
        return new RoadmapItem(UUID.randomUUID().toString(), content.category(), content.title(), content.targetVision(),
                yearValue(content), content.measures(), lineage, List.of());
    }

    void change(ItemContent content) {
        write(content.category(), content.title(), content.targetVision(), yearValue(content), content.measures());
    }

    /** The one place the item's content columns are written: when it is loaded, created or changed. */
    private void write(CategoryCode category, String title, String targetVision, @Nullable Integer achievementYear,
                       String measures) {
        this.category = category;
        this.title = title;
        this.targetVision = targetVision;
        this.achievementYear = achievementYear;
        this.measures = measures;
    }

    private static @Nullable Integer yearValue(ItemContent content) {
        FiscalYear year = content.achievementYear();
        return year == null ? null : year.value();
    }

    Arrow addArrow(ArrowContent content) {
        Arrow arrow = Arrow.create(content);
        arrows.add(arrow);
        return arrow;
    }

    /** Makes the arrows exactly {@code contents}, in order, keeping the arrows already in each position. */
    void replaceArrows(List<ArrowContent> contents) {
        for (int i = 0; i < contents.size(); i++) {
            if (i < arrows.size()) {
                if (!arrows.get(i).content().equals(contents.get(i))) {
                    arrows.get(i).change(contents.get(i));
                }
            } else {
                arrows.add(Arrow.create(contents.get(i)));
            }
        }
        while (arrows.size() > contents.size()) {
            arrows.remove(arrows.size() - 1);
        }
    }

    void removeArrow(Arrow arrow) {
        arrows.remove(arrow);
    }

    Arrow requireArrow(String arrowId) {
        return arrow(arrowId).orElseThrow(() -> new RoadmapPartNotFoundException("arrow", arrowId));
    }

    public Optional<Arrow> arrow(String arrowId) {
        return arrows.stream().filter(a -> a.id().equals(arrowId)).findFirst();
    }

    public String id() {
        return id;
    }

    public CategoryCode category() {
        return category;
    }

    /**
     * The line this item belongs to across plan periods: the lineage it was carried forward with, else its own id
     * (the first of its line). Its copy in the next period's draft gets the same value.
     */
    public String line() {
        return lineage == null ? id : lineage;
    }

    /** The lineage as stored: null for the first of a line and for rows from before V213 (a frozen copy keeps it as is). */
    @Nullable String lineage() {
        return lineage;
    }

    /** Whether this item knows the line it was carried from; rows from before V213 do not, and are matched by 項目. */
    public boolean carriedWithLineage() {
        return lineage != null;
    }

    public String title() {
        return title;
    }

    public String targetVision() {
        return targetVision;
    }

    public Optional<FiscalYear> achievementYear() {
        return Optional.ofNullable(achievementYear).map(FiscalYear::of);
    }

    public String measures() {
        return measures;
    }

    public List<Arrow> arrows() {
        return Collections.unmodifiableList(arrows);
    }

    public ItemContent content() {
        return new ItemContent(category, title, targetVision, achievementYear == null ? null : FiscalYear.of(achievementYear),
                measures);
    }
}
