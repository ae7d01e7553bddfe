package org.careroadmap.roadmap;

import org.jspecify.annotations.Nullable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.careroadmap.platform.Actor;
import org.careroadmap.reference.Municipality;
import org.careroadmap.reference.RoadmapTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reading roadmaps: one as the current actor may see it, the lists, and the items the search found. The
 * public sees the last published version; a municipality's own staff and its prefecture see the
 * live one. Lists are read from the kept summaries, so a list costs one query however many
 * roadmaps the installation holds.
 */
@Service
@Transactional(readOnly = true)
public class RoadmapReads {

    private final RoadmapContext context;

    RoadmapReads(RoadmapContext context) {
        this.context = context;
    }

    /**
     * The roadmap as the current actor may see it: the live one for its own staff and the prefecture,
     * else the last published version (the public keeps seeing that while a revision is drafted).
     */
    public RoadmapDocument get(long id) {
        return context.documents().document(context.access().visible(id));
    }

    /** Whether the current actor may change this roadmap now (for showing or hiding edit controls). */
    public boolean mayEdit(RoadmapDocument document) {
        return context.access().mayEdit(document.roadmap());
    }

    /** Refuses opening an editor: 403 for someone who may not edit, 409 for a roadmap locked by its status. */
    public void requireEditable(RoadmapDocument document) {
        context.access().requireEditable(document.roadmap());
    }

    /** Every roadmap the current actor may read, in the version it may read. */
    public List<RoadmapSummary> list() {
        return list(ListScope.everywhere());
    }

    /**
     * The roadmaps of one prefecture or municipality that the current actor may read, ordered by
     * municipality code; a summary that is missing or stale (data written around these services) is
     * computed from the roadmap itself.
     */
    public List<RoadmapSummary> list(ListScope scope) {
        Actor actor = context.access().actor();
        return summaries(actor, context.summaries().listed(RoadmapAccess.ownPattern(actor), scope));
    }

    /** One page of {@link #list(ListScope)}, from {@code offset}, at most {@code limit}, with the total. */
    public RoadmapPage page(ListScope scope, int offset, int limit) {
        Actor actor = context.access().actor();
        String own = RoadmapAccess.ownPattern(actor);
        return new RoadmapPage(summaries(actor, context.summaries().listed(own, scope, offset, limit)),
                context.summaries().countListed(own, scope));
    }

    private List<RoadmapSummary> summaries(Actor actor, List<RoadmapSummaryStore.Listed> rows) {
        Map<String, Municipality> municipalities = new HashMap<>();
        context.reference().municipalities(rows.stream().map(RoadmapSummaryStore.Listed::municipalityCode).distinct().toList())
                .forEach(m -> municipalities.put(m.code().value(), m));
        Map<String, RoadmapTemplate> templates = new HashMap<>();
        context.reference().templates().forEach(t -> templates.put(t.id(), t));
        Map<Long, SummaryCounts> computed = computeMissing(actor, rows);
        List<RoadmapSummary> list = new ArrayList<>();
        for (RoadmapSummaryStore.Listed row : rows) {
            SummaryCounts counts = counts(actor, row, computed);
            if (counts != null) {
                list.add(new RoadmapSummary(row.id(), known(municipalities, row.municipalityCode()),
                        known(templates, counts.templateId()), counts.status(), counts.itemsPerCategory(),
                        counts.itemCount(), counts.errorCount(), counts.warningCount(), counts.updatedAt(),
                        row.version()));
            }
        }
        return list;
    }

    /** The counts of the version the actor may see, or null where it may see none. */
    private static @Nullable SummaryCounts counts(Actor actor, RoadmapSummaryStore.Listed row, Map<Long, SummaryCounts> computed) {
        boolean live = liveFor(actor, row);
        if (!live && row.publishedSnapshotId() == null) {
            return null;
        }
        SummaryCounts counts = live ? row.freshLive() : row.freshPublished();
        return counts != null ? counts : computed.get(row.id());
    }

    /** A roadmap's municipality and edition are reference data, which is never deleted. */
    private static <T> T known(Map<String, T> reference, String key) {
        return Objects.requireNonNull(reference.get(key), () -> "unknown reference " + key);
    }

    private static boolean liveFor(Actor actor, RoadmapSummaryStore.Listed row) {
        return actor.canRead(row.municipalityCode(), row.status() == RoadmapStatus.PUBLISHED);
    }

    private Map<Long, SummaryCounts> computeMissing(Actor actor, List<RoadmapSummaryStore.Listed> rows) {
        Map<Long, SummaryCounts> computed = new HashMap<>();
        List<Long> liveIds = new ArrayList<>();
        for (RoadmapSummaryStore.Listed row : rows) {
            boolean live = liveFor(actor, row);
            if (live && row.freshLive() == null) {
                liveIds.add(row.id());
            } else if (!live && row.publishedSnapshotId() != null && row.freshPublished() == null) {
                context.bulk().byId(row.id()).flatMap(context.snapshots()::publishedVersion).map(SnapshotStore.PublishedVersion::roadmap)
                        .ifPresent(p -> computed.put(row.id(), SummaryCounts.of(p, context.documents().template(p))));
            }
        }
        for (Roadmap roadmap : context.bulk().byIds(liveIds)) {
            computed.put(roadmap.id(), SummaryCounts.of(roadmap, context.documents().template(roadmap)));
        }
        return computed;
    }

    /** An item found by the search, with the roadmap (in the version the reader sees) it belongs to. */
    public record FoundItem(RoadmapDocument document, RoadmapItem item) {
    }

    /** An item the search index pre-selected: which roadmap, which view of it (published or live), which item. */
    public record ItemRef(long roadmapId, boolean published, String itemId) {
    }

    /**
     * The search index's pre-selection for the current actor: a LIKE pattern of the municipality codes
     * whose live roadmaps it reads as its own (its municipality, its prefecture, everything or nothing).
     * The index narrows with it; {@link #itemsFound} decides.
     */
    public String ownPattern() {
        return RoadmapAccess.ownPattern(context.access().actor());
    }

    /**
     * The items pre-selected by the search index, each in the version of its roadmap the current actor
     * may read, in the order given; an item of a roadmap it may not read (or no longer has) is left out.
     * Only the roadmaps named are loaded.
     */
    public List<FoundItem> itemsFound(List<ItemRef> refs) {
        Actor actor = context.access().actor();
        Map<Long, Roadmap> versions = visibleVersions(actor, refs);
        // One page of hits may come from 50 roadmaps: their municipalities and templates are read at once.
        Map<Long, RoadmapDocument> loaded = context.documents().documents(versions.values());
        List<FoundItem> found = new ArrayList<>();
        for (ItemRef ref : refs) {
            RoadmapDocument document = loaded.get(ref.roadmapId());
            if (document != null) {
                document.roadmap().item(ref.itemId()).ifPresent(item -> found.add(new FoundItem(document, item)));
            }
        }
        return found;
    }

    private Map<Long, Roadmap> visibleVersions(Actor actor, List<ItemRef> rows) {
        Map<Long, Roadmap> versions = new HashMap<>();
        Set<Long> live = new LinkedHashSet<>();
        for (ItemRef row : rows) {
            if (!row.published()) {
                live.add(row.roadmapId());
            }
        }
        // The texts said these were readable live; a change since (a revision started) is checked again here.
        context.bulk().byIds(live).forEach(r -> (RoadmapAccess.readable(actor, r) ? Optional.of(r) : context.access().visibleVersion(actor, r))
                .ifPresent(v -> versions.put(v.id(), v)));
        for (ItemRef row : rows) {
            if (row.published() && !versions.containsKey(row.roadmapId())) {
                context.bulk().byId(row.roadmapId()).flatMap(current -> context.access().visibleVersion(actor, current))
                        .ifPresent(r -> versions.put(r.id(), r));
            }
        }
        return versions;
    }
}
