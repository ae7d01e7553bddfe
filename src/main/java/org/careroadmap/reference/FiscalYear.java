package org.careroadmap.reference;

import org.careroadmap.platform.InvalidValueException;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Japanese fiscal year (年度), April to March, named by the calendar year it starts in.
 * FY2026 is {@code 2026年度(令和8年度)}, 2026-04-01 … 2027-03-31.
 */
public record FiscalYear(int value) implements Comparable<FiscalYear> {

    public static final int MIN = 1989;  // 平成元年度: earlier eras never appear in care-insurance plans
    public static final int MAX = 2200;

    private static final Pattern WESTERN = Pattern.compile("(?:FY)?(\\d{4})(?:年度?)?");
    private static final Pattern ERA = Pattern.compile("(令和|平成|R|H)(\\d{1,2}|元)(?:年度?)?");
    private static final Pattern BOTH = Pattern.compile("(\\d{4})(?:年度?)?\\((令和|平成|R|H)(\\d{1,2}|元)(?:年度?)?\\)");

    public FiscalYear {
        if (value < MIN || value > MAX) {
            throw new InvalidValueException("fiscalYear.outOfRange", value, MIN, MAX);
        }
    }

    public static FiscalYear of(int value) {
        return new FiscalYear(value);
    }

    /** The fiscal year a calendar date falls in. */
    public static FiscalYear containing(LocalDate date) {
        return of(date.getMonthValue() >= 4 ? date.getYear() : date.getYear() - 1);
    }

    /**
     * Reads a fiscal year the way people write it: {@code 2026}, {@code 2026年度}, {@code 令和8年度},
     * {@code R8}, {@code H30}, {@code 令和元年度}, {@code 2026年度(令和8年度)}, in full- or half-width.
     */
    public static FiscalYear parse(String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidValueException("fiscalYear.blank");
        }
        String s = normalise(text);
        Matcher both = BOTH.matcher(s);
        if (both.matches()) {
            FiscalYear western = of(Integer.parseInt(both.group(1)));
            FiscalYear era = fromEra(both.group(2), both.group(3), text);
            if (!western.equals(era)) {
                throw new InvalidValueException("fiscalYear.inconsistent", text.strip());
            }
            return western;
        }
        Matcher western = WESTERN.matcher(s);
        if (western.matches()) {
            return of(Integer.parseInt(western.group(1)));
        }
        Matcher era = ERA.matcher(s);
        if (era.matches()) {
            return fromEra(era.group(1), era.group(2), text);
        }
        throw new InvalidValueException("fiscalYear.unreadable", text.strip());
    }

    private static String normalise(String text) {
        // NFKC folds full-width digits, letters and brackets (２０２６, Ｒ８, （ ）) to ASCII.
        return Normalizer.normalize(text, Normalizer.Form.NFKC)
                .replaceAll("\\s+", "")
                .toUpperCase();
    }

    private static FiscalYear fromEra(String era, String number, String original) {
        int n = "元".equals(number) ? 1 : Integer.parseInt(number);
        if (n < 1) {
            throw new InvalidValueException("fiscalYear.unreadable", original.strip());
        }
        return switch (era) {
            case "令和", "R" -> of(2018 + n);
            case "平成", "H" -> {
                if (n > 31) {
                    throw new InvalidValueException("fiscalYear.unreadable", original.strip());
                }
                yield of(1988 + n);
            }
            default -> throw new InvalidValueException("fiscalYear.unreadable", original.strip());
        };
    }

    /** {@code 令和8年度}; FY2019 is {@code 令和元年度}, FY2018 {@code 平成30年度}. */
    public String japaneseEra() {
        boolean reiwa = value >= 2019;
        int n = reiwa ? value - 2018 : value - 1988;
        return (reiwa ? "令和" : "平成") + (n == 1 ? "元" : Integer.toString(n)) + "年度";
    }

    /** The template's own notation: {@code 2026年度(令和8年度)}. */
    public String label() {
        return value + "年度(" + japaneseEra() + ")";
    }

    /** {@code FY2026 (Reiwa 8)}. */
    public String labelEn() {
        boolean reiwa = value >= 2019;
        int n = reiwa ? value - 2018 : value - 1988;
        return "FY" + value + " (" + (reiwa ? "Reiwa " : "Heisei ") + n + ")";
    }

    public LocalDate firstDay() {
        return LocalDate.of(value, 4, 1);
    }

    public LocalDate lastDay() {
        return LocalDate.of(value + 1, 3, 31);
    }

    public FiscalYear plus(int years) {
        return of(value + years);
    }

    public boolean isAfter(FiscalYear other) {
        return value > other.value;
    }

    public boolean isBefore(FiscalYear other) {
        return value < other.value;
    }

    @Override
    public int compareTo(FiscalYear other) {
        return Integer.compare(value, other.value);
    }

    @Override
    public String toString() {
        return label();
    }
}
