package org.careroadmap.progress;

import org.careroadmap.platform.InvalidValueException;

/**
 * One step of a rating scale, e.g. ◎ 達成できた. {@code achieved} counts it in the share rated as
 * (mostly) achieved; {@code shortfall} marks an item to look at again when the plan is carried forward.
 */
public record Rating(String symbol, String label, int position, boolean achieved, boolean shortfall) {

    public static final int SYMBOL_MAX = 4;
    public static final int LABEL_MAX = 40;

    public Rating {
        symbol = symbol == null ? "" : symbol.strip();
        label = label == null ? "" : label.strip();
        if (symbol.isEmpty() || symbol.length() > SYMBOL_MAX) {
            throw new InvalidValueException("progress.scale.symbol", SYMBOL_MAX);
        }
        if (label.isEmpty() || label.length() > LABEL_MAX) {
            throw new InvalidValueException("progress.scale.label", LABEL_MAX);
        }
        if (achieved && shortfall) {
            throw new InvalidValueException("progress.scale.achievedAndShortfall", symbol);
        }
    }
}
