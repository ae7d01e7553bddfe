package org.careroadmap.publication;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.careroadmap.reference.Prefecture;
import org.careroadmap.roadmap.ListScope;
import org.careroadmap.roadmap.PublishedRoadmaps;
import org.careroadmap.roadmap.RoadmapDocument;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.jspecify.annotations.Nullable;

/**
 * PDFs of published charts (A3 landscape) and the prefecture's booklet, made by the application.
 * A PDF depends only on the published versions it shows, so each is kept in memory under the
 * snapshot ids it was drawn from: a new publication changes the key, and every node can rebuild
 * what it lacks (nothing here is state another node needs).
 */
@Service
public class PublishedPdfs {

    /** A finished PDF, its file name and the tag of the versions it shows. */
    public record Pdf(String filename, byte[] bytes, String tag) {
    }

    private final PublishedRoadmaps published;
    private final Portal portal;
    private final PublicationSettings settings;
    private final org.careroadmap.reference.ReferenceData reference;
    private final Map<String, Pdf> cache;
    /** Read on the first PDF this node makes, then kept. */
    private volatile @Nullable PdfFont font;

    PublishedPdfs(PublishedRoadmaps published, Portal portal, PublicationSettings settings,
                  org.careroadmap.reference.ReferenceData reference,
                  @Value("${app.publication.pdf-cache-size:64}") int cacheSize) {
        this.published = published;
        this.portal = portal;
        this.settings = settings;
        this.reference = reference;
        this.cache = java.util.Collections.synchronizedMap(new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Pdf> eldest) {
                return size() > cacheSize;
            }
        });
    }

    /** The chart of a roadmap's last published version; 404 for one never published. */
    public Pdf chart(long roadmapId) {
        PublishedRoadmaps.Published p = published.latest(roadmapId)
                .orElseThrow(() -> new PublicNotFoundException("roadmap " + roadmapId));
        String key = "chart:" + versionKey(p);
        Pdf cached = cache.get(key);
        if (cached != null) {
            return cached;
        }
        RoadmapDocument doc = p.document();
        byte[] bytes = ChartPdf.chart(font(), chart(p), doc.title());
        Pdf pdf = new Pdf(doc.municipality().code().value() + "_care_roadmap_" + doc.template().id() + ".pdf", bytes,
                Digest.of(versionKey(p)));
        cache.put(key, pdf);
        return pdf;
    }

    /** Every published roadmap of the prefecture (newest edition per municipality): cover, contents, charts. */
    public Pdf booklet(String prefectureCode) {
        Prefecture prefecture = portal.prefectureOrNotFound(prefectureCode);
        List<PublishedRoadmaps.Entry> entries = published.list(ListScope.prefecture(prefecture.code()));
        Map<String, PublishedRoadmaps.Entry> newest = new LinkedHashMap<>();
        for (PublishedRoadmaps.Entry e : entries) {
            newest.merge(e.municipalityCode(), e, (a, b) -> firstPeriod(b) > firstPeriod(a) ? b : a);
        }
        StringBuilder versions = new StringBuilder(prefecture.code());
        newest.values().forEach(e -> versions.append('|').append(e.roadmapId()).append(':').append(e.snapshotId())
                .append(':').append(e.publishedAt()));
        String tag = Digest.of(versions.toString());
        String key = "booklet:" + tag;
        Pdf cached = cache.get(key);
        if (cached != null) {
            return cached;
        }
        List<ChartPdf.Chart> charts = new ArrayList<>();
        java.time.Instant latest = null;
        for (PublishedRoadmaps.Entry e : newest.values()) {
            PublishedRoadmaps.Published p = published.latest(e.roadmapId()).orElse(null);
            if (p != null) {
                charts.add(chart(p));
                latest = latest == null || p.publishedAt().isAfter(latest) ? p.publishedAt() : latest;
            }
        }
        if (charts.isEmpty()) {
            throw new PublicNotFoundException("booklet " + prefectureCode);
        }
        String title = prefecture.name() + " 地域包括ケアシステム推進ロードマップ";
        // Not null: every chart added above set it.
        List<String> cover = List.of(charts.size() + "市町の公開版",
                JapaneseDates.asOf(JapaneseDates.day(Objects.requireNonNull(latest))));
        byte[] bytes = BookletPdf.booklet(font(), title, cover, "目次", charts, title);
        Pdf pdf = new Pdf(prefecture.code() + "_care_roadmap_booklet.pdf", bytes, tag);
        cache.put(key, pdf);
        return pdf;
    }

    /**
     * Which published version a PDF shows: the roadmap and its publication snapshot; a roadmap written as
     * published without a snapshot (snapshot 0) by its live version.
     */
    static String versionKey(PublishedRoadmaps.Published p) {
        long roadmap = p.document().roadmap().id();
        return roadmap + ":" + p.snapshotId() + (p.snapshotId() == 0 ? ":v" + p.document().roadmap().version() : "");
    }

    private int firstPeriod(PublishedRoadmaps.Entry e) {
        return reference.template(e.templateId()).map(t -> t.firstPeriod().number()).orElse(0);
    }

    private static ChartPdf.Chart chart(PublishedRoadmaps.Published p) {
        return new ChartPdf.Chart(p.document(), "公開（第" + p.versionNumber() + "版）",
                JapaneseDates.asOf(JapaneseDates.day(p.publishedAt())));
    }

    /** The font file is read on the first PDF and kept: every later PDF of this node embeds it from memory. */
    private PdfFont font() {
        PdfFont kept = font;
        if (kept == null) {
            kept = PdfFont.read(settings.pdfFont().orElseThrow(() -> new IllegalStateException(
                    "no Japanese TrueType font for PDFs: install fonts-ipaexfont-gothic or set app.publication.pdf-fonts")));
            font = kept;
        }
        return kept;
    }
}
