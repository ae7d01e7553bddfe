package org.careroadmap.history;

import org.jspecify.annotations.Nullable;
import java.time.Instant;

import org.careroadmap.account.AccountDirectory;
import org.careroadmap.platform.StateQuery;
import org.careroadmap.roadmap.ChartPanel;
import org.careroadmap.roadmap.RoadmapDocument;
import org.careroadmap.roadmap.RoadmapStatus;
import org.springframework.stereotype.Component;

/**
 * The banner at the top of a returned roadmap's chart: why it was returned, by whom and when, taken from the
 * change history's last 差戻し. Shown while the roadmap is 差戻し, so it goes away once it is resubmitted. Only
 * the municipality's staff and the prefecture read a returned roadmap at all (the public sees the published one).
 */
@Component
public class ReturnBanner implements ChartPanel {

    /** What the banner says. */
    public record Model(String reason, String reviewer, Instant at) {
    }

    private final AuditTrail trail;
    private final AccountDirectory people;

    ReturnBanner(AuditTrail trail, AccountDirectory people) {
        this.trail = trail;
        this.people = people;
    }

    @Override
    public String name() {
        return "returnBanner";
    }

    /**
     * The banner comes from the roadmap's status and its last 差戻し in the change history, both written with a
     * change of the roadmap, whose version is already part of a kept chart's state: nothing more to add.
     */
    @Override
    public StateQuery version(long roadmapId) {
        return StateQuery.known("");
    }

    @Override
    public @Nullable Object model(RoadmapDocument document) {
        if (document.roadmap().status() != RoadmapStatus.RETURNED) {
            return null;
        }
        return trail.history(document.roadmap().id(), new AuditTrail.HistoryFilter(null, null, null, null)).stream()
                .filter(e -> "roadmap.returned".equals(e.action())).findFirst()
                .map(e -> new Model(e.after().getOrDefault("comment", ""), people.label(e.actor()), e.at()))
                .orElse(null);
    }
}
