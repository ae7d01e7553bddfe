package org.careroadmap.resourcemap.web;

import java.util.Set;
import java.util.stream.Collectors;

import org.careroadmap.platform.StateQuery;
import org.careroadmap.roadmap.ChartPanel;
import org.careroadmap.roadmap.RoadmapDocument;
import org.careroadmap.roadmap.RoadmapItem;
import org.springframework.stereotype.Component;
import org.jspecify.annotations.Nullable;

/**
 * The roadmap item that is about the resource map (Iki's A item 「在宅・医療介護資源マップの作成及び活用」) links
 * to its municipality's map on the chart: {@code ${resourceMap}} in the chart template. The roadmap module knows
 * nothing of the map; this panel recognises the item by its title, so a municipality needs no setting, and a
 * renamed item keeps its link as long as it still names a 資源マップ.
 */
@Component
public class ResourceMapChartPanel implements ChartPanel {

    /** The items of one chart that link to the map, and where the map is. */
    public record Links(Set<String> itemIds, String url) {

        public boolean has(String itemId) {
            return itemIds.contains(itemId);
        }
    }

    @Override
    public String name() {
        return "resourceMap";
    }

    @Override
    public @Nullable Object model(RoadmapDocument document) {
        Set<String> ids = document.roadmap().items().stream().filter(ResourceMapChartPanel::aboutTheMap)
                .map(RoadmapItem::id).collect(Collectors.toUnmodifiableSet());
        return ids.isEmpty() ? null : new Links(ids, "/map/" + document.roadmap().municipalityCode().value());
    }

    static boolean aboutTheMap(RoadmapItem item) {
        String title = item.title() == null ? "" : item.title().replaceAll("\\s", "");
        return title.contains("資源マップ") || title.contains("資源MAP");
    }

    /** What the panel shows depends only on the items' titles, which are part of the roadmap's own version. */
    @Override
    public StateQuery version(long roadmapId) {
        return StateQuery.known("resourcemap-links-1");
    }

    @Override
    public StateQuery publicVersion(long roadmapId) {
        return StateQuery.known("resourcemap-links-1");
    }
}
