package org.careroadmap.platform;

import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A 都道府県コード (JIS X 0401): two digits from 01 (北海道) to 47 (沖縄県), the first two digits of
 * every municipality code of that prefecture. It lives in the platform, not in reference data,
 * because web controllers and stores of every module check codes from URLs and accounts.
 */
public record PrefectureCode(String value) {

    private static final Pattern TWO_DIGITS = Pattern.compile("\\d{2}");
    private static final int FIRST = 1;
    private static final int LAST = 47;

    public PrefectureCode {
        if (!isValid(value)) {
            throw new InvalidValueException("prefecture.code", value);
        }
    }

    /** Whether the text is exactly a prefecture code: no spaces, no single digit, 01–47. */
    public static boolean isValid(@Nullable String text) {
        if (text == null || !TWO_DIGITS.matcher(text).matches()) {
            return false;
        }
        int number = Integer.parseInt(text);
        return number >= FIRST && number <= LAST;
    }

    public static Optional<PrefectureCode> parse(String text) {
        return isValid(text) ? Optional.of(new PrefectureCode(text)) : Optional.empty();
    }

    /**
     * The first code string after all of this prefecture's municipality codes ("42" gives "43"):
     * the exclusive upper bound of a range query, which can use an index where a LIKE prefix cannot.
     */
    public String upperBound() {
        return String.format("%02d", Integer.parseInt(value) + 1);
    }

    /** Whether a municipality code belongs to this prefecture. */
    public boolean contains(String municipalityCode) {
        return municipalityCode != null && municipalityCode.startsWith(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
