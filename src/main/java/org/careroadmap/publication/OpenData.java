package org.careroadmap.publication;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.careroadmap.platform.csv.CsvWriter;
import org.careroadmap.reference.CategoryCode;
import org.careroadmap.reference.FiscalYear;
import org.careroadmap.roadmap.Arrow;
import org.careroadmap.roadmap.ListScope;
import org.careroadmap.roadmap.PublishedRoadmaps;
import org.careroadmap.roadmap.RoadmapDocument;
import org.careroadmap.roadmap.RoadmapItem;
import org.springframework.stereotype.Service;
import tools.jackson.databind.ObjectMapper;

/**
 * Open data without an account: every published roadmap of a municipality (6-digit code) or a
 * whole prefecture (2-digit code) as two CSV files — a row per item and a row per arrow, following
 * the 自治体標準オープンデータセット conventions (UTF-8 with BOM, 全国地方公共団体コード first, then ID
 * and 地方公共団体名; fiscal years in 西暦 and 和暦 columns; yes/no as 有/無) — and as JSON; the Excel
 * files are {@link OpenDataWorkbooks}'. Only last published versions.
 */
@Service
public class OpenData {

    /** A file and the name to offer it under, with the version tag it was built from. */
    public record File(String filename, String contentType, byte[] bytes, String tag) {
    }

    static final List<String> ITEM_COLUMNS = List.of("全国地方公共団体コード", "ID", "地方公共団体名", "ロードマップID",
            "様式", "公開版", "公開日", "区分", "区分名", "区分内の順番", "項目", "目指す姿", "達成年度_西暦", "達成年度_和暦",
            "推進方策", "工程の数");
    static final List<String> ARROW_COLUMNS = List.of("全国地方公共団体コード", "ID", "地方公共団体名", "ロードマップID",
            "項目ID", "区分", "項目", "工程", "開始年度_西暦", "開始年度_和暦", "終了年度_西暦", "終了年度_和暦", "継続");

    private final PublishedRoadmaps published;
    private final Portal portal;
    private final PublicationSettings settings;
    private final ObjectMapper json;

    OpenData(PublishedRoadmaps published, Portal portal, PublicationSettings settings, ObjectMapper json) {
        this.published = published;
        this.portal = portal;
        this.settings = settings;
        this.json = json;
    }

    /** One roadmap's last published version; 404 for a roadmap never published. */
    PublishedRoadmaps.Published published(long roadmapId) {
        return published.latest(roadmapId).orElseThrow(() -> new PublicNotFoundException("roadmap " + roadmapId));
    }

    /** The published roadmaps of a code (2 digits: a prefecture; 6: a municipality), in code order. */
    List<PublishedRoadmaps.Published> roadmapsOf(String code) {
        ListScope scope = scopeOf(code);
        List<PublishedRoadmaps.Published> all = new ArrayList<>();
        for (PublishedRoadmaps.Entry e : published.list(scope)) {
            published.latest(e.roadmapId()).ifPresent(all::add);
        }
        return all;
    }

    ListScope scopeOf(String code) {
        if (code != null && code.length() == 2) {
            return ListScope.prefecture(portal.prefectureOrNotFound(code).code());
        }
        return ListScope.municipality(portal.municipalityOrNotFound(code).code());
    }

    public File itemsCsv(String code) {
        List<PublishedRoadmaps.Published> roadmaps = roadmapsOf(code);
        CsvWriter csv = CsvWriter.alwaysQuoted().row(ITEM_COLUMNS);
        for (PublishedRoadmaps.Published p : roadmaps) {
            RoadmapDocument doc = p.document();
            for (CategoryCode category : CategoryCode.values()) {
                int position = 1;
                for (RoadmapItem item : doc.roadmap().itemsIn(category)) {
                    FiscalYear year = item.achievementYear().orElse(null);
                    csv.row(List.of(doc.municipality().code().value(), item.id(), doc.municipality().name(),
                            doc.roadmap().id(), doc.template().name(), p.versionNumber(),
                            JapaneseDates.day(p.publishedAt()).toString(), category.name(), category.nameJa(),
                            position++, item.title(), item.targetVision(), year == null ? "" : year.value(),
                            year == null ? "" : year.japaneseEra(), item.measures(), item.arrows().size()));
                }
            }
        }
        return new File(code + "_care_roadmap_items.csv", "text/csv;charset=UTF-8", csv.bytes(), tag(roadmaps));
    }

    public File arrowsCsv(String code) {
        List<PublishedRoadmaps.Published> roadmaps = roadmapsOf(code);
        CsvWriter csv = CsvWriter.alwaysQuoted().row(ARROW_COLUMNS);
        for (PublishedRoadmaps.Published p : roadmaps) {
            RoadmapDocument doc = p.document();
            for (CategoryCode category : CategoryCode.values()) {
                for (RoadmapItem item : doc.roadmap().itemsIn(category)) {
                    for (Arrow arrow : item.arrows()) {
                        csv.row(List.of(doc.municipality().code().value(), arrow.id(), doc.municipality().name(),
                                doc.roadmap().id(), item.id(), category.name(), item.title(), arrow.label(),
                                arrow.start().value(), arrow.start().japaneseEra(), arrow.end().value(),
                                arrow.end().japaneseEra(), arrow.continues() ? "有" : "無"));
                    }
                }
            }
        }
        return new File(code + "_care_roadmap_arrows.csv", "text/csv;charset=UTF-8", csv.bytes(), tag(roadmaps));
    }

    public File json(String code) {
        List<PublishedRoadmaps.Published> roadmaps = roadmapsOf(code);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("code", code);
        body.put("license", Map.of("name", settings.licenseName(), "url", settings.licenseUrl()));
        List<Object> list = new ArrayList<>();
        for (PublishedRoadmaps.Published p : roadmaps) {
            list.add(roadmapJson(p));
        }
        body.put("roadmaps", list);
        return new File(code + "_care_roadmap.json", "application/json", json.writeValueAsBytes(body), tag(roadmaps));
    }

    private static Map<String, Object> roadmapJson(PublishedRoadmaps.Published p) {
        RoadmapDocument doc = p.document();
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("id", doc.roadmap().id());
        r.put("municipalityCode", doc.municipality().code().value());
        r.put("municipalityName", doc.municipality().name());
        r.put("title", doc.title());
        r.put("template", Map.of("id", doc.template().id(), "name", doc.template().name()));
        r.put("fiscalYears", doc.template().shownYears().stream().map(OpenData::year).toList());
        r.put("version", p.versionNumber());
        r.put("publishedAt", p.publishedAt().toString());
        List<Object> items = new ArrayList<>();
        for (CategoryCode category : CategoryCode.values()) {
            for (RoadmapItem item : doc.roadmap().itemsIn(category)) {
                Map<String, Object> i = new LinkedHashMap<>();
                i.put("id", item.id());
                i.put("category", category.name());
                i.put("categoryName", category.nameJa());
                i.put("title", item.title());
                i.put("targetVision", item.targetVision());
                i.put("achievementYear", item.achievementYear().map(OpenData::year).orElse(null));
                i.put("measures", item.measures());
                List<Object> arrows = new ArrayList<>();
                for (Arrow a : item.arrows()) {
                    Map<String, Object> arrow = new LinkedHashMap<>();
                    arrow.put("id", a.id());
                    arrow.put("label", a.label());
                    arrow.put("startYear", year(a.start()));
                    arrow.put("endYear", year(a.end()));
                    arrow.put("continues", a.continues());
                    arrows.add(arrow);
                }
                i.put("arrows", arrows);
                items.add(i);
            }
        }
        r.put("items", items);
        return r;
    }

    private static Map<String, Object> year(FiscalYear year) {
        return Map.of("western", year.value(), "japanese", year.japaneseEra(), "label", year.label());
    }

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /** Changes whenever any roadmap in the file is published again. */
    static String tag(List<PublishedRoadmaps.Published> roadmaps) {
        StringBuilder s = new StringBuilder();
        roadmaps.forEach(p -> s.append(PublishedPdfs.versionKey(p)).append('|'));
        return Digest.of(s.toString());
    }
}
