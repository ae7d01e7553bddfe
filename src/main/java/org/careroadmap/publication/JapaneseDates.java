package org.careroadmap.publication;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.chrono.JapaneseDate;
import java.time.chrono.JapaneseEra;
import java.time.temporal.ChronoField;

/** Dates as Japanese public documents write them: {@code 令和8年11月30日} (元年 for the first year). */
final class JapaneseDates {

    static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");

    private JapaneseDates() {
    }

    static LocalDate day(Instant instant) {
        return instant.atZone(JAPAN).toLocalDate();
    }

    static String era(LocalDate date) {
        JapaneseDate japanese = JapaneseDate.from(date);
        JapaneseEra era = japanese.getEra();
        int year = japanese.get(ChronoField.YEAR_OF_ERA);
        String eraName = era == JapaneseEra.REIWA ? "令和" : era == JapaneseEra.HEISEI ? "平成" : era.toString();
        return eraName + (year == 1 ? "元" : Integer.toString(year)) + "年" + date.getMonthValue() + "月"
                + date.getDayOfMonth() + "日";
    }

    /** 「令和8年11月30日時点」. */
    static String asOf(LocalDate date) {
        return era(date) + "時点";
    }

    /** The English form, {@code as of 30 November 2026}. */
    static String asOfEn(LocalDate date) {
        return "as of " + date.getDayOfMonth() + " "
                + date.getMonth().getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.ENGLISH) + " "
                + date.getYear();
    }
}
