package org.careroadmap.roadmap.web;

import java.util.Map;
import java.util.Set;

import org.careroadmap.roadmap.LifecycleStep;
import org.careroadmap.roadmap.RoadmapStatus;
import org.careroadmap.roadmap.RoadmapSummary;

/**
 * One roadmap on its municipality's home: the summary, what other modules show beside its chart (the return's
 * reason, the comment threads) by panel name, and the message key of what to do next.
 */
public record MunicipalityHomeRow(RoadmapSummary roadmap, Map<String, Object> panels, String nextStep) {

    /** What the municipality does next, from the state and the steps the reader may take now. */
    static String nextStep(RoadmapSummary s, Set<LifecycleStep> steps) {
        RoadmapStatus status = s.status();
        if (status == RoadmapStatus.DRAFT || status == RoadmapStatus.RETURNED) {
            String base = status == RoadmapStatus.RETURNED ? "home.next.RETURNED" : "home.next.DRAFT";
            if (!steps.contains(LifecycleStep.SUBMIT)) {
                return base + ".view";
            }
            return s.errorCount() > 0 ? base + ".fix" : base + ".submit";
        }
        return "home.next." + status.name();
    }
}
