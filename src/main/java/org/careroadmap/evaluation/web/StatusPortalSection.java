package org.careroadmap.evaluation.web;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.careroadmap.evaluation.EvaluationView;
import org.careroadmap.evaluation.EvaluationViews;
import org.careroadmap.publication.PortalColumn;
import org.careroadmap.publication.PortalEntry;
import org.careroadmap.publication.PortalSection;
import org.careroadmap.reference.FiscalYear;
import org.careroadmap.reference.ReferenceData;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The 構築状況 on the public portal: per municipality its latest published year, how many of its 日常生活圏域
 * are 「概ね構築」 and the overall achievement, linking to the public page. Published evaluations only.
 */
@Component
record StatusPortalSection(EvaluationViews evaluations, ReferenceData reference,
                           MessageSource messages) implements PortalSection {

    private static final PortalColumn COLUMN = new PortalColumn("evaluation", 20, "evaluation.portal.heading");

    @Override
    public PortalColumn column() {
        return COLUMN;
    }

    @Override
    public Map<String, PortalEntry> forPrefecture(String prefectureCode, Locale locale) {
        Map<String, PortalEntry> entries = new LinkedHashMap<>();
        reference.municipalitiesOf(prefectureCode).forEach(m ->
                forMunicipality(m.code().value(), locale).ifPresent(e -> entries.put(m.code().value(), e)));
        return entries;
    }

    /** Published evaluations do not change; publishing or withdrawing one changes this. */

    @Override
    public Optional<PortalEntry> forMunicipality(String municipalityCode, Locale locale) {
        var years = evaluations.publishedYears(municipalityCode);
        if (years.isEmpty()) {
            return Optional.empty();
        }
        FiscalYear year = years.get(0);
        EvaluationView view = evaluations.published(municipalityCode, year);
        String label = "en".equals(locale.getLanguage()) ? year.labelEn() : year.label();
        String summary = messages.getMessage("evaluation.portal.summary", new Object[] {label, view.mostlyBuiltAreas(),
                view.areas().size(), view.achievement().overallPercent()}, locale);
        return evaluations.publishedAt(municipalityCode, year)
                .map(at -> new PortalEntry(summary, "/status/" + municipalityCode + "/" + year.value(), at));
    }
}
