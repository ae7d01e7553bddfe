package org.careroadmap.platform;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.careroadmap.reference.CategoryCode;
import org.careroadmap.reference.FiscalYear;
import org.careroadmap.reference.PlanPeriod;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Domain values as the current reader should see them, for templates ({@code ${@labels.fy(year)}}):
 * Japanese with both the Western and the era year, or English with both.
 */
@Component("labels")
public class Labels {

    private static final DateTimeFormatter JA = DateTimeFormatter.ofPattern("yyyy年M月d日 H:mm");
    private static final DateTimeFormatter EN = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm", Locale.ENGLISH);

    public boolean english() {
        return "en".equals(LocaleContextHolder.getLocale().getLanguage());
    }

    public String fy(FiscalYear year) {
        return year == null ? "" : english() ? year.labelEn() : year.label();
    }

    /** A fiscal-year column heading: {@code 2026年度} over {@code (R8)}, kept short for the timeline. */
    public String fyShort(FiscalYear year) {
        return english() ? "FY" + year.value() : year.value() + "年度";
    }

    public String fyEra(FiscalYear year) {
        String era = year.japaneseEra();
        return "(" + era.substring(0, era.length() - 2) + ")";
    }

    public String period(PlanPeriod period) {
        return english() ? "Plan period " + period.number() : period.planLabel();
    }

    public String category(CategoryCode category) {
        return english() ? category.heading() + " (" + category.nameEn() + ")" : category.heading();
    }

    public String time(Instant instant) {
        if (instant == null) {
            return "";
        }
        return (english() ? EN : JA).format(instant.atZone(PlatformConfiguration.JAPAN));
    }
}
