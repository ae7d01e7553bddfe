package org.careroadmap.publication;

import java.time.Instant;
import java.time.LocalDate;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Dates on public pages in the reader's language, for templates ({@code ${@publicDates.asOf(page.asOf)}}):
 * 「令和8年11月30日時点」 or "as of 30 November 2026"; publication days as {@code 令和8年11月30日}
 * (2026-11-30) or {@code 30 November 2026}.
 */
@Component("publicDates")
public class PublicDates {

    public String asOf(LocalDate date) {
        return english() ? JapaneseDates.asOfEn(date) : JapaneseDates.asOf(date);
    }

    public String asOf(Instant instant) {
        return asOf(JapaneseDates.day(instant));
    }

    public String day(Instant instant) {
        if (instant == null) {
            return "";
        }
        return day(JapaneseDates.day(instant));
    }

    public String day(LocalDate date) {
        return english() ? JapaneseDates.asOfEn(date).substring(6) : JapaneseDates.era(date) + "（" + date + "）";
    }

    /** The machine-readable form for {@code <time datetime>}. */
    public String iso(Instant instant) {
        return instant == null ? "" : JapaneseDates.day(instant).toString();
    }

    private static boolean english() {
        return "en".equals(LocaleContextHolder.getLocale().getLanguage());
    }
}
