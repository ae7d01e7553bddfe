package org.careroadmap.publication;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.careroadmap.reference.Municipality;
import org.careroadmap.reference.Prefecture;
import org.careroadmap.reference.ReferenceData;
import org.careroadmap.roadmap.ListScope;
import org.careroadmap.roadmap.PublishedRoadmaps;
import org.springframework.stereotype.Service;
import org.springframework.web.util.HtmlUtils;

/**
 * The data catalogue: one dataset per prefecture (all its published roadmaps in one file) and one
 * per municipality with a published roadmap, each with its files (distributions). Shown as a page,
 * written as DCAT in JSON-LD for the national and prefectural catalogue sites to harvest, and the
 * publications as an Atom feed.
 */
@Service
public class Catalogue {

    /** A file of a dataset: its title, address (path inside the application) and media type. */
    public record Distribution(String title, String path, String mediaType, String format) {
    }

    /** A dataset: whose, when last published, where its page is and which files it has. */
    public record Dataset(String identifier, String title, String code, Instant modified, String landingPage,
                          List<Distribution> distributions) {
    }

    private final PublishedRoadmaps published;
    private final ReferenceData reference;
    private final PublicationSettings settings;

    Catalogue(PublishedRoadmaps published, ReferenceData reference, PublicationSettings settings) {
        this.published = published;
        this.reference = reference;
        this.settings = settings;
    }

    /** The license every data set and file of the catalogue is offered under (a setting). */
    public PublicationSettings license() {
        return settings;
    }

    /**
     * Every data set: per prefecture with a published roadmap, the prefecture's, then its municipalities'. One
     * query over the whole country (issue 13: one per prefecture took 1.6 s on the national data set).
     */
    public List<Dataset> datasets() {
        Map<String, List<PublishedRoadmaps.Entry>> byPrefecture = new LinkedHashMap<>();
        for (PublishedRoadmaps.Entry e : published.list(ListScope.everywhere())) {
            byPrefecture.computeIfAbsent(e.municipalityCode().substring(0, 2), c -> new ArrayList<>()).add(e);
        }
        List<Dataset> datasets = new ArrayList<>();
        for (Prefecture prefecture : reference.prefecturesWithMunicipalities()) {
            List<PublishedRoadmaps.Entry> entries = byPrefecture.get(prefecture.code());
            if (entries != null) {
                datasets.add(prefectureDataset(prefecture, entries));
                datasets.addAll(municipalityDatasets(entries));
            }
        }
        return datasets;
    }

    private static Dataset prefectureDataset(Prefecture prefecture, List<PublishedRoadmaps.Entry> entries) {
        String code = prefecture.code();
        List<Distribution> files = new ArrayList<>(tables(code));
        files.add(new Distribution("Excel（県の様式）", "/opendata/" + code + "/roadmaps.xlsx", OpenData.XLSX, "XLSX"));
        files.add(new Distribution("PDF（冊子）", "/public/" + code + "/booklet.pdf", "application/pdf", "PDF"));
        return new Dataset(code + "_care_roadmap", prefecture.name() + " 地域包括ケアシステム推進ロードマップ（県内すべて）",
                code, newest(entries), "/public/" + code, files);
    }

    /** One data set per 市町 with a published roadmap: its tables, and an Excel file and a PDF per edition. */
    private List<Dataset> municipalityDatasets(List<PublishedRoadmaps.Entry> entries) {
        Map<String, List<PublishedRoadmaps.Entry>> byMunicipality = new LinkedHashMap<>();
        entries.forEach(e -> byMunicipality.computeIfAbsent(e.municipalityCode(), c -> new ArrayList<>()).add(e));
        List<Dataset> datasets = new ArrayList<>();
        for (Municipality m : reference.municipalities(byMunicipality.keySet())) {
            String code = m.code().value();
            List<PublishedRoadmaps.Entry> list = byMunicipality.getOrDefault(code, List.of());
            List<Distribution> files = new ArrayList<>(tables(code));
            for (PublishedRoadmaps.Entry e : list) {
                String edition = reference.template(e.templateId()).map(t -> t.name()).orElse(e.templateId());
                files.add(new Distribution("Excel（" + edition + "）", "/opendata/roadmaps/" + e.roadmapId() + "/roadmap.xlsx",
                        OpenData.XLSX, "XLSX"));
                files.add(new Distribution("PDF（" + edition + "）", "/public/roadmaps/" + e.roadmapId() + "/chart.pdf",
                        "application/pdf", "PDF"));
            }
            datasets.add(new Dataset(code + "_care_roadmap", m.name() + " 地域包括ケアシステム推進ロードマップ", code,
                    newest(list), "/public/" + code, files));
        }
        return datasets;
    }

    /** The item and arrow CSVs and the JSON of a prefecture (2 digits) or a municipality (6). */
    private static List<Distribution> tables(String code) {
        return List.of(
                new Distribution("項目一覧 CSV", "/opendata/" + code + "/roadmap_items.csv", "text/csv", "CSV"),
                new Distribution("工程一覧 CSV", "/opendata/" + code + "/roadmap_arrows.csv", "text/csv", "CSV"),
                new Distribution("JSON", "/opendata/" + code + "/roadmaps.json", "application/json", "JSON"));
    }

    private static Instant newest(List<PublishedRoadmaps.Entry> entries) {
        return entries.stream().map(PublishedRoadmaps.Entry::publishedAt).max(Instant::compareTo).orElseThrow();
    }

    /** DCAT (W3C Data Catalog Vocabulary) in JSON-LD, with absolute addresses under {@code base}. */
    public Map<String, Object> dcat(String base) {
        List<Dataset> datasets = datasets();
        Map<String, Object> catalog = new LinkedHashMap<>();
        catalog.put("@context", Map.of("dcat", "http://www.w3.org/ns/dcat#", "dct", "http://purl.org/dc/terms/",
                "foaf", "http://xmlns.com/foaf/0.1/"));
        catalog.put("@id", base + "/opendata/catalog.jsonld");
        catalog.put("@type", "dcat:Catalog");
        catalog.put("dct:title", "地域包括ケアシステム推進ロードマップ オープンデータ");
        catalog.put("dct:license", Map.of("@id", settings.licenseUrl()));
        catalog.put("foaf:homepage", Map.of("@id", base + "/opendata"));
        // The catalogue changed when its newest data set did (not at each request: it is kept per version).
        catalog.put("dct:modified", datasets.stream().map(Dataset::modified).max(Instant::compareTo)
                .orElse(Instant.EPOCH).toString());
        List<Object> list = new ArrayList<>();
        for (Dataset d : datasets) {
            list.add(dcatDataset(d, base));
        }
        catalog.put("dcat:dataset", list);
        return catalog;
    }

    private Map<String, Object> dcatDataset(Dataset d, String base) {
        Map<String, Object> dataset = new LinkedHashMap<>();
        dataset.put("@id", base + d.landingPage() + "#dataset");
        dataset.put("@type", "dcat:Dataset");
        dataset.put("dct:identifier", d.identifier());
        dataset.put("dct:title", d.title());
        dataset.put("dct:spatial", d.code());
        dataset.put("dct:modified", d.modified().toString());
        dataset.put("dct:license", Map.of("@id", settings.licenseUrl()));
        dataset.put("dcat:keyword", List.of("地域包括ケアシステム", "推進ロードマップ", "介護保険事業計画"));
        dataset.put("dcat:landingPage", Map.of("@id", base + d.landingPage()));
        List<Object> files = new ArrayList<>();
        for (Distribution f : d.distributions()) {
            Map<String, Object> file = new LinkedHashMap<>();
            file.put("@type", "dcat:Distribution");
            file.put("dct:title", f.title());
            file.put("dcat:downloadURL", Map.of("@id", base + f.path()));
            file.put("dcat:mediaType", f.mediaType());
            file.put("dct:format", f.format());
            file.put("dct:license", Map.of("@id", settings.licenseUrl()));
            files.add(file);
        }
        dataset.put("dcat:distribution", files);
        return dataset;
    }

    /** The newest publications as an Atom feed (RFC 4287), newest first. */
    public String atom(String base) {
        List<PublishedRoadmaps.RecentPublication> recent = published.recent(ListScope.everywhere(), 100);
        Map<String, Municipality> municipalities = new LinkedHashMap<>();
        reference.municipalities(recent.stream().map(PublishedRoadmaps.RecentPublication::municipalityCode).distinct().toList())
                .forEach(m -> municipalities.put(m.code().value(), m));
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"ja\">\n")
                .append("  <title>地域包括ケアシステム推進ロードマップの公開</title>\n")
                .append("  <id>").append(esc(base)).append("/opendata/feed.atom</id>\n")
                .append("  <link rel=\"self\" href=\"").append(esc(base)).append("/opendata/feed.atom\"/>\n")
                .append("  <link rel=\"alternate\" href=\"").append(esc(base)).append("/opendata\"/>\n")
                .append("  <rights>").append(esc(settings.licenseName())).append("</rights>\n")
                .append("  <updated>").append(stamp(recent.isEmpty() ? Instant.EPOCH : recent.get(0).publishedAt()))
                .append("</updated>\n  <author><name>Care Roadmap</name></author>\n");
        for (PublishedRoadmaps.RecentPublication p : recent) {
            Municipality m = municipalities.get(p.municipalityCode());
            String name = m == null ? p.municipalityCode() : m.name();
            String edition = reference.template(p.templateId()).map(t -> t.name()).orElse(p.templateId());
            String link = base + "/roadmaps/" + p.roadmapId();
            xml.append("  <entry>\n")
                    .append("    <title>").append(esc(name + " 推進ロードマップ（" + edition + "）第" + p.versionNumber() + "版を公開"))
                    .append("</title>\n")
                    .append("    <id>").append(esc(link + "#v" + p.versionNumber())).append("</id>\n")
                    .append("    <link rel=\"alternate\" href=\"").append(esc(link)).append("\"/>\n")
                    .append("    <link rel=\"related\" href=\"").append(esc(base + "/public/" + p.municipalityCode())).append("\"/>\n")
                    .append("    <updated>").append(stamp(p.publishedAt())).append("</updated>\n")
                    .append("    <summary>").append(esc(p.municipalityCode() + " " + name + " "
                            + JapaneseDates.era(JapaneseDates.day(p.publishedAt())) + " 公開")).append("</summary>\n")
                    .append("  </entry>\n");
        }
        return xml.append("</feed>\n").toString();
    }

    private static String stamp(Instant instant) {
        return DateTimeFormatter.ISO_INSTANT.format(instant.truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
    }

    private static String esc(String text) {
        return HtmlUtils.htmlEscape(text, "UTF-8");
    }
}
