package org.careroadmap.progress;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.jspecify.annotations.Nullable;
import org.careroadmap.reference.CategoryCode;

/**
 * The roll-up of one or many municipalities' year-end evaluations: per category A–H and in total,
 * how many items got each rating, how many are not rated, the share rated as (mostly) achieved
 * (◎ or ○ on the default scale, whatever the scale marks {@code achieved}), and indicators on target.
 */
public final class RollUp {

    /** One item's contribution: its category, its year-end rating (or null) and its indicators' results. */
    public record ItemResult(CategoryCode category, @Nullable String rating, int indicatorsOnTarget,
                             int indicatorsMeasured) {
    }

    /** The figures of one category, or of all of them. */
    public record Tally(Map<String, Integer> perRating, int items, int unrated, int achieved, int indicatorsOnTarget,
                        int indicatorsMeasured) {

        /** The share of rated items rated as achieved, in whole percent; -1 when nothing is rated. */
        public int achievedPercent() {
            int rated = items - unrated;
            return rated == 0 ? -1 : Math.round(100f * achieved / rated);
        }

        public int count(String symbol) {
            return perRating.getOrDefault(symbol, 0);
        }
    }

    private final RatingScale scale;
    private final Map<CategoryCode, Counter> categories = new EnumMap<>(CategoryCode.class);
    private final Counter total;

    public RollUp(RatingScale scale) {
        this.scale = scale;
        this.total = new Counter(scale);
        for (CategoryCode c : CategoryCode.values()) {
            categories.put(c, new Counter(scale));
        }
    }

    public RollUp add(ItemResult item) {
        counter(item.category()).add(item);
        total.add(item);
        return this;
    }

    /** Several items of one category with the same rating (null: not rated), e.g. a row of progress_summary. */
    public RollUp add(CategoryCode category, @Nullable String rating, int items, int indicatorsOnTarget,
                      int indicatorsMeasured) {
        counter(category).add(rating, items, indicatorsOnTarget, indicatorsMeasured);
        total.add(rating, items, indicatorsOnTarget, indicatorsMeasured);
        return this;
    }

    public RollUp addAll(List<ItemResult> items) {
        items.forEach(this::add);
        return this;
    }

    /** Indicator results of items whose category is not known here (items not rated yet): counted in the total only. */
    public RollUp addIndicators(int onTarget, int measured) {
        total.onTarget += onTarget;
        total.measured += measured;
        return this;
    }

    /** Adds another roll-up of the same scale, e.g. a municipality's into the prefecture's. */
    public RollUp merge(RollUp other) {
        for (CategoryCode c : CategoryCode.values()) {
            counter(c).merge(other.counter(c));
        }
        total.merge(other.total);
        return this;
    }

    public Tally category(CategoryCode code) {
        return counter(code).tally();
    }

    private Counter counter(CategoryCode code) {
        return Objects.requireNonNull(categories.get(code), "the constructor gives every category a counter");
    }

    public List<CategoryCode> categories() {
        return List.of(CategoryCode.values());
    }

    public Tally total() {
        return total.tally();
    }

    public List<Rating> ratings() {
        return scale.ratings();
    }

    private static final class Counter {
        private final RatingScale scale;
        private final Map<String, Integer> perRating = new LinkedHashMap<>();
        private int items;
        private int unrated;
        private int achieved;
        private int onTarget;
        private int measured;

        Counter(RatingScale scale) {
            this.scale = scale;
            scale.ratings().forEach(r -> perRating.put(r.symbol(), 0));
        }

        void add(ItemResult item) {
            add(item.rating(), 1, item.indicatorsOnTarget(), item.indicatorsMeasured());
        }

        void add(@Nullable String rating, int count, int indicatorsOnTarget, int indicatorsMeasured) {
            items += count;
            onTarget += indicatorsOnTarget;
            measured += indicatorsMeasured;
            if (rating == null || scale.find(rating).isEmpty()) {
                // A rating no longer on the scale (the scale was edited since) counts as not rated.
                unrated += count;
                return;
            }
            String symbol = scale.find(rating).get().symbol();
            perRating.merge(symbol, count, Integer::sum);
            if (scale.achieved(symbol)) {
                achieved += count;
            }
        }

        void merge(Counter other) {
            other.perRating.forEach((k, v) -> perRating.merge(k, v, Integer::sum));
            items += other.items;
            unrated += other.unrated;
            achieved += other.achieved;
            onTarget += other.onTarget;
            measured += other.measured;
        }

        Tally tally() {
            return new Tally(new LinkedHashMap<>(perRating), items, unrated, achieved, onTarget, measured);
        }
    }
}
