package org.careroadmap.roadmap;

import java.util.List;

import org.careroadmap.reference.Municipality;
import org.careroadmap.reference.RoadmapTemplate;

/** A roadmap together with what is needed to show it: its municipality, template and findings. */
public record RoadmapDocument(Roadmap roadmap, Municipality municipality, RoadmapTemplate template,
                              List<Finding> findings) {

    public RoadmapDocument {
        findings = List.copyOf(findings);
    }

    /** The sheet's title row, 【壱岐市地域包括ケアシステム推進ロードマップ】. */
    public String title() {
        return "【" + municipality.name() + "地域包括ケアシステム推進ロードマップ】";
    }

    public long errorCount() {
        return findings.stream().filter(f -> f.severity() == Finding.Severity.ERROR).count();
    }

    public long warningCount() {
        return findings.stream().filter(f -> f.severity() == Finding.Severity.WARNING).count();
    }

    public List<Finding> findingsFor(String itemId) {
        return findings.stream().filter(f -> itemId.equals(f.target().itemId())).toList();
    }
}
