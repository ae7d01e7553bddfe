package org.careroadmap.reference;

import org.jspecify.annotations.Nullable;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Domain values as the current reader should see them, for templates ({@code ${@labels.fy(year)}}):
 * Japanese with both the Western and the era year, or English with both.
 */
@Component("labels")
public class Labels {

    private static final java.time.ZoneId JAPAN = java.time.ZoneId.of("Asia/Tokyo");

    private final org.careroadmap.reference.ReferenceData reference;
    private final org.springframework.context.MessageSource messages;

    Labels(org.careroadmap.reference.ReferenceData reference, org.springframework.context.MessageSource messages) {
        this.reference = reference;
        this.messages = messages;
    }

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
        if (english()) {
            String en = year.labelEn();
            return en.substring(en.indexOf('('));
        }
        String era = year.japaneseEra();
        return "(" + era.substring(0, era.length() - 2) + ")";
    }

    public String period(PlanPeriod period) {
        return english() ? "Plan period " + period.number() : period.planLabel();
    }

    public String category(CategoryCode category) {
        return english() ? category.name() + " " + category.nameEn() : category.heading();
    }

    /**
     * A template edition in words: its name (長崎県 推進ロードマップ様式（第8期・第9期）), or in English the plan
     * periods it shows; an id no template has is shown as it is.
     */
    public String template(String templateId) {
        return templateId == null ? "" : reference.template(templateId).map(this::template).orElse(templateId);
    }

    public String template(org.careroadmap.reference.RoadmapTemplate template) {
        if (template == null) {
            return "";
        }
        if (!english()) {
            return template.name();
        }
        java.util.List<PlanPeriod> periods = template.periods();
        return messages.getMessage("template.edition", new Object[] {periods.get(0).number(),
                periods.get(periods.size() - 1).number()}, Locale.ENGLISH);
    }

    /** A municipality's name in the reader's language (壱岐市 / Iki City); an unknown code is shown as it is. */
    public String municipality(String code) {
        if (code == null || code.isBlank()) {
            return "";
        }
        try {
            return reference.municipality(org.careroadmap.reference.MunicipalityCode.parse(code))
                    .map(m -> english() && m.nameEn() != null ? m.nameEn() : m.name()).orElse(code);
        } catch (RuntimeException notACode) {
            return code;
        }
    }

    /**
     * A value recorded in the change history, in words: states (提出済), fiscal years (2026年度(令和8年度)),
     * categories (A 医療), 継続 (あり/なし), template editions. Anything else — what people typed — as it is.
     */
    public String historyValue(String field, String raw) {
        if (raw == null || raw.isEmpty() || field == null) {
            return raw == null ? "" : raw;
        }
        try {
            switch (field) {
                case "status":
                    return java.util.Objects.requireNonNullElse(messages.getMessage("status." + raw, null, raw, LocaleContextHolder.getLocale()), raw);
                case "achievementYear", "startYear", "endYear":
                    return fy(FiscalYear.parse(raw));
                case "category":
                    return category(CategoryCode.parse(raw));
                case "continues":
                    return java.util.Objects.requireNonNullElse(
                            messages.getMessage("history.value.continues." + raw, null, raw, LocaleContextHolder.getLocale()), raw);
                case "template", "templateId":
                    return template(raw);
                default:
                    return raw;
            }
        } catch (RuntimeException notOfThatKind) {
            return raw;
        }
    }

    /**
     * {@code ja} for a value in the change history that people wrote (a 目指す姿, a note) on an English page,
     * so screen readers read it as Japanese; none for values this application puts into words itself.
     */
    public @Nullable String historyValueLang(@Nullable String field) {
        boolean translated = field != null && switch (field) {
            case "status", "achievementYear", "startYear", "endYear", "category", "continues", "template", "templateId" -> true;
            default -> false;
        };
        return english() && !translated ? "ja" : null;
    }

    /**
     * What a roadmap-wide history entry is about, in words: a state (提出済), a template edition (as created),
     * or a carry-forward "edition → edition".
     */
    public String historyTarget(String label) {
        if (label == null) {
            return "";
        }
        if (label.contains(" → ")) {
            String[] parts = label.split(" → ", 2);
            return historyTarget(parts[0]) + " → " + historyTarget(parts[1]);
        }
        for (org.careroadmap.reference.RoadmapTemplate t : reference.templates()) {
            if (t.name().equals(label) || t.id().equals(label)) {
                return template(t);
            }
        }
        return historyValue("status", label);
    }

    /** An arrow's span as the version comparison records it (2024年度(令和6年度)～2026年度(令和8年度)（継続）), in words. */
    public String arrowSpan(String raw) {
        if (raw == null || !raw.contains("～") || !english()) {
            return raw == null ? "" : raw;
        }
        boolean continues = raw.endsWith("（継続）");
        String[] ends = raw.replace("（継続）", "").split("～", 2);
        try {
            return fy(FiscalYear.parse(ends[0])) + " to " + fy(FiscalYear.parse(ends[1]))
                    + (continues ? " (" + messages.getMessage("chart.continues", null, Locale.ENGLISH) + ")" : "");
        } catch (RuntimeException notASpan) {
            return raw;
        }
    }

    /** A day: 2026年4月1日 / 1 Apr 2026 (Japan time). */
    public String date(Instant instant) {
        if (instant == null) {
            return "";
        }
        return (english() ? DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH)
                : DateTimeFormatter.ofPattern("yyyy年M月d日")).format(instant.atZone(JAPAN));
    }

    /** A calendar day such as a deadline: 2026年6月30日 / 30 Jun 2026. */
    public String day(java.time.LocalDate day) {
        if (day == null) {
            return "";
        }
        return (english() ? DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH)
                : DateTimeFormatter.ofPattern("yyyy年M月d日")).format(day);
    }

    public String time(Instant instant) {
        if (instant == null) {
            return "";
        }
        return (english() ? EN : JA).format(instant.atZone(JAPAN));
    }
}
