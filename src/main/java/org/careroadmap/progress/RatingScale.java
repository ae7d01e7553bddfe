package org.careroadmap.progress;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.careroadmap.platform.FieldProblem;
import org.careroadmap.platform.InvalidInputException;
import org.careroadmap.platform.InvalidValueException;

/**
 * A prefecture's rating scale for the self-evaluation. It is data, edited by the 県管理者; the
 * default is the national 取組と目標 scale ◎ ○ △ × plus － 未着手.
 */
public record RatingScale(List<Rating> ratings) {

    public static final int MAX_STEPS = 10;

    public RatingScale {
        ratings = List.copyOf(ratings);
        if (ratings.isEmpty() || ratings.size() > MAX_STEPS) {
            throw new InvalidValueException("progress.scale.size", MAX_STEPS);
        }
        Set<String> seen = new HashSet<>();
        for (Rating r : ratings) {
            if (!seen.add(r.symbol())) {
                throw new InvalidValueException("progress.scale.duplicate", r.symbol());
            }
        }
    }

    /**
     * Reads the scale the way the administrator types it, one step per line:
     * {@code ◎ 達成できた 達成}, {@code △ 達成はやや不十分 不十分} — symbol, label, and an optional marker
     * ({@code 達成}/{@code achieved} or {@code 不十分}/{@code shortfall}).
     */
    public static RatingScale parse(@Nullable String text) {
        List<Rating> ratings = new ArrayList<>();
        List<FieldProblem> problems = new ArrayList<>();
        int line = 0;
        for (String raw : (text == null ? "" : text).split("\\R")) {
            line++;
            String s = raw.strip();
            if (s.isEmpty()) {
                continue;
            }
            String[] parts = s.split("[\\s\u3000]+");
            String marker = parts.length >= 3 ? parts[parts.length - 1] : "";
            boolean achieved = marker.equals("達成") || marker.equalsIgnoreCase("achieved");
            boolean shortfall = marker.equals("不十分") || marker.equalsIgnoreCase("shortfall");
            int labelEnd = achieved || shortfall ? parts.length - 1 : parts.length;
            String label = parts.length < 2 ? "" : String.join(" ", java.util.Arrays.copyOfRange(parts, 1, labelEnd));
            try {
                ratings.add(new Rating(parts[0], label, ratings.size() + 1, achieved, shortfall));
            } catch (InvalidValueException e) {
                problems.add(new FieldProblem("scale", "progress.scale.line", List.of(line,
                        new org.springframework.context.support.DefaultMessageSourceResolvable(
                                new String[] {e.messageKey()}, e.arguments()))));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        try {
            return new RatingScale(ratings);
        } catch (InvalidValueException e) {
            throw new InvalidInputException(List.of(FieldProblem.of("scale", e)));
        }
    }

    /** The scale as {@link #parse} reads it back. */
    public String text() {
        StringBuilder s = new StringBuilder();
        for (Rating r : ratings) {
            s.append(r.symbol()).append(' ').append(r.label());
            if (r.achieved()) {
                s.append(" 達成");
            } else if (r.shortfall()) {
                s.append(" 不十分");
            }
            s.append('\n');
        }
        return s.toString();
    }

    public Optional<Rating> find(String symbol) {
        String s = symbol == null ? "" : symbol.strip();
        return ratings.stream().filter(r -> r.symbol().equals(s) || r.label().equals(s)).findFirst();
    }

    /** The rating for what a person chose; a symbol that is not on the scale is refused, naming the scale. */
    public Rating require(String symbol) {
        return find(symbol).orElseThrow(() -> new InvalidValueException("progress.rating.notOnScale",
                symbol == null ? "" : symbol.strip(), symbols()));
    }

    public String symbols() {
        return String.join(" ", ratings.stream().map(Rating::symbol).toList());
    }

    public boolean achieved(String symbol) {
        return find(symbol).map(Rating::achieved).orElse(false);
    }

    public boolean shortfall(String symbol) {
        return find(symbol).map(Rating::shortfall).orElse(false);
    }
}
