package org.careroadmap.reference;

import java.util.List;
import java.util.Optional;

import org.careroadmap.platform.TransactionMemory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads the reference tables every other module builds on: municipalities and template editions. */
@Service
@Transactional(readOnly = true)
public class ReferenceData {

    private final JdbcClient jdbc;

    ReferenceData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Municipality> municipalities() {
        return jdbc.sql("SELECT code, name, name_en, prefecture_code FROM municipality ORDER BY code")
                .query(ReferenceData::municipality)
                .list();
    }

    /** The municipalities with these codes (unknown codes are left out). */
    public List<Municipality> municipalities(java.util.Collection<String> codes) {
        if (codes.isEmpty()) {
            return List.of();
        }
        List<Municipality> found = new java.util.ArrayList<>();
        List<String> all = List.copyOf(codes);
        for (int from = 0; from < all.size(); from += 500) {
            found.addAll(jdbc.sql("SELECT code, name, name_en, prefecture_code FROM municipality WHERE code IN (:codes) ORDER BY code")
                    .param("codes", all.subList(from, Math.min(all.size(), from + 500)))
                    .query(ReferenceData::municipality)
                    .list());
        }
        return found;
    }

    /** One prefecture's municipalities, by code. */
    public List<Municipality> municipalitiesOf(String prefectureCode) {
        return jdbc.sql("SELECT code, name, name_en, prefecture_code FROM municipality WHERE prefecture_code = ? ORDER BY code")
                .param(prefectureCode)
                .query(ReferenceData::municipality)
                .list();
    }

    /** The municipality, read once per transaction: a use case and its helpers (and a batch of writes) ask often. */
    public Optional<Municipality> municipality(MunicipalityCode code) {
        return TransactionMemory.remembered(new ReadMunicipality(code), () -> jdbc.sql(
                        "SELECT code, name, name_en, prefecture_code FROM municipality WHERE code = ?")
                .param(code.value())
                .query(ReferenceData::municipality)
                .optional());
    }

    /** A municipality read in this transaction (reference data change only by migrations and data-set loads). */
    private record ReadMunicipality(MunicipalityCode code) {
    }

    private static Municipality municipality(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new Municipality(new MunicipalityCode(rs.getString(1)), rs.getString(2), rs.getString(3), rs.getString(4));
    }

    /** The prefectures that have municipalities here, by code. */
    public List<Prefecture> prefecturesWithMunicipalities() {
        return jdbc.sql("""
                SELECT code, name, name_en FROM prefecture p
                WHERE EXISTS (SELECT 1 FROM municipality m WHERE m.prefecture_code = p.code) ORDER BY code""")
                .query((rs, n) -> new Prefecture(rs.getString(1), rs.getString(2), rs.getString(3)))
                .list();
    }

    /** Every prefecture, by code. */
    public List<Prefecture> prefectures() {
        return jdbc.sql("SELECT code, name, name_en FROM prefecture ORDER BY code")
                .query((rs, n) -> new Prefecture(rs.getString(1), rs.getString(2), rs.getString(3)))
                .list();
    }

    public Optional<Prefecture> prefecture(String code) {
        return jdbc.sql("SELECT code, name, name_en FROM prefecture WHERE code = ?").param(code)
                .query((rs, n) -> new Prefecture(rs.getString(1), rs.getString(2), rs.getString(3)))
                .optional();
    }

    public PublicationRule publicationRule(String prefectureCode) {
        return jdbc.sql("SELECT publication_by FROM prefecture WHERE code = ?").param(prefectureCode)
                .query(String.class).optional().map(PublicationRule::valueOf).orElse(PublicationRule.PREFECTURE);
    }

    /** The template editions, read once per transaction: every roadmap read asks for its edition. */
    public List<RoadmapTemplate> templates() {
        return TransactionMemory.remembered(ReadTemplates.ALL, () -> List.copyOf(readTemplates()));
    }

    /** The template editions read in this transaction. */
    private enum ReadTemplates { ALL }

    private List<RoadmapTemplate> readTemplates() {
        return jdbc.sql("""
                SELECT id, name, first_period, period_count, selectable_from, selectable_to, arrow_label_max_length
                FROM roadmap_template ORDER BY first_period, id""")
                .query((rs, n) -> new RoadmapTemplate(rs.getString(1), rs.getString(2), PlanPeriod.of(rs.getInt(3)),
                        rs.getInt(4), FiscalYear.of(rs.getInt(5)), FiscalYear.of(rs.getInt(6)), rs.getInt(7)))
                .list();
    }

    public Optional<RoadmapTemplate> template(String id) {
        return templates().stream().filter(t -> t.id().equals(id)).findFirst();
    }
}
