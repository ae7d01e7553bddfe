package org.careroadmap.reference;

import org.careroadmap.platform.InvalidValueException;

import java.text.Normalizer;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

/**
 * A 介護保険事業計画 period (第N期): three fiscal years, 第1期 being FY2000–2002,
 * so 第8期 is FY2021–2023 and 第9期 FY2024–2026.
 */
public record PlanPeriod(int number) implements Comparable<PlanPeriod> {

    private static final int FIRST_YEAR = 2000;
    private static final int LENGTH = 3;
    private static final Pattern NAME = Pattern.compile("第?(\\d{1,2})期?(?:計画)?");

    public PlanPeriod {
        if (number < 1 || number > 60) {
            throw new InvalidValueException("planPeriod.outOfRange", number);
        }
    }

    public static PlanPeriod of(int number) {
        return new PlanPeriod(number);
    }

    public static PlanPeriod containing(FiscalYear year) {
        if (year.value() < FIRST_YEAR) {
            throw new InvalidValueException("planPeriod.beforeInsurance", year.value());
        }
        return of((year.value() - FIRST_YEAR) / LENGTH + 1);
    }

    /** Reads {@code 第9期}, {@code 第９期計画} or {@code 9}. */
    public static PlanPeriod parse(String text) {
        String s = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFKC).replaceAll("\\s+", "");
        Matcher m = NAME.matcher(s);
        if (!m.matches()) {
            throw new InvalidValueException("planPeriod.unreadable", text);
        }
        return of(Integer.parseInt(m.group(1)));
    }

    public FiscalYear firstYear() {
        return FiscalYear.of(FIRST_YEAR + LENGTH * (number - 1));
    }

    public FiscalYear lastYear() {
        return firstYear().plus(LENGTH - 1);
    }

    public List<FiscalYear> years() {
        return IntStream.range(0, LENGTH).mapToObj(i -> firstYear().plus(i)).toList();
    }

    public boolean contains(FiscalYear year) {
        return !year.isBefore(firstYear()) && !year.isAfter(lastYear());
    }

    public PlanPeriod next() {
        return of(number + 1);
    }

    /** {@code 第9期}. */
    public String label() {
        return "第" + number + "期";
    }

    /** The sheet's column-group heading, {@code 第9期計画}. */
    public String planLabel() {
        return label() + "計画";
    }

    public String labelEn() {
        return "Plan period " + number + " (FY" + firstYear().value() + "–" + lastYear().value() + ")";
    }

    @Override
    public int compareTo(PlanPeriod other) {
        return Integer.compare(number, other.number);
    }
}
