package org.careroadmap.progress;

import java.sql.Timestamp;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.careroadmap.publication.PortalColumn;
import org.careroadmap.publication.PortalEntry;
import org.careroadmap.publication.PortalSection;
import org.careroadmap.platform.PrefectureCode;
import org.careroadmap.reference.FiscalYear;
import org.careroadmap.roadmap.ListScope;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Progress on the public portal: a municipality's latest published progress report, with the share of
 * items whose year-end self-evaluation counts as achieved on the prefecture's scale (◎○ by default).
 * Only published reports are read, so nothing here is a draft.
 */
@Component
record ProgressPortalSection(NamedParameterJdbcTemplate jdbc, MessageSource messages) implements PortalSection {

    private static final PortalColumn COLUMN = new PortalColumn("progress", 10, "progress.portal.heading");

    private static final String LATEST_PUBLISHED = """
            SELECT r.municipality_code, r.roadmap_id, r.fiscal_year, r.updated_at,
                   (SELECT COUNT(*) FROM progress_evaluation e
                     WHERE e.roadmap_id = r.roadmap_id AND e.fiscal_year = r.fiscal_year
                       AND e.stage = 'YEAR_END' AND e.rating IS NOT NULL) AS rated,
                   (SELECT COUNT(*) FROM progress_evaluation e
                      JOIN progress_rating g ON g.symbol = e.rating AND g.prefecture_code = :prefecture
                     WHERE e.roadmap_id = r.roadmap_id AND e.fiscal_year = r.fiscal_year
                       AND e.stage = 'YEAR_END' AND g.achieved = TRUE) AS achieved
              FROM progress_report r
             WHERE r.status = 'PUBLISHED' AND %s
             ORDER BY r.municipality_code, r.fiscal_year DESC, r.updated_at DESC
            """;

    private record Published(String municipalityCode, long roadmapId, int fiscalYear, Timestamp at, int rated, int achieved) {
    }

    @Override
    public PortalColumn column() {
        return COLUMN;
    }

    /**
     * Newest first per municipality, so the first row of each is its latest published report. The prefecture is
     * its municipalities' range of codes (roadmap's {@link ListScope}), which the code's index serves under any
     * collation, where {@code LIKE '42%'} cannot (as the resource map's ResourceScope).
     */
    @Override
    public Map<String, PortalEntry> forPrefecture(String prefectureCode, Locale locale) {
        if (!PrefectureCode.isValid(prefectureCode)) {
            return Map.of();
        }
        ListScope scope = ListScope.prefecture(prefectureCode);
        Map<String, Object> parameters = scope.parameters();
        parameters.put("prefecture", prefectureCode);
        return PortalSection.firstPerMunicipality(latest(scope.condition("r.municipality_code"), parameters),
                Published::municipalityCode, p -> entry(p, locale));
    }

    /** Every write of progress raises its prefecture's change count, publications and rating scales included. */

    @Override
    public Optional<PortalEntry> forMunicipality(String municipalityCode, Locale locale) {
        if (municipalityCode == null || !municipalityCode.matches("\\d{6}")) {
            return Optional.empty();
        }
        return latest("r.municipality_code = :code", Map.of("prefecture", municipalityCode.substring(0, 2), "code", municipalityCode))
                .stream().findFirst().map(p -> entry(p, locale));
    }

    private List<Published> latest(String condition, Map<String, Object> parameters) {
        return jdbc.query(LATEST_PUBLISHED.formatted(condition), parameters,
                (rs, n) -> new Published(rs.getString("municipality_code"), rs.getLong("roadmap_id"),
                        rs.getInt("fiscal_year"), rs.getTimestamp("updated_at"), rs.getInt("rated"), rs.getInt("achieved")));
    }

    private PortalEntry entry(Published p, Locale locale) {
        FiscalYear year = FiscalYear.of(p.fiscalYear());
        String yearLabel = "en".equals(locale.getLanguage()) ? year.labelEn() : year.label();
        int percent = p.rated() == 0 ? 0 : Math.round(100f * p.achieved() / p.rated());
        String summary = messages.getMessage("progress.portal.summary",
                new Object[] {yearLabel, p.achieved(), p.rated(), percent}, locale);
        return new PortalEntry(summary, "/roadmaps/" + p.roadmapId() + "/progress?year=" + p.fiscalYear(),
                p.at().toInstant());
    }
}
