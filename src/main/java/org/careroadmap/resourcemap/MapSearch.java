package org.careroadmap.resourcemap;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.careroadmap.insight.SearchTextFolding;
import org.springframework.stereotype.Service;

/**
 * The public map's search: one page of the list, the filter's choices and the count (the map's markers are
 * {@link MarkerSearch}'s). A page costs two statements once its parts are kept: the place's state ({@link MapState}) and the
 * page's lines. The kinds, the service choices and the count are kept on this node under that state, so another
 * node's change is seen on the next request. No transaction: each read is one statement, and a COMMIT would be one
 * more round trip on every page.
 */
@Service
public class MapSearch {

    private final ResourceSearches searches;
    private final ResourceKinds kinds;
    private final SearchTextFolding folding;
    private final Clock clock;
    private final KeptUnderVersion<String, List<ResourceKind>> keptKinds = new KeptUnderVersion<>(64);
    private final KeptUnderVersion<String, List<String>> keptServices = new KeptUnderVersion<>(256);
    private final KeptUnderVersion<ResourceSearchQuery, ResultCount> keptCounts = new KeptUnderVersion<>(1024);

    MapSearch(ResourceSearches searches, ResourceKinds kinds, SearchTextFolding folding, Clock clock) {
        this.searches = searches;
        this.kinds = kinds;
        this.folding = folding;
        this.clock = clock;
    }

    /** What a map page shows: the place's state, the filter's choices and one page of the list. */
    public record MapView(MapState state, List<ResourceKind> kinds, List<String> services, ListedPage listed) {
    }

    public MapView view(ResourceScope scope, ResourceFilter filter, ListPage page) {
        MapState state = searches.state(scope);
        String prefecture = scope.prefectureCode();
        List<ResourceKind> kindList = keptKinds.of(prefecture, state.kindsVersion(), () -> kinds.of(prefecture));
        List<String> services = keptServices.of(scope.code(), state.resourcesVersion(), () -> searches.distinctServices(scope));
        return new MapView(state, kindList, services, page(query(scope, filter), page, state));
    }

    /**
     * One page, read with one line more than it shows (so the next page's link needs no count). The count is read
     * only when the page cannot tell it: a first page that is not full is the whole list.
     */
    private ListedPage page(ResourceSearchQuery query, ListPage page, MapState state) {
        List<ResourceListing> rows = searches.listings(query, page.offset(), ListPage.SIZE + 1);
        boolean hasNext = rows.size() > ListPage.SIZE;
        List<ResourceListing> shown = hasNext ? rows.subList(0, ListPage.SIZE) : rows;
        ResultCount total = !hasNext && (!shown.isEmpty() || page.first())
                ? ResultCount.exactly(page.offset() + shown.size())
                : keptCounts.of(query, state.resourcesVersion(), () -> searches.count(query));
        return new ListedPage(shown, page, total, hasNext);
    }

    private ResourceSearchQuery query(ResourceScope scope, ResourceFilter filter) {
        return ResourceSearchQuery.of(scope, filter, folding, LocalDate.now(clock));
    }
}
